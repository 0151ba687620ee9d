#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace dj::codes {
struct Region;
}

namespace dj::geo {

/// A Chinese registered address taken apart (cli.md `geo address`).
struct AddressParts
{
    QString input;
    /// Most specific GB/T 2260 code the prefix names: county, else prefecture, else province; "" if none.
    QString regionCode;
    /// Development zone or park (…开发区/高新区/工业园/产业园/科技园), canonical short form (经开区, 高新区).
    QString park;
    /// Town (…镇/…乡): part of the key, since towns of one county reuse road names. 街道 names are
    /// dropped instead, because urban addresses give or omit them at will.
    QString town;
    QString road; ///< 人民中路, 希望大道南路
    QString number; ///< 100号, 188弄5号, 100-102号
    QString buildingName; ///< 金融城大厦 (only when written)
    QString building; ///< canonical designator: 3号楼 / 3幢 / 三号楼 / 叁号楼 / 3# / 3栋 → "3幢"; A座 → "A幢"
    QString unit; ///< 2单元 → "2"
    QString floor; ///< "5"; basements negative: B1 / 负一层 / 地下1层 → "-1"
    QString room; ///< "501", "1203-1"
    /// region|town or park|road|number|building: equal for two spellings of one building.
    QString buildingKey;

    /// name + designator, as cli.md's "building" field shows it.
    QString buildingLabel() const { return buildingName + building; }
};

/// Normalises Chinese addresses for grouping by building. See AddressParts for the rules; the
/// golden set tests/data/geo/addresses/ shows them on real-world spellings.
///
/// Construction indexes the GB/T 2260 names (dj::codes::Regions) once; parse() is const, allocation-
/// light and safe to call from several threads at once. The parser is linear in the input length.
class AddressNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(AddressNormalizer)
public:
    /// Addresses longer than this are refused by callers that take user input (CLI, import).
    static constexpr qsizetype kMaxLength = 500;

    AddressNormalizer();
    /// Shared instance (built on first use).
    static const AddressNormalizer& instance();

    /// contextRegion: the region the address is known to lie in (an enterprise's registration county,
    /// a building's region_code). It is used when the written prefix names nothing or only an ancestor of
    /// it (人民中路100号 registered in 320902); a prefix that contradicts it wins.
    AddressParts parse(QStringView address, QStringView contextRegion = {}) const;
    /// The key only (same as parse(address, contextRegion).buildingKey).
    QString buildingKey(QStringView address, QStringView contextRegion = {}) const
    {
        return parse(address, contextRegion).buildingKey;
    }

private:
    struct NameEntry
    {
        QString text;
        const codes::Region* region = nullptr;
        bool isShort = false;
    };
    /// Region names (full and short) by their first two characters, longest first.
    QHash<quint32, QList<NameEntry>> m_byPrefix;

    const QList<NameEntry>* candidates(const QString& s, qsizetype pos) const;
    bool startsWithCounty(const QString& s, qsizetype pos, const QString& prefectureCode) const;
    const codes::Region* resolveRegion(
        const QString& s, qsizetype& pos, AddressParts& parts, QString& unresolved) const;
};

} // namespace dj::geo
