<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="160" />
        <location filename="../core/io/csvreader.cpp" line="167" />
        <source>%1 is not a regular file (a folder, device or pipe); only files are imported.</source>
        <translation>%1 不是普通文件（而是文件夹、设备或管道）；只导入文件。</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="165" />
        <location filename="../core/io/csvreader.cpp" line="185" />
        <location filename="../core/io/csvreader.cpp" line="212" />
        <location filename="../core/io/csvreader.cpp" line="244" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="189" />
        <source>%1 is not a text table in UTF-8 or GB18030 (it is mostly NUL bytes: UTF-16 without a byte order mark?). Save it as CSV UTF-8.</source>
        <translation>%1 不是 UTF-8 或 GB18030 文本表格（大部分是 NUL 字节：可能是没有字节顺序标记的 UTF-16？）。请另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="217" />
        <source>%1 is not UTF-8, and this system cannot decode GB18030.</source>
        <translation>%1 不是 UTF-8 编码，而本系统无法解码 GB18030。</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="272" />
        <source>the row holds a NUL character; it was not imported</source>
        <translation>该行含有 NUL 字符，未导入</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="276" />
        <source>the row is not valid UTF-8 text (the rest of the file is); it was not imported</source>
        <translation>该行不是有效的 UTF-8 文本（文件其余部分是），未导入</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="280" />
        <source>the row is not valid UTF-16 text; it was not imported</source>
        <translation>该行不是有效的 UTF-16 文本，未导入</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="291" />
        <source>the row is UTF-8 text in a file that is otherwise GB18030; it was not imported (save the whole file in one encoding)</source>
        <translation>该行是 UTF-8 文本，而文件其余部分是 GB18030，未导入（请将整个文件保存为同一种编码）</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="317" />
        <source>the row holds bytes that are not %1 text; it was not imported</source>
        <translation>该行含有不属于 %1 文本的字节，未导入</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="347" />
        <source>%1: the row at line %2 is longer than %3 MB; this is not a table (a quote that is never closed?).</source>
        <translation>%1：第 %2 行超过 %3 MB，这不是表格（可能有未闭合的引号？）。</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="355" />
        <source>a quoted field is not closed before the end of the file</source>
        <translation>引号内的字段到文件末尾仍未闭合</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/io/exporter.cpp" line="134" />
        <source>%1 exists and is not a folder.</source>
        <translation>%1 已存在且不是文件夹。</translation>
    </message>
    <message>
        <location filename="../core/io/exporter.cpp" line="136" />
        <location filename="../core/io/exporter.cpp" line="150" />
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/exporter.cpp" line="186" />
        <source>%1 has %2 rows, more than an Excel sheet holds (1,048,575); export as CSV instead.</source>
        <translation>%1 有 %2 行，超过 Excel 工作表的容量（1,048,575 行）；请改为导出 CSV。</translation>
    </message>
    <message>
        <location filename="../core/io/exporter.cpp" line="192" />
        <location filename="../core/io/exporter.cpp" line="310" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../core/io/exporter.cpp" line="238" />
        <location filename="../core/io/exporter.cpp" line="260" />
        <location filename="../core/io/exporter.cpp" line="267" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/exporter.cpp" line="287" />
        <source>Cannot write into %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/exporter.cpp" line="294" />
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/exporter.cpp" line="300" />
        <source>Cannot write into %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/exporter.cpp" line="204" />
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location filename="../core/io/exporter.cpp" line="277" />
        <location filename="../core/io/exporter.cpp" line="296" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../core/io/importreport.cpp" line="110" />
        <location filename="../core/io/importreport.cpp" line="118" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/io/importer.cpp" line="77" />
        <source>Nothing to import: give a folder, a .csv file or an .xlsx workbook.</source>
        <translation>没有可导入的内容：请指定文件夹、.csv 文件或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="82" />
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="85" />
        <source>%1 holds an export that did not finish (it was interrupted), so its files may be incomplete; export it again.</source>
        <translation>%1 中是一次未完成（被中断）的导出，文件可能不完整；请重新导出。</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="94" />
        <source>The folder %1 holds no .csv or .xlsx files.</source>
        <translation>文件夹 %1 中没有 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="102" />
        <source>%1 is not a bundle: give a folder, a .csv file or an .xlsx workbook.</source>
        <translation>%1 不是数据包：请指定文件夹、.csv 文件或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="230" />
        <source>%1 of its %2 filled cells are known headers</source>
        <translation>其 %2 个非空单元格中有 %1 个是已知表头</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="249" />
        <source>no row names known headers; the first row as wide as the data without title text</source>
        <translation>没有一行含已知表头；取第一行与数据同宽且不含标题文字的行</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="256" />
        <source>the first non-blank row</source>
        <translation>第一行非空行</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="317" />
        <source>mapped by the user</source>
        <translation>由用户映射</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="323" />
        <source>the mapping chosen for this header row before</source>
        <translation>沿用此前为同样表头选定的映射</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="331" />
        <source>named after its table</source>
        <translation>文件名即表名</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="878" />
        <location filename="../core/io/importer.cpp" line="890" />
        <location filename="../core/io/importer.cpp" line="1097" />
        <location filename="../core/io/importer.cpp" line="1104" />
        <location filename="../core/io/importer.cpp" line="1212" />
        <location filename="../core/io/importer.cpp" line="1257" />
        <location filename="../core/io/importer.cpp" line="1266" />
        <location filename="../core/io/importer.cpp" line="1276" />
        <source>required value missing</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1086" />
        <source>two enterprises are named %1: give the row's credit code</source>
        <translation>有两家企业名为 %1：请填写该行的统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1087" />
        <source>no enterprise named %1, neither in the cache nor in this import</source>
        <translation>缓存和本次导入中都没有名为 %1 的企业</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1165" />
        <source>no region: neither a region code, region names, the address nor the credit code gives one</source>
        <translation>无法确定地区：区划代码、地区名称、地址和信用代码均未给出</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1213" />
        <source>no year in the tax period: %1</source>
        <translation>税款所属期中没有年份：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1527" />
        <source>not a unified social credit code (18 characters of digits and capitals): %1</source>
        <translation>不是统一社会信用代码（应为 18 位数字或大写字母）：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1533" />
        <source>check character of %1 is wrong; imported and flagged</source>
        <translation>%1 的校验位不正确；已导入并加标记</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1539" />
        <source>not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1546" />
        <source>not a number: %1</source>
        <translation>不是数字：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1553" />
        <source>not an amount of money: %1</source>
        <translation>不是金额：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1557" />
        <source>amounts here must be in yuan, not %1: %2</source>
        <translation>此处金额须以人民币元计，而不是 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1568" />
        <source>unknown currency: %1</source>
        <translation>未知币种：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1579" />
        <source>not a percentage between 0 and 100: %1</source>
        <translation>不是 0 到 100 之间的百分比：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1586" />
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>不是日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1593" />
        <source>not a month (YYYY-MM): %1</source>
        <translation>不是月份（YYYY-MM）：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1600" />
        <source>not a year: %1</source>
        <translation>不是年份：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1609" />
        <source>not a longitude: %1</source>
        <translation>不是经度：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1610" />
        <source>not a latitude: %1</source>
        <translation>不是纬度：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1623" />
        <source>not a six-digit region code: %1</source>
        <translation>不是六位行政区划代码：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1624" />
        <source>not a 2, 4 or 6-digit region code: %1</source>
        <translation>不是 2、4 或 6 位行政区划代码：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1658" />
        <source>neither an industry code (2 to 4 digits) nor a GB/T 4754 industry name, left empty: %1</source>
        <translation>既不是行业代码（2 至 4 位数字），也不是 GB/T 4754 行业名称，已留空：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1667" />
        <source>industry code %1 is not in GB/T 4754-2017</source>
        <translation>行业代码 %1 不在 GB/T 4754-2017 中</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1675" />
        <source>unknown registration status: %1</source>
        <translation>未知登记状态：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1686" />
        <source>holder kind must be person, enterprise or other: %1</source>
        <translation>股东类型须为 person、enterprise 或 other：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1696" />
        <source>gender must be 男 or 女, left empty: %1</source>
        <translation>性别须为“男”或“女”，已留空：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1704" />
        <source>scale must be 大型, 中型, 小型 or 微型, left empty: %1</source>
        <translation>规模须为大型、中型、小型或微型，已留空：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1712" />
        <source>relation kind must be 供应, 竞争 or 合作: %1</source>
        <translation>关系类型须为供应、竞争或合作：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1723" />
        <source>risk status must be 有效 or 已移出: %1</source>
        <translation>风险状态须为“有效”或“已移出”：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1752" />
        <source>not a valid ID number; only its masked form was kept</source>
        <translation>不是有效的身份证号；仅保留了脱敏形式</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="1945" />
        <source>unknown building %1 (no building of that name in buildings)</source>
        <translation>未知楼栋 %1（buildings 中没有此名称的楼宇）</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2001" />
        <source>unknown enterprise %1 (not in enterprises)</source>
        <translation>未知企业 %1（不在企业表中）</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2003" />
        <source>unknown person %1 (not in persons)</source>
        <translation>未知人员 %1（不在人员表中）</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2005" />
        <source>unknown park %1 (not in parks)</source>
        <translation>未知园区 %1（不在园区表中）</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2007" />
        <source>unknown building %1 (not in buildings)</source>
        <translation>未知楼宇 %1（不在楼宇表中）</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2012" />
        <source>rejected by the cache: %1</source>
        <translation>被缓存拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2209" />
        <source>the row has %1 fields where the header has %2; it was not imported</source>
        <translation>该行只有 %1 个字段，而表头有 %2 个，未导入</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2350" />
        <source>the sheet names no enterprise (no credit code or company name column) and its workbook has no 基本信息 sheet with the company; no row was imported</source>
        <translation>该工作表未指明企业（无统一社会信用代码或企业名称列），且所在工作簿没有含该企业的基本信息表；未导入任何行</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2353" />
        <source>the sheet names no enterprise (no credit code or company name column) and the workbook's %1 sheet lists %2 companies, so its rows cannot be linked to one; no row was imported</source>
        <translation>该工作表未指明企业（无统一社会信用代码或企业名称列），而工作簿的 %1 表列有 %2 家企业，无法将各行关联到其中一家；未导入任何行</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2617" />
        <source>the header row cannot be read (%1); no row of this file was imported</source>
        <translation>表头行无法读取（%1），此文件没有任何行被导入</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2639" />
        <source>%1 could be %2: its headers fit these tables about equally; name it after its table (e.g. %3.csv) or map its columns in the import window</source>
        <translation>%1 可能是 %2：其表头与这些表同样吻合；请按表名命名文件（如 %3.csv），或在导入窗口中映射各列</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2642" />
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2648" />
        <source>the bundle has no table for %1; the sheet was skipped</source>
        <translation>数据包中没有与“%1”对应的表，已跳过该工作表</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2651" />
        <source>cannot tell which table this file holds: name it after its table (e.g. enterprises.csv) or map its columns</source>
        <translation>无法判断此文件属于哪张表：请按表名命名文件（如 enterprises.csv）或映射其列</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2663" />
        <source>required column %1 is missing; no row of this file was imported</source>
        <translation>缺少必需列 %1；此文件的所有行均未导入</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2705" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2776" />
        <source>same key as an earlier row of this file (%1); this later row replaces it</source>
        <translation>与本文件前面某行的主键相同（%1），以后面这一行为准</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2795" />
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="2883" />
        <source>Matching enterprises to buildings</source>
        <translation>正在将企业匹配到楼宇</translation>
    </message>
