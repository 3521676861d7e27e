<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>--%1: give a whole number, not "%2".</source>
        <translation>--%1：请填写整数，而不是“%2”。</translation>
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
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Where to look, repeatable: KIND:NAME, KIND:PARENT/NAME or KIND:UID, KIND one of %1 (e.g. grid:第3网格, building:和园小区/3栋). Default: the whole community.</source>
        <translation>范围，可重复：类型:名称、类型:上级/名称 或 类型:UID，类型为 %1 之一（如 grid:第3网格、building:和园小区/3栋）。默认：整个社区。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>A4 landscape instead of portrait.</source>
        <translation>A4 横向（默认纵向）。</translation>
    </message>
    <message>
        <source>Print ID and phone numbers in full (and sensitive care categories). Each such print is recorded in the ledger's print log.</source>
        <translation>打印完整的身份证号和电话（及敏感类别）。每次此类打印都记入台账的打印记录。</translation>
    </message>
    <message>
        <source>The report's date, for the title and ages (default: today).</source>
        <translation>报表日期，用于标题和年龄计算（默认：今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Refuse reports longer than this many pages (default 1000; 0: no limit).</source>
        <translation>超过此页数的报表不予生成（默认 1000；0：不限）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--date: give a date as YYYY-MM-DD, not "%1".</source>
        <translation>--date：请按 年-月-日 填写日期，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：共 %n 页</numerusform></translation>
    </message>
    <message>
        <source>Cancelled; no PDF was written.</source>
        <translation>已取消，未写入 PDF。</translation>
    </message>
    <message>
        <source>Not written: %1 pages is more than --max-pages %2. Narrow the scope or raise --max-pages.</source>
        <translation>未写入：%1 页超过 --max-pages %2。请缩小范围或调大 --max-pages。</translation>
    </message>
    <message>
        <source>Prints a roster (花名册) of residents to PDF; ID and phone numbers masked unless --full.</source>
        <translation>将居民花名册打印为 PDF；除非使用 --full，身份证号和电话均部分隐去。</translation>
    </message>
    <message>
        <source>Only residents in this care category (code, e.g. low_income, over_80); repeatable, any of them.</source>
        <translation>只列出属于此关爱类别的居民（代码，如 low_income、over_80）；可重复，满足其一即可。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Only residents at least this old.</source>
        <translation>只列出不小于此年龄的居民。</translation>
    </message>
    <message>
        <source>Only residents at most this old.</source>
        <translation>只列出不大于此年龄的居民。</translation>
    </message>
    <message>
        <source>Columns in order, comma-separated, from: %1.</source>
        <translation>按顺序列出的列，逗号分隔，可选：%1。</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Group by building or household, with subtotals.</source>
        <translation>按楼栋或按户分组，并小计。</translation>
    </message>
    <message>
        <source>building|household</source>
        <translation>building|household</translation>
    </message>
    <message>
        <source>roster: --out FILE is required.</source>
        <translation>roster：必须提供 --out 文件。</translation>
    </message>
    <message>
        <source>--columns: unknown column "%1"; choose from %2.</source>
        <translation>--columns：未知的列“%1”；可选 %2。</translation>
    </message>
    <message>
        <source>--group: choose building or household.</source>
        <translation>--group：请选择 building 或 household。</translation>
    </message>
    <message>
        <source>Prints the contact book (联系册) of grid leaders, workers or assistants to PDF: the households in their scope, with blank columns for visit dates.</source>
        <translation>将网格长、网格员或网格辅助员的联系册打印为 PDF：其负责范围内的住户，并留有走访日期空栏。</translation>
    </message>
    <message>
        <source>The holder of a grid role: their name, or a resident or grid role uid when the name is shared; repeatable, one book each.</source>
        <translation>网格职务人员：姓名；重名时用居民或职务的 UID；可重复，每人一册。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Blank visit-date columns (default 4).</source>
        <translation>走访日期空栏数（默认 4）。</translation>
    </message>
    <message>
        <source>contact-book: --out FILE is required.</source>
        <translation>contact-book：必须提供 --out 文件。</translation>
    </message>
    <message>
        <source>contact-book: name at least one --holder.</source>
        <translation>contact-book：请至少指定一个 --holder。</translation>
    </message>
    <message>
        <source>--visits: give a number from 0 to 12.</source>
        <translation>--visits：请填写 0 到 12 之间的数。</translation>
    </message>
    <message>
        <source>Prints household files (一户一档) to PDF: each household on its own pages with its members, visits, service requests and pairing.</source>
        <translation>将一户一档打印为 PDF：每户单独成页，含家庭成员、走访、服务诉求和结对帮扶。</translation>
    </message>
    <message>
        <source>A household by uid; repeatable. Without it, every household of --scope.</source>
        <translation>按 UID 指定一户；可重复。不指定时为 --scope 内的所有户。</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>household-file: --out FILE is required.</source>
        <translation>household-file：必须提供 --out 文件。</translation>
    </message>
    <message>
        <source>household-file: give --household or --scope, not both.</source>
        <translation>household-file：--household 和 --scope 只能选其一。</translation>
    </message>
    <message>
        <source>A4 portrait (contact books are landscape unless this is given).</source>
        <translation>A4 纵向（联系册默认横向）。</translation>
    </message>
    <message>
        <source>Give --landscape or --portrait, not both.</source>
        <translation>--landscape 和 --portrait 只能选其一。</translation>
    </message>
