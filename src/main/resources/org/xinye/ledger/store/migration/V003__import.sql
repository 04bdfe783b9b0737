-- Schema version 3: spreadsheet import (issue 4).

-- Rows of WITHOUT ROWID tables (worker_source, org_coverage) are named by their key, as JSON.
ALTER TABLE import_change ADD COLUMN entity_key TEXT;

-- A unit's township as the sender typed it when it matched no region (区划待匹配), kept until resolved.
ALTER TABLE enterprise ADD COLUMN township_text TEXT;

ALTER TABLE import_batch ADD COLUMN sheet TEXT;
ALTER TABLE import_batch ADD COLUMN moved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batch ADD COLUMN missing INTEGER NOT NULL DEFAULT 0;

CREATE INDEX import_batch_sha ON import_batch(sha256);
