<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FieldWorkExchange</name>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="128" />
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="168" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="190" />
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="207" />
        <source>%1 has no %2 column: it is not a visits/tasks export.</source>
        <translation>%1 没有 %2 列：不是走访记录/走访任务的导出文件。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="214" />
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="236" />
        <source>%1, line %2: deleted must be 0 or 1, not "%3".</source>
        <translation>%1，第 %2 行：deleted 应为 0 或 1，而不是“%3”。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="247" />
        <source>%1, line %2: the stamps column is not valid JSON.</source>
        <translation>%1，第 %2 行：stamps 列不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="255" />
        <source>%1, line %2: a stamp time is not a time: "%3".</source>
        <translation>%1，第 %2 行：修改时间“%3”不是有效时间。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="261" />
        <source>%1, line %2: %3.</source>
        <translation>%1，第 %2 行：%3。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="267" />
        <source>%1, line %2: the record has no %3.</source>
        <translation>%1，第 %2 行：记录缺少 %3。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="269" />
        <source>%1, line %2: %3 is too long.</source>
        <translation>%1，第 %2 行：%3 过长。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="272" />
        <source>%1, line %2: %3 %4 appears twice.</source>
        <translation>%1，第 %2 行：%3 %4 重复出现。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="286" />
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="306" />
        <source>%1 holds no visits.csv or tasks.csv (nor one .xlsx workbook).</source>
        <translation>%1 中没有 visits.csv 或 tasks.csv（也没有唯一的 .xlsx 工作簿）。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="317" />
        <source>%1: a CSV file to merge is named visits.csv or tasks.csv.</source>
        <translation>%1：要合并的 CSV 文件应命名为 visits.csv 或 tasks.csv。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="338" />
        <source>%1 has no sheet named visits or tasks.</source>
        <translation>%1 中没有名为 visits 或 tasks 的工作表。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="341" />
        <source>%1 is not a visits/tasks export (a folder, visits.csv, tasks.csv or .xlsx).</source>
        <translation>%1 不是走访记录/任务的导出文件（文件夹、visits.csv、tasks.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="345" />
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="364" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="378" />
        <source>Give at least one export to merge.</source>
        <translation>请至少指定一个要合并的导出文件。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="448" />
        <source>Visit log</source>
        <translation>走访台账</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="450" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="450" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="450" />
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="450" />
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="450" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="451" />
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="451" />
        <source>People met</source>
        <translation>会见人员</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="451" />
        <source>Summary</source>
        <translation>走访内容</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="451" />
        <source>Needs</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="451" />
        <source>Need categories</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="452" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkexchange.cpp" line="452" />
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
</context>
<context>
    <name>FieldWorkStore</name>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="245" />
        <source>unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="248" />
        <source>%1 is longer than 200,000 characters</source>
        <translation>%1 超过 200,000 个字符</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="252" />
        <source>%1 must be a date YYYY-MM-DD, not "%2"</source>
        <translation>%1 应为日期 YYYY-MM-DD，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="255" />
        <source>kind must be one of %1, not "%2"</source>
        <translation>方式应为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="257" />
        <source>status must be one of %1, not "%2"</source>
        <translation>状态应为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="261" />
        <source>need category must be one of %1, not "%2"</source>
        <translation>诉求类别应为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="267" />
        <source>closes_task must be 0 or 1, not "%1"</source>
        <translation>closes_task 应为 0 或 1，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="270" />
        <source>%1 is too long for an identifier</source>
        <translation>%1 作为编号过长</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="607" />
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="669" />
        <source>Cannot save the record: %1.</source>
        <translation>无法保存记录：%1。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="673" />
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="694" />
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="711" />
        <source>No record %1 in this cache.</source>
        <translation>缓存中没有记录 %1。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="675" />
        <source>The record %1 is deleted; restore it first.</source>
        <translation>记录 %1 已删除，请先恢复。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="727" />
        <source>Generated tasks need a reason (e.g. 外迁风险核实).</source>
        <translation>批量生成任务需要填写原因（如：外迁风险核实）。</translation>
    </message>
    <message>
        <location filename="../core/fieldwork/fieldworkstore.cpp" line="730" />
        <source>Cannot create the tasks: %1.</source>
        <translation>无法创建任务：%1。</translation>
    </message>
