#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Reads a CSV file with Python's csv module and codec: csv_read.py FILE ENCODING [COLUMN].
Prints JSON: the header, the number of data rows, and the values of COLUMN with the blanks
and the tab Gridbook puts in front of long numbers (for Excel) stripped."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding=sys.argv[2]) as f:
    rows = list(csv.reader(f))
header = rows[0]
out = {"header": header, "rows": len(rows) - 1}
if len(sys.argv) > 3:
    i = header.index(sys.argv[3])
    out["values"] = [r[i].strip() for r in rows[1:]]
json.dump(out, sys.stdout, ensure_ascii=False)
