<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartLayout</name>
    <message numerus="yes">
        <location filename="../ui/graph/chartlayout.cpp" line="39"/>
        <location filename="../ui/graph/chartlayout.cpp" line="45"/>
        <source>Laying out %n nodes</source>
        <translation>
            <numerusform>正在布局 %n 个节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphCli</name>
    <message>
        <location filename="../app/cli/cmd_graph.cpp" line="82"/>
        <source>&quot;%1&quot; not found in the cache.</source>
        <translation>缓存中未找到“%1”（not found）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_graph.cpp" line="89"/>
        <source>Give exactly one %1.</source>
        <translation>请只给出一个 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_graph.cpp" line="230"/>
        <source>Give two parties: A B (USCC, person_id or kind:id).</source>
        <translation>请给出两方：A B（统一社会信用代码、person_id 或 kind:id）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_graph.cpp" line="272"/>
        <source>beneficial owners (2024 rules), ultimate shares exact through cycles, actual controller</source>
        <translation>受益所有人（2024 年规则），穿过循环持股精确求解的最终持股比例，实际控制人</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_graph.cpp" line="275"/>
        <source>penetration upwards: holders at every level with direct, through and total shares (nodes[]: index, parent, level, kind, id, name, direct, through, total, cycle, more)</source>
        <translation>向上穿透：各层股东及其直接、穿透和合计比例（nodes[]：index, parent, level, kind, id, name, direct, through, total, cycle, more）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_graph.cpp" line="279"/>
        <source>penetration downwards: holdings at every level (same keys as graph up)</source>
        <translation>向下穿透：各层对外投资（键同 graph up）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_graph.cpp" line="282"/>
        <source>actual controller with reason (绝对控股/相对控股/无实际控制人), share, gap and evidence chains</source>
        <translation>实际控制人及认定依据（绝对控股/相对控股/无实际控制人）、表决权比例、领先差距和证据链</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_graph.cpp" line="286"/>
        <source>查关系: every shortest connection through shareholdings, roles, relations and invoices (A, B: USCC, person_id or kind:id)</source>
        <translation>查关系：经由持股、任职、业务关系和发票的全部最短关联路径（A、B：统一社会信用代码、person_id 或 kind:id）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_graph.cpp" line="290"/>
        <source>the group an enterprise belongs to: head, members with levels and shares, revenue and tax totals</source>
        <translation>企业所属集团：控制方、成员及层级和持股、营收与税收合计</translation>
    </message>
</context>
<context>
    <name>GraphText</name>
    <message>
        <location filename="../ui/graph/graphtext.cpp" line="18"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtext.cpp" line="20"/>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtext.cpp" line="24"/>
        <source>Other holder</source>
        <translation>其他股东</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtext.cpp" line="44"/>
        <source>Ownership ≥ 25%</source>
        <translation>持股 ≥ 25%</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtext.cpp" line="46"/>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtext.cpp" line="50"/>
        <source>Senior manager</source>
        <translation>高级管理人员</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtext.cpp" line="57"/>
        <source>Absolute control</source>
        <translation>绝对控股</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtext.cpp" line="59"/>
        <source>Relative control</source>
        <translation>相对控股</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtext.cpp" line="63"/>
        <source>No actual controller</source>
        <translation>无实际控制人</translation>
    </message>
</context>
<context>
    <name>OwnershipGraph</name>
    <message>
        <location filename="../core/graph/ownershipgraph.cpp" line="551"/>
        <source>Reading enterprises and persons</source>
        <translation>正在读取企业和人员</translation>
    </message>
    <message>
        <location filename="../core/graph/ownershipgraph.cpp" line="584"/>
        <source>Reading shareholdings, roles and trade links</source>
        <translation>正在读取股东、任职和交易关系</translation>
    </message>
    <message>
        <location filename="../core/graph/ownershipgraph.cpp" line="642"/>
        <source>Adding holders outside the cache</source>
        <translation>正在添加缓存外的股东</translation>
    </message>
    <message>
        <location filename="../core/graph/ownershipgraph.cpp" line="649"/>
        <source>Building the rows</source>
        <translation>正在建立索引</translation>
    </message>
</context>
<context>
    <name>dj::ui::ChartTab</name>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="45"/>
        <source>Find in chart</source>
        <translation>在图中查找</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="52"/>
        <location filename="../ui/graph/charttab.cpp" line="267"/>
        <location filename="../ui/graph/charttab.cpp" line="279"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="55"/>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="56"/>
        <source>Chart as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="57"/>
        <source>Chart as PDF…</source>
        <translation>图表导出为 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="58"/>
        <source>Table as XLSX…</source>
        <translation>表格导出为 XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="105"/>
        <source>Working…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="108"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/charttab.cpp" line="113"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="169"/>
        <source>The ownership graph is still being read.</source>
        <translation>股权图仍在读取中。</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="190"/>
        <source>%1 · %2 nodes laid out by %3 in %4 ms</source>
        <translation>%1 · %2 个节点，由 %3 布局，用时 %4 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="232"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="249"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="261"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="262"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="263"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="264"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="277"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph/charttab.cpp" line="276"/>
        <location filename="../ui/graph/charttab.cpp" line="279"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>dj::ui::GroupView</name>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="35"/>
        <source>Credit code or enterprise name</source>
        <translation>统一社会信用代码或企业名称</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="36"/>
        <source>Show group</source>
        <translation>查看集团</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="37"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="50"/>
        <source>No enterprise matches “%1”.</source>
        <translation>没有与“%1”匹配的企业。</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="57"/>
        <source>Finding the group</source>
        <translation>正在查找集团</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="69"/>
        <source>Drawing the group</source>
        <translation>正在绘制集团</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="82"/>
        <source>share %1</source>
        <translation>持股 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="98"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="98"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="98"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="98"/>
        <source>Economic share</source>
        <translation>经济份额</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="99"/>
        <source>Revenue (10k yuan)</source>
        <translation>营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="99"/>
        <source>Tax (10k yuan)</source>
        <translation>税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="111"/>
        <source>Group of %1</source>
        <translation>%1 所属集团</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="112"/>
        <source>Head</source>
        <translation>控制方</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/groupview.cpp" line="114"/>
        <source>%n enterprises controlled</source>
        <translation>
            <numerusform>控制企业 %n 家</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="116"/>
        <source> (chart shows the nearest %1)</source>
        <translation>（图中显示最近的 %1 家）</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="117"/>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="117"/>
        <location filename="../ui/graph/groupview.cpp" line="118"/>
        <source> 10k yuan</source>
        <translation> 万元</translation>
    </message>
    <message>
        <location filename="../ui/graph/groupview.cpp" line="118"/>
        <source>Tax</source>
        <translation>税收</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/groupview.cpp" line="119"/>
        <source>latest year of each member; %n with figures</source>
        <translation>
            <numerusform>各成员取最近年度；%n 家有数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/groupview.cpp" line="121"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n 家成员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dj::ui::PenetrationView</name>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="43"/>
        <source>Credit code or enterprise name</source>
        <translation>统一社会信用代码或企业名称</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="46"/>
        <source>Holders and holdings</source>
        <translation>股东与对外投资</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="47"/>
        <source>Holders (up)</source>
        <translation>股东（向上）</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="48"/>
        <source>Holdings (down)</source>
        <translation>对外投资（向下）</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="52"/>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="53"/>
        <source>Depth </source>
        <translation>层数 </translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="54"/>
        <source>Penetrate</source>
        <translation>穿透</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="56"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="73"/>
        <source>No enterprise matches “%1”.</source>
        <translation>没有与“%1”匹配的企业。</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="165"/>
        <source>Solving ownership</source>
        <translation>正在求解持股</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="199"/>
        <source>through %1</source>
        <translation>穿透 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="201"/>
        <source>held %1</source>
        <translation>持有 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/penetrationview.cpp" line="263"/>
        <source>%n more</source>
        <translation>
            <numerusform>其余 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="265"/>
        <source>together %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="265"/>
        <source>click to show</source>
        <translation>点击展开</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="297"/>
        <source>Beneficial owners and control</source>
        <translation>受益所有人与控制</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="323"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="323"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="323"/>
        <source>Ultimate share</source>
        <translation>最终持股</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="323"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="323"/>
        <source>Strongest path</source>
        <translation>主要路径</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="334"/>
        <source>Beneficial owner: %1</source>
        <translation>受益所有人：%1</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="338"/>
        <source>Ultimate holder</source>
        <translation>最终持有人</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="343"/>
        <source>Actual controller</source>
        <translation>实际控制人</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="349"/>
        <source>%1 — %2, votes %3, %4 points ahead of the next block; economic share %5</source>
        <translation>%1 —— %2，表决权 %3，领先第二大表决权 %4 个百分点；经济份额 %5</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="355"/>
        <source>largest voting block %1, next %2</source>
        <translation>最大表决权 %1，第二 %2</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="363"/>
        <source>Majority holders (nearest first)</source>
        <translation>控股股东链（由近及远）</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="367"/>
        <source>Control chains (evidence)</source>
        <translation>控制链（证据）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/penetrationview.cpp" line="374"/>
        <source>Cross-holdings (cycles): %n</source>
        <translation>
            <numerusform>交叉持股（循环）：%n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="381"/>
        <source>Shares solved exactly as (I − G)⁻¹, not cut at a depth.</source>
        <translation>持股比例按 (I − G)⁻¹ 精确求解，未按层数截断。</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="385"/>
        <source>Registered capital ≤ 10 million yuan and only natural persons as holders: the small-firm exemption of the 2024 rules may apply (by commitment).</source>
        <translation>注册资本不超过 1,000 万元且股东均为自然人：可能适用 2024 年规则的小微企业豁免（承诺制）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/penetrationview.cpp" line="389"/>
        <source>%n beneficial owners</source>
        <translation>
            <numerusform>受益所有人 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="392"/>
        <source>Reading risks</source>
        <translation>正在读取风险</translation>
    </message>
    <message>
        <location filename="../ui/graph/penetrationview.cpp" line="404"/>
        <source>Laying out</source>
        <translation>正在布局</translation>
    </message>
