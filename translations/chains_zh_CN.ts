<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChainEngine</name>
    <message>
        <location filename="../core/chains/chainengine.cpp" line="136"/>
        <source>&quot;%1&quot; is not a region code of 2, 4 or 6 digits that exists today.</source>
        <translation>“%1”不是现行的 2、4 或 6 位行政区划代码。</translation>
    </message>
    <message>
        <location filename="../core/chains/chainengine.cpp" line="221"/>
        <location filename="../core/chains/chainengine.cpp" line="276"/>
        <source>Assigning enterprises to %1</source>
        <translation>正在将企业归入%1产业链</translation>
    </message>
    <message>
        <location filename="../core/chains/chainengine.cpp" line="497"/>
        <source>The chain %1 has no segment &quot;%2&quot;.</source>
        <translation>产业链%1没有环节“%2”。</translation>
    </message>
    <message>
        <location filename="../core/chains/chainengine.cpp" line="575"/>
        <source>Revenue %1 万元</source>
        <translation>营业收入 %1 万元</translation>
    </message>
    <message>
        <location filename="../core/chains/chainengine.cpp" line="577"/>
        <source>Revenue grew %1%</source>
        <translation>营业收入增长 %1%</translation>
    </message>
    <message>
        <location filename="../core/chains/chainengine.cpp" line="579"/>
        <source>Qualified: %1</source>
        <translation>资质：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/chains/chainengine.cpp" line="581"/>
        <source>Supply links with %n enterprise(s) in the region</source>
        <translation>
            <numerusform>与区内 %n 家企业有供应往来</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/chains/chainengine.cpp" line="584"/>
        <source>Holds shares in %n enterprise(s) in the region</source>
        <translation>
            <numerusform>持有区内 %n 家企业股权</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/chains/chainengine.cpp" line="588"/>
        <source>Hometown ties: %1 born in or native to the region</source>
        <translation>乡缘：%1 出生于或籍贯为本地</translation>
    </message>
</context>
<context>
    <name>ChainTemplate</name>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="35"/>
        <source>%1: &quot;%2&quot; must be a non-empty text.</source>
        <translation>%1：“%2”必须是非空文本。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="45"/>
        <source>%1: &quot;%2&quot; must be a list of texts.</source>
        <translation>%1：“%2”必须是文本列表。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="50"/>
        <source>%1: &quot;%2&quot; must be a list of non-empty texts.</source>
        <translation>%1：“%2”必须是非空文本的列表。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="63"/>
        <source>%1: &quot;%2&quot; holds &quot;%3&quot;, not a GB/T 4754 code of 2 to 4 digits.</source>
        <translation>%1：“%2”中的“%3”不是 2 至 4 位的 GB/T 4754 行业代码。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="73"/>
        <source>%1: unknown key &quot;%2&quot;.</source>
        <translation>%1：未知的键“%2”。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="97"/>
        <source>Upstream</source>
        <translation>上游</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="99"/>
        <source>Midstream</source>
        <translation>中游</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="100"/>
        <source>Downstream</source>
        <translation>下游</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="108"/>
        <source>The chain template is not a JSON object: %1</source>
        <translation>产业链模板不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="114"/>
        <source>Chain template</source>
        <translation>产业链模板</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="120"/>
        <source>%1: &quot;format&quot; must be &quot;dianjing-chain&quot;.</source>
        <translation>%1：“format”必须为“dianjing-chain”。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="124"/>
        <location filename="../core/chains/chaintemplate.cpp" line="155"/>
        <source>%1: &quot;id&quot; must be 1 to 40 of a-z, 0-9, _ and -.</source>
        <translation>%1：“id”须由 1 至 40 个 a-z、0-9、_ 和 - 组成。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="125"/>
        <source>Chain %1</source>
        <translation>产业链 %1</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="132"/>
        <source>%1: &quot;version&quot; must be a whole number from 1.</source>
        <translation>%1：“version”必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="139"/>
        <source>%1: &quot;segments&quot; must be a non-empty list.</source>
        <translation>%1：“segments”必须是非空列表。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="141"/>
        <source>%1: at most 64 segments.</source>
        <translation>%1：最多 64 个环节。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="145"/>
        <source>%1: every segment must be a JSON object.</source>
        <translation>%1：每个环节都必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="149"/>
        <source>Segment %1 of chain %2</source>
        <translation>产业链 %2 的环节 %1</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="157"/>
        <source>%1: the id is used twice.</source>
        <translation>%1：该 id 重复使用。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="162"/>
        <source>%1: &quot;stage&quot; must be upstream, midstream or downstream.</source>
        <translation>%1：“stage”必须为 upstream、midstream 或 downstream。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="170"/>
        <source>%1: needs at least one class or keyword.</source>
        <translation>%1：至少需要一个行业小类或关键词。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="176"/>
        <source>%1: &quot;links&quot; must be a list.</source>
        <translation>%1：“links”必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="182"/>
        <source>%1: a link must join two different segments of the chain (from &quot;%2&quot; to &quot;%3&quot;).</source>
        <translation>%1：链接必须连接本产业链的两个不同环节（从“%2”到“%3”）。</translation>
    </message>
