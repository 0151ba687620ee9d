// park report, park list (shared/spec/cli.md "Analyses" and "Further commands").
#include "cli.h"
#include "core/parks/parkengine.h"
#include "core/parks/parkstore.h"
#include "core/store/cache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using namespace Qt::StringLiterals;
using dj::cli::CliError;
namespace parks = dj::parks;

class ParkCommand
{
    Q_DECLARE_TR_FUNCTIONS(ParkCommand)
public:
    // The evidence table is kept in the cache when the file can be written (the next report is fast),
    // else built for this run only.
    static dj::store::Database openCache(const QString& path)
    {
        const QFileInfo info(path);
        if (!info.exists() || !info.isFile())
            throw CliError { dj::cli::UserError, tr("The cache %1 does not exist.").arg(path) };
        return dj::store::Cache::open(path,
            info.isWritable() ? dj::store::Cache::Access::ReadWrite : dj::store::Cache::Access::ReadOnly);
    }

    static dj::Progress progress()
    {
        if (!dj::cli::stderrIsTerminal())
            return {};
        return dj::Progress([](qint64 done, qint64 total, const QString& stage) {
            if (total > 0)
                dj::cli::printError(u"%1: %2 %"_s.arg(stage).arg(done * 100 / total));
        });
    }

    static int report(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--park"_s, u"--as-of"_s }, { u"--members"_s });
        a.noPositional();
        const QString path = a.required(u"--db"_s);
        const QString parkId = a.required(u"--park"_s);
        QDate asOf = QDate::currentDate();
        if (a.has(u"--as-of"_s)) {
            asOf = QDate::fromString(a.value(u"--as-of"_s), Qt::ISODate);
            if (!asOf.isValid())
                throw CliError { dj::cli::UserError, tr("--as-of takes a date YYYY-MM-DD.") };
        }
        dj::store::Database db = openCache(path);
        parks::ParkStore store(db);
        try {
            const parks::ParkReport r = parks::ParkEngine::report(store, parkId, asOf, progress());
            dj::cli::printJson(parks::ParkEngine::toJson(r, a.has(u"--members"_s)));
        } catch (const parks::ParkError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }

    static int list(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        a.noPositional();
        const QString path = a.required(u"--db"_s);
        dj::store::Database db = openCache(path);
        const parks::ParkStore store(db);
        QJsonArray out;
        for (const parks::ParkInfo& p : store.parks()) {
            out.append(QJsonObject { { u"park_id"_s, p.id }, { u"name"_s, p.name }, { u"kind"_s, p.kind },
                { u"region_code"_s, p.regionCode }, { u"buildings"_s, p.buildingCount },
                { u"has_boundary"_s, !p.boundary.isEmpty() } });
        }
        dj::cli::printJson(QJsonObject { { u"parks"_s, out }, { u"total"_s, out.size() } });
        return dj::cli::Ok;
    }
};

DJ_CLI_COMMAND({ u"park report"_s, u"--db FILE --park PARK_ID [--as-of YYYY-MM-DD] [--members]"_s,
    ParkCommand::tr(
        "A park's buildings: enterprises registered and operating there (实际注册), registered only "
        "(虚拟注册), operating only (仅办公), revenue, tax and building figures"),
    &ParkCommand::report });
DJ_CLI_COMMAND({ u"park list"_s, u"--db FILE"_s,
    ParkCommand::tr("The parks of the cache with their ids, names and building counts"),
    &ParkCommand::list });

} // namespace
