<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Args</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="61"/>
        <source>An argument holds a NUL character.</source>
        <translation>参数中含有 NUL 字符。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="75"/>
        <source>Option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="81"/>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="92"/>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="100"/>
        <location filename="../app/cli/cli.cpp" line="108"/>
        <source>Cannot read the %1 %2: %3</source>
        <translation>无法读取%1 %2：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="104"/>
        <location filename="../app/cli/cli.cpp" line="111"/>
        <source>The %1 %2 is larger than %L3 bytes; refused.</source>
        <translation>%1 %2 大于 %L3 字节，已拒绝。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="118"/>
        <source>Option %1 is required.</source>
        <translation>缺少必需的选项 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="130"/>
        <source>Option %1 takes a whole number from %2 to %3.</source>
        <translation>选项 %1 需要 %2 到 %3 之间的整数。</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../core/store/cache.cpp" line="26"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="32"/>
        <source>%1 is not a Dianjing cache: it is not an SQLite database.</source>
        <translation>%1 不是点兢缓存：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="43"/>
        <source>The cache %1 is damaged (its header is invalid). It was not modified.</source>
        <translation>缓存 %1 已损坏（文件头无效），未作任何修改。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="47"/>
        <source>The cache %1 is damaged: it is shorter than its header says (%L2 of %L3 bytes), a copy or a write that did not finish. It was not modified.</source>
        <translation>缓存 %1 已损坏：文件比文件头所记录的短（%L2 / %L3 字节），可能是未完成的复制或写入。未作任何修改。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="105"/>
        <source>The cache %1 was written by a newer version of Dianjing (schema %2; this version reads up to %3). Please update the workstation.</source>
        <translation>缓存 %1 由更新版本的点兢写入（结构版本 %2；本版本最高支持 %3）。请升级工作站。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="112"/>
        <location filename="../core/store/cache.cpp" line="117"/>
        <source>%1 is an SQLite database but not a Dianjing cache.</source>
        <translation>%1 是 SQLite 数据库，但不是点兢缓存。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="123"/>
        <location filename="../core/store/cache.cpp" line="153"/>
        <source>%1 is an empty file, not a cache.</source>
        <translation>%1 是空文件，不是缓存。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="129"/>
        <source>The cache %1 has an older schema (%2) and must be opened for writing once to be upgraded.</source>
        <translation>缓存 %1 的结构版本较旧（%2），需要以可写方式打开一次以完成升级。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="148"/>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="150"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="156"/>
        <source>The cache %1 is on read-only media or in a folder that cannot be written: it can be read (search, export) but not changed. Copy it to a writable folder first.</source>
        <translation>缓存 %1 位于只读介质或不可写的文件夹中：可以读取（检索、导出），但不能修改。请先复制到可写的文件夹。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="174"/>
        <source>The cache %1 was not finished: the program writing it was stopped. Create it again (it was not modified).</source>
        <translation>缓存 %1 未写完：写入它的程序被中断了。请重新生成（未作任何修改）。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="183"/>
        <source>The cache %1 is damaged (%2). It was not modified.</source>
        <translation>缓存 %1 已损坏（%2），未作任何修改。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="223"/>
        <source>%L1 rows refer to rows that do not exist (first in table %2)</source>
        <translation>%L1 行引用了不存在的行（首个在表 %2 中）</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="275"/>
        <source>%1 exists and is not a Dianjing cache; it will not be overwritten.</source>
        <translation>%1 已存在且不是点兢缓存，不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../core/store/cache.cpp" line="278"/>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <location filename="../app/cli/cmd_cache.cpp" line="25"/>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_cache.cpp" line="37"/>
        <source>--db FILE</source>
        <translation>--db 文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_cache.cpp" line="38"/>
        <source>full check of a cache (header, schema, SQLite integrity_check, foreign keys); exit 1 and the problems when it is damaged; writes nothing</source>
        <translation>全面检查缓存（文件头、结构版本、SQLite integrity_check、外键）；损坏时列出问题并以 1 退出；不写入任何内容</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="20"/>
        <source>Usage: dianjing-cli COMMAND [ARGS]
The headless face of the Dianjing Workstation. Output is JSON on stdout.

Commands:
</source>
        <translation>用法：dianjing-cli 命令 [参数]
点兢工作站的命令行界面。结果以 JSON 输出到标准输出。

命令：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="25"/>
        <source>
  --version   print the version
  --help      print this help