</context>
<context>
    <name>ChainTemplates</name>
    <message>
        <location filename="../core/chains/chaintemplate.cpp" line="264"/>
        <source>The shipped chain template %1 is missing.</source>
        <translation>缺少随附的产业链模板 %1。</translation>
    </message>
</context>
<context>
    <name>ChainsCommand</name>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="29"/>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="41"/>
        <source>A user chain template is left out: %1</source>
        <translation>已忽略一个用户产业链模板：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="53"/>
        <source>Chain &quot;%1&quot; not found; the chains are: %2.</source>
        <translation>未找到产业链“%1”；现有产业链：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="140"/>
        <source>Segment &quot;%1&quot; not found in chain %2; its segments are: %3.</source>
        <translation>产业链%2中没有环节“%1”；其环节为：%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="165"/>
        <location filename="../app/cli/cmd_chains.cpp" line="203"/>
        <source>Segment &quot;%1&quot; not found in chain %2.</source>
        <translation>产业链%2中没有环节“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="195"/>
        <source>Give exactly one of --include, --exclude and --remove.</source>
        <translation>--include、--exclude 和 --remove 必须且只能给出一个。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="207"/>
        <source>Enterprise %1 not found.</source>
        <translation>未找到企业 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="235"/>
        <source>the industry-chain templates (shipped, and the cache&apos;s user copies with --db) and their segments</source>
        <translation>产业链模板（随附模板，及使用 --db 时缓存中的用户副本）及其环节</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="239"/>
        <source>a region&apos;s chain map: per segment count, revenue, tax, qualified firms, growth, 链主, location quotient (lq, lq_province, lq_revenue) and class (strong, average, weak, missing, absent); supply links between segments (inside, inbound, outbound)</source>
        <translation>地区产业链图谱：各环节的企业数、营业收入、税收、资质企业、增长、链主、区位商（lq、lq_province、lq_revenue）及强弱类别（strong、average、weak、missing、absent）；环节间的供应往来（inside、inbound、outbound）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="245"/>
        <source>补链 targets: operating enterprises of the segment outside the region ranked by fit (size, growth, qualifications, supply links and investments into the region, hometown ties), with the score&apos;s parts and reasons</source>
        <translation>补链目标：区外该环节的在营企业，按匹配度排序（规模、增长、资质、与区内的供应往来和投资、乡缘），附得分构成与理由</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="251"/>
        <source>the assignment of enterprises to the chain&apos;s segments with the rule that matched (class, name, scope, correction)</source>
        <translation>企业归入产业链环节的结果及命中的规则（行业小类、名称、经营范围、人工修正）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_chains.cpp" line="257"/>
        <source>stores a correction of the assignment (it wins over the rules), or removes it</source>
        <translation>保存对归类的人工修正（优先于规则），或删除修正</translation>
    </message>
</context>
<context>
    <name>dj::ui::ChainDiagram</name>
    <message>
        <location filename="../ui/chains/chaindiagram.cpp" line="19"/>
        <source>Chain diagram</source>
        <translation>产业链图</translation>
    </message>
    <message>
        <location filename="../ui/chains/chaindiagram.cpp" line="61"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../ui/chains/chaindiagram.cpp" line="63"/>
        <source>Average</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../ui/chains/chaindiagram.cpp" line="65"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../ui/chains/chaindiagram.cpp" line="67"/>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <location filename="../ui/chains/chaindiagram.cpp" line="68"/>
        <source>No basis</source>
        <translation>无可比</translation>
    </message>
    <message>
        <location filename="../ui/chains/chaindiagram.cpp" line="110"/>
        <source>Choose a chain and a region.</source>
        <translation>请选择产业链和地区。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chains/chaindiagram.cpp" line="163"/>
        <source>%1 · %n firm(s) · LQ %2</source>
        <translation>
            <numerusform>%1 · %n 家 · 区位商 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chains/chaindiagram.cpp" line="179"/>
        <source>%1 · %2 · box size: revenue</source>
        <translation>%1 · %2 · 方框大小：营业收入</translation>
    </message>
