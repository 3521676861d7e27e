// SPDX-License-Identifier: MIT
#include "bench/BenchSpreadsheetIo.h"

#include "common/HeapMemory.h"
#include "io/ColumnMapper.h"
#include "io/ResidentImporter.h"
#include "io/SpreadsheetReader.h"
#include "io/TableExporter.h"

namespace gridbook {

namespace {

/** Export through TableExporter and import through SpreadsheetReader + ResidentImporter, as the
 *  export dialog and the import wizard run them. */
class ModelsSpreadsheetIo : public BenchSpreadsheetIo {
public:
    QString unavailableReason() const override { return {}; }

    Result<qint64> exportResidents(const QSqlDatabase &db, Format format, const QString &path,
                                   Feedback &feedback) override
    {
        ExportOptions options;
        options.tables = {ExportTable::Residents};
        options.format = format == Format::Csv ? ExportFormat::Csv : ExportFormat::Xlsx;
        // Full values: an import needs the ID numbers that masking would hide.
        options.full = true;
        options.path = path;
        auto summary = TableExporter(db).run(options, feedback);
        if (!summary)
            return summary.error();
        return summary->totalRows();
    }

    Result<qint64> importResidents(const QSqlDatabase &db, const QString &path, Format format,
                                   Feedback &feedback) override
    {
        auto imported = readAndImport(db, path, format, feedback);
        // As the window does once the import wizard has closed and freed the sheet.
        releaseFreedMemory();
        return imported;
    }

private:
    static Result<qint64> readAndImport(const QSqlDatabase &db, const QString &path, Format,
                                        Feedback &feedback)
    {
        auto workbook = SpreadsheetReader::read(path, {}, feedback);
        if (!workbook)
            return workbook.error();
        QList<ImportSheet> sheets;
        for (SheetData &data : workbook->sheets) {
            ImportSheet sheet;
            sheet.layout = ColumnMapper::detect(data);
            if (!sheet.layout.usable())
                continue;
            sheet.data = std::move(data);
            sheets << std::move(sheet);
        }
        // No usable sheet imports nothing: the benchmark reports 0 of N rows imported.
        auto result = ResidentImporter(db).run(sheets, ImportOptions{}, feedback);
        if (!result)
            return result.error();
        return qint64(result->summary.inserted);
    }
};

} // namespace

std::unique_ptr<BenchSpreadsheetIo> BenchSpreadsheetIo::create()
{
    return std::make_unique<ModelsSpreadsheetIo>();
}

} // namespace gridbook
