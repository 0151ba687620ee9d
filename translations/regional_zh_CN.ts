<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>IndexFormula</name>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="32"/>
        <source>max(x) is the greatest value among the regions ranked; a term is 0 when that maximum is 0.</source>
        <translation>max(x) 为参与排名各区域中的最大值；最大值为 0 时该项记 0。</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="33"/>
        <source>min(x) and max(x) are taken among the regions ranked; a term is 0 when all regions are equal.</source>
        <translation>min(x) 与 max(x) 取自参与排名的各区域；各区域相同时该项记 0。</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="59"/>
        <source>Outward investment index</source>
        <translation>对外投资指数</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="62"/>
        <source>subscribed capital (yuan) that enterprises registered in the region hold in enterprises registered in other regions</source>
        <translation>本区域登记的企业在其他区域登记企业中的认缴出资额（元）</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="65"/>
        <location filename="../core/regional/indexformula.cpp" line="75"/>
        <source>number of those holdings</source>
        <translation>上述持股笔数</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="69"/>
        <source>Inward attraction index</source>
        <translation>吸引投资指数</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="72"/>
        <source>subscribed capital (yuan) that enterprises registered in other regions hold in enterprises registered in the region</source>
        <translation>其他区域登记的企业在本区域登记企业中的认缴出资额（元）</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="77"/>
        <source>Enterprise holders only (persons and other holders are shown separately); holdings in investees established up to the reference year or of unknown date; capital in foreign currency is counted but not summed.</source>
        <translation>仅计企业股东（自然人及其他股东单列）；被投资企业成立于参考年及以前或成立日期不详；外币出资计笔数不计金额。</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="84"/>
        <source>Potential index</source>
        <translation>发展潜力指数</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="87"/>
        <source>growth rate of the number of enterprises established up to the year</source>
        <translation>截至当年成立的企业数的增长率</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="89"/>
        <source>growth rate of the revenue of the year</source>
        <translation>当年营业收入的增长率</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="90"/>
        <source>growth rate of the tax of the year</source>
        <translation>当年纳税额的增长率</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="92"/>
        <source>growth rate of the number of qualified enterprises (first qualification up to the year)</source>
        <translation>资质企业数（截至当年首次获得资质）的增长率</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="97"/>
        <source>g_X = (X(Y) / X(Y−%1))^(1/%1) − 1 over the last %1 years up to the reference year Y; g_X = 0 where X(Y−%1) is 0.</source>
        <translation>g_X = (X(Y) / X(Y−%1))^(1/%1) − 1，为截至参考年 Y 的近 %1 年年均增长率；X(Y−%1) 为 0 时 g_X 记 0。</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="105"/>
        <source>Synergy index S(r, p) = 100 × (C(r→p) + C(p→r)) / (C_ext(r) + C_ext(p))</source>
        <translation>协同指数 S(r, p) = 100 × (C(r→p) + C(p→r)) / (C_ext(r) + C_ext(p))</translation>
    </message>
    <message>
        <location filename="../core/regional/indexformula.cpp" line="106"/>
        <source>C(r→p): subscribed capital enterprises of r hold in enterprises of p; C_ext(x) = C_out(x) + C_in(x), all of x&apos;s investment across its borders. 100 means the two regions invest only in each other; without a partner given, each region&apos;s strongest partner is shown.</source>
        <translation>C(r→p)：r 的企业在 p 的企业中的认缴出资额；C_ext(x) = C_out(x) + C_in(x)，即 x 全部跨区域投资。100 表示两区域只相互投资；未指定伙伴时显示各区域协同最强的伙伴。</translation>
    </message>
