// search, bench search (shared/spec/cli.md "Search").
#include "cli.h"
#include "core/search/filter.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

using namespace Qt::StringLiterals;
using dj::search::Filter;
using dj::search::FilterError;
using dj::search::SearchEngine;
using dj::search::SearchIndex;
using dj::search::Sort;

class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)
public:
    /// Reads and checks the filter file before the cache is touched: a bad filter changes nothing.
    static Filter readFilter(const QString& path)
    {
        // A filter is a few hundred bytes; region lists of a whole province stay far below this.
        constexpr qint64 kMaxFilterBytes = 16 << 20;
        const QByteArray json = dj::cli::readBounded(path, kMaxFilterBytes, tr("filter file"));
        try {
            return Filter::fromJson(json);
        } catch (const FilterError& e) {
            throw dj::cli::CliError { dj::cli::UserError,
                tr("Filter %1 refused: %2").arg(path, e.message()) };
        }
    }

    static std::shared_ptr<const SearchIndex> openIndex(const QString& db)
    {
        const bool terminal = dj::cli::stderrIsTerminal();
        dj::Progress progress([terminal](qint64 done, qint64 total, const QString& stage) {
            if (terminal && total > 0)
                std::fprintf(stderr, "\r%s %3d%%", qPrintable(stage), int(done * 100 / total));
        });
        auto index = SearchIndex::open(db, progress);
        if (terminal && !index->wasLoaded())
            std::fprintf(stderr, "\n");
        return index;
    }

    /// Peak resident memory of this process in MB, where the platform tells it cheaply (Linux).
    static std::optional<double> peakMb()
    {
#ifdef Q_OS_LINUX
        QFile f(u"/proc/self/status"_s);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : f.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
            }
        }
#endif
        return std::nullopt;
    }

    static QJsonValue optNumber(const std::optional<double>& v)
    {
        return v ? QJsonValue(*v) : QJsonValue();
    }

    static QJsonObject counts(const QMap<QString, qint64>& m)
    {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

    static int search(const QStringList& args)
    {
        const dj::cli::Args a(
            args, { u"--db"_s, u"--filter"_s, u"--limit"_s, u"--offset"_s, u"--sort"_s }, { u"--facets"_s });
        a.noPositional();
        const QString db = a.required(u"--db"_s);
        const QString filterPath = a.required(u"--filter"_s);
        const int limit = int(a.integer(u"--limit"_s, 50, 0, 1000000));
        const int offset = int(a.integer(u"--offset"_s, 0, 0, 100000000));
        const auto sort = Sort::parse(a.value(u"--sort"_s, u"revenue:desc"_s));
        if (!sort)
            throw dj::cli::CliError {
                dj::cli::UsageError,
                tr("--sort takes FIELD or FIELD:desc with FIELD one of %1.").arg(Sort::fields().join(u", "_s))
            };
        const Filter filter = readFilter(filterPath);
        const SearchEngine engine(openIndex(db));
        const dj::search::Result result = engine.run(filter, *sort, offset, limit, a.has(u"--facets"_s));

        QJsonArray rows;
        for (const dj::search::Row& r : result.rows) {
            rows.append(QJsonObject {
                { u"id"_s, r.id },
                { u"uscc"_s, r.uscc },
                { u"name"_s, r.name },
                { u"status"_s, r.status },
                { u"region_code"_s, r.regionCode },
                { u"industry_code"_s, r.industryCode.isEmpty() ? QJsonValue() : QJsonValue(r.industryCode) },
                { u"industry_section"_s,
                    r.industrySection.isEmpty() ? QJsonValue() : QJsonValue(r.industrySection) },
                { u"revenue"_s, optNumber(r.revenue) },
                { u"revenue_year"_s, r.revenueYear ? QJsonValue(*r.revenueYear) : QJsonValue() },
                { u"tax"_s, optNumber(r.tax) },
                { u"tax_year"_s, r.taxYear ? QJsonValue(*r.taxYear) : QJsonValue() },
                { u"registered_capital"_s, optNumber(r.registeredCapital) },
                { u"established"_s, r.established.isEmpty() ? QJsonValue() : QJsonValue(r.established) },
                { u"insured_count"_s, r.insuredCount ? QJsonValue(*r.insuredCount) : QJsonValue() },
            });
        }
        QJsonObject out { { u"total"_s, result.total }, { u"rows"_s, rows },
            { u"ms"_s, std::round(result.ms * 1000) / 1000 } };
        if (result.facets) {
            out.insert(u"facets"_s,
                QJsonObject { { u"section"_s, counts(result.facets->section) },
                    { u"province"_s, counts(result.facets->province) },
                    { u"city"_s, counts(result.facets->city) },
                    { u"licenses"_s, counts(result.facets->licenses) },
                    { u"qualifications"_s, counts(result.facets->qualifications) },
                    { u"status"_s, counts(result.facets->status) } });
        }
        dj::cli::printJson(out);
        return dj::cli::Ok;
    }

    static int bench(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--filter"_s, u"--repeat"_s });
        a.noPositional();
        const QString db = a.required(u"--db"_s);
        const QString filterPath = a.required(u"--filter"_s);
        const int repeat = int(a.integer(u"--repeat"_s, 20, 1, 100000));
        const Filter filter = readFilter(filterPath);

        QElapsedTimer timer;
        timer.start();
        const SearchEngine engine(openIndex(db));
        const double openMs = double(timer.nsecsElapsed()) / 1e6;
        const Sort sort { u"revenue"_s, true };
        std::vector<double> times;
        qint64 total = 0;
        for (int i = 0; i < repeat; ++i) {
            timer.restart();
            total = engine.run(filter, sort, 0, 50, true).total;
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        auto at = [&](double q) {
            return times[std::min(times.size() - 1, size_t(std::ceil(q * double(times.size())) - 1))];
        };
        auto round3 = [](double v) { return std::round(v * 1000) / 1000; };
        QJsonObject out { { u"open_ms"_s, round3(openMs) },
            { u"median_ms"_s, round3(times[(times.size() - 1) / 2]) }, { u"p95_ms"_s, round3(at(0.95)) },
            { u"total"_s, total }, { u"repeat"_s, repeat },
            { u"index_loaded"_s, engine.index()->wasLoaded() } };
        if (const auto peak = peakMb())
            out.insert(u"peak_mb"_s, round3(*peak));
        dj::cli::printJson(out);
        return dj::cli::Ok;
    }
};

DJ_CLI_COMMAND(
    { u"search"_s, u"--db FILE --filter F.json [--limit N] [--offset K] [--sort FIELD[:desc]] [--facets]"_s,
        SearchCommand::tr("screen the enterprises of a cache with a filter file (JSON)"),
        &SearchCommand::search });
DJ_CLI_COMMAND({ u"bench search"_s, u"--db FILE --filter F.json [--repeat R]"_s,
    SearchCommand::tr(
        "time a filter: open the cache once, run it R times (count, first 50 by revenue, facets)"),
    &SearchCommand::bench });

} // namespace
