<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <source>Measures Gridbook on a demo ledger of N residents against the targets for a street office (issue 7): open, search, sort, scope, import, export, roster, memory. Exit code 1 if a target is missed.</source>
            <translation>在 N 名居民的演示台账上按街道规模的目标（第 7 号议题）测量网格台账：打开、搜索、排序、范围、导入、导出、花名册、内存。未达到任一目标时退出码为 1。</translation>
        </message>
        <message>
            <source>Residents in the demo ledger (default 1000000).</source>
            <translation>演示台账中的居民人数（默认 1000000）。</translation>
        </message>
        <message>
            <source>Runs of each measure; median and worst are reported (default 3).</source>
            <translation>每项测量运行的次数；报告中位数和最差值（默认 3）。</translation>
        </message>
        <message>
            <source>K</source>
            <translation>K</translation>
        </message>
        <message>
            <source>Also write the figures to this JSON file.</source>
            <translation>同时把各项数据写入此 JSON 文件。</translation>
        </message>
        <message>
            <source>Use this demo ledger if it holds N residents, else generate it there; it is kept.</source>
            <translation>若此演示台账正好有 N 名居民则直接使用，否则在此处生成；该文件会保留。</translation>
        </message>
        <message>
            <source>Keep the scratch folder (generated ledger, CSV, XLSX, PDF) and print where it is.</source>
            <translation>保留临时文件夹（生成的台账、CSV、XLSX、PDF）并显示其位置。</translation>
        </message>
        <message>
            <source>bench: --residents must be a number from 1000 to 5000000.</source>
            <translation>bench：--residents 必须是 1000 到 5000000 之间的数。</translation>
        </message>
        <message>
            <source>bench: --runs must be a number from 1 to 100.</source>
            <translation>bench：--runs 必须是 1 到 100 之间的数。</translation>
        </message>
        <message>
            <source>bench: no scratch folder: %1</source>
            <translation>bench：无法创建临时文件夹：%1</translation>
        </message>
        <message>
            <source>Gridbook benchmark: %1 residents, %2 run(s) of each measure

</source>
            <translation>网格台账性能测试：%1 名居民，每项测量运行 %2 次

</translation>
        </message>
        <message>
            <source>
Scratch files kept in %1
</source>
            <translation>
