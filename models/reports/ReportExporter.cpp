// SPDX-License-Identifier: MIT
#include "reports/ReportExporter.h"

#include "reports/PrintLog.h"

#include <QFileInfo>

namespace gridbook {

PrintLogEntry ReportExporter::logEntry(const ReportRequest &request, const ReportDocument &document,
                                       const QString &target, int pages)
{
    PrintLogEntry entry;
    entry.report = request.key();
    entry.scope = document.scope;
    entry.filters = document.filters;
    entry.target = target;
    entry.records = document.records;
    entry.pages = pages;
    return entry;
}

Result<RenderSummary> ReportExporter::writePdf(const QSqlDatabase &db, const ReportRequest &request,
                                               const QString &path, Feedback &feedback,
                                               const RenderOptions &options)
{
    // Fail on a bad path before minutes of work, not after.
    if (Status s = ReportRenderer::checkWritable(path); !s)
        return s.error();
    auto document = request.build(db, feedback);
    if (!document) {
        if (feedback.cancelled())
            return RenderSummary{RenderSummary::Outcome::Cancelled, 0};
        return document.error();
    }
    std::function<Status(const RenderSummary &)> log;
    if (request.fullValues()) {
        const QString target = QFileInfo(path).absoluteFilePath();
        log = [&](const RenderSummary &summary) {
            return PrintLog::record(db, logEntry(request, *document, target, summary.pages));
        };
    }
    return ReportRenderer::writePdf(*document, path, feedback, options, log);
}

} // namespace gridbook
