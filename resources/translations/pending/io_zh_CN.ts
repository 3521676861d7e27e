<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Writes ledger tables to an XLSX workbook or a CSV file. ID and phone numbers are masked, and sensitive care categories left out, unless --full is given.</source>
        <translation>把台账表格写入 XLSX 工作簿或 CSV 文件。除非给出 --full，身份证号和电话会部分隐藏，敏感关爱类别不导出。</translation>
    </message>
    <message>
        <source>The ledger file.</source>
        <translation>台账文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What to export: %1. Several, comma-separated, give one sheet each (XLSX only). Default: residents.</source>
        <translation>要导出的内容：%1。用逗号分隔多个，每个一张工作表（仅限 XLSX）。默认：residents。</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Only this part of the ledger: community:NAME, big-grid:NAME, small-grid:NAME, compound:NAME or building:COMPOUND/NAME (or the record's uid instead of a name). Default: all.</source>
        <translation>只导出台账的这一部分：community:名称、big-grid:名称、small-grid:名称、compound:名称 或 building:小区/名称（也可用记录编号代替名称）。默认：全部。</translation>
    </message>
    <message>
        <source>KIND:NAME</source>
        <translation>类别:名称</translation>
    </message>
    <message>
        <source>xlsx or csv; default: from the --out file's suffix.</source>
        <translation>xlsx 或 csv；默认按 --out 文件的扩展名。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>CSV text encoding: utf-8-bom (default, opens right in Excel), utf-8, or gbk (GB18030).</source>
        <translation>CSV 文本编码：utf-8-bom（默认，Excel 可直接正确打开）、utf-8 或 gbk（GB18030）。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Unmasked ID and phone numbers, and sensitive care categories.</source>
        <translation>导出完整的身份证号和电话，以及敏感关爱类别。</translation>
    </message>
    <message>
        <source>XLSX: one sheet per small grid.</source>
        <translation>XLSX：每个小网格一张工作表。</translation>
    </message>
    <message>
        <source>CSV: no tab in front of long numbers (which keeps Excel from turning ID numbers into 4.30102E+17).</source>
        <translation>CSV：长数字前不加制表符（加制表符可防止 Excel 把身份证号变成 4.30102E+17）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>export: unexpected argument %1</source>
        <translation>export：多余的参数 %1</translation>
    </message>
    <message>
        <source>export: --out FILE is required.</source>
        <translation>export：必须给出 --out 文件。</translation>
    </message>
    <message>
        <source>export: unknown table "%1"; choose from %2.</source>
        <translation>export：未知的表“%1”；请从 %2 中选择。</translation>
    </message>
    <message>
        <source>export: --table names no table.</source>
        <translation>export：--table 没有指定任何表。</translation>
    </message>
    <message>
        <source>export: --format must be xlsx or csv.</source>
        <translation>export：--format 必须是 xlsx 或 csv。</translation>
    </message>
    <message>
        <source>export: --encoding applies to CSV only.</source>
        <translation>export：--encoding 只适用于 CSV。</translation>
    </message>
    <message>
        <source>export: --encoding must be utf-8-bom, utf-8 or gbk.</source>
        <translation>export：--encoding 必须是 utf-8-bom、utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>export: --sheet-per-grid needs --format xlsx.</source>
        <translation>export：--sheet-per-grid 需要 --format xlsx。</translation>
    </message>
    <message>
        <source>export: a CSV file holds one table; use xlsx for several.</source>
        <translation>export：一个 CSV 文件只能放一张表；多张表请用 xlsx。</translation>
    </message>
    <message>
        <source>%1: %2 rows
</source>
        <translation>%1：%2 行
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 sheets, %3%4).
</source>
        <translation>已写入 %1（%2 张工作表，%3%4）。
</translation>
    </message>
    <message>
        <source>, unmasked</source>
        <translation>，未隐藏号码</translation>
    </message>
    <message>
        <source>, ID and phone numbers masked</source>
        <translation>，身份证号和电话已部分隐藏</translation>
    </message>
    <message>
        <source>Reads residents from an XLSX or CSV file into a ledger (created if it does not exist). Valid rows go in and rejected rows are listed - or, with --strict, nothing changes unless every row is valid.