临时文件保留在 %1
</translation>
        </message>
        <message>
            <source>bench: %1 could not be written: %2</source>
            <translation>bench：无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>measure speed and memory on a demo ledger of N residents</source>
            <translation>在 N 名居民的演示台账上测量速度和内存</translation>
        </message>
    </context>
    <context>
        <name>Gui</name>
        <message>
            <source>Open the ledger without showing a window, print the time to the residents' first screen of rows, and exit (for gridbook-cli bench).</source>
            <translation>打开台账但不显示窗口，输出居民表第一屏数据出现所用的时间后退出（供 gridbook-cli bench 使用）。</translation>
        </message>
    </context>
    <context>
        <name>gridbook::BenchSpreadsheetIo</name>
        <message>
            <source>spreadsheet import and export are not in this build yet</source>
            <translation>此版本尚未包含电子表格导入和导出</translation>
        </message>
    </context>
    <context>
        <name>gridbook::Benchmark</name>
        <message>
            <source>no first screen within %1 s</source>
            <translation>%1 秒内未出现第一屏</translation>
        </message>
        <message>
            <source>peak memory of the measures above (this process)</source>
            <translation>以上测量的内存峰值（本进程）</translation>
        </message>
        <message>
            <source>/proc/self/status has no VmHWM</source>
            <translation>/proc/self/status 中没有 VmHWM</translation>
        </message>
        <message>
            <source>demo generation of %1 residents</source>
            <translation>生成 %1 名居民的演示台账</translation>
        </message>
        <message>
            <source>%1 holds %2 residents, not %3: give another --ledger or delete it</source>
            <translation>%1 有 %2 名居民，而不是 %3 名：请指定其他 --ledger 或删除该文件</translation>
        </message>
        <message>
            <source>reused %1; delete it to measure generation again</source>
            <translation>沿用了 %1；删除它即可重新测量生成时间</translation>
        </message>
        <message>
            <source>Generating a demo ledger of %1 residents</source>
            <translation>正在生成 %1 名居民的演示台账</translation>
        </message>
        <message>
            <source>gridbook-cli demo could not run: %1</source>
            <translation>gridbook-cli demo 无法运行：%1</translation>
        </message>
        <message>
            <source>gridbook-cli demo failed (exit code %1)</source>
            <translation>gridbook-cli demo 失败（退出码 %1）</translation>
        </message>
        <message>
            <source>gridbook-cli demo, process start to exit</source>
            <translation>gridbook-cli demo，从进程启动到退出</translation>
        </message>
        <message>
            <source>open: process start to the residents' first screen</source>
            <translation>打开：从进程启动到居民表第一屏</translation>
        </message>
        <message>
            <source>peak memory of gridbook with the ledger open</source>
            <translation>打开台账时 gridbook 的内存峰值</translation>
        </message>
        <message>
            <source>gridbook not found at %1</source>
            <translation>在 %1 找不到 gridbook</translation>
        </message>
        <message>
            <source>Opening the ledger in gridbook (%1 of %2)</source>
            <translation>正在用 gridbook 打开台账（第 %1 次，共 %2 次）</translation>
        </message>
        <message>
            <source>gridbook --first-screen showed no rows (exit code %1)</source>
            <translation>gridbook --first-screen 没有显示任何行（退出码 %1）</translation>
        </message>
        <message>
            <source>gridbook --first-screen, offscreen, 1280×800</source>
            <translation>gridbook --first-screen，离屏，1280×800</translation>
        </message>
        <message>
            <source>VmHWM at the first screen</source>
            <translation>第一屏时的 VmHWM</translation>
        </message>
        <message>
            <source>search keystroke: name (张, 张伟, ...)</source>
            <translation>搜索按键：姓名（张、张伟……）</translation>
        </message>
        <message>
            <source>search keystroke: pinyin initials (z, zw, ...)</source>
            <translation>搜索按键：拼音首字母（z、zw……）</translation>
        </message>
        <message>
            <source>search keystroke: ID number prefix (4, 43, ...)</source>
            <translation>搜索按键：身份证号开头（4、43……）</translation>
        </message>
        <message>
            <source>search keystroke: phone ending (5, 56, 567, 5678)</source>
            <translation>搜索按键：电话尾号（5、56、567、5678）</translation>
        </message>
        <message>
            <source>sort by name</source>
            <translation>按姓名排序</translation>
        </message>
        <message>
            <source>sort by age</source>
            <translation>按年龄排序</translation>
        </message>
        <message>
            <source>sort by address</source>
            <translation>按住址排序</translation>
        </message>
        <message>
            <source>scope change to a small grid</source>
            <translation>范围切换到一个小网格</translation>
        </message>
        <message>
            <source>no resident with a name, ID number and phone to search for</source>
            <translation>没有同时有姓名、身份证号和电话的居民可供搜索</translation>
        </message>
        <message>
            <source>Opening the residents table</source>
            <translation>正在打开居民表</translation>
        </message>
        <message>
            <source>Typing into the search box</source>
            <translation>正在向搜索框输入</translation>
        </message>
        <message>
            <source>slowest: keystroke %1 of %2, %3 found</source>
            <translation>最慢：第 %1 次按键（共 %2 次），找到 %3 人</translation>
        </message>
        <message>
            <source>slowest: keystroke %1 of %2, more than %3 found</source>
            <translation>最慢：第 %1 次按键（共 %2 次），找到超过 %3 人</translation>
        </message>
        <message>
            <source>Sorting</source>
            <translation>正在排序</translation>
        </message>
        <message>
            <source>Changing scope</source>
            <translation>正在切换范围</translation>
        </message>
        <message>
            <source>small grid %1 is not in the navigation tree</source>
            <translation>小网格 %1 不在导航树中</translation>
        </message>
        <message>
            <source>the ledger has no small grids</source>
            <translation>台账中没有小网格</translation>
        </message>
        <message>
            <source>export %1 residents to XLSX</source>
            <translation>导出 %1 名居民到 XLSX</translation>
        </message>
        <message>
            <source>export %1 residents to CSV</source>
            <translation>导出 %1 名居民到 CSV</translation>
        </message>
        <message>
            <source>import %1 rows of CSV, validated</source>
            <translation>导入 %1 行 CSV（完整校验）</translation>
        </message>
        <message>
            <source>floor: sqlite3 .import of the same CSV</source>
            <translation>基准：sqlite3 .import 同一个 CSV</translation>
        </message>
        <message>
            <source>CSV import, times the sqlite3 floor</source>
            <translation>CSV 导入为 sqlite3 基准的倍数</translation>
        </message>
        <message>
            <source>import %1 rows of XLSX, validated</source>
            <translation>导入 %1 行 XLSX（完整校验）</translation>
        </message>
        <message>
            <source>no spreadsheet import and export</source>
            <translation>没有电子表格导入和导出</translation>
        </message>
        <message>
            <source>Generating a demo ledger of %1 residents to export</source>
            <translation>正在生成 %1 名居民的演示台账用于导出</translation>
        </message>
        <message>
            <source>Exporting %1 residents</source>
            <translation>正在导出 %1 名居民</translation>
        </message>
        <message>
            <source>%1 rows were written, not %2</source>
            <translation>写入了 %1 行，而不是 %2 行</translation>
        </message>
        <message>
            <source>the export above failed</source>
            <translation>上面的导出失败了</translation>
        </message>
        <message>
            <source>Importing %1 rows</source>
            <translation>正在导入 %1 行</translation>
        </message>
        <message>
            <source>%1 of %2 rows were imported</source>
            <translation>%2 行中导入了 %1 行</translation>
        </message>
        <message>
            <source>the sqlite3 command-line tool is not installed (apt install sqlite3)</source>
            <translation>未安装 sqlite3 命令行工具（apt install sqlite3）</translation>
        </message>
        <message>
            <source>sqlite3 .import of the same file</source>
            <translation>正在用 sqlite3 .import 同一个文件</translation>
        </message>
        <message>
            <source>sqlite3 failed: %1</source>
            <translation>sqlite3 失败：%1</translation>
        </message>
        <message>
            <source>median of ours over median of sqlite3; worst: our worst over it</source>
            <translation>本程序的中位数除以 sqlite3 的中位数；最差值：本程序的最差值除以它</translation>
        </message>
        <message>
            <source>roster of %1 residents to PDF</source>
            <translation>%1 名居民的花名册输出为 PDF</translation>
        </message>
        <message>
            <source>Printing a roster of %1 residents</source>
            <translation>正在打印 %1 名居民的花名册</translation>
        </message>
        <message>
            <source>the whole ledger, %1 pages</source>
            <translation>整个台账，%1 页</translation>
        </message>
        <message>
            <source>%1 residents in %2 compounds, %3 pages</source>
            <translation>%2 个小区的 %1 名居民，%3 页</translation>
        </message>
        <message>
            <source>worst</source>
            <translation>最差</translation>
        </message>
        <message>
            <source>p95</source>
            <translation>p95</translation>
        </message>
        <message>
            <source>median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>测量项</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>(for comparison)</source>
            <translation>（供对比）</translation>
        </message>
        <message>
            <source>PASS</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>not produced</source>
            <translation>未测得</translation>
        </message>
    </context>
</TS>
