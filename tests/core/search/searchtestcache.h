#pragma once

#include <QDate>
#include <QString>

namespace dj::test {

/// Builds a random but seeded cache of `enterprises` enterprises covering every table the search filters
/// read (enterprises, financials, financing, licenses, qualifications, risks), including NULLs, gaps in
/// the financial years, expired and open-ended licences and withdrawn risks, plus a few fixed names for the
/// pinyin cases (华为技术…, 重庆…, 长沙…).
void buildSearchCache(const QString& path, int enterprises, unsigned seed);

/// The "today" the tests evaluate licence validity against.
inline QDate searchTestToday()
{
    return QDate(2025, 6, 30);
}

} // namespace dj::test
