#include "core/store/schema.h"

#include "core/store/database.h"
#include "core/store/namegramindex.h"
#include "core/store/transaction.h"

#include <array>

namespace dj::store {

namespace {

// Conventions
// - Bundle tables carry the exchange-format columns under the same names, so export is a plain SELECT.
// - Key columns that a source may leave empty are NOT NULL DEFAULT '' so that natural keys stay unique
//   (SQLite treats NULLs as distinct) and importing a bundle twice replaces rather than duplicates.
// - Money in yuan as REAL; a *_currency column holds a non-CNY currency code, NULL for CNY.
// - enterprises has an integer id (rowid) so the search index and the text index address rows compactly.
// - No SQLite spatial index: the map keeps its own KD-tree over all points in memory, and an R*Tree
//   cost ~20 s per million enterprises on every bulk write for no reader.
constexpr std::string_view kV1 = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE enterprises (
    id                  INTEGER PRIMARY KEY,
    uscc                TEXT NOT NULL UNIQUE,
    uscc_invalid        INTEGER NOT NULL DEFAULT 0,
    name                TEXT NOT NULL,
    former_names        TEXT,
    status              TEXT NOT NULL,
    entity_type         TEXT,
    legal_rep           TEXT,
    registered_capital  REAL,
    registered_capital_currency TEXT,
    established         TEXT,
    region_code         TEXT NOT NULL,
    industry_code       TEXT,
    industry_section    TEXT,
    address             TEXT,
    lon                 REAL,
    lat                 REAL,
    op_address          TEXT,
    op_lon              REAL,
    op_lat              REAL,
    annual_address      TEXT,
    insured_count       INTEGER,
    scale               TEXT,
    listed_code         TEXT,
    scope               TEXT
);
CREATE INDEX enterprises_name ON enterprises(name);
CREATE INDEX enterprises_region ON enterprises(region_code);

CREATE TABLE persons (
    person_id         TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    id_masked         TEXT,
    birthplace_code   TEXT,
    native_place_code TEXT,
    birth_year        INTEGER,
    gender            TEXT
) WITHOUT ROWID;
CREATE INDEX persons_birthplace ON persons(birthplace_code);
CREATE INDEX persons_native ON persons(native_place_code);

CREATE TABLE roles (
    uscc      TEXT NOT NULL REFERENCES enterprises(uscc) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES persons(person_id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    PRIMARY KEY (uscc, person_id, role)
) WITHOUT ROWID;
CREATE INDEX roles_person ON roles(person_id);

CREATE TABLE shareholdings (
    investee_uscc      TEXT NOT NULL REFERENCES enterprises(uscc) ON DELETE CASCADE,
    holder_kind        TEXT NOT NULL CHECK (holder_kind IN ('person','enterprise','other')),
    holder_id          TEXT NOT NULL,
    holder_name        TEXT,
    share_pct          REAL CHECK (share_pct IS NULL OR (share_pct >= 0 AND share_pct <= 100)),
    subscribed_capital REAL,
    subscribed_capital_currency TEXT,
    PRIMARY KEY (investee_uscc, holder_kind, holder_id)
) WITHOUT ROWID;
CREATE INDEX shareholdings_holder ON shareholdings(holder_id, holder_kind);

CREATE TABLE financials (
    uscc         TEXT NOT NULL REFERENCES enterprises(uscc) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    revenue      REAL,
    tax          REAL,
    profit       REAL,
    total_assets REAL,
    employees    INTEGER,
    rd_expense   REAL,
    PRIMARY KEY (uscc, year)
) WITHOUT ROWID;

CREATE TABLE financing (
    uscc      TEXT NOT NULL REFERENCES enterprises(uscc) ON DELETE CASCADE,
    date      TEXT NOT NULL DEFAULT '',
    round     TEXT NOT NULL DEFAULT '',
    amount    REAL,
    amount_currency TEXT,
    investors TEXT,
    PRIMARY KEY (uscc, date, round)
) WITHOUT ROWID;

CREATE TABLE licenses (
    uscc       TEXT NOT NULL REFERENCES enterprises(uscc) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    number     TEXT NOT NULL DEFAULT '',
    valid_from TEXT,
    valid_to   TEXT,
    PRIMARY KEY (uscc, kind, number)
) WITHOUT ROWID;
CREATE INDEX licenses_kind ON licenses(kind);

CREATE TABLE qualifications (
    uscc     TEXT NOT NULL REFERENCES enterprises(uscc) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    level    TEXT NOT NULL DEFAULT '',
    year     INTEGER NOT NULL DEFAULT 0,
    valid_to TEXT,
    PRIMARY KEY (uscc, kind, level, year)
) WITHOUT ROWID;
CREATE INDEX qualifications_kind ON qualifications(kind);

CREATE TABLE risks (
    uscc      TEXT NOT NULL REFERENCES enterprises(uscc) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    date      TEXT NOT NULL DEFAULT '',
    amount    REAL,
    authority TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    status    TEXT NOT NULL DEFAULT '有效',
    PRIMARY KEY (uscc, kind, date, authority, detail)
) WITHOUT ROWID;
CREATE INDEX risks_kind ON risks(kind, status);

CREATE TABLE ip (
    uscc   TEXT NOT NULL REFERENCES enterprises(uscc) ON DELETE CASCADE,
    kind   TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    title  TEXT NOT NULL DEFAULT '',
    date   TEXT,
    PRIMARY KEY (uscc, kind, number, title)
) WITHOUT ROWID;

CREATE TABLE relations (
    from_uscc TEXT NOT NULL,
    to_uscc   TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('供应','竞争','合作')),
    year      INTEGER NOT NULL DEFAULT 0,
    amount    REAL,
    PRIMARY KEY (from_uscc, to_uscc, kind, year)
) WITHOUT ROWID;
CREATE INDEX relations_to ON relations(to_uscc);

CREATE TABLE invoices (
    seller_uscc   TEXT NOT NULL,
    buyer_uscc    TEXT NOT NULL,
    month         TEXT NOT NULL,
    invoice_count INTEGER,
    amount        REAL,
    PRIMARY KEY (seller_uscc, buyer_uscc, month)
) WITHOUT ROWID;
CREATE INDEX invoices_buyer ON invoices(buyer_uscc);

CREATE TABLE parks (
    park_id     TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT,
    region_code TEXT,
    boundary    TEXT
) WITHOUT ROWID;

CREATE TABLE buildings (
    building_id   TEXT PRIMARY KEY,
    park_id       TEXT REFERENCES parks(park_id) ON DELETE SET NULL,
    name          TEXT NOT NULL,
    address       TEXT,
    region_code   TEXT,
    lon           REAL,
    lat           REAL,
    footprint     TEXT,
    floors        INTEGER,
    gross_area_m2 REAL
) WITHOUT ROWID;
CREATE INDEX buildings_park ON buildings(park_id);

CREATE TABLE tenants (
    building_id TEXT NOT NULL REFERENCES buildings(building_id) ON DELETE CASCADE,
    uscc        TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL DEFAULT '',
    floor       TEXT NOT NULL DEFAULT '',
    room        TEXT NOT NULL DEFAULT '',
    area_m2     REAL,
    since       TEXT,
    until       TEXT,
    PRIMARY KEY (building_id, uscc, name, floor, room)
) WITHOUT ROWID;
CREATE INDEX tenants_uscc ON tenants(uscc);

CREATE TABLE visits (
    visit_id  TEXT PRIMARY KEY,
    uscc      TEXT,
    date      TEXT,
    visitor   TEXT,
    kind      TEXT,
    summary   TEXT,
    needs     TEXT,
    follow_up TEXT
) WITHOUT ROWID;
CREATE INDEX visits_uscc ON visits(uscc);

CREATE TABLE tasks (
    task_id  TEXT PRIMARY KEY,
    uscc     TEXT,
    assignee TEXT,
    due      TEXT,
    status   TEXT,
    reason   TEXT,
    created  TEXT
) WITHOUT ROWID;
CREATE INDEX tasks_uscc ON tasks(uscc);

CREATE TABLE members (
    register  TEXT NOT NULL,
    person_id TEXT NOT NULL DEFAULT '',
    uscc      TEXT NOT NULL DEFAULT '',
    role      TEXT,
    joined    TEXT,
    note      TEXT,
    PRIMARY KEY (register, person_id, uscc)
) WITHOUT ROWID;

-- The workstation's own tables (not part of the bundle).
CREATE TABLE saved_searches (
    name       TEXT PRIMARY KEY,
    filter     TEXT NOT NULL,      -- the filter JSON of cli.md
    builtin    INTEGER NOT NULL DEFAULT 0,
    created    TEXT,
    updated    TEXT
) WITHOUT ROWID;

CREATE TABLE import_mappings (
    source  TEXT PRIMARY KEY,      -- a fingerprint of the source's header row
    mapping TEXT NOT NULL          -- JSON: source header -> canonical column
) WITHOUT ROWID;

-- Full-text (trigram) index over names, former names and scope; external content, rebuilt after
-- bulk writes by Cache::rebuildDerivedIndexes(). (Schema v3 narrows it to names and former names.)
CREATE VIRTUAL TABLE enterprises_fts USING fts5(
    name, former_names, scope, content='enterprises', content_rowid='id', tokenize='trigram');
)SQL";

// Shapes the user draws or imports on the park map (roads, planned buildings, park outlines, markers).
// The workstation's own table, not a bundle table: a sketch is not registry data, and re-importing a
// vendor's parks.csv/buildings.csv must neither overwrite nor export it. Geometry is a GeoJSON geometry
// object in WGS-84 whatever base map it was drawn on; style is JSON ({"stroke","fill","width"}).
constexpr std::string_view kV2 = R"SQL(
CREATE TABLE map_overlays (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL DEFAULT '',
    kind     TEXT NOT NULL,          -- marker, road, line, park, building, area
    geometry TEXT NOT NULL,
    style    TEXT,
    created  TEXT,
    updated  TEXT
);
)SQL";

