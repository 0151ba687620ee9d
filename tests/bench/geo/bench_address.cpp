// Address normalisation throughput (issue 5: ≥ 200,000 addresses/s on one core).
// Prints one JSON line: addresses_per_s for UTF-8 decoding + AddressNormalizer::parse, and as a
// baseline in the same run the rate of UTF-8 decoding + QString::normalized(NFKC) alone, the least any
// text clean-up has to pay. Exit code 1 when the target is missed.
#include "core/codes/regions.h"
#include "core/geo/addressnormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <cstdio>

namespace {

const char16_t* const kRoads[] = { u"人民", u"解放", u"建设", u"中山", u"新华", u"胜利", u"和平", u"文化",
    u"青年", u"长江", u"黄河", u"世纪", u"科技", u"东风", u"光明", u"迎宾", u"开放", u"希望" };
const char16_t* const kRoadKinds[] = { u"路", u"中路", u"东路", u"南路", u"大道", u"街", u"西路" };
const char16_t* const kCn[] = { u"〇", u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九" };

QString chinese(int v)
{
    if (v < 10)
        return QString::fromUtf16(kCn[v]);
    if (v < 20)
        return QStringLiteral("十") + (v % 10 ? QString::fromUtf16(kCn[v % 10]) : QString());
    return QString::fromUtf16(kCn[v / 10]) + QStringLiteral("十")
        + (v % 10 ? QString::fromUtf16(kCn[v % 10]) : QString());
}

QString fullWidth(const QString& s)
{
    QString out = s;
    for (QChar& c : out) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            c = QChar(char16_t(c.unicode() + 0xFEE0));
    }
    return out;
}

QString traditional(QString s)
{
    static const std::pair<char16_t, char16_t> kMap[] = { { u'号', u'號' }, { u'楼', u'樓' },
        { u'区', u'區' }, { u'层', u'層' }, { u'苏', u'蘇' }, { u'东', u'東' }, { u'长', u'長' } };
    for (const auto& [a, b] : kMap)
        s.replace(QChar(a), QChar(b));
    return s;
}

QList<QByteArray> makeAddresses(int count)
{
    const auto& regions = dj::codes::Regions::instance();
    QList<const dj::codes::Region*> counties;
    for (const auto* c : regions.counties()) {
        if (c->code.size() == 6 && c->code.mid(4, 1) != u"7") // no development-zone codes
            counties << c;
    }
    QRandomGenerator rng(20261125);
    QList<QByteArray> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const auto* county = counties.at(rng.bounded(int(counties.size())));
        QString a;
        const int prefix = rng.bounded(3);
        if (prefix == 0)
            a = regions.fullName(county->code);
        else if (prefix == 1)
            a = (regions.prefecture(county->code) ? regions.prefecture(county->code)->name : QString())
                + county->name;
        else
            a = county->name;
        a += QString::fromUtf16(kRoads[rng.bounded(int(std::size(kRoads)))])
            + QString::fromUtf16(kRoadKinds[rng.bounded(int(std::size(kRoadKinds)))]);
        const int number = rng.bounded(1, 999);
        const int building = rng.bounded(1, 30);
        const int floor = rng.bounded(1, 30);
        a += QString::number(number) + QStringLiteral("号");
        switch (rng.bounded(6)) {
        case 0:
            a += QString::number(building) + QStringLiteral("号楼");
            break;
        case 1:
            a += QString::number(building) + QStringLiteral("幢");
            break;
        case 2:
            a += chinese(building) + QStringLiteral("号楼");
            break;
        case 3:
            a += QString::number(building) + QStringLiteral("栋");
            break;
        case 4:
            a += QChar(char16_t(u'A' + building % 6)) + QStringLiteral("座");
            break;
        default:
            break;
        }
        switch (rng.bounded(4)) {
        case 0:
            a += QString::number(floor) + QStringLiteral("层");
            break;
        case 1:
            a += chinese(floor) + QStringLiteral("楼");
            break;
        case 2:
            a += QString::number(floor) + QStringLiteral("F");
            break;
        default:
            break;
        }
        if (rng.bounded(2))
            a += QString::number(floor * 100 + rng.bounded(1, 20)) + QStringLiteral("室");
        const int style = rng.bounded(10);
        if (style < 2)
            a = fullWidth(a);
        else if (style == 2)
            a = traditional(a);
        out << a.toUtf8();
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = 200000;
    QElapsedTimer setup;
    setup.start();
    const dj::geo::AddressNormalizer& normalizer = dj::geo::AddressNormalizer::instance();
    const qint64 setupMs = setup.elapsed();
    const QList<QByteArray> addresses = makeAddresses(count);

    // Warm-up (page in tables), then the baseline, then the normaliser; best of three rounds each.
    qint64 sink = 0;
    for (int i = 0; i < 2000; ++i)
        sink += normalizer.parse(QString::fromUtf8(addresses.at(i))).buildingKey.size();

    auto best = [&](auto&& body) {
        qint64 bestNs = -1;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            for (const QByteArray& a : addresses)
                sink += body(a);
            const qint64 ns = t.nsecsElapsed();
            bestNs = bestNs < 0 ? ns : std::min(bestNs, ns);
        }
        return bestNs;
    };
    const qint64 baseNs = best([](const QByteArray& a) {
        return QString::fromUtf8(a).normalized(QString::NormalizationForm_KC).size();
    });
    const qint64 parseNs = best(
        [&](const QByteArray& a) { return normalizer.parse(QString::fromUtf8(a)).buildingKey.size(); });

    QSet<QString> keys;
    int withRegion = 0;
    for (const QByteArray& a : addresses) {
        const auto p = normalizer.parse(QString::fromUtf8(a));
        keys.insert(p.buildingKey);
        withRegion += p.regionCode.isEmpty() ? 0 : 1;
    }

    const double perS = double(count) / (double(parseNs) / 1e9);
    const double basePerS = double(count) / (double(baseNs) / 1e9);
    const double target = 200000.0;
    const QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("geo_address") },
        { QStringLiteral("addresses"), count },
        { QStringLiteral("addresses_per_s"), qRound64(perS) },
        { QStringLiteral("baseline_decode_nfkc_per_s"), qRound64(basePerS) },
        { QStringLiteral("cost_vs_baseline"), std::round(basePerS / perS * 100.0) / 100.0 },
        { QStringLiteral("setup_ms"), setupMs },
        { QStringLiteral("distinct_keys"), keys.size() },
        { QStringLiteral("with_region_share"), std::round(double(withRegion) / count * 1000.0) / 1000.0 },
        { QStringLiteral("target_per_s"), target },
        { QStringLiteral("meets_target"), perS >= target },
        { QStringLiteral("sink"), sink % 7 },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return perS >= target ? 0 : 1;
}
