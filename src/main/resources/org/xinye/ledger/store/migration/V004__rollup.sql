-- Schema version 4: whose ledger this is, submissions (上报) and the city's roll-up (汇总).

-- Whose ledger this is: the city (its records come from the roll-up of submissions), one county
-- (区县) or an industry department with the industries it oversees. No row: not set yet.
CREATE TABLE ledger_scope (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    kind        TEXT NOT NULL CHECK (kind IN ('CITY','COUNTY','DEPARTMENT')),
    county_code TEXT CHECK (county_code IS NULL OR length(county_code) = 12),
    department  TEXT,
    industries  TEXT,
    CHECK ((kind = 'COUNTY') = (county_code IS NOT NULL)),
    CHECK ((kind = 'DEPARTMENT') = (department IS NOT NULL AND industries IS NOT NULL))
);

-- The coverage of a unit is evaluated on the day 'rules.asOf' names when that setting is present
-- (a submission file carries the day it was written, so the city recomputes its figures exactly),
-- else today. Otherwise as in V001.
DROP VIEW unit_coverage;
CREATE VIEW unit_coverage AS
SELECT e.id AS enterprise_id,
       e.township_code AS township_code,
       CASE
         WHEN NOT (e.status = 'OPERATING' AND e.in_scope = 1) THEN 'OUT_OF_SCOPE'
         WHEN k.kind = 1 THEN 'ORG_SINGLE'
         WHEN k.kind = 2 THEN 'ORG_JOINT'
         WHEN k.kind = 3 THEN 'ORG_AREA'
         WHEN EXISTS (SELECT 1 FROM assignment a JOIN instructor i ON i.id = a.instructor_id
                      WHERE a.enterprise_id = e.id AND i.active = 1
                        AND (a.from_date IS NULL OR a.from_date <= d.today)
                        AND (a.to_date IS NULL OR a.to_date >= d.today))
           THEN 'WORK'
         WHEN (e.has_union = 1 OR e.has_youth_league = 1)
              AND COALESCE((SELECT value FROM setting WHERE key = 'rules.massOrgCountsAsWork'), 'true') = 'true'
           THEN 'WORK'
         ELSE 'UNCOVERED'
       END AS status
FROM enterprise e
CROSS JOIN (SELECT COALESCE((SELECT value FROM setting WHERE key = 'rules.asOf'), date('now','localtime')) AS today) d
LEFT JOIN (SELECT enterprise_id, MIN(kind) AS kind FROM org_unit_kind GROUP BY enterprise_id) k
       ON k.enterprise_id = e.id;

-- In a submission file only: who submits which period, written when, by which version. One row.
-- key_check is NULL when ID numbers are as recorded; else they are keyed hashes and this is the
-- key's check value, so the city can tell that every district used the same key.
CREATE TABLE submission_info (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    scope_kind  TEXT NOT NULL CHECK (scope_kind IN ('COUNTY','DEPARTMENT')),
    county_code TEXT CHECK (county_code IS NULL OR length(county_code) = 12),
    department  TEXT,
    industries  TEXT,
    scope_name  TEXT NOT NULL,
    period      TEXT NOT NULL CHECK (length(period) = 7),
    created_at  TEXT NOT NULL,
    app_version TEXT NOT NULL,
    key_check   TEXT,
    units       INTEGER NOT NULL,
    workers     INTEGER NOT NULL,
    CHECK ((scope_kind = 'COUNTY') = (county_code IS NOT NULL))
);

-- In a submission file only: the coverage figures as the submitting ledger computed them, per
-- township (and 'unassigned') and for the whole submission ('total').
CREATE TABLE submission_figure (
    region_code   TEXT PRIMARY KEY,
    in_scope      INTEGER NOT NULL,
    org_single    INTEGER NOT NULL,
    org_joint     INTEGER NOT NULL,
    org_area      INTEGER NOT NULL,
    work_covered  INTEGER NOT NULL,
    uncovered     INTEGER NOT NULL,
    workers       INTEGER NOT NULL,
    party_members INTEGER NOT NULL
) WITHOUT ROWID;

-- In a city ledger: each roll-up (one or more files taken in at once), so the last can be undone.
CREATE TABLE rollup_run (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    who    TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0,1))
);

