<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EvaluationReport</name>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="42"/>
        <location filename="../ui/search/evaluationreport.cpp" line="43"/>
        <source>Enterprise evaluation report</source>
        <translation>企业评价报告</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="45"/>
        <source>Generated %1 · data source: %2</source>
        <translation>生成于 %1 · 数据来源：%2</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="47"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="50"/>
        <source>Summary</source>
        <translation>走访内容</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="52"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="53"/>
        <source>Entity type</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="53"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="54"/>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="55"/>
        <source>Registered capital (10k yuan)</source>
        <translation>注册资本（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="56"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="57"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="58"/>
        <source>Address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="60"/>
        <source>Former names</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="64"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="67"/>
        <source>Grade %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="75"/>
        <source>Component</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="75"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="75"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="77"/>
        <source>Scoring: years in business 15, registered capital 10, revenue scale 20, revenue growth 15, tax growth 15, qualifications 10, intellectual property 10, financing 5; current risks and an inactive status subtract points. Grades: A ≥ 80, B ≥ 65, C ≥ 50.</source>
        <translation>评分规则：经营年限 15 分，注册资本 10 分，营收规模 20 分，营收增长 15 分，纳税增长 15 分，资质 10 分，知识产权 10 分，融资 5 分；当前有效风险和非经营状态扣分。等级：A ≥ 80，B ≥ 65，C ≥ 50。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="82"/>
        <source>Financials</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="90"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="92"/>
        <source>No risk records.</source>
        <translation>无风险记录。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="100"/>
        <source>Qualifications and licences</source>
        <translation>资质与许可</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="107"/>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationreport.cpp" line="114"/>
        <source>This report is computed from the workstation&apos;s cache; it is an aid to judgement, not a credit rating.</source>
        <translation>本报告依据工作站缓存数据计算，仅供决策参考，不构成信用评级。</translation>
    </message>
</context>
<context>
    <name>EvaluationScore</name>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="41"/>
        <source>A (excellent)</source>
        <translation>A（优）</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="43"/>
        <source>B (good)</source>
        <translation>B（良）</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="45"/>
        <source>C (fair)</source>
        <translation>C（中）</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="46"/>
        <source>D (weak)</source>
        <translation>D（差）</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="56"/>
        <source>Years in business</source>
        <translation>经营年限</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="59"/>
        <source>No establishment date on record.</source>
        <translation>无成立日期记录。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="63"/>
        <source>Established %1, %2 years ago.</source>
        <translation>成立于 %1，已 %2 年。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="69"/>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="71"/>
        <source>No registered capital on record.</source>
        <translation>无注册资本记录。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="75"/>
        <source>Registered capital %1 (10k yuan).</source>
        <translation>注册资本 %1 万元。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="84"/>
        <source>Revenue scale</source>
        <translation>营收规模</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="86"/>
        <source>No revenue reported.</source>
        <translation>无营业收入数据。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="90"/>
        <source>Revenue %1 (10k yuan) in %2.</source>
        <translation>%2 年营业收入 %1 万元。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="96"/>
        <source>Revenue growth</source>
        <translation>营收增长</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="99"/>
        <source>Fewer than two years of revenue: growth cannot be judged.</source>
        <translation>营业收入不足两年，无法判断增长。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="105"/>
        <source>Revenue in %1 was not positive: growth cannot be judged.</source>
        <translation>%1 年营业收入不为正，无法判断增长。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="109"/>
        <source>Revenue grew %1 a year from %2 to %3.</source>
        <translation>%2 至 %3 年营业收入年均增长 %1。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="116"/>
        <source>Tax growth</source>
        <translation>纳税增长</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="118"/>
        <source>Fewer than two years of tax: growth cannot be judged.</source>
        <translation>纳税数据不足两年，无法判断增长。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/evaluationscore.cpp" line="131"/>
        <source>Tax grew by at least 20% in each of the last %n year(s).</source>
        <translation>
            <numerusform>最近 %n 年纳税每年增长均不低于 20%。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="133"/>
        <source>Tax grew in %1, by less than 20%.</source>
        <translation>%1 年纳税有增长，但不足 20%。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="135"/>
        <source>Tax did not grow in %1.</source>
        <translation>%1 年纳税未增长。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="141"/>
        <source>Qualifications</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="153"/>
        <source>No qualifications.</source>
        <translation>无资质。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="154"/>
        <source>Holds: %1.</source>
        <translation>具有：%1。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="159"/>
        <source>Intellectual property</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="167"/>
        <source>%1 invention patents, %2 other items (utility models, designs, trademarks, copyrights).</source>
        <translation>发明专利 %1 件，其他 %2 件（实用新型、外观设计、商标、著作权）。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="174"/>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="178"/>
        <source>%1 financing round(s) on record.</source>
        <translation>有 %1 轮融资记录。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="178"/>
        <source>No financing on record.</source>
        <translation>无融资记录。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="183"/>
        <source>Current risks</source>
        <translation>当前风险</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="200"/>
        <source>No current risk records.</source>
        <translation>无当前有效风险记录。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="205"/>
        <source>Current: %1 (serious kinds −10 each, others −3 each, at most −40).</source>
        <translation>当前有效：%1（严重类每条 −10，其他每条 −3，最多 −40）。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="212"/>
        <source>Registration status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="216"/>
        <source>%1: operating.</source>
        <translation>%1：正常经营。</translation>
    </message>
    <message>
        <location filename="../ui/search/evaluationscore.cpp" line="216"/>
        <source>%1: not operating (−30).</source>
        <translation>%1：非经营状态（−30）。</translation>
    </message>
