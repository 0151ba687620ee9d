// park report, park list (shared/spec/cli.md "Analyses" and "Further commands").
#include "cli.h"
#include "core/parks/parkengine.h"
#include "core/parks/parkinsights.h"
#include "core/parks/parkstore.h"
#include "core/parks/policy.h"
#include "core/store/cache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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

    static parks::ParkReport reportFor(parks::ParkStore& store, const dj::cli::Args& a)
    {
        QDate asOf = QDate::currentDate();
        if (a.has(u"--as-of"_s)) {
            asOf = QDate::fromString(a.value(u"--as-of"_s), Qt::ISODate);
            if (!asOf.isValid())
                throw CliError { dj::cli::UserError, tr("--as-of takes a date YYYY-MM-DD.") };
        }
        try {
            return parks::ParkEngine::report(store, a.required(u"--park"_s), asOf, progress());
        } catch (const parks::ParkError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
    }

    static int risks(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--park"_s, u"--as-of"_s, u"--limit"_s });
        a.noPositional();
        dj::store::Database db = openCache(a.required(u"--db"_s));
        parks::ParkStore store(db);
        const auto report = reportFor(store, a);
        const qint64 limit = a.integer(u"--limit"_s, 100, 1, 1000000);
        QJsonArray out;
        for (const auto& r : parks::ParkInsights::relocationRisks(store, report)) {
            if (out.size() >= limit)
                break;
            out.append(parks::ParkInsights::toJson(r));
        }
        dj::cli::printJson(QJsonObject {
            { u"park_id"_s, report.park.id }, { u"year"_s, report.year }, { u"enterprises"_s, out } });
        return dj::cli::Ok;
    }

    static int potential(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--park"_s, u"--as-of"_s, u"--limit"_s, u"--target"_s });
        a.noPositional();
        const QString target = a.value(u"--target"_s);
        if (!target.isEmpty() && target != u"高新技术企业" && target != u"专精特新中小企业"
            && target != u"专精特新\"小巨人\"企业")
            throw CliError { dj::cli::UserError,
                tr("--target is one of 高新技术企业, 专精特新中小企业, 专精特新\"小巨人\"企业.") };
        dj::store::Database db = openCache(a.required(u"--db"_s));
        parks::ParkStore store(db);
        const auto report = reportFor(store, a);
        const qint64 limit = a.integer(u"--limit"_s, 100, 1, 1000000);
        QJsonArray out;
        for (const auto& p : parks::ParkInsights::potentials(store, report)) {
            if (out.size() >= limit)
                break;
            if (target.isEmpty() || p.target == target)
                out.append(parks::ParkInsights::toJson(p));
        }
        dj::cli::printJson(QJsonObject {
            { u"park_id"_s, report.park.id }, { u"year"_s, report.year }, { u"enterprises"_s, out } });
        return dj::cli::Ok;
    }

    static int invest(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--park"_s, u"--as-of"_s }, { u"--holdings"_s });
        a.noPositional();
        dj::store::Database db = openCache(a.required(u"--db"_s));
        parks::ParkStore store(db);
        const auto report = reportFor(store, a);
        QJsonObject out = parks::ParkInsights::toJson(
            parks::ParkInsights::outward(store, report), a.has(u"--holdings"_s));
        out.insert(u"park_id"_s, report.park.id);
        out.insert(u"year"_s, report.year);
        dj::cli::printJson(out);
        return dj::cli::Ok;
    }

    static int watch(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--add"_s, u"--remove"_s, u"--note"_s });
        a.noPositional();
        dj::store::Database db = openCache(a.required(u"--db"_s));
        parks::ParkStore store(db);
        if (a.has(u"--add"_s) && a.has(u"--remove"_s))
            throw CliError { dj::cli::UsageError, tr("Give --add or --remove, not both.") };
        if (a.has(u"--add"_s) && !store.watch(a.value(u"--add"_s), a.value(u"--note"_s)))
            throw CliError { dj::cli::UserError, tr("Enterprise %1 not found.").arg(a.value(u"--add"_s)) };
        if (a.has(u"--remove"_s) && !store.unwatch(a.value(u"--remove"_s)))
            throw CliError { dj::cli::UserError,
                tr("Enterprise %1 not found on the watch list.").arg(a.value(u"--remove"_s)) };
        QJsonArray out;
        for (const auto& w : store.watchList())
            out.append(QJsonObject { { u"uscc"_s, w.uscc }, { u"name"_s, w.name }, { u"note"_s, w.note },
                { u"added"_s, w.added } });
        dj::cli::printJson(QJsonObject { { u"watch"_s, out } });
        return dj::cli::Ok;
    }

    static int policies(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--add"_s, u"--remove"_s });
        a.noPositional();
        dj::store::Database db = openCache(a.required(u"--db"_s));
        try {
            if (a.has(u"--add"_s)) {
                const QByteArray text
                    = dj::cli::readBounded(a.value(u"--add"_s), 1 << 20, tr("The policy file"));
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
                if (!doc.isObject())
                    throw CliError { dj::cli::UserError,
                        tr("The policy is not a JSON object: %1").arg(error.errorString()) };
                parks::PolicyCalculator::list(db); // the shipped examples first
                parks::PolicyCalculator::save(db, parks::Policy::fromJson(doc.object()));
            }
            if (a.has(u"--remove"_s)
                && !parks::PolicyCalculator::remove(db, a.value(u"--remove"_s).toLongLong()))
                throw CliError { dj::cli::UserError, tr("Policy %1 not found.").arg(a.value(u"--remove"_s)) };
        } catch (const parks::PolicyError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        QJsonArray out;
        for (const parks::Policy& p : parks::PolicyCalculator::list(db))
            out.append(p.toJson());
        dj::cli::printJson(QJsonObject { { u"policies"_s, out } });
        return dj::cli::Ok;
    }

    static int policy(const QStringList& args)
    {
        const dj::cli::Args a(
            args, { u"--db"_s, u"--park"_s, u"--as-of"_s, u"--policy"_s, u"--rule"_s, u"--building"_s });
        a.noPositional();
        if (a.has(u"--policy"_s) == a.has(u"--rule"_s))
            throw CliError { dj::cli::UsageError, tr("Give --policy ID|NAME or --rule FILE.json.") };
        dj::store::Database db = openCache(a.required(u"--db"_s));
        parks::Policy policy;
        try {
            if (a.has(u"--rule"_s)) {
                const QByteArray text
                    = dj::cli::readBounded(a.value(u"--rule"_s), 1 << 20, tr("The policy file"));
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
                if (!doc.isObject())
                    throw CliError { dj::cli::UserError,
                        tr("The policy is not a JSON object: %1").arg(error.errorString()) };
                policy = parks::Policy::fromJson(doc.object());
            } else {
                bool found = false;
                for (const parks::Policy& p : parks::PolicyCalculator::list(db)) {
                    if (QString::number(p.id) == a.value(u"--policy"_s) || p.name == a.value(u"--policy"_s)) {
                        policy = p;
                        found = true;
                    }
                }
                if (!found)
                    throw CliError { dj::cli::UserError,
                        tr("Policy %1 not found.").arg(a.value(u"--policy"_s)) };
            }
        } catch (const parks::PolicyError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        parks::ParkStore store(db);
        const auto report = reportFor(store, a);
        const QString building = a.value(u"--building"_s);
        if (!building.isEmpty()
            && std::none_of(report.buildings.begin(), report.buildings.end(),
                [&](const parks::BuildingReport& b) { return b.building.id == building; }))
            throw CliError { dj::cli::UserError,
                tr("Building %1 not found in park %2.").arg(building, report.park.id) };
        QJsonArray out;
        int qualifying = 0;
        double total = 0;
        for (const auto& m : parks::PolicyCalculator::apply(store, report, policy, building)) {
            qualifying += m.qualifies;
            total += m.amount;
            out.append(parks::PolicyCalculator::toJson(m));
        }
        dj::cli::printJson(QJsonObject { { u"policy"_s, policy.toJson() }, { u"park_id"_s, report.park.id },
            { u"year"_s, report.year }, { u"qualifying"_s, qualifying }, { u"total_amount"_s, total },
            { u"enterprises"_s, out } });
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
DJ_CLI_COMMAND({ u"park risks"_s, u"--db FILE --park PARK_ID [--as-of YYYY-MM-DD] [--limit N]"_s,
    ParkCommand::tr(
        "外迁 risk of the park's registered enterprises: score and its parts with the facts behind them"),
    &ParkCommand::risks });
DJ_CLI_COMMAND(
    { u"park potential"_s, u"--db FILE --park PARK_ID [--target KIND] [--as-of YYYY-MM-DD] [--limit N]"_s,
        ParkCommand::tr("Potential 高新技术企业 / 专精特新 / 小巨人: every gate pass, fail or unknown with "
                        "its figure, ranked"),
        &ParkCommand::potential });
DJ_CLI_COMMAND({ u"park invest"_s, u"--db FILE --park PARK_ID [--holdings]"_s,
    ParkCommand::tr(
        "域外投资: holdings of the park's enterprises outside the district, by region and industry"),
    &ParkCommand::invest });
DJ_CLI_COMMAND({ u"park policies"_s, u"--db FILE [--add RULE.json | --remove ID]"_s,
    ParkCommand::tr("The policy calculator's rules kept in the cache (shipped examples added when missing)"),
    &ParkCommand::policies });
DJ_CLI_COMMAND({ u"park policy"_s,
    u"--db FILE --park PARK_ID (--policy ID|NAME | --rule RULE.json) [--building ID] [--as-of YYYY-MM-DD]"_s,
    ParkCommand::tr(
        "政策计算器: who in the park (or building) qualifies, for how much, and why each condition passes"),
    &ParkCommand::policy });
DJ_CLI_COMMAND({ u"park watch"_s, u"--db FILE [--add USCC [--note TEXT] | --remove USCC]"_s,
    ParkCommand::tr("The watch list of key enterprises (外迁 risk), kept in the cache"),
    &ParkCommand::watch });

} // namespace
