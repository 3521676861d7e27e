-- SPDX-License-Identifier: MIT
-- Migration 9: the address walk answers number searches from its index.
--
-- A search for the first digits of ID numbers or phone numbers that many residents share (a
-- region code: tens of thousands in a street office) is walked in address order until a screen
-- of them is found. With the numbers in the index that the walk reads, it tests each resident
-- without reading the resident's row.
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

DROP INDEX IF EXISTS resident_household_order;
CREATE INDEX resident_household_order
    ON resident(household_id, relation_code, id, archived_at, name_initials, name, id_number, phone);
