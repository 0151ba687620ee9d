<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ParkCommand</name>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="56"/>
        <source>--as-of takes a date YYYY-MM-DD.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="111"/>
        <source>--target is one of 高新技术企业, 专精特新中小企业, 专精特新&quot;小巨人&quot;企业.</source>
        <translation>--target 只能是 高新技术企业、专精特新中小企业 或 专精特新&quot;小巨人&quot;企业。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="150"/>
        <source>Give --add or --remove, not both.</source>
        <translation>请给出 --add 或 --remove，不能同时给出。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="152"/>
        <source>Enterprise %1 not found.</source>
        <translation>未找到企业 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="155"/>
        <source>Enterprise %1 not found on the watch list.</source>
        <translation>关注名单中未找到企业 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="172"/>
        <location filename="../app/cli/cmd_park.cpp" line="206"/>
        <source>The policy file</source>
        <translation>政策规则文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="177"/>
        <location filename="../app/cli/cmd_park.cpp" line="211"/>
        <source>The policy is not a JSON object: %1</source>
        <translation>政策规则不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="183"/>
        <location filename="../app/cli/cmd_park.cpp" line="223"/>
        <source>Policy %1 not found.</source>
        <translation>未找到政策 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="200"/>
        <source>Give --policy ID|NAME or --rule FILE.json.</source>
        <translation>请给出 --policy 编号|名称 或 --rule 规则文件.json。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="235"/>
        <source>Building %1 not found in park %2.</source>
        <translation>园区 %2 中未找到楼宇 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="269"/>
        <source>A park&apos;s buildings: enterprises registered and operating there (实际注册), registered only (虚拟注册), operating only (仅办公), revenue, tax and building figures</source>
        <translation>园区各楼宇：实际注册、虚拟注册、仅办公企业，营收、税收及楼宇指标</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="274"/>
        <source>The parks of the cache with their ids, names and building counts</source>
        <translation>缓存中的园区：编号、名称和楼宇数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="277"/>
        <source>外迁 risk of the park&apos;s registered enterprises: score and its parts with the facts behind them</source>
        <translation>园区注册企业的外迁风险：得分及各组成部分和依据</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="282"/>
        <source>Potential 高新技术企业 / 专精特新 / 小巨人: every gate pass, fail or unknown with its figure, ranked</source>
        <translation>潜在高新技术企业/专精特新/小巨人：逐项条件达标、未达标或未知及所用数据，按接近程度排序</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="286"/>
        <source>域外投资: holdings of the park&apos;s enterprises outside the district, by region and industry</source>
        <translation>域外投资：园区企业在区外的持股，按地区和行业汇总</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="290"/>
        <source>The policy calculator&apos;s rules kept in the cache (shipped examples added when missing)</source>
        <translation>缓存中保存的政策计算器规则（缺少时补充内置示例）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="294"/>
        <source>政策计算器: who in the park (or building) qualifies, for how much, and why each condition passes</source>
        <translation>政策计算器：园区（或楼宇）中哪些企业符合、金额多少、每项条件为何满足</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="298"/>
        <source>The watch list of key enterprises (外迁 risk), kept in the cache</source>
        <translation>重点企业关注名单（外迁风险），保存在缓存中</translation>
    </message>
