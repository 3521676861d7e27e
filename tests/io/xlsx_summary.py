#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Reads an .xlsx with openpyxl (an independent reader) and prints a JSON summary.

usage: xlsx_summary.py FILE [COLUMN_HEADER ...]
For every sheet: its name, frozen panes, autofilter range, the header row's values and
boldness, the number of data rows, per column the Python types of the data cells and the
number format of the first data cell, the column widths; and the full values (as text) of the
columns named on the command line. Beside the sheets, "deflate": for every member of the zip
package the deflate speed its flags record (Python's zipfile, not openpyxl): normal, maximum,
fast or superfast, or "stored".
"""
import datetime
import json
import sys
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter


def kind(v):
    if v is None:
        return "none"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (datetime.datetime, datetime.date)):
        return "date"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    return type(v).__name__


def text(v):
    if v is None:
        return None
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.strftime("%Y-%m-%d")
    return str(v)


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    wanted = sys.argv[2:]
    out = {"sheets": []}
    for ws in wb.worksheets:
        rows = list(ws.iter_rows())
        header = [c.value for c in rows[0]] if rows else []
        data = rows[1:]
        columns = []
        for i, h in enumerate(header):
            types = {}
            for r in data:
                k = kind(r[i].value if i < len(r) else None)
                types[k] = types.get(k, 0) + 1
            fmt = data[0][i].number_format if data and i < len(data[0]) else None
            letter = get_column_letter(i + 1)
            dim = ws.column_dimensions.get(letter)
            columns.append({"header": h, "types": types, "format": fmt,
                            "width": dim.width if dim is not None else None})
        values = {}
        for name in wanted:
            if name in header:
                i = header.index(name)
                values[name] = [text(r[i].value) if i < len(r) else None for r in data]
        out["sheets"].append({
            "name": ws.title,
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "header": header,
            "header_bold": [bool(c.font and c.font.b) for c in rows[0]] if rows else [],
            "rows": len(data),
            "columns": columns,
            "values": values,
        })
    # General purpose flag bits 1 and 2 of a deflated member (APPNOTE 4.4.4).
    speeds = {0: "normal", 2: "maximum", 4: "fast", 6: "superfast"}
    with zipfile.ZipFile(sys.argv[1]) as package:
        out["deflate"] = {
            i.filename: speeds[i.flag_bits & 6] if i.compress_type == zipfile.ZIP_DEFLATED
            else "stored"
            for i in package.infolist()}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
