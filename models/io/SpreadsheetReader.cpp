// SPDX-License-Identifier: MIT
#include "io/SpreadsheetReader.h"

#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gridbook {

namespace {

Error unreadable(const QString &message)
{
    Error e;
    e.message = message;
    e.operation = QStringLiteral("open spreadsheet");
    return e;
}

} // namespace

Result<SpreadsheetReader::Format> SpreadsheetReader::detect(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return unreadable(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("open spreadsheet"),
            file.errorString(),
            {},
            {}};
    const QByteArray head = file.read(4096);
    if (head.isEmpty())
        return unreadable(tr("%1 is empty.").arg(name));
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Format::Xlsx;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return unreadable(tr("%1 is an old Excel 97-2003 (.xls) file or a password-protected "
                             "workbook. Open it in Excel or WPS and save it as .xlsx (without "
                             "a password), then import that.")
                              .arg(name));
    if (head.startsWith("%PDF"))
        return unreadable(tr("%1 is a PDF document, not a spreadsheet.").arg(name));
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && head.contains('\0'))
        return unreadable(tr("%1 is neither an .xlsx workbook nor a CSV text file.").arg(name));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return unreadable(tr("%1 is named .xlsx but holds text, not a workbook; rename it to "
                             ".csv if it is a CSV file.")
                              .arg(name));
    return Format::Csv;
}

Result<QStringList> SpreadsheetReader::sheetNames(const QString &path)
{
    auto format = detect(path);
    if (!format)
        return format.error();
    if (*format == Format::Xlsx)
        return XlsxReader::sheetNames(path);
    return QStringList{QFileInfo(path).completeBaseName()};
}

Result<WorkbookData> SpreadsheetReader::read(const QString &path, const Options &options,
                                             Feedback &feedback)
{
    auto format = detect(path);
    if (!format)
        return format.error();
    if (*format == Format::Xlsx) {
        XlsxReader::Options o;
        o.maxRows = options.maxRows;
        o.sheet = options.sheet;
        return XlsxReader::read(path, o, feedback);
    }
    CsvReader::Options o;
    o.maxRows = options.maxRows;
    o.encoding = options.encoding;
    feedback.progress(tr("Reading %1").arg(QFileInfo(path).fileName()), 0, 0);
    return CsvReader::read(path, o);
}

} // namespace gridbook
