<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CoordTransform</name>
    <message>
        <location filename="../core/geo/coordtransform.cpp" line="163"/>
        <source>WGS-84 (GPS, OpenStreetMap, Tianditu)</source>
        <translation>WGS-84（GPS、OpenStreetMap、天地图）</translation>
    </message>
    <message>
        <location filename="../core/geo/coordtransform.cpp" line="165"/>
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../core/geo/coordtransform.cpp" line="167"/>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
</context>
<context>
    <name>GeoCli</name>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="31"/>
        <source>%1 must be wgs84, gcj02 or bd09, not &quot;%2&quot;.</source>
        <translation>%1 必须是 wgs84、gcj02 或 bd09，而不是“%2”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="40"/>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="43"/>
        <source>%1 %2 is out of range (%3 to %4).</source>
        <translation>%1 %2 超出范围（%3 至 %4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="55"/>
        <source>Give exactly two numbers: LON LAT.</source>
        <translation>请给出两个数：经度 纬度。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="56"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="57"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="72"/>
        <location filename="../app/cli/cmd_geo.cpp" line="133"/>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="96"/>
        <source>Line %1 is not valid UTF-8; skipped.</source>
        <translation>第 %1 行不是有效的 UTF-8，已跳过。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="112"/>
        <source>Standard input is longer than %L1 bytes; refused.</source>
        <translation>标准输入超过 %L1 字节，已拒绝。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="144"/>
        <source>Address %1 is empty.</source>
        <translation>第 %1 个地址为空。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="82"/>
        <location filename="../app/cli/cmd_geo.cpp" line="146"/>
        <source>Address %1 is longer than %2 characters; skipped.</source>
        <translation>第 %1 个地址超过 %2 个字符，已跳过。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="150"/>
        <source>Address %1 contains bytes that are not valid UTF-8; skipped.</source>
        <translation>第 %1 个地址含有无效的 UTF-8 字节，已跳过。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="164"/>
        <source>--region takes a 6-digit GB/T 2260 code, not &quot;%1&quot;.</source>
        <translation>--region 需要 6 位 GB/T 2260 代码，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="167"/>
        <location filename="../app/cli/cmd_geo.cpp" line="204"/>
        <source>Give at least one address, or - to read them from standard input.</source>
        <translation>请至少给出一个地址，或用 - 从标准输入读取。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="206"/>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="246"/>
        <source>Convert a coordinate between WGS-84, GCJ-02 and BD-09</source>
        <translation>在 WGS-84、GCJ-02 与 BD-09 之间转换坐标</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="248"/>
        <source>Normalise Chinese addresses into parts and a building key (JSON Lines)</source>
        <translation>将中文地址规范化为各组成部分和楼宇键（JSON Lines）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_geo.cpp" line="250"/>
        <source>Place addresses on the cache&apos;s buildings and roads, else at the county centre</source>
        <translation>将地址定位到缓存中的楼宇和道路，否则定位到区县中心</translation>
    </message>
</context>
<context>
    <name>Geocoder</name>
    <message>
        <location filename="../core/geo/geocoder.cpp" line="59"/>
        <source>Indexing building addresses</source>
        <translation>正在索引楼宇地址</translation>
    </message>
    <message>
        <location filename="../core/geo/geocoder.cpp" line="184"/>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../core/geo/geocoder.cpp" line="186"/>
        <source>Road (approximate)</source>
        <translation>道路（近似）</translation>
    </message>
    <message>
        <location filename="../core/geo/geocoder.cpp" line="188"/>
        <source>County centre (approximate)</source>
        <translation>区县中心（近似）</translation>
    </message>
    <message>
        <location filename="../core/geo/geocoder.cpp" line="190"/>
        <source>Not located</source>
        <translation>未定位</translation>
    </message>
</context>
</TS>
