#!/usr/bin/python3
"""Writes the import fixtures of tests/core/io with programs other than ours (openpyxl, LibreOffice,
Python's GBK codec), so that the reader is tested on files it did not write itself.

Run from this folder: /usr/bin/python3 make_fixtures.py (Debian python, where python3-openpyxl lives)   (needs python3-openpyxl and libreoffice-calc)
The outputs are committed; re-run only to change them."""
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

# Valid codes (both check characters right) and one with a wrong check character.
U1 = "913101150000100063"
U2 = "91310115000010014X"
U3 = "911101080000100227"
U4 = "91440305000010030H"
U5 = "913205060000100498"
BAD_CHECK = "913101150000100064"


def vendor_workbook():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "enterprises"
    ws.append(["统一社会信用代码", "企业名称", "登记状态", "注册资本", "成立日期", "行政区划代码", "所属行业",
               "法定代表人", "住所", "经营范围", "曾用名", "企业类型", "参保人数", "经度", "纬度", "联系电话"])
    ws.append([U1, "上海点兢科技有限公司", "存续（在营、开业、在册）", "500万元人民币", datetime.date(2015, 3, 8),
               "310115", "C3922", "张三", "上海市浦东新区张江路1号", "软件开发", "上海点兢网络有限公司|点兢软件",
               "有限责任公司(自然人投资或控股)", 35, 121.5901, 31.2035, "021-12345678"])
    # Sparse row: no capital, no industry, no coordinates (openpyxl leaves those cells out).
    ws.append([U2, "上海浦江贸易有限公司", "在业", None, "2019年11月2日", "３１０１１５", None, "李四", None,
               None, None, None, None, None, None, None])
    ws.append([U3, "北京外资咨询有限公司", "吊销，未注销", "100万美元", datetime.datetime(2001, 12, 31, 0, 0),
               310115, "7242", "王五", "北京市海淀区", "咨询", None, "有限责任公司(外国法人独资)", None, None, None, None])
    ws.append([BAD_CHECK, "福建早期代码有限公司", "注销", "1.2亿", "2003/7/1", "310115", "C39", "赵六", None, None,
               None, None, "１２", None, None, None])
    ws["E2"].number_format = "yyyy-mm-dd"
    ws["E4"].number_format = 'yyyy"年"m"月"d"日"'
    # A plain number in a date column, no date format: an Excel serial day (2020-01-01).
    ws.append([U4, "深圳南山电子有限公司", "存续", "1,234.5", 43831, "440305", "3922", "钱七", None, None,
               None, None, None, 113.93, 22.53, None])

    persons = wb.create_sheet("persons")
    persons.append(["人员编号", "姓名", "身份证号"])
    persons.append(["P1", "张三", "11010519491231002X"])
    persons.append(["P2", "李四", "310115198001011234"])  # wrong check digit: kept masked, warned

    roles = wb.create_sheet("roles")
    roles.append(["统一社会信用代码", "人员编号", "职务"])
    roles.append([U1, "P1", "执行董事兼总经理"])
    roles.append([U2, "P2", "监事"])

    fin = wb.create_sheet("financials")
    fin.append(["uscc", "year", "revenue", "tax", "employees"])
    fin.append([U1, 2022, 12500000.5, 310000, 35])
    fin.append([U1, "2023年", "1,800万", "45.6万", "４０"])
    wb.save(os.path.join(HERE, "vendor.xlsx"))


def single_sheet_workbooks():
    # Headers the importer knows: the table is guessed (enterprises).
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["序号", "企业名称", "统一社会信用代码", "登记状态", "行政区划代码", "联系人"])
    ws.append([1, "苏州园区新材料有限公司", U5, "存续", "320506", "周八"])
    wb.save(os.path.join(HERE, "park_list.xlsx"))

    # Headers nobody could guess: the user maps them.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(["代码", "公司", "状况", "区"])
    ws.append([U5, "苏州园区新材料有限公司", "在业", "320506"])
    ws.append([U1, "上海点兢科技有限公司", "存续", "310115"])
    wb.save(os.path.join(HERE, "needs_mapping.xlsx"))


def libreoffice_workbook():
    # LibreOffice turns the date text into real date cells with its own styles and shared strings.
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "enterprises.csv")
        with open(src, "w", encoding="utf-8") as f:
            f.write("uscc,name,status,registered_capital,established,region_code,industry_code\n")
            f.write(f"{U1},上海点兢科技有限公司,存续,5000000,2015-03-08,310115,3922\n")
            f.write(f"{U3},北京外资咨询有限公司,吊销,1000000,2001-12-31,110108,7242\n")
        subprocess.run(["libreoffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx",
                        "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, HOME=tmp))
        shutil.copy(os.path.join(tmp, "enterprises.xlsx"), os.path.join(HERE, "libreoffice.xlsx"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def gbk_csv():
    rows = [
        "统一社会信用代码,企业名称,登记状态,注册资本,成立日期,行政区划代码,所属行业,经营范围",
        f"{U1},上海点兢科技有限公司,存续,500万,2015年3月8日,310115,C3922,\"软件开发，技术咨询\"",
        f"{U2},上海浦江贸易有限公司,开业,\"1,000,000\",2019/11/2,310115,5191,\"多行\r\n经营范围\"",
    ]
    with open(os.path.join(HERE, "gbk", "enterprises.csv"), "wb") as f:
        f.write(("\r\n".join(rows) + "\r\n").encode("gbk"))


def broken_bundle():
    d = os.path.join(HERE, "broken")
    with open(os.path.join(d, "enterprises.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("uscc,name,status,registered_capital,established,region_code\n")
        f.write(f"{U1},好企业,存续,100,2015-03-08,310115\n")          # line 2 good
        f.write(f"{U2},坏日期,存续,100,2015-13-45,310115\n")          # line 3 bad date
        f.write(f"{U3},坏数字,存续,一百,2015-03-08,110108\n")         # line 4 bad number
        f.write(f"{U4},,存续,100,2015-03-08,440305\n")                # line 5 missing name
        f.write(f"{U5},坏状态,倒闭了,100,2015-03-08,320506\n")        # line 6 unknown status
        f.write(f"91310115000010015,短代码,存续,,,310115\n")          # line 7 malformed uscc
        f.write(f"{BAD_CHECK},校验位错,存续,,,310115\n")              # line 8 imported, flagged
    with open(os.path.join(d, "roles.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("uscc,person_id,role\n")
        f.write(f"{U1},P1,董事长\n")                                   # good
        f.write(f"{U3},P1,董事\n")                                     # enterprise was rejected
    with open(os.path.join(d, "persons.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("person_id,name,id_number\n")
        f.write("P1,张三,11010519491231002X\n")
    with open(os.path.join(d, "financials.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("uscc,year,revenue\n")
        f.write(f"{U1},2023,100万\n")
        f.write(f"{U1},去年,100\n")                                    # bad year
        f.write(f"{U1},2022,\"unterminated\n")                         # quote never closed (last row)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "gbk"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "broken"), exist_ok=True)
    vendor_workbook()
    single_sheet_workbooks()
    libreoffice_workbook()
    gbk_csv()
    broken_bundle()
