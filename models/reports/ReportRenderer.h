// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace gridbook {

/** How a report is put on paper. */
struct RenderOptions {
    /** Above this many pages, ask (Feedback::question, default "no") first; 0 never asks. */
    int askAbovePages = 1000;
};

/** What became of a render. */
struct RenderSummary {
    enum class Outcome {
        Written,   ///< every page is out
        Cancelled, ///< the user cancelled while it ran (Feedback::cancelled)
        Declined   ///< the user answered "no" to printing that many pages
    };
    Outcome outcome = Outcome::Written;
    int pages = 0;
};

/**
 * The one renderer of Gridbook's reports, for PDF files, printers and print preview alike
 * (any QPagedPaintDevice). It paginates itself rather than leaving it to QTextDocument, so
 * that every page has the title, the scope and date, the header row of a table that goes
 * on, a footer with the checker's signature line and "第 N 页 共 M 页", and so that a group
 * heading never ends a page alone.
 *
 * Text is set in "Noto Sans CJK SC", asked for by name: with fonts-noto-cjk installed Qt
 * would otherwise pick the Japanese variant for some hanzi.
 */
class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    explicit ReportRenderer(const ReportDocument &document);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    /** A4, portrait or landscape as the document asks, with the report margins. */
    static QPageLayout pageLayout(const ReportDocument &document);
    /** The font family every report asks for. */
    static QString fontFamily();

    /**
     * Lays the document out for `device`'s page and resolution and returns the page count;
     * -1 if cancelled. Progress goes to `feedback`.
     */
    int paginate(QPagedPaintDevice &device, Feedback &feedback);

    /**
     * Paginates (if not done for this device yet), asks before an over-long report, then
     * paints every page on `device` (a QPrinter, QPdfWriter, ...) with its current page
     * layout. Fails if the device cannot be painted on (e.g. no printer).
     */
    Result<RenderSummary> render(QPagedPaintDevice &device, Feedback &feedback,
                                 const RenderOptions &options = {});

    /**
     * Writes `document` to a PDF file at `path`, replacing it only once every page is written.
     * An unwritable path fails with a message that names it. `beforeCommit`, if given, runs
     * once every page is written and before the file appears; its failure discards the file.
     */
    static Result<RenderSummary>
    writePdf(const ReportDocument &document, const QString &path, Feedback &feedback,
             const RenderOptions &options = {},
             const std::function<Status(const RenderSummary &)> &beforeCommit = {});

    /** Fails with a clear message if a PDF could not be written at `path`; writes nothing. */
    static Status checkWritable(const QString &path);

    /** The pages as laid out for one device (internal to the renderer). */
    struct Layout;

private:
    const ReportDocument &m_document;
    std::unique_ptr<Layout> m_layout;
};

} // namespace gridbook
