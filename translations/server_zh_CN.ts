<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FieldDataSync</name>
    <message>
        <location filename="../core/server/fielddatasync.cpp" line="333" />
        <source>Your server role may push field data of the regions %1 only: the %2 row %3 belongs to enterprise %4 in region %5. Nothing was pushed; the changes stay on this laptop.</source>
        <translation>你的服务器角色只能推送地区 %1 的外勤数据：%2 中的记录 %3 属于企业 %4（地区 %5）。本次未推送任何内容，修改仍保留在本机。</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../core/server/pgconnection.cpp" line="78" />
        <source>The server address holds a NUL character.</source>
        <translation>服务器地址中含有 NUL 字符。</translation>
    </message>
    <message>
        <location filename="../core/server/pgconnection.cpp" line="82" />
        <source>Cannot connect to the team server: %1</source>
        <translation>无法连接团队服务器：%1</translation>
    </message>
    <message>
        <location filename="../core/server/pgconnection.cpp" line="98" />
        <source>The team server refused %1: %2</source>
        <translation>团队服务器拒绝了 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/server/pgconnection.cpp" line="182" />
        <source>The team server refused the data: %1</source>
        <translation>团队服务器拒绝了数据：%1</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="62" />
        <source>Give one bundle folder to load.</source>
        <translation>请给出一个要载入的数据包文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="69" />
        <source>--jobs takes the number of connections a first load uses at once, 1 to 16.</source>
        <translation>--jobs 为首次载入同时使用的连接数，1 到 16。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="85" />
        <source>Nothing was loaded: %1</source>
        <translation>未载入任何数据：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="94" />
        <source>Give the USCCs of the enterprises to delete.</source>
        <translation>请给出要删除企业的统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="112" />
        <source>Give the regions the role may read (2, 4 or 6 digits).</source>
        <translation>请给出该角色可读取的地区（2、4 或 6 位）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="134" />
        <source>filter file</source>
        <translation>筛选条件文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="136" />
        <source>Filter %1 refused: %2</source>
        <translation>筛选条件 %1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="162" />
        <source>Give the shards as PROVINCES@CONNINFO, e.g. "32,33@host=10.0.0.2 dbname=dianjing".</source>
        <translation>请以 省份@连接串 的形式给出分片，例如 "32,33@host=10.0.0.2 dbname=dianjing"。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="168" />
        <source>A shard is PROVINCES@CONNINFO, not "%1".</source>
        <translation>分片的格式是 省份@连接串，而不是 "%1"。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="252" />
        <source>Sync stopped: %1</source>
        <translation>同步已中止：%1</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <location filename="../core/server/serverschema.cpp" line="560" />
        <location filename="../core/server/serverschema.cpp" line="586" />
        <source>The team server's schema (version %1) is newer than this program's (%2): update the workstation.</source>
        <translation>团队服务器的数据结构（版本 %1）比本程序的（%2）新：请升级工作站。</translation>
    </message>
    <message>
        <location filename="../core/server/serverschema.cpp" line="584" />
        <source>The database is not a Dianjing team server (run `dianjing-cli server init`).</source>
        <translation>该数据库不是点兢团队服务器（请运行 `dianjing-cli server init`）。</translation>
    </message>
    <message>
        <location filename="../core/server/serverschema.cpp" line="591" />
        <source>The team server's schema (version %1) is older than this program's (%2): run `dianjing-cli server init` to upgrade it.</source>
        <translation>团队服务器的数据结构（版本 %1）比本程序的（%2）旧：请运行 `dianjing-cli server init` 升级。</translation>
    </message>
