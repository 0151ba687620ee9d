#include "core/server/serverschema.h"

#include "core/codes/industries.h"
#include "core/server/pgconnection.h"

#include <array>

namespace dj::server {

namespace {

// Conventions (as the cache's, core/store/schema.cpp): exchange-format column names; key columns a source
// may leave empty are NOT NULL DEFAULT '' (or 0); money in yuan. Additionally:
// - prov (the enterprise's province, first two region digits) leads every key of the partitioned tables:
//   PostgreSQL requires the partition key in every unique index, and Citus distributes by the same column
//   (docs/teamserver.md). Child rows take it from their enterprise when loaded.
// - seq: every registry row carries the registry_seq value of its last change (a default for inserts and
//   COPY, the dj_touch trigger for updates); a deleted row leaves a tombstone in registry_deleted. A client
//   asks "what changed since N" with seq > N.
// - No foreign keys between partitioned tables: loading checks nothing row by row, and the laptop cache
//   keeps its own.
constexpr std::string_view kV1 = R"SQL(
CREATE SEQUENCE registry_seq;
CREATE SEQUENCE fieldwork_seq;

CREATE FUNCTION dj_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.seq := nextval('registry_seq');
    RETURN NEW;
END $$;

CREATE TABLE registry_deleted (
    seq  bigint PRIMARY KEY DEFAULT nextval('registry_seq'),
    tbl  text NOT NULL,
    prov text,
    row  jsonb NOT NULL
);

CREATE FUNCTION dj_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_deleted(tbl, prov, row) VALUES (TG_ARGV[0], to_jsonb(OLD)->>'prov', to_jsonb(OLD));
    RETURN OLD;
END $$;

CREATE TABLE enterprises (
    prov text NOT NULL,
    uscc text NOT NULL, name text NOT NULL, former_names text, status text NOT NULL, entity_type text,
    legal_rep text, registered_capital double precision, registered_capital_currency text, established text,
    region_code text NOT NULL, industry_code text, industry_section text, address text, lon double precision,
    lat double precision, op_address text, op_lon double precision, op_lat double precision,
    annual_address text, insured_count bigint, scale text, listed_code text, scope text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (prov, uscc)
) PARTITION BY LIST (prov);

CREATE TABLE roles (
    prov text NOT NULL,
    uscc text NOT NULL, person_id text NOT NULL, role text NOT NULL,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (prov, uscc, person_id, role)
) PARTITION BY LIST (prov);

CREATE TABLE shareholdings (
    prov text NOT NULL,
    investee_uscc text NOT NULL,
    holder_kind text NOT NULL CHECK (holder_kind IN ('person','enterprise','other')),
    holder_id text NOT NULL, holder_name text, share_pct double precision, subscribed_capital double precision,
    subscribed_capital_currency text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (prov, investee_uscc, holder_kind, holder_id)
) PARTITION BY LIST (prov);

CREATE TABLE financials (
    prov text NOT NULL,
    uscc text NOT NULL, year integer NOT NULL, revenue double precision, tax double precision,
    profit double precision, total_assets double precision, employees bigint, rd_expense double precision,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (prov, uscc, year)
) PARTITION BY LIST (prov);

CREATE TABLE financing (
    prov text NOT NULL,
    uscc text NOT NULL, date text NOT NULL DEFAULT '', round text NOT NULL DEFAULT '',
    amount double precision, amount_currency text, investors text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (prov, uscc, date, round)
) PARTITION BY LIST (prov);

CREATE TABLE licenses (
    prov text NOT NULL,
    uscc text NOT NULL, kind text NOT NULL, number text NOT NULL DEFAULT '', valid_from text, valid_to text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (prov, uscc, kind, number)
) PARTITION BY LIST (prov);

CREATE TABLE qualifications (
    prov text NOT NULL,
    uscc text NOT NULL, kind text NOT NULL, level text NOT NULL DEFAULT '', year integer NOT NULL DEFAULT 0,
    valid_to text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (prov, uscc, kind, level, year)
) PARTITION BY LIST (prov);

CREATE TABLE risks (
    prov text NOT NULL,
    uscc text NOT NULL, kind text NOT NULL, date text NOT NULL DEFAULT '', amount double precision,
    authority text NOT NULL DEFAULT '', detail text NOT NULL DEFAULT '', status text NOT NULL DEFAULT '有效',
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (prov, uscc, kind, date, authority, detail)
) PARTITION BY LIST (prov);

CREATE TABLE ip (
    prov text NOT NULL,
    uscc text NOT NULL, kind text NOT NULL, number text NOT NULL DEFAULT '', title text NOT NULL DEFAULT '',
    date text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (prov, uscc, kind, number, title)
) PARTITION BY LIST (prov);

CREATE TABLE persons (
    person_id text PRIMARY KEY, name text NOT NULL, id_masked text, birthplace_code text,
    native_place_code text, birth_year integer, gender text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq')
);
CREATE TABLE relations (
    from_uscc text NOT NULL, to_uscc text NOT NULL, kind text NOT NULL CHECK (kind IN ('供应','竞争','合作')),
    year integer NOT NULL DEFAULT 0, amount double precision,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (from_uscc, to_uscc, kind, year)
);
CREATE INDEX relations_to ON relations(to_uscc);
CREATE TABLE invoices (
    seller_uscc text NOT NULL, buyer_uscc text NOT NULL, month text NOT NULL, invoice_count bigint,
    amount double precision,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (seller_uscc, buyer_uscc, month)
);
CREATE INDEX invoices_buyer ON invoices(buyer_uscc);
CREATE TABLE parks (
    park_id text PRIMARY KEY, name text NOT NULL, kind text, region_code text, boundary text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq')
);
CREATE TABLE buildings (
    building_id text PRIMARY KEY, park_id text, name text NOT NULL, address text, region_code text,
    lon double precision, lat double precision, footprint text, floors bigint, gross_area_m2 double precision,
    seq bigint NOT NULL DEFAULT nextval('registry_seq')
);
CREATE TABLE tenants (
    building_id text NOT NULL, uscc text NOT NULL DEFAULT '', name text NOT NULL DEFAULT '',
    floor text NOT NULL DEFAULT '', room text NOT NULL DEFAULT '', area_m2 double precision, since text,
    until text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (building_id, uscc, name, floor, room)
);
CREATE TABLE members (
    register text NOT NULL, person_id text NOT NULL DEFAULT '', uscc text NOT NULL DEFAULT '', role text,
    joined text, note text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq'),
    PRIMARY KEY (register, person_id, uscc)
);

-- GB/T 4754 code (2–4 digits) -> section letter, filled from core/codes (the enterprises' industry_section).
CREATE TABLE industry_sections (
    code    text PRIMARY KEY,
    section text NOT NULL
);

-- Field work: one row per visit or task with its values (exchange-format columns and field-work columns,
-- JSON object field -> text), the stamp of each field (the merge rules of core/fieldwork/fieldworkmerge.h)
-- and the soft-delete state. seq is the fieldwork_seq value of the record's last change.
CREATE TABLE fw_records (
    kind       text NOT NULL CHECK (kind IN ('visit','task')),
    id         text NOT NULL,
    vals       jsonb NOT NULL DEFAULT '{}',
    stamps     jsonb NOT NULL DEFAULT '{}',
    deleted    boolean NOT NULL DEFAULT false,
    created    text,
    created_by text,
    seq        bigint NOT NULL DEFAULT nextval('fieldwork_seq'),
    PRIMARY KEY (kind, id)
);
CREATE INDEX fw_records_seq ON fw_records(seq);
CREATE TABLE fw_history (
    id          bigserial PRIMARY KEY,
    record_kind text NOT NULL,
    record_id   text NOT NULL,
    at          text NOT NULL DEFAULT '',
    author      text NOT NULL DEFAULT '',
    action      text NOT NULL,
    field       text NOT NULL DEFAULT '',
    old_value   text,
    new_value   text,
    source      text
);
CREATE INDEX fw_history_record ON fw_history(record_id, field);

-- One row per applied push batch: a batch sent again (a retry after a lost acknowledgement) finds its
-- op_id here and changes nothing.
CREATE TABLE sync_batches (
    op_id     text PRIMARY KEY,
    client    text NOT NULL,
    records   integer NOT NULL,
    conflicts jsonb NOT NULL DEFAULT '[]',
    applied   timestamptz NOT NULL DEFAULT now()
);
)SQL";

// Access by region: an officer's server role sees only the registry rows of its regions (row-level security,
// enforced by the server whatever client connects). access_roles lists each restricted role with its GB/T
// 2260 prefixes; a role not listed sees no registry row; the owner (the loader) is not restricted. Child rows
// are visible with their enterprise (the policy's subquery is itself filtered). Partitions are not granted:
// reading one directly would bypass the parent's policies. Field work (fw_*) stays shared by the team.
constexpr std::string_view kV2 = R"SQL(
CREATE TABLE access_roles (
    role    name PRIMARY KEY,
    regions text[] NOT NULL
);
CREATE FUNCTION dj_allowed(region text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM access_roles a, unnest(a.regions) r
                   WHERE a.role = current_user AND region LIKE r || '%')
$$;
CREATE FUNCTION dj_allowed_prov(p text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT p IS NULL OR EXISTS (SELECT 1 FROM access_roles a, unnest(a.regions) r
                                WHERE a.role = current_user AND left(r, 2) = p)
$$;
ALTER TABLE enterprises ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON enterprises USING (dj_allowed(region_code));
ALTER TABLE roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON roles USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.prov = roles.prov AND e.uscc = roles.uscc));
ALTER TABLE shareholdings ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON shareholdings
    USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.prov = shareholdings.prov AND e.uscc = shareholdings.investee_uscc));
