// geo convert / geo address / geo geocode (cli.md, Maps).
#include "cli.h"
#include "core/geo/addressnormalizer.h"
#include "core/geo/coordtransform.h"
#include "core/geo/geocoder.h"
#include "core/store/cache.h"

#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

using dj::cli::CliError;
using namespace dj::geo;

class GeoCli
{
    Q_DECLARE_TR_FUNCTIONS(GeoCli)
public:
    static CoordSystem system(const dj::cli::Args& args, const QString& option)
    {
        const QString value = args.required(option);
        const auto s = CoordTransform::parseSystem(value);
        if (!s)
            throw CliError { dj::cli::UsageError,
                tr("%1 must be wgs84, gcj02 or bd09, not \"%2\".").arg(option, value) };
        return *s;
    }

    static double number(const QString& text, const QString& what, double min, double max)
    {
        bool ok = false;
        const double v = QLocale::c().toDouble(text.trimmed(), &ok);
        if (!ok || !std::isfinite(v))
            throw CliError { dj::cli::UserError, tr("%1 \"%2\" is not a number.").arg(what, text.left(40)) };
        if (v < min || v > max)
            throw CliError { dj::cli::UserError,
                tr("%1 %2 is out of range (%3 to %4).").arg(what, text.left(40)).arg(min).arg(max) };
        return v;
    }

    static double round7(double v) { return std::round(v * 1e7) / 1e7; }

    static int convert(const QStringList& argv)
    {
        const dj::cli::Args args(argv, { QStringLiteral("--from"), QStringLiteral("--to") });
        const CoordSystem from = system(args, QStringLiteral("--from"));
        const CoordSystem to = system(args, QStringLiteral("--to"));
        if (args.positional().size() != 2)
            throw CliError { dj::cli::UsageError, tr("Give exactly two numbers: LON LAT.") };
        const double lon = number(args.positional().at(0), tr("Longitude"), -180.0, 180.0);
        const double lat = number(args.positional().at(1), tr("Latitude"), -90.0, 90.0);
        const LonLat r = CoordTransform::convert(LonLat { lon, lat }, from, to);
        dj::cli::printJson(QJsonObject {
            { QStringLiteral("lon"), round7(r.lon) }, { QStringLiteral("lat"), round7(r.lat) } });
        return dj::cli::Ok;
    }

    /// The addresses of the command line, or of stdin lines when the only argument is "-". Problems
    /// are reported per address; the others are still processed.
    static QStringList inputs(const QStringList& positional, QStringList& problems)
    {
        QStringList list;
        if (positional.size() == 1 && positional.front() == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                throw CliError { dj::cli::UserError, tr("Cannot read standard input.") };
            // Bounded: the stream is read in chunks (never by line: a line may be endless, or hold NUL
            // bytes) up to kMaxStdinBytes; a line longer than any address is skipped without being kept.
            constexpr qsizetype kMaxLineBytes = AddressNormalizer::kMaxLength * 4 + 2;
            constexpr qint64 kMaxStdinBytes = 64 << 20;
            int lineNo = 0;
            auto addLine = [&](QByteArray line, bool tooLong) {
                ++lineNo;
                if (tooLong) {
                    list << QString();
                    problems << tr("Address %1 is longer than %2 characters; skipped.")
                                    .arg(lineNo)
                                    .arg(AddressNormalizer::kMaxLength);
                    return;
                }
                while (line.endsWith('\r'))
                    line.chop(1);
                if (line.trimmed().isEmpty()) {
                    list << QString(); // a blank line is no address; keeps numbering
                    return;
                }
                QStringDecoder decoder(QStringDecoder::Utf8);
                const QString text = decoder(line);
                if (decoder.hasError() || line.contains('\0')) {
                    problems << tr("Line %1 is not valid UTF-8; skipped.").arg(lineNo);
                    list << QString(); // keeps numbering; skipped below
                    return;
                }
                list << text;
            };
            QByteArray pending;
            bool skipping = false;
            qint64 total = 0;
            for (;;) {
                const QByteArray chunk = in.read(1 << 16);
                if (chunk.isEmpty())
                    break;
                total += chunk.size();
                if (total > kMaxStdinBytes)
                    throw CliError { dj::cli::UserError,
                        tr("Standard input is longer than %L1 bytes; refused.").arg(kMaxStdinBytes) };
                qsizetype start = 0;
                for (;;) {
                    const qsizetype nl = chunk.indexOf('\n', start);
                    const qsizetype end = nl < 0 ? chunk.size() : nl;
                    if (!skipping) {
                        pending.append(chunk.constData() + start, end - start);
                        if (pending.size() > kMaxLineBytes) {
                            skipping = true;
                            pending.clear();
                        }
                    }
                    if (nl < 0)
                        break;
                    addLine(pending, skipping);
                    pending.clear();
                    skipping = false;
                    start = nl + 1;
                }
            }
            if (in.error() != QFileDevice::NoError)
                throw CliError { dj::cli::UserError, tr("Cannot read standard input.") };
            if (skipping || !pending.isEmpty())
                addLine(pending, skipping);
            return list;
        }
        return positional;
    }

