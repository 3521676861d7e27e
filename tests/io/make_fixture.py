#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Builds the import fixtures the [io] tests read, the way offices make them: with openpyxl
(an independent writer), or as GBK text with Python's own codec.

usage: make_fixture.py KIND OUT [JSON]
  office   an .xlsx like a grid's sheet: a title row and a note row above a two-row header
           with merged cells, blank rows, an ID turned into a number, a scientific-notation
           ID, full-width digits and blanks in IDs, invalid rows, formulas with and without a
           saved result, real date cells, a person already in the ledger (JSON: {"existing":
           {"name", "id"}})
  addresses an .xlsx with one 住址 column in the usual forms and no relation column
  gbk-csv  a CSV file in GBK with a title line above the header
  mixed-csv  a CSV whose first lines are GBK and whose last lines are UTF-8
  rows     an .xlsx with the header and rows given as JSON {"header": [...], "rows": [[...]]}
  big-sheet  an .xlsx whose one sheet spans many inflate chunks, written by hand so that its
           sheet can be damaged in the middle. JSON: {"rows": N, "stored": bool, "damage":
           "truncate" (the deflate stream cut in half), "corrupt" (a bad block in the middle)
           or "checksum" (a wrong CRC), "cells": the sheet's rows as XML instead}; prints
           the values of a few cells
"""
import datetime
import html
import json
import re
import struct
import sys
import zipfile
import zlib

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(region, birth, seq):
    """An 18-character ID number with its GB 11643 check character."""
    body = "%s%s%03d" % (region, birth, seq)
    total = sum(int(d) * w for d, w in zip(body, WEIGHTS))
    return body + "10X98765432"[total % 11]


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


def set_cached_value(path, sheet_xml, cell, value):
    """openpyxl writes formulas without their result; Excel and WPS save it in <v>. Put one in."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts[sheet_xml].decode("utf-8")
    pattern = re.compile(r'<c r="%s"([^>]*)>(<f>.*?</f>)(?:<v\s*/>|<v></v>)?</c>' % cell)
    m = pattern.search(xml)
    if not m:
        raise SystemExit("formula cell %s not found" % cell)
    attrs = re.sub(r'\s*t="[^"]*"', "", m.group(1))
    xml = xml[:m.start()] + '<c r="%s"%s t="str">%s<v>%s</v></c>' % (
        cell, attrs, m.group(2), value) + xml[m.end():]
    parts[sheet_xml] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def to_shared_strings(path, sheet_xml):
    """Excel and WPS keep text in xl/sharedStrings.xml; openpyxl 3.0 writes inline strings.
    Move them, as Excel would, with one entry as rich text runs and a phonetic guide (rPh),
    which a reader must leave out."""
    from xml.sax.saxutils import escape
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts[sheet_xml].decode("utf-8")
    strings = []
    index = {}

    def shared(m):
        attrs = re.sub(r'\s*t="inlineStr"', "", m.group(1))
        text = html.unescape(m.group(2))
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return '<c%s t="s"><v>%d</v></c>' % (attrs, index[text])

    xml = re.sub(r'<c([^>]*t="inlineStr"[^>]*)><is><t[^>]*>(.*?)</t></is></c>', shared, xml)
    parts[sheet_xml] = xml.encode("utf-8")
    items = []
    for i, t in enumerate(strings):
        if i == 0:  # the title: two runs and a phonetic guide
            half = len(t) // 2
            items.append('<si><r><rPr><b/></rPr><t>%s</t></r><r><t>%s</t></r>'
                         '<rPh sb="0" eb="1"><t>HE</t></rPh></si>'
                         % (escape(t[:half]), escape(t[half:])))
        else:
            items.append('<si><t xml:space="preserve">%s</t></si>' % escape(t))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'count="%d" uniqueCount="%d">%s</sst>' % (len(strings), len(strings), "".join(items)))
    parts["xl/sharedStrings.xml"] = sst.encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/sharedStrings" '
                        'Target="sharedStrings.xml"/></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = types.replace("</Types>",
                          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                          "</Types>")
    parts["[Content_Types].xml"] = types.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def office(out, args):
    import openpyxl
    from openpyxl.styles import Font

    existing = args.get("existing", {})
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "第3网格"
    ws["A1"] = "和济社区第3网格居民信息登记表"
    ws["A1"].font = Font(bold=True, size=16)
    ws.merge_cells("A1:N1")
    ws["A2"] = "填报单位：和济社区居委会      填报日期：2024年3月"
    ws.merge_cells("A2:N2")
    single = ["序号", "姓名", "性别", "公民身份号码", "出生日期", "民族", "与户主关系", "联系电话"]
    for i, h in enumerate(single, start=1):
        ws.cell(row=3, column=i, value=h)
        ws.merge_cells(start_row=3, start_column=i, end_row=4, end_column=i)
    ws.cell(row=3, column=9, value="现住址")
    ws.merge_cells("I3:L3")
    for i, h in enumerate(["小区", "楼栋", "单元", "房号"], start=9):
        ws.cell(row=4, column=i, value=h)
    for i, h in enumerate(["政治面貌", "备注"], start=13):
        ws.cell(row=3, column=i, value=h)
        ws.merge_cells(start_row=3, start_column=i, end_row=4, end_column=i)

    a = resident_id("140403", "19800506", 31)   # 张伟, male
    b = resident_id("140403", "19820815", 42)   # 李娜, female
    c = resident_id("140403", "20100301", 13)   # 张小明, male
    d = resident_id("140402", "19750101", 55)   # 刘洋
    e = resident_id("140402", "19660606", 77)   # 陈静, wrong check character below
    f = resident_id("140404", "19900909", 22)   # 孙丽, female
    g = resident_id("140404", "20151111", 11)   # 周杰, male
    h = resident_id("140405", "19581212", 28)   # 吴敏, female
    bad_e = e[:17] + ("1" if e[17] != "1" else "2")
    rows = [
        # row 5..: 序号 姓名 性别 身份证 出生日期 民族 关系 电话 小区 楼栋 单元 房号 政治面貌 备注
        [1, "张伟", "男", a, datetime.date(1980, 5, 6), "汉族", "户主", "13812345678",
         "和济小区", "3栋", "2单元", "501", "中共党员", None],
        [2, "李  娜", "女", fullwidth(b), None, "汉", "妻", "１３９００００１１１１",
         "和济小区", "3栋", "2单元", "501", "群众", None],
        [3, "张小明", "男", c[:6] + " " + c[6:14] + " " + c[14:], None, "汉族", "子", None,
         "和济小区", "3栋", "2单元", "501", "共青团员", "学生"],
        None,  # row 8: blank
        [4, "王芳", "女", 430102199001011234, None, "汉族", "户主", "13700001111",
         "和济小区", "5", "1", "302", "群众", "ID typed as a number"],
        [5, "赵强", "男", "4.30102E+17", None, "汉族", "户主", "13700002222",
         "和济小区", "5", "1", "401", "群众", None],
        [6, None, "男", d, None, "汉族", "户主", "13700003333",
         "和济小区", "6", "1", "101", "群众", "no name"],
        [7, "刘洋", "男", d, None, "汉族", "户主", "12345",
         "和济小区", "6", "1", "102", "群众", "bad phone"],
        [8, "陈静", "女", bad_e, None, "回族", "户主", "13700004444",
         "和济小区", "6", "2", "201", "群众", "bad check character"],
        [9, existing.get("name", "某人"), None, existing.get("id", ""), None, None, None,
         "13999998888", None, None, None, None, None, "already in the ledger"],
        [10, "孙丽", "女", f, datetime.date(1990, 9, 9), "汉族", "户主", '="139"&"12345678"',
         "和济小区", "7栋", "1单元", "1201", "群众", "formula with a saved result"],
        [11, "周杰", "男", g, None, "汉族", "子", '="138"&"00000000"',
         "和济小区", "7栋", "1单元", "1201", "群众", "formula without a result"],
        None,  # row 16: blank
        [12, "吴敏", "女", h, "1958/12/12", "满族", "户主", "0355-2023456",
         "丽都花园", "2号楼", "3", "601", "中共党员", None],
    ]
    r = 5
    for values in rows:
        if values is not None:
            for i, v in enumerate(values, start=1):
                if v is not None:
                    ws.cell(row=r, column=i, value=v)
        r += 1
    # Dates shown as dates; IDs typed as numbers shown the way Excel does.
    ws.cell(row=5, column=5).number_format = "yyyy-mm-dd"
    ws.cell(row=9, column=4).number_format = "0.00E+00"
    wb.save(out)
    set_cached_value(out, "xl/worksheets/sheet1.xml", "H15", "13912345678")
    to_shared_strings(out, "xl/worksheets/sheet1.xml")
    json.dump({"ids": {"张伟": a, "李娜": b, "张小明": c, "刘洋": d, "孙丽": f, "周杰": g,
                       "吴敏": h}}, sys.stdout, ensure_ascii=False)