// The text index covers what its readers query: names and former names (batch-lookup candidates,
// former-name lookups). Scope text is searched by core/search's own index; indexing it here as well made
// the trigram index several times larger and was most of an import's time (8.8 s of CPU per 1M rows).
constexpr std::string_view kV3 = R"SQL(
DROP TABLE enterprises_fts;
CREATE VIRTUAL TABLE enterprises_fts USING fts5(
    name, former_names, content='enterprises', content_rowid='id', tokenize='trigram');
INSERT INTO enterprises_fts(enterprises_fts) VALUES('rebuild');
)SQL";

// The FTS5 table gives way to NameGramIndex (core/store/namegramindex.h): FTS5 cost about 5 µs per
// enterprise on every import (6.4 s per million names, the larger part of importing enterprises), and its
// readers only ever asked which enterprises contain, or share, trigrams of a name.
// The name index also answers exact-name lookups (SqliteEnterpriseStore::enterprisesByName), so the B-tree
// index on enterprises(name), which every import kept up row by row, goes too.
constexpr std::string_view kV4 = R"SQL(
DROP TABLE enterprises_fts;
DROP INDEX enterprises_name;
CREATE TABLE name_grams (
    id   INTEGER PRIMARY KEY,   -- bucket × 4096 + build part
    data BLOB NOT NULL          -- the bucket's grams: code, count, delta-varint enterprise ids
);
)SQL";

