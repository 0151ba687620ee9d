// tenders projects | forecast | backtest | market | buyer | signals (shared/spec/cli.md "Further commands":
// ICT opportunity forecasting from tenders.csv).
#include "cli.h"
#include "core/store/cache.h"
#include "core/store/tenderreads.h"
#include "core/tenders/demandsignals.h"
#include "core/tenders/forecaster.h"
#include "core/tenders/partylinker.h"
#include "core/tenders/projectgrouper.h"
#include "core/tenders/tendermarket.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace {

using namespace Qt::StringLiterals;
using dj::cli::CliError;
namespace tenders = dj::tenders;

QJsonValue optional(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString linkName(dj::store::PartyLink l)
{
    switch (l) {
    case dj::store::PartyLink::Uscc:
        return u"uscc"_s;
    case dj::store::PartyLink::Name:
        return u"name"_s;
    case dj::store::PartyLink::Matched:
        return u"matched"_s;
    case dj::store::PartyLink::None:
        break;
    }
    return u"none"_s;
}

class TendersCommand
{
    Q_DECLARE_TR_FUNCTIONS(TendersCommand)
public:
    struct Loaded
    {
        dj::store::Database db;
        std::vector<tenders::Notice> notices;
        tenders::PartyLinker::Report links;
    };

    static Loaded load(const dj::cli::Args& a)
    {
        const QString path = a.required(u"--db"_s);
        if (!QFile::exists(path))
            throw CliError { dj::cli::UserError, tr("The cache %1 does not exist.").arg(path) };
        Loaded l { dj::store::Cache::open(path, dj::store::Cache::Access::ReadOnly), {}, {} };
        const dj::store::TenderReads reads(l.db);
        if (!reads.available())
            throw CliError { dj::cli::UserError, tr("The cache %1 has no tenders table.").arg(path) };
        const QList<dj::store::TenderRow> rows = reads.all();
        l.notices.assign(rows.begin(), rows.end());
        l.links = tenders::PartyLinker(path).link(l.notices);
        return l;
    }

    static QString region(const dj::cli::Args& a)
    {
        const QString r = a.value(u"--region"_s).trimmed();
        if (a.has(u"--region"_s) && !tenders::isRegionPrefix(r))
            throw CliError { dj::cli::UserError,
                tr("--region \"%1\" is not a region code of 2, 4 or 6 digits that exists today.").arg(r) };
        return r;
    }

    static QString category(const dj::cli::Args& a, const std::vector<tenders::Notice>& notices)
    {
        const QString c = a.value(u"--category"_s).trimmed();
        if (!a.has(u"--category"_s))
            return {};
        for (const tenders::Notice& n : notices)
            if (n.category == c)
                return c;
        throw CliError { dj::cli::UserError, tr("Category \"%1\" not found in the tenders.").arg(c) };
    }

    static QDate asOf(const dj::cli::Args& a)
    {
        if (!a.has(u"--as-of"_s))
            return {};
        const QDate d = QDate::fromString(a.value(u"--as-of"_s), Qt::ISODate);
        if (!d.isValid())
            throw CliError { dj::cli::UserError, tr("--as-of takes a date YYYY-MM-DD.") };
        return d;
    }

    static QJsonObject matchJson(const dj::store::PartyLink link, const dj::store::PartyMatch& m)
    {
        if (link != dj::store::PartyLink::Matched)
            return {};
        return QJsonObject { { u"how"_s, m.how }, { u"matched_name"_s, m.matchedName },
            { u"score"_s, std::round(m.score * 1000) / 1000 } };
    }

    static QJsonObject linksJson(const tenders::PartyLinker::Report& r)
    {
        auto list = [](const std::vector<tenders::PartyLinker::Unlinked>& v, int limit) {
            QJsonArray out;
            for (const auto& u : v) {
                if (out.size() >= limit)
                    break;
                out.append(
                    QJsonObject { { u"name"_s, u.name }, { u"role"_s, u.role }, { u"notices"_s, u.notices },
                        { u"candidates"_s, QJsonArray::fromStringList(u.candidates) } });
            }
            return out;
        };
        return QJsonObject { { u"names_looked_up"_s, r.names }, { u"matched"_s, r.matched },
            { u"notices_linked"_s, r.noticesLinked }, { u"ambiguous_count"_s, int(r.ambiguous.size()) },
            { u"ambiguous"_s, list(r.ambiguous, 50) }, { u"not_found_count"_s, int(r.notFound.size()) },
            { u"ms"_s, std::round(r.seconds * 1e4) / 10 } };
    }

    static QJsonObject projectJson(const tenders::Project& p, const std::vector<tenders::Notice>& notices)
    {
        QJsonArray phases;
        for (const tenders::Phase& ph : p.phases) {
            const tenders::Notice& n = notices[size_t(ph.notice)];
            phases.append(QJsonObject { { u"tender_id"_s, n.tenderId }, { u"number"_s, ph.number },
                { u"phase"_s, n.phase }, { u"project"_s, n.project }, { u"announced"_s, date(n.announced) },
                { u"awarded"_s, date(n.awarded) }, { u"budget"_s, optional(n.budget) },
                { u"amount"_s, optional(n.amount) }, { u"winner_uscc"_s, n.winnerUscc },
                { u"winner_name"_s, n.winnerName }, { u"winner_link"_s, linkName(n.winnerLink) },
                { u"winner_match"_s, matchJson(n.winnerLink, n.winnerMatch) },
                { u"buyer_link"_s, linkName(n.buyerLink) },
                { u"buyer_match"_s, matchJson(n.buyerLink, n.buyerMatch) },
                { u"contract_months"_s, n.contractMonths },
                { u"incumbent"_s, tenders::incumbencyName(ph.incumbency) },
                { u"previous_winner"_s, ph.previousWinner } });
        }
        return QJsonObject { { u"id"_s, p.id }, { u"buyer_uscc"_s, p.buyerUscc },
            { u"buyer_name"_s, p.buyerName }, { u"region_code"_s, p.regionCode },
            { u"category"_s, p.category }, { u"title"_s, p.title }, { u"core"_s, p.core },
            { u"service"_s, p.service }, { u"incumbent"_s, p.incumbent(notices) }, { u"phases"_s, phases },
            { u"evidence"_s, QJsonArray::fromStringList(p.evidence) } };
    }

    static int projects(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--region"_s, u"--category"_s, u"--limit"_s });
        a.noPositional();
        const QString r = region(a);
        const int limit = int(a.integer(u"--limit"_s, 0, 0, 100000000));
        Loaded l = load(a);
        const QString c = category(a, l.notices);
        QElapsedTimer timer;
        timer.start();
        const std::vector<tenders::Project> projects = tenders::ProjectGrouper::group(l.notices);
        QJsonArray out;
        int total = 0;
        for (const tenders::Project& p : projects) {
            if ((!r.isEmpty() && !p.regionCode.startsWith(r)) || (!c.isEmpty() && p.category != c))
                continue;
            ++total;
            if (limit == 0 || out.size() < limit)
                out.append(projectJson(p, l.notices));
        }
        dj::cli::printJson(QJsonObject { { u"total"_s, total }, { u"notices"_s, int(l.notices.size()) },
            { u"projects"_s, out }, { u"ms"_s, double(timer.nsecsElapsed()) / 1e6 },
            { u"links"_s, linksJson(l.links) } });
        return dj::cli::Ok;
    }

    static QJsonObject forecastJson(const tenders::Forecast& f, const std::vector<tenders::Project>& projects)
    {
        return QJsonObject { { u"kind"_s, tenders::forecastKindName(f.kind) },
            { u"project_id"_s, f.project >= 0 ? projects[size_t(f.project)].id : QString() },
            { u"buyer_uscc"_s, f.buyerUscc }, { u"buyer_name"_s, f.buyerName },
            { u"region_code"_s, f.regionCode }, { u"category"_s, f.category },
            { u"project"_s, f.projectTitle }, { u"next_phase"_s, f.nextPhase },
            { u"expected"_s, date(f.expected) }, { u"from"_s, date(f.from) }, { u"to"_s, date(f.to) },
            { u"budget_low"_s, optional(f.budgetLow) }, { u"budget_high"_s, optional(f.budgetHigh) },
            { u"incumbent"_s, f.incumbent }, { u"incumbent_uscc"_s, f.incumbentUscc },
            { u"reason"_s, f.reason } };
    }

    static int forecast(const QStringList& args)
    {
        const dj::cli::Args a(
            args, { u"--db"_s, u"--months"_s, u"--region"_s, u"--category"_s, u"--as-of"_s, u"--limit"_s });
        a.noPositional();
        tenders::ForecastOptions o;
        o.horizonMonths = int(a.integer(u"--months"_s, 12, 1, 120));
        o.regionPrefix = region(a);
        o.asOf = asOf(a);
        const int limit = int(a.integer(u"--limit"_s, 0, 0, 100000000));
        Loaded l = load(a);
        o.category = category(a, l.notices);
        if (!o.asOf.isValid())
            o.asOf = tenders::Forecaster::dataToday(l.notices);
        QElapsedTimer timer;
        timer.start();
        const std::vector<tenders::Project> projects = tenders::ProjectGrouper::group(l.notices);
        const std::vector<tenders::Forecast> forecasts
            = tenders::Forecaster::forecast(l.notices, projects, o);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QJsonArray out;
        for (const tenders::Forecast& f : forecasts) {
            if (limit > 0 && out.size() >= limit)
                break;
            out.append(forecastJson(f, projects));
        }
        dj::cli::printJson(QJsonObject { { u"as_of"_s, date(o.asOf) }, { u"months"_s, o.horizonMonths },
            { u"total"_s, int(forecasts.size()) }, { u"forecasts"_s, out }, { u"ms"_s, ms } });
        return dj::cli::Ok;
    }

    static QJsonObject figures(const tenders::BacktestFigures& f)
    {
        return QJsonObject { { u"forecasts"_s, f.forecasts }, { u"hits"_s, f.hits },
            { u"precision"_s, f.precision } };
    }

    static int backtest(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--years"_s, u"--as-of"_s });
        a.noPositional();
        const int years = int(a.integer(u"--years"_s, 2, 1, 10));
        const QDate at = asOf(a);
        Loaded l = load(a);
        QElapsedTimer timer;
        timer.start();
        const tenders::BacktestResult r = tenders::Forecaster::backtest(l.notices, at, years);
        QJsonObject byKind;
        for (const auto& [kind, f] : r.byKind)
            byKind.insert(tenders::forecastKindName(kind), figures(f));
        dj::cli::printJson(QJsonObject { { u"as_of"_s, date(r.asOf) }, { u"cutoff"_s, date(r.cutoff) },
            { u"years"_s, years }, { u"visible"_s, r.visible }, { u"hidden"_s, r.hidden },
            { u"covered"_s, r.covered }, { u"forecasts"_s, r.all.forecasts }, { u"hits"_s, r.all.hits },
            { u"precision"_s, r.all.precision }, { u"recall"_s, r.recall }, { u"by_kind"_s, byKind },
            { u"ms"_s, double(timer.nsecsElapsed()) / 1e6 } });
        return dj::cli::Ok;
    }

    static QJsonObject partyJson(const tenders::Party& p)
    {
        return QJsonObject { { u"uscc"_s, p.uscc }, { u"name"_s, p.name }, { u"count"_s, p.count },
            { u"amount"_s, p.amount }, { u"share"_s, p.share } };
    }

    static QJsonObject marketJson(const tenders::Market& m, int top)
    {
        QJsonArray years, buyers, winners, categories;
        for (const tenders::MarketYear& y : m.years)
            years.append(QJsonObject { { u"year"_s, y.year }, { u"tenders"_s, y.tenders },
                { u"awards"_s, y.awards }, { u"budget"_s, y.budget }, { u"amount"_s, y.amount } });
        for (const tenders::Party& p : m.buyers)
            if (buyers.size() < top)
                buyers.append(partyJson(p));
        for (const tenders::Party& p : m.winners)
            if (winners.size() < top)
                winners.append(partyJson(p));
        for (const auto& [c, n] : m.categories)
            categories.append(QJsonObject { { u"category"_s, c }, { u"tenders"_s, n } });
        return QJsonObject { { u"tenders"_s, m.tenders }, { u"awards"_s, m.awards },
            { u"budget"_s, m.budget }, { u"amount"_s, m.amount }, { u"hhi"_s, m.hhi }, { u"years"_s, years },
            { u"buyers"_s, buyers }, { u"buyer_count"_s, int(m.buyers.size()) }, { u"winners"_s, winners },
            { u"winner_count"_s, int(m.winners.size()) }, { u"categories"_s, categories },
            { u"operator"_s, partyJson(m.operatorWins) } };
    }

    static int market(const QStringList& args)
    {
        const dj::cli::Args a(
            args, { u"--db"_s, u"--region"_s, u"--category"_s, u"--operator"_s, u"--top"_s });
        a.noPositional();
        tenders::MarketOptions o;
        o.regionPrefix = region(a);
        for (const QString& s : a.value(u"--operator"_s).split(u',', Qt::SkipEmptyParts))
            o.operatorUsccs << s.trimmed().toUpper();
        const int top = int(a.integer(u"--top"_s, 20, 1, 100000));
        Loaded l = load(a);
        o.category = category(a, l.notices);
        dj::cli::printJson(marketJson(tenders::TenderMarket::compute(l.notices, o), top));
        return dj::cli::Ok;
    }

    static int buyer(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        if (a.positional().size() != 1)
            throw CliError { dj::cli::UsageError, tr("Give one buyer: its USCC or its exact name.") };
        Loaded l = load(a);
        const std::vector<tenders::Project> projects = tenders::ProjectGrouper::group(l.notices);
        const auto p = tenders::TenderMarket::buyer(l.notices, projects, a.positional().front());
        if (!p)
            throw CliError { dj::cli::UserError,
                tr("Buyer \"%1\" not found in the tenders.").arg(a.positional().front()) };
        QJsonArray ps;
        for (int i : p->projects)
            ps.append(projectJson(projects[size_t(i)], l.notices));
        QJsonObject out = marketJson(p->market, 20);
        out.insert(u"uscc"_s, p->uscc);
        out.insert(u"name"_s, p->name);
        out.insert(u"region_code"_s, p->regionCode);
        out.insert(u"projects"_s, ps);
        dj::cli::printJson(out);
        return dj::cli::Ok;
    }

    static int demand(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--region"_s, u"--limit"_s, u"--min-score"_s });
        a.noPositional();
        tenders::DemandOptions o;
        o.regionPrefix = region(a);
        o.limit = int(a.integer(u"--limit"_s, 100, 1, 100000));
        o.minScore = int(a.integer(u"--min-score"_s, 3, 1, 20));
        const QString path = a.required(u"--db"_s);
        if (!QFile::exists(path))
            throw CliError { dj::cli::UserError, tr("The cache %1 does not exist.").arg(path) };
        const dj::store::Database db = dj::store::Cache::open(path, dj::store::Cache::Access::ReadOnly);
        QJsonArray out;
        for (const tenders::DemandSignal& s : tenders::DemandSignals::rank(db, o))
            out.append(QJsonObject { { u"uscc"_s, s.uscc }, { u"name"_s, s.name },
                { u"region_code"_s, s.regionCode }, { u"score"_s, s.score },
                { u"revenue"_s, optional(s.revenue) },
                { u"signals"_s, QJsonArray::fromStringList(s.reasons) } });
        dj::cli::printJson(QJsonObject { { u"enterprises"_s, out } });
        return dj::cli::Ok;
    }
};

DJ_CLI_COMMAND({ u"tenders projects"_s, u"--db FILE [--region PREFIX] [--category C] [--limit N]"_s,
    TendersCommand::tr("tender notices grouped into projects with their phases, winners (incumbent "
                       "first/kept/lost) and the evidence of the grouping"),
    &TendersCommand::projects });
DJ_CLI_COMMAND({ u"tenders forecast"_s,
    u"--db FILE [--months N] [--region PREFIX] [--category C] [--as-of DATE] [--limit N]"_s,
    TendersCommand::tr("expected tenders in the next N months (default 12): next phase, service renewal, "
                       "buyer rhythm, with window, budget range, incumbent and reason"),
    &TendersCommand::forecast });
DJ_CLI_COMMAND({ u"tenders backtest"_s, u"--db FILE [--years N] [--as-of DATE]"_s,
    TendersCommand::tr("hides the last N years (default 2), forecasts them and prints precision and recall"),
    &TendersCommand::backtest });
DJ_CLI_COMMAND(
    { u"tenders market"_s, u"--db FILE [--region PREFIX] [--category C] [--operator USCC,…] [--top N]"_s,
        TendersCommand::tr("volumes per year, buyers, winners' shares and HHI, the operator's own wins"),
        &TendersCommand::market });
DJ_CLI_COMMAND({ u"tenders buyer"_s, u"--db FILE USCC|NAME"_s,
    TendersCommand::tr("a buyer's profile: tenders per year, projects, winners"), &TendersCommand::buyer });
DJ_CLI_COMMAND({ u"tenders signals"_s, u"--db FILE [--region PREFIX] [--limit N] [--min-score S]"_s,
    TendersCommand::tr("enterprises whose growth, recognitions, financing, IP and branches suggest coming "
                       "ICT demand, ranked with the signals"),
    &TendersCommand::demand });

} // namespace
