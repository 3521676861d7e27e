// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "io/SheetData.h"
#include "io/TextEncoding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace gridbook {

/**
 * Opens whatever file the user picked: an .xlsx workbook or a CSV / text file, told apart by
 * their first bytes rather than the name (offices rename files). An old .xls, a password-
 * protected workbook, a truncated download, a Word document or a picture get a message that
 * says what the file is and what to do, never a crash or an empty import.
 */
class SpreadsheetReader {
    Q_DECLARE_TR_FUNCTIONS(gridbook::SpreadsheetReader)
public:
    enum class Format { Xlsx, Csv };

    struct Options {
        QString sheet;                              ///< XLSX: only this sheet
        int maxRows = -1;                           ///< a preview: at most this many rows
        std::optional<TextEncoding::Kind> encoding; ///< CSV: detected when not given
    };

    /** What the file is, from its first bytes; an Error for anything we cannot read. */
    static Result<Format> detect(const QString &path);

    /** The sheet names (a CSV file has one, named after the file). */
    static Result<QStringList> sheetNames(const QString &path);

    static Result<WorkbookData> read(const QString &path, const Options &options,
                                     Feedback &feedback);
};

} // namespace gridbook