// Aggregates by region for the regional economy views (RegionalReads, core/store/regionalreads.h): built
// from the bundle tables once per data version (meta regional_data_version), never exported. Each row is
// held at county, prefecture and province level (lvl 3/2/1, codes cut to PPCCDD/PPCC/PP), so that a
// province-level read groups a few thousand rows. RegionalReads creates the same tables as TEMP tables
// where the cache cannot be written.
constexpr std::string_view kV5 = R"SQL(
CREATE TABLE regional_flows (
    lvl       INTEGER NOT NULL,   -- 1 province, 2 prefecture, 3 county
    src       INTEGER NOT NULL,   -- investor's region at lvl; 0 unknown
    dst       INTEGER NOT NULL,   -- investee's registration region at lvl
    kind      INTEGER NOT NULL,   -- holder kind: 0 enterprise, 1 person, 2 other
    year      INTEGER NOT NULL,   -- investee's year of establishment; 0 unknown
    section   TEXT NOT NULL,      -- investee's industry section; '' unknown
    n         INTEGER NOT NULL,   -- holdings
    capital   REAL NOT NULL,      -- subscribed capital, yuan (CNY holdings)
    n_foreign INTEGER NOT NULL,   -- holdings with capital in another currency (counted, not summed)
    PRIMARY KEY (lvl, kind, src, dst, year, section)
) WITHOUT ROWID;
-- Covering, so that the inflows of a parent region are read without visiting the table.
CREATE INDEX regional_flows_dst ON regional_flows(lvl, kind, dst, src, year, section, n, capital, n_foreign);
CREATE TABLE regional_firms (
    lvl         INTEGER NOT NULL,
    region      INTEGER NOT NULL,
    section     TEXT NOT NULL,
    year        INTEGER NOT NULL,
    established INTEGER NOT NULL, -- enterprises established in year (0: unknown date)
    live        INTEGER NOT NULL, -- of them 存续 or 在业
    qualified   INTEGER NOT NULL, -- enterprises whose first qualification is of year
    fin_firms   INTEGER NOT NULL, -- enterprises with a revenue figure of year
    revenue     REAL NOT NULL,
    tax         REAL NOT NULL,
    PRIMARY KEY (lvl, region, section, year)
) WITHOUT ROWID;
)SQL";

