// SPDX-License-Identifier: MIT
#include "items/HouseholdQuery.h"

#include "items/LedgerConditions.h"
#include "items/LedgerSql.h"
#include "items/SearchText.h"

namespace gridbook {

namespace {

SqlStatement text(const QString &sql)
{
    return SqlStatement(sql);
}

/** A condition on the household alias h, with the index-backed SELECT of its ids, if any. */
using Condition = LedgerSql::Condition;

} // namespace

Result<IdListPlan> HouseholdQuery::plan(const QSqlDatabase &db) const
{
    const qint64 limit =
        sort == Sort::Address ? LedgerSql::kCandidateLimit / 5 : LedgerSql::kCandidateLimit;
    LedgerConditions conditions(db, limit, strategy == Strategy::Walk,
                                strategy == Strategy::Candidates);

    if (!scope.isEverything()) {
        const SqlStatement households = LedgerSql::scopeHouseholds(scope);
        Condition c;
        c.where = text(QStringLiteral("h.id IN (")) + households + text(QStringLiteral(")"));
        c.candidates = households;
        if (Status s = conditions.consider(c, QStringLiteral("scope"), true); !s)
            return s.error();
    }

    const SearchText searchText(search);
    if (!searchText.isEmpty()) {
        bool address = false;
        if (searchText.kind() == SearchText::Kind::Text) {
            auto may = LedgerSql::addressMayMatch(db, searchText);
            if (!may)
                return may.error();
            address = *may;
        }
        // The head's name and numbers, through the resident search; the household's own
        // number and address besides.
        const auto residents = LedgerSql::residentSearch(searchText, false);
        const SqlStatement heads =
            text(QStringLiteral(
                "SELECT household_id AS id FROM resident WHERE relation_code = '02' "
                "AND archived_at IS NULL AND household_id IS NOT NULL AND id IN (")) +
            residents->candidates + text(QStringLiteral(")"));
        QList<SqlStatement> selects{heads};
        // Estimated on the resident search alone (everyone, not only heads): a cap is reached
        // without building the whole union first.
        QList<SqlStatement> estimates{residents->estimate};
        if (searchText.kind() == SearchText::Kind::Digits) {
            selects << text(QStringLiteral("SELECT id FROM household WHERE ")) +
                           LedgerSql::prefixRange(QStringLiteral("household_number"),
                                                  searchText.text());
            estimates << selects.last();
        }
        if (address) {
            selects << text(QStringLiteral("SELECT id FROM household WHERE dwelling_id IN (")) +
                           LedgerSql::addressDwellings(searchText) + text(QStringLiteral(")"));
            estimates << selects.last();
        }
        Condition c;
        c.candidates = LedgerSql::unionOf(selects);
        c.estimate = LedgerSql::unionAll(estimates);
        c.where = text(QStringLiteral("h.id IN (")) + c.candidates + text(QStringLiteral(")"));
        if (Status s = conditions.consider(c, QStringLiteral("search"), false); !s)
            return s.error();
    }
    if (!careCategoryIds.isEmpty()) {
        const SqlStatement ids(
            QStringLiteral("SELECT r.household_id FROM resident_care rc JOIN resident r ON r.id = "
                           "rc.resident_id WHERE rc.archived_at IS NULL AND r.archived_at IS NULL "
                           "AND rc.category_id IN (SELECT value FROM json_each(?))"),
            {IdListPlan::jsonArray(careCategoryIds)});
        Condition c;
        c.where = text(QStringLiteral("h.id IN (")) + ids + text(QStringLiteral(")"));
        c.candidates = text(QStringLiteral("SELECT DISTINCT household_id AS id FROM (")) + ids +
                       text(QStringLiteral(")"));
        c.estimate = SqlStatement(QStringLiteral("SELECT 1 FROM resident_care WHERE category_id "
                                                 "IN (SELECT value FROM json_each(?))"),
                                  {IdListPlan::jsonArray(careCategoryIds)});
        if (Status s = conditions.consider(c, QStringLiteral("care"), false); !s)
            return s.error();
    }
    if (!residenceTypeCodes.isEmpty()) {
        Condition c;
        c.where = SqlStatement(QStringLiteral("h.residence_type_code IN (SELECT value FROM "
                                              "json_each(?))"),
                               {IdListPlan::jsonArray(residenceTypeCodes)});
        conditions.add(c);
    }

    const SqlStatement live =
        includeArchived ? SqlStatement() : text(QStringLiteral("h.archived_at IS NULL"));
    auto where = [&](bool withDriver) { return conditions.where(withDriver, {live}); };

    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString byId = QStringLiteral(", h.id") + dir;
    QString keys;
    switch (sort) {
    case Sort::Address:
        keys = QStringLiteral("(d.id IS NULL)") + dir + QStringLiteral(", ") +
               LedgerSql::addressOrder(dir, QStringLiteral("h.id"));
        break;
    case Sort::Number:
        keys = QStringLiteral("h.household_number") + dir + byId;
        break;
    case Sort::HeadName:
        keys = QStringLiteral("(SELECT name_pinyin FROM resident WHERE household_id = h.id AND "
                              "relation_code = '02' AND archived_at IS NULL)") +
               dir + byId;
        break;
    case Sort::MemberCount:
        keys = QStringLiteral("(SELECT count(*) FROM resident WHERE household_id = h.id AND "
                              "archived_at IS NULL)") +
               dir + byId;
        break;
    case Sort::ResidenceType:
        keys = QStringLiteral("h.residence_type_code") + dir + byId;
        break;
    case Sort::Care:
        keys = QStringLiteral("NOT EXISTS (SELECT 1 FROM resident r JOIN resident_care rc ON "
                              "rc.resident_id = r.id WHERE r.household_id = h.id AND "
                              "r.archived_at IS NULL AND rc.archived_at IS NULL)") +
               dir + byId;
        break;
    case Sort::Phone:
        keys = QStringLiteral("h.phone") + dir + byId;
        break;
    }

    IdListPlan plan;
    if (conditions.hasDriver()) {
        plan.strategy = QStringLiteral("candidates:") + conditions.driverName();
        const SqlStatement from = text(QStringLiteral("(")) + conditions.driver().candidates +
                                  text(QStringLiteral(") AS cand CROSS JOIN household h ON "
                                                      "h.id = cand.id"));
        SqlStatement s = text(QStringLiteral("SELECT h.id FROM ")) + from;
        if (sort == Sort::Address)
            s += text(LedgerSql::addressJoins());
        s += where(false) + text(QStringLiteral(" ORDER BY ") + keys);
        plan.parts << s;
        plan.count = text(QStringLiteral("SELECT count(*) FROM ")) + from + where(false);
        return plan;
    }

    plan.count = text(QStringLiteral("SELECT count(*) FROM household h")) + where(true);
    plan.strategy = QStringLiteral("walk:");
    if (sort == Sort::Address) {
        plan.strategy += QStringLiteral("address");
        const SqlStatement housed =
            text(QStringLiteral(
                "SELECT h.id FROM compound c INDEXED BY compound_sort"
                " CROSS JOIN building b INDEXED BY building_sort ON b.compound_id = c.id"
                " CROSS JOIN dwelling d INDEXED BY dwelling_order ON d.building_id = b.id"
                " LEFT JOIN building_unit u ON u.id = d.unit_id"
                " CROSS JOIN household h INDEXED BY household_dwelling ON h.dwelling_id = d.id")) +
            where(true) +
            text(QStringLiteral(" ORDER BY ") +
                 LedgerSql::addressOrder(dir, QStringLiteral("h.id")));
        SqlStatement homeless = text(QStringLiteral("SELECT h.id FROM household h"));
        {
            SqlStatement w = where(true);
            LedgerConditions::addTerm(w, text(QStringLiteral("h.dwelling_id IS NULL")));
            homeless += w + text(QStringLiteral(" ORDER BY h.id") + dir);
        }
        if (order == Qt::AscendingOrder)
            plan.parts << housed << homeless;
        else
            plan.parts << homeless << housed;
        return plan;
    }
    if (sort == Sort::Number) {
        plan.strategy += QStringLiteral("number");
        plan.parts << text(QStringLiteral(
                          "SELECT h.id FROM household h INDEXED BY household_number")) +
                          where(true) + text(QStringLiteral(" ORDER BY ") + keys);
        return plan;
    }
    plan.strategy += QStringLiteral("sorted");
    SqlStatement s = text(QStringLiteral("SELECT h.id FROM household h")) + where(true) +
                     text(QStringLiteral(" ORDER BY ") + keys);
    plan.parts << s;
    plan.head = s + SqlStatement(QStringLiteral(" LIMIT ?"), {IdListPlan::kFirstChunk});
    return plan;
}

Status HouseholdQuery::run(const QSqlDatabase &db, IdListReceiver &receiver) const
{
    auto p = plan(db);
    if (!p)
        return p.error();
    return p->run(db, receiver);
}

Result<QList<qint64>> HouseholdQuery::ids(const QSqlDatabase &db) const
{
    auto p = plan(db);
    if (!p)
        return p.error();
    return p->ids(db);
}

Result<qint64> HouseholdQuery::count(const QSqlDatabase &db) const
{
    auto p = plan(db);
    if (!p)
        return p.error();
    return p->rowCount(db);
}

} // namespace gridbook