</context>
<context>
    <name>ParkEngine</name>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="66"/>
        <source>Registered and operating here (实际注册)</source>
        <translation>实际注册（在此注册并在此经营）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="68"/>
        <source>Registered here, operating elsewhere (虚拟注册)</source>
        <translation>虚拟注册（在此注册、在别处经营）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="70"/>
        <source>Operating here, registered elsewhere (仅办公)</source>
        <translation>仅办公（在此经营、在别处注册）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="72"/>
        <source>Gone (deregistered, revoked or moved out)</source>
        <translation>已离开（注销、吊销或迁出）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="96"/>
        <source>实际注册</source>
        <translation>实际注册</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="98"/>
        <source>虚拟注册</source>
        <translation>虚拟注册</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="100"/>
        <source>仅办公</source>
        <translation>仅办公</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="102"/>
        <source>已迁出/注销</source>
        <translation>已迁出/注销</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="119"/>
        <source>Registration rate = enterprises operating in the building (实际注册 + 仅办公) that are registered in the building&apos;s own district (same county code), divided by all enterprises operating in the building.</source>
        <translation>注册率 = 在本楼经营的企业（实际注册 + 仅办公）中登记在本楼所在区县（区县代码相同）的企业数 ÷ 在本楼经营的全部企业数。</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="129"/>
        <source>Park %1 not found.</source>
        <translation>未找到园区 %1。</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="130"/>
        <source>Matching enterprises to buildings</source>
        <translation>正在将企业匹配到楼宇</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="142"/>
        <source>The park has no buildings: there is nothing to report.</source>
        <translation>该园区没有楼宇，无可报告内容。</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="179"/>
        <source>No footprint: enterprises are matched by address and tenant list only.</source>
        <translation>无楼宇轮廓：仅按地址和入驻名单匹配企业。</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="181"/>
        <source>No gross area: per-m² figures and occupancy cannot be computed.</source>
        <translation>无建筑面积：无法计算每平方米指标和入驻率。</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="233"/>
        <source>by credit code</source>
        <translation>按统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="234"/>
        <source>by name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="235"/>
        <source>by former name</source>
        <translation>按曾用名</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="276"/>
        <source>Address words: %1</source>
        <translation>地址用语：%1</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="280"/>
        <source>%1 enterprises registered in room %2</source>
        <translation>%2 室登记了 %1 家企业</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="282"/>
        <source>No insured employees (参保人数 0)</source>
        <translation>参保人数为 0</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="284"/>
        <source>经营异常: unreachable at the registered address</source>
        <translation>经营异常：通过登记的住所无法联系</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="286"/>
        <source>Annual-report address is elsewhere: %1</source>
        <translation>年报通信地址在别处：%1</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="288"/>
        <location filename="../core/parks/parkengine.cpp" line="314"/>
        <source>Operating position lies outside the building</source>
        <translation>经营位置在楼宇之外</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="292"/>
        <source>Registered address is in this building: %1</source>
        <translation>住所在本楼：%1</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="294"/>
        <source>Registered position lies inside the footprint (the address names no building)</source>
        <translation>登记位置在楼宇轮廓内（住所未写明楼宇）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="297"/>
        <source>Registered elsewhere: %1 (%2)</source>
        <translation>在别处注册：%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="299"/>
        <source>Operating address is in this building: %1</source>
        <translation>经营场所在本楼：%1</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="301"/>
        <source>Operating position lies inside the footprint</source>
        <translation>经营位置在楼宇轮廓内</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="303"/>
        <source>On the park&apos;s tenant list: %1</source>
        <translation>在园区入驻名单中：%1</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="306"/>
        <source>Status %1: no longer counted</source>
        <translation>登记状态%1：不再计入</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="312"/>
        <source>Operating address is elsewhere: %1</source>
        <translation>经营场所在别处：%1</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="318"/>
        <source>No operating address on record and %1 signals of a registration-only address</source>
        <translation>无经营场所记录，且有 %1 项虚拟注册信号</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="323"/>
        <source>No other operating address on record: operates at the registered address</source>
        <translation>无其他经营场所记录：在住所经营</translation>
    </message>
    <message>
        <location filename="../core/parks/parkengine.cpp" line="469"/>
        <source>No enterprise is registered or operating in any building of this park.</source>
        <translation>该园区各楼宇均无注册或经营的企业。</translation>
    </message>