-- In a city ledger: every submission taken in. CURRENT is the one counted for its scope and period;
-- a later one of the same scope and period makes it REPLACED (kept for history and undo); an undone
-- roll-up makes its submissions UNDONE. Of a scope's CURRENT submissions, the latest period is counted.
CREATE TABLE rollup_submission (
    id             INTEGER PRIMARY KEY,
    run_id         INTEGER NOT NULL REFERENCES rollup_run(id),
    scope_key      TEXT NOT NULL,
    scope_kind     TEXT NOT NULL CHECK (scope_kind IN ('COUNTY','DEPARTMENT')),
    county_code    TEXT,
    department     TEXT,
    industries     TEXT,
    scope_name     TEXT NOT NULL,
    period         TEXT NOT NULL CHECK (length(period) = 7),
    created_at     TEXT NOT NULL,
    app_version    TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    key_check      TEXT,
    file_name      TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    received_at    TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('STAGED','CURRENT','REPLACED','UNDONE')),
    replaced_id    INTEGER REFERENCES rollup_submission(id),
    units          INTEGER NOT NULL,
    workers        INTEGER NOT NULL,
    party_members  INTEGER NOT NULL
);
CREATE INDEX rollup_submission_scope ON rollup_submission(scope_key, period, state);

-- In a city ledger: the figures each submission carried (submission_figure as received).
CREATE TABLE rollup_figure (
    submission_id INTEGER NOT NULL REFERENCES rollup_submission(id) ON DELETE CASCADE,
    region_code   TEXT NOT NULL,
    in_scope      INTEGER NOT NULL,
    org_single    INTEGER NOT NULL,
    org_joint     INTEGER NOT NULL,
    org_area      INTEGER NOT NULL,
    work_covered  INTEGER NOT NULL,
    uncovered     INTEGER NOT NULL,
    workers       INTEGER NOT NULL,
    party_members INTEGER NOT NULL,
    PRIMARY KEY (submission_id, region_code)
) WITHOUT ROWID;

-- In a city ledger: the records of every submission as received (sub_*), keyed by submission and the
-- submitting ledger's own ids (src_id). The city's record tables are rebuilt from the counted ones.
-- No CHECK constraints here: the values come from a verified submission whose own schema enforced them.
CREATE TABLE sub_enterprise (
    submission_id         INTEGER NOT NULL,
    src_id                INTEGER NOT NULL,
    name                  TEXT NOT NULL,
    credit_code           TEXT,
    kind                  TEXT NOT NULL,
    industry              TEXT NOT NULL,
    parent_src_id         INTEGER,
    township_code         TEXT,
    township_text         TEXT,
    address               TEXT,
    declared_workers      INTEGER,
    status                TEXT NOT NULL,
    in_scope              INTEGER NOT NULL,
    competent_dept        TEXT,
    responsible_unit      TEXT,
    party_in_charter      INTEGER NOT NULL,
    cross_appointment     INTEGER NOT NULL,
    has_union             INTEGER NOT NULL,
    has_youth_league      INTEGER NOT NULL,
    has_womens_federation INTEGER NOT NULL,
    contact_name          TEXT,
    contact_phone         TEXT,
    notes                 TEXT,
    updated_at            TEXT NOT NULL,
    PRIMARY KEY (submission_id, src_id)
) WITHOUT ROWID;
CREATE INDEX sub_enterprise_code ON sub_enterprise(credit_code) WHERE credit_code IS NOT NULL;

CREATE TABLE sub_party_org (
    submission_id INTEGER NOT NULL,
    src_id        INTEGER NOT NULL,
    name          TEXT NOT NULL,
    level         TEXT NOT NULL,
    form          TEXT NOT NULL,
    parent_src_id INTEGER,
    region_code   TEXT,
    secretary     TEXT,
    contact       TEXT,
    established   TEXT,
    active        INTEGER NOT NULL,
    notes         TEXT,
    PRIMARY KEY (submission_id, src_id)
) WITHOUT ROWID;

CREATE TABLE sub_org_coverage (
    submission_id     INTEGER NOT NULL,
    org_src_id        INTEGER NOT NULL,
    enterprise_src_id INTEGER NOT NULL,
    PRIMARY KEY (submission_id, org_src_id, enterprise_src_id)
) WITHOUT ROWID;

