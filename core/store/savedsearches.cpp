#include "core/store/savedsearches.h"

#include "core/common/error.h"
#include "core/store/cache.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace dj::store {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Error userError(const QString& message)
{
    return Error(message);
}

bool isBuiltin(Database& db, const QString& name, bool* exists = nullptr)
{
    Statement st = db.prepare("SELECT builtin FROM saved_searches WHERE name = ?1");
    st.bind(1, name);
    const bool found = st.step();
    if (exists)
        *exists = found;
    return found && st.columnInt(0) != 0;
}

} // namespace

QString SavedSearches::creditScenarioName()
{
    return QStringLiteral("信贷获客");
}
QString SavedSearches::channelScenarioName()
{
    return QStringLiteral("渠道拓展");
}

QList<SavedSearch> SavedSearches::builtins()
{
    // demo-data.md, scenario 1: nationwide; not sections A and B; 在营; latest revenue ≥ 5,000万; tax grew
    // ≥ 20 % in each of the last two years; at least one financing round.
    QJsonObject credit {
        { QStringLiteral("exclude_industries"), QJsonArray { QStringLiteral("A"), QStringLiteral("B") } },
        { QStringLiteral("statuses"), QJsonArray { QStringLiteral("在营") } },
        { QStringLiteral("revenue"), QJsonObject { { QStringLiteral("min"), 50000000.0 } } },
        { QStringLiteral("tax_growth"),
            QJsonObject { { QStringLiteral("years"), 2 }, { QStringLiteral("min_rate"), 0.2 } } },
        { QStringLiteral("financing"), true },
    };
    // Scenario 2: 江苏盐城 (3209); 在营; a 酒类 or 食品 licence; latest revenue ≥ 2,000万.
    QJsonObject channel {
        { QStringLiteral("regions"), QJsonArray { QStringLiteral("3209") } },
        { QStringLiteral("statuses"), QJsonArray { QStringLiteral("在营") } },
        { QStringLiteral("licenses_any"),
            QJsonArray { QStringLiteral("酒类经营许可证"), QStringLiteral("食品经营许可证") } },
        { QStringLiteral("revenue"), QJsonObject { { QStringLiteral("min"), 20000000.0 } } },
    };
    return { SavedSearch { creditScenarioName(), credit, true },
        SavedSearch { channelScenarioName(), channel, true } };
}

QList<SavedSearch> SavedSearches::list(const QString& cachePath)
{
    Database db = Cache::open(cachePath, Cache::Access::ReadOnly);
    Statement st = db.prepare("SELECT name, filter, builtin FROM saved_searches ORDER BY builtin DESC, name");
    QList<SavedSearch> out;
    while (st.step()) {
        SavedSearch s;
        s.name = st.columnText(0);
        s.filter = QJsonDocument::fromJson(st.columnText(1).toUtf8()).object();
        s.builtin = st.columnInt(2) != 0;
        out << s;
    }
    return out;
}

int SavedSearches::writeBuiltins(Database& db, const QString& timestamp, bool replace)
{
    int added = 0;
    Statement st = db.prepare(replace ? "INSERT OR REPLACE INTO saved_searches(name, filter, builtin, "
                                        "created, updated) VALUES (?1, ?2, 1, ?3, ?3)"
                                      : "INSERT OR IGNORE INTO saved_searches(name, filter, builtin, "
                                        "created, updated) VALUES (?1, ?2, 1, ?3, ?3)");
    for (const SavedSearch& s : builtins()) {
        st.reset();
        st.bind(1, s.name)
            .bind(2, QString::fromUtf8(QJsonDocument(s.filter).toJson(QJsonDocument::Compact)))
            .bind(3, timestamp);
        st.run();
        added += db.changes();
    }
    return added;
}

int SavedSearches::ensureBuiltins(const QString& cachePath)
{
    Database db = Cache::open(cachePath, Cache::Access::ReadWrite);
    Transaction tx(db);
    const int added = writeBuiltins(db, now(), false);
    tx.commit();
    return added;
}

void SavedSearches::save(const QString& cachePath, const QString& name, const QJsonObject& filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw userError(tr("A scenario needs a name."));
    Database db = Cache::open(cachePath, Cache::Access::ReadWrite);
    Transaction tx(db);
    if (isBuiltin(db, trimmed))
        throw userError(
            tr("\"%1\" is a built-in scenario and cannot be overwritten; choose another name.").arg(trimmed));
    Statement st
        = db.prepare("INSERT INTO saved_searches(name, filter, builtin, created, updated) "
                     "VALUES (?1, ?2, 0, ?3, ?3) "
                     "ON CONFLICT(name) DO UPDATE SET filter = excluded.filter, updated = excluded.updated");
    st.bind(1, trimmed)
        .bind(2, QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)))
        .bind(3, now());
    st.run();
    tx.commit();
}

void SavedSearches::rename(const QString& cachePath, const QString& from, const QString& to)
{
    const QString target = to.trimmed();
    if (target.isEmpty())
        throw userError(tr("A scenario needs a name."));
    Database db = Cache::open(cachePath, Cache::Access::ReadWrite);
    Transaction tx(db);
    bool exists = false;
    if (isBuiltin(db, from, &exists))
        throw userError(tr("\"%1\" is a built-in scenario and cannot be renamed.").arg(from));
    if (!exists)
        throw userError(tr("There is no scenario named \"%1\".").arg(from));
    bool taken = false;
    isBuiltin(db, target, &taken);
    if (taken && target != from)
        throw userError(tr("A scenario named \"%1\" exists already.").arg(target));
    Statement st = db.prepare("UPDATE saved_searches SET name = ?2, updated = ?3 WHERE name = ?1");
    st.bind(1, from).bind(2, target).bind(3, now());
    st.run();
    tx.commit();
}

void SavedSearches::remove(const QString& cachePath, const QString& name)
{
    Database db = Cache::open(cachePath, Cache::Access::ReadWrite);
    Transaction tx(db);
    bool exists = false;
    if (isBuiltin(db, name, &exists))
        throw userError(tr("\"%1\" is a built-in scenario and cannot be deleted.").arg(name));
    if (!exists)
        throw userError(tr("There is no scenario named \"%1\".").arg(name));
    Statement st = db.prepare("DELETE FROM saved_searches WHERE name = ?1");
    st.bind(1, name);
    st.run();
    tx.commit();
}

} // namespace dj::store