ALTER TABLE financials ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON financials USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.prov = financials.prov AND e.uscc = financials.uscc));
ALTER TABLE financing ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON financing USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.prov = financing.prov AND e.uscc = financing.uscc));
ALTER TABLE licenses ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON licenses USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.prov = licenses.prov AND e.uscc = licenses.uscc));
ALTER TABLE qualifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON qualifications
    USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.prov = qualifications.prov AND e.uscc = qualifications.uscc));
ALTER TABLE risks ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON risks USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.prov = risks.prov AND e.uscc = risks.uscc));
ALTER TABLE ip ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON ip USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.prov = ip.prov AND e.uscc = ip.uscc));
ALTER TABLE persons ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON persons USING (
    EXISTS (SELECT 1 FROM roles r WHERE r.person_id = persons.person_id)
    OR EXISTS (SELECT 1 FROM shareholdings s WHERE s.holder_kind = 'person' AND s.holder_id = persons.person_id));
ALTER TABLE relations ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON relations USING (
    EXISTS (SELECT 1 FROM enterprises e WHERE e.uscc = relations.from_uscc)
    OR EXISTS (SELECT 1 FROM enterprises e WHERE e.uscc = relations.to_uscc));
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON invoices USING (
    EXISTS (SELECT 1 FROM enterprises e WHERE e.uscc = invoices.seller_uscc)
    OR EXISTS (SELECT 1 FROM enterprises e WHERE e.uscc = invoices.buyer_uscc));