</context>
<context>
    <name>FinancialChart</name>
    <message>
        <location filename="../ui/search/financialchart.cpp" line="23"/>
        <source>Revenue, tax and profit (10k yuan)</source>
        <translation>营业收入、纳税与利润（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/financialchart.cpp" line="12"/>
        <source>No financial data</source>
        <translation>无财务数据</translation>
    </message>
    <message>
        <location filename="../ui/search/financialchart.cpp" line="14"/>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../ui/search/financialchart.cpp" line="14"/>
        <source>Tax</source>
        <translation>纳税额</translation>
    </message>
    <message>
        <location filename="../ui/search/financialchart.cpp" line="14"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <location filename="../ui/search/listimport.cpp" line="31"/>
        <location filename="../ui/search/listimport.cpp" line="105"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/search/listimport.cpp" line="37"/>
        <source>%1 has no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <location filename="../ui/search/listimport.cpp" line="108"/>
        <source>%1 is not a text file.</source>
        <translation>%1 不是文本文件。</translation>
    </message>
</context>
<context>
    <name>ProfileData</name>
    <message>
        <location filename="../ui/search/profiledata.cpp" line="25"/>
        <source>The enterprise %1 is not in the open cache.</source>
        <translation>当前缓存中没有企业 %1。</translation>
    </message>