    static QString problem(const QString& address, int index)
    {
        if (address.trimmed().isEmpty())
            return tr("Address %1 is empty.").arg(index);
        if (address.size() > AddressNormalizer::kMaxLength)
            return tr("Address %1 is longer than %2 characters; skipped.")
                .arg(index)
                .arg(AddressNormalizer::kMaxLength);
        if (address.contains(QChar(QChar::ReplacementCharacter)))
            return tr("Address %1 contains bytes that are not valid UTF-8; skipped.").arg(index);
        return {};
    }

    static int address(const QStringList& argv)
    {
        // --region: the county the addresses are known to lie in (e.g. the registration region), used
        // where an address leaves the county out (盐城市人民中路100号) — as the geocoder does.
        const dj::cli::Args args(argv, { QStringLiteral("--region") });
        const QString region = args.value(QStringLiteral("--region"));
        if (!region.isEmpty()
            && (region.size() != 6
                || !std::all_of(region.begin(), region.end(), [](QChar c) { return c.isDigit(); })))
            throw CliError { dj::cli::UsageError,
                tr("--region takes a 6-digit GB/T 2260 code, not \"%1\".").arg(region.left(40)) };
        if (args.positional().isEmpty())
            throw CliError { dj::cli::UsageError,
                tr("Give at least one address, or - to read them from standard input.") };
        QStringList problems;
        const QStringList list = inputs(args.positional(), problems);
        const bool fromStdin = args.positional() == QStringList { QStringLiteral("-") };
        const AddressNormalizer& normalizer = AddressNormalizer::instance();
        int index = 0;
        for (const QString& a : list) {
            ++index;
            if (a.isNull() && fromStdin)
                continue; // blank or undecodable line (the latter already reported)
            if (const QString p = problem(a, index); !p.isEmpty()) {
                problems << p;
                continue;
            }
            const AddressParts parts = normalizer.parse(a, region);
            dj::cli::printJson(QJsonObject {
                { QStringLiteral("input"), a },
                { QStringLiteral("region_code"), parts.regionCode },
                { QStringLiteral("road"), parts.road },
                { QStringLiteral("number"), parts.number },
                { QStringLiteral("building"), parts.buildingLabel() },
                { QStringLiteral("floor"), parts.floor },
                { QStringLiteral("room"), parts.room },
                { QStringLiteral("building_key"), parts.buildingKey },
            });
        }
        for (const QString& p : problems)
            dj::cli::printError(p);
        return problems.isEmpty() ? dj::cli::Ok : dj::cli::UserError;
    }

    static int geocode(const QStringList& argv)
    {
        const dj::cli::Args args(argv, { QStringLiteral("--db"), QStringLiteral("--region") });
        const QString path = args.required(QStringLiteral("--db"));
        if (args.positional().isEmpty())
            throw CliError { dj::cli::UsageError,
                tr("Give at least one address, or - to read them from standard input.") };
        if (!QFile::exists(path))
            throw CliError { dj::cli::UserError, tr("The cache %1 does not exist.").arg(path) };
        const dj::store::Database db = dj::store::Cache::open(path, dj::store::Cache::Access::ReadOnly);
        const Geocoder geocoder(db);
        const QString region = args.value(QStringLiteral("--region"));
        QStringList problems;
        const QStringList list = inputs(args.positional(), problems);
        const bool fromStdin = args.positional() == QStringList { QStringLiteral("-") };
        int index = 0;
        for (const QString& a : list) {
            ++index;
            if (a.isNull() && fromStdin)
                continue;
            if (const QString p = problem(a, index); !p.isEmpty()) {
                problems << p;
                continue;
            }
            const GeocodeResult r = geocoder.geocode(a, region);
            QJsonObject o { { QStringLiteral("input"), a },
                { QStringLiteral("precision"), Geocoder::precisionName(r.precision) },
                { QStringLiteral("approximate"), r.isApproximate() },
                { QStringLiteral("region_code"), r.regionCode },
                { QStringLiteral("building_key"), r.buildingKey } };
            if (r.hasPosition()) {
                o.insert(QStringLiteral("lon"), round7(r.position.lon));
                o.insert(QStringLiteral("lat"), round7(r.position.lat));
            }
            if (!r.buildingId.isEmpty())
                o.insert(QStringLiteral("building_id"), r.buildingId);
            if (!r.centreCode.isEmpty())
                o.insert(QStringLiteral("centre_code"), r.centreCode);
            dj::cli::printJson(o);
        }
        for (const QString& p : problems)
            dj::cli::printError(p);
        return problems.isEmpty() ? dj::cli::Ok : dj::cli::UserError;
    }
};

DJ_CLI_COMMAND(
    { QStringLiteral("geo convert"), QStringLiteral("--from wgs84|gcj02|bd09 --to wgs84|gcj02|bd09 LON LAT"),
        GeoCli::tr("Convert a coordinate between WGS-84, GCJ-02 and BD-09"), &GeoCli::convert });
DJ_CLI_COMMAND({ QStringLiteral("geo address"), QStringLiteral("[--region CODE] ADDRESS… | -"),
    GeoCli::tr("Normalise Chinese addresses into parts and a building key (JSON Lines)"), &GeoCli::address });
DJ_CLI_COMMAND({ QStringLiteral("geo geocode"), QStringLiteral("--db FILE [--region CODE] ADDRESS… | -"),
    GeoCli::tr("Place addresses on the cache's buildings and roads, else at the county centre"),
    &GeoCli::geocode });

} // namespace
