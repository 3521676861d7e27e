// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "reports/ReportDocument.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportRequest.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QPrinter;
class QWidget;

namespace gridbook {

class Notifier;

/**
 * Print preview of a report (QPrintPreviewDialog), printing to any printer, and "Save as
 * PDF…", all through the one ReportRenderer. The report is built first on a worker thread
 * with its own connection to `ledgerPath`, behind a cancellable progress dialog, so a
 * 10,000-person roster does not freeze the window; a report of more than
 * RenderOptions::askAbovePages pages asks (through the Notifier) before it is shown.
 * A print or PDF with full ID and phone numbers is recorded in the print log when it is
 * made (not when it is only previewed).
 *
 *     ReportOptionsDialog options(document.database().connection(), ReportRequest(), this);
 *     if (options.exec() == QDialog::Accepted)
 *         ReportPreviewDialog(document.path(), options.request(), notifier, this).exec();
 */
class ReportPreviewDialog {
    Q_DECLARE_TR_FUNCTIONS(ReportPreviewDialog)
public:
    ReportPreviewDialog(QString ledgerPath, ReportRequest request, Notifier &notifier,
                        QWidget *parent = nullptr);
    ~ReportPreviewDialog();

    /**
     * Builds the report, then shows the preview until the user closes it. Returns false if
     * the report could not be built, was cancelled or declined (the Notifier has said why).
     */
    bool exec();

    /** Builds the report on a worker thread (progress dialog, cancellable); for tests too. */
    Result<ReportDocument> build(bool *cancelled = nullptr);

    /** Writes the built report to `path` (print log if full values); false after a message. */
    bool saveAsPdf(const QString &path);

    /** The document built by exec() or build(), if any. */
    const ReportDocument *document() const { return m_document ? &*m_document : nullptr; }

    RenderOptions renderOptions;

private:
    void paint(QPrinter *printer);
    bool recordFullPrint(const QString &target, int pages);

    QString m_path;
    ReportRequest m_request;
    Notifier &m_notifier;
    QWidget *m_parent;
    std::optional<ReportDocument> m_document;
    std::unique_ptr<ReportRenderer> m_renderer;
};

} // namespace gridbook
