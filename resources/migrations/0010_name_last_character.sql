-- SPDX-License-Identifier: MIT
-- Migration 10: names by their last character.
--
-- One character typed into the search box (沈) may begin a name, end it, come just before its
-- last character, or lie inside a long one. With this index beside those of migration 5
-- (beginnings, the last two characters, long names), each place is an index lookup, and a
-- rare character is found without reading a million names. Queries must spell the
-- expression exactly so: substr(name, -1).
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

CREATE INDEX resident_name_last ON resident(substr(name, -1));
ANALYZE resident;
