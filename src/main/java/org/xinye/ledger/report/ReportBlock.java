package org.xinye.ledger.report;

import java.util.List;

/**
 * One part of the meeting report, in the order it is read. {@link ReportContent} decides what
 * the report says; the PDF and the Word writer only decide how it looks, so both files carry
 * the same words and numbers.
 */
sealed interface ReportBlock {
    /** The cover block: issuing unit (may be empty), title, data date and the short 口径 line. */
    record Cover(String issuingUnit, String title, String dateLine, String scopeLine) implements ReportBlock {
    }

    /**
     * A numbered heading: level 1 for a section, 2 for a list of the appendix ({@code keep}: how
     * many points of what follows stay on its page).
     */
    record Heading(String text, int level, float keep) implements ReportBlock {
    }

    /** Running text; {@code small} for the definitions at the end. */
    record Paragraph(String text, boolean small) implements ReportBlock {
    }

    /** A chart with its caption; in a PDF it fills half a page. */
    record Chart(String caption, ChartKind kind) implements ReportBlock {
    }

    /**
     * A ruled table. {@code numeric} columns are right-aligned; the last {@code boldRows}
     * rows are totals; {@code weights} share out the width beyond what each column needs.
     */
    record Table(List<String> header, List<List<String>> rows, int boldRows, boolean[] numeric, float[] weights)
            implements ReportBlock {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** 制表人 / 审核人 / 日期, to be signed on paper. */
    record SignLine(List<String> fields) implements ReportBlock {
    }

    /** The appendix starts on a new page under its own heading. */
    record Appendix(String title) implements ReportBlock {
    }
}