def addresses(out, args):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "住户"
    ws.append(["姓名", "身份证号码", "住址", "手机号"])
    people = [
        ("郑一", resident_id("140403", "19700101", 11), "和济小区3栋2单元501", "13800000001"),
        ("郑二", resident_id("140403", "19720202", 22), "和济小区 3栋 2单元 501室", None),
        ("钱三", resident_id("140403", "19730303", 33), "3-2-502", "13800000003"),
        ("孙四", resident_id("140403", "19740404", 44), "幸福里小区5栋601", "13800000004"),
        ("李五", resident_id("140403", "19750505", 55), "山西省长治市潞州区太行东街和济社区和济小区12号楼1单元302", None),
        ("周六", resident_id("140403", "19760606", 66), "太行东街路口东边", "13800000006"),
    ]
    for p in people:
        ws.append(list(p))
    wb.save(out)
    json.dump({"ids": {p[0]: p[1] for p in people}}, sys.stdout, ensure_ascii=False)


def gbk_csv(out, args):
    lines = ["和济社区居民花名册（GBK）,,,,,,",
             "姓名,性别,身份证号,民族,与户主关系,联系电话,住址"]
    people = [
        ("欧阳修", "男", resident_id("140403", "19600101", 15), "汉族", "户主", "13811112222",
         "和济小区8栋1单元101"),
        ("欧阳娟", "女", resident_id("140403", "19620202", 26), "汉族", "妻", "",
         "和济小区8栋1单元101"),
        ("马哈麦", "男", resident_id("140403", "19550505", 37), "回族", "户主", "0355-2021234",
         "和济小区8栋1单元102"),
        ("冯\u9fa5", "女", resident_id("140403", "19880808", 48), "汉族", "户主", "13911113333",
         "和济小区8栋1单元201"),
    ]
    for p in people:
        lines.append(",".join(p))
    data = "\r\n".join(lines) + "\r\n"
    with open(out, "wb") as f:
        f.write(data.encode("gb18030"))
    json.dump({"ids": {p[0]: p[2] for p in people}}, sys.stdout, ensure_ascii=False)


