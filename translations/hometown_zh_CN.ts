<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HometownBrief</name>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="48" />
        <location filename="../ui/hometown/hometownbrief.cpp" line="49" />
        <source>Hometown entrepreneurs' meeting brief</source>
        <translation>乡贤恳谈会简报</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="50" />
        <source>Natives of %1 with enterprises in %2 · %3 person(s) · as of %4</source>
        <translation>%1籍在%2的企业家 · %3人 · 截至%4</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="54" />
        <source>Where they are</source>
        <translation>分布情况</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="56" />
        <source>%1 entrepreneur(s), %2 enterprise(s), revenue %3 万元, tax %4 万元 (latest years).</source>
        <translation>企业家%1人，企业%2家，营收%3万元，税收%4万元（最近年度）。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="67" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="39" />
        <location filename="../ui/hometown/hometownbrief.cpp" line="67" />
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="28" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="61" />
        <source>Persons by city</source>
        <translation>按城市统计人数</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="67" />
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="67" />
        <source>Revenue (万元)</source>
        <translation>营收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="67" />
        <source>Tax (万元)</source>
        <translation>税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="70" />
        <source>Ranked entrepreneurs</source>
        <translation>企业家排名</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="72" />
        <source>Score = revenue %1 + tax %2 + capital %3 (log10 of 万元, weighted by role and share) + enterprises %4 + qualifications %5 + priority industries %6 − risks %7.</source>
        <translation>得分 = 营收 %1 + 税收 %2 + 资本 %3（万元取 log10，按角色与持股加权）+ 企业数 %4 + 资质 %5 + 重点产业 %6 − 风险 %7。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="97" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="97" />
        <source>ID number (masked)</source>
        <translation>身份证号（脱敏）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="97" />
        <source>Origin</source>
        <translation>籍贯/出生地</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="98" />
        <source>Enterprises and roles</source>
        <translation>企业及角色</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="98" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="98" />
        <source>Registers</source>
        <translation>名录</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="92" />
        <source>… %1 more</source>
        <translation>…… 另有%1家</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownbrief.cpp" line="100" />
        <source>Computed from the workstation's cache. Origins come from the ID number's address code (retired codes resolved to today's regions) and from 籍贯 where a source gives it.</source>
        <translation>依据工作站缓存计算。籍贯来自身份证号地址码（已撤销代码对应到今日行政区）及来源提供的籍贯。</translation>
    </message>
</context>
<context>
    <name>HometownCommand</name>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="46" />
        <source>%1 "%2" is not a region code of 2, 4 or 6 digits that exists today.</source>
        <translation>%1 “%2”不是现行的 2、4 或 6 位行政区划代码。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="154" />
        <source>Give either --origin or --target.</source>
        <translation>请给出 --origin 或 --target 之一。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="209" />
        <source>Register "%1" not found.</source>
        <translation>未找到名录“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="226" />
        <source>persons born in or native to the origin who hold roles or shares in enterprises of the target, ranked; roles 法定代表人, 股东, 董监高, 受益所有人, 实际控制人 (ubo: both; through intermediate companies, ultimate_share in percent) or titles; share in percent (share_pct); score_parts show the score</source>
        <translation>出生或籍贯在来源地、在目标地区企业任职或持股的人员，按得分排序；角色：法定代表人、股东、董监高、受益所有人、实际控制人（ubo：两者；含经中间企业间接持有，ultimate_share 为百分比）或职务名称；持股比例为百分比（share_pct）；score_parts 显示得分构成</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="233" />
        <source>aggregates: where an origin's entrepreneurs are (by_target_province, by_target_city, by_section), or one target's entrepreneurs by origin (by_origin_province, by_origin_city)</source>
        <translation>汇总：来源地企业家的去向（by_target_province、by_target_city、by_section），或目标地区企业家的来源（by_origin_province、by_origin_city）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="238" />
        <source>builds the persisted hometown snapshot beside the cache (FILE.hometown) unless it is current; import and demo build it, queries use it when current</source>
        <translation>在缓存旁生成乡贤快照文件（FILE.hometown），已是最新则不重建；导入和演示数据生成时自动生成，查询在其为最新时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="242" />
        <source>list the registers, or one register's members with status (ID numbers masked)</source>
        <translation>列出名录，或某名录的成员及状态（身份证号脱敏）</translation>
    </message>
</context>
<context>
    <name>HometownData</name>
    <message>
        <location filename="../core/hometown/hometowndata.cpp" line="587" />
        <source>Reading persons</source>
        <translation>读取人员</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometowndata.cpp" line="589" />
        <source>Reading enterprises</source>
        <translation>读取企业</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometowndata.cpp" line="591" />
        <source>Reading financial figures</source>
        <translation>读取财务数据</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometowndata.cpp" line="613" />
        <source>Reading qualifications and risks</source>
        <translation>读取资质与风险</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometowndata.cpp" line="622" />
        <source>Reading roles and shareholdings</source>
        <translation>读取任职与持股</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometowndata.cpp" line="624" />
        <source>Reading ownership (beneficial owners, actual controllers)</source>
        <translation>读取股权（受益所有人、实际控制人）</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometowndata.cpp" line="630" />
        <source>Reading registers</source>
        <translation>读取名录</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometowndata.cpp" line="633" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometowndata.cpp" line="732" />
        <source>A mapped snapshot is already persisted.</source>
        <translation>已映射的快照已经保存，无需再写。</translation>
    </message>
</context>
<context>
    <name>HometownEngine</name>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="124" />
        <source>Unknown weight "%1".</source>
        <translation>未知权重“%1”。</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="127" />
        <source>Weight "%1" must be a number from 0 to 100.</source>
        <translation>权重“%1”须为 0 到 100 之间的数。</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="131" />
        <source>legal_rep_factor and officer_factor must lie between 0 and 1.</source>
        <translation>legal_rep_factor 与 officer_factor 须在 0 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="143" />
        <source>Give at least one origin region (2, 4 or 6 digits).</source>
        <translation>请至少给出一个来源地区（2、4 或 6 位）。</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="147" />
        <location filename="../core/hometown/hometownengine.cpp" line="412" />
        <source>Origin "%1" is not a region code of 2, 4 or 6 digits.</source>
        <translation>来源“%1”不是 2、4 或 6 位的行政区划代码。</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="152" />
        <location filename="../core/hometown/hometownengine.cpp" line="446" />
        <source>Target "%1" is not a region code of 2, 4 or 6 digits.</source>
        <translation>目标“%1”不是 2、4 或 6 位的行政区划代码。</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="157" />
        <source>Industry "%1" is neither a section letter nor a 2–4 digit code.</source>
        <translation>行业“%1”既不是门类字母，也不是 2–4 位代码。</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="161" />
        <source>Give at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="163" />
        <source>The minimum share must lie between 0 and 100.</source>
        <translation>最低持股比例须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../core/hometown/hometownengine.cpp" line="165" />
        <source>The limit must not be negative.</source>
        <translation>数量上限不能为负。</translation>
    </message>
</context>
<context>
    <name>dj::store</name>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="28" />
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>dj::ui::HometownPanel</name>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="63" />
        <source>ID birthplace</source>
        <translation>身份证出生地</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="64" />
        <source>Native place (籍贯)</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="70" />
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="72" />
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="74" />
        <source>prefecture</source>
        <translation>地级</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="76" />
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="106" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="108" />
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="110" />
        <source>Add to register…</source>
        <translation>加入名录…</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="111" />
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="112" />
        <source>PDF brief…</source>
        <translation>PDF 简报…</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="120" />
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="123" />
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="124" />
        <source>Aggregates</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="126" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="310" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="702" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="771" />
        <source>Registers</source>
        <translation>名录</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="161" />
        <source>Choose the origin (hometown) and the target region, then search.</source>
        <translation>请选择来源地（家乡）和目标地区，然后查询。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="191" />
        <source>Filter: name or code</source>
        <translation>筛选：名称或代码</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="213" />
        <source>Origin (hometown; several allowed)</source>
        <translation>来源地（家乡，可多选）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="214" />
        <source>Target region (none checked = nationwide)</source>
        <translation>目标地区（不勾选 = 全国）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="217" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="690" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="219" />
        <source>Legal rep.</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="220" />
        <source>Shareholder</source>
        <translation>股东</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="221" />
        <source>Directors/officers</source>
        <translation>董监高</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="222" />
        <source>Beneficial owner / actual controller</source>
        <translation>受益所有人/实际控制人</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="223" />
        <source>受益所有人 (≥ 25 % ultimately, or control) and 实际控制人, also through intermediate companies (ownership engine)</source>
        <translation>受益所有人（最终持股≥25%或实际控制）与实际控制人，包括通过中间企业间接持有（股权穿透引擎）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="236" />
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="239" />
        <source>e.g. C, 65 (empty = all)</source>
        <translation>如 C, 65（留空 = 全部）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="241" />
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="246" />
        <source>Min. share</source>
        <translation>最低持股</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="249" />
        <source>the origin's priority industries</source>
        <translation>来源地重点产业</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="250" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="251" />
        <source>Store the priority industries for the checked origin in the cache</source>
        <translation>将所勾选来源地的重点产业保存到缓存</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="257" />
        <source>Priorities</source>
        <translation>重点产业</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="258" />
        <source>Only people not yet in the register</source>
        <translation>只看尚未入会的人</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="263" />
        <source>Score weights</source>
        <translation>得分权重</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="267" />
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="268" />
        <source>Tax</source>
        <translation>税收</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="269" />
        <source>Capital</source>
        <translation>资本</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="270" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="309" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="346" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="678" />
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="271" />
        <source>Qualifications</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="272" />
        <source>Priority fit</source>
        <translation>产业契合</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="273" />
        <source>Risk penalty</source>
        <translation>风险扣分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="309" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="309" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="768" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="309" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="662" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="769" />
        <source>Origin</source>
        <translation>籍贯/出生地</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="309" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="769" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="309" />
        <source>Weighted revenue (万元)</source>
        <translation>加权营收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="310" />
        <source>Weighted tax (万元)</source>
        <translation>加权税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="310" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="670" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="769" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="310" />
        <source>Score parts</source>
        <translation>得分构成</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="336" />
        <source>Where the origin's entrepreneurs are (by target city)</source>
        <translation>来源地企业家的去向（按城市）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="337" />
        <source>Where the origin's entrepreneurs are (by industry section)</source>
        <translation>来源地企业家的去向（按行业门类）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="338" />
        <source>The target's entrepreneurs by origin province</source>
        <translation>目标地区企业家的来源（按省份）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="339" />
        <source>The target's entrepreneurs by origin city</source>
        <translation>目标地区企业家的来源（按城市）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="346" />
        <source>Region / section</source>
        <translation>地区 / 门类</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="346" />
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="346" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="691" />
        <source>Revenue (万元)</source>
        <translation>营收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="346" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="691" />
        <source>Tax (万元)</source>
        <translation>税收（万元）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="482" />
        <source>Reading the origin's persons, roles and shareholdings</source>
        <translation>读取家乡人员及其任职和持股</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="486" />
        <source>Reading the target's entrepreneurs</source>
        <translation>读取目标地区的企业家</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="490" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="573" />
        <source>nationwide</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="595" />
        <source>retired code %1 (%2)</source>
        <translation>已撤销代码 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="597" />
        <source>revenue %1 · tax %2 · capital %3 · firms %4 · qual. %5 · fit %6 · risk %7</source>
        <translation>营收 %1 · 税收 %2 · 资本 %3 · 企业 %4 · 资质 %5 · 契合 %6 · 风险 %7</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="618" />
        <source>industry %1</source>
        <translation>行业 %1</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="638" />
        <source>%1 entrepreneur(s) from %2 in %3%4</source>
        <translation>%2籍在%3的企业家 %1 人%4</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="642" />
        <source> (top %1 listed)</source>
        <translation>（列出前 %1 名）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="644" />
        <source> · %1 not in %2</source>
        <translation> · 其中 %1 人未入%2</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="660" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="768" />
        <source>Person ID</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="660" />
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="667" />
        <source>; retired code, then %1</source>
        <translation>；已撤销代码，原为%1</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="673" />
        <source>Revenue (weighted %1 万元)</source>
        <translation>营收（加权 %1 万元）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="675" />
        <source>Tax (weighted %1 万元)</source>
        <translation>税收（加权 %1 万元）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="676" />
        <source>Capital (weighted %1 万元)</source>
        <translation>资本（加权 %1 万元）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="679" />
        <source>Qualifications (%1 points)</source>
        <translation>资质（%1 分）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="681" />
        <source>Priority industries (%1)</source>
        <translation>重点产业（%1）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="682" />
        <source>Risks (%1)</source>
        <translation>风险（%1）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="686" />
        <source>Enterprises, roles and shares</source>
        <translation>企业、角色与持股</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="690" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="690" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="690" />
        <source>Share</source>
        <translation>持股</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="691" />
        <source>Qualifications and risks</source>
        <translation>资质与风险</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="703" />
        <source>Not yet in any register.</source>
        <translation>尚未加入任何名录。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="719" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="747" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="751" />
        <source>Add to register</source>
        <translation>加入名录</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="747" />
        <source>Select one or more persons in the ranking first.</source>
        <translation>请先在排名中选择一人或多人。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="752" />
        <source>Register (choose or type a new name):</source>
        <translation>名录（选择或输入新名称）：</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="756" />
        <source>Prospect</source>
        <translation>拟发展</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="757" />
        <source>%1 person(s) added to %2.</source>
        <translation>已将 %1 人加入%2。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="764" />
        <source>Export ranking</source>
        <translation>导出排名</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="765" />
        <source>hometown entrepreneurs.xlsx</source>
        <translation>乡贤企业家.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="765" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="768" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="768" />
        <source>ID number (masked)</source>
        <translation>身份证号（脱敏）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="769" />
        <source>Origin code</source>
        <translation>籍贯代码</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="769" />
        <source>Revenue part</source>
        <translation>营收分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="769" />
        <source>Tax part</source>
        <translation>税收分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="770" />
        <source>Capital part</source>
        <translation>资本分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="770" />
        <source>Enterprises part</source>
        <translation>企业数分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="770" />
        <source>Qualifications part</source>
        <translation>资质分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="770" />
        <source>Priority part</source>
        <translation>产业契合分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="771" />
        <source>Risk part</source>
        <translation>风险分</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="771" />
        <source>Enterprises and roles</source>
        <translation>企业及角色</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="785" />
        <source>Ranking exported to %1.</source>
        <translation>排名已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="787" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="796" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="805" />
        <source>PDF brief</source>
        <translation>PDF 简报</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="796" />
        <source>hometown meeting brief.pdf</source>
        <translation>乡贤恳谈会简报.pdf</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="796" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="803" />
        <source>Brief written to %1.</source>
        <translation>简报已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="833" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="851" />
        <location filename="../ui/hometown/hometownpanel.cpp" line="853" />
        <source>Priority industries</source>
        <translation>重点产业</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="834" />
        <source>Check exactly one origin to store its priority industries.</source>
        <translation>请只勾选一个来源地以保存其重点产业。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.cpp" line="848" />
        <source>Priority industries of %1 saved.</source>
        <translation>已保存%1的重点产业。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/hometownpanel.h" line="47" />
        <source>Hometown</source>
        <translation>乡贤招商</translation>
    </message>
</context>
<context>
    <name>dj::ui::RegisterView</name>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="31" />
        <source>Register:</source>
        <translation>名录：</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="38" />
        <source>Set status…</source>
        <translation>设置状态…</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="39" />
        <source>Log contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="40" />
        <location filename="../ui/hometown/registerview.cpp" line="313" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="41" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="48" />
        <source>Person ID</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="48" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="48" />
        <source>ID number (masked)</source>
        <translation>身份证号（脱敏）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="48" />
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="49" />
        <location filename="../ui/hometown/registerview.cpp" line="270" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="49" />
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="49" />
        <source>Contacts</source>
        <translation>联系次数</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="49" />
        <location filename="../ui/hometown/registerview.cpp" line="65" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="60" />
        <location filename="../ui/hometown/registerview.cpp" line="208" />
        <source>Contact log: select a member.</source>
        <translation>联系记录：请选择一位成员。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="65" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="65" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="159" />
        <location filename="../ui/hometown/registerview.cpp" line="268" />
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="164" />
        <source>%1 (last %2)</source>
        <translation>%1（最近 %2）</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="180" />
        <source>%1 member(s)</source>
        <translation>成员 %1 人</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="215" />
        <source>Contact log of %1: %2 contact(s)</source>
        <translation>%1 的联系记录：共 %2 次</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="268" />
        <source>Prospect</source>
        <translation>拟发展</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="268" />
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="268" />
        <source>Left</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="270" />
        <source>Status of %1:</source>
        <translation>%1 的状态：</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="277" />
        <location filename="../ui/hometown/registerview.cpp" line="303" />
        <location filename="../ui/hometown/registerview.cpp" line="320" />
        <source>Register</source>
        <translation>名录</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="289" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="289" />
        <source>Meeting</source>
        <translation>座谈</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="289" />
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="289" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="291" />
        <location filename="../ui/hometown/registerview.cpp" line="295" />
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="291" />
        <source>How was %1 contacted:</source>
        <translation>与 %1 的联系方式：</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="295" />
        <source>What was agreed with %1:</source>
        <translation>与 %1 的沟通内容：</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="289" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="313" />
        <source>Remove %1 from %2?</source>
        <translation>将 %1 从%2中移除？</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="328" />
        <source>Export register</source>
        <translation>导出名录</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="329" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="343" />
        <source>Register exported to %1.</source>
        <translation>名录已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/hometown/registerview.cpp" line="345" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>hometown</name>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="56" />
        <source>--origin needs at least one region code.</source>
        <translation>--origin 至少需要一个行政区划代码。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="68" />
        <source>Unknown role "%1": use 法定代表人, 股东, 董监高, 受益所有人, 实际控制人 or a title of roles.csv.</source>
        <translation>未知角色“%1”：请使用 法定代表人、股东、董监高、受益所有人、实际控制人 或 roles.csv 中的职务。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="75" />
        <source>--roles needs at least one role.</source>
        <translation>--roles 至少需要一个角色。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="82" />
        <source>--min-share takes a percentage from 0 to 100.</source>
        <translation>--min-share 取 0 到 100 的百分比。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="88" />
        <source>--min-score takes a number.</source>
        <translation>--min-score 取一个数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="96" />
        <source>Cannot read the weights file %1: %2</source>
        <translation>无法读取权重文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_hometown.cpp" line="103" />
        <source>--weights is not a JSON object: %1</source>
        <translation>--weights 不是 JSON 对象：%1</translation>
    </message>
</context>
</TS>