</context>
<context>
    <name>ParkInsights</name>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="102"/>
        <source>Status 迁出 (moved out)</source>
        <translation>登记状态为迁出</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="105"/>
        <source>Status %1 (business suspended)</source>
        <translation>登记状态为%1（停止经营）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/parks/parkinsights.cpp" line="117"/>
        <source>%n new subsidiaries outside the district since %1: %2</source>
        <translation>
            <numerusform>自 %1 起在区外新设 %n 家子公司：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="122"/>
        <source>Employees fell from %1 (%2) to %3 (%4)</source>
        <translation>从业人数从 %1（%2年）降至 %3（%4年）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="129"/>
        <source>Tax fell from %1 (%2) to %3 (%4)</source>
        <translation>税收从 %1（%2年）降至 %3（%4年）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="138"/>
        <source>Operating address outside the district (%1): %2</source>
        <translation>经营场所在区外（%1）：%2</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="142"/>
        <source>Registered here but operating elsewhere (虚拟注册)</source>
        <translation>在此注册但在别处经营（虚拟注册）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/parks/parkinsights.cpp" line="179"/>
        <source>Registered at least %n years</source>
        <translation>
            <numerusform>成立满 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="182"/>
        <source>date of establishment unknown</source>
        <translation>成立日期未知</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="186"/>
        <source>established %1</source>
        <translation>成立于 %1</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="214"/>
        <source>Core IP (class I or class II)</source>
        <translation>核心知识产权（I 类或 II 类）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="216"/>
        <source>class I: %1, class II: %2</source>
        <translation>I 类：%1，II 类：%2</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="218"/>
        <source>Technical staff at least 10 %</source>
        <translation>科技人员占比不低于 10%</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="219"/>
        <source>no data on technical staff in the cache</source>
        <translation>缓存中没有科技人员数据</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="230"/>
        <source>R&amp;D at least 5/4/3 % of revenue over three years (by revenue band)</source>
        <translation>近三年研发费用占营收比例不低于 5%/4%/3%（按营收规模）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="233"/>
        <source>no R&amp;D expense or revenue on record</source>
        <translation>无研发费用或营收记录</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="237"/>
        <source>R&amp;D %1 of revenue over %2 years (needs %3)</source>
        <translation>%2 年研发费用占营收 %1（要求 %3）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="244"/>
        <source>High-tech product revenue at least 60 %</source>
        <translation>高新技术产品收入占比不低于 60%</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="244"/>
        <source>no product revenue split in the cache</source>
        <translation>缓存中没有产品收入构成</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="251"/>
        <source>R&amp;D at least 1 million yuan and 3 % of revenue</source>
        <translation>研发费用不低于 100 万元且占营收不低于 3%</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="254"/>
        <location filename="../core/parks/parkinsights.cpp" line="306"/>
        <source>no R&amp;D expense or revenue for %1</source>
        <translation>%1 年无研发费用或营收</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="260"/>
        <source>R&amp;D %1, %2 of revenue (%3)</source>
        <translation>研发费用 %1，占营收 %2（%3年）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="264"/>
        <source>Revenue at least 10 million yuan, or equity financing at least 20 million</source>
        <translation>营收不低于 1,000 万元，或股权融资不低于 2,000 万元</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="268"/>
        <source>no revenue for %1 and no financing on record</source>
        <translation>%1 年无营收且无融资记录</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="272"/>
        <source>revenue %1 (%2), financing %3</source>
        <translation>营收 %1（%2年），融资 %3</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="273"/>
        <location filename="../core/parks/parkinsights.cpp" line="418"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="284"/>
        <source>Main business at least 70 % of revenue</source>
        <translation>主营业务收入占比不低于 70%</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="285"/>
        <source>no revenue split by business in the cache</source>
        <translation>缓存中没有按业务划分的收入</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="286"/>
        <source>Revenue growth at least 5 % a year over two years</source>
        <translation>近两年营收年均增长不低于 5%</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="290"/>
        <source>revenue of %1 or %2 unknown</source>
        <translation>%1 年或 %2 年营收未知</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="294"/>
        <source>%1 a year (%2 → %3), total revenue as the main business</source>
        <translation>年均 %1（%2 → %3），以总营收代主营业务收入</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="300"/>
        <source>Debt ratio at most 70 %</source>
        <translation>资产负债率不高于 70%</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="301"/>
        <source>no liabilities in the cache (only total assets)</source>
        <translation>缓存中没有负债数据（仅有总资产）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="303"/>
        <source>R&amp;D ratio by revenue band (≥ 100 million: 3 %, 50–100 million: 6 %)</source>
        <translation>按营收规模的研发占比（≥1 亿元：3%；5,000 万–1 亿元：6%）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="310"/>
        <source>revenue %1 is below the 50 million band</source>
        <translation>营收 %1 低于 5,000 万元档</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="315"/>
        <source>R&amp;D %1 of revenue %2 (needs %3)</source>
        <translation>研发费用占营收 %2 的 %1（要求 %3）</translation>
    </message>
    <message>
        <location filename="../core/parks/parkinsights.cpp" line="319"/>
        <source>At least 2 class-I IP (invention patents)</source>
        <translation>至少 2 项 I 类知识产权（发明专利）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/parks/parkinsights.cpp" line="322"/>
        <source>%n invention patents</source>
        <translation>
            <numerusform>%n 项发明专利</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyCalculator</name>
    <message>
        <location filename="../core/parks/policy.cpp" line="35"/>
        <source>class</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="36"/>
        <source>industry section</source>
        <translation>行业门类</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="37"/>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="38"/>
        <source>status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="39"/>
        <source>scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="40"/>
        <source>revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="41"/>
        <source>tax</source>
        <translation>税收</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="42"/>
        <source>employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="43"/>
        <source>tax growth</source>
        <translation>税收增长</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="44"/>
        <source>insured employees</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="45"/>
        <source>years since establishment</source>
        <translation>成立年限</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="46"/>
        <source>building tax</source>
        <translation>楼宇税收</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="47"/>
        <source>building occupancy</source>
        <translation>楼宇入驻率</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="75"/>
        <source>Unknown key &quot;%1&quot; in the policy.</source>
        <translation>政策中有未知的键“%1”。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="81"/>
        <source>&quot;name&quot; must be a non-empty text.</source>
        <translation>“name”必须是非空文本。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="85"/>
        <source>&quot;conditions&quot; must be a list.</source>
        <translation>“conditions”必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="91"/>
        <source>Unknown condition field &quot;%1&quot;; use one of %2.</source>
        <translation>未知的条件字段“%1”；可用：%2。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="94"/>
        <source>Unknown operator &quot;%1&quot; for %2; use one of %3.</source>
        <translation>%2 的运算符“%1”未知；可用：%3。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="100"/>
        <source>%1 takes a number with &gt;=, &lt;=, &gt;, &lt; or =.</source>
        <translation>%1 需要数字，运算符为 &gt;=、&lt;=、&gt;、&lt; 或 =。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="102"/>
        <source>%1 %2 takes a list of texts.</source>
        <translation>%1 %2 需要文本列表。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="104"/>
        <source>%1 %2 takes a text.</source>
        <translation>%1 %2 需要文本。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="106"/>
        <source>qualification takes the operator has.</source>
        <translation>qualification 只能使用运算符 has。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="114"/>
        <source>amount.kind is fixed, per_head, tax_share or revenue_share.</source>
        <translation>amount.kind 只能是 fixed、per_head、tax_share 或 revenue_share。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="116"/>
        <source>amount.value must be a number ≥ 0.</source>
        <translation>amount.value 必须是 ≥ 0 的数字。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="120"/>
        <source>amount.cap must be a number ≥ 0.</source>
        <translation>amount.cap 必须是 ≥ 0 的数字。</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="244"/>
        <source>no current qualification</source>
        <translation>无有效资质</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="244"/>
        <source>holds %1</source>
        <translation>持有 %1</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="248"/>
        <source>%1 unknown</source>
        <translation>%1 未知</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="276"/>
        <source>one of</source>
        <translation>属于</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="277"/>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <location filename="../core/parks/policy.cpp" line="280"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>dj::store</name>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="31"/>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>dj::ui::ParkPlanView</name>
    <message>
        <location filename="../ui/parks/parkplanview.cpp" line="16"/>
        <source>Park plan</source>
        <translation>园区平面图</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkplanview.cpp" line="106"/>
        <source>No park geometry to draw.</source>
        <translation>没有可绘制的园区图形。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkplanview.cpp" line="149"/>
        <source>%1: %2 – %3</source>
        <translation>%1：%2 – %3</translation>
    </message>
