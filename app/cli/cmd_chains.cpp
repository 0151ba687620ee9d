// chains list, chains map, chains targets, chains assign, chains correct (shared/spec/cli.md "Further
// commands").
#include "cli.h"
#include "core/chains/chainengine.h"
#include "core/chains/chaintemplate.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "core/store/chainreads.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using namespace Qt::StringLiterals;
using dj::cli::CliError;
namespace chains = dj::chains;
using Database = dj::store::Database;
using ChainTemplate = dj::chains::ChainTemplate;

class ChainsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChainsCommand)
public:
    static Database openCache(const QString& path, bool write = false)
    {
        if (!QFile::exists(path))
            throw CliError { dj::cli::UserError, tr("The cache %1 does not exist.").arg(path) };
        return dj::store::Cache::open(
            path, write ? dj::store::Cache::Access::ReadWrite : dj::store::Cache::Access::ReadOnly);
    }

    static QList<chains::ChainTemplate> templates(const dj::store::Database* db)
    {
        if (!db)
            return chains::ChainTemplates::shipped();
        QStringList problems;
        const auto list = chains::ChainTemplates::load(*db, &problems);
        for (const QString& p : std::as_const(problems))
            dj::cli::printError(tr("A user chain template is left out: %1").arg(p));
        return list;
    }

    static ChainTemplate chainOf(const QList<chains::ChainTemplate>& list, const QString& name)
    {
        const chains::ChainTemplate* c = chains::ChainTemplates::find(list, name);
        if (!c) {
            QStringList names;
            for (const auto& t : list)
                names << t.name;
            throw CliError { dj::cli::UserError,
                tr("Chain \"%1\" not found; the chains are: %2.").arg(name, names.join(u", "_s)) };
        }
        return *c;
    }

    static QString region(const dj::cli::Args& a)
    {
        try {
            return chains::ChainEngine::checkedRegion(a.required(u"--region"_s));
        } catch (const chains::ChainError& e) {
            throw CliError { dj::cli::UserError, u"--region: "_s + e.message() };
        }
    }

    struct Loaded
    {
        chains::ChainTemplate chain;
        std::unique_ptr<chains::ChainEngine> engine;
        chains::ChainAssignment assignment;
    };

    static Loaded load(const dj::store::Database& db, const QString& path, const QString& chainName)
    {
        Loaded l;
        l.chain = chainOf(templates(&db), chainName);
        const dj::store::ChainReads reads(db);
        l.engine = std::make_unique<chains::ChainEngine>(dj::search::SearchIndex::open(path));
        l.assignment = l.engine->assign(l.chain, reads.corrections(l.chain.id));
        return l;
    }

    static int list(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        a.noPositional();
        std::optional<dj::store::Database> db;
        if (a.has(u"--db"_s))
            db.emplace(openCache(a.value(u"--db"_s)));
        QJsonArray out;
        for (const chains::ChainTemplate& c : templates(db ? &*db : nullptr)) {
            QJsonArray segs;
            for (const chains::Segment& s : c.segments)
                segs.append(
                    QJsonObject { { u"id"_s, s.id }, { u"name"_s, s.name }, { u"stage"_s, s.stage } });
            out.append(QJsonObject { { u"id"_s, c.id }, { u"name"_s, c.name }, { u"group"_s, c.group },
                { u"version"_s, c.version }, { u"origin"_s, c.userCopy ? u"user"_s : u"shipped"_s },
                { u"sources"_s, QJsonArray::fromStringList(c.sources) }, { u"segments"_s, segs } });
        }
        dj::cli::printJson(QJsonObject { { u"chains"_s, out } });
        return dj::cli::Ok;
    }

    static int map(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--region"_s, u"--chain"_s }, { u"--no-links"_s });
        a.noPositional();
        const QString path = a.required(u"--db"_s);
        const QString code = region(a);
        const QString chainName = a.required(u"--chain"_s);
        const dj::store::Database db = openCache(path);
        Loaded l = load(db, path, chainName);
        chains::ChainMap m = l.engine->map(l.assignment, code);
        if (!a.has(u"--no-links"_s))
            m.links = l.engine->supplyLinks(l.assignment, code, dj::store::ChainReads(db));
        QJsonObject o = chains::toJson(m);
        o.insert(u"assign_ms"_s, l.assignment.ms);
        o.insert(u"version"_s, l.chain.version);
        dj::cli::printJson(o);
        return dj::cli::Ok;
    }

    static int targets(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--region"_s, u"--chain"_s, u"--segment"_s, u"--limit"_s });
        a.noPositional();
        const QString path = a.required(u"--db"_s);
        const QString code = region(a);
        const QString chainName = a.required(u"--chain"_s);
        const QString segment = a.required(u"--segment"_s);
        const int limit = int(a.integer(u"--limit"_s, 50, 1, 10000));
        const dj::store::Database db = openCache(path);
        const chains::ChainTemplate chain = chainOf(templates(&db), chainName);
        if (chain.segmentIndex(segment) < 0) {
            QStringList ids;
            for (const auto& s : chain.segments)
                ids << s.id;
            throw CliError { dj::cli::UserError,
                tr("Segment \"%1\" not found in chain %2; its segments are: %3.")
                    .arg(segment, chain.name, ids.join(u", "_s)) };
        }
        Loaded l = load(db, path, chain.id);
        const QList<chains::Target> list
            = l.engine->targets(l.assignment, code, segment, dj::store::ChainReads(db), limit);
        QJsonArray rows;
        for (const chains::Target& t : list)
            rows.append(chains::toJson(t));
        dj::cli::printJson(QJsonObject { { u"chain"_s, chain.id }, { u"region"_s, code },
            { u"segment"_s, segment }, { u"targets"_s, rows } });
        return dj::cli::Ok;
    }

    static int assign(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--chain"_s, u"--region"_s, u"--segment"_s });
        a.noPositional();
        const QString path = a.required(u"--db"_s);
        const QString code = a.has(u"--region"_s) ? region(a) : QString();
        const dj::store::Database db = openCache(path);
        Loaded l = load(db, path, a.required(u"--chain"_s));
        const QString only = a.value(u"--segment"_s);
        if (!only.isEmpty() && l.chain.segmentIndex(only) < 0)
            throw CliError { dj::cli::UserError,
                tr("Segment \"%1\" not found in chain %2.").arg(only, l.chain.name) };
        QJsonArray rows;
        qint64 total = 0;
        for (int si = 0; si < int(l.chain.segments.size()); ++si) {
            if (!only.isEmpty() && l.chain.segments[si].id != only)
                continue;
            const auto& members = l.assignment.segments[size_t(si)];
            for (size_t i = 0; i < members.rows.size(); ++i) {
                const chains::FirmRef f = l.engine->firm(members.rows[i]);
                if (!code.isEmpty() && !f.regionCode.startsWith(code))
                    continue;
                const chains::MatchedRule r = l.assignment.rule(si, i);
                rows.append(QJsonObject { { u"uscc"_s, f.uscc }, { u"segment"_s, l.chain.segments[si].id },
                    { u"rule"_s, r.kind }, { u"value"_s, r.value } });
                ++total;
            }
        }
        dj::cli::printJson(QJsonObject { { u"chain"_s, l.chain.id }, { u"version"_s, l.chain.version },
            { u"total"_s, total }, { u"assignments"_s, rows }, { u"ms"_s, l.assignment.ms } });
        return dj::cli::Ok;
    }

    static int correct(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--chain"_s, u"--segment"_s, u"--uscc"_s, u"--note"_s },
            { u"--include"_s, u"--exclude"_s, u"--remove"_s });
        a.noPositional();
        const int modes = int(a.has(u"--include"_s)) + int(a.has(u"--exclude"_s)) + int(a.has(u"--remove"_s));
        if (modes != 1)
            throw CliError { dj::cli::UsageError,
                tr("Give exactly one of --include, --exclude and --remove.") };
        const QString path = a.required(u"--db"_s);
        const QString uscc = a.required(u"--uscc"_s);
        dj::store::Database db = openCache(path, true);
        const chains::ChainTemplate chain = chainOf(templates(&db), a.required(u"--chain"_s));
        const QString segment = a.required(u"--segment"_s);
        if (chain.segmentIndex(segment) < 0)
            throw CliError { dj::cli::UserError,
                tr("Segment \"%1\" not found in chain %2.").arg(segment, chain.name) };
        dj::store::Statement st = db.prepare("SELECT 1 FROM enterprises WHERE uscc = ?1");
        st.bind(1, uscc);
        if (!st.step())
            throw CliError { dj::cli::UserError, tr("Enterprise %1 not found.").arg(uscc) };
        st.reset();
        dj::store::ChainWrites writes(db);
        if (a.has(u"--remove"_s))
            writes.removeCorrection(chain.id, segment, uscc);
        else
            writes.setCorrection(
                { chain.id, segment, uscc, a.has(u"--include"_s), a.value(u"--note"_s), {} });
        dj::cli::printJson(
            QJsonObject { { u"chain"_s, chain.id }, { u"segment"_s, segment }, { u"uscc"_s, uscc },
                { u"correction"_s,
                    a.has(u"--remove"_s)        ? u"removed"_s
                        : a.has(u"--include"_s) ? u"include"_s
                                                : u"exclude"_s } });
        return dj::cli::Ok;
    }

    static int guarded(int (*f)(const QStringList&), const QStringList& args)
    {
        try {
            return f(args);
        } catch (const chains::ChainError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
    }
};

