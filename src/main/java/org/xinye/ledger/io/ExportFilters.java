package org.xinye.ledger.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.xinye.ledger.domain.CoverageStatus;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.Problem;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.AuditSearch;
import org.xinye.ledger.store.CoverageBreakdown;
import org.xinye.ledger.store.CoverageQueries;
import org.xinye.ledger.store.InstructorFilter;
import org.xinye.ledger.store.OrgFilter;
import org.xinye.ledger.store.StationFilter;
import org.xinye.ledger.store.TableFilter;
import org.xinye.ledger.store.UnitFilter;
import org.xinye.ledger.store.WorkerListing;

/**
 * The words of {@code export --filter KEY=VALUE}: each table's keys, read into that table's
 * typed {@link TableFilter} (the one its page uses), and a filter said back in those words
 * for the audit log. Enum values are accepted by name in any case or by their label in the
 * current language; flags as 是/否, 1/0, true/false, yes/no.
 */
public final class ExportFilters {
    private static final Map<TableExport.Table, List<String>> KEYS = Map.of(
            TableExport.Table.WORKERS, List.of("q", "name", "status", "political", "occupation", "employer", "township",
                    "county", "text", "serviceTownship", "relation"),
            TableExport.Table.ENTERPRISES, List.of("q", "name", "kind", "industry", "status", "inScope", "coverage",
                    "parent", "township", "county", "ids"),
            TableExport.Table.ORGS, List.of("q", "name", "level", "form", "active", "region", "county", "ids"),
            TableExport.Table.INSTRUCTORS, List.of("q", "name", "role", "active", "ids"),
            TableExport.Table.STATIONS, List.of("q", "name", "kind", "region", "county", "ids"),
            TableExport.Table.COVERAGE, List.of("by", "region", "industry", "kind"),
            TableExport.Table.AUDIT, List.of("who", "entity", "action", "from", "to", "q"));

    private ExportFilters() {
    }

    /** The keys a table understands. */
    public static List<String> keys(TableExport.Table table) {
        return KEYS.get(table);
    }

    /** The filter of {@code table} that the words say; a key or value it cannot read is refused, naming it. */
    public static TableFilter parse(TableExport.Table table, Map<String, String> words) {
        Values v = new Values(table, words);
        // A first pass learns how each key is read; the values are then read in key order, so that
        // of several bad ones the first by name is the one named; the second pass builds the filter.
        build(table, v);
        v.readAll();
        return build(table, v);
    }

    private static TableFilter build(TableExport.Table table, Values v) {
        return switch (table) {
            case WORKERS -> new WorkerListing.Filter(v.sameAs("q", "text"), v.text("name"),
                    v.enumOf("occupation", Occupation.class), v.id("employer"), v.code("serviceTownship"),
                    v.code("township"), v.code("county"), v.enumOf("political", PoliticalStatus.class),
                    v.enumOf("relation", WorkerListing.Relation.class), v.enumOf("status", WorkerStatus.class));
            case ENTERPRISES -> new UnitFilter(v.text("q"), v.text("name"), v.enumOf("kind", EnterpriseKind.class),
                    v.enumOf("industry", Industry.class), v.enumOf("status", OperatingStatus.class), v.flag("inScope"),
                    v.enumOf("coverage", CoverageStatus.class), v.id("parent"), v.code("township"), v.code("county"),
                    v.ids("ids"));
            case ORGS -> new OrgFilter(v.text("q"), v.text("name"), v.enumOf("level", OrgLevel.class),
                    v.enumOf("form", OrgForm.class), v.flag("active"), v.code("region"), v.code("county"), v.ids("ids"));
            case INSTRUCTORS -> new InstructorFilter(v.text("q"), v.text("name"), v.enumOf("role", InstructorRole.class),
                    v.flag("active"), v.ids("ids"));
            case STATIONS -> new StationFilter(v.text("q"), v.text("name"), v.enumOf("kind", StationKind.class),
                    v.code("region"), v.code("county"), v.ids("ids"));
            case COVERAGE -> new CoverageBreakdown("township".equals(v.get("by", by -> {
                if (!by.equals("county") && !by.equals("township")) {
                    throw new BadValue("county, township");
                }
                return by;
            })), v.code("region"), new CoverageQueries.Filter(v.enumOf("industry", Industry.class),
                    v.enumOf("kind", EnterpriseKind.class)));
            case AUDIT -> new AuditSearch.Filter(v.text("who"), v.text("entity"), v.text("action"), v.date("from"),
                    v.date("to"), v.text("q"));
        };
    }