CREATE TABLE sub_instructor (
    submission_id INTEGER NOT NULL,
    src_id        INTEGER NOT NULL,
    name          TEXT NOT NULL,
    home_unit     TEXT,
    role          TEXT NOT NULL,
    full_time     INTEGER NOT NULL,
    mobile        TEXT,
    active        INTEGER NOT NULL,
    notes         TEXT,
    PRIMARY KEY (submission_id, src_id)
) WITHOUT ROWID;

CREATE TABLE sub_assignment (
    submission_id     INTEGER NOT NULL,
    src_id            INTEGER NOT NULL,
    instructor_src_id INTEGER NOT NULL,
    enterprise_src_id INTEGER NOT NULL,
    from_date         TEXT,
    to_date           TEXT,
    PRIMARY KEY (submission_id, src_id)
) WITHOUT ROWID;

CREATE TABLE sub_visit (
    submission_id     INTEGER NOT NULL,
    src_id            INTEGER NOT NULL,
    instructor_src_id INTEGER NOT NULL,
    enterprise_src_id INTEGER NOT NULL,
    visit_date        TEXT NOT NULL,
    note              TEXT,
    PRIMARY KEY (submission_id, src_id)
) WITHOUT ROWID;

-- Keyed by ID number within a submission (one person once per ledger), so the comparisons of
-- periods and the counting across submissions walk keys in order.
CREATE TABLE sub_worker (
    submission_id    INTEGER NOT NULL,
    id_number        TEXT NOT NULL,
    src_id           INTEGER NOT NULL,
    name             TEXT NOT NULL,
    gender           TEXT,
    birth_date       TEXT,
    mobile           TEXT,
    occupation       TEXT,
    employer_src_id  INTEGER,
    employer_text    TEXT,
    township_code    TEXT,
    township_text    TEXT,
    political_status TEXT NOT NULL,
    status           TEXT NOT NULL,
    notes            TEXT,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (submission_id, id_number)
) WITHOUT ROWID;

CREATE TABLE sub_employment (
    submission_id     INTEGER NOT NULL,
    src_id            INTEGER NOT NULL,
    id_number         TEXT NOT NULL,
    enterprise_src_id INTEGER,
    employer_text     TEXT,
    start_date        TEXT,
    end_date          TEXT,
    PRIMARY KEY (submission_id, src_id)
) WITHOUT ROWID;

CREATE TABLE sub_membership (
    submission_id     INTEGER NOT NULL,
    id_number         TEXT NOT NULL,
    org_src_id        INTEGER,
    relation_status   TEXT NOT NULL,
    home_org          TEXT,
    mobile_cert_no    TEXT,
    mobile_cert_date  TEXT,
    last_annual_check TEXT,
    joined_date       TEXT,
    PRIMARY KEY (submission_id, id_number)
) WITHOUT ROWID;

-- In a city ledger: the submission each unit is counted from and how many counted submissions list it.
-- Rebuilt with the record tables at every roll-up.
CREATE TABLE rollup_unit (
    enterprise_id INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES rollup_submission(id),
    src_id        INTEGER NOT NULL,
    claims        INTEGER NOT NULL
);

-- In a county or department ledger: rows of the city's differences list (差异清单) taken in for
-- follow-up, each about one of this ledger's own records, or (a person only a department lists) none.
CREATE TABLE city_difference (
    id            INTEGER PRIMARY KEY,
    period        TEXT NOT NULL CHECK (length(period) = 7),
    kind          TEXT NOT NULL CHECK (kind IN ('MULTI_DISTRICT_PERSON','MULTI_CLAIMED_UNIT','RELATION_DISAGREES',
                                                'DEPARTMENT_ONLY','ROSTER_MISMATCH')),
    worker_id     INTEGER REFERENCES worker(id) ON DELETE CASCADE,
    enterprise_id INTEGER REFERENCES enterprise(id) ON DELETE CASCADE,
    subject       TEXT NOT NULL,
    detail        TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    resolved_at   TEXT,
    CHECK (worker_id IS NULL OR enterprise_id IS NULL)
);
CREATE INDEX city_difference_worker ON city_difference(worker_id);
CREATE INDEX city_difference_enterprise ON city_difference(enterprise_id);
