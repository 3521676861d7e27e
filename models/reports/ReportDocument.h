// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gridbook {

/** One column of a report table: its header text and its share of the page width. */
struct ReportColumn {
    QString key;         ///< stable name ("name", "id_number"), for tests and options
    QString title;       ///< translated header text
    double weight = 1.0; ///< relative width; the renderer scales the weights to the page
    bool alignRight = false;
    bool alignCenter = false;
};

/** One row of a report table. */
struct ReportRow {
    enum class Kind {
        Data,     ///< one cell per column
        Group,    ///< a heading spanning the table ("和园小区3栋"), kept with the row after it
        Subtotal, ///< a spanning line closing a group ("小计：12 人")
        Total     ///< a spanning line closing the table
    };
    Kind kind = Kind::Data;
    QStringList cells; ///< Data rows
    QString text;      ///< spanning rows
};

/** A table whose header row the renderer repeats on every page it continues on. */
struct ReportTable {
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    QString emptyText; ///< printed in place of the rows when there are none
};

/** One block of the document's flow. */
struct ReportBlock {
    enum class Kind {
        Heading,   ///< `text` in bold, kept with what follows
        Paragraph, ///< `text`, wrapped
        Fields,    ///< label/value pairs laid out in columns
        Table,     ///< `table`
        PageBreak  ///< the next block starts on a new page (ignored at the top of a page)
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QList<QPair<QString, QString>> fields;
    ReportTable table;

    static ReportBlock heading(const QString &text) { return {Kind::Heading, text, {}, {}}; }
    static ReportBlock paragraph(const QString &text) { return {Kind::Paragraph, text, {}, {}}; }
    static ReportBlock pageBreak() { return {Kind::PageBreak, {}, {}, {}}; }
    static ReportBlock fieldList(QList<QPair<QString, QString>> fields)
    {
        return {Kind::Fields, {}, std::move(fields), {}};
    }
    static ReportBlock tableBlock(ReportTable table)
    {
        return {Kind::Table, {}, {}, std::move(table)};
    }
};

/**
 * A report computed as data, before any page exists: the rosters, contact books and
 * household files build one, ReportRenderer lays it out on paper (PDF, printer, preview).
 * Tests check these values as well as the text of the PDF.
 */
struct ReportDocument {
    QString title;       ///< first line of every page: "和济社区 居民花名册"
    QString subtitle;    ///< second line of every page: scope, filters, date
    QString privacyNote; ///< printed under the subtitle: masked or full values
    QString signature;   ///< the checker's signature and date line, in every page's footer
    /** Printed alone on the only page when there are no blocks, instead of a blank page. */
    QString emptyMessage;
    bool landscape = false;
    QList<ReportBlock> blocks;

    QString scope;   ///< the scope in words, as in the subtitle (for the print log)
    QString filters; ///< the filters in words, as in the subtitle (for the print log)

    /** What the report counts, for the print log and summaries (persons or households). */
    qint64 records = 0;

    bool isEmpty() const { return blocks.isEmpty(); }
};

} // namespace gridbook
