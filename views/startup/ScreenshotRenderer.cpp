// SPDX-License-Identifier: MIT
#include "startup/ScreenshotRenderer.h"

#include "MainWindow.h"
#include "common/QuietNotifier.h"
#include "document/LedgerDocument.h"
#include "forms/HouseholdForm.h"
#include "pages/LedgerPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>
#include <QTableView>
#include <QThread>

namespace gridbook {

namespace {

/** Lets queued work (lazy loads, layouts) finish, up to `ms`. */
void settle(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (done())
            break;
        QThread::msleep(10);
    } while (!deadline.hasExpired());
    QCoreApplication::processEvents();
}

} // namespace

ScreenshotRenderer::ScreenshotRenderer(std::unique_ptr<LedgerDocument> document, QSize size)
    : m_document(std::move(document)), m_size(size)
{
}

ScreenshotRenderer::~ScreenshotRenderer() = default;

QStringList ScreenshotRenderer::pageNames()
{
    return {QStringLiteral("residents"), QStringLiteral("households"), QStringLiteral("household"),
            QStringLiteral("party"),     QStringLiteral("volunteers"), QStringLiteral("roles"),
            QStringLiteral("diagram"),   QStringLiteral("building")};
}

Status ScreenshotRenderer::render(const QString &page, const QString &pngPath)
{
    if (!pageNames().contains(page)) {
        Error e;
        e.message = tr("Unknown page \"%1\"; the pages are: %2.")
                        .arg(page, pageNames().join(QStringLiteral(", ")));
        e.field = QStringLiteral("page");
        return e;
    }
    QuietNotifier notifier;
    MainWindow window(&notifier);
    LedgerDocument *document = m_document.get();
    window.setDocument(std::move(m_document));
    window.resize(m_size);
    window.showPage(page == QLatin1String("household") ? QStringLiteral("households") : page);
    window.show();
    // Pages load in the background: wait until the current one has its first screen.
    settle([&] { return window.currentPage() && !window.currentPage()->isLoading(); }, 30000);
    QWidget *target = &window;

    // The Party page shows a member's points and volunteer hours below the table: pick the
    // first member, as a user would, so that the picture shows them.
    if (page == QLatin1String("party")) {
        const auto tables = window.currentPage()->findChildren<QTableView *>();
        for (QTableView *table : tables) {
            if (table->model() && table->model()->rowCount() > 0 && table->isVisible() &&
                table->height() > 200) {
                table->setCurrentIndex(table->model()->index(0, 0));
                break;
            }
        }
        settle([] { return false; }, 300);
    }

    std::unique_ptr<HouseholdForm> form;
    if (page == QLatin1String("household") && !document->isEmpty()) {
        auto household = document->sampleHousehold(3, 5);
        if (!household)
            return household.error();
        if (*household) {
            form = std::make_unique<HouseholdForm>(*document, notifier, &window);
            if (Status s = form->loadHousehold(**household); !s)
                return s;
            form->resize(1100, 720);
            form->show();
            settle([] { return false; }, 200);
            target = form.get();
        }
    }

    const QPixmap pixmap = target->grab();
    if (pixmap.isNull() || !pixmap.save(pngPath, "PNG")) {
        Error e;
        e.message =
            tr("The screenshot could not be written to %1.").arg(QDir::toNativeSeparators(pngPath));
        return e;
    }
    return {};
}

} // namespace gridbook
