<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/CliSupport.cpp" line="+52"/>
        <source>%1: --db FILE is required.</source>
        <translation>%1：必须给出 --db 文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+25"/>
        <source>generate a demo community into a new ledger file</source>
        <translation>在新的台账文件中生成演示社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts by grid and by care category</source>
        <translation>按网格和关爱类别统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity check; exit code 1 if problems are found</source>
        <translation>完整性检查；发现问题时退出码为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a roster (花名册) of residents to PDF</source>
        <translation>把居民花名册打印为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print grid workers&apos; contact books (联系册) to PDF</source>
        <translation>把网格员联系册打印为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print household files (一户一档) to PDF</source>
        <translation>把一户一档打印为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure speed and memory on a demo ledger of N residents</source>
        <translation>在 N 名居民的演示台账上测量速度和内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export a table to XLSX or CSV (IDs and phones masked unless --full)</source>
        <translation>将表格导出为 XLSX 或 CSV（除非指定 --full，身份证号和电话号码均脱敏）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import residents and households from XLSX or CSV</source>
        <translation>从 XLSX 或 CSV 导入居民和户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: gridbook-cli COMMAND [options]</source>
        <translation>用法：gridbook-cli 命令 [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run gridbook-cli COMMAND --help for the options of a command; --lang zh_CN|en picks the language.</source>
        <translation>运行 gridbook-cli 命令 --help 查看该命令的选项；--lang zh_CN|en 选择语言。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/ContactBookCommand.cpp" line="+14"/>
        <source>Prints the contact book (联系册) of grid leaders, workers or assistants to PDF: the households in their scope, with blank columns for visit dates.</source>
        <translation>将网格长、网格员或网格辅助员的联系册打印为 PDF：其负责范围内的住户，并留有走访日期空栏。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The holder of a grid role: their name, or a resident or grid role uid when the name is shared; repeatable, one book each.</source>
        <translation>网格职务人员：姓名；重名时用居民或职务的 UID；可重复，每人一册。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank visit-date columns (default 4).</source>
        <translation>走访日期空栏数（默认 4）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/BenchCommand.cpp" line="+21"/>
        <source>Measures Gridbook on a demo ledger of N residents against the targets for a street office (issue 7): open, search, sort, scope, import, export, roster, memory. Exit code 1 if a target is missed.</source>
        <translation>在 N 名居民的演示台账上按街道规模的目标（第 7 号议题）测量网格台账：打开、搜索、排序、范围、导入、导出、花名册、内存。未达到任一目标时退出码为 1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/cli/ContactBookCommand.cpp" line="+1"/>
        <location filename="../../app/cli/DemoCommand.cpp" line="+20"/>
        <location line="+4"/>
        <location filename="../../app/cli/ImportCommand.cpp" line="+115"/>
        <location line="+22"/>
        <location filename="../../app/cli/RosterCommand.cpp" line="+80"/>
        <location line="+91"/>
        <location line="+3"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Residents in the demo ledger (default 1000000).</source>
        <translation>演示台账中的居民人数（默认 1000000）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs of each measure; median and worst are reported (default 3).</source>
        <translation>每项测量运行的次数；报告中位数和最差值（默认 3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the figures to this JSON file.</source>
        <translation>同时把各项数据写入此 JSON 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this demo ledger if it holds N residents, else generate it there; it is kept.</source>
        <translation>若此演示台账正好有 N 名居民则直接使用，否则在此处生成；该文件会保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the scratch folder (generated ledger, CSV, XLSX, PDF) and print where it is.</source>
        <translation>保留临时文件夹（生成的台账、CSV、XLSX、PDF）并显示其位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take only these groups of measures, separated by commas: open, lists (search, sort, scope), spreadsheets, roster.</source>
        <translation>只测量这些组，以逗号分隔：open（打开）、lists（搜索、排序、范围）、spreadsheets（表格导入导出）、roster（花名册）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GROUPS</source>
        <translation>组</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bench: --residents must be a number from 1000 to 5000000.</source>
        <translation>bench：--residents 必须是 1000 到 5000000 之间的数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bench: --runs must be a number from 1 to 100.</source>
        <translation>bench：--runs 必须是 1 到 100 之间的数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bench: --only: unknown group &quot;%1&quot;; the groups are %2.</source>
        <translation>bench：--only：没有“%1”这一组；可选的组为 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bench: no scratch folder: %1</source>
        <translation>bench：无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gridbook benchmark: %1 residents, %2 run(s) of each measure

</source>
        <translation>网格台账性能测试：%1 名居民，每项测量运行 %2 次

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Scratch files kept in %1
</source>
        <translation>
临时文件保留在 %1
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bench: %1 could not be written: %2</source>
        <translation>bench：无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/ContactBookCommand.cpp" line="+6"/>
        <source>contact-book: --out FILE is required.</source>
        <translation>contact-book：必须提供 --out 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact-book: name at least one --holder.</source>
        <translation>contact-book：请至少指定一个 --holder。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--visits: give a number from 0 to 12.</source>
        <translation>--visits：请填写 0 到 12 之间的数。</translation>
    </message>
    <message>
        <location filename="../../app/cli/HouseholdFileCommand.cpp" line="+14"/>
        <source>Prints household files (一户一档) to PDF: each household on its own pages with its members, visits, service requests and pairing.</source>
        <translation>将一户一档打印为 PDF：每户单独成页，含家庭成员、走访、服务诉求和结对帮扶。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A household by uid; repeatable. Without it, every household of --scope.</source>
        <translation>按 UID 指定一户；可重复。不指定时为 --scope 内的所有户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>household-file: --out FILE is required.</source>
        <translation>household-file：必须提供 --out 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>household-file: give --household or --scope, not both.</source>
        <translation>household-file：--household 和 --scope 只能选其一。</translation>
    </message>
    <message>
        <location filename="../../app/cli/RosterCommand.cpp" line="-137"/>
        <source>--%1: give a whole number, not &quot;%2&quot;.</source>
        <translation>--%1：请填写整数，而不是“%2”。</translation>
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="+14"/>
        <source>Integrity check of a ledger; exit code 1 if problems are found.</source>
        <translation>检查台账的完整性；发现问题时退出码为 1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/ExportCommand.cpp" line="+23"/>
        <location filename="../../app/cli/ImportCommand.cpp" line="-42"/>
        <location filename="../../app/cli/RosterCommand.cpp" line="+11"/>
        <location filename="../../app/cli/StatsCommand.cpp" line="+16"/>
        <source>The ledger file.</source>
        <translation>台账文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/BenchCommand.cpp" line="-78"/>
        <location line="+5"/>
        <location filename="../../app/cli/CheckCommand.cpp" line="+0"/>
        <location filename="../../app/cli/DemoCommand.cpp" line="-5"/>
        <location filename="../../app/cli/ExportCommand.cpp" line="+0"/>
        <location line="+26"/>
        <location filename="../../app/cli/ImportCommand.cpp" line="+0"/>
        <location filename="../../app/cli/RosterCommand.cpp" line="+1"/>
        <location line="+3"/>
        <location filename="../../app/cli/StatsCommand.cpp" line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/RosterCommand.cpp" line="-1"/>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to look, repeatable: KIND:NAME, KIND:PARENT/NAME or KIND:UID, KIND one of %1 (e.g. grid:第3网格, building:和园小区/3栋). Default: the whole community.</source>
        <translation>范围，可重复：类型:名称、类型:上级/名称 或 类型:UID，类型为 %1 之一（如 grid:第3网格、building:和园小区/3栋）。默认：整个社区。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 landscape instead of portrait.</source>
        <translation>A4 横向（默认纵向）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 portrait (contact books are landscape unless this is given).</source>
        <translation>A4 纵向（联系册默认横向）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print ID and phone numbers in full (and sensitive care categories). Each such print is recorded in the ledger&apos;s print log.</source>
        <translation>打印完整的身份证号和电话（及敏感类别）。每次此类打印都记入台账的打印记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report&apos;s date, for the title and ages (default: today).</source>
        <translation>报表日期，用于标题和年龄计算（默认：今天）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse reports longer than this many pages (default 1000; 0: no limit).</source>
        <translation>超过此页数的报表不予生成（默认 1000；0：不限）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give --landscape or --portrait, not both.</source>
        <translation>--landscape 和 --portrait 只能选其一。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--date: give a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date：请按 年-月-日 填写日期，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled; no PDF was written.</source>
        <translation>已取消，未写入 PDF。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not written: %1 pages is more than --max-pages %2. Narrow the scope or raise --max-pages.</source>
        <translation>未写入：%1 页超过 --max-pages %2。请缩小范围或调大 --max-pages。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prints a roster (花名册) of residents to PDF; ID and phone numbers masked unless --full.</source>
        <translation>将居民花名册打印为 PDF；除非使用 --full，身份证号和电话均部分隐去。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only residents in this care category (code, e.g. low_income, over_80); repeatable, any of them.</source>
        <translation>只列出属于此关爱类别的居民（代码，如 low_income、over_80）；可重复，满足其一即可。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only residents at least this old.</source>
        <translation>只列出不小于此年龄的居民。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only residents at most this old.</source>
        <translation>只列出不大于此年龄的居民。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns in order, comma-separated, from: %1.</source>
        <translation>按顺序列出的列，逗号分隔，可选：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KEYS</source>
        <translation>列名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group by building or household, with subtotals.</source>
        <translation>按楼栋或按户分组，并小计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building|household</source>
        <translation>building|household</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>roster: --out FILE is required.</source>
        <translation>roster：必须提供 --out 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--columns: unknown column &quot;%1&quot;; choose from %2.</source>
        <translation>--columns：未知的列“%1”；可选 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--group: choose building or household.</source>
        <translation>--group：请选择 building 或 household。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DemoCommand.cpp" line="-1"/>
        <source>Generates a demo community into a new ledger file.</source>
        <translation>在新的台账文件中生成演示社区。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ledger file to create.</source>
        <translation>要创建的台账文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residents in all (default 21237, one community like 和济社区).</source>
        <translation>居民总数（默认 21237，即一个和济社区的规模）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the ledger is as of, YYYY-MM-DD (default today).</source>
        <translation>台账的截止日期，格式 YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --out FILE is required.</source>
        <translation>demo：必须给出 --out 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo: --seed must be a whole number.</source>
        <translation>demo：--seed 必须是整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo: --residents must be a number from 10 to 5000000.</source>
        <translation>demo：--residents 必须是 10 到 5000000 之间的数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo: --as-of must be a date like 2026-11-24.</source>
        <translation>demo：--as-of 必须是 2026-11-24 这样的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo: %1 already exists; choose a new file.</source>
        <translation>demo：%1 已存在，请换一个新文件名。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Generated %1: %2 communities, %3 compounds, %4 buildings, %5 households, %6 residents, %7 Party members in %8 s.
</source>
        <translation>已生成 %1：%2 个社区，%3 个小区，%4 栋楼，%5 户，%6 名居民，%7 名党员，用时 %8 秒。
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="-31"/>
        <source>Writes ledger tables to an XLSX workbook or a CSV file. ID and phone numbers are masked, and sensitive care categories left out, unless --full is given.</source>
        <translation>把台账表格写入 XLSX 工作簿或 CSV 文件。除非给出 --full，身份证号和电话会部分隐藏，敏感关爱类别不导出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to export: %1. Several, comma-separated, give one sheet each (XLSX only). Default: residents.</source>
        <translation>要导出的内容：%1。用逗号分隔多个，每个一张工作表（仅限 XLSX）。默认：residents。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this part of the ledger: community:NAME, big-grid:NAME, small-grid:NAME (or grid:NAME), compound:NAME, building:COMPOUND/NAME or unit:COMPOUND/BUILDING/NAME (or the record&apos;s uid instead of a name). Default: all.</source>
        <translation>只导出台账的这一部分：community:名称、big-grid:名称、small-grid:名称（或 grid:名称）、compound:名称、building:小区/名称 或 unit:小区/楼栋/名称（也可用记录编号代替名称）。默认：全部。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KIND:NAME</source>
        <translation>类别:名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xlsx or csv; default: from the --out file&apos;s suffix.</source>
        <translation>xlsx 或 csv；默认按 --out 文件的扩展名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV text encoding: utf-8-bom (default, opens right in Excel), utf-8, or gbk (GB18030).</source>
        <translation>CSV 文本编码：utf-8-bom（默认，Excel 可直接正确打开）、utf-8 或 gbk（GB18030）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/ImportCommand.cpp" line="+16"/>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmasked ID and phone numbers, and sensitive care categories.</source>
        <translation>导出完整的身份证号和电话，以及敏感关爱类别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX: one sheet per small grid.</source>
        <translation>XLSX：每个小网格一张工作表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV: put a tab in front of long numbers, so that Excel keeps full ID numbers as text instead of 4.30102E+17 (other programs then see the tab).</source>
        <translation>CSV：在长数字前加一个制表符，使 Excel 把完整身份证号保留为文本而不是 4.30102E+17（其他程序会看到这个制表符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export: unexpected argument %1</source>
        <translation>export：多余的参数 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: --out FILE is required.</source>
        <translation>export：必须给出 --out 文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export: unknown table &quot;%1&quot;; choose from %2.</source>
        <translation>export：未知的表“%1”；请从 %2 中选择。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export: --table names no table.</source>
        <translation>export：--table 没有指定任何表。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export: --format must be xlsx or csv.</source>
        <translation>export：--format 必须是 xlsx 或 csv。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: --encoding applies to CSV only.</source>
        <translation>export：--encoding 只适用于 CSV。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: --encoding must be utf-8-bom, utf-8 or gbk.</source>
        <translation>export：--encoding 必须是 utf-8-bom、utf-8 或 gbk。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export: --sheet-per-grid needs --format xlsx.</source>
        <translation>export：--sheet-per-grid 需要 --format xlsx。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: a CSV file holds one table; use xlsx for several.</source>
        <translation>export：一个 CSV 文件只能放一张表；多张表请用 xlsx。</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1: %n row(s)
</source>
        <translation>
            <numerusform>%1：%n 行
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote %1 (%n sheet(s), %2%3).
</source>
        <translation>
            <numerusform>已写入 %1（%n 张工作表，%2%3）。
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, unmasked</source>
        <translation>，未隐藏号码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, ID and phone numbers masked</source>
        <translation>，身份证号和电话已部分隐藏</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="-23"/>
        <source>Reads residents from an XLSX or CSV file into a ledger (created if it does not exist). Valid rows go in and rejected rows are listed - or, with --strict, nothing changes unless every row is valid.

Exit codes: 0 all rows imported, 1 some rows rejected or waiting for review, 2 bad command line, 3 the file or ledger could not be read or written (nothing changed), 4 cancelled (nothing changed).</source>
        <translation>从 XLSX 或 CSV 文件把居民导入台账（台账不存在时新建）。有效的行导入，被拒绝的行列出原因；使用 --strict 时，只要有一行无效就什么都不改。

退出码：0 全部导入，1 有行被拒绝或待核对，2 命令行有误，3 无法读写文件或台账（未作改动），4 已取消（未作改动）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IN</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The .xlsx or .csv file to import.</source>
        <translation>要导入的 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check and report; change nothing.</source>
        <translation>只检查并报告，不作任何改动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People already in the ledger (same ID number): skip (default), update, or review (list them, import nothing for them).</source>
        <translation>台账中已有的人（身份证号相同）：skip 跳过（默认）、update 更新，或 review 列出待核对（不导入这些人）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POLICY</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the rejected rows with their reasons to this .xlsx, to fix and import again.</source>
        <translation>把被拒绝的行及原因写入这个 .xlsx，改正后可再次导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT.xlsx</source>
        <translation>输出.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import nothing unless every row is valid.</source>
        <translation>只有全部行有效时才导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this sheet of a workbook.</source>
        <translation>只导入工作簿中的这张工作表。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHEET</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV encoding, when detection guesses wrong: utf-8 or gbk.</source>
        <translation>CSV 编码（自动识别出错时使用）：utf-8 或 gbk。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row (1-based) holding the column headers, when it is not found by itself.</source>
        <translation>列标题所在的行（从 1 开始），在无法自动找到时使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map a column by hand: COLUMN=FIELD, COLUMN a letter (C), a number (3) or the header text, FIELD one of %1. Repeatable.</source>
        <translation>手动对应一列：列=字段，列可以是字母（C）、数字（3）或标题文字，字段为 %1 之一。可重复使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>COLUMN=FIELD</source>
        <translation>列=字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The community new compounds belong to (when the ledger has several, or none).</source>
        <translation>新小区所属的社区（台账中有多个社区或没有社区时使用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMUNITY</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The compound of addresses that name none (like 3-2-501).</source>
        <translation>未写明小区的地址（如 3-2-501）所属的小区。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMPOUND</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show ID and phone numbers in the list of problems as they are in the file (masked by default).</source>
        <translation>在问题清单中按文件原样显示身份证号和电话号码（默认打码）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List at most N problems (default 200; 0 lists all).</source>
        <translation>最多列出 N 个问题（默认 200；0 表示全部列出）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: give exactly one file to import.</source>
        <translation>import：请只给出一个要导入的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: --db FILE is required.</source>
        <translation>import：必须给出 --db 文件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import: --on-duplicate must be skip, update or review.</source>
        <translation>import：--on-duplicate 必须是 skip、update 或 review。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: --max-issues must be a number.</source>
        <translation>import：--max-issues 必须是数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --encoding must be utf-8 or gbk.</source>
        <translation>import：--encoding 必须是 utf-8 或 gbk。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --header-row must be a row number from 1.</source>
        <translation>import：--header-row 必须是从 1 开始的行号。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>import: --map %1: give COLUMN=FIELD with a known field.</source>
        <translation>import：--map %1：请写成 列=字段，字段须为已知字段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: --map %1: no such column in sheet %2.</source>
        <translation>import：--map %1：工作表 %2 中没有这一列。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sheet %1: no header row with a name column (姓名) was found; the sheet is left out.</source>
        <translation>工作表 %1：没有找到含“姓名”列的标题行，该表未导入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no header row with a name column (姓名) was found. Give --header-row N, or --map COLUMN=name.</source>
        <translation>%1：没有找到含“姓名”列的标题行。请给出 --header-row N，或 --map 列=name。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>... and %1 more (see --errors).
</source>
        <translation>……另有 %1 条（见 --errors）。
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows read: %1; imported: %2; updated: %3; already in the ledger: %4; waiting for review: %5; rejected: %6.
</source>
        <translation>读取 %1 行；导入 %2；更新 %3；台账中已有 %4；待核对 %5；拒绝 %6。
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Households: %1 new, %2 existing joined. New places: %3 communities, %4 compounds, %5 buildings, %6 units, %7 dwellings.
</source>
        <translation>户：新建 %1 户，加入已有户 %2 户。新增地点：%3 个社区，%4 个小区，%5 栋楼，%6 个单元，%7 套房屋。
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Addresses kept as text (not matched to a place): %1
</source>
        <translation>按文字保留的地址（未对应到地点）：%1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: nothing was changed.
</source>
        <translation>试运行：未作任何改动。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows were rejected and --strict was given: nothing was imported.
</source>
        <translation>有行被拒绝且给出了 --strict：未导入任何内容。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %1.
</source>
        <translation>已保存到 %1。
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rejected rows written to %1.
</source>
        <translation>被拒绝的行已写入 %1。
</translation>
    </message>
    <message>
        <location filename="../../app/cli/StatsCommand.cpp" line="-1"/>
        <source>Counts by grid and by care category.</source>
        <translation>按网格和关爱类别统计人数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
</context>
<context>
    <name>ContactBookReport</name>
    <message>
        <location filename="../../models/reports/ContactBookReport.cpp" line="+111"/>
        <source>Nobody named &quot;%1&quot; holds a grid role.</source>
        <translation>没有名为“%1”的网格职务人员。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&quot;%1&quot; names %n people with grid roles; give one of these uids: %2</source>
        <translation>
            <numerusform>“%1”对应 %n 名网格职务人员；请改用以下 UID 之一：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name at least one grid leader, worker or assistant for the contact book.</source>
        <translation>请为联系册至少指定一名网格长、网格员或网格辅助员。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact book</source>
        <translation>联系册</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading households</source>
        <translation>正在读取住户</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit %1</source>
        <translation>走访%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No households in this holder&apos;s scope.</source>
        <translation>该人员负责范围内没有住户。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+30"/>
        <source>Subtotal: %n household(s)</source>
        <translation>
            <numerusform>小计：%n 户</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Total: %n household(s)</source>
        <translation>
            <numerusform>合计：%n 户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible for</source>
        <translation>负责范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../models/db/Database.cpp" line="+85"/>
        <source>No ledger file was given.</source>
        <translation>没有给出台账文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a folder, not a ledger file.</source>
        <translation>%1 是文件夹，不是台账文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permission denied: %1 cannot be read.</source>
        <translation>没有权限：无法读取 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>%1 is not a Gridbook ledger file.</source>
        <translation>%1 不是网格台账文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ledger file %1 does not exist.</source>
        <translation>台账文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+42"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 is an SQLite database but not a Gridbook ledger; it was not changed.</source>
        <translation>%1 是 SQLite 数据库，但不是网格台账；文件未作任何改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer Gridbook (schema %2; this program knows up to %3). It was not changed: update Gridbook to open it.</source>
        <translation>%1 由更新版本的网格台账写入（结构版本 %2，本程序最高支持 %3）。文件未作改动：请升级网格台账后再打开。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is from an older Gridbook (schema %2) and cannot be upgraded because it is read-only.</source>
        <translation>%1 来自旧版网格台账（结构版本 %2），但文件只读，无法升级。</translation>
    </message>
</context>
<context>
    <name>DemoCommunityGenerator</name>
    <message>
        <location filename="../../models/demo/DemoCommunityGenerator.cpp" line="+378"/>
        <source>The ledger has no skills list to draw from.</source>
        <translation>台账中没有技能清单可供选用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ledger already holds a community; the demo is only generated into an empty one.</source>
        <translation>台账中已有社区；演示数据只能生成到空台账中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residents: choose between 10 and 5,000,000.</source>
        <translation>居民人数：请在 10 到 5,000,000 之间选择。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Generating %1 (%2 of %3)</source>
        <translation>正在生成 %1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Cancelled; the ledger was left as it was.</source>
        <translation>已取消；台账保持原样。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Building indexes</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drawing the grid map</source>
        <translation>正在绘制网格图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gathering statistics for the queries</source>
        <translation>正在统计查询所需的信息</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the ledger file</source>
        <translation>正在写入台账文件</translation>
    </message>
    <message>
        <location line="+1000"/>
        <source>The ledger file is read-only; the demo cannot be written into it.</source>
        <translation>台账文件只读，无法写入演示数据。</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+86"/>
        <source>Gridbook</source>
        <translation>网格台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gridbook (网格台账): the community grid ledger.</source>
        <translation>网格台账：社区网格化管理台账。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this ledger file (created if it does not exist).</source>
        <translation>打开这个台账文件（不存在时新建）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Language: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render a page to this PNG file and exit (no window is shown).</source>
        <translation>把一个页面渲染成这个 PNG 文件后退出（不显示窗口）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page for --screenshot: residents, households, household, party, volunteers or roles.</source>
        <translation>--screenshot 的页面：residents、households、household、party、volunteers 或 roles。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the ledger without showing a window, print the time to the residents&apos; first screen of rows, and exit (for gridbook-cli bench).</source>
        <translation>打开台账但不显示窗口，输出居民表第一屏数据出现所用的时间后退出（供 gridbook-cli bench 使用）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This is a new, empty ledger:
%1

Fill in the demo community 和济社区 (about 10,000 households and 21,000 residents, all invented) so that you can try Gridbook out?</source>
        <translation>这是一个新的空台账：
%1

要填入演示社区“和济社区”（约 1 万户、2.1 万名居民，均为虚构）来试用网格台账吗？</translation>
    </message>
</context>
<context>
    <name>HouseholdFileReport</name>
    <message>
        <location filename="../../models/reports/HouseholdFileReport.cpp" line="+53"/>
        <source>Requested</source>
        <translation>待派单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(no dwelling recorded)</source>
        <translation>（未登记房屋）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No live household with uid %1.</source>
        <translation>没有 UID 为 %1 的在册户。</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等（另 %n 户）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household file</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading households</source>
        <translation>正在读取住户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No live members.</source>
        <translation>无在册成员。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (since %2)</source>
        <translation>%1（%2起）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visits recorded.</source>
        <translation>暂无走访记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (done)</source>
        <translation>%1（已办）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (open)</source>
        <translation>%1（待办）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requested on</source>
        <translation>点单日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by</source>
        <translation>接单人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service requests.</source>
        <translation>暂无服务诉求。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/5</source>
        <translation>%1/5 分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household: %1</source>
        <translation>户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired Party member</source>
        <translation>结对党员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest visits</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service requests</source>
        <translation>服务诉求</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <location filename="../../models/stats/LedgerCheck.cpp" line="+49"/>
        <source>Households with no head of household (relation 02)</source>
        <translation>没有户主（关系代码 02）的户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Households with more than one head of household</source>
        <translation>户主多于一人的户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live residents in an archived household</source>
        <translation>属于已归档户的在册居民</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live residents who belong to no household</source>
        <translation>不属于任何户的在册居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buildings (and so their dwellings) in no small grid</source>
        <translation>未划入任何小网格的楼栋（及其房屋）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live households in an archived dwelling</source>
        <translation>位于已归档房屋中的在册户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Party members whose resident record is archived</source>
        <translation>居民记录已归档的党员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Party members whose political status is not 中共党员 or 预备党员</source>
        <translation>政治面貌不是中共党员或预备党员的党员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grid roles held by an archived resident</source>
        <translation>由已归档居民担任的网格角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References to records that do not exist</source>
        <translation>指向不存在记录的引用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the ledger</source>
        <translation>正在检查台账</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file&apos;s structure is damaged</source>
        <translation>文件结构已损坏</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ID numbers that are not valid and not flagged</source>
        <translation>无效且未标注问题的身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID numbers that disagree with the recorded birth date or sex</source>
        <translation>与登记的出生日期或性别不符的身份证号</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example:</source>
        <translation>例如：</translation>
    </message>
</context>
<context>
    <name>LedgerDate</name>
    <message>
        <location filename="../../models/domain/LedgerDate.cpp" line="+51"/>
        <source>%1: year %2 is outside %3-%4</source>
        <translation>%1：年份 %2 不在 %3—%4 之间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: impossible date %2</source>
        <translation>%1：不存在的日期 %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: empty</source>
        <translation>%1：未填写</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: cannot read &quot;%2&quot; as a date (write it like 2024-03-05)</source>
        <translation>%1：无法把“%2”识别为日期（请写成 2024-03-05 这样）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: spreadsheet day number %2 is not a date</source>
        <translation>%1：表格中的日期序号 %2 不是有效日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: spreadsheet day number %2 is beyond the year 9999</source>
        <translation>%1：表格中的日期序号 %2 超出了 9999 年</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: spreadsheet day 60 is 1900-02-29, which did not exist</source>
        <translation>%1：表格日期序号 60 表示 1900-02-29，而这一天并不存在</translation>
    </message>
</context>
<context>
    <name>LedgerStats</name>
    <message>
        <location filename="../../models/stats/LedgerStats.cpp" line="+161"/>
        <source>Ledger totals</source>
        <translation>台账总计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dwellings</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 empty)</source>
        <translation>%1（空置 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 (%2 archived)</source>
        <translation>%1（已归档 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big grids</source>
        <translation>大网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small grids</source>
        <translation>小网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party branches</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 community-managed, %3 registered from work, %4 centre households)</source>
        <translation>%1（社区自管 %2，在职报到 %3，党员中心户 %4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grid leaders</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid assistants</source>
        <translation>网格辅助员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building heads</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit heads</source>
        <translation>单元长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairings</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service requests</source>
        <translation>服务点单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 open)</source>
        <translation>%1（未办结 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 people served)</source>
        <translation>%1（服务 %2 人次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>议事协商</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 open issues)</source>
        <translation>%1（未解决事项 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents by grid</source>
        <translation>各网格居民人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care</source>
        <translation>关爱对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residents by care category</source>
        <translation>各关爱类别居民人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>special management</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>care</source>
        <translation>关怀对象</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../models/db/Migrator.cpp" line="+51"/>
        <source>Schema step %1 is missing from the program.</source>
        <translation>程序中缺少结构升级步骤 %1。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The program&apos;s schema steps are not numbered 1..N (step %1).</source>
        <translation>程序中的结构升级步骤没有按 1..N 编号（步骤 %1）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Schema step %1 would break references in table %2.</source>
        <translation>结构升级步骤 %1 会破坏表 %2 中的引用。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not upgrade the ledger file to schema %1; it was left at schema %2. %3</source>
        <translation>无法把台账文件升级到结构版本 %1，文件仍保持版本 %2。%3</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../../models/domain/PhoneNumber.cpp" line="+57"/>
        <location line="+43"/>
        <source>Phone: empty</source>
        <translation>联系电话：未填写</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Phone was turned into a number by a spreadsheet (%1) and cannot be recovered</source>
        <translation>联系电话被表格软件转成了数字（%1），已无法恢复</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+64"/>
        <source>Phone: only mainland China numbers (+86) are accepted</source>
        <translation>联系电话：只接受中国大陆号码（+86）</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Phone: unexpected character &quot;%1&quot;</source>
        <translation>联系电话：不应出现字符“%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phone: no number after the country code</source>
        <translation>联系电话：国家代码后面没有号码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phone: mobile numbers start with 13-19, got %1</source>
        <translation>联系电话：手机号应以 13—19 开头，实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Phone: %1 is a service number, not a resident&apos;s phone</source>
        <translation>联系电话：%1 是服务号码，不是居民的电话</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Phone: mobile numbers have 11 digits, got %1</source>
        <translation>联系电话：手机号应为 11 位，实际 %1 位</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone: unknown area code %1</source>
        <translation>联系电话：未知区号 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone: landline needs 7-8 digits after area code %1, got %2</source>
        <translation>联系电话：区号 %1 之后应有 7—8 位号码，实际 %2 位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone: number after area code %1 cannot start with 0</source>
        <translation>联系电话：区号 %1 之后的号码不能以 0 开头</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone: %1 digits is neither a mobile (11) nor a landline (7-8 digits, with or without area code) number</source>
        <translation>联系电话：%1 位数字既不是手机号（11 位），也不是固定电话（7—8 位，可带区号）</translation>
    </message>
