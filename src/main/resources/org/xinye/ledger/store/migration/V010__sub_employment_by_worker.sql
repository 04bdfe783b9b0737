-- Schema version 10: a city's staged jobs kept in the order they are written and read.

-- A city reads the jobs of one person of one submission (CityRecords.employments: the person's listing in
-- sub_worker gives the submitting ledger's own row number of the person). Keyed by (submission, that row
-- number, the job's own row number), a submission's jobs are written in key order, walking its index on
-- employment(worker_id), instead of each job also going into an index by ID number at a random place
-- (staging 100,000 people with 120,000 jobs: 0.17 → 0.06 s CPU). The ID number is in sub_worker.
DROP INDEX sub_employment_person;
CREATE TABLE sub_employment_by_worker (
    submission_id INTEGER NOT NULL, worker_src_id INTEGER NOT NULL, src_id INTEGER NOT NULL,
    enterprise_src_id INTEGER, employer_text TEXT, start_date TEXT, end_date TEXT,
    PRIMARY KEY (submission_id, worker_src_id, src_id)
) WITHOUT ROWID;
INSERT INTO sub_employment_by_worker
SELECT e.submission_id, w.src_id, e.src_id, e.enterprise_src_id, e.employer_text, e.start_date, e.end_date
FROM sub_employment e JOIN sub_worker w ON w.submission_id = e.submission_id AND w.id_number = e.id_number;
DROP TABLE sub_employment;
ALTER TABLE sub_employment_by_worker RENAME TO sub_employment;
