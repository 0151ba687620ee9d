#include "core/codes/historicalregions.h"

#include "core/codes/regions.h"
#include "core/common/logging.h"

#include <QFile>

namespace dj::codes {

QString matchLevelName(MatchLevel level)
{
    switch (level) {
    case MatchLevel::Exact:
        return QStringLiteral("exact");
    case MatchLevel::County:
        return QStringLiteral("county");
    case MatchLevel::Prefecture:
        return QStringLiteral("prefecture");
    case MatchLevel::Province:
        return QStringLiteral("province");
    case MatchLevel::None:
        break;
    }
    return QStringLiteral("none");
}

const HistoricalRegions& HistoricalRegions::instance()
{
    static const HistoricalRegions table;
    return table;
}

HistoricalRegions::HistoricalRegions()
{
    QFile file(QStringLiteral(":/dj/codes/historical-regions.tsv.qz"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCodes) << "historical region resource missing";
        return;
    }
    const QString text = QString::fromUtf8(qUncompress(file.readAll()));
    m_entries.reserve(4096);
    for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#')) {
            if (line.startsWith(u"# source\t"))
                m_source = line.mid(9).toString();
            continue;
        }
        const QList<QStringView> f = line.split(u'\t');
        if (f.size() < 5)
            continue;
        HistoricalRegion r;
        r.code = f[0].toString();
        r.name = f[1].toString();
        r.successor = f[2].toString();
        r.level = f[3] == u"county" ? MatchLevel::County
            : f[3] == u"prefecture" ? MatchLevel::Prefecture
                                    : MatchLevel::Province;
        r.basis = f[4].toString();
        m_byCode.insert(r.code, qsizetype(m_entries.size()));
        m_entries.push_back(std::move(r));
    }
}

const HistoricalRegion* HistoricalRegions::find(QStringView code) const
{
    const auto it = m_byCode.constFind(code.toString());
    return it == m_byCode.constEnd() ? nullptr : &m_entries[size_t(*it)];
}

RegionResolution HistoricalRegions::resolve(QStringView code) const
{
    RegionResolution res;
    res.input = code.toString();
    const QString c = code.trimmed().toString();
    if (c.size() != 2 && c.size() != 4 && c.size() != 6)
        return res;
    for (QChar ch : c) {
        if (ch.unicode() < u'0' || ch.unicode() > u'9')
            return res;
    }
    const Regions& regions = Regions::instance();
    if (const Region* r = regions.find(c)) {
        res.code = r->code;
        res.level = MatchLevel::Exact;
        res.basis = QStringLiteral("current");
        return res;
    }
    if (const HistoricalRegion* h = c.size() == 6 ? find(c) : nullptr) {
        res.code = h->successor;
        res.level = h->level;
        res.retired = true;
        res.historicalName = h->name;
        res.basis = h->basis;
        return res;
    }
    // Unlisted: the prefecture or province of today with the same prefix.
    if (c.size() >= 4) {
        if (const Region* p = regions.find(QStringView(c).first(4)); p && p->level == 2) {
            res.code = p->code;
            res.level = MatchLevel::Prefecture;
            res.basis = QStringLiteral("prefix");
            return res;
        }
    }
    if (const Region* p = regions.find(QStringView(c).first(2)); p && p->level == 1) {
        res.code = p->code;
        res.level = MatchLevel::Province;
        res.basis = QStringLiteral("prefix");
    }
    return res;
}

} // namespace dj::codes
