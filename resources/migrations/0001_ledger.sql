-- SPDX-License-Identifier: MIT
-- Migration 1: the ledger schema.
--
-- Conventions (every record table):
--   id          local integer key, used by foreign keys inside this file only;
--   uid         globally unique id (UUID text), survives export, import and merges between laptops;
--   created_at / updated_at  UTC ISO-8601 text; archived_at  soft-delete marker (NULL = live).
-- Standard code tables (GB/T ...) are keyed by their national code and filled by migration 2.

CREATE TABLE meta (                -- facts about this ledger file (its own uid, who made it)
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
CREATE TABLE migration_log (       -- one row per schema step applied to this file
    version INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    program_version TEXT
);

-- ---------------------------------------------------------------- standard code tables
CREATE TABLE sex_code (            -- GB/T 2261.1-2003
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ethnicity_code (      -- GB/T 3304-1991
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    roman TEXT,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE political_status_code ( -- GB/T 4762-1984
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    short_name TEXT,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE relation_code (       -- GB/T 4761-2008, relation to the head of household
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE region_code (         -- GB/T 2260 administrative divisions
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 6),
    name TEXT NOT NULL,
    parent_code TEXT REFERENCES region_code(code),
    level INTEGER NOT NULL CHECK (level IN (1, 2, 3)),  -- province, prefecture, county
    historical INTEGER NOT NULL DEFAULT 0              -- no longer in use, still found in IDs
);
CREATE INDEX region_code_parent ON region_code(parent_code);
CREATE TABLE residence_type_code ( -- 户籍 / 常住 / 流动 / 人户分离 (GB/T 31000 人口类型)
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE grid_role_code (      -- 总网格长, 网格长, 网格员, 网格辅助员, 楼栋长, 单元长
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    scope_level TEXT NOT NULL CHECK (scope_level IN
        ('community', 'big_grid', 'small_grid', 'building', 'unit')),
    sort INTEGER NOT NULL DEFAULT 0
);

-- ---------------------------------------------------------------- places
CREATE TABLE community (           -- 社区
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    street_office TEXT,            -- 街道
    region_code TEXT REFERENCES region_code(code),
    address TEXT,
    area_km2 REAL,
    phone TEXT,
    note TEXT
);

CREATE TABLE compound (            -- 小区
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    community_id INTEGER NOT NULL REFERENCES community(id),
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    address TEXT,
    property_company TEXT,         -- 物业
    note TEXT
);
CREATE INDEX compound_community ON compound(community_id);
CREATE UNIQUE INDEX compound_name ON compound(community_id, name) WHERE archived_at IS NULL;

CREATE TABLE big_grid (            -- 大网格
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    community_id INTEGER NOT NULL REFERENCES community(id),
    code TEXT,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    note TEXT
);
CREATE INDEX big_grid_community ON big_grid(community_id);

CREATE TABLE small_grid (          -- 小网格
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    big_grid_id INTEGER NOT NULL REFERENCES big_grid(id),
    code TEXT,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    note TEXT
);
CREATE INDEX small_grid_big_grid ON small_grid(big_grid_id);

CREATE TABLE building (            -- 楼栋; a small grid covers whole buildings
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    compound_id INTEGER NOT NULL REFERENCES compound(id),
    small_grid_id INTEGER REFERENCES small_grid(id),
    name TEXT NOT NULL CHECK (trim(name) <> ''),   -- "3栋"
    number INTEGER,
    floors INTEGER CHECK (floors IS NULL OR floors BETWEEN 1 AND 200),
    note TEXT
);
CREATE INDEX building_compound ON building(compound_id);
CREATE INDEX building_small_grid ON building(small_grid_id);
CREATE UNIQUE INDEX building_name ON building(compound_id, name) WHERE archived_at IS NULL;

CREATE TABLE building_unit (       -- 单元 (stairwell)
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    building_id INTEGER NOT NULL REFERENCES building(id),
    name TEXT NOT NULL CHECK (trim(name) <> ''),   -- "2单元"
    number INTEGER,
    floors INTEGER CHECK (floors IS NULL OR floors BETWEEN 1 AND 200),
    note TEXT
);
CREATE INDEX building_unit_building ON building_unit(building_id);
CREATE UNIQUE INDEX building_unit_name ON building_unit(building_id, name) WHERE archived_at IS NULL;

CREATE TABLE dwelling (            -- 房屋: floor + room, e.g. 3栋2单元501
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    building_id INTEGER NOT NULL REFERENCES building(id),
    unit_id INTEGER REFERENCES building_unit(id),  -- NULL for buildings without stairwells
    floor INTEGER CHECK (floor IS NULL OR floor BETWEEN -5 AND 200),
    room TEXT NOT NULL CHECK (trim(room) <> ''),   -- "501"
    area_m2 REAL CHECK (area_m2 IS NULL OR area_m2 > 0),
    usage TEXT NOT NULL DEFAULT 'residential' CHECK (usage IN ('residential', 'commercial', 'other')),
    note TEXT
);
CREATE INDEX dwelling_building ON dwelling(building_id, unit_id, floor);
CREATE INDEX dwelling_unit ON dwelling(unit_id);
CREATE UNIQUE INDEX dwelling_room ON dwelling(building_id, ifnull(unit_id, 0), room)
    WHERE archived_at IS NULL;

-- ---------------------------------------------------------------- people
CREATE TABLE household (           -- 户
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    archive_reason TEXT,
    dwelling_id INTEGER REFERENCES dwelling(id),   -- NULL: registered here but not living here
    household_number TEXT,         -- 户号 from the household register
    residence_type_code TEXT NOT NULL DEFAULT '1' REFERENCES residence_type_code(code),
    phone TEXT,
    note TEXT
);
CREATE INDEX household_dwelling ON household(dwelling_id);

CREATE TABLE resident (            -- 居民
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    archive_reason TEXT,           -- moved out, deceased, duplicate, ...
    household_id INTEGER REFERENCES household(id),
    relation_code TEXT REFERENCES relation_code(code),   -- '02' = head of household
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    name_initials TEXT,            -- pinyin initials for search: 张三丰 -> zsf
    name_pinyin TEXT,              -- full pinyin without tones: zhangsanfeng
    sex_code TEXT REFERENCES sex_code(code),
    id_number TEXT CHECK (id_number IS NULL OR length(id_number) IN (15, 18)),
    id_problem TEXT,               -- why a stored id_number is not valid (imported as found)
    birth_date TEXT CHECK (birth_date IS NULL OR birth_date GLOB
        '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ethnicity_code TEXT REFERENCES ethnicity_code(code),
    political_status_code TEXT REFERENCES political_status_code(code),
    residence_type_code TEXT NOT NULL DEFAULT '1' REFERENCES residence_type_code(code),
    phone TEXT,
    native_region_code TEXT REFERENCES region_code(code),  -- 籍贯
    registered_address TEXT,       -- 户籍地址
    education TEXT,
    marital_status TEXT,
    work_status TEXT,              -- employed / retired / student / unemployed / ...
    workplace TEXT,
    note TEXT
);
CREATE INDEX resident_household ON resident(household_id, relation_code);
-- Unique over archived rows too: someone who moves back is restored, not entered twice.
CREATE UNIQUE INDEX resident_id_number ON resident(id_number) WHERE id_number IS NOT NULL;
-- At most one live head per household (the repositories also require at least one).
CREATE UNIQUE INDEX resident_head ON resident(household_id)
    WHERE relation_code = '02' AND archived_at IS NULL;
CREATE INDEX resident_name ON resident(name);
CREATE INDEX resident_initials ON resident(name_initials);
CREATE INDEX resident_phone ON resident(phone);
CREATE INDEX resident_birth ON resident(birth_date);

CREATE TABLE care_category (       -- 关怀对象 / 重点人员, the list is the office's to edit
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    code TEXT NOT NULL,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    category_group TEXT NOT NULL CHECK (category_group IN ('care', 'special')),
    sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    sort INTEGER NOT NULL DEFAULT 0,
    note TEXT
);
CREATE UNIQUE INDEX care_category_code ON care_category(code) WHERE archived_at IS NULL;

CREATE TABLE resident_care (       -- a resident's care categories (many per resident)
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    resident_id INTEGER NOT NULL REFERENCES resident(id),
    category_id INTEGER NOT NULL REFERENCES care_category(id),
    since TEXT,
    note TEXT
);
CREATE UNIQUE INDEX resident_care_pair ON resident_care(resident_id, category_id)
    WHERE archived_at IS NULL;
CREATE INDEX resident_care_category ON resident_care(category_id, resident_id);

CREATE TABLE grid_role (           -- who holds which grid role, over which scope
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    role_code TEXT NOT NULL REFERENCES grid_role_code(code),
    resident_id INTEGER REFERENCES resident(id),   -- NULL for staff who do not live here
    holder_name TEXT NOT NULL CHECK (trim(holder_name) <> ''),
    holder_phone TEXT,
    community_id INTEGER REFERENCES community(id),
    big_grid_id INTEGER REFERENCES big_grid(id),
    small_grid_id INTEGER REFERENCES small_grid(id),
    building_id INTEGER REFERENCES building(id),
    unit_id INTEGER REFERENCES building_unit(id),
    started_on TEXT,
    ended_on TEXT,
    note TEXT,
    CHECK ((community_id IS NOT NULL) + (big_grid_id IS NOT NULL) + (small_grid_id IS NOT NULL)
           + (building_id IS NOT NULL) + (unit_id IS NOT NULL) = 1)
);
CREATE INDEX grid_role_resident ON grid_role(resident_id);
CREATE INDEX grid_role_small_grid ON grid_role(small_grid_id);
CREATE INDEX grid_role_big_grid ON grid_role(big_grid_id);
CREATE INDEX grid_role_building ON grid_role(building_id);
CREATE INDEX grid_role_unit ON grid_role(unit_id);
CREATE INDEX grid_role_role ON grid_role(role_code);

-- A grid role whose scope is not at the level the role is defined for is a data error.
CREATE TRIGGER grid_role_scope_insert BEFORE INSERT ON grid_role
BEGIN
    SELECT RAISE(ABORT, 'grid role scope does not match its role')
    WHERE (SELECT scope_level FROM grid_role_code WHERE code = NEW.role_code) IS NOT
          CASE WHEN NEW.community_id IS NOT NULL THEN 'community'
               WHEN NEW.big_grid_id IS NOT NULL THEN 'big_grid'
               WHEN NEW.small_grid_id IS NOT NULL THEN 'small_grid'
               WHEN NEW.building_id IS NOT NULL THEN 'building'
               ELSE 'unit' END;
END;
CREATE TRIGGER grid_role_scope_update BEFORE UPDATE ON grid_role
BEGIN
    SELECT RAISE(ABORT, 'grid role scope does not match its role')
    WHERE (SELECT scope_level FROM grid_role_code WHERE code = NEW.role_code) IS NOT
          CASE WHEN NEW.community_id IS NOT NULL THEN 'community'
               WHEN NEW.big_grid_id IS NOT NULL THEN 'big_grid'
               WHEN NEW.small_grid_id IS NOT NULL THEN 'small_grid'
               WHEN NEW.building_id IS NOT NULL THEN 'building'
               ELSE 'unit' END;
END;

-- ---------------------------------------------------------------- Party organisation
CREATE TABLE party_org (           -- 社区党委 -> 小区党支部 -> 楼栋党小组
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    parent_id INTEGER REFERENCES party_org(id),
    level TEXT NOT NULL CHECK (level IN ('committee', 'branch', 'group')),
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    community_id INTEGER NOT NULL REFERENCES community(id),
    compound_id INTEGER REFERENCES compound(id),     -- a branch is built in a compound
    building_id INTEGER REFERENCES building(id),     -- a group is built in a building
    small_grid_id INTEGER REFERENCES small_grid(id), -- "党小组建在网格上"
    secretary_resident_id INTEGER REFERENCES resident(id),
    note TEXT,
    CHECK ((level = 'committee') = (parent_id IS NULL))
);
CREATE INDEX party_org_parent ON party_org(parent_id);
CREATE INDEX party_org_small_grid ON party_org(small_grid_id);

CREATE TABLE party_member (        -- 党员; the fourth level, 党员中心户, is a flag on the member
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    resident_id INTEGER NOT NULL REFERENCES resident(id),
    org_id INTEGER NOT NULL REFERENCES party_org(id),
    membership TEXT NOT NULL CHECK (membership IN ('community', 'registered')), -- 自管 / 在职报到
    joined_on TEXT,                -- 入党日期, for 党龄
    employer TEXT,                 -- 在职报到: where the member works
    center_household INTEGER NOT NULL DEFAULT 0 CHECK (center_household IN (0, 1)), -- 党员中心户
    note TEXT
);
CREATE UNIQUE INDEX party_member_resident ON party_member(resident_id) WHERE archived_at IS NULL;
CREATE INDEX party_member_org ON party_member(org_id);

-- ---------------------------------------------------------------- volunteers
CREATE TABLE volunteer_team (      -- 志愿服务队 / 小分队
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    community_id INTEGER NOT NULL REFERENCES community(id),
    big_grid_id INTEGER REFERENCES big_grid(id),      -- a team organised per big grid ...
    small_grid_id INTEGER REFERENCES small_grid(id),  -- ... or per small grid; neither: community-wide
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    leader_resident_id INTEGER REFERENCES resident(id),
    note TEXT
);
CREATE INDEX volunteer_team_grid ON volunteer_team(small_grid_id);
CREATE INDEX volunteer_team_big_grid ON volunteer_team(big_grid_id);

CREATE TABLE skill (               -- 一技之长, the list is the office's to edit
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX skill_name ON skill(name) WHERE archived_at IS NULL;

CREATE TABLE volunteer (           -- a resident serving in a team
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    resident_id INTEGER NOT NULL REFERENCES resident(id),
    team_id INTEGER NOT NULL REFERENCES volunteer_team(id),
    joined_on TEXT,
    note TEXT
);
CREATE UNIQUE INDEX volunteer_membership ON volunteer(team_id, resident_id) WHERE archived_at IS NULL;
CREATE INDEX volunteer_resident ON volunteer(resident_id);

CREATE TABLE volunteer_skill (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
    skill_id INTEGER NOT NULL REFERENCES skill(id)
);
CREATE UNIQUE INDEX volunteer_skill_pair ON volunteer_skill(volunteer_id, skill_id)
    WHERE archived_at IS NULL;
CREATE INDEX volunteer_skill_skill ON volunteer_skill(skill_id);

-- ---------------------------------------------------------------- the work
-- Service requests, closed loop: 居民点单 (requested) -> 分队下单 (dispatched) -> 党员接单
-- (accepted) -> done -> closed with the resident's rating; or cancelled.
CREATE TABLE service_request (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    requester_id INTEGER NOT NULL REFERENCES resident(id),
    household_id INTEGER REFERENCES household(id),
    skill_id INTEGER REFERENCES skill(id),         -- what kind of help is asked for
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    description TEXT,
    state TEXT NOT NULL DEFAULT 'requested' CHECK (state IN
        ('requested', 'dispatched', 'accepted', 'done', 'closed', 'cancelled')),
    requested_at TEXT NOT NULL,
    team_id INTEGER REFERENCES volunteer_team(id),
    dispatched_at TEXT,
    assignee_id INTEGER REFERENCES resident(id),   -- the Party member / volunteer who took it
    accepted_at TEXT,
    done_at TEXT,
    closed_at TEXT,
    cancelled_at TEXT,
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),   -- 服务评价
    feedback TEXT,
    CHECK (state NOT IN ('dispatched', 'accepted', 'done', 'closed') OR dispatched_at IS NOT NULL),
    CHECK (state NOT IN ('accepted', 'done', 'closed') OR (accepted_at IS NOT NULL AND assignee_id IS NOT NULL)),
    CHECK (state NOT IN ('done', 'closed') OR done_at IS NOT NULL),
    CHECK (state <> 'closed' OR closed_at IS NOT NULL),
    CHECK (state <> 'cancelled' OR cancelled_at IS NOT NULL),
    CHECK (rating IS NULL OR state = 'closed')   -- only a closed request is rated
);
CREATE INDEX service_request_state ON service_request(state, requested_at);
CREATE INDEX service_request_requester ON service_request(requester_id);
CREATE INDEX service_request_household ON service_request(household_id);
CREATE INDEX service_request_assignee ON service_request(assignee_id);

CREATE TABLE visit (               -- 入户走访
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    household_id INTEGER NOT NULL REFERENCES household(id),
    visitor_id INTEGER REFERENCES resident(id),
    visitor_name TEXT NOT NULL CHECK (trim(visitor_name) <> ''),
    visited_on TEXT NOT NULL,
    purpose TEXT,
    findings TEXT,
    follow_up TEXT,
    follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1))
);
CREATE INDEX visit_household ON visit(household_id, visited_on);
CREATE INDEX visit_date ON visit(visited_on);

CREATE TABLE pairing (             -- 一对一帮扶: a Party member paired with a household
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    party_member_id INTEGER NOT NULL REFERENCES party_member(id),
    household_id INTEGER NOT NULL REFERENCES household(id),
    started_on TEXT NOT NULL,
    ended_on TEXT,
    note TEXT,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX pairing_member ON pairing(party_member_id);
CREATE INDEX pairing_household ON pairing(household_id);

CREATE TABLE activity (            -- 义诊, 便民服务集市, 主题党日, 三会一课, ...
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    community_id INTEGER NOT NULL REFERENCES community(id),
    kind TEXT NOT NULL CHECK (kind IN
        ('clinic', 'service_market', 'party_day', 'party_meeting', 'lecture', 'culture', 'other')),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    held_on TEXT NOT NULL,
    location TEXT,
    organiser_team_id INTEGER REFERENCES volunteer_team(id),
    party_org_id INTEGER REFERENCES party_org(id),
    people_served INTEGER NOT NULL DEFAULT 0 CHECK (people_served >= 0),   -- 服务人次
    note TEXT
);
CREATE INDEX activity_date ON activity(held_on);

CREATE TABLE activity_participant (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    activity_id INTEGER NOT NULL REFERENCES activity(id),
    resident_id INTEGER NOT NULL REFERENCES resident(id),
    role TEXT NOT NULL DEFAULT 'attendee' CHECK (role IN ('organiser', 'volunteer', 'attendee')),
    note TEXT
);
CREATE UNIQUE INDEX activity_participant_pair ON activity_participant(activity_id, resident_id)
    WHERE archived_at IS NULL;
CREATE INDEX activity_participant_resident ON activity_participant(resident_id);

CREATE TABLE consultation (        -- 五方会谈, 屋场恳谈会, 长廊察民意
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    community_id INTEGER NOT NULL REFERENCES community(id),
    compound_id INTEGER REFERENCES compound(id),
    kind TEXT NOT NULL CHECK (kind IN ('five_party', 'courtyard', 'corridor', 'other')),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    held_on TEXT NOT NULL,
    location TEXT,
    attendees TEXT,
    summary TEXT
);
CREATE INDEX consultation_date ON consultation(held_on);

CREATE TABLE consultation_issue (  -- what a consultation raised, tracked to closure
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    description TEXT,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in_progress', 'resolved', 'dropped')),
    owner TEXT,
    due_on TEXT,
    resolved_on TEXT,
    resolution TEXT,
    CHECK (state <> 'resolved' OR resolved_on IS NOT NULL)
);
CREATE INDEX consultation_issue_parent ON consultation_issue(consultation_id);
CREATE INDEX consultation_issue_state ON consultation_issue(state);

CREATE TABLE points_entry (        -- 党员积分制 ledger: one line per award or deduction
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    party_member_id INTEGER NOT NULL REFERENCES party_member(id),
    occurred_on TEXT NOT NULL,
    points INTEGER NOT NULL CHECK (points <> 0),
    reason TEXT NOT NULL CHECK (trim(reason) <> ''),
    activity_id INTEGER REFERENCES activity(id),
    service_request_id INTEGER REFERENCES service_request(id)
);
CREATE INDEX points_entry_member ON points_entry(party_member_id, occurred_on);

CREATE TABLE hours_entry (         -- volunteer-hour ledger
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    archived_at TEXT,
    resident_id INTEGER NOT NULL REFERENCES resident(id),
    occurred_on TEXT NOT NULL,
    hours REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
    reason TEXT,
    activity_id INTEGER REFERENCES activity(id),
    service_request_id INTEGER REFERENCES service_request(id)
);
CREATE INDEX hours_entry_resident ON hours_entry(resident_id, occurred_on);