DJ_CLI_COMMAND({ u"chains list"_s, u"[--db FILE]"_s,
    ChainsCommand::tr(
        "the industry-chain templates (shipped, and the cache's user copies with --db) and their segments"),
    [](const QStringList& a) { return ChainsCommand::guarded(&ChainsCommand::list, a); } });
DJ_CLI_COMMAND({ u"chains map"_s, u"--db FILE --region PREFIX --chain NAME [--no-links]"_s,
    ChainsCommand::tr(
        "a region's chain map: per segment count, revenue, tax, qualified firms, growth, 链主, location "
        "quotient (lq, lq_province, lq_revenue) and class (strong, average, weak, missing, absent); "
        "supply links between segments (inside, inbound, outbound)"),
    [](const QStringList& a) { return ChainsCommand::guarded(&ChainsCommand::map, a); } });
DJ_CLI_COMMAND({ u"chains targets"_s, u"--db FILE --region PREFIX --chain NAME --segment ID [--limit N]"_s,
    ChainsCommand::tr(
        "补链 targets: operating enterprises of the segment outside the region ranked by fit (size, "
        "growth, qualifications, supply links and investments into the region, hometown ties), with "
        "the score's parts and reasons"),
    [](const QStringList& a) { return ChainsCommand::guarded(&ChainsCommand::targets, a); } });
DJ_CLI_COMMAND({ u"chains assign"_s, u"--db FILE --chain NAME [--region PREFIX] [--segment ID]"_s,
    ChainsCommand::tr(
        "the assignment of enterprises to the chain's segments with the rule that matched (class, "
        "name, scope, correction)"),
    [](const QStringList& a) { return ChainsCommand::guarded(&ChainsCommand::assign, a); } });
DJ_CLI_COMMAND({ u"chains correct"_s,
    u"--db FILE --chain NAME --segment ID --uscc CODE --include|--exclude|--remove [--note TEXT]"_s,
    ChainsCommand::tr("stores a correction of the assignment (it wins over the rules), or removes it"),
    [](const QStringList& a) { return ChainsCommand::guarded(&ChainsCommand::correct, a); } });

} // namespace