</context>
<context>
    <name>RegionLevel</name>
    <message>
        <location filename="../core/regional/regionlevel.cpp" line="35"/>
        <source>Provinces</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../core/regional/regionlevel.cpp" line="37"/>
        <source>Cities</source>
        <translation>地市级</translation>
    </message>
    <message>
        <location filename="../core/regional/regionlevel.cpp" line="39"/>
        <source>Counties</source>
        <translation>区县级</translation>
    </message>
    <message>
        <location filename="../core/regional/regionlevel.cpp" line="91"/>
        <source>Elsewhere</source>
        <translation>区外</translation>
    </message>
    <message>
        <location filename="../core/regional/regionlevel.cpp" line="93"/>
        <source>Unknown region</source>
        <translation>地区不详</translation>
    </message>
    <message>
        <location filename="../core/regional/regionlevel.cpp" line="95"/>
        <source>Other holders</source>
        <translation>其他股东</translation>
    </message>
    <message>
        <location filename="../core/regional/regionlevel.cpp" line="102"/>
        <source>%1 (own level)</source>
        <translation>%1（本级）</translation>
    </message>
    <message>
        <location filename="../core/regional/regionlevel.cpp" line="116"/>
        <source>%1 (own)</source>
        <translation>%1（本级）</translation>
    </message>
</context>
<context>
    <name>RegionalCommand</name>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="145"/>
        <source>--holders takes enterprise, person and other (comma-separated), not &quot;%1&quot;.</source>
        <translation>--holders 取 enterprise、person、other（逗号分隔），不能是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="220"/>
        <source>--index takes one of %1, not &quot;%2&quot;.</source>
        <translation>--index 取 %1 之一，不能是“%2”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="296"/>
        <source>Give one region code.</source>
        <translation>请给出一个地区代码。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="311"/>
        <source>Give two to five region codes.</source>
        <translation>请给出二至五个地区代码。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="318"/>
        <source>Compare regions of one level: %1 and %2 differ.</source>
        <translation>请对比同一级别的地区：%1 与 %2 级别不同。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="339"/>
        <source>investment flows between regions from shareholdings (enterprise, person, other holders apart)</source>
        <translation>由股权计算区域间投资流向（企业、自然人、其他股东分列）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="343"/>
        <source>indices per region with their formulas and raw terms</source>
        <translation>各区域指数及其公式与原始分项</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="347"/>
        <source>a ranking list with the change against the previous year</source>
        <translation>榜单及与上年相比的变化</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="350"/>
        <source>a region&apos;s profile: industry and scale mix, qualified and top enterprises, growth</source>
        <translation>区域画像：行业与规模结构、资质企业、头部企业、增长</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="353"/>
        <source>two to five regions of one level side by side</source>
        <translation>同级二至五个地区并列对比</translation>
    </message>
</context>
<context>
    <name>RegionalEngine</name>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="75"/>
        <source>Summing holdings and enterprise figures by region</source>
        <translation>按地区汇总股权与企业数据</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="92"/>
        <source>Synergy index</source>
        <translation>协同指数</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="94"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="96"/>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="98"/>
        <source>Tax</source>
        <translation>纳税额</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="100"/>
        <source>Qualified enterprises</source>
        <translation>资质企业数</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="115"/>
        <source>The region %1 is not a 2- or 4-digit GB/T 2260 code.</source>
        <translation>地区 %1 不是 2 位或 4 位 GB/T 2260 代码。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="118"/>
        <source>The region %1 is not above the %2 level: choose a province for its cities or counties, a city for its counties.</source>
        <translation>地区 %1 不在 %2 级别之上：看地市请选省份，看区县请选省份或城市。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="123"/>
        <location filename="../core/regional/regionalengine.cpp" line="430"/>
        <source>No region %1 is known.</source>
        <translation>未找到地区 %1。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="131"/>
        <source>%1 is not an industry section (a letter A–T of GB/T 4754).</source>
        <translation>%1 不是行业门类（GB/T 4754 的字母 A–T）。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="160"/>
        <source>The first year %1 is after the last year %2.</source>
        <translation>起始年份 %1 晚于截止年份 %2。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="238"/>
        <source>The growth span must be 1 to 20 years, not %1.</source>
        <translation>增长跨度须为 1 至 20 年，不能是 %1。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="281"/>
        <source>The partner %1 is not a region of this view (%2).</source>
        <translation>伙伴地区 %1 不在当前视图（%2）中。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="394"/>
        <source>Unknown index %1; one of %2.</source>
        <translation>未知指数 %1；可选 %2。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="427"/>
        <source>%1 is not a region code of 2, 4 or 6 digits (GB/T 2260).</source>
        <translation>%1 不是 2、4 或 6 位地区代码（GB/T 2260）。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="540"/>
        <source>Compare two to five different regions, not %1.</source>
        <translation>请对比二至五个不同地区，而不是 %1 个。</translation>
    </message>
    <message>
        <location filename="../core/regional/regionalengine.cpp" line="546"/>
        <source>Compare regions of one level: %1 and %2 differ.</source>
        <translation>请对比同一级别的地区：%1 与 %2 级别不同。</translation>
    </message>
