// SPDX-License-Identifier: MIT
#include "db/Migrator.h"

#include "db/SqlErrors.h"
#include "db/SqliteHandle.h"
#include "db/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>

namespace gridbook {

Q_LOGGING_CATEGORY(lcMigrations, "gridbook.db.migrations", QtWarningMsg)

namespace {

Status execOne(QSqlDatabase &db, const QString &sql, const QString &operation)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return SqlErrors::fromQuery(q, operation);
    return {};
}

QList<MigrationStep> loadSteps()
{
    QList<MigrationStep> steps;
    static const QRegularExpression nameRe(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = nameRe.match(file);
        if (!m.hasMatch()) {
            qCWarning(lcMigrations) << "ignoring badly named migration" << file;
            continue;
        }
        MigrationStep step;
        step.version = m.captured(1).toInt();
        step.name = m.captured(2);
        const QString path = dir.filePath(file);
        QFile f(path);
        QString script;
        if (f.open(QIODevice::ReadOnly))
            script = QString::fromUtf8(f.readAll());
        step.foreignKeysOff = script.contains(QLatin1String("-- gridbook:foreign-keys-off"));
        step.apply = [script, path](QSqlDatabase &db) -> Status {
            if (script.isEmpty()) {
                Error e;
                e.message = Migrator::tr("Schema step %1 is missing from the program.").arg(path);
                return e;
            }
            return SqliteHandle::execScript(db, script, QStringLiteral("migration ") + path);
        };
        steps << step;
    }
    return steps;
}

} // namespace

const QList<MigrationStep> &Migrator::steps()
{
    static const QList<MigrationStep> all = loadSteps();
    return all;
}

int Migrator::latestVersion()
{
    return steps().isEmpty() ? 0 : steps().last().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return SqlErrors::fromQuery(q, QStringLiteral("read schema version"));
    return q.value(0).toInt();
}

Status Migrator::migrate(QSqlDatabase db, int target)
{
    if (target < 0)
        target = latestVersion();
    const auto current = currentVersion(db);
    if (!current)
        return current.error();

    int expected = 1;
    for (const MigrationStep &step : steps()) {
        if (step.version != expected++) {
            Error e;
            e.message = tr("The program's schema steps are not numbered 1..N (step %1).")
                            .arg(step.version);
            return e;
        }
    }

    for (const MigrationStep &step : steps()) {
        if (step.version <= *current || step.version > target)
            continue;
        const QString operation = QStringLiteral("migrate to schema %1 (%2)")
                                      .arg(step.version)
                                      .arg(step.name);
        qCInfo(lcMigrations) << "applying" << operation;
        // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched before BEGIN.
        if (step.foreignKeysOff) {
            if (Status s = execOne(db, QStringLiteral("PRAGMA foreign_keys = OFF"), operation); !s)
                return s;
        }
        Status result;
        {
            TransactionGuard tx(db, operation);
            if (!tx.ok())
                return tx.error();
            // Re-check inside the lock: another program may have migrated the file meanwhile.
            const auto now = currentVersion(db);
            if (!now)
                return now.error();
            if (*now >= step.version)
                continue;
            result = step.apply(db);
            if (result && step.foreignKeysOff) {
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                    result = SqlErrors::fromQuery(check, operation);
                else if (check.next()) {
                    Error e;
                    e.message = tr("Schema step %1 would break references in table %2.")
                                    .arg(step.version)
                                    .arg(check.value(0).toString());
                    e.operation = operation;
                    result = e;
                }
            }
            if (result)
                result = execOne(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                                 operation);
            if (result)
                result = execOne(db,
                                 QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                                 operation);
            if (result) {
                QSqlQuery log(db);
                log.prepare(QStringLiteral("INSERT INTO migration_log (version, name, "
                                           "program_version) VALUES (?, ?, ?)"));
                log.addBindValue(step.version);
                log.addBindValue(step.name);
                log.addBindValue(QCoreApplication::applicationVersion());
                if (!log.exec())
                    result = SqlErrors::fromQuery(log, operation);
            }
            if (result)
                result = tx.commit();
        }
        if (step.foreignKeysOff)
            (void)execOne(db, QStringLiteral("PRAGMA foreign_keys = ON"), operation);
        if (!result) {
            Error e = result.error();
            e.message = tr("Could not upgrade the ledger file to schema %1; it was left at "
                           "schema %2. %3")
                            .arg(step.version)
                            .arg(step.version - 1)
                            .arg(e.message);
            return e;
        }
    }
    return {};
}

} // namespace gridbook