    /** The filter of {@code table} that keeps every row. */
    public static TableFilter all(TableExport.Table table) {
        return switch (table) {
            case WORKERS -> WorkerListing.Filter.NONE;
            case ENTERPRISES -> UnitFilter.NONE;
            case ORGS -> OrgFilter.NONE;
            case INSTRUCTORS -> InstructorFilter.NONE;
            case STATIONS -> StationFilter.NONE;
            case COVERAGE -> CoverageBreakdown.BY_COUNTY;
            case AUDIT -> AuditSearch.Filter.NONE;
        };
    }

    /** The filter of a record table that keeps exactly the rows with these ids (what a page lists). */
    public static TableFilter ofIds(TableExport.Table table, List<Long> ids) {
        return switch (table) {
            case ENTERPRISES -> UnitFilter.ids(ids);
            case ORGS -> OrgFilter.ids(ids);
            case INSTRUCTORS -> InstructorFilter.ids(ids);
            case STATIONS -> StationFilter.ids(ids);
            default -> throw new IllegalArgumentException("no list of rows for " + table);
        };
    }

    /** The table a filter is of. */
    public static TableExport.Table tableOf(TableFilter filter) {
        if (filter instanceof WorkerListing.Filter) {
            return TableExport.Table.WORKERS;
        } else if (filter instanceof UnitFilter) {
            return TableExport.Table.ENTERPRISES;
        } else if (filter instanceof OrgFilter) {
            return TableExport.Table.ORGS;
        } else if (filter instanceof InstructorFilter) {
            return TableExport.Table.INSTRUCTORS;
        } else if (filter instanceof StationFilter) {
            return TableExport.Table.STATIONS;
        } else if (filter instanceof CoverageBreakdown) {
            return TableExport.Table.COVERAGE;
        }
        return TableExport.Table.AUDIT;
    }

    /** A filter in the words of {@link #parse}, for the audit log's note of an export; empty fields left out. */
    public static Map<String, String> words(TableFilter filter) {
        Words w = new Words();
        if (filter instanceof WorkerListing.Filter f) {
            w.put("text", f.text()).put("name", f.name()).put("occupation", f.occupation())
                    .put("employer", f.employerId()).put("serviceTownship", f.townshipCode()).put("township", f.place())
                    .put("county", f.county()).put("political", f.politicalStatus()).put("relation", f.relation())
                    .put("status", f.status());
        } else if (filter instanceof UnitFilter f) {
            w.put("q", f.text()).put("name", f.name()).put("kind", f.kind()).put("industry", f.industry())
                    .put("status", f.status()).put("inScope", f.inScope()).put("coverage", f.coverage())
                    .put("parent", f.parentId()).put("township", f.townshipCode()).put("county", f.county())
                    .put("ids", f.ids());
        } else if (filter instanceof OrgFilter f) {
            w.put("q", f.text()).put("name", f.name()).put("level", f.level()).put("form", f.form())
                    .put("active", f.active()).put("region", f.regionCode()).put("county", f.county())
                    .put("ids", f.ids());
        } else if (filter instanceof InstructorFilter f) {
            w.put("q", f.text()).put("name", f.name()).put("role", f.role()).put("active", f.active())
                    .put("ids", f.ids());
        } else if (filter instanceof StationFilter f) {
            w.put("q", f.text()).put("name", f.name()).put("kind", f.kind()).put("region", f.regionCode())
                    .put("county", f.county()).put("ids", f.ids());
        } else if (filter instanceof CoverageBreakdown f) {
            w.put("by", f.county() == null ? f.byTownship() ? "township" : "county" : null).put("region", f.county())
                    .put("industry", f.units().industry()).put("kind", f.units().kind());
        } else if (filter instanceof AuditSearch.Filter f) {
            w.put("who", f.who()).put("entity", f.entity()).put("action", f.action()).put("from", f.from())
                    .put("to", f.to()).put("q", f.text());
        }
        return w.map;
    }

    /** Words in order, blank values left out; enums by name, lists of ids as {@code 1,2,3}. */
    private static final class Words {
        final Map<String, String> map = new LinkedHashMap<>();