</context>
<context>
    <name>IoCommand</name>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="45" />
        <source>Give at least one bundle: a folder, a .csv file or an .xlsx workbook.</source>
        <translation>请至少指定一个数据包：文件夹、.csv 文件或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="49" />
        <location filename="../app/cli/cmd_io.cpp" line="135" />
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="56" />
        <source>%1 is an incomplete export (an export was interrupted or is still running); export it again.</source>
        <translation>%1 是未完成的导出（导出被中断或仍在进行）；请重新导出。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="79" />
        <location filename="../app/cli/cmd_io.cpp" line="115" />
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="106" />
        <source>Every row of %1 was rejected; see "rejected" for the reasons.</source>
        <translation>%1 的所有行均被拒绝；原因见 "rejected"。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="110" />
        <source>Nothing was imported; see "rejected" for the reasons.</source>
        <translation>未导入任何数据；原因见 "rejected"。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="133" />
        <source>Option --format takes csv or xlsx.</source>
        <translation>选项 --format 只接受 csv 或 xlsx。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="153" />
        <source>--db FILE PATH...</source>
        <translation>--db 文件 路径...</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="154" />
        <source>import bundles (folder of CSV, table-named .csv, .xlsx workbook) into FILE, created when absent</source>
        <translation>将数据包（CSV 文件夹、以表名命名的 .csv、.xlsx 工作簿）导入文件，文件不存在时自动创建</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="157" />
        <source>--db FILE --out DIR [--format csv|xlsx]</source>
        <translation>--db 文件 --out 目录 [--format csv|xlsx]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_io.cpp" line="158" />
        <source>write the whole cache as a bundle (CSV folder, or DIR/bundle.xlsx)</source>
        <translation>将整个缓存写出为数据包（CSV 文件夹，或 目录/bundle.xlsx）</translation>
    </message>
