// ubo, graph up|down|controller|path|group (cli.md "Analyses" and the ownership family).
#include "cli.h"
#include "core/graph/beneficialowners.h"
#include "core/graph/controlanalysis.h"
#include "core/graph/graphjson.h"
#include "core/graph/ownershipgraph.h"
#include "core/graph/penetration.h"
#include "core/graph/relationfinder.h"
#include "core/store/cache.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <cstdio>

namespace {

using namespace Qt::StringLiterals;
using dj::cli::CliError;
using namespace dj::graph;
using dj::graph::json::chain;
using dj::graph::json::controller;
using dj::graph::json::node;
using dj::graph::json::nodes;
using dj::graph::json::round9;

class GraphCli
{
    Q_DECLARE_TR_FUNCTIONS(GraphCli)
public:
    /// The cache, or a clear refusal; the enterprise, or "not found" (exit 1).
    static dj::store::Database open(const QString& path)
    {
        return dj::store::Cache::open(path, dj::store::Cache::Access::ReadOnly);
    }

    static NodeId require(const OwnershipGraph& g, const QString& ref)
    {
        const auto n = g.parse(ref);
        if (!n || (g.kind(*n) == NodeKind::Enterprise && !g.inCache(*n)))
            throw CliError { dj::cli::UserError, tr("\"%1\" not found in the cache.").arg(ref.left(80)) };
        return *n;
    }

    static QString singleArg(const dj::cli::Args& a, const QString& what)
    {
        if (a.positional().size() != 1)
            throw CliError { dj::cli::UsageError, tr("Give exactly one %1.").arg(what) };
        return a.positional().first().trimmed();
    }

    static int ubo(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        const QString db = a.required(u"--db"_s);
        const QString uscc = singleArg(a, u"USCC"_s).toUpper();
        const dj::store::Database cache = open(db);
        const auto g = OwnershipGraph::buildAround(cache, { { uscc, true, false } });
        const NodeId root = require(*g, uscc);
        BeneficialOwners bo(*g);
        dj::cli::printJson(BeneficialOwners::toJson(*g, bo.analyse(root)));
        return dj::cli::Ok;
    }

    static int penetrate(const QStringList& args, ShareSolver::Direction direction)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--depth"_s, u"--limit"_s });
        const QString db = a.required(u"--db"_s);
        const int depth = int(a.integer(u"--depth"_s, 0, 0, 1000));
        const int limit = int(a.integer(u"--limit"_s, 20000, 1, 1000000));
        const QString uscc = singleArg(a, u"USCC"_s).toUpper();
        const bool up = direction == ShareSolver::Direction::Up;
        const dj::store::Database cache = open(db);
        const auto g = OwnershipGraph::buildAround(cache, { { uscc, up, !up } });
        const NodeId root = require(*g, uscc);
        Penetration p(*g);
        const Penetration::Tree t = p.run(root, direction, depth, size_t(limit));
        QJsonArray entries;
        for (size_t i = 0; i < t.entries.size(); ++i) {
            const auto& e = t.entries[i];
            QJsonObject j = node(*g, e.node);
            j.insert(u"index"_s, qint64(i));
            j.insert(u"parent"_s, e.parent);
            j.insert(u"level"_s, e.level);
            j.insert(u"direct"_s, round9(e.direct));
            j.insert(u"through"_s, round9(e.through));
            j.insert(u"total"_s, round9(e.total));
            if (e.cycle)
                j.insert(u"cycle"_s, true);
            if (e.more)
                j.insert(u"more"_s, true);
            entries.append(j);
        }
        QJsonArray cycles;
        for (const auto& c : t.cycles)
            cycles.append(nodes(*g, c));
        dj::cli::printJson(QJsonObject { { u"uscc"_s, g->key(root) }, { u"name"_s, g->name(root) },
            { u"direction"_s, up ? u"up"_s : u"down"_s }, { u"depth"_s, depth }, { u"nodes"_s, entries },
            { u"cycles"_s, cycles }, { u"truncated"_s, t.truncated } });
        return dj::cli::Ok;
    }

    static int up(const QStringList& args) { return penetrate(args, ShareSolver::Direction::Up); }
    static int down(const QStringList& args) { return penetrate(args, ShareSolver::Direction::Down); }

    static int controllerCmd(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        const QString db = a.required(u"--db"_s);
        const QString uscc = singleArg(a, u"USCC"_s).toUpper();
        const dj::store::Database cache = open(db);
        const auto g = OwnershipGraph::buildAround(cache, { { uscc, true, false } });
        const NodeId root = require(*g, uscc);
        ControlAnalysis control(*g);
        const auto c = control.actualController(root);
        ShareSolver solver(*g);
        const auto shares = solver.solve(root, ShareSolver::Direction::Up);
        const double economic = c.node == kNoNode ? 0.0 : shares.shareOf(c.node);
        dj::cli::printJson(QJsonObject { { u"uscc"_s, g->key(root) }, { u"name"_s, g->name(root) },
            { u"controller"_s, controller(*g, c, economic) } });
        return dj::cli::Ok;
    }

