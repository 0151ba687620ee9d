#!/usr/bin/python3
"""Writes the golden folder of vendor-layout files (issue #21) with openpyxl and Python's GB18030 codec,
programs other than ours: a 企查查 export, a 天眼查 export, a 启信宝 list (CSV, GB18030), a multi-sheet
company workbook, a tax-bureau sheet and a park's tenant register, plus the park's own parks.csv and
buildings.csv (canonical). Title blocks, note rows, region and industry names instead of codes, percent
and 万元 strings are on purpose. tests/core/io/test_vendors_golden.cpp states what they must import as.

Run from this folder: /usr/bin/python3 make_vendors.py (needs python3-openpyxl). Outputs are committed."""
import datetime
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(org8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(ch) * wi for ch, wi in zip(org8, w)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(region6, serial):
    org = "%08d" % (20000000 + serial)
    first17 = "91" + region6 + org + org_check(org)
    s = sum(ALPHABET.index(ch) * w for ch, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - s % 31) % 31]


# Enterprises of the 企查查 export (registering authority in the code = their county).
QCC = [uscc("320902", 1), uscc("320106", 2), uscc("350102", 3)]
TYC = [uscc("440305", 11), uscc("330106", 12)]
QXB = [uscc("110108", 21), uscc("310115", 22), uscc("320902", 23)]
CO = [uscc("310115", 31), uscc("310115", 32)]
TAX = [QCC[0], QCC[1]]
SOLO = uscc("320505", 41)  # 苏州市虎丘区
MULTI = [uscc("320214", 51), uscc("320213", 52)]  # 无锡市新吴区, 梁溪区


def title_block(ws, title, width, when="导出时间：2024-05-01 10:00:00"):
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.append([when])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws.append([])


