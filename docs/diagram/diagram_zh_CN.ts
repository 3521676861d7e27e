<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gridbook::AssignBuildingGridCommand</name>
    <message>
        <location filename="../../models/diagram/AssignBuildingGridCommand.cpp" line="+14" />
        <source>Change the building's grid</source>
        <translation>更改楼栋所属网格</translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingItem</name>
    <message>
        <location filename="../../views/diagram/BuildingItem.cpp" line="+39" />
        <source>no grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 · %2 · %3 floor(s), %4 unit(s), %5 household(s)</source>
        <translation>%1 · %2 · %3层，%4个单元，%5户</translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingPlanRepository</name>
    <message>
        <location filename="../../models/diagram/BuildingPlanRepository.cpp" line="+143" />
        <source>No unit</source>
        <translation>无单元</translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>%n year(s)</source>
        <translation><numerusform>%n岁</numerusform></translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingPlanWidget</name>
    <message>
        <location filename="../../views/diagram/BuildingView.cpp" line="+100" />
        <source>Empty dwelling</source>
        <translation>空置房屋</translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingRenderer</name>
    <message>
        <location filename="../../models/diagram/BuildingRenderer.cpp" line="+97" />
        <source>No floor</source>
        <translation>未记楼层</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1F</source>
        <translation>%1层</translation>
    </message>
    <message>
        <location line="+56" />
        <source>(no head)</source>
        <translation>（无户主）</translation>
    </message>
    <message>
        <location line="+2" />
        <source> +%1</source>
        <translation> +%1户</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 has no floors or units recorded yet. Enter its floors, units and dwellings in the building's form, and its households will show here.</source>
        <translation>%1 尚未登记楼层和单元。请在楼栋信息中填写楼层、单元和房屋，住户就会显示在这里。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has %2 floor(s) and %3 unit(s) recorded but no dwellings. Add its dwellings (rooms) in the building's form, and its households will show here.</source>
        <translation>%1 已登记 %2 层、%3 个单元，但还没有房屋。请在楼栋信息中添加房屋（房间号），住户就会显示在这里。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 households</source>
        <translation>%1 住户图</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 · %2 dwellings, %3 lived in</source>
        <translation>%1 · 共%2套房屋，%3套有人居住</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Household colours</source>
        <translation>住户颜色</translation>
    </message>
</context>
<context>
    <name>gridbook::BuildingView</name>
    <message>
        <location filename="../../views/diagram/BuildingView.cpp" line="+26" />
        <source>Building:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Colours…</source>
        <translation>颜色设置…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+57" />
        <source>The ledger has no buildings yet.</source>
        <translation>台账中还没有楼栋。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1 %2 · %3 dwellings, %4 lived in</source>
        <translation>%1 %2 · 共%3套房屋，%4套有人居住</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Household colours</source>
        <translation>住户颜色</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export the building</source>
        <translation>导出楼栋图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>gridbook::ColourSchemeDialog</name>
    <message>
        <location filename="../../views/diagram/ColourSchemeDialog.cpp" line="+22" />
        <source>Household colours</source>
        <translation>住户颜色</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rules are tried by priority (smallest first); the first that matches colours the household. Parameter: for "All members elderly" the age (default 60); for "Has a care category" the category codes separated by commas (empty: any care category); for "Residence type" the type codes.</source>
        <translation>规则按优先级（数字小的先）依次判断，第一条符合的规则决定住户颜色。参数：“全体成员为老人”填年龄（默认60）；“有关爱对象”填关爱类别代码，用逗号分隔（留空表示任一关爱类别）；“人口类型”填类型代码。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+49" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="-49" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>gridbook::CommunityDiagramScene</name>
    <message>
        <location filename="../../views/diagram/CommunityDiagramScene.cpp" line="+224" />
        <source>Place building here</source>
        <translation>把楼栋放在这里</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Draw grid outline here</source>
        <translation>在这里画网格边界</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Draw compound outline here</source>
        <translation>在这里画小区边界</translation>
    </message>
