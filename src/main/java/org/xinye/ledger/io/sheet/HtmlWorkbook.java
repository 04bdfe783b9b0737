package org.xinye.ledger.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Text;

/**
 * An HTML table saved as ".xls" or ".htm": what many web systems, government ones included,
 * call "export to Excel". Each table of the page is a sheet, the largest first; cells spanning
 * rows or columns give their text to every position they cover, as merged cells do.
 * <p>
 * Read with jsoup's streaming parser, twice (once to list the tables, once per read), each row
 * dropped as soon as it is read, so a page of 100,000 rows never sits in memory. jsoup builds
 * no entities beyond HTML's own and fetches nothing; nesting is capped, and a run of text with
 * no tag in it longer than any cell is refused before it is held.
 */
final class HtmlWorkbook implements Workbook {
    /** Larger than any roster saved as a web page (100,000 rows are about 40 MB). */
    static final long MAX_HTML_BYTES = 256L << 20;
    private static final int MAX_DEPTH = 256;
    /** Characters between two tags: Excel's cell limit is 32,767, this is a hundred times that. */
    static final int MAX_RUN = 4 << 20;
    private static final String TABLE_MARK = "data-xinye-table";

    private final Path file;
    private final HtmlCharset.Found charset;
    private final List<SheetInfo> sheets;

    private HtmlWorkbook(Path file, HtmlCharset.Found charset, List<SheetInfo> sheets) {
        this.file = file;
        this.charset = charset;
        this.sheets = sheets;
    }

    static HtmlWorkbook open(Path file, long size) {
        if (size > MAX_HTML_BYTES) {
            throw new FileRefusedException(FileRefusedException.Cause.TOO_LARGE, "import.refused.tooLarge", null,
                    file.getFileName(), size >> 20, MAX_HTML_BYTES >> 20);
        }
        try {
            HtmlCharset.Found cs = HtmlCharset.of(file);
            List<SheetInfo> tables = listTables(file, cs);
            if (tables.isEmpty()) {
                throw new FileRefusedException(FileRefusedException.Cause.NOT_SPREADSHEET,
                        "import.refused.htmlNoTable", null, file.getFileName());
            }
            return new HtmlWorkbook(file, cs, tables);
        } catch (IOException | UncheckedIOException e) {
            throw damaged(file, e);
        }
    }

    /** One table as the first pass finds it. */
    private static final class Table {
        final int index;
        final String caption;
        final boolean hidden;
        int rows;

        Table(int index, String caption, boolean hidden) {
            this.index = index;
            this.caption = caption;
            this.hidden = hidden;
        }
    }

    /** The page's tables with rows, named by caption (else 表 1, 表 2 … in page order), the largest first. */
    private static List<SheetInfo> listTables(Path file, HtmlCharset.Found cs) throws IOException {
        List<Table> tables = new ArrayList<>();
        try (Rows rows = new Rows(file, cs)) {
            Element tr;
            while ((tr = rows.nextRow()) != null) {
                int t = rows.tableIndex;
                if (t == tables.size()) {
                    Element table = rows.table;
                    tables.add(new Table(t, caption(table), hidden(table)));
                }
                if (!blank(tr)) {
                    tables.get(t).rows++;
                }
                drop(tr);
            }
        }
        Set<String> captions = new HashSet<>();
        List<Table> withRows = new ArrayList<>();
        for (Table t : tables) {
            if (t.rows > 0) {
                withRows.add(t);
            }
        }
        withRows.sort(Comparator.comparingInt((Table t) -> -t.rows));
        List<SheetInfo> out = new ArrayList<>();
        for (Table t : withRows) {
            String name = t.caption != null && captions.add(t.caption) ? t.caption
                    : Messages.get("import.html.table", t.index + 1);
            out.add(new SheetInfo(t.index, name, t.hidden));
        }
        return out;
    }

    private static String caption(Element table) {
        for (Element e : table.children()) {
            if (e.normalName().equals("caption")) {
                return Text.trimmedOrNull(e.text());
            }
        }
        return null;
    }

