<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemandSignals</name>
    <message>
        <location filename="../core/tenders/demandsignals.cpp" line="43"/>
        <source>revenue +%1 % in %2</source>
        <translation>%2年营收增长 %1%</translation>
    </message>
    <message>
        <location filename="../core/tenders/demandsignals.cpp" line="47"/>
        <source>head count %1 → %2</source>
        <translation>从业人数 %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/tenders/demandsignals.cpp" line="51"/>
        <source>newly recognised: %1</source>
        <translation>新获认定：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/tenders/demandsignals.cpp" line="55"/>
        <source>%n financing round(s) since %1</source>
        <translation>
            <numerusform>%1 以来融资 %n 轮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/tenders/demandsignals.cpp" line="59"/>
        <source>%n software copyright(s) or patent(s) since %1</source>
        <translation>
            <numerusform>%1 以来软件著作权或专利 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/tenders/demandsignals.cpp" line="63"/>
        <source>%n new branch(es)</source>
        <translation>
            <numerusform>新设分公司 %n 家</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forecaster</name>
    <message>
        <location filename="../core/tenders/forecaster.cpp" line="163"/>
        <source>Service contract awarded on %1 to %2 for %3 months runs out on %4; the renewal is usually tendered 2 to 4 months before.</source>
        <translation>服务合同于 %1 授予 %2，服务期 %3 个月，将于 %4 到期；续期招标通常在到期前 2 至 4 个月发布。</translation>
    </message>
    <message>
        <location filename="../core/tenders/forecaster.cpp" line="166"/>
        <source>an unnamed winner</source>
        <translation>未公布的中标人</translation>
    </message>
    <message>
        <location filename="../core/tenders/forecaster.cpp" line="179"/>
        <source>the mean gap between its %1 phases was %2 days</source>
        <translation>其 %1 期之间平均间隔 %2 天</translation>
    </message>
    <message>
        <location filename="../core/tenders/forecaster.cpp" line="184"/>
        <source>phased %1 projects follow up after a median of %2 days</source>
        <translation>分期的%1项目后续期次的间隔中位数为 %2 天</translation>
    </message>
    <message>
        <location filename="../core/tenders/forecaster.cpp" line="187"/>
        <source>phased projects usually follow up after about %1 days</source>
        <translation>分期项目的后续期次通常间隔约 %1 天</translation>
    </message>
    <message>
        <location filename="../core/tenders/forecaster.cpp" line="198"/>
        <source>Phase %1 was announced on %2; %3, so phase %4 is expected around %5.</source>
        <translation>第 %1 期于 %2 发布；%3，因此预计第 %4 期约在 %5 招标。</translation>
    </message>
    <message>
        <location filename="../core/tenders/forecaster.cpp" line="240"/>
        <source>%1 (%2×)</source>
        <translation>%1月（%2次）</translation>
    </message>
    <message>
        <location filename="../core/tenders/forecaster.cpp" line="262"/>
        <source>%1 published %2 tenders in %3 years, most in months %4; typical budget %5 to %6.</source>
        <translation>%1 在 %3 个年度内发布 %2 次招标，多集中在 %4；常见预算 %5 至 %6。</translation>
    </message>
    <message>
        <location filename="../core/tenders/forecaster.cpp" line="267"/>
        <location filename="../core/tenders/forecaster.cpp" line="268"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>PartyLinker</name>
    <message>
        <location filename="../core/tenders/partylinker.cpp" line="49"/>
        <location filename="../core/tenders/partylinker.cpp" line="68"/>
        <source>Matching buyers and winners by name</source>
        <translation>正在按名称匹配采购人和中标人</translation>
    </message>
</context>
<context>
    <name>ProjectGrouper</name>
    <message>
        <location filename="../core/tenders/projectgrouper.cpp" line="263"/>
        <source>Same buyer by name: %1</source>
        <translation>同一采购人（按名称）：%1</translation>
    </message>
    <message>
        <location filename="../core/tenders/projectgrouper.cpp" line="264"/>
        <source>Same buyer: %1 (%2)</source>
        <translation>同一采购人：%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/tenders/projectgrouper.cpp" line="266"/>
        <source>Same category: %1</source>
        <translation>同一品目：%1</translation>
    </message>
    <message>
        <location filename="../core/tenders/projectgrouper.cpp" line="267"/>
        <source>Name core without phase words and years: %1</source>
        <translation>去除期次和年份后的名称核心：%1</translation>
    </message>
    <message>
        <location filename="../core/tenders/projectgrouper.cpp" line="295"/>
        <source>%1 (%2) joins %3 (%4): name similarity %5</source>
        <translation>%1（%2）与 %3（%4）归为同一项目：名称相似度 %5</translation>
    </message>
