// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "io/ResidentImporter.h"

#include <QCoreApplication>
#include <QString>

namespace gridbook {

/**
 * The rows an import did not take, as an .xlsx the office can fix and import again: one sheet
 * per source sheet, the source's header and cells (every cell as text, so that nothing turns
 * into 4.30102E+17 on the way back), then 错误原因 (why) and 原行号 (the row in the original
 * file). Both extra columns are recognised and ignored by the import.
 */
class ImportErrorSheet {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ImportErrorSheet)
public:
    ImportErrorSheet() = delete;

    /** Writes the rejected and review rows of `result`; nothing is written if there are none. */
    static Status write(const QString &path, const QList<ImportSheet> &sheets,
                        const ImportResult &result);
};

} // namespace gridbook
