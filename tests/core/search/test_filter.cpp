#include "core/search/filter.h"
#include "tests/support/testutil.h"

#include <catch2/catch.hpp>

using dj::search::Filter;
using dj::search::FilterError;

namespace {

/// The key a bad filter is refused for (empty when it was accepted).
QString refusedKey(const QByteArray& json, QString* message = nullptr)
{
    try {
        Filter::fromJson(json);
    } catch (const FilterError& e) {
        if (message)
            *message = e.message();
        return e.key().isEmpty() ? QStringLiteral("<json>") : e.key();
    }
    return {};
}

} // namespace

TEST_CASE("a complete filter parses and round-trips", "[search][filter]")
{
    const QByteArray json = R"({
        "regions":["32","3209","320902"], "industries":["C","39","3922"], "exclude_industries":["A","B"],
        "statuses":["在营","注销"], "established":{"from":"2001-02-03","to":"2020-12-31"},
        "registered_capital":{"min":1e6}, "revenue":{"min":5e7,"year":2023}, "tax":{"max":1e6},
        "insured_count":{"min":10,"max":100}, "tax_growth":{"years":2,"min_rate":0.2}, "financing":true,
        "licenses_any":["酒类经营许可证"], "qualifications_any":["高新技术企业"], "risks_none":["经营异常"],
        "text":"  华为  "})";
    const Filter f = Filter::fromJson(json);
    CHECK(f.regions == QStringList { u"32"_qs, u"3209"_qs, u"320902"_qs });
    CHECK(f.industries.size() == 3);
    CHECK(f.statuses == QStringList { u"在营"_qs, u"注销"_qs });
    CHECK(f.establishedFrom == QDate(2001, 2, 3));
    CHECK(f.establishedTo == QDate(2020, 12, 31));
    CHECK(f.registeredCapital.min == 1e6);
    CHECK_FALSE(f.registeredCapital.max);
    CHECK(f.revenue.year == 2023);
    CHECK(f.insuredCount.max == 100);
    CHECK(f.taxGrowthYears == 2);
    CHECK(f.taxGrowthMinRate == Approx(0.2));
    CHECK(f.financing == true);
    CHECK(f.text == u"华为"_qs);
    CHECK(Filter::fromJsonObject(f.toJson()) == f);
    CHECK(Filter::fromJson("{}").isEmpty());
    CHECK_FALSE(f.isEmpty());
    CHECK(Filter::fromJson(R"({"regions":null,"text":""})").isEmpty());
}

TEST_CASE("bad filters are refused naming the key and what was expected", "[search][filter]")
{
    QString message;
    CHECK(refusedKey("{not json", &message) == u"<json>"_qs);
    CHECK(message.contains(u"JSON"_qs));
    CHECK(refusedKey("[1,2]") == u"<json>"_qs);
    CHECK(refusedKey(R"({"region":["32"]})", &message) == u"region"_qs);
    CHECK(message.contains(u"unknown key"_qs));
    CHECK(message.contains(u"regions"_qs)); // lists what is valid
    CHECK(refusedKey(R"({"regions":"32"})") == u"regions"_qs);
    CHECK(refusedKey(R"({"regions":["32","3"]})", &message) == u"regions[1]"_qs);
    CHECK(message.contains(u"2, 4 or 6 digits"_qs));
    CHECK(refusedKey(R"({"regions":[32]})") == u"regions[0]"_qs);
    CHECK(refusedKey(R"({"industries":["c"]})") == u"industries[0]"_qs);
    CHECK(refusedKey(R"({"industries":["39123"]})") == u"industries[0]"_qs);
    CHECK(refusedKey(R"({"exclude_industries":["Z"]})") == u"exclude_industries[0]"_qs);
    CHECK(refusedKey(R"({"statuses":["营业"]})") == u"statuses[0]"_qs);
    CHECK(refusedKey(R"({"established":{"from":"2020/01/01"}})") == u"established.from"_qs);
    CHECK(refusedKey(R"({"established":{"from":"2020-02-30"}})") == u"established.from"_qs);
    CHECK(refusedKey(R"({"established":{"since":"2020-01-01"}})") == u"established.since"_qs);
    CHECK(refusedKey(R"({"established":{"from":"2021-01-01","to":"2020-01-01"}})") == u"established"_qs);
    CHECK(refusedKey(R"({"revenue":{"min":"5000万"}})") == u"revenue.min"_qs);
    CHECK(refusedKey(R"({"revenue":{"min":10,"max":5}})") == u"revenue"_qs);
    CHECK(refusedKey(R"({"revenue":5000})") == u"revenue"_qs);
    CHECK(refusedKey(R"({"revenue":{"year":2023.5,"min":1}})") == u"revenue.year"_qs);
    CHECK(refusedKey(R"({"registered_capital":{"min":1,"year":2023}})") == u"registered_capital.year"_qs);
    CHECK(refusedKey(R"({"tax_growth":{"years":0,"min_rate":0.2}})") == u"tax_growth.years"_qs);
    CHECK(refusedKey(R"({"tax_growth":{"min_rate":0.2}})") == u"tax_growth.years"_qs);
    CHECK(refusedKey(R"({"tax_growth":{"years":2,"min_rate":-1}})") == u"tax_growth.min_rate"_qs);
    CHECK(refusedKey(R"({"financing":"yes"})") == u"financing"_qs);
    CHECK(refusedKey(R"({"licenses_any":[""]})") == u"licenses_any[0]"_qs);
    CHECK(refusedKey(R"({"qualifications_any":"高新技术企业"})") == u"qualifications_any"_qs);
    CHECK(refusedKey(R"({"risks_none":[1]})") == u"risks_none[0]"_qs);
    CHECK(refusedKey(R"({"text":42})") == u"text"_qs);
    CHECK(refusedKey(QByteArray(R"({"text":")") + QByteArray(300, 'a') + R"("})") == u"text"_qs);
    CHECK(refusedKey(R"({"regions":["32"],"revenue":{"min":1}})").isEmpty());
}

TEST_CASE("arbitrary bytes never crash the parser", "[search][filter]")
{
    QByteArray junk;
    for (int i = 0; i < 2000; ++i) {
        junk.append(char((i * 7919) % 256));
        (void)refusedKey(junk);
        (void)refusedKey("{\"text\":\"" + junk.right(50) + "\"}");
    }
    SUCCEED();
}