</context>
<context>
    <name>RegionalExport</name>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="36"/>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="37"/>
        <source>person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="38"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="54"/>
        <location filename="../ui/regional/regionalexport.cpp" line="184"/>
        <location filename="../ui/regional/regionalexport.cpp" line="189"/>
        <location filename="../ui/regional/regionalexport.cpp" line="191"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="64"/>
        <location filename="../ui/regional/regionalexport.cpp" line="86"/>
        <location filename="../ui/regional/regionalexport.cpp" line="104"/>
        <location filename="../ui/regional/regionalexport.cpp" line="140"/>
        <location filename="../ui/regional/regionalexport.cpp" line="160"/>
        <location filename="../ui/regional/regionalexport.cpp" line="192"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="66"/>
        <source>Flows</source>
        <translation>流向明细</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="67"/>
        <source>Holder kind</source>
        <translation>股东类型</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="67"/>
        <source>From code</source>
        <translation>投资方代码</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="67"/>
        <location filename="../ui/regional/regionalexport.cpp" line="238"/>
        <source>From</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="67"/>
        <source>To code</source>
        <translation>被投资方代码</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="67"/>
        <location filename="../ui/regional/regionalexport.cpp" line="238"/>
        <source>To</source>
        <translation>被投资方</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="67"/>
        <location filename="../ui/regional/regionalexport.cpp" line="238"/>
        <source>Holdings</source>
        <translation>持股笔数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="68"/>
        <source>Subscribed capital (yuan)</source>
        <translation>认缴出资额（元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="68"/>
        <source>Holdings in foreign currency</source>
        <translation>外币出资笔数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="88"/>
        <source>Matrix</source>
        <translation>流向矩阵</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="89"/>
        <source>Investor \ investee (yuan)</source>
        <translation>投资方 \ 被投资方（元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="106"/>
        <source>Indices</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="109"/>
        <location filename="../ui/regional/regionalexport.cpp" line="142"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="109"/>
        <location filename="../ui/regional/regionalexport.cpp" line="142"/>
        <location filename="../ui/regional/regionalexport.cpp" line="249"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="112"/>
        <source>Synergy partner</source>
        <translation>协同伙伴</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="127"/>
        <source>Formulas</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="128"/>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="128"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="141"/>
        <source>Ranking</source>
        <translation>榜单</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="142"/>
        <location filename="../ui/regional/regionalexport.cpp" line="249"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="143"/>
        <location filename="../ui/regional/regionalexport.cpp" line="249"/>
        <source>Rank %1</source>
        <translation>%1年排名</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="143"/>
        <source>Value %1</source>
        <translation>%1年数值</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="161"/>
        <source>Comparison</source>
        <translation>区域对比</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="162"/>
        <location filename="../ui/regional/regionalexport.cpp" line="256"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="174"/>
        <location filename="../ui/regional/regionalexport.cpp" line="267"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="175"/>
        <source>Operating enterprises</source>
        <translation>在营企业数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="176"/>
        <source>Qualified enterprises</source>
        <translation>资质企业数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="177"/>
        <source>Revenue (yuan)</source>
        <translation>营业收入（元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="178"/>
        <source>Tax (yuan)</source>
        <translation>纳税额（元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="212"/>
        <location filename="../ui/regional/regionalexport.cpp" line="213"/>
        <source>Regional economy brief</source>
        <translation>区域经济简报</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="214"/>
        <source>%1 · %2 · reference year %3 · data: %4 · made %5</source>
        <translation>%1 · %2 · 参考年 %3 · 数据：%4 · 生成于 %5</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="216"/>
        <source>whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="220"/>
        <source>1. Investment flows</source>
        <translation>一、投资流向</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="222"/>
        <source>%1 regions; %2 holdings by enterprises across regional borders with %3 亿元 of subscribed capital. Holdings of natural persons and other holders are counted apart and not mixed into these figures.</source>
        <translation>共 %1 个地区；企业跨区域持股 %2 笔，认缴出资 %3 亿元。自然人及其他股东的持股单独统计，不计入上述数字。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="238"/>
        <source>Capital (亿元)</source>
        <translation>出资额（亿元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="241"/>
        <source>The province picture is a schematic tile-grid (one square per province), not a map.</source>
        <translation>省份图为示意方格图（每省一格），不是地图。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="242"/>
        <source>2. Ranking: %1</source>
        <translation>二、榜单：%1</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="249"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="247"/>
        <source>new</source>
        <translation>新上榜</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="250"/>
        <source>3. How the indices are computed</source>
        <translation>三、指数计算方法</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="255"/>
        <source>4. Comparison</source>
        <translation>四、区域对比</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="268"/>
        <source>Revenue (亿元)</source>
        <translation>营业收入（亿元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalexport.cpp" line="269"/>
        <source>Tax (亿元)</source>
        <translation>纳税额（亿元）</translation>
    </message>
