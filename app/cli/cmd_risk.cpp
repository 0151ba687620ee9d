// risk network|invoices|score|run|alerts (cli.md "supply chain"): 链企通 and 企票通 over a cache.
#include "cli.h"
#include "core/risk/creditscore.h"
#include "core/risk/invoiceanalytics.h"
#include "core/risk/monitor.h"
#include "core/risk/riskerror.h"
#include "core/risk/riskjson.h"
#include "core/risk/riskrules.h"
#include "core/risk/supplynetwork.h"
#include "core/risk/watchlist.h"
#include "core/store/cache.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

using namespace Qt::StringLiterals;
using dj::cli::CliError;
using namespace dj::risk;

class RiskCli
{
    Q_DECLARE_TR_FUNCTIONS(RiskCli)
public:
    static dj::store::Database open(const dj::cli::Args& a)
    {
        return dj::store::Cache::open(a.required(u"--db"_s), dj::store::Cache::Access::ReadOnly);
    }

    static QString singleUscc(const dj::cli::Args& a)
    {
        if (a.positional().size() != 1)
            throw CliError { dj::cli::UsageError, tr("Give exactly one USCC.") };
        return a.positional().first().trimmed().toUpper();
    }

    template <typename Fn> static auto guarded(Fn fn)
    {
        try {
            return fn();
        } catch (const RiskError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
    }

    static int network(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--tiers"_s });
        const int tiers = int(a.integer(u"--tiers"_s, 3, 1, 5));
        const QString uscc = singleUscc(a);
        const dj::store::Database db = open(a);
        const SupplyNetwork::Result r = guarded([&] { return SupplyNetwork(db).build(uscc, tiers); });
        dj::cli::printJson(dj::risk::json::networkJson(r));
        return dj::cli::Ok;
    }

    static int invoices(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        const QString uscc = singleUscc(a);
        const dj::store::Database db = open(a);
        const InvoiceAnalytics::Result r = guarded([&] { return InvoiceAnalytics(db).analyse(uscc); });
        dj::cli::printJson(dj::risk::json::invoicesJson(r));
        return dj::cli::Ok;
    }

    static int score(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--weights"_s });
        const QString uscc = singleUscc(a);
        const ScoreWeights weights = guarded([&] {
            return a.has(u"--weights"_s) ? ScoreWeights::fromFile(a.value(u"--weights"_s))
                                         : ScoreWeights::current();
        });
        const dj::store::Database db = open(a);
        const CreditScore::Result r = guarded([&] { return CreditScore::forEnterprise(db, uscc, weights); });
        dj::cli::printJson(dj::risk::json::scoreJson(r));
        return dj::cli::Ok;
    }

    static dj::store::Database openWrite(const dj::cli::Args& a)
    {
        const QString path = a.required(u"--db"_s);
        if (!QFileInfo::exists(path))
            throw CliError { dj::cli::UserError, tr("%1 does not exist.").arg(path) };
        return dj::store::Cache::open(path, dj::store::Cache::Access::ReadWrite);
    }

    static QJsonObject alertJson(const Alert& a) { return a.toJson(); }

    static int run(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        a.noPositional();
        dj::store::Database db = openWrite(a);
        const Monitor::RunResult r = Monitor(db).run();
        QJsonArray alerts;
        for (const auto& x : r.raised)
            alerts.append(alertJson(x));
        dj::cli::printJson(
            QJsonObject { { u"watched"_s, r.watched }, { u"compared"_s, r.compared }, { u"rules"_s, r.rules },
                { u"alerts"_s, alerts }, { u"seconds"_s, std::round(r.seconds * 1000) / 1000 } });
        return dj::cli::Ok;
    }

    static int alerts(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--uscc"_s }, { u"--unread"_s, u"--open"_s });
        a.noPositional();
        dj::store::Database db = open(a);
        AlertInbox::Filter f;
        f.unreadOnly = a.has(u"--unread"_s);
        f.openOnly = a.has(u"--open"_s);
        f.uscc = a.value(u"--uscc"_s).trimmed().toUpper();
        QJsonArray out;
        qint64 unread = 0;
        // a cache from before the monitoring tables has no alerts (read-only: no schema step is run)
        if (db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'risk_alerts'") > 0) {
            AlertInbox inbox(db);
            for (const auto& x : inbox.list(f))
                out.append(alertJson(x));
            unread = inbox.unreadCount();
        }
        dj::cli::printJson(QJsonObject { { u"alerts"_s, out }, { u"unread"_s, unread } });
        return dj::cli::Ok;
    }

    static int alert(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--assign"_s, u"--note"_s },
            { u"--read"_s, u"--unread"_s, u"--resolve"_s, u"--reopen"_s });
        if (a.positional().size() != 1)
            throw CliError { dj::cli::UsageError, tr("Give exactly one alert id.") };
        bool ok = false;
        const qint64 id = a.positional().first().toLongLong(&ok);
        if (!ok)
            throw CliError { dj::cli::UsageError, tr("An alert id is a number.") };
        dj::store::Database db = openWrite(a);
        AlertInbox inbox(db);
        guarded([&] {
            if (a.has(u"--read"_s) || a.has(u"--unread"_s))
                inbox.setRead(id, a.has(u"--read"_s));
            if (a.has(u"--assign"_s))
                inbox.assign(id, a.value(u"--assign"_s));
            if (a.has(u"--note"_s))
                inbox.setNote(id, a.value(u"--note"_s));
            if (a.has(u"--resolve"_s) || a.has(u"--reopen"_s))
                inbox.setResolved(id, a.has(u"--resolve"_s));
            return 0;
        });
        for (const auto& x : inbox.list())
            if (x.id == id)
                dj::cli::printJson(alertJson(x));
        return dj::cli::Ok;
    }

