#include "tests/core/search/searchtestcache.h"

#include "core/store/cache.h"
#include "core/store/transaction.h"

#include <QStringList>
#include <random>

namespace dj::test {

using store::Cache;
using store::Database;
using store::Statement;
using store::Transaction;

void buildSearchCache(const QString& path, int enterprises, unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](const QStringList& list) { return list[int(rng() % unsigned(list.size()))]; };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    const QStringList regions { u"320902"_qs, u"320903"_qs, u"320981"_qs, u"321002"_qs, u"320102"_qs,
        u"110105"_qs, u"440305"_qs, u"500101"_qs, u"500103"_qs, u"430102"_qs, u"430104"_qs, u"330106"_qs,
        u"540102"_qs, u"320900"_qs };
    const QStringList regionWords { u"盐城"_qs, u"南京"_qs, u"重庆"_qs, u"长沙"_qs, u"北京"_qs, u"深圳"_qs,
        u"杭州"_qs, u"拉萨"_qs, u"长春"_qs, u"银行"_qs };
    const QStringList brands { u"恒达"_qs, u"鼎泰"_qs, u"华为"_qs, u"重华"_qs, u"乐行"_qs, u"瑞丰"_qs,
        u"天和"_qs, u"长盛"_qs, u"ABC"_qs, u"金沙"_qs, u"行远"_qs, u"朝阳"_qs };
    const QStringList trades { u"技术"_qs, u"酒业"_qs, u"精密机械"_qs, u"食品"_qs, u"贸易"_qs, u"软件"_qs,
        u"农业"_qs, u"矿业"_qs, u"餐饮管理"_qs };
    const QStringList forms { u"有限公司"_qs, u"股份有限公司"_qs, u"有限责任公司"_qs };
    struct Ind
    {
        QString code, section;
    };
    const QList<Ind> industries { { u"3922"_qs, u"C"_qs }, { u"392"_qs, u"C"_qs }, { u"1512"_qs, u"C"_qs },
        { u"5127"_qs, u"F"_qs }, { u"52"_qs, u"F"_qs }, { u"6513"_qs, u"I"_qs }, { u"0111"_qs, u"A"_qs },
        { u"0610"_qs, u"B"_qs }, { u"6201"_qs, u"H"_qs }, { u"7212"_qs, u"L"_qs }, { QString(), QString() } };
    const QStringList statuses { u"存续"_qs, u"在业"_qs, u"吊销"_qs, u"注销"_qs, u"迁出"_qs, u"停业"_qs,
        u"清算"_qs, u"撤销"_qs };
    const QStringList scopes { u"白酒、啤酒、葡萄酒的批发与零售"_qs, u"软件开发；信息技术咨询服务"_qs,
        u"精密机械零部件制造、销售"_qs, u"预包装食品销售；餐饮服务"_qs, u"农作物种植；农产品初加工"_qs,
        QString() };
    const QStringList licenceKinds { u"食品经营许可证"_qs, u"酒类经营许可证"_qs, u"药品经营许可证"_qs,
        u"建筑业企业资质证书"_qs };
    const QStringList qualificationKinds { u"高新技术企业"_qs, u"科技型中小企业"_qs, u"专精特新中小企业"_qs,
        u"专精特新\"小巨人\"企业"_qs };
    const QStringList riskKinds { u"经营异常"_qs, u"被执行人"_qs, u"行政处罚"_qs, u"失信被执行人"_qs };
    const QStringList rounds { u"天使轮"_qs, u"A轮"_qs, u"B轮"_qs, u"战略融资"_qs };

