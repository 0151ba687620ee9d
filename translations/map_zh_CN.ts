<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MapData</name>
    <message>
        <location filename="../core/map/mapdata.cpp" line="47" />
        <source>not JSON</source>
        <translation>不是 JSON</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="53" />
        <source>not a polygon</source>
        <translation>不是多边形</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="67" />
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="75" />
        <source>Buildings</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="133" />
        <location filename="../core/map/mapdata.cpp" line="138" />
        <location filename="../core/map/mapdata.cpp" line="151" />
        <location filename="../core/map/mapdata.cpp" line="163" />
        <source>Reading enterprises</source>
        <translation>正在读取企业</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="148" />
        <location filename="../core/map/mapdata.cpp" line="171" />
        <source>Reading parks and buildings</source>
        <translation>正在读取园区和楼宇</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="291" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="295" />
        <source>Other industries</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="300" />
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="300" />
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="300" />
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="300" />
        <source>Micro</source>
        <translation>微型</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="300" />
        <source>Scale unknown</source>
        <translation>规模未知</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="302" />
        <source>No current risk</source>
        <translation>无当前风险</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="302" />
        <source>1–2 current risks</source>
        <translation>1–2 条当前风险</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="302" />
        <source>3 or more current risks</source>
        <translation>3 条及以上当前风险</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="313" />
        <source>Section %1</source>
        <translation>门类 %1</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="313" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../core/map/mapdata.cpp" line="295" />
        <location filename="../core/map/mapdata.cpp" line="315" />
        <source>Industry unknown</source>
        <translation>行业未知</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <location filename="../core/map/maprenderer.cpp" line="444" />
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location filename="../core/map/maprenderer.cpp" line="444" />
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../core/map/maprenderer.cpp" line="463" />
        <source>N</source>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>MbTiles</name>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="56" />
        <source>The MBTiles file %1 does not exist.</source>
        <translation>MBTiles 文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="62" />
        <source>%1 is not an MBTiles file: it has no tiles or metadata table.</source>
        <translation>%1 不是 MBTiles 文件：缺少 tiles 或 metadata 表。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="70" />
        <source>Cannot read the MBTiles file %1: %2</source>
        <translation>无法读取 MBTiles 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="74" />
        <source>The MBTiles file %1 lacks the required metadata "name" and "format".</source>
        <translation>MBTiles 文件 %1 缺少必需的元数据“name”和“format”。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="77" />
        <source>%1 holds vector tiles (pbf); only raster tilesets (PNG, JPEG, WebP) can be shown.</source>
        <translation>%1 是矢量瓦片（pbf）；只能显示栅格瓦片集（PNG、JPEG、WebP）。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="86" />
        <source>%1 already exists; a new MBTiles file is never written over another file.</source>
        <translation>%1 已存在；新建 MBTiles 文件绝不会覆盖其他文件。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="88" />
        <source>An MBTiles file needs a name and a format.</source>
        <translation>MBTiles 文件需要名称和格式。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="127" />
        <source>Cannot write the MBTiles file %1: %2</source>
        <translation>无法写入 MBTiles 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="167" />
        <source>Cannot prepare the tile cache %1: %2</source>
        <translation>无法准备瓦片缓存 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="281" />
        <location filename="../core/map/mbtiles.cpp" line="339" />
        <source>The MBTiles file %1 is open read-only.</source>
        <translation>MBTiles 文件 %1 以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="283" />
        <source>%1 is not a tile cache; it cannot keep overlay tiles.</source>
        <translation>%1 不是瓦片缓存，无法保存叠加层瓦片。</translation>
    </message>
    <message>
        <location filename="../core/map/mbtiles.cpp" line="331" />
        <location filename="../core/map/mbtiles.cpp" line="382" />
        <source>Cannot store a tile in %1: %2</source>
        <translation>无法将瓦片存入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <location filename="../core/map/overlay.cpp" line="56" />
        <source>Marker</source>
        <translation>标注点</translation>
    </message>
    <message>
        <location filename="../core/map/overlay.cpp" line="58" />
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../core/map/overlay.cpp" line="60" />
        <source>Other line</source>
        <translation>其他线</translation>
    </message>
    <message>
        <location filename="../core/map/overlay.cpp" line="62" />
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../core/map/overlay.cpp" line="64" />
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../core/map/overlay.cpp" line="68" />
        <source>Other area</source>
        <translation>其他区域</translation>
    </message>
    <message>
        <location filename="../core/map/overlay.cpp" line="216" />
        <source>Not valid GeoJSON: %1 (at byte %2).</source>
        <translation>不是有效的 GeoJSON：%1（第 %2 字节）。</translation>
    </message>
    <message>
        <location filename="../core/map/overlay.cpp" line="223" />
        <source>Feature %1: %2</source>
        <translation>第 %1 个要素：%2</translation>
    </message>
    <message>
        <location filename="../core/map/overlay.cpp" line="260" />
        <source>The GeoJSON file has no features.</source>
        <translation>该 GeoJSON 文件中没有要素。</translation>
    </message>