    static int watch(const QStringList& args)
    {
        const dj::cli::Args a(
            args, { u"--db"_s, u"--list"_s, u"--network"_s, u"--tiers"_s }, { u"--remove"_s });
        dj::store::Database db = openWrite(a);
        WatchList w(db);
        const QString list = a.value(u"--list"_s);
        int added = 0, removed = 0;
        QStringList usccs;
        for (const QString& p : a.positional())
            usccs << p.trimmed().toUpper();
        if (a.has(u"--remove"_s)) {
            if (list.isEmpty())
                throw CliError { dj::cli::UsageError, tr("--remove needs --list.") };
            removed = usccs.isEmpty() ? w.removeList(list) : w.remove(list, usccs);
        } else if (a.has(u"--network"_s) || !usccs.isEmpty()) {
            if (list.trimmed().isEmpty())
                throw CliError { dj::cli::UsageError, tr("Adding needs --list NAME.") };
            const int tiers = int(a.integer(u"--tiers"_s, 3, 1, 5));
            added = guarded([&] {
                int n = 0;
                if (a.has(u"--network"_s))
                    n += w.addNetwork(list,
                        SupplyNetwork(db).build(a.value(u"--network"_s).trimmed().toUpper(), tiers), tiers);
                if (!usccs.isEmpty())
                    n += w.add(list, usccs);
                return n;
            });
        }
        QJsonArray entries;
        for (const auto& e : w.entries(a.has(u"--remove"_s) ? QString() : list))
            entries.append(QJsonObject { { u"list"_s, e.list }, { u"uscc"_s, e.uscc }, { u"name"_s, e.name },
                { u"role"_s, e.role }, { u"tier"_s, e.tier }, { u"root"_s, e.root },
                { u"added"_s, e.added } });
        dj::cli::printJson(QJsonObject { { u"added"_s, added }, { u"removed"_s, removed },
            { u"lists"_s, QJsonArray::fromStringList(w.lists()) }, { u"watched"_s, w.count() },
            { u"entries"_s, entries } });
        return dj::cli::Ok;
    }