def qichacha():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业列表"
    headers = ["企业名称", "登记状态", "法定代表人", "注册资本", "实缴资本", "成立日期", "核准日期", "营业期限",
               "所属省份", "所属城市", "所属区县", "电话", "邮箱", "统一社会信用代码", "纳税人识别号", "注册号",
               "组织机构代码", "参保人数", "企业(机构)类型", "国标行业门类", "国标行业大类", "国标行业中类",
               "国标行业小类", "曾用名", "英文名", "网址", "企业地址", "最新年报地址", "经营范围"]
    title_block(ws, "企查查 高级搜索 导出数据", len(headers))
    ws.append(headers)
    ws.append(["盐城亭湖新材料有限公司", "存续（在营、开业、在册）", "张三", "500万元人民币", "200万元", "2015-03-08",
               "2023-01-05", "2015-03-08 至 无固定期限", "江苏省", "盐城市", "亭湖区", "0515-8888888", "a@x.cn",
               QCC[0], QCC[0], "320902000000001", "MA1K3BTP0", "35", "有限责任公司(自然人投资或控股)", "制造业",
               "计算机、通信和其他电子设备制造业", "电子器件制造", "集成电路制造", "盐城亭湖材料厂", "Tinghu NM",
               "www.x.cn", "盐城市亭湖区人民中路100号", "盐城市亭湖区人民中路100号", "集成电路制造、销售"])
    ws.append(["南京鼓楼软件有限公司", "在业", "李四", "1,000万元人民币", "-", "2018/6/1", "-", "-",
               "江苏", "南京", "鼓楼", "-", "-", QCC[1], QCC[1], "-", "-", "12", "有限责任公司", "信息传输、软件和信息技术服务业",
               "软件和信息技术服务业", "软件开发", "-", "-", "-", "-", "南京市鼓楼区中山路1号", "-", "软件开发"])
    # County name only in the address: the county column is empty.
    ws.append(["福州鼓楼贸易有限公司", "吊销，未注销", "王五", "50万元", None, "2009年7月1日", None, None,
               "福建省", "福州市", None, None, None, QCC[2], None, None, None, None, "个人独资企业", "批发和零售业",
               "批发业", None, None, None, None, None, "福建省福州市鼓楼区五四路10号", None, "贸易"])
    ws.append([])
    ws.append(["数据来源：企查查（www.qcc.com），仅供参考"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(headers))
    wb.save(os.path.join(HERE, "企查查_高级搜索导出.xlsx"))


def tianyancha():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "搜索结果"
    headers = ["公司名称", "经营状态", "法定代表人", "注册资本", "成立日期", "统一社会信用代码", "所属省份", "所属城市",
               "所属区县", "公司类型", "行业", "注册地址", "经营范围"]
    title_block(ws, "天眼查 导出", len(headers))
    ws.append(headers)
    ws.append(["深圳南山电子有限公司", "存续", "赵六", "100万美元", datetime.date(2012, 5, 6), TYC[0], "广东省",
               "深圳市", "南山区", "有限责任公司(外国法人独资)", "软件和信息技术服务业", "深圳市南山区科技园1号", "电子"])
    ws.append(["杭州西湖咨询有限公司", "开业", "钱七", "300万", "2020-01-02", TYC[1], "浙江", "杭州", "西湖",
               "有限责任公司", "商务服务业", "杭州市西湖区文三路1号", "咨询"])
    ws.append(["本数据由天眼查提供"])
    wb.save(os.path.join(HERE, "天眼查_导出.xlsx"))


def qixinbao():
    rows = [["启信宝 企业名单"], ["导出时间：2024-05-01"],
            ["企业名称", "统一社会信用代码", "登记状态", "法定代表人", "注册资本", "成立日期", "所属地区", "所属行业", "地址"],
            ["北京海淀科技有限公司", QXB[0], "存续", "孙八", "100万元", "2019-11-02", "北京市-市辖区-海淀区",
             "信息传输、软件和信息技术服务业-软件和信息技术服务业", "北京市海淀区中关村大街1号"],
            # No region cell: the address gives it.
            ["上海浦东贸易有限公司", QXB[1], "在营（开业）企业", "周九", "1.2亿", "2003-07-01", "", "批发业",
             "上海市浦东新区张江路1号"],
            # Neither region nor address: the credit code's digits 3–8 (320902).
            ["盐城无地址有限公司", QXB[2], "存续", "吴十", "", "", "", "", ""],
            ["注：以上数据来自启信宝"]]
    with open(os.path.join(HERE, "启信宝_企业名单.csv"), "w", encoding="gb18030", newline="") as f:
        for r in rows:
            f.write(",".join(r) + "\r\n")


def company_workbook():
    wb = openpyxl.Workbook()
    base = wb.active
    base.title = "基本信息"
    base.append(["企业名称", "统一社会信用代码", "登记状态", "法定代表人", "注册资本", "成立日期", "所属地区", "国标行业",
                 "企业地址"])
    base.append(["上海点兢科技有限公司", CO[0], "存续", "张三", "500万元", "2015-03-08", "上海市浦东新区", "软件开发",
                 "上海市浦东新区张江路1号"])
    base.append(["上海点兢投资有限公司", CO[1], "存续", "李四", "1000万元", "2016-01-01", "上海 浦东", "资本市场服务",
                 "上海市浦东新区世纪大道1号"])
    holders = wb.create_sheet("股东信息")
    holders.append(["统一社会信用代码", "企业名称", "股东名称", "股东类型", "持股比例", "认缴出资额"])
    holders.append([CO[0], "上海点兢科技有限公司", "张三", "自然人股东", "74.5%", "372.5万元"])
    holders.append([CO[0], "上海点兢科技有限公司", "上海点兢投资有限公司", "企业法人", "25.5%", "127.5万元"])
    people = wb.create_sheet("主要人员")
    people.append(["统一社会信用代码", "企业名称", "姓名", "职务"])
    people.append([CO[0], "上海点兢科技有限公司", "张三", "执行董事兼总经理"])
    people.append([CO[0], "上海点兢科技有限公司", "王芳", "监事"])
    invest = wb.create_sheet("对外投资")
    invest.append(["被投资企业名称", "被投资企业信用代码", "投资人", "投资比例", "认缴出资额"])
    invest.append(["上海点兢科技有限公司", CO[0], "上海点兢投资有限公司", "25.5%", "127.5万元"])
    changes = wb.create_sheet("变更记录")
    changes.append(["变更日期", "变更项目", "变更前", "变更后"])
    changes.append(["2020-01-01", "注册资本", "100万元", "500万元"])
    permits = wb.create_sheet("行政许可")
    permits.append(["统一社会信用代码", "许可文件名称", "许可文件编号", "有效期自", "有效期至"])
    permits.append([CO[0], "食品经营许可证", "JY13101150000001", "2021-01-01", "2026-12-31"])
    risks = wb.create_sheet("经营风险")
    risks.append(["统一社会信用代码", "风险类型", "日期", "金额", "决定机关", "详情"])
    risks.append([CO[0], "行政处罚", "2022-06-01", "5万元", "上海市浦东新区市场监督管理局", "广告违法"])
    wb.save(os.path.join(HERE, "企业全景_上海点兢.xlsx"))


def single_company():
    """A 企查查 company export: 基本信息 holds the one company; the other sheets have no credit code (or
    company name) column, so each of their rows belongs to that company. Title rows fill two cells."""
    wb = openpyxl.Workbook()
    base = wb.active
    base.title = "基本信息"
    base.append(["企业名称：苏州点兢智能科技有限公司", None, None, "导出时间：2024-05-01 10:00:00"])
    base.append(["企业名称", "统一社会信用代码", "登记状态", "法定代表人", "注册资本", "成立日期", "所属省份", "所属城市",
                 "所属区县", "国标行业", "企业地址"])
    base.append(["苏州点兢智能科技有限公司", SOLO, "存续", "陈一", "800万元人民币", "2018-01-01", "江苏省", "苏州市",
                 "虎丘区", "软件开发", "苏州市虎丘区狮山路1号"])
    holders = wb.create_sheet("股东信息")
    holders.append(["股东信息", "共 3 条"])
    holders.append(["序号", "股东名称", "股东类型", "持股比例", "认缴出资额", "认缴出资日期"])
    holders.append([1, "陈一", "自然人股东", "60%", "480万元", "2018-01-01"])
    # In the cache (another workbook of the import): its credit code.
    holders.append([2, "上海点兢投资有限公司", "企业法人", "25%", "200万元", "2018-01-01"])
    # Known nowhere: kept under its name as a holder of kind other (exchange-format.md).
    holders.append([3, "苏州未登记创投合伙企业（有限合伙）", "有限合伙企业", "15%", "120万元", "2019-06-30"])
    people = wb.create_sheet("主要人员")
    people.append(["序号", "姓名", "职务"])
    people.append([1, "陈一", "董事长"])
    people.append([2, "林二", "监事"])
    invest = wb.create_sheet("对外投资")
    invest.append(["被投资企业名称", "法定代表人", "成立日期", "投资比例", "认缴出资额", "状态"])
    invest.append(["盐城亭湖新材料有限公司", "张三", "2015-03-08", "10%", "50万元", "存续"])
    invest.append(["无锡未收录科技有限公司", "某某", "2020-01-01", "5%", "10万元", "存续"])  # unknown: rejected
    permits = wb.create_sheet("行政许可")
    permits.append(["序号", "许可文件名称", "许可文件编号", "有效期自", "有效期至", "许可机关"])
    permits.append([1, "食品经营许可证", "JY13205050000001", "2022-01-01", "2027-01-01", "苏州市虎丘区市场监督管理局"])
    risks = wb.create_sheet("经营风险")
    risks.append(["风险类型", "日期", "金额", "决定机关", "详情"])
    risks.append(["行政处罚", "2023-03-01", "2万元", "苏州市虎丘区市场监督管理局", "未按规定公示年报"])
    changes = wb.create_sheet("变更记录")
    changes.append(["变更日期", "变更项目", "变更前", "变更后"])
    changes.append(["2021-01-01", "注册资本", "500万元", "800万元"])
    wb.save(os.path.join(HERE, "企查查_企业详情_苏州点兢.xlsx"))


def named_children():
    """A multi-company workbook whose child sheets name the company instead of giving its code: linked by
    name to the workbook's 基本信息 rows or to the other files of the import. Three-cell title row."""
    wb = openpyxl.Workbook()
    base = wb.active
    base.title = "基本信息"
    base.append(["企业全景导出", "筛选条件：无锡市", "导出时间：2024-05-02"])
    base.append(["企业名称", "统一社会信用代码", "登记状态", "法定代表人", "注册资本", "成立日期", "所属地区", "国标行业",
                 "企业地址"])
    base.append(["无锡新吴芯片有限公司", MULTI[0], "存续", "钱一", "1000万元", "2017-05-01", "江苏省无锡市新吴区",
                 "集成电路制造", "无锡市新吴区长江路1号"])
    base.append(["无锡梁溪商贸有限公司", MULTI[1], "在业", "孙二", "100万", "2011-09-09", "江苏 无锡 梁溪", "批发业",
                 "无锡市梁溪区中山路1号"])
    holders = wb.create_sheet("股东信息")
    holders.append(["企业名称", "股东名称", "股东类型", "持股比例", "认缴出资额"])
    holders.append(["无锡新吴芯片有限公司", "钱一", "自然人股东", "70%", "700万元"])
    holders.append(["无锡新吴芯片有限公司", "上海点兢科技有限公司", "企业法人", "30%", "300万元"])
    holders.append(["无锡梁溪商贸有限公司", "孙二", "自然人股东", "100%", "100万元"])
    # A company of another file of this import (the 企查查 export).
    holders.append(["南京鼓楼软件有限公司", "周三", "自然人股东", "51%", "51万元"])
    people = wb.create_sheet("主要人员")
    people.append(["企业名称", "姓名", "职务"])
    people.append(["无锡新吴芯片有限公司", "钱一", "执行董事"])
    people.append(["无锡梁溪商贸有限公司", "孙二", "执行董事兼总经理"])
    people.append(["不存在的公司有限公司", "某人", "监事"])  # unknown: rejected
    wb.save(os.path.join(HERE, "企业全景_无锡两家_名称关联.xlsx"))


def tax_sheet():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "纳税明细"
    ws.append(["2022—2023年度 重点企业纳税情况"])
    ws.merge_cells("A1:D1")
    ws.append(["纳税人识别号", "纳税人名称", "税款所属期", "实缴税额"])
    # Monthly/quarterly periods, summed by year: QCC[0] 2022 = 10+20.5 = 30.5万, 2023 = 15万 + 250,000.
    ws.append([TAX[0], "盐城亭湖新材料有限公司", "2022-01-01至2022-03-31", "10万元"])
    ws.append([TAX[0], "盐城亭湖新材料有限公司", "2022年4月", "20.5万元"])
    ws.append([TAX[0], "盐城亭湖新材料有限公司", "2023-01", "15万"])
    ws.append([TAX[0], "盐城亭湖新材料有限公司", "202302", 250000])
    ws.append([TAX[1], "南京鼓楼软件有限公司", "2023-03", "1,234.5"])
    ws.append(["合计", None, None, "631,234.5"])
    wb.save(os.path.join(HERE, "税务_纳税明细.xlsx"))


def park():
    with open(os.path.join(HERE, "parks.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("park_id,name,kind,region_code,boundary\r\nYC01,盐城亭湖科创园,产业园,320902,\r\n")
    with open(os.path.join(HERE, "buildings.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("building_id,park_id,name,address,region_code,lon,lat,footprint,floors,gross_area_m2\r\n")
        f.write("YC01-A,YC01,科创大厦A座,盐城市亭湖区人民中路100号,320902,,,,20,30000\r\n")
        f.write("YC01-B,YC01,科创大厦B座,盐城市亭湖区人民中路102号,320902,,,,12,18000\r\n")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "入驻企业台账"
    ws.append(["盐城亭湖科创园 入驻企业台账（2024年4月）"])
    ws.merge_cells("A1:F1")
    ws.append(["楼栋", "楼层", "房号", "面积", "入驻日期", "企业名称"])
    ws.append(["科创大厦A座", "5", "501", "320.5", datetime.date(2021, 3, 1), "盐城亭湖新材料有限公司"])
    ws.append(["科创大厦A座", "12", "1203", "88", "2022/7/15", "南京鼓楼软件有限公司"])
    ws.append(["科创大厦B座", "3", "301-302", "640", "2020年1月1日", "深圳南山电子有限公司"])
    ws.append(["科创大厦C座", "1", "101", "100", "2023-01-01", "不存在楼栋有限公司"])
    ws.append(["备注：面积单位为平方米"])
    wb.save(os.path.join(HERE, "园区_入驻企业台账.xlsx"))


if __name__ == "__main__":
    qichacha()
    tianyancha()
    qixinbao()
    company_workbook()
    single_company()
    named_children()
    tax_sheet()
    park()
