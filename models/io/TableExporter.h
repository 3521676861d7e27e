// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "io/ExportScope.h"
#include "io/ExportTables.h"
#include "io/TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace gridbook {

enum class ExportFormat { Xlsx, Csv };

/** What to export, and how. */
struct ExportOptions {
    /** One sheet per table in an XLSX workbook; a CSV file holds exactly one table. */
    QList<ExportTable> tables{ExportTable::Residents};
    ExportScope scope;
    ExportFormat format = ExportFormat::Xlsx;
    /** CSV only: UTF-8 with a byte order mark (what Excel needs), plain UTF-8 or GBK. */
    TextEncoding::Kind encoding = TextEncoding::Kind::Utf8Bom;
    /**
     * Unmasked ID and phone numbers, and the sensitive care categories (低保, 残疾, ...).
     * Off by default: exports leave the office by USB stick and chat apps.
     */
    bool full = false;
    /** XLSX only: one sheet per small grid instead of one per table. */
    bool sheetPerGrid = false;
    /**
     * CSV only: a tab in front of long digit strings (ID numbers, phones, 户号) so that
     * Excel opening the CSV keeps them as text instead of turning them into 4.30102E+17.
     * Off by default: the values are then exactly the ledger's, for any reader; Gridbook's
     * import ignores the tab either way. (XLSX needs no such guard: its cells are text.)
     */
    bool excelSafeCsv = false;
    QString path;
};

/** What an export wrote. */
struct ExportSummary {
    QList<QPair<ExportTable, qint64>> rows; ///< rows written per table
    int sheets = 0;
    qint64 totalRows() const;
};

/**
 * Writes ledger tables to XLSX (libxlsxwriter: IDs and phones as text cells with the "@"
 * format, dates as date cells, bold frozen header, autofilter, widths that fit) or CSV.
 * Reads straight from SQLite in one read transaction, so a multi-table workbook is one
 * consistent snapshot; writes to a temporary file that replaces `path` only when complete,
 * so a cancelled or failed export leaves no half file behind.
 */
class TableExporter {
    Q_DECLARE_TR_FUNCTIONS(gridbook::TableExporter)
public:
    explicit TableExporter(QSqlDatabase db);

    Result<ExportSummary> run(const ExportOptions &options, Feedback &feedback);

private:
    QSqlDatabase m_db;
};

} // namespace gridbook