</context>
<context>
    <name>TendersCommand</name>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="64"/>
        <location filename="../app/cli/cmd_tenders.cpp" line="329"/>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="68"/>
        <source>The cache %1 has no tenders table.</source>
        <translation>缓存 %1 中没有招投标数据表。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="80"/>
        <source>--region &quot;%1&quot; is not a region code of 2, 4 or 6 digits that exists today.</source>
        <translation>--region “%1” 不是现行有效的 2、4 或 6 位行政区划代码。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="92"/>
        <source>Category &quot;%1&quot; not found in the tenders.</source>
        <translation>招投标数据中没有品目“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="101"/>
        <source>--as-of takes a date YYYY-MM-DD.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="300"/>
        <source>Give one buyer: its USCC or its exact name.</source>
        <translation>请给出一个采购人：统一社会信用代码或完整名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="306"/>
        <source>Buyer &quot;%1&quot; not found in the tenders.</source>
        <translation>招投标数据中没有采购人“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="343"/>
        <source>tender notices grouped into projects with their phases, winners (incumbent first/kept/lost) and the evidence of the grouping</source>
        <translation>将招标公告归并为项目：各期次、中标人（首次中标/保持/易主）及归并依据</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="348"/>
        <source>expected tenders in the next N months (default 12): next phase, service renewal, buyer rhythm, with window, budget range, incumbent and reason</source>
        <translation>未来 N 个月（默认 12）预计的招标：下一期、服务续期、采购节奏，含时间窗口、预算区间、现任中标人和理由</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="352"/>
        <source>hides the last N years (default 2), forecasts them and prints precision and recall</source>
        <translation>隐藏最近 N 年（默认 2 年）数据进行预测，输出准确率和召回率</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="356"/>
        <source>volumes per year, buyers, winners&apos; shares and HHI, the operator&apos;s own wins</source>
        <translation>逐年规模、采购人、中标人份额与 HHI、运营商自身中标情况</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="359"/>
        <source>a buyer&apos;s profile: tenders per year, projects, winners</source>
        <translation>采购人画像：逐年招标、项目、中标人</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tenders.cpp" line="361"/>
        <source>enterprises whose growth, recognitions, financing, IP and branches suggest coming ICT demand, ranked with the signals</source>
        <translation>按成长、认定、融资、知识产权和分支机构等信号排序的潜在 ICT 需求企业</translation>
    </message>
