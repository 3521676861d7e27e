// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace gridbook {

class Database;

/**
 * Integrity check of a ledger: what the schema cannot enforce by itself. Every household has
 * exactly one head; no live resident in an archived household; every ID number valid or
 * flagged with the reason it was kept; IDs agree with birth date and sex; every building is
 * in a small grid; Party members and grid roles point at live residents; SQLite's own
 * integrity and foreign-key checks pass.
 */
class LedgerCheck {
    Q_DECLARE_TR_FUNCTIONS(LedgerCheck)
public:
    /** One kind of fault, with how many records have it and a few of their uids. */
    struct Problem {
        QString code;    ///< stable identifier, e.g. "household-without-head"
        QString message; ///< translated description
        qint64 count = 0;
        QStringList examples; ///< record uids (never names or ID numbers)
    };

    /** Runs every check; `today` bounds birth dates in ID numbers. */
    static Result<QList<Problem>> run(const Database &db, Feedback &feedback,
                                      QDate today = QDate::currentDate());

    /** A report in the user's language: "no problems found" or one paragraph per problem. */
    static QString toText(const QList<Problem> &problems);
};

} // namespace gridbook