</context>
<context>
    <name>ContactBookReport</name>
    <message>
        <source>Nobody named "%1" holds a grid role.</source>
        <translation>没有名为“%1”的网格职务人员。</translation>
    </message>
    <message numerus="yes">
        <source>"%1" names %n people with grid roles; give one of these uids: %2</source>
        <translation>
            <numerusform>“%1”对应 %n 名网格职务人员；请改用以下 UID 之一：%2</numerusform></translation>
    </message>
    <message>
        <source>Name at least one grid leader, worker or assistant for the contact book.</source>
        <translation>请为联系册至少指定一名网格长、网格员或网格辅助员。</translation>
    </message>
    <message>
        <source>Contact book</source>
        <translation>联系册</translation>
    </message>
    <message>
        <source>Reading households</source>
        <translation>正在读取住户</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>No households in this holder's scope.</source>
        <translation>该人员负责范围内没有住户。</translation>
    </message>
    <message numerus="yes">
        <source>Subtotal: %n household(s)</source>
        <translation>
            <numerusform>小计：%n 户</numerusform></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n household(s)</source>
        <translation>
            <numerusform>合计：%n 户</numerusform></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation>负责范围</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>走访%1</translation>
    </message>
</context>
<context>
    <name>HouseholdFileReport</name>
    <message>
        <source>Requested</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>(no dwelling recorded)</source>
        <translation>（未登记房屋）</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>No live household with uid %1.</source>
        <translation>没有 UID 为 %1 的在册户。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等（另 %n 户）</numerusform></translation>
    </message>
    <message>
        <source>Household file</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <source>Reading households</source>
        <translation>正在读取住户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
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
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>No live members.</source>
        <translation>无在册成员。</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（%2起）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>No visits recorded.</source>
        <translation>暂无走访记录。</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1（已办）</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1（待办）</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>点单日期</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接单人</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>No service requests.</source>
        <translation>暂无服务诉求。</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5 分</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>户：%1</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Paired Party member</source>
        <translation>结对党员</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Latest visits</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务诉求</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>PrintLog</name>
    <message>
        <source>The print with full ID and phone numbers could not be recorded, so it was not made: %1</source>
        <translation>含完整身份证号和电话的打印无法记录，因此未打印：%1</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>%1 and other communities</source>
        <translation>%1等社区</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Report title: community name, then the report's name, e.g. 和济社区居民花名册</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>制表日期：%1</translation>
    </message>
    <message>
        <source>Full ID and phone numbers: keep this paper safe, do not pass it on</source>
        <translation>含完整身份证号和电话：请妥善保管，不得外传</translation>
    </message>
    <message>
        <source>ID and phone numbers partly hidden</source>
        <translation>身份证号和电话已部分隐去</translation>
    </message>
    <message>
        <source>Checked by: ______________    Date: ________</source>
        <translation>核对人（签字）：______________    核对日期：________</translation>
    </message>
    <message>
        <source>Nothing to print: no one in this scope matches the filters.</source>
        <translation>无可打印内容：此范围内没有符合筛选条件的人员。</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>Roster (花名册)</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Contact book (联系册)</source>
        <translation>联系册</translation>
    </message>
    <message>
        <source>Household file (一户一档)</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>Whole community</source>
        <translation>整个社区</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Only residents who are</source>
        <translation>只列出以下居民</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>年龄从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Columns, in order</source>
        <translation>列（按顺序）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Group by building</source>
        <translation>按楼栋分组</translation>
    </message>
    <message>
        <source>Group by household</source>
        <translation>按户分组</translation>
    </message>
    <message>
        <source>Grid leader, worker or assistant:</source>
        <translation>网格长、网格员或网格辅助员：</translation>
    </message>
    <message>
        <source>One or more pages per household of the scope: dwelling, members, care categories, pairing, latest visits and service requests.</source>
        <translation>范围内每户一页或多页：房屋、家庭成员、关爱类别、结对帮扶、最近走访和服务诉求。</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>Print full ID and phone numbers for this print</source>
        <translation>本次打印完整身份证号和电话</translation>
    </message>
    <message>
        <source>Printed paper leaves the office: full numbers are recorded in the print log with your user name and the scope.</source>
        <translation>纸质材料会离开办公室：完整号码的打印将连同您的用户名和范围记入打印记录。</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Preparing the report…</source>
        <translation>正在准备报表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>The report could not be prepared.</source>
        <translation>无法准备报表。</translation>
    </message>
    <message>
        <source>Not saved: the print log could not be written.</source>
        <translation>未保存：无法写入打印记录。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform></translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. You can still preview the report and save it as PDF.</source>
        <translation>此电脑未设置打印机。仍可预览报表并另存为 PDF。</translation>
    </message>
    <message>
        <source>This report runs to %1 pages. Preview and print all of them?</source>
        <translation>此报表共 %1 页。要全部预览和打印吗？</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <source>This report runs to %1 pages. Print all of them?</source>
        <translation>此报表共 %1 页。要全部打印吗？</translation>
    </message>
    <message>
        <source>Could not start printing: the printer or file is not available.</source>
        <translation>无法开始打印：打印机或文件不可用。</translation>
    </message>
    <message>
        <source>Writing pages</source>
        <translation>正在输出页面</translation>
    </message>
    <message>
        <source>Could not start page %1 of the report.</source>
        <translation>无法开始报表第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or file.</source>
        <translation>报表未能在打印机或文件上完成。</translation>
    </message>
    <message>
        <source>No file name was given for the PDF.</source>
        <translation>未给出 PDF 文件名。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1: that is a folder.</source>
        <translation>无法将 PDF 写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1: the folder does not exist.</source>
        <translation>无法将 PDF 写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1: %2</source>
        <translation>无法将 PDF 写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Big grid</source>
        <translation>大网格</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>小网格</translation>
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
        <source>Scope "%1": write KIND:NAME or KIND:UID, KIND one of %2.</source>
        <translation>范围“%1”：请写作 类型:名称 或 类型:UID，类型为 %2 之一。</translation>
    </message>
    <message>
        <source>Scope "%1": no %2 of that name or uid.</source>
        <translation>范围“%1”：没有此名称或 UID 的%2。</translation>
    </message>
    <message numerus="yes">
        <source>Scope "%1" matches %n places; name the parent (COMPOUND/BUILDING) or give the uid, e.g. %2.</source>
        <translation>
            <numerusform>范围“%1”对应 %n 处；请加上级名称（小区/楼栋）或改用 UID，如 %2。</numerusform></translation>
    </message>
    <message>
        <source>That %1 is no longer in the ledger.</source>
        <translation>该%1已不在台账中。</translation>
    </message>