</source>
        <translation>
  --version   显示版本
  --help      显示本帮助
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>Unknown command &quot;%1&quot;. Run dianjing-cli --help.</source>
        <translation>未知命令“%1”。请运行 dianjing-cli --help。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="73"/>
        <source>Usage: dianjing-cli %1 %2</source>
        <translation>用法：dianjing-cli %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="80"/>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="117"/>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>NameGramIndex</name>
    <message>
        <location filename="../core/store/namegramindex.cpp" line="229"/>
        <source>Indexing enterprise names</source>
        <translation>正在索引企业名称</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/common/progressrunner.cpp" line="20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/common/reportwriter.cpp" line="90"/>
        <source>… and %1 more rows.</source>
        <translation>……另有 %1 行。</translation>
    </message>
    <message>
        <location filename="../ui/common/reportwriter.cpp" line="149"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/common/reportwriter.cpp" line="184"/>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <location filename="../ui/common/reportwriter.cpp" line="203"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="17"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="19"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="21"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="23"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="25"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="27"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="29"/>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="31"/>
        <source>Registered capital (10k yuan)</source>
        <translation>注册资本（万元）</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="33"/>
        <source>Revenue (10k yuan)</source>
        <translation>营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="35"/>
        <source>Tax (10k yuan)</source>
        <translation>税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="37"/>
        <source>Insured staff</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="39"/>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../ui/common/resultcolumns.cpp" line="41"/>
        <source>Former names</source>
        <translation>曾用名</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../core/store/savedsearches.cpp" line="116"/>
        <location filename="../core/store/savedsearches.cpp" line="137"/>
        <source>A scenario needs a name.</source>
        <translation>场景需要一个名称。</translation>
    </message>
    <message>
        <location filename="../core/store/savedsearches.cpp" line="121"/>
        <source>&quot;%1&quot; is a built-in scenario and cannot be overwritten; choose another name.</source>
        <translation>“%1”是内置场景，不能覆盖；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../core/store/savedsearches.cpp" line="142"/>
        <source>&quot;%1&quot; is a built-in scenario and cannot be renamed.</source>
        <translation>“%1”是内置场景，不能重命名。</translation>
    </message>
    <message>
        <location filename="../core/store/savedsearches.cpp" line="144"/>
        <location filename="../core/store/savedsearches.cpp" line="163"/>
        <source>There is no scenario named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的场景。</translation>
    </message>
    <message>
        <location filename="../core/store/savedsearches.cpp" line="148"/>
        <source>A scenario named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的场景已存在。</translation>
    </message>
    <message>
        <location filename="../core/store/savedsearches.cpp" line="161"/>
        <source>&quot;%1&quot; is a built-in scenario and cannot be deleted.</source>
        <translation>“%1”是内置场景，不能删除。</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <location filename="../ui/shell/screenshotrunner.cpp" line="30"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/shell/screenshotrunner.cpp" line="46"/>
        <location filename="../ui/shell/screenshotrunner.cpp" line="53"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/store/database.cpp" line="19"/>
        <source>%1 is not a Dianjing cache: it is not an SQLite database.</source>
        <translation>%1 不是点兢缓存：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="22"/>
        <source>The cache %1 is damaged (%2). It was not modified.</source>
        <translation>缓存 %1 已损坏（%2），未作任何修改。</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="27"/>
        <source>Cannot access %1: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="31"/>
        <source>The cache %1 is in use by another program.</source>
        <translation>缓存 %1 正被其他程序使用。</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="34"/>
        <source>Database error in %1 (%2): %3</source>
        <translation>%1 数据库错误（%2）：%3</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="70"/>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="72"/>
        <source>%1 is a folder, not a cache file.</source>
        <translation>%1 是文件夹，不是缓存文件。</translation>
    </message>
    <message>
        <location filename="../core/store/statement.cpp" line="44"/>
        <source>Cannot bind a value: %1</source>
        <translation>无法绑定参数值：%1</translation>
    </message>
    <message>
        <location filename="../core/store/statement.cpp" line="128"/>
        <source>The cache is damaged: %1</source>
        <translation>缓存已损坏：%1</translation>
    </message>
    <message>
        <location filename="../core/store/statement.cpp" line="130"/>
        <source>The cache is in use by another program.</source>
        <translation>缓存正被其他程序使用。</translation>
    </message>
    <message>
        <location filename="../core/store/statement.cpp" line="132"/>
        <source>Cannot write the cache: %1</source>
        <translation>无法写入缓存：%1</translation>
    </message>
    <message>
        <location filename="../core/store/statement.cpp" line="133"/>
        <source>Database error (%1): %2</source>
        <translation>数据库错误（%1）：%2</translation>
    </message>
