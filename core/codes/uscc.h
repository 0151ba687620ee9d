#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace dj::codes {

/// What a 统一社会信用代码 says about itself (GB 32100-2015).
struct UsccInfo
{
    QString input; ///< the text as given
    bool valid = false; ///< well formed and both check characters right
    QString warning; ///< "check character" when well formed but a check fails; empty otherwise
    QString regionCode; ///< positions 3–8 (GB/T 2260 code of the registering authority), when well formed
    QString department; ///< registration department (position 1) as GB 32100 names it, e.g. 市场监管; empty
                        ///< if unknown
    QString category; ///< category (position 2) as GB 32100 names it, e.g. 企业; empty if unknown
    QChar departmentCode; ///< position 1 as given (when the code is 18 characters long)
    QChar categoryCode; ///< position 2 as given
};

/// 统一社会信用代码 validation and parsing.
class Uscc
{
    Q_DECLARE_TR_FUNCTIONS(Uscc)
public:
    /// The 31-character alphabet; a character's value is its index here.
    static constexpr QStringView alphabet() { return u"0123456789ABCDEFGHJKLMNPQRTUWXY"; }

    /// Full validation per domain.md: shape, GB 11714 check (position 17) and GB 32100 check (position 18).
    /// Leading/trailing whitespace is trimmed; lowercase is NOT accepted (reported as not well formed).
    static UsccInfo parse(QStringView code);
    /// GB 32100 check character (position 18) for the first 17 characters; null QChar if malformed.
    static QChar checkCharacter(QStringView first17);
    /// GB 11714 check character over positions 9–16 (8 characters 0-9/A-Z); null QChar if malformed.
    static QChar organizationCheck(QStringView eight);
    /// 18 characters of the 31-character alphabet (no check computed).
    static bool isWellFormed(QStringView code);

    /// GB 32100 names of the department / category codes (data vocabulary, like 登记状态); empty when
    /// unknown.
    static QString departmentName(QChar department);
    static QString categoryName(QChar department, QChar category);
    /// A user-facing explanation of what is wrong with the code (translated); empty when valid.
    static QString problem(QStringView code);
};

} // namespace dj::codes
