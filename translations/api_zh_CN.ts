<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiKeys</name>
    <message>
        <location filename="../core/api/apikeys.cpp" line="77"/>
        <source>Unknown endpoint &quot;%1&quot;: use %2.</source>
        <translation>未知的接口“%1”：可用 %2。</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="82"/>
        <source>Region &quot;%1&quot; is not a prefix of 2, 4 or 6 digits.</source>
        <translation>地区“%1”不是 2、4 或 6 位数字的前缀。</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="85"/>
        <source>The rate and the quota must be at least 1.</source>
        <translation>频率限制和配额至少为 1。</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="122"/>
        <location filename="../core/api/apikeys.cpp" line="126"/>
        <source>Cannot write the keys file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="170"/>
        <source>Cannot read the keys file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/api/apikeys.cpp" line="175"/>
        <source>The keys file %1 is damaged (expected {&quot;keys&quot;:[…]}).</source>
        <translation>密钥文件 %1 已损坏（应为 {&quot;keys&quot;:[…]}）。</translation>
    </message>
</context>
<context>
    <name>ApiMenu</name>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="44"/>
        <location filename="../ui/api/apimenu.cpp" line="151"/>
        <source>Local data &amp;API (serve this cache)</source>
        <translation>本地数据接口(&amp;A)（发布当前缓存）</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="45"/>
        <source>Serve the open cache as the signed local data API on 127.0.0.1</source>
        <translation>在 127.0.0.1 上以签名的本地数据接口发布当前打开的缓存</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="55"/>
        <location filename="../ui/api/apimenu.cpp" line="104"/>
        <source>Local data API</source>
        <translation>本地数据接口</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="55"/>
        <location filename="../ui/api/apimenu.cpp" line="159"/>
        <source>Open a cache first.</source>
        <translation>请先打开一个缓存。</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="61"/>
        <source>Local data API: starting…</source>
        <translation>本地数据接口：正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="105"/>
        <source>The local data API could not start: %1</source>
        <translation>本地数据接口无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="108"/>
        <source>Local data API: %1 (keys: %2)</source>
        <translation>本地数据接口：%1（密钥：%2 个）</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="110"/>
        <source>No keys yet: create one with dianjing-cli keys create --db &quot;%1&quot;</source>
        <translation>尚无密钥：请用 dianjing-cli keys create --db &quot;%1&quot; 创建</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="112"/>
        <source>Serving %1; uncheck to stop</source>
        <translation>正在发布 %1；取消勾选即停止</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="155"/>
        <source>API &amp;keys…</source>
        <translation>接口密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/api/apimenu.cpp" line="159"/>
        <location filename="../ui/api/apimenu.cpp" line="166"/>
        <source>API keys</source>
        <translation>接口密钥</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <location filename="../core/api/apiserver.cpp" line="182"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="41"/>
        <source>The cache %1 does not exist.</source>
        <translation>缓存 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="69"/>
        <source>--listen takes HOST:PORT with an IP address, e.g. 127.0.0.1:8731 (port 0 = any free port).</source>
        <translation>--listen 需要 IP 地址形式的 主机:端口，例如 127.0.0.1:8731（端口 0 表示任一空闲端口）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="77"/>
        <source>The keys file %1 does not exist.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="87"/>
        <source>Warning: listening on %1, reachable from other machines.</source>
        <translation>警告：正在 %1 上监听，其他计算机可以访问。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="163"/>
        <source>Give exactly one key id.</source>
        <translation>请只给出一个密钥 ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="168"/>
        <source>No valid key &quot;%1&quot; in the cache.</source>
        <translation>缓存中没有有效的密钥“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="175"/>
        <source>serve the cache as the signed local data API (/v1, loopback 127.0.0.1:8731 unless told; keys from FILE, default &lt;db&gt;.keys); prints {listening,port,keys} and runs until Ctrl+C</source>
        <translation>将缓存发布为签名的本地数据接口（/v1，默认仅本机 127.0.0.1:8731；密钥取自 FILE，默认 &lt;db&gt;.keys）；输出 {listening,port,keys}，运行至 Ctrl+C</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="181"/>
        <source>create an API key: the secret is printed once and added to the keys file (default &lt;db&gt;.keys); limits: endpoints, region prefixes, requests per minute and per day</source>
        <translation>创建接口密钥：密钥原文只输出一次并写入密钥文件（默认 &lt;db&gt;.keys）；限制：接口、地区前缀、每分钟与每日请求数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="185"/>
        <source>list the API keys with their limits and today&apos;s requests (never the secrets)</source>
        <translation>列出接口密钥及其限制和今日请求数（从不显示密钥原文）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_serve.cpp" line="188"/>
        <source>revoke an API key (a running server refuses it within 2 s)</source>
        <translation>吊销接口密钥（运行中的服务在 2 秒内拒绝它）</translation>
    </message>
</context>
<context>
    <name>dj::ui::ApiKeysDialog</name>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="25"/>
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="27"/>
        <source>API keys</source>
        <translation>接口密钥</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="31"/>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="31"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="31"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32"/>
        <source>Endpoints</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32"/>
        <source>Per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32"/>
        <source>Per day</source>
        <translation>每日配额</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="32"/>
        <source>Requests today</source>
        <translation>今日请求</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="39"/>
        <source>&amp;New key…</source>
        <translation>新建密钥(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="40"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="50"/>
        <source>Secrets are kept in %1 (owner-readable only); the cache holds only their hashes.</source>
        <translation>密钥原文保存在 %1（仅本人可读）；缓存中只保存其哈希值。</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="76"/>
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="76"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="77"/>
        <location filename="../ui/api/apikeysdialog.cpp" line="78"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="107"/>
        <location filename="../ui/api/apikeysdialog.cpp" line="146"/>
        <location filename="../ui/api/apikeysdialog.cpp" line="153"/>
        <source>New API key</source>
        <translation>新建接口密钥</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="110"/>
        <source>all (or e.g. search,enterprises)</source>
        <translation>全部（或如 search,enterprises）</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="113"/>
        <source>all (or region prefixes, e.g. 32,3301)</source>
        <translation>全部（或地区前缀，如 32,3301）</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="124"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="125"/>
        <source>&amp;Endpoints:</source>
        <translation>接口(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="126"/>
        <source>&amp;Regions:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="127"/>
        <source>Requests per &amp;minute:</source>
        <translation>每分钟请求数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="128"/>
        <source>Requests per &amp;day:</source>
        <translation>每日请求数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="147"/>
        <source>Key ID: %1
Secret: %2

The secret is shown only now; it was added to %3.</source>
        <translation>密钥 ID：%1
密钥原文：%2

密钥原文仅此一次显示；已写入 %3。</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="163"/>
        <location filename="../ui/api/apikeysdialog.cpp" line="170"/>
        <source>Revoke API key</source>
        <translation>吊销接口密钥</translation>
    </message>
    <message>
        <location filename="../ui/api/apikeysdialog.cpp" line="164"/>
        <source>Revoke %1? Programs using it are refused within 2 seconds.</source>
        <translation>吊销 %1？使用它的程序将在 2 秒内被拒绝。</translation>
    </message>
</context>
</TS>
