// SPDX-License-Identifier: MIT
#include "startup/DemoCommunityRunner.h"

#include "common/Notifier.h"
#include "common/ThreadedFeedback.h"
#include "db/Database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>
#include <optional>

namespace gridbook {

Result<DemoSummary> DemoCommunityRunner::run(QWidget *parent, const QString &path,
                                             Notifier &notifier, const DemoOptions &options,
                                             bool *cancelled)
{
    ThreadedFeedback feedback(notifier);
    QProgressDialog dialog(tr("Filling in the demo community…"), tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(tr("Demo community"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(420);

    QObject::connect(&feedback, &ThreadedFeedback::progressed, &dialog,
                     [&dialog](const QString &stage, qint64 done, qint64 total) {
                         dialog.setLabelText(stage);
                         // QProgressDialog counts in int: scale big totals down.
                         const qint64 scale = total > 1'000'000'000 ? total / 1'000'000 + 1 : 1;
                         dialog.setMaximum(int(total / scale));
                         dialog.setValue(int(std::min(done, total) / scale));
                     });
    QObject::connect(&dialog, &QProgressDialog::canceled, &feedback, &ThreadedFeedback::cancel);

    std::optional<Result<DemoSummary>> outcome;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        // This thread's own connection; it is closed before the thread ends.
        auto db = Database::open(path, Database::Options{.create = false});
        if (!db) {
            outcome = Result<DemoSummary>(db.error());
            return;
        }
        outcome = DemoCommunityGenerator(options).generate(**db, feedback);
        if (outcome->ok())
            (void)(*db)->checkpoint();
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    dialog.show();
    worker->start();
    loop.exec();
    worker->wait();
    if (cancelled)
        *cancelled = feedback.cancelled();
    // QProgressDialog emits canceled() when it is closed: the work is over by now.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, &feedback,
                        &ThreadedFeedback::cancel);
    dialog.close();

    if (!outcome)
        return Error{
            tr("The demo community could not be made."), QStringLiteral("demo"), {}, {}, {}};
    return std::move(*outcome);
}

} // namespace gridbook
