// SPDX-License-Identifier: MIT
#include "startup/FirstScreenProbe.h"

#include "MainWindow.h"
#include "common/QuietNotifier.h"
#include "document/LedgerDocument.h"
#include "items/ResidentTableModel.h"
#include "pages/ResidentsPage.h"

#include <QEventLoop>
#include <QFile>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace gridbook {

namespace {

double peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

} // namespace

int FirstScreenProbe::run(std::unique_ptr<LedgerDocument> document, const QElapsedTimer &sinceStart)
{
    QuietNotifier notifier;
    MainWindow window(&notifier);
    window.setDocument(std::move(document));
    window.resize(1280, 800);
    window.showPage(QStringLiteral("residents"));
    window.show();
    auto *page = qobject_cast<ResidentsPage *>(window.currentPage());
    if (!page || !page->model())
        return 3;

    // Woken by the model's signals, not by polling: the first chunk of the background list
    // resets the model; an empty or failed list ends its loading.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(page->model(), &QAbstractItemModel::modelReset, &loop, &QEventLoop::quit);
    QObject::connect(page->model(), &IdListTableModel::loadingChanged, &loop, &QEventLoop::quit);
    timeout.start(120'000);
    while (page->isLoading() && timeout.isActive())
        loop.exec();
    // Lay out and paint what the user would see: the table reads its visible rows.
    QCoreApplication::processEvents();
    (void)window.grab();
    const qint64 ms = sinceStart.elapsed();
    const int rows = page->model()->rowCount();
    const QByteArray line = QStringLiteral("first_screen_ms=%1 rows=%2 total=%3 peak_rss_kb=%4\n")
                                .arg(ms)
                                .arg(rows)
                                .arg(page->model()->totalCount())
                                .arg(peakRssKb(), 0, 'f', 0)
                                .toUtf8();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fflush(stdout);
    return rows > 0 ? 0 : 3;
}

} // namespace gridbook