</context>
<context>
    <name>PrintLog</name>
    <message>
        <location filename="../../models/reports/PrintLog.cpp" line="+50"/>
        <source>The print with full ID and phone numbers could not be recorded, so it was not made: %1</source>
        <translation>含完整身份证号和电话的打印无法记录，因此未打印：%1</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <location filename="../../models/reports/ReportFrame.cpp" line="+22"/>
        <source>%1 and other communities</source>
        <translation>%1等社区</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <extracomment>Report title: community name, then the report&apos;s name, e.g. 和济社区居民花名册</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1</source>
        <translation>制表日期：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full ID and phone numbers: keep this paper safe, do not pass it on</source>
        <translation>含完整身份证号和电话：请妥善保管，不得外传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID and phone numbers partly hidden</source>
        <translation>身份证号和电话已部分隐去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by: ______________    Date: ________</source>
        <translation>核对人（签字）：______________    核对日期：________</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to print: no one in this scope matches the filters.</source>
        <translation>无可打印内容：此范围内没有符合筛选条件的人员。</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../views/reports/ReportPreviewDialog.cpp" line="+36"/>
        <source>Preparing the report…</source>
        <translation>正在准备报表…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The report could not be prepared.</source>
        <translation>无法准备报表。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not saved: the print log could not be written.</source>
        <translation>未保存：无法写入打印记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up on this computer. You can still preview the report and save it as PDF.</source>
        <translation>此电脑未设置打印机。仍可预览报表并另存为 PDF。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This report runs to %1 pages. Preview and print all of them?</source>
        <translation>此报表共 %1 页。要全部预览和打印吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../../models/reports/ReportRenderer.cpp" line="+343"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Laying out pages</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This report runs to %1 pages. Print all of them?</source>
        <translation>此报表共 %1 页。要全部打印吗？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not start printing: the printer or file is not available.</source>
        <translation>无法开始打印：打印机或文件不可用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing pages</source>
        <translation>正在输出页面</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not start page %1 of the report.</source>
        <translation>无法开始报表第 %1 页。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report could not be finished on the printer or file.</source>
        <translation>报表未能在打印机或文件上完成。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No file name was given for the PDF.</source>
        <translation>未给出 PDF 文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the PDF to %1: that is a folder.</source>
        <translation>无法将 PDF 写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the PDF to %1: the folder does not exist.</source>
        <translation>无法将 PDF 写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+40"/>
        <location line="+15"/>
        <source>Cannot write the PDF to %1: %2</source>
        <translation>无法将 PDF 写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <location filename="../../models/reports/ReportScope.cpp" line="+129"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Big grid</source>
        <translation>大网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid</source>
        <translation>小网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scope &quot;%1&quot;: write KIND:NAME or KIND:UID, KIND one of %2.</source>
        <translation>范围“%1”：请写作 类型:名称 或 类型:UID，类型为 %2 之一。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scope &quot;%1&quot;: no %2 of that name or uid.</source>
        <translation>范围“%1”：没有此名称或 UID 的%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Scope &quot;%1&quot; matches %n places; name the parent (COMPOUND/BUILDING) or give the uid, e.g. %2.</source>
        <translation>
            <numerusform>范围“%1”对应 %n 处；请加上级名称（小区/楼栋）或改用 UID，如 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That %1 is no longer in the ledger.</source>
        <translation>该%1已不在台账中。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <location filename="../../models/domain/ResidentId.cpp" line="+70"/>
        <source>ID number: empty</source>
        <translation>身份证号：未填写</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID number was turned into a number by a spreadsheet (%1) and cannot be recovered</source>
        <translation>身份证号被表格软件转成了数字（%1），已无法恢复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID number: only digits and a final X are allowed, found &quot;%1&quot;</source>
        <translation>身份证号：只能是数字，最后一位可以是 X，发现了“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID number: must be 18 characters (15-digit old IDs also accepted), got %1</source>
        <translation>身份证号：应为 18 位（也接受 15 位旧号码），实际 %1 位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID number: X is only allowed as the 18th character</source>
        <translation>身份证号：X 只能是第 18 位</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID number: unknown province code %1 at the start</source>
        <translation>身份证号：开头的省份代码 %1 不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID number: impossible birth date %1</source>
        <translation>身份证号：出生日期 %1 不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID number: birth date %1 is before 1900</source>
        <translation>身份证号：出生日期 %1 早于 1900 年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID number: birth date %1 is in the future</source>
        <translation>身份证号：出生日期 %1 在今天之后</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID number: sequence number 000 is not allowed</source>
        <translation>身份证号：顺序码不能是 000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID number: wrong check digit (expected %1)</source>
        <translation>身份证号：校验位错误（应为 %1）</translation>
    </message>
