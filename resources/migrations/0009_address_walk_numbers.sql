-- SPDX-License-Identifier: MIT
-- Migration 9: the address walk answers number searches from its index.
--
-- A search for the first digits of ID numbers or phone numbers that many residents share (a
-- region code: tens of thousands in a street office) is walked in address order until a screen
-- of them is found. With the numbers in the index that the walk reads, it tests each resident
-- without reading the resident's row; so it does with full pinyin (zhangs), which the
-- initials alone do not answer.
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

DROP INDEX IF EXISTS resident_household_order;
CREATE INDEX resident_household_order
    ON resident(household_id, relation_code, id, archived_at, name_initials, name, name_pinyin,
                id_number, phone);

-- Statistics for the indexes of migrations 8 and 9, so that the query planner weighs them as
-- it weighs the older ones (a ledger made before them has statistics for those only).
ANALYZE resident;
ANALYZE building;
ANALYZE building_unit;