</context>
<context>
    <name>dj::regional</name>
    <message>
        <location filename="../app/cli/cmd_regional.cpp" line="54"/>
        <source>--level takes province, city or county, not &quot;%1&quot;.</source>
        <translation>--level 取 province、city 或 county，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>dj::ui::FlowMatrixModel</name>
    <message>
        <location filename="../ui/regional/flowmatrixmodel.cpp" line="44"/>
        <source>Persons from %1</source>
        <translation>自然人·%1籍</translation>
    </message>
    <message>
        <location filename="../ui/regional/flowmatrixmodel.cpp" line="137"/>
        <source>%1 → %2: %3 holdings, subscribed capital %4 万元</source>
        <translation>%1 → %2：持股 %3 笔，认缴出资 %4 万元</translation>
    </message>
    <message>
        <location filename="../ui/regional/flowmatrixmodel.cpp" line="178"/>
        <source>Investor \ investee</source>
        <translation>投资方 \ 被投资方</translation>
    </message>
    <message>
        <location filename="../ui/regional/flowmatrixmodel.cpp" line="180"/>
        <source>Total (万元)</source>
        <translation>合计（万元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/flowmatrixmodel.cpp" line="180"/>
        <source>Total (holdings)</source>
        <translation>合计（笔）</translation>
    </message>