</context>
<context>
    <name>RosterReport</name>
    <message>
        <location filename="../../models/reports/RosterReport.cpp" line="+115"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+20"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>aged %1 to %2</source>
        <translation>%1至%2岁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aged %1 or over</source>
        <translation>%1岁及以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aged %1 or under</source>
        <translation>%1岁及以下</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose at least one column for the roster.</source>
        <translation>花名册请至少选择一列。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown care category among %1.</source>
        <translation>%1 中有未知的关爱类别。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Reading residents</source>
        <translation>正在读取居民</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Subtotal: %n person(s)</source>
        <translation>
            <numerusform>小计：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal: %1 persons in %2 households</source>
        <translation>小计：%1 人，%2 户</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head: %1</source>
        <translation>户主：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Household no. %1</source>
        <translation>户号：%1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Resident roster</source>
        <translation>居民花名册</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total: %1 persons in %2 households</source>
        <translation>合计：%1 人，%2 户</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <location filename="../../models/db/SqlErrors.cpp" line="+38"/>
        <source>The ledger file is not open.</source>
        <translation>台账文件未打开。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger file is in use by another program; try again in a moment.</source>
        <translation>台账文件正被另一个程序使用，请稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请腾出空间后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger file is read-only; nothing was saved.</source>
        <translation>台账文件只读，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger file is damaged. Restore it from a backup.</source>
        <translation>台账文件已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Gridbook ledger.</source>
        <translation>该文件不是网格台账。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger file cannot be opened: check the folder exists and may be written.</source>
        <translation>无法打开台账文件：请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger file could not be read or written (disk or USB stick error).</source>
        <translation>无法读写台账文件（磁盘或 U 盘出错）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission denied for the ledger file.</source>
        <translation>没有访问台账文件的权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A record with the same value already exists (%1).</source>
        <translation>已有相同取值的记录（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record refers to something that does not exist, or is still referred to by other records.</source>
        <translation>该记录引用了不存在的内容，或仍被其他记录引用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A required field is empty (%1).</source>
        <translation>必填字段为空（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value breaks a rule of the ledger (%1).</source>
        <translation>该值违反了台账规则（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>gridbook::ArchiveActions</name>
    <message>
        <location filename="../../views/pages/ArchiveActions.cpp" line="+21"/>
        <location line="+18"/>
        <source>Moved away</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Deceased</source>
        <translation>已去世</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate entry</source>
        <translation>重复登记</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Archive the household %1? It has no members.</source>
        <translation>归档户 %1？该户没有成员。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The household %1 has %n member(s): %2. What happens to them?</source>
        <translation>
            <numerusform>户 %1 有 %n 名成员：%2。这些成员怎么处理？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive Them With the Household</source>
        <translation>随户一起归档</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move Them to Another Household…</source>
        <translation>迁入另一户…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why are they leaving the ledger?</source>
        <translation>他们为什么离开台账？</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How is %1 related to the head of the household they move to?</source>
        <translation>%1 与迁入户的户主是什么关系？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged into another household</source>
        <translation>并入另一户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Archived the household %1.</source>
        <translation>已归档户 %1。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is the only member of their household. Archive the household too?</source>
        <translation>%1 是该户唯一的成员。同时归档这一户吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive Resident and Household</source>
        <translation>归档居民和该户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive Only the Resident</source>
        <translation>只归档居民</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Why is %1 leaving the ledger?</source>
        <translation>%1 为什么离开台账？</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is the head of a household with other members. Who becomes the head?</source>
        <translation>%1 是户主，该户还有其他成员。由谁担任新户主？</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archived %1.</source>
        <translation>已归档 %1。</translation>
    </message>
</context>
<context>
    <name>gridbook::ArchiveHouseholdCommand</name>
    <message>
        <location filename="../../models/commands/ArchiveHouseholdCommand.cpp" line="+15"/>
        <source>Archive household and move its members</source>
        <translation>归档该户并迁出其成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive household and its members</source>
        <translation>归档该户及其成员</translation>
    </message>
</context>
<context>
    <name>gridbook::ArchiveResidentCommand</name>
    <message>
        <location filename="../../models/commands/ArchiveResidentCommand.cpp" line="+14"/>
        <source>Archive resident</source>
        <translation>归档居民</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive resident %1</source>
        <translation>归档居民 %1</translation>
    </message>
</context>
<context>
    <name>gridbook::AssignBuildingGridCommand</name>
    <message>
        <location filename="../../models/diagram/AssignBuildingGridCommand.cpp" line="+14"/>
        <source>Change the building&apos;s grid</source>
        <translation>更改楼栋所属网格</translation>
    </message>
</context>
<context>
    <name>gridbook::AssignGridRoleCommand</name>
    <message>
        <location filename="../../models/commands/AssignGridRoleCommand.cpp" line="+15"/>
        <source>Assign grid role</source>
        <translation>指定网格角色</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is archived and cannot hold a grid role.</source>
        <translation>%1 已归档，不能担任网格角色。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holder: choose a resident or type the holder&apos;s name.</source>
        <translation>担任人：请选择一名居民或填写担任人姓名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scope: choose where the role applies (one grid, building or unit).</source>
        <translation>负责范围：请选择该角色负责的范围（一个网格、楼栋或单元）。</translation>
    </message>
</context>
<context>
    <name>gridbook::AssignPartyMemberCommand</name>
    <message>
        <location filename="../../models/commands/AssignPartyMemberCommand.cpp" line="+17"/>
        <source>Assign Party member</source>
        <translation>登记党员</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is archived and cannot become a Party member here.</source>
        <translation>%1 已归档，不能在这里登记为党员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch: choose the Party branch or group.</source>
        <translation>所在党组织：请选择党支部或党小组。</translation>
    </message>
</context>
<context>
    <name>gridbook::AssignVolunteerCommand</name>
    <message>
        <location filename="../../models/commands/AssignVolunteerCommand.cpp" line="+24"/>
        <source>Assign volunteer</source>
        <translation>登记志愿者</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team: choose a volunteer team.</source>
        <translation>服务队：请选择一支志愿服务队。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is archived and cannot volunteer here.</source>
        <translation>%1 已归档，不能在这里登记为志愿者。</translation>
    </message>
</context>
<context>
    <name>gridbook::Benchmark</name>
    <message>
        <location filename="../../models/bench/Benchmark.cpp" line="+105"/>
        <source>no first screen within %1 s</source>
        <translation>%1 秒内未出现第一屏</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>peak memory of the measures above (this process)</source>
        <translation>以上测量的内存峰值（本进程）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/proc/self/status has no VmHWM</source>
        <translation>/proc/self/status 中没有 VmHWM</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>demo generation of %1 residents</source>
        <translation>生成 %1 名居民的演示台账</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds %2 residents, not %3: give another --ledger or delete it</source>
        <translation>%1 有 %2 名居民，而不是 %3 名：请指定其他 --ledger 或删除该文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reused %1; delete it to measure generation again</source>
        <translation>沿用了 %1；删除它即可重新测量生成时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generating a demo ledger of %1 residents</source>
        <translation>正在生成 %1 名居民的演示台账</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gridbook-cli demo could not run: %1</source>
        <translation>gridbook-cli demo 无法运行：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+286"/>
        <source>gridbook-cli demo failed (exit code %1)</source>
        <translation>gridbook-cli demo 失败（退出码 %1）</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>gridbook-cli demo, process start to exit</source>
        <translation>gridbook-cli demo，从进程启动到退出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open: process start to the residents&apos; first screen</source>
        <translation>打开：从进程启动到居民表第一屏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peak memory of gridbook with the ledger open</source>
        <translation>打开台账时 gridbook 的内存峰值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gridbook not found at %1</source>
        <translation>在 %1 找不到 gridbook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the ledger in gridbook (%1 of %2)</source>
        <translation>正在用 gridbook 打开台账（第 %1 次，共 %2 次）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>gridbook --first-screen showed no rows (exit code %1)</source>
        <translation>gridbook --first-screen 没有显示任何行（退出码 %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>gridbook --first-screen, offscreen, 1280×800</source>
        <translation>gridbook --first-screen，离屏，1280×800</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VmHWM at the first screen</source>
        <translation>第一屏时的 VmHWM</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>search keystroke: name (张, 张伟, ...)</source>
        <translation>搜索按键：姓名（张、张伟……）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search keystroke: pinyin initials (z, zw, ...)</source>
        <translation>搜索按键：拼音首字母（z、zw……）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search keystroke: ID number prefix (4, 43, ...)</source>
        <translation>搜索按键：身份证号开头（4、43……）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search keystroke: phone ending (5, 56, 567, 5678)</source>
        <translation>搜索按键：电话尾号（5、56、567、5678）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sort by name</source>
        <translation>按姓名排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sort by age</source>
        <translation>按年龄排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sort by address</source>
        <translation>按住址排序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope change to a small grid</source>
        <translation>范围切换到一个小网格</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no resident with a name, ID number and phone to search for</source>
        <translation>没有同时有姓名、身份证号和电话的居民可供搜索</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening the residents table</source>
        <translation>正在打开居民表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Typing into the search box</source>
        <translation>正在向搜索框输入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>slowest: keystroke %1 of %2, %3 found</source>
        <translation>最慢：第 %1 次按键（共 %2 次），找到 %3 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowest: keystroke %1 of %2, more than %3 found</source>
        <translation>最慢：第 %1 次按键（共 %2 次），找到超过 %3 人</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sorting</source>
        <translation>正在排序</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Changing scope</source>
        <translation>正在切换范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>small grid %1 is not in the navigation tree</source>
        <translation>小网格 %1 不在导航树中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the ledger has no small grids</source>
        <translation>台账中没有小网格</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>export %1 residents to XLSX</source>
        <translation>导出 %1 名居民到 XLSX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export %1 residents to CSV</source>
        <translation>导出 %1 名居民到 CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import %1 rows of CSV, validated</source>
        <translation>导入 %1 行 CSV（完整校验）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>floor: sqlite3 .import of the same CSV</source>
        <translation>基准：sqlite3 .import 同一个 CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV import, times the sqlite3 floor</source>
        <translation>CSV 导入为 sqlite3 基准的倍数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same rows into Gridbook&apos;s tables by SQL alone</source>
        <translation>同样的行仅用 SQL 写入网格台账的表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import %1 rows of XLSX, validated</source>
        <translation>导入 %1 行 XLSX（完整校验）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no spreadsheet import and export</source>
        <translation>没有电子表格导入和导出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating a demo ledger of %1 residents to export</source>
        <translation>正在生成 %1 名居民的演示台账用于导出</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting %1 residents</source>
        <translation>正在导出 %1 名居民</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 rows were written, not %2</source>
        <translation>写入了 %1 行，而不是 %2 行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the export above failed</source>
        <translation>上面的导出失败了</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing %1 rows</source>
        <translation>正在导入 %1 行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 rows were imported</source>
        <translation>%2 行中导入了 %1 行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sqlite3 command-line tool is not installed (apt install sqlite3)</source>
        <translation>未安装 sqlite3 命令行工具（apt install sqlite3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlite3 .import of the same file</source>
        <translation>正在用 sqlite3 .import 同一个文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sqlite3 failed: %1</source>
        <translation>sqlite3 失败：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>median of ours over median of sqlite3; worst: our worst over it</source>
        <translation>本程序的中位数除以 sqlite3 的中位数；最差值：本程序的最差值除以它</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The same rows by SQL alone</source>
        <translation>仅用 SQL 写入同样的行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 × the sqlite3 floor: the least an import into these tables and indexes can take, with nothing read or checked</source>
        <translation>为 sqlite3 基准的 %1 倍：不读文件、不作校验时，导入这些表和索引至少所需的时间</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the copy left a reference to nowhere in %1</source>
        <translation>复制后 %1 中有指向不存在记录的引用</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>roster of %1 residents to PDF</source>
        <translation>%1 名居民的花名册输出为 PDF</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Printing a roster of %1 residents</source>
        <translation>正在打印 %1 名居民的花名册</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the whole ledger, %1 pages</source>
        <translation>整个台账，%1 页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 residents in %2 compounds, %3 pages</source>
        <translation>%2 个小区的 %1 名居民，%3 页</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+8"/>
        <source>worst</source>
        <translation>最差</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>measure</source>
        <translation>测量项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(for comparison)</source>
        <translation>（供对比）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not produced</source>
        <translation>未测得</translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingItem</name>
    <message>
        <location filename="../../views/diagram/BuildingItem.cpp" line="+39"/>
        <source>no grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3 floor(s), %4 unit(s), %5 household(s)</source>
        <translation>%1 · %2 · %3层，%4个单元，%5户</translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingPage</name>
    <message>
        <location filename="../../views/pages/BuildingPage.cpp" line="+19"/>
        <source>No building is recorded in this ledger yet.</source>
        <translation>台账中还没有登记楼栋。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building</source>
        <translation>楼栋图</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Click a dwelling to open its household</source>
        <translation>单击房屋打开该户</translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingPlanRepository</name>
    <message>
        <location filename="../../models/diagram/BuildingPlanRepository.cpp" line="+143"/>
        <source>No unit</source>
        <translation>无单元</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n岁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingPlanWidget</name>
    <message>
        <location filename="../../views/diagram/BuildingView.cpp" line="+100"/>
        <source>Empty dwelling</source>
        <translation>空置房屋</translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingRenderer</name>
    <message>
        <location filename="../../models/diagram/BuildingRenderer.cpp" line="+97"/>
        <source>No floor</source>
        <translation>未记楼层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1F</source>
        <translation>%1层</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(no head)</source>
        <translation>（无户主）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> +%1</source>
        <translation> +%1户</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no floors or units recorded yet. Enter its floors, units and dwellings in the building&apos;s form, and its households will show here.</source>
        <translation>%1 尚未登记楼层和单元。请在楼栋信息中填写楼层、单元和房屋，住户就会显示在这里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 floor(s) and %3 unit(s) recorded but no dwellings. Add its dwellings (rooms) in the building&apos;s form, and its households will show here.</source>
        <translation>%1 已登记 %2 层、%3 个单元，但还没有房屋。请在楼栋信息中添加房屋（房间号），住户就会显示在这里。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 households</source>
        <translation>%1 住户图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 dwellings, %3 lived in</source>
        <translation>%1 · 共%2套房屋，%3套有人居住</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household colours</source>
        <translation>住户颜色</translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingView</name>
    <message>
        <location filename="../../views/diagram/BuildingView.cpp" line="+26"/>
        <source>Building:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colours…</source>
        <translation>颜色设置…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The ledger has no buildings yet.</source>
        <translation>台账中还没有楼栋。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 %2 · %3 dwellings, %4 lived in</source>
        <translation>%1 %2 · 共%3套房屋，%4套有人居住</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household colours</source>
        <translation>住户颜色</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the building</source>
        <translation>导出楼栋图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>gridbook::ChangeSet</name>
    <message>
        <location filename="../../models/commands/ChangeSet.cpp" line="+81"/>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 没有字段“%2”。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The change cannot be repeated: it was never completed.</source>
        <translation>无法重做这次修改：它从未完成。</translation>
    </message>
</context>
<context>
    <name>gridbook::CodeTables</name>
    <message>
        <location filename="../../models/document/CodeTables.cpp" line="+33"/>
        <source>%1 is not a code table.</source>
        <translation>%1 不是代码表。</translation>
    </message>
</context>
<context>
    <name>gridbook::ColourSchemeDialog</name>
    <message>
        <location filename="../../views/diagram/ColourSchemeDialog.cpp" line="+22"/>
        <source>Household colours</source>
        <translation>住户颜色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules are tried by priority (smallest first); the first that matches colours the household. Parameter: for &quot;All members elderly&quot; the age (default 60); for &quot;Has a care category&quot; the category codes separated by commas (empty: any care category); for &quot;Residence type&quot; the type codes.</source>
        <translation>规则按优先级（数字小的先）依次判断，第一条符合的规则决定住户颜色。参数：“全体成员为老人”填年龄（默认60）；“有关爱对象”填关爱类别代码，用逗号分隔（留空表示任一关爱类别）；“人口类型”填类型代码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+49"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>gridbook::ColumnChooser</name>
    <message>
        <location filename="../../views/common/ColumnChooser.cpp" line="+19"/>
        <source>Right-click to choose the columns</source>
        <translation>右键选择显示的列</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show All Columns</source>
        <translation>显示全部列</translation>
    </message>
</context>
<context>
    <name>gridbook::ColumnMapper</name>
    <message>
        <location filename="../../models/io/ColumnMapper.cpp" line="+296"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care categories</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident record id</source>
        <translation>居民记录编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household record id</source>
        <translation>户记录编号</translation>
    </message>
</context>
<context>
    <name>gridbook::CommunityDiagramPage</name>
    <message>
        <location filename="../../views/pages/CommunityDiagramPage.cpp" line="+26"/>
        <source>Grid Map</source>
        <translation>网格图</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No community is recorded in this ledger yet. Record a community, or fill in the demo community from the File menu, to draw its grid map.</source>
        <translation>台账中还没有登记社区。请先登记社区，或从“文件”菜单填入示例社区，即可绘制网格图。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Double-click a building to see it floor by floor</source>
        <translation>双击楼栋可逐层查看</translation>
    </message>
</context>
<context>
    <name>gridbook::CommunityDiagramScene</name>
    <message>
        <location filename="../../views/diagram/CommunityDiagramScene.cpp" line="+224"/>
        <source>Place building here</source>
        <translation>把楼栋放在这里</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draw grid outline here</source>
        <translation>在这里画网格边界</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draw compound outline here</source>
        <translation>在这里画小区边界</translation>
    </message>
</context>
<context>
    <name>gridbook::CommunityDiagramView</name>
    <message>
        <location filename="../../views/diagram/CommunityDiagramView.cpp" line="+236"/>
        <source>Colour by:</source>
        <translation>着色：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households not visited for this many days</source>
        <translation>超过这么多天未走访的住户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>全图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the whole community into the window</source>
        <translation>把整个社区缩放到窗口大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag buildings; select a grid to move its corners (drag), add corners (double-click an edge) or remove them (right-click)</source>
        <translation>拖动楼栋；选中网格后可拖动顶点、双击边线添加顶点、右键删除顶点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backdrop…</source>
        <translation>底图…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Grid differs from the ledger&lt;/b&gt;</source>
        <translation>&lt;b&gt;网格与台账不一致&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ledger: use the diagram&apos;s grid</source>
        <translation>改台账：按图上网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the building into the grid it stands in on the diagram</source>
        <translation>把楼栋划入它在图上所在的网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagram: move into its grid</source>
        <translation>改图：移入台账网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the building on the diagram into the grid the ledger assigns it to</source>
        <translation>在图上把楼栋移到台账所属的网格内</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Edit mode: drag buildings; select a grid to edit its corners.</source>
        <translation>编辑模式：拖动楼栋；选中网格可编辑顶点。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: ledger %2, diagram %3</source>
        <translation>%1：台账 %2，图上 %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing of %1 is drawn yet: import a plan (Backdrop…), turn on Edit and right-click to place buildings and draw grid outlines.</source>
        <translation>%1 还没有绘制任何内容：可导入平面图（底图…），打开“编辑”后右键放置楼栋、画网格边界。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n building(s) stand in a different grid than the ledger says.</source>
        <translation>
            <numerusform>有 %n 栋楼在图上所在网格与台账不一致。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Put %1 into %2</source>
        <translation>把%1划入%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The ledger&apos;s grid of this building has no outline on the diagram yet; draw it first, or put the building into the diagram&apos;s grid.</source>
        <translation>台账中该楼栋所属的网格在图上还没有边界；请先画出边界，或把楼栋划入图上所在的网格。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backdrop imported.</source>
        <translation>底图已导入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a plan of the community</source>
        <translation>导入社区平面图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the diagram</source>
        <translation>导出网格图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grid diagram</source>
        <translation>网格图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>gridbook::CreateResidentCommand</name>
    <message>
        <location filename="../../models/commands/CreateResidentCommand.cpp" line="+12"/>
        <source>Add resident %1</source>
        <translation>添加居民 %1</translation>
    </message>
</context>
<context>
    <name>gridbook::CsvReader</name>
    <message>
        <location filename="../../models/io/CsvReader.cpp" line="+75"/>
        <source>The file mixes UTF-8 and GBK lines; each line was read in its own encoding. Check the names in the preview.</source>
        <translation>文件中混有 UTF-8 和 GBK 编码的行，已逐行按各自编码读取。请在预览中核对姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some bytes fit no text encoding and were replaced by �; those rows will be reported.</source>
        <translation>有些字节不属于任何文本编码，已替换为 �；这些行会在报告中列出。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>gridbook::DemoCommunityRunner</name>
    <message>
        <location filename="../../views/startup/DemoCommunityRunner.cpp" line="+22"/>
        <source>Filling in the demo community…</source>
        <translation>正在填入演示社区……</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo community</source>
        <translation>演示社区</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The demo community could not be made.</source>
        <translation>未能生成演示社区。</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramColouring</name>
    <message>
        <location filename="../../models/diagram/DiagramColouring.cpp" line="+94"/>
        <source>By grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households needing care</source>
        <translation>关爱户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open service requests</source>
        <translation>未办结服务需求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households not visited</source>
        <translation>未走访户数</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Households not visited for %n day(s)</source>
        <translation>
            <numerusform>%n天未走访户数</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grid differs from the ledger</source>
        <translation>网格与台账不一致</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramExporter</name>
    <message>
        <location filename="../../models/diagram/DiagramExporter.cpp" line="+54"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>请选择以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The image %1 cannot be written.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramGeometry</name>
    <message>
        <location filename="../../models/diagram/DiagramGeometry.cpp" line="+104"/>
        <source>The outline is empty: draw at least three corners.</source>
        <translation>边界为空：请至少画出三个顶点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outline has a corner without valid coordinates.</source>
        <translation>边界有一个顶点的坐标无效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The outline needs at least three corners that are not on one line.</source>
        <translation>边界至少需要三个不在同一直线上的顶点。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outline encloses no area.</source>
        <translation>边界围成的面积为零。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The outline crosses itself: move the corners so that its edges do not cross.</source>
        <translation>边界自相交：请移动顶点，使各条边互不交叉。</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramPageRenderer</name>
    <message>
        <location filename="../../models/diagram/DiagramPage.cpp" line="+96"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramPrinter</name>
    <message>
        <location filename="../../views/diagram/DiagramPrinter.cpp" line="+18"/>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramRenderer</name>
    <message>
        <location filename="../../models/diagram/DiagramRenderer.cpp" line="+250"/>
        <source>%1 grid diagram</source>
        <translation>%1网格图</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Colouring: %1 · %n building(s)</source>
        <translation>
            <numerusform>着色：%1 · 共%n栋楼</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramRepository</name>
    <message>
        <location filename="../../models/diagram/DiagramRepository.cpp" line="+292"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 is too big (%2 MB); the limit is %3 MB. Save it smaller, e.g. as a JPEG, and import it again.</source>
        <translation>图片 %1 太大（%2 MB），上限为 %3 MB。请另存为较小的文件（例如 JPEG）后重新导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 is too big (%2 MB); the limit is %3 MB.</source>
        <translation>图片 %1 太大（%2 MB），上限为 %3 MB。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 is not a PNG or JPEG image. Scan or save the plan as PNG or JPEG.</source>
        <translation>文件 %1 不是 PNG 或 JPEG 图片。请把平面图扫描或另存为 PNG 或 JPEG。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image %1 is damaged: its size cannot be read.</source>
        <translation>图片 %1 已损坏：无法读取其尺寸。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image %1 has too many pixels (%2 × %3); the limit is %4 million. Scale it down and import it again.</source>
        <translation>图片 %1 像素过多（%2 × %3），上限为 %4 百万像素。请缩小后重新导入。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The image %1 is damaged and cannot be read.</source>
        <translation>图片 %1 已损坏，无法读取。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The stored backdrop image cannot be read.</source>
        <translation>无法读取已保存的底图。</translation>
    </message>
</context>
<context>
    <name>gridbook::EditResidentCommand</name>
    <message>
        <location filename="../../models/commands/EditResidentCommand.cpp" line="+14"/>
        <source>Edit resident</source>
        <translation>修改居民信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit resident %1</source>
        <translation>修改居民 %1 的信息</translation>
    </message>
</context>
<context>
    <name>gridbook::EndGridRoleCommand</name>
    <message>
        <location filename="../../models/commands/AssignGridRoleCommand.cpp" line="+14"/>
        <source>End grid role</source>
        <translation>卸任网格角色</translation>
    </message>
</context>
<context>
    <name>gridbook::EndPartyMembershipCommand</name>
    <message>
        <location filename="../../models/commands/AssignPartyMemberCommand.cpp" line="+24"/>
        <source>End Party membership</source>
        <translation>转出党员</translation>
    </message>
</context>
<context>
    <name>gridbook::EndVolunteerCommand</name>
    <message>
        <location filename="../../models/commands/AssignVolunteerCommand.cpp" line="+55"/>
        <source>Remove volunteer from team</source>
        <translation>退出志愿服务队</translation>
    </message>
</context>
<context>
    <name>gridbook::ExportColumns</name>
    <message>
        <location filename="../../models/io/ExportTables.cpp" line="+115"/>
        <source>居民</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住户</source>
        <translation>住户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>党员</source>
        <translation>党员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>志愿者</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格角色</source>
        <translation>网格角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务点单</source>
        <translation>服务点单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入户走访</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+45"/>
        <location line="+17"/>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+45"/>
        <location line="+17"/>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+45"/>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>民族</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政治面貌</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与户主关系</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+78"/>
        <source>户号</source>
        <translation>户号</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+23"/>
        <source>人口类型</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+24"/>
        <location line="+16"/>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+24"/>
        <location line="+46"/>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+24"/>
        <source>小区</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>楼栋</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>单元</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>房号</source>
        <translation>房号</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+22"/>
        <location line="+16"/>
        <source>住址</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+24"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+30"/>
        <location line="+13"/>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>文化程度</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>婚姻状况</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就业状况</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>关爱类别</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户籍地址</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>居民记录编号</source>
        <translation>居民记录编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>户记录编号</source>
        <translation>户记录编号</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+78"/>
        <source>户主姓名</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>户主身份证号</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人数</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>所在党组织</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党员类别</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入党日期</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>党员中心户</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>积分</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>党员记录编号</source>
        <translation>党员记录编号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>服务队</source>
        <translation>服务队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>技能特长</source>
        <translation>技能特长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加入日期</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务时长</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>志愿者记录编号</source>
        <translation>志愿者记录编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>负责范围</source>
        <translation>负责范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>任职日期</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任日期</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>角色记录编号</source>
        <translation>角色记录编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>点单时间</source>
        <translation>点单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务类别</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点单居民</source>
        <translation>点单居民</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派单服务队</source>
        <translation>派单服务队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接单人</source>
        <translation>接单人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接单时间</source>
        <translation>接单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成时间</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结时间</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居民反馈</source>
        <translation>居民反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>点单记录编号</source>
        <translation>点单记录编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>走访日期</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>走访人</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>走访事由</source>
        <translation>走访事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>走访情况</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后续事项</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已跟进</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>走访记录编号</source>
        <translation>走访记录编号</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>社区自管党员</source>
        <translation>社区自管党员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在职报到党员</source>
        <translation>在职报到党员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已点单</source>
        <translation>已点单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已派单</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已接单</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../models/io/ImportErrorSheet.cpp" line="+18"/>
        <source>错误原因</source>
        <translation>错误原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原行号</source>
        <translation>原行号</translation>
    </message>
</context>
<context>
    <name>gridbook::ExportDialog</name>
    <message>
        <location filename="../../views/io/ExportDialog.cpp" line="+31"/>
        <location line="+60"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV text (.csv)</source>
        <translation>CSV 文本（.csv）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTF-8 with BOM (opens right in Excel)</source>
        <translation>UTF-8 带 BOM（Excel 可正确打开）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GBK (older systems)</source>
        <translation>GBK（适用于旧系统）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One sheet per small grid</source>
        <translation>每个小网格一个工作表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmasked ID and phone numbers, and sensitive care categories</source>
        <translation>导出完整的身份证号、电话号码和敏感关爱类别（不脱敏）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file will hold personal data in full. Keep it safe and delete it when it is no longer needed.</source>
        <translation>导出文件将包含完整的个人信息。请妥善保管，不再需要时及时删除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tables:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the ledger:</source>
        <translation>导出范围：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV text (*.csv)</source>
        <translation>CSV 文本 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The whole ledger</source>
        <translation>整个台账</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>gridbook::ExportScope</name>
    <message>
        <location filename="../../models/io/ExportScope.cpp" line="+145"/>
        <source>the whole ledger</source>
        <translation>整个台账</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scope &quot;%1&quot;: give KIND:NAME or KIND:UID, KIND one of community, big-grid, small-grid (or grid), compound, building, unit.</source>
        <translation>范围“%1”：请写成 类别:名称 或 类别:编号，类别为 community、big-grid、small-grid（或 grid）、compound、building、unit 之一。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scope &quot;%1&quot;: no such %2 in the ledger.</source>
        <translation>范围“%1”：台账中没有这个%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope &quot;%1&quot; is ambiguous; name one of: %2</source>
        <translation>范围“%1”有歧义，请指明其中之一：%2</translation>
    </message>
</context>
<context>
    <name>gridbook::GridRegionItem</name>
    <message>
        <location filename="../../views/diagram/GridRegionItem.cpp" line="+183"/>
        <source>An outline needs at least three corners.</source>
        <translation>边界至少需要三个顶点。</translation>
    </message>
</context>
<context>
    <name>gridbook::GridRoleDialog</name>
    <message>
        <location filename="../../views/forms/GridRoleDialog.cpp" line="+43"/>
        <source>Grid Role</source>
        <translation>网格角色</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not a resident)</source>
        <translation>（非本社区居民）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose Resident…</source>
        <translation>选择居民(&amp;H)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resident:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the role holder</source>
        <translation>选择担任人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for staff who do not live here</source>
        <translation>不住在本社区的工作人员填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible &amp;for:</source>
        <translation>负责范围(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Since:</source>
        <translation>任职日期(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Choose a small grid, compound or building in the navigation tree first; its buildings and units are offered here.</source>
        <translation>请先在导航树中选择一个小网格、小区或楼栋，这里会列出其中的楼栋和单元。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Responsible for: choose the place.</source>
        <translation>负责范围：请选择地点。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now %2.</source>
        <translation>%1 现任%2。</translation>
    </message>
</context>
<context>
    <name>gridbook::GridRoleRosterModel</name>
    <message>
        <location filename="../../models/rosters/GridRoleRosterModel.cpp" line="+13"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible for</source>
        <translation>负责范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives here</source>
        <translation>本社区居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>gridbook::GridRolesPage</name>
    <message>
        <location filename="../../views/pages/GridRolesPage.cpp" line="+34"/>
        <source>Grid Roles</source>
        <translation>网格角色</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 role holders</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is no longer %2 from today?</source>
        <translation>从今天起 %1 不再担任%2？</translation>
    </message>
</context>
<context>
    <name>gridbook::HouseholdColourScheme</name>
    <message>
        <location filename="../../models/diagram/HouseholdColourScheme.cpp" line="+96"/>
        <source>Empty dwelling</source>
        <translation>空置房屋</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has a Party member</source>
        <translation>有党员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has a care category</source>
        <translation>有关爱对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All members elderly</source>
        <translation>全体成员为老人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any other household</source>
        <translation>其他住户</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rule needs a name.</source>
        <translation>规则需要名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a colour for the rule.</source>
        <translation>请为规则选择颜色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown kind of rule.</source>
        <translation>未知的规则类型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The age must be a whole number from 1 to 120.</source>
        <translation>年龄必须是 1 到 120 之间的整数。</translation>
    </message>
</context>
<context>
    <name>gridbook::HouseholdForm</name>
    <message>
        <location filename="../../views/forms/HouseholdForm.cpp" line="+80"/>
        <location line="+371"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>Dwelling</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compound:</source>
        <translation>小区(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oom:</source>
        <translation>房号(&amp;O)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Household &amp;no.:</source>
        <translation>户号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence &amp;type:</source>
        <translation>人口类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make &amp;Head</source>
        <translation>设为户主(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;In…</source>
        <translation>迁入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move a resident of another household into this one</source>
        <translation>把其他户的居民迁入本户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Out…</source>
        <translation>迁出(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected member to another household</source>
        <translation>把所选成员迁到另一户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected member moved away or died: archive them</source>
        <translation>所选成员已搬走或去世：将其归档</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd Member</source>
        <translation>添加成员(&amp;D)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save and Next &amp;Room</source>
        <translation>保存并录入下一户(&amp;R)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no dwelling: 人户分离)</source>
        <translation>（无房屋：人户分离）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no units)</source>
        <translation>（无单元）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New Household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household of %1</source>
        <translation>%1户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>户主 ✓</source>
        <translation>户主 ✓</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moving in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>ID number: %1 is in the list already</source>
        <translation>身份证号：%1 已在列表中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID number: already in the ledger (%1); use &quot;Move In&quot; for a resident of another household</source>
        <translation>身份证号：台账中已有此人（%1）；其他户的居民请用“迁入”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name: required</source>
        <translation>姓名：必填</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+170"/>
        <source>Relation: choose how %1 is related to the head</source>
        <translation>与户主关系：请选择 %1 与户主的关系</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Choose the former head&apos;s relation to the new head.</source>
        <translation>请选择原户主与新户主的关系。</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+36"/>
        <source>%1 is the head. Make another member the head first.</source>
        <translation>%1 是户主。请先把另一名成员设为户主。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>How is %1 related to the head of the household they move to?</source>
        <translation>%1 与迁入户的户主是什么关系？</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Moved away</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deceased</source>
        <translation>已去世</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate entry</source>
        <translation>重复登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive %1? They stay in the ledger&apos;s history.</source>
        <translation>归档 %1？其记录仍保留在台账历史中。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Mark one member as the head of household (户主).</source>
        <translation>请把一名成员设为户主。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the members of the household, the head first.</source>
        <translation>请添加该户的成员，先添加户主。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Household saved.</source>
        <translation>已保存户信息。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That was the last room of the building.</source>
        <translation>这已是本楼最后一户。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the changes to this household?</source>
        <translation>保存对这一户的修改吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>gridbook::HouseholdPickerDialog</name>
    <message>
        <location filename="../../views/forms/HouseholdPickerDialog.cpp" line="+43"/>
        <source>Head&apos;s name or pinyin initials, household no. or address</source>
        <translation>户主姓名或拼音首字母、户号或住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Type to search.</source>
        <translation>请输入要查找的内容。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
</context>
<context>
    <name>gridbook::HouseholdRepository</name>
    <message>
        <location filename="../../models/records/HouseholdRepository.cpp" line="+47"/>
        <source>Household %1 is archived.</source>
        <translation>户 %1 已归档。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new household cannot be given an id.</source>
        <translation>新户不能指定记录号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A household needs its head (户主, relation 02); no members were given.</source>
        <translation>一户必须有户主（关系代码 02）；没有给出任何成员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A household needs exactly one head (户主, relation 02); none of its %1 members is the head.</source>
        <translation>一户必须有且只有一名户主（关系代码 02）；其 %1 名成员中没有户主。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A household has exactly one head (户主, relation 02); %1 members are marked as head.</source>
        <translation>一户只能有一名户主（关系代码 02）；现有 %1 名成员被标为户主。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Member %1: %2</source>
        <translation>成员 %1：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Resident %1 is not a live member of household %2.</source>
        <translation>居民 %1 不是户 %2 的在册成员。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Relation: the former head needs a relation code other than head (户主), e.g. 10 (spouse).</source>
        <translation>与户主关系：原户主需要户主以外的关系代码，例如 10（配偶）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resident %1 is archived; restore them first.</source>
        <translation>居民 %1 已归档，请先恢复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resident %1 is a member of household %2 already; to change the head use &quot;set head&quot;.</source>
        <translation>居民 %1 已是户 %2 的成员；要更换户主请使用“设为户主”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Relation: household %1 already has a head (户主); a household has exactly one.</source>
        <translation>与户主关系：户 %1 已有户主，一户只能有一名户主。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Relation: household %1 has no members yet; the first one to join is its head (户主, 02).</source>
        <translation>与户主关系：户 %1 还没有成员，第一个加入的人就是户主（02）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resident %1 is not a head of household; no new head is needed.</source>
        <translation>居民 %1 不是户主，不需要另立户主。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resident %1 is the head (户主) of household %2, which has %3 other live member(s); name its new head to move them.</source>
        <translation>居民 %1 是户 %2 的户主，该户还有 %3 名在册成员；要迁出此人，请先指定新户主。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new head must be another live member of household %1.</source>
        <translation>新户主必须是户 %1 的另一名在册成员。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The members cannot move into the household that is being archived.</source>
        <translation>成员不能迁入正在归档的户。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relation: household %1 has a head (户主) already; give the moving head another relation code.</source>
        <translation>与户主关系：户 %1 已有户主；请为迁入的原户主另选关系代码。</translation>
    </message>
</context>
<context>
    <name>gridbook::HouseholdTableModel</name>
    <message>
        <location filename="../../models/items/HouseholdTableModel.cpp" line="+43"/>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care</source>
        <translation>关爱对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uid</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>gridbook::HouseholdsPage</name>
    <message>
        <location filename="../../views/pages/HouseholdsPage.cpp" line="+28"/>
        <source>Search: head&apos;s name or pinyin initials, household no., phone, address</source>
        <translation>搜索：户主姓名或拼音首字母、户号、电话、住址</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No ledger is open.</source>
        <translation>没有打开台账。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All care categories</source>
        <translation>全部关爱类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All residence types</source>
        <translation>全部人口类型</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This ledger is empty.

Use File › Fill In Demo Community… to try Gridbook out, or add the first household with Edit › Add.</source>
        <translation>这个台账是空的。

可用“文件 › 填入演示社区…”试用网格台账，或用“编辑 › 添加”录入第一户。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 households</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the household</source>
        <translation>选择户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose who moves in</source>
        <translation>选择迁入的人</translation>
    </message>
</context>
<context>
    <name>gridbook::IdListPlan</name>
    <message>
        <location filename="../../models/items/IdListPlan.cpp" line="+140"/>
        <source>The list was not loaded: a newer search replaced it.</source>
        <translation>列表未加载：已被更新的搜索取代。</translation>
    </message>
</context>
<context>
    <name>gridbook::ImportWizard</name>
    <message>
        <location filename="../../views/io/ImportWizard.cpp" line="+64"/>
        <source>Rows read: %1. To import: %2; to update: %3; already in the ledger: %4; waiting for your decision: %5; rejected: %6.</source>
        <translation>读取 %1 行。新增：%2；更新：%3；台账中已有：%4；待您确认：%5；未通过：%6。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Households: %1 new, %2 existing joined. New places: %3 compounds, %4 buildings, %5 units, %6 dwellings.</source>
        <translation>户：新建 %1 户，加入已有户 %2 户。新建地点：小区 %3 个，楼栋 %4 栋，单元 %5 个，房屋 %6 套。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Addresses kept as text (no place found): %1</source>
        <translation>按原文保留的地址（未匹配到地点）：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 - rejected rows.xlsx</source>
        <translation>%1 - 未通过的行.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rejected rows</source>
        <translation>保存未通过的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook (.xlsx) or a CSV file with one person per row. Title rows above the header, merged header cells and GBK files are fine.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件，每行一人。表头上方有标题行、表头有合并单元格、GBK 编码的文件均可导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the ledger:</source>
        <translation>导入到台账：</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+442"/>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check the columns</source>
        <translation>核对列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each column is matched to a field by its header. Change any that is wrong; columns set to &quot;(not imported)&quot; are left out.</source>
        <translation>已按表头为每一列匹配字段。如有不对请修改；设为“（不导入）”的列将被忽略。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import this sheet</source>
        <translation>导入此工作表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No column is mapped to Name: choose the header row, or the name column, by hand.</source>
        <translation>没有列对应“姓名”：请手动选择表头行或姓名列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ID number column: people cannot be matched with the ledger, so everyone is imported as new.</source>
        <translation>没有身份证号列：无法与台账中的人员比对，所有人都将作为新居民导入。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People are matched with the ledger by their ID number.</source>
        <translation>按身份证号与台账中的人员比对。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip them: keep the ledger&apos;s record</source>
        <translation>跳过：保留台账中的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update them from the sheet&apos;s filled cells</source>
        <translation>用表格中已填写的内容更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let me decide for each one</source>
        <translation>逐条由我决定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when the ledger has several communities, or none</source>
        <translation>台账中有多个社区或尚无社区时使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for addresses like 3-2-501 that name no compound</source>
        <translation>用于未写小区名的地址，如 3-2-501</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing unless every row is valid</source>
        <translation>有任何一行未通过则全部不导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only check the file; change nothing</source>
        <translation>只检查文件，不修改台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People already in the ledger:</source>
        <translation>台账中已有的人员：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default compound:</source>
        <translation>默认小区：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed yet. Rejected rows can be saved as a sheet to fix and import again.</source>
        <translation>台账尚未修改。未通过的行可另存为表格，修改后重新导入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+110"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+6"/>
        <location line="+104"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Differences from the ledger</source>
        <translation>与台账的差异</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in the ledger:</source>
        <translation>台账中已有：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Save rejected rows…</source>
        <translation>保存未通过的行…</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Checking the rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (ledger: %2)</source>
        <translation>%1（台账：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no differences</source>
        <translation>无差异</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checked only: the ledger was not changed.</source>
        <translation>仅检查：台账未作修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported; the ledger is as it was.</source>
        <translation>未导入任何数据，台账保持原样。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported into %1.</source>
        <translation>已导入到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows were rejected, so nothing was imported (all or nothing).</source>
        <translation>有未通过的行，因此全部未导入（全部导入或全部不导入）。</translation>
    </message>
</context>
<context>
    <name>gridbook::IoTaskRunner</name>
    <message>
        <location filename="../../views/io/IoTaskRunner.h" line="+33"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The work stopped unexpectedly.</source>
        <translation>处理意外中止。</translation>
    </message>
</context>
<context>
    <name>gridbook::LedgerDocument</name>
    <message>
        <location filename="../../models/document/LedgerDocument.cpp" line="+53"/>
        <source>in-memory ledger</source>
        <translation>内存台账</translation>
    </message>
</context>
<context>
    <name>gridbook::MainWindow</name>
    <message>
        <location filename="../../views/MainWindow.cpp" line="+96"/>
        <source>&amp;New Ledger…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new, empty ledger file</source>
        <translation>创建一个新的空台账文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Ledger…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another ledger file</source>
        <translation>打开另一个台账文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill In &amp;Demo Community…</source>
        <translation>填入演示社区(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill this empty ledger with the demo community 和济社区</source>
        <translation>用演示社区（和济社区）填充这个空台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+322"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+317"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;rchive…</source>
        <translation>归档(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive the selected record: it is kept, marked as moved out or ended, and can be restored</source>
        <translation>归档所选记录：记录会保留，标记为已迁出或已结束，可以恢复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Gridbook</source>
        <translation>关于网格台账(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Roster (花名册)…</source>
        <translation>花名册(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print or save as PDF a roster of the selected scope</source>
        <translation>打印所选范围的花名册，或保存为 PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contact Book (联系册)…</source>
        <translation>联系册(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the households a grid leader or assistant looks after, with visit columns</source>
        <translation>打印网格长或网格员负责的住户，附走访记录栏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Household Files (一户一档)…</source>
        <translation>一户一档(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one file per household of the selected scope</source>
        <translation>为所选范围内的每户打印一份户档案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1 — Gridbook</source>
        <translation>%1 — 网格台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gridbook</source>
        <translation>网格台账</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R)“%1”</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>New Ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gridbook ledgers (*.sqlite);;All files (*)</source>
        <translation>网格台账 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists. Choose a new file name, or open it with File › Open Ledger.</source>
        <translation>%1 已存在。请换一个新文件名，或用“文件 › 打开台账”打开它。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open Ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gridbook ledgers (*.sqlite *.db);;All files (*)</source>
        <translation>网格台账 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo community is ready: %1 households, %2 residents.</source>
        <translation>演示社区已就绪：%1 户，%2 名居民。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import residents and households from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入居民和户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1 residents, updated %2.</source>
        <translation>已导入 %1 名居民，更新 %2 名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the current table to an Excel or CSV file</source>
        <translation>将当前表格导出为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Gridbook</source>
        <translation>关于网格台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Gridbook %1&lt;/h3&gt;&lt;p&gt;The community grid ledger (网格台账): compounds, buildings and dwellings, grids and the people who look after them, households and residents, Party members and volunteers, in one file on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;网格台账 %1&lt;/h3&gt;&lt;p&gt;社区网格化管理台账：小区、楼栋和房屋，网格及其负责人，住户和居民，党员和志愿者——全部保存在您自己电脑上的一个文件里。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gridbook::MoveBuildingCommand</name>
    <message>
        <location filename="../../models/diagram/MoveBuildingCommand.cpp" line="+14"/>
        <source>Move building</source>
        <translation>移动楼栋</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
</context>
<context>
    <name>gridbook::NavigationTreeModel</name>
    <message>
        <location filename="../../models/items/NavigationTreeModel.cpp" line="+80"/>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
</context>
<context>
    <name>gridbook::PartyMemberDialog</name>
    <message>
        <location filename="../../views/forms/PartyMemberDialog.cpp" line="+29"/>
        <source>Party Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>(nobody chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resident:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Organisation:</source>
        <translation>所在党组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Membership:</source>
        <translation>党员类别(&amp;M)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joined the Party:</source>
        <translation>入党日期(&amp;J)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Employer:</source>
        <translation>工作单位(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party member center household (党员中心户)</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the Party member</source>
        <translation>选择党员</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Party Member %1</source>
        <translation>党员 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the resident first.</source>
        <translation>请先选择居民。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Joined the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved the Party membership of %1.</source>
        <translation>已保存 %1 的党员信息。</translation>
    </message>
</context>
<context>
    <name>gridbook::PartyMemberRosterModel</name>
    <message>
        <location filename="../../models/rosters/PartyMemberRosterModel.cpp" line="+17"/>
        <source>Community-managed</source>
        <translation>社区自管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered (employed elsewhere)</source>
        <translation>在职报到</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years in Party</source>
        <translation>党龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center household</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer hours</source>
        <translation>志愿时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>gridbook::PartyPage</name>
    <message>
        <location filename="../../views/pages/PartyPage.cpp" line="+50"/>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All members</source>
        <translation>全部党员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Center households only</source>
        <translation>只看党员中心户</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>For</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Party</source>
        <translation>党组织与党员</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 Party members</source>
        <translation>共 %1 名党员</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a member to see their points and volunteer hours.</source>
        <translation>选择一名党员，查看其积分和志愿服务时长。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · points %2 · volunteer hours %3</source>
        <translation>%1 · 积分 %2 · 志愿时长 %3 小时</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>End the Party membership of %1 here (transferred out or deceased)? The record is kept in the ledger&apos;s history.</source>
        <translation>结束 %1 在本社区的党员登记（已转出或去世）？记录仍保留在台账历史中。</translation>
    </message>
</context>
<context>
    <name>gridbook::PlaceNames</name>
    <message>
        <location filename="../../models/document/PlaceNames.cpp" line="+22"/>
        <source>%1 %2%3%4</source>
        <comment>compound, building, unit, room: 和平小区 3栋2单元501</comment>
        <translation>%1 %2%3%4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>household no. %1</source>
        <translation>户号 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · head %2</source>
        <translation>%1 · 户主 %2</translation>
    </message>
</context>
<context>
    <name>gridbook::RecordStore</name>
    <message>
        <location filename="../../models/records/RecordStore.cpp" line="+121"/>
        <source>There is no %1 record with id %2.</source>
        <translation>没有记录号为 %2 的%1记录。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The ledger has no table &quot;%1&quot;.</source>
        <translation>台账中没有表“%1”。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; is not a ledger record table.</source>
        <translation>“%1”不是台账记录表。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+313"/>
        <location line="+54"/>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 没有字段“%2”。</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Field &quot;%1&quot; of %2 refers to %3 &quot;%4&quot;, which does not exist.</source>
        <translation>%2 的字段“%1”引用了不存在的%3“%4”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the id is assigned by the ledger and cannot be given.</source>
        <translation>%1：记录号由台账分配，不能指定。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &quot;%2&quot; is not a valid record uid.</source>
        <translation>%1：“%2”不是有效的记录编号。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: the field &quot;%2&quot; cannot be changed.</source>
        <translation>%1：字段“%2”不能修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;updated_at&quot; is set by the ledger on every change.</source>
        <translation>%1：“updated_at”由台账在每次修改时自动设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;archived_at&quot; changes only by archiving or restoring the record.</source>
        <translation>%1：“archived_at”只能通过归档或恢复记录来改变。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The %1 record with id %2 is archived already.</source>
        <translation>记录号为 %2 的%1记录已经归档。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The %1 record with id %2 is not archived.</source>
        <translation>记录号为 %2 的%1记录未归档。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>There is no %1 record with uid %2.</source>
        <translation>没有编号为 %2 的%1记录。</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Field &quot;%1&quot; of %2 is required.</source>
        <translation>%2 的字段“%1”为必填项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another %1 record already has the same %2.</source>
        <translation>已有另一条%1记录的%2相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field &quot;%1&quot; of %2 has a value that is not allowed (rule: %3).</source>
        <translation>%2 的字段“%1”取值不被允许（规则：%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields %1 of %2 do not fit together (rule: %3).</source>
        <translation>%2 的字段 %1 互相矛盾（规则：%3）。</translation>
    </message>
</context>
<context>
    <name>gridbook::ReplaceBackdropCommand</name>
    <message>
        <location filename="../../models/diagram/ReplaceBackdropCommand.cpp" line="+15"/>
        <source>Import backdrop %1</source>
        <translation>导入底图 %1</translation>
    </message>
</context>
<context>
    <name>gridbook::ReportOptionsDialog</name>
    <message>
        <location filename="../../views/reports/ReportOptionsDialog.cpp" line="+45"/>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roster (花名册)</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact book (联系册)</source>
        <translation>联系册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household file (一户一档)</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole community</source>
        <translation>整个社区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only residents who are</source>
        <translation>只列出以下居民</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age from</source>
        <translation>年龄从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns, in order</source>
        <translation>各列（按顺序）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by building</source>
        <translation>按楼栋分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by household</source>
        <translation>按户分组</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Grid leader, worker or assistant:</source>
        <translation>网格长、网格员或网格辅助员：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One or more pages per household of the scope: dwelling, members, care categories, pairing, latest visits and service requests.</source>
        <translation>范围内每户一页或多页：房屋、成员、关爱类别、结对帮扶、最近走访和服务点单。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print full ID and phone numbers for this print</source>
        <translation>本次打印完整的身份证号和电话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed paper leaves the office: full numbers are recorded in the print log with your user name and the scope.</source>
        <translation>纸质材料会离开办公室：打印完整号码时，会连同您的用户名和范围记入打印记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>gridbook::ResidentForm</name>
    <message>
        <location filename="../../views/forms/ResidentForm.cpp" line="+122"/>
        <source>18 characters; fills birth date and sex</source>
        <translation>18 位；自动填写出生日期和性别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;thnicity:</source>
        <translation>民族(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Political status:</source>
        <translation>政治面貌(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Residence type:</source>
        <translation>人口类型(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Work:</source>
        <translation>就业状况(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wor&amp;kplace:</source>
        <translation>工作单位(&amp;K)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Education:</source>
        <translation>文化程度(&amp;E)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Marital status:</source>
        <translation>婚姻状况(&amp;M)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;gistered address:</source>
        <translation>户籍地址(&amp;G)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household:</source>
        <translation>所在户：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care categories</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care (关怀对象)</source>
        <translation>关怀对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special management (重点人员)</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sensitive: shown only to those who need to know</source>
        <translation>敏感信息：仅向需要知道的人显示</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save and &amp;Next</source>
        <translation>保存并录入下一人(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save, then enter the next person of the same household (Ctrl+Enter)</source>
        <translation>保存后继续录入同一户的下一个人（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>New Resident</source>
        <translation>新建居民</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resident %1</source>
        <translation>居民 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not in a household</source>
        <translation>未归入任何户</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Name: required</source>
        <translation>姓名：必填</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <location line="+55"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Birth date: in the future</source>
        <translation>出生日期：在今天之后</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+66"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the resident you are entering?</source>
        <translation>保存正在录入的居民吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>gridbook::ResidentImporter</name>
    <message>
        <location filename="../../models/io/ResidentImporter.cpp" line="+430"/>
        <source>not a known %1</source>
        <translation>不是已知的%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a formula whose result the file does not hold; open the file in Excel or WPS, save it, and import again</source>
        <translation>是公式，文件中没有保存计算结果；请在 Excel 或 WPS 中打开并保存后再导入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cell shows an error instead of a value</source>
        <translation>单元格显示的是错误而不是数值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stored as a number, so the spreadsheet kept only its first 15 digits; the number cannot be recovered - type it again as text</source>
        <translation>以数字形式保存，表格只保留了前 15 位，号码已无法恢复——请以文本形式重新输入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>masked (an export without --full); the digits are not in the file</source>
        <translation>已部分隐藏（导出时未用 --full），文件中没有完整号码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stored as a number that lost its last digits; type it again as text</source>
        <translation>以数字形式保存，丢失了末尾几位；请以文本形式重新输入</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>longer than 60 characters</source>
        <translation>超过 60 个字符</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a birth date in the future</source>
        <translation>出生日期在今天之后</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relation to the head of household</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>only the first number was imported; the others are in the note</source>
        <translation>只导入了第一个号码，其他号码放在备注中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other phone: %1</source>
        <translation>其他电话：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not a care category of this ledger, left out: %1</source>
        <translation>不是本台账的关爱类别，未导入：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a record id; ignored</source>
        <translation>不是记录编号，已忽略</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>longer than 500 characters</source>
        <translation>超过 500 个字符</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>Imported community</source>
        <translation>导入的社区</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the ledger has several communities; say which one (a 社区 column, or the community option)</source>
        <translation>台账中有多个社区；请指明是哪一个（用“社区”列或 community 选项）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the address names no compound (小区); add a 小区 column or choose a default compound</source>
        <translation>地址中没有小区名；请添加“小区”列或选择默认小区</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>building and room cannot be told from the address</source>
        <translation>无法从地址中看出楼栋和房号</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Import cancelled; the ledger was left as it was.</source>
        <translation>导入已取消，台账保持原样。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Checking rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the same ID number as row %1</source>
        <translation>与第 %1 行的身份证号相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same ID number as row %1 of sheet %2</source>
        <translation>与工作表 %2 第 %1 行的身份证号相同</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Matching with the ledger</source>
        <translation>正在与台账比对</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>this ID number is in the ledger under another name (%1)</source>
        <translation>该身份证号在台账中登记的姓名是“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Care categories: added where missing</source>
        <translation>关爱类别：补充缺少的</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>this person is archived in the ledger (moved out or deceased); restore them there first</source>
        <translation>此人在台账中已归档（已迁出或去世）；请先在台账中恢复</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>already in the ledger; choose skip or update</source>
        <translation>台账中已有此人；请选择跳过或更新</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forming households</source>
        <translation>正在组户</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>the household already has a head (户主) in the ledger</source>
        <translation>该户在台账中已有户主</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the household in the ledger has no head (户主), and these rows name none</source>
        <translation>该户在台账中没有户主，这些行中也没有户主</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>a second head (户主) for the household of row %1</source>
        <translation>第 %1 行所在的户出现了第二个户主</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>no relation column: taken as the head (户主) of the household</source>
        <translation>没有“与户主关系”列：视为该户户主</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no head of household (户主) among the household&apos;s rows (%1)</source>
        <translation>该户的各行中没有户主（%1）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Matching addresses</source>
        <translation>正在匹配地址</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>address not matched to a place (%1); kept as text in the household&apos;s note</source>
        <translation>地址未能对应到地点（%1），已作为文字保存在户的备注中</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Address as imported: %1</source>
        <translation>导入时的地址：%1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>its household could not be formed</source>
        <translation>无法组成其所在的户</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Row %1 of sheet %2 could not be written (%3); nothing was imported.</source>
        <translation>工作表 %2 第 %1 行无法写入（%3），未导入任何内容。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Household %1 would be left without exactly one head; nothing was imported.</source>
        <translation>户 %1 将不是恰好一名户主，未导入任何内容。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Row %1 of sheet %2: %3</source>
        <translation>工作表 %2 第 %1 行：%3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Record %1 of table %2 would refer to a record of table %3 that does not exist; nothing was imported.</source>
        <translation>表 %2 的第 %1 条记录将指向表 %3 中不存在的记录；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No sheet has a name column (姓名): the header row was not found. Choose the header row and map the columns by hand.</source>
        <translation>没有工作表含“姓名”列：找不到标题行。请选择标题行并手动对应各列。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
</context>
<context>
    <name>gridbook::ResidentPickerDialog</name>
    <message>
        <location filename="../../views/forms/ResidentPickerDialog.cpp" line="+45"/>
        <source>Name, pinyin initials, ID number or phone</source>
        <translation>姓名、拼音首字母、身份证号或电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Type to search.</source>
        <translation>请输入要查找的内容。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 years</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 matches; type more to narrow them.</source>
        <translation>只显示前 %1 条结果；请继续输入以缩小范围。</translation>
    </message>
</context>
<context>
    <name>gridbook::ResidentRepository</name>
    <message>
        <location filename="../../models/records/ResidentRepository.cpp" line="+84"/>
        <source>Name: must not be empty</source>
        <translation>姓名：不能为空</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Birth date: does not match the birth date in the ID number</source>
        <translation>出生日期：与身份证号中的出生日期不符</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex: does not match the sex encoded in the ID number</source>
        <translation>性别：与身份证号中的性别不符</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Relation: a head of household (户主) must belong to a household</source>
        <translation>与户主关系：户主必须属于某一户</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Household %1 is archived; nobody can join it.</source>
        <translation>户 %1 已归档，不能再加入成员。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Relation: household %1 already has a head (户主); change the head with &quot;set head&quot; instead</source>
        <translation>与户主关系：户 %1 已有户主；请改用“设为户主”来更换户主</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Household %1 is archived but would still have %2 live member(s); archive or move them first.</source>
        <translation>户 %1 已归档，却仍有 %2 名在册成员；请先归档或迁出这些成员。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Household %1 would have members but no head (户主); name a new head first.</source>
        <translation>户 %1 将有成员而没有户主；请先指定新户主。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household %1 would have %2 heads (户主); a household has exactly one.</source>
        <translation>户 %1 将有 %2 名户主；一户只能有一名户主。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A new resident cannot be given an id.</source>
        <translation>新居民不能指定记录号。</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>ID number: another resident (id %1) already has this number</source>
        <translation>身份证号：另一名居民（记录号 %1）已使用这个号码</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>This resident is the head (户主) of household %1, which has %2 other live member(s); name a new head first, then archive.</source>
        <translation>该居民是户 %1 的户主，该户还有 %2 名在册成员；请先指定新户主，再归档。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Resident %1 is archived; restore them before changing their care categories.</source>
        <translation>居民 %1 已归档；请先恢复，再修改其关爱类别。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Care category &quot;%1&quot; is no longer in use.</source>
        <translation>关爱类别“%1”已停用。</translation>
    </message>
</context>
<context>
    <name>gridbook::ResidentTableModel</name>
    <message>
        <location filename="../../models/items/ResidentTableModel.cpp" line="+51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care categories</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household uid</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uid</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>gridbook::ResidentsPage</name>
    <message>
        <location filename="../../views/pages/ResidentsPage.cpp" line="+35"/>
        <source>Care category</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age:</source>
        <translation>年龄：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No ledger is open.</source>
        <translation>没有打开台账。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All care categories</source>
        <translation>全部关爱类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All residence types</source>
        <translation>全部人口类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any political status</source>
        <translation>全部政治面貌</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This ledger is empty.

Use File › Fill In Demo Community… to try Gridbook out, or start entering households on the Households page.</source>
        <translation>这个台账是空的。

可用“文件 › 填入演示社区…”试用网格台账，或在“户”页面开始录入住户。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 residents</source>
        <translation>共 %1 人</translation>
    </message>
</context>
<context>
    <name>gridbook::SaveHouseholdCommand</name>
    <message>
        <location filename="../../models/commands/SaveHouseholdCommand.cpp" line="+27"/>
        <source>Add household</source>
        <translation>添加户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit household</source>
        <translation>修改户信息</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is the head of another household that has other members; make one of them the head there first.</source>
        <translation>%1 是另一户的户主，该户还有其他成员；请先在那一户另立户主。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mark one member as the head of household (户主).</source>
        <translation>请把一名成员设为户主。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A household has exactly one head (户主).</source>
        <translation>一户只能有一名户主。</translation>
    </message>
</context>
<context>
    <name>gridbook::ScreenshotRenderer</name>
    <message>
        <location filename="../../views/startup/ScreenshotRenderer.cpp" line="+60"/>
        <source>Unknown page &quot;%1&quot;; the pages are: %2.</source>
        <translation>未知页面“%1”；可用的页面有：%2。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The screenshot could not be written to %1.</source>
        <translation>无法把截图写入 %1。</translation>
    </message>
</context>
<context>
    <name>gridbook::SetOutlineCommand</name>
    <message>
        <location filename="../../models/diagram/SetOutlineCommand.cpp" line="+16"/>
        <source>Move corner</source>
        <translation>移动顶点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add corner</source>
        <translation>添加顶点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove corner</source>
        <translation>删除顶点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw outline</source>
        <translation>画边界</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear outline</source>
        <translation>清除边界</translation>
    </message>
</context>
<context>
    <name>gridbook::SpreadsheetReader</name>
    <message>
        <location filename="../../models/io/SpreadsheetReader.cpp" line="+30"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an old Excel 97-2003 (.xls) file or a password-protected workbook. Open it in Excel or WPS and save it as .xlsx (without a password), then import that.</source>
        <translation>%1 是旧版 Excel 97-2003（.xls）文件或受密码保护的工作簿。请在 Excel 或 WPS 中打开，另存为不带密码的 .xlsx 后再导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a PDF document, not a spreadsheet.</source>
        <translation>%1 是 PDF 文档，不是表格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is neither an .xlsx workbook nor a CSV text file.</source>
        <translation>%1 既不是 .xlsx 工作簿，也不是 CSV 文本文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is named .xlsx but holds text, not a workbook; rename it to .csv if it is a CSV file.</source>
        <translation>%1 的扩展名是 .xlsx，但内容是文本而不是工作簿；如果是 CSV 文件，请改名为 .csv。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
</context>
<context>
    <name>gridbook::TableExporter</name>
    <message>
        <location filename="../../models/io/TableExporter.cpp" line="+508"/>
        <location line="+169"/>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>No grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+121"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A CSV file holds one table; choose one, or export to XLSX.</source>
        <translation>一个 CSV 文件只能放一张表；请只选一张，或导出为 XLSX。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+71"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose at least one table to export.</source>
        <translation>请至少选择一张要导出的表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the file to export to.</source>
        <translation>请选择导出到的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One sheet per grid needs the XLSX format.</source>
        <translation>每个网格一张工作表需要使用 XLSX 格式。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Counting rows</source>
        <translation>正在统计行数</translation>
    </message>
</context>
<context>
    <name>gridbook::TablePage</name>
    <message>
        <location filename="../../views/pages/TablePage.cpp" line="+26"/>
        <source>Search: name, pinyin initials (zsf), ID number, phone, address</source>
        <translation>搜索：姓名、拼音首字母（zsf）、身份证号、电话、住址</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>No ledger is open.</source>
        <translation>没有打开台账。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This ledger is empty.

Use File › Fill In Demo Community… to try Gridbook out, or start entering households on the Households page.</source>
        <translation>这个台账是空的。

可用“文件 › 填入演示社区…”试用网格台账，或在“户”页面开始录入住户。</translation>
    </message>
</context>
<context>
    <name>gridbook::TextEncoding</name>
    <message>
        <location filename="../../models/io/TextEncoding.cpp" line="+221"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
</context>
<context>
    <name>gridbook::VolunteerDialog</name>
    <message>
        <location filename="../../views/forms/VolunteerDialog.cpp" line="+29"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>(nobody chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resident:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the volunteer</source>
        <translation>选择志愿者</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team:</source>
        <translation>服务队(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joined:</source>
        <translation>加入日期(&amp;J)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills (一技之长)</source>
        <translation>技能特长（一技之长）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Volunteer %1</source>
        <translation>志愿者 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the resident first.</source>
        <translation>请先选择居民。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved volunteer %1.</source>
        <translation>已保存志愿者 %1。</translation>
    </message>
</context>
<context>
    <name>gridbook::VolunteerRosterModel</name>
    <message>
        <location filename="../../models/rosters/VolunteerRosterModel.cpp" line="+19"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>技能特长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer hours</source>
        <translation>志愿时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>gridbook::VolunteersPage</name>
    <message>
        <location filename="../../views/pages/VolunteersPage.cpp" line="+39"/>
        <source>Volunteers</source>
        <translation>志愿者与服务队</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All teams</source>
        <translation>全部服务队</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 people</source>
        <translation>%1 · %2 人</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any skill</source>
        <translation>全部技能</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 volunteers</source>
        <translation>共 %1 名志愿者</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Take %1 out of %2?</source>
        <translation>让 %1 退出%2？</translation>
    </message>
</context>
<context>
    <name>gridbook::XlsxReader</name>
    <message>
        <location filename="../../models/io/XlsxReader.cpp" line="+66"/>
        <source>%1 is damaged: its part %2 cannot be read (line %3).</source>
        <translation>%1 已损坏：无法读取其组成部分 %2（第 %3 行）。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 is damaged or incomplete: %2</source>
        <translation>%1 已损坏或不完整：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged: its part %2 cannot be read (byte %3).</source>
        <translation>%1 已损坏：无法读取其中的 %2 部分（第 %3 字节）。</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Reading sheet %1</source>
        <translation>正在读取工作表 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>%1 is a zip file but not an Excel workbook (.xlsx).</source>
        <translation>%1 是 zip 文件，但不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no sheet named %2.</source>
        <translation>%1 中没有名为 %2 的工作表。</translation>
    </message>
</context>
<context>
    <name>gridbook::XlsxWriter</name>
    <message>
        <location filename="../../models/io/XlsxWriter.cpp" line="+86"/>
        <location line="+54"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+200"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The workbook was already closed.</source>
        <translation>工作簿已经关闭。</translation>
    </message>
</context>
<context>
    <name>gridbook::ZipReader</name>
    <message>
        <location filename="../../models/io/ZipReader.cpp" line="+136"/>
        <location line="+115"/>
        <source>the part %1 is damaged</source>
        <translation>组成部分 %1 已损坏</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+106"/>
        <source>the part %1 is damaged (checksum)</source>
        <translation>组成部分 %1 已损坏（校验和不符）</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is damaged or incomplete (was the copy or download cut short?).</source>
        <translation>%1 已损坏或不完整（是不是复制或下载中断了？）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not a zip file, so not an .xlsx workbook.</source>
        <translation>%1 不是 zip 文件，因此不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is password-protected; save it without a password first.</source>
        <translation>%1 受密码保护；请先另存为不带密码的文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 uses a zip compression Gridbook cannot read (method %2); open and save it again in Excel or WPS.</source>
        <translation>%1 使用了网格台账无法读取的 zip 压缩方式（方法 %2）；请在 Excel 或 WPS 中打开后重新保存。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+34"/>
        <source>%1 has no part %2.</source>
        <translation>%1 中没有组成部分 %2。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 is too large to read.</source>
        <translation>%1 太大，无法读取。</translation>
    </message>
</context>
</TS>