    private static boolean hidden(Element table) {
        for (Element e = table; e != null; e = e.parent()) {
            String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            if (style.contains("display:none") || e.hasAttr("hidden")) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(Element tr) {
        for (Element cell : tr.children()) {
            if (isCell(cell) && !cell.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops a row once read, with everything before it in its row group (the whitespace between
     * rows): the parser asks for a new row's previous sibling, and a row group that kept growing
     * would make that a walk over every row before it. What follows the row (the next row, whose
     * start tag ended this one) stays.
     */
    private static void drop(Element tr) {
        Element group = tr.parent();
        if (group == null) {
            tr.remove();
            return;
        }
        for (int i = tr.siblingIndex(); i >= 0; i--) {
            group.childNode(0).remove();
        }
    }

    private static boolean isCell(Element e) {
        String n = e.normalName();
        return n.equals("td") || n.equals("th");
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public String guessedEncoding() {
        return charset.guessed() ? charset.charset().name() : null;
    }

    @Override
    public RowCursor rows(SheetInfo sheet) throws IOException {
        Rows rows = new Rows(file, charset);
        SpanGrid grid = new SpanGrid();
        return new RowCursor() {
            private int number;

            @Override
            public Row next() throws IOException {
                try {
                    Element tr;
                    while ((tr = rows.nextRow()) != null) {
                        if (rows.tableIndex != sheet.index()) {
                            drop(tr);
                            continue;
                        }
                        number++;
                        grid.startRow();
                        for (Element cell : tr.children()) {
                            if (isCell(cell)) {
                                String text = cell.text().strip();
                                grid.put(-1, text.isEmpty() ? null : Cell.text(text), span(cell, "colspan"),
                                        span(cell, "rowspan"));
                            }
                        }
                        drop(tr);
                        Row row = new Row(number, grid.endRow());
                        if (!row.isBlank()) {
                            return row;
                        }
                    }
                    return null;
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    /** A colspan or rowspan: 1 when absent or not a number; rowspan="0" (to the end of the table) as far as allowed. */
    private static int span(Element cell, String attr) {
        String v = cell.attr(attr).trim();
        if (v.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v);
            return n == 0 && attr.equals("rowspan") ? SpanGrid.MAX_ROWS_DOWN : Math.max(1, n);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public void close() {
        // Each read opens and closes its own stream.
    }

    static FileRefusedException damaged(Path file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof RunTooLong) {
            return new FileRefusedException(FileRefusedException.Cause.NOT_SPREADSHEET, "import.refused.htmlRun", e,
                    file.getFileName(), MAX_RUN);
        }
        return new FileRefusedException(FileRefusedException.Cause.DAMAGED, "import.refused.damaged", e,
                file.getFileName(), String.valueOf(cause.getMessage()));
    }

    /** The rows (tr elements) of every table in page order, each with its table's index. */
    private static final class Rows implements AutoCloseable {
        private final StreamParser parser;
        private final Iterator<Element> elements;
        private int tables;
        Element table;
        int tableIndex;

        Rows(Path file, HtmlCharset.Found cs) throws IOException {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(cs.bomLength());
            } catch (IOException e) {
                in.close();
                throw e;
            }
            Reader reader = new RunGuard(new InputStreamReader(in, cs.charset()));
            parser = new StreamParser(Parser.htmlParser().setMaxDepth(MAX_DEPTH)).parse(reader, "");
            elements = parser.iterator();
        }

        /** The next table row, with {@link #table} and {@link #tableIndex} set; null at the end. */
        Element nextRow() {
            while (elements.hasNext()) {
                Element e = elements.next();
                if (!e.normalName().equals("tr")) {
                    continue;
                }
                Element t = e.parent();
                while (t != null && !t.normalName().equals("table")) {
                    t = t.parent();
                }
                if (t == null) {
                    e.remove();
                    continue;
                }
                String mark = t.attr(TABLE_MARK);
                if (mark.isEmpty()) {
                    mark = String.valueOf(tables++);
                    t.attr(TABLE_MARK, mark);
                }
                table = t;
                tableIndex = Integer.parseInt(mark);
                return e;
            }
            return null;
        }

        @Override
        public void close() {
            parser.stop();
            parser.close();
        }
    }

    /** Thrown when text runs on past {@link #MAX_RUN} characters without a tag. */
    static final class RunTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RunTooLong() {
            super("no tag in " + MAX_RUN + " characters");
        }
    }

    /** Counts the characters since the last '<' and stops a run no real page has. */
    private static final class RunGuard extends java.io.FilterReader {
        private int run;

        RunGuard(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                run = c == '<' ? 0 : run + 1;
                check();
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++) {
                run = buf[i] == '<' ? 0 : run + 1;
            }
            check();
            return n;
        }

        private void check() throws IOException {
            if (run > MAX_RUN) {
                throw new RunTooLong();
            }
        }
    }
}
