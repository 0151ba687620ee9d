#include "tests/core/io/iotestutil.h"

#include "core/store/cache.h"
#include "core/store/schema.h"
#include "core/store/statement.h"

#include <QDir>
#include <QFile>

namespace dj::test {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
}

QMap<QString, qint64> tableCounts(const store::Database& db)
{
    QMap<QString, qint64> out;
    for (const QString& t : store::Schema::bundleTables())
        out.insert(t, db.scalarInt((QStringLiteral("SELECT count(*) FROM ") + t).toStdString()));
    return out;
}

void fillEveryTable(store::Database& db)
{
    db.exec(R"SQL(
INSERT INTO enterprises(uscc, uscc_invalid, name, former_names, status, entity_type, legal_rep, registered_capital,
    registered_capital_currency, established, region_code, industry_code, industry_section, address, lon, lat,
    op_address, op_lon, op_lat, annual_address, insured_count, scale, listed_code, scope) VALUES
 ('913101150000100063', 0, '上海点兢科技有限公司', '上海点兢网络有限公司|点兢软件', '存续', '有限责任公司(自然人投资或控股)', '张三',
  5000000, NULL, '2015-03-08', '310115', '3922', 'C', '上海市浦东新区张江路1号, "A"座', 121.5901, 31.2035,
  '上海市浦东新区科苑路2号', 121.6, 31.21, '上海市浦东新区邮政信箱88号', 35, '小型', '688001', '软件开发,技术咨询
第二行 经营范围'),
 ('91310115000010014X', 0, '上海浦江贸易有限公司', NULL, '在业', NULL, NULL, 0.1, 'USD', '2019-11-02', '310115', '5191',
  'F', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 ('913101150000100064', 1, '福建早期代码有限公司', NULL, '注销', NULL, NULL, 123456789012.25, NULL, NULL, '350211', '39', 'C',
  NULL, -0.5, 1e-7, NULL, NULL, NULL, NULL, 0, '微型', NULL, '');
INSERT INTO persons VALUES ('P1', '张三', '110105********002X', '110105', '3401', 1949, '女'),
                           ('P2', '李"四"', NULL, NULL, NULL, NULL, NULL);
INSERT INTO roles VALUES ('913101150000100063', 'P1', '执行董事'), ('913101150000100063', 'P1', '总经理'),
                         ('91310115000010014X', 'P2', '监事');
INSERT INTO shareholdings VALUES ('913101150000100063', 'person', 'P1', '张三', 60, 3000000, NULL),
    ('913101150000100063', 'enterprise', '91310115000010014X', '上海浦江贸易有限公司', 33.33, 1666500.5, NULL),
    ('913101150000100063', 'other', 'GOV-1', '浦东新区国资委', 6.67, 100000, 'USD');
INSERT INTO financials VALUES ('913101150000100063', 2022, 12500000.5, 310000, -20000, 9e14, 35, NULL),
                              ('913101150000100063', 2023, 18000000, 456000, NULL, NULL, 40, 1200000);
INSERT INTO financing VALUES ('913101150000100063', '2021-06-01', 'A轮', 50000000, NULL, '红杉|高瓴'),
                             ('913101150000100063', '', '', 1000000, 'USD', NULL);
INSERT INTO licenses VALUES ('913101150000100063', '食品经营许可证', 'JY13101150001', '2020-01-01', '2025-12-31'),
                            ('913101150000100063', '酒类经营许可证', '', NULL, NULL);
INSERT INTO qualifications VALUES ('913101150000100063', '高新技术企业', '国家级', 2022, '2025-12-31'),
                                  ('913101150000100063', '科技型中小企业', '', 0, NULL);
INSERT INTO risks VALUES ('913101150000100063', '行政处罚', '2022-05-06', 20000, '上海市市场监督管理局', '虚假宣传', '已移出'),
                         ('91310115000010014X', '经营异常', '', NULL, '', '', '有效');
INSERT INTO ip VALUES ('913101150000100063', '发明专利', 'CN202110000001.X', '一种数据处理方法', '2021-01-05'),
                      ('913101150000100063', '商标', '', '点兢', NULL);
INSERT INTO relations VALUES ('913101150000100063', '91310115000010014X', '供应', 2023, 2500000),
                             ('91310115000010014X', '913101150000100063', '合作', 0, NULL);
INSERT INTO invoices VALUES ('913101150000100063', '91310115000010014X', '2023-01', 12, 113000.45),
                            ('913101150000100063', '91310115000010014X', '2023-02', NULL, NULL);
INSERT INTO parks VALUES ('PK1', '张江科学城', '产业园', '310115',
    '{"type":"Polygon","coordinates":[[[121.58,31.2],[121.6,31.2],[121.6,31.22],[121.58,31.2]]]}');
INSERT INTO buildings VALUES ('B1', 'PK1', '张江大厦', '张江路1号', '310115', 121.59, 31.203,
    '{"type":"Polygon","coordinates":[[[121.589,31.202],[121.591,31.202],[121.591,31.204],[121.589,31.202]]]}', 28, 45000.5),
    ('B2', NULL, '独栋', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO tenants VALUES ('B1', '913101150000100063', '上海点兢科技有限公司', '12', '1201', 350.5, '2020-01-01', NULL),
                           ('B1', '', '未知租户', '', '', NULL, NULL, NULL);
INSERT INTO visits VALUES ('V1', '913101150000100063', '2024-03-01', '王科长', '走访', '了解需求', '人才公寓', '下周回访');
INSERT INTO tasks VALUES ('T1', '913101150000100063', '王科长', '2024-04-01', '待办', '跟进诉求', '2024-03-02');
INSERT INTO members VALUES ('上海安徽商会', 'P1', '', '副会长', '2018-05-01', NULL),
                           ('上海安徽商会', '', '913101150000100063', '会员单位', NULL, '备注');
INSERT INTO tenders VALUES ('ZB2023000001', '11310000MB0000001X', '上海市大数据中心', '310000', '政务云平台建设项目（一期）',
                            '一期', '云计算', 3000000, '2023-03-01', '2023-04-10', '913101150000100063', NULL, 2800000.5,
                            NULL, '中国政府采购网'),
                           ('ZB2024000002', NULL, '上海市大数据中心', '310000', '"机房"运维服务, 2024年', '续期', '运维服务',
                            NULL, '2024-01-05', NULL, NULL, NULL, NULL, 12, NULL);
)SQL");
}

QMap<QString, QByteArray> bundleFiles(const QString& dir)
{
    QMap<QString, QByteArray> out;
    for (const QString& name : QDir(dir).entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name))
        out.insert(name, readFile(QDir(dir).filePath(name)));
    return out;
}

} // namespace dj::test
