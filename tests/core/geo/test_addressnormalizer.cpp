#include "core/geo/addressnormalizer.h"
#include "core/geo/chinesetext.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace dj::geo;

namespace {

QStringList readLines(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QByteArray& l : f.readAll().split('\n')) {
        if (!l.trimmed().isEmpty())
            lines << QString::fromUtf8(l);
    }
    return lines;
}

} // namespace

TEST_CASE("golden set: one key per building, different buildings differ", "[geo][address]")
{
    const AddressNormalizer& n = AddressNormalizer::instance();
    const QDir dir(dj::test::dataPath(QStringLiteral("geo/addresses")));
    const QStringList files = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 15);
    QHash<QString, QString> keyToFile;
    int spellings = 0;
    for (const QString& file : files) {
        const QStringList lines = readLines(dir.filePath(file));
        REQUIRE(lines.size() >= 2);
        REQUIRE(lines.front().startsWith(QLatin1String("# key: ")));
        const QString expected = lines.front().mid(7).trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            INFO(file.toStdString() << ": " << lines.at(i).toStdString());
            CHECK(n.parse(lines.at(i)).buildingKey == expected);
            ++spellings;
        }
        INFO(file.toStdString() << " has the same key as " << keyToFile.value(expected).toStdString());
        CHECK_FALSE(keyToFile.contains(expected));
        keyToFile.insert(expected, file);
    }
    CHECK(spellings >= 60);
}

TEST_CASE("golden set: parts of single addresses", "[geo][address]")
{
    const AddressNormalizer& n = AddressNormalizer::instance();
    int rows = 0;
    for (const QString& line : readLines(dj::test::dataPath(QStringLiteral("geo/addresses/fields.tsv")))) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        REQUIRE(f.size() == 7);
        const AddressParts p = n.parse(f.at(0));
        INFO(f.at(0).toStdString());
        CHECK(p.regionCode == f.at(1));
        CHECK(p.road == f.at(2));
        CHECK(p.number == f.at(3));
        CHECK(p.buildingLabel() == f.at(4));
        CHECK(p.floor == f.at(5));
        CHECK(p.room == f.at(6));
        ++rows;
    }
    CHECK(rows >= 10);
}

TEST_CASE("character clean-up", "[geo][address]")
{
    CHECK(ChineseText::toHalfWidth(u"ＡＢ１２３＃－　x") == QStringLiteral("AB123#- x"));
    CHECK(
        ChineseText::toSimplified(u"江蘇省鹽城市亭湖區號樓層") == QStringLiteral("江苏省盐城市亭湖区号楼层"));
    CHECK(ChineseText::toSimplified(u"臺灣廣東開發區產業園") == QStringLiteral("台湾广东开发区产业园"));
    CHECK(ChineseText::numeralValue(u"十") == 10);
    CHECK(ChineseText::numeralValue(u"十二") == 12);
    CHECK(ChineseText::numeralValue(u"二十") == 20);
    CHECK(ChineseText::numeralValue(u"二十三") == 23);
    CHECK(ChineseText::numeralValue(u"一百零五") == 105);
    CHECK(ChineseText::numeralValue(u"一百八十八") == 188);
    CHECK(ChineseText::numeralValue(u"一〇五") == 105);
    CHECK(ChineseText::numeralValue(u"五零一") == 501);
    CHECK(ChineseText::numeralValue(u"两") == 2);
    CHECK(ChineseText::numeralValue(u"叁") == 3);
    CHECK(ChineseText::numeralValue(u"壹仟贰佰") == 1200);
    CHECK(ChineseText::numeralValue(u"") == -1);
    CHECK(ChineseText::numeralValue(u"三元") == -1);
    // Numerals that count become digits; numerals inside names stay.
    CHECK(ChineseText::normalizeAddress(u"五一路第三幢十二层") == QStringLiteral("五一路3幢12层"));
    CHECK(ChineseText::normalizeAddress(u"二七区三元里路八号") == QStringLiteral("二七区三元里路8号"));
    CHECK(ChineseText::normalizeAddress(u"〇五室") == QStringLiteral("05室"));
    CHECK(ChineseText::normalizeAddress(u"a座 ，１２f") == QStringLiteral("A座12F"));
}

