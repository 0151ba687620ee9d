<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CodesCommand</name>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="28"/>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="32"/>
        <source>Give at least one %1.</source>
        <translation>请至少提供一个%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="38"/>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="53"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="118"/>
        <source>region code or name</source>
        <translation>行政区划代码或名称</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="134"/>
        <source>Region &quot;%1&quot; not found.</source>
        <translation>未找到行政区划“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="143"/>
        <source>CODE...</source>
        <translation>代码...</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="144"/>
        <source>validate unified social credit codes (JSON Lines)</source>
        <translation>校验统一社会信用代码（JSON Lines）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="145"/>
        <source>NUMBER...</source>
        <translation>号码...</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="146"/>
        <source>validate resident ID numbers, 15-digit numbers upgraded (JSON Lines)</source>
        <translation>校验居民身份证号，15 位号码自动升位（JSON Lines）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="148"/>
        <source>CODE|NAME...</source>
        <translation>代码|名称...</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_codes.cpp" line="149"/>
        <source>look up GB/T 2260 regions by code (2/4/6/9 digits) or name (JSON Lines)</source>
        <translation>按代码（2/4/6/9 位）或名称查询 GB/T 2260 行政区划（JSON Lines）</translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <location filename="../core/codes/uscc.cpp" line="222"/>
        <source>The credit code is empty.</source>
        <translation>统一社会信用代码为空。</translation>
    </message>
    <message>
        <location filename="../core/codes/uscc.cpp" line="224"/>
        <source>A unified social credit code has 18 characters, this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，此代码为 %1 位。</translation>
    </message>
    <message>
        <location filename="../core/codes/uscc.cpp" line="228"/>
        <source>Character %1 is a lowercase letter; credit codes use capitals.</source>
        <translation>第 %1 位是小写字母；统一社会信用代码使用大写字母。</translation>
    </message>
    <message>
        <location filename="../core/codes/uscc.cpp" line="229"/>
        <source>Character %1 (%2) is not allowed in a credit code (0-9 and capitals except I, O, Z, S, V).</source>
        <translation>第 %1 位（%2）不是统一社会信用代码允许的字符（0-9 及除 I、O、Z、S、V 以外的大写字母）。</translation>
    </message>
    <message>
        <location filename="../core/codes/uscc.cpp" line="236"/>
        <source>The organisation code check character (position 17) does not match.</source>
        <translation>组织机构代码校验码（第 17 位）不正确。</translation>
    </message>
    <message>
        <location filename="../core/codes/uscc.cpp" line="238"/>
        <source>The check character (position 18) does not match; it should be %1.</source>
        <translation>校验码（第 18 位）不正确，应为 %1。</translation>
    </message>
</context>
<context>
    <name>dj::codes::IndustryTreeModel</name>
    <message>
        <location filename="../core/codes/industrytreemodel.cpp" line="12"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
</context>
<context>
    <name>dj::codes::RegionTreeModel</name>
    <message>
        <location filename="../core/codes/regiontreemodel.cpp" line="32"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
</context>
</TS>
