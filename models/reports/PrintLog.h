// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gridbook {

/** One print with full ID and phone numbers (table print_log, migration 4). */
struct PrintLogEntry {
    QString report;  ///< "roster", "contact_book" or "household_file"
    QString scope;   ///< as the title says it
    QString filters; ///< as the subtitle says them
    QString target;  ///< PDF path or printer name
    qint64 records = 0;
    int pages = 0;
    QString osUser;      ///< filled in by record() when empty
    QString program;     ///< filled in by record() when empty
    QDateTime printedAt; ///< set by the database
};

/**
 * The record of prints that carried full ID and phone numbers: who (the operating-system
 * user), when, which report of which scope. Written before the output is released, so a
 * print that could not be recorded is not made.
 */
class PrintLog {
    Q_DECLARE_TR_FUNCTIONS(PrintLog)
public:
    /** Adds one entry. */
    static Status record(const QSqlDatabase &db, PrintLogEntry entry);
    /** The latest entries first, for tests and an audit view. */
    static Result<QList<PrintLogEntry>> entries(const QSqlDatabase &db, int limit = 100);
    /** The operating-system user running the program (the login name). */
    static QString currentUser();
};

} // namespace gridbook
