// SPDX-License-Identifier: MIT
#include "bench/BenchSpreadsheetIo.h"

#include "bench/Benchmark.h"

#include <QCoreApplication>

namespace gridbook {

namespace {

/** This build has no spreadsheet import and export (models/io): nothing to measure. */
class UnavailableSpreadsheetIo : public BenchSpreadsheetIo {
    Q_DECLARE_TR_FUNCTIONS(gridbook::BenchSpreadsheetIo)
public:
    QString unavailableReason() const override
    {
        return tr("spreadsheet import and export are not in this build yet");
    }
    Result<qint64> exportResidents(const QSqlDatabase &, Format, const QString &,
                                   Feedback &) override
    {
        return benchError(unavailableReason());
    }
    Result<qint64> importResidents(const QSqlDatabase &, const QString &, Format,
                                   Feedback &) override
    {
        return benchError(unavailableReason());
    }
};

} // namespace

std::unique_ptr<BenchSpreadsheetIo> BenchSpreadsheetIo::create()
{
    return std::make_unique<UnavailableSpreadsheetIo>();
}

} // namespace gridbook
