-- SPDX-License-Identifier: MIT
-- Migration 6: a counter that moves whenever the address order of households may change.
--
-- Lists sorted by address (models/items) keep every household's position in that order in
-- memory (AddressRank), so that sorting a few thousand residents found by a search reads
-- neither their households nor their dwellings. The positions hold while this counter stands
-- still; the triggers move it on every change that can reorder households: a household moved
-- into, out of or between dwellings, a housed household added or removed (its id may be used
-- again), a dwelling's building, unit, floor or room, a building's compound or number, a unit's
-- number, a compound's name. Adding places without households changes no household's place.
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

CREATE TABLE address_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO address_generation (id, generation) VALUES (1, 0);

CREATE TRIGGER household_address_insert AFTER INSERT ON household
WHEN NEW.dwelling_id IS NOT NULL
BEGIN
    UPDATE address_generation SET generation = generation + 1;
END;

CREATE TRIGGER household_address_delete AFTER DELETE ON household
WHEN OLD.dwelling_id IS NOT NULL
BEGIN
    UPDATE address_generation SET generation = generation + 1;
END;

CREATE TRIGGER household_address_move AFTER UPDATE OF dwelling_id ON household
WHEN OLD.dwelling_id IS NOT NEW.dwelling_id
BEGIN
    UPDATE address_generation SET generation = generation + 1;
END;

CREATE TRIGGER dwelling_address_change AFTER UPDATE OF building_id, unit_id, floor, room ON dwelling
WHEN OLD.building_id IS NOT NEW.building_id OR OLD.unit_id IS NOT NEW.unit_id
    OR OLD.floor IS NOT NEW.floor OR OLD.room IS NOT NEW.room
BEGIN
    UPDATE address_generation SET generation = generation + 1;
END;

CREATE TRIGGER building_address_change AFTER UPDATE OF compound_id, number ON building
WHEN OLD.compound_id IS NOT NEW.compound_id OR OLD.number IS NOT NEW.number
BEGIN
    UPDATE address_generation SET generation = generation + 1;
END;

CREATE TRIGGER building_unit_address_change AFTER UPDATE OF number ON building_unit
WHEN OLD.number IS NOT NEW.number
BEGIN
    UPDATE address_generation SET generation = generation + 1;
END;

CREATE TRIGGER compound_address_change AFTER UPDATE OF name ON compound
WHEN OLD.name IS NOT NEW.name
BEGIN
    UPDATE address_generation SET generation = generation + 1;
END;