ALTER TABLE parks ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON parks USING (dj_allowed(region_code));
ALTER TABLE buildings ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON buildings USING (dj_allowed(region_code));
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON tenants USING (EXISTS (SELECT 1 FROM buildings b WHERE b.building_id = tenants.building_id));
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON members USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.uscc = members.uscc));
ALTER TABLE registry_deleted ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON registry_deleted USING (dj_allowed_prov(prov));
)SQL";

void createPartitions(PgConnection& db)
{
    for (const QString& table : ServerSchema::partitionedTables()) {
        for (const QString& p : ServerSchema::provinces())
            db.exec(QStringLiteral("CREATE TABLE %1_p%2 PARTITION OF %1 FOR VALUES IN ('%2')").arg(table, p));
        db.exec(QStringLiteral("CREATE TABLE %1_other PARTITION OF %1 DEFAULT").arg(table));
        db.exec(QStringLiteral("CREATE INDEX %1_seq ON %1(prov, seq)").arg(table));
    }
    for (const QString& table : ServerSchema::registryTables()) {
        if (table == u"tenders")
            continue; // a later step creates it with its index and triggers
        if (!ServerSchema::partitionedTables().contains(table))
            db.exec(QStringLiteral("CREATE INDEX %1_seq ON %1(seq)").arg(table));
        db.exec(QStringLiteral("CREATE TRIGGER %1_touch BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                               "dj_touch()")
                    .arg(table));
        db.exec(QStringLiteral("CREATE TRIGGER %1_gone AFTER DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                               "dj_gone('%1')")
                    .arg(table));
    }
    // Search and extract: region prefixes (LIKE 'PP%'), persons of roles and holdings.
    db.exec(
        QStringLiteral("CREATE INDEX enterprises_region ON enterprises(prov, region_code text_pattern_ops)"));
    db.exec(QStringLiteral("CREATE INDEX roles_person ON roles(person_id)"));
    db.exec(QStringLiteral("CREATE INDEX shareholdings_holder ON shareholdings(holder_id, holder_kind)"));

    // industry_sections from the GB/T 4754 table the laptop uses.
    const codes::Industries& ind = codes::Industries::instance();
    QString codes, sections;
    for (const QList<const codes::Industry*>& list : { ind.divisions(), ind.groups(), ind.classes() }) {
        for (const codes::Industry* i : list) {
            codes += (codes.isEmpty() ? QString() : QStringLiteral("|")) + i->code;
            sections += (sections.isEmpty() ? QString() : QStringLiteral("|")) + ind.sectionOf(i->code);
        }
    }
    db.query(QStringLiteral("INSERT INTO industry_sections(code, section) SELECT c, s FROM "
                            "unnest(string_to_array($1, '|'), string_to_array($2, '|')) AS t(c, s)"),
        { codes, sections });
}

// Public procurement notices (exchange-format tenders.csv, the laptop's schema step 12), server-authoritative
// like the rest of the registry: change sequence, tombstones, and rows visible by the notice's region.
constexpr std::string_view kV3 = R"SQL(
CREATE TABLE tenders (
    tender_id text PRIMARY KEY, buyer_uscc text, buyer_name text, region_code text, project text, phase text,
    category text, budget double precision, announced text, awarded text, winner_uscc text, winner_name text,
    amount double precision, contract_months bigint, source text,
    seq bigint NOT NULL DEFAULT nextval('registry_seq')
);
CREATE INDEX tenders_seq ON tenders(seq);
CREATE INDEX tenders_buyer ON tenders(buyer_uscc);
CREATE TRIGGER tenders_touch BEFORE UPDATE ON tenders FOR EACH ROW EXECUTE FUNCTION dj_touch();
CREATE TRIGGER tenders_gone AFTER DELETE ON tenders FOR EACH ROW EXECUTE FUNCTION dj_gone('tenders');
ALTER TABLE tenders ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON tenders USING (dj_allowed(region_code));
)SQL";

// Search speed (issue #20's figures): a per-enterprise row of the latest figures, maintained by the load from
// financials (enterprise_figures_source says how), so a filter on the latest revenue or tax or on tax growth
// reads one narrow row per enterprise instead of sorting all of financials per query: revenue/tax are the
// latest non-empty values, tax_years/taxes the years with a tax and their values, newest first. The change
// sequence indexes become BRIN: seq grows with the load order, a BRIN index is built in a scan (a B-tree
// sort per table was a fifth of the load) and still narrows "seq > N" to the changed block ranges.
constexpr std::string_view kV4 = R"SQL(
CREATE TABLE enterprise_figures (
    prov      text NOT NULL,
    uscc      text NOT NULL,
    revenue   double precision,
    tax       double precision,
    tax_years integer[],
    taxes     double precision[],
    PRIMARY KEY (prov, uscc)
) PARTITION BY LIST (prov);
CREATE VIEW enterprise_figures_source AS
SELECT prov, uscc,
       (array_agg(revenue ORDER BY year DESC) FILTER (WHERE revenue IS NOT NULL))[1] AS revenue,
       (array_agg(tax ORDER BY year DESC) FILTER (WHERE tax IS NOT NULL))[1] AS tax,
       array_agg(year ORDER BY year DESC) FILTER (WHERE tax IS NOT NULL) AS tax_years,
       array_agg(tax ORDER BY year DESC) FILTER (WHERE tax IS NOT NULL) AS taxes
FROM financials GROUP BY prov, uscc;
ALTER TABLE enterprise_figures ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON enterprise_figures
    USING (EXISTS (SELECT 1 FROM enterprises e WHERE e.prov = enterprise_figures.prov AND e.uscc = enterprise_figures.uscc));
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT role FROM access_roles LOOP
        EXECUTE format('GRANT SELECT ON enterprise_figures TO %I', r.role);
    END LOOP;
END $$;
)SQL";