// Field work (core/fieldwork): what visits and tasks lack to be edited offline and merged across colleagues.
// Side tables keyed like the bundle tables, so visits/tasks keep exactly the exchange-format columns (the
// bundle importer and exporter are untouched, and an older cache still reads). A deleted record leaves
// visits/tasks (no reader ever shows it) and waits here as a snapshot (JSON of all its fields) to be
// restored. stamps is JSON: field -> {"at": UTC ISO time with ms, "by": author, "base": the "at" of the
// other author's value the edit was made on}, the basis of field-level last-writer-wins merges.
constexpr std::string_view kV6 = R"SQL(
CREATE TABLE fieldwork_visits (
    visit_id        TEXT PRIMARY KEY,
    people          TEXT,              -- people met, names and titles as typed
    need_categories TEXT,              -- "|"-separated: 用地, 融资, 人才, 政策, 审批, 其他
    follow_up_date  TEXT,
    task_id         TEXT,
    closes_task     INTEGER NOT NULL DEFAULT 0,
    created         TEXT,
    created_by      TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0,
    stamps          TEXT NOT NULL DEFAULT '{}',
    snapshot        TEXT
) WITHOUT ROWID;
CREATE INDEX fieldwork_visits_task ON fieldwork_visits(task_id);

CREATE TABLE fieldwork_tasks (
    task_id    TEXT PRIMARY KEY,
    park_id    TEXT,
    created_by TEXT,
    deleted    INTEGER NOT NULL DEFAULT 0,
    stamps     TEXT NOT NULL DEFAULT '{}',
    snapshot   TEXT
) WITHOUT ROWID;

CREATE TABLE fieldwork_history (
    id          INTEGER PRIMARY KEY,
    record_kind TEXT NOT NULL,         -- visit, task
    record_id   TEXT NOT NULL,
    at          TEXT NOT NULL,         -- when the change was made (UTC)
    author      TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,         -- create, edit, delete, restore, merge, conflict
    field       TEXT NOT NULL DEFAULT '',
    old_value   TEXT,
    new_value   TEXT,
    source      TEXT                   -- the merged file (merge, conflict)
);
CREATE INDEX fieldwork_history_record ON fieldwork_history(record_id, field);
)SQL";

// The hometown engine's own tables (not part of the bundle): a register entry's status beyond members.csv
// (拟发展, 已联系, 已退出 …), its contact log, and the priority industries an origin's investment office
// wants (GB/T 4754 section letters or 2–4 digit prefixes) for the ranking's "fit" part.
constexpr std::string_view kV7 = R"SQL(
CREATE TABLE member_status (
    register  TEXT NOT NULL,
    person_id TEXT NOT NULL,
    status    TEXT NOT NULL,
    updated   TEXT,
    PRIMARY KEY (register, person_id)
) WITHOUT ROWID;
CREATE TABLE member_contacts (
    id        INTEGER PRIMARY KEY,
    register  TEXT NOT NULL,
    person_id TEXT NOT NULL,
    date      TEXT NOT NULL,
    kind      TEXT,
    note      TEXT
);
CREATE INDEX member_contacts_person ON member_contacts(register, person_id);
CREATE INDEX members_person ON members(person_id);
CREATE TABLE hometown_priorities (
    origin   TEXT NOT NULL,
    industry TEXT NOT NULL,
    PRIMARY KEY (origin, industry)
) WITHOUT ROWID;
)SQL";

