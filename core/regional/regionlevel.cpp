#include "core/regional/regionlevel.h"

#include "core/codes/regions.h"

namespace dj::regional {

std::optional<Level> RegionLevel::parse(QStringView text)
{
    if (text == u"province")
        return Level::Province;
    if (text == u"city" || text == u"prefecture")
        return Level::City;
    if (text == u"county")
        return Level::County;
    return std::nullopt;
}

QString RegionLevel::id(Level level)
{
    switch (level) {
    case Level::Province:
        return QStringLiteral("province");
    case Level::City:
        return QStringLiteral("city");
    case Level::County:
        return QStringLiteral("county");
    }
    return {};
}

QString RegionLevel::title(Level level)
{
    switch (level) {
    case Level::Province:
        return tr("Provinces");
    case Level::City:
        return tr("Cities");
    case Level::County:
        return tr("Counties");
    }
    return {};
}

std::optional<Level> RegionLevel::ofCode(QStringView code)
{
    for (QChar c : code) {
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
    }
    switch (code.size()) {
    case 2:
        return Level::Province;
    case 4:
        return Level::City;
    case 6:
        return Level::County;
    default:
        return std::nullopt;
    }
}

QString RegionLevel::key(int code, Level level)
{
    if (code < 0)
        return kOutside;
    if (code == 0)
        return kUnknown;
    return QString::number(code).rightJustified(digits(level), u'0');
}

int RegionLevel::toInt(const QString& key)
{
    if (key == kOutside)
        return -1;
    bool ok = false;
    const int v = key.toInt(&ok);
    return ok ? v : 0;
}

namespace {
bool placeholder(const QString& name)
{
    return name == u"市辖区" || name == u"县" || name == u"省直辖县级行政区划"
        || name == u"自治区直辖县级行政区划";
}
} // namespace

QString RegionLevel::name(const QString& key)
{
    if (key == kOutside)
        return tr("Elsewhere");
    if (key == kUnknown)
        return tr("Unknown region");
    if (key == kOtherHolders)
        return tr("Other holders");
    const auto& regions = codes::Regions::instance();
    const codes::Region* r = regions.find(key);
    if (!r)
        return key;
    const auto level = ofCode(key);
    if (level && r->level < int(*level))
        return tr("%1 (own level)").arg(r->level == 1 ? r->name : regions.fullName(r->code));
    if (placeholder(r->name))
        return regions.fullName(r->code);
    return r->name;
}

QString RegionLevel::shortName(const QString& key)
{
    const auto& regions = codes::Regions::instance();
    const codes::Region* r = (key == kOutside || key == kUnknown) ? nullptr : regions.find(key);
    if (!r)
        return name(key);
    const auto level = ofCode(key);
    if (level && r->level < int(*level))
        return tr("%1 (own)").arg(r->shortName);
    if (placeholder(r->name)) {
        const codes::Region* p = regions.province(r->code);
        return p ? p->shortName : r->name;
    }
    return r->shortName.isEmpty() ? r->name : r->shortName;
}

} // namespace dj::regional