</context>
<context>
    <name>ServerSearch</name>
    <message>
        <location filename="../core/server/serversearch.cpp" line="194" />
        <source>The team server searches names by Chinese text; pinyin ("%1") is searched by the laptop's own index.</source>
        <translation>团队服务器按中文文本检索名称；拼音（"%1"）请用本机索引检索。</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <location filename="../core/server/serverstore.cpp" line="52" />
        <source>The load stopped.</source>
        <translation>载入已停止。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="88" />
        <location filename="../core/server/serverstore.cpp" line="138" />
        <location filename="../core/server/serverstore.cpp" line="273" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="291" />
        <source>%1: a quoted value is not closed.</source>
        <translation>%1：引号内的值没有结束。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="864" />
        <source>The server's column %1.%2 has a type a load cannot fill: run `dianjing-cli server init` with this version.</source>
        <translation>服务器的 %1.%2 列类型无法由载入填写：请用本版本运行 `dianjing-cli server init`。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="910" />
        <source>%1, record %2, column %3: "%4" is not a number.</source>
        <translation>%1，第 %2 条记录，%3 列：“%4”不是数字。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="918" />
        <source>%1, record %2: %3 values for %4 columns.</source>
        <translation>%1，第 %2 条记录：%3 个值，但有 %4 列。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1332" />
        <source>Loaded on one connection: a parallel first load holds about %1 locks until it commits, and the server's lock table has %2 slots. Set max_locks_per_transaction = %3 (now %4) on the server for a faster first load.</source>
        <translation>已用一个连接载入：并行首次载入在提交前约占用 %1 个锁，而服务器的锁表只有 %2 个槽位。在服务器上设置 max_locks_per_transaction = %3（现为 %4），首次载入会更快。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1354" />
        <source>%1 is not a bundle folder.</source>
        <translation>%1 不是数据包文件夹。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1356" />
        <source>%1 is an unfinished export: it is not loaded.</source>
        <translation>%1 是未完成的导出，不予载入。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1375" />
        <source>%1: unknown column "%2" (the server loads bundles with the exchange format's column names, as `dianjing-cli export` writes them).</source>
        <translation>%1：未知的列 "%2"（服务器只载入使用交换格式列名的数据包，即 `dianjing-cli export` 写出的格式）。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1380" />
        <source>%1 has no %2 column.</source>
        <translation>%1 缺少 %2 列。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1385" />
        <source>%1 holds no bundle file (enterprises.csv, persons.csv, …).</source>
        <translation>%1 中没有数据包文件（enterprises.csv、persons.csv 等）。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1408" />
        <source>Loaded, but the statistics of %1 were not refreshed (%2): run ANALYZE on the server.</source>
        <translation>已载入，但 %1 的统计信息未能更新（%2）：请在服务器上运行 ANALYZE。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1603" />
        <source>A role name has 1 to 63 characters.</source>
        <translation>角色名称应为 1 到 63 个字符。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1610" />
        <source>A region is a GB/T 2260 prefix of 2, 4 or 6 digits, not "%1".</source>
        <translation>地区应为 2、4 或 6 位的 GB/T 2260 代码前缀，而不是 "%1"。</translation>
    </message>
    <message>
        <location filename="../core/server/serverstore.cpp" line="1613" />
        <source>Give the regions the role may read.</source>
        <translation>请给出该角色可读取的地区。</translation>
    </message>
</context>
<context>
    <name>ShardSetup</name>
    <message>
        <location filename="../core/server/shardsetup.cpp" line="23" />
        <source>Give at least one shard.</source>
        <translation>请至少给出一个分片。</translation>
    </message>
    <message>
        <location filename="../core/server/shardsetup.cpp" line="27" />
        <source>A shard needs the provinces it holds.</source>
        <translation>分片需要给出它所存放的省份。</translation>
    </message>
    <message>
        <location filename="../core/server/shardsetup.cpp" line="30" />
        <source>%1 is not a province code (11 … 82).</source>
        <translation>%1 不是省级代码（11 … 82）。</translation>
    </message>
    <message>
        <location filename="../core/server/shardsetup.cpp" line="32" />
        <source>Province %1 is given to two shards.</source>
        <translation>省份 %1 被分配给了两个分片。</translation>
    </message>
    <message>
        <location filename="../core/server/shardsetup.cpp" line="59" />
        <source>The shard address is not a connection string: %1</source>
        <translation>分片地址不是有效的连接串：%1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../core/server/syncclient.cpp" line="152" />
        <source>Your server role may push field data of the regions %1 only: the %2 %3 belongs to enterprise %4 in region %5. Nothing was pushed; the changes stay on this laptop.</source>
        <translation>你的服务器角色只能推送地区 %1 的外勤数据：%2 %3 属于企业 %4（地区 %5）。本次未推送任何内容，修改仍保留在本机。</translation>
    </message>
    <message>
        <location filename="../core/server/syncclient.cpp" line="621" />
        <source>A region is a GB/T 2260 prefix of 2, 4 or 6 digits, not "%1".</source>
        <translation>地区应为 2、4 或 6 位的 GB/T 2260 代码前缀，而不是 "%1"。</translation>
    </message>
    <message>
        <location filename="../core/server/syncclient.cpp" line="674" />
        <source>The first sync needs the regions of the extract (--region PREFIX).</source>
        <translation>首次同步需要指定提取的地区（--region 前缀）。</translation>
    </message>
    <message>
        <location filename="../core/server/syncclient.cpp" line="686" />
        <source>Your server role may read the regions %1 only, not %2.</source>
        <translation>您的服务器角色只能读取地区 %1，不能读取 %2。</translation>
    </message>
</context>
<context>
    <name>dj::ui::SyncMenu</name>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="50" />
        <source>sending the changes made here</source>
        <translation>正在发送本机的修改</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="52" />
        <source>the server merges them</source>
        <translation>服务器正在合并</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="54" />
        <source>acknowledged by the server</source>
        <translation>服务器已确认</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="56" />
        <source>received the team's visits and tasks</source>
        <translation>已收到团队的走访和任务</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="58" />
        <source>received the regional registry</source>
        <translation>已收到本地区登记数据</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="74" />
        <source>&amp;Team server</source>
        <translation>团队服务器(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="76" />
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="79" />
        <source>Server &amp;settings…</source>
        <translation>服务器设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="81" />
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="103" />
        <source>Team server: never synced</source>
        <translation>团队服务器：从未同步</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="109" />
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="110" />
        <source>synced %1</source>
        <translation>于 %1 同步</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="113" />
        <source>Team server: %1 · %2 change(s) to push</source>
        <translation>团队服务器：%1 · 待推送 %2 条</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="116" />
        <source> · %1 conflict(s)</source>
        <translation> · 冲突 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="142" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="143" />
        <source>Visit task</source>
        <translation>走访任务</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="144" />
        <source>Register member</source>
        <translation>名册成员</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="145" />
        <source>Register status</source>
        <translation>名册状态</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="146" />
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="147" />
        <source>Park watch list</source>
        <translation>园区关注清单</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="148" />
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="149" />
        <source>Risk watch list</source>
        <translation>风险监控清单</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="150" />
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="163" />
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="166" />
        <source>The same field was edited on two laptops. The later edit was kept; the other value is listed here and stays in the record's history.</source>
        <translation>同一字段在两台电脑上都被修改过。保留了较晚的修改；另一个值列在这里，并保存在记录的历史中。</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="173" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="173" />
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="173" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="173" />
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="174" />
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="174" />
        <source>Other edit by</source>
        <translation>另一修改人</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="174" />
        <source>Other edit at</source>
        <translation>另一修改时间</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="218" />
        <location filename="../ui/server/syncmenu.cpp" line="236" />
        <location filename="../ui/server/syncmenu.cpp" line="259" />
        <location filename="../ui/server/syncmenu.cpp" line="308" />
        <location filename="../ui/server/syncmenu.cpp" line="312" />
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="224" />
        <source>e.g. 3201, 3202</source>
        <translation>例如 3201, 3202</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="227" />
        <source>&amp;Server (connection string):</source>
        <translation>服务器连接串(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="228" />
        <source>&amp;Regions (2, 4 or 6 digits):</source>
        <translation>地区（2、4 或 6 位）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="229" />
        <source>This &amp;laptop's name:</source>
        <translation>本机名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="247" />
        <source>No system keychain: the server address is kept for this session only.</source>
        <translation>没有系统钥匙串：服务器地址仅在本次会话中保留。</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="259" />
        <source>Open a cache first.</source>
        <translation>请先打开一个缓存。</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="274" />
        <source>Syncing with the team server…</source>
        <translation>正在与团队服务器同步…</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="281" />
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="293" />
        <source>Synced: %1 record(s) pushed, %2 received, %3 registry row(s), %4 conflict(s) kept in the history.</source>
        <translation>同步完成：推送 %1 条记录，接收 %2 条，登记数据 %3 行，%4 处冲突已保留在历史中。</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="309" />
        <source>The sync stopped; nothing typed here is lost and the next sync completes it.

%1</source>
        <translation>同步已中止；本机录入的内容不会丢失，下次同步会完成它。

%1</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="317" />
        <source>Sync cancelled; what was sent stays on the server and the next sync completes it.</source>
        <translation>同步已取消；已发送的内容保留在服务器上，下次同步会完成其余部分。</translation>
    </message>
    <message>
        <location filename="../ui/server/syncmenu.cpp" line="320" />
        <source>Syncing with the team server…
%1</source>
        <translation>正在与团队服务器同步…
%1</translation>
    </message>
</context>
</TS>