#pragma once

#include <QString>

namespace dj::test {

/// Known enterprises of the search test cache (see searchfixture.cpp).
struct SearchFixture
{
    static constexpr int kGenerated = 400; ///< plus the named ones below
    static QString hengdaUscc(); ///< 盐城恒达酒业有限公司, former name 盐城恒达酒厂
    static QString hengdaName();
    static QString hengdaFormer();
    static QString dingtaiName(); ///< head office with a branch 南京鼎泰精密机械股份有限公司玄武分公司
    static QString dingtaiUscc();

    /// Writes a small cache with every table the search panel reads: generated enterprises over four
    /// provinces and four industries, three financial years each, licences, qualifications, risks,
    /// financing, and the named enterprises above. Deterministic.
    static void build(const QString& path);
};

} // namespace dj::test
