#pragma once

#include "../../support/pgserver.h"
#include "../../support/testutil.h"

#include <QString>

namespace dj::test {

/// A small demo cache (3,000 enterprises) and its exported bundle, made once per test executable with the
/// CLI (demo + export).
struct DemoBundle
{
    QString cache;
    QString bundle;
};
const DemoBundle& demoBundle();

/// A fresh database on the shared test server with the team-server schema and the demo bundle loaded
/// (through the CLI); returns its conninfo.
QString loadedServer(const QString& database);
/// The same without the template: init and load through the CLI into a new database.
QString loadInto(const QString& database);

/// Copies a folder's files (flat) to a new folder.
void copyFolder(const QString& from, const QString& to);

} // namespace dj::test
