// bench_namegrams [--db CACHE] [--enterprises N] [--queries Q]
//
// The name index (core/store/namegramindex.h) against the FTS5 trigram table it replaced, in the same run
// on the same cache: build time over every enterprise, and per-query time and recall for
// - similar: the name with a shortened legal form (北京恒达贸易公司 for 北京恒达贸易有限公司), as lists
//   often write it; recall = the enterprise is among the 300 candidates;
// - containing: the exact name (exact and former-name lookups, branch lists).
// Both indexes are built inside a transaction that is rolled back: the cache is left as it was. Without
// --db, a demo cache of N enterprises (default 1,000,000) is made with `dianjing-cli demo` and kept.
// Prints one JSON line.
#include "core/store/cache.h"
#include "core/store/namegramindex.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <cstdio>

using namespace dj::store;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

struct Query
{
    qint64 id;
    QString name;
    QString fuzzy;
};

QString ftsExpression(const QString& text)
{
    QStringList terms;
    for (qsizetype i = 0; i + 3 <= text.size(); ++i) {
        QString t = text.mid(i, 3);
        t.replace(QLatin1Char('"'), QLatin1String("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
        if (!terms.contains(t))
            terms << t;
    }
    return QStringLiteral("{name former_names} : (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString enterprises = option(args, QStringLiteral("--enterprises"), QStringLiteral("1000000"));
    const QString path = option(args, QStringLiteral("--db"),
        QDir::current().filePath(QStringLiteral("bench-namegrams-%1.djcache").arg(enterprises)));
    const int queryCount = option(args, QStringLiteral("--queries"), QStringLiteral("1000")).toInt();
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "generating the demo cache %s...\n", qPrintable(path));
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        demo.start(QStringLiteral(DJ_CLI_PATH),
            { QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--enterprises"),
                enterprises });
        if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
            std::fprintf(stderr, "dianjing-cli demo failed\n");
            return 1;
        }
    }
    Database db = Cache::open(path, Cache::Access::ReadWrite);
    db.exec("PRAGMA cache_size = -262144");
    const qint64 n = db.scalarInt("SELECT count(*) FROM enterprises");
    const qint64 maxId = db.scalarInt("SELECT max(id) FROM enterprises");

    // Queries: evenly spread enterprises.
    std::vector<Query> queries;
    {
        Statement st = db.prepare("SELECT id, name FROM enterprises WHERE id >= ?1 ORDER BY id LIMIT 1");
        for (int i = 0; i < queryCount; ++i) {
            st.reset();
            st.bind(1, maxId / queryCount * i + 1);
            if (!st.step())
                continue;
            const QString name = st.columnText(1);
            QString core = name;
            for (const QString& suffix : { QStringLiteral("股份有限公司"), QStringLiteral("有限公司") })
                if (core.endsWith(suffix))
                    core.chop(suffix.size());
            if (core.size() < 4)
                continue;
            core += QStringLiteral("公司"); // as lists often write it: 北京恒达贸易公司
            queries.push_back({ st.columnInt(0), name, core });
        }
    }

    QJsonObject out { { QStringLiteral("enterprises"), n },
        { QStringLiteral("queries"), qint64(queries.size()) } };
    QElapsedTimer t;
    Transaction tx(db); // rolled back at the end
    db.exec("DROP TABLE IF EXISTS enterprises_fts");

    t.start();
    NameGramIndex::rebuild(db);
    out.insert(QStringLiteral("grams_build_s"), t.elapsed() / 1000.0);

    t.restart();
    db.exec("CREATE VIRTUAL TABLE enterprises_fts USING fts5(name, former_names, content='enterprises', "
            "content_rowid='id', tokenize='trigram');"
            "INSERT INTO enterprises_fts(enterprises_fts, rank) VALUES('hashsize', 16777216);"
            "INSERT INTO enterprises_fts(enterprises_fts, rank) VALUES('automerge', 0);"
            "INSERT INTO enterprises_fts(enterprises_fts) VALUES('rebuild');");
    out.insert(QStringLiteral("fts5_build_s"), t.elapsed() / 1000.0);

    const NameGramIndex index(db);
    int found = 0;
    t.restart();
    for (const Query& q : queries) {
        const auto top = index.similar(q.fuzzy, 300);
        found += std::any_of(top.begin(), top.end(), [&](const auto& s) { return s.id == q.id; });
    }
    out.insert(QStringLiteral("grams_similar_ms"), double(t.nsecsElapsed()) / 1e6 / double(queries.size()));
    out.insert(QStringLiteral("grams_similar_recall"), double(found) / double(queries.size()));

    found = 0;
    Statement fts = db.prepare(
        "SELECT rowid FROM enterprises_fts WHERE enterprises_fts MATCH ?1 ORDER BY rank LIMIT 300");
    t.restart();
    for (const Query& q : queries) {
        fts.reset();
        fts.bind(1, ftsExpression(q.fuzzy));
        bool hit = false;
        while (fts.step())
            hit = hit || fts.columnInt(0) == q.id;
        found += hit;
    }
    out.insert(QStringLiteral("fts5_similar_ms"), double(t.nsecsElapsed()) / 1e6 / double(queries.size()));
    out.insert(QStringLiteral("fts5_similar_recall"), double(found) / double(queries.size()));

    found = 0;
    qint64 candidates = 0;
    t.restart();
    for (const Query& q : queries) {
        const auto ids = index.containing(q.name);
        if (ids) {
            candidates += qint64(ids->size());
            found += std::binary_search(ids->begin(), ids->end(), q.id);
        }
    }
    out.insert(
        QStringLiteral("grams_containing_ms"), double(t.nsecsElapsed()) / 1e6 / double(queries.size()));
    out.insert(QStringLiteral("grams_containing_recall"), double(found) / double(queries.size()));
    out.insert(QStringLiteral("grams_containing_candidates"), double(candidates) / double(queries.size()));

    found = 0;
    Statement phrase = db.prepare("SELECT rowid FROM enterprises_fts WHERE enterprises_fts MATCH ?1");
    t.restart();
    for (const Query& q : queries) {
        phrase.reset();
        QString text = q.name;
        phrase.bind(
            1, QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
        while (phrase.step())
            found += phrase.columnInt(0) == q.id;
    }
    out.insert(QStringLiteral("fts5_phrase_ms"), double(t.nsecsElapsed()) / 1e6 / double(queries.size()));
    out.insert(QStringLiteral("fts5_phrase_recall"), double(found) / double(queries.size()));

    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0; // tx rolls back
}
