// SPDX-License-Identifier: MIT
#include "items/IdListLoader.h"

#include "db/Database.h"
#include "items/IdListPlan.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlQuery>

namespace gridbook {

Q_LOGGING_CATEGORY(lcItems, "gridbook.items", QtWarningMsg)

/** Lives on the loader's thread; owns that thread's connection. */
class IdListWorker : public QObject {
public:
    IdListWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path)), m_latest(std::move(latest))
    {
    }

    void run(quint64 generation, const IdListLoader::Job &job, QPointer<IdListLoader> loader);

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
};

namespace {

/** Forwards a job's ids to the loader's thread while the job is still the latest. */
class Forwarder : public IdListReceiver {
public:
    Forwarder(quint64 generation, const std::atomic<quint64> &latest, QPointer<IdListLoader> loader)
        : m_generation(generation), m_latest(latest), m_loader(std::move(loader))
    {
    }
    void received(const QList<qint64> &ids) override
    {
        if (cancelled())
            return;
        QMetaObject::invokeMethod(
            m_loader.data(),
            [loader = m_loader, g = m_generation, ids] {
                if (loader)
                    emit loader->idsReceived(g, ids);
            },
            Qt::QueuedConnection);
    }
    void counted(qint64 total) override
    {
        if (cancelled())
            return;
        QMetaObject::invokeMethod(
            m_loader.data(),
            [loader = m_loader, g = m_generation, total] {
                if (loader)
                    emit loader->countReceived(g, total);
            },
            Qt::QueuedConnection);
    }
    bool cancelled() const override { return m_latest.load() != m_generation; }

private:
    quint64 m_generation;
    const std::atomic<quint64> &m_latest;
    QPointer<IdListLoader> m_loader;
};

} // namespace

void IdListWorker::run(quint64 generation, const IdListLoader::Job &job,
                       QPointer<IdListLoader> loader)
{
    if (m_latest->load() != generation)
        return; // superseded before it started
    auto finish = [&](bool ok, const QString &message, const QString &details) {
        if (m_latest->load() != generation)
            return;
        QMetaObject::invokeMethod(
            loader.data(),
            [loader, generation, ok, message, details] {
                if (loader)
                    emit loader->finished(generation, ok, message, details);
            },
            Qt::QueuedConnection);
    };
    if (!m_db) {
        auto db = Database::open(m_path, {.create = false, .readOnly = true, .migrate = false});
        if (!db) {
            qCWarning(lcItems) << "list loader cannot open the ledger:" << db.error().details();
            finish(false, db.error().message, db.error().details());
            return;
        }
        m_db = std::move(db).value();
        // This connection reads the long lists: a larger page cache than the default keeps the
        // pages of recent lists for the next keystroke (64 MB at most, only as it fills).
        QSqlQuery pragma(m_db->connection());
        (void)pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    Forwarder forwarder(generation, *m_latest, loader);
    const Status status = job(m_db->connection(), forwarder);
    if (status.ok())
        finish(true, QString(), QString());
    else
        finish(false, status.error().message, status.error().details());
}

IdListLoader::IdListLoader(QString databasePath, QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new IdListWorker(std::move(databasePath), m_latest);
    m_worker->moveToThread(&m_thread);
    // The worker and its connection are destroyed on the worker thread, which opened it.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("gridbook list loader"));
    m_thread.start();
}

IdListLoader::~IdListLoader()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

quint64 IdListLoader::start(Job job)
{
    const quint64 generation = ++m_next;
    m_latest->store(generation);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, job = std::move(job),
         loader = QPointer<IdListLoader>(this)] { worker->run(generation, job, loader); },
        Qt::QueuedConnection);
    return generation;
}

void IdListLoader::cancel()
{
    m_latest->store(0);
}

bool IdListLoader::canLoad(const QString &path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:") &&
           !path.startsWith(QLatin1String("file::memory:")) && QFileInfo(path).isFile();
}

} // namespace gridbook
