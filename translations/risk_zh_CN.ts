<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertInbox</name>
    <message>
        <location filename="../core/risk/alertinbox.cpp" line="79"/>
        <source>There is no alert %1.</source>
        <translation>没有编号为 %1 的预警。</translation>
    </message>
</context>
<context>
    <name>CreditScore</name>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="117"/>
        <source>Stability of sales</source>
        <translation>销售稳定性</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="119"/>
        <source>Continuity of invoicing</source>
        <translation>开票连续性</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="121"/>
        <source>Customer concentration</source>
        <translation>客户集中度</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="123"/>
        <source>Supplier concentration</source>
        <translation>供应商集中度</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="125"/>
        <source>Sales growth</source>
        <translation>销售增长</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="127"/>
        <source>Trend breaks</source>
        <translation>趋势断点</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="129"/>
        <source>Customer churn</source>
        <translation>客户流失</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="131"/>
        <source>Related-party transactions</source>
        <translation>关联交易</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="133"/>
        <source>Current risk records</source>
        <translation>现存风险记录</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="135"/>
        <source>Registration status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="155"/>
        <source>Not enough invoice data: left out.</source>
        <translation>发票数据不足：不计入。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="161"/>
        <source>Monthly sales vary by a coefficient of variation of %1 (100 at 0, 0 at 1 or more).</source>
        <translation>月销售额变异系数为 %1（为 0 时得 100 分，达到 1 及以上得 0 分）。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="164"/>
        <source>%1 of %2 months without sales invoices.</source>
        <translation>%2 个月中有 %1 个月无销项发票。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="166"/>
        <source>Largest customer %1 of sales, HHI %2.</source>
        <translation>第一大客户占销售额 %1，HHI %2。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="168"/>
        <source>Largest supplier %1 of purchases, HHI %2.</source>
        <translation>第一大供应商占采购额 %1，HHI %2。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="171"/>
        <source>Sales of the last 12 months changed by %1 against the 12 before.</source>
        <translation>近 12 个月销售额较此前 12 个月变化 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/risk/creditscore.cpp" line="179"/>
        <source>%n month(s) of the last 12 far below the seasonal expectation.</source>
        <translation>
            <numerusform>近 12 个月中有 %n 个月远低于季节性预期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="181"/>
        <source>%1 of %2 customers of the previous 12 months bought nothing in the last 12.</source>
        <translation>前 12 个月的 %2 个客户中有 %1 个在近 12 个月没有采购。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/risk/creditscore.cpp" line="185"/>
        <source>%1 of the invoiced amount is with related parties (%n counterparty(ies)).</source>
        <translation>
            <numerusform>开票金额的 %1 来自关联方（%n 个交易对手）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="189"/>
        <source>%1 serious and %2 other current risk records.</source>
        <translation>严重风险记录 %1 条，其他现存风险记录 %2 条。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="191"/>
        <source>Registration status %1.</source>
        <translation>登记状态：%1。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../core/risk/evidence.cpp" line="22"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="23"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="24"/>
        <source>Amount (10k yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="25"/>
        <source>Authority</source>
        <translation>机关</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="26"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="28"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="29"/>
        <source>Revenue (10k yuan)</source>
        <translation>营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="30"/>
        <source>Tax (10k yuan)</source>
        <translation>纳税额（万元）</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="31"/>
        <source>Insured staff</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="32"/>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="33"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="34"/>
        <source>Holder key</source>
        <translation>股东标识</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="35"/>
        <source>Share</source>
        <translation>持股比例</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="36"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="37"/>
        <source>Expected (10k yuan)</source>
        <translation>预期金额（万元）</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="62"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../core/risk/evidence.cpp" line="62"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>InvoiceAnalytics</name>
    <message>
        <location filename="../core/risk/invoiceanalytics.cpp" line="245"/>
        <source>The enterprise %1 is not in the cache.</source>
        <translation>缓存中没有企业 %1。</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <location filename="../core/risk/monitor.cpp" line="285"/>
        <location filename="../core/risk/monitor.cpp" line="469"/>
        <source>Running the monitoring rules</source>
        <translation>正在运行监控规则</translation>
    </message>
    <message>
        <location filename="../core/risk/monitor.cpp" line="181"/>
        <source>New %1 record at %2 (%3)</source>
        <translation>%2 新增%1记录（%3）</translation>
    </message>
    <message>
        <location filename="../core/risk/monitor.cpp" line="181"/>
        <source>Current %1 record at %2 (%3)</source>
        <translation>%2 现有%1记录（%3）</translation>
    </message>
    <message>
        <location filename="../core/risk/monitor.cpp" line="184"/>
        <source>%1: registration status %2 → %3</source>
        <translation>%1：登记状态 %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/risk/monitor.cpp" line="186"/>
        <source>%1: shareholders changed (%2 new, %3 gone, %4 changed share)</source>
        <translation>%1：股东变化（新增 %2，退出 %3，持股比例变化 %4）</translation>
    </message>
    <message>
        <location filename="../core/risk/monitor.cpp" line="196"/>
        <source>%1: %2 fell %3 % (%4 → %5)</source>
        <translation>%1：%2 下降 %3%（%4 → %5）</translation>
    </message>
    <message>
        <location filename="../core/risk/monitor.cpp" line="200"/>
        <source>%1: %2 of %3 at %4 % of the expected amount</source>
        <translation>%1：%3 %2 仅为预期金额的 %4%</translation>
    </message>
    <message>
        <location filename="../core/risk/monitor.cpp" line="201"/>
        <source>sales</source>
        <translation>销项</translation>
    </message>
    <message>
        <location filename="../core/risk/monitor.cpp" line="201"/>
        <source>purchases</source>
        <translation>进项</translation>
    </message>
</context>
<context>
    <name>NetworkFlows</name>
    <message>
        <location filename="../core/risk/networkflows.cpp" line="20"/>
        <source>Serious risk records</source>
        <translation>严重风险记录</translation>
    </message>
    <message>
        <location filename="../core/risk/networkflows.cpp" line="22"/>
        <source>Other current risk records</source>
        <translation>其他现存风险记录</translation>
    </message>
    <message>
        <location filename="../core/risk/networkflows.cpp" line="26"/>
        <source>No current risk record</source>
        <translation>无现存风险记录</translation>
    </message>
</context>
<context>
    <name>RiskCli</name>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="62"/>
        <source>Give exactly one USCC.</source>
        <translation>请给出且仅给出一个统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="247"/>
        <source>Give exactly one alert id.</source>
        <translation>请给出且仅给出一个预警编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="251"/>
        <source>An alert id is a number.</source>
        <translation>预警编号是一个数字。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="284"/>
        <source>--remove needs --list.</source>
        <translation>--remove 需要 --list。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="288"/>
        <source>Adding needs --list NAME.</source>
        <translation>添加需要 --list 名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="320"/>
        <source>rule file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="324"/>
        <source>The rule file is not JSON: %1</source>
        <translation>规则文件不是 JSON：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="328"/>
        <source>Unknown key &quot;%1&quot; in the rule file.</source>
        <translation>规则文件中有未知的键“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="337"/>
        <source>%1 takes a rule id.</source>
        <translation>%1 需要规则编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="353"/>
        <source>There is no rule %1.</source>
        <translation>没有编号为 %1 的规则。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="370"/>
        <source>--db FILE USCC [--tiers N]</source>
        <translation>--db 文件 统一社会信用代码 [--tiers 层数]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="371"/>
        <source>supply network: suppliers and customers by tier (1-5, default 3) with yearly amounts, shares and paths; rivals, partners, investees</source>
        <translation>供应链网络：按层级（1–5，默认 3）列出供应商和客户及其年度金额、占比和路径；竞争对手、合作伙伴、对外投资企业</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="375"/>
        <source>--db FILE USCC</source>
        <translation>--db 文件 统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="376"/>
        <source>invoice analytics: monthly sales and purchases, counterparties, CV, empty months, top-1/top-5 share and HHI, churn, trend breaks, related-party transactions</source>
        <translation>发票分析：月度销项和进项、交易对手、变异系数、无票月份、前一/前五占比和 HHI、客户流失、趋势断点、关联交易</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="380"/>
        <source>--db FILE USCC [--weights FILE]</source>
        <translation>--db 文件 统一社会信用代码 [--weights 文件]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="381"/>
        <source>credit score (0-100, grade A-D) from invoices, risks and status, each part with its weight and explanation; weights from FILE, else the user&apos;s file, else the built-in ones</source>
        <translation>信用评分（0–100，A–D 级），依据发票、风险和登记状态，每一项附权重和说明；权重取自指定文件，否则用户文件，否则内置权重</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="384"/>
        <source>--db FILE</source>
        <translation>--db 文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="385"/>
        <source>run the monitoring rules over the watched enterprises now; prints the alerts raised</source>
        <translation>立即对监控名单中的企业运行监控规则，输出新产生的预警</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="387"/>
        <source>--db FILE [--unread] [--open] [--uscc USCC]</source>
        <translation>--db 文件 [--unread] [--open] [--uscc 统一社会信用代码]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="388"/>
        <source>the alert inbox, newest first, with each alert&apos;s evidence</source>
        <translation>预警收件箱（最新在前），附每条预警的证据</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="390"/>
        <source>--db FILE ID [--read|--unread] [--assign WHO] [--note TEXT] [--resolve|--reopen]</source>
        <translation>--db 文件 编号 [--read|--unread] [--assign 处理人] [--note 备注] [--resolve|--reopen]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="391"/>
        <source>change one alert&apos;s inbox state</source>
        <translation>修改一条预警的处理状态</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="393"/>
        <source>--db FILE [--list NAME [--network USCC [--tiers N]] [USCC...] [--remove]]</source>
        <translation>--db 文件 [--list 名称 [--network 统一社会信用代码 [--tiers 层数]] [统一社会信用代码...] [--remove]]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="394"/>
        <source>watch lists: show, add by hand or a network&apos;s tiers, remove</source>
        <translation>监控名单：查看、手工添加或按网络层级添加、移除</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="396"/>
        <source>--db FILE [--add RULE.json] [--remove ID] [--enable ID] [--disable ID]</source>
        <translation>--db 文件 [--add 规则.json] [--remove 编号] [--enable 编号] [--disable 编号]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="397"/>
        <source>monitoring rules: show, add ({name, condition, scope, severity}), remove, switch on/off</source>
        <translation>监控规则：查看、添加（{name, condition, scope, severity}）、删除、启用/停用</translation>
    </message>
</context>
<context>
    <name>RuleStore</name>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="61"/>
        <source>New risk record</source>
        <translation>新增风险记录</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="63"/>
        <source>Current risk record</source>
        <translation>现存风险记录</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="65"/>
        <location filename="../core/risk/riskrules.cpp" line="223"/>
        <source>Registration status changed</source>
        <translation>登记状态变化</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="67"/>
        <location filename="../core/risk/riskrules.cpp" line="224"/>
        <source>Shareholders changed</source>
        <translation>股东变化</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="69"/>
        <source>Figure fell</source>
        <translation>指标下降</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="71"/>
        <location filename="../core/risk/riskrules.cpp" line="227"/>
        <source>Invoice trend break</source>
        <translation>开票趋势断点</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="78"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="80"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="82"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="89"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="91"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="93"/>
        <source>Rival</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="95"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="97"/>
        <source>Investee</source>
        <translation>对外投资企业</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="98"/>
        <source>Added by hand</source>
        <translation>手工添加</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="104"/>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="106"/>
        <source>Tax</source>
        <translation>纳税额</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="108"/>
        <source>Insured staff</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="110"/>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="130"/>
        <source>%1 fell by %2 % or more</source>
        <translation>%1 下降 %2% 及以上</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="134"/>
        <source>A month below %1 % of its seasonal expectation</source>
        <translation>某月低于季节性预期的 %1%</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="138"/>
        <source>list %1</source>
        <translation>名单 %1</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="145"/>
        <source>tier ≤ %1</source>
        <translation>层级 ≤ %1</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="146"/>
        <source>%1 — every watched enterprise</source>
        <translation>%1 — 全部监控企业</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="147"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="153"/>
        <source>A rule needs a name.</source>
        <translation>规则需要名称。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="155"/>
        <source>Severity must be high, medium or low, not &quot;%1&quot;.</source>
        <translation>严重程度必须是 high、medium 或 low，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="159"/>
        <source>Unknown condition &quot;%1&quot; (known: %2).</source>
        <translation>未知条件“%1”（可用：%2）。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="167"/>
        <source>The condition %1 takes no &quot;%2&quot;.</source>
        <translation>条件 %1 没有参数“%2”。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="170"/>
        <source>&quot;kinds&quot; must be a list of risk kinds.</source>
        <translation>“kinds”必须是风险类型列表。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="173"/>
        <source>Unknown risk kind &quot;%1&quot;.</source>
        <translation>未知风险类型“%1”。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="176"/>
        <source>&quot;to&quot; must be a list of registration statuses.</source>
        <translation>“to”必须是登记状态列表。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="180"/>
        <source>&quot;metric&quot; must be one of %1.</source>
        <translation>“metric”必须是 %1 之一。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="183"/>
        <source>&quot;percent&quot; must be a number above 0 and at most 100.</source>
        <translation>“percent”必须是大于 0 且不超过 100 的数。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="188"/>
        <source>&quot;ratio&quot; must be a number between 0 and 1.</source>
        <translation>“ratio”必须是 0 到 1 之间的数。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="194"/>
        <source>The scope takes list, roles and max_tier, not &quot;%1&quot;.</source>
        <translation>范围只接受 list、roles 和 max_tier，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="196"/>
        <source>The scope&apos;s &quot;list&quot; must be a watch-list name.</source>
        <translation>范围中的“list”必须是监控名单名称。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="199"/>
        <source>The scope&apos;s &quot;roles&quot; must be a list.</source>
        <translation>范围中的“roles”必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="203"/>
        <source>Unknown role &quot;%1&quot; (known: %2).</source>
        <translation>未知角色“%1”（可用：%2）。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="207"/>
        <source>The scope&apos;s &quot;max_tier&quot; must be 0 (any) to 5.</source>
        <translation>范围中的“max_tier”必须是 0（不限）到 5。</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="220"/>
        <source>Tier-1 supplier: new 失信被执行人</source>
        <translation>一级供应商新增失信被执行人</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="221"/>
        <source>Customer: revenue falls 30 %</source>
        <translation>客户营业收入下降 30%</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="222"/>
        <source>New serious risk record</source>
        <translation>新增严重风险记录</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="225"/>
        <source>Tax falls 30 %</source>
        <translation>纳税额下降 30%</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="226"/>
        <source>Insured staff fall 30 %</source>
        <translation>参保人数下降 30%</translation>
    </message>
    <message>
        <location filename="../core/risk/riskrules.cpp" line="363"/>
        <location filename="../core/risk/riskrules.cpp" line="373"/>
        <source>There is no rule %1.</source>
        <translation>没有编号为 %1 的规则。</translation>
    </message>
</context>
<context>
    <name>ScoreWeights</name>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="44"/>
        <source>The built-in score weights are missing from the program.</source>
        <translation>程序中缺少内置评分权重。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="50"/>
        <source>the built-in score weights</source>
        <translation>内置评分权重</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="51"/>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="65"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="68"/>
        <source>%1 has no &quot;weights&quot; object.</source>
        <translation>%1 缺少“weights”对象。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="73"/>
        <source>%1: unknown part &quot;%2&quot; (known: %3).</source>
        <translation>%1：未知评分项“%2”（可用：%3）。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="75"/>
        <source>%1: the weight of &quot;%2&quot; must be a number ≥ 0.</source>
        <translation>%1：“%2”的权重必须是 ≥ 0 的数。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="82"/>
        <source>%1: at least one weight must be above 0.</source>
        <translation>%1：至少一个权重必须大于 0。</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="91"/>
        <source>The weights file %1 cannot be read: %2</source>
        <translation>无法读取权重文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/risk/creditscore.cpp" line="93"/>
        <source>The weights file %1 is larger than 1 MB.</source>
        <translation>权重文件 %1 超过 1 MB。</translation>
    </message>
</context>
<context>
    <name>SupplyNetwork</name>
    <message>
        <location filename="../core/risk/supplynetwork.cpp" line="104"/>
        <source>The number of tiers must be between 1 and 5, not %1.</source>
        <translation>层数必须在 1 到 5 之间，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../core/risk/supplynetwork.cpp" line="108"/>
        <source>The enterprise %1 is not in the cache.</source>
        <translation>缓存中没有企业 %1。</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <location filename="../core/risk/watchlist.cpp" line="52"/>
        <source>A watch list needs a name.</source>
        <translation>监控名单需要名称。</translation>
    </message>
    <message>
        <location filename="../core/risk/watchlist.cpp" line="61"/>
        <source>The enterprise %1 is not in the cache: nothing was added.</source>
        <translation>缓存中没有企业 %1：未添加任何企业。</translation>
    </message>
</context>
<context>
    <name>dj::store</name>
    <message>
        <location filename="../app/cli/cmd_risk.cpp" line="190"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
</context>
<context>
    <name>dj::ui::InvoiceView</name>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="71"/>
        <source>&amp;Enterprise:</source>
        <translation>企业(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="73"/>
        <source>Credit code (or use the selection)</source>
        <translation>统一社会信用代码（或使用当前选择）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="75"/>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="76"/>
        <source>Use &amp;selection</source>
        <translation>使用选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="77"/>
        <source>Score &amp;weights…</source>
        <translation>评分权重(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="78"/>
        <source>Opens your copy of the score weights (a readable JSON file) for editing</source>
        <translation>打开您的评分权重副本（可读的 JSON 文件）进行编辑</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="79"/>
        <source>Export &amp;counterparties…</source>
        <translation>导出交易对手(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="80"/>
        <source>Borrower invoice &amp;report…</source>
        <translation>借款人发票报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="113"/>
        <location filename="../ui/risk/invoiceview.cpp" line="320"/>
        <source>Part</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="113"/>
        <location filename="../ui/risk/invoiceview.cpp" line="320"/>
        <source>Value</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="113"/>
        <location filename="../ui/risk/invoiceview.cpp" line="320"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="113"/>
        <location filename="../ui/risk/invoiceview.cpp" line="320"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="117"/>
        <location filename="../ui/risk/invoiceview.cpp" line="315"/>
        <source>Score card</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="119"/>
        <location filename="../ui/risk/invoiceview.cpp" line="283"/>
        <location filename="../ui/risk/invoiceview.cpp" line="333"/>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="119"/>
        <location filename="../ui/risk/invoiceview.cpp" line="283"/>
        <location filename="../ui/risk/invoiceview.cpp" line="333"/>
        <location filename="../ui/risk/invoiceview.cpp" line="340"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="119"/>
        <location filename="../ui/risk/invoiceview.cpp" line="283"/>
        <location filename="../ui/risk/invoiceview.cpp" line="333"/>
        <source>Amount (10k yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="119"/>
        <location filename="../ui/risk/invoiceview.cpp" line="333"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="119"/>
        <location filename="../ui/risk/invoiceview.cpp" line="284"/>
        <location filename="../ui/risk/invoiceview.cpp" line="310"/>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="119"/>
        <location filename="../ui/risk/invoiceview.cpp" line="284"/>
        <location filename="../ui/risk/invoiceview.cpp" line="333"/>
        <source>Related party</source>
        <translation>关联方</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="121"/>
        <location filename="../ui/risk/invoiceview.cpp" line="289"/>
        <source>Counterparties</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="151"/>
        <location filename="../ui/risk/invoiceview.cpp" line="153"/>
        <source>Analysing the invoices…</source>
        <translation>正在分析发票…</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="191"/>
        <source>No invoices</source>
        <translation>无发票</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="192"/>
        <source>Monthly invoiced amount (10k yuan)</source>
        <translation>月度开票金额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="193"/>
        <source>Sales</source>
        <translation>销项</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="193"/>
        <source>Purchases</source>
        <translation>进项</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="205"/>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="207"/>
        <source>No customers</source>
        <translation>无客户</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="208"/>
        <source>Top customers by sales</source>
        <translation>主要客户（按销售额）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="210"/>
        <source>Concentration</source>
        <translation>集中度</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="211"/>
        <source>Largest counterparty&apos;s share per month (%)</source>
        <translation>每月第一大交易对手占比（%）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="212"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="212"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="215"/>
        <source>&lt;span style=&apos;font-size:28pt;font-weight:bold&apos;&gt;%1&lt;/span&gt; &lt;span style=&apos;font-size:16pt&apos;&gt;/ 100 · %2&lt;/span&gt;&lt;br&gt;%3 · weights: %4</source>
        <translation>&lt;span style=&apos;font-size:28pt;font-weight:bold&apos;&gt;%1&lt;/span&gt; &lt;span style=&apos;font-size:16pt&apos;&gt;/ 100 · %2&lt;/span&gt;&lt;br&gt;%3 · 权重：%4</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="223"/>
        <location filename="../ui/risk/invoiceview.cpp" line="318"/>
        <source>n/a</source>
        <translation>不计</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="233"/>
        <location filename="../ui/risk/invoiceview.cpp" line="281"/>
        <location filename="../ui/risk/invoiceview.cpp" line="329"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="233"/>
        <location filename="../ui/risk/invoiceview.cpp" line="281"/>
        <location filename="../ui/risk/invoiceview.cpp" line="329"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="235"/>
        <location filename="../ui/risk/invoiceview.cpp" line="330"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="246"/>
        <source>%1: %2 months; sales %3 万元 (CV %4, top-1 %5, top-5 %6, HHI %7, %8 empty months, churn %9)</source>
        <translation>%1：%2 个月；销项 %3 万元（变异系数 %4，第一大客户 %5，前五 %6，HHI %7，无票 %8 个月，客户流失 %9）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="254"/>
        <source>purchases %1 万元 (top-1 %2, HHI %3)</source>
        <translation>进项 %1 万元（第一大供应商 %2，HHI %3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/invoiceview.cpp" line="258"/>
        <source>%n trend break(s)</source>
        <translation>
            <numerusform>%n 个趋势断点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="263"/>
        <source>Related parties: %1</source>
        <translation>关联方：%1</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="273"/>
        <source>Export the counterparties</source>
        <translation>导出交易对手</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="274"/>
        <source>-counterparties</source>
        <translation>-交易对手</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="275"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="283"/>
        <location filename="../ui/risk/invoiceview.cpp" line="309"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="284"/>
        <source>Invoices</source>
        <translation>发票张数</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="284"/>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="286"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="292"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="293"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="300"/>
        <location filename="../ui/risk/invoiceview.cpp" line="306"/>
        <location filename="../ui/risk/invoiceview.cpp" line="307"/>
        <source>Borrower invoice report</source>
        <translation>借款人发票分析报告</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="301"/>
        <source>-invoice-report</source>
        <translation>-发票分析报告</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="301"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="309"/>
        <source>Registration status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="312"/>
        <source>Sales (10k yuan)</source>
        <translation>销项（万元）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="313"/>
        <source>Purchases (10k yuan)</source>
        <translation>进项（万元）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="314"/>
        <source>Credit score</source>
        <translation>信用评分</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="321"/>
        <source>Monthly invoices</source>
        <translation>月度发票</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="324"/>
        <source>Largest counterparties</source>
        <translation>主要交易对手</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="335"/>
        <source>Related-party transactions</source>
        <translation>关联交易</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="340"/>
        <source>Sold to (10k yuan)</source>
        <translation>销售给对方（万元）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="340"/>
        <source>Bought from (10k yuan)</source>
        <translation>向对方采购（万元）</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="340"/>
        <source>Connection</source>
        <translation>关联路径</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="342"/>
        <source>Source: invoices.csv aggregates of the open cache (%1); weights: %2.</source>
        <translation>来源：当前缓存的发票汇总数据（%1）；权重：%2。</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="345"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="351"/>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="352"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="362"/>
        <location filename="../ui/risk/invoiceview.cpp" line="367"/>
        <source>Score weights</source>
        <translation>评分权重</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="362"/>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/risk/invoiceview.cpp" line="368"/>
        <source>The weights are in %1. Edit the numbers, save the file and analyse again.</source>
        <translation>权重保存在 %1。修改数字、保存文件后重新分析即可。</translation>
    </message>
    <message>
        <location filename="../ui/risk/riskviews.cpp" line="16"/>
        <source>Invoices and score</source>
        <translation>企票通</translation>
    </message>
</context>
<context>
    <name>dj::ui::MembersModel</name>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="31"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="31"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="35"/>
        <source>Rival</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="37"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="39"/>
        <source>Investee</source>
        <translation>对外投资企业</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="67"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="69"/>
        <source>Tier / level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="73"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="75"/>
        <source>Amount (10k yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="77"/>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="79"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="81"/>
        <source>Current risks</source>
        <translation>现存风险</translation>
    </message>
    <message>
        <location filename="../ui/risk/membersmodel.cpp" line="83"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>dj::ui::MonitorView</name>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="55"/>
        <location filename="../ui/risk/monitorview.cpp" line="502"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="81"/>
        <source>&amp;Run rules now</source>
        <translation>立即运行规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="83"/>
        <source>Compares the watched enterprises with their state at the last run (imports run the rules by themselves)</source>
        <translation>将监控企业与上次运行时的状态比较（导入数据后会自动运行规则）</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="85"/>
        <source>&amp;New rule…</source>
        <translation>新建规则(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="86"/>
        <source>&amp;Edit rule…</source>
        <translation>编辑规则(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="87"/>
        <source>&amp;Delete rule</source>
        <translation>删除规则(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="88"/>
        <source>&amp;Watch the selection</source>
        <translation>监控所选企业(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="89"/>
        <source>Adds the enterprises selected in another panel (a search result, a map selection) to the watch list &quot;Selection&quot;</source>
        <translation>将其他面板中选中的企业（搜索结果、地图选择）加入监控名单“所选企业”</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="91"/>
        <source>&amp;Unread only</source>
        <translation>仅未读(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="92"/>
        <source>&amp;Open only</source>
        <translation>仅未处理(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="93"/>
        <source>E&amp;xport alerts…</source>
        <translation>导出预警(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="94"/>
        <source>The alerts shown, with their evidence, to an Excel workbook or CSV</source>
        <translation>将显示的预警及其证据导出为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="95"/>
        <source>Alert re&amp;port…</source>
        <translation>预警报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="96"/>
        <source>The alerts shown, with their evidence, as a PDF report</source>
        <translation>将显示的预警及其证据生成 PDF 报告</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="114"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="114"/>
        <location filename="../ui/risk/monitorview.cpp" line="453"/>
        <location filename="../ui/risk/monitorview.cpp" line="494"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="114"/>
        <location filename="../ui/risk/monitorview.cpp" line="116"/>
        <location filename="../ui/risk/monitorview.cpp" line="453"/>
        <location filename="../ui/risk/monitorview.cpp" line="495"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="114"/>
        <source>Condition and scope</source>
        <translation>条件与范围</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="116"/>
        <location filename="../ui/risk/monitorview.cpp" line="453"/>
        <location filename="../ui/risk/monitorview.cpp" line="496"/>
        <source>Raised</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="116"/>
        <location filename="../ui/risk/monitorview.cpp" line="453"/>
        <location filename="../ui/risk/monitorview.cpp" line="494"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="116"/>
        <location filename="../ui/risk/monitorview.cpp" line="453"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="116"/>
        <location filename="../ui/risk/monitorview.cpp" line="454"/>
        <source>Assigned</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="116"/>
        <location filename="../ui/risk/monitorview.cpp" line="454"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="131"/>
        <source>Assi&amp;gned to:</source>
        <translation>处理人(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="138"/>
        <location filename="../ui/risk/monitorview.cpp" line="454"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="142"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="143"/>
        <source>Resolve / re&amp;open</source>
        <translation>办结 / 重新打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="144"/>
        <source>Mark unrea&amp;d</source>
        <translation>标为未读(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="145"/>
        <source>Open &amp;profile</source>
        <translation>打开企业档案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="159"/>
        <source>Export the alerts</source>
        <translation>导出预警</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="160"/>
        <location filename="../ui/risk/monitorview.cpp" line="166"/>
        <source>alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="160"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="166"/>
        <location filename="../ui/risk/monitorview.cpp" line="481"/>
        <location filename="../ui/risk/monitorview.cpp" line="482"/>
        <source>Alert report</source>
        <translation>预警报告</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="166"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="177"/>
        <source>Select enterprises in the search or on the map first.</source>
        <translation>请先在搜索或地图中选择企业。</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="182"/>
        <source>Selection</source>
        <translation>所选企业</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/monitorview.cpp" line="185"/>
        <source>%n enterprise(s) added to the watch list.</source>
        <translation>
            <numerusform>已将 %n 家企业加入监控名单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="187"/>
        <source>Watch list</source>
        <translation>监控名单</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="209"/>
        <location filename="../ui/risk/monitorview.cpp" line="420"/>
        <location filename="../ui/risk/monitorview.cpp" line="472"/>
        <location filename="../ui/risk/monitorview.cpp" line="483"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="266"/>
        <location filename="../ui/risk/monitorview.cpp" line="445"/>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="267"/>
        <location filename="../ui/risk/monitorview.cpp" line="446"/>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="268"/>
        <location filename="../ui/risk/monitorview.cpp" line="447"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/monitorview.cpp" line="284"/>
        <source>%n enterprise(s) watched in %1 list(s) (%2); %3 rules; %4 unread alerts. Double-click an alert to open the enterprise.</source>
        <translation>
            <numerusform>%1 个名单（%2）共监控 %n 家企业；%3 条规则；%4 条未读预警。双击预警可打开企业档案。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="300"/>
        <source>Running the monitoring rules…</source>
        <translation>正在运行监控规则…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/monitorview.cpp" line="308"/>
        <source>%1 watched enterprises compared with their last state: %n new alert(s).</source>
        <translation>
            <numerusform>已将 %1 家监控企业与上次状态比较：新增 %n 条预警。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="315"/>
        <location filename="../ui/risk/riskviews.cpp" line="17"/>
        <source>Monitoring</source>
        <translation>风险监控</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="328"/>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="338"/>
        <location filename="../ui/risk/monitorview.cpp" line="357"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="349"/>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="350"/>
        <source>Delete the rule &quot;%1&quot;? Its alerts stay in the inbox.</source>
        <translation>删除规则“%1”？其已产生的预警仍保留在收件箱中。</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="377"/>
        <source>Rule: %1 (%2)</source>
        <translation>规则：%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="382"/>
        <source>%1: %2, tier %3</source>
        <translation>%1：%2，第 %3 层</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="386"/>
        <source>Watched as: %1</source>
        <translation>监控身份：%1</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="387"/>
        <location filename="../ui/risk/monitorview.cpp" line="454"/>
        <location filename="../ui/risk/monitorview.cpp" line="497"/>
        <source>Before</source>
        <translation>变化前</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="388"/>
        <location filename="../ui/risk/monitorview.cpp" line="454"/>
        <location filename="../ui/risk/monitorview.cpp" line="498"/>
        <source>After</source>
        <translation>变化后</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="453"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="462"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="475"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="476"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="484"/>
        <source>Watch lists</source>
        <translation>监控名单</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/monitorview.cpp" line="489"/>
        <source>%n more alert(s) are in the XLSX export.</source>
        <translation>
            <numerusform>另有 %n 条预警见 XLSX 导出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="510"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="516"/>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/risk/monitorview.cpp" line="517"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>dj::ui::NetworkMapView</name>
    <message>
        <location filename="../ui/risk/networkmapview.cpp" line="68"/>
        <source>Flows</source>
        <translation>流向</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkmapview.cpp" line="69"/>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkmapview.cpp" line="85"/>
        <source>Ti&amp;ers shown:</source>
        <translation>显示层级(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkmapview.cpp" line="88"/>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkmapview.cpp" line="90"/>
        <source>Up to tier %1</source>
        <translation>至第 %1 级</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkmapview.cpp" line="92"/>
        <source>&amp;Suppliers</source>
        <translation>供应商(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkmapview.cpp" line="93"/>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkmapview.cpp" line="109"/>
        <source>width by amount; arrows point the way the goods go</source>
        <translation>线宽表示金额；箭头指向货物流向</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/networkmapview.cpp" line="219"/>
        <source>%n enterprise(s) and %1 flow(s) on the map.</source>
        <translation>
            <numerusform>地图上有 %n 家企业、%1 条流向。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risk/networkmapview.cpp" line="222"/>
        <source>The enterprise index is still loading: positions follow once it is ready.</source>
        <translation>企业索引仍在加载：就绪后显示位置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/networkmapview.cpp" line="225"/>
        <source>%n enterprise(s) without a known position are not drawn.</source>
        <translation>
            <numerusform>%n 家企业无已知位置，未绘制。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dj::ui::NetworkView</name>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="50"/>
        <source>Supply network</source>
        <translation>链企通</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/networkview.cpp" line="74"/>
        <source>%n current risk record(s): %1</source>
        <translation>
            <numerusform>%n 条现存风险记录：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="82"/>
        <source>Chain master</source>
        <translation>链主</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="103"/>
        <source>Tier %1 %2, %3 万元 (%4 % of its parent&apos;s)</source>
        <translation>第 %1 层%2，%3 万元（占上一级的 %4%）</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="105"/>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="105"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="114"/>
        <source>%1 万元 in %2</source>
        <translation>%2 年 %1 万元</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="138"/>
        <source>Rival</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="140"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="143"/>
        <source>Investee, %1 % held</source>
        <translation>对外投资企业，持股 %1%</translation>
    </message>
    <message>
        <location filename="../ui/risk/networkview.cpp" line="145"/>
        <source>← suppliers (tier 1, 2, 3)      customers →      red: serious risk · amber: other risk · green: none · edge width: amount</source>
        <translation>← 供应商（第 1、2、3 层）      客户 →      红：严重风险 · 橙：其他风险 · 绿：无 · 连线粗细：金额</translation>
    </message>
</context>
<context>
    <name>dj::ui::RuleDialog</name>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="26"/>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="26"/>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="34"/>
        <source>&amp;Condition:</source>
        <translation>条件(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="41"/>
        <source>e.g. 失信被执行人、限制高消费 (empty = any)</source>
        <translation>例如 失信被执行人、限制高消费（留空 = 任意）</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="42"/>
        <source>&amp;Kinds / statuses:</source>
        <translation>类型 / 状态(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="44"/>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="45"/>
        <source>Tax</source>
        <translation>纳税额</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="46"/>
        <source>Insured staff</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="47"/>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="49"/>
        <source>&amp;Figure:</source>
        <translation>指标(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="54"/>
        <source>Falls by at &amp;least:</source>
        <translation>下降至少(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="59"/>
        <source>Below &amp;share of expected:</source>
        <translation>低于预期的比例(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="61"/>
        <source>All watch lists</source>
        <translation>全部监控名单</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="65"/>
        <source>&amp;Watch list:</source>
        <translation>监控名单(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="75"/>
        <source>Roles (none = any):</source>
        <translation>角色（不选 = 任意）：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="78"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="80"/>
        <source>Up to &amp;tier:</source>
        <translation>最多到第几层(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="85"/>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/ruledialog.cpp" line="86"/>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
</context>
<context>
    <name>dj::ui::SupplyChainView</name>
    <message>
        <location filename="../ui/risk/riskviews.cpp" line="15"/>
        <location filename="../ui/risk/supplychainview.cpp" line="261"/>
        <location filename="../ui/risk/supplychainview.cpp" line="282"/>
        <source>Supply network</source>
        <translation>链企通</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="56"/>
        <source>Chain &amp;master:</source>
        <translation>链主(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="60"/>
        <source>Credit code or name</source>
        <translation>统一社会信用代码或名称</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="61"/>
        <source>Pick a chain master (most suppliers first) or type a credit code or a name</source>
        <translation>选择链主（按供应商数量排序）或输入统一社会信用代码、名称</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="66"/>
        <source>Tiers: </source>
        <translation>层数：</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="67"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="68"/>
        <source>&amp;Watch this network</source>
        <translation>监控此网络(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="71"/>
        <source>Adds the suppliers, customers, rivals, partners and investees to a watch list</source>
        <translation>将供应商、客户、竞争对手、合作伙伴和对外投资企业加入监控名单</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="72"/>
        <source>Export &amp;table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="73"/>
        <source>Supplier risk &amp;report…</source>
        <translation>供应商风险报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="91"/>
        <source>Map with flows</source>
        <translation>地图与流向</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="149"/>
        <source>Finding the chain masters…</source>
        <translation>正在查找链主…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/supplychainview.cpp" line="158"/>
        <source>%1 (%n supplier(s))</source>
        <translation>
            <numerusform>%1（%n 家供应商）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="177"/>
        <location filename="../ui/risk/supplychainview.cpp" line="179"/>
        <source>Reading the supply network…</source>
        <translation>正在读取供应链网络…</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="187"/>
        <source>No enterprise&apos;s name contains &quot;%1&quot;.</source>
        <translation>没有名称包含“%1”的企业。</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="214"/>
        <source>%1 (%2): %3 suppliers and %4 customers in %5 tiers, %6 rivals, %7 partners, %8 investees; %9 with serious risk records. Double-click an enterprise to open it.</source>
        <translation>%1（%2）：%5 层内供应商 %3 家、客户 %4 家，竞争对手 %6 家，合作伙伴 %7 家，对外投资企业 %8 家；其中 %9 家有严重风险记录。双击企业可打开档案。</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="232"/>
        <source>Show a network first.</source>
        <translation>请先显示一个网络。</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="237"/>
        <source>Chain %1</source>
        <translation>链主 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risk/supplychainview.cpp" line="239"/>
        <source>%n enterprise(s) added to the watch list &quot;%1&quot;.</source>
        <translation>
            <numerusform>已将 %n 家企业加入监控名单“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="242"/>
        <source>Watch list</source>
        <translation>监控名单</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="250"/>
        <source>Export the tier table</source>
        <translation>导出层级表</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="251"/>
        <source>-supply-network</source>
        <translation>-供应链网络</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="252"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="258"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="264"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="265"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="272"/>
        <location filename="../ui/risk/supplychainview.cpp" line="277"/>
        <location filename="../ui/risk/supplychainview.cpp" line="278"/>
        <source>Supplier risk report</source>
        <translation>供应商风险报告</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="273"/>
        <source>-supplier-risk</source>
        <translation>-供应商风险</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="273"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="279"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="279"/>
        <source>Registration status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="90"/>
        <location filename="../ui/risk/supplychainview.cpp" line="280"/>
        <source>Tiers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="280"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="281"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="285"/>
        <source>Supply network on the map</source>
        <translation>地图上的供应网络</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="288"/>
        <source>Suppliers and customers with current risk records</source>
        <translation>有现存风险记录的供应商和客户</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="293"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="293"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="297"/>
        <source>None of them has a current risk record.</source>
        <translation>均无现存风险记录。</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="300"/>
        <location filename="../ui/risk/supplychainview.cpp" line="311"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="300"/>
        <location filename="../ui/risk/supplychainview.cpp" line="311"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="300"/>
        <location filename="../ui/risk/supplychainview.cpp" line="311"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="300"/>
        <source>Risk kinds</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="300"/>
        <location filename="../ui/risk/supplychainview.cpp" line="311"/>
        <source>Amount (10k yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="301"/>
        <source>Tier table</source>
        <translation>层级表</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="311"/>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="312"/>
        <source>Current risks</source>
        <translation>现存风险</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="314"/>
        <source>Source: relations and invoices of the open cache (%1).</source>
        <translation>来源：当前缓存的企业关系和发票数据（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="316"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="322"/>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/risk/supplychainview.cpp" line="323"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
</context>
</TS>
