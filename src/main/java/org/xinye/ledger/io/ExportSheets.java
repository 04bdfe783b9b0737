package org.xinye.ledger.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;

/**
 * The columns of each exported table and how a stored value becomes a cell: enum labels in
 * the current language, 是/否, dates, and personal numbers masked unless full values were
 * asked for. The values come from {@link org.xinye.ledger.store.ExportQueries} in the order
 * of these columns.
 */
final class ExportSheets {
    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** How a stored value becomes a cell, masked or not. */
    @FunctionalInterface
    interface Cell {
        Object of(Object value, boolean masked);
    }

    static final Cell PLAIN = (v, masked) -> v;
    static final Cell LABEL = (v, masked) -> v == null ? null : Messages.label((Enum<?>) v);
    static final Cell YES_NO = (v, masked) -> Messages.get(Boolean.TRUE.equals(v) ? "export.yes" : "export.no");
    static final Cell FULL_TIME = (v, masked) -> Messages.get(Boolean.TRUE.equals(v) ? "export.fullTime"
            : "export.partTime");
    static final Cell ID_NUMBER = (v, masked) -> masked ? Masking.idNumber((String) v) : v;
    static final Cell MOBILE = (v, masked) -> masked ? Masking.mobile((String) v) : v;
    /** Free text (notes, a contact's phone): any ID number or mobile in it masked. */
    static final Cell FREE_TEXT = (v, masked) -> masked ? Masking.inText((String) v) : v;
    /** Masked, a birth date says only the year. */
    static final Cell BIRTH = (v, masked) -> v == null ? null : masked ? Integer.toString(((LocalDate) v).getYear()) : v;
    static final Cell AUDIT_AT = (v, masked) -> AUDIT_TIME.format(((Instant) v).atZone(ZoneId.systemDefault()));
    static final Cell AUDIT_ENTITY = (v, masked) -> Messages.auditEntity((String) v);

    /** One table's columns, each with how its cells are made. */
    static final class Sheet {
        final String name;
        final List<TableWriter.Column> columns = new ArrayList<>();
        final List<Cell> cells = new ArrayList<>();

        Sheet(TableExport.Table table) {
            this.name = table.label();
        }

        /** A column of values (numbers stay numbers) under the header {@code export.col.<key>}. */
        Sheet value(String key, double width, Cell cell) {
            columns.add(TableWriter.Column.value(Messages.get("export.col." + key), width));
            cells.add(cell);
            return this;
        }

        Sheet value(String key, double width) {
            return value(key, width, PLAIN);
        }

        /** A column of text a spreadsheet must not read as a number (ID numbers, phones, codes). */
        Sheet text(String key, double width, Cell cell) {
            columns.add(TableWriter.Column.text(Messages.get("export.col." + key), width));
            cells.add(cell);
            return this;
        }

        /** A column with its own header. */
        Sheet column(TableWriter.Column column, Cell cell) {
            columns.add(column);
            cells.add(cell);
            return this;
        }

        /** A stored row as the cells of this sheet. */
        List<?> cells(List<Object> values, boolean masked) {
            List<Object> out = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                out.add(cells.get(i).of(values.get(i), masked));
            }
            return out;
        }
    }

    private ExportSheets() {
    }

    static Sheet of(TableExport.Table table) {
        return switch (table) {
            case WORKERS -> new Sheet(table)
                    .text("idNumber", 22, ID_NUMBER).value("name", 10).value("gender", 6, LABEL)
                    .value("birth", 12, BIRTH).text("mobile", 14, MOBILE).value("occupation", 12, LABEL)
                    .value("employer", 30).value("township", 16).value("political", 12, LABEL)
                    .value("status", 8, LABEL).value("org", 26).value("relation", 10, LABEL)
                    .value("notes", 30, FREE_TEXT);
            case ENTERPRISES -> new Sheet(table)
                    .value("unitName", 34).text("creditCode", 22, PLAIN).value("kind", 12, LABEL)
                    .value("industry", 10, LABEL).value("parent", 28).value("township", 16)
                    .text("townshipCode", 15, PLAIN).value("address", 30).value("declaredWorkers", 10)
                    .value("operating", 8, LABEL).value("inScope", 8, YES_NO).value("coverage", 20, LABEL)
                    .value("competentDept", 18).value("responsibleUnit", 18).value("contactName", 10)
                    .text("contactPhone", 14, FREE_TEXT).value("notes", 30, FREE_TEXT);
            case ORGS -> new Sheet(table)
                    .value("orgName", 34).value("level", 12, LABEL).value("form", 16, LABEL).value("parentOrg", 28)
                    .value("region", 16).text("regionCode", 15, PLAIN).value("secretary", 10)
                    .text("contact", 14, FREE_TEXT).value("established", 12).value("unitsCovered", 10)
                    .value("active", 8, YES_NO).value("notes", 30, FREE_TEXT);
            case INSTRUCTORS -> new Sheet(table)
                    .value("name", 10).value("homeUnit", 24).value("role", 12, LABEL).value("fullTime", 8, FULL_TIME)
                    .text("mobile", 14, MOBILE).value("active", 8, YES_NO).value("assignedUnits", 10)
                    .value("lastVisit", 12).value("notes", 30, FREE_TEXT);
            case STATIONS -> new Sheet(table)
                    .value("stationName", 30).value("stationKind", 14, LABEL).value("host", 24).value("region", 16)
                    .text("regionCode", 15, PLAIN).value("address", 30).value("facilities", 24)
                    .value("openingHours", 16).value("notes", 30, FREE_TEXT);
            case AUDIT -> new Sheet(table)
                    .value("at", 20, AUDIT_AT).value("who", 12).value("action", 50, FREE_TEXT)
                    .value("changes", 70, FREE_TEXT).value("entity", 12, AUDIT_ENTITY).value("entityId", 10);
            case COVERAGE -> CoverageRows.sheet(table);
        };
    }
}