</context>
<context>
    <name>IoMenu</name>
    <message>
        <location filename="../ui/io/iomenu.cpp" line="13" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/io/iomenu.cpp" line="21" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>TableDecider</name>
    <message>
        <location filename="../core/io/tabledecision.cpp" line="162" />
        <source>no table's columns are among the headers</source>
        <translation>表头中没有任何表的列</translation>
    </message>
    <message>
        <location filename="../core/io/tabledecision.cpp" line="171" />
        <source>the headers fit %1 about equally (scores %2)</source>
        <translation>表头与 %1 同样吻合（得分 %2）</translation>
    </message>
    <message>
        <location filename="../core/io/tabledecision.cpp" line="180" />
        <source>%1 of its headers are %2 columns (score %3, next %4 %5)</source>
        <translation>其中 %1 个表头是 %2 的列（得分 %3，其次 %4 %5）</translation>
    </message>
    <message>
        <location filename="../core/io/tabledecision.cpp" line="187" />
        <source>; the sheet name %1 says so too</source>
        <translation>；工作表名“%1”也表明如此</translation>
    </message>
</context>
<context>
    <name>TableTitles</name>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="11" />
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="13" />
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="15" />
        <source>Positions held</source>
        <translation>任职</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="17" />
        <source>Shareholders</source>
        <translation>股东</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="19" />
        <source>Financials</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="21" />
        <source>Financing rounds</source>
        <translation>融资</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="23" />
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="25" />
        <source>Qualifications</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="27" />
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="29" />
        <source>Intellectual property</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="31" />
        <source>Business relations</source>
        <translation>企业关系</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="33" />
        <source>Invoice aggregates</source>
        <translation>发票汇总</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="35" />
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="37" />
        <source>Buildings</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="39" />
        <source>Park tenants</source>
        <translation>园区入驻企业</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="41" />
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="43" />
        <source>Visit tasks</source>
        <translation>走访任务</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="45" />
        <source>Register members</source>
        <translation>商会/乡贤名册成员</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="47" />
        <source>Tender notices</source>
        <translation>招投标公告</translation>
    </message>
    <message>
        <location filename="../ui/io/tabletitles.cpp" line="48" />
        <location filename="../ui/io/tabletitles.cpp" line="54" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <location filename="../core/io/tablewriter.cpp" line="32" />
        <location filename="../core/io/tablewriter.cpp" line="46" />
        <location filename="../core/io/tablewriter.cpp" line="75" />
        <location filename="../core/io/tablewriter.cpp" line="108" />
        <location filename="../core/io/tablewriter.cpp" line="114" />
        <location filename="../core/io/tablewriter.cpp" line="118" />
        <location filename="../core/io/tablewriter.cpp" line="122" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/io/tablewriter.cpp" line="37" />
        <location filename="../core/io/tablewriter.cpp" line="43" />
        <location filename="../core/io/tablewriter.cpp" line="86" />
        <location filename="../core/io/tablewriter.cpp" line="120" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../core/io/tablewriter.cpp" line="65" />
        <source>An XLSX sheet holds at most %L1 rows; export %L2 rows as CSV instead.</source>
        <translation>XLSX 工作表最多容纳 %L1 行；%L2 行请导出为 CSV。</translation>
    </message>
