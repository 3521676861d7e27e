// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "demo/DemoCommunityGenerator.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace gridbook {

class Notifier;

/**
 * Fills a ledger file with the demo community (和济社区) on a worker thread, behind a
 * cancellable progress dialog. The worker opens its own Database on `path` (a QSqlDatabase
 * connection belongs to the thread that made it); the caller's open document sees the new
 * rows once it reloads. Everything is one transaction: cancelling leaves the file as it was.
 */
class DemoCommunityRunner {
    Q_DECLARE_TR_FUNCTIONS(gridbook::DemoCommunityRunner)
public:
    /**
     * Runs the generator and waits (the event loop keeps running). `cancelled`, if given, is
     * set when the user stopped it (the result is then an error saying so).
     */
    static Result<DemoSummary> run(QWidget *parent, const QString &path, Notifier &notifier,
                                   const DemoOptions &options = DemoOptions(),
                                   bool *cancelled = nullptr);
};

} // namespace gridbook
