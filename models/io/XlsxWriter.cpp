// SPDX-License-Identifier: MIT
#include "io/XlsxWriter.h"

#include "common/TextColumns.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>
#include <zlib.h>

#include <dlfcn.h>

#include <algorithm>
#include <cstdio>

/*
 * libxlsxwriter zips the workbook through minizip at zlib's default level (6) and has no setting
 * for it. A sheet of 100,000 residents is 138 MB of XML; level 6 spends 1.5 s on it in one
 * thread, level 2 0.6 s for a file 18% larger (18.6 MB instead of 15.8 MB). This definition is
 * found before minizip's (an executable's symbols come first in ELF symbol lookup), so
 * libxlsxwriter's calls land here; it asks minizip for level 2 where the caller left the level
 * to zlib, and passes everything else through. Only libxlsxwriter uses minizip in Gridbook. The
 * export tests read the level back from the zip entry's flags (fast deflate), so a build where
 * this no longer takes effect fails them.
 */
extern "C" int zipOpenNewFileInZip4_64(
    void *file, const char *filename, const void *zipfi, const void *extrafieldLocal,
    uInt sizeExtrafieldLocal, const void *extrafieldGlobal, uInt sizeExtrafieldGlobal,
    const char *comment, int method, int level, int raw, int windowBits, int memLevel,
    int strategy, const char *password, uLong crcForCrypting, uLong versionMadeBy, uLong flagBase,
    int zip64)
{
    using Open = int (*)(void *, const char *, const void *, const void *, uInt, const void *,
                         uInt, const char *, int, int, int, int, int, int, const char *, uLong,
                         uLong, uLong, int);
    static const auto minizip =
        reinterpret_cast<Open>(dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
    if (!minizip)
        return -102; // ZIP_PARAMERROR: libxlsxwriter reports the workbook as not written
    constexpr int kFastDeflate = 2;
    return minizip(file, filename, zipfi, extrafieldLocal, sizeExtrafieldLocal, extrafieldGlobal,
                   sizeExtrafieldGlobal, comment, method,
                   level == Z_DEFAULT_COMPRESSION ? kFastDeflate : level, raw, windowBits,
                   memLevel, strategy, password, crcForCrypting, versionMadeBy, flagBase, zip64);
}

namespace gridbook {

namespace {

QString lxwMessage(int error)
{
    return QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error)));
}

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\ and no leading '. */
QString sheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = u'_';
    }
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    return name.left(31);
}

} // namespace

XlsxWriter::XlsxWriter(const QString &path) : m_path(path)
{
    // A temporary name in the target folder, so that the final rename cannot cross file systems.
    const QFileInfo target(path);
    QTemporaryFile temp(
        target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.part")));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        m_status =
            Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), temp.errorString()),
                  QStringLiteral("create workbook"),
                  temp.errorString(),
                  {},
                  {}};
        return;
    }
    m_tempPath = temp.fileName();
    temp.close();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_FALSE;
    const QByteArray name = QFile::encodeName(m_tempPath);
    m_workbook = workbook_new_opt(name.constData(), &options);
    if (!m_workbook) {
        QFile::remove(m_tempPath);
        m_status = Error{tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("create workbook"),
                         {},
                         {},
                         {}};
        return;
    }
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDEBF7);
    format_set_border(m_header, LXW_BORDER_THIN);
    format_set_text_wrap(m_header);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    m_text = workbook_add_format(m_workbook);
    format_set_num_format(m_text, "@");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
}

XlsxWriter::~XlsxWriter()
{
    if (m_workbook) {
        // Abandoned (an error or a cancel): libxlsxwriter only frees memory when the file is
        // written, so write it and throw it away.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
}

void XlsxWriter::fail(int lxwError, const QString &operation)
{
    if (m_status.ok())
        m_status = Error{
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), lxwMessage(lxwError)),
            operation,
            lxwMessage(lxwError),
            {},
            {}};
}

Status XlsxWriter::addSheet(const QString &name)
{
    if (!m_status)
        return m_status;
    QString base = sheetName(name);
    QString unique = base;
    for (int n = 2; m_sheetNames.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = base.left(31 - suffix.size()) + suffix;
    }
    m_sheetNames << unique;
    const QByteArray utf8 = unique.toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, utf8.constData());
    if (!m_sheet) {
        fail(LXW_ERROR_MEMORY_MALLOC_FAILED, QStringLiteral("add worksheet"));
        return m_status;
    }
    // In constant-memory mode the rows go to a temporary file through stdio's 4 KB buffer and
    // are read back the same way to be zipped: 70,000 system calls for 100,000 residents. A
    // larger buffer, set before the first row is written (as setvbuf requires), makes that a
    // few hundred.
    if (m_sheet->optimize_tmpfile) {
        m_sheetBuffers.emplace_back(std::make_unique<char[]>(kSheetBufferBytes));
        setvbuf(m_sheet->optimize_tmpfile, m_sheetBuffers.back().get(), _IOFBF, kSheetBufferBytes);
    }
    return m_status;
}

