#include "core/codes/idnumber.h"

#include "core/codes/historicalregions.h"
#include "core/codes/regions.h"

namespace dj::codes {

namespace {

constexpr int kWeights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
constexpr char16_t kChecks[11] = { u'1', u'0', u'X', u'9', u'8', u'7', u'6', u'5', u'4', u'3', u'2' };

bool allAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

} // namespace

QChar IdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[i];
    return QChar(kChecks[sum % 11]);
}

QString IdNumber::mask(QStringView number)
{
    const qsizetype n = number.size();
    if (n <= 10)
        return QString(n, QLatin1Char('*'));
    return number.first(6).toString() + QString(n - 10, QLatin1Char('*')) + number.last(4).toString();
}

IdInfo IdNumber::parse(QStringView number)
{
    IdInfo info;
    info.input = number.toString();
    const QStringView n = number.trimmed();
    info.masked = mask(n);

    QString full;
    if (n.size() == 18 && allAsciiDigits(n.first(17))
        && (allAsciiDigits(n.last(1)) || n[17] == QLatin1Char('X') || n[17] == QLatin1Char('x'))) {
        full = n.toString().toUpper();
    } else if (n.size() == 15 && allAsciiDigits(n)) {
        // GB 11643 legacy numbers: the century is implied (all 15-digit numbers are 19xx births).
        const QString first17 = n.first(6).toString() + QLatin1String("19") + n.mid(6).toString();
        full = first17 + checkCharacter(first17);
    } else {
        return info;
    }

    info.normalized18 = full;
    info.regionCode = full.left(6);
    if (const Region* region = Regions::instance().find(info.regionCode))
        info.regionName = Regions::instance().fullName(region->code);
    const RegionResolution resolved = HistoricalRegions::instance().resolve(info.regionCode);
    info.retired = resolved.retired;
    info.successorCode = resolved.code;
    info.successorLevel = matchLevelName(resolved.level);
    if (resolved.retired)
        info.regionName = resolved.historicalName;
    info.birthDate = QDate::fromString(full.mid(6, 8), QStringLiteral("yyyyMMdd"));
    info.gender = (full.at(16).unicode() - u'0') % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");
    info.masked = mask(full);

    const bool dateOk
        = info.birthDate.isValid() && info.birthDate.year() >= 1850 && info.birthDate <= QDate::currentDate();
    info.valid = dateOk && checkCharacter(QStringView(full).first(17)) == full.at(17);
    return info;
}

} // namespace dj::codes
