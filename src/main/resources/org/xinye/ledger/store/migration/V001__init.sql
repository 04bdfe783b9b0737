-- Schema version 1: the whole ledger of DESIGN.md §2.
-- Dates are ISO text (YYYY-MM-DD), instants ISO-8601 UTC text, flags 0/1, enums by name.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE region (
    code        TEXT PRIMARY KEY CHECK (length(code) = 12),
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('CITY','COUNTY','TOWNSHIP','COMMUNITY')),
    parent_code TEXT REFERENCES region(code)
);
CREATE INDEX region_parent ON region(parent_code);
CREATE INDEX region_name ON region(name);

CREATE TABLE enterprise (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
    credit_code           TEXT UNIQUE,
    kind                  TEXT NOT NULL CHECK (kind IN ('PLATFORM','BRANCH','FRANCHISE','OUTLET')),
    industry              TEXT NOT NULL CHECK (industry IN ('EXPRESS','FOOD_DELIVERY','RIDE_HAILING','FREIGHT','LIVE_STREAMING','DOMESTIC','OTHER')),
    parent_id             INTEGER REFERENCES enterprise(id) ON DELETE SET NULL,
    township_code         TEXT REFERENCES region(code),
    address               TEXT,
    declared_workers      INTEGER CHECK (declared_workers IS NULL OR declared_workers >= 0),
    status                TEXT NOT NULL DEFAULT 'OPERATING' CHECK (status IN ('OPERATING','SUSPENDED','CANCELLED')),
    in_scope              INTEGER NOT NULL DEFAULT 1 CHECK (in_scope IN (0,1)),
    competent_dept        TEXT,
    responsible_unit      TEXT,
    party_in_charter      INTEGER NOT NULL DEFAULT 0 CHECK (party_in_charter IN (0,1)),
    cross_appointment     INTEGER NOT NULL DEFAULT 0 CHECK (cross_appointment IN (0,1)),
    has_union             INTEGER NOT NULL DEFAULT 0 CHECK (has_union IN (0,1)),
    has_youth_league      INTEGER NOT NULL DEFAULT 0 CHECK (has_youth_league IN (0,1)),
    has_womens_federation INTEGER NOT NULL DEFAULT 0 CHECK (has_womens_federation IN (0,1)),
    contact_name          TEXT,
    contact_phone         TEXT,
    notes                 TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX enterprise_township ON enterprise(township_code);
CREATE INDEX enterprise_parent ON enterprise(parent_id);
CREATE INDEX enterprise_name ON enterprise(name);

CREATE TABLE party_org (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    level       TEXT NOT NULL CHECK (level IN ('COMMITTEE','GENERAL_BRANCH','BRANCH','JOINT_BRANCH','TEMPORARY_BRANCH')),
    form        TEXT NOT NULL CHECK (form IN ('SINGLE','JOINT','AREA','INDUSTRY','FUNCTIONAL')),
    parent_id   INTEGER REFERENCES party_org(id) ON DELETE SET NULL,
    region_code TEXT REFERENCES region(code),
    secretary   TEXT,
    contact     TEXT,
    established TEXT,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    notes       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX party_org_parent ON party_org(parent_id);
CREATE INDEX party_org_name ON party_org(name);

-- The units an org covers; one joint branch covers several.
CREATE TABLE org_coverage (
    org_id        INTEGER NOT NULL REFERENCES party_org(id) ON DELETE CASCADE,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
    PRIMARY KEY (org_id, enterprise_id)
) WITHOUT ROWID;
CREATE INDEX org_coverage_enterprise ON org_coverage(enterprise_id);

CREATE TABLE worker (
    id               INTEGER PRIMARY KEY,
    id_number        TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    gender           TEXT CHECK (gender IN ('MALE','FEMALE')),
    birth_date       TEXT,
    mobile           TEXT,
    occupation       TEXT CHECK (occupation IN ('COURIER','RIDER','RIDE_HAILING_DRIVER','TRUCK_DRIVER','STREAMER','DOMESTIC_WORKER','OTHER')),
    employer_id      INTEGER REFERENCES enterprise(id) ON DELETE SET NULL,
    employer_text    TEXT,
    township_code    TEXT REFERENCES region(code),
    township_text    TEXT,
    political_status TEXT NOT NULL DEFAULT 'MASSES' CHECK (political_status IN ('MEMBER','PROBATIONARY','LEAGUE','MASSES')),
    status           TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','LEFT','TO_VERIFY')),
    notes            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX worker_employer ON worker(employer_id, status, political_status);
CREATE INDEX worker_township ON worker(township_code);
CREATE INDEX worker_name ON worker(name);
CREATE INDEX worker_political ON worker(political_status);

CREATE TABLE employment (
    id            INTEGER PRIMARY KEY,
    worker_id     INTEGER NOT NULL REFERENCES worker(id) ON DELETE CASCADE,
    enterprise_id INTEGER REFERENCES enterprise(id) ON DELETE SET NULL,
    employer_text TEXT,
    start_date    TEXT,
    end_date      TEXT
);
CREATE INDEX employment_worker ON employment(worker_id);
CREATE INDEX employment_enterprise ON employment(enterprise_id);

CREATE TABLE membership (
    worker_id         INTEGER PRIMARY KEY REFERENCES worker(id) ON DELETE CASCADE,
    org_id            INTEGER REFERENCES party_org(id) ON DELETE SET NULL,
    relation_status   TEXT NOT NULL CHECK (relation_status IN ('TRANSFERRED_IN','NOT_TRANSFERRED','MOBILE')),
    home_org          TEXT,
    mobile_cert_no    TEXT,
    mobile_cert_date  TEXT,
    last_annual_check TEXT,
    joined_date       TEXT
);
CREATE INDEX membership_org ON membership(org_id);

CREATE TABLE org_life (
    id        INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES worker(id) ON DELETE CASCADE,
    org_id    INTEGER NOT NULL REFERENCES party_org(id) ON DELETE CASCADE,
    from_date TEXT,
    to_date   TEXT
);
CREATE INDEX org_life_worker ON org_life(worker_id);
CREATE INDEX org_life_org ON org_life(org_id);

CREATE TABLE double_report (
    id             INTEGER PRIMARY KEY,
    worker_id      INTEGER REFERENCES worker(id) ON DELETE CASCADE,
    org_id         INTEGER REFERENCES party_org(id) ON DELETE CASCADE,
    community_code TEXT REFERENCES region(code),
    community_name TEXT NOT NULL,
    report_date    TEXT,
    CHECK ((worker_id IS NULL) <> (org_id IS NULL))
);
CREATE INDEX double_report_worker ON double_report(worker_id);
CREATE INDEX double_report_org ON double_report(org_id);

CREATE TABLE designation (
    id        INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES worker(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('PIONEER_POST','MODEL_POST','RESPONSIBILITY_ZONE','HONOUR','FOUR_LIGHTS','GOVERNANCE')),
    title     TEXT NOT NULL,
    year      INTEGER,
    date      TEXT,
    notes     TEXT
);
CREATE INDEX designation_worker ON designation(worker_id);

CREATE TABLE instructor (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    home_unit  TEXT,
    role       TEXT NOT NULL CHECK (role IN ('INSTRUCTOR','LIAISON')),
    full_time  INTEGER NOT NULL DEFAULT 0 CHECK (full_time IN (0,1)),
    mobile     TEXT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    notes      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE assignment (
    id            INTEGER PRIMARY KEY,
    instructor_id INTEGER NOT NULL REFERENCES instructor(id) ON DELETE CASCADE,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
    from_date     TEXT,
    to_date       TEXT
);
CREATE INDEX assignment_instructor ON assignment(instructor_id);
CREATE INDEX assignment_enterprise ON assignment(enterprise_id);

CREATE TABLE visit (
    id            INTEGER PRIMARY KEY,
    instructor_id INTEGER NOT NULL REFERENCES instructor(id) ON DELETE CASCADE,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
    visit_date    TEXT NOT NULL,
    note          TEXT
);
CREATE INDEX visit_pair ON visit(instructor_id, enterprise_id, visit_date);
CREATE INDEX visit_enterprise ON visit(enterprise_id);

CREATE TABLE station (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind          TEXT NOT NULL CHECK (kind IN ('SERVICE_CENTER','ENERGY_STATION','WARM_STATION','OTHER')),
    host          TEXT,
    region_code   TEXT REFERENCES region(code),
    address       TEXT,
    facilities    TEXT,
    opening_hours TEXT,
    notes         TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- Coverage counts per region and month; region_code 'total' holds the whole ledger.
CREATE TABLE coverage_snapshot (
    region_code   TEXT NOT NULL,
    month         TEXT NOT NULL CHECK (length(month) = 7),
    in_scope      INTEGER NOT NULL,
    org_single    INTEGER NOT NULL,
    org_joint     INTEGER NOT NULL,
    org_area      INTEGER NOT NULL,
    work_covered  INTEGER NOT NULL,
    uncovered     INTEGER NOT NULL,
    workers       INTEGER NOT NULL,
    party_members INTEGER NOT NULL,
    taken_at      TEXT NOT NULL,
    PRIMARY KEY (region_code, month)
) WITHOUT ROWID;

CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    type        TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('ENTERPRISE_ROSTER','CANVASSING','DEPARTMENT','OTHER')),
    imported_at TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    warnings    INTEGER NOT NULL,
    undone      INTEGER NOT NULL DEFAULT 0
);

-- What an import changed, so the last import can be undone exactly.
CREATE TABLE import_change (
    batch_id  INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('INSERT','UPDATE')),
    before    TEXT,
    PRIMARY KEY (batch_id, seq)
) WITHOUT ROWID;

-- Which sources (企业底册, 属地摸排, 主管部门) confirm a worker, and what each said last.
CREATE TABLE worker_source (
    worker_id     INTEGER NOT NULL REFERENCES worker(id) ON DELETE CASCADE,
    source        TEXT NOT NULL CHECK (source IN ('ENTERPRISE_ROSTER','CANVASSING','DEPARTMENT','OTHER')),
    batch_id      INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
    confirmed_at  TEXT NOT NULL,
    employer_text TEXT,
    mobile        TEXT,
    PRIMARY KEY (worker_id, source)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL,
    before    TEXT,
    after     TEXT
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_at ON audit_log(at);

-- The coverage rules of domain.CoverageRules, in SQL (kept equal by CoverageRulesSqlTest).
-- org_kind: 1 single (an org covering only this unit), 2 joint, 3 area/industry.
CREATE VIEW org_unit_kind AS
SELECT oc.enterprise_id AS enterprise_id,
       o.id AS org_id,
       CASE WHEN o.form IN ('AREA','INDUSTRY') THEN 3
            WHEN (SELECT COUNT(*) FROM org_coverage x WHERE x.org_id = o.id) <= 1 THEN 1
            ELSE 2 END AS kind
FROM org_coverage oc JOIN party_org o ON o.id = oc.org_id
WHERE o.active = 1;

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
                        AND (a.from_date IS NULL OR a.from_date <= date('now','localtime'))
                        AND (a.to_date IS NULL OR a.to_date >= date('now','localtime')))
           THEN 'WORK'
         WHEN (e.has_union = 1 OR e.has_youth_league = 1)
              AND COALESCE((SELECT value FROM setting WHERE key = 'rules.massOrgCountsAsWork'), 'true') = 'true'
           THEN 'WORK'
         ELSE 'UNCOVERED'
       END AS status
FROM enterprise e
LEFT JOIN (SELECT enterprise_id, MIN(kind) AS kind FROM org_unit_kind GROUP BY enterprise_id) k
       ON k.enterprise_id = e.id;