    static int group(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        const QString db = a.required(u"--db"_s);
        const QString uscc = singleArg(a, u"USCC"_s).toUpper();
        const dj::store::Database cache = open(db);
        // First who heads the group (above the enterprise), then everything that head holds.
        auto g = OwnershipGraph::buildAround(cache, { { uscc, true, false } });
        NodeId root = require(*g, uscc);
        ControlAnalysis::Group grp = ControlAnalysis(*g).group(root);
        const QString head = OwnershipGraph::kindName(g->kind(grp.head)) + u':' + g->key(grp.head);
        g = OwnershipGraph::buildAround(cache, { { uscc, true, false }, { head, true, true } });
        root = require(*g, uscc);
        ControlAnalysis control(*g);
        grp = control.group(root);
        control.addTotals(grp, cache);
        QJsonArray members;
        for (size_t i = 0; i < grp.members.size(); ++i) {
            QJsonObject j = node(*g, grp.members[i].node);
            j.insert(u"level"_s, grp.members[i].level);
            j.insert(u"economic_share"_s, round9(grp.economicShare[i]));
            members.append(j);
        }
        dj::cli::printJson(QJsonObject { { u"uscc"_s, g->key(root) }, { u"name"_s, g->name(root) },
            { u"head"_s, node(*g, grp.head) }, { u"reason"_s, ControlAnalysis::reasonText(grp.reason) },
            { u"members"_s, members }, { u"count"_s, qint64(grp.members.size()) },
            { u"revenue"_s, grp.revenue }, { u"tax"_s, grp.tax }, { u"with_figures"_s, grp.withFigures } });
        return dj::cli::Ok;
    }

    static int path(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--max-len"_s, u"--limit"_s });
        const QString db = a.required(u"--db"_s);
        const int maxLen = int(a.integer(u"--max-len"_s, 6, 1, 12));
        const int limit = int(a.integer(u"--limit"_s, 200, 1, 100000));
        if (a.positional().size() != 2)
            throw CliError { dj::cli::UsageError, tr("Give two parties: A B (USCC, person_id or kind:id).") };
        { // refuse a bad file before the graph is built
            const dj::store::Database check = open(db);
        }
        const bool terminal = dj::cli::stderrIsTerminal();
        const dj::Progress progress([terminal](qint64 done, qint64 total, const QString& stage) {
            if (terminal && total > 0)
                std::fprintf(stderr, "\r%s %3d%%", qPrintable(stage), int(done * 100 / total));
        });
        const auto g = OwnershipGraph::forCache(db, progress);
        if (terminal)
            std::fprintf(stderr, "\n");
        const NodeId from = require(*g, a.positional()[0].trimmed());
        const NodeId to = require(*g, a.positional()[1].trimmed());
        RelationFinder finder(*g);
        const auto r = finder.find(from, to, maxLen, size_t(limit));
        QJsonArray paths;
        for (const auto& p : r.paths) {
            QJsonArray links;
            for (const auto& s : p.steps) {
                QJsonObject l { { u"type"_s, RelationFinder::typeName(s.type) }, { u"forward"_s, s.forward },
                    { u"text"_s, RelationFinder::describe(*g, s) } };
                if (s.type == RelationFinder::Share)
                    l.insert(u"share"_s, round9(s.value));
                else if (s.type == RelationFinder::Role)
                    l.insert(u"roles"_s, QJsonArray::fromStringList(OwnershipGraph::roleList(s.detail)));
                else
                    l.insert(u"amount"_s, s.value);
                if (s.type == RelationFinder::Invoice)
                    l.insert(u"months"_s, s.months);
                links.append(l);
            }
            paths.append(QJsonObject { { u"nodes"_s, nodes(*g, p.nodes) }, { u"links"_s, links } });
        }
        dj::cli::printJson(
            QJsonObject { { u"from"_s, node(*g, from) }, { u"to"_s, node(*g, to) }, { u"max_len"_s, maxLen },
                { u"length"_s, r.length }, { u"paths"_s, paths }, { u"truncated"_s, r.truncated } });
        return dj::cli::Ok;
    }
};

DJ_CLI_COMMAND({ u"ubo"_s, u"--db FILE USCC"_s,
    GraphCli::tr("beneficial owners (2024 rules), ultimate shares exact through cycles, actual controller"),
    &GraphCli::ubo });
DJ_CLI_COMMAND({ u"graph up"_s, u"--db FILE USCC [--depth N] [--limit N]"_s,
    GraphCli::tr("penetration upwards: holders at every level with direct, through and total shares "
                 "(nodes[]: index, parent, level, kind, id, name, direct, through, total, cycle, more)"),
    &GraphCli::up });
DJ_CLI_COMMAND({ u"graph down"_s, u"--db FILE USCC [--depth N] [--limit N]"_s,
    GraphCli::tr("penetration downwards: holdings at every level (same keys as graph up)"),
    &GraphCli::down });
DJ_CLI_COMMAND({ u"graph controller"_s, u"--db FILE USCC"_s,
    GraphCli::tr(
        "actual controller with reason (绝对控股/相对控股/无实际控制人), share, gap and evidence chains"),
    &GraphCli::controllerCmd });
DJ_CLI_COMMAND({ u"graph path"_s, u"--db FILE A B [--max-len N] [--limit N]"_s,
    GraphCli::tr("查关系: every shortest connection through shareholdings, roles, relations and invoices "
                 "(A, B: USCC, person_id or kind:id)"),
    &GraphCli::path });
DJ_CLI_COMMAND({ u"graph group"_s, u"--db FILE USCC"_s,
    GraphCli::tr(
        "the group an enterprise belongs to: head, members with levels and shares, revenue and tax totals"),
    &GraphCli::group });

} // namespace
