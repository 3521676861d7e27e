// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace gridbook {

/** One schema step: turns version `version - 1` into `version`. */
struct MigrationStep {
    int version = 0;
    QString name;
    /** Table rebuilds (create-copy-drop-rename) need foreign keys off around the step. */
    bool foreignKeysOff = false;
    std::function<Status(QSqlDatabase &)> apply;
};

/**
 * Brings a ledger file's schema up to date. Steps are append-only: the numbered SQL files in
 * resources/migrations (":/migrations/NNNN_name.sql"). Each step runs in its own transaction
 * that also records the new version (PRAGMA user_version and migration_log), so a failed step
 * leaves the file at the previous version. A shipped step is never edited.
 */
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    /** "GRDB": marks a SQLite file as a Gridbook ledger (PRAGMA application_id). */
    static constexpr int kApplicationId = 0x47524442;

    /** Every step this program knows, in order, numbered 1..N without gaps. */
    static const QList<MigrationStep> &steps();
    static int latestVersion();

    static Result<int> currentVersion(const QSqlDatabase &db);

    /** Applies the steps after the file's version, up to `target` (default: all). */
    static Status migrate(QSqlDatabase db, int target = -1);
};

} // namespace gridbook
