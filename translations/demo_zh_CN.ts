<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="24"/>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="34"/>
        <source>Option --seed takes a whole number from 0 to 18446744073709551615.</source>
        <translation>选项 --seed 需要 0 到 18446744073709551615 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="38"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="41"/>
        <source>%1 exists and is not a Dianjing cache; it will not be overwritten.</source>
        <translation>%1 已存在且不是点兢缓存，不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="72"/>
        <source>--db FILE [--enterprises N] [--seed S]</source>
        <translation>--db 文件 [--enterprises 数量] [--seed 种子]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_demo.cpp" line="73"/>
        <source>create FILE with the deterministic demo data set (default 100,000 enterprises)</source>
        <translation>用可复现的演示数据集创建缓存文件（默认 100,000 家企业）</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2243"/>
        <source>Supply chains</source>
        <translation>供应链</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2311"/>
        <source>Tenders</source>
        <translation>招投标</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2524"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2581"/>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2660"/>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2684"/>
        <source>Indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2697"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2717"/>
        <source>The number of enterprises must be between %L1 and %L2.</source>
        <translation>企业数量必须在 %L1 到 %L2 之间。</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2725"/>
        <source>%1 exists and is not a Dianjing cache; it will not be overwritten.</source>
        <translation>%1 已存在且不是点兢缓存，不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2751"/>
        <source>Matching enterprises to buildings</source>
        <translation>正在将企业匹配到楼宇</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2760"/>
        <source>The new cache %1 was not checkpointed.</source>
        <translation>新缓存 %1 未完成检查点写入。</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2767"/>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="2773"/>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
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
        <location filename="../ui/demo/demodialog.cpp" line="35"/>
        <source>Enterprises:</source>
        <translation>企业数量：</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="41"/>
        <source>The same seed and size always give the same data.</source>
        <translation>相同的种子和数量总是生成相同的数据。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="42"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="49"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="54"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="57"/>
        <source>Generated data for demonstrations and tests; it is labelled 演示数据 everywhere. An existing cache at the target is replaced.</source>
        <translation>用于演示和测试的生成数据，各处均标注为“演示数据”。目标位置已有的缓存将被替换。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="63"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="92"/>
        <source>Save demo cache as</source>
        <translation>演示缓存另存为</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="92"/>
        <source>Dianjing cache (*.djcache);;All files (*)</source>
        <translation>点兢缓存 (*.djcache);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="101"/>
        <source>Choose a file to save the demo cache in.</source>
        <translation>请选择保存演示缓存的文件。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="107"/>
        <source>The seed must be a whole number.</source>
        <translation>随机种子必须是整数。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demodialog.cpp" line="113"/>
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
        <translation>%1 已存在且不是点兢缓存，不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="29"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="60"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="81"/>
        <location filename="../ui/demo/demorunner.cpp" line="124"/>
        <source>Cannot generate demo data</source>
        <translation>无法生成演示数据</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="99"/>
        <source>Generating %L1 demo enterprises…</source>
        <translation>正在生成 %L1 家演示企业…</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="93"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../ui/demo/demorunner.cpp" line="96"/>
        <source>Generating %L1 demo enterprises…
%2</source>
        <translation>正在生成 %L1 家演示企业…
%2</translation>
    </message>
</context>
</TS>
