#include "core/io/tableschema.h"

#include <QHash>
#include <span>

namespace dj::io {

namespace {

using K = ValueKind;

ColumnSpec col(const char* name, K kind, bool required = false, bool key = false)
{
    return ColumnSpec { QString::fromLatin1(name), kind, required, key, {}, false };
}
ColumnSpec keyCol(const char* name, K kind, bool required = true)
{
    return col(name, kind, required, true);
}
// A key column that may be empty in the source: stored as '' (or 0) so that the natural key stays unique.
ColumnSpec blankKey(const char* name, K kind, const char* emptyValue = "", bool numeric = false)
{
    ColumnSpec c = col(name, kind, false, true);
    c.emptyValue = QString::fromUtf8(emptyValue);
    c.numericEmpty = numeric;
    return c;
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromLatin1(s);
    return out;
}

QList<TableSpec> buildTables()
{
    QList<TableSpec> t;
    t.append({ QStringLiteral("enterprises"),
        { keyCol("uscc", K::Uscc), col("name", K::Text, true), col("former_names", K::List),
            col("status", K::Status, true), col("entity_type", K::Text), col("legal_rep", K::Text),
            col("registered_capital", K::Money), col("registered_capital_currency", K::Currency),
            col("established", K::Date), col("region_code", K::RegionCode, true),
            col("industry_code", K::IndustryCode), col("address", K::Text), col("lon", K::Lon),
            col("lat", K::Lat), col("op_address", K::Text), col("op_lon", K::Lon), col("op_lat", K::Lat),
            col("annual_address", K::Text), col("insured_count", K::Int), col("scale", K::Scale),
            col("listed_code", K::Code), col("scope", K::Text) },
        names({ "uscc" }), {} });
    t.append({ QStringLiteral("persons"),
        { keyCol("person_id", K::Code), col("name", K::Text, true), col("id_number", K::IdNumber),
            col("birthplace_code", K::RegionCode), col("native_place_code", K::PlaceCode),
            col("birth_year", K::Year), col("gender", K::Gender) },
        names({ "person_id" }), {} });
    t.append({ QStringLiteral("roles"),
        { keyCol("uscc", K::UsccRef), keyCol("person_id", K::Code), keyCol("role", K::Role) },
        names({ "uscc", "person_id", "role" }), {} });
    t.append({ QStringLiteral("shareholdings"),
        { keyCol("investee_uscc", K::UsccRef), keyCol("holder_kind", K::HolderKind),
            keyCol("holder_id", K::Code), col("holder_name", K::Text), col("share_pct", K::Percent),
            col("subscribed_capital", K::Money), col("subscribed_capital_currency", K::Currency) },
        names({ "investee_uscc", "holder_kind", "holder_id" }), {} });
    t.append({ QStringLiteral("financials"),
        { keyCol("uscc", K::UsccRef), keyCol("year", K::Year), col("revenue", K::Money), col("tax", K::Money),
            col("profit", K::Money), col("total_assets", K::Money), col("employees", K::Int),
            col("rd_expense", K::Money) },
        names({ "uscc", "year" }), {} });
    t.append({ QStringLiteral("financing"),
        { keyCol("uscc", K::UsccRef), blankKey("date", K::Date), blankKey("round", K::Text),
            col("amount", K::Money), col("amount_currency", K::Currency), col("investors", K::List) },
        names({ "uscc", "date", "round" }), {} });
    t.append({ QStringLiteral("licenses"),
        { keyCol("uscc", K::UsccRef), keyCol("kind", K::Text), blankKey("number", K::Code),
            col("valid_from", K::Date), col("valid_to", K::Date) },
        names({ "uscc", "kind", "number" }), {} });
    t.append({ QStringLiteral("qualifications"),
        { keyCol("uscc", K::UsccRef), keyCol("kind", K::Text), blankKey("level", K::Text),
            blankKey("year", K::Year, "0", true), col("valid_to", K::Date) },
        names({ "uscc", "kind", "level", "year" }), {} });
    t.append({ QStringLiteral("risks"),
        { keyCol("uscc", K::UsccRef), keyCol("kind", K::Text), blankKey("date", K::Date),
            col("amount", K::Money), blankKey("authority", K::Text), blankKey("detail", K::Text),
            col("status", K::RiskStatus) },
        names({ "uscc", "kind", "date", "authority", "detail" }), {} });
    t.append({ QStringLiteral("ip"),
        { keyCol("uscc", K::UsccRef), keyCol("kind", K::Text), blankKey("number", K::Code),
            blankKey("title", K::Text), col("date", K::Date) },
        names({ "uscc", "kind", "number", "title" }), {} });
    t.append({ QStringLiteral("relations"),
        { keyCol("from_uscc", K::UsccRef), keyCol("to_uscc", K::UsccRef), keyCol("kind", K::RelationKind),
            blankKey("year", K::Year, "0", true), col("amount", K::Money) },
        names({ "from_uscc", "to_uscc", "kind", "year" }), {} });
    t.append({ QStringLiteral("invoices"),
        { keyCol("seller_uscc", K::UsccRef), keyCol("buyer_uscc", K::UsccRef), keyCol("month", K::Month),
            col("invoice_count", K::Int), col("amount", K::Money) },
        names({ "seller_uscc", "buyer_uscc", "month" }), {} });
    t.append({ QStringLiteral("parks"),
        { keyCol("park_id", K::Code), col("name", K::Text, true), col("kind", K::Text),
            col("region_code", K::RegionCode), col("boundary", K::Text) },
        names({ "park_id" }), {} });
    t.append({ QStringLiteral("buildings"),
        { keyCol("building_id", K::Code), col("park_id", K::Code), col("name", K::Text, true),
            col("address", K::Text), col("region_code", K::RegionCode), col("lon", K::Lon),
            col("lat", K::Lat), col("footprint", K::Text), col("floors", K::Int),
            col("gross_area_m2", K::Real) },
        names({ "building_id" }), {} });
    t.append({ QStringLiteral("tenants"),
        { keyCol("building_id", K::Code), blankKey("uscc", K::UsccRef), blankKey("name", K::Text),
            blankKey("floor", K::Code), blankKey("room", K::Code), col("area_m2", K::Real),
            col("since", K::Date), col("until", K::Date) },
        names({ "building_id", "uscc", "name", "floor", "room" }), {} });
    t.append({ QStringLiteral("visits"),
        { keyCol("visit_id", K::Code), col("uscc", K::UsccRef), col("date", K::Date), col("visitor", K::Text),
            col("kind", K::Text), col("summary", K::Text), col("needs", K::Text), col("follow_up", K::Text) },
        names({ "visit_id" }), {} });
    t.append({ QStringLiteral("tasks"),
        { keyCol("task_id", K::Code), col("uscc", K::UsccRef), col("assignee", K::Text), col("due", K::Date),
            col("status", K::Text), col("reason", K::Text), col("created", K::Date) },
        names({ "task_id" }), {} });
    t.append({ QStringLiteral("members"),
        { keyCol("register", K::Text), blankKey("person_id", K::Code), blankKey("uscc", K::UsccRef),
            col("role", K::Text), col("joined", K::Date), col("note", K::Text) },
        names({ "register", "person_id", "uscc" }), {} });
    t.append({ QStringLiteral("tenders"),
        { keyCol("tender_id", K::Code), col("buyer_uscc", K::UsccRef), col("buyer_name", K::Text, true),
            col("region_code", K::RegionCode), col("project", K::Text, true), col("phase", K::Text),
            col("category", K::Text), col("budget", K::Money), col("announced", K::Date),
            col("awarded", K::Date), col("winner_uscc", K::UsccRef), col("winner_name", K::Text),
            col("amount", K::Money), col("contract_months", K::Int), col("source", K::Text) },
        names({ "tender_id" }), {} });
    for (TableSpec& spec : t) {
        if (spec.orderBy.isEmpty())
            spec.orderBy = spec.keyColumns;
    }
    return t;
}

struct Alias
{
    const char* table; // nullptr: any table having the canonical column
    const char* canonical;
    std::initializer_list<const char*> headers;
};

// Headers seen in vendor extracts, tax-bureau sheets and park lists. Table-specific entries win over the
// general ones (e.g. 统一社会信用代码 is investee_uscc in shareholdings).
const Alias kAliases[] = {
    { "shareholdings", "investee_uscc",
        { "统一社会信用代码", "社会信用代码", "信用代码", "被投资企业信用代码", "uscc" } },
    { "shareholdings", "holder_kind", { "股东类型", "股东性质" } },
    { "shareholdings", "holder_id", { "股东编号", "股东证照号", "股东证件号", "股东id", "股东代码" } },
    { "shareholdings", "holder_name", { "股东名称", "股东", "发起人", "股东姓名" } },
    { "shareholdings", "share_pct", { "持股比例", "出资比例", "持股比例(%)" } },
    { "shareholdings", "subscribed_capital", { "认缴出资额", "认缴出资", "认缴金额" } },
    { "shareholdings", "subscribed_capital_currency", { "出资币种", "币种" } },
    { "persons", "name", { "姓名", "人员姓名" } },
    { "persons", "person_id", { "人员编号", "人员id", "自然人编号", "人员代码" } },
    { "persons", "id_number", { "身份证号", "身份证号码", "证件号码", "公民身份号码", "身份证" } },
    { "persons", "birthplace_code", { "出生地代码", "出生地" } },
    { "persons", "native_place_code", { "籍贯代码", "籍贯" } },
    { "persons", "birth_year", { "出生年份", "出生年" } },
    { "persons", "gender", { "性别" } },
    { "roles", "role", { "职务", "职位", "任职", "任职职务" } },
    { "roles", "person_id", { "人员编号", "人员id", "自然人编号" } },
    { "financials", "year", { "年份", "年度", "报告年度", "报告期" } },
    { "financials", "revenue", { "营业收入", "营收", "主营业务收入", "销售收入" } },
    { "financials", "tax", { "纳税额", "税收", "纳税总额", "税额", "实缴税金", "入库税收" } },
    { "financials", "profit", { "利润", "利润总额", "净利润" } },
    { "financials", "total_assets", { "资产总额", "总资产", "资产总计" } },
    { "financials", "employees", { "从业人数", "员工人数", "职工人数", "年末从业人员" } },
    { "financials", "rd_expense", { "研发费用", "研发投入", "研发经费" } },
    { "financing", "date", { "融资日期", "日期", "披露日期" } },
    { "financing", "round", { "轮次", "融资轮次" } },
    { "financing", "amount", { "融资金额", "金额" } },
    { "financing", "amount_currency", { "币种" } },
    { "financing", "investors", { "投资方", "投资机构", "投资人" } },
    { "licenses", "kind", { "许可证名称", "许可类型", "许可证类型", "证照名称" } },
    { "licenses", "number", { "许可证编号", "证书编号", "许可证号", "编号" } },
    { "licenses", "valid_from", { "有效期自", "有效期起", "发证日期", "有效期开始" } },
    { "licenses", "valid_to", { "有效期至", "有效期止", "有效期截止", "有效期结束" } },
    { "qualifications", "kind", { "资质名称", "认定类型", "资质类型", "荣誉" } },
    { "qualifications", "level", { "级别", "认定级别" } },
    { "qualifications", "year", { "认定年份", "年份", "认定年度" } },
    { "qualifications", "valid_to", { "有效期至", "有效期止" } },
    { "risks", "kind", { "风险类型", "类型", "风险类别" } },
    { "risks", "date", { "日期", "决定日期", "立案日期", "发布日期", "列入日期" } },
    { "risks", "amount", { "金额", "罚款金额", "执行标的", "涉案金额" } },
    { "risks", "authority", { "机关", "决定机关", "执行法院", "作出决定机关" } },
    { "risks", "detail", { "详情", "内容", "事由", "列入原因", "处罚事由" } },
    { "risks", "status", { "状态", "风险状态" } },
    { "ip", "kind", { "类型", "知识产权类型" } },
    { "ip", "number", { "申请号", "注册号", "登记号", "编号", "专利号" } },
    { "ip", "title", { "名称", "标题", "专利名称", "商标名称", "作品名称", "软件名称" } },
    { "ip", "date", { "日期", "申请日", "申请日期", "登记日期" } },
    { "relations", "from_uscc", { "供方信用代码", "甲方信用代码" } },
    { "relations", "to_uscc", { "需方信用代码", "乙方信用代码" } },
    { "relations", "kind", { "关系类型", "关系" } },
    { "relations", "year", { "年份", "年度" } },
    { "relations", "amount", { "金额", "交易金额" } },
    { "invoices", "seller_uscc",
        { "销方统一社会信用代码", "销方税号", "销方信用代码", "销售方纳税人识别号" } },
    { "invoices", "buyer_uscc",
        { "购方统一社会信用代码", "购方税号", "购方信用代码", "购买方纳税人识别号" } },
    { "invoices", "month", { "月份", "开票月份", "所属月份" } },
    { "invoices", "invoice_count", { "发票张数", "发票数量", "份数" } },
    { "invoices", "amount", { "金额", "价税合计", "开票金额" } },
    { "parks", "park_id", { "园区编号", "园区id", "园区代码" } },
    { "parks", "name", { "园区名称", "名称" } },
    { "parks", "kind", { "类型", "园区类型" } },
    { "parks", "boundary", { "边界", "范围" } },
    { "buildings", "building_id", { "楼宇编号", "楼宇id", "楼宇代码" } },
    { "buildings", "park_id", { "园区编号", "园区id" } },
    { "buildings", "name", { "楼宇名称", "名称" } },
    { "buildings", "footprint", { "轮廓", "占地范围" } },
    { "buildings", "floors", { "楼层数", "层数", "地上层数" } },
    { "buildings", "gross_area_m2", { "建筑面积", "总建筑面积" } },
    { "tenants", "building_id", { "楼宇编号", "楼宇id" } },
    { "tenants", "floor", { "楼层", "所在楼层" } },
    { "tenants", "room", { "房间号", "房号", "房间" } },
    { "tenants", "area_m2", { "面积", "租赁面积", "使用面积" } },
    { "tenants", "since", { "入驻日期", "起租日期", "入驻时间" } },
    { "tenants", "until", { "退租日期", "到期日期", "租期截止" } },
    { "visits", "visit_id", { "走访编号", "走访id" } },
    { "visits", "date", { "走访日期", "日期" } },
    { "visits", "visitor", { "走访人", "走访人员" } },
    { "visits", "kind", { "方式", "走访方式" } },
    { "visits", "summary", { "摘要", "内容", "走访内容" } },
    { "visits", "needs", { "诉求", "需求", "企业诉求" } },
    { "visits", "follow_up", { "跟进", "跟进情况", "后续跟进" } },
    { "tasks", "task_id", { "任务编号", "任务id" } },
    { "tasks", "assignee", { "负责人", "经办人", "承办人" } },
    { "tasks", "due", { "截止日期", "到期日" } },
    { "tasks", "status", { "状态", "任务状态" } },
    { "tasks", "reason", { "原因", "事由", "任务内容" } },
    { "tasks", "created", { "创建日期", "创建时间" } },
    { "members", "register", { "商会", "名录", "商会名称", "名册" } },
    { "members", "person_id", { "人员编号", "人员id" } },
    { "members", "role", { "职务", "会内职务" } },
    { "members", "joined", { "入会日期", "入会时间" } },
    { "members", "note", { "备注" } },
    // 招标/中标 notice spreadsheets (政府采购网, 公共资源交易中心, vendor extracts).
    { "tenders", "tender_id", { "项目编号", "招标编号", "采购编号", "公告编号", "招标项目编号", "编号" } },
    { "tenders", "buyer_uscc",
        { "采购人统一社会信用代码", "采购人信用代码", "招标人统一社会信用代码", "招标人信用代码" } },
    { "tenders", "buyer_name", { "采购人", "采购单位", "采购人名称", "招标人", "招标单位", "业主单位" } },
    { "tenders", "region_code", { "行政区划代码", "区划代码", "地区代码", "项目所在地代码" } },
    { "tenders", "project", { "项目名称", "采购项目名称", "招标项目名称", "标题", "公告标题" } },
    { "tenders", "phase", { "期次", "项目期次", "阶段" } },
    { "tenders", "category", { "品目", "采购品目", "项目类别", "类别", "行业分类" } },
    { "tenders", "budget", { "预算金额", "采购预算", "预算", "最高限价", "招标控制价" } },
    { "tenders", "announced", { "公告日期", "发布日期", "招标公告日期", "发布时间", "公告时间" } },
    { "tenders", "awarded", { "中标日期", "成交日期", "中标公告日期", "结果公告日期" } },
    { "tenders", "winner_uscc",
        { "中标供应商信用代码", "中标人统一社会信用代码", "中标人信用代码", "成交供应商信用代码" } },
    { "tenders", "winner_name", { "中标供应商", "中标人", "成交供应商", "中标单位", "中标供应商名称" } },
    { "tenders", "amount", { "中标金额", "成交金额", "中标价", "合同金额" } },
    { "tenders", "contract_months",
        { "服务期限(月)", "服务期(月)", "合同期限(月)", "服务期限", "合同期限" } },
    { "tenders", "source", { "来源", "信息来源", "公告来源" } },
    // General headers, for every table that has the column.
    { nullptr, "uscc",
        { "统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "企业统一社会信用代码", "纳税人识别号",
            "credit_code" } },
    { nullptr, "name", { "企业名称", "名称", "公司名称", "单位名称", "企业名", "姓名" } },
    { nullptr, "former_names", { "曾用名", "历史名称", "原名称" } },
    { nullptr, "status", { "登记状态", "经营状态", "企业状态", "状态" } },
    { nullptr, "entity_type", { "企业类型", "公司类型", "企业(机构)类型", "市场主体类型", "类型" } },
    { nullptr, "legal_rep", { "法定代表人", "法人", "法人代表", "法定代表人/负责人" } },
    { nullptr, "registered_capital", { "注册资本", "注册资金", "注册资本(元)" } },
    { nullptr, "registered_capital_currency", { "注册资本币种", "币种" } },
    { nullptr, "established", { "成立日期", "成立时间", "注册日期", "设立日期" } },
    { nullptr, "region_code",
        { "行政区划代码", "区划代码", "地区代码", "所属地区代码", "登记机关区划代码" } },
    { nullptr, "industry_code", { "行业代码", "所属行业", "国标行业", "国民经济行业代码", "行业" } },
    { nullptr, "address", { "注册地址", "住所", "地址", "企业地址", "住所地址" } },
    { nullptr, "lon", { "经度", "longitude", "lng" } },
    { nullptr, "lat", { "纬度", "latitude" } },
    { nullptr, "op_address", { "经营地址", "实际经营地址", "办公地址", "生产经营地址" } },
    { nullptr, "op_lon", { "经营地址经度", "经营经度" } },
    { nullptr, "op_lat", { "经营地址纬度", "经营纬度" } },
    { nullptr, "annual_address", { "年报通信地址", "年报地址", "通信地址" } },
    { nullptr, "insured_count", { "参保人数", "社保人数", "参保人员数" } },
    { nullptr, "scale", { "企业规模", "规模" } },
    { nullptr, "listed_code", { "股票代码", "上市代码", "证券代码" } },
    { nullptr, "scope", { "经营范围" } },
    { nullptr, "person_id", { "人员编号", "人员id" } },
};

// Vendor layouts (issue #21): 企查查 / 天眼查 / 启信宝 exports, tax-bureau sheets and park tenant
// registers. Kept apart from kAliases so that other tables' aliases merge without conflicts. Some map to
// auxiliary columns (TableSchema::isAuxiliary) from which the importer derives a bundle column.
const Alias kVendorAliases[] = {
    { "shareholdings", "holder_name", { "股东及出资信息", "股东(发起人)", "投资人" } },
    { "shareholdings", "holder_kind", { "股东类别", "投资人类型" } },
    { "shareholdings", "holder_id", { "股东信用代码", "股东统一社会信用代码" } },
    { "shareholdings", "share_pct", { "持股比例%", "投资比例" } },
    { "shareholdings", "subscribed_capital", { "认缴出资额(万元)", "认缴出资金额", "投资金额", "出资额" } },
    { "roles", "person_name", { "姓名", "人员姓名", "主要人员", "高管姓名" } },
    { "roles", "role", { "职务名称" } },
    { "financials", "period", { "税款所属期", "所属期", "税款所属期起", "所属时期", "纳税期间" } },
    { "financials", "tax", { "实缴税额", "实缴税款", "入库税额", "已缴税额", "实缴金额" } },
    { "licenses", "kind", { "许可文件名称", "许可名称" } },
    { "licenses", "number", { "许可文件编号" } },
    { "risks", "kind", { "风险类型名称", "风险项" } },
    { "tenants", "building_name", { "楼栋", "楼宇", "楼宇名称", "所在楼宇", "楼栋名称", "栋号" } },
    { "tenants", "floor", { "层", "所在层" } },
    { "tenants", "room", { "房号", "室号", "门牌号" } },
    { "tenants", "area_m2", { "面积(㎡)", "面积(m2)", "面积(平方米)", "租赁面积(㎡)", "使用面积(㎡)" } },
    { "tenants", "since", { "入驻日期", "入驻时间", "入园日期" } },
    { nullptr, "name", { "纳税人名称", "企业(机构)名称", "租户名称", "入驻企业" } },
    { nullptr, "status", { "经营状态(登记状态)", "企业状态(登记状态)" } },
    { nullptr, "entity_type", { "企业(机构)类型", "公司类型(企业类型)", "企业类别" } },
    { nullptr, "registered_capital", { "注册资本(万元)", "注册资金(万元)" } },
    { nullptr, "established", { "成立日期(注册日期)" } },
    { nullptr, "address", { "注册地址(住所)", "公司地址", "地址(注册地址)" } },
    { nullptr, "annual_address", { "最新年报地址", "年报通讯地址" } },
    { nullptr, "insured_count", { "参保人数(人)", "社保缴纳人数" } },
    { nullptr, "region_code", { "注册地行政区划代码", "区县代码" } },
    { nullptr, "region_name", { "所属地区", "地区", "所在地区", "所属区域", "省市区", "注册地区" } },
    { nullptr, "province_name", { "所属省份", "省份", "省", "所在省份" } },
    { nullptr, "city_name", { "所属城市", "城市", "市", "所在城市", "所属地市" } },
    { nullptr, "county_name", { "所属区县", "区县", "区", "县", "所在区县" } },
    { nullptr, "industry_l0", { "国标行业门类", "行业门类", "所属行业门类" } },
    { nullptr, "industry_l1", { "国标行业大类", "行业大类", "所属行业大类" } },
    { nullptr, "industry_l2", { "国标行业中类", "行业中类", "所属行业中类" } },
    { nullptr, "industry_l3", { "国标行业小类", "行业小类", "所属行业小类" } },
    { nullptr, "uscc", { "统一社会信用代码/纳税人识别号", "社会统一信用代码" } },
    // The enterprise a child sheet's row belongs to, by name, where the sheet has no credit code column
    // (股东信息 / 主要人员 of a multi-company workbook): linked by name to the cache or this import.
    { "shareholdings", "investee_name",
        { "被投资企业名称", "被投资企业", "被投资公司名称", "被投资公司", "被投资单位", "企业名称",
            "公司名称" } },
    { nullptr, "enterprise_name",
        { "企业名称", "公司名称", "企业(机构)名称", "单位名称", "纳税人名称", "所属企业" } },
};

// Auxiliary columns: read from vendor files, not stored; the importer derives a bundle column from them.
struct Auxiliary
{
    const char* table; // nullptr: every table having `needs`
    const char* column;
    const char* needs; // the bundle column it feeds
};
const Auxiliary kAuxiliary[] = {
    { nullptr, "region_name", "region_code" },
    { nullptr, "province_name", "region_code" },
    { nullptr, "city_name", "region_code" },
    { nullptr, "county_name", "region_code" },
    { nullptr, "industry_l0", "industry_code" },
    { nullptr, "industry_l1", "industry_code" },
    { nullptr, "industry_l2", "industry_code" },
    { nullptr, "industry_l3", "industry_code" },
    { "financials", "period", "year" },
    { "tenants", "building_name", "building_id" },
    { "roles", "person_name", "person_id" },
    { "shareholdings", "investee_name", "investee_uscc" },
    { "roles", "enterprise_name", "uscc" },
    { "licenses", "enterprise_name", "uscc" },
    { "risks", "enterprise_name", "uscc" },
    { "financials", "enterprise_name", "uscc" },
    { "financing", "enterprise_name", "uscc" },
    { "qualifications", "enterprise_name", "uscc" },
    { "ip", "enterprise_name", "uscc" },
};

} // namespace

QString TableSchema::auxiliaryTarget(const QString& table, const QString& column)
{
    const TableSpec* spec = find(table);
    if (!spec)
        return {};
    for (const Auxiliary& a : kAuxiliary) {
        if (a.table && table != QLatin1String(a.table))
            continue;
        if (column == QLatin1String(a.column) && spec->indexOf(QString::fromLatin1(a.needs)) >= 0)
            return QString::fromLatin1(a.needs);
    }
    return {};
}

QStringList TableSchema::auxiliaryColumns(const QString& table)
{
    QStringList out;
    for (const Auxiliary& a : kAuxiliary)
        if (isAuxiliary(table, QString::fromLatin1(a.column)) && !out.contains(QString::fromLatin1(a.column)))
            out << QString::fromLatin1(a.column);
    return out;
}

bool TableSchema::isAuxiliary(const QString& table, const QString& column)
{
    return !auxiliaryTarget(table, column).isEmpty();
}

int TableSpec::indexOf(const QString& name) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == name)
            return i;
    return -1;
}

