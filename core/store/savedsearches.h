#pragma once

#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dj::store {

/// One saved scenario: a named filter (the JSON of cli.md) kept in the cache's saved_searches table.
struct SavedSearch
{
    QString name;
    QJsonObject filter;
    bool builtin = false;
};

/// Reading and writing the saved_searches table of a cache, and the one definition of the built-in
/// scenarios (the demo generator writes the same ones). Each path-taking call opens its own connection, so
/// it may run on any thread. Errors (a read-only file, a name in use) throw dj::Error (StoreError) with a
/// message for the user; nothing is half-written.
class SavedSearches
{
    Q_DECLARE_TR_FUNCTIONS(SavedSearches)
public:
    /// The two client scenarios of demo-data.md (信贷获客, 渠道拓展).
    static QList<SavedSearch> builtins();
    /// The built-in scenario that shows its result split by licence kind.
    static QString channelScenarioName();
    static QString creditScenarioName();

    /// All saved searches, built-in first, then by name.
    static QList<SavedSearch> list(const QString& cachePath);
    /// Inserts the built-in scenarios that are missing; returns how many were added.
    static int ensureBuiltins(const QString& cachePath);
    /// Writes the built-ins into an open database (inside the caller's transaction), stamped with
    /// timestamp (ISO 8601); replace overwrites existing rows of the same name (the demo generator).
    static int writeBuiltins(Database& db, const QString& timestamp, bool replace);
    /// Inserts or replaces a user scenario. Refuses to overwrite a built-in one and empty names.
    static void save(const QString& cachePath, const QString& name, const QJsonObject& filter);
    static void rename(const QString& cachePath, const QString& from, const QString& to);
    static void remove(const QString& cachePath, const QString& name);
};

} // namespace dj::store