Exit codes: 0 all rows imported, 1 some rows rejected or waiting for review, 2 bad command line, 3 the file or ledger could not be read or written (nothing changed), 4 cancelled (nothing changed).</source>
        <translation>从 XLSX 或 CSV 文件把居民导入台账（台账不存在时新建）。有效的行导入，被拒绝的行列出原因；使用 --strict 时，只要有一行无效就什么都不改。

退出码：0 全部导入，1 有行被拒绝或待核对，2 命令行有误，3 无法读写文件或台账（未作改动），4 已取消（未作改动）。</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file to import.</source>
        <translation>要导入的 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Check and report; change nothing.</source>
        <translation>只检查并报告，不作任何改动。</translation>
    </message>
    <message>
        <source>People already in the ledger (same ID number): skip (default), update, or review (list them, import nothing for them).</source>
        <translation>台账中已有的人（身份证号相同）：skip 跳过（默认）、update 更新，或 review 列出待核对（不导入这些人）。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Write the rejected rows with their reasons to this .xlsx, to fix and import again.</source>
        <translation>把被拒绝的行及原因写入这个 .xlsx，改正后可再次导入。</translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation>输出.xlsx</translation>
    </message>
    <message>
        <source>Import nothing unless every row is valid.</source>
        <translation>只有全部行有效时才导入。</translation>
    </message>
    <message>
        <source>Only this sheet of a workbook.</source>
        <translation>只导入工作簿中的这张工作表。</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>CSV encoding, when detection guesses wrong: utf-8 or gbk.</source>
        <translation>CSV 编码（自动识别出错时使用）：utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>The row (1-based) holding the column headers, when it is not found by itself.</source>
        <translation>列标题所在的行（从 1 开始），在无法自动找到时使用。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Map a column by hand: COLUMN=FIELD, COLUMN a letter (C), a number (3) or the header text, FIELD one of %1. Repeatable.</source>
        <translation>手动对应一列：列=字段，列可以是字母（C）、数字（3）或标题文字，字段为 %1 之一。可重复使用。</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>列=字段</translation>
    </message>
    <message>
        <source>The community new compounds belong to (when the ledger has several, or none).</source>
        <translation>新小区所属的社区（台账中有多个社区或没有社区时使用）。</translation>
    </message>
    <message>
        <source>COMMUNITY</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>The compound of addresses that name none (like 3-2-501).</source>
        <translation>未写明小区的地址（如 3-2-501）所属的小区。</translation>
    </message>
    <message>
        <source>COMPOUND</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>List at most N problems (default 200; 0 lists all).</source>
        <translation>最多列出 N 个问题（默认 200；0 表示全部列出）。</translation>
    </message>
    <message>
        <source>import: give exactly one file to import.</source>
        <translation>import：请只给出一个要导入的文件。</translation>
    </message>
    <message>
        <source>import: --db FILE is required.</source>
        <translation>import：必须给出 --db 文件。</translation>
    </message>
    <message>
        <source>import: --on-duplicate must be skip, update or review.</source>
        <translation>import：--on-duplicate 必须是 skip、update 或 review。</translation>
    </message>
    <message>
        <source>import: --max-issues must be a number.</source>
        <translation>import：--max-issues 必须是数字。</translation>
    </message>
    <message>
        <source>import: --encoding must be utf-8 or gbk.</source>
        <translation>import：--encoding 必须是 utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>import: --header-row must be a row number from 1.</source>
        <translation>import：--header-row 必须是从 1 开始的行号。</translation>
    </message>
    <message>
        <source>import: --map %1: give COLUMN=FIELD with a known field.</source>
        <translation>import：--map %1：请写成 列=字段，字段须为已知字段。</translation>
    </message>
    <message>
        <source>import: --map %1: no such column in sheet %2.</source>
        <translation>import：--map %1：工作表 %2 中没有这一列。</translation>
    </message>
    <message>
        <source>Sheet %1: no header row with a name column (姓名) was found; the sheet is left out.</source>
        <translation>工作表 %1：没有找到含“姓名”列的标题行，该表未导入。</translation>
    </message>
    <message>
        <source>%1: no header row with a name column (姓名) was found. Give --header-row N, or --map COLUMN=name.</source>
        <translation>%1：没有找到含“姓名”列的标题行。请给出 --header-row N，或 --map 列=name。</translation>
    </message>
    <message>
        <source>... and %1 more (see --errors).
