#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>

namespace dj::regional {

/// The three levels of GB/T 2260 the regional views work at. A region at a level is written as its code
/// cut to that level: "32" (province), "3209" (prefecture), "320902" (county).
enum class Level { Province = 1, City = 2, County = 3 };

/// Region keys that are not a region of the level.
inline const QString kOutside = QStringLiteral("outside"); ///< outside the chosen parent region
inline const QString kUnknown = QStringLiteral("unknown"); ///< region not known (no code, bad code)
inline const QString kOtherHolders
    = QStringLiteral("other"); ///< holders that are neither person nor enterprise

class RegionLevel
{
    Q_DECLARE_TR_FUNCTIONS(RegionLevel)
public:
    /// "province" | "city" | "county" (also "prefecture").
    static std::optional<Level> parse(QStringView text);
    static QString id(Level level); ///< "province", "city", "county"
    static QString title(Level level); ///< 省级, 地市级, 区县级 (translated)
    static int digits(Level level) { return 2 * int(level); }
    /// The level of a 2/4/6-digit code; nullopt for anything else.
    static std::optional<Level> ofCode(QStringView code);
    /// An integer region code of the aggregates (PP, PPCC, PPCCDD; -1 outside, 0 unknown) as a key.
    static QString key(int code, Level level);
    /// The integer of a key at its level (kOutside → -1, kUnknown → 0).
    static int toInt(const QString& key);
    /// Display name: 江苏省, 盐城市, 亭湖区; "市辖区" placeholders read as the parent's full name; a code
    /// whose lower part is 00 reads "<parent> (本级)"; kOutside and kUnknown are named in words.
    static QString name(const QString& key);
    /// Short name for matrix headers (江苏, 盐城, 亭湖).
    static QString shortName(const QString& key);
};

} // namespace dj::regional