// Parks (core/parks): which enterprises each building holds and why — the evidence of the address and
// position matching (bits of dj::parks::Evidence) per building and enterprise, built from the bundle
// tables once per data version (meta parks_data_version) by dj::parks::ParkStore::prepare(), never
// exported. reg_room is the room of the registered address as normalised (firms sharing one room).
// A read-only connection builds the same table as a TEMP table. park_watch: see below.
constexpr std::string_view kV8 = R"SQL(
CREATE TABLE park_presence (
    building_id TEXT NOT NULL,
    uscc        TEXT NOT NULL,
    evidence    INTEGER NOT NULL,
    reg_room    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (building_id, uscc)
) WITHOUT ROWID;
-- The user's watch list of key enterprises (外迁 risk); the workstation's own data, never exported.
CREATE TABLE park_watch (
    uscc   TEXT PRIMARY KEY,
    note   TEXT NOT NULL DEFAULT '',
    added  TEXT NOT NULL
) WITHOUT ROWID;
-- Policy calculator (政策计算器): editable rules, JSON of dj::parks::Policy; builtin = shipped example.
CREATE TABLE park_policies (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    rule    TEXT NOT NULL,
    builtin INTEGER NOT NULL DEFAULT 0,
    updated TEXT NOT NULL
);
)SQL";

// Supply-chain monitoring (core/risk): watch lists (by hand, from a network's tiers, from a search), the
// user's rules (condition and scope as JSON, severity), the state each watched enterprise had at the last
// rule run (what the next run compares against: the "old" side of a re-import) and the alert inbox. An
// alert is unique per (rule, enterprise, change): the same change never raises the same alert twice.
constexpr std::string_view kV9 = R"SQL(
CREATE TABLE risk_watch (
    list  TEXT NOT NULL,
    uscc  TEXT NOT NULL,
    role  TEXT NOT NULL DEFAULT '',    -- supplier, customer, rival, partner, investee; '' by hand or search
    tier  INTEGER NOT NULL DEFAULT 0,
    root  TEXT NOT NULL DEFAULT '',    -- the enterprise whose network it came from
    added TEXT,
    PRIMARY KEY (list, uscc)
) WITHOUT ROWID;
CREATE INDEX risk_watch_uscc ON risk_watch(uscc);
CREATE TABLE risk_rules (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    condition TEXT NOT NULL,           -- JSON {"kind": ..., parameters}
    scope     TEXT NOT NULL,           -- JSON {"list", "roles", "max_tier"}
    severity  TEXT NOT NULL,           -- high, medium, low
    enabled   INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE risk_snapshots (
    uscc  TEXT PRIMARY KEY,
    taken TEXT NOT NULL,
    state TEXT NOT NULL                -- JSON: status, current risks, financial figures, holders, invoices
) WITHOUT ROWID;
CREATE TABLE risk_alerts (
    id         INTEGER PRIMARY KEY,
    rule_id    INTEGER NOT NULL,
    rule_name  TEXT NOT NULL,
    uscc       TEXT NOT NULL,
    change_key TEXT NOT NULL,
    raised     TEXT NOT NULL,
    severity   TEXT NOT NULL,
    title      TEXT NOT NULL,
    evidence   TEXT NOT NULL,          -- JSON {"before": [rows], "after": [rows], "watch": [...]}
    read       INTEGER NOT NULL DEFAULT 0,
    assigned   TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    resolved   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (rule_id, uscc, change_key)
);
CREATE INDEX risk_alerts_uscc ON risk_alerts(uscc);
)SQL";

