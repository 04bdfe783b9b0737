-- Schema version 7: party members in a roster (import, second pass).

-- The 党组织 a roster names for a member when it matched no org in the ledger (党组织待匹配), kept as
-- typed until the import wizard or a cadre links it, as the employer's text is kept on the worker.
ALTER TABLE membership ADD COLUMN org_text TEXT;