</source>
        <translation>……另有 %1 条（见 --errors）。
</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Rows read: %1; imported: %2; updated: %3; already in the ledger: %4; waiting for review: %5; rejected: %6.
</source>
        <translation>读取 %1 行；导入 %2；更新 %3；台账中已有 %4；待核对 %5；拒绝 %6。
</translation>
    </message>
    <message>
        <source>Households: %1 new, %2 existing joined. New places: %3 communities, %4 compounds, %5 buildings, %6 units, %7 dwellings.
</source>
        <translation>户：新建 %1 户，加入已有户 %2 户。新增地点：%3 个社区，%4 个小区，%5 栋楼，%6 个单元，%7 套房屋。
</translation>
    </message>
    <message>
        <source>Addresses kept as text (not matched to a place): %1
</source>
        <translation>按文字保留的地址（未对应到地点）：%1
</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.
</source>
        <translation>试运行：未作任何改动。
</translation>
    </message>
    <message>
        <source>Rows were rejected and --strict was given: nothing was imported.
</source>
        <translation>有行被拒绝且给出了 --strict：未导入任何内容。
</translation>
    </message>
    <message>
        <source>Saved to %1.
</source>
        <translation>已保存到 %1。
</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.
</source>
        <translation>被拒绝的行已写入 %1。
</translation>
    </message>
    <message>
        <source>generate a demo community into a new ledger file</source>
        <translation>在新的台账文件中生成演示社区</translation>
    </message>
    <message>
        <source>counts by grid and by care category</source>
        <translation>按网格和关爱类别统计</translation>
    </message>
    <message>
        <source>integrity check; exit code 1 if problems are found</source>
        <translation>完整性检查；发现问题时退出码为 1</translation>
    </message>
    <message>
        <source>print a roster (花名册) of residents to PDF</source>
        <translation>把居民花名册打印为 PDF</translation>
    </message>
    <message>
        <source>print grid workers' contact books (联系册) to PDF</source>
        <translation>把网格员联系册打印为 PDF</translation>
    </message>
    <message>
        <source>print household files (一户一档) to PDF</source>
        <translation>把一户一档打印为 PDF</translation>
    </message>
    <message>
        <source>export a table to XLSX or CSV (IDs and phones masked unless --full)</source>
        <translation>将表格导出为 XLSX 或 CSV（除非指定 --full，身份证号和电话号码均脱敏）</translation>
    </message>
    <message>
        <source>import residents and households from XLSX or CSV</source>
        <translation>从 XLSX 或 CSV 导入居民和户</translation>
    </message>
    <message>
        <source>Usage: gridbook-cli COMMAND [options]</source>
        <translation>用法：gridbook-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run gridbook-cli COMMAND --help for the options of a command; --lang zh_CN|en picks the language.</source>
        <translation>运行 gridbook-cli 命令 --help 查看该命令的选项；--lang zh_CN|en 选择语言。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
<context>
    <name>gridbook::ColumnMapper</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Care categories</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Resident record id</source>
        <translation>居民记录编号</translation>
    </message>
    <message>
        <source>Household record id</source>
        <translation>户记录编号</translation>
    </message>
