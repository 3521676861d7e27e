// SPDX-License-Identifier: MIT
#pragma once

#include "db/Database.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace gridbook::test {

/**
 * Runs QAbstractItemModelTester over a model for as long as it lives, collecting what the
 * tester finds ("qt.modeltest" warnings) instead of aborting, so that Catch2 can report it.
 */
class ModelChecker {
public:
    explicit ModelChecker(QAbstractItemModel *model);
    ~ModelChecker();
    ModelChecker(const ModelChecker &) = delete;
    ModelChecker &operator=(const ModelChecker &) = delete;

    /** Everything the tester complained about so far. */
    QStringList failures() const;

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

/** A ledger of one demo community of `residents` people (seed 7, as of 2025-06-01). */
std::unique_ptr<Database> demoLedger(int residents = 2000);

/** The same, in a file (for the background loader, which opens a second connection). */
std::unique_ptr<Database> demoLedgerFile(const QString &path, int residents = 2000);

/** The day the demo ledgers are "as of". */
QDate demoDay();

/** The ids an SQL statement returns (first column), in its order. */
QList<qint64> idsOf(const Database &db, const QString &sql);

/** A valid 18-character ID number from its first 17 digits. */
QString validId(const char *first17);

/** Ids of the family that addFamily() makes. */
struct TestFamily {
    qint64 household = 0;
    qint64 head = 0;
    qint64 spouse = 0;
    qint64 child = 0;
    qint64 dwelling = 0;
};

/**
 * Adds a household of three to the first dwelling of the ledger's first small grid through
 * HouseholdRepository: 张三丰 (head, 430402198001011234-style ID, phone 13812345678),
 * 李秀英 (spouse) and 张无忌 (child, 8 years old on demoDay()), and puts the head into care
 * category 1 (低保户).
 */
TestFamily addFamily(Database &db);

} // namespace gridbook::test
