// SPDX-License-Identifier: MIT
#include "reports/ReportPreviewDialog.h"

#include "common/Notifier.h"
#include "common/ThreadedFeedback.h"
#include "db/Database.h"
#include "reports/PrintLog.h"
#include "reports/ReportExporter.h"

#include <QAction>
#include <QEventLoop>
#include <QFileInfo>
#include <QFileDialog>
#include <QPaintEngine>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressDialog>
#include <QThread>
#include <QToolBar>

namespace gridbook {

ReportPreviewDialog::ReportPreviewDialog(QString ledgerPath, ReportRequest request,
                                         Notifier &notifier, QWidget *parent)
    : m_path(std::move(ledgerPath)), m_request(std::move(request)), m_notifier(notifier),
      m_parent(parent)
{
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

Result<ReportDocument> ReportPreviewDialog::build(bool *cancelled)
{
    ThreadedFeedback feedback(m_notifier);
    QProgressDialog dialog(tr("Preparing the report…"), tr("Cancel"), 0, 0, m_parent);
    dialog.setObjectName(QStringLiteral("reportProgress"));
    dialog.setWindowTitle(tr("Print report"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&feedback, &ThreadedFeedback::progressed, &dialog,
                     [&dialog](const QString &stage, qint64 done, qint64 total) {
                         dialog.setLabelText(stage);
                         dialog.setMaximum(int(std::min<qint64>(total, 1'000'000'000)));
                         dialog.setValue(int(std::min(done, total)));
                     });
    QObject::connect(&dialog, &QProgressDialog::canceled, &feedback, &ThreadedFeedback::cancel);

    std::optional<Result<ReportDocument>> outcome;
    const ReportRequest request = m_request;
    const QString path = m_path;
    std::unique_ptr<QThread> worker(QThread::create([&outcome, &feedback, request, path] {
        // A connection belongs to the thread that opened it: this one is the worker's own.
        auto db = Database::open(path, {.create = false, .readOnly = true, .migrate = false});
        if (!db) {
            outcome = Result<ReportDocument>(db.error());
            return;
        }
        outcome = request.build((*db)->connection(), feedback);
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    dialog.close();
    if (cancelled)
        *cancelled = feedback.cancelled();
    if (!outcome)
        return Error{
            tr("The report could not be prepared."), QStringLiteral("build report"), {}, {}, {}};
    if (outcome->ok()) {
        // Kept for saveAsPdf() and the preview.
        m_document = **outcome;
        m_renderer.reset();
    }
    return std::move(*outcome);
}

bool ReportPreviewDialog::recordFullPrint(const QString &target, int pages)
{
    if (!m_request.fullValues() || !m_document)
        return true;
    auto db = Database::open(m_path, {.create = false, .readOnly = false, .migrate = false});
    Status logged =
        db ? PrintLog::record((*db)->connection(),
                              ReportExporter::logEntry(m_request, *m_document, target, pages))
           : Status(db.error());
    if (!logged) {
        m_notifier.error(logged.error());
        return false;
    }
    return true;
}

void ReportPreviewDialog::paint(QPrinter *printer)
{
    if (!m_document)
        return;
    // The preview paints on a picture engine; anything else is a real print or a PDF file.
    const bool real =
        printer->paintEngine() && printer->paintEngine()->type() != QPaintEngine::Picture;
    if (!m_renderer)
        m_renderer = std::make_unique<ReportRenderer>(*m_document);
    SilentFeedback quiet;
    if (real) {
        const int pages = m_renderer->paginate(*printer, quiet);
        const QString target = printer->outputFileName().isEmpty() ? printer->printerName()
                                                                   : printer->outputFileName();
        if (!recordFullPrint(target, pages))
            return; // not recorded, not printed
    }
    RenderOptions options;
    options.askAbovePages = 0; // asked once, before the preview opened
    const auto rendered = m_renderer->render(*printer, quiet, options);
    if (!rendered)
        m_notifier.error(rendered.error());
}

bool ReportPreviewDialog::saveAsPdf(const QString &path)
{
    if (!m_document)
        return false;
    SilentFeedback quiet;
    RenderOptions options;
    options.askAbovePages = 0;
    std::function<Status(const RenderSummary &)> log;
    if (m_request.fullValues()) {
        log = [this, path](const RenderSummary &summary) -> Status {
            return recordFullPrint(QFileInfo(path).absoluteFilePath(), summary.pages)
                       ? Status()
                       : Status(Error{tr("Not saved: the print log could not be written."),
                                      QStringLiteral("save report PDF"),
                                      {},
                                      {},
                                      {}});
        };
    }
    const auto written = ReportRenderer::writePdf(*m_document, path, quiet, options, log);
    if (!written) {
        m_notifier.error(written.error());
        return false;
    }
    m_notifier.inform(tr("Saved %1 (%n page(s)).", nullptr, written->pages).arg(path));
    return true;
}

bool ReportPreviewDialog::exec()
{
    bool cancelled = false;
    auto built = build(&cancelled);
    if (!built) {
        if (cancelled)
            m_notifier.inform(tr("Report cancelled."));
        else
            m_notifier.error(built.error());
        return false;
    }
    m_document = std::move(*built);
    m_renderer.reset();

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout(*m_document));
    printer.setDocName(m_document->title);
    if (QPrinterInfo::availablePrinters().isEmpty())
        m_notifier.warning(tr("No printer is set up on this computer. You can still preview the "
                              "report and save it as PDF."));

    // Ask before thousands of pages, counted on the paper the printer has.
    {
        ReportRenderer counter(*m_document);
        SilentFeedback quiet;
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setPageLayout(ReportRenderer::pageLayout(*m_document));
        const int pages = counter.paginate(pdf, quiet);
        if (renderOptions.askAbovePages > 0 && pages > renderOptions.askAbovePages &&
            !m_notifier.question(
                tr("This report runs to %1 pages. Preview and print all of them?").arg(pages),
                false))
            return false;
    }

    QPrintPreviewDialog preview(&printer, m_parent);
    preview.setObjectName(QStringLiteral("reportPreview"));
    preview.setWindowTitle(m_document->title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [this](QPrinter *p) { paint(p); });
    if (auto *toolbar = preview.findChild<QToolBar *>()) {
        QAction *save = toolbar->addAction(tr("Save as PDF…"));
        save->setObjectName(QStringLiteral("saveAsPdf"));
        QObject::connect(save, &QAction::triggered, &preview, [this, &preview] {
            const QString file = QFileDialog::getSaveFileName(
                &preview, tr("Save report as PDF"), m_document->title + QStringLiteral(".pdf"),
                tr("PDF files (*.pdf)"));
            if (!file.isEmpty())
                saveAsPdf(file);
        });
    }
    preview.resize(1000, 800);
    preview.exec();
    return true;
}

} // namespace gridbook