</context>
<context>
    <name>gridbook::CsvReader</name>
    <message>
        <source>The file mixes UTF-8 and GBK lines; each line was read in its own encoding. Check the names in the preview.</source>
        <translation>文件中混有 UTF-8 和 GBK 编码的行，已逐行按各自编码读取。请在预览中核对姓名。</translation>
    </message>
    <message>
        <source>Some bytes fit no text encoding and were replaced by �; those rows will be reported.</source>
        <translation>有些字节不属于任何文本编码，已替换为 �；这些行会在报告中列出。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>gridbook::ExportColumns</name>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>人口类型</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>小区</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>文化程度</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>婚姻状况</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>就业状况</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>关爱类别</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <source>户籍地址</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>居民记录编号</source>
        <translation>居民记录编号</translation>
    </message>
    <message>
        <source>户记录编号</source>
        <translation>户记录编号</translation>
    </message>
    <message>
        <source>户主姓名</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>户主身份证号</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>所在党组织</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>党员类别</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>入党日期</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>党员中心户</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>积分</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>党员记录编号</source>
        <translation>党员记录编号</translation>
    </message>
    <message>
        <source>服务队</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>技能特长</source>
        <translation>技能特长</translation>
    </message>
    <message>
        <source>加入日期</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>志愿服务时长</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <source>志愿者记录编号</source>
        <translation>志愿者记录编号</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>负责范围</source>
        <translation>负责范围</translation>
    </message>
    <message>
        <source>任职日期</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>离任日期</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <source>角色记录编号</source>
        <translation>角色记录编号</translation>
    </message>
    <message>
        <source>点单时间</source>
        <translation>点单时间</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>服务类别</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>点单居民</source>
        <translation>点单居民</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>派单服务队</source>
        <translation>派单服务队</translation>
    </message>
    <message>
        <source>接单人</source>
        <translation>接单人</translation>
    </message>
    <message>
        <source>接单时间</source>
        <translation>接单时间</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>办结时间</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>居民反馈</source>
        <translation>居民反馈</translation>
    </message>
    <message>
        <source>点单记录编号</source>
        <translation>点单记录编号</translation>
    </message>
    <message>
        <source>走访日期</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>走访人</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>走访事由</source>
        <translation>走访事由</translation>
    </message>
    <message>
        <source>走访情况</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>后续事项</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>已跟进</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>走访记录编号</source>
        <translation>走访记录编号</translation>
    </message>
    <message>
        <source>错误原因</source>
        <translation>错误原因</translation>
    </message>
    <message>
        <source>原行号</source>
        <translation>原行号</translation>
    </message>
</context>
<context>
    <name>gridbook::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>CSV 文本（.csv）</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (opens right in Excel)</source>
        <translation>UTF-8 带 BOM（Excel 可正确打开）</translation>
    </message>
    <message>
        <source>GBK (older systems)</source>
        <translation>GBK（适用于旧系统）</translation>
    </message>
    <message>
        <source>One sheet per small grid</source>
        <translation>每个小网格一个工作表</translation>
    </message>
    <message>
        <source>Unmasked ID and phone numbers, and sensitive care categories</source>
        <translation>导出完整的身份证号、电话号码和敏感关爱类别（不脱敏）</translation>
    </message>
    <message>
        <source>The file will hold personal data in full. Keep it safe and delete it when it is no longer needed.</source>
        <translation>导出文件将包含完整的个人信息。请妥善保管，不再需要时及时删除。</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <source>Part of the ledger:</source>
        <translation>导出范围：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translation>CSV 文本 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The whole ledger</source>
        <translation>整个台账</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>gridbook::ExportScope</name>
    <message>
        <source>the whole ledger</source>
        <translation>整个台账</translation>
    </message>
    <message>
        <source>Scope "%1": give KIND:NAME or KIND:UID, KIND one of community, big-grid, small-grid, compound, building.</source>
        <translation>范围“%1”：请写成 类别:名称 或 类别:编号，类别为 community、big-grid、small-grid、compound、building 之一。</translation>
    </message>
    <message>
        <source>Scope "%1": no such %2 in the ledger.</source>
        <translation>范围“%1”：台账中没有这个%2。</translation>
    </message>
    <message>
        <source>Scope "%1" is ambiguous; name one of: %2</source>
        <translation>范围“%1”有歧义，请指明其中之一：%2</translation>
    </message>
</context>
<context>
    <name>gridbook::ImportWizard</name>
    <message>
        <source>Rows read: %1. To import: %2; to update: %3; already in the ledger: %4; waiting for your decision: %5; rejected: %6.</source>
        <translation>读取 %1 行。新增：%2；更新：%3；台账中已有：%4；待您确认：%5；未通过：%6。</translation>
    </message>
    <message>
        <source>Households: %1 new, %2 existing joined. New places: %3 compounds, %4 buildings, %5 units, %6 dwellings.</source>
        <translation>户：新建 %1 户，加入已有户 %2 户。新建地点：小区 %3 个，楼栋 %4 栋，单元 %5 个，房屋 %6 套。</translation>
    </message>
    <message>
        <source>Addresses kept as text (no place found): %1</source>
        <translation>按原文保留的地址（未匹配到地点）：%1</translation>
    </message>
    <message>
        <source>%1 - rejected rows.xlsx</source>
        <translation>%1 - 未通过的行.xlsx</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>保存未通过的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one person per row. Title rows above the header, merged header cells and GBK files are fine.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件，每行一人。表头上方有标题行、表头有合并单元格、GBK 编码的文件均可导入。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
    <message>
        <source>Into the ledger:</source>
        <translation>导入到台账：</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>核对列</translation>
    </message>
    <message>
        <source>Each column is matched to a field by its header. Change any that is wrong; columns set to "(not imported)" are left out.</source>
        <translation>已按表头为每一列匹配字段。如有不对请修改；设为“（不导入）”的列将被忽略。</translation>
    </message>
    <message>
        <source>Import this sheet</source>
        <translation>导入此工作表</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>No column is mapped to Name: choose the header row, or the name column, by hand.</source>
        <translation>没有列对应“姓名”：请手动选择表头行或姓名列。</translation>
    </message>
    <message>
        <source>No ID number column: people cannot be matched with the ledger, so everyone is imported as new.</source>
        <translation>没有身份证号列：无法与台账中的人员比对，所有人都将作为新居民导入。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>People are matched with the ledger by their ID number.</source>
        <translation>按身份证号与台账中的人员比对。</translation>
    </message>
    <message>
        <source>Skip them: keep the ledger's record</source>
        <translation>跳过：保留台账中的记录</translation>
    </message>
    <message>
        <source>Update them from the sheet's filled cells</source>
        <translation>用表格中已填写的内容更新</translation>
    </message>
    <message>
        <source>Let me decide for each one</source>
        <translation>逐条由我决定</translation>
    </message>
    <message>
        <source>when the ledger has several communities, or none</source>
        <translation>台账中有多个社区或尚无社区时使用</translation>
    </message>
    <message>
        <source>for addresses like 3-2-501 that name no compound</source>
        <translation>用于未写小区名的地址，如 3-2-501</translation>
    </message>
    <message>
        <source>Import nothing unless every row is valid</source>
        <translation>有任何一行未通过则全部不导入</translation>
    </message>
    <message>
        <source>Only check the file; change nothing</source>
        <translation>只检查文件，不修改台账</translation>
    </message>
    <message>
        <source>People already in the ledger:</source>
        <translation>台账中已有的人员：</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>Default compound:</source>
        <translation>默认小区：</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Rejected rows can be saved as a sheet to fix and import again.</source>
        <translation>台账尚未修改。未通过的行可另存为表格，修改后重新导入。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Differences from the ledger</source>
        <translation>与台账的差异</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Already in the ledger:</source>
        <translation>台账中已有：</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存未通过的行…</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <source>%1 (ledger: %2)</source>
        <translation>%1（台账：%2）</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>无差异</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Checked only: the ledger was not changed.</source>
        <translation>仅检查：台账未作修改。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Nothing was imported; the ledger is as it was.</source>
        <translation>未导入任何数据，台账保持原样。</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>已导入到 %1。</translation>
    </message>
    <message>
        <source>Rows were rejected, so nothing was imported (all or nothing).</source>
        <translation>有未通过的行，因此全部未导入（全部导入或全部不导入）。</translation>
    </message>
</context>
<context>
    <name>gridbook::IoTaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The work stopped unexpectedly.</source>
        <translation>处理意外中止。</translation>
    </message>
</context>
<context>
    <name>gridbook::MainWindow</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import residents and households from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入居民和户</translation>
    </message>
    <message>
        <source>Imported %1 residents, updated %2.</source>
        <translation>已导入 %1 名居民，更新 %2 名。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the current table to an Excel or CSV file</source>
        <translation>将当前表格导出为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    </context>
<context>
    <name>gridbook::ResidentImporter</name>
    <message>
        <source>not a known %1</source>
        <translation>不是已知的%1</translation>
    </message>
    <message>
        <source>a formula whose result the file does not hold; open the file in Excel or WPS, save it, and import again</source>
        <translation>是公式，文件中没有保存计算结果；请在 Excel 或 WPS 中打开并保存后再导入</translation>
    </message>
    <message>
        <source>the cell shows an error instead of a value</source>
        <translation>单元格显示的是错误而不是数值</translation>
    </message>
    <message>
        <source>stored as a number, so the spreadsheet kept only its first 15 digits; the number cannot be recovered - type it again as text</source>
        <translation>以数字形式保存，表格只保留了前 15 位，号码已无法恢复——请以文本形式重新输入</translation>
    </message>
    <message>
        <source>masked (an export without --full); the digits are not in the file</source>
        <translation>已部分隐藏（导出时未用 --full），文件中没有完整号码</translation>
    </message>
    <message>
        <source>stored as a number that lost its last digits; type it again as text</source>
        <translation>以数字形式保存，丢失了末尾几位；请以文本形式重新输入</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>longer than 60 characters</source>
        <translation>超过 60 个字符</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>a birth date in the future</source>
        <translation>出生日期在今天之后</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>relation to the head of household</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <source>only the first number was imported; the others are in the note</source>
        <translation>只导入了第一个号码，其他号码放在备注中</translation>
    </message>
    <message>
        <source>Other phone: %1</source>
        <translation>其他电话：%1</translation>
    </message>
    <message>
        <source>not a care category of this ledger, left out: %1</source>
        <translation>不是本台账的关爱类别，未导入：%1</translation>
    </message>
    <message>
        <source>not a record id; ignored</source>
        <translation>不是记录编号，已忽略</translation>
    </message>
    <message>
        <source>longer than 500 characters</source>
        <translation>超过 500 个字符</translation>
    </message>
    <message>
        <source>Imported community</source>
        <translation>导入的社区</translation>
    </message>
    <message>
        <source>the ledger has several communities; say which one (a 社区 column, or the community option)</source>
        <translation>台账中有多个社区；请指明是哪一个（用“社区”列或 community 选项）</translation>
    </message>
    <message>
        <source>the address names no compound (小区); add a 小区 column or choose a default compound</source>
        <translation>地址中没有小区名；请添加“小区”列或选择默认小区</translation>
    </message>
    <message>
        <source>building and room cannot be told from the address</source>
        <translation>无法从地址中看出楼栋和房号</translation>
    </message>
    <message>
        <source>Import cancelled; the ledger was left as it was.</source>
        <translation>导入已取消，台账保持原样。</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <source>the same ID number as row %1</source>
        <translation>与第 %1 行的身份证号相同</translation>
    </message>
    <message>
        <source>the same ID number as row %1 of sheet %2</source>
        <translation>与工作表 %2 第 %1 行的身份证号相同</translation>
    </message>
    <message>
        <source>Matching with the ledger</source>
        <translation>正在与台账比对</translation>
    </message>
    <message>
        <source>this ID number is in the ledger under another name (%1)</source>
        <translation>该身份证号在台账中登记的姓名是“%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Care categories: added where missing</source>
        <translation>关爱类别：补充缺少的</translation>
    </message>
    <message>
        <source>this person is archived in the ledger (moved out or deceased); restore them there first</source>
        <translation>此人在台账中已归档（已迁出或去世）；请先在台账中恢复</translation>
    </message>
    <message>
        <source>already in the ledger; choose skip or update</source>
        <translation>台账中已有此人；请选择跳过或更新</translation>
    </message>
    <message>
        <source>Forming households</source>
        <translation>正在组户</translation>
    </message>
    <message>
        <source>the household already has a head (户主) in the ledger</source>
        <translation>该户在台账中已有户主</translation>
    </message>
    <message>
        <source>the household in the ledger has no head (户主), and these rows name none</source>
        <translation>该户在台账中没有户主，这些行中也没有户主</translation>
    </message>
    <message>
        <source>a second head (户主) for the household of row %1</source>
        <translation>第 %1 行所在的户出现了第二个户主</translation>
    </message>
    <message>
        <source>no relation column: taken as the head (户主) of the household</source>
        <translation>没有“与户主关系”列：视为该户户主</translation>
    </message>
    <message>
        <source>no head of household (户主) among the household's rows (%1)</source>
        <translation>该户的各行中没有户主（%1）</translation>
    </message>
    <message>
        <source>Matching addresses</source>
        <translation>正在匹配地址</translation>
    </message>
    <message>
        <source>address not matched to a place (%1); kept as text in the household's note</source>
        <translation>地址未能对应到地点（%1），已作为文字保存在户的备注中</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>Address as imported: %1</source>
        <translation>导入时的地址：%1</translation>
    </message>
    <message>
        <source>its household could not be formed</source>
        <translation>无法组成其所在的户</translation>
    </message>
    <message>
        <source>Row %1 of sheet %2 could not be written (%3); nothing was imported.</source>
        <translation>工作表 %2 第 %1 行无法写入（%3），未导入任何内容。</translation>
    </message>
    <message>
        <source>Household %1 would be left without exactly one head; nothing was imported.</source>
        <translation>户 %1 将不是恰好一名户主，未导入任何内容。</translation>
    </message>
    <message>
        <source>Row %1 of sheet %2: %3</source>
        <translation>工作表 %2 第 %1 行：%3</translation>
    </message>
    <message>
        <source>No sheet has a name column (姓名): the header row was not found. Choose the header row and map the columns by hand.</source>
        <translation>没有工作表含“姓名”列：找不到标题行。请选择标题行并手动对应各列。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
</context>
<context>
    <name>gridbook::SpreadsheetReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) file or a password-protected workbook. Open it in Excel or WPS and save it as .xlsx (without a password), then import that.</source>
        <translation>%1 是旧版 Excel 97-2003（.xls）文件或受密码保护的工作簿。请在 Excel 或 WPS 中打开，另存为不带密码的 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a spreadsheet.</source>
        <translation>%1 是 PDF 文档，不是表格。</translation>
    </message>
    <message>
        <source>%1 is neither an .xlsx workbook nor a CSV text file.</source>
        <translation>%1 既不是 .xlsx 工作簿，也不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>%1 is named .xlsx but holds text, not a workbook; rename it to .csv if it is a CSV file.</source>
        <translation>%1 的扩展名是 .xlsx，但内容是文本而不是工作簿；如果是 CSV 文件，请改名为 .csv。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
</context>
<context>
    <name>gridbook::TableExporter</name>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <source>No grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>A CSV file holds one table; choose one, or export to XLSX.</source>
        <translation>一个 CSV 文件只能放一张表；请只选一张，或导出为 XLSX。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose at least one table to export.</source>
        <translation>请至少选择一张要导出的表。</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>请选择导出到的文件。</translation>
    </message>
    <message>
        <source>One sheet per grid needs the XLSX format.</source>
        <translation>每个网格一张工作表需要使用 XLSX 格式。</translation>
    </message>
    <message>
        <source>Counting rows</source>
        <translation>正在统计行数</translation>
    </message>
</context>
<context>
    <name>gridbook::TextEncoding</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
</context>
<context>
    <name>gridbook::XlsxReader</name>
    <message>
        <source>%1 is damaged: its part %2 cannot be read (line %3).</source>
        <translation>%1 已损坏：无法读取其组成部分 %2（第 %3 行）。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: %2</source>
        <translation>%1 已损坏或不完整：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read (byte %3).</source>
        <translation>%1 已损坏：无法读取其中的 %2 部分（第 %3 字节）。</translation>
    </message>
    <message>
        <source>Reading sheet %1</source>
        <translation>正在读取工作表 %1</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (.xlsx).</source>
        <translation>%1 是 zip 文件，但不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1 has no sheet named %2.</source>
        <translation>%1 中没有名为 %2 的工作表。</translation>
    </message>
</context>
<context>
    <name>gridbook::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The workbook was already closed.</source>
        <translation>工作簿已经关闭。</translation>
    </message>
</context>
<context>
    <name>gridbook::ZipReader</name>
    <message>
        <source>the part %1 is damaged</source>
        <translation>组成部分 %1 已损坏</translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum)</source>
        <translation>组成部分 %1 已损坏（校验和不符）</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (was the copy or download cut short?).</source>
        <translation>%1 已损坏或不完整（是不是复制或下载中断了？）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a zip file, so not an .xlsx workbook.</source>
        <translation>%1 不是 zip 文件，因此不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>%1 is password-protected; save it without a password first.</source>
        <translation>%1 受密码保护；请先另存为不带密码的文件。</translation>
    </message>
    <message>
        <source>%1 uses a zip compression Gridbook cannot read (method %2); open and save it again in Excel or WPS.</source>
        <translation>%1 使用了网格台账无法读取的 zip 压缩方式（方法 %2）；请在 Excel 或 WPS 中打开后重新保存。</translation>
    </message>
    <message>
        <source>%1 has no part %2.</source>
        <translation>%1 中没有组成部分 %2。</translation>
    </message>
    <message>
        <source>%1 is too large to read.</source>
        <translation>%1 太大，无法读取。</translation>
    </message>
</context>
</TS>