</context>
<context>
    <name>dj::ui::DemandView</name>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="50"/>
        <source>Re&amp;gion:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="52"/>
        <source>2, 4 or 6 digits; empty = all</source>
        <translation>2、4 或 6 位；留空为全部</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="56"/>
        <source>Mi&amp;n. points:</source>
        <translation>最低分(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="60"/>
        <source>Revenue growth 2, head-count growth 1, new 高新/专精特新 2, financing 2, copyrights and patents 1–2, new branches 1 each</source>
        <translation>营收增长 2 分，人数增长 1 分，新获高新/专精特新 2 分，融资 2 分，软著和专利 1–2 分，新设分支机构每家 1 分</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="63"/>
        <source>&amp;Top:</source>
        <translation>前(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="68"/>
        <source>&amp;Find signals</source>
        <translation>查找信号(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="70"/>
        <source>Add to visit tas&amp;k</source>
        <translation>加入走访任务(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="71"/>
        <source>Export signals…</source>
        <translation>导出信号…</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="80"/>
        <source>Enterprises outside public tenders whose signals suggest coming ICT demand. Choose a region and press Find signals.</source>
        <translation>公开招标之外、信号显示即将产生 ICT 需求的企业。选择地区后点击“查找信号”。</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="86"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="112"/>
        <source>Export the demand signals</source>
        <translation>导出需求信号</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="113"/>
        <source>ICT-demand-signals</source>
        <translation>ICT需求信号</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="113"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="136"/>
        <source>&quot;%1&quot; is not a region code prefix of 2, 4 or 6 digits.</source>
        <translation>“%1”不是 2、4 或 6 位的行政区划代码前缀。</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="143"/>
        <source>Reading the signals…</source>
        <translation>正在读取信号…</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="146"/>
        <location filename="../ui/tenders/demandview.cpp" line="150"/>
        <source>Reading the signals</source>
        <translation>正在读取信号</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenders/demandview.cpp" line="168"/>
        <source>%n enterprise(s) with signals of coming ICT demand, most points first. The signals of the current one are on the right.</source>
        <translation>
            <numerusform>%n 家企业有即将产生 ICT 需求的信号，按得分从高到低排列。当前企业的信号显示在右侧。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="171"/>
        <source>The enterprise index is still loading.</source>
        <translation>企业索引仍在加载。</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="192"/>
        <source>Rank %1 · %2 points · %3 · latest revenue %4 万元</source>
        <translation>排名 %1 · %2 分 · %3 · 最新营收 %4 万元</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="196"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="207"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="207"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="207"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="207"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="207"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="207"/>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="208"/>
        <source>Latest revenue (10k yuan)</source>
        <translation>最新营收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="228"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="231"/>
        <source>Demand signals</source>
        <translation>需求信号</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="235"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/tenders/demandview.cpp" line="238"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>dj::ui::ForecastModel</name>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="36"/>
        <source>Next phase</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="38"/>
        <source>Service renewal</source>
        <translation>服务续期</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="40"/>
        <source>Buyer rhythm</source>
        <translation>采购节奏</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="59"/>
        <source>(any project)</source>
        <translation>（不限项目）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="61"/>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="90"/>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="92"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="94"/>
        <source>Category</source>
        <translation>品目</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="96"/>
        <source>Forecast</source>
        <translation>预测类型</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="98"/>
        <source>Expected</source>
        <translation>预计时间</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="100"/>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="102"/>
        <source>Budget (10k yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="104"/>
        <source>Incumbent</source>
        <translation>现任中标人</translation>
    </message>
    <message>
        <location filename="../ui/tenders/forecastmodel.cpp" line="106"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>dj::ui::TendersPanel</name>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="57"/>
        <source>first award</source>
        <translation>首次中标</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="59"/>
        <source>incumbent kept</source>
        <translation>保持中标</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="61"/>
        <source>incumbent %1 lost</source>
        <translation>原中标人 %1 易主</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="65"/>
        <source>not awarded</source>
        <translation>未中标公告</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="78"/>
        <source>Reading tenders</source>
        <translation>读取招投标数据</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="87"/>
        <source>Grouping into projects</source>
        <translation>归并项目</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="90"/>
        <source>Forecasting</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="105"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="119"/>
        <source>Region code prefix, e.g. 32 or 3209</source>
        <translation>区划代码前缀，如 32 或 3209</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="123"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="296"/>
        <source>All categories</source>
        <translation>全部品目</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="125"/>
        <source>All forecasts</source>
        <translation>全部预测</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="132"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="133"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="135"/>
        <source>&amp;Category:</source>
        <translation>品目(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="137"/>
        <source>&amp;Horizon:</source>
        <translation>预测期(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="143"/>
        <source>Add to &amp;visit task</source>
        <translation>加入走访任务(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="145"/>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="146"/>
        <source>&amp;PDF brief…</source>
        <translation>PDF 简报(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="190"/>
        <source>Phase</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="190"/>
        <source>Announced</source>
        <translation>公告日期</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="190"/>
        <source>Awarded</source>
        <translation>中标日期</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="191"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="446"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="632"/>
        <source>Budget (10k yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="191"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="212"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="657"/>
        <source>Amount (10k yuan)</source>
        <translation>中标金额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="191"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="212"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="657"/>
        <source>Winner</source>
        <translation>中标人</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="191"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="579"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="633"/>
        <source>Incumbent</source>
        <translation>现任中标人</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="202"/>
        <source>Project timeline</source>
        <translation>项目时间线</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="212"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="657"/>
        <source>Wins</source>
        <translation>中标次数</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="212"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="657"/>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="223"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="635"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="226"/>
        <source>Buyer profile</source>
        <translation>采购人画像</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="232"/>
        <source>&amp;Forecasts from tenders</source>
        <translation>招标预测(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="234"/>
        <source>&amp;Beyond public tenders</source>
        <translation>公开招标之外(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="257"/>
        <source>Open a cache with tenders to see the coming ICT opportunities.</source>
        <translation>打开含招投标数据的缓存以查看即将出现的 ICT 商机。</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="288"/>
        <source>Reading and forecasting the tenders…</source>
        <translation>正在读取并预测招投标…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenders/tenderspanel.cpp" line="353"/>
        <source>%n expected tender(s) in the next %1 months after %2 (the latest notice); %3 notices in %4 projects.</source>
        <translation>
            <numerusform>%2（最新公告）之后 %1 个月内预计 %n 次招标；共 %3 条公告，%4 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="361"/>
        <source>Parties without a code or an exact name: %1 linked by a former or similar name, %2 ambiguous and %3 unknown (left unlinked).</source>
        <translation>无代码且名称不完全一致的当事方：%1 个按曾用名或相似名称关联，%2 个有歧义、%3 个未找到（未关联）。</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="388"/>
        <source>A buyer-rhythm forecast has no single project</source>
        <translation>采购节奏预测不对应单一项目</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="398"/>
        <source>Phase %1</source>
        <translation>第 %1 期</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="410"/>
        <source>Linked to %1 (%2) by its former name</source>
        <translation>按曾用名关联到 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="412"/>
        <source>Linked to %1 (%2) by a similar name, score %3</source>
        <translation>按相似名称关联到 %1（%2），相似度 %3</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="414"/>
        <source>Linked to %1 (%2) by its name written differently</source>
        <translation>按不同写法的名称关联到 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="424"/>
        <source>%1: budgets and awards (10k yuan)</source>
        <translation>%1：预算与中标金额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="425"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="510"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="650"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="425"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="510"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="650"/>
        <source>Awarded amount</source>
        <translation>中标金额</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="438"/>
        <source>Credit code %1 · region %2 · %3 tenders, budgets %4 万元, %5 projects</source>
        <translation>信用代码 %1 · 地区 %2 · 招标 %3 次，预算 %4 万元，项目 %5 个</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="439"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="446"/>
        <source>Per year</source>
        <translation>逐年</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="446"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="446"/>
        <source>Tenders</source>
        <translation>招投标</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="452"/>
        <source>Winners</source>
        <translation>中标人</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenders/tenderspanel.cpp" line="456"/>
        <source>%n win(s), %1 万元</source>
        <translation>
            <numerusform>中标 %n 次，%1 万元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="457"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenders/tenderspanel.cpp" line="462"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="473"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="474"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="508"/>
        <source>No tenders</source>
        <translation>无招标</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="482"/>
        <source>%1 tenders, %2 awards; budgets %3 万元, awarded %4 万元; %5 buyers, %6 winners; HHI %7</source>
        <translation>招标 %1 次，中标 %2 次；预算 %3 万元，中标金额 %4 万元；采购人 %5 个，中标人 %6 个；HHI %7</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="509"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="649"/>
        <source>Tender volume per year (10k yuan)</source>
        <translation>逐年招标规模（万元）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="520"/>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="522"/>
        <source>No awards</source>
        <translation>无中标</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="522"/>
        <source>Winners&apos; shares</source>
        <translation>中标人份额</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="549"/>
        <source>Add to visit task</source>
        <translation>加入走访任务</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="550"/>
        <source>The selected buyers are not enterprises of the cache (government buyers have no registry entry).</source>
        <translation>所选采购人不是缓存中的企业（政府采购人没有工商登记）。</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="554"/>
        <source>ICT opportunity: expected tender</source>
        <translation>ICT 商机：预计招标</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenders/tenderspanel.cpp" line="555"/>
        <source>%n buyer(s) sent to the visit tasks.</source>
        <translation>
            <numerusform>已将 %n 个采购人加入走访任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="563"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="595"/>
        <source>Export forecasts</source>
        <translation>导出预测</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="563"/>
        <source>opportunities.xlsx</source>
        <translation>商机预测.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="563"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="577"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="632"/>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="577"/>
        <source>Buyer credit code</source>
        <translation>采购人信用代码</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="577"/>
        <source>Region code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="577"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="632"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="578"/>
        <source>Category</source>
        <translation>品目</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="578"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="632"/>
        <source>Forecast</source>
        <translation>预测类型</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="578"/>
        <source>Expected</source>
        <translation>预计时间</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="578"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="578"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="578"/>
        <source>Budget low (10k yuan)</source>
        <translation>预算下限（万元）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="579"/>
        <source>Budget high (10k yuan)</source>
        <translation>预算上限（万元）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="579"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="581"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="591"/>
        <location filename="../ui/tenders/tenderspanel.h" line="41"/>
        <source>Opportunities</source>
        <translation>商机预测</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="594"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="603"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="669"/>
        <source>PDF brief</source>
        <translation>PDF 简报</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="603"/>
        <source>opportunity-brief.pdf</source>
        <translation>商机简报.pdf</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="603"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="612"/>
        <location filename="../ui/tenders/tenderspanel.cpp" line="614"/>
        <source>ICT opportunity brief</source>
        <translation>ICT 商机简报</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="615"/>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · 截至 %3</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="616"/>
        <source>all regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="619"/>
        <source>Expected tenders</source>
        <translation>预计招标</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="625"/>
        <source>(any project)</source>
        <translation>（不限项目）</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="632"/>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="659"/>
        <source>Forecasts from the tender history (next phase from the gaps between phases, renewal from awarded date plus service months, buyer rhythm from the months it tenders in). Demo data where the cache says so.</source>
        <translation>预测依据招投标历史：下一期依据各期间隔，续期依据中标日期加服务期，采购节奏依据其历年招标月份。缓存标注为演示数据时即为演示数据。</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="663"/>
        <source>Writing the brief…</source>
        <translation>正在生成简报…</translation>
    </message>
    <message>
        <location filename="../ui/tenders/tenderspanel.cpp" line="668"/>
        <source>Brief written to %1</source>
        <translation>简报已保存到 %1</translation>
    </message>
</context>
</TS>