const ColumnSpec* TableSpec::column(const QString& name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &columns.at(i);
}

const QList<TableSpec>& TableSchema::tables()
{
    static const QList<TableSpec> list = buildTables();
    return list;
}

const TableSpec* TableSchema::find(const QString& table)
{
    for (const TableSpec& t : tables())
        if (t.name == table)
            return &t;
    return nullptr;
}

QStringList TableSchema::tableNames()
{
    QStringList out;
    for (const TableSpec& t : tables())
        out << t.name;
    return out;
}

QString TableSchema::foldHeader(const QString& header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        char16_t u = c.unicode();
        if (u == 0xFEFF || c.isSpace() || u == 0x3000)
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII, e.g. （） in 企业（机构）类型
            u = char16_t(u - 0xFEE0);
        out.append(QChar(u).toLower());
    }
    return out;
}

QString TableSchema::canonicalColumn(const QString& table, const QString& header)
{
    const TableSpec* spec = find(table);
    if (!spec)
        return {};
    const QString folded = foldHeader(header);
    if (folded.isEmpty())
        return {};
    if (spec->indexOf(folded) >= 0)
        return folded;
    // Table-specific aliases first, then general ones; the bundle's own aliases before the vendor ones.
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& list :
            { std::span<const Alias>(kAliases), std::span<const Alias>(kVendorAliases) }) {
            for (const Alias& a : list) {
                const bool specific = a.table != nullptr;
                if ((pass == 0) != specific)
                    continue;
                if (specific && table != QLatin1String(a.table))
                    continue;
                const QString canonical = QString::fromLatin1(a.canonical);
                if (spec->indexOf(canonical) < 0 && !isAuxiliary(table, canonical))
                    continue;
                for (const char* h : a.headers)
                    if (foldHeader(QString::fromUtf8(h)) == folded)
                        return canonical;
            }
        }
    }
    return {};
}

QString TableSchema::columnLabel(const QString& table, const QString& column)
{
    // The first Chinese header of the column's aliases, table-specific ones first: the name users know.
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& list :
            { std::span<const Alias>(kAliases), std::span<const Alias>(kVendorAliases) }) {
            for (const Alias& a : list) {
                const bool specific = a.table != nullptr;
                if ((pass == 0) != specific || (specific && table != QLatin1String(a.table)))
                    continue;
                if (column != QLatin1String(a.canonical))
                    continue;
                for (const char* h : a.headers) {
                    const QString header = QString::fromUtf8(h);
                    if (!header.isEmpty() && header.front().unicode() >= 0x2E80)
                        return header;
                }
            }
        }
    }
    return {};
}

} // namespace dj::io
