// SPDX-License-Identifier: MIT
#pragma once

#include "reports/ReportRequest.h"
#include "reports/ReportScope.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace gridbook {

/**
 * Chooses what to print: the report (roster, contact book, household file), its scope, the
 * roster's filters, columns (checked and ordered) and grouping, the contact book's holder,
 * portrait or landscape, and whether this one print carries full ID and phone numbers (off by
 * default; such a print is recorded in the print log). request() gives the choice as a
 * ReportRequest for ReportPreviewDialog or ReportExporter.
 *
 * Reads the lists it offers (places, grids, care categories, grid role holders) from `db`
 * once, on construction. Children have objectNames for tests: reportKind, scopeKind,
 * scopePlace, categories, minAge, maxAge, columns, grouping, holder, landscape, fullValues.
 */
class ReportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    ReportOptionsDialog(const QSqlDatabase &db, const ReportRequest &initial,
                        QWidget *parent = nullptr);

    /** The report as chosen. */
    ReportRequest request() const;

    /** Preselects a scope (e.g. the node selected in the main window's tree). */
    void setScope(const ReportScope &scope);

private:
    void fillPlaces();
    void kindChanged();
    void moveColumn(int delta);

    QSqlDatabase m_db;
    ReportRequest m_initial;
    QComboBox *m_kind = nullptr;
    QComboBox *m_scopeKind = nullptr;
    QComboBox *m_scopePlace = nullptr;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_categories = nullptr;
    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QListWidget *m_columns = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_holder = nullptr;
    QCheckBox *m_landscape = nullptr;
    QCheckBox *m_full = nullptr;
    QLabel *m_fullNote = nullptr;
    QList<ReportScope> m_places;
};

} // namespace gridbook
