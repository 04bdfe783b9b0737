package org.xinye.ledger.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Where text breaks into lines on paper. Running text breaks at spaces where a line has them,
 * else between Chinese characters, never inside a number (20.8%, 1,780) and never before
 * closing punctuation. Labels (table headers) break only between words: at spaces and after
 * a slash or 、, so 组织覆盖率 or "coverage" never lands on two lines.
 */
final class LineBreaker {
    /** The width of a string at the size being laid out. */
    @FunctionalInterface
    interface Measure {
        float width(String s);
    }

    private LineBreaker() {
    }

    /** Running text: paragraphs split at newlines, each broken to {@code maxWidth}. */
    static List<String> text(String s, Measure m, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String para : s.split("\n", -1)) {
            breakParagraph(para, m, maxWidth, lines);
        }
        return lines;
    }

    private static void breakParagraph(String para, Measure m, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int lastSpace = -1;
        for (int i = 0; i < para.length(); ) {
            int cp = para.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (line.length() > 0 && m.width(line + ch) > maxWidth) {
                if (cp == ' ') {
                    lines.add(line.toString());
                    line.setLength(0);
                    lastSpace = -1;
                    i += Character.charCount(cp);
                    continue;
                }
                int run = numberRunStart(line);
                if (lastSpace > 0 && Character.isLetterOrDigit(cp)) {
                    lines.add(line.substring(0, lastSpace));
                    line.delete(0, lastSpace + 1);
                } else if (isNumberChar(cp) && run > 0 && run < line.length()) {
                    // Never split 20.8% or 1,780 between lines.
                    lines.add(line.substring(0, run));
                    line.delete(0, run);
                } else if (isClosingPunctuation(cp) && line.length() > 1) {
                    // Closing punctuation never starts a line: take the last character with it.
                    String carry = line.substring(line.length() - 1);
                    lines.add(line.substring(0, line.length() - 1));
                    line.setLength(0);
                    line.append(carry);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lastSpace = -1;
            }
            if (cp == ' ') {
                lastSpace = line.length();
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
    }

    /**
     * The words of a label: split at spaces (dropped) and after a slash or 、 (kept on the
     * word before). A Chinese label without them is one word.
     */
    static List<String> words(String label) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == ' ') {
                flush(w, words);
            } else {
                w.append(c);
                if (c == '/' || c == '、') {
                    flush(w, words);
                }
            }
        }
        flush(w, words);
        return words;
    }

    private static void flush(StringBuilder w, List<String> words) {
        if (w.length() > 0) {
            words.add(w.toString());
            w.setLength(0);
        }
    }

    /**
     * A label broken between words only, each line as full as {@code maxWidth} allows. A word
     * wider than that stays whole on its own line: callers size columns from {@link #widestWord}.
     */
    static List<String> label(String label, Measure m, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : words(label)) {
            String joined = line.isEmpty() ? word : line + (joinsTight(line) ? "" : " ") + word;
            if (!line.isEmpty() && m.width(joined) > maxWidth) {
                lines.add(line);
                line = word;
            } else {
                line = joined;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The width of a label's widest word: the least a column needs to keep every word whole. */
    static float widestWord(String label, Measure m) {
        float w = 0;
        for (String word : words(label)) {
            w = Math.max(w, m.width(word));
        }
        return w;
    }

    /** A word ending in a slash or 、 joins the next without a space. */
    private static boolean joinsTight(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '/' || last == '、';
    }

    private static boolean isNumberChar(int cp) {
        return cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == ',' || cp == '%');
    }

    /** Where the run of number characters at the end of the line starts (its length when none). */
    private static int numberRunStart(CharSequence line) {
        int i = line.length();
        while (i > 0 && isNumberChar(line.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isClosingPunctuation(int cp) {
        return "，。、；：！？）》」』】%,.;:!?)".indexOf(cp) >= 0;
    }
}
