// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace gridbook {

/** One cell as a spreadsheet or CSV file gave it. */
struct SheetCell {
    enum class Type : quint8 {
        Empty,
        Text,    ///< a string (shared, inline, or a CSV field)
        Number,  ///< a number cell; `text` is the number as stored ("4.3010219800101101E+17")
        Date,    ///< a number cell with a date format; `text` is "yyyy-MM-dd"
        Boolean, ///< "TRUE" / "FALSE"
        Error,   ///< "#N/A", "#VALUE!", ...
    };
    QString text;
    Type type = Type::Empty;
    bool formula = false; ///< a formula; `text` is its cached value, if the file had one

    bool isEmpty() const
    {
        // A view: trimming a QString copies it (a reference count up and down per cell).
        return type == Type::Empty || QStringView(text).trimmed().isEmpty();
    }
    /** The value of a Number cell. Read from `text`, which holds the number exactly as stored
     *  (or as an integer when it is one), rather than kept beside it: a 100,000-row sheet has
     *  millions of cells and this keeps each at 32 bytes. */
    double number() const { return text.toDouble(); }
};

/** A rectangle of merged cells, zero-based, inclusive. */
struct CellRange {
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

/**
 * One sheet's cells as rows (zero-based; row i is the file's row i + 1), with merged ranges
 * already filled: every cell of a merged range holds the range's top-left value, the way the
 * office reads it (a 户号 merged down over a family's rows belongs to each of them).
 */
struct SheetData {
    QString name;
    QList<QList<SheetCell>> rows;
    QList<CellRange> merges;
    int columnCount = 0;
    /** The file had more rows than were read (a preview read). */
    bool truncated = false;

    const SheetCell *cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
            return nullptr;
        return &rows[row][column];
    }
    QString text(int row, int column) const
    {
        const SheetCell *c = cell(row, column);
        return c ? c->text : QString();
    }
    /** Copies each merged range's top-left cell into the rest of the range. */
    void fillMerges();
};

/** What a spreadsheet or CSV file held. */
struct WorkbookData {
    QList<SheetData> sheets;
    /** How a CSV file was decoded, for the wizard to show ("GBK/GB18030"). Empty for XLSX. */
    QString encoding;
    /** Things the user should know (mixed encodings, bytes that fit no encoding). */
    QStringList warnings;
};

} // namespace gridbook
