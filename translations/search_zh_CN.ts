<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchMatcher</name>
    <message>
        <location filename="../core/match/batchmatcher.cpp" line="174"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../core/match/batchmatcher.cpp" line="176"/>
        <source>Exact name</source>
        <translation>名称精确匹配</translation>
    </message>
    <message>
        <location filename="../core/match/batchmatcher.cpp" line="178"/>
        <source>Former name</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <location filename="../core/match/batchmatcher.cpp" line="180"/>
        <source>Similar name</source>
        <translation>相似名称</translation>
    </message>
    <message>
        <location filename="../core/match/batchmatcher.cpp" line="182"/>
        <source>Ambiguous</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../core/match/batchmatcher.cpp" line="184"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../core/match/batchmatcher.cpp" line="280"/>
        <location filename="../core/match/batchmatcher.cpp" line="284"/>
        <source>Matching</source>
        <translation>正在匹配</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../app/cli/cmd_search.cpp" line="34"/>
        <source>filter file</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_search.cpp" line="39"/>
        <source>Filter %1 refused: %2</source>
        <translation>筛选文件 %1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_search.cpp" line="97"/>
        <source>--sort takes FIELD or FIELD:desc with FIELD one of %1.</source>
        <translation>--sort 的格式为 字段 或 字段:desc，字段可为 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_search.cpp" line="177"/>
        <source>screen the enterprises of a cache with a filter file (JSON)</source>
        <translation>按筛选文件筛选缓存中的企业（JSON）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_search.cpp" line="180"/>
        <source>time a filter: open the cache once, run it R times (count, first 50 by revenue, facets)</source>
        <translation>筛选计时：打开缓存一次，运行 R 次（计数、按营收前 50 条、分面统计）</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <location filename="../core/search/searchindex.cpp" line="189"/>
        <source>Indexing enterprises</source>
        <translation>正在索引企业</translation>
    </message>
    <message>
        <location filename="../core/search/searchindex.cpp" line="268"/>
        <source>Indexing financial years</source>
        <translation>正在索引财务年度</translation>
    </message>
    <message>
        <location filename="../core/search/searchindex.cpp" line="315"/>
        <location filename="../core/search/searchindex.cpp" line="368"/>
        <location filename="../core/search/searchindex.cpp" line="373"/>
        <source>Indexing financing, licences, qualifications and risks</source>
        <translation>正在索引融资、许可、资质和风险</translation>
    </message>
</context>
<context>
    <name>dj::search::FilterError</name>
    <message>
        <location filename="../core/search/filter.cpp" line="23"/>
        <source>Filter key &quot;%1&quot;: expected %2.</source>
        <translation>筛选条件“%1”：应为%2。</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="39"/>
        <source>a list of %1</source>
        <translation>由%1组成的列表</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="62"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="70"/>
        <location filename="../core/search/filter.cpp" line="219"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="80"/>
        <source>a date YYYY-MM-DD</source>
        <translation>日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="87"/>
        <source>an object with keys %1</source>
        <translation>包含键 %1 的对象</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="92"/>
        <source>one of the keys %1 (unknown key)</source>
        <translation>键 %1 之一（未知的键）</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="111"/>
        <source>min not greater than max</source>
        <translation>min 不大于 max</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="157"/>
        <source>The filter is not valid JSON: %1 at offset %2.</source>
        <translation>筛选条件不是有效的 JSON：%1（位置 %2）。</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="161"/>
        <source>The filter must be a JSON object.</source>
        <translation>筛选条件必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="176"/>
        <source>one of the filter keys %1 (unknown key)</source>
        <translation>筛选键 %1 之一（未知的键）</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="182"/>
        <source>GB/T 2260 region prefixes of 2, 4 or 6 digits</source>
        <translation>2、4 或 6 位的 GB/T 2260 行政区划代码前缀</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="183"/>
        <source>GB/T 4754 section letters (A–T) or 2–4 digit codes</source>
        <translation>GB/T 4754 门类字母（A–T）或 2–4 位行业代码</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="194"/>
        <source>registration statuses (%1)</source>
        <translation>登记状态（%1）</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="204"/>
        <source>&quot;from&quot; not after &quot;to&quot;</source>
        <translation>“from”不晚于“to”</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="224"/>
        <source>a rate greater than -1 (0.2 = 20 %)</source>
        <translation>大于 -1 的比率（0.2 = 20%）</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="230"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="233"/>
        <source>non-empty kind names</source>
        <translation>非空的类别名称</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="244"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../core/search/filter.cpp" line="247"/>
        <source>at most %1 characters</source>
        <translation>不超过 %1 个字符</translation>
    </message>
</context>
</TS>
