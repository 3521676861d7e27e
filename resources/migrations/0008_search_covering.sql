-- SPDX-License-Identifier: MIT
-- Migration 8: search indexes that also hold what an address sort needs.
--
-- A search that finds a few thousand residents in a million sorts them into address order by
-- their households' positions (AddressRank) and their relation to the head. With the live
-- test, the household and the relation in the index that finds them, the sort reads no
-- resident row: a few index pages instead of thousands of scattered table pages.
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

DROP INDEX IF EXISTS resident_initials;
CREATE INDEX resident_initials ON resident(name_initials, archived_at, household_id, relation_code);

DROP INDEX IF EXISTS resident_sort_pinyin;
CREATE INDEX resident_sort_pinyin
    ON resident(name_pinyin, id, archived_at, name_initials, name, household_id, relation_code);

DROP INDEX IF EXISTS resident_name;
CREATE INDEX resident_name ON resident(name, archived_at, household_id, relation_code);

DROP INDEX IF EXISTS resident_phone;
CREATE INDEX resident_phone ON resident(phone, archived_at, household_id, relation_code);

-- resident_id_number stays the unique one; this one finds prefixes.
CREATE INDEX resident_id_number_search
    ON resident(id_number, archived_at, household_id, relation_code);

-- Whether a search text can be part of an address is asked on every keystroke: the names of
-- buildings and units (and what joins them into a label) are read from these small indexes
-- instead of the whole rows.
CREATE INDEX building_name_scan ON building(name, compound_id);
CREATE INDEX building_unit_name_scan ON building_unit(name, building_id);
