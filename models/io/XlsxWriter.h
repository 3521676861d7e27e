// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace gridbook {

/**
 * Writes an .xlsx workbook row by row, in constant memory: each sheet's rows are turned into
 * XML as they come and compressed on a second thread into a temporary file, so that 100,000
 * rows cost no more memory than ten and the compression runs beside the database query.
 * (libxlsxwriter, used before, wrote the whole sheet to a temporary file with fprintf and
 * compressed it at the end on one thread: two thirds of an export's time.)
 *
 * The formats every ledger sheet needs are made once: bold header, text ("@") for ID numbers,
 * phone numbers and codes (so that Excel never turns 430102198001011234 into 4.30102E+17),
 * and a yyyy-mm-dd date format for real date cells. Text is handed over as UTF-8; strings are
 * written inline. Rows must come in order, and the cells of a row from left to right.
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

    class Zip;
    class SheetStream;
    struct Sheet;

private:
    void fail(const QString &operation, const QString &cause);
    Status finishSheet();
    /** Opens row `row` (closing the one before) and the cell's element; false if the cell is
     *  out of order. */
    bool beginCell(int row, int column, Style style, const char *type);

    QString m_path;
    QString m_tempPath;
    std::unique_ptr<Zip> m_zip;
    std::unique_ptr<Sheet> m_sheet; ///< the current sheet
    std::unique_ptr<SheetStream> m_stream;
    QStringList m_sheetNames;
    /** Per finished sheet: its autofilter, or an empty range, for workbook.xml. */
    QList<QByteArray> m_filters;
    Status m_status;
};

} // namespace gridbook
