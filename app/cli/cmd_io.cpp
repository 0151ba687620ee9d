// import / export (shared/spec/cli.md "Cache and data"): bundles in and out of a cache.
#include "cli.h"
#include "core/fieldwork/fieldworkimport.h"
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/io/ioerror.h"
#include "core/risk/monitor.h"
#include "core/store/cache.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <optional>

namespace {

using namespace Qt::StringLiterals;

dj::Progress terminalProgress()
{
    const bool terminal = dj::cli::stderrIsTerminal();
    return dj::Progress([terminal](qint64 done, qint64 total, const QString& stage) {
        if (!terminal || total <= 0)
            return;
        std::fprintf(stderr, "\r%s %3d%%\x1b[K", qPrintable(stage), int(done * 100 / total));
        if (done >= total)
            std::fprintf(stderr, "\n");
        std::fflush(stderr);
    });
}

class IoCommand
{
    Q_DECLARE_TR_FUNCTIONS(IoCommand)
public:
    static int import(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--db"_s });
        const QString db = args.required(u"--db"_s);
        const QStringList paths = args.positional();
        if (paths.isEmpty())
            throw dj::cli::CliError { dj::cli::UsageError,
                tr("Give at least one bundle: a folder, a .csv file or an .xlsx workbook.") };
        // Checked before the cache is opened, so that a typo never leaves a new empty cache behind.
        for (const QString& p : paths) {
            if (!QFileInfo::exists(p))
                throw dj::cli::CliError { dj::cli::UserError, tr("%1 does not exist.").arg(p) };
            // A bundle an export is still writing (or was killed writing) is refused here too, before a
            // new cache would be created for it.
            const QFileInfo info(p);
            const QDir folder = info.isDir() ? QDir(p) : info.absoluteDir();
            if (QFileInfo::exists(folder.absoluteFilePath(dj::io::Exporter::incompleteMarker())))
                throw dj::cli::CliError { dj::cli::UserError,
                    tr("%1 is an incomplete export (an export was interrupted or is still running); export "
                       "it again.")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())) };
        }
        const QFileInfo dbInfo(db);
        try {
            // An existing file is opened (never created over): open() says what is wrong with a file it
            // refuses (not a cache, damaged, newer, on read-only media) and leaves it untouched.
            dj::store::Database cache = dbInfo.exists()
                ? dj::store::Cache::open(db, dj::store::Cache::Access::ReadWrite)
                : dj::store::Cache::openOrCreate(db);
            // Visits and tasks go through the field-work merge (history, stable ids, later edit wins per
            // field, deleted records stay deleted), never over the rows by id; the same routing as the
            // window's import dialog (core/fieldwork/fieldworkimport.h). They are read and checked before
            // anything is imported, so a bad visits file refuses the whole run, and merged inside the
            // import's transaction, so a kill leaves the cache as it was or fully imported.
            dj::io::ImportOptions options;
            options.refuseAmbiguous = true; // never a silent import into the wrong table
            std::optional<dj::fieldwork::FieldWorkImport> fieldWork;
            try {
                fieldWork.emplace(cache, dj::io::Importer::inspect(paths, &cache, 0), options);
            } catch (const dj::fieldwork::FieldWorkError& e) {
                throw dj::cli::CliError { dj::cli::UserError,
                    tr("Nothing was imported: %1").arg(e.message()) };
            }
            const dj::io::ImportReport report
                = dj::io::Importer::run(cache, paths, options, terminalProgress());
            QJsonObject out = report.toJson();
            if (const std::optional<dj::fieldwork::MergeReport> merged = fieldWork->report()) {
                QJsonArray conflicts;
                for (const dj::fieldwork::Conflict& c : merged->conflicts)
                    conflicts.append(QJsonObject { { u"kind"_s, dj::fieldwork::Fields::kindName(c.kind) },
                        { u"id"_s, c.id }, { u"field"_s, c.field }, { u"kept"_s, c.kept },
                        { u"other"_s, c.other } });
                out.insert(u"fieldwork"_s,
                    QJsonObject { { u"added"_s, QJsonArray::fromStringList(merged->added) },
                        { u"updated"_s, QJsonArray::fromStringList(merged->updated) },
                        { u"unchanged"_s, merged->unchanged }, { u"conflicts"_s, conflicts },
                        { u"files"_s, QJsonArray::fromStringList(merged->files) } });
            }
            // the monitoring rules compare the new data with the state recorded before (core/risk); core/io
            // stays unaware of them
            const dj::risk::Monitor::RunResult monitored = dj::risk::Monitor(cache).afterImport();
            if (monitored.watched > 0)
                out.insert(u"risk_alerts"_s, qint64(monitored.raised.size()));
            dj::cli::printJson(out);
            // Every row of a file rejected is a failure, even when other files imported.
            const QStringList refused = report.fullyRejectedSources();
            if (!refused.isEmpty())
                throw dj::cli::CliError { dj::cli::UserError,
                    tr("Every row of %1 was rejected; see \"rejected\" for the reasons.")
                        .arg(refused.join(u", "_s)) };
            if (report.totalImported() == 0 && !report.rejected.isEmpty())
                throw dj::cli::CliError { dj::cli::UserError,
                    tr("Nothing was imported; see \"rejected\" for the reasons.") };
        } catch (const dj::io::IoError& e) {
            throw dj::cli::CliError { dj::cli::UserError, e.message() };
        } catch (const dj::fieldwork::FieldWorkError& e) {
            // From the merge inside the import's transaction: the whole import was rolled back.
            throw dj::cli::CliError { dj::cli::UserError, tr("Nothing was imported: %1").arg(e.message()) };
        }
        return dj::cli::Ok;
    }

    static int exportBundle(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--db"_s, u"--out"_s, u"--format"_s });
        args.noPositional();
        const QString db = args.required(u"--db"_s);
        const QString out = args.required(u"--out"_s);
        const QString format = args.value(u"--format"_s, u"csv"_s);
        dj::io::ExportOptions options;
        if (format == u"csv")
            options.format = dj::io::ExportOptions::Format::Csv;
        else if (format == u"xlsx")
            options.format = dj::io::ExportOptions::Format::Xlsx;
        else
            throw dj::cli::CliError { dj::cli::UsageError, tr("Option --format takes csv or xlsx.") };
        if (!QFileInfo::exists(db))
            throw dj::cli::CliError { dj::cli::UserError, tr("%1 does not exist.").arg(db) };
        try {
            dj::store::Database cache = dj::store::Cache::open(db, dj::store::Cache::Access::ReadOnly);
            const dj::io::ExportSummary summary
                = dj::io::Exporter::run(cache, out, options, terminalProgress());
            QJsonObject rows;
            for (auto it = summary.rows.cbegin(); it != summary.rows.cend(); ++it)
                rows.insert(it.key(), it.value());
            dj::cli::printJson(QJsonObject { { u"exported"_s, rows },
                { u"files"_s, QJsonArray::fromStringList(summary.files) }, { u"format"_s, format },
                { u"seconds"_s, qRound(summary.seconds * 1000) / 1000.0 } });
        } catch (const dj::io::IoError& e) {
            throw dj::cli::CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }
};

DJ_CLI_COMMAND({ u"import"_s, IoCommand::tr("--db FILE PATH..."),
    IoCommand::tr(
        "import bundles (folder of CSV, table-named .csv, .xlsx workbook) into FILE, created when absent"),
    &IoCommand::import });
DJ_CLI_COMMAND({ u"export"_s, IoCommand::tr("--db FILE --out DIR [--format csv|xlsx]"),
    IoCommand::tr("write the whole cache as a bundle (CSV folder, or DIR/bundle.xlsx)"),
    &IoCommand::exportBundle });

} // namespace