void figuresAndBrin(PgConnection& db)
{
    for (const QString& p : ServerSchema::provinces())
        db.exec(
            QStringLiteral("CREATE TABLE enterprise_figures_p%1 PARTITION OF enterprise_figures FOR VALUES "
                           "IN ('%1')")
                .arg(p));
    db.exec(QStringLiteral("CREATE TABLE enterprise_figures_other PARTITION OF enterprise_figures DEFAULT"));
    db.exec(QStringLiteral("INSERT INTO enterprise_figures SELECT * FROM enterprise_figures_source"));
    db.exec(QStringLiteral("CREATE INDEX enterprise_figures_revenue ON enterprise_figures(revenue)"));
    for (const QString& table : ServerSchema::registryTables()) {
        db.exec(QStringLiteral("DROP INDEX IF EXISTS %1_seq").arg(table));
        db.exec(QStringLiteral("CREATE INDEX %1_seq ON %1 USING brin (seq)").arg(table));
    }
}

// Field data beside visits and tasks (core/server/fielddatasync.h): registers (members, member_status,
// member_contacts), watch lists (park_watch, risk_watch), policies (park_policies) and alert states
// (risk_alerts), one row per record: tbl is the cache table, key the JSON array of its key columns (the
// exchange format's keys where it has them: members.csv register, person_id, uscc), vals the columns as text
// with "_deleted", stamps the {at, by} of each field's last edit. region is the enterprise's region of the
// row's uscc (set by a trigger from the server's own enterprises, whatever the client says; '' = team-wide,
// e.g. a policy); a restricted role reads and writes only its regions' rows. fd_history keeps the losing
// value of every conflict. Visits and tasks (fw_records) are from now on visible by their enterprise's
// region too.
constexpr std::string_view kV5 = R"SQL(
CREATE SEQUENCE fielddata_seq;
CREATE FUNCTION dj_region_of(u text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS $$
    -- The province of the USCC's registration authority first (one partition), then every partition.
    SELECT coalesce((SELECT region_code FROM (
        SELECT region_code FROM enterprises WHERE prov = substr(u, 3, 2) AND uscc = u
        UNION ALL SELECT region_code FROM enterprises WHERE uscc = u) r LIMIT 1), '')
$$;
CREATE FUNCTION dj_visible(region text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT region = '' OR dj_allowed(region)
$$;
CREATE TABLE fd_rows (
    tbl    text NOT NULL,
    key    text NOT NULL,
    uscc   text NOT NULL DEFAULT '',
    region text NOT NULL DEFAULT '',
    vals   jsonb NOT NULL DEFAULT '{}',
    stamps jsonb NOT NULL DEFAULT '{}',
    seq    bigint NOT NULL DEFAULT nextval('fielddata_seq'),
    PRIMARY KEY (tbl, key)
);
CREATE INDEX fd_rows_seq ON fd_rows(seq);
CREATE FUNCTION dj_fd_region() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.region := CASE WHEN NEW.uscc = '' THEN '' ELSE dj_region_of(NEW.uscc) END;
    RETURN NEW;
END $$;
CREATE TRIGGER fd_rows_region BEFORE INSERT OR UPDATE ON fd_rows FOR EACH ROW EXECUTE FUNCTION dj_fd_region();
CREATE TABLE fd_history (
    id       bigserial PRIMARY KEY,
    tbl      text NOT NULL,
    key      text NOT NULL,
    field    text NOT NULL,
    region   text NOT NULL DEFAULT '',
    kept     text,
    kept_at  text,
    kept_by  text,
    other    text,
    other_at text,
    other_by text,
    source   text,
    recorded timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE fd_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON fd_rows USING (dj_visible(region));
ALTER TABLE fd_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON fd_history USING (dj_visible(region));
ALTER TABLE fw_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON fw_records USING (dj_visible(dj_region_of(coalesce(vals->>'uscc', ''))));
ALTER TABLE fw_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY dj_region ON fw_history
    USING (EXISTS (SELECT 1 FROM fw_records r WHERE r.kind = fw_history.record_kind AND r.id = fw_history.record_id));
)SQL";

// Step 6: the schemas of a parallel first load (ServerStore::loadBundle): dj_stage holds the partitions being
// loaded on connections of their own until they are swapped in, dj_old the empty partitions they replaced
// until they are dropped. No officer's role is granted them.
constexpr std::string_view kV6 = R"SQL(
CREATE SCHEMA dj_stage;
CREATE SCHEMA dj_old;
)SQL";

// Step 7: the partitioned tables' keys put the partition key last, (uscc, prov) instead of (prov, uscc).
// Within a partition prov is one value: as the first column it made every comparison of a key build compare
// it first (and left PostgreSQL's abbreviated sort keys nothing to tell apart), a fifth to a third of each
// build (bench_teamserver); and a lookup by USCC alone (dj_region_of, an enterprise whose province is not
// known) can now descend each partition's key instead of reading it whole. The key columns stay the same
// set: ON CONFLICT and Citus's distribution by prov are unchanged.
// The index enterprises_region (prov, region_code text_pattern_ops) goes: no statement used it (the region
// filters are LIKE ANY(array), which a B-tree does not answer; the scenarios and the city extract read a
// province partition whole, and take as long without it), and a first load of 1M enterprises spent 1.5 s on
// it.
void keysProvLast(PgConnection& db)
{
    db.exec(QStringLiteral("DROP INDEX IF EXISTS enterprises_region"));
    QStringList tables = ServerSchema::partitionedTables();
    tables << QStringLiteral("enterprise_figures");
    for (const QString& table : tables) {
        const PgResult r = db.query(
            QStringLiteral(
                "SELECT c.conname, a.attname FROM pg_constraint c CROSS JOIN LATERAL "
                "unnest(c.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid "
                "= c.conrelid AND a.attnum = k.attnum WHERE c.conrelid = $1::regclass AND "
                "c.contype = 'p' ORDER BY k.ord"),
            { table });
        QStringList columns;
        for (int i = 0; i < r.rows(); ++i)
            if (r.text(i, 1) != u"prov")
                columns << PgConnection::quoteIdentifier(r.text(i, 1));
        if (columns.isEmpty())
            continue;
        columns << QStringLiteral("prov");
        const QString name = PgConnection::quoteIdentifier(r.text(0, 0));
        db.exec(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2, ADD CONSTRAINT %2 PRIMARY KEY (%3)")
                    .arg(table, name, columns.join(u", ")));
    }
}

constexpr std::array kMigrations {
    ServerMigration { 1, kV1, &createPartitions },
    ServerMigration { 2, kV2 },
    ServerMigration { 3, kV3 },
    ServerMigration { 4, kV4, &figuresAndBrin },
    ServerMigration { 5, kV5 },
    ServerMigration { 6, kV6 },
    ServerMigration { 7, {}, &keysProvLast },
};

} // namespace

