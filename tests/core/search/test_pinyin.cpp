#include "core/search/pinyin.h"
#include "core/search/pinyinmatcher.h"
#include "tests/support/testutil.h"

#include <catch2/catch.hpp>

using namespace dj::search;

namespace {

/// Matches one name with the engine's matcher (an index of one name's reading sets built by hand).
bool matches(const QString& name, const QString& query)
{
    StringColumn sets;
    sets.append({});
    std::vector<quint16> ids;
    for (char32_t cp : name.toUcs4()) {
        QByteArray r = cp < 128 && QChar(cp).isLetter() ? QByteArray(1, char(QChar(cp).toLower().unicode()))
                                                        : Pinyin::instance().readings(cp);
        if (r.isEmpty()) {
            ids.push_back(0);
            continue;
        }
        ids.push_back(quint16(sets.size()));
        sets.append(std::string_view(r.constData(), size_t(r.size())));
    }
    const QByteArray q = PinyinMatcher::normalize(query);
    if (q.isEmpty())
        return false;
    return PinyinMatcher(q, sets).matches(ids.data(), ids.size());
}

} // namespace

TEST_CASE("readings come from Unihan, all readings of polyphones", "[search][pinyin]")
{
    const Pinyin& p = Pinyin::instance();
    CHECK(p.unicodeVersion() == u"15.0.0"_qs);
    CHECK(p.characterCount() > 40000);
    CHECK(p.readings(U'重').split(' ').contains("chong"));
    CHECK(p.readings(U'重').split(' ').contains("zhong"));
    CHECK(p.readings(U'长').split(' ').contains("chang"));
    CHECK(p.readings(U'长').split(' ').contains("zhang"));
    CHECK(p.readings(U'行').split(' ').contains("hang"));
    CHECK(p.readings(U'行').split(' ').contains("xing"));
    CHECK(p.readings(U'绿').split(' ').contains("lv"));
    CHECK(p.readings(U'华').split(' ').contains("hua"));
    CHECK(p.readings(U'a').isEmpty());
    CHECK(p.readings(U'。').isEmpty());
}

TEST_CASE("pinyin initials, full spelling and polyphones match names", "[search][pinyin]")
{
    CHECK(matches(u"华为技术有限公司"_qs, u"hwjs"_qs));
    CHECK(matches(u"华为技术有限公司"_qs, u"huaweijishu"_qs));
    CHECK(matches(u"华为技术有限公司"_qs, u"huaweij"_qs));
    CHECK(matches(u"华为技术有限公司"_qs, u"HWJS"_qs));
    CHECK(matches(u"华为技术有限公司"_qs, u"hua wei"_qs));
    CHECK(matches(u"华为技术有限公司"_qs, u"jsyx"_qs)); // anywhere in the name
    CHECK(matches(u"重庆长安汽车股份有限公司"_qs, u"cq"_qs));
    CHECK(matches(u"重庆长安汽车股份有限公司"_qs, u"zq"_qs));
    CHECK(matches(u"重庆长安汽车股份有限公司"_qs, u"chongqing"_qs));
    CHECK(matches(u"重庆长安汽车股份有限公司"_qs, u"zhongqing"_qs));
    CHECK(matches(u"重庆长安汽车股份有限公司"_qs, u"zhq"_qs));
    CHECK(matches(u"长沙银行股份有限公司"_qs, u"cs"_qs));
    CHECK(matches(u"长沙银行股份有限公司"_qs, u"zs"_qs));
    CHECK(matches(u"长沙银行股份有限公司"_qs, u"csyh"_qs));
    CHECK(matches(u"长沙银行股份有限公司"_qs, u"csyx"_qs)); // 行 also xing
    CHECK(matches(u"ABC科技有限公司"_qs, u"abckj"_qs));

    CHECK_FALSE(matches(u"华为技术有限公司"_qs, u"hwjsz"_qs));
    CHECK_FALSE(matches(u"华为技术有限公司"_qs, u"hjs"_qs)); // characters must be consecutive
    CHECK_FALSE(matches(u"重庆长安汽车股份有限公司"_qs, u"cs"_qs));
    CHECK_FALSE(matches(u"长沙银行股份有限公司"_qs, u"cq"_qs));
    CHECK_FALSE(matches(u"华为技术有限公司"_qs, u"华为"_qs)); // not a pinyin query
    CHECK(PinyinMatcher::normalize(QString(64, QLatin1Char('a'))).isEmpty());
    CHECK(PinyinMatcher::normalize(u"Hua'wei Ji"_qs) == "huaweiji");
}
