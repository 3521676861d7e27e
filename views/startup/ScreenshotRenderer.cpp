// SPDX-License-Identifier: MIT
#include "startup/ScreenshotRenderer.h"

#include "MainWindow.h"
#include "common/QuietNotifier.h"
#include "document/LedgerDocument.h"
#include "forms/HouseholdForm.h"
#include "io/ExportDialog.h"
#include "io/ExportTables.h"
#include "io/ImportWizard.h"
#include "pages/LedgerPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>
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
            QStringLiteral("diagram"),   QStringLiteral("building"),   QStringLiteral("export"),
            QStringLiteral("import")};
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
    const bool dialogPage = page == QLatin1String("export") || page == QLatin1String("import");
    window.showPage(page == QLatin1String("household") ? QStringLiteral("households")
                    : dialogPage                        ? QStringLiteral("residents")
                                                        : page);
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

    // The spreadsheet dialogs as File ▸ Export… and File ▸ Import… open them; the wizard on an
    // office-style sheet (a title row above the header), at its column mapping page.
    std::unique_ptr<QDialog> dialog;
    QTemporaryDir scratch;
    if (page == QLatin1String("export")) {
        auto exportDialog = std::make_unique<ExportDialog>(document->path(), notifier, &window);
        exportDialog->setTables({ExportTable::Residents});
        exportDialog->setScope(window.scope(), document->database().connection());
        dialog = std::move(exportDialog);
    } else if (page == QLatin1String("import")) {
        const QString sheet = scratch.filePath(QStringLiteral("和济社区居民登记表.csv"));
        QFile file(sheet);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("\xEF\xBB\xBF"
                       "和济社区居民信息登记表（第一网格）\n"
                       "序号,姓名,性别,公民身份号码,与户主关系,民族,政治面貌,手机号,住址\n"
                       "1,张三丰,男,11010519491231002X,户主,汉族,群众,13800138000,和济小区3栋2单元501\n"
                       "2,张翠山,男,110105195003070019,子,汉族,中共党员,,和济小区3栋2单元501\n"
                       "3,殷素素,女,4.30102E+17,儿媳,汉族,群众,13912345678,3-2-501\n");
            file.close();
        }
        auto wizard = std::make_unique<ImportWizard>(document->path(), notifier, &window);
        wizard->setFile(sheet);
        wizard->show();
        settle([] { return false; }, 200);
        wizard->next();
        dialog = std::move(wizard);
    }
    if (dialog) {
        dialog->resize(page == QLatin1String("import")
                           ? dialog->sizeHint().expandedTo(QSize(900, 640))
                           : dialog->sizeHint().expandedTo(QSize(640, 0)));
        dialog->show();
        settle([] { return false; }, 500);
        target = dialog.get();
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
