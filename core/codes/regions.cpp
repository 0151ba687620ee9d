#include "core/codes/regions.h"

#include "core/common/logging.h"

#include <QFile>
#include <algorithm>

namespace dj::codes {

namespace {

bool allAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

// Level-2 entries that only group counties (直辖市 01/02, 省直辖 90): never part of a display name.
bool isPlaceholder(const Region& r)
{
    return r.level == 2 && (r.name == u"市辖区" || r.name == u"县" || r.name.endsWith(u"直辖县级行政区划"));
}

} // namespace

const Regions& Regions::instance()
{
    static const Regions regions;
    return regions;
}

Regions::Regions()
{
    load();
}

void Regions::load()
{
    QFile file(QStringLiteral(":/dj/codes/regions.tsv.qz"));
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here; the lookups then answer "not found" instead of crashing.
        qCCritical(lcCodes) << "region resource missing";
        return;
    }
    const QByteArray data = qUncompress(file.readAll());
    if (data.isEmpty()) {
        qCCritical(lcCodes) << "region resource corrupt";
        return;
    }
    const QString text = QString::fromUtf8(data);
    m_regions.reserve(46000);
    for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#')) {
            if (line.startsWith(u"# source\t"))
                m_source = line.mid(9).toString();
            continue;
        }
        const QList<QStringView> f = line.split(u'\t');
        if (f.size() < 4)
            continue;
        auto r = std::make_unique<Region>();
        r->code = f[0].toString();
        r->level = f[1].toInt();
        r->parentCode = f[2].toString();
        r->name = f[3].toString();
        r->shortName = f.size() > 4 && !f[4].isEmpty() ? f[4].toString() : r->name;
        m_regions.push_back(std::move(r));
    }
    // The file is sorted by code, so children lists come out in code order too.
    // Reserving avoids most of the rehashing that otherwise dominates the load.
    m_byCode.reserve(qsizetype(m_regions.size()));
    m_byName.reserve(qsizetype(m_regions.size()) * 2);
    m_children.reserve(4096);
    for (const auto& r : m_regions) {
        m_byCode.insert(r->code, r.get());
        m_children[r->parentCode].append(r.get());
        m_byName[r->name].append(r.get());
        if (r->shortName != r->name)
            m_byName[r->shortName].append(r.get());
    }
}

const Region* Regions::find(QStringView code) const
{
    const QStringView c = code.trimmed();
    if (!allAsciiDigits(c))
        return nullptr;
    QString key;
    switch (c.size()) {
    case 2:
        key = c.toString() + QLatin1String("0000");
        break;
    case 4:
        key = c.toString() + QLatin1String("00");
        break;
    case 6:
    case 9:
        key = c.toString();
        break;
    case 12:
        // 12-digit statistics codes: 9-digit street + 000, or 6-digit county + 000000.
        if (c.last(6) == u"000000")
            key = c.first(6).toString();
        else if (c.last(3) == u"000")
            key = c.first(9).toString();
        else
            return nullptr;
        break;
    default:
        return nullptr;
    }
    return m_byCode.value(key, nullptr);
}

QList<const Region*> Regions::children(QStringView code) const
{
    if (code.trimmed().isEmpty())
        return m_children.value(QString());
    const Region* r = find(code);
    return r ? m_children.value(r->code) : QList<const Region*> {};
}

QList<const Region*> Regions::provinces() const
{
    return m_children.value(QString());
}

QList<const Region*> Regions::prefectures() const
{
    QList<const Region*> out;
    for (const auto& r : m_regions) {
        if (r->level == 2)
            out.append(r.get());
    }
    return out;
}

QList<const Region*> Regions::counties() const
{
    QList<const Region*> out;
    for (const auto& r : m_regions) {
        if (r->level == 3)
            out.append(r.get());
    }
    return out;
}

QList<const Region*> Regions::findByName(QStringView name) const
{
    const QString key = name.trimmed().toString();
    if (key.isEmpty())
        return {};
    QList<const Region*> out = m_byName.value(key);
    // Higher levels first: "新疆" is the autonomous region before any 新疆街道.
    std::sort(out.begin(), out.end(), [](const Region* a, const Region* b) {
        return a->level != b->level ? a->level < b->level : a->code < b->code;
    });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString Regions::fullName(QStringView code) const
{
    QStringList parts;
    for (const Region* r = find(code); r; r = m_byCode.value(r->parentCode, nullptr)) {
        if (!isPlaceholder(*r))
            parts.prepend(r->name);
    }
    return parts.join(QString());
}

const Region* Regions::province(QStringView code) const
{
    const Region* r = find(code);
    while (r && r->level > 1)
        r = m_byCode.value(r->parentCode, nullptr);
    return r;
}

const Region* Regions::prefecture(QStringView code) const
{
    const Region* r = find(code);
    while (r && r->level > 2)
        r = m_byCode.value(r->parentCode, nullptr);
    return r && r->level == 2 ? r : nullptr;
}

} // namespace dj::codes
