// SPDX-License-Identifier: MIT
#include "bench/BenchSpreadsheetIo.h"

#include "io/ColumnMapper.h"
#include "io/ResidentImporter.h"
#include "io/SpreadsheetReader.h"
#include "io/TableExporter.h"

namespace gridbook {

namespace {

/** The export dialog's and the import wizard's code paths (models/io), without the widgets. */
class SpreadsheetIo : public BenchSpreadsheetIo {
public:
    QString unavailableReason() const override { return {}; }

    Result<qint64> exportResidents(const QSqlDatabase &db, Format format, const QString &path,
                                   Feedback &feedback) override
    {
        ExportOptions options;
        options.tables = {ExportTable::Residents};
        options.format = format == Format::Csv ? ExportFormat::Csv : ExportFormat::Xlsx;
        // Unmasked: the file is imported again, and masked ID numbers are refused.
        options.full = true;
        options.path = path;
        auto summary = TableExporter(db).run(options, feedback);
        if (!summary)
            return summary.error();
        return summary->totalRows();
    }

    Result<qint64> importResidents(const QSqlDatabase &db, const QString &path, Format,
                                   Feedback &feedback) override
    {
        auto book = SpreadsheetReader::read(path, {}, feedback);
        if (!book)
            return book.error();
        QList<ImportSheet> sheets;
        for (SheetData &data : book->sheets) {
            ImportSheet sheet;
            sheet.layout = ColumnMapper::detect(data);
            sheet.data = std::move(data);
            sheets << std::move(sheet);
        }
        auto result = ResidentImporter(db).run(sheets, ImportOptions{}, feedback);
        if (!result)
            return result.error();
        return qint64(result->summary.inserted);
    }
};

} // namespace

std::unique_ptr<BenchSpreadsheetIo> BenchSpreadsheetIo::create()
{
    return std::make_unique<SpreadsheetIo>();
}

} // namespace gridbook
