-- SPDX-License-Identifier: MIT
-- Migration 4: the print log.
--
-- Printed rosters, contact books and household files leave the office, so ID and phone
-- numbers are masked on them by default. A user may choose full values for one print; each
-- such print is recorded here: who (the operating-system user), when, which report, which
-- scope and filters, where it went and how much it held. Never the personal data itself.
--
-- An audit trail is append-only: its rows carry a uid and timestamps (they travel with merges
-- like records do) but no archived_at, since an entry that could be archived would not be
-- evidence of anything; nothing in the program updates or deletes them.
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

CREATE TABLE print_log (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    printed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    os_user TEXT NOT NULL CHECK (trim(os_user) <> ''),
    program TEXT NOT NULL,         -- 'gridbook' or 'gridbook-cli', with its version
    report TEXT NOT NULL CHECK (report IN ('roster', 'contact_book', 'household_file')),
    scope TEXT NOT NULL,           -- as printed in the title: "第3网格", "和园小区3栋"
    filters TEXT,                  -- as printed: "低保户；80岁及以上"
    full_values INTEGER NOT NULL DEFAULT 1 CHECK (full_values IN (0, 1)),
    target TEXT NOT NULL,          -- the PDF file, or the printer's name
    records INTEGER NOT NULL DEFAULT 0 CHECK (records >= 0),  -- persons or households printed
    pages INTEGER CHECK (pages IS NULL OR pages >= 0)
);
CREATE INDEX print_log_time ON print_log(printed_at);
