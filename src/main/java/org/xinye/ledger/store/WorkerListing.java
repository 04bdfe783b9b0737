package org.xinye.ledger.store;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.SearchMatcher;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.domain.WorkerStatus;

/**
 * The 人员 table at any size: filtering, counting and sorting in SQL, rows fetched a page at
 * a time. ID numbers and mobiles leave here masked while the ledger's privacy setting is on
 * (the default); then the full values only through a logged reveal.
 */
public final class WorkerListing {
    /** What the relation-status filter can ask for; {@link #MISSING}: party members with no relation recorded. */
    public enum Relation {
        TRANSFERRED_IN, NOT_TRANSFERRED, MOBILE, MISSING
    }

    /** Every filter is optional (null). {@code text} matches the name, or digits of the ID number or mobile. */
    public record Filter(String text, Occupation occupation, Long employerId, String townshipCode,
                         PoliticalStatus politicalStatus, Relation relation, WorkerStatus status) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null, null);
    }

    /** The columns the table can sort by, with the SQL that sorts them. */
    public enum SortKey {
        NAME("w.name_key"), GENDER("w.gender"), BIRTH_DATE("w.birth_date"), OCCUPATION("w.occupation"),
        EMPLOYER("employer"), TOWNSHIP("township"), POLITICAL_STATUS("w.political_status"),
        RELATION("m.relation_status"), STATUS("w.status");

        private final String sql;

        SortKey(String sql) {
            this.sql = sql;
        }
    }

    public record Sort(SortKey key, boolean ascending) {
        public static final Sort DEFAULT = new Sort(SortKey.NAME, true);
    }

    /** One row of the table, personal numbers as the privacy setting lets them show. */
    public record Row(long id, String name, String idNumber, Gender gender, LocalDate birthDate, String mobile,
                      Occupation occupation, String employer, String township, PoliticalStatus politicalStatus,
                      RelationStatus relation, WorkerStatus status) {
    }

    private final Connection c;

    WorkerListing(Connection c) {
        this.c = c;
    }

    public long count(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        // The joins are needed only for the relation filter; without them SQLite counts from an index.
        String from = f.relation() == null ? "FROM worker w " : "FROM worker w LEFT JOIN membership m ON m.worker_id = w.id ";
        return Sql.count(c, "SELECT COUNT(*) " + from + where, params.toArray());
    }

    /**
     * One page in the given order. The page's ids are chosen first with only the joins the
     * filter and the order need, so skipping far into the list does not join every skipped
     * row; a text filter scans the table instead of walking the name index, as its matches
     * are few and scattered.
     */
    public List<Row> page(Filter f, Sort sort, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add(limit);
        params.add(offset);
        String dir = sort.ascending() ? " ASC" : " DESC";
        boolean textFilter = !Text.clean(f.text()).isEmpty();
        String order = (textFilter && sort.key() == SortKey.NAME ? "+" : "") + sort.key().sql + dir + ", w.id" + dir;
        String joins = (f.relation() != null || sort.key() == SortKey.RELATION ? "LEFT JOIN membership m ON m.worker_id = w.id " : "")
                + (sort.key() == SortKey.EMPLOYER ? "LEFT JOIN enterprise e ON e.id = w.employer_id " : "")
                + (sort.key() == SortKey.TOWNSHIP ? "LEFT JOIN region t ON t.code = w.township_code " : "");
        boolean mask = Privacy.masking(new Session(c));
        String ids = "SELECT w.id" + (sort.key() == SortKey.EMPLOYER ? ", COALESCE(e.name, w.employer_text) AS employer" : "")
                + (sort.key() == SortKey.TOWNSHIP ? ", COALESCE(t.name, w.township_text) AS township" : "")
                + " FROM worker w " + joins + where + " ORDER BY " + order + " LIMIT ? OFFSET ?";
        return Sql.list(c, """
                SELECT w.id, w.name, w.id_number, w.gender, w.birth_date, w.mobile, w.occupation,
                       COALESCE(e.name, w.employer_text) AS employer, COALESCE(t.name, w.township_text) AS township,
                       w.political_status, m.relation_status, w.status
                FROM (""" + ids + """
                ) p JOIN worker w ON w.id = p.id
                LEFT JOIN enterprise e ON e.id = w.employer_id
                LEFT JOIN region t ON t.code = w.township_code
                LEFT JOIN membership m ON m.worker_id = w.id
                ORDER BY\s""" + sort.key().sql + dir + ", w.id" + dir,
                rs -> new Row(rs.getLong("id"), rs.getString("name"),
                        mask ? Masking.idNumber(rs.getString("id_number")) : nz(rs.getString("id_number")),
                        Sql.enumOf(Gender.class, rs, "gender"), Sql.date(rs, "birth_date"),
                        mask ? Masking.mobile(rs.getString("mobile")) : nz(rs.getString("mobile")),
                        Sql.enumOf(Occupation.class, rs, "occupation"),
                        nz(rs.getString("employer")), nz(rs.getString("township")),
                        Sql.enumOf(PoliticalStatus.class, rs, "political_status"),
                        Sql.enumOf(RelationStatus.class, rs, "relation_status"), Sql.enumOf(WorkerStatus.class, rs, "status")),
                params.toArray());
    }

    /**
     * The search box's condition on the alias {@code w}, with the four values of
     * {@link #textParams}: the name contains the text, or, when it is Latin letters, the name's
     * pinyin or its initials do ({@code zs} finds 张三, as {@link org.xinye.ledger.domain.SearchMatcher}
     * finds in every other list), or, when it is digits, the ID number or mobile does. The table
     * export uses the same words, so an export matches the page.
     */
    public static final String TEXT_SQL = "instr(w.name, ?) > 0 OR instr(w.name_py, ?) > 0 OR instr(w.id_number, ?) > 0"
            + " OR instr(w.mobile, ?) > 0";

    /**
     * {@link Relation#MISSING} on the aliases {@code w} and {@code m} (membership, left-joined):
     * a party member with no org and no home org recorded.
     */
    public static final String MISSING_RELATION_SQL = "w.political_status IN ('MEMBER','PROBATIONARY')"
            + " AND (m.worker_id IS NULL OR (m.org_id IS NULL AND COALESCE(trim(m.home_org), '') = ''))";

    /**
     * The values of {@link #TEXT_SQL} for what was typed (null pinyin: not Latin letters; null
     * digits: not a number); empty text: none.
     */
    public static List<Object> textParams(String typed) {
        String text = Text.clean(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        String digits = Text.compact(text).toUpperCase();
        boolean number = digits.matches("[0-9X]+");
        String pinyin = Text.compact(text).toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.asList(text, SearchMatcher.isLatin(pinyin) ? pinyin : null, number ? digits : null,
                number ? digits : null);
    }

    private static String where(Filter f, List<Object> params) {
        List<String> terms = new ArrayList<>();
        List<Object> text = textParams(f.text());
        if (!text.isEmpty()) {
            if (text.get(2) != null) {
                terms.add("(" + TEXT_SQL + ")");
                params.addAll(text);
            } else if (text.get(1) != null) {
                terms.add("(instr(w.name, ?) > 0 OR instr(w.name_py, ?) > 0)");
                params.addAll(text.subList(0, 2));
            } else {
                // Without the number and pinyin columns SQLite need not read them at all.
                terms.add("instr(w.name, ?) > 0");
                params.add(text.get(0));
            }
        }
        if (f.occupation() != null) {
            terms.add("w.occupation = ?");
            params.add(f.occupation());
        }
        if (f.employerId() != null) {
            terms.add("w.employer_id = ?");
            params.add(f.employerId());
        }
        if (f.townshipCode() != null) {
            terms.add("w.township_code = ?");
            params.add(f.townshipCode());
        }
        if (f.politicalStatus() != null) {
            terms.add("w.political_status = ?");
            params.add(f.politicalStatus());
        }
        if (f.status() != null) {
            terms.add("w.status = ?");
            params.add(f.status());
        }
        if (f.relation() == Relation.MISSING) {
            terms.add(MISSING_RELATION_SQL);
        } else if (f.relation() != null) {
            terms.add("m.relation_status = ?");
            params.add(f.relation().name());
        }
        return terms.isEmpty() ? "" : "WHERE " + String.join(" AND ", terms) + " ";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
