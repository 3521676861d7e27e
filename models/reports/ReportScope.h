// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace gridbook {

/**
 * Where a report looks: one place or grid of the ledger (社区, 大网格, 小网格, 小区, 楼栋 or
 * 单元), named the way a user or a script names it and resolved to its row. A report takes a
 * list of them and covers their union; an empty list means every community in the ledger.
 *
 * The command line spells one as KIND:NAME-or-uid, e.g. "grid:第3网格", "compound:和园小区",
 * "building:和园小区/3栋", "unit:和园小区/3栋/2单元", "big-grid:01", "grid:<uid>".
 * Buildings and units are named under their compound because "3栋" repeats in every one.
 */
class ReportScope {
    Q_DECLARE_TR_FUNCTIONS(ReportScope)
public:
    enum class Kind { Community, BigGrid, SmallGrid, Compound, Building, Unit };

    Kind kind = Kind::Community;
    qint64 id = 0;
    QString uid;
    QString label; ///< for titles: "第3网格", "和园小区3栋", "和济社区"

    /** The command-line spelling of a kind ("community", "big-grid", "grid", ...). */
    static QString kindKeyword(Kind kind);
    /** All command-line kind keywords, for help texts. */
    static QStringList kindKeywords();
    /** The translated name of a kind ("Small grid" / 小网格). */
    static QString kindName(Kind kind);

    /**
     * Resolves "KIND:NAME-or-uid" against the ledger. Fails with a one-line message when the
     * kind is unknown, nothing matches, or a name matches several rows (then name the uid).
     */
    static Result<ReportScope> parse(const QSqlDatabase &db, const QString &spec);
    /** Resolves one row by kind and id (as the desktop app's tree hands it over). */
    static Result<ReportScope> fromId(const QSqlDatabase &db, Kind kind, qint64 id);
    /** Every live place or grid of one kind, in ledger order: for the options dialog. */
    static Result<QList<ReportScope>> list(const QSqlDatabase &db, Kind kind);

    /** The labels of `scopes` joined for a title; the community's name when empty. */
    static QString describe(const QList<ReportScope> &scopes, const QString &community);

    /**
     * A SQL condition over the aliases of placeJoins() that holds for rows inside any of
     * `scopes` (always true for an empty list); its values go to `bind` in order.
     */
    static QString condition(const QList<ReportScope> &scopes, QVariantList &bind);

    /**
     * The joins from household `h` to its place: dwelling d, building b, compound co,
     * unit u (may be NULL) and small grid sg (may be NULL). Households without a dwelling
     * (人户分离) have no place and so fall outside every scope, unless `keepUnplaced`
     * (for households named one by one), which makes every join a LEFT JOIN.
     */
    static QString placeJoins(bool keepUnplaced = false);

    bool operator==(const ReportScope &other) const { return kind == other.kind && id == other.id; }
};

} // namespace gridbook
