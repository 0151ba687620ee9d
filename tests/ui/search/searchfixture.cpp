#include "searchfixture.h"

#include "core/store/cache.h"
#include "core/store/transaction.h"

#include <QStringList>

namespace dj::test {

using store::Cache;
using store::Database;
using store::Statement;
using store::Transaction;

QString SearchFixture::hengdaUscc()
{
    return QStringLiteral("91320902MA1XHD0001");
}
QString SearchFixture::hengdaName()
{
    return QStringLiteral("盐城恒达酒业有限公司");
}
QString SearchFixture::hengdaFormer()
{
    return QStringLiteral("盐城恒达酒厂");
}
QString SearchFixture::dingtaiName()
{
    return QStringLiteral("南京鼎泰精密机械股份有限公司");
}
QString SearchFixture::dingtaiUscc()
{
    return QStringLiteral("91320102MA1DT00002");
}

namespace {

struct Ent
{
    QString uscc, name, former, status, region, industry, established;
    double capital = 0;
    double revenue = 0; ///< latest year; the two years before are derived
    double growth = 0; ///< yearly growth of revenue and tax
};

void insert(Database& db, const Ent& e)
{
    Statement st
        = db.prepare("INSERT INTO enterprises(uscc, name, former_names, status, entity_type, legal_rep, "
                     "registered_capital, "
                     "established, region_code, industry_code, industry_section, address, scale, scope) "
                     "VALUES (?1, ?2, ?3, ?4, '有限责任公司', ?5, ?6, ?7, ?8, ?9, ?10, ?11, '小型', ?12)");
    const QString section = e.industry.startsWith(QLatin1String("15")) ? QStringLiteral("C")
        : e.industry.startsWith(QLatin1String("51"))                   ? QStringLiteral("F")
        : e.industry.startsWith(QLatin1String("65"))                   ? QStringLiteral("I")
                                                                       : QStringLiteral("A");
    st.bind(1, e.uscc)
        .bind(2, e.name)
        .bind(3, e.former.isEmpty() ? QString() : e.former)
        .bind(4, e.status)
        .bind(5, QStringLiteral("张三"))
        .bind(6, e.capital)
        .bind(7, e.established)
        .bind(8, e.region)
        .bind(9, e.industry)
        .bind(10, section)
        .bind(11, QStringLiteral("某路1号"))
        .bind(12, QStringLiteral("酒类、食品销售；技术服务"));
    st.run();
    for (int k = 0; k < 3; ++k) {
        const int year = 2023 - k;
        const double factor = std::pow(1.0 + e.growth, -k);
        Statement f = db.prepare(
            "INSERT INTO financials(uscc, year, revenue, tax, profit) VALUES (?1, ?2, ?3, ?4, ?5)");
        f.bind(1, e.uscc)
            .bind(2, year)
            .bind(3, e.revenue * factor)
            .bind(4, e.revenue * factor * 0.05)
            .bind(5, e.revenue * factor * 0.08);
        f.run();
    }
}

QString usccFor(int i, const QString& region)
{
    // 18 characters of the code alphabet; check characters are not needed by the search panel.
    return QStringLiteral("91") + region + QStringLiteral("MA")
        + QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0'));
}

} // namespace

void SearchFixture::build(const QString& path)
{
    Database db = Cache::createFresh(path);
    Transaction tx(db);
    const QStringList regions { QStringLiteral("320902"), QStringLiteral("320102"), QStringLiteral("110105"),
        QStringLiteral("440305") };
    const QStringList regionNames { QStringLiteral("盐城"), QStringLiteral("南京"), QStringLiteral("北京"),
        QStringLiteral("深圳") };
    const QStringList industries { QStringLiteral("1512"), QStringLiteral("5127"), QStringLiteral("6510"),
        QStringLiteral("0111") };
    const QStringList words { QStringLiteral("酒业"), QStringLiteral("商贸"), QStringLiteral("软件"),
        QStringLiteral("农业") };
    const QStringList brands { QStringLiteral("瑞丰"), QStringLiteral("宏图"), QStringLiteral("金桥"),
        QStringLiteral("海川"), QStringLiteral("云帆"), QStringLiteral("博远"), QStringLiteral("嘉禾"),
        QStringLiteral("启明"), QStringLiteral("长青"), QStringLiteral("卓越") };
    const QStringList statuses { QStringLiteral("存续"), QStringLiteral("在业"), QStringLiteral("存续"),
        QStringLiteral("注销"), QStringLiteral("吊销") };
    for (int i = 0; i < kGenerated; ++i) {
        Ent e;
        const int r = i % 4, ind = (i / 4) % 4;
        e.region = regions[r];
        e.industry = industries[ind];
        e.uscc = usccFor(i, e.region);
        e.name = regionNames[r] + brands[(i / 16) % 10] + words[ind] + QStringLiteral("%1号有限公司").arg(i);
        e.status = statuses[i % 5];
        e.established = QStringLiteral("%1-0%2-15").arg(2000 + i % 23).arg(1 + i % 9);
        e.capital = 1e6 * (1 + i % 50);
        e.revenue = 1e6 * (1 + (i * 37) % 200); // 100万 … 2亿
        e.growth = (i % 3 == 0) ? 0.25 : 0.05;
        insert(db, e);
        if (i % 6 == 0) {
            Statement l = db.prepare("INSERT INTO licenses(uscc, kind, number, valid_from, valid_to) VALUES "
                                     "(?1, ?2, ?3, '2020-01-01', ?4)");
            l.bind(1, e.uscc)
                .bind(2, i % 12 == 0 ? QStringLiteral("酒类经营许可证") : QStringLiteral("食品经营许可证"))
                .bind(3, QStringLiteral("L%1").arg(i))
                .bind(4, i % 24 == 0 ? QStringLiteral("2021-01-01") : QString()); // some expired
            l.run();
        }
        if (i % 7 == 0) {
            Statement q = db.prepare("INSERT INTO qualifications(uscc, kind, level, year) VALUES (?1, "
                                     "'高新技术企业', '国家级', 2022)");
            q.bind(1, e.uscc);
            q.run();
        }
        if (i % 5 == 1) {
            Statement f = db.prepare("INSERT INTO financing(uscc, date, round, amount, investors) VALUES "
                                     "(?1, '2022-05-01', 'A轮', 3e7, '某资本|另一基金')");
            f.bind(1, e.uscc);
            f.run();
        }
        if (i % 9 == 0) {
            Statement k = db.prepare("INSERT INTO risks(uscc, kind, date, authority, detail, status) VALUES "
                                     "(?1, '经营异常', '2023-03-01', '市场监管局', '未按期年报', ?2)");
            k.bind(1, e.uscc).bind(2, i % 18 == 0 ? QStringLiteral("有效") : QStringLiteral("已移出"));
            k.run();
        }
    }

    // Named enterprises for batch lookup and the profile.
    Ent hengda { hengdaUscc(), hengdaName(), hengdaFormer(), QStringLiteral("存续"), QStringLiteral("320902"),
        QStringLiteral("1512"), QStringLiteral("2008-06-18"), 5e7, 3.2e8, 0.35 };
    insert(db, hengda);
    for (const char* sql : {
             "INSERT INTO licenses(uscc, kind, number, valid_from, valid_to) VALUES ('91320902MA1XHD0001', "
             "'酒类经营许可证', 'JY132', '2020-01-01', '')",
             "INSERT INTO qualifications(uscc, kind, level, year) VALUES ('91320902MA1XHD0001', "
             "'专精特新中小企业', '省级', 2022)",
             "INSERT INTO ip(uscc, kind, number, title, date) VALUES ('91320902MA1XHD0001', '发明专利', "
             "'ZL1', '一种白酒酿造工艺', '2021-01-01')",
             "INSERT INTO ip(uscc, kind, number, title, date) VALUES ('91320902MA1XHD0001', '商标', 'TM1', "
             "'恒达', '2015-01-01')",
             "INSERT INTO financing(uscc, date, round, amount, investors) VALUES ('91320902MA1XHD0001', "
             "'2021-09-01', 'B轮', 1e8, '盐城产业基金')",
             "INSERT INTO risks(uscc, kind, date, authority, detail, status) VALUES ('91320902MA1XHD0001', "
             "'行政处罚', '2022-08-01', '盐城市市场监管局', '标签不规范', '有效')",
             "INSERT INTO persons(person_id, name, id_masked, gender, birth_year) VALUES ('P1', '王建国', "
             "'320902********1234', '男', 1970)",
             "INSERT INTO roles(uscc, person_id, role) VALUES ('91320902MA1XHD0001', 'P1', '法定代表人')",
             "INSERT INTO shareholdings(investee_uscc, holder_kind, holder_id, holder_name, share_pct, "
             "subscribed_capital) VALUES ('91320902MA1XHD0001', 'person', 'P1', '王建国', 80, 4e7)",
         })
        db.exec(sql);
    Ent dingtai { dingtaiUscc(), dingtaiName(), {}, QStringLiteral("在业"), QStringLiteral("320102"),
        QStringLiteral("6510"), QStringLiteral("2012-03-01"), 1e7, 6e7, 0.1 };
    insert(db, dingtai);
    Ent branch { QStringLiteral("91320102MA1DT00003"), dingtaiName() + QStringLiteral("玄武分公司"), {},
        QStringLiteral("存续"), QStringLiteral("320102"), QStringLiteral("6510"),
        QStringLiteral("2015-03-01"), 0, 1e6, 0 };
    insert(db, branch);
    // Two enterprises that a short list entry cannot tell apart.
    Ent a { QStringLiteral("91320500MA1HX00004"), QStringLiteral("苏州华信科技有限公司"), {},
        QStringLiteral("存续"), QStringLiteral("320505"), QStringLiteral("6510"),
        QStringLiteral("2016-01-01"), 1e6, 5e6, 0 };
    Ent b { QStringLiteral("91320200MA1HX00005"), QStringLiteral("无锡华信科技有限公司"), {},
        QStringLiteral("存续"), QStringLiteral("320211"), QStringLiteral("6510"),
        QStringLiteral("2017-01-01"), 1e6, 4e6, 0 };
    insert(db, a);
    insert(db, b);

    Cache::setMeta(db, QStringLiteral("data_source"), QStringLiteral("测试数据"));
    Cache::rebuildDerivedIndexes(db);
    Cache::bumpDataVersion(db);
    tx.commit();
}

} // namespace dj::test
