<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiKeys</name>
    <message>
        <location filename="../core/api/apikeys.cpp" line="77" />
        <source>Unknown endpoint "%1": use %2.</source>
        <translation>未知的接口“%1”：可用 %2。</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="82" />
        <source>Region "%1" is not a prefix of 2, 4 or 6 digits.</source>
        <translation>地区“%1”不是 2、4 或 6 位数字的前缀。</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="85" />
        <source>The rate and the quota must be at least 1.</source>
        <translation>频率限制和配额至少为 1。</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="122" />
        <location filename="../core/api/apikeys.cpp" line="126" />
        <source>Cannot write the keys file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="170" />
        <source>Cannot read the keys file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="175" />
        <source>The keys file %1 is damaged (expected {"keys":[…]}).</source>
        <translation>密钥文件 %1 已损坏（应为 {"keys":[…]}）。</translation>
    </message>
</context>
<context>
    <name>ApiMenu</name>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="42" />
        <location filename="../ui/api/apimenu.cpp" line="147" />
        <source>Local data &amp;API (serve this cache)</source>
        <translation>本地数据接口(&amp;A)（发布当前缓存）</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="43" />
        <source>Serve the open cache as the signed local data API on 127.0.0.1</source>
        <translation>在 127.0.0.1 上以签名的本地数据接口发布当前打开的缓存</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="53" />
        <location filename="../ui/api/apimenu.cpp" line="100" />
        <source>Local data API</source>
        <translation>本地数据接口</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="53" />
        <location filename="../ui/api/apimenu.cpp" line="161" />
        <source>Open a cache first.</source>
        <translation>请先打开一个缓存。</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="59" />
        <source>Local data API: starting…</source>
        <translation>本地数据接口：正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="101" />
        <source>The local data API could not start: %1</source>
        <translation>本地数据接口无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="104" />
        <source>Local data API: %1 (keys: %2)</source>
        <translation>本地数据接口：%1（密钥：%2 个）</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="106" />
        <source>No keys yet: create one with dianjing-cli keys create --db "%1"</source>
        <translation>尚无密钥：请用 dianjing-cli keys create --db "%1" 创建</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="108" />
        <source>Serving %1; uncheck to stop</source>
        <translation>正在发布 %1；取消勾选即停止</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="151" />
        <source>Local data API &amp;settings…</source>
        <translation>本地数据接口设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="157" />
        <source>API &amp;keys…</source>
        <translation>接口密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="161" />
        <location filename="../ui/api/apimenu.cpp" line="168" />
        <source>API keys</source>
        <translation>接口密钥</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <location filename="../core/api/apiserver.cpp" line="208" />
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>ApiServerOptions</name>
    <message>
        <location filename="../core/api/apiserver.cpp" line="123" />
        <source>The %1 must be from %2 s to %3 s (was %4 s).</source>
        <translation>%1必须在 %2 秒到 %3 秒之间（当前为 %4 秒）。</translation>
    </message>
    <message>
        <location filename="../core/api/apiserver.cpp" line="126" />
        <source>request timeout</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <location filename="../core/api/apiserver.cpp" line="127" />
        <source>keep-alive timeout</source>
        <translation>保持连接超时</translation>
    </message>
    <message>
        <location filename="../core/api/apiserver.cpp" line="128" />
        <source>query timeout</source>
        <translation>查询超时</translation>
    </message>
    <message>
        <location filename="../core/api/apiserver.cpp" line="130" />
        <source>The body size cap must be from %1 bytes to %2 MiB (was %3 bytes).</source>
        <translation>请求体上限必须在 %1 字节到 %2 MiB 之间（当前为 %3 字节）。</translation>
    </message>
    <message>
        <location filename="../core/api/apiserver.cpp" line="135" />
        <source>The number of workers must be from 0 (automatic) to %1 (was %2).</source>
        <translation>查询线程数必须在 0（自动）到 %1 之间（当前为 %2）。</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="45" />
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="66" />
        <source>%1 takes a number of seconds, e.g. 15 or 0.5 (got "%2").</source>
        <translation>%1 需要秒数，例如 15 或 0.5（收到“%2”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="84" />
        <source>--max-body takes a size in bytes, e.g. 1048576, 512K or 4M (got "%1").</source>
        <translation>--max-body 需要字节数，例如 1048576、512K 或 4M（收到“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="107" />
        <source>--listen takes HOST:PORT with an IP address, e.g. 127.0.0.1:8731 (port 0 = any free port).</source>
        <translation>--listen 需要 IP 地址形式的 主机:端口，例如 127.0.0.1:8731（端口 0 表示任一空闲端口）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="125" />
        <source>The keys file %1 does not exist.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="184" />
        <source>Warning: listening on %1, reachable from other machines.</source>
        <translation>警告：正在 %1 上监听，其他计算机可以访问。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="259" />
        <source>Give exactly one key id.</source>
        <translation>请只给出一个密钥 ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="264" />
        <source>No valid key "%1" in the cache.</source>
        <translation>缓存中没有有效的密钥“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="273" />
        <source>serve the cache as the signed local data API (/v1, loopback 127.0.0.1:8731 unless told; keys from FILE, default &lt;db&gt;.keys); limits: query threads (0 = automatic), seconds to receive a request (10), idle keep-alive seconds (30), query seconds (15), body size (1M); prints {listening,port,keys,limits} and runs until Ctrl+C</source>
        <translation>以签名的本地数据接口发布缓存（/v1，默认仅本机 127.0.0.1:8731；密钥取自 FILE，默认 &lt;db&gt;.keys）；限制：查询线程数（0 = 自动）、接收一个请求的秒数（10）、空闲保持连接秒数（30）、查询秒数（15）、请求体大小（1M）；输出 {listening,port,keys,limits}，运行至 Ctrl+C</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="281" />
        <source>create an API key: the secret is printed once and added to the keys file (default &lt;db&gt;.keys); limits: endpoints, region prefixes, requests per minute and per day</source>
        <translation>创建接口密钥：密钥原文只输出一次并写入密钥文件（默认 &lt;db&gt;.keys）；限制：接口、地区前缀、每分钟与每日请求数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="285" />
        <source>list the API keys with their limits and today's requests (never the secrets)</source>
        <translation>列出接口密钥及其限制和今日请求数（从不显示密钥原文）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="288" />
        <source>revoke an API key (a running server refuses it within 2 s)</source>
        <translation>吊销接口密钥（运行中的服务在 2 秒内拒绝它）</translation>
    </message>