</context>
<context>
    <name>TileSource</name>
    <message>
        <location filename="../core/map/tilesource.cpp" line="85" />
        <source>No base map</source>
        <translation>无底图</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="95" />
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="110" />
        <source>Tianditu</source>
        <translation>天地图</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="108" />
        <location filename="../core/map/tilesource.cpp" line="121" />
        <source>© Tianditu (National Platform for Common GeoSpatial Information Services)</source>
        <translation>© 天地图（国家地理信息公共服务平台）</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="123" />
        <source>Tianditu imagery</source>
        <translation>天地图影像</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="135" />
        <source>Custom tiles</source>
        <translation>自定义瓦片</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="160" />
        <source>The address must contain {z}, {x} and {y}.</source>
        <translation>地址必须包含 {z}、{x} 和 {y}。</translation>
    </message>
    <message>
        <location filename="../core/map/tilesource.cpp" line="163" />
        <source>The address must start with http:// or https:// and name a server.</source>
        <translation>地址必须以 http:// 或 https:// 开头并包含服务器名。</translation>
    </message>
</context>
<context>
    <name>VectorLayer</name>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="21" />
        <source>A GeoJSON position must be [longitude, latitude].</source>
        <translation>GeoJSON 坐标必须为 [经度, 纬度]。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="25" />
        <source>The GeoJSON position [%1, %2] is outside the WGS-84 range.</source>
        <translation>GeoJSON 坐标 [%1, %2] 超出 WGS-84 范围。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="32" />
        <source>GeoJSON coordinates must be arrays.</source>
        <translation>GeoJSON 坐标必须是数组。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="45" />
        <source>A GeoJSON polygon ring needs at least four positions.</source>
        <translation>GeoJSON 多边形的环至少需要四个坐标点。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="49" />
        <source>A GeoJSON polygon has no rings.</source>
        <translation>GeoJSON 多边形没有环。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="131" />
        <source>Unsupported GeoJSON geometry type "%1".</source>
        <translation>不支持的 GeoJSON 几何类型“%1”。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="134" />
        <source>The GeoJSON geometry has no coordinates.</source>
        <translation>GeoJSON 几何对象没有坐标。</translation>
    </message>
    <message>
        <location filename="../core/map/vectorlayer.cpp" line="144" />
        <source>Not valid GeoJSON: %1 (at byte %2).</source>
        <translation>不是有效的 GeoJSON：%1（第 %2 字节）。</translation>
    </message>
</context>
<context>
    <name>dj::map::ClusterIndex</name>
    <message>
        <location filename="../core/map/clusterindex.cpp" line="59" />
        <location filename="../core/map/clusterindex.cpp" line="65" />
        <source>Clustering</source>
        <translation>正在聚合</translation>
    </message>
</context>
<context>
    <name>dj::map::OverlayDocument</name>
    <message>
        <location filename="../core/map/overlaydocument.cpp" line="48" />
        <location filename="../core/map/overlaydocument.cpp" line="49" />
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../core/map/overlaydocument.cpp" line="65" />
        <source>Rename shape to %1</source>
        <translation>将图形重命名为“%1”</translation>
    </message>
    <message>
        <location filename="../core/map/overlaydocument.cpp" line="66" />
        <source>Change shape style</source>
        <translation>修改图形样式</translation>
    </message>
    <message>
        <location filename="../core/map/overlaydocument.cpp" line="87" />
        <source>Drawings</source>
        <translation>绘图</translation>
    </message>
    <message>
        <location filename="../core/map/overlaydocument.cpp" line="115" />
        <source>Draw %1</source>
        <translation>绘制%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/map/overlaydocument.cpp" line="129" />
        <source>Import %n shape(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个图形</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/map/overlaydocument.cpp" line="179" />
        <source>Reshape %1</source>
        <translation>调整图形 %1</translation>
    </message>
    <message>
        <location filename="../core/map/overlaydocument.cpp" line="237" />
        <source>The shape is on the map but could not be saved in the cache: %1</source>
        <translation>图形已显示在地图上，但未能保存到缓存：%1</translation>
    </message>
</context>
<context>
    <name>dj::map::TileFetcher</name>
    <message>
        <location filename="../core/map/tilefetcher.cpp" line="34" />
        <source>Only online tile sources are downloaded.</source>
        <translation>只有在线瓦片源才会下载。</translation>
    </message>
    <message>
        <location filename="../core/map/tilefetcher.cpp" line="227" />
        <location filename="../core/map/tilefetcher.cpp" line="245" />
        <source>The server sent something that is not an image.</source>
        <translation>服务器返回的内容不是图像。</translation>
    </message>
    <message>
        <location filename="../core/map/tilefetcher.cpp" line="266" />
        <source>The tile server answered %1.</source>
        <translation>瓦片服务器返回 %1。</translation>
    </message>
</context>
<context>
    <name>dj::map::TileLayer</name>
    <message>
        <location filename="../core/map/tilelayer.cpp" line="40" />
        <source>Cannot create the tile cache folder %1.</source>
        <translation>无法创建瓦片缓存文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/map/tilelayer.cpp" line="51" />
        <source>Map tiles cannot be downloaded (%1). Tiles seen before are still shown.</source>
        <translation>无法下载地图瓦片（%1）。之前看过的瓦片仍会显示。</translation>
    </message>
</context>
<context>
    <name>dj::ui::MapPanel</name>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="227" />
        <source>Park analysis…</source>
        <translation>楼宇分析…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="228" />
        <source>Buildings of a park: who is really there, what they pay, who may leave (P)</source>
        <translation>园区各楼宇：谁真正在此、缴税多少、谁可能外迁（P）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="150" />
        <source>No base map</source>
        <translation>无底图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="151" />
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="152" />
        <source>Tianditu (needs your key)…</source>
        <translation>天地图（需要您的密钥）…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="154" />
        <source>Custom tile address…</source>
        <translation>自定义瓦片地址…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="155" />
        <source>Open MBTiles file…</source>
        <translation>打开 MBTiles 文件…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="156" />
        <source>Base map under the enterprises</source>
        <translation>企业下方的底图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="157" />
        <source>Base map:</source>
        <translation>底图：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="161" />
        <source>Industry section</source>
        <translation>行业门类</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="165" />
        <source>Enterprise scale</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="164" />
        <source>Current risks</source>
        <translation>当前风险</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="100" />
        <source>Pink</source>
        <translation>粉红</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="101" />
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="102" />
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="103" />
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="104" />
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="105" />
        <source>Teal</source>
        <translation>青色</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="106" />
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="107" />
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="108" />
        <source>Brown</source>
        <translation>棕色</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="109" />
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="162" />
        <source>Industry division (2-digit)</source>
        <translation>行业大类（2 位）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="163" />
        <source>Industry class (4-digit)</source>
        <translation>行业小类（4 位）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="166" />
        <source>Colour the enterprises by an attribute; GB/T 4754 divisions and classes show the %n most frequent, the rest as "other"</source>
        <translation>
            <numerusform>按属性为企业着色；GB/T 4754 大类和小类显示最常见的 %n 个，其余归为“其他”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="169" />
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="175" />
        <source>Go to a park</source>
        <translation>转到园区</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="176" />
        <source>Park:</source>
        <translation>园区：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="189" />
        <source>Pan / click</source>
        <translation>平移 / 点选</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="190" />
        <source>Drag to move, click a point, cluster or building (V)</source>
        <translation>拖动以移动，点击企业点、聚合点或楼宇（V）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="191" />
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="191" />
        <source>Select enterprises in a rectangle (R)</source>
        <translation>框选矩形内的企业（R）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="193" />
        <source>Nearby</source>
        <translation>附近企业</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="194" />
        <source>Select enterprises within a radius: drag from the centre (C)</source>
        <translation>选择半径范围内的企业：从中心向外拖动（C）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="195" />
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="195" />
        <source>Select enterprises inside a freehand polygon (L)</source>
        <translation>选择手绘多边形内的企业（L）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="214" />
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="215" />
        <source>Zoom to all enterprises and parks (A)</source>
        <translation>缩放到全部企业和园区（A）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="443" />
        <source>unsaved drawings</source>
        <translation>未保存的绘图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="479" />
        <source>A GeoJSON file is still being imported.</source>
        <translation>上一个 GeoJSON 文件仍在导入中。</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="491" />
        <source>cannot open it: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="637" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="647" />
        <location filename="../ui/map/mappanel.cpp" line="650" />
        <source>drawings.geojson</source>
        <translation>绘图.geojson</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="642" />
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="699" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="714" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="755" />
        <source>Sample drawings for the screenshot, not saved.</source>
        <translation>截图用的示例绘图，未保存。</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="757" />
        <source>No cache is open: drawings are not saved.</source>
        <translation>未打开缓存：绘图不会保存。</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="763" />
        <source>Pick a tool above and click on the map.</source>
        <translation>选择上方的工具，然后在地图上点击。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="764" />
        <source>%n shape(s). Click one to edit it.</source>
        <translation>
            <numerusform>共 %n 个图形。点击图形即可编辑。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="1080" />
        <source>Planned road (sample)</source>
        <translation>规划道路（示例）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="1085" />
        <source>New building (sample)</source>
        <translation>新建楼宇（示例）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="1089" />
        <source>Service centre (sample)</source>
        <translation>服务中心（示例）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="484" />
        <location filename="../ui/map/mappanel.cpp" line="633" />
        <source>Import GeoJSON</source>
        <translation>导入 GeoJSON</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="499" />
        <source>Imported %n shape(s) onto the map</source>
        <translation>
            <numerusform>已向地图导入 %n 个图形</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="519" />
        <location filename="../ui/map/mappanel.cpp" line="525" />
        <location filename="../ui/map/mappanel.cpp" line="642" />
        <source>Export GeoJSON</source>
        <translation>导出 GeoJSON</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="525" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="528" />
        <source>Exported %n shape(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个图形导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="534" />
        <source>Drawings</source>
        <translation>绘图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="535" />
        <source>Markers, roads, parks and buildings you draw or import; saved in the cache</source>
        <translation>您绘制或导入的标注点、道路、园区和楼宇；保存在缓存中</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="548" />
        <source>Marker</source>
        <translation>标注点</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="548" />
        <source>Place a marker: click on the map (M)</source>
        <translation>放置标注点：在地图上点击 (M)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="550" />
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="551" />
        <source>Draw a road: click the points, double-click or Enter to finish (D)</source>
        <translation>绘制道路：依次点击各点，双击或按 Enter 完成 (D)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="553" />
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="554" />
        <source>Draw a park outline: click the corners, double-click or Enter to finish (K)</source>
        <translation>绘制园区边界：依次点击各角点，双击或按 Enter 完成 (K)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="556" />
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="557" />
        <source>Draw a building footprint: click the corners, double-click or Enter to finish (B)</source>
        <translation>绘制楼宇轮廓：依次点击各角点，双击或按 Enter 完成 (B)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="594" />
        <source>Label shown on the map</source>
        <translation>地图上显示的标注</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="599" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="603" />
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="609" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="610" />
        <source>Delete the selected shape (Del)</source>
        <translation>删除所选图形 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="620" />
        <location filename="../ui/map/mappanel.cpp" line="668" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="622" />
        <location filename="../ui/map/mappanel.cpp" line="669" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="629" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="630" />
        <source>Add roads, plans or other shapes from a GeoJSON file</source>
        <translation>从 GeoJSON 文件添加道路、规划或其他图形</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="633" />
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="241" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="153" />
        <source>Tianditu imagery (needs your key)…</source>
        <translation>天地图影像（需要您的密钥）…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="247" />
        <location filename="../ui/map/mappanel.cpp" line="958" />
        <source>No enterprises selected. Use a selection tool or click a building.</source>
        <translation>未选择企业。请使用选择工具或点击楼宇。</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="257" />
        <location filename="../ui/map/mappanel.cpp" line="262" />
        <source>Open profile</source>
        <translation>查看企业档案</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="333" />
        <source>%1 … %2 %</source>
        <translation>%1 … %2 %</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="337" />
        <source>The map cannot read the cache: %1</source>
        <translation>地图无法读取缓存：%1</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="381" />
        <source>Loading the map data …</source>
        <translation>正在加载地图数据 …</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="411" />
        <source>Colouring …</source>
        <translation>正在着色 …</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="441" />
        <source>The cache is read-only: new drawings are kept until the window closes.</source>
        <translation>缓存为只读：新绘制的图形保留到窗口关闭为止。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="446" />
        <source>%n saved drawing(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>有 %n 个已保存的绘图无法读取，未显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="452" />
        <source>%1 (%n building(s))</source>
        <translation>
            <numerusform>%1（%n 栋楼宇）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="455" />
        <source>Map: %n enterprise(s) placed</source>
        <translation>
            <numerusform>地图：已定位 %n 家企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="457" />
        <source>, %n without coordinates</source>
        <translation>
            <numerusform>，%n 家无坐标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="484" />
        <source>%1 was not imported: %2</source>
        <translation>未导入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="519" />
        <source>There is no such layer to export.</source>
        <translation>没有可导出的此图层。</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="639" />
        <source>Save the drawings as a GeoJSON file (WGS-84); the arrow also offers the parks and buildings</source>
        <translation>将绘图保存为 GeoJSON 文件（WGS-84）；箭头菜单还可导出园区和楼宇</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="649" />
        <source>Drawings…</source>
        <translation>绘图…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="651" />
        <source>Parks from the cache…</source>
        <translation>缓存中的园区…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="652" />
        <source>parks.geojson</source>
        <translation>园区.geojson</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="653" />
        <source>Buildings from the cache…</source>
        <translation>缓存中的楼宇…</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="654" />
        <source>buildings.geojson</source>
        <translation>楼宇.geojson</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="758" />
        <source>Saved in the cache. Drag a corner to reshape it; Ctrl+Z undoes, Del deletes.</source>
        <translation>已保存到缓存。拖动顶点可调整形状；Ctrl+Z 撤销，Del 删除。</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="835" />
        <source>Tianditu</source>
        <translation>天地图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="836" />
        <source>Your Tianditu key (tk), from console.tianditu.gov.cn:</source>
        <translation>您的天地图密钥（tk），可在 console.tianditu.gov.cn 申请：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="846" />
        <source>No system keychain is available: the Tianditu key is kept for this session only.</source>
        <translation>没有可用的系统钥匙串：天地图密钥仅在本次运行中保留。</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="850" />
        <location filename="../ui/map/mappanel.cpp" line="860" />
        <location filename="../ui/map/mappanel.cpp" line="867" />
        <source>Custom tiles</source>
        <translation>自定义瓦片</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="851" />
        <source>Tile address with {z}, {x}, {y} (and optionally {s}), e.g.
https://tiles.example.com/{z}/{x}/{y}.png</source>
        <translation>含 {z}、{x}、{y}（可选 {s}）的瓦片地址，例如
https://tiles.example.com/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="864" />
        <source>WGS-84 (GPS, OpenStreetMap, Tianditu)</source>
        <translation>WGS-84（GPS、OpenStreetMap、天地图）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="864" />
        <source>GCJ-02 (Gaode, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="865" />
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="867" />
        <source>Coordinate system of these tiles:</source>
        <translation>这些瓦片的坐标系：</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="880" />
        <source>Open MBTiles file</source>
        <translation>打开 MBTiles 文件</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="880" />
        <source>MBTiles tilesets (*.mbtiles);;All files (*)</source>
        <translation>MBTiles 瓦片集 (*.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="899" />
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="944" />
        <source>rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="946" />
        <source>radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="948" />
        <source>lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="950" />
        <source>building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="952" />
        <source>park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="954" />
        <source>drawn shape</source>
        <translation>绘制的图形</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="956" />
        <source>click</source>
        <translation>点选</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="959" />
        <source>%n enterprise(s) selected (%1). The other panels can use this list.</source>
        <translation>
            <numerusform>已选择 %n 家企业（%1）。其他面板可使用此列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="976" />
        <source>%n enterprise(s) from another panel shown on the map.</source>
        <translation>
            <numerusform>地图上显示来自其他面板的 %n 家企业。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="1173" />
        <source>%1 · %n holding(s) · %2</source>
        <translation>
            <numerusform>%1 · %n 笔 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="1176" />
        <source>域外投资 of %1 (subscribed capital)</source>
        <translation>%1 域外投资（认缴出资额）</translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.cpp" line="1183" />
        <source>%1 holds no shares in enterprises outside the district.</source>
        <translation>%1 的企业未持有区外企业股权。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/mappanel.cpp" line="1184" />
        <source>域外投资 of %1: %n target region(s) drawn on the map.</source>
        <translation>
            <numerusform>%1 域外投资：地图上已绘制 %n 个目的地区。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/mappanel.h" line="46" />
        <source>Park map</source>
        <translation>园区地图</translation>
    </message>
</context>
<context>
    <name>dj::ui::MapWidget</name>
    <message>
        <location filename="../ui/map/mapwidget.cpp" line="480" />
        <source>Click to place a marker. Esc leaves the tool.</source>
        <translation>点击放置标注点。按 Esc 退出工具。</translation>
    </message>
    <message>
        <location filename="../ui/map/mapwidget.cpp" line="482" />
        <source>Click to add points (dragging moves the map). Esc leaves the tool.</source>
        <translation>点击添加节点（拖动可移动地图）。按 Esc 退出工具。</translation>
    </message>
    <message>
        <location filename="../ui/map/mapwidget.cpp" line="484" />
        <source>Double-click or Enter finishes, Backspace removes the last point, Esc cancels.</source>
        <translation>双击或按 Enter 完成，Backspace 删除上一个节点，Esc 取消。</translation>
    </message>
    <message>
        <location filename="../ui/map/mapwidget.cpp" line="512" />
        <source>Radius %1 km</source>
        <translation>半径 %1 千米</translation>
    </message>
    <message>
        <location filename="../ui/map/mapwidget.cpp" line="513" />
        <source>Radius %1 m</source>
        <translation>半径 %1 米</translation>
    </message>
</context>
</TS>