// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "reports/PrintLog.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportRequest.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace gridbook {

/**
 * A report request to a PDF file in one call, for gridbook-cli, the desktop app's
 * "save as PDF" and tests: checks the path can be written before any work, builds the
 * report, asks before an over-long one, writes the pages, records a print with full ID and
 * phone numbers in the print log, and only then lets the file appear.
 */
class ReportExporter {
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    static Result<RenderSummary> writePdf(const QSqlDatabase &db, const ReportRequest &request,
                                          const QString &path, Feedback &feedback,
                                          const RenderOptions &options = {});

    /** The print log entry for a rendered document (full-value prints only). */
    static PrintLogEntry logEntry(const ReportRequest &request, const ReportDocument &document,
                                  const QString &target, int pages);
};

} // namespace gridbook