int ServerSchema::currentVersion()
{
    return kMigrations.back().version;
}

std::span<const ServerMigration> ServerSchema::migrations()
{
    return kMigrations;
}

const QStringList& ServerSchema::provinces()
{
    static const QStringList list { QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"),
        QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("21"), QStringLiteral("22"),
        QStringLiteral("23"), QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33"),
        QStringLiteral("34"), QStringLiteral("35"), QStringLiteral("36"), QStringLiteral("37"),
        QStringLiteral("41"), QStringLiteral("42"), QStringLiteral("43"), QStringLiteral("44"),
        QStringLiteral("45"), QStringLiteral("46"), QStringLiteral("50"), QStringLiteral("51"),
        QStringLiteral("52"), QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("61"),
        QStringLiteral("62"), QStringLiteral("63"), QStringLiteral("64"), QStringLiteral("65"),
        QStringLiteral("71"), QStringLiteral("81"), QStringLiteral("82") };
    return list;
}

const QStringList& ServerSchema::partitionedTables()
{
    static const QStringList list { QStringLiteral("enterprises"), QStringLiteral("roles"),
        QStringLiteral("shareholdings"), QStringLiteral("financials"), QStringLiteral("financing"),
        QStringLiteral("licenses"), QStringLiteral("qualifications"), QStringLiteral("risks"),
        QStringLiteral("ip") };
    return list;
}