</context>
<context>
    <name>dj::ui::BatchLookupDialog</name>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="43"/>
        <location filename="../ui/search/batchlookupdialog.cpp" line="139"/>
        <location filename="../ui/search/batchlookupdialog.cpp" line="145"/>
        <location filename="../ui/search/batchlookupdialog.cpp" line="273"/>
        <source>Batch lookup</source>
        <translation>批量查询</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="52"/>
        <source>One enterprise name or credit code per line (paste, or import a txt/csv/xlsx file whose first column holds them):</source>
        <translation>每行一个企业名称或统一社会信用代码（粘贴，或导入第一列为名称/代码的 txt/csv/xlsx 文件）：</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="58"/>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="59"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="84"/>
        <source>Candidates (double-click to choose):</source>
        <translation>候选企业（双击选定）：</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="96"/>
        <source>Export matched list…</source>
        <translation>导出匹配结果…</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="97"/>
        <source>Use as selection</source>
        <translation>设为选择集</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="109"/>
        <source>Matching cancelled.</source>
        <translation>匹配已取消。</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="139"/>
        <source>%1 holds no names or codes.</source>
        <translation>%1 中没有企业名称或代码。</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="153"/>
        <source>Import a list</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="154"/>
        <source>Lists (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation>名单 (*.txt *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="175"/>
        <source>Nothing to match: paste or import a list first.</source>
        <translation>没有可匹配的内容：请先粘贴或导入名单。</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="234"/>
        <source>(none of these)</source>
        <translation>（都不是）</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="244"/>
        <source>No list matched yet.</source>
        <translation>尚未匹配名单。</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="247"/>
        <source>%1 lines: %2 matched (%3 by code, %4 by name, %5 by former name, %6 similar), %7 ambiguous to review, %8 not found.</source>
        <translation>共 %1 行：已匹配 %2 行（代码 %3、名称 %4、曾用名 %5、相似名称 %6），待确认 %7 行，未找到 %8 行。</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="282"/>
        <location filename="../ui/search/batchlookupdialog.cpp" line="292"/>
        <source>Export matched list</source>
        <translation>导出匹配结果</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="283"/>
        <source>batch lookup.xlsx</source>
        <translation>批量查询.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="283"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/search/batchlookupdialog.cpp" line="290"/>
        <source>Exported %1 lines to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
</context>
<context>
    <name>dj::ui::BatchMatchModel</name>
    <message>
        <location filename="../ui/search/batchmatchmodel.cpp" line="69"/>
        <source>Chosen</source>
        <translation>已选定</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/batchmatchmodel.cpp" line="70"/>
        <source>Ambiguous (%n candidates)</source>
        <translation>
            <numerusform>待确认（%n 个候选）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/batchmatchmodel.cpp" line="101"/>
        <source>Input</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/search/batchmatchmodel.cpp" line="103"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/search/batchmatchmodel.cpp" line="105"/>
        <source>Matched enterprise</source>
        <translation>匹配企业</translation>
    </message>
    <message>
        <location filename="../ui/search/batchmatchmodel.cpp" line="107"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/search/batchmatchmodel.cpp" line="109"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>dj::ui::EnterpriseProfileDialog</name>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="41"/>
        <source>Enterprise profile</source>
        <translation>企业档案</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="44"/>
        <source>Loading %1 …</source>
        <translation>正在加载 %1 …</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="57"/>
        <source>Generate evaluation report</source>
        <translation>生成评价报告</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="94"/>
        <source>Enterprise profile — %1</source>
        <translation>企业档案 — %1</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="108"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="108"/>
        <source> (check character wrong)</source>
        <translation>（校验位错误）</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="109"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="110"/>
        <source>Entity type</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="111"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="112"/>
        <source>Registered capital (10k yuan)</source>
        <translation>注册资本（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="117"/>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="118"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="122"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="124"/>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="125"/>
        <source>Insured staff</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="126"/>
        <source>Listed code</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="127"/>
        <source>Address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="129"/>
        <source>Operating address</source>
        <translation>实际经营地址</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="130"/>
        <source>Former names</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="131"/>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="132"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="134"/>
        <source>Shareholders</source>
        <translation>股东</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="135"/>
        <source>Investments</source>
        <translation>对外投资</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="136"/>
        <source>Key personnel</source>
        <translation>主要人员</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="137"/>
        <source>Branches</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="155"/>
        <location filename="../ui/search/searchpanel.cpp" line="862"/>
        <source>Financials</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="157"/>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="172"/>
        <source>Qualifications and licences</source>
        <translation>资质与许可</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="174"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="175"/>
        <source>Intellectual property</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="181"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="183"/>
        <source>from</source>
        <translation>对方→本企业</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="184"/>
        <source>Relations</source>
        <translation>查关系</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="187"/>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="195"/>
        <source>Open visit tasks</source>
        <translation>未完成走访任务</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="210"/>
        <source>Evaluation report - %1.pdf</source>
        <translation>评价报告 - %1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="212"/>
        <source>Save evaluation report</source>
        <translation>保存评价报告</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="212"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/search/enterpriseprofiledialog.cpp" line="245"/>
        <source>Evaluation report</source>
        <translation>评价报告</translation>
    </message>
</context>
<context>
    <name>dj::ui::FacetBar</name>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="197"/>
        <source>Refine the filter to %1</source>
        <translation>将条件收窄到 %1</translation>
    </message>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="91"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="205"/>
        <source>More (%L1)…</source>
        <translation>更多（%L1）…</translation>
    </message>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="206"/>
        <source>The other values of this facet, with their counts</source>
        <translation>该分面的其余取值及其数量</translation>
    </message>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="214"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="216"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="218"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="219"/>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="220"/>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../ui/search/facetbar.cpp" line="221"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dj::ui::FilterSidebar</name>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="83"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="100"/>
        <source>Name, former name, scope or pinyin (e.g. hwjs)</source>
        <translation>名称、曾用名、经营范围或拼音（如 hwjs）</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="118"/>
        <source>Find a province, city or county</source>
        <translation>查找省、市、县</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="118"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="128"/>
        <source>Only these industries:</source>
        <translation>仅限以下行业：</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="129"/>
        <location filename="../ui/search/filtersidebar.cpp" line="131"/>
        <source>Find an industry</source>
        <translation>查找行业</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="130"/>
        <source>Exclude these industries:</source>
        <translation>排除以下行业：</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="132"/>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="142"/>
        <source>在营 stands for 存续 and 在业.</source>
        <translation>“在营”包括存续和在业。</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="143"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="144"/>
        <source>from</source>
        <translation>对方→本企业</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="145"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="164"/>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="166"/>
        <source>Status and dates</source>
        <translation>状态与日期</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="178"/>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="179"/>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="180"/>
        <source>Tax</source>
        <translation>纳税额</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="181"/>
        <source>Insured staff</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="184"/>
        <source>Tax grew in each of the last</source>
        <translation>纳税连续增长：最近</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="188"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="193"/>
        <source>by ≥ </source>
        <translation>增幅 ≥ </translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="204"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="205"/>
        <source>At least one round</source>
        <translation>至少一轮融资</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="206"/>
        <source>No financing</source>
        <translation>无融资</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="207"/>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="209"/>
        <source>Size and finances</source>
        <translation>规模与财务</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="216"/>
        <source>Holds a current licence of any of:</source>
        <translation>持有以下任一有效许可：</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="219"/>
        <source>Holds a qualification of any of:</source>
        <translation>具有以下任一资质：</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="222"/>
        <source>Licences and qualifications</source>
        <translation>资质与许可</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="231"/>
        <source>Exclude enterprises with a current risk of:</source>
        <translation>排除有以下当前风险的企业：</translation>
    </message>
    <message>
        <location filename="../ui/search/filtersidebar.cpp" line="234"/>
        <source>Risks to exclude</source>
        <translation>排除风险</translation>
    </message>
</context>
<context>
    <name>dj::ui::ProfileHeaderCard</name>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="83"/>
        <source>status unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="90"/>
        <source>Legal representative %1</source>
        <translation>法定代表人 %1</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="92"/>
        <source>established %1</source>
        <translation>成立于 %1</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="99"/>
        <source>registered capital %1</source>
        <translation>注册资本 %1</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="115"/>
        <source>No financial data.</source>
        <translation>暂无财务数据。</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="125"/>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="126"/>
        <source>Tax</source>
        <translation>纳税额</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="127"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="130"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="131"/>
        <source>%1:</source>
        <translation>%1 年：</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="161"/>
        <source>No qualifications or current risks</source>
        <translation>无资质，无在案风险</translation>
    </message>
    <message>
        <location filename="../ui/search/profileheadercard.cpp" line="172"/>
        <source>Score · grade %1</source>
        <translation>评分 · 等级 %1</translation>
    </message>
</context>
<context>
    <name>dj::ui::RangeEdit</name>
    <message>
        <location filename="../ui/search/rangeedit.cpp" line="24"/>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../ui/search/rangeedit.cpp" line="25"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../ui/search/rangeedit.cpp" line="33"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../ui/search/rangeedit.cpp" line="34"/>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../ui/search/rangeedit.cpp" line="35"/>
        <source>100m yuan</source>
        <translation>亿元</translation>
    </message>
    <message>
        <location filename="../ui/search/rangeedit.cpp" line="128"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/search/rangeedit.cpp" line="142"/>
        <source>Latest year with a value</source>
        <translation>最近有数据的年度</translation>
    </message>
    <message>
        <location filename="../ui/search/rangeedit.cpp" line="163"/>
        <source>%1 (no figures)</source>
        <translation>%1（无数据）</translation>
    </message>
</context>
<context>
    <name>dj::ui::RelatedTableModel</name>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="57"/>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="59"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="60"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="93"/>
        <source>Holder type</source>
        <translation>股东类型</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="95"/>
        <source>Holder id</source>
        <translation>股东标识</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="97"/>
        <source>Holder</source>
        <translation>持有主体</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="99"/>
        <source>Share</source>
        <translation>持股比例</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="101"/>
        <source>Subscribed capital (10k yuan)</source>
        <translation>认缴出资（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="103"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="106"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="108"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="112"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="114"/>
        <source>Person id</source>
        <translation>人员标识</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="116"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="118"/>
        <source>ID number (masked)</source>
        <translation>证件号（脱敏）</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="120"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="122"/>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="124"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="126"/>
        <source>Revenue (10k yuan)</source>
        <translation>营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="128"/>
        <source>Tax (10k yuan)</source>
        <translation>税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="130"/>
        <source>Profit (10k yuan)</source>
        <translation>利润（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="132"/>
        <source>Total assets (10k yuan)</source>
        <translation>总资产（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="134"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="136"/>
        <source>R&amp;D expense (10k yuan)</source>
        <translation>研发费用（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="138"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="140"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="142"/>
        <source>Amount (10k yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="144"/>
        <source>Investors</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="146"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="148"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="150"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="152"/>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="154"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="156"/>
        <source>Authority</source>
        <translation>机关</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="158"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="160"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="162"/>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../ui/search/relatedtablemodel.cpp" line="164"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
</context>
<context>
    <name>dj::ui::SearchPanel</name>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="110"/>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="116"/>
        <source>Scenarios</source>
        <translation>场景管理</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="121"/>
        <source>Save current filter as…</source>
        <translation>将当前条件另存为…</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="122"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="123"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="126"/>
        <source>Clear filter</source>
        <translation>清空条件</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="135"/>
        <source>Batch lookup…</source>
        <translation>批量查询…</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="138"/>
        <location filename="../ui/search/searchpanel.cpp" line="749"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="141"/>
        <source>Export the whole result…</source>
        <translation>导出全部结果…</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="142"/>
        <source>Export the selected rows…</source>
        <translation>导出选中的行…</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="145"/>
        <source>Use as selection</source>
        <translation>设为选择集</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="146"/>
        <source>Hand the selected rows (or the whole result) to the other panels.</source>
        <translation>把选中的行（或全部结果）交给其他模块使用。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="149"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="159"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="232"/>
        <source>Preparing the search index: %1</source>
        <translation>正在准备搜索索引：%1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="244"/>
        <source>Index preparation cancelled: searching is unavailable until the cache is opened again.</source>
        <translation>索引准备已取消：重新打开缓存之前无法搜索。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="259"/>
        <location filename="../ui/search/searchpanel.cpp" line="314"/>
        <source>No cache open</source>
        <translation>未打开缓存</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="317"/>
        <location filename="../ui/search/searchpanel.cpp" line="318"/>
        <source>Preparing the search index…</source>
        <translation>正在准备搜索索引…</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="354"/>
        <source>%L1 enterprises indexed in %2 s.</source>
        <translation>已索引 %L1 家企业，用时 %2 秒。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="250"/>
        <location filename="../ui/search/searchpanel.cpp" line="373"/>
        <source>The search index could not be prepared: %1</source>
        <translation>无法准备搜索索引：%1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="251"/>
        <location filename="../ui/search/searchpanel.cpp" line="374"/>
        <source>Search unavailable</source>
        <translation>无法搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="431"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="465"/>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="482"/>
        <source>%L1 enterprises</source>
        <translation>%L1 家企业</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="484"/>
        <source>(%1 ms)</source>
        <translation>（%1 毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="489"/>
        <source>%L1 enterprises match the filter.</source>
        <translation>符合条件的企业共 %L1 家。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="518"/>
        <source>All licence kinds</source>
        <translation>全部许可类型</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="603"/>
        <source>(current filter)</source>
        <translation>（当前条件）</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="605"/>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="629"/>
        <source>Scenario &quot;%1&quot; applied.</source>
        <translation>已应用场景“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="633"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="633"/>
        <source>The scenario &quot;%1&quot; cannot be applied: %2</source>
        <translation>无法应用场景“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="642"/>
        <location filename="../ui/search/searchpanel.cpp" line="759"/>
        <source>Open a cache first.</source>
        <translation>请先打开缓存。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="644"/>
        <source>The cache is open read-only: scenarios cannot be saved in it.</source>
        <translation>缓存以只读方式打开：无法在其中保存搜索方案。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="654"/>
        <location filename="../ui/search/searchpanel.cpp" line="664"/>
        <source>The cache is open read-only: scenarios cannot be changed in it.</source>
        <translation>缓存以只读方式打开：无法在其中修改搜索方案。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="674"/>
        <location filename="../ui/search/searchpanel.cpp" line="680"/>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="674"/>
        <source>Name of the scenario:</source>
        <translation>场景名称：</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="688"/>
        <location filename="../ui/search/searchpanel.cpp" line="693"/>
        <location filename="../ui/search/searchpanel.cpp" line="699"/>
        <source>Rename scenario</source>
        <translation>重命名场景</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="688"/>
        <location filename="../ui/search/searchpanel.cpp" line="707"/>
        <source>Choose a saved scenario first.</source>
        <translation>请先选择一个已保存的场景。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="693"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="707"/>
        <location filename="../ui/search/searchpanel.cpp" line="710"/>
        <location filename="../ui/search/searchpanel.cpp" line="716"/>
        <source>Delete scenario</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="710"/>
        <source>Delete the scenario &quot;%1&quot;?</source>
        <translation>删除场景“%1”？</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="749"/>
        <source>There is no result to export.</source>
        <translation>没有可导出的结果。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="753"/>
        <source>search result</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="759"/>
        <source>Batch lookup</source>
        <translation>批量查询</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.cpp" line="771"/>
        <source>Batch list: %L1 enterprises</source>
        <translation>批量名单：%L1 家企业</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpanel.h" line="44"/>
        <source>Enterprise search</source>
        <translation>企业搜索</translation>
    </message>
</context>
</TS>
