-- Schema version 2: what keeping the ledger by hand needs.

-- An edit of records by hand is one change: every audit row it wrote carries the id of the
-- first (change_id), with the whole record before and after as JSON, so the change can be
-- undone exactly. undone_by points at the UNDO row that reverted it.
ALTER TABLE audit_log ADD COLUMN change_id INTEGER;
ALTER TABLE audit_log ADD COLUMN undone_by INTEGER;
CREATE INDEX audit_change ON audit_log(change_id);

-- The people page filters and counts on these without a full scan.
CREATE INDEX worker_occupation ON worker(occupation);
CREATE INDEX membership_relation ON membership(relation_status);
