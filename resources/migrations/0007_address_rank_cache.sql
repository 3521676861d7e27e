-- SPDX-License-Identifier: MIT
-- Migration 7: the households' positions in address order (AddressRank), kept in the file.
--
-- Building the positions reads every dwelling and household (about a quarter of a second for
-- half a million households); a list opened right after the ledger would sort in SQL until
-- they are ready. Whoever writes many households (the demo generator, the importer) or
-- closes the ledger in the app stores them here, with the address generation (migration 6)
-- they belong to; a reader uses them only while that generation is current. Derived data:
-- the row may be deleted at any time.
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

CREATE TABLE address_rank_cache (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL,
    housed INTEGER NOT NULL,
    ranks BLOB NOT NULL             -- position by household id: 32-bit little-endian, -1 none
);