</context>
<context>
    <name>dj::ui::RegionalPanel</name>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="114"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="144"/>
        <source>Level of the regions</source>
        <translation>地区级别</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="148"/>
        <source>Parent region: the cities of a province, the counties of a city</source>
        <translation>上级地区：省内各市，或市内各区县</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="150"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="155"/>
        <location filename="../ui/regional/regionalpanel.cpp" line="245"/>
        <location filename="../ui/regional/regionalpanel.cpp" line="691"/>
        <location filename="../ui/regional/regionalpanel.cpp" line="715"/>
        <location filename="../ui/regional/regionalpanel.cpp" line="829"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="156"/>
        <source>Persons</source>
        <translation>自然人</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="157"/>
        <source>Other holders</source>
        <translation>其他股东</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="160"/>
        <source>Holder kinds shown in the flows; each kind keeps rows of its own</source>
        <translation>流向中显示的股东类型；各类型分行显示</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="164"/>
        <source>Latest year</source>
        <translation>最新年份</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="165"/>
        <source>Reference year of the indices and rankings</source>
        <translation>指数与榜单的参考年</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="166"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="167"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="170"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="173"/>
        <source>Tables to XLSX…</source>
        <translation>表格导出为 XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="174"/>
        <source>Export tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="176"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="180"/>
        <source>Brief as PDF…</source>
        <translation>简报导出为 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="181"/>
        <source>Export brief</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="183"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="191"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="193"/>
        <source>Within</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="198"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="213"/>
        <source>Subscribed capital (万元)</source>
        <translation>认缴出资额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="214"/>
        <source>Number of holdings</source>
        <translation>持股笔数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="215"/>
        <source>Cells show</source>
        <translation>单元格显示</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="218"/>
        <source>Rows: investors (enterprises by registration region, then natural persons by origin, then other holders). Columns: investee&apos;s region. Click a header to sort.</source>
        <translation>行：投资方（企业按登记地，其后为按籍贯的自然人、其他股东）；列：被投资企业所在地区。点击表头排序。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="234"/>
        <source>Flow matrix</source>
        <translation>流向矩阵</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="237"/>
        <source>Largest flows</source>
        <translation>主要流向</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="243"/>
        <source>Inward capital (亿元)</source>
        <translation>流入资本（亿元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="244"/>
        <source>Outward capital (亿元)</source>
        <translation>流出资本（亿元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="246"/>
        <source>Shade squares by</source>
        <translation>方格着色依据</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="248"/>
        <source>Double-click or press Enter on a province for its profile.</source>
        <translation>双击或按回车查看省份画像。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="254"/>
        <source>Province tile-grid</source>
        <translation>省份方格图</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="262"/>
        <source>Ranking by</source>
        <translation>榜单指标</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="281"/>
        <source>Rankings</source>
        <translation>指数榜单</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="289"/>
        <location filename="../ui/regional/regionalpanel.cpp" line="543"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="311"/>
        <source>Region profile</source>
        <translation>区域画像</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="316"/>
        <source>Tick two to five regions:</source>
        <translation>勾选二至五个地区：</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="320"/>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="335"/>
        <source>Comparison</source>
        <translation>区域对比</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="381"/>
        <location filename="../ui/regional/regionalpanel.cpp" line="383"/>
        <source>Whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="457"/>
        <source>Reading flows and indices …</source>
        <translation>正在读取流向与指数…</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="463"/>
        <source>Summing flows …</source>
        <translation>正在汇总流向…</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="471"/>
        <source>Computing indices …</source>
        <translation>正在计算指数…</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="473"/>
        <source>Ranking …</source>
        <translation>正在排名…</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="505"/>
        <source>%1 regions; %2 enterprise holdings across regions, %3 亿元 subscribed; reference year %4. Data: %5.</source>
        <translation>%1 个地区；企业跨区域持股 %2 笔，认缴 %3 亿元；参考年 %4。数据：%5。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="543"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="544"/>
        <source>Rank %1</source>
        <translation>%1年排名</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="544"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="544"/>
        <source>Value %1</source>
        <translation>%1年数值</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="544"/>
        <source>Key figures</source>
        <translation>主要分项</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="561"/>
        <source>new</source>
        <translation>新上榜</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="566"/>
        <source>C_out %1 亿元, N_out %2</source>
        <translation>C_out %1 亿元，N_out %2</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="570"/>
        <source>C_in %1 亿元, N_in %2</source>
        <translation>C_in %1 亿元，N_in %2</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="579"/>
        <source>strongest partner: %1</source>
        <translation>最强协同伙伴：%1</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="587"/>
        <source>%1, reference year %2, %3</source>
        <translation>%1，参考年 %2，%3</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="590"/>
        <source>whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="599"/>
        <source>%1: the plain figure of the reference year (enterprises established up to the year; revenue and tax of the year; enterprises with a qualification up to the year).</source>
        <translation>%1：参考年的原始数值（截至当年成立的企业数；当年营业收入与纳税额；截至当年获得资质的企业数）。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="631"/>
        <source>Reading the profile of %1 …</source>
        <translation>正在读取 %1 的画像…</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="652"/>
        <source>Qualifications: %1</source>
        <translation>资质：%1</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="660"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 enterprises (%4 operating), %5 with a qualification; revenue %6 亿元 and tax %7 亿元 in %8. Outward index %9, inward index %10, potential index %11 among its peers.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）：企业 %3 家（在营 %4 家），资质企业 %5 家；%8 年营业收入 %6 亿元、纳税 %7 亿元。在同级地区中对外投资指数 %9，吸引投资指数 %10，发展潜力指数 %11。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="674"/>
        <source>Industry mix (enterprises)</source>
        <translation>行业结构（企业数）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="680"/>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="686"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="690"/>
        <source>Scale mix (enterprises)</source>
        <translation>规模结构（企业数）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="695"/>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="713"/>
        <source>Growth: enterprises established up to the year</source>
        <translation>增长：截至各年的企业数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="740"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="740"/>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="740"/>
        <source>Section</source>
        <translation>门类</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="740"/>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="741"/>
        <source>Revenue %1 (万元)</source>
        <translation>%1年营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="741"/>
        <source>Tax (万元)</source>
        <translation>纳税额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="758"/>
        <source>Tick two to five regions to compare (%1 ticked).</source>
        <translation>请勾选二至五个地区进行对比（已勾选 %1 个）。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="763"/>
        <source>Comparing …</source>
        <translation>正在对比…</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="777"/>
        <source>Indices (0–100, among all regions of the level)</source>
        <translation>指数（0–100，在同级全部地区中）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="796"/>
        <source>Revenue and tax (亿元)</source>
        <translation>营业收入与纳税额（亿元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="807"/>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="807"/>
        <source>Tax</source>
        <translation>纳税额</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="817"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="831"/>
        <source>Operating enterprises</source>
        <translation>在营企业数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="833"/>
        <source>Qualified enterprises</source>
        <translation>资质企业数</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="835"/>
        <source>Revenue (亿元)</source>
        <translation>营业收入（亿元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="837"/>
        <source>Tax (亿元)</source>
        <translation>纳税额（亿元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="839"/>
        <source>Outward capital C_out (亿元)</source>
        <translation>对外投资 C_out（亿元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="842"/>
        <source>Inward capital C_in (亿元)</source>
        <translation>吸引投资 C_in（亿元）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="844"/>
        <source>Growth of enterprises g_N (%)</source>
        <translation>企业数增长率 g_N（%）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="847"/>
        <source>Growth of revenue g_R (%)</source>
        <translation>营业收入增长率 g_R（%）</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="853"/>
        <source>%1 → %2 (万元)</source>
        <translation>%1 → %2（万元）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/regional/regionalpanel.cpp" line="859"/>
        <source>Compared %n region(s).</source>
        <translation>
            <numerusform>已对比 %n 个地区。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="870"/>
        <source>Tables written to %1.</source>
        <translation>表格已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.cpp" line="884"/>
        <source>Brief written to %1.</source>
        <translation>简报已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/regional/regionalpanel.h" line="47"/>
        <source>Regional economy</source>
        <translation>区域经济</translation>
    </message>
