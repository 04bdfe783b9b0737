package org.xinye.ledger.store.rollup;

import java.sql.Connection;
import java.time.Instant;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.Sql;

/**
 * Copies a checked submission into the city ledger's {@code sub_*} tables, in SQL from the file
 * attached read-only, in one transaction: the submission is STAGED until the roll-up that took it
 * in counts it. Rows go in key order, so every table is appended to rather than split.
 */
public final class Staging {
    private static final String ALIAS = "submitted";
    /** Page cache while copying, in KiB (negative: SQLite's way of saying KiB, not pages). */
    private static final int CACHE_KIB = -64 * 1024;

    private Staging() {
    }

    /** Stages one submission of roll-up {@code runId}; gives its id. */
    public static long stage(Ledger city, Received r, long runId, Instant now) {
        return city.writeAttached(r.database(), ALIAS, s -> {
            Connection c = s.connection();
            long id = Sql.insert(c, """
                    INSERT INTO rollup_submission(run_id, scope_key, scope_kind, county_code, department, industries,
                        scope_name, period, created_at, app_version, schema_version, key_check, file_name, sha256,
                        received_at, state, units, workers, party_members)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'STAGED',?,?,?)""",
                    runId, r.scope().key(), r.scope().kind(), r.scope().countyCode(), r.scope().department(),
                    r.scope().industriesText(), r.scopeName(), r.period(), r.createdAt(), r.appVersion(),
                    r.schemaVersion(), r.keyCheck(), r.file().getFileName().toString(), r.sha256(), now, r.units(),
                    r.workers(), r.total().partyMembers());
            Sql.update(c, "INSERT INTO rollup_figure(submission_id, region_code, " + SubmissionFigures.columns()
                    + ") SELECT ?, region_code, " + SubmissionFigures.columns() + " FROM submitted.submission_figure", id);
            // People are copied in ID-number order through the file's index, each row fetched from its table:
            // with SQLite's default 2 MB cache per database most of those fetches would go to the disk.
            long cache = Sql.count(c, "PRAGMA cache_size");
            Sql.update(c, "PRAGMA cache_size = " + CACHE_KIB);
            Sql.update(c, "PRAGMA submitted.cache_size = " + CACHE_KIB);
            try {
                copy(c, id);
            } finally {
                Sql.update(c, "PRAGMA cache_size = " + cache);
            }
            return id;
        });
    }

    private static void copy(Connection c, long id) {
        Sql.update(c, """
                INSERT INTO sub_enterprise SELECT ?, id, name, credit_code, kind, industry, parent_id, township_code,
                    township_text, address, declared_workers, status, in_scope, competent_dept, responsible_unit,
                    party_in_charter, cross_appointment, has_union, has_youth_league, has_womens_federation,
                    contact_name, contact_phone, notes, updated_at
                FROM submitted.enterprise ORDER BY id""", id);
        Sql.update(c, """
                INSERT INTO sub_party_org SELECT ?, id, name, level, form, parent_id, region_code, secretary, contact,
                    established, active, notes
                FROM submitted.party_org ORDER BY id""", id);
        Sql.update(c, """
                INSERT INTO sub_org_coverage SELECT ?, org_id, enterprise_id FROM submitted.org_coverage
                ORDER BY org_id, enterprise_id""", id);
        Sql.update(c, """
                INSERT INTO sub_instructor SELECT ?, id, name, home_unit, role, full_time, mobile, active, notes
                FROM submitted.instructor ORDER BY id""", id);
        Sql.update(c, """
                INSERT INTO sub_assignment SELECT ?, id, instructor_id, enterprise_id, from_date, to_date
                FROM submitted.assignment ORDER BY id""", id);
        Sql.update(c, """
                INSERT INTO sub_visit SELECT ?, id, instructor_id, enterprise_id, visit_date, note
                FROM submitted.visit ORDER BY id""", id);
        Sql.update(c, """
                INSERT INTO sub_worker(submission_id, id_number, src_id, name, gender, birth_date, mobile, occupation,
                    employer_src_id, employer_text, township_code, township_text, political_status, status, notes,
                    updated_at, name_key, name_py)
                SELECT ?, id_number, id, name, gender, birth_date, mobile, occupation, employer_id, employer_text,
                    township_code, township_text, political_status, status, notes, updated_at, name_key, name_py
                FROM submitted.worker ORDER BY id_number""", id);
        // In the city's key order (person, then job), walking the file's index on employment(worker_id).
        Sql.update(c, """
                INSERT INTO sub_employment(submission_id, worker_src_id, src_id, enterprise_src_id, employer_text,
                    start_date, end_date)
                SELECT ?, e.worker_id, e.id, e.enterprise_id, e.employer_text, e.start_date, e.end_date
                FROM submitted.employment e ORDER BY e.worker_id, e.id""", id);
        Sql.update(c, """
                INSERT INTO sub_membership SELECT ?, w.id_number, m.org_id, m.relation_status, m.home_org,
                    m.mobile_cert_no, m.mobile_cert_date, m.last_annual_check, m.joined_date
                FROM submitted.membership m JOIN submitted.worker w ON w.id = m.worker_id ORDER BY w.id_number""", id);
    }
}
