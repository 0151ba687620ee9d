#include "core/search/filter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace dj::search {

namespace {

// Messages are built by FilterError's translation context so one .ts entry covers them.
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(dj::search::FilterError)
};

[[noreturn]] void fail(const QString& key, const QString& expected)
{
    throw FilterError(key, Msg::tr("Filter key \"%1\": expected %2.").arg(key, expected));
}

const QStringList& knownStatuses()
{
    static const QStringList statuses { QStringLiteral("在营"), QStringLiteral("存续"),
        QStringLiteral("在业"), QStringLiteral("吊销"), QStringLiteral("注销"), QStringLiteral("迁入"),
        QStringLiteral("迁出"), QStringLiteral("停业"), QStringLiteral("清算"), QStringLiteral("歇业"),
        QStringLiteral("撤销") };
    return statuses;
}

QStringList stringList(const QJsonValue& v, const QString& key, const QString& itemExpected,
    const std::function<bool(const QString&)>& valid)
{
    if (!v.isArray())
        fail(key, Msg::tr("a list of %1").arg(itemExpected));
    QStringList out;
    QSet<QString> seen; // linear in the list: region lists of a whole province run to thousands
    const QJsonArray a = v.toArray();
    qsizetype i = 0;
    for (const QJsonValue& item : a) {
        if (!item.isString())
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), itemExpected);
        const QString s = item.toString().trimmed();
        if (!valid(s))
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), itemExpected);
        if (!seen.contains(s)) {
            seen.insert(s);
            out.append(s);
        }
        ++i;
    }
    return out;
}

double number(const QJsonValue& v, const QString& key)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        fail(key, Msg::tr("a number"));
    return v.toDouble();
}

int integer(const QJsonValue& v, const QString& key, int min, int max)
{
    const double d = v.isDouble() ? v.toDouble() : std::nan("");
    if (!std::isfinite(d) || d != std::floor(d) || d < min || d > max)
        fail(key, Msg::tr("a whole number from %1 to %2").arg(min).arg(max));
    return int(d);
}

QDate date(const QJsonValue& v, const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = v.toString();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!v.isString() || !re.match(s).hasMatch() || !d.isValid())
        fail(key, Msg::tr("a date YYYY-MM-DD"));
    return d;
}

QJsonObject object(const QJsonValue& v, const QString& key, const QStringList& allowed)
{
    if (!v.isObject())
        fail(key, Msg::tr("an object with keys %1").arg(allowed.join(QStringLiteral(", "))));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            fail(key + QLatin1Char('.') + it.key(),
                Msg::tr("one of the keys %1 (unknown key)").arg(allowed.join(QStringLiteral(", "))));
    }
    return o;
}

Range range(const QJsonValue& v, const QString& key, bool withYear)
{
    QStringList allowed { QStringLiteral("min"), QStringLiteral("max") };
    if (withYear)
        allowed << QStringLiteral("year");
    const QJsonObject o = object(v, key, allowed);
    Range r;
    if (o.contains(u"min") && !o.value(u"min").isNull())
        r.min = number(o.value(u"min"), key + QStringLiteral(".min"));
    if (o.contains(u"max") && !o.value(u"max").isNull())
        r.max = number(o.value(u"max"), key + QStringLiteral(".max"));
    if (o.contains(u"year") && !o.value(u"year").isNull())
        r.year = integer(o.value(u"year"), key + QStringLiteral(".year"), 1900, 2200);
    if (r.min && r.max && *r.min > *r.max)
        fail(key, Msg::tr("min not greater than max"));
    return r;
}

bool isRegionPrefix(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2}|\\d{4}|\\d{6})$"));
    return re.match(s).hasMatch();
}

bool isIndustryPrefix(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^([A-T]|\\d{2,4})$"));
    return re.match(s).hasMatch();
}

bool isKind(const QString& s)
{
    return !s.isEmpty();
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject rangeJson(const Range& r)
{
    QJsonObject o;
    if (r.min)
        o.insert(u"min", *r.min);
    if (r.max)
        o.insert(u"max", *r.max);
    if (r.year)
        o.insert(u"year", *r.year);
    return o;
}

} // namespace