</context>
<context>
    <name>dj::ui::ApiKeysDialog</name>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="25" />
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="27" />
        <source>API keys</source>
        <translation>接口密钥</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="31" />
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="31" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="31" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="31" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32" />
        <source>Endpoints</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32" />
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32" />
        <source>Per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32" />
        <source>Per day</source>
        <translation>每日配额</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32" />
        <source>Requests today</source>
        <translation>今日请求</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="39" />
        <source>&amp;New key…</source>
        <translation>新建密钥(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="40" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="50" />
        <source>Secrets are kept in %1 (owner-readable only); the cache holds only their hashes.</source>
        <translation>密钥原文保存在 %1（仅本人可读）；缓存中只保存其哈希值。</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="76" />
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="76" />
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="77" />
        <location filename="../ui/api/apikeysdialog.cpp" line="78" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="107" />
        <location filename="../ui/api/apikeysdialog.cpp" line="146" />
        <location filename="../ui/api/apikeysdialog.cpp" line="153" />
        <source>New API key</source>
        <translation>新建接口密钥</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="110" />
        <source>all (or e.g. search,enterprises)</source>
        <translation>全部（或如 search,enterprises）</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="113" />
        <source>all (or region prefixes, e.g. 32,3301)</source>
        <translation>全部（或地区前缀，如 32,3301）</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="124" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="125" />
        <source>&amp;Endpoints:</source>
        <translation>接口(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="126" />
        <source>&amp;Regions:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="127" />
        <source>Requests per &amp;minute:</source>
        <translation>每分钟请求数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="128" />
        <source>Requests per &amp;day:</source>
        <translation>每日请求数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="147" />
        <source>Key ID: %1
Secret: %2

The secret is shown only now; it was added to %3.</source>
        <translation>密钥 ID：%1
密钥原文：%2

密钥原文仅此一次显示；已写入 %3。</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="163" />
        <location filename="../ui/api/apikeysdialog.cpp" line="170" />
        <source>Revoke API key</source>
        <translation>吊销接口密钥</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="164" />
        <source>Revoke %1? Programs using it are refused within 2 seconds.</source>
        <translation>吊销 %1？使用它的程序将在 2 秒内被拒绝。</translation>
    </message>
</context>
<context>
    <name>dj::ui::ApiSettingsDialog</name>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="41" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="63" />
        <source>Local data API settings</source>
        <translation>本地数据接口设置</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="69" />
        <source>The server listens on 127.0.0.1 at this port.</source>
        <translation>服务在 127.0.0.1 的此端口监听。</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="70" />
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="73" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="76" />
        <source>Threads that answer queries at the same time (automatic: the processor's cores).</source>
        <translation>同时处理查询的线程数（自动：按处理器核心数）。</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="77" />
        <source>Query &amp;threads:</source>
        <translation>查询线程(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="80" />
        <source>A request that has not arrived completely after this is answered 408.</source>
        <translation>超过此时间仍未完整到达的请求以 408 答复。</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="81" />
        <source>&amp;Request timeout:</source>
        <translation>请求超时(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="83" />
        <source>An idle connection is closed after this.</source>
        <translation>空闲连接在此时间后关闭。</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="84" />
        <source>&amp;Keep-alive:</source>
        <translation>保持连接(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="86" />
        <source>A query still running after this is answered 503 (problem type timeout).</source>
        <translation>超过此时间仍在运行的查询以 503 答复（问题类型 timeout）。</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="87" />
        <source>&amp;Query timeout:</source>
        <translation>查询超时(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="90" />
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="92" />
        <source>A larger request body is refused with 413 before it is read.</source>
        <translation>更大的请求体在读取前即以 413 拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="93" />
        <source>Largest request &amp;body:</source>
        <translation>请求体上限(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apisettingsdialog.cpp" line="95" />
        <source>The values apply when the local data API is started next.</source>
        <translation>这些设置在下次启动本地数据接口时生效。</translation>
    </message>
</context>
</TS>