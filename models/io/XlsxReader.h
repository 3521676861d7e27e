// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "io/SheetData.h"
#include "io/ZipReader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gridbook {

/**
 * Reads .xlsx workbooks as Excel, WPS and LibreOffice write them: shared strings (rich text
 * runs joined, phonetic guides left out), inline strings, numbers, booleans and errors; dates
 * recognised by the cell's number format (built-in and custom ones, the 1904 date system
 * too); formulas by their cached value (a formula that was never calculated - as openpyxl
 * writes them - is an empty cell marked `formula`); merged ranges. Streams each sheet's XML
 * through XmlScanner while a worker thread inflates it, so a 100,000-row sheet is read in about
 * a second.
 */
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(gridbook::XlsxReader)
public:
    struct Options {
        /** Read at most this many rows of each sheet (a preview); negative: all. */
        int maxRows = -1;
        /** Only the sheet with this name; empty: every sheet. */
        QString sheet;
        /** Where the parts are inflated (tests compare the ways). */
        ZipReader::Inflation inflation = ZipReader::Inflation::Automatic;
    };

    /** The names of the workbook's sheets, in tab order. */
    static Result<QStringList> sheetNames(const QString &path);

    /** Reads the workbook. `feedback` gets progress and may cancel. */
    static Result<WorkbookData> read(const QString &path, const Options &options,
                                     Feedback &feedback);
};

} // namespace gridbook
