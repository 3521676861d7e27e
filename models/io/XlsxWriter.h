// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace gridbook {

/**
 * A thin owner of one libxlsxwriter workbook, in its constant-memory mode (rows are written
 * in order and flushed to a temporary file, so 100,000 rows cost no more memory than ten).
 *
 * The formats every ledger sheet needs are made once: bold header, text ("@") for ID numbers,
 * phone numbers and codes (so that Excel never turns 430102198001011234 into 4.30102E+17),
 * and a yyyy-mm-dd date format for real date cells. Text is handed over as UTF-8.
 *
 * The file is written to a temporary name beside `path` and renamed on close(): a failed or
 * abandoned export never leaves half a workbook under the name the user chose.
 */
class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(gridbook::XlsxWriter)
public:
    /** Cell formats made by the writer. */
    enum class Style { General, Text, Date, DateTime, Header };

    explicit XlsxWriter(const QString &path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /** False (and error()) if the workbook could not be created. */
    bool ok() const { return m_status.ok(); }
    const Status &status() const { return m_status; }

    /**
     * Starts a new sheet and makes it current. The name is cut to Excel's 31 characters,
     * characters Excel forbids are replaced, and a repeated name gets a number.
     */
    Status addSheet(const QString &name);

    /** Writes the bold header row (row 0) of the current sheet, freezes it. */
    Status writeHeader(const QStringList &titles);

    /** Text cell. Empty text writes nothing (a blank cell). */
    void writeText(int row, int column, const char *utf8, int length, Style style = Style::General);
    void writeText(int row, int column, const QString &text, Style style = Style::General);
    void writeNumber(int row, int column, double value);
    /** A real date cell (an Excel day number with a date format). Invalid dates: blank. */
    void writeDate(int row, int column, QDate date);
    /** A date-and-time cell from an Excel day number with its fraction of a day. */
    void writeDateTime(int row, int column, double serial);
    /** Column width in Excel's character units; `style` is the column's default format. */
    void setColumnWidth(int column, double width, Style style = Style::General);
    /** An autofilter over the header and `lastRow` data rows of `columns` columns. */
    void setAutoFilter(int lastRow, int columns);

    /** Writes the workbook out and moves it into place. */
    Status close();

    /** The Excel day number (1900 system) of `date`. */
    static double excelSerial(QDate date);
    /** A width in Excel units that fits `text` (hanzi count double). */
    static double widthFor(const QString &text);

private:
    lxw_format *format(Style style) const;
    void fail(int lxwError, const QString &operation);

    QString m_path;
    QString m_tempPath;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    QStringList m_sheetNames;
    /** stdio buffers of the sheets' temporary files; they must outlive workbook_close(). */
    static constexpr std::size_t kSheetBufferBytes = 1 << 20;
    std::vector<std::unique_ptr<char[]>> m_sheetBuffers;
    Status m_status;
};

} // namespace gridbook