</context>
<context>
    <name>WorkbookWriter</name>
    <message>
        <location filename="../core/io/workbookwriter.cpp" line="58" />
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/workbookwriter.cpp" line="74" />
        <location filename="../core/io/workbookwriter.cpp" line="77" />
        <location filename="../core/io/workbookwriter.cpp" line="86" />
        <location filename="../core/io/workbookwriter.cpp" line="154" />
        <location filename="../core/io/workbookwriter.cpp" line="164" />
        <location filename="../core/io/workbookwriter.cpp" line="232" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../core/io/workbookwriter.cpp" line="96" />
        <source>More rows than an Excel sheet holds; export as CSV instead.</source>
        <translation>行数超过 Excel 工作表的容量；请改为导出 CSV。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="28" />
        <source>%1 is not a readable Excel workbook (missing or broken part %2).</source>
        <translation>%1 不是可读取的 Excel 工作簿（部件 %2 缺失或损坏）。</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="46" />
        <source>%1 is refused: its part %2 expands to more than %3 MB (a damaged file or a zip bomb).</source>
        <translation>已拒绝 %1：其部件 %2 解压后超过 %3 MB（文件损坏或为压缩炸弹）。</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="56" />
        <location filename="../core/io/xlsxreader.cpp" line="398" />
        <source>%1 is not a readable Excel workbook.</source>
        <translation>%1 不是可读取的 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="248" />
        <source>%1: the worksheet is damaged (%2).</source>
        <translation>%1：工作表已损坏（%2）。</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="255" />
        <source>%1: the worksheet ends too early; the file is truncated.</source>
        <translation>%1：工作表提前结束；文件不完整。</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="340" />
        <source>cell %1 refers to shared string %2, but the workbook has %3; the row was not imported</source>
        <translation>单元格 %1 引用了共享字符串 %2，但工作簿只有 %3 个，该行未导入</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="394" />
        <source>%1 is not a regular file (a folder, device or pipe); only files are imported.</source>
        <translation>%1 不是普通文件（而是文件夹、设备或管道）；只导入文件。</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="486" />
        <source>%1 has no sheet named %2.</source>
        <translation>%1 中没有名为 %2 的工作表。</translation>
    </message>
