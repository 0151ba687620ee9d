<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="49"/>
        <source>missing; expected %1</source>
        <translation>缺失；应为%1</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="55"/>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="56"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="56"/>
        <source>another type</source>
        <translation>其他类型</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="61"/>
        <source>%1 is out of range; expected %2</source>
        <translation>%1 超出范围；应为%2</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="84"/>
        <source>missing; expected a whole number from %1 to %2</source>
        <translation>缺失；应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="90"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="101"/>
        <source>missing; expected text</source>
        <translation>缺失；应为文本</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="106"/>
        <location filename="../core/valuation/jsonreader.cpp" line="199"/>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="110"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="120"/>
        <source>missing; expected one of %1</source>
        <translation>缺失；应为以下之一：%1</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="125"/>
        <source>expected one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="138"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="149"/>
        <source>missing; expected a date YYYY-MM-DD</source>
        <translation>缺失；应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="155"/>
        <source>expected a date YYYY-MM-DD</source>
        <translation>应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="166"/>
        <source>missing; expected a list</source>
        <translation>缺失；应为列表</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="171"/>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="182"/>
        <source>missing; expected an object</source>
        <translation>缺失；应为对象</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="187"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="210"/>
        <source>unknown key</source>
        <translation>未知字段</translation>
    </message>
</context>
<context>
    <name>LedgerEngine</name>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="266"/>
        <source>research phase: expensed</source>
        <translation>研究阶段：费用化</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="271"/>
        <source>development phase, all capitalisation criteria met: capitalised</source>
        <translation>开发阶段，资本化条件均满足：资本化</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="274"/>
        <source>development before the criteria were met: expensed, never re-capitalised</source>
        <translation>资本化条件满足前的开发支出：费用化，不再资本化</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="275"/>
        <source>development phase, capitalisation criteria not all met: expensed</source>
        <translation>开发阶段，资本化条件未全部满足：费用化</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="280"/>
        <source>processing cost of inventory: capitalised</source>
        <translation>存货加工成本：计入成本</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="281"/>
        <source>acquisition cost: capitalised</source>
        <translation>取得成本：资本化</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="318"/>
        <source>the impairment of %1 (%2) exceeds the carrying amount then (%3)</source>
        <translation>%1 的减值（%2）超过当时的账面价值（%3）</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="386"/>
        <source>the cost carried out on %1 (%2) exceeds the stock&apos;s carrying amount then (%3)</source>
        <translation>%1 结转的成本（%2）超过当时存货的账面价值（%3）</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="394"/>
        <source>the write-down on %1 (%2) exceeds the stock&apos;s carrying amount then (%3)</source>
        <translation>%1 的跌价准备（%2）超过当时存货的账面价值（%3）</translation>
    </message>
</context>
<context>
    <name>QualityMeasure</name>
    <message>
        <location filename="../core/valuation/qualitymeasure.cpp" line="64"/>
        <source>%1 is not a table of this cache</source>
        <translation>%1 不是本缓存中的表</translation>
    </message>
</context>
<context>
    <name>ValuateCommand</name>
    <message>
        <location filename="../app/cli/cmd_valuate.cpp" line="28"/>
        <source>Give one worksheet file: valuate WORKSHEET.json</source>
        <translation>请给出一个工作底稿文件：valuate WORKSHEET.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_valuate.cpp" line="38"/>
        <source>The worksheet was refused:</source>
        <translation>工作底稿被拒绝：</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_valuate.cpp" line="57"/>
        <source>--date expects YYYY-MM-DD.</source>
        <translation>--date 应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_valuate.cpp" line="88"/>
        <source>WORKSHEET.json [--no-monte-carlo] [--xlsx OUT.xlsx]</source>
        <translation>WORKSHEET.json [--no-monte-carlo] [--xlsx OUT.xlsx]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_valuate.cpp" line="89"/>
        <source>evaluate a data-asset valuation worksheet: quality weights and CR, each approach, the conclusion, sensitivity, tornado, Monte Carlo and the disclosure tables</source>
        <translation>计算数据资产评估工作底稿：质量权重与 CR、各评估方法、结论、敏感性、龙卷风、蒙特卡洛与披露表</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_valuate.cpp" line="94"/>
        <source>--db FILE --table NAME [--date YYYY-MM-DD] [--limit N]</source>
        <translation>--db FILE --table NAME [--date YYYY-MM-DD] [--limit N]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_valuate.cpp" line="95"/>
        <source>measure data-quality indicators (missing, formats, duplicates, freshness) on a cache table</source>
        <translation>在缓存表上测量数据质量指标（缺失、格式、重复、时效）</translation>
    </message>
</context>
<context>
    <name>ValuationCharts</name>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="32"/>
        <source>Income of the data asset and its present value</source>
        <translation>数据资产收益及其现值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="33"/>
        <source>Income</source>
        <translation>收益</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="34"/>
        <source>Present value</source>
        <translation>现值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="64"/>
        <source>Tornado: the value at each input −%1 % / +%1 % (base %2)</source>
        <translation>龙卷风：各参数 −%1% / +%1% 时的评估值（基准 %2）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="67"/>
        <source>Input −%1 %</source>
        <translation>参数 −%1%</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="68"/>
        <source>Input +%1 %</source>
        <translation>参数 +%1%</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="91"/>
        <source>Change of the value</source>
        <translation>评估值变动</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="106"/>
        <source>Monte Carlo, %1 draws:%2</source>
        <translation>蒙特卡洛 %1 次：%2</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="120"/>
        <source>Draws</source>
        <translation>抽样次数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="142"/>
        <source>Comparables: price and adjusted price (market value %1)</source>
        <translation>可比案例：交易价格与修正后价格（市场法评估值 %1）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="144"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="145"/>
        <source>Adjusted price</source>
        <translation>修正后价格</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="170"/>
        <source>Market value</source>
        <translation>市场价值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="186"/>
        <source>Quality by dimension (score %1)</source>
        <translation>各维度质量得分（综合 %1）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationcharts.cpp" line="188"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>ValuationEngine</name>
    <message>
        <location filename="../core/valuation/valuationengine.cpp" line="175"/>
        <source>The AHP judgements are inconsistent (CR = %1 ≥ 0.10). Most inconsistent: %2 vs %3, judged %4 where the weights imply %5; revise that pair first.</source>
        <translation>AHP 判断矩阵不一致（CR = %1 ≥ 0.10）。最不一致的一对：%2 对 %3，判断为 %4，而权重对应 %5；请先修正这一对。</translation>
    </message>
    <message>
        <location filename="../core/valuation/valuationengine.cpp" line="183"/>
        <source>Cost approach: no quality assessment and no quality factor; the quality adjustment is 1.</source>
        <translation>成本法：无质量评价也未给质量系数，质量调整按 1 计。</translation>
    </message>
    <message>
        <location filename="../core/valuation/valuationengine.cpp" line="187"/>
        <source>Comparable %1 (%2): the product of its adjustment factors is %3, outside 0.5–1.5; it may not be comparable.</source>
        <translation>可比案例 %1（%2）：修正系数乘积为 %3，超出 0.5–1.5，可比性存疑。</translation>
    </message>
    <message>
        <location filename="../core/valuation/valuationengine.cpp" line="195"/>
        <source>The adjusted comparable prices disperse: coefficient of variation %1 (above %2).</source>
        <translation>修正后可比价格离散：变异系数 %1（高于 %2）。</translation>
    </message>
    <message>
        <location filename="../core/valuation/valuationengine.cpp" line="201"/>
        <source>Income approach: the income of %1 is negative.</source>
        <translation>收益法：%1 年的收益为负。</translation>
    </message>
</context>
<context>
    <name>Variables</name>
    <message>
        <location filename="../core/valuation/variables.cpp" line="105"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="107"/>
        <source>Risk-free rate</source>
        <translation>无风险报酬率</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="109"/>
        <source>Management risk premium</source>
        <translation>管理风险溢价</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="111"/>
        <source>Circulation risk premium</source>
        <translation>流通风险溢价</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="113"/>
        <source>Data-security risk premium</source>
        <translation>数据安全风险溢价</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="115"/>
        <source>Regulatory risk premium</source>
        <translation>监管风险溢价</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="117"/>
        <source>Growth after the explicit periods</source>
        <translation>详细预测期后增长率</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="119"/>
        <source>Remaining economic life (years)</source>
        <translation>剩余经济寿命（年）</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="121"/>
        <source>Share of revenue K</source>
        <translation>收益分成率 K</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="123"/>
        <source>Income tax rate</source>
        <translation>所得税税率</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="125"/>
        <source>Revenue (factor)</source>
        <translation>收入（系数）</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="127"/>
        <source>Costs (factor)</source>
        <translation>成本（系数）</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="129"/>
        <source>Quality factor (cost approach)</source>
        <translation>质量调整系数（成本法）</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="131"/>
        <source>Remaining years (cost approach)</source>
        <translation>剩余年限（成本法）</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="133"/>
        <source>Quality coefficient</source>
        <translation>质量系数</translation>
    </message>
    <message>
        <location filename="../core/valuation/variables.cpp" line="135"/>
        <source>Comparable prices (factor)</source>
        <translation>可比价格（系数）</translation>
    </message>
</context>
<context>
    <name>dj::ui::AhpMatrixModel</name>
    <message>
        <location filename="../ui/valuation/ahpmatrixmodel.cpp" line="81"/>
        <source>How much more important is %1 than %2 (1–9, or 1/3 …)?</source>
        <translation>%1 相对于 %2 的重要程度（1–9，或 1/3 …）？</translation>
    </message>
    <message>
        <location filename="../ui/valuation/ahpmatrixmodel.cpp" line="109"/>
        <source>Judge %1 against %2</source>
        <translation>比较 %1 与 %2</translation>
    </message>
</context>
<context>
    <name>dj::ui::FieldEdit</name>
    <message>
        <location filename="../ui/valuation/fieldeditors.cpp" line="199"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>dj::ui::JsonTableModel</name>
    <message>
        <location filename="../ui/valuation/jsontablemodel.cpp" line="162"/>
        <source>Edit %1 (row %2)</source>
        <translation>编辑%1（第 %2 行）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/jsontablemodel.cpp" line="192"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../ui/valuation/jsontablemodel.cpp" line="197"/>
        <source>Remove row %1</source>
        <translation>删除第 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/valuation/jsontablemodel.cpp" line="218"/>
        <source>Row %1 · %2: %3</source>
        <translation>第 %1 行 · %2：%3</translation>
    </message>
</context>
<context>
    <name>dj::ui::JsonTableWidget</name>
    <message>
        <location filename="../ui/valuation/jsontablemodel.cpp" line="264"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../ui/valuation/jsontablemodel.cpp" line="265"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../ui/valuation/jsontablemodel.cpp" line="266"/>
        <source>Append a row (Ctrl+Z undoes it)</source>
        <translation>追加一行（Ctrl+Z 可撤销）</translation>
    </message>
</context>
<context>
    <name>dj::ui::ValuationPanel</name>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="126"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="130"/>
        <source>Start an empty worksheet</source>
        <translation>新建空白工作底稿</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="131"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="132"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="135"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="137"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="138"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="150"/>
        <source>Samples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="153"/>
        <source>Bank customer data (income approach)</source>
        <translation>银行客户数据（收益法）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="157"/>
        <source>Map data product (cost and market approaches)</source>
        <translation>地图数据产品（成本法与市场法）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="164"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="165"/>
        <source>Report PDF…</source>
        <translation>评估报告 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="173"/>
        <source>Asset card</source>
        <translation>资产卡片</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="174"/>
        <source>Quality</source>
        <translation>质量评价</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="175"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1041"/>
        <source>Cost approach</source>
        <translation>成本法</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="176"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1040"/>
        <source>Income approach</source>
        <translation>收益法</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="177"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1042"/>
        <source>Market approach</source>
        <translation>市场法</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="178"/>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="179"/>
        <source>Ledger</source>
        <translation>入表台账</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="190"/>
        <source>Cancel measuring</source>
        <translation>取消测量</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="190"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="339"/>
        <source>Measure on the open cache</source>
        <translation>在当前缓存上测量</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="210"/>
        <source>Asset name</source>
        <translation>资产名称</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="211"/>
        <source>Holder</source>
        <translation>持有主体</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="212"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="213"/>
        <source>Valuation date</source>
        <translation>评估基准日</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="214"/>
        <source>Purpose</source>
        <translation>评估目的</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="215"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="219"/>
        <source>Value type</source>
        <translation>价值类型</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="218"/>
        <source>Market value</source>
        <translation>市场价值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="218"/>
        <source>Investment value</source>
        <translation>投资价值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="218"/>
        <source>Value in use</source>
        <translation>在用价值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="218"/>
        <source>Liquidation value</source>
        <translation>清算价值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="223"/>
        <source>Holding (持有权)</source>
        <translation>持有权</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="224"/>
        <source>Processing and use (使用权)</source>
        <translation>使用权</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="225"/>
        <source>Product operation (经营权)</source>
        <translation>经营权</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="235"/>
        <source>Edit the rights</source>
        <translation>编辑权利类型</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="239"/>
        <source>Rights</source>
        <translation>权利类型</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="240"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="241"/>
        <source>Description</source>
        <translation>资产描述</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="243"/>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="244"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="245"/>
        <source>Fields</source>
        <translation>字段数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="246"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="247"/>
        <source>Update frequency</source>
        <translation>更新频率</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="248"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="249"/>
        <source>Storage and use</source>
        <translation>存储与使用</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="251"/>
        <source>Legal basis</source>
        <translation>合规与权属依据</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="252"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="253"/>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="255"/>
        <source>Applications</source>
        <translation>应用场景</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="256"/>
        <source>Money unit</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="261"/>
        <source>&lt;b&gt;Assumptions&lt;/b&gt; (one per line; they go into the report)</source>
        <translation>&lt;b&gt;评估假设&lt;/b&gt;（每行一条，写入报告）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="262"/>
        <source>Assumptions</source>
        <translation>评估假设</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="264"/>
        <source>&lt;b&gt;Parameter sources&lt;/b&gt; (where each figure comes from)</source>
        <translation>&lt;b&gt;参数来源&lt;/b&gt;（每个数据的出处）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="266"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="267"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="272"/>
        <source>Parameter (worksheet path)</source>
        <translation>参数（底稿路径）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="272"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="608"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="741"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="288"/>
        <source>Edit the parameter sources</source>
        <translation>编辑参数来源</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="294"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="296"/>
        <source>parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="297"/>
        <source>Add a parameter source</source>
        <translation>添加参数来源</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="317"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="363"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="324"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="325"/>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="326"/>
        <source>How measured</source>
        <translation>测量方式</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="327"/>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="329"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="337"/>
        <source>A table of the open cache to measure missing values, code and date formats, duplicates and freshness on</source>
        <translation>在当前缓存的哪张表上测量缺失值、代码与日期格式、重复与时效</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="340"/>
        <source>Cache table</source>
        <translation>缓存表</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="346"/>
        <source>&lt;b&gt;AHP judgements&lt;/b&gt; (row over column, 1–9 scale; a judgement sets its reciprocal)</source>
        <translation>&lt;b&gt;AHP 判断矩阵&lt;/b&gt;（行相对于列，1–9 标度；输入一项自动设置其倒数）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="352"/>
        <source>AHP judgements</source>
        <translation>AHP 判断矩阵</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="355"/>
        <source>AHP share when blended with entropy weights</source>
        <translation>与熵权组合时 AHP 权重占比</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="356"/>
        <source>AHP share</source>
        <translation>AHP 占比</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="363"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="363"/>
        <source>AHP weight</source>
        <translation>AHP 权重</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="363"/>
        <source>Entropy weight</source>
        <translation>熵权</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="363"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="594"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="405"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="488"/>
        <source>Cost group</source>
        <translation>成本类别</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="406"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="827"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="407"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="786"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="807"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="813"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="408"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="428"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="540"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="838"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="409"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="488"/>
        <source>Restated</source>
        <translation>重置金额</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="416"/>
        <source>New item</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="418"/>
        <source>Cost items (the five groups)</source>
        <translation>成本项目（五类成本）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="426"/>
        <source>&lt;b&gt;Price index&lt;/b&gt; (year → index)</source>
        <translation>&lt;b&gt;价格指数&lt;/b&gt;（年度 → 指数）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="428"/>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="433"/>
        <source>Add year</source>
        <translation>添加年度</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="434"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="440"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="442"/>
        <source>Quality factor</source>
        <translation>质量调整系数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="441"/>
        <source>empty: the quality assessment&apos;s coefficient</source>
        <translation>留空：采用质量评价的质量系数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="444"/>
        <source>Years used</source>
        <translation>已使用年限</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="445"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="446"/>
        <source>Remaining years</source>
        <translation>剩余年限</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="447"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="449"/>
        <source>Depreciation rate</source>
        <translation>贬值率</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="448"/>
        <source>instead of years: δ_life = 1 − rate</source>
        <translation>替代年限：成新率 = 1 − 贬值率</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="466"/>
        <source>Edit the price index</source>
        <translation>编辑价格指数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="475"/>
        <source>Add a price index year</source>
        <translation>添加价格指数年度</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="488"/>
        <source>Historical</source>
        <translation>历史金额</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="508"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="513"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="511"/>
        <source>Direct income</source>
        <translation>直接收益法</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="511"/>
        <source>Revenue split (F = R·K)</source>
        <translation>收益分成法（F = R·K）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="511"/>
        <source>Multi-period excess earnings</source>
        <translation>多期超额收益法</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="512"/>
        <source>Incremental income</source>
        <translation>增量收益法</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="516"/>
        <source>Share K</source>
        <translation>分成率 K</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="517"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="518"/>
        <source>Growth after</source>
        <translation>预测期后增长率</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="519"/>
        <source>Life (years)</source>
        <translation>经济寿命（年）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="520"/>
        <source>Risk-free rate</source>
        <translation>无风险报酬率</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="521"/>
        <source>Management risk</source>
        <translation>管理风险</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="522"/>
        <source>Circulation risk</source>
        <translation>流通风险</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="523"/>
        <source>Data-security risk</source>
        <translation>数据安全风险</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="524"/>
        <source>Regulatory risk</source>
        <translation>监管风险</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="534"/>
        <source>Perpetual terminal value</source>
        <translation>永续终值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="536"/>
        <source>Mid-period discounting</source>
        <translation>期中折现</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="541"/>
        <source>Revenue R</source>
        <translation>收入 R</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="542"/>
        <source>K (this year)</source>
        <translation>当年 K</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="543"/>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="544"/>
        <source>Income</source>
        <translation>收益</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="545"/>
        <source>With</source>
        <translation>有数据资产</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="546"/>
        <source>Without</source>
        <translation>无数据资产</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="547"/>
        <source>F</source>
        <translation>收益 F</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="553"/>
        <source>PV</source>
        <translation>现值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="560"/>
        <source>Explicit periods</source>
        <translation>详细预测期</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="563"/>
        <source>Contributory asset</source>
        <translation>贡献资产</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="564"/>
        <source>Charge (share of revenue)</source>
        <translation>贡献资产回报（占收入比例）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="565"/>
        <source>Working capital</source>
        <translation>营运资金</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="567"/>
        <source>Contributory asset charges (excess earnings)</source>
        <translation>贡献资产回报（多期超额收益法）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="589"/>
        <source>Comparable</source>
        <translation>可比案例</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="590"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="595"/>
        <source>Factor product</source>
        <translation>系数乘积</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="602"/>
        <source>Adjusted price</source>
        <translation>修正后价格</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="610"/>
        <source>New comparable</source>
        <translation>新可比案例</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="612"/>
        <source>Comparable transactions (≥ 3) and adjustment factors</source>
        <translation>可比交易案例（至少 3 个）及修正系数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="637"/>
        <source>Approach</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="637"/>
        <source>Value</source>
        <translation>评估值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="641"/>
        <source>Weight of the income approach</source>
        <translation>收益法权重</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="642"/>
        <source>Income weight</source>
        <translation>收益法权重</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="643"/>
        <source>Weight of the cost approach</source>
        <translation>成本法权重</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="644"/>
        <source>Cost weight</source>
        <translation>成本法权重</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="645"/>
        <source>Weight of the market approach</source>
        <translation>市场法权重</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="646"/>
        <source>Market weight</source>
        <translation>市场法权重</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="648"/>
        <source>&lt;b&gt;Reasons for the weights&lt;/b&gt;</source>
        <translation>&lt;b&gt;结论选取理由&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="649"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="654"/>
        <source>&lt;b&gt;Sensitivity&lt;/b&gt; (rows × columns; pick any two inputs)</source>
        <translation>&lt;b&gt;敏感性分析&lt;/b&gt;（行 × 列；任选两个参数）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="658"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="660"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="682"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1170"/>
        <source>Run again</source>
        <translation>重新模拟</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="702"/>
        <source>Input</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="703"/>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="705"/>
        <source>Triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="705"/>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="705"/>
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="706"/>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="707"/>
        <source>Most likely</source>
        <translation>最可能值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="708"/>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="713"/>
        <source>Monte Carlo ranges</source>
        <translation>蒙特卡洛参数区间</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="729"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="730"/>
        <source>Entity</source>
        <translation>会计主体</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="731"/>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="732"/>
        <source>Period start</source>
        <translation>报告期开始</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="734"/>
        <source>Period end</source>
        <translation>报告期结束</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="737"/>
        <source>Data resource</source>
        <translation>数据资源</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="738"/>
        <source>Recognised as</source>
        <translation>确认为</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="740"/>
        <source>Intangible asset (无形资产)</source>
        <translation>无形资产</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="740"/>
        <source>Inventory (存货)</source>
        <translation>存货</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="743"/>
        <source>Purchased (外购)</source>
        <translation>外购</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="743"/>
        <source>Developed / processed (自行开发/加工)</source>
        <translation>自行开发/加工</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="744"/>
        <source>Other (其他方式取得)</source>
        <translation>其他方式取得</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="745"/>
        <source>Reason for the classification</source>
        <translation>分类理由</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="746"/>
        <source>In service</source>
        <translation>达到预定用途</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="747"/>
        <source>Life (months)</source>
        <translation>使用寿命（月）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="748"/>
        <source>New data resource</source>
        <translation>新数据资源</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="751"/>
        <source>Used internally</source>
        <translation>内部使用</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="753"/>
        <source>Data resources</source>
        <translation>数据资源</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="762"/>
        <source>Capitalisation criteria (development phase; CAS 6 §9)</source>
        <translation>资本化条件（开发阶段；《企业会计准则第6号》第九条）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="773"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="776"/>
        <source>All met on</source>
        <translation>全部满足日期</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="781"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="806"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="812"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="782"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="785"/>
        <source>Acquisition</source>
        <translation>取得</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="785"/>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="785"/>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="785"/>
        <source>Processing</source>
        <translation>加工</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="787"/>
        <source>Memo</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="788"/>
        <source>Treatment</source>
        <translation>会计处理</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="798"/>
        <source>Costs of the selected resource</source>
        <translation>所选数据资源的成本</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="817"/>
        <source>Impairment / write-down</source>
        <translation>减值 / 跌价准备</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="818"/>
        <source>Cost of sales (inventory)</source>
        <translation>结转销售成本（存货）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="827"/>
        <source>Purchased</source>
        <translation>外购</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="827"/>
        <source>Developed</source>
        <translation>自行开发</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="827"/>
        <source>Other</source>
        <translation>其他方式取得</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="827"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="828"/>
        <source>&lt;b&gt;Data resources recognised as intangible assets&lt;/b&gt;</source>
        <translation>&lt;b&gt;确认为无形资产的数据资源&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="831"/>
        <source>&lt;b&gt;Data resources recognised as inventory&lt;/b&gt;</source>
        <translation>&lt;b&gt;确认为存货的数据资源&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="833"/>
        <source>Processed</source>
        <translation>自行加工</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="836"/>
        <source>&lt;b&gt;Amortisation schedule of the selected resource&lt;/b&gt;</source>
        <translation>&lt;b&gt;所选数据资源的摊销表&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="838"/>
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="838"/>
        <source>Amortisation</source>
        <translation>摊销</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="838"/>
        <source>Impairment</source>
        <translation>减值</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="838"/>
        <source>Closing</source>
        <translation>期末</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="901"/>
        <source>Refused input</source>
        <translation>输入有误</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="904"/>
        <source>The worksheet cannot be evaluated until these values are fixed:
%1</source>
        <translation>以下数值修正前无法计算：
%1</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="917"/>
        <source>Conclusion %1 %2</source>
        <translation>评估结论 %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="933"/>
        <source>λmax = %1, CI = %2, RI = %3, CR = %4. Quality score %5, coefficient %6.</source>
        <translation>λmax = %1，CI = %2，RI = %3，CR = %4。质量得分 %5，质量系数 %6。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="943"/>
        <source>CR ≥ 0.10: the judgements are inconsistent. Most inconsistent: %1 vs %2 (judged %3, the weights imply %4) — highlighted in the matrix.</source>
        <translation>CR ≥ 0.10：判断矩阵不一致。最不一致：%1 对 %2（判断为 %3，权重对应 %4），已在矩阵中标出。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="952"/>
        <source>CR &lt; 0.10: consistent.</source>
        <translation>CR &lt; 0.10：一致性可接受。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="956"/>
        <source>No quality assessment in this worksheet.</source>
        <translation>本底稿没有质量评价。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="970"/>
        <source>Total C</source>
        <translation>重置成本合计 C</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="975"/>
        <source>C = %1 (restated to %2 prices)&lt;br&gt;Quality factor %3 × remaining-life factor (成新率) %4 = δ %5&lt;br&gt;&lt;span style=&apos;font-size:16px&apos;&gt;&lt;b&gt;Cost approach P = C × δ = %6 %7&lt;/b&gt;&lt;/span&gt;</source>
        <translation>C = %1（按 %2 年价格重置）&lt;br&gt;质量调整系数 %3 × 成新率 %4 = δ %5&lt;br&gt;&lt;span style=&apos;font-size:16px&apos;&gt;&lt;b&gt;成本法评估值 P = C × δ = %6 %7&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="985"/>
        <source>No cost approach in this worksheet: add cost items to use it.</source>
        <translation>本底稿未采用成本法：添加成本项目即可使用。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1001"/>
        <source>Discount rate %1 %</source>
        <translation>折现率 %1%</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1003"/>
        <source>Income approach value: %1 %2 (terminal value %3 discounted to %4). * = beyond the explicit periods.</source>
        <translation>收益法评估值：%1 %2（终值 %3，折现后 %4）。* 表示详细预测期之后。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1011"/>
        <source>No income approach in this worksheet: choose a method and add periods to use it.</source>
        <translation>本底稿未采用收益法：选择方法并添加预测期即可使用。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1016"/>
        <source>&lt;span style=&apos;font-size:16px&apos;&gt;&lt;b&gt;Market approach value %1 %2&lt;/b&gt;&lt;/span&gt; (weighted adjusted prices). Mean %3, standard deviation %4, coefficient of variation %5%6</source>
        <translation>&lt;span style=&apos;font-size:16px&apos;&gt;&lt;b&gt;市场法评估值 %1 %2&lt;/b&gt;&lt;/span&gt;（修正后价格加权）。均值 %3，标准差 %4，变异系数 %5%6</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1022"/>
        <source>(dispersed)</source>
        <translation>（离散）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1027"/>
        <source>No market approach in this worksheet: add at least three comparables to use it.</source>
        <translation>本底稿未采用市场法：添加至少 3 个可比案例即可使用。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1046"/>
        <source>Conclusion: %1 %2</source>
        <translation>评估结论：%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1093"/>
        <source>Cost, opening</source>
        <translation>账面原值 期初</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1094"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1107"/>
        <source>  additions</source>
        <translation>&#x3000;本期增加</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1095"/>
        <source>  decreases</source>
        <translation>&#x3000;本期减少</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1096"/>
        <source>Cost, closing</source>
        <translation>账面原值 期末</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1099"/>
        <source>Accumulated amortisation, opening</source>
        <translation>累计摊销 期初</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1101"/>
        <source>  amortisation of the period</source>
        <translation>&#x3000;本期摊销</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1103"/>
        <source>Accumulated amortisation, closing</source>
        <translation>累计摊销 期末</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1105"/>
        <source>Impairment, opening</source>
        <translation>减值准备 期初</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1105"/>
        <source>Write-down, opening</source>
        <translation>跌价准备 期初</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1108"/>
        <source>Impairment, closing</source>
        <translation>减值准备 期末</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1108"/>
        <source>Write-down, closing</source>
        <translation>跌价准备 期末</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1110"/>
        <source>Carrying amount, closing</source>
        <translation>账面价值 期末</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1112"/>
        <source>Carrying amount, opening</source>
        <translation>账面价值 期初</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1127"/>
        <source>Roll-forward checks pass (opening + additions − amortisation − impairment = closing).</source>
        <translation>勾稽检查通过（期初 + 增加 − 摊销 − 减值 = 期末）。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1129"/>
        <source>A roll-forward check fails.</source>
        <translation>勾稽检查未通过。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1131"/>
        <source>Expensed in the period (research and development not meeting the criteria): %1. The valuation result is never booked.</source>
        <translation>本期费用化支出（研究阶段及不满足资本化条件的开发支出）：%1。评估结论不作为账面价值入账。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1157"/>
        <source>The ledger cannot be computed:</source>
        <translation>台账无法计算：</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1170"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1177"/>
        <source>%1 draws in %2 ms, mean %3: %4</source>
        <translation>%1 次抽样，用时 %2 毫秒，均值 %3：%4</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1183"/>
        <source>Monte Carlo running…</source>
        <translation>蒙特卡洛模拟中…</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1185"/>
        <source>Add ranges below to run a Monte Carlo.</source>
        <translation>在下方添加参数区间即可进行蒙特卡洛模拟。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1196"/>
        <source>unsaved worksheet</source>
        <translation>未保存的工作底稿</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1197"/>
        <source>%1%2 · recalculated in %3 ms · %4 refused value(s)</source>
        <translation>%1%2 · 重算用时 %3 毫秒 · %4 处输入有误</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1225"/>
        <source>Choose the sensitivity inputs</source>
        <translation>选择敏感性分析参数</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1237"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1289"/>
        <source>Measure quality</source>
        <translation>测量数据质量</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1237"/>
        <source>Open a cache first (File → Open cache).</source>
        <translation>请先打开缓存（文件 → 打开缓存）。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1254"/>
        <source>measured on %1 (%2 rows), %3</source>
        <translation>在 %1 上实测（%2 行），%3</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1258"/>
        <source>Codes and dates in the standard format (measured)</source>
        <translation>代码与日期格式合规率（实测）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1259"/>
        <source>Filled values (measured)</source>
        <translation>非空率（实测）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1259"/>
        <source>Credit codes with correct check characters (measured)</source>
        <translation>信用代码校验位正确率（实测）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1260"/>
        <source>Rows without duplicate keys (measured)</source>
        <translation>主键不重复率（实测）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1260"/>
        <source>Freshness of the newest record (measured)</source>
        <translation>最新记录时效（实测）</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1281"/>
        <source>Measure quality on %1</source>
        <translation>在 %1 上测量数据质量</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1282"/>
        <source>Measured %1 rows of %2: %3 % missing, %4 % conforming, %5 duplicates.</source>
        <translation>已测量 %2 的 %1 行：缺失 %3%，格式合规 %4%，重复 %5 行。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1297"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1298"/>
        <source>The worksheet has unsaved changes. Discard them?</source>
        <translation>工作底稿有未保存的修改，是否放弃？</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1308"/>
        <source>New data asset</source>
        <translation>新数据资产</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1333"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1355"/>
        <source>Open worksheet</source>
        <translation>打开工作底稿</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1342"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1345"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1369"/>
        <source>Save worksheet</source>
        <translation>保存工作底稿</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1355"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1369"/>
        <source>Valuation worksheets (*.json)</source>
        <translation>评估工作底稿 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1390"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1394"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1396"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1421"/>
        <source>Export XLSX</source>
        <translation>导出 XLSX</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1394"/>
        <source>Fix the refused values first:
%1</source>
        <translation>请先修正有误的输入：
%1</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1405"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1411"/>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1433"/>
        <source>Report PDF</source>
        <translation>评估报告 PDF</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1405"/>
        <source>Fix the refused values first.</source>
        <translation>请先修正有误的输入。</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1414"/>
        <source>Wrote the report %1</source>
        <translation>已生成报告 %1</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1421"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.cpp" line="1433"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/valuation/valuationpanel.h" line="42"/>
        <source>Data asset valuation</source>
        <translation>数据资产评估</translation>
    </message>
</context>
<context>
    <name>dj::ui::WorksheetDocument</name>
    <message>
        <location filename="../ui/valuation/worksheetdocument.cpp" line="129"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../ui/valuation/worksheetdocument.cpp" line="149"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../ui/valuation/worksheetdocument.cpp" line="160"/>
        <source>Remove a row</source>
        <translation>删除一行</translation>
    </message>
</context>
<context>
    <name>dj::valuation::JsonReader</name>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="38"/>
        <source>a number ≥ %1</source>
        <translation>≥ %1 的数</translation>
    </message>
    <message>
        <location filename="../core/valuation/jsonreader.cpp" line="39"/>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数</translation>
    </message>
</context>
<context>
    <name>dj::valuation::Ledger</name>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="55"/>
        <source>Completing it is technically feasible</source>
        <translation>完成该数据资源在技术上可行</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="57"/>
        <source>The entity intends to complete and use or sell it</source>
        <translation>有完成并使用或出售的意图</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="59"/>
        <source>It will bring economic benefits (a market, or useful internally)</source>
        <translation>能带来经济利益（存在市场或内部使用有用）</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="61"/>
        <source>Technical, financial and other resources suffice to complete it</source>
        <translation>有足够的技术、财务等资源支持完成</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="63"/>
        <source>Its development expenditure can be measured reliably</source>
        <translation>开发阶段支出能够可靠计量</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="77"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="86"/>
        <source>must not be before the start</source>
        <translation>不能早于开始日期</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="114"/>
        <source>give the date from which all criteria were met</source>
        <translation>请给出各项条件全部满足的日期</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="143"/>
        <source>expected a share ≥ 0</source>
        <translation>应为 ≥ 0 的比例</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="150"/>
        <source>expected one share per year of the useful life (%1 months)</source>
        <translation>应为使用寿命（%1 个月）内每年一个比例</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="153"/>
        <source>the shares sum to %1; expected 1</source>
        <translation>比例合计为 %1，应为 1</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="159"/>
        <source>only inventory data resources are sold from stock</source>
        <translation>只有存货类数据资源才结转销售成本</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="162"/>
        <source>inventory is not amortised; leave the in-service date out</source>
        <translation>存货不摊销，请勿填写达到预定用途日期</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="169"/>
        <source>a cost after the in-service date (%1) is an expense of the period, not part of the asset&apos;s cost</source>
        <translation>达到预定用途（%1）之后的支出应计入当期费用，不计入资产成本</translation>
    </message>
    <message>
        <location filename="../core/valuation/ledger.cpp" line="178"/>
        <source>an impairment needs an asset in service at that date</source>
        <translation>计提减值时资产须已达到预定用途</translation>
    </message>
</context>
<context>
    <name>dj::valuation::Uncertainty</name>
    <message>
        <location filename="../core/valuation/uncertainty.cpp" line="21"/>
        <source>unknown variable %1</source>
        <translation>未知参数 %1</translation>
    </message>
    <message>
        <location filename="../core/valuation/uncertainty.cpp" line="24"/>
        <source>%1 does not apply to this worksheet</source>
        <translation>%1 不适用于本底稿</translation>
    </message>
</context>
<context>
    <name>dj::valuation::Worksheet</name>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="37"/>
        <source>Conformity (规范性)</source>
        <translation>规范性</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="39"/>
        <source>Completeness (完整性)</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="41"/>
        <source>Accuracy (准确性)</source>
        <translation>准确性</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="43"/>
        <source>Consistency (一致性)</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="45"/>
        <source>Timeliness (时效性)</source>
        <translation>时效性</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="47"/>
        <source>Accessibility (可访问性)</source>
        <translation>可访问性</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="62"/>
        <source>Preliminary costs (前期费用)</source>
        <translation>前期费用</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="64"/>
        <source>Direct costs (直接成本)</source>
        <translation>直接成本</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="66"/>
        <source>Indirect costs (间接成本)</source>
        <translation>间接成本</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="68"/>
        <source>Opportunity cost (机会成本)</source>
        <translation>机会成本</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="70"/>
        <source>Related taxes (相关税费)</source>
        <translation>相关税费</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="85"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="87"/>
        <source>Supply and demand</source>
        <translation>供求</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="89"/>
        <source>Date</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="91"/>
        <source>Volume</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="93"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="126"/>
        <source>expected holding (持有权), use (使用权) or operation (经营权)</source>
        <translation>应为 holding（持有权）、use（使用权）或 operation（经营权）</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="134"/>
        <source>expected text or a number</source>
        <translation>应为文本或数字</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="152"/>
        <source>needs at least one indicator</source>
        <translation>至少需要一个指标</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="156"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="175"/>
        <source>expected %1 rows (one per dimension), found %2</source>
        <translation>应为 %1 行（每个维度一行），实际 %2 行</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="183"/>
        <source>expected a row of %1 judgements</source>
        <translation>每行应有 %1 个判断值</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="191"/>
        <source>expected a judgement from 1/9 to 9 (a number or &quot;1/3&quot;)</source>
        <translation>判断值应在 1/9 到 9 之间（数字或 &quot;1/3&quot;）</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="194"/>
        <source>the diagonal must be 1</source>
        <translation>对角线必须为 1</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="206"/>
        <source>must be the reciprocal of [%1][%2] (%3), i.e. %4</source>
        <translation>必须是 [%1][%2]（%3）的倒数，即 %4</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="223"/>
        <source>needs at least 2 samples</source>
        <translation>至少需要 2 个样本</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="228"/>
        <source>expected %1 scores (one per dimension)</source>
        <translation>应为 %1 个得分（每个维度一个）</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="234"/>
        <source>expected a score from 0 to 100</source>
        <translation>得分应在 0 到 100 之间</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="262"/>
        <source>needs at least one period</source>
        <translation>至少需要一个预测期</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="280"/>
        <source>years must follow one another (expected %1)</source>
        <translation>年度必须连续（应为 %1）</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="306"/>
        <source>the discount rate must be above 0</source>
        <translation>折现率必须大于 0</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="311"/>
        <source>with a perpetual terminal value the growth (%1) must stay below the discount rate (%2)</source>
        <translation>采用永续终值时，增长率（%1）必须低于折现率（%2）</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="326"/>
        <source>needs at least one cost item</source>
        <translation>至少需要一个成本项目</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="345"/>
        <source>expected a year as key</source>
        <translation>键应为年度</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="347"/>
        <source>expected an index above 0</source>
        <translation>指数应大于 0</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="354"/>
        <source>has no index for the valuation year %1</source>
        <translation>缺少评估基准年 %1 的指数</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="358"/>
        <source>the price index has no value for %1</source>
        <translation>价格指数缺少 %1 年</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="366"/>
        <source>give either a depreciation rate or used/remaining years, not both</source>
        <translation>贬值率与已用/剩余年限只能二选一</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="369"/>
        <source>used and remaining years go together</source>
        <translation>已使用年限与剩余年限须同时给出</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="371"/>
        <source>used + remaining years must be above 0</source>
        <translation>已使用年限 + 剩余年限必须大于 0</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="384"/>
        <source>needs at least 3 comparables, found %1</source>
        <translation>至少需要 3 个可比案例，实际 %1 个</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="404"/>
        <source>the comparables&apos; weights sum to 0</source>
        <translation>可比案例权重合计为 0</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="419"/>
        <source>expected %1 (migrate older files first)</source>
        <translation>应为 %1（请先迁移旧文件）</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="425"/>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="445"/>
        <source>the worksheet needs at least one approach (income, cost or market)</source>
        <translation>工作底稿至少需要一种评估方法（收益法、成本法或市场法）</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="457"/>
        <source>unknown approach; expected income, cost or market</source>
        <translation>未知方法；应为 income、cost 或 market</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="459"/>
        <source>expected a weight from 0 to 1</source>
        <translation>权重应在 0 到 1 之间</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="461"/>
        <location filename="../core/valuation/worksheet.cpp" line="572"/>
        <source>this approach is not in the worksheet</source>
        <translation>本底稿未采用该方法</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="471"/>
        <source>missing; with several approaches give their weights</source>
        <translation>缺失；采用多种方法时须给出各自权重</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="479"/>
        <source>the weights sum to %1; expected 1</source>
        <translation>权重合计为 %1，应为 1</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="502"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="506"/>
        <source>expected 1 to 50 values</source>
        <translation>应为 1 到 50 个数值</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="540"/>
        <source>must be above min</source>
        <translation>必须大于最小值</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="542"/>
        <source>must lie between min and max</source>
        <translation>必须在最小值与最大值之间</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="554"/>
        <source>unknown variable %1</source>
        <translation>未知参数 %1</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="556"/>
        <source>%1 does not apply to this worksheet</source>
        <translation>%1 不适用于本底稿</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="585"/>
        <source>missing; expected a whole number (this program writes %1)</source>
        <translation>缺失；应为整数（本程序写入 %1）</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="589"/>
        <source>%1 is newer than this program (%2): update the workstation</source>
        <translation>%1 比本程序（%2）新：请升级工作站</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="610"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="615"/>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 不是有效的 JSON：第 %3 字节处 %2</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="618"/>
        <source>%1 is not a worksheet: expected a JSON object</source>
        <translation>%1 不是工作底稿：应为 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/valuation/worksheet.cpp" line="629"/>
        <location filename="../core/valuation/worksheet.cpp" line="632"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
</TS>
