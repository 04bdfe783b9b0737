package org.xinye.ledger.store;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.Masking;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
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

    /**
     * The 人员 table's filter, for its page, its export and {@code export --filter}. Every
     * field is optional (null). {@code text} is the search box ({@link TextSearch#workers});
     * {@code townshipCode} the worker's own service township; {@code name}, {@code place} (the
     * worker's township, else the employer's) and {@code county} (of that township) are the
     * command line's further words.
     */
    public record Filter(String text, String name, Occupation occupation, Long employerId, String townshipCode,
                         String place, String county, PoliticalStatus politicalStatus, Relation relation,
                         WorkerStatus status) implements TableFilter {
        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null, null);

        /** The filter bar of the 人员 page. */
        public static Filter of(String text, Occupation occupation, Long employerId, String townshipCode,
                                PoliticalStatus politicalStatus, Relation relation, WorkerStatus status) {
            return new Filter(text, null, occupation, employerId, townshipCode, null, null, politicalStatus, relation,
                    status);
        }

        /** Whether a condition needs the employer ({@code e}) joined. */
        boolean needsEmployer() {
            return place != null || county != null;
        }

        /**
         * The conditions on the aliases {@code w} (worker), {@code m} (membership, left-joined)
         * and, when {@link #needsEmployer}, {@code e} (the employer, left-joined).
         */
        public Where where() {
            Where w = new Where();
            TextSearch.workers(w, text);
            TextSearch.contains(w, name, "w.name");
            w.equal("w.occupation", occupation).equal("w.employer_id", employerId)
                    .equal("w.township_code", townshipCode).equal("COALESCE(w.township_code, e.township_code)", place)
                    .inCounty("COALESCE(w.township_code, e.township_code)", county)
                    .equal("w.political_status", politicalStatus).equal("w.status", status);
            if (relation == Relation.MISSING) {
                w.and(MISSING_RELATION_SQL);
            } else if (relation != null) {
                w.and("m.relation_status = ?", relation.name());
            }
            return w;
        }
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
        Where where = f.where();
        // The joins are needed only for the relation filter; without them SQLite counts from an index.
        String from = "FROM worker w " + (f.relation() == null ? "" : "LEFT JOIN membership m ON m.worker_id = w.id ")
                + (f.needsEmployer() ? "LEFT JOIN enterprise e ON e.id = w.employer_id " : "");
        return Sql.count(c, "SELECT COUNT(*) " + from + where.sql(), where.params());
    }

    /**
     * One page in the given order. The page's ids are chosen first with only the joins the
     * filter and the order need, so skipping far into the list does not join every skipped
     * row; a text filter scans the table instead of walking the name index, as its matches
     * are few and scattered.
     */
    public List<Row> page(Filter f, Sort sort, long offset, int limit) {
        Where where = f.where();
        String dir = sort.ascending() ? " ASC" : " DESC";
        boolean textFilter = !Text.clean(f.text()).isEmpty();
        String order = (textFilter && sort.key() == SortKey.NAME ? "+" : "") + sort.key().sql + dir + ", w.id" + dir;
        String joins = (f.relation() != null || sort.key() == SortKey.RELATION ? "LEFT JOIN membership m ON m.worker_id = w.id " : "")
                + (sort.key() == SortKey.EMPLOYER || f.needsEmployer() ? "LEFT JOIN enterprise e ON e.id = w.employer_id "
                        : "")
                + (sort.key() == SortKey.TOWNSHIP ? "LEFT JOIN region t ON t.code = w.township_code " : "");
        boolean mask = Privacy.masking(new Session(c));
        String ids = "SELECT w.id" + (sort.key() == SortKey.EMPLOYER ? ", COALESCE(e.name, w.employer_text) AS employer" : "")
                + (sort.key() == SortKey.TOWNSHIP ? ", COALESCE(t.name, w.township_text) AS township" : "")
                + " FROM worker w " + joins + where.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?";
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
                where.params(limit, offset));
    }

    /**
     * {@link Relation#MISSING} on the aliases {@code w} and {@code m} (membership, left-joined):
     * a party member with no org and no home org recorded.
     */
    static final String MISSING_RELATION_SQL = "w.political_status IN ('MEMBER','PROBATIONARY')"
            + " AND (m.worker_id IS NULL OR (m.org_id IS NULL AND COALESCE(trim(m.home_org), '') = ''))";

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