def mixed_csv(out, args):
    a = resident_id("140403", "19610202", 15)   # not one of gbk_csv's IDs: the tests import both
    b = resident_id("140403", "19650303", 27)
    with open(out, "wb") as f:
        f.write("姓名,身份证号,住址\r\n".encode("gbk"))
        f.write(("韩梅梅,%s,和济小区9栋1单元101\r\n" % a).encode("gbk"))
        f.write(("李雷,%s,和济小区9栋1单元102\r\n" % b).encode("utf-8"))
    json.dump({"ids": {"韩梅梅": a, "李雷": b}}, sys.stdout, ensure_ascii=False)


def rows(out, args):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = args.get("sheet", "Sheet1")
    ws.append(args["header"])
    for r in args["rows"]:
        ws.append(r)
    wb.save(out)
    json.dump({}, sys.stdout)


def big_sheet(out, args):
    n = args.get("rows", 20000)
    damage = args.get("damage", "")
    words = ["男", "女", "汉族", "回族", "a&amp;b", "和济小区2栋1单元602", "x" * 40]
    rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>出生日期</t></is></c><c r="C1" t="s"><v>0</v></c></row>']
    for r in range(2, n + 2):
        rows.append('<row r="%d"><c r="A%d" t="inlineStr"><is><t>name%d</t></is></c>'
                    '<c r="B%d" s="1"><v>%d</v></c><c r="C%d" t="s"><v>%d</v></c>'
                    '<c r="D%d"><v>%s</v></c><c r="F%d" t="inlineStr"><is><t>%s</t></is></c></row>'
                    % (r, r, r, r, 20000 + r % 20000, r, r % 2, r, r * 1.5, r,
                       words[r % len(words)]))
    if "cells" in args:
        rows = [args["cells"]]
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
             '"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
             "".join(rows) + '</sheetData><mergeCells count="1"><mergeCell ref="E2:E3"/>'
             '</mergeCells></worksheet>').encode("utf-8")
    ns = "http://schemas.openxmlformats.org"
    parts = [
        ("[Content_Types].xml", ('<?xml version="1.0"?><Types xmlns="%s/package/2006/'
                                 'content-types"/>' % ns).encode()),
        ("_rels/.rels", ('<?xml version="1.0"?><Relationships xmlns="%s/package/2006/'
                         'relationships"><Relationship Id="rId1" Type="%s/officeDocument/2006/'
                         'relationships/officeDocument" Target="xl/workbook.xml"/>'
                         '</Relationships>' % (ns, ns)).encode()),
        ("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="%s/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="%s/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="%s/'
            'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>' % (ns, ns, ns, ns)).encode()),
        ("xl/workbook.xml", ('<?xml version="1.0"?><workbook xmlns="%s/spreadsheetml/2006/main" '
                             'xmlns:r="%s/officeDocument/2006/relationships"><sheets><sheet '
                             'name="居民" sheetId="1" r:id="rId1"/></sheets></workbook>'
                             % (ns, ns)).encode()),
        ("xl/styles.xml", ('<?xml version="1.0"?><styleSheet xmlns="%s/spreadsheetml/2006/main">'
                           '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
                           '</styleSheet>' % ns).encode()),
        ("xl/sharedStrings.xml", ('<?xml version="1.0"?><sst xmlns="%s/spreadsheetml/2006/main" '
                                  'uniqueCount="2"><si><t>户籍人口</t></si><si><r><t>流动</t></r>'
                                  '<r><t>人口</t></r></si></sst>' % ns).encode()),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    local, central = b"", b""
    for name, data in parts:
        crc = zlib.crc32(data)
        if args.get("stored"):
            method, body = 0, data
        else:
            method = 8
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            if name.endswith("sheet1.xml") and damage == "corrupt":
                # A full flush leaves the stream byte-aligned; 0x07 then starts a last block
                # of the reserved type 3, which inflate refuses.
                half = len(data) // 2
                body = c.compress(data[:half]) + c.flush(zlib.Z_FULL_FLUSH) + b"\x07"
                body += c.compress(data[half:]) + c.flush()
            else:
                body = c.compress(data) + c.flush()
            if name.endswith("sheet1.xml") and damage == "truncate":
                body = body[:len(body) // 2]
        if name.endswith("sheet1.xml") and damage == "checksum":
            crc ^= 1
        fname = name.encode()
        header = struct.pack("<HHHHHIIIHH", 20, 0, method, 0, 0x21, crc, len(body), len(data),
                             len(fname), 0)
        central += struct.pack("<IH", 0x02014B50, 20) + header + struct.pack(
            "<HHHII", 0, 0, 0, 0, len(local)) + fname
        local += struct.pack("<I", 0x04034B50) + header + fname + body
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central),
                      len(local), 0)
    with open(out, "wb") as f:
        f.write(local + central + end)
    json.dump({"rows": n + 1, "sheetBytes": len(sheet), "A2": "name2",
               "B2": str(datetime.date(1899, 12, 30) + datetime.timedelta(20002)),
               "C2": "户籍人口", "C3": "流动人口", "D3": "4.5", "D4": "6",
               "F2": words[2 % len(words)], "F4": html.unescape(words[4 % len(words)])},
              sys.stdout, ensure_ascii=False)


def main():
    kind, out = sys.argv[1], sys.argv[2]
    args = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    {"office": office, "addresses": addresses, "gbk-csv": gbk_csv, "mixed-csv": mixed_csv,
     "rows": rows, "big-sheet": big_sheet}[kind](out, args)


if __name__ == "__main__":
    main()