</context>
<context>
    <name>gridbook::CommunityDiagramView</name>
    <message>
        <location filename="../../views/diagram/CommunityDiagramView.cpp" line="+235" />
        <source>Colour by:</source>
        <translation>着色：</translation>
    </message>
    <message>
        <location line="+10" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Households not visited for this many days</source>
        <translation>超过这么多天未走访的住户</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fit</source>
        <translation>全图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit the whole community into the window</source>
        <translation>把整个社区缩放到窗口大小</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag buildings; select a grid to move its corners (drag), add corners (double-click an edge) or remove them (right-click)</source>
        <translation>拖动楼栋；选中网格后可拖动顶点、双击边线添加顶点、右键删除顶点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backdrop…</source>
        <translation>底图…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Grid differs from the ledger&lt;/b&gt;</source>
        <translation>&lt;b&gt;网格与台账不一致&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ledger: use the diagram's grid</source>
        <translation>改台账：按图上网格</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the building into the grid it stands in on the diagram</source>
        <translation>把楼栋划入它在图上所在的网格</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Diagram: move into its grid</source>
        <translation>改图：移入台账网格</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move the building on the diagram into the grid the ledger assigns it to</source>
        <translation>在图上把楼栋移到台账所属的网格内</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Edit mode: drag buildings; select a grid to edit its corners.</source>
        <translation>编辑模式：拖动楼栋；选中网格可编辑顶点。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>no grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: ledger %2, diagram %3</source>
        <translation>%1：台账 %2，图上 %3</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nothing of %1 is drawn yet: import a plan (Backdrop…), turn on Edit and right-click to place buildings and draw grid outlines.</source>
        <translation>%1 还没有绘制任何内容：可导入平面图（底图…），打开“编辑”后右键放置楼栋、画网格边界。</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n building(s) stand in a different grid than the ledger says.</source>
        <translation><numerusform>有 %n 栋楼在图上所在网格与台账不一致。</numerusform></translation>
    </message>
    <message>
        <location line="+14" />
        <source>Put %1 into %2</source>
        <translation>把%1划入%2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The ledger's grid of this building has no outline on the diagram yet; draw it first, or put the building into the diagram's grid.</source>
        <translation>台账中该楼栋所属的网格在图上还没有边界；请先画出边界，或把楼栋划入图上所在的网格。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Backdrop imported.</source>
        <translation>底图已导入。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import a plan of the community</source>
        <translation>导入社区平面图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export the diagram</source>
        <translation>导出网格图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>grid diagram</source>
        <translation>网格图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramColouring</name>
    <message>
        <location filename="../../models/diagram/DiagramColouring.cpp" line="+94" />
        <source>By grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Households needing care</source>
        <translation>关爱户数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open service requests</source>
        <translation>未办结服务需求</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Households not visited</source>
        <translation>未走访户数</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Households not visited for %n day(s)</source>
        <translation><numerusform>%n天未走访户数</numerusform></translation>
    </message>
    <message>
        <location line="+11" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Grid differs from the ledger</source>
        <translation>网格与台账不一致</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramExporter</name>
    <message>
        <location filename="../../models/diagram/DiagramExporter.cpp" line="+54" />
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>请选择以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The image %1 cannot be written.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+11" />
        <location line="+5" />
        <location line="+6" />
        <location line="+12" />
        <location line="+6" />
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramGeometry</name>
    <message>
        <location filename="../../models/diagram/DiagramGeometry.cpp" line="+104" />
        <source>The outline is empty: draw at least three corners.</source>
        <translation>边界为空：请至少画出三个顶点。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The outline has a corner without valid coordinates.</source>
        <translation>边界有一个顶点的坐标无效。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The outline needs at least three corners that are not on one line.</source>
        <translation>边界至少需要三个不在同一直线上的顶点。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The outline crosses itself: move the corners so that its edges do not cross.</source>
        <translation>边界自相交：请移动顶点，使各条边互不交叉。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The outline encloses no area.</source>
        <translation>边界围成的面积为零。</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramPageRenderer</name>
    <message>
        <location filename="../../models/diagram/DiagramPage.cpp" line="+96" />
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramPrinter</name>
    <message>
        <location filename="../../views/diagram/DiagramPrinter.cpp" line="+18" />
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramRenderer</name>
    <message>
        <location filename="../../models/diagram/DiagramRenderer.cpp" line="+250" />
        <source>%1 grid diagram</source>
        <translation>%1网格图</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Colouring: %1 · %n building(s)</source>
        <translation><numerusform>着色：%1 · 共%n栋楼</numerusform></translation>
    </message>
