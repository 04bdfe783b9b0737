-- Schema version 9: three indexes of the people table that no query needs any more.

-- Each index of the people table is built again at every roll-up (the city's 953,415 people: about
-- 0.8 s each) and kept up to date at every write. These three served no query well:
-- * worker_name: the name search looks inside names (instr), which no index serves, and the lists
--   sorted by name are a unit's or a street's people, filtered first by their own indexes; walking
--   the whole name index for those made SQLite fetch every person at random (a street's roster on
--   the city: 5.5 s with it, 0.8 s without).
-- * worker_political: party members are counted per street and per unit from worker_township and
--   worker_employer, which carry the political status; the lists of all party members scan the
--   table (the city: 0.02 → 0.06 s).
-- * worker_occupation: people per occupation are counted with their street and unit in one scan;
--   the 人员 table's filter and sort by occupation scan the table (the city: under 0.2 s).
DROP INDEX worker_name;
DROP INDEX worker_political;
DROP INDEX worker_occupation;