    static int rules(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--add"_s, u"--remove"_s, u"--enable"_s, u"--disable"_s });
        a.noPositional();
        dj::store::Database db = openWrite(a);
        RuleStore store(db);
        store.ensureDefaults();
        guarded([&] {
            if (a.has(u"--add"_s)) {
                const QByteArray text = dj::cli::readBounded(a.value(u"--add"_s), 1 << 20, tr("rule file"));
                QJsonParseError error {};
                const QJsonObject o = QJsonDocument::fromJson(text, &error).object();
                if (error.error != QJsonParseError::NoError)
                    throw RiskError(tr("The rule file is not JSON: %1").arg(error.errorString()));
                for (auto it = o.begin(); it != o.end(); ++it)
                    if (!QStringList { u"name"_s, u"condition"_s, u"scope"_s, u"severity"_s, u"enabled"_s }
                             .contains(it.key()))
                        throw RiskError(tr("Unknown key \"%1\" in the rule file.").arg(it.key().left(40)));
                Rule r { 0, o[u"name"_s].toString(), o[u"condition"_s].toObject(), o[u"scope"_s].toObject(),
                    o[u"severity"_s].toString(u"medium"_s), o[u"enabled"_s].toBool(true), {} };
                store.save(r);
            }
            auto id = [&](const QString& option) {
                bool ok = false;
                const qint64 v = a.value(option).toLongLong(&ok);
                if (!ok)
                    throw RiskError(tr("%1 takes a rule id.").arg(option));
                return v;
            };
            if (a.has(u"--remove"_s))
                store.remove(id(u"--remove"_s));
            for (const QString& opt : { u"--enable"_s, u"--disable"_s })
                if (a.has(opt)) {
                    const qint64 which = id(opt);
                    bool found = false;
                    for (Rule r : store.list())
                        if (r.id == which) {
                            r.enabled = opt == u"--enable";
                            store.save(r);
                            found = true;
                        }
                    if (!found)
                        throw RiskError(tr("There is no rule %1.").arg(which));
                }
            return 0;
        });
        QJsonArray out;
        for (const Rule& r : store.list())
            out.append(
                QJsonObject { { u"id"_s, r.id }, { u"name"_s, r.displayName() }, { u"name_key"_s, r.nameKey },
                    { u"condition"_s, r.condition }, { u"scope"_s, r.scope }, { u"severity"_s, r.severity },
                    { u"enabled"_s, r.enabled }, { u"description"_s, RuleStore::describe(r) } });
        dj::cli::printJson(QJsonObject { { u"rules"_s, out } });
        return dj::cli::Ok;
    }
};

} // namespace

DJ_CLI_COMMAND({ u"risk network"_s, RiskCli::tr("--db FILE USCC [--tiers N]"),
    RiskCli::tr(
        "supply network: suppliers and customers by tier (1-5, default 3) with yearly amounts, shares "
        "and paths; rivals, partners, investees"),
    &RiskCli::network });
DJ_CLI_COMMAND({ u"risk invoices"_s, RiskCli::tr("--db FILE USCC"),
    RiskCli::tr(
        "invoice analytics: monthly sales and purchases, counterparties, CV, empty months, top-1/top-5 "
        "share and HHI, churn, trend breaks, related-party transactions"),
    &RiskCli::invoices });
DJ_CLI_COMMAND({ u"risk score"_s, RiskCli::tr("--db FILE USCC [--weights FILE]"),
    RiskCli::tr("credit score (0-100, grade A-D) from invoices, risks and status, each part with its weight "
                "and explanation; weights from FILE, else the user's file, else the built-in ones"),
    &RiskCli::score });
DJ_CLI_COMMAND({ u"risk run"_s, RiskCli::tr("--db FILE"),
    RiskCli::tr("run the monitoring rules over the watched enterprises now; prints the alerts raised"),
    &RiskCli::run });
DJ_CLI_COMMAND({ u"risk alerts"_s, RiskCli::tr("--db FILE [--unread] [--open] [--uscc USCC]"),
    RiskCli::tr("the alert inbox, newest first, with each alert's evidence"), &RiskCli::alerts });
DJ_CLI_COMMAND({ u"risk alert"_s,
    RiskCli::tr("--db FILE ID [--read|--unread] [--assign WHO] [--note TEXT] [--resolve|--reopen]"),
    RiskCli::tr("change one alert's inbox state"), &RiskCli::alert });
DJ_CLI_COMMAND({ u"risk watch"_s,
    RiskCli::tr("--db FILE [--list NAME [--network USCC [--tiers N]] [USCC...] [--remove]]"),
    RiskCli::tr("watch lists: show, add by hand or a network's tiers, remove"), &RiskCli::watch });
DJ_CLI_COMMAND({ u"risk rules"_s,
    RiskCli::tr("--db FILE [--add RULE.json] [--remove ID] [--enable ID] [--disable ID]"),
    RiskCli::tr("monitoring rules: show, add ({name, condition, scope, severity}), remove, switch on/off"),
    &RiskCli::rules });
