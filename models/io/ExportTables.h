// SPDX-License-Identifier: MIT
#pragma once

#include "io/ExportScope.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gridbook {

/** The tables a user can export. */
enum class ExportTable {
    Residents,       ///< 居民
    Households,      ///< 户
    PartyMembers,    ///< 党员
    Volunteers,      ///< 志愿者
    GridRoles,       ///< 网格角色 (网格长, 网格员, 楼栋长, ...)
    ServiceRequests, ///< 服务点单
    Visits,          ///< 入户走访
};

/** One column of an exported table. */
struct ExportColumn {
    /** How the value is written; Id and Phone are masked unless a full export is asked for. */
    enum class Kind {
        Text,       ///< plain text
        Code,       ///< text that looks like a number (户号, 房号, uids): kept as text
        IdNumber,   ///< 身份证号: text, masked by default
        Phone,      ///< text, masked by default
        Date,       ///< "yyyy-MM-dd" stored, a real date cell in XLSX
        DateTime,   ///< ISO timestamp stored, a date-and-time cell in XLSX
        Integer,    ///< a number cell
        Number,     ///< a number cell (hours, points)
        YesNo,      ///< 0/1 stored, 是/否 written
        Membership, ///< party_member.membership: 社区自管党员 / 在职报到党员
        State,      ///< service_request.state: 已点单 / 已派单 / ...
    };

    const char *header; ///< source text in context "gridbook::ExportColumns" (Chinese)
    Kind kind = Kind::Text;
};

/**
 * What each exportable table holds: its columns, in the order and with the headers Chinese
 * offices use (so that the import recognises them, and a street office's own templates line
 * up), and the query that reads it. Every query selects the columns in order, then the small
 * grid's id, name and community name (for one sheet per grid). Queries order rows by place and
 * household, the head first, so that a printed or filtered sheet reads door by door.
 *
 * Headers and the words written for coded values are spreadsheet vocabulary: their source
 * text is Chinese (translate context "gridbook::ExportColumns"), what the office expects
 * whatever the interface language.
 */
class ExportTables {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ExportTables)
public:
    ExportTables() = delete;

    static const QList<ExportTable> &all();
    /** The command-line name: residents, households, party-members, ... */
    static QString key(ExportTable table);
    static std::optional<ExportTable> fromKey(const QString &key);
    /** The sheet name (translated): 居民, 户, ... */
    static QString title(ExportTable table);
    static const QList<ExportColumn> &columns(ExportTable table);
    /** The translated headers of columns(). */
    static QStringList headers(ExportTable table);
    /** A coded value's word: "1" → 是 for YesNo, "accepted" → 已接单 for State, ... */
    static QString mappedValue(ExportColumn::Kind kind, const QString &stored);
    /**
     * The SELECT for `table` within `scope`. `full` includes sensitive care categories;
     * `byGrid` orders by small grid first.
     */
    static QString sql(ExportTable table, const ExportScope &scope, bool full, bool byGrid);
    /**
     * sql() in two steps, for exports that stream: `fillOrder` writes the ids of the records in
     * export order into the temporary table `orderTable` (pos INTEGER PRIMARY KEY, record_id),
     * sorting only the ids and the sort keys; `rows` then reads the same columns as sql() in
     * that order, with nothing left to sort. SQLite sorts whole result rows, so with sql() the
     * first row comes only after every row was read and sorted with all its columns. The
     * number of ids written is the number of rows.
     */
    struct OrderedQuery {
        QString fillOrder;
        QString rows;
    };
    static OrderedQuery orderedSql(ExportTable table, const ExportScope &scope, bool full,
                                   bool byGrid, const QString &orderTable);
};

} // namespace gridbook