    Database db = Cache::createFresh(path);
    Transaction tx(db);
    Statement ent = db.prepare("INSERT INTO enterprises(id, uscc, name, former_names, status, legal_rep, "
                               "registered_capital, established, "
                               "region_code, industry_code, industry_section, insured_count, scale, scope) "
                               "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
    Statement fin = db.prepare("INSERT INTO financials(uscc, year, revenue, tax) VALUES (?1,?2,?3,?4)");
    Statement fing = db.prepare("INSERT INTO financing(uscc, date, round, amount) VALUES (?1,?2,?3,?4)");
    Statement lic = db.prepare(
        "INSERT INTO licenses(uscc, kind, number, valid_from, valid_to) VALUES (?1,?2,?3,?4,?5)");
    Statement qual = db.prepare("INSERT INTO qualifications(uscc, kind, level, year) VALUES (?1,?2,?3,?4)");
    Statement risk
        = db.prepare("INSERT INTO risks(uscc, kind, date, detail, status) VALUES (?1,?2,?3,?4,?5)");

    const QStringList fixedNames { u"华为技术有限公司"_qs, u"重庆长安汽车股份有限公司"_qs,
        u"长沙银行股份有限公司"_qs, u"重华乐行科技有限公司"_qs };
    for (int i = 0; i < enterprises; ++i) {
        // ids with gaps, inserted out of order, so rows and ids differ
        const qint64 id = qint64(i) * 3 + 7;
        const QString uscc
            = QStringLiteral("91%1%2").arg(uniform(100000, 999999)).arg(i, 10, 10, QLatin1Char('0'));
        const QString name = i < fixedNames.size()
            ? fixedNames[i]
            : pick(regionWords) + pick(brands) + pick(trades) + pick(forms) + QString::number(i);
        const Ind ind = industries[int(rng() % unsigned(industries.size()))];
        ent.bind(1, id).bind(2, uscc).bind(3, name);
        ent.bind(4,
            chance(0.15) ? pick(regionWords) + pick(brands) + u"有限公司"_qs
                    + (chance(0.5) ? u"|旧名"_qs + pick(trades) : QString())
                         : QString());
        ent.bind(5, pick(statuses)).bind(6, u"张三"_qs);
        if (chance(0.9))
            ent.bind(7, double(uniform(1, 5000)) * 10000.0);
        else
            ent.bindNull(7);
        if (chance(0.95))
            ent.bind(8, QDate(uniform(1995, 2024), uniform(1, 12), uniform(1, 28)).toString(Qt::ISODate));
        else
            ent.bindNull(8);
        ent.bind(9, pick(regions)).bind(10, ind.code).bind(11, ind.section);
        if (chance(0.8))
            ent.bind(12, qint64(uniform(0, 500)));
        else
            ent.bindNull(12);
        ent.bind(13, pick({ u"小型"_qs, u"微型"_qs, u"中型"_qs }));
        ent.bind(14, pick(scopes));
        ent.run();
        ent.reset();

        // financials: a run of years with gaps, NULL values and growth paths
        if (chance(0.85)) {
            const int first = uniform(2017, 2022), last = uniform(first, 2024);
            double revenue = double(uniform(1, 20000)) * 10000.0;
            double tax = revenue * 0.05;
            const double growth = pick({ u"0.05"_qs, u"0.25"_qs, u"0.5"_qs, u"-0.1"_qs }).toDouble();
            for (int y = first; y <= last; ++y) {
                if (chance(0.1))
                    continue; // a missing year
                fin.bind(1, uscc).bind(2, qint64(y));
                if (chance(0.1))
                    fin.bindNull(3);
                else
                    fin.bind(3, revenue);
                if (chance(0.1))
                    fin.bindNull(4);
                else
                    fin.bind(4, chance(0.05) ? 0.0 : tax);
                fin.run();
                fin.reset();
                revenue *= 1 + growth;
                tax *= 1 + growth + (chance(0.3) ? 0.2 : 0.0);
            }
        }
        for (int k = uniform(0, 2) - 1; k > 0; --k) {
            fing.bind(1, uscc)
                .bind(2, QStringLiteral("20%1-01-01").arg(10 + k))
                .bind(3, pick(rounds))
                .bind(4, 1e6);
            fing.run();
            fing.reset();
        }
        if (chance(0.5)) {
            for (int k = uniform(1, 3); k > 0; --k) {
                lic.bind(1, uscc)
                    .bind(2, pick(licenceKinds))
                    .bind(3, QString::number(k))
                    .bind(4, u"2018-01-01"_qs);
                const int v = uniform(0, 4);
                if (v == 0)
                    lic.bindNull(5);
                else if (v == 1)
                    lic.bind(5, u""_qs);
                else if (v == 2)
                    lic.bind(5, u"长期"_qs);
                else
                    lic.bind(5,
                        QDate(2025, 6, 30)
                            .addDays(uniform(-3, 3) * (v == 3 ? 1 : 200))
                            .toString(Qt::ISODate));
                lic.run();
                lic.reset();
            }
        }
        if (chance(0.3)) {
            for (int k = uniform(1, 2); k > 0; --k) {
                qual.bind(1, uscc)
                    .bind(2, pick(qualificationKinds))
                    .bind(3, pick({ u"国家级"_qs, u"省级"_qs }));
                qual.bind(4, qint64(2020 + k));
                qual.run();
                qual.reset();
            }
        }
        if (chance(0.4)) {
            for (int k = uniform(1, 3); k > 0; --k) {
                risk.bind(1, uscc)
                    .bind(2, pick(riskKinds))
                    .bind(3, u"2023-01-01"_qs)
                    .bind(4, QString::number(k));
                risk.bind(5, chance(0.5) ? u"有效"_qs : u"已移出"_qs);
                risk.run();
                risk.reset();
            }
        }
    }
    // A child row whose enterprise is absent must be ignored.
    tx.commit();
    db.exec("PRAGMA foreign_keys = OFF");
    fin.bind(1, u"ZZZ-orphan"_qs).bind(2, qint64(2024)).bind(3, 1e12).bind(4, 1e10);
    {
        Transaction tx2(db);
        fin.run();
        Cache::bumpDataVersion(db);
        tx2.commit();
    }
}

} // namespace dj::test