</context>
<context>
    <name>dj::ui::EnterpriseTable</name>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="68"/>
        <location filename="../ui/common/enterprisetable.cpp" line="194"/>
        <source>Open profile</source>
        <translation>查看企业档案</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="185"/>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="197"/>
        <source>Use the selected rows as selection</source>
        <translation>将选中行设为选择集</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="197"/>
        <source>Use the list as selection</source>
        <translation>将整个列表设为选择集</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="200"/>
        <source>Add the selected rows to a visit task</source>
        <translation>将选中行加入走访任务</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="200"/>
        <source>Add the list to a visit task</source>
        <translation>将整个列表加入走访任务</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="203"/>
        <source>Export the whole list…</source>
        <translation>导出整个列表…</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="204"/>
        <source>Export the selected rows…</source>
        <translation>导出选中的行…</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="235"/>
        <source>%L1 enterprises handed to the other panels.</source>
        <translation>已将 %L1 家企业交给其他模块。</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="258"/>
        <location filename="../ui/common/enterprisetable.cpp" line="262"/>
        <location filename="../ui/common/enterprisetable.cpp" line="269"/>
        <location filename="../ui/common/enterprisetable.cpp" line="313"/>
        <location filename="../ui/common/enterprisetable.cpp" line="333"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="258"/>
        <source>There is no result to export.</source>
        <translation>没有可导出的结果。</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="262"/>
        <source>Select the rows to export first.</source>
        <translation>请先选择要导出的行。</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="271"/>
        <source>enterprises</source>
        <translation>企业列表</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="272"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="298"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="309"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="314"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../ui/common/enterprisetable.cpp" line="316"/>
        <source>Exporting %L1 enterprises…</source>
        <translation>正在导出 %L1 家企业…</translation>
    </message>
</context>
<context>
    <name>dj::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="45"/>
        <source>Dianjing Enterprise Insight Workstation</source>
        <translation>点兢企业洞察工作站</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="168"/>
        <source>&amp;New cache…</source>
        <translation>新建缓存(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="170"/>
        <source>&amp;Open cache…</source>
        <translation>打开缓存(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="173"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="181"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="182"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="185"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="192"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="193"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="210"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="217"/>
        <source>No cache open</source>
        <translation>未打开缓存</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="218"/>
        <source>Cache: %1 (read-only)</source>
        <translation>缓存：%1（只读）</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="219"/>
        <source>Cache: %1</source>
        <translation>缓存：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="227"/>
        <source>Data source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="235"/>
        <source>Read-only: the cache %1 was opened for reading only. Search, profiles, maps and exports work; importing, saved searches, visit notes, registers and other changes are switched off.</source>
        <translation>只读：缓存 %1 以只读方式打开。搜索、企业档案、地图和导出可以使用；导入、保存搜索方案、走访记录、商会名册等修改已停用。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="238"/>
        <source>Read-only: the cache %1 is on read-only media or in a folder that cannot be written. Search, profiles, maps and exports work; importing, saved searches, visit notes, registers and other changes are switched off. To change it, copy it to a writable folder and open the copy.</source>
        <translation>只读：缓存 %1 位于只读介质或不可写入的文件夹中。搜索、企业档案、地图和导出可以使用；导入、保存搜索方案、走访记录、商会名册等修改已停用。如需修改，请先将其复制到可写文件夹，再打开副本。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="260"/>
        <location filename="../ui/shell/mainwindow.cpp" line="305"/>
        <source>Cannot open the cache</source>
        <translation>无法打开缓存</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="282"/>
        <source>Upgrading the cache %1 for this version of the workstation…</source>
        <translation>正在为当前版本升级缓存 %1…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="284"/>
        <source>Upgrading the cache</source>
        <translation>升级缓存</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="314"/>
        <source>New cache</source>
        <translation>新建缓存</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="314"/>
        <location filename="../ui/shell/mainwindow.cpp" line="329"/>
        <source>Dianjing cache (*.djcache);;All files (*)</source>
        <translation>点兢缓存 (*.djcache);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="320"/>
        <source>Cannot create the cache</source>
        <translation>无法创建缓存</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="329"/>
        <source>Open cache</source>
        <translation>打开缓存</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="338"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="338"/>
        <source>The new language takes effect when the workstation restarts.</source>
        <translation>新的界面语言将在工作站重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="344"/>
        <source>&lt;h3&gt;Dianjing Enterprise Insight Workstation %1&lt;/h3&gt;&lt;p&gt;Enterprise search, park maps, hometown entrepreneurs, supply-chain risk, data-asset valuation and regional economy, over a local cache.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;点兢企业洞察工作站 %1&lt;/h3&gt;&lt;p&gt;企业搜索、园区地图、乡贤招商、链上风险、数据资产评估与区域经济，基于本地缓存。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="349"/>
        <source>&lt;p&gt;Data source of the open cache: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;当前缓存的数据来源：&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="351"/>
        <source>About Dianjing</source>
        <translation>关于点兢</translation>
    </message>
</context>
<context>
    <name>dj::ui::ResultModel</name>
    <message>
        <location filename="../ui/common/resultmodel.cpp" line="71"/>
        <source>Former names: %1</source>
        <translation>曾用名：%1</translation>
    </message>
</context>
</TS>
