// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace gridbook {

/**
 * Spreadsheet export and import (models/io) as the benchmark drives them: the residents table
 * to CSV or XLSX, and such a file back into a ledger with full validation, each through the
 * code the desktop app's export dialog and import wizard run. Behind this small interface so
 * that the benchmark reports "not produced" (with the reason) in a build without them.
 */
class BenchSpreadsheetIo {
public:
    enum class Format { Csv, Xlsx };

    virtual ~BenchSpreadsheetIo() = default;

    /** Why export and import cannot be measured in this build; empty when they can. */
    virtual QString unavailableReason() const = 0;

    /** Exports every live resident of `db` to `path`; returns the number of rows written. */
    virtual Result<qint64> exportResidents(const QSqlDatabase &db, Format format,
                                           const QString &path, Feedback &feedback) = 0;

    /**
     * Imports `path` with full validation into `db` (an empty ledger: places are created as
     * the import wizard creates them). Returns the number of residents inserted.
     */
    virtual Result<qint64> importResidents(const QSqlDatabase &db, const QString &path,
                                           Format format, Feedback &feedback) = 0;

    /** The implementation this build has. */
    static std::unique_ptr<BenchSpreadsheetIo> create();
};

} // namespace gridbook
