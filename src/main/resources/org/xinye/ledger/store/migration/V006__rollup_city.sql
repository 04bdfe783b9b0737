-- Schema version 6: what the city's roll-up keeps besides V004's tables.

-- In a city ledger: every listing of a unit in the counted submissions and the city unit it counts as
-- (a unit listed by several submissions under one credit code is one city unit). Rebuilt at every roll-up.
CREATE TABLE rollup_claim (
    submission_id INTEGER NOT NULL,
    src_id        INTEGER NOT NULL,
    enterprise_id INTEGER NOT NULL,
    PRIMARY KEY (submission_id, src_id)
) WITHOUT ROWID;
CREATE INDEX rollup_claim_unit ON rollup_claim(enterprise_id);

-- A city keeps each person's jobs as the submissions list them (with the district that lists them), and
-- finds them by ID number.
CREATE INDEX sub_employment_person ON sub_employment(submission_id, id_number);

-- The pinyin of each name as the submitting ledger wrote it (V005), carried into the city's people.
ALTER TABLE sub_worker ADD COLUMN name_key TEXT;
ALTER TABLE sub_worker ADD COLUMN name_py TEXT;