// The local data API's keys (core/api): the secret itself is never stored here, only its SHA-256 (the
// secret lives in the keys file the administrator keeps); limits per key, and requests counted per day for
// the quota. Not part of the bundle.
constexpr std::string_view kV10 = R"SQL(
CREATE TABLE api_keys (
    key_id          TEXT PRIMARY KEY,
    name            TEXT NOT NULL DEFAULT '',
    secret_sha256   TEXT NOT NULL,
    created         TEXT NOT NULL,
    revoked         TEXT,
    endpoints       TEXT NOT NULL DEFAULT '',  -- comma list of endpoint names; empty = all
    regions         TEXT NOT NULL DEFAULT '',  -- comma list of GB/T 2260 prefixes; empty = all
    rate_per_minute INTEGER NOT NULL DEFAULT 600,
    quota_per_day   INTEGER NOT NULL DEFAULT 100000
) WITHOUT ROWID;
CREATE TABLE api_usage (
    key_id   TEXT NOT NULL,
    day      TEXT NOT NULL,                    -- YYYY-MM-DD (UTC)
    requests INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key_id, day)
) WITHOUT ROWID;
)SQL";

// Industry chains (core/chains): the user's own copies of chain templates (the whole template as JSON, its
// version; a copy with the id of a shipped template overrides it) and corrections of the rule-based
// assignment (an enterprise put into or taken out of a segment; a correction wins over the rules).
constexpr std::string_view kV11 = R"SQL(
CREATE TABLE chain_templates (
    chain_id TEXT PRIMARY KEY,
    json     TEXT NOT NULL,
    version  INTEGER NOT NULL DEFAULT 1,
    modified TEXT
) WITHOUT ROWID;
CREATE TABLE chain_corrections (
    chain_id   TEXT NOT NULL,
    segment_id TEXT NOT NULL,
    uscc       TEXT NOT NULL,
    included   INTEGER NOT NULL CHECK (included IN (0, 1)),
    note       TEXT,
    created    TEXT,
    PRIMARY KEY (chain_id, segment_id, uscc)
) WITHOUT ROWID;
)SQL";

// Public procurement notices (exchange-format tenders.csv): 招标/中标 records of ICT projects, read by
// core/tenders. Parties are linked to enterprises at read time (USCC, else name), so the rows stay as
// imported and export is a plain SELECT.
constexpr std::string_view kV12 = R"SQL(
CREATE TABLE tenders (
    tender_id       TEXT PRIMARY KEY,
    buyer_uscc      TEXT,
    buyer_name      TEXT,
    region_code     TEXT,
    project         TEXT,
    phase           TEXT,
    category        TEXT,
    budget          REAL,
    announced       TEXT,
    awarded         TEXT,
    winner_uscc     TEXT,
    winner_name     TEXT,
    amount          REAL,
    contract_months INTEGER,
    source          TEXT
) WITHOUT ROWID;
CREATE INDEX tenders_buyer ON tenders(buyer_uscc);
CREATE INDEX tenders_winner ON tenders(winner_uscc);
)SQL";

// Team-server sync (core/server/syncclient.h): field-work changes made here are captured by triggers into
// sync_changes (which record, not what: a push sends the record's current state with its stamps, and the
// server merges field by field); a push acknowledged by the server deletes the entries it covered.
// sync_state holds where the last pulls stopped (registry and field-work sequences), the regions of the
// extract and the operation id of a push not yet acknowledged (a retry resends it under the same id).
constexpr std::string_view kV13 = R"SQL(
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;
CREATE TABLE sync_changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT NOT NULL,          -- visit, task
    record_id TEXT NOT NULL
);
CREATE TRIGGER sync_visits_insert AFTER INSERT ON visits
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('visit', NEW.visit_id); END;
CREATE TRIGGER sync_visits_update AFTER UPDATE ON visits
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('visit', NEW.visit_id); END;
CREATE TRIGGER sync_visits_delete AFTER DELETE ON visits
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('visit', OLD.visit_id); END;
CREATE TRIGGER sync_fieldwork_visits_insert AFTER INSERT ON fieldwork_visits
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('visit', NEW.visit_id); END;
CREATE TRIGGER sync_fieldwork_visits_update AFTER UPDATE ON fieldwork_visits
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('visit', NEW.visit_id); END;
CREATE TRIGGER sync_tasks_insert AFTER INSERT ON tasks
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('task', NEW.task_id); END;
CREATE TRIGGER sync_tasks_update AFTER UPDATE ON tasks
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('task', NEW.task_id); END;
CREATE TRIGGER sync_tasks_delete AFTER DELETE ON tasks
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('task', OLD.task_id); END;
CREATE TRIGGER sync_fieldwork_tasks_insert AFTER INSERT ON fieldwork_tasks
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('task', NEW.task_id); END;
CREATE TRIGGER sync_fieldwork_tasks_update AFTER UPDATE ON fieldwork_tasks
    BEGIN INSERT INTO sync_changes(kind, record_id) VALUES ('task', NEW.task_id); END;
