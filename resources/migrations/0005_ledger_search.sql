-- SPDX-License-Identifier: MIT
-- Migration 5: indexes for the ledger tables (models/items): sorting, searching and the
-- navigation tree at street-office scale (a million residents).
--
-- The resident and household lists walk these indexes in the order of the sort so that the
-- first screen of a long list comes at once, and find short lists through them. Columns after
-- the sort key make the walk "covering": the live test (archived_at) and the pinyin search are
-- answered from the index without reading the table row.
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

-- Superseded by the wider indexes below, which start with the same columns.
DROP INDEX IF EXISTS resident_birth;
DROP INDEX IF EXISTS resident_household;
DROP INDEX IF EXISTS dwelling_building;
DROP INDEX IF EXISTS resident_care_category;

-- Name order (pinyin), and the search inside it: the columns after id let the walk test the
-- live state, pinyin initials, a part of the name and the household (address search) without
-- reading the table.
CREATE INDEX resident_sort_pinyin
    ON resident(name_pinyin, id, archived_at, name_initials, name, household_id);
-- Age order, and age ranges.
CREATE INDEX resident_sort_birth ON resident(birth_date, id, archived_at);
-- Address order: a household's members, the head first; also every lookup by household. The
-- initials and the name let the address walk test a pinyin search or a part of a name
-- without reading the table row.
CREATE INDEX resident_household_order
    ON resident(household_id, relation_code, id, archived_at, name_initials, name);
-- Endings (尾号) of ID and phone numbers: the last four characters, then the whole ending is
-- compared. Queries must spell the expression exactly so: substr(column, -4).
CREATE INDEX resident_id_number_ending ON resident(substr(id_number, -4));
CREATE INDEX resident_phone_ending ON resident(substr(phone, -4));
-- A part of a name of two or more characters is found without reading every name: it begins
-- the name (resident_name), ends it (the last two characters, then the whole ending is
-- compared), or lies inside a name of four or more characters (few: compound surnames,
-- names of ethnic minorities), which this small partial index lists.
CREATE INDEX resident_name_ending ON resident(substr(name, -2));
CREATE INDEX resident_long_name ON resident(name) WHERE length(name) >= 4;

-- Residents in care categories, the live test included.
CREATE INDEX resident_care_category_live ON resident_care(category_id, archived_at, resident_id);

-- The address order of places: compound name, building number, unit number, floor, room.
CREATE INDEX compound_sort ON compound(name, id);
CREATE INDEX building_sort ON building(compound_id, number, id);
CREATE INDEX building_unit_sort ON building_unit(building_id, number, id);
CREATE INDEX dwelling_order ON dwelling(building_id, unit_id, floor, room, id);

-- Households by their number (户号).
CREATE INDEX household_number ON household(household_number, id);
