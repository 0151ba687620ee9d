<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MapData</name>
    <message>
        <location filename="../core/map/mapdata.cpp" line="42"/>
        <source>not JSON</source>
        <translation>不是 JSON</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="48"/>
        <source>not a polygon</source>
        <translation>不是多边形</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="62"/>
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="70"/>
        <source>Buildings</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="75"/>
        <location filename="../core/map/mapdata.cpp" line="86"/>
        <source>Reading enterprises</source>
        <translation>正在读取企业</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="107"/>
        <source>Reading parks and buildings</source>
        <translation>正在读取园区和楼宇</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="176"/>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="176"/>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="176"/>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="176"/>
        <source>Micro</source>
        <translation>微型</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="176"/>
        <source>Scale unknown</source>
        <translation>规模未知</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="178"/>
        <source>No current risk</source>
        <translation>无当前风险</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="178"/>
        <source>1–2 current risks</source>
        <translation>1–2 条当前风险</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="178"/>
        <source>3 or more current risks</source>
        <translation>3 条及以上当前风险</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="184"/>
        <source>Section %1</source>
        <translation>门类 %1</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="185"/>
        <source>Industry unknown</source>
        <translation>行业未知</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <location filename="../core/map/maprenderer.cpp" line="313"/>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location filename="../core/map/maprenderer.cpp" line="313"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../core/map/maprenderer.cpp" line="332"/>
        <source>N</source>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>MbTiles</name>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="36"/>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>MBTiles 文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="42"/>
        <source>%1 is not an MBTiles file: it has no tiles or metadata table.</source>
        <translation>%1 不是 MBTiles 文件：缺少 tiles 或 metadata 表。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="47"/>
        <source>Cannot read the MBTiles file %1: %2</source>
        <translation>无法读取 MBTiles 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="50"/>
        <source>The MBTiles file %1 lacks the required metadata &quot;name&quot; and &quot;format&quot;.</source>
        <translation>MBTiles 文件 %1 缺少必需的元数据“name”和“format”。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="53"/>
        <source>%1 holds vector tiles (pbf); only raster tilesets (PNG, JPEG, WebP) can be shown.</source>
        <translation>%1 是矢量瓦片（pbf）；只能显示栅格瓦片集（PNG、JPEG、WebP）。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="61"/>
        <source>%1 already exists; a new MBTiles file is never written over another file.</source>
        <translation>%1 已存在；新建 MBTiles 文件绝不会覆盖其他文件。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="63"/>
        <source>An MBTiles file needs a name and a format.</source>
        <translation>MBTiles 文件需要名称和格式。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="98"/>
        <source>Cannot write the MBTiles file %1: %2</source>
        <translation>无法写入 MBTiles 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="123"/>
        <source>Cannot prepare the tile cache %1: %2</source>
        <translation>无法准备瓦片缓存 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="207"/>
        <source>The MBTiles file %1 is open read-only.</source>
        <translation>MBTiles 文件 %1 以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="230"/>
        <source>Cannot store a tile in %1: %2</source>
        <translation>无法将瓦片存入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="283"/>
        <source>%1 is not a tile cache; it cannot keep overlay tiles.</source>
        <translation>%1 不是瓦片缓存，无法保存叠加层瓦片。</translation>
    </message>
</context>
<context>
    <name>TileSource</name>
    <message>
        <location filename="../core/map/tilesource.cpp" line="36"/>
        <source>No base map</source>
        <translation>无底图</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="46"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="61"/>
        <source>Tianditu</source>
        <translation>天地图</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="123"/>
        <source>Tianditu imagery</source>
        <translation>天地图影像</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="69"/>
        <source>© Tianditu (National Platform for Common GeoSpatial Information Services)</source>
        <translation>© 天地图（国家地理信息公共服务平台）</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="81"/>
        <source>Custom tiles</source>
        <translation>自定义瓦片</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="106"/>
        <source>The address must contain {z}, {x} and {y}.</source>
        <translation>地址必须包含 {z}、{x} 和 {y}。</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="109"/>
        <source>The address must start with http:// or https:// and name a server.</source>
        <translation>地址必须以 http:// 或 https:// 开头并包含服务器名。</translation>
    </message>
