// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "io/SheetData.h"
#include "io/TextEncoding.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace gridbook {

/**
 * Reads CSV (and tab-separated "text") files as offices save them: the encoding detected
 * (TextEncoding), the separator guessed from the first lines (comma, tab or semicolon),
 * quoted fields with doubled quotes and line breaks inside, CR LF or LF line ends, and the
 * ="0123" form some systems write to keep Excel from stripping leading zeros.
 */
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(gridbook::CsvReader)
public:
    struct Options {
        std::optional<TextEncoding::Kind> encoding; ///< detected when not given
        int maxRows = -1;                           ///< a preview: at most this many rows
    };

    /** Parses `bytes` into one sheet named `name`. */
    static WorkbookData parse(const QByteArray &bytes, const QString &name, const Options &options);

    /** Reads and parses the file. */
    static Result<WorkbookData> read(const QString &path, const Options &options);
};

} // namespace gridbook