Filter Filter::fromJson(const QByteArray& json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw FilterError({},
            Msg::tr("The filter is not valid JSON: %1 at offset %2.")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        throw FilterError({}, Msg::tr("The filter must be a JSON object."));
    return fromJsonObject(doc.object());
}

Filter Filter::fromJsonObject(const QJsonObject& o)
{
    static const QStringList keys { QStringLiteral("regions"), QStringLiteral("industries"),
        QStringLiteral("exclude_industries"), QStringLiteral("statuses"), QStringLiteral("established"),
        QStringLiteral("registered_capital"), QStringLiteral("revenue"), QStringLiteral("tax"),
        QStringLiteral("insured_count"), QStringLiteral("tax_growth"), QStringLiteral("financing"),
        QStringLiteral("licenses_any"), QStringLiteral("qualifications_any"), QStringLiteral("risks_none"),
        QStringLiteral("text") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            fail(it.key(),
                Msg::tr("one of the filter keys %1 (unknown key)").arg(keys.join(QStringLiteral(", "))));
    }

    // Everything is parsed into a local first: a throw leaves nothing half-applied.
    Filter f;
    auto present = [&](QStringView key) { return o.contains(key) && !o.value(key).isNull(); };
    const QString regionItem = Msg::tr("GB/T 2260 region prefixes of 2, 4 or 6 digits");
    const QString industryItem = Msg::tr("GB/T 4754 section letters (A–T) or 2–4 digit codes");
    if (present(u"regions"))
        f.regions = stringList(o.value(u"regions"), QStringLiteral("regions"), regionItem, isRegionPrefix);
    if (present(u"industries"))
        f.industries = stringList(
            o.value(u"industries"), QStringLiteral("industries"), industryItem, isIndustryPrefix);
    if (present(u"exclude_industries"))
        f.excludeIndustries = stringList(o.value(u"exclude_industries"), QStringLiteral("exclude_industries"),
            industryItem, isIndustryPrefix);
    if (present(u"statuses"))
        f.statuses = stringList(o.value(u"statuses"), QStringLiteral("statuses"),
            Msg::tr("registration statuses (%1)").arg(knownStatuses().join(QStringLiteral(", "))),
            [](const QString& s) { return knownStatuses().contains(s); });
    if (present(u"established")) {
        const QJsonObject e = object(o.value(u"established"), QStringLiteral("established"),
            { QStringLiteral("from"), QStringLiteral("to") });
        if (e.contains(u"from") && !e.value(u"from").isNull())
            f.establishedFrom = date(e.value(u"from"), QStringLiteral("established.from"));
        if (e.contains(u"to") && !e.value(u"to").isNull())
            f.establishedTo = date(e.value(u"to"), QStringLiteral("established.to"));
        if (f.establishedFrom && f.establishedTo && *f.establishedFrom > *f.establishedTo)
            fail(QStringLiteral("established"), Msg::tr("\"from\" not after \"to\""));
    }
    if (present(u"registered_capital"))
        f.registeredCapital
            = range(o.value(u"registered_capital"), QStringLiteral("registered_capital"), false);
    if (present(u"revenue"))
        f.revenue = range(o.value(u"revenue"), QStringLiteral("revenue"), true);
    if (present(u"tax"))
        f.tax = range(o.value(u"tax"), QStringLiteral("tax"), true);
    if (present(u"insured_count"))
        f.insuredCount = range(o.value(u"insured_count"), QStringLiteral("insured_count"), false);
    if (present(u"tax_growth")) {
        const QJsonObject g = object(o.value(u"tax_growth"), QStringLiteral("tax_growth"),
            { QStringLiteral("years"), QStringLiteral("min_rate") });
        if (!g.contains(u"years"))
            fail(QStringLiteral("tax_growth.years"), Msg::tr("a whole number from %1 to %2").arg(1).arg(30));
        f.taxGrowthYears = integer(g.value(u"years"), QStringLiteral("tax_growth.years"), 1, 30);
        if (g.contains(u"min_rate") && !g.value(u"min_rate").isNull()) {
            const double r = number(g.value(u"min_rate"), QStringLiteral("tax_growth.min_rate"));
            if (r <= -1 || r > 1000)
                fail(QStringLiteral("tax_growth.min_rate"), Msg::tr("a rate greater than -1 (0.2 = 20 %)"));
            f.taxGrowthMinRate = r;
        }
    }
    if (present(u"financing")) {
        if (!o.value(u"financing").isBool())
            fail(QStringLiteral("financing"), Msg::tr("true or false"));
        f.financing = o.value(u"financing").toBool();
    }
    const QString kindItem = Msg::tr("non-empty kind names");
    if (present(u"licenses_any"))
        f.licensesAny
            = stringList(o.value(u"licenses_any"), QStringLiteral("licenses_any"), kindItem, isKind);
    if (present(u"qualifications_any"))
        f.qualificationsAny = stringList(
            o.value(u"qualifications_any"), QStringLiteral("qualifications_any"), kindItem, isKind);
    if (present(u"risks_none"))
        f.risksNone = stringList(o.value(u"risks_none"), QStringLiteral("risks_none"), kindItem, isKind);
    if (present(u"text")) {
        if (!o.value(u"text").isString())
            fail(QStringLiteral("text"), Msg::tr("a string"));
        f.text = o.value(u"text").toString().trimmed();
        if (f.text.size() > 200)
            fail(QStringLiteral("text"), Msg::tr("at most %1 characters").arg(200));
    }
    return f;
}

QJsonObject Filter::toJson() const
{
    QJsonObject o;
    if (!regions.isEmpty())
        o.insert(u"regions", toArray(regions));
    if (!industries.isEmpty())
        o.insert(u"industries", toArray(industries));
    if (!excludeIndustries.isEmpty())
        o.insert(u"exclude_industries", toArray(excludeIndustries));
    if (!statuses.isEmpty())
        o.insert(u"statuses", toArray(statuses));
    if (establishedFrom || establishedTo) {
        QJsonObject e;
        if (establishedFrom)
            e.insert(u"from", establishedFrom->toString(Qt::ISODate));
        if (establishedTo)
            e.insert(u"to", establishedTo->toString(Qt::ISODate));
        o.insert(u"established", e);
    }
    auto putRange = [&](QStringView key, const Range& r) {
        if (r.min || r.max || r.year)
            o.insert(key, rangeJson(r));
    };
    putRange(u"registered_capital", registeredCapital);
    putRange(u"revenue", revenue);
    putRange(u"tax", tax);
    putRange(u"insured_count", insuredCount);
    if (taxGrowthYears)
        o.insert(u"tax_growth",
            QJsonObject { { QStringLiteral("years"), *taxGrowthYears },
                { QStringLiteral("min_rate"), taxGrowthMinRate } });
    if (financing)
        o.insert(u"financing", *financing);
    if (!licensesAny.isEmpty())
        o.insert(u"licenses_any", toArray(licensesAny));
    if (!qualificationsAny.isEmpty())
        o.insert(u"qualifications_any", toArray(qualificationsAny));
    if (!risksNone.isEmpty())
        o.insert(u"risks_none", toArray(risksNone));
    if (!text.isEmpty())
        o.insert(u"text", text);
    return o;
}

bool Filter::isEmpty() const
{
    return toJson().isEmpty();
}

} // namespace dj::search
