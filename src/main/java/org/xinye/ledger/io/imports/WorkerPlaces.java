package org.xinye.ledger.io.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a worker row places the person: the employer it names (by credit code, then by name,
 * or as the wizard chose) and the service township. What matches nothing is kept as text,
 * with a warning on the row (单位待匹配 / 区划待匹配), and the unmatched employers are counted.
 */
final class WorkerPlaces {
    /** The employer: a unit's id, or the text as typed when it matched none. */
    record Place(Long employerId, String employerText) {
        boolean said() {
            return employerId != null || employerText != null;
        }
    }

    /** The township: a region code, or the text as typed when it matched none. */
    record Township(String code, String text) {
        static final Township NONE = new Township(null, null);

        boolean said() {
            return code != null || text != null;
        }
    }

    private final UnitIndex units;
    private final RegionIndex regions;
    private final Map<String, Long> choices;
    private final Long rosterUnit;
    private final Function<Field, String> header;
    private final Function<String, Long> createUnit;
    private final Map<String, Integer> unmatchedEmployers;
    private final Map<String, UnitIndex.Match> employerByName = new HashMap<>();
    private final Map<String, RegionIndex.Match> townshipCache = new HashMap<>();
    /** Made once: a lambda written at the call would be made anew for every row. */
    private final Function<String, UnitIndex.Match> matchByName;
    private final Function<String, RegionIndex.Match> townshipAnywhere;

    /**
     * @param choices            the wizard's choices: employer text → unit id, or {@link ImportRequest#CREATE}
     * @param rosterUnit         the unit whose roster this is (rows without an employer work there), or null
     * @param header             the file's header of a field, for the warnings
     * @param createUnit         creates a unit of that name (null when nothing is written)
     * @param unmatchedEmployers counts, by text, the employers that matched no unit
     */
    WorkerPlaces(UnitIndex units, RegionIndex regions, Map<String, Long> choices, Long rosterUnit,
                 Function<Field, String> header, Function<String, Long> createUnit,
                 Map<String, Integer> unmatchedEmployers) {
        this.units = units;
        this.regions = regions;
        this.choices = choices;
        this.rosterUnit = rosterUnit;
        this.header = header;
        this.createUnit = createUnit;
        this.unmatchedEmployers = unmatchedEmployers;
        this.matchByName = name -> units.match(null, name);
        this.townshipAnywhere = name -> regions.township(null, name);
    }

    /** The employer the row names: by credit code, then by name; else the roster's unit; unmatched text is kept. */
    Place place(ParsedRow p, WorkerValues v) {
        String text = v.employerText();
        String code = v.employerCode();
        if (text == null && code == null) {
            return new Place(rosterUnit, null);
        }
        if (text != null) {
            Long chosen = choices.get(text);
            if (chosen != null) {
                return new Place(chosen == ImportRequest.CREATE ? createUnit.apply(text) : chosen, null);
            }
        }
        UnitIndex.Match m = code == null ? employerByName.computeIfAbsent(text, matchByName)
                : units.match(code, text);
        if (m.found()) {
            return new Place(m.id(), null);
        }
        String shown = text != null ? text : code;
        unmatchedEmployers.merge(shown, 1, Integer::sum);
        p.add(Sink.warning(p, Field.EMPLOYER, header.apply(text != null ? Field.EMPLOYER : Field.EMPLOYER_CODE), shown,
                m.candidates() > 1 ? "employer.ambiguous" : "employer.unmatched",
                m.candidates() > 1 ? "import.rule.employerAmbiguous" : "import.rule.employerUnmatched",
                "import.hint.employerUnmatched", shown, m.candidates()));
        return new Place(null, shown);
    }

    /** A matched township's code, or the text as typed when it matched none. */
    Township township(ParsedRow p, WorkerValues v) {
        if (v.township() == null) {
            return Township.NONE;
        }
        RegionIndex.Match m = v.county() == null ? townshipCache.computeIfAbsent(v.township(), townshipAnywhere)
                : regions.township(v.county(), v.township());
        if (m.found()) {
            return new Township(m.code(), null);
        }
        String shown = v.county() == null ? v.township() : v.county() + v.township();
        p.add(Sink.warning(p, Field.TOWNSHIP, header.apply(Field.TOWNSHIP), shown,
                m.candidates() > 1 ? "township.ambiguous" : "township.unmatched",
                m.candidates() > 1 ? "import.rule.townshipAmbiguous" : "import.rule.townshipUnmatched",
                "import.hint.townshipUnmatched", shown, m.counties()));
        return new Township(null, shown);
    }

    /** The name of a unit, for the row's "moved from". */
    String unitName(Long id) {
        return units.name(id);
    }
}