</context>
<context>
    <name>gridbook::DiagramRepository</name>
    <message>
        <location filename="../../models/diagram/DiagramRepository.cpp" line="+292" />
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The image %1 is too big (%2 MB); the limit is %3 MB. Save it smaller, e.g. as a JPEG, and import it again.</source>
        <translation>图片 %1 太大（%2 MB），上限为 %3 MB。请另存为较小的文件（例如 JPEG）后重新导入。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The image %1 is too big (%2 MB); the limit is %3 MB.</source>
        <translation>图片 %1 太大（%2 MB），上限为 %3 MB。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file %1 is not a PNG or JPEG image. Scan or save the plan as PNG or JPEG.</source>
        <translation>文件 %1 不是 PNG 或 JPEG 图片。请把平面图扫描或另存为 PNG 或 JPEG。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The image %1 is damaged: its size cannot be read.</source>
        <translation>图片 %1 已损坏：无法读取其尺寸。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The image %1 has too many pixels (%2 × %3); the limit is %4 million. Scale it down and import it again.</source>
        <translation>图片 %1 像素过多（%2 × %3），上限为 %4 百万像素。请缩小后重新导入。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The image %1 is damaged and cannot be read.</source>
        <translation>图片 %1 已损坏，无法读取。</translation>
    </message>
    <message>
        <location line="+97" />
        <source>The stored backdrop image cannot be read.</source>
        <translation>无法读取已保存的底图。</translation>
    </message>
</context>
<context>
    <name>gridbook::GridRegionItem</name>
    <message>
        <location filename="../../views/diagram/GridRegionItem.cpp" line="+179" />
        <source>An outline needs at least three corners.</source>
        <translation>边界至少需要三个顶点。</translation>
    </message>
</context>
<context>
    <name>gridbook::HouseholdColourScheme</name>
    <message>
        <location filename="../../models/diagram/HouseholdColourScheme.cpp" line="+96" />
        <source>Empty dwelling</source>
        <translation>空置房屋</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Has a Party member</source>
        <translation>有党员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Has a care category</source>
        <translation>有关爱对象</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All members elderly</source>
        <translation>全体成员为老人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Residence type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any other household</source>
        <translation>其他住户</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The rule needs a name.</source>
        <translation>规则需要名称。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a colour for the rule.</source>
        <translation>请为规则选择颜色。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown kind of rule.</source>
        <translation>未知的规则类型。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The age must be a whole number from 1 to 120.</source>
        <translation>年龄必须是 1 到 120 之间的整数。</translation>
    </message>
</context>
<context>
    <name>gridbook::MoveBuildingCommand</name>
    <message>
        <location filename="../../models/diagram/MoveBuildingCommand.cpp" line="+14" />
        <source>Move building</source>
        <translation>移动楼栋</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
</context>
<context>
    <name>gridbook::ReplaceBackdropCommand</name>
    <message>
        <location filename="../../models/diagram/ReplaceBackdropCommand.cpp" line="+15" />
        <source>Import backdrop %1</source>
        <translation>导入底图 %1</translation>
    </message>
</context>
<context>
    <name>gridbook::SetOutlineCommand</name>
    <message>
        <location filename="../../models/diagram/SetOutlineCommand.cpp" line="+16" />
        <source>Move corner</source>
        <translation>移动顶点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add corner</source>
        <translation>添加顶点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove corner</source>
        <translation>删除顶点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Draw outline</source>
        <translation>画边界</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear outline</source>
        <translation>清除边界</translation>
    </message>
</context>
</TS>