</context>
<context>
    <name>dj::ui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/io/exportdialog.cpp" line="30" />
        <source>Export %Ln enterprises</source>
        <translation>
            <numerusform>导出 %Ln 家企业</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="30" />
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="33" />
        <source>The chosen enterprises with their people, shareholders, finances, licences, risks and the rest of their rows, as a bundle.</source>
        <translation>将所选企业连同其人员、股东、财务、许可、风险等全部相关数据导出为数据包。</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="35" />
        <source>The whole cache as a bundle (one CSV file per table, or one Excel workbook with a sheet per table). ID numbers leave masked.</source>
        <translation>将整个缓存导出为数据包（每张表一个 CSV 文件，或一个每表一页的 Excel 工作簿）。身份证号仅以脱敏形式导出。</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="43" />
        <source>CSV folder</source>
        <translation>CSV 文件夹</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="44" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="49" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="54" />
        <source>bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="55" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="58" />
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="70" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="73" />
        <location filename="../ui/io/exportdialog.cpp" line="150" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="86" />
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="90" />
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="150" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="158" />
        <source>Export as workbook</source>
        <translation>导出为工作簿</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="158" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="161" />
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="172" />
        <source>Open a cache first (File menu).</source>
        <translation>请先打开缓存（文件菜单）。</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="177" />
        <source>Choose where to save the bundle.</source>
        <translation>请选择数据包的保存位置。</translation>
    </message>
    <message>
        <location filename="../ui/io/exportdialog.cpp" line="195" />
        <source>Exported %L1 rows into %2.</source>
        <translation>已导出 %L1 行到 %2。</translation>
    </message>
</context>
<context>
    <name>dj::ui::ImportDialog</name>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="39" />
        <location filename="../ui/io/importdialog.cpp" line="479" />
        <location filename="../ui/io/importdialog.cpp" line="518" />
        <location filename="../ui/io/importdialog.cpp" line="41" />
        <location filename="../ui/io/importdialog.cpp" line="467" />
        <location filename="../ui/io/importdialog.cpp" line="516" />
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="50" />
        <source>Choose a bundle: a folder of CSV files, CSV files named after their table (enterprises.csv …) or Excel workbooks (.xlsx). UTF-8 and GBK/GB18030 are recognised by themselves.</source>
        <translation>请选择数据包：CSV 文件夹、以表名命名的 CSV 文件（enterprises.csv 等）或 Excel 工作簿（.xlsx）。UTF-8 与 GBK/GB18030 编码会自动识别。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="60" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="61" />
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="62" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="84" />
        <source>Check what each file or sheet holds and which column is which. Known headers (统一社会信用代码, 企业名称 …) are recognised; your choices are remembered for files with the same headers.</source>
        <translation>请核对每个文件或工作表对应的表以及各列的含义。常见表头（统一社会信用代码、企业名称等）会自动识别；您的选择会被记住，用于表头相同的文件。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="105" />
        <source>Everything is written in one step: if you cancel, the cache stays as it was.</source>
        <translation>所有数据一次性写入：如果取消，缓存保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="112" />
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="113" />
        <location filename="../ui/io/importdialog.cpp" line="167" />
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="116" />
        <location filename="../ui/io/importdialog.cpp" line="168" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="129" />
        <source>Cancelled; the cache is unchanged.</source>
        <translation>已取消；缓存未改变。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="167" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="168" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="174" />
        <source>Choose files to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="175" />
        <source>Bundles (*.csv *.xlsx);;All files (*)</source>
        <translation>数据包 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="192" />
        <source>Choose a bundle folder</source>
        <translation>选择数据包文件夹</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="217" />
        <source>Reading headers…</source>
        <translation>正在读取表头…</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="248" />
        <source>Holds table:</source>
        <translation>对应表：</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="251" />
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="257" />
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="259" />
        <source> · header on row %1, %2 title rows above and %3 note rows below skipped</source>
        <translation> · 表头在第 %1 行，已跳过上方 %2 行标题和下方 %3 行备注</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="264" />
        <source> · mapping remembered from an earlier import</source>
        <translation> · 已沿用上次导入时的映射</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="280" />
        <source>This sheet has no credit code column: its rows belong to %1 (%2), the one company of this workbook.</source>
        <translation>该工作表没有统一社会信用代码列：各行属于本工作簿唯一的企业 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="294" />
        <location filename="../ui/io/importdialog.cpp" line="282" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="309" />
        <location filename="../ui/io/importdialog.cpp" line="297" />
        <source>As it will be stored (first rows: regions resolved, amounts in yuan):</source>
        <translation>入库效果（前几行：地区已解析，金额单位为元）：</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="326" />
        <location filename="../ui/io/importdialog.cpp" line="314" />
        <source>%1 (unknown)</source>
        <translation>%1（未识别）</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="348" />
        <location filename="../ui/io/importdialog.cpp" line="336" />
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="352" />
        <location filename="../ui/io/importdialog.cpp" line="340" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="366" />
        <location filename="../ui/io/importdialog.cpp" line="354" />
        <source>Not imported: the bundle has no table for this sheet.</source>
        <translation>不导入：数据包中没有与此工作表对应的表。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="372" />
        <location filename="../ui/io/importdialog.cpp" line="360" />
        <source>The headers fit %1 about equally: choose the table this sheet holds above.</source>
        <translation>表头与 %1 同样吻合：请在上方选择此工作表对应的表。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="373" />
        <location filename="../ui/io/importdialog.cpp" line="361" />
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="376" />
        <location filename="../ui/io/importdialog.cpp" line="364" />
        <source>No table fits these headers: choose one above and map the columns, or leave it out.</source>
        <translation>没有与这些表头相符的表：请在上方选择表并映射各列，或不导入。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="379" />
        <location filename="../ui/io/importdialog.cpp" line="367" />
        <source>Read as %1: the mapping chosen for this header row before.</source>
        <translation>按 %1 读取：沿用此前为同样表头选定的映射。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="382" />
        <location filename="../ui/io/importdialog.cpp" line="370" />
        <source>Read as %1: the file or sheet is named after it.</source>
        <translation>按 %1 读取：文件名或工作表名即为该表。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="384" />
        <location filename="../ui/io/importdialog.cpp" line="372" />
        <source>Read as %1 because %2 of its headers are columns of it (score %3; next best %4). Hover for the evidence.</source>
        <translation>按 %1 读取：其中 %2 个表头是该表的列（得分 %3；其次 %4）。鼠标悬停查看依据。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="434" />
        <location filename="../ui/io/importdialog.cpp" line="422" />
        <source>Would be rejected</source>
        <translation>将被拒绝</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="479" />
        <location filename="../ui/io/importdialog.cpp" line="467" />
        <source>Open or create a cache first (File menu).</source>
        <translation>请先打开或新建缓存（文件菜单）。</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="486" />
        <location filename="../ui/io/importdialog.cpp" line="476" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="518" />
        <location filename="../ui/io/importdialog.cpp" line="516" />
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>dj::ui::ImportResultDialog</name>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="25" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="32" />
        <source>%1: %L2</source>
        <translation>%1：%L2</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="33" />
        <source>Imported %L1 rows (%2).</source>
        <translation>已导入 %L1 行（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="35" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="35" />
        <location filename="../ui/io/importresultdialog.cpp" line="42" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="38" />
        <source>%1 read as %2</source>
        <translation>%1 按 %2 读取</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="40" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="40" />
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="42" />
        <source>Ignored columns in %1: %2</source>
        <translation>%1 中忽略的列：%2</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="44" />
        <source>%L1 rows were imported with a warning (e.g. a wrong check character).</source>
        <translation>%L1 行导入时有警告（如校验位错误）。</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="47" />
        <source>No row was rejected.</source>
        <translation>没有被拒绝的行。</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="48" />
        <source>%L1 rows were rejected and skipped:</source>
        <translation>%L1 行被拒绝并跳过：</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="56" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="56" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="56" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="56" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="75" />
        <source>Visits and tasks: %L1 added, %L2 updated, %L3 unchanged, %L4 conflicts.</source>
        <translation>走访记录与任务：新增 %L1 条，更新 %L2 条，未变 %L3 条，冲突 %L4 处。</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="85" />
        <source>Edited on both sides: the later edit was kept; the other version stays in the record's history.</source>
        <translation>双方都修改过的字段：保留较晚的修改，另一版本留在该记录的历史中。</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="94" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="94" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="94" />
        <source>Kept (later edit)</source>
        <translation>保留（较晚的修改）</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="94" />
        <source>In the history</source>
        <translation>留在历史中</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="94" />
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="102" />
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="107" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="107" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="119" />
        <source>Save rejected rows as CSV…</source>
        <translation>将被拒绝的行另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="136" />
        <source>rejected rows.csv</source>
        <translation>被拒绝的行.csv</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="138" />
        <location filename="../ui/io/importresultdialog.cpp" line="143" />
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../ui/io/importresultdialog.cpp" line="138" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
</TS>