</context>
<context>
    <name>dj::ui::RelationView</name>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="27"/>
        <source>Credit code, name or person:ID</source>
        <translation>统一社会信用代码、名称或 person:ID</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="33"/>
        <source>Up to </source>
        <translation>最多 </translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="34"/>
        <source> links</source>
        <translation> 步</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="35"/>
        <source>Find relations</source>
        <translation>查关系</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="36"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="38"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="52"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="60"/>
        <source>Searching connections</source>
        <translation>正在查找关联</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="77"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="77"/>
        <source>Links</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="77"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/relationview.cpp" line="114"/>
        <source>No connection within %n links.</source>
        <translation>
            <numerusform>%n 步内没有关联。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/relationview.cpp" line="116"/>
        <source>Shortest connection: %n links</source>
        <translation>
            <numerusform>最短关联：%n 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graph/relationview.cpp" line="117"/>
        <location filename="../ui/graph/relationview.cpp" line="123"/>
        <source>%n paths</source>
        <translation>
            <numerusform>%n 条路径</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="118"/>
        <source> (first 200 shown)</source>
        <translation>（显示前 200 条）</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="119"/>
        <source>Links: shareholdings (arrows from holder), roles (same legal representative or officer), business relations and invoices (dashed).</source>
        <translation>关联：持股（箭头由股东指向被投资企业）、任职（同一法定代表人或高管）、业务关系和发票（虚线）。</translation>
    </message>
    <message>
        <location filename="../ui/graph/relationview.cpp" line="123"/>
        <source>No connection</source>
        <translation>无关联</translation>
    </message>
</context>
<context>
    <name>dj::ui::RiskPanel</name>
    <message>
        <location filename="../ui/graph/riskpanel.cpp" line="40"/>
        <source>Ownership penetration</source>
        <translation>股权穿透</translation>
    </message>
    <message>
        <location filename="../ui/graph/riskpanel.cpp" line="41"/>
        <source>Relations</source>
        <translation>查关系</translation>
    </message>
    <message>
        <location filename="../ui/graph/riskpanel.cpp" line="42"/>
        <source>Group</source>
        <translation>集团</translation>
    </message>
    <message>
        <location filename="../ui/graph/riskpanel.cpp" line="51"/>
        <source>Reading the ownership graph: %1</source>
        <translation>正在读取股权图：%1</translation>
    </message>
    <message>
        <location filename="../ui/graph/riskpanel.cpp" line="70"/>
        <source>Chain risk</source>
        <translation>链上风险</translation>
    </message>
    <message>
        <location filename="../ui/graph/riskpanel.cpp" line="97"/>
        <source>Reading the ownership graph…</source>
        <translation>正在读取股权图…</translation>
    </message>
    <message>
        <location filename="../ui/graph/riskpanel.cpp" line="111"/>
        <source>%1 enterprises, %2 shareholdings</source>
        <translation>%1 家企业，%2 条持股</translation>
    </message>
</context>
</TS>
