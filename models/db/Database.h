// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace gridbook {

/**
 * One open ledger file: a named QSqlDatabase connection (never the default one), with foreign
 * keys on, WAL journal and a busy timeout, and its schema brought up to date. Several programs
 * may open the same file: SQLite's locking serialises their writes, and a writer that cannot
 * get the lock in time gets "the file is in use" instead of corrupting anything.
 *
 * Everything that holds a QSqlQuery on connection() must be destroyed before the Database.
 */
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options {
        bool create = true;    ///< create the file if it does not exist
        bool readOnly = false; ///< open read-only (also forced when the file is not writable)
        bool migrate = true;   ///< apply pending schema steps
    };

    /** Opens (and if asked, creates and migrates) the ledger at `path`. */
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, {}); }

    /** A private in-memory ledger, fully migrated: for tests and dry runs. */
    static Result<std::unique_ptr<Database>> openInMemory();

    /** Where `gridbook` keeps its ledger when not given --db: the user's data folder. */
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /** True if this open created the file (a first start). */
    bool wasCreated() const { return m_created; }

    /** This ledger file's own uid, made when it was created; identifies it in merges. */
    QString ledgerUid() const;

    /** Writes the WAL back into the main file, so a copied file is complete. */
    Status checkpoint();

private:
    Database(QString connectionName, QString path, bool readOnly, bool created);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_created = false;
};

} // namespace gridbook