</context>
<context>
    <name>dj::ui::ChainsPanel</name>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="78"/>
        <source>Chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="81"/>
        <source>Region code, e.g. 31 or 3101</source>
        <translation>地区代码，如 31 或 3101</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="82"/>
        <location filename="../ui/chains/chainspanel.cpp" line="165"/>
        <location filename="../ui/chains/chainspanel.cpp" line="235"/>
        <location filename="../ui/chains/chainspanel.cpp" line="801"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="85"/>
        <source>&amp;Compare with</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="87"/>
        <location filename="../ui/chains/chainspanel.cpp" line="88"/>
        <source>Second region</source>
        <translation>对比地区</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="90"/>
        <source>&amp;Show map</source>
        <translation>显示图谱(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="92"/>
        <source>&amp;Templates…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="93"/>
        <source>E&amp;xport XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="94"/>
        <source>Chain &amp;report (PDF)…</source>
        <translation>产业链报告 PDF(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="95"/>
        <source>C&amp;hain:</source>
        <translation>产业链(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="97"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="134"/>
        <source>Figures &amp;&amp; 链主</source>
        <translation>指标与链主</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="142"/>
        <source>Why they are in the segment (first 200, largest first); correct a wrong one:</source>
        <translation>归入该环节的依据（前 200 家，按规模排序）；如有错误可修正：</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="145"/>
        <location filename="../ui/chains/chainspanel.cpp" line="235"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="145"/>
        <location filename="../ui/chains/chainspanel.cpp" line="165"/>
        <location filename="../ui/chains/chainspanel.cpp" line="235"/>
        <location filename="../ui/chains/chainspanel.cpp" line="801"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="145"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="145"/>
        <source>Matched</source>
        <translation>命中内容</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="149"/>
        <source>Matched rules</source>
        <translation>命中规则</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="152"/>
        <source>&amp;Not in this segment</source>
        <translation>不属于该环节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="153"/>
        <source>&amp;Add an enterprise…</source>
        <translation>添加企业(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="158"/>
        <location filename="../ui/chains/chainspanel.cpp" line="764"/>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="165"/>
        <location filename="../ui/chains/chainspanel.cpp" line="235"/>
        <location filename="../ui/chains/chainspanel.cpp" line="491"/>
        <location filename="../ui/chains/chainspanel.cpp" line="722"/>
        <location filename="../ui/chains/chainspanel.cpp" line="764"/>
        <location filename="../ui/chains/chainspanel.cpp" line="801"/>
        <source>Revenue (10k yuan)</source>
        <translation>营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="165"/>
        <location filename="../ui/chains/chainspanel.cpp" line="235"/>
        <location filename="../ui/chains/chainspanel.cpp" line="765"/>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="165"/>
        <location filename="../ui/chains/chainspanel.cpp" line="236"/>
        <location filename="../ui/chains/chainspanel.cpp" line="801"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="165"/>
        <location filename="../ui/chains/chainspanel.cpp" line="236"/>
        <location filename="../ui/chains/chainspanel.cpp" line="801"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="169"/>
        <location filename="../ui/chains/chainspanel.cpp" line="180"/>
        <source>补链 targets</source>
        <translation>补链目标</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="172"/>
        <source>Add to &amp;visit task</source>
        <translation>加入走访任务(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="173"/>
        <source>Open &amp;profile</source>
        <translation>打开企业档案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="174"/>
        <source>Export &amp;targets…</source>
        <translation>导出目标(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="201"/>
        <source>Export chain map</source>
        <translation>导出产业链图谱</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="202"/>
        <location filename="../ui/chains/chainspanel.cpp" line="229"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="208"/>
        <source>Chain report</source>
        <translation>产业链报告</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="208"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="216"/>
        <source>产业链强链: %1</source>
        <translation>产业链强链：%1</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="229"/>
        <location filename="../ui/chains/chainspanel.cpp" line="246"/>
        <source>Export targets</source>
        <translation>导出补链目标</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="229"/>
        <source>targets.xlsx</source>
        <translation>补链目标.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="244"/>
        <source>Targets</source>
        <translation>补链目标</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="279"/>
        <source>%1 (my copy)</source>
        <translation>%1（我的副本）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="299"/>
        <source>Waiting for the search index…</source>
        <translation>正在等待搜索索引…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="340"/>
        <source>Assigning enterprises to the chain…</source>
        <translation>正在将企业归入产业链…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="361"/>
        <location filename="../ui/chains/chainspanel.cpp" line="445"/>
        <location filename="../ui/chains/chainspanel.cpp" line="611"/>
        <location filename="../ui/chains/chainspanel.cpp" line="819"/>
        <location filename="../ui/chains/chainspanel.h" line="44"/>
        <source>Industry chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="364"/>
        <source>Assignment cancelled.</source>
        <translation>已取消归类。</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="368"/>
        <source>Assigning: %1</source>
        <translation>归类中：%1</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="412"/>
        <source>%1 in %2: %3 operating enterprises in the region; assignment %4 ms, map %5 ms. Classes by location quotient (LQ) against the nation: strong ≥ %6, weak &lt; %7, missing = none here.</source>
        <translation>%2 · %1：区内在营企业 %3 家；归类 %4 毫秒，图谱 %5 毫秒。按相对全国的区位商（LQ）分类：强 ≥ %6，弱 &lt; %7，缺 = 本地没有。</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="427"/>
        <source>Reading supply links…</source>
        <translation>正在读取供应往来…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="487"/>
        <location filename="../ui/chains/chainspanel.cpp" line="722"/>
        <location filename="../ui/chains/chainspanel.cpp" line="764"/>
        <source>Class</source>
        <translation>强弱</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="489"/>
        <location filename="../ui/chains/chainspanel.cpp" line="722"/>
        <source>Operating enterprises</source>
        <translation>在营企业数</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="492"/>
        <location filename="../ui/chains/chainspanel.cpp" line="723"/>
        <source>Tax (10k yuan)</source>
        <translation>税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="493"/>
        <location filename="../ui/chains/chainspanel.cpp" line="723"/>
        <source>Revenue growth</source>
        <translation>营业收入增长</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="494"/>
        <source>Qualified (高新/专精特新/小巨人)</source>
        <translation>资质企业（高新/专精特新/小巨人）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="495"/>
        <location filename="../ui/chains/chainspanel.cpp" line="496"/>
        <source>%1 (%2/%3/%4)</source>
        <translation>%1（%2/%3/%4）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="498"/>
        <location filename="../ui/chains/chainspanel.cpp" line="723"/>
        <source>LQ vs nation</source>
        <translation>区位商（对全国）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="499"/>
        <location filename="../ui/chains/chainspanel.cpp" line="724"/>
        <source>LQ vs province</source>
        <translation>区位商（对全省）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="500"/>
        <source>LQ by revenue</source>
        <translation>区位商（按营收）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="501"/>
        <location filename="../ui/chains/chainspanel.cpp" line="724"/>
        <source>Enterprises nationwide</source>
        <translation>全国企业数</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="503"/>
        <source>链主 (largest by latest revenue)</source>
        <translation>链主（按最新营业收入最大）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="508"/>
        <source>none in the region</source>
        <translation>区内没有</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="518"/>
        <source>Matched by: %1</source>
        <translation>命中方式：%1</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="524"/>
        <source>inside the region</source>
        <translation>区内</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="525"/>
        <source>from outside into the region</source>
        <translation>区外供应区内</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="526"/>
        <source>from the region to outside</source>
        <translation>区内供应区外</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chains/chainspanel.cpp" line="527"/>
        <source>%1 → %2 (%3): %n pair(s), %4</source>
        <translation>
            <numerusform>%1 → %2（%3）：%n 对，%4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="531"/>
        <source>Supply links (relations and invoices)</source>
        <translation>供应往来（业务关系与发票）</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="532"/>
        <source>None in the data.</source>
        <translation>数据中没有。</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="536"/>
        <source>Rules: classes %1; name keywords %2; scope keywords %3; exclusions %4.</source>
        <translation>规则：行业小类 %1；名称关键词 %2；经营范围关键词 %3；排除 %4。</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="512"/>
        <location filename="../ui/chains/chainspanel.cpp" line="566"/>
        <source>Industry class</source>
        <translation>行业小类</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="513"/>
        <location filename="../ui/chains/chainspanel.cpp" line="567"/>
        <source>Name keyword</source>
        <translation>名称关键词</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="514"/>
        <location filename="../ui/chains/chainspanel.cpp" line="568"/>
        <source>Scope keyword</source>
        <translation>经营范围关键词</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="515"/>
        <location filename="../ui/chains/chainspanel.cpp" line="569"/>
        <location filename="../ui/chains/chainspanel.cpp" line="691"/>
        <source>Correction</source>
        <translation>人工修正</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="593"/>
        <source>Ranking targets…</source>
        <translation>正在排序补链目标…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="655"/>
        <source>补链: %1 %2 (%3)</source>
        <translation>补链：%1 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chains/chainspanel.cpp" line="656"/>
        <source>%n enterprise(s) handed to the visit tasks.</source>
        <translation>
            <numerusform>已将 %n 家企业交给走访任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="667"/>
        <source>Add an enterprise</source>
        <translation>添加企业</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="667"/>
        <source>Credit code (统一社会信用代码):</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="672"/>
        <source>Enterprise %1 not found.</source>
        <translation>未找到企业 %1。</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="680"/>
        <source>Select the enterprises that do not belong to the segment first.</source>
        <translation>请先选择不属于该环节的企业。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chains/chainspanel.cpp" line="695"/>
        <source>%n correction(s) stored; they win over the rules.</source>
        <translation>
            <numerusform>已保存 %n 条修正，修正优先于规则。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="722"/>
        <location filename="../ui/chains/chainspanel.cpp" line="764"/>
        <source>Stage</source>
        <translation>链段</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="722"/>
        <location filename="../ui/chains/chainspanel.cpp" line="764"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="723"/>
        <source>Qualified</source>
        <translation>资质企业</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="724"/>
        <location filename="../ui/chains/chainspanel.cpp" line="765"/>
        <source>链主</source>
        <translation>链主</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="738"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="740"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="748"/>
        <source>Industry chain report</source>
        <translation>产业链报告</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="749"/>
        <source>%1 industry chain — %2</source>
        <translation>%2 %1产业链</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="750"/>
        <source>Chain template version %1 · %2</source>
        <translation>产业链模板版本 %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="752"/>
        <source>Segments</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="765"/>
        <source>LQ</source>
        <translation>区位商</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="767"/>
        <source>Strong, weak and missing links</source>
        <translation>强链、弱链与缺链</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="768"/>
        <source>Strong: %1. To fill or strengthen: %2.</source>
        <translation>强势环节：%1。需补链或强链：%2。</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="769"/>
        <location filename="../ui/chains/chainspanel.cpp" line="770"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="772"/>
        <source>Location quotient (LQ) = the segment&apos;s share of the region&apos;s operating enterprises divided by its share nationwide; strong ≥ %1, weak &lt; %2, missing = none in the region while the nation has some.</source>
        <translation>区位商（LQ）= 该环节在本地在营企业中的占比 ÷ 其在全国的占比；强 ≥ %1，弱 &lt; %2，缺 = 全国有而本地没有。</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="785"/>
        <source>Writing the chain report…</source>
        <translation>正在生成产业链报告…</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="794"/>
        <source>补链 targets: %1</source>
        <translation>补链目标：%1</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="805"/>
        <source>Sources of the chain template: %1</source>
        <translation>产业链模板来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/chains/chainspanel.cpp" line="811"/>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
</context>
<context>
    <name>dj::ui::TemplateEditor</name>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="26"/>
        <source>Chain templates</source>
        <translation>产业链模板</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="30"/>
        <source>A segment takes the enterprises whose GB/T 4754 code starts with one of its &quot;classes&quot;, or whose name contains one of its &quot;name_keywords&quot;, or whose business scope contains one of its &quot;scope_keywords&quot;; &quot;exclude_keywords&quot; and &quot;exclude_classes&quot; take them out again. Saving keeps your copy in the cache with a new version; it replaces the shipped template of the same id.</source>
        <translation>环节包含：GB/T 4754 行业代码以其“classes”之一开头，或名称含其“name_keywords”之一，或经营范围含其“scope_keywords”之一的企业；“exclude_keywords”和“exclude_classes”再将其排除。保存后，您的副本以新版本存入缓存，并替换同 id 的随附模板。</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="40"/>
        <source>Chains</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="43"/>
        <source>Template JSON</source>
        <translation>模板 JSON</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="52"/>
        <source>&amp;Validate</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="53"/>
        <source>&amp;Save my copy</source>
        <translation>保存我的副本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="54"/>
        <source>&amp;Revert to shipped</source>
        <translation>恢复随附模板(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="55"/>
        <source>&amp;New chain…</source>
        <translation>新建产业链(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="61"/>
        <source>The template is valid.</source>
        <translation>模板有效。</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="86"/>
        <source>%1 (v%2, %3)</source>
        <translation>%1（v%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="86"/>
        <source>my copy</source>
        <translation>我的副本</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="86"/>
        <source>shipped</source>
        <translation>随附</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="125"/>
        <source>Saved as your copy of %1.</source>
        <translation>已保存为您的%1副本。</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="151"/>
        <source>New chain</source>
        <translation>新建产业链</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="151"/>
        <source>Name of the new chain:</source>
        <translation>新产业链名称：</translation>
    </message>
    <message>
        <location filename="../ui/chains/templateeditor.cpp" line="160"/>
        <source>Edit the segments, then save.</source>
        <translation>请编辑环节后保存。</translation>
    </message>
</context>
</TS>