</context>
<context>
    <name>VectorLayer</name>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="22"/>
        <source>A GeoJSON position must be [longitude, latitude].</source>
        <translation>GeoJSON 坐标必须为 [经度, 纬度]。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="25"/>
        <source>The GeoJSON position [%1, %2] is outside the WGS-84 range.</source>
        <translation>GeoJSON 坐标 [%1, %2] 超出 WGS-84 范围。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="32"/>
        <source>GeoJSON coordinates must be arrays.</source>
        <translation>GeoJSON 坐标必须是数组。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="45"/>
        <source>A GeoJSON polygon ring needs at least four positions.</source>
        <translation>GeoJSON 多边形的环至少需要四个坐标点。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="49"/>
        <source>A GeoJSON polygon has no rings.</source>
        <translation>GeoJSON 多边形没有环。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="105"/>
        <source>Unsupported GeoJSON geometry type &quot;%1&quot;.</source>
        <translation>不支持的 GeoJSON 几何类型“%1”。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="108"/>
        <source>The GeoJSON geometry has no coordinates.</source>
        <translation>GeoJSON 几何对象没有坐标。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="118"/>
        <source>Not valid GeoJSON: %1 (at byte %2).</source>
        <translation>无效的 GeoJSON：%1（第 %2 字节）。</translation>
    </message>
</context>
<context>
    <name>dj::map::ClusterIndex</name>
    <message>
        <location filename="../core/map/clusterindex.cpp" line="61"/>
        <location filename="../core/map/clusterindex.cpp" line="66"/>
        <source>Clustering</source>
        <translation>正在聚合</translation>
    </message>
</context>
<context>
    <name>dj::map::TileFetcher</name>
    <message>
        <location filename="../core/map/tilefetcher.cpp" line="33"/>
        <source>Only online tile sources are downloaded.</source>
        <translation>只有在线瓦片源才会下载。</translation>
    </message>
    <message>
        <location filename="../core/map/tilefetcher.cpp" line="136"/>
        <source>The server sent something that is not an image.</source>
        <translation>服务器返回的内容不是图像。</translation>
    </message>
    <message>
        <location filename="../core/map/tilefetcher.cpp" line="159"/>
        <source>The tile server answered %1.</source>
        <translation>瓦片服务器返回 %1。</translation>
    </message>
</context>
<context>
    <name>dj::map::TileLayer</name>
    <message>
        <location filename="../core/map/tilelayer.cpp" line="37"/>
        <source>Cannot create the tile cache folder %1.</source>
        <translation>无法创建瓦片缓存文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/map/tilelayer.cpp" line="44"/>
        <source>Map tiles cannot be downloaded (%1). Tiles seen before are still shown.</source>
        <translation>无法下载地图瓦片（%1）。之前看过的瓦片仍会显示。</translation>
    </message>
</context>
<context>
    <name>dj::ui::MapPanel</name>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="66"/>
        <source>Imported shapes</source>
        <translation>导入的图形</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="72"/>
        <source>No base map</source>
        <translation>无底图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="73"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="74"/>
        <source>Tianditu (needs your key)…</source>
        <translation>天地图（需要您的密钥）…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="75"/>
        <source>Custom tile address…</source>
        <translation>自定义瓦片地址…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="76"/>
        <source>Open MBTiles file…</source>
        <translation>打开 MBTiles 文件…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="77"/>
        <source>Base map under the enterprises</source>
        <translation>企业下方的底图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="78"/>
        <source>Base map:</source>
        <translation>底图：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="82"/>
        <source>Industry section</source>
        <translation>行业门类</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="83"/>
        <source>Enterprise scale</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="84"/>
        <source>Current risks</source>
        <translation>当前风险</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="85"/>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="91"/>
        <source>Go to a park</source>
        <translation>转到园区</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="92"/>
        <source>Park:</source>
        <translation>园区：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="105"/>
        <source>Pan / click</source>
        <translation>平移 / 点选</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="105"/>
        <source>Drag to move, click a point, cluster or building (V)</source>
        <translation>拖动以移动，点击企业点、聚合点或楼宇（V）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="106"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="106"/>
        <source>Select enterprises in a rectangle (R)</source>
        <translation>框选矩形内的企业（R）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="107"/>
        <source>Nearby</source>
        <translation>附近企业</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="107"/>
        <source>Select enterprises within a radius: drag from the centre (C)</source>
        <translation>选择半径范围内的企业：从中心向外拖动（C）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="108"/>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="108"/>
        <source>Select enterprises inside a freehand polygon (L)</source>
        <translation>选择手绘多边形内的企业（L）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="126"/>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="127"/>
        <source>Zoom to all enterprises and parks (A)</source>
        <translation>缩放到全部企业和园区（A）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="138"/>
        <source>Import GeoJSON…</source>
        <translation>导入 GeoJSON…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="139"/>
        <source>Show roads, plans or other shapes from a GeoJSON file over the map</source>
        <translation>在地图上叠加显示 GeoJSON 文件中的道路、规划或其他图形</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="144"/>
        <location filename="../ui/map/mappanel.cpp" line="303"/>
        <location filename="../ui/map/mappanel.cpp" line="319"/>
        <source>Import GeoJSON</source>
        <translation>导入 GeoJSON</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="145"/>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="154"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="159"/>
        <location filename="../ui/map/mappanel.cpp" line="478"/>
        <source>No enterprises selected. Use a selection tool or click a building.</source>
        <translation>未选择企业。请使用选择工具或点击楼宇。</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="193"/>
        <source>%1 … %2 %</source>
        <translation>%1 … %2 %</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="197"/>
        <source>The map cannot read the cache: %1</source>
        <translation>地图无法读取缓存：%1</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="223"/>
        <source>Loading the map data …</source>
        <translation>正在加载地图数据 …</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="250"/>
        <source>Colouring …</source>
        <translation>正在着色 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="275"/>
        <source>%1 (%n building(s))</source>
        <translation>
            <numerusform>%1（%n 栋楼宇）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="278"/>
        <source>Map: %n enterprise(s) placed</source>
        <translation>
            <numerusform>地图：已定位 %n 家企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="280"/>
        <source>, %n without coordinates</source>
        <translation>
            <numerusform>，%n 家无坐标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="303"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="319"/>
        <source>%1 was not imported: %2</source>
        <translation>未导入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="323"/>
        <source>Imported shapes: %n feature(s) on the map</source>
        <translation>
            <numerusform>导入的图形：地图上有 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="346"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="364"/>
        <source>Tianditu</source>
        <translation>天地图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="365"/>
        <source>Your Tianditu key (tk), from console.tianditu.gov.cn:</source>
        <translation>您的天地图密钥（tk），可在 console.tianditu.gov.cn 申请：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="377"/>
        <location filename="../ui/map/mappanel.cpp" line="387"/>
        <location filename="../ui/map/mappanel.cpp" line="393"/>
        <source>Custom tiles</source>
        <translation>自定义瓦片</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="378"/>
        <source>Tile address with {z}, {x}, {y} (and optionally {s}), e.g.
https://tiles.example.com/{z}/{x}/{y}.png</source>
        <translation>含 {z}、{x}、{y}（可选 {s}）的瓦片地址，例如
https://tiles.example.com/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="391"/>
        <source>WGS-84 (GPS, OpenStreetMap, Tianditu)</source>
        <translation>WGS-84（GPS、OpenStreetMap、天地图）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="391"/>
        <source>GCJ-02 (Gaode, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="392"/>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="394"/>
        <source>Coordinate system of these tiles:</source>
        <translation>这些瓦片的坐标系：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="403"/>
        <source>Open MBTiles file</source>
        <translation>打开 MBTiles 文件</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="404"/>
        <source>MBTiles tilesets (*.mbtiles);;All files (*)</source>
        <translation>MBTiles 瓦片集 (*.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="423"/>
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="467"/>
        <source>rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="469"/>
        <source>radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="471"/>
        <source>lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="473"/>
        <source>building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="475"/>
        <source>park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="477"/>
        <source>click</source>
        <translation>点选</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="479"/>
        <source>%n enterprise(s) selected (%1). The other panels can use this list.</source>
        <translation>
            <numerusform>已选择 %n 家企业（%1）。其他面板可使用此列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="496"/>
        <source>%n enterprise(s) from another panel shown on the map.</source>
        <translation>
            <numerusform>地图上显示来自其他面板的 %n 家企业。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.h" line="35"/>
        <source>Park map</source>
        <translation>园区地图</translation>
    </message>
</context>
<context>
    <name>dj::ui::MapWidget</name>
    <message>
        <location filename="../ui/map/mapwidget.cpp" line="166"/>
        <source>Radius %1 km</source>
        <translation>半径 %1 千米</translation>
    </message>
    <message>
        <location filename="../ui/map/mapwidget.cpp" line="167"/>
        <source>Radius %1 m</source>
        <translation>半径 %1 米</translation>
    </message>
</context>
</TS>
