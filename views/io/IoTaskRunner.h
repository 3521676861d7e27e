// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "common/ThreadedFeedback.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace gridbook {

/**
 * Runs one piece of spreadsheet work (reading a file, an import, an export) on a worker thread
 * behind a cancellable progress dialog, and waits with the event loop running. The work gets
 * a Feedback that is safe to call from the worker; errors and questions reach `gui`. The work
 * opens its own Database when it needs one: a connection belongs to the thread that made it.
 */
class IoTaskRunner {
    Q_DECLARE_TR_FUNCTIONS(gridbook::IoTaskRunner)
public:
    template <typename T>
    static Result<T> run(QWidget *parent, Feedback &gui, const QString &title,
                         const std::function<Result<T>(Feedback &)> &work)
    {
        ThreadedFeedback feedback(gui);
        QProgressDialog dialog(title, tr("Cancel"), 0, 0, parent);
        dialog.setWindowTitle(title);
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(300);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        dialog.setMinimumWidth(420);
        QObject::connect(&feedback, &ThreadedFeedback::progressed, &dialog,
                         [&dialog](const QString &stage, qint64 done, qint64 total) {
                             if (!stage.isEmpty())
                                 dialog.setLabelText(stage);
                             const qint64 scale = total > 1'000'000'000 ? total / 1'000'000 + 1 : 1;
                             dialog.setMaximum(int(total / scale));
                             dialog.setValue(int(std::min(done, total) / scale));
                         });
        QObject::connect(&dialog, &QProgressDialog::canceled, &feedback,
                         &ThreadedFeedback::cancel);
        std::optional<Result<T>> outcome;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { outcome.emplace(work(feedback)); }));
        QEventLoop loop;
        QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec();
        worker->wait();
        dialog.close();
        if (!outcome)
            return Error{tr("The work stopped unexpectedly."), QStringLiteral("io task"), {}, {},
                         {}};
        return std::move(*outcome);
    }
};

} // namespace gridbook
