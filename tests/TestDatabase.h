// SPDX-License-Identifier: MIT
#pragma once

#include "db/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace gridbook::test {

/** A fresh, fully migrated in-memory ledger; fails the test case if it cannot be opened. */
std::unique_ptr<Database> freshDatabase();

/** Runs a query that must succeed and returns its first column of the first row. */
QVariant scalar(const Database &db, const QString &sql);

/** Prints the SQL error into the test output when a query fails. */
QString describe(const QSqlQuery &query);

} // namespace gridbook::test
