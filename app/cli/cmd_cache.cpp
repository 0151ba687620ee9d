// check cache (the full check on demand of a cache; cli.md "Cache and data").
#include "cli.h"
#include "core/store/cache.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using namespace Qt::StringLiterals;

class CacheCommand
{
    Q_DECLARE_TR_FUNCTIONS(CacheCommand)
public:
    /// Everything opening checks, then SQLite's integrity_check and the foreign keys; writes nothing.
    /// Exit 0 when the cache is sound, 1 with the problems otherwise.
    static int check(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--db"_s });
        args.noPositional();
        const QString db = args.required(u"--db"_s);
        if (!QFileInfo::exists(db))
            throw dj::cli::CliError { dj::cli::UserError, tr("The cache %1 does not exist.").arg(db) };
        const QStringList problems = dj::store::Cache::checkCache(db);
        dj::cli::printJson(QJsonObject { { u"db"_s, db }, { u"ok"_s, problems.isEmpty() },
            { u"problems"_s, QJsonArray::fromStringList(problems) } });
        for (const QString& p : problems)
            dj::cli::printError(p);
        return problems.isEmpty() ? dj::cli::Ok : dj::cli::UserError;
    }
};

} // namespace

DJ_CLI_COMMAND({ u"check cache"_s, CacheCommand::tr("--db FILE"),
    CacheCommand::tr("full check of a cache (header, schema, SQLite integrity_check, foreign keys); "
                     "exit 1 and the problems when it is damaged; writes nothing"),
    &CacheCommand::check });
