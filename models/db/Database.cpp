// SPDX-License-Identifier: MIT
#include "db/Database.h"

#include "db/Migrator.h"
#include "db/RecordUid.h"
#include "db/SqlErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace gridbook {

Q_LOGGING_CATEGORY(lcDb, "gridbook.db", QtWarningMsg)

namespace {

std::atomic<unsigned> connectionCounter{0};

Error openError(const QString &message, const QString &path, const QString &cause = QString())
{
    Error e;
    e.message = message;
    e.operation = QStringLiteral("open ") + QDir::toNativeSeparators(path);
    e.cause = cause;
    return e;
}

/** Closes and unregisters a connection that failed half-way through opening. */
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QVariant> pragma(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return SqlErrors::fromQuery(q, sql);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

Database::Database(QString connectionName, QString path, bool readOnly, bool created)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_readOnly(readOnly),
      m_created(created)
{
}

Database::~Database()
{
    dropConnection(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("gridbook.sqlite"));
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return open(QStringLiteral(":memory:"), Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    if (path.trimmed().isEmpty())
        return openError(tr("No ledger file was given."), path);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return openError(tr("Qt's SQLite driver is not installed (package libqt6sql6-sqlite)."),
                         path);

    const bool inMemory = path == QLatin1String(":memory:");
    bool readOnly = options.readOnly;
    bool created = false;
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.exists()) {
            if (info.isDir())
                return openError(tr("%1 is a folder, not a ledger file.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 path);
            if (!info.isReadable())
                return openError(tr("Permission denied: %1 cannot be read.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 path);
            if (info.size() > 0) {
                // Reject other files before SQLite sees them: it would only complain later.
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    return openError(tr("%1 cannot be read: %2")
                                         .arg(QDir::toNativeSeparators(path), f.errorString()),
                                     path);
                if (f.read(16) != QByteArray("SQLite format 3\0", 16))
                    return openError(tr("%1 is not a Gridbook ledger file.")
                                         .arg(QDir::toNativeSeparators(path)),
                                     path);
            } else {
                created = true;
            }
            if (!info.isWritable())
                readOnly = true;
        } else {
            if (!options.create)
                return openError(
                    tr("The ledger file %1 does not exist.").arg(QDir::toNativeSeparators(path)),
                    path);
            const QString dir = info.absolutePath();
            if (!QDir().mkpath(dir))
                return openError(tr("The folder %1 cannot be created.")
                                     .arg(QDir::toNativeSeparators(dir)),
                                 path);
            created = true;
        }
    } else {
        created = true;
    }

    const QString name = QStringLiteral("gridbook-%1").arg(++connectionCounter);
    Result<std::unique_ptr<Database>> result = [&]() -> Result<std::unique_ptr<Database>> {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            Error e = SqlErrors::fromSqlError(db.lastError(), QStringLiteral("open"));
            e.message = tr("%1 cannot be opened: %2")
                            .arg(QDir::toNativeSeparators(path), e.message);
            return e;
        }

        // The first read tells a damaged or foreign file apart from a ledger.
        auto appId = pragma(db, QStringLiteral("PRAGMA application_id"));
        if (!appId) {
            Error e = appId.error();
            e.message = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), e.message);
            return e;
        }
        auto version = Migrator::currentVersion(db);
        if (!version)
            return version.error();
        auto tables = pragma(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return tables.error();
        const bool empty = tables->toInt() == 0;
        if (!empty && appId->toInt() != Migrator::kApplicationId)
            return openError(tr("%1 is an SQLite database but not a Gridbook ledger; it was not "
                                "changed.")
                                 .arg(QDir::toNativeSeparators(path)),
                             path);
        if (*version > Migrator::latestVersion())
            return openError(tr("%1 was written by a newer Gridbook (schema %2; this program "
                                "knows up to %3). It was not changed: update Gridbook to open it.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(*version)
                                 .arg(Migrator::latestVersion()),
                             path);

        for (const char *sql : {"PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                                "PRAGMA cache_size = -32768"}) {
            if (auto r = pragma(db, QString::fromLatin1(sql)); !r)
                return r.error();
        }
        if (!readOnly && !inMemory) {
            // WAL: readers never block the writer, and a crash mid-write cannot damage the file.
            if (auto r = pragma(db, QStringLiteral("PRAGMA journal_mode = WAL")); !r) {
                Error e = r.error();
                e.message =
                    tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), e.message);
                return e;
            }
            (void)pragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        }

        if (*version < Migrator::latestVersion() && options.migrate) {
            if (readOnly)
                return openError(tr("%1 is from an older Gridbook (schema %2) and cannot be "
                                    "upgraded because it is read-only.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(*version),
                                 path);
            if (Status s = Migrator::migrate(db); !s)
                return s.error();
        }

        if (!readOnly && options.migrate) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES "
                                     "('ledger_uid', ?)"));
            q.addBindValue(RecordUid::create());
            if (!q.exec())
                return SqlErrors::fromQuery(q, QStringLiteral("record ledger uid"));
        }
        qCInfo(lcDb) << "opened ledger, schema" << Migrator::latestVersion()
                     << (readOnly ? "read-only" : "read-write");
        return std::unique_ptr<Database>(new Database(name, path, readOnly, created));
    }();
    if (!result.ok())
        dropConnection(name);
    return result;
}

QString Database::ledgerUid() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'ledger_uid'")) && q.next())
        return q.value(0).toString();
    return {};
}

Status Database::checkpoint()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return SqlErrors::fromQuery(q, QStringLiteral("checkpoint"));
    return {};
}

} // namespace gridbook
