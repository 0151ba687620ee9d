#include "core/geo/regioncentres.h"

#include "core/common/logging.h"

#include <QFile>

namespace dj::geo {

const RegionCentres& RegionCentres::instance()
{
    static const RegionCentres centres;
    return centres;
}

RegionCentres::RegionCentres()
{
    QFile file(QStringLiteral(":/dj/geo/county-centres.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGeo) << "county centres resource missing";
        return; // an empty table: every address then stays Unknown rather than being misplaced
    }
    const QByteArray data = file.readAll();
    for (const QByteArray& line : data.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 3)
            continue;
        bool okLon = false, okLat = false;
        const double lon = f.at(1).toDouble(&okLon);
        const double lat = f.at(2).toDouble(&okLat);
        if (!okLon || !okLat)
            continue;
        m_rows.insert(
            QString::fromLatin1(f.at(0)), Row { { lon, lat }, f.size() > 3 && f.at(3).trimmed() == "s" });
    }
}

std::optional<RegionCentres::Centre> RegionCentres::exact(QStringView code) const
{
    const auto it = m_rows.constFind(code.toString());
    if (it == m_rows.cend())
        return std::nullopt;
    return Centre { it->position, code.toString(), it->seat };
}

std::optional<RegionCentres::Centre> RegionCentres::centre(QStringView code) const
{
    if (code.size() < 2)
        return std::nullopt;
    const QString six
        = code.size() >= 6 ? code.left(6).toString() : code.toString().leftJustified(6, QLatin1Char('0'));
    for (const QString& c :
        { six, six.left(4) + QStringLiteral("00"), six.left(2) + QStringLiteral("0000") }) {
        if (auto found = exact(c))
            return found;
    }
    return std::nullopt;
}

} // namespace dj::geo
