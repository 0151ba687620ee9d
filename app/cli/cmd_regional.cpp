// regional flows | index | rank | profile | compare (shared/spec/cli.md "Further commands").
#include "cli.h"
#include "core/regional/regionalengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <cstdio>

namespace {

using namespace Qt::StringLiterals;
using dj::regional::FlowCell;
using dj::regional::HolderKind;
using dj::regional::Level;
using dj::regional::RegionalEngine;
using dj::regional::RegionalError;
using dj::regional::RegionLevel;

class RegionalCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegionalCommand)
public:
    static std::unique_ptr<RegionalEngine> open(const QString& db)
    {
        const bool terminal = dj::cli::stderrIsTerminal();
        dj::Progress progress([terminal](qint64 done, qint64 total, const QString& stage) {
            if (terminal && total > 0)
                std::fprintf(stderr, "\r%s %3d%%", qPrintable(stage), int(done * 100 / total));
        });
        auto engine = std::make_unique<RegionalEngine>(db, progress);
        if (terminal && engine->buildMs() > 0)
            std::fprintf(stderr, "\n");
        return engine;
    }

    /// Runs body, turning the engine's bad-input errors into exit code 1.
    template <typename F> static int guarded(F body)
    {
        try {
            return body();
        } catch (const RegionalError& e) {
            throw dj::cli::CliError { dj::cli::UserError, e.message() };
        }
    }

    static dj::regional::Scope scope(const dj::cli::Args& a)
    {
        dj::regional::Scope s;
        const QString levelText = a.required(u"--level"_s);
        const auto level = RegionLevel::parse(levelText);
        if (!level)
            throw dj::cli::CliError { dj::cli::UsageError,
                tr("--level takes province, city or county, not \"%1\".").arg(levelText) };
        s.level = *level;
        s.within = a.value(u"--within"_s);
        if (a.has(u"--industry"_s))
            s.sections = a.value(u"--industry"_s).split(u',', Qt::SkipEmptyParts);
        return s;
    }

    static QJsonObject scopeJson(const dj::regional::Scope& s)
    {
        QJsonArray sections;
        for (const QString& sec : s.sections)
            sections.append(sec);
        return { { u"level"_s, RegionLevel::id(s.level) },
            { u"within"_s, s.within.isEmpty() ? QJsonValue() : QJsonValue(s.within) },
            { u"industries"_s, sections } };
    }

    static QJsonObject region(const QString& key)
    {
        return { { u"code"_s, key }, { u"name"_s, RegionLevel::name(key) } };
    }

    static QJsonArray cells(const QList<FlowCell>& list, int top)
    {
        QJsonArray out;
        for (const FlowCell& c : list) {
            if (top > 0 && out.size() >= top)
                break;
            out.append(QJsonObject { { u"from"_s, c.from }, { u"to"_s, c.to }, { u"count"_s, c.count },
                { u"capital"_s, c.capital }, { u"foreign_count"_s, c.foreignCount } });
        }
        return out;
    }

    static QJsonObject formulasJson(const QList<dj::regional::IndexFormula>& formulas)
    {
        QJsonObject out;
        for (const auto& f : formulas) {
            QJsonArray terms;
            for (const auto& t : f.terms)
                terms.append(QJsonObject {
                    { u"symbol"_s, t.symbol }, { u"weight"_s, t.weight }, { u"meaning"_s, t.meaning } });
            out.insert(f.id,
                QJsonObject { { u"title"_s, f.title }, { u"text"_s, f.text() }, { u"terms"_s, terms },
                    { u"normalisation"_s,
                        f.normalisation == dj::regional::Normalisation::ShareOfMax ? u"share_of_max"_s
                                                                                   : u"min_max"_s },
                    { u"scale"_s, f.scale } });
        }
        return out;
    }

    static QJsonObject hashJson(const QHash<QString, double>& h)
    {
        QJsonObject o;
        for (auto it = h.begin(); it != h.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

    static QJsonObject indexJson(const dj::regional::RegionIndex& r)
    {
        QJsonObject o = region(r.region);
        o.insert(u"terms"_s, hashJson(r.terms));
        o.insert(u"indices"_s, hashJson(r.values));
        o.insert(u"partner"_s, r.partner.isEmpty() ? QJsonValue() : QJsonValue(r.partner));
        return o;
    }

    static int flows(const QStringList& args)
    {
        const dj::cli::Args a(args,
            { u"--db"_s, u"--level"_s, u"--within"_s, u"--industry"_s, u"--holders"_s, u"--from"_s, u"--to"_s,
                u"--top"_s });
        const QString db = a.required(u"--db"_s);
        dj::regional::FlowQuery q;
        q.scope = scope(a);
        q.yearFrom = int(a.integer(u"--from"_s, 0, 1900, 2100));
        q.yearTo = int(a.integer(u"--to"_s, 0, 1900, 2100));
        const int top = int(a.integer(u"--top"_s, 0, 0, 100000000));
        for (const QString& k : a.value(u"--holders"_s).split(u',', Qt::SkipEmptyParts)) {
            if (k == u"enterprise")
                q.kinds << HolderKind::Enterprise;
            else if (k == u"person")
                q.kinds << HolderKind::Person;
            else if (k == u"other")
                q.kinds << HolderKind::Other;
            else
                throw dj::cli::CliError {
                    dj::cli::UserError,
                    tr("--holders takes enterprise, person and other (comma-separated), not \"%1\".").arg(k)
                };
        }
        return guarded([&] {
            RegionalEngine::checked(q.scope);
            const auto engine = open(db);
            const dj::regional::FlowMatrix m = engine->flows(q);
            QJsonArray regions;
            for (const QString& r : m.regions)
                regions.append(region(r));
            QJsonArray years;
            for (auto it = m.enterpriseByYear.begin(); it != m.enterpriseByYear.end(); ++it)
                years.append(QJsonObject {
                    { u"year"_s, it.key() }, { u"count"_s, it->count }, { u"capital"_s, it->capital } });
            QJsonObject out = scopeJson(m.scope);
            out.insert(u"regions"_s, regions);
            out.insert(u"enterprise"_s, cells(m.enterprise, top));
            out.insert(u"person"_s, cells(m.person, top));
            out.insert(u"other"_s, cells(m.other, top));
            out.insert(u"by_year"_s, years);
            out.insert(u"build_ms"_s, engine->buildMs());
            out.insert(u"ms"_s, m.ms);
            dj::cli::printJson(out);
            return dj::cli::Ok;
        });
    }

    static dj::regional::IndexQuery indexQuery(const dj::cli::Args& a)
    {
        dj::regional::IndexQuery q;
        q.scope = scope(a);
        q.year = int(a.integer(u"--year"_s, 0, 1900, 2100));
        q.partner = a.value(u"--partner"_s);
        q.growthYears = int(a.integer(u"--growth-years"_s, 2, 1, 20));
        return q;
    }

    static int index(const QStringList& args)
    {
        const dj::cli::Args a(args,
            { u"--db"_s, u"--level"_s, u"--within"_s, u"--industry"_s, u"--year"_s, u"--partner"_s,
                u"--growth-years"_s });
        const QString db = a.required(u"--db"_s);
        const auto q = indexQuery(a);
        return guarded([&] {
            RegionalEngine::checked(q.scope);
            const auto engine = open(db);
            const auto t = engine->indices(q);
            QJsonArray regions;
            for (const auto& r : t.regions)
                regions.append(indexJson(r));
            QJsonObject out = scopeJson(t.scope);
            out.insert(u"year"_s, t.year);
            out.insert(u"growth_years"_s, t.growthYears);
            out.insert(u"formulas"_s, formulasJson(t.formulas));
            out.insert(u"synergy_formula"_s, t.synergyText);
            out.insert(u"regions"_s, regions);
            out.insert(u"build_ms"_s, engine->buildMs());
            out.insert(u"ms"_s, t.ms);
            dj::cli::printJson(out);
            return dj::cli::Ok;
        });
    }

    static int rank(const QStringList& args)
    {
        const dj::cli::Args a(args,
            { u"--db"_s, u"--level"_s, u"--within"_s, u"--industry"_s, u"--year"_s, u"--partner"_s,
                u"--growth-years"_s, u"--index"_s, u"--limit"_s });
        const QString db = a.required(u"--db"_s);
        const auto q = indexQuery(a);
        const QString index = a.required(u"--index"_s);
        const int limit = int(a.integer(u"--limit"_s, 0, 0, 100000));
        if (!RegionalEngine::indexIds().contains(index))
            throw dj::cli::CliError { dj::cli::UserError,
                tr("--index takes one of %1, not \"%2\".")
                    .arg(RegionalEngine::indexIds().join(u", "_s), index) };
        return guarded([&] {
            RegionalEngine::checked(q.scope);
            const auto engine = open(db);
            const auto r = engine->ranking(q, index);
            QJsonArray rows;
            for (const auto& row : r.rows) {
                if (limit > 0 && rows.size() >= limit)
                    break;
                QJsonObject o = region(row.region);
                o.insert(u"rank"_s, row.rank);
                o.insert(u"value"_s, row.value);
                o.insert(u"previous_rank"_s, row.previousRank ? QJsonValue(row.previousRank) : QJsonValue());
                o.insert(
                    u"previous_value"_s, row.previousRank ? QJsonValue(row.previousValue) : QJsonValue());
                o.insert(
                    u"change"_s, row.previousRank ? QJsonValue(row.value - row.previousValue) : QJsonValue());
                rows.append(o);
            }
            QJsonObject out = scopeJson(r.scope);
            out.insert(u"index"_s, r.index);
            out.insert(u"title"_s, RegionalEngine::indexTitle(r.index));
            out.insert(u"year"_s, r.year);
            out.insert(u"rows"_s, rows);
            dj::cli::printJson(out);
            return dj::cli::Ok;
        });
    }

    static QJsonObject profileJson(const dj::regional::RegionProfile& p)
    {
        QJsonObject o = region(p.region);
        o.insert(u"level"_s, RegionLevel::id(p.level));
        o.insert(u"year"_s, p.year);
        o.insert(u"firms"_s, p.firms);
        o.insert(u"live"_s, p.live);
        o.insert(u"qualified"_s, p.qualified);
        o.insert(u"revenue"_s, p.revenue);
        o.insert(u"tax"_s, p.tax);
        QJsonArray sections;
        for (const auto& s : p.sections)
            sections.append(QJsonObject { { u"section"_s, s.section }, { u"firms"_s, s.firms },
                { u"live"_s, s.live }, { u"revenue"_s, s.revenue } });
        o.insert(u"sections"_s, sections);
        QJsonObject scales, quals;
        for (const auto& [k, n] : p.scales)
            scales.insert(k.isEmpty() ? u"unknown"_s : k, n);
        for (const auto& [k, n] : p.qualifications)
            quals.insert(k, n);
        o.insert(u"scales"_s, scales);
        o.insert(u"qualifications"_s, quals);
        QJsonArray top;
        for (const auto& e : p.top)
            top.append(
                QJsonObject { { u"uscc"_s, e.uscc }, { u"name"_s, e.name }, { u"section"_s, e.section },
                    { u"scale"_s, e.scale }, { u"revenue"_s, e.revenue }, { u"tax"_s, e.tax } });
        o.insert(u"top"_s, top);
        QJsonArray growth;
        for (const auto& y : p.growth)
            growth.append(QJsonObject { { u"year"_s, y.year }, { u"established"_s, y.established },
                { u"firms"_s, y.firms }, { u"qualified"_s, y.qualified }, { u"revenue"_s, y.revenue },
                { u"tax"_s, y.tax } });
        o.insert(u"growth"_s, growth);
        o.insert(u"index"_s, indexJson(p.index));
        o.insert(u"top_out"_s, cells(p.topOut, 0));
        o.insert(u"top_in"_s, cells(p.topIn, 0));
        return o;
    }

    static int profile(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--year"_s });
        const QString db = a.required(u"--db"_s);
        const int year = int(a.integer(u"--year"_s, 0, 1900, 2100));
        if (a.positional().size() != 1)
            throw dj::cli::CliError { dj::cli::UsageError, tr("Give one region code.") };
        return guarded([&] {
            RegionalEngine::checkedRegion(a.positional().first());
            const auto engine = open(db);
            dj::cli::printJson(profileJson(engine->profile(a.positional().first(), year)));
            return dj::cli::Ok;
        });
    }

    static int compare(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--year"_s });
        const QString db = a.required(u"--db"_s);
        const int year = int(a.integer(u"--year"_s, 0, 1900, 2100));
        if (a.positional().size() < 2 || a.positional().size() > 5)
            throw dj::cli::CliError { dj::cli::UsageError, tr("Give two to five region codes.") };
        return guarded([&] {
            std::optional<Level> level;
            for (const QString& code : a.positional()) {
                const Level l = RegionalEngine::checkedRegion(code);
                if (level && *level != l)
                    throw RegionalError(RegionalError::Kind::BadInput,
                        tr("Compare regions of one level: %1 and %2 differ.")
                            .arg(a.positional().first(), code));
                level = l;
            }
            const auto engine = open(db);
            const auto c = engine->compare(a.positional(), year);
            QJsonArray regions;
            for (const auto& p : c.regions)
                regions.append(profileJson(p));
            QJsonObject out { { u"regions"_s, regions }, { u"between"_s, cells(c.between, 0) },
                { u"formulas"_s, formulasJson(c.formulas) }, { u"ms"_s, c.ms } };
            dj::cli::printJson(out);
            return dj::cli::Ok;
        });
    }
};

const QString kScopeUsage = u"--db FILE --level province|city|county [--within PREFIX] [--industry A,C,…]"_s;

DJ_CLI_COMMAND({ u"regional flows"_s,
    kScopeUsage + u" [--holders enterprise,person,other] [--from YEAR] [--to YEAR] [--top N]"_s,
    RegionalCommand::tr("investment flows between regions from shareholdings (enterprise, person, other "
                        "holders apart)"),
    &RegionalCommand::flows });
DJ_CLI_COMMAND({ u"regional index"_s, kScopeUsage + u" [--year Y] [--partner CODE] [--growth-years K]"_s,
    RegionalCommand::tr("indices per region with their formulas and raw terms"), &RegionalCommand::index });
DJ_CLI_COMMAND({ u"regional rank"_s,
    kScopeUsage
        + u" --index outward|inward|synergy|potential|firms|revenue|tax|qualified [--year Y] [--limit N]"_s,
    RegionalCommand::tr("a ranking list with the change against the previous year"),
    &RegionalCommand::rank });
DJ_CLI_COMMAND({ u"regional profile"_s, u"--db FILE [--year Y] CODE"_s,
    RegionalCommand::tr("a region's profile: industry and scale mix, qualified and top enterprises, growth"),
    &RegionalCommand::profile });
DJ_CLI_COMMAND({ u"regional compare"_s, u"--db FILE [--year Y] CODE CODE [CODE…]"_s,
    RegionalCommand::tr("two to five regions of one level side by side"), &RegionalCommand::compare });

} // namespace