</context>
<context>
    <name>VisitsCommand</name>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="52" />
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="59" />
        <source>Option --since takes a date YYYY-MM-DD.</source>
        <translation>选项 --since 需要日期 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="79" />
        <source>Give at least one export to merge: a folder, visits.csv, tasks.csv or an .xlsx workbook.</source>
        <translation>请至少指定一个要合并的导出文件：文件夹、visits.csv、tasks.csv 或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="83" />
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="98" />
        <source>Nothing was merged: %1</source>
        <translation>未合并任何内容：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="111" />
        <source>Option --reason needs a text.</source>
        <translation>选项 --reason 需要文字。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="116" />
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="126" />
        <source>filter file</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="130" />
        <source>Filter %1 refused: %2</source>
        <translation>筛选文件 %1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="135" />
        <source>Give the enterprises: USCCs, --list FILE or --filter F.json.</source>
        <translation>请指定企业：统一社会信用代码、--list 文件或 --filter F.json。</translation>
    </message>
</context>
<context>
    <name>dj::store</name>
    <message>
        <location filename="../app/cli/cmd_visits.cpp" line="33" />
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
</context>
<context>
    <name>dj::ui::FieldWorkPanel</name>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="59" />
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="82" />
        <source>New &amp;task…</source>
        <translation>新建任务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="83" />
        <source>New &amp;visit</source>
        <translation>新建走访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="84" />
        <source>Tasks from &amp;selection…</source>
        <translation>按所选企业生成任务(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="86" />
        <source>One task per enterprise of the current selection (search result, map selection, watch list)</source>
        <translation>为当前选中的每家企业（搜索结果、地图选择、关注名单）各建一个任务</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="89" />
        <source>E&amp;xchange</source>
        <translation>交换(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="92" />
        <source>Export my visits and tasks…</source>
        <translation>导出我的走访记录和任务…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="94" />
        <source>Merge a colleague's export…</source>
        <translation>合并同事的导出文件…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="96" />
        <source>Deleted records…</source>
        <translation>已删除的记录…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="99" />
        <source>Visit &amp;log</source>
        <translation>走访台账(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="102" />
        <source>Export to XLSX…</source>
        <translation>导出为 XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="103" />
        <source>PDF visit report…</source>
        <translation>PDF 走访报告…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="112" />
        <source>My &amp;name:</source>
        <translation>我的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="114" />
        <source>for "my tasks" and the history</source>
        <translation>用于“我的任务”和修改历史</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="131" />
        <source>&amp;Assignee</source>
        <translation>负责人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="132" />
        <source>&amp;Due</source>
        <translation>截止(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="133" />
        <source>Any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="134" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="135" />
        <source>This week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="136" />
        <source>Next 30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="137" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="138" />
        <source>&amp;Park</source>
        <translation>园区(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="140" />
        <source>Vie&amp;w</source>
        <translation>视图(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="141" />
        <source>Board by status</source>
        <translation>按状态看板</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="142" />
        <source>List by due date</source>
        <translation>按截止日期列表</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="147" />
        <source>This week:</source>
        <translation>本周走访：</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="215" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="614" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="215" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="215" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="215" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="612" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="215" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="613" />
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="215" />
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="240" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="241" />
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="343" />
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="346" />
        <source>My tasks (%1)</source>
        <translation>我的任务（%1）</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="351" />
        <source>Any reason</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="355" />
        <source>Any park</source>
        <translation>全部园区</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="371" />
        <source>Open a cache to see visit tasks.</source>
        <translation>请先打开缓存文件以查看走访任务。</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="401" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="539" />
        <source>Met: %1</source>
        <translation>会见：%1</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="542" />
        <source>Needs: %1 %2</source>
        <translation>诉求：%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="544" />
        <source>Follow-up: %1 %2</source>
        <translation>跟进：%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="446" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="522" />
        <source>Visit history of %1 (%2 visits)</source>
        <translation>%1 的走访档案（%2 次）</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="449" />
        <source>Visits on %1 (%2)</source>
        <translation>%1 的走访（%2 次）</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="451" />
        <source>Visits this week (%1)</source>
        <translation>本周走访（%1 次）</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="471" />
        <source>no visits</source>
        <translation>无走访</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="471" />
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次走访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="553" />
        <source>The cache is open read-only: visits and tasks can be read and exported, not changed.</source>
        <translation>缓存以只读方式打开：走访记录和任务只能查看和导出，不能修改。</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="564" />
        <source>The open visit waits for the cache to save it; open the next one when it is saved.</source>
        <translation>当前走访记录正在等待缓存保存；保存后再打开下一条。</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="585" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="588" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="645" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="652" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="662" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="849" />
        <location filename="../ui/fieldwork/fieldworkpanel.h" line="43" />
        <source>Visit tasks</source>
        <translation>走访任务</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="591" />
        <source>Task moved to %1</source>
        <translation>任务已移至“%1”</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="601" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="627" />
        <source>New visit task</source>
        <translation>新建走访任务</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="611" />
        <source>Enterprise (USCC)</source>
        <translation>企业（统一社会信用代码）</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="646" />
        <source>%1 tasks created; %2 enterprises already had an open task with this reason; %3 not in the cache.</source>
        <translation>已创建 %1 个任务；%2 家企业已有同一原因的未完成任务；%3 家不在缓存中。</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="663" />
        <source>Select enterprises first: a search result, a map selection or a watch list.</source>
        <translation>请先选择企业：搜索结果、地图选择或关注名单。</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="674" />
        <source>Tasks from selection</source>
        <translation>按所选企业生成任务</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="675" />
        <source>Reason for visiting these %n enterprise(s):</source>
        <translation>
            <numerusform>走访这 %n 家企业的原因：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="676" />
        <source>Relocation risk check</source>
        <translation>外迁风险核实</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="676" />
        <source>Potential high-tech enterprise</source>
        <translation>潜在高新技术企业培育</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="676" />
        <source>Potential specialised SME</source>
        <translation>潜在专精特新企业培育</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="677" />
        <source>Search result follow-up</source>
        <translation>搜索结果走访</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="677" />
        <source>Map selection visit</source>
        <translation>地图选区走访</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="689" />
        <source>Export visits and tasks to folder</source>
        <translation>将走访记录和任务导出到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="695" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="701" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="696" />
        <source>%1 visits and %2 tasks written to %3 (visits.csv, tasks.csv, fieldwork.xlsx).</source>
        <translation>已将 %1 条走访记录和 %2 个任务写入 %3（visits.csv、tasks.csv、fieldwork.xlsx）。</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="710" />
        <source>Merge a colleague's export</source>
        <translation>合并同事的导出文件</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="711" />
        <source>Visits and tasks (visits.csv tasks.csv *.xlsx)</source>
        <translation>走访记录和任务 (visits.csv tasks.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="717" />
        <source>%1 records added, %2 updated, %3 unchanged.</source>
        <translation>新增 %1 条，更新 %2 条，未变 %3 条。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="723" />
        <source>%n field(s) were edited on both sides; the later edit was kept and the other is in the record's history:</source>
        <translation>
            <numerusform>有 %n 个字段在双方都被修改；已保留较晚的修改，另一版本保存在记录的修改历史中：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="731" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="733" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="733" />
        <source>Nothing was merged: %1</source>
        <translation>未合并任何内容：%1</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="745" />
        <source>PDF visit report</source>
        <translation>PDF 走访报告</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="745" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="837" />
        <source>Visit log</source>
        <translation>走访台账</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="747" />
        <source>The enterprise in focus</source>
        <translation>当前企业</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="748" />
        <source>A park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="749" />
        <source>All visits between</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="784" />
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="792" />
        <source>Save PDF visit report</source>
        <translation>保存 PDF 走访报告</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="792" />
        <source>Save visit log</source>
        <translation>保存走访台账</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="793" />
        <source>Visit report.pdf</source>
        <translation>走访报告.pdf</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="793" />
        <source>Visit log.xlsx</source>
        <translation>走访台账.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="794" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="794" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="804" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="805" />
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="827" />
        <source>Visit report</source>
        <translation>走访报告</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="806" />
        <source>Scope: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="807" />
        <source>Generated %1, %n visit(s)</source>
        <translation>
            <numerusform>生成于 %1，共 %n 次走访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="817" />
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="818" />
        <source>People met</source>
        <translation>会见人员</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="819" />
        <source>Summary</source>
        <translation>走访内容</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="820" />
        <source>Needs</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="821" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="830" />
        <source>Visit report written to %1</source>
        <translation>走访报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="835" />
        <source>Visit log written to %1</source>
        <translation>走访台账已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="851" />
        <source>Visit deleted; Exchange → Deleted records… restores it.</source>
        <translation>走访记录已删除；可在“交换 → 已删除的记录…”中恢复。</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="865" />
        <source>Deleted records</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="872" />
        <source>Visit %1 %2: %3</source>
        <translation>走访 %1 %2：%3</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="873" />
        <source>Task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/fieldworkpanel.cpp" line="880" />
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dj::ui::VisitEditor</name>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="42" />
        <source>Visit record</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="53" />
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="65" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="69" />
        <source>&amp;Kind</source>
        <translation>方式(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="71" />
        <source>&amp;Visitor</source>
        <translation>走访人(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="73" />
        <source>Names and titles as introduced, e.g. 李总（总经理）</source>
        <translation>按介绍记录姓名和职务，如：李总（总经理）</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="74" />
        <source>&amp;People met</source>
        <translation>会见人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="78" />
        <source>What was discussed. Saved as you type.</source>
        <translation>交流内容，输入时自动保存。</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="79" />
        <source>&amp;Summary</source>
        <translation>走访内容(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="89" />
        <source>Need categories</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="93" />
        <source>N&amp;eeds</source>
        <translation>诉求(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="98" />
        <source>by</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="106" />
        <source>&amp;Follow-up</source>
        <translation>跟进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="107" />
        <source>This visit completes its task</source>
        <translation>本次走访完成该任务</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="117" />
        <source>&amp;History…</source>
        <translation>修改历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="211" />
        <location filename="../ui/fieldwork/visiteditor.cpp" line="242" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="249" />
        <source>Waiting to save (the cache is busy); saved %1</source>
        <translation>等待保存（缓存正忙）；上次保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="251" />
        <source>Waiting to save (the cache is busy)</source>
        <translation>等待保存（缓存正忙）</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="253" />
        <source>%1
Your text is kept and saved as soon as the other work ends.</source>
        <translation>%1
您输入的内容已保留，其他操作结束后立即保存。</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="256" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="261" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="267" />
        <source>Visit: %1</source>
        <translation>走访：%1</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="270" />
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="270" />
        <source>Address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="271" />
        <source>Operating at</source>
        <translation>经营地址</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="274" />
        <source>Contact roles</source>
        <translation>联系人及职务</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="282" />
        <source>none recorded</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="285" />
        <source>Open risks</source>
        <translation>未解除的风险</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="300" />
        <location filename="../ui/fieldwork/visiteditor.cpp" line="322" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="311" />
        <source>Earlier visits</source>
        <translation>以往走访</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="328" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="329" />
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="385" />
        <source>Waiting to save (the cache is busy); closes when saved</source>
        <translation>等待保存（缓存正忙）；保存后自动关闭</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="396" />
        <source>History of this visit</source>
        <translation>本次走访的修改历史</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="403" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="403" />
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="403" />
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="403" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork/visiteditor.cpp" line="403" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
</TS>