-- The pinyin of each worker's name, written by the app with the name: name_key puts the 人员
-- table in pinyin order when sorted in SQL (Pinyin.sortKey), name_py holds the full pinyin and
-- initials the search box also looks in (Pinyin.searchForms). A name changed without them (by
-- another tool) loses both; the app fills every missing pair when it opens the ledger.
ALTER TABLE worker ADD COLUMN name_key TEXT;
ALTER TABLE worker ADD COLUMN name_py TEXT;
CREATE INDEX worker_name_key ON worker(name_key);
CREATE TRIGGER worker_name_pinyin AFTER UPDATE OF name ON worker
    WHEN NEW.name IS NOT OLD.name AND NEW.name_key IS OLD.name_key
BEGIN
    UPDATE worker SET name_key = NULL, name_py = NULL WHERE id = NEW.id;
END;
