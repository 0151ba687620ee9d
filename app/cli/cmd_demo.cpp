// demo (shared/spec/cli.md "Cache and data"): the deterministic demo data set of demo-data.md.
#include "cli.h"
#include "core/demo/demogenerator.h"
#include "core/store/cache.h"

#include <QFileInfo>
#include <QJsonObject>
#include <cstdio>
#include <stdexcept>

namespace {

using namespace Qt::StringLiterals;

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    static int run(const QStringList& arguments)
    {
        const dj::cli::Args args(arguments, { u"--db"_s, u"--enterprises"_s, u"--seed"_s });
        if (!args.positional().isEmpty())
            throw dj::cli::CliError { dj::cli::UsageError,
                tr("Unexpected argument %1.").arg(args.positional().first()) };
        const QString path = args.required(u"--db"_s);
        dj::demo::DemoOptions options;
        options.enterprises = args.integer(u"--enterprises"_s, options.enterprises,
            dj::demo::DemoGenerator::kMinEnterprises, dj::demo::DemoGenerator::kMaxEnterprises);
        if (args.has(u"--seed"_s)) {
            bool ok = false;
            options.seed = args.value(u"--seed"_s).toULongLong(&ok);
            if (!ok)
                throw dj::cli::CliError { dj::cli::UsageError,
                    tr("Option --seed takes a whole number from 0 to 18446744073709551615.") };
        }
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            throw dj::cli::CliError { dj::cli::UserError, tr("%1 is not a file.").arg(path) };
        if (info.exists() && info.size() > 0 && !dj::store::Cache::isCache(path))
            throw dj::cli::CliError { dj::cli::UserError,
                tr("%1 exists and is not a Dianjing cache; it will not be overwritten.").arg(path) };

        const bool terminal = dj::cli::stderrIsTerminal();
        dj::Progress progress([terminal](qint64 done, qint64 total, const QString& stage) {
            if (!terminal || total <= 0)
                return;
            std::fprintf(stderr, "\r%-20s %3d%%", stage.toLocal8Bit().constData(), int(done * 100 / total));
            if (done >= total)
                std::fprintf(stderr, "\n");
            std::fflush(stderr);
        });
        dj::demo::DemoSummary summary;
        try {
            summary = dj::demo::DemoGenerator::generate(path, options, progress);
        } catch (const std::invalid_argument& e) {
            throw dj::cli::CliError { dj::cli::UsageError, QString::fromUtf8(e.what()) };
        }
        QJsonObject out { { u"enterprises"_s, summary.enterprises }, { u"persons"_s, summary.persons },
            { u"seconds"_s, qRound(summary.seconds * 1000) / 1000.0 },
            { u"seed"_s, QString::number(options.seed) } };
        QJsonObject rows;
        for (auto it = summary.rows.cbegin(); it != summary.rows.cend(); ++it)
            rows.insert(it.key(), it.value());
        out.insert(u"rows"_s, rows);
        dj::cli::printJson(out);
        return dj::cli::Ok;
    }
};

} // namespace

DJ_CLI_COMMAND({ u"demo"_s, DemoCommand::tr("--db FILE [--enterprises N] [--seed S]"),
    DemoCommand::tr("create FILE with the deterministic demo data set (default 100,000 enterprises)"),
    &DemoCommand::run });