</context>
<context>
    <name>dj::ui::ParksPanel</name>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="127"/>
        <source>Park:</source>
        <translation>园区：</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="130"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="132"/>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="134"/>
        <location filename="../ui/parks/parkspanel.cpp" line="631"/>
        <location filename="../ui/parks/parkspanel.cpp" line="943"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1154"/>
        <source>Tax per m²</source>
        <translation>每平方米税收</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="134"/>
        <source>Share registered here and operating (实际注册)</source>
        <translation>实际注册占比</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="135"/>
        <source>Share registered only (虚拟注册)</source>
        <translation>虚拟注册占比</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="135"/>
        <location filename="../ui/parks/parkspanel.cpp" line="631"/>
        <location filename="../ui/parks/parkspanel.cpp" line="947"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1138"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1154"/>
        <source>Occupancy</source>
        <translation>入驻率</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="135"/>
        <source>外迁 risk (firms scoring ≥ 30)</source>
        <translation>外迁风险（得分 ≥ 30 的企业数）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="136"/>
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="138"/>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="139"/>
        <source>Export list…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="140"/>
        <source>Export the list of the current tab (XLSX or CSV)</source>
        <translation>导出当前页签的列表（XLSX 或 CSV）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="145"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="190"/>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="195"/>
        <source>New visit…</source>
        <translation>新建走访…</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="196"/>
        <source>A new visit record for the selected enterprise, in the visit tasks panel</source>
        <translation>在走访任务面板中为所选企业新建走访记录</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="197"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="198"/>
        <source>Open the selected visit (or record a visit for the selected task)</source>
        <translation>打开所选走访记录（或为所选任务记录走访）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="212"/>
        <location filename="../ui/parks/parkspanel.cpp" line="783"/>
        <source>Visits and open tasks</source>
        <translation>走访与待办任务</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="214"/>
        <location filename="../ui/parks/parkspanel.cpp" line="473"/>
        <location filename="../ui/parks/parkspanel.cpp" line="630"/>
        <location filename="../ui/parks/parkspanel.cpp" line="967"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1153"/>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="219"/>
        <source>Select two or more buildings in the list (Ctrl/Shift + click) to compare them.</source>
        <translation>在列表中选择两栋或更多楼宇（Ctrl/Shift + 单击）进行对比。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="228"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="233"/>
        <source>Add to watch list</source>
        <translation>加入关注名单</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="234"/>
        <source>Remove from watch list</source>
        <translation>移出关注名单</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="235"/>
        <location filename="../ui/parks/parkspanel.cpp" line="248"/>
        <location filename="../ui/parks/parkspanel.cpp" line="369"/>
        <source>Add to visit task</source>
        <translation>加入走访任务</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="244"/>
        <source>外迁 risk and watch list</source>
        <translation>外迁风险与关注名单</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="256"/>
        <source>Potential 高新/专精特新</source>
        <translation>潜在高新/专精特新</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="264"/>
        <source>Draw the flows on the park map (园区地图)</source>
        <translation>在园区地图上绘制投资流向</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="265"/>
        <source>Arcs from the park to each target region, as wide as the subscribed capital</source>
        <translation>从园区到各投资目的地区的弧线，线宽按认缴出资额</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="270"/>
        <source>域外投资</source>
        <translation>域外投资</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="276"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="277"/>
        <source>Apply to the park</source>
        <translation>应用到园区</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="278"/>
        <source>Apply to the building</source>
        <translation>应用到楼宇</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="279"/>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="280"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="287"/>
        <source>The rule as JSON: conditions (field, op, value) and amount (kind, value, cap). Fields: %1.</source>
        <translation>以 JSON 表示的规则：条件（field、op、value）和金额（kind、value、cap）。字段：%1。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="298"/>
        <location filename="../ui/parks/parkspanel.cpp" line="441"/>
        <source>Policy calculator</source>
        <translation>政策计算器</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="333"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1187"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="333"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="338"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1111"/>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="339"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="346"/>
        <source>外迁 risk check</source>
        <translation>外迁风险核查</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="348"/>
        <source>Potential 高新/专精特新: qualification advice</source>
        <translation>潜在高新/专精特新：资质申报辅导</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="368"/>
        <source>Open profile</source>
        <translation>打开企业档案</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="398"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1045"/>
        <source>Select one or more enterprises first.</source>
        <translation>请先选择一家或多家企业。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parks/parkspanel.cpp" line="402"/>
        <source>%n enterprises sent to the visit tasks.</source>
        <translation>
            <numerusform>已将 %n 家企业发送到走访任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="438"/>
        <source>Rule &quot;%1&quot; saved.</source>
        <translation>规则“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="454"/>
        <source>The rule is not a JSON object.</source>
        <translation>规则不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="464"/>
        <source>Applying the policy…</source>
        <translation>正在应用政策…</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="472"/>
        <source>Qualifies</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="473"/>
        <source>Amount (10k yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="473"/>
        <source>Why (per condition)</source>
        <translation>依据（逐项条件）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="481"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="491"/>
        <source>%1: %2 of %3 enterprises qualify, %4 in total.</source>
        <translation>%1：%3 家企业中 %2 家符合，合计 %4。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="514"/>
        <source>%1 (%2 buildings)</source>
        <translation>%1（%2 栋楼）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="522"/>
        <source>The cache holds no parks. Import parks.csv and buildings.csv (exchange format).</source>
        <translation>缓存中没有园区。请导入 parks.csv 和 buildings.csv（交换格式）。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="554"/>
        <source>Loading the park: %1</source>
        <translation>正在加载园区：%1</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="605"/>
        <source>%1 · %2 buildings · %3 registered here (%4 实际注册, %5 虚拟注册) · %6 仅办公 · tax %7 (%8) · loaded in %9 ms</source>
        <translation>%1 · %2 栋楼 · 注册 %3 家（实际注册 %4，虚拟注册 %5）· 仅办公 %6 家 · 税收 %7（%8年）· 用时 %9 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="630"/>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="109"/>
        <location filename="../ui/parks/parkspanel.cpp" line="630"/>
        <location filename="../ui/parks/parkspanel.cpp" line="937"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1153"/>
        <source>实际注册</source>
        <translation>实际注册</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="110"/>
        <location filename="../ui/parks/parkspanel.cpp" line="630"/>
        <location filename="../ui/parks/parkspanel.cpp" line="938"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1153"/>
        <source>虚拟注册</source>
        <translation>虚拟注册</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="111"/>
        <location filename="../ui/parks/parkspanel.cpp" line="631"/>
        <location filename="../ui/parks/parkspanel.cpp" line="939"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1153"/>
        <source>仅办公</source>
        <translation>仅办公</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="631"/>
        <location filename="../ui/parks/parkspanel.cpp" line="752"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1153"/>
        <source>Tax (10k yuan)</source>
        <translation>税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="631"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1154"/>
        <source>Band</source>
        <translation>档次</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="711"/>
        <source>No building selected.</source>
        <translation>未选择楼宇。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="712"/>
        <source>Revenue and tax</source>
        <translation>营收与税收</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="108"/>
        <location filename="../ui/parks/parkspanel.cpp" line="713"/>
        <source>Classes</source>
        <translation>分类</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parks/parkspanel.cpp" line="720"/>
        <source>%n floors</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="726"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1131"/>
        <source>实际注册 / 虚拟注册 / 仅办公</source>
        <translation>实际注册 / 虚拟注册 / 仅办公</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="728"/>
        <source>Registered here (change)</source>
        <translation>在此注册（变化）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="730"/>
        <source>Revenue %1 (change)</source>
        <translation>%1年营收（变化）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="732"/>
        <source>Tax %1 (change)</source>
        <translation>%1年税收（变化）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="733"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1136"/>
        <source>Tax per m² per year</source>
        <translation>每平方米年税收</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="734"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="735"/>
        <location filename="../ui/parks/parkspanel.cpp" line="946"/>
        <source>Tax band</source>
        <translation>税收档次</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="735"/>
        <source>below 10 million</source>
        <translation>不足千万元</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="736"/>
        <source>Occupancy (healthy ≥ 85 %)</source>
        <translation>入驻率（健康 ≥ 85%）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="737"/>
        <location filename="../ui/parks/parkspanel.cpp" line="948"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1138"/>
        <source>Registration rate</source>
        <translation>注册率</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="738"/>
        <location filename="../ui/parks/parkspanel.cpp" line="949"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1139"/>
        <source>Qualified firms</source>
        <translation>资质企业</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="739"/>
        <source>Tenants (unmatched)</source>
        <translation>入驻记录（未匹配）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="746"/>
        <location filename="../ui/parks/parkspanel.cpp" line="959"/>
        <source>Revenue and tax (10k yuan)</source>
        <translation>营收与税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="747"/>
        <location filename="../ui/parks/parkspanel.cpp" line="940"/>
        <location filename="../ui/parks/parkspanel.cpp" line="959"/>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="748"/>
        <location filename="../ui/parks/parkspanel.cpp" line="941"/>
        <location filename="../ui/parks/parkspanel.cpp" line="959"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1157"/>
        <source>Tax</source>
        <translation>税收</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="472"/>
        <location filename="../ui/parks/parkspanel.cpp" line="751"/>
        <location filename="../ui/parks/parkspanel.cpp" line="781"/>
        <location filename="../ui/parks/parkspanel.cpp" line="967"/>
        <location filename="../ui/parks/parkspanel.cpp" line="985"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1165"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1175"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1183"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="751"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1165"/>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="751"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1165"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="752"/>
        <source>Revenue (10k yuan)</source>
        <translation>营收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="752"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="765"/>
        <source>Unmatched tenant</source>
        <translation>未匹配的入驻记录</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="766"/>
        <source>On the tenant list (%1 %2), no enterprise of the cache has this code or name</source>
        <translation>在入驻名单中（%1 %2），缓存中没有企业具有此代码或名称</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="927"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="942"/>
        <source>Tax change</source>
        <translation>税收变化</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="967"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1175"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="967"/>
        <source>Watched</source>
        <translation>已关注</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="967"/>
        <source>Parts (points: fact)</source>
        <translation>组成（分值：依据）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="481"/>
        <location filename="../ui/parks/parkspanel.cpp" line="972"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="773"/>
        <source>Enterprises (%1)</source>
        <translation>企业（%1）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="781"/>
        <source>Date / due</source>
        <translation>日期 / 截止</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="781"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="782"/>
        <source>Summary / reason</source>
        <translation>摘要 / 原因</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="782"/>
        <source>Visitor / assignee</source>
        <translation>走访人 / 负责人</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="782"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="800"/>
        <source>Reading the field work…</source>
        <translation>正在读取走访记录…</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="836"/>
        <source>Visit: %1</source>
        <translation>走访：%1</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="848"/>
        <source>Open task: %1</source>
        <translation>待办任务：%1</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="848"/>
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="861"/>
        <source>Visits and open tasks (%1 / %2)</source>
        <translation>走访与待办任务（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="863"/>
        <source>No visit and no open task for the enterprises of this building yet.</source>
        <translation>本楼宇企业尚无走访记录和待办任务。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parks/parkspanel.cpp" line="864"/>
        <source>%n visit(s) and %1 open task(s) of the building&apos;s enterprises.</source>
        <translation>
            <numerusform>本楼宇企业共 %n 条走访记录、%1 项待办任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="879"/>
        <source>Select a visit or a task first.</source>
        <translation>请先选择一条走访记录或任务。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="894"/>
        <source>Select an enterprise of the building (or one of its visits) first.</source>
        <translation>请先选择本楼宇的一家企业（或其走访记录）。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="985"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1183"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="985"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1183"/>
        <source>Pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="985"/>
        <source>Fail</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="986"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1183"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="986"/>
        <source>Gates (result: figure)</source>
        <translation>条件（结果：数据）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="992"/>
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="993"/>
        <source>fail</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="994"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parks/parkspanel.cpp" line="1011"/>
        <source>%n holdings of the park&apos;s registered enterprises in enterprises registered outside the district (%1 outside the city): subscribed capital %2, investees&apos; revenue %3 and tax %4. Flows from the park to each region:</source>
        <translation>
            <numerusform>园区注册企业在区外企业中持股 %n 笔（其中市外 %1 笔）：认缴出资 %2，被投企业营收 %3、税收 %4。园区流向各地区：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1018"/>
        <source>Target region</source>
        <translation>目标地区</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1018"/>
        <source>Holdings</source>
        <translation>持股数</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1018"/>
        <source>Capital (10k yuan)</source>
        <translation>认缴出资（万元）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1019"/>
        <source>Investee revenue (10k yuan)</source>
        <translation>被投企业营收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1019"/>
        <source>Investee tax (10k yuan)</source>
        <translation>被投企业税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1019"/>
        <source>Flow (from → to)</source>
        <translation>流向（起 → 止）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1053"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1174"/>
        <source>外迁 risk</source>
        <translation>外迁风险</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1058"/>
        <source>Watch list</source>
        <translation>关注名单</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parks/parkspanel.cpp" line="1067"/>
        <source>%n enterprises on the watch list.</source>
        <translation>
            <numerusform>%n 家企业已加入关注名单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parks/parkspanel.cpp" line="1068"/>
        <source>%n enterprises removed from the watch list.</source>
        <translation>
            <numerusform>已从关注名单移出 %n 家企业。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parks/parkspanel.cpp" line="1116"/>
        <source>Exported %n rows to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1126"/>
        <source>Park report</source>
        <translation>园区报告</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1127"/>
        <source>Park report: %1</source>
        <translation>园区报告：%1</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1128"/>
        <source>Report year %1 · as of %2</source>
        <translation>报告年度 %1 · 截至 %2</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1129"/>
        <source>Park figures</source>
        <translation>园区指标</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1130"/>
        <location filename="../ui/parks/parkspanel.cpp" line="1152"/>
        <source>Buildings</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1133"/>
        <source>Revenue (change)</source>
        <translation>营收（变化）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1135"/>
        <source>Tax (change)</source>
        <translation>税收（变化）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1157"/>
        <source>Tax by building (10k yuan)</source>
        <translation>各楼宇税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1161"/>
        <source>Building: %1</source>
        <translation>楼宇：%1</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1175"/>
        <source>Parts</source>
        <translation>组成</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1182"/>
        <source>Potential 高新/专精特新 (no gate failed)</source>
        <translation>潜在高新/专精特新（无未达标条件）</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.cpp" line="1190"/>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/parks/parkspanel.h" line="49"/>
        <source>Parks and buildings</source>
        <translation>楼宇与园区</translation>
    </message>
</context>
<context>
    <name>parks</name>
    <message>
        <location filename="../app/cli/cmd_park.cpp" line="75"/>
        <source>--as-of takes a date YYYY-MM-DD.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
</context>
</TS>
