// SPDX-License-Identifier: MIT
#pragma once

#include "io/ResidentImporter.h"
#include "io/SheetData.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace gridbook {

class Feedback;

/** What the import wizard's pages share. */
struct ImportSession {
    QString ledgerPath;
    QString filePath;
    WorkbookData workbook;
    QList<SheetLayout> layouts; ///< one per sheet of `workbook`
    QList<bool> included;       ///< one per sheet: import it
    ImportOptions options;
    bool checkOnly = false;     ///< the user asked for a dry run only
    std::optional<ImportResult> checked;  ///< the dry run
    std::optional<ImportResult> imported; ///< the real run

    /** The sheets to import with their layouts (what ResidentImporter takes). */
    QList<ImportSheet> sheets() const;
};

/**
 * File ▸ Import residents…: the office's old spreadsheet into the ledger, in five steps.
 *
 *  1. the file (.xlsx or .csv; the CSV encoding detected, or chosen);
 *  2. the columns: the header row found below any title rows and each column mapped from its
 *     header, both adjustable by hand, with a preview of the rows;
 *  3. the options: people already in the ledger skipped, updated or listed for review; the
 *     community and compound for addresses that name none; all-or-nothing;
 *  4. the check: a dry run with the validation report (row, column, value, reason), the
 *     people already in the ledger with a per-row choice, the rejected rows to save as a sheet;
 *  5. the import, in one transaction, and its summary.
 *
 * Reading, checking and importing run on a worker thread behind a cancellable progress dialog;
 * a cancel leaves the ledger as it was. The wizard opens its own connections to `ledgerPath`
 * (created if it does not exist); the main window reloads when imported() is emitted.
 */
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, OptionsPage, CheckPage, ResultPage };

    /** `feedback` gets errors and questions (the app's notifier); GUI thread. */
    ImportWizard(const QString &ledgerPath, Feedback &feedback, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /** Starts with this file chosen (File ▸ Import, drag and drop, tests). */
    void setFile(const QString &path);

    const ImportSession &session() const { return *m_session; }

signals:
    /** The ledger changed: residents were imported or updated. */
    void imported(const gridbook::ImportSummary &summary);

private:
    std::unique_ptr<ImportSession> m_session;
};

} // namespace gridbook
