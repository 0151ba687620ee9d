<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="25"/>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="35"/>
        <source>Option --seed takes a whole number from 0 to 18446744073709551615.</source>
        <translation>选项 --seed 需要 0 到 18446744073709551615 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="39"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="42"/>
        <source>%1 exists and is not a Dianjing cache; it will not be overwritten.</source>
        <translation>%1 已存在且不是点兢缓存，不会覆盖它。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="74"/>
        <source>--db FILE [--enterprises N] [--seed S]</source>
        <translation>--db 文件 [--enterprises 数量] [--seed 种子]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="75"/>
        <source>create FILE with the deterministic demo data set (default 100,000 enterprises)</source>
        <translation>用可复现的演示数据集创建缓存文件（默认 100,000 家企业）</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="1644"/>
        <source>Supply chains</source>
        <translation>供应链</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="1755"/>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="1833"/>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="1856"/>
        <source>Indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="1868"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="1886"/>
        <source>The number of enterprises must be between %L1 and %L2.</source>
        <translation>企业数量必须在 %L1 到 %L2 之间。</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <location filename="../ui/demo/demomenu.cpp" line="14"/>
        <source>Generate demo data…</source>
        <translation>生成演示数据…</translation>
    </message>
</context>
<context>
    <name>dj::ui::DemoDialog</name>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="25"/>
        <source>Generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="34"/>
        <source>Enterprises:</source>
        <translation>企业数量：</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="39"/>
        <source>The same seed and size always give the same data.</source>
        <translation>相同的种子和数量总是生成相同的数据。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="40"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="46"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="51"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="53"/>
        <source>Generated data for demonstrations and tests; it is labelled 演示数据 everywhere. An existing cache at the target is replaced.</source>
        <translation>用于演示和测试的生成数据，各处均标注为“演示数据”。目标位置已有的缓存将被替换。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="59"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="84"/>
        <source>Save demo cache as</source>
        <translation>演示缓存另存为</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="85"/>
        <source>Dianjing cache (*.djcache);;All files (*)</source>
        <translation>点兢缓存 (*.djcache);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="94"/>
        <source>Choose a file to save the demo cache in.</source>
        <translation>请选择保存演示缓存的文件。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="100"/>
        <source>The seed must be a whole number.</source>
        <translation>随机种子必须是整数。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="105"/>
        <source>%1 is the cache that is open now. Choose another file.</source>
        <translation>%1 是当前打开的缓存，请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>dj::ui::DemoRunner</name>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="24"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="26"/>
        <source>%1 exists and is not a Dianjing cache; it will not be overwritten.</source>
        <translation>%1 已存在且不是点兢缓存，不会覆盖它。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="28"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="57"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="76"/>
        <location filename="../ui/demo/demorunner.cpp" line="127"/>
        <source>Cannot generate demo data</source>
        <translation>无法生成演示数据</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="81"/>
        <source>Generating %L1 demo enterprises…</source>
        <translation>正在生成 %L1 家演示企业…</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="82"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="97"/>
        <source>Generating %L1 demo enterprises…
%2</source>
        <translation>正在生成 %L1 家演示企业…
%2</translation>
    </message>
</context>
</TS>
