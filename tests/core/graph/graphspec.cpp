#include "tests/core/graph/graphspec.h"

#include "core/store/cache.h"
#include "core/store/transaction.h"

#include <cmath>
#include <functional>
#include <stdexcept>

namespace dj::test {

using graph::NodeId;
using graph::OwnershipGraph;

QString GraphSpec::usccFor(int index)
{
    return QStringLiteral("913200TST%1").arg(index, 9, 10, QLatin1Char('0'));
}

int GraphSpec::person(const QString& name)
{
    nodes.push_back({ QStringLiteral("person"), QStringLiteral("P%1").arg(nodes.size()), name, -1 });
    return int(nodes.size()) - 1;
}

int GraphSpec::enterprise(const QString& name, double capital)
{
    nodes.push_back({ QStringLiteral("enterprise"), usccFor(int(nodes.size())), name, capital });
    return int(nodes.size()) - 1;
}

int GraphSpec::other(const QString& name)
{
    nodes.push_back({ QStringLiteral("other"), QStringLiteral("O%1").arg(nodes.size()), name, -1 });
    return int(nodes.size()) - 1;
}

std::shared_ptr<const OwnershipGraph> GraphSpec::build(std::vector<NodeId>& nodeOf) const
{
    OwnershipGraph::Builder b;
    nodeOf.clear();
    for (const Node& n : nodes) {
        if (n.kind == QLatin1String("enterprise"))
            nodeOf.push_back(b.addEnterprise(n.key, n.name, n.capital));
        else if (n.kind == QLatin1String("person"))
            nodeOf.push_back(b.addPerson(n.key, n.name));
        else
            nodeOf.push_back(b.addOther(n.key, n.name));
    }
    for (const Share& s : shares)
        b.addShare(nodeOf[size_t(s.holder)], nodeOf[size_t(s.investee)], s.pct);
    for (const Role& r : roles) {
        const QByteArray role = r.role.toUtf8();
        b.addRole(nodeOf[size_t(r.enterprise)], nodeOf[size_t(r.person)],
            std::string_view(role.constData(), size_t(role.size())));
    }
    for (const Trade& t : trades) {
        if (t.kind == QLatin1String("invoice")) {
            b.addInvoices(nodeOf[size_t(t.from)], nodeOf[size_t(t.to)], 12, t.amount);
        } else {
            const QByteArray k = t.kind.toUtf8();
            b.addRelation(nodeOf[size_t(t.from)], nodeOf[size_t(t.to)],
                std::string_view(k.constData(), size_t(k.size())), t.amount);
        }
    }
    return b.finish(1);
}

void GraphSpec::writeCache(const QString& path) const
{
    using store::Statement;
    store::Database db = store::Cache::createFresh(path);
    store::Transaction tx(db);
    Statement ent = db.prepare("INSERT INTO enterprises(uscc, name, status, region_code, registered_capital) "
                               "VALUES (?1, ?2, '存续', '320902', ?3)");
    Statement per = db.prepare("INSERT INTO persons(person_id, name) VALUES (?1, ?2)");
    Statement sh = db.prepare("INSERT INTO shareholdings(investee_uscc, holder_kind, holder_id, holder_name, "
                              "share_pct) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement role = db.prepare("INSERT INTO roles(uscc, person_id, role) VALUES (?1, ?2, ?3)");
    Statement rel = db.prepare(
        "INSERT INTO relations(from_uscc, to_uscc, kind, year, amount) VALUES (?1,?2,?3,2024,?4)");
    Statement inv = db.prepare("INSERT INTO invoices(seller_uscc, buyer_uscc, month, invoice_count, amount) "
                               "VALUES (?1, ?2, '2024-01', 3, ?3)");
    Statement fin = db.prepare("INSERT INTO financials(uscc, year, revenue, tax) VALUES (?1, 2024, ?2, ?3)");
    int i = 0;
    for (const Node& n : nodes) {
        if (n.kind == QLatin1String("enterprise")) {
            ent.bind(1, n.key).bind(2, n.name);
            if (n.capital >= 0)
                ent.bind(3, n.capital);
            else
                ent.bindNull(3);
            ent.run();
            ent.reset();
            // Figures for the group totals: revenue 1,000 × (index + 1), tax a tenth of it.
            fin.bind(1, n.key).bind(2, 1000.0 * (i + 1)).bind(3, 100.0 * (i + 1));
            fin.run();
            fin.reset();
        } else if (n.kind == QLatin1String("person")) {
            per.bind(1, n.key).bind(2, n.name);
            per.run();
            per.reset();
        }
        ++i;
    }
    for (const Share& s : shares) {
        const Node& h = nodes[size_t(s.holder)];
        sh.bind(1, nodes[size_t(s.investee)].key)
            .bind(2, h.kind)
            .bind(3, h.key)
            .bind(4, h.name)
            .bind(5, s.pct);
        sh.run();
        sh.reset();
    }
    for (const Role& r : roles) {
        role.bind(1, nodes[size_t(r.enterprise)].key).bind(2, nodes[size_t(r.person)].key).bind(3, r.role);
        role.run();
        role.reset();
    }
    for (const Trade& t : trades) {
        if (t.kind == QLatin1String("invoice")) {
            inv.bind(1, nodes[size_t(t.from)].key).bind(2, nodes[size_t(t.to)].key).bind(3, t.amount);
            inv.run();
            inv.reset();
        } else {
            rel.bind(1, nodes[size_t(t.from)].key)
                .bind(2, nodes[size_t(t.to)].key)
                .bind(3, t.kind)
                .bind(4, t.amount);
            rel.run();
            rel.reset();
        }
    }
    store::Cache::bumpDataVersion(db);
    tx.commit();
}

std::vector<std::vector<double>> integratedOwnership(const GraphSpec& spec)
{
    const size_t n = spec.nodes.size();
    // Augmented [I − G | I], Gauss–Jordan with partial pivoting.
    std::vector<std::vector<double>> a(n, std::vector<double>(2 * n, 0.0));
    for (size_t i = 0; i < n; ++i) {
        a[i][i] = 1.0;
        a[i][n + i] = 1.0;
    }
    for (const auto& s : spec.shares)
        a[size_t(s.holder)][size_t(s.investee)] -= s.pct / 100.0;
    for (size_t c = 0; c < n; ++c) {
        size_t p = c;
        for (size_t r = c + 1; r < n; ++r)
            if (std::fabs(a[r][c]) > std::fabs(a[p][c]))
                p = r;
        if (std::fabs(a[p][c]) < 1e-14)
            throw std::runtime_error("singular");
        std::swap(a[p], a[c]);
        const double d = a[c][c];
        for (double& v : a[c])
            v /= d;
        for (size_t r = 0; r < n; ++r) {
            if (r == c || a[r][c] == 0)
                continue;
            const double f = a[r][c];
            for (size_t k = 0; k < 2 * n; ++k)
                a[r][k] -= f * a[c][k];
        }
    }
    std::vector<std::vector<double>> inv(n, std::vector<double>(n));
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j)
            inv[i][j] = a[i][n + j];
    return inv;
}

std::vector<double> seriesColumn(const GraphSpec& spec, int t, int rounds)
{
    const size_t n = spec.nodes.size();
    std::vector<double> x(n, 0.0), next(n);
    for (int r = 0; r < rounds; ++r) {
        for (size_t i = 0; i < n; ++i)
            next[i] = int(i) == t ? 1.0 : 0.0;
        for (const auto& s : spec.shares)
            next[size_t(s.holder)] += s.pct / 100.0 * x[size_t(s.investee)];
        double diff = 0;
        for (size_t i = 0; i < n; ++i)
            diff = std::max(diff, std::fabs(next[i] - x[i]));
        x.swap(next);
        if (diff < 1e-15)
            break;
    }
    return x;
}

std::set<int> controlledBy(const GraphSpec& spec, int x)
{
    std::set<int> c { x };
    for (bool changed = true; changed;) {
        changed = false;
        for (int y = 0; y < int(spec.nodes.size()); ++y) {
            if (c.count(y))
                continue;
            double held = 0;
            for (const auto& s : spec.shares)
                if (s.investee == y && c.count(s.holder))
                    held += s.pct / 100.0;
            if (held > 0.5 + 1e-9) {
                c.insert(y);
                changed = true;
            }
        }
    }
    c.erase(x);
    return c;
}

std::set<int> controllersOf(const GraphSpec& spec, int t)
{
    std::set<int> out;
    for (int x = 0; x < int(spec.nodes.size()); ++x)
        if (x != t && controlledBy(spec, x).count(t))
            out.insert(x);
    return out;
}

std::vector<QString> allPaths(const GraphSpec& spec, int a, int b, int maxLen)
{
    struct Adj
    {
        int to;
        QString type;
    };
    std::vector<std::vector<Adj>> adj(spec.nodes.size());
    auto link = [&](int x, int y, const QString& type) {
        adj[size_t(x)].push_back({ y, type });
        adj[size_t(y)].push_back({ x, type });
    };
    for (const auto& s : spec.shares)
        link(s.holder, s.investee, QStringLiteral("share"));
    // Several roles of one person in one enterprise are one link.
    std::set<std::pair<int, int>> rolePairs;
    for (const auto& r : spec.roles)
        rolePairs.insert({ r.enterprise, r.person });
    for (const auto& [e, p] : rolePairs)
        link(e, p, QStringLiteral("role"));
    std::set<std::tuple<int, int, bool>> tradePairs;
    for (const auto& t : spec.trades)
        tradePairs.insert({ t.from, t.to, t.kind == QLatin1String("invoice") });
    for (const auto& [f, to, invoice] : tradePairs)
        link(f, to, invoice ? QStringLiteral("invoice") : QStringLiteral("relation"));
    std::vector<QString> out;
    std::vector<char> on(spec.nodes.size(), 0);
    std::function<void(int, QString, int)> dfs = [&](int v, QString text, int len) {
        if (v == b) {
            out.push_back(text);
            return;
        }
        if (len == maxLen)
            return;
        for (const Adj& e : adj[size_t(v)]) {
            if (on[size_t(e.to)])
                continue;
            on[size_t(e.to)] = 1;
            dfs(e.to, text + u'>' + e.type + u'>' + QString::number(e.to), len + 1);
            on[size_t(e.to)] = 0;
        }
    };
    on[size_t(a)] = 1;
    dfs(a, QString::number(a), 0);
    return out;
}

} // namespace dj::test