</context>
<context>
    <name>dj::ui::SankeyWidget</name>
    <message>
        <location filename="../ui/regional/sankeywidget.cpp" line="18"/>
        <source>Largest flows</source>
        <translation>主要流向</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/regional/sankeywidget.cpp" line="58"/>
        <source>The %n largest enterprise investment flows between regions (band width: subscribed capital)</source>
        <translation>
            <numerusform>区域间最大的 %n 条企业投资流向（带宽：认缴出资额）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/regional/sankeywidget.cpp" line="62"/>
        <source>No flows between regions in this view.</source>
        <translation>当前视图中没有区域间流向。</translation>
    </message>
    <message>
        <location filename="../ui/regional/sankeywidget.cpp" line="135"/>
        <source>亿元 = 100 million yuan</source>
        <translation>单位：亿元</translation>
    </message>
</context>
<context>
    <name>dj::ui::TileGridWidget</name>
    <message>
        <location filename="../ui/regional/tilegridwidget.cpp" line="25"/>
        <source>Tile-grid of provinces</source>
        <translation>省份方格图</translation>
    </message>
    <message>
        <location filename="../ui/regional/tilegridwidget.cpp" line="109"/>
        <source>Schematic tile-grid (one square per province, not a map)</source>
        <translation>示意方格图（每省一格，非地图）</translation>
    </message>
    <message>
        <location filename="../ui/regional/tilegridwidget.cpp" line="176"/>
        <source>Shade: %1. Arrows: the %2 largest enterprise investment flows between provinces (width by subscribed capital).</source>
        <translation>着色：%1。箭头：省际最大的 %2 条企业投资流向（线宽按认缴出资额）。</translation>
    </message>
</context>
</TS>