TEST_CASE("region prefixes", "[geo][address]")
{
    const AddressNormalizer& n = AddressNormalizer::instance();
    CHECK(n.parse(u"江苏省盐城市亭湖区人民中路1号").regionCode == QStringLiteral("320902"));
    CHECK(n.parse(u"盐城市人民中路1号").regionCode == QStringLiteral("320900"));
    CHECK(n.parse(u"江苏省人民中路1号").regionCode == QStringLiteral("320000"));
    CHECK(n.parse(u"河南省郑州市二七区大学路8号").regionCode == QStringLiteral("410103"));
    // 鼓楼区 alone is ambiguous (南京, 福州, 徐州, 开封): no code, but the name keeps the key apart.
    const AddressParts gulou = n.parse(u"鼓楼区中山路18号A座");
    CHECK(gulou.regionCode.isEmpty());
    CHECK(gulou.buildingKey.startsWith(QStringLiteral("鼓楼区|")));
    CHECK(gulou.buildingKey != n.parse(u"南京市鼓楼区中山路18号A座").buildingKey);
    // A road named after a place is not the place: 南京路 in Shanghai, 中山路 without a city.
    const AddressParts nanjingLu = n.parse(u"上海市黄浦区南京东路100号");
    CHECK(nanjingLu.regionCode == QStringLiteral("310101"));
    CHECK(nanjingLu.road == QStringLiteral("南京东路"));
    CHECK(n.parse(u"中山路18号").regionCode.isEmpty());
    CHECK(n.parse(u"中山路18号").road == QStringLiteral("中山路"));
}

TEST_CASE("the caller's region fills a missing or coarser prefix", "[geo][address]")
{
    const AddressNormalizer& n = AddressNormalizer::instance();
    const QString full = n.buildingKey(u"江苏省盐城市亭湖区人民中路100号3号楼");
    CHECK(n.buildingKey(u"人民中路100号3号楼", u"320902") == full);
    CHECK(n.buildingKey(u"盐城市人民中路100号3号楼", u"320902") == full);
    // A prefix that names another county wins over the context.
    CHECK(n.parse(u"盐都区人民中路100号3号楼", u"320902").regionCode == QStringLiteral("320903"));
    CHECK(n.buildingKey(u"人民中路100号3号楼") != full);
}

TEST_CASE("bad input never crashes and gives no key", "[geo][address]")
{
    const AddressNormalizer& n = AddressNormalizer::instance();
    CHECK(n.parse(u"").buildingKey.isEmpty());
    CHECK(n.parse(u"   　 ").buildingKey.isEmpty());
    CHECK(n.parse(u"，。、；").buildingKey.isEmpty());
    CHECK(n.parse(u"(集中登记地)").buildingKey.isEmpty());
    // Unbalanced brackets, lone surrogates, control characters, replacement characters.
    const QString odd = QStringLiteral("((人民路))(") + QChar(0xD800) + QChar(0x0001) + QChar(0xFFFD)
        + QStringLiteral("5号");
    CHECK(n.parse(odd).number == QStringLiteral("5号"));

    // Random bytes decoded as UTF-8 (with replacement characters), many times.
    QRandomGenerator rng(42);
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(int(rng.bounded(1, 80)), Qt::Uninitialized);
        for (char& b : bytes)
            b = char(rng.bounded(256));
        const AddressParts p = n.parse(QString::fromUtf8(bytes));
        CHECK(p.input.size() >= 0);
    }
    // Huge input: linear time, no crash (callers refuse > kMaxLength, the parser copes anyway).
    QString huge;
    for (int i = 0; i < 20000; ++i)
        huge += QStringLiteral("人民中路100号3号楼5层501室");
    QElapsedTimer t;
    t.start();
    const AddressParts p = n.parse(huge);
    CHECK(t.elapsed() < 3000);
    CHECK(p.number == QStringLiteral("100号"));
    CHECK(huge.size() > AddressNormalizer::kMaxLength);
}

TEST_CASE("a road named after a province or city at the start is a road", "[geo][address]")
{
    const AddressNormalizer& n = AddressNormalizer::instance();
    for (const char16_t* a : { u"北京东路100号", u"江西路8号", u"上海路1号", u"南京西路5号" }) {
        const AddressParts p = n.parse(a);
        INFO(QString::fromUtf16(a).toStdString());
        CHECK(p.regionCode.isEmpty());
        CHECK_FALSE(p.road.isEmpty());
    }
}

TEST_CASE("short province + short city that is also a county's name resolves to the city", "[geo][address]")
{
    // 南昌 names both 南昌市 (360100) and its county 南昌县 (360121); 衡阳 both 衡阳市 (430400) and
    // 衡阳县 (430421). Written after the province's short name and before a road, the city is meant.
    const AddressNormalizer& n = AddressNormalizer::instance();
    CHECK(n.parse(u"江西南昌象山北路100号").regionCode == QStringLiteral("360100"));
    CHECK(n.parse(u"江西省南昌象山北路100号").regionCode == QStringLiteral("360100"));
    CHECK(n.parse(u"湖南衡阳解放大道1号").regionCode == QStringLiteral("430400"));
    // A county after the city still narrows it; the county written in full stays the county.
    CHECK(n.parse(u"江西南昌红谷滩区会展路999号").regionCode == QStringLiteral("360113"));
    CHECK(n.parse(u"江西南昌县莲塘镇澄湖路8号").regionCode == QStringLiteral("360121"));
    // Same road, the two spellings of the city: one building key.
    CHECK(n.parse(u"江西南昌象山北路100号").buildingKey == n.parse(u"江西省南昌市象山北路100号").buildingKey);
}