        Words put(String key, Object value) {
            String s = value == null ? null : value instanceof Enum<?> e ? e.name()
                    : value instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            if (s != null && !s.isBlank()) {
                map.put(key, s);
            } else if (value instanceof List<?>) {
                // An empty list of rows still says "these rows": none.
                map.put(key, "");
            }
            return this;
        }
    }

    /**
     * The values of the words, read and checked in key order so the first bad one is the one
     * named; keys the table does not have are refused before any value is read.
     */
    private static final class Values {
        private final TableExport.Table table;
        private final Map<String, String> words;
        private final Map<String, Object> read = new HashMap<>();
        private final Map<String, Function<String, ?>> readers = new HashMap<>();
        private boolean learning = true;

        Values(TableExport.Table table, Map<String, String> words) {
            this.table = table;
            this.words = new TreeMap<>(words);
            for (String key : this.words.keySet()) {
                if (!KEYS.get(table).contains(key)) {
                    throw new InvalidValueException(Problem.of("export.filter", "export.badFilter", key,
                            String.join(", ", KEYS.get(table))));
                }
            }
        }

        @SuppressWarnings("unchecked")
        <T> T get(String key, Function<String, T> convert) {
            if (!KEYS.get(table).contains(key)) {
                throw new IllegalArgumentException(key);
            }
            String raw = words.get(key);
            if (raw == null) {
                return null;
            }
            if (learning) {
                readers.put(key, convert);
                return null;
            }
            if (!read.containsKey(key)) {
                try {
                    read.put(key, convert.apply(raw.trim()));
                } catch (BadValue bad) {
                    throw new InvalidValueException(Problem.of("export.filter", "export.badFilterValue", key, raw,
                            bad.expected));
                }
            }
            return (T) read.get(key);
        }

        /** Reads every given value, in key order. */
        void readAll() {
            learning = false;
            for (String key : words.keySet()) {
                get(key, readers.get(key));
            }
        }

        String text(String key) {
            return get(key, v -> v);
        }

        /** Two keys that say the same thing; refused when both are given. */
        String sameAs(String key, String other) {
            String a = text(key);
            String b = text(other);
            if (a != null && b != null) {
                throw new InvalidValueException(Problem.of("export.filter", "export.filterSame", key, other));
            }
            return a != null ? a : b;
        }

        Long id(String key) {
            return get(key, v -> {
                try {
                    return Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new BadValue(Messages.get("export.expect.id"));
                }
            });
        }

        /** Rows a page lists, by id ({@code 3,17,42}). */
        List<Long> ids(String key) {
            return get(key, v -> {
                String list = v.replace(" ", "");
                if (!list.matches("\\d+(,\\d+)*|")) {
                    throw new BadValue("1,2,3");
                }
                List<Long> out = new ArrayList<>();
                for (String id : list.isEmpty() ? new String[0] : list.split(",")) {
                    out.add(Long.parseLong(id));
                }
                return out;
            });
        }

        String code(String key) {
            return get(key, v -> {
                if (!v.matches("\\d{6,12}")) {
                    throw new BadValue(Messages.get("export.expect.code"));
                }
                return v;
            });
        }

        Boolean flag(String key) {
            return get(key, v -> switch (v.toLowerCase(Locale.ROOT)) {
                case "1", "true", "yes", "是" -> true;
                case "0", "false", "no", "否" -> false;
                default -> throw new BadValue("是, 否");
            });
        }

        LocalDate date(String key) {
            return get(key, v -> {
                try {
                    return LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    throw new InvalidValueException(Problem.of("export.filter", "export.badDate", v));
                }
            });
        }

        /** The constant's name in any case, or its label in the current language. */
        <E extends Enum<E>> E enumOf(String key, Class<E> type) {
            return get(key, v -> {
                List<String> names = new ArrayList<>();
                for (E e : type.getEnumConstants()) {
                    if (e.name().equalsIgnoreCase(v) || Messages.label(e).equals(v)) {
                        return e;
                    }
                    names.add(Messages.label(e));
                }
                throw new BadValue(String.join(", ", names));
            });
        }
    }

    /** A value a converter cannot read; {@link Values#get} names the filter it was given for. */
    private static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String expected;

        BadValue(String expected) {
            super(null, null, false, false);
            this.expected = expected;
        }
    }
}
