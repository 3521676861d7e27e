// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "reports/ReportDocument.h"
#include "reports/ReportScope.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace gridbook {

/**
 * The contact book (联系册) of a grid leader, grid worker, grid assistant, building head or
 * unit head: the households they look after, with head, address, phone, size and care
 * categories, and blank columns for the dates of the next visits. One book per holder, each
 * starting on a new page.
 *
 * The ledger records a holder's scope (grid_role: a small grid, a building, a unit, ...), not
 * a list of households, so the households looked after are the live ones in that scope.
 */
class ContactBookReport {
    Q_DECLARE_TR_FUNCTIONS(ContactBookReport)
public:
    /** One person holding one or more grid roles, resolved from a name or uid. */
    struct Holder {
        QString name;
        QString phone;
        QStringList roles;         ///< translated role names: 网格长, 网格辅助员, ...
        QList<ReportScope> scopes; ///< the union of their roles' scopes
        QString key;               ///< resident uid, or the first grid role uid of staff
        QStringList roleUids;      ///< the uids of their grid_role rows
    };

    struct Options {
        /** Holder names, grid role uids or resident uids; each must name one person. */
        QStringList holders;
        int visitColumns = 4;  ///< blank "visit" columns to fill in by hand
        bool landscape = true; ///< the blank columns want width for handwriting
        bool fullValues = false;
        QDate date = QDate::currentDate();
    };

    /** Resolves one holder spelling; fails if it names nobody or several people. */
    static Result<Holder> resolveHolder(const QSqlDatabase &db, const QString &spec, QDate date);
    /** Every current holder of a grid role, for the options dialog. */
    static Result<QList<Holder>> listHolders(const QSqlDatabase &db, QDate date);

    static Result<ReportDocument> build(const QSqlDatabase &db, const Options &options,
                                        Feedback &feedback);
};

} // namespace gridbook
