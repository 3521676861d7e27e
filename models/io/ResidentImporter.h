// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "io/ColumnMapper.h"
#include "io/SheetData.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gridbook {

/** What to do with a row whose person is already in the ledger (matched by ID number). */
enum class DuplicatePolicy {
    Skip,   ///< keep the ledger's record, import nothing from the row
    Update, ///< fill the ledger's record from the row's non-empty cells
    Review, ///< import nothing; list the rows so that the user decides one by one
};

/** A row of an imported file: which sheet (index into the inputs) and which row (1-based). */
struct ImportRowRef {
    int sheet = 0;
    int row = 0;
    friend bool operator==(const ImportRowRef &a, const ImportRowRef &b)
    {
        return a.sheet == b.sheet && a.row == b.row;
    }
};
inline size_t qHash(const ImportRowRef &r, size_t seed = 0)
{
    return ::qHash((qint64(r.sheet) << 32) | quint32(r.row), seed);
}

struct ImportOptions {
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    /** Per-row choices made while reviewing (Skip or Update); they win over onDuplicate. */
    QHash<ImportRowRef, DuplicatePolicy> decisions;
    /** Check and count everything, write nothing. */
    bool dryRun = false;
    /** Any rejected row: import nothing ("all or nothing"). */
    bool strict = false;
    /**
     * The community new compounds belong to, by name: needed when the ledger has several
     * and the sheet has no 社区 column; created if the ledger has none of that name.
     */
    QString community;
    /** The compound of addresses that name none ("3-2-501"), by name; created if missing. */
    QString defaultCompound;
    /** Bounds birth dates in ID numbers; tests pass a fixed day. */
    QDate today = QDate::currentDate();
};

/** One line of the validation report. */
struct ImportIssue {
    enum class Severity { Error, Warning, Note };
    ImportRowRef ref;
    QString sheetName;
    QString column; ///< the header of the column, as in the file
    QString value;  ///< the cell as found
    QString reason; ///< translated
    Severity severity = Severity::Error;
};

/** A row that was not imported and why: what goes to the error sheet. */
struct RejectedRow {
    ImportRowRef ref;
    QString reason; ///< all reasons of the row, joined
};

/** A row whose person is already in the ledger. */
struct DuplicateRow {
    ImportRowRef ref;
    qint64 residentId = 0;
    QString name;       ///< the row's name
    QString ledgerName; ///< the name in the ledger
    QString maskedId;
    QStringList differences; ///< translated "Phone: 138****0000 → 139****1111"
    DuplicatePolicy action = DuplicatePolicy::Skip;
};

struct ImportSummary {
    int rowsRead = 0; ///< data rows below the header, blank rows not counted
    int inserted = 0;
    int updated = 0;
    int skipped = 0; ///< already in the ledger, left as they were
    int review = 0;  ///< already in the ledger, waiting for a decision
    int rejected = 0;
    int householdsCreated = 0;
    int householdsJoined = 0; ///< existing households that got new members
    int communitiesCreated = 0;
    int compoundsCreated = 0;
    int buildingsCreated = 0;
    int unitsCreated = 0;
    int dwellingsCreated = 0;
    /** Addresses that could not be split into compound / building / unit / room; the
     *  household keeps them as text in its note. */
    QStringList unparsedAddresses;
    bool dryRun = false;
    /** The ledger was changed (false for a dry run, a strict run with rejected rows, or a
     *  failure). */
    bool committed = false;
};

struct ImportResult {
    ImportSummary summary;
    QList<ImportIssue> issues;
    QList<RejectedRow> rejected;
    QList<DuplicateRow> duplicates;
};

/** One sheet to import and how its columns map. */
struct ImportSheet {
    SheetData data;
    SheetLayout layout;
};

/**
 * Imports residents - and the households and places they imply - from spreadsheet rows.
 *
 * Every row is checked first, with lookups loaded once (codes, care categories, places, the
 * ID numbers already in the ledger, matched in one query): name; ID number (GB 11643; full-
 * width digits and blanks folded; a number Excel turned into 4.30102E+17, or a number cell that
 * lost its last digits, is reported as unrecoverable; a masked one from an export too); sex,
 * birth date (text, Excel date or day number) and their agreement with the ID; ethnicity,
 * political status, relation and residence type by their usual names; phone.
 *
 * Households are formed from, in order: the household record id (a Gridbook export), the 户号,
 * the relation column (a 户主 row starts a household, the rows after it join it), the shared
 * address (each 户主 there starting one). A household needs exactly one head; rows that would
 * leave one without, or give it two, are rejected with the reason. People already in the
 * ledger anchor their household: new members join it.
 *
 * Addresses (住址 or the 小区/楼栋/单元/房号 columns) are matched to the ledger's places; what is
 * missing - community, compound, building, unit, dwelling - is created in the same
 * transaction. An address that cannot be parsed is kept as text on the household and listed.
 *
 * Then one transaction: the valid rows are written with prepared bulk inserts and the
 * household rule is checked once at the end. A dry run, a strict run with rejected rows, a
 * cancel or any failure rolls everything back: the ledger is exactly as before.
 */
class ResidentImporter {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ResidentImporter)
public:
    explicit ResidentImporter(QSqlDatabase db);

    /** Checks, plans and - unless options.dryRun - writes. */
    Result<ImportResult> run(const QList<ImportSheet> &sheets, const ImportOptions &options,
                             Feedback &feedback);

    /** The tables an import writes, parents before the tables that refer to them. */
    static const QStringList &writtenTables();

private:
    QSqlDatabase m_db;
};

} // namespace gridbook
