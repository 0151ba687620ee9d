#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace dj::codes {

/// What a 身份证号 says about its holder (GB 11643-1999).
struct IdInfo
{
    QString input; ///< the text as given
    bool valid = false; ///< well formed, real date, right check character (18-digit) or upgradable (15-digit)
    QString masked; ///< first 6 + '*' + last 4 (of the 18-digit form when valid); never the full number
    QString regionCode; ///< first 6 digits
    QString regionName; ///< full name of today's region with that code; for a retired code its name of its
                        ///< time (e.g. 北京市崇文区); empty when the code was never listed
    bool retired = false; ///< the address code is a retired one of the historical table
    QString
        successorCode; ///< today's region the address code resolves to (itself when current), may be empty
    QString successorLevel; ///< "exact", "county", "prefecture", "province" or "none"
                            ///< (core/codes/historicalregions.h)
    QDate birthDate; ///< invalid QDate when not a real date
    QString gender; ///< "male" / "female" (sequence odd / even), empty when not well formed
    QString normalized18; ///< the 18-digit form (15-digit numbers upgraded), empty when not well formed
};

/// 身份证号 validation, 15→18 upgrade and masking.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)
public:
    /// Parses 18-digit (last may be X/x) and 15-digit legacy numbers. Whitespace trimmed.
    static IdInfo parse(QStringView number);
    /// Check character for the first 17 digits ('0'–'9' or 'X'); null QChar if malformed.
    static QChar checkCharacter(QStringView first17);
    /// First 6 and last 4 kept, the rest replaced by '*' (e.g. 110105********0123). Short input → all '*'.
    static QString mask(QStringView number);
};

} // namespace dj::codes
