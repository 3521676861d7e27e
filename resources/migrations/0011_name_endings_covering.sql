-- SPDX-License-Identifier: MIT
-- Migration 11: the indexes of name endings hold what an address sort needs.
--
-- One character typed alone (a surname, 沈) also finds every two-character name that starts
-- with it through the index of last-but-one characters, and a part of a name through the index
-- of the last two. With the live flag, household, relation and the name itself in those
-- indexes (the name because SQLite answers from an expression index alone only when it holds
-- the columns the expression reads), such searches are sorted into address order without
-- reading resident rows, as migration 8 does for beginnings. Queries must spell the
-- expressions exactly so: substr(name, -2), substr(name, -1).
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

DROP INDEX IF EXISTS resident_name_ending;
CREATE INDEX resident_name_ending
    ON resident(substr(name, -2), archived_at, household_id, relation_code, name);

DROP INDEX IF EXISTS resident_name_last;
CREATE INDEX resident_name_last
    ON resident(substr(name, -1), archived_at, household_id, relation_code, name);

ANALYZE resident;
