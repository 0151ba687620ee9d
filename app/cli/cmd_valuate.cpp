// valuate (shared/spec/cli.md "Analyses"): evaluates a saved data-asset valuation worksheet and prints every
// result; quality measure: the data-quality indicators of one table of a cache.
#include "cli.h"
#include "core/io/ioerror.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/valuation/qualitymeasure.h"
#include "core/valuation/resultjson.h"
#include "core/valuation/valuationexport.h"
#include "core/valuation/worksheet.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

using namespace Qt::StringLiterals;

class ValuateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValuateCommand)
public:
    static int valuate(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--xlsx"_s }, { u"--no-monte-carlo"_s });
        if (a.positional().size() != 1)
            throw dj::cli::CliError { dj::cli::UsageError,
                tr("Give one worksheet file: valuate WORKSHEET.json") };
        try {
            const QJsonObject doc = dj::valuation::Worksheet::load(a.positional().first());
            dj::valuation::ResultJson::Options options;
            options.monteCarlo = !a.has(u"--no-monte-carlo"_s);
            const QJsonObject result = dj::valuation::ResultJson::evaluate(doc, options);
            if (a.has(u"--xlsx"_s))
                dj::valuation::ValuationExport::writeXlsx(doc, result, a.value(u"--xlsx"_s));
            dj::cli::printJson(result);
        } catch (const dj::valuation::ValidationError& e) {
            QStringList lines { tr("The worksheet was refused:") };
            for (const dj::valuation::Issue& i : e.issues())
                lines << (i.path.isEmpty() ? u"  "_s + i.reason : u"  "_s + i.path + u": "_s + i.reason);
            throw dj::cli::CliError { dj::cli::UserError, lines.join(QLatin1Char('\n')) };
        } catch (const dj::io::IoError& e) {
            throw dj::cli::CliError { dj::cli::UserError, e.message() };
        }
        return dj::cli::Ok;
    }

    static int measure(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--table"_s, u"--date"_s, u"--limit"_s });
        const QString path = a.required(u"--db"_s);
        const QString table = a.required(u"--table"_s);
        QDate reference = QDate::currentDate();
        if (a.has(u"--date"_s)) {
            reference = QDate::fromString(a.value(u"--date"_s), Qt::ISODate);
            if (!reference.isValid())
                throw dj::cli::CliError { dj::cli::UsageError, tr("--date expects YYYY-MM-DD.") };
        }
        const qint64 limit = a.integer(u"--limit"_s, 200000, 1, 100000000);
        const dj::store::Database db = dj::store::Cache::open(path, dj::store::Cache::Access::ReadOnly);
        dj::valuation::TableMeasure m;
        try {
            m = dj::valuation::QualityMeasure::measure(db, table, reference, limit);
        } catch (const dj::valuation::ValidationError& e) {
            throw dj::cli::CliError { dj::cli::UserError, e.message() };
        }
        QJsonArray cols;
        for (const dj::valuation::ColumnMeasure& c : std::as_const(m.columns))
            cols.append(QJsonObject { { u"column"_s, c.column }, { u"missing"_s, c.missing },
                { u"rule"_s, c.rule }, { u"checked"_s, c.checked }, { u"conforming"_s, c.conforming } });
        QJsonObject scores;
        const QList<double> s = m.scores();
        for (int d = 0; d < dj::valuation::kDimensions; ++d)
            if (s[d] >= 0)
                scores.insert(dj::valuation::dimensionKey(d), s[d]);
        dj::cli::printJson(QJsonObject { { u"table"_s, m.table }, { u"rows"_s, m.rows },
            { u"columns"_s, cols }, { u"key_column"_s, m.keyColumn }, { u"duplicates"_s, m.duplicates },
            { u"uscc_checked"_s, m.usccChecked }, { u"uscc_valid"_s, m.usccValid },
            { u"missing_rate"_s, m.missingRate() }, { u"conformance_rate"_s, m.conformanceRate() },
            { u"newest"_s, m.newest.toString(Qt::ISODate) }, { u"age_days"_s, m.ageDays },
            { u"scores"_s, scores } });
        return dj::cli::Ok;
    }
};

} // namespace

DJ_CLI_COMMAND({ u"valuate"_s, ValuateCommand::tr("WORKSHEET.json [--no-monte-carlo] [--xlsx OUT.xlsx]"),
    ValuateCommand::tr(
        "evaluate a data-asset valuation worksheet: quality weights and CR, each approach, the "
        "conclusion, sensitivity, tornado, Monte Carlo and the disclosure tables"),
    &ValuateCommand::valuate });
DJ_CLI_COMMAND(
    { u"quality measure"_s, ValuateCommand::tr("--db FILE --table NAME [--date YYYY-MM-DD] [--limit N]"),
        ValuateCommand::tr(
            "measure data-quality indicators (missing, formats, duplicates, freshness) on a cache table"),
        &ValuateCommand::measure });