-- What exists before sync was set up counts as changed: the first push sends it.
INSERT INTO sync_changes(kind, record_id) SELECT 'visit', visit_id FROM visits
    UNION SELECT 'visit', visit_id FROM fieldwork_visits;
INSERT INTO sync_changes(kind, record_id) SELECT 'task', task_id FROM tasks
    UNION SELECT 'task', task_id FROM fieldwork_tasks;
)SQL";

// Park roads (core/parks): the internal roads of a park, drawn on its plan — park data, not the user's
// drawings (map_overlays). park_id '' = not tied to a park: drawn on the plan of every park it crosses.
// Demo caches of earlier versions wrote their roads as map_overlays drawings (stamp 2024-06-01, grey
// width 4): they move here.
constexpr std::string_view kV14 = R"SQL(
CREATE TABLE park_roads (
    id       INTEGER PRIMARY KEY,
    park_id  TEXT NOT NULL DEFAULT '',
    name     TEXT NOT NULL DEFAULT '',
    geometry TEXT NOT NULL
);
CREATE INDEX park_roads_park ON park_roads(park_id);
INSERT INTO park_roads(park_id, name, geometry)
    SELECT '', name, geometry FROM map_overlays
    WHERE kind = 'road' AND created = '2024-06-01T00:00:00Z' AND updated = '2024-06-01T00:00:00Z'
      AND style = '{"stroke":"#9e9e9e","width":4}';
DELETE FROM map_overlays
    WHERE kind = 'road' AND created = '2024-06-01T00:00:00Z' AND updated = '2024-06-01T00:00:00Z'
      AND style = '{"stroke":"#9e9e9e","width":4}';
)SQL";

void buildNameGrams(Database& db)
{
    NameGramIndex::rebuild(db);
}

constexpr std::array kMigrations {
    Migration { 1, kV1 },
    Migration { 2, kV2 },
    Migration { 3, kV3 },
    Migration { 4, kV4, &buildNameGrams },
    Migration { 5, kV5 },
    Migration { 6, kV6 },
    Migration { 7, kV7 },
    Migration { 8, kV8 },
    Migration { 9, kV9 },
    Migration { 10, kV10 },
    Migration { 11, kV11 },
    Migration { 12, kV12 },
    Migration { 13, kV13 },
    Migration { 14, kV14 },
};

} // namespace

int Schema::currentVersion()
{
    return kMigrations.back().version;
}

int Schema::oldestReadableVersion()
{
    // v2 added map_overlays; v3 rebuilt enterprises_fts with fewer columns; v4 replaced it by name_grams,
    // and its readers scan instead where an older cache opened read-only has none
    // (NameGramIndex::available()).
    return 1;
}

std::span<const Migration> Schema::migrations()
{
    return kMigrations;
}

void Schema::migrate(Database& db)
{
    const int from = db.userVersion();
    for (const Migration& step : kMigrations) {
        if (step.version <= from)
            continue;
        Transaction tx(db);
        db.exec(step.sql);
        if (step.after)
            step.after(db);
        db.setUserVersion(step.version);
        tx.commit();
    }
}

QStringList Schema::bundleTables()
{
    return { QStringLiteral("enterprises"), QStringLiteral("persons"), QStringLiteral("roles"),
        QStringLiteral("shareholdings"), QStringLiteral("financials"), QStringLiteral("financing"),
        QStringLiteral("licenses"), QStringLiteral("qualifications"), QStringLiteral("risks"),
        QStringLiteral("ip"), QStringLiteral("relations"), QStringLiteral("invoices"),
        QStringLiteral("parks"), QStringLiteral("buildings"), QStringLiteral("tenants"),
        QStringLiteral("visits"), QStringLiteral("tasks"), QStringLiteral("members"),
        QStringLiteral("tenders") };
}

} // namespace dj::store
