-- SPDX-License-Identifier: MIT
-- Migration 3: geometry for the community diagram, the backdrop plan, and the building view's
-- household colour scheme (Hengyang's 红橙绿银).
--
-- Geometry lives on the records it belongs to, so it travels with them through export, import
-- and merges (their updated_at says which version is newer). Coordinates are diagram metres,
-- x to the east, y to the south (screen orientation). A polygon is stored as SVG "points"
-- text: "x,y x,y x,y ..." (at least three vertices, not self-crossing; the program checks).
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

-- A big grid's own outline; NULL: drawn as the union of its small grids' outlines.
ALTER TABLE big_grid ADD COLUMN outline TEXT;
-- The area a small grid covers; buildings placed inside it belong to it on the diagram.
ALTER TABLE small_grid ADD COLUMN outline TEXT;
-- A compound's block on the diagram.
ALTER TABLE compound ADD COLUMN outline TEXT;
-- A building's footprint on the diagram: its top-left corner and size, in metres.
ALTER TABLE building ADD COLUMN map_x REAL;
ALTER TABLE building ADD COLUMN map_y REAL;
ALTER TABLE building ADD COLUMN map_width REAL CHECK (map_width IS NULL OR map_width > 0);
ALTER TABLE building ADD COLUMN map_height REAL CHECK (map_height IS NULL OR map_height > 0);

-- A photographed or scanned plan of the community, drawn under the diagram. Replacing it
-- archives the previous one (so the replacement can be undone).
CREATE TABLE community_backdrop (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    community_id INTEGER NOT NULL REFERENCES community(id),
    image BLOB NOT NULL,           -- the file as imported (PNG or JPEG bytes)
    format TEXT NOT NULL CHECK (format IN ('png', 'jpeg')),
    pixel_width INTEGER NOT NULL CHECK (pixel_width > 0),
    pixel_height INTEGER NOT NULL CHECK (pixel_height > 0),
    x REAL NOT NULL DEFAULT 0,     -- placement: top-left corner in diagram metres ...
    y REAL NOT NULL DEFAULT 0,
    width REAL NOT NULL CHECK (width > 0),  -- ... and width in metres (height keeps the aspect)
    opacity REAL NOT NULL DEFAULT 0.5 CHECK (opacity BETWEEN 0 AND 1),
    file_name TEXT,
    note TEXT
);
CREATE UNIQUE INDEX community_backdrop_live ON community_backdrop(community_id)
    WHERE archived_at IS NULL;

-- The building view's colour scheme: rules tried in `priority` order, the first that matches
-- colours the household; `sort` orders the legend. The office edits colours, names, rules and
-- their parameters.
--   rule            matches a household when
--   party_member    a live member is a Party member
--   care            a live member has a live care category; parameter: category codes separated
--                   by commas (empty: any category of the 'care' group)
--   elderly         every live member is at least `parameter` years old (default 60): 老年户
--   residence_type  the household's residence type code is one of `parameter` (commas)
--   always          always (the fallback, ordinary households)
CREATE TABLE household_colour_rule (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    colour TEXT NOT NULL CHECK (length(colour) = 7 AND colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    rule TEXT NOT NULL CHECK (rule IN ('party_member', 'care', 'elderly', 'residence_type', 'always')),
    parameter TEXT,
    priority INTEGER NOT NULL DEFAULT 0,
    sort INTEGER NOT NULL DEFAULT 0,
    note TEXT
);

-- Seeded like the care categories: fixed uids and old timestamps, so that merges match them
-- and any local edit is the newer version. A household needing care is shown as such even if
-- it is also a Party member or elderly household: that is where the grid leader goes first.
-- The elderly categories (独居, 空巢, 80岁以上) are left to 银 (every member 60 or older), so
-- that orange stays the households in hardship, illness or disability.
INSERT INTO household_colour_rule
    (uid, created_at, updated_at, name, colour, rule, parameter, priority, sort, note) VALUES
    ('6f0d2f7e-3c1a-4b8e-9d52-1a7e4c0b9a01', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     '党员户', '#d7263d', 'party_member', NULL, 20, 10, '红: 有党员的家庭'),
    ('6f0d2f7e-3c1a-4b8e-9d52-1a7e4c0b9a02', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     '关爱户', '#f28c28', 'care',
     'low_income,hardship,special_hardship,widowed_elderly,disabled,disabled_elderly,serious_illness,left_behind_child',
     10, 20, '橙: 需要关爱帮扶的家庭'),
    ('6f0d2f7e-3c1a-4b8e-9d52-1a7e4c0b9a03', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     '普通户', '#3aa655', 'always', NULL, 90, 30, '绿: 一般家庭'),
    ('6f0d2f7e-3c1a-4b8e-9d52-1a7e4c0b9a04', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     '老年户', '#a9b1ba', 'elderly', '60', 30, 40, '银: 家庭成员均为60岁以上老人');
