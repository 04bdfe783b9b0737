package org.xinye.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xinye.ledger.domain.Pinyin;
import org.xinye.ledger.store.Listings.Choice;

/** The queries behind the pickers' choices, which the pages reach through {@link Listings}: labels as the user reads them, in pinyin order. */
final class PickerChoices {
    private static final String UNIT_CHOICES = """
            SELECT e.id, e.name, t.name AS township FROM enterprise e LEFT JOIN region t ON t.code = e.township_code
            """;
    private static final String INSTRUCTOR_CHOICES = "SELECT id, name, home_unit FROM instructor ";
    private static final String REGION_CHOICES = """
            SELECT r.code, CASE WHEN r.level IN ('TOWNSHIP','COMMUNITY') THEN COALESCE(p.name || ' › ', '') || r.name
                                ELSE r.name END
            FROM region r LEFT JOIN region p ON p.code = r.parent_code
            """;

    private final Connection c;

    PickerChoices(Connection c) {
        this.c = c;
    }

    /** Units as "name（township）", so two outlets of one brand can be told apart. */
    List<Choice<Long>> units() {
        return Pinyin.sorted(Sql.list(c, UNIT_CHOICES + " ORDER BY e.name, e.id", PickerChoices::placed), Choice::label);
    }

    Optional<Choice<Long>> unit(Long id) {
        return id == null ? Optional.empty()
                : Sql.one(c, UNIT_CHOICES + " WHERE e.id = ?", PickerChoices::placed, id);
    }

    /** id, name and where: "name（where）", or the name alone. */
    private static Choice<Long> placed(ResultSet rs) throws SQLException {
        return new Choice<>(rs.getLong(1), rs.getString(3) == null ? rs.getString(2)
                : rs.getString(2) + "（" + rs.getString(3) + "）");
    }

    List<Choice<Long>> orgs() {
        List<Object[]> orgs = Sql.list(c, "SELECT id, name, active FROM party_org ORDER BY active DESC, name, id",
                rs -> new Object[] {new Choice<>(rs.getLong(1), rs.getString(2)), Sql.bool(rs, "active")});
        List<Object[]> sorted = Listings.activeFirst(Pinyin.sorted(orgs, o -> ((Choice<?>) o[0]).label()), o -> (Boolean) o[1]);
        List<Choice<Long>> out = new ArrayList<>(sorted.size());
        for (Object[] o : sorted) {
            @SuppressWarnings("unchecked")
            Choice<Long> choice = (Choice<Long>) o[0];
            out.add(choice);
        }
        return out;
    }

    Optional<Choice<Long>> org(Long id) {
        return id == null ? Optional.empty() : Sql.one(c, "SELECT id, name FROM party_org WHERE id = ?",
                rs -> new Choice<>(rs.getLong(1), rs.getString(2)), id);
    }

    /** Active instructors and liaisons, as "name（home unit）". */
    List<Choice<Long>> instructors() {
        return Pinyin.sorted(Sql.list(c, INSTRUCTOR_CHOICES + "WHERE active = 1 ORDER BY name, id", PickerChoices::placed), Choice::label);
    }

    /** Townships of the region tree as "county › township", in tree order. */
    List<Choice<String>> townships() {
        return Sql.list(c, REGION_CHOICES + " WHERE r.level = 'TOWNSHIP' ORDER BY r.code", PickerChoices::regionChoice);
    }

    /** Counties and townships (an org or a station may sit at either level), in tree order. */
    List<Choice<String>> regions() {
        return Sql.list(c, REGION_CHOICES + " WHERE r.level IN ('CITY','COUNTY','TOWNSHIP') ORDER BY r.code",
                PickerChoices::regionChoice);
    }

    /** Any region by its code, labelled as the pickers label it. */
    Optional<Choice<String>> region(String code) {
        return code == null ? Optional.empty()
                : Sql.one(c, REGION_CHOICES + " WHERE r.code = ?", PickerChoices::regionChoice, code);
    }

    private static Choice<String> regionChoice(ResultSet rs) throws SQLException {
        return new Choice<>(rs.getString(1), rs.getString(2));
    }
}