const QStringList& ServerSchema::registryTables()
{
    static const QStringList list { QStringLiteral("enterprises"), QStringLiteral("persons"),
        QStringLiteral("roles"), QStringLiteral("shareholdings"), QStringLiteral("financials"),
        QStringLiteral("financing"), QStringLiteral("licenses"), QStringLiteral("qualifications"),
        QStringLiteral("risks"), QStringLiteral("ip"), QStringLiteral("relations"),
        QStringLiteral("invoices"), QStringLiteral("parks"), QStringLiteral("buildings"),
        QStringLiteral("tenants"), QStringLiteral("members"), QStringLiteral("tenders") };
    return list;
}

int ServerSchema::version(PgConnection& db)
{
    if (db.scalar(QStringLiteral("SELECT to_regclass('public.dj_schema') IS NOT NULL")) != u"t")
        return 0;
    return db.scalar(QStringLiteral("SELECT version FROM dj_schema")).toInt();
}

void ServerSchema::migrate(PgConnection& db, int upTo)
{
    // One migrator at a time (two officers running `server init` at once).
    PgTransaction lock(db);
    db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7201)"));
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dj_schema (version integer NOT NULL)"));
    if (db.scalar(QStringLiteral("SELECT count(*) FROM dj_schema")) == u"0")
        db.exec(QStringLiteral("INSERT INTO dj_schema VALUES (0)"));
    lock.commit();
    const int from = version(db);
    if (from > currentVersion())
        throw ServerError(tr("The team server's schema (version %1) is newer than this program's (%2): "
                             "update the workstation.")
                              .arg(from)
                              .arg(currentVersion()));
    for (const ServerMigration& step : kMigrations) {
        if (step.version <= from)
            continue;
        if (upTo > 0 && step.version > upTo)
            break;
        PgTransaction tx(db);
        db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7201)"));
        if (version(db) >= step.version)
            continue; // another migrator was faster
        if (!step.sql.empty())
            db.exec(QString::fromUtf8(step.sql.data(), qsizetype(step.sql.size())));
        if (step.after)
            step.after(db);
        db.query(QStringLiteral("UPDATE dj_schema SET version = $1"), { step.version });
        tx.commit();
    }
}

void ServerSchema::check(PgConnection& db)
{
    const int v = version(db);
    if (v == 0)
        throw ServerError(tr("The database is not a Dianjing team server (run `dianjing-cli server init`)."));
    if (v > currentVersion())
        throw ServerError(tr("The team server's schema (version %1) is newer than this program's (%2): "
                             "update the workstation.")
                              .arg(v)
                              .arg(currentVersion()));
    if (v < currentVersion())
        throw ServerError(tr("The team server's schema (version %1) is older than this program's (%2): run "
                             "`dianjing-cli server init` to upgrade it.")
                              .arg(v)
                              .arg(currentVersion()));
}

} // namespace dj::server
