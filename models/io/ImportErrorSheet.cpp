// SPDX-License-Identifier: MIT
#include "io/ImportErrorSheet.h"

#include "io/XlsxWriter.h"

#include <algorithm>

namespace gridbook {

Status ImportErrorSheet::write(const QString &path, const QList<ImportSheet> &sheets,
                               const ImportResult &result)
{
    if (result.rejected.isEmpty())
        return {};
    XlsxWriter xlsx(path);
    if (!xlsx.ok())
        return xlsx.status();
    const QString reasonHeader = QCoreApplication::translate("gridbook::ExportColumns", "错误原因");
    const QString rowHeader = QCoreApplication::translate("gridbook::ExportColumns", "原行号");
    for (int si = 0; si < sheets.size(); ++si) {
        QList<RejectedRow> rows;
        for (const RejectedRow &r : result.rejected) {
            if (r.ref.sheet == si)
                rows << r;
        }
        if (rows.isEmpty())
            continue;
        std::sort(rows.begin(), rows.end(),
                  [](const RejectedRow &a, const RejectedRow &b) { return a.ref.row < b.ref.row; });
        const ImportSheet &sheet = sheets[si];
        if (Status s = xlsx.addSheet(sheet.data.name); !s)
            return s;
        QStringList headers = sheet.layout.headers;
        const int columns = int(headers.size());
        headers << reasonHeader << rowHeader;
        if (Status s = xlsx.writeHeader(headers); !s)
            return s;
        QList<double> widths;
        for (const QString &h : std::as_const(headers))
            widths << XlsxWriter::widthFor(h);
        int out = 0;
        for (const RejectedRow &r : std::as_const(rows)) {
            ++out;
            const int index = r.ref.row - 1;
            for (int c = 0; c < columns; ++c) {
                const QString text = sheet.data.text(index, c);
                xlsx.writeText(out, c, text, XlsxWriter::Style::Text);
                if (out <= 200)
                    widths[c] = std::max(widths[c], XlsxWriter::widthFor(text));
            }
            xlsx.writeText(out, columns, r.reason);
            xlsx.writeNumber(out, columns + 1, r.ref.row);
        }
        for (int c = 0; c < columns; ++c)
            xlsx.setColumnWidth(c, widths[c], XlsxWriter::Style::Text);
        xlsx.setColumnWidth(columns, 60);
        xlsx.setColumnWidth(columns + 1, 8);
        xlsx.setAutoFilter(out, columns + 2);
    }
    return xlsx.close();
}

} // namespace gridbook