</context>
<context>
    <name>RosterReport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
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
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
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
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>aged %1 to %2</source>
        <translation>%1至%2岁</translation>
    </message>
    <message>
        <source>aged %1 or over</source>
        <translation>%1岁及以上</translation>
    </message>
    <message>
        <source>aged %1 or under</source>
        <translation>%1岁及以下</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Choose at least one column for the roster.</source>
        <translation>花名册请至少选择一列。</translation>
    </message>
    <message>
        <source>Unknown care category among %1.</source>
        <translation>%1 中有未知的关爱类别。</translation>
    </message>
    <message>
        <source>Reading residents</source>
        <translation>正在读取居民</translation>
    </message>
    <message numerus="yes">
        <source>Subtotal: %n person(s)</source>
        <translation>
            <numerusform>小计：%n 人</numerusform></translation>
    </message>
    <message>
        <source>Subtotal: %1 persons in %2 households</source>
        <translation>小计：%1 人，%2 户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>户主：%1</translation>
    </message>
    <message>
        <source>Household no. %1</source>
        <translation>户号：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Resident roster</source>
        <translation>居民花名册</translation>
    </message>
    <message>
        <source>Total: %1 persons in %2 households</source>
        <translation>合计：%1 人，%2 户</translation>
    </message>
</context>
</TS>