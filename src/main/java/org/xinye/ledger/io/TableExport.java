package org.xinye.ledger.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.CoverageRules;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.Failures;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.WorkerListing;

/**
 * Export of a ledger table to .xlsx or .csv through {@link TableWriter}: the same for every
 * table page and for the {@code export} command. ID numbers and mobiles are masked unless
 * the request says otherwise; a full export is recorded in the audit log in the same
 * transaction that writes the file, so there is never an unrecorded full export (and a
 * ledger that cannot record one refuses it). Rows stream from SQL, so a million workers do
 * not have to fit in memory.
 */
public final class TableExport {
    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** What can be exported; {@code cliName} is the word used on the command line and in file names. */
    public enum Table {
        WORKERS, ENTERPRISES, ORGS, INSTRUCTORS, STATIONS, COVERAGE, AUDIT;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String label() {
            return Messages.get("export.table." + cliName());
        }

        /** Null when no table has that name. */
        public static Table of(String cliName) {
            for (Table t : values()) {
                if (t.cliName().equals(cliName)) {
                    return t;
                }
            }
            return null;
        }
    }

    /**
     * One export: the table, the page's filter (keys of {@link #filterKeys}), and whether
     * full values were explicitly asked for.
     */
    public record Request(Table table, Map<String, String> filter, boolean unmask) {
        public Request {
            filter = Map.copyOf(filter);
        }
    }

    public record Result(Path file, long rows, boolean unmasked) {
    }

    private TableExport() {
    }

    /** The filter keys a table understands (the page's filter travels in these terms). */
    public static List<String> filterKeys(Table table) {
        return List.copyOf(spec(table, false).filters.keySet());
    }

