// visits export | merge | tasks (shared/spec/cli.md "Further commands": field work).
#include "cli.h"
#include "core/fieldwork/fieldworkexchange.h"
#include "core/fieldwork/fieldworkstore.h"
#include "core/search/filter.h"
#include "core/search/filtererror.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using namespace Qt::StringLiterals;
using dj::cli::CliError;
using dj::fieldwork::FieldWorkError;
using dj::fieldwork::FieldWorkExchange;
using dj::fieldwork::FieldWorkStore;
using dj::fieldwork::RecordKind;

class VisitsCommand
{
    Q_DECLARE_TR_FUNCTIONS(VisitsCommand)
public:
    static dj::store::Database openCache(const QString& db)
    {
        if (!QFileInfo::exists(db))
            throw CliError { dj::cli::UserError, tr("%1 does not exist.").arg(db) };
        // open() says what is wrong with a file it refuses (not a cache, damaged, newer, read-only media)
        // and leaves it untouched.
        return dj::store::Cache::open(db, dj::store::Cache::Access::ReadWrite);
    }

    static QJsonArray array(const QStringList& list)
    {
        QJsonArray a;
        for (const QString& s : list)
            a.append(s);
        return a;
    }

    static int exportVisits(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--db"_s, u"--out"_s, u"--since"_s });
        if (!args.positional().isEmpty())
            throw CliError { dj::cli::UsageError,
                tr("Unexpected argument %1.").arg(args.positional().first()) };
        const QString db = args.required(u"--db"_s);
        const QString out = args.required(u"--out"_s);
        QDate since;
        if (args.has(u"--since"_s)) {
            since = QDate::fromString(args.value(u"--since"_s), Qt::ISODate);
            if (!since.isValid() || args.value(u"--since"_s).size() != 10)
                throw CliError { dj::cli::UsageError, tr("Option --since takes a date YYYY-MM-DD.") };
        }
        try {
            dj::store::Database cache = openCache(db);
            FieldWorkStore store(cache);
            const dj::fieldwork::ExportResult r = FieldWorkExchange::exportTo(store, out, since);
            dj::cli::printJson(QJsonObject {
                { u"visits"_s, r.visits }, { u"tasks"_s, r.tasks }, { u"files"_s, array(r.files) } });
        } catch (const FieldWorkError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }

    static int merge(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--db"_s });
        const QString db = args.required(u"--db"_s);
        if (args.positional().isEmpty())
            throw CliError { dj::cli::UsageError,
                tr("Give at least one export to merge: a folder, visits.csv, tasks.csv or an .xlsx "
                   "workbook.") };
        for (const QString& p : args.positional())
            if (!QFileInfo::exists(p))
                throw CliError { dj::cli::UserError, tr("%1 does not exist.").arg(p) };
        try {
            dj::store::Database cache = openCache(db);
            FieldWorkStore store(cache);
            const dj::fieldwork::MergeReport r = FieldWorkExchange::merge(store, args.positional());
            QJsonArray conflicts;
            for (const dj::fieldwork::Conflict& c : r.conflicts)
                conflicts.append(QJsonObject { { u"kind"_s, dj::fieldwork::Fields::kindName(c.kind) },
                    { u"id"_s, c.id }, { u"field"_s, c.field }, { u"kept"_s, c.kept },
                    { u"kept_at"_s, c.keptAt }, { u"kept_by"_s, c.keptBy }, { u"other"_s, c.other },
                    { u"other_at"_s, c.otherAt }, { u"other_by"_s, c.otherBy } });
            dj::cli::printJson(QJsonObject { { u"added"_s, array(r.added) },
                { u"updated"_s, array(r.updated) }, { u"unchanged"_s, r.unchanged },
                { u"conflicts"_s, conflicts }, { u"files"_s, array(r.files) } });
        } catch (const FieldWorkError& e) {
            throw CliError { dj::cli::UserError, tr("Nothing was merged: %1").arg(e.message()) };
        }
        return dj::cli::Ok;
    }

    static int tasks(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments,
            { u"--db"_s, u"--reason"_s, u"--assignee"_s, u"--due"_s, u"--park"_s, u"--filter"_s,
                u"--list"_s });
        const QString db = args.required(u"--db"_s);
        const QString reason = args.required(u"--reason"_s).trimmed();
        if (reason.isEmpty())
            throw CliError { dj::cli::UsageError, tr("Option --reason needs a text.") };
        QStringList usccs = args.positional();
        if (args.has(u"--list"_s)) {
            // Bounded like every input (a list of a million codes is about 20 MB).
            const QByteArray list
                = dj::cli::readBounded(args.value(u"--list"_s), qint64(256) << 20, tr("list"));
            for (const QByteArray& line : list.split('\n')) {
                const QString code = QString::fromUtf8(line).section(u',', 0, 0).trimmed();
                if (!code.isEmpty())
                    usccs << code;
            }
        }
        std::optional<dj::search::Filter> filter;
        if (args.has(u"--filter"_s)) {
            const QString path = args.value(u"--filter"_s);
            const QByteArray json = dj::cli::readBounded(path, qint64(16) << 20, tr("filter file"));
            try {
                filter = dj::search::Filter::fromJson(json);
            } catch (const dj::search::FilterError& e) {
                throw CliError { dj::cli::UserError, tr("Filter %1 refused: %2").arg(path, e.message()) };
            }
        }
        if (usccs.isEmpty() && !filter)
            throw CliError { dj::cli::UsageError,
                tr("Give the enterprises: USCCs, --list FILE or --filter F.json.") };
        QHash<QString, QString> defaults;
        if (args.has(u"--assignee"_s))
            defaults.insert(u"assignee"_s, args.value(u"--assignee"_s));
        if (args.has(u"--due"_s))
            defaults.insert(u"due"_s, args.value(u"--due"_s));
        if (args.has(u"--park"_s))
            defaults.insert(u"park_id"_s, args.value(u"--park"_s));
        try {
            dj::store::Database cache = openCache(db);
            if (filter) {
                const dj::search::SearchEngine engine(dj::search::SearchIndex::open(db));
                for (const qint32 row : engine.matchIds(*filter))
                    usccs << engine.row(row).uscc;
            }
            FieldWorkStore store(cache);
            const FieldWorkStore::Generated g = store.generateTasks(usccs, reason, defaults);
            dj::cli::printJson(QJsonObject { { u"created"_s, array(g.created) },
                { u"already_open"_s, array(g.alreadyOpen) }, { u"unknown"_s, array(g.unknown) } });
        } catch (const FieldWorkError& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }
};

} // namespace

DJ_CLI_COMMAND({ u"visits export"_s, u"--db FILE --out DIR [--since YYYY-MM-DD]"_s,
    u"write visits.csv, tasks.csv and fieldwork.xlsx (records changed since DATE) → {visits,tasks,files}"_s,
    &VisitsCommand::exportVisits });
DJ_CLI_COMMAND({ u"visits merge"_s, u"--db FILE PATH…"_s,
    u"merge colleagues' exports by record id, later edit wins per field → {added,updated,unchanged,conflicts}"_s,
    &VisitsCommand::merge });
DJ_CLI_COMMAND({ u"visits tasks"_s,
    u"--db FILE --reason TEXT [--assignee NAME] [--due DATE] [--park ID] (USCC… | --list FILE | --filter F.json)"_s,
    u"one visit task per enterprise of a list or a search result → {created,already_open,unknown}"_s,
    &VisitsCommand::tasks });