Status XlsxWriter::writeHeader(const QStringList &titles)
{
    if (!m_status)
        return m_status;
    for (int c = 0; c < titles.size(); ++c)
        writeText(0, c, titles[c], Style::Header);
    worksheet_set_row(m_sheet, 0, 30, nullptr);
    worksheet_freeze_panes(m_sheet, 1, 0);
    return m_status;
}

lxw_format *XlsxWriter::format(Style style) const
{
    switch (style) {
    case Style::Text:
        return m_text;
    case Style::Date:
        return m_date;
    case Style::DateTime:
        return m_dateTime;
    case Style::Header:
        return m_header;
    case Style::General:
        break;
    }
    return nullptr;
}

void XlsxWriter::writeText(int row, int column, const char *utf8, int length, Style style)
{
    if (!m_sheet || length <= 0)
        return;
    // libxlsxwriter wants a NUL-terminated string; callers hand over views into SQLite rows.
    const lxw_error e =
        utf8[length] == '\0'
            ? worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8,
                                     format(style))
            : worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                     QByteArray(utf8, length).constData(), format(style));
    if (e != LXW_NO_ERROR && e != LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        fail(e, QStringLiteral("write cell"));
}

void XlsxWriter::writeText(int row, int column, const QString &text, Style style)
{
    if (text.isEmpty())
        return;
    const QByteArray utf8 = text.toUtf8();
    writeText(row, column, utf8.constData(), int(utf8.size()), style);
}

void XlsxWriter::writeNumber(int row, int column, double value)
{
    if (!m_sheet)
        return;
    if (const lxw_error e =
            worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr);
        e != LXW_NO_ERROR)
        fail(e, QStringLiteral("write cell"));
}

double XlsxWriter::excelSerial(QDate date)
{
    // Day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was: from
    // 1900-03-01 on, the serial is the day count from 1899-12-30.
    static const QDate epoch(1899, 12, 30);
    const qint64 days = epoch.daysTo(date);
    return double(date < QDate(1900, 3, 1) ? days - 1 : days);
}

void XlsxWriter::writeDate(int row, int column, QDate date)
{
    if (!m_sheet || !date.isValid() || date.year() < 1900)
        return;
    if (const lxw_error e = worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                                   excelSerial(date), m_date);
        e != LXW_NO_ERROR)
        fail(e, QStringLiteral("write cell"));
}

void XlsxWriter::writeDateTime(int row, int column, double serial)
{
    if (!m_sheet || serial < 1)
        return;
    if (const lxw_error e =
            worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), serial, m_dateTime);
        e != LXW_NO_ERROR)
        fail(e, QStringLiteral("write cell"));
}

double XlsxWriter::widthFor(const QString &text)
{
    return std::clamp(TextColumns::displayWidth(text) * 1.1 + 2.0, 6.0, 60.0);
}

void XlsxWriter::setColumnWidth(int column, double width, Style style)
{
    if (m_sheet)
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, format(style));
}

void XlsxWriter::setAutoFilter(int lastRow, int columns)
{
    if (m_sheet && columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::max(lastRow, 0)),
                             lxw_col_t(columns - 1));
}

Status XlsxWriter::close()
{
    if (!m_workbook)
        return m_status.ok() ? Status(Error{tr("The workbook was already closed."),
                                            QStringLiteral("close workbook"),
                                            {},
                                            {},
                                            {}})
                             : m_status;
    if (!m_status)
        return m_status; // the destructor throws the partial file away
    const lxw_error e = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (e != LXW_NO_ERROR) {
        fail(e, QStringLiteral("close workbook"));
        return m_status;
    }
    const QByteArray from = QFile::encodeName(m_tempPath);
    const QByteArray to = QFile::encodeName(m_path);
    if (std::rename(from.constData(), to.constData()) != 0) {
        m_status = Error{tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_path)),
                         QStringLiteral("rename workbook"),
                         qt_error_string(errno),
                         {},
                         {}};
        return m_status;
    }
    // The temporary file was created 0600; give the workbook the usual permissions.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther);
    m_tempPath.clear();
    return m_status;
}

} // namespace gridbook