    /**
     * Writes the export. Masked: read in a snapshot, then noted in the audit log when the
     * ledger can be written. Full: refused on a read-only ledger, otherwise written and
     * recorded in one write transaction (the file is removed again if recording fails).
     */
    public static Result export(Ledger ledger, Request request, Path file) {
        TableWriter.Format format = TableWriter.Format.of(file);
        if (format == null) {
            throw new InvalidValueException(Problem.of("export.format", "export.badFormat", file.getFileName()));
        }
        Spec spec = spec(request.table(), !request.unmask());
        Where where = spec.where(request.filter());
        if (request.unmask() && ledger.isReadOnly()) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "export.unmaskReadOnly", null, ledger.file());
        }
        if (!request.unmask()) {
            long rows = ledger.read(s -> write(s, spec, where, request.filter(), file, format));
            if (!ledger.isReadOnly()) {
                ledger.writing(s -> s.audit().append("export", null, "EXPORT", null, note(request, file, rows)));
            }
            return new Result(file, rows, false);
        }
        try {
            long rows = ledger.write(s -> {
                long n = write(s, spec, where, request.filter(), file, format);
                s.audit().append("export", null, "EXPORT_UNMASKED", null, note(request, file, n));
                return n;
            });
            return new Result(file, rows, true);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the failure that matters is the one being thrown
            }
            throw e;
        }
    }

    private static long write(Session s, Spec spec, Where where, Map<String, String> filter, Path file,
                              TableWriter.Format format) {
        long[] count = {0};
        try {
            if (spec.rows != null) {
                List<List<?>> rows = spec.rows.apply(new Query(s, filter));
                count[0] = rows.size();
                TableWriter.write(file, format, spec.sheet, spec.columns, rows);
            } else {
                try (PreparedStatement ps = s.connection().prepareStatement(spec.sql + where.sql() + spec.order)) {
                    Sql.bind(ps, where.params().toArray());
                    try (ResultSet rs = ps.executeQuery()) {
                        TableWriter.write(file, format, spec.sheet, spec.columns, () -> new Iterator<>() {
                            private Boolean ahead;

                            @Override
                            public boolean hasNext() {
                                if (ahead == null) {
                                    try {
                                        ahead = rs.next();
                                    } catch (SQLException e) {
                                        throw Failures.translate(e);
                                    }
                                }
                                return ahead;
                            }

                            @Override
                            public List<?> next() {
                                if (!hasNext()) {
                                    throw new NoSuchElementException();
                                }
                                ahead = null;
                                count[0]++;
                                try {
                                    return spec.mapper.map(rs);
                                } catch (SQLException e) {
                                    throw Failures.translate(e);
                                }
                            }
                        });
                    }
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    private static String note(Request r, Path file, long rows) {
        StringBuilder b = new StringBuilder("{\"table\": \"").append(r.table().cliName()).append("\", \"rows\": ")
                .append(rows).append(", \"file\": \"").append(json(file.toAbsolutePath().toString())).append("\"");
        if (!r.filter().isEmpty()) {
            b.append(", \"filter\": {");
            String sep = "";
            for (var e : new java.util.TreeMap<>(r.filter()).entrySet()) {
                // A page's list of row ids says nothing a reader of the log could use, and can be long.
                String value = e.getKey().equals("ids") ? idCount(e.getValue()) + " ids" : e.getValue();
                b.append(sep).append('"').append(json(e.getKey())).append("\": \"").append(json(value)).append('"');
                sep = ", ";
            }
            b.append('}');
        }
        return b.append('}').toString();
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    // ---- table definitions ----

    @FunctionalInterface
    private interface RowMapper {
        List<?> map(ResultSet rs) throws SQLException;
    }

    /**
     * A filter condition: SQL with {@code ?} for each use of the value, or, when the value
     * function gives {@link Params}, one of them for each {@code ?} in turn.
     */
    private record Cond(String sql, Function<String, Object> value) {
    }

    private record Params(List<Object> values) {
    }

    private record Where(String sql, List<Object> params) {
    }

    /** For tables computed in Java (coverage) rather than streamed from one SELECT. */
    private record Query(Session session, Map<String, String> filter) {
    }

    private static final class Spec {
        final String sheet;
        final List<TableWriter.Column> columns = new ArrayList<>();
        final Map<String, Cond> filters = new LinkedHashMap<>();
        String sql;
        String order = "";
        RowMapper mapper;
        Function<Query, List<List<?>>> rows;

        Spec(Table table) {
            this.sheet = table.label();
        }

        Spec text(String key, double width) {
            columns.add(TableWriter.Column.text(Messages.get("export.col." + key), width));
            return this;
        }

        Spec value(String key, double width) {
            columns.add(TableWriter.Column.value(Messages.get("export.col." + key), width));
            return this;
        }

        Spec filter(String key, String sql, Function<String, Object> value) {
            filters.put(key, new Cond(sql, value));
            return this;
        }

        Where where(Map<String, String> filter) {
            StringBuilder b = new StringBuilder();
            List<Object> params = new ArrayList<>();
            for (var e : new java.util.TreeMap<>(filter).entrySet()) {
                Cond c = filters.get(e.getKey());
                if (c == null) {
                    throw new InvalidValueException(Problem.of("export.filter", "export.badFilter", e.getKey(),
                            String.join(", ", filters.keySet())));
                }
                Object v;
                try {
                    v = c.value().apply(e.getValue().trim());
                } catch (BadFilterValue bad) {
                    throw new InvalidValueException(Problem.of("export.filter", "export.badFilterValue", e.getKey(),
                            e.getValue(), bad.expected));
                }
                if (c.sql() == null) {
                    // Read by the table's own row source; checked above all the same.
                    continue;
                }
                b.append(b.length() == 0 ? " WHERE " : " AND ").append('(').append(c.sql()).append(')');
                if (v instanceof Params p) {
                    params.addAll(p.values());
                    continue;
                }
                for (int i = 0; i < c.sql().length(); i++) {
                    if (c.sql().charAt(i) == '?') {
                        params.add(v);
                    }
                }
            }
            return new Where(b.toString(), params);
        }
    }

    private static Spec spec(Table table, boolean masked) {
        return switch (table) {
            case WORKERS -> workers(masked);
            case ENTERPRISES -> enterprises(masked);
            case ORGS -> orgs(masked);
            case INSTRUCTORS -> instructors(masked);
            case STATIONS -> stations(masked);
            case COVERAGE -> coverage();
            case AUDIT -> audit(masked);
        };
    }

    private static Spec workers(boolean masked) {
        Spec s = new Spec(Table.WORKERS)
                .text("idNumber", 22).value("name", 10).value("gender", 6).value("birth", 12).text("mobile", 14)
                .value("occupation", 12).value("employer", 30).value("township", 16).value("political", 12)
                .value("status", 8).value("org", 26).value("relation", 10).value("notes", 30);
        s.sql = """
                SELECT w.*, COALESCE(e.name, w.employer_text) AS employer_name,
                       COALESCE(r.name, w.township_text) AS township_name, o.name AS org_name, m.relation_status
                FROM worker w LEFT JOIN enterprise e ON e.id = w.employer_id
                LEFT JOIN region r ON r.code = w.township_code
                LEFT JOIN membership m ON m.worker_id = w.id LEFT JOIN party_org o ON o.id = m.org_id""";
        s.order = " ORDER BY w.id";
        s.filter("q", "w.name LIKE ? OR w.id_number LIKE ? OR w.mobile LIKE ? OR COALESCE(e.name, w.employer_text) LIKE ?",
                        TableExport::contains)
                .filter("name", "w.name LIKE ?", TableExport::contains)
                .filter("status", "w.status = ?", v -> enumName(WorkerStatus.class, v))
                .filter("political", "w.political_status = ?", v -> enumName(PoliticalStatus.class, v))
                .filter("occupation", "w.occupation = ?", v -> enumName(Occupation.class, v))
                .filter("employer", "w.employer_id = ?", TableExport::id)
                .filter("township", "COALESCE(w.township_code, e.township_code) = ?", TableExport::code)
                .filter("county", "substr(COALESCE(w.township_code, e.township_code), 1, 6) = substr(?, 1, 6)",
                        TableExport::code)
                // The 人员 page's own filters, in its words: its search box, the worker's own
                // service township (not the employer's), and the relation status.
                .filter("text", WorkerListing.TEXT_SQL, TableExport::workerText)
                .filter("serviceTownship", "w.township_code = ?", TableExport::code)
                .filter("relation", "(? = 'MISSING' AND " + WorkerListing.MISSING_RELATION_SQL + ") OR m.relation_status = ?",
                        v -> enumName(WorkerListing.Relation.class, v));
        s.mapper = rs -> {
            String id = rs.getString("id_number");
            LocalDate birth = Sql.date(rs, "birth_date");
            return row(masked ? Masking.idNumber(id) : id, rs.getString("name"),
                    label(Gender.class, rs.getString("gender")),
                    birth == null ? null : masked ? Integer.toString(birth.getYear()) : birth,
                    masked ? Masking.mobile(rs.getString("mobile")) : rs.getString("mobile"),
                    label(Occupation.class, rs.getString("occupation")), rs.getString("employer_name"),
                    rs.getString("township_name"), label(PoliticalStatus.class, rs.getString("political_status")),
                    label(WorkerStatus.class, rs.getString("status")), rs.getString("org_name"),
                    label(RelationStatus.class, rs.getString("relation_status")), notes(rs, "notes", masked));
        };
        return s;
    }

    private static Spec enterprises(boolean masked) {
        Spec s = new Spec(Table.ENTERPRISES)
                .value("unitName", 34).text("creditCode", 22).value("kind", 12).value("industry", 10)
                .value("parent", 28).value("township", 16).text("townshipCode", 15).value("address", 30)
                .value("declaredWorkers", 10).value("operating", 8).value("inScope", 8).value("coverage", 20)
                .value("competentDept", 18).value("responsibleUnit", 18).value("contactName", 10)
                .text("contactPhone", 14).value("notes", 30);
        s.sql = """
                SELECT e.*, p.name AS parent_name, r.name AS township_name, uc.status AS coverage
                FROM enterprise e LEFT JOIN enterprise p ON p.id = e.parent_id
                LEFT JOIN region r ON r.code = e.township_code
                LEFT JOIN unit_coverage uc ON uc.enterprise_id = e.id""";
        s.order = " ORDER BY e.id";
        s.filter("q", "e.name LIKE ? OR e.credit_code LIKE ? OR e.address LIKE ?", TableExport::contains)
                .filter("name", "e.name LIKE ?", TableExport::contains)
                .filter("kind", "e.kind = ?", v -> enumName(EnterpriseKind.class, v))
                .filter("industry", "e.industry = ?", v -> enumName(Industry.class, v))
                .filter("status", "e.status = ?", v -> enumName(OperatingStatus.class, v))
                .filter("inScope", "e.in_scope = ?", TableExport::flag)
                .filter("coverage", "uc.status = ?", v -> enumName(CoverageStatus.class, v))
                .filter("parent", "e.parent_id = ?", TableExport::id)
                .filter("township", "e.township_code = ?", TableExport::code)
                .filter("county", "substr(e.township_code, 1, 6) = substr(?, 1, 6)", TableExport::code)
                .filter("ids", "e.id IN (SELECT value FROM json_each(?))", TableExport::ids);
        s.mapper = rs -> row(rs.getString("name"), rs.getString("credit_code"),
                label(EnterpriseKind.class, rs.getString("kind")), label(Industry.class, rs.getString("industry")),
                rs.getString("parent_name"), rs.getString("township_name"), rs.getString("township_code"),
                rs.getString("address"), Sql.intOrNull(rs, "declared_workers"),
                label(OperatingStatus.class, rs.getString("status")), yesNo(Sql.bool(rs, "in_scope")),
                label(CoverageStatus.class, rs.getString("coverage")), rs.getString("competent_dept"),
                rs.getString("responsible_unit"), rs.getString("contact_name"),
                masked ? Masking.inText(rs.getString("contact_phone")) : rs.getString("contact_phone"),
                notes(rs, "notes", masked));
        return s;
    }

    private static Spec orgs(boolean masked) {
        Spec s = new Spec(Table.ORGS)
                .value("orgName", 34).value("level", 12).value("form", 16).value("parentOrg", 28)
                .value("region", 16).text("regionCode", 15).value("secretary", 10).text("contact", 14)
                .value("established", 12).value("unitsCovered", 10).value("active", 8).value("notes", 30);
        s.sql = """
                SELECT o.*, p.name AS parent_name, r.name AS region_name,
                       (SELECT COUNT(*) FROM org_coverage oc WHERE oc.org_id = o.id) AS units
                FROM party_org o LEFT JOIN party_org p ON p.id = o.parent_id
                LEFT JOIN region r ON r.code = o.region_code""";
        s.order = " ORDER BY o.id";
        s.filter("q", "o.name LIKE ? OR o.secretary LIKE ?", TableExport::contains)
                .filter("name", "o.name LIKE ?", TableExport::contains)
                .filter("level", "o.level = ?", v -> enumName(OrgLevel.class, v))
                .filter("form", "o.form = ?", v -> enumName(OrgForm.class, v))
                .filter("active", "o.active = ?", TableExport::flag)
                .filter("region", "o.region_code = ?", TableExport::code)
                .filter("county", "substr(o.region_code, 1, 6) = substr(?, 1, 6)", TableExport::code)
                .filter("ids", "o.id IN (SELECT value FROM json_each(?))", TableExport::ids);
        s.mapper = rs -> row(rs.getString("name"), label(OrgLevel.class, rs.getString("level")),
                label(OrgForm.class, rs.getString("form")), rs.getString("parent_name"), rs.getString("region_name"),
                rs.getString("region_code"), rs.getString("secretary"),
                masked ? Masking.inText(rs.getString("contact")) : rs.getString("contact"),
                Sql.date(rs, "established"), rs.getInt("units"), yesNo(Sql.bool(rs, "active")), notes(rs, "notes", masked));
        return s;
    }

    private static Spec instructors(boolean masked) {
        Spec s = new Spec(Table.INSTRUCTORS)
                .value("name", 10).value("homeUnit", 24).value("role", 12).value("fullTime", 8).text("mobile", 14)
                .value("active", 8).value("assignedUnits", 10).value("lastVisit", 12).value("notes", 30);
        s.sql = """
                SELECT i.*, (SELECT COUNT(*) FROM assignment a WHERE a.instructor_id = i.id) AS units,
                       (SELECT MAX(v.visit_date) FROM visit v WHERE v.instructor_id = i.id) AS last_visit
                FROM instructor i""";
        s.order = " ORDER BY i.id";
        s.filter("q", "i.name LIKE ? OR i.home_unit LIKE ?", TableExport::contains)
                .filter("name", "i.name LIKE ?", TableExport::contains)
                .filter("role", "i.role = ?", v -> enumName(InstructorRole.class, v))
                .filter("active", "i.active = ?", TableExport::flag)
                .filter("ids", "i.id IN (SELECT value FROM json_each(?))", TableExport::ids);
        s.mapper = rs -> row(rs.getString("name"), rs.getString("home_unit"),
                label(InstructorRole.class, rs.getString("role")),
                Messages.get(Sql.bool(rs, "full_time") ? "export.fullTime" : "export.partTime"),
                masked ? Masking.mobile(rs.getString("mobile")) : rs.getString("mobile"),
                yesNo(Sql.bool(rs, "active")), rs.getInt("units"), Sql.date(rs, "last_visit"), notes(rs, "notes", masked));
        return s;
    }

    private static Spec stations(boolean masked) {
        Spec s = new Spec(Table.STATIONS)
                .value("stationName", 30).value("stationKind", 14).value("host", 24).value("region", 16)
                .text("regionCode", 15).value("address", 30).value("facilities", 24).value("openingHours", 16)
                .value("notes", 30);
        s.sql = "SELECT st.*, r.name AS region_name FROM station st LEFT JOIN region r ON r.code = st.region_code";
        s.order = " ORDER BY st.id";
        s.filter("q", "st.name LIKE ? OR st.host LIKE ? OR st.address LIKE ?", TableExport::contains)
                .filter("name", "st.name LIKE ?", TableExport::contains)
                .filter("kind", "st.kind = ?", v -> enumName(StationKind.class, v))
                .filter("region", "st.region_code = ?", TableExport::code)
                .filter("county", "substr(st.region_code, 1, 6) = substr(?, 1, 6)", TableExport::code)
                .filter("ids", "st.id IN (SELECT value FROM json_each(?))", TableExport::ids);
        s.mapper = rs -> row(rs.getString("name"), label(StationKind.class, rs.getString("kind")), rs.getString("host"),
                rs.getString("region_name"), rs.getString("region_code"), rs.getString("address"),
                rs.getString("facilities"), rs.getString("opening_hours"), notes(rs, "notes", masked));
        return s;
    }

    private static Spec coverage() {
        Spec s = new Spec(Table.COVERAGE);
        s.columns.add(TableWriter.Column.text(Messages.get("coverage.col.code"), 15));
        s.columns.add(TableWriter.Column.value(Messages.get("coverage.col.name"), 18));
        for (String key : List.of("inScope", "orgCovered", "singleOrg", "jointOrg", "areaOrg", "workCovered",
                "uncovered", "orgRate", "workRate", "singleRate", "workers", "partyMembers")) {
            s.columns.add(TableWriter.Column.value(Messages.get("coverage.col." + key), 11));
        }
        // Not SQL conditions: they choose which rows the coverage queries give.
        s.filter("by", null, v -> v).filter("region", null, TableExport::code)
                .filter("industry", null, v -> enumName(Industry.class, v))
                .filter("kind", null, v -> enumName(EnterpriseKind.class, v));
        s.rows = q -> coverageRows(q.session(), q.filter());
        return s;
    }

    /** Coverage rows by county (or by township of one county) and the total, as the coverage command gives them. */
    private static List<List<?>> coverageRows(Session s, Map<String, String> filter) {
        String by = filter.getOrDefault("by", "county");
        String county = filter.get("region");
        String industry = filter.get("industry");
        String kind = filter.get("kind");
        CoverageQueries.Filter units = new CoverageQueries.Filter(
                industry == null ? null : Industry.valueOf(enumName(Industry.class, industry.trim())),
                kind == null ? null : EnterpriseKind.valueOf(enumName(EnterpriseKind.class, kind.trim())));
        if (!by.equals("county") && !by.equals("township")) {
            throw new InvalidValueException(Problem.of("export.filter", "export.badFilterValue", "by", by, "county, township"));
        }
        if (county != null) {
            s.regions().county(county);
        }
        List<RegionCoverage> regions = by.equals("township") || county != null ? s.coverage().byTownship(county, units)
                : s.coverage().byCounty(units);
        List<List<?>> out = new ArrayList<>();
        CoverageCounts sum = CoverageCounts.ZERO;
        for (RegionCoverage r : regions) {
            out.add(coverageRow(r.code(), r.name(), r.counts()));
            sum = sum.plus(r.counts());
        }
        RegionCoverage total = county == null ? s.coverage().total(units) : null;
        out.add(coverageRow(RegionCoverage.TOTAL, Messages.get("coverage.total"), total == null ? sum : total.counts()));
        return out;
    }

    private static List<?> coverageRow(String code, String name, CoverageCounts k) {
        return List.of(code, name, k.inScope(), k.orgCovered(), k.orgSingle(), k.orgJoint(), k.orgArea(), k.workCovered(),
                k.uncovered(), CoverageRules.percent(k.orgRate()), CoverageRules.percent(k.workRate()),
                CoverageRules.percent(k.singleRate()), k.workers(), k.partyMembers());
    }

    private static Spec audit(boolean masked) {
        Spec s = new Spec(Table.AUDIT)
                .value("at", 20).value("who", 12).value("entity", 12).value("entityId", 10).value("action", 16)
                .value("before", 40).value("after", 40);
        s.sql = "SELECT * FROM audit_log a";
        s.order = " ORDER BY a.id DESC";
        s.filter("who", "a.who = ?", v -> v)
                .filter("entity", "a.entity = ?", v -> v)
                .filter("action", "a.action = ?", v -> v)
                .filter("from", "a.at >= ?", v -> instantOf(v, 0))
                .filter("to", "a.at < ?", v -> instantOf(v, 1))
                .filter("q", "a.before LIKE ? OR a.after LIKE ?", TableExport::contains);
        s.mapper = rs -> row(AUDIT_TIME.format(Instant.parse(rs.getString("at")).atZone(ZoneId.systemDefault())),
                rs.getString("who"), Messages.auditEntity(rs.getString("entity")), Sql.longOrNull(rs, "entity_id"),
                Messages.auditAction(rs.getString("action")),
                notes(rs, "before", masked), notes(rs, "after", masked));
        return s;
    }

    /** Start of the day {@code v} (plus {@code days}) in local time, as the audit log's ISO instants compare. */
    public static String instantOf(String v, int days) {
        try {
            return LocalDate.parse(v).plusDays(days).atStartOfDay(ZoneId.systemDefault()).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidValueException(Problem.of("export.filter", "export.badDate", v));
        }
    }

    // ---- values ----

    private static List<?> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static String notes(ResultSet rs, String col, boolean masked) throws SQLException {
        String v = rs.getString(col);
        return masked ? Masking.inText(v) : v;
    }

    private static String yesNo(boolean b) {
        return Messages.get(b ? "export.yes" : "export.no");
    }

    private static <E extends Enum<E>> String label(Class<E> type, String name) {
        return name == null ? null : Messages.label(Enum.valueOf(type, name));
    }

    private static String contains(String v) {
        return "%" + v.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    private static Params workerText(String v) {
        List<Object> p = WorkerListing.textParams(v);
        // Nothing typed matches every name, as an empty search box does.
        return new Params(p.isEmpty() ? java.util.Arrays.asList("", null, null, null) : p);
    }

    private static int idCount(String v) {
        return v.isBlank() ? 0 : v.split(",").length;
    }

    /** Rows a page lists, by id ({@code 3,17,42}), as the JSON array {@code json_each} reads. */
    private static Object ids(String v) {
        String list = v.replace(" ", "");
        if (!list.matches("\\d+(,\\d+)*|")) {
            throw new BadFilterValue("1,2,3");
        }
        return "[" + list + "]";
    }

    private static Object id(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadFilterValue(Messages.get("export.expect.id"));
        }
    }

    private static Object code(String v) {
        if (!v.matches("\\d{6,12}")) {
            throw new BadFilterValue(Messages.get("export.expect.code"));
        }
        return v;
    }

    private static Object flag(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "是" -> 1;
            case "0", "false", "no", "否" -> 0;
            default -> throw new BadFilterValue("是, 否");
        };
    }

    /** Accepts the constant's name in any case or its label in the current language. */
    private static <E extends Enum<E>> String enumName(Class<E> type, String v) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v) || Messages.label(e).equals(v)) {
                return e.name();
            }
            names.add(Messages.label(e));
        }
        throw new BadFilterValue(String.join(", ", names));
    }

    /** A filter value a converter cannot read; {@link Spec#where} names the filter it was given for. */
    private static final class BadFilterValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String expected;

        BadFilterValue(String expected) {
            super(null, null, false, false);
            this.expected = expected;
        }
    }
}
