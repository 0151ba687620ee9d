// server init | load | search | delete, and sync (shared/spec/cli.md "Further commands": servers).
#include "cli.h"
#include "core/search/filter.h"
#include "core/search/filtererror.h"
#include "core/server/pgconnection.h"
#include "core/server/serverschema.h"
#include "core/server/serversearch.h"
#include "core/server/serverstore.h"
#include "core/server/shardsetup.h"
#include "core/server/syncclient.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace {

using namespace Qt::StringLiterals;
using dj::cli::CliError;
using dj::server::PgConnection;
using dj::server::ServerError;

class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)
public:
    static PgConnection connect(const dj::cli::Args& args)
    {
        const QString info = args.required(u"--server"_s);
        try {
            return PgConnection(info);
        } catch (const ServerError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
    }

    static int init(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--server"_s });
        args.noPositional();
        PgConnection db = connect(args);
        try {
            const int before = dj::server::ServerSchema::version(db);
            dj::server::ServerSchema::migrate(db);
            dj::cli::printJson(QJsonObject { { u"schema_version"_s, dj::server::ServerSchema::version(db) },
                { u"previous_version"_s, before } });
        } catch (const ServerError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }

    static int load(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--server"_s, u"--jobs"_s });
        if (args.positional().size() != 1)
            throw CliError { dj::cli::UsageError, tr("Give one bundle folder to load.") };
        dj::server::LoadOptions options;
        if (args.has(u"--jobs"_s)) {
            bool ok = false;
            options.connections = args.value(u"--jobs"_s).toInt(&ok);
            if (!ok || options.connections < 1 || options.connections > 16)
                throw CliError { dj::cli::UsageError,
                    tr("--jobs takes the number of connections a first load uses at once, 1 to 16.") };
        }
        PgConnection db = connect(args);
        try {
            const dj::server::LoadSummary s
                = dj::server::ServerStore::loadBundle(db, args.positional().first(), {}, options);
            QJsonObject rows;
            for (auto it = s.rows.begin(); it != s.rows.end(); ++it)
                rows.insert(it.key(), it.value());
            QJsonObject out { { u"loaded"_s, rows }, { u"seconds"_s, s.seconds },
                { u"connections"_s, s.connections },
                { u"registry_seq"_s, dj::server::ServerStore::registrySequence(db) } };
            if (!s.note.isEmpty())
                out.insert(u"note"_s, s.note);
            dj::cli::printJson(out);
        } catch (const ServerError& e) {
            throw CliError { dj::cli::UserError, tr("Nothing was loaded: %1").arg(e.message()) };
        }
        return dj::cli::Ok;
    }

    static int remove(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--server"_s });
        if (args.positional().isEmpty())
            throw CliError { dj::cli::UsageError, tr("Give the USCCs of the enterprises to delete.") };
        PgConnection db = connect(args);
        try {
            dj::server::ServerSchema::check(db);
            const qint64 n = dj::server::ServerStore::deleteEnterprises(db, args.positional());
            dj::cli::printJson(QJsonObject { { u"deleted"_s, n } });
        } catch (const ServerError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }

    static int grant(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--server"_s, u"--role"_s });
        const QString role = args.required(u"--role"_s);
        if (args.positional().isEmpty())
            throw CliError { dj::cli::UsageError,
                tr("Give the regions the role may read (2, 4 or 6 digits).") };
        PgConnection db = connect(args);
        try {
            dj::server::ServerStore::grantRegions(db, role, args.positional());
            dj::cli::printJson(QJsonObject {
                { u"role"_s, role }, { u"regions"_s, QJsonArray::fromStringList(args.positional()) } });
        } catch (const ServerError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }

    static int search(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--server"_s, u"--filter"_s, u"--limit"_s, u"--offset"_s });
        args.noPositional();
        const QString path = args.required(u"--filter"_s);
        const int limit = int(args.integer(u"--limit"_s, 50, 0, 10'000'000));
        const int offset = int(args.integer(u"--offset"_s, 0, 0, 1'000'000'000));
        dj::search::Filter filter;
        try {
            filter = dj::search::Filter::fromJson(
                dj::cli::readBounded(path, qint64(16) << 20, tr("filter file")));
        } catch (const dj::search::FilterError& e) {
            throw CliError { dj::cli::UserError, tr("Filter %1 refused: %2").arg(path, e.message()) };
        }
        PgConnection db = connect(args);
        try {
            dj::server::ServerSchema::check(db);
            QElapsedTimer timer;
            timer.start();
            const QDate today = QDate::currentDate();
            const dj::server::ServerSearch::Page page
                = dj::server::ServerSearch::page(db, filter, today, limit, offset);
            QJsonArray rows;
            for (const QString& u : page.usccs)
                rows.append(QJsonObject { { u"uscc"_s, u } });
            dj::cli::printJson(QJsonObject { { u"total"_s, page.total }, { u"rows"_s, rows },
                { u"ms"_s, double(timer.nsecsElapsed()) / 1e6 } });
        } catch (const ServerError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }

    static int shards(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--server"_s });
        if (args.positional().isEmpty())
            throw CliError { dj::cli::UsageError,
                tr("Give the shards as PROVINCES@CONNINFO, e.g. \"32,33@host=10.0.0.2 dbname=dianjing\".") };
        QList<dj::server::Shard> list;
        for (const QString& spec : args.positional()) {
            const qsizetype at = spec.indexOf(u'@');
            if (at <= 0)
                throw CliError { dj::cli::UsageError,
                    tr("A shard is PROVINCES@CONNINFO, not \"%1\".").arg(spec.left(80)) };
            list << dj::server::Shard { spec.mid(at + 1), spec.left(at).split(u',', Qt::SkipEmptyParts) };
        }
        PgConnection db = connect(args);
        try {
            dj::server::ShardSetup::configure(db, list);
            QJsonArray out;
            for (const dj::server::Shard& s : list)
                out.append(QJsonArray::fromStringList(s.provinces));
            dj::cli::printJson(QJsonObject { { u"shards"_s, out } });
        } catch (const ServerError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }

    // Registers, watch lists, policies and alert states (dj::server::FieldDataSync).
    static QJsonObject fieldDataJson(const dj::server::FieldDataReport& r)
    {
        QJsonArray conflicts;
        for (const dj::server::FieldDataConflict& c : r.conflicts)
            conflicts.append(
                QJsonObject { { u"table"_s, c.table }, { u"key"_s, c.key }, { u"field"_s, c.field },
                    { u"kept"_s, c.kept }, { u"kept_at"_s, c.keptAt }, { u"kept_by"_s, c.keptBy },
                    { u"other"_s, c.other }, { u"other_at"_s, c.otherAt }, { u"other_by"_s, c.otherBy } });
        return { { u"op_id"_s, r.opId }, { u"pushed"_s, r.pushed },
            { u"duplicate_batch"_s, r.duplicateBatch }, { u"pulled"_s, r.pulled }, { u"seq"_s, r.seq },
            { u"conflicts"_s, conflicts } };
    }

    static int sync(const QStringList& arguments)
    {
        QStringList rest;
        QStringList regions;
        // --region may repeat; Args keeps one value per option, so collect them first.
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            if (arguments[i] == u"--region" && i + 1 < arguments.size()) {
                for (const QString& r : arguments[i + 1].split(u',', Qt::SkipEmptyParts))
                    regions << r.trimmed();
                ++i;
            } else {
                rest << arguments[i];
            }
        }
        const dj::cli::Args args(rest, { u"--db"_s, u"--server"_s, u"--client"_s, u"--author"_s });
        args.noPositional();
        const QString dbPath = args.required(u"--db"_s);
        try {
            dj::server::SyncClient::checkRegions(regions);
        } catch (const ServerError& e) {
            throw CliError { dj::cli::UsageError, e.message() };
        }
        PgConnection server = connect(args);
        dj::server::SyncOptions options;
        options.regions = regions;
        options.client = args.value(u"--client"_s);
        options.author = args.value(u"--author"_s);
        // DJ_TEST_SYNC_STALL=stage:ms stops at a stage for the crash tests (kill -9, dropped connection).
        const QString stall = qEnvironmentVariable("DJ_TEST_SYNC_STALL");
        options.onStage = [stall](const QString& stage) {
            if (!stall.isEmpty() && stall.section(u':', 0, 0) == stage) {
                dj::cli::printError(u"stalled at "_s + stage);
                QThread::msleep(stall.section(u':', 1, 1).toULong());
            }
        };
        try {
            dj::store::Database cache = dj::store::Cache::openOrCreate(dbPath);
            const dj::server::SyncReport r = dj::server::SyncClient::run(cache, server, options);
            QJsonObject rows;
            for (auto it = r.registryRows.begin(); it != r.registryRows.end(); ++it)
                rows.insert(it.key(), it.value());
            QJsonArray conflicts;
            for (const dj::fieldwork::Conflict& c : r.conflicts)
                conflicts.append(QJsonObject { { u"kind"_s, dj::fieldwork::Fields::kindName(c.kind) },
                    { u"id"_s, c.id }, { u"field"_s, c.field }, { u"kept"_s, c.kept },
                    { u"kept_at"_s, c.keptAt }, { u"kept_by"_s, c.keptBy }, { u"other"_s, c.other },
                    { u"other_at"_s, c.otherAt }, { u"other_by"_s, c.otherBy } });
            dj::cli::printJson(QJsonObject { { u"first_sync"_s, r.firstSync },
                { u"regions"_s, QJsonArray::fromStringList(r.regions) }, { u"registry"_s, rows },
                { u"registry_deleted"_s, r.registryDeleted }, { u"registry_seq"_s, r.registrySeq },
                { u"op_id"_s, r.opId }, { u"pushed"_s, r.pushed }, { u"duplicate_batch"_s, r.duplicateBatch },
                { u"pulled"_s, r.pulled }, { u"fieldwork_seq"_s, r.fieldWorkSeq },
                { u"conflicts"_s, conflicts }, { u"field_data"_s, fieldDataJson(r.fieldData) } });
        } catch (const ServerError& e) {
            throw CliError { dj::cli::UserError, tr("Sync stopped: %1").arg(e.message()) };
        }
        return dj::cli::Ok;
    }
};

} // namespace

DJ_CLI_COMMAND({ u"server init"_s, u"--server CONNINFO"_s,
    u"create or upgrade the team server's schema in a PostgreSQL database → {schema_version,previous_version}"_s,
    &ServerCommand::init });
DJ_CLI_COMMAND({ u"server load"_s, u"--server CONNINFO [--jobs N] BUNDLE_DIR"_s,
    u"bulk-load an exported bundle (CSV folder) into the team server by COPY, visible at once; a first load "
    u"uses N connections (default 2) → {loaded,seconds,connections,registry_seq,note?}"_s,
    &ServerCommand::load });
DJ_CLI_COMMAND({ u"server delete"_s, u"--server CONNINFO USCC…"_s,
    u"delete enterprises and their rows on the team server (laptops drop them at their next sync) → {deleted}"_s,
    &ServerCommand::remove });
DJ_CLI_COMMAND({ u"server grant"_s, u"--server CONNINFO --role NAME PREFIX…"_s,
    u"let an officer's server role read only these regions (row-level security) and push field work → {role,regions}"_s,
    &ServerCommand::grant });
DJ_CLI_COMMAND({ u"server search"_s, u"--server CONNINFO --filter F.json [--limit N] [--offset K]"_s,
    u"the search filter answered by the team server (one SQL statement) → {total,rows:[{uscc}],ms}"_s,
    &ServerCommand::search });
DJ_CLI_COMMAND({ u"server shards"_s, u"--server CONNINFO PROVINCES@CONNINFO…"_s,
    u"make a database the coordinator of shards (postgres_fdw foreign partitions by province) that answers "
    u"`server search` for all of them → {shards}"_s,
    &ServerCommand::shards });
DJ_CLI_COMMAND({ u"sync"_s,
    u"--db FILE --server CONNINFO [--region PREFIX…] [--client NAME] [--author NAME]"_s,
    u"push field work, pull field work and the regional registry extract (first sync: whole; then changes) → "
    u"{first_sync,registry,pushed,duplicate_batch,pulled,conflicts,field_data:{pushed,pulled,conflicts,…},…}"_s,
    &ServerCommand::sync });
