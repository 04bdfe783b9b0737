package org.xinye.ledger.store.rollup;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinye.ledger.domain.CityCounting;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.Sql;

/**
 * Which records of a ledger lie outside its scope, so a submission can refuse them with a list
 * instead of dropping them unseen. A county's records lie in its area: units by their township
 * (a unit with none is listed too), party orgs by their region, people where they serve (their
 * township, else their employer's). A department's units are of its industries, and so are its
 * people without an employer, by their occupation.
 */
public final class ScopeCheck {
    private static final String AREA = """
            WITH RECURSIVE area(code) AS (SELECT ? UNION ALL SELECT r.code FROM region r JOIN area a ON r.parent_code = a.code)
            """;

    private ScopeCheck() {
    }

    public static List<OutOfScope> outOfScope(Session s, LedgerScope scope) {
        Connection c = s.connection();
        List<OutOfScope> out = new ArrayList<>();
        switch (scope.kind()) {
            case CITY -> {
            }
            case COUNTY -> {
                String county = scope.countyCode();
                out.addAll(Sql.list(c, AREA + """
                        SELECT e.id, e.name, COALESCE(p.name, '') || r.name AS place, e.township_code IS NULL AS none
                        FROM enterprise e LEFT JOIN region r ON r.code = e.township_code
                        LEFT JOIN region p ON p.code = r.parent_code AND p.level = 'COUNTY'
                        WHERE e.township_code IS NULL OR e.township_code NOT IN (SELECT code FROM area) ORDER BY e.id""",
                        rs -> new OutOfScope(OutOfScope.Kind.UNIT, rs.getLong(1), rs.getString(2), null,
                                rs.getString(3), rs.getBoolean(4) ? OutOfScope.Reason.NO_TOWNSHIP
                                        : OutOfScope.Reason.OTHER_AREA), county));
                out.addAll(Sql.list(c, AREA + """
                        SELECT o.id, o.name, COALESCE(p.name, '') || r.name FROM party_org o
                        LEFT JOIN region r ON r.code = o.region_code
                        LEFT JOIN region p ON p.code = r.parent_code AND p.level = 'COUNTY'
                        WHERE o.region_code IS NOT NULL AND o.region_code NOT IN (SELECT code FROM area) ORDER BY o.id""",
                        rs -> new OutOfScope(OutOfScope.Kind.ORG, rs.getLong(1), rs.getString(2), null, rs.getString(3),
                                OutOfScope.Reason.OTHER_AREA), county));
                out.addAll(Sql.list(c, AREA + """
                        SELECT w.id, w.name, w.id_number, COALESCE(p.name, '') || r.name FROM worker w
                        LEFT JOIN enterprise e ON e.id = w.employer_id
                        LEFT JOIN region r ON r.code = COALESCE(w.township_code, e.township_code)
                        LEFT JOIN region p ON p.code = r.parent_code AND p.level = 'COUNTY'
                        WHERE COALESCE(w.township_code, e.township_code) NOT IN (SELECT code FROM area) ORDER BY w.id""",
                        rs -> new OutOfScope(OutOfScope.Kind.WORKER, rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), OutOfScope.Reason.OTHER_AREA), county));
            }
            case DEPARTMENT -> {
                String industries = inList(scope.industries().stream().map(Enum::name).collect(Collectors.toList()));
                out.addAll(Sql.list(c, "SELECT id, name, industry FROM enterprise WHERE industry NOT IN (" + industries
                        + ") ORDER BY id", rs -> new OutOfScope(OutOfScope.Kind.UNIT, rs.getLong(1), rs.getString(2),
                                null, Messages.label(Industry.valueOf(rs.getString(3))), OutOfScope.Reason.OTHER_INDUSTRY)));
                out.addAll(Sql.list(c, "SELECT id, name, id_number, occupation FROM worker WHERE employer_id IS NULL"
                        + " AND occupation IS NOT NULL AND occupation NOT IN (" + inList(occupationsOf(scope.industries()))
                        + ") ORDER BY id", rs -> new OutOfScope(OutOfScope.Kind.WORKER, rs.getLong(1), rs.getString(2),
                                rs.getString(3), Messages.label(Occupation.valueOf(rs.getString(4))), OutOfScope.Reason.OTHER_INDUSTRY)));
            }
        }
        return out;
    }

    /** The occupations whose industry is one of these. */
    static List<String> occupationsOf(Set<Industry> industries) {
        List<String> out = new ArrayList<>();
        for (Occupation o : Occupation.values()) {
            if (industries.contains(CityCounting.industryOf(o))) {
                out.add(o.name());
            }
        }
        return out;
    }

    /** An SQL list of enum names (never data: names of this build's own enums), or one that matches nothing. */
    static String inList(List<String> enumNames) {
        if (enumNames.isEmpty()) {
            return "NULL";
        }
        for (String n : enumNames) {
            if (!n.matches("[A-Z_]+")) {
                throw new IllegalArgumentException("not an enum name: " + n);
            }
        }
        return enumNames.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
    }
}
