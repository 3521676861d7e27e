// SPDX-License-Identifier: MIT
#pragma once

#include "io/TableExporter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSqlDatabase;

namespace gridbook {

class Feedback;
class LedgerScope;

/**
 * File ▸ Export…: ledger tables to an Excel workbook or a CSV file. The user picks the
 * tables (one sheet each, or one sheet per grid), the part of the ledger (all, a community,
 * a grid, a compound, a building), the format and CSV encoding (UTF-8 for Excel, or GBK for
 * older systems), and whether ID and phone numbers are written unmasked - off by default, with
 * a warning when turned on. The export runs on a worker thread behind a cancellable progress
 * dialog and writes the file only when complete.
 */
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /** `feedback` gets errors (the app's notifier); GUI thread. */
    ExportDialog(const QString &ledgerPath, Feedback &feedback, QWidget *parent = nullptr);

    /** Preselects a scope (the navigation tree's selection), e.g. "small-grid:<uid>". */
    void setScope(const QString &spec);
    /** Preselects the navigation tree's scope: a unit gives its building, a compound seen
     *  through a small grid the whole compound. `db` is the window's connection. */
    void setScope(const LedgerScope &scope, const QSqlDatabase &db);
    /** Checks exactly these tables. */
    void setTables(const QList<ExportTable> &tables);

    /** The options as the dialog shows them. */
    ExportOptions options() const;

    /** Runs the export now (the Export button); true if the file was written. */
    bool exportNow();

    const std::optional<ExportSummary> &summary() const { return m_summary; }

signals:
    void exported(const QString &path);

private:
    void loadScopes();
    void updateState();

    QString m_ledgerPath;
    Feedback &m_feedback;
    QListWidget *m_tables;
    QComboBox *m_scope;
    QRadioButton *m_xlsx;
    QRadioButton *m_csv;
    QComboBox *m_encoding;
    QCheckBox *m_perGrid;
    QCheckBox *m_full;
    QLabel *m_fullWarning;
    QLineEdit *m_path;
    std::optional<ExportSummary> m_summary;
};

} // namespace gridbook
