// SPDX-License-Identifier: MIT
#include "items/ResidentQuery.h"

#include "items/AddressRank.h"
#include "items/LedgerConditions.h"
#include "items/LedgerSql.h"
#include "items/SearchText.h"

#include <optional>

namespace gridbook {

namespace {

SqlStatement text(const QString &sql)
{
    return SqlStatement(sql);
}

using Condition = LedgerSql::Condition;

const QString kPinyinIndex = LedgerSql::kPinyinIndex;
const QString kBirthIndex = LedgerSql::kBirthIndex;

} // namespace

bool ResidentQuery::hasFilters() const
{
    return !SearchText(search).isEmpty() || !careCategoryIds.isEmpty() ||
           !residenceTypeCodes.isEmpty() || !politicalStatusCodes.isEmpty() || minAge >= 0 ||
           maxAge >= 0;
}

QDate ResidentQuery::latestBirthForAge(int years, QDate day)
{
    // QDate::addYears turns 29 February into 28 February in a common year, which is exactly
    // ResidentId::ageOn's rule seen from the other side (the birthday counts from 1 March).
    return day.addYears(-years);
}

Result<IdListPlan> ResidentQuery::plan(const QSqlDatabase &db) const
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    // Sorting candidates by address reads their household and dwelling too: the walk in
    // address order wins earlier than for the other sorts — unless the households' positions
    // are ready and the search is alone, when its indexes answer the sort without any row
    // (migration 8), as cheaply as for the other sorts.
    std::shared_ptr<const AddressRanks> ranks;
    if (sort == Sort::Address && strategy != Strategy::Walk)
        ranks = AddressRank::ready(db);
    const bool searchAlone = scope.isEverything() && careCategoryIds.isEmpty() &&
                             residenceTypeCodes.isEmpty() && politicalStatusCodes.isEmpty() &&
                             minAge < 0 && maxAge < 0 && !includeArchived;
    const qint64 limit = sort == Sort::Address && !(ranks && searchAlone)
                             ? LedgerSql::kCandidateLimit / 5
                             : LedgerSql::kCandidateLimit;
    LedgerConditions conditions(db, limit, strategy == Strategy::Walk,
                                strategy == Strategy::Candidates);

    if (!scope.isEverything()) {
        // A scope is at most a community (some 20,000 residents): always short enough.
        const SqlStatement households = LedgerSql::scopeHouseholds(scope);
        Condition c;
        c.where =
            text(QStringLiteral("r.household_id IN (")) + households + text(QStringLiteral(")"));
        c.candidates = text(QStringLiteral("SELECT id FROM resident WHERE household_id IN (")) +
                       households + text(QStringLiteral(")"));
        if (Status s = conditions.consider(c, QStringLiteral("scope"), true); !s)
            return s.error();
    }
    const SearchText searchText(search);
    bool address = false;
    if (searchText.kind() == SearchText::Kind::Text) {
        auto may = LedgerSql::addressMayMatch(db, searchText);
        if (!may)
            return may.error();
        address = *may;
    }
    if (auto c = LedgerSql::residentSearch(searchText, address)) {
        if (Status s = conditions.consider(*c, QStringLiteral("search"), false); !s)
            return s.error();
    }
    if (!careCategoryIds.isEmpty()) {
        const SqlStatement ids(
            QStringLiteral("SELECT rc.resident_id FROM resident_care rc WHERE rc.archived_at IS "
                           "NULL AND rc.category_id IN (SELECT value FROM json_each(?))"),
            {IdListPlan::jsonArray(careCategoryIds)});
        Condition c;
        c.coveredBy = QStringList{kPinyinIndex, kBirthIndex};
        c.where = text(QStringLiteral("r.id IN (")) + ids + text(QStringLiteral(")"));
        c.candidates = text(QStringLiteral("SELECT DISTINCT resident_id AS id FROM (")) + ids +
                       text(QStringLiteral(")"));
        // Counted on the category index alone: archived memberships are few.
        c.estimate = SqlStatement(QStringLiteral("SELECT 1 FROM resident_care WHERE category_id "
                                                 "IN (SELECT value FROM json_each(?))"),
                                  {IdListPlan::jsonArray(careCategoryIds)});
        if (Status s = conditions.consider(c, QStringLiteral("care"), false); !s)
            return s.error();
    }
    if (minAge >= 0 || maxAge >= 0) {
        auto range = [&](const QString &column) {
            SqlStatement r;
            if (minAge >= 0)
                r = SqlStatement(column + QStringLiteral(" <= ?"),
                                 {latestBirthForAge(minAge, day).toString(Qt::ISODate)});
            if (maxAge >= 0) {
                if (!r.isEmpty())
                    r += text(QStringLiteral(" AND "));
                r += SqlStatement(column + QStringLiteral(" > ?"),
                                  {latestBirthForAge(maxAge + 1, day).toString(Qt::ISODate)});
            }
            return r;
        };
        Condition c;
        c.coveredBy = QStringList{kBirthIndex};
        c.where = text(QStringLiteral("(")) + range(QStringLiteral("r.birth_date")) +
                  text(QStringLiteral(")"));
        c.candidates = text(QStringLiteral("SELECT id FROM resident INDEXED BY resident_sort_birth "
                                           "WHERE ")) +
                       range(QStringLiteral("birth_date"));
        c.estimate = c.candidates;
        if (Status s = conditions.consider(c, QStringLiteral("age"), false); !s)
            return s.error();
    }
    if (!residenceTypeCodes.isEmpty()) {
        Condition c;
        c.where = SqlStatement(QStringLiteral("r.residence_type_code IN (SELECT value FROM "
                                              "json_each(?))"),
                               {IdListPlan::jsonArray(residenceTypeCodes)});
        conditions.add(c);
    }
    if (!politicalStatusCodes.isEmpty()) {
        Condition c;
        c.where = SqlStatement(QStringLiteral("r.political_status_code IN (SELECT value FROM "
                                              "json_each(?))"),
                               {IdListPlan::jsonArray(politicalStatusCodes)});
        conditions.add(c);
    }

    // WHERE over alias r: the live test, `extra`, and every condition (but the driver's).
    const SqlStatement live =
        includeArchived ? SqlStatement() : text(QStringLiteral("r.archived_at IS NULL"));
    auto where = [&](bool withDriver, const SqlStatement &extra = SqlStatement()) {
        return conditions.where(withDriver, {live, extra});
    };

    const bool ascending = order == Qt::AscendingOrder;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Age ascending is youngest first: birth date descending.
    const QString ageDir = ascending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString byId = QStringLiteral(", r.id");

    // The sort keys over r (and h, c, b, u, d for the address), the id last.
    QString keys;
    switch (sort) {
    case Sort::Address:
        keys = QStringLiteral("(d.id IS NULL)") + dir + QStringLiteral(", ") +
               LedgerSql::addressOrder(dir, QStringLiteral("r.household_id")) +
               QStringLiteral(", r.relation_code") + dir + byId + dir;
        break;
    case Sort::Name:
        keys = QStringLiteral("r.name_pinyin") + dir + byId + dir;
        break;
    case Sort::Sex:
        keys = QStringLiteral("r.sex_code") + dir + QStringLiteral(", r.name_pinyin") + dir + byId +
               dir;
        break;
    case Sort::Age:
        keys = QStringLiteral("r.birth_date") + ageDir + byId + ageDir;
        break;
    case Sort::IdNumber:
        keys = QStringLiteral("r.id_number") + dir + byId + dir;
        break;
    case Sort::Phone:
        keys = QStringLiteral("r.phone") + dir + byId + dir;
        break;
    case Sort::Relation:
        keys = QStringLiteral("r.relation_code") + dir + byId + dir;
        break;
    case Sort::Ethnicity:
        keys = QStringLiteral("r.ethnicity_code") + dir + byId + dir;
        break;
    case Sort::PoliticalStatus:
        keys = QStringLiteral("r.political_status_code") + dir + byId + dir;
        break;
    case Sort::ResidenceType:
        keys = QStringLiteral("r.residence_type_code") + dir + byId + dir;
        break;
    case Sort::CareCategories:
        keys = QStringLiteral("ifnull((SELECT min(cc.sort) FROM resident_care rc JOIN "
                              "care_category cc ON cc.id = rc.category_id WHERE "
                              "rc.resident_id = r.id AND rc.archived_at IS NULL), 2147483647)") +
               dir + byId + dir;
        break;
    case Sort::Household:
        keys = QStringLiteral("h.household_number") + dir + QStringLiteral(", r.household_id") +
               dir + QStringLiteral(", r.relation_code") + dir + byId + dir;
        break;
    }
    const bool needsHousehold = sort == Sort::Address || sort == Sort::Household;

    IdListPlan plan;
    if (conditions.hasDriver()) {
        plan.strategy = QStringLiteral("candidates:") + conditions.driverName();
        // The candidates drive the loop (CROSS JOIN keeps SQLite from walking a sort index
        // instead and testing a million rows against them); a few thousand rows are sorted.
        const SqlStatement from = text(QStringLiteral("(")) + conditions.driver().candidates +
                                  text(QStringLiteral(") AS cand CROSS JOIN resident r ON "
                                                      "r.id = cand.id"));
        SqlStatement s = text(QStringLiteral("SELECT r.id FROM ")) + from;
        // In address order by the households' positions in memory, when they are ready: the
        // same order without reading each candidate's household and dwelling.
        if (sort == Sort::Address) {
            if (ranks) {
                plan.strategy += QStringLiteral(":ranked");
                plan.addressRanks = ranks;
                const Condition &only = conditions.driver();
                if (conditions.all().size() == 1 && !includeArchived &&
                    !only.liveHouseholds.isEmpty()) {
                    // A search alone: its indexes hold the household and relation, so not
                    // even the residents' rows are read to sort them.
                    plan.strategy += QStringLiteral(":covered");
                    const SqlStatement live =
                        text(QStringLiteral("(")) + only.liveHouseholds + text(QStringLiteral(")"));
                    plan.parts << text(QStringLiteral("SELECT id FROM ")) + live +
                                      text(QStringLiteral(" ORDER BY ") +
                                           QString::fromLatin1(AddressRank::kFunction) +
                                           QStringLiteral("(household_id)") + dir +
                                           QStringLiteral(", relation_code") + dir +
                                           QStringLiteral(", id") + dir);
                    plan.count = text(QStringLiteral("SELECT count(*) FROM ")) + live;
                    return plan;
                }
                s += where(false) + text(QStringLiteral(" ORDER BY ") +
                                         QString::fromLatin1(AddressRank::kFunction) +
                                         QStringLiteral("(r.household_id)") + dir +
                                         QStringLiteral(", r.relation_code") + dir + byId + dir);
                plan.parts << s;
                plan.count = text(QStringLiteral("SELECT count(*) FROM ")) + from + where(false);
                return plan;
            }
        }
        if (needsHousehold)
            s += text(QStringLiteral(" LEFT JOIN household h ON h.id = r.household_id") +
                      (sort == Sort::Address ? LedgerSql::addressJoins() : QString()));
        s += where(false) + text(QStringLiteral(" ORDER BY ") + keys);
        plan.parts << s;
        plan.count = text(QStringLiteral("SELECT count(*) FROM ")) + from + where(false);
        return plan;
    }

    // A long list is counted on the side through a sort index that holds every column the
    // conditions read (none: the narrowest one); otherwise its count comes with its end.
    {
        QStringList indexes{kBirthIndex, kPinyinIndex};
        for (const Condition &c : conditions.all()) {
            indexes.removeIf([&](const QString &index) { return !c.coveredBy.contains(index); });
        }
        if (!indexes.isEmpty()) {
            SqlStatement range;
            if (indexes.first() == kPinyinIndex && searchText.kind() == SearchText::Kind::Letters)
                range = LedgerSql::prefixRange(QStringLiteral("r.name_pinyin"),
                                               searchText.text().left(1));
            plan.count = text(QStringLiteral("SELECT count(*) FROM resident r INDEXED BY ") +
                              indexes.first()) +
                         where(true, range);
        }
    }
    plan.strategy = QStringLiteral("walk:");
    switch (sort) {
    case Sort::Address: {
        plan.strategy += QStringLiteral("address");
        // A long list in address order is where a search will start from: have the households'
        // positions built by then (on a worker thread; nothing waits for them).
        (void)AddressRank::ready(db);
        // Compounds in name order and their buildings by number come from indexes, so that
        // SQLite sorts only within each building ("USE TEMP B-TREE FOR RIGHT PART OF ORDER
        // BY") and the first screen is ready after the first compound. Residents without a
        // dwelling (人户分离, or no household) come after everyone with an address, as in the
        // sort of a short list, where their address keys are NULL.
        const SqlStatement housed =
            text(QStringLiteral(
                "SELECT r.id FROM compound c INDEXED BY compound_sort"
                " CROSS JOIN building b INDEXED BY building_sort ON b.compound_id = c.id"
                " CROSS JOIN dwelling d INDEXED BY dwelling_order ON d.building_id = b.id"
                " LEFT JOIN building_unit u ON u.id = d.unit_id"
                " CROSS JOIN household h INDEXED BY household_dwelling ON h.dwelling_id = d.id"
                " CROSS JOIN resident r INDEXED BY resident_household_order"
                " ON r.household_id = h.id")) +
            where(true) +
            text(QStringLiteral(" ORDER BY ") +
                 LedgerSql::addressOrder(dir, QStringLiteral("h.id")) +
                 QStringLiteral(", r.relation_code") + dir + byId + dir);
        const SqlStatement homeless =
            text(
                QStringLiteral("SELECT r.id FROM resident r INDEXED BY resident_household_order")) +
            where(true, text(QStringLiteral("(r.household_id IS NULL OR r.household_id IN "
                                            "(SELECT id FROM household WHERE dwelling_id IS "
                                            "NULL))"))) +
            text(QStringLiteral(" ORDER BY r.household_id") + dir +
                 QStringLiteral(", r.relation_code") + dir + byId + dir);
        if (ascending)
            plan.parts << housed << homeless;
        else
            plan.parts << homeless << housed;
        return plan;
    }
    case Sort::Name: {
        plan.strategy += QStringLiteral("name");
        // Initials and full pinyin both begin with the first syllable's first letter (Pinyin
        // derives both from the same readings), so a pinyin search walks only that letter's
        // stretch of the name order.
        SqlStatement range;
        if (searchText.kind() == SearchText::Kind::Letters)
            range =
                LedgerSql::prefixRange(QStringLiteral("r.name_pinyin"), searchText.text().left(1));
        plan.parts << text(QStringLiteral("SELECT r.id FROM resident r INDEXED BY "
                                          "resident_sort_pinyin")) +
                          where(true, range) + text(QStringLiteral(" ORDER BY ") + keys);
        return plan;
    }
    case Sort::Age:
        plan.strategy += QStringLiteral("age");
        plan.parts << text(QStringLiteral("SELECT r.id FROM resident r INDEXED BY "
                                          "resident_sort_birth")) +
                          where(true) + text(QStringLiteral(" ORDER BY ") + keys);
        return plan;
    case Sort::Phone:
        plan.strategy += QStringLiteral("phone");
        plan.parts << text(
                          QStringLiteral("SELECT r.id FROM resident r INDEXED BY resident_phone")) +
                          where(true) + text(QStringLiteral(" ORDER BY ") + keys);
        return plan;
    default:
        break;
    }
    // The other columns have no index of their own: SQLite sorts the whole list.
    plan.strategy += QStringLiteral("sorted");
    SqlStatement s = text(QStringLiteral("SELECT r.id FROM resident r"));
    if (needsHousehold)
        s += text(QStringLiteral(" LEFT JOIN household h ON h.id = r.household_id"));
    s += where(true) + text(QStringLiteral(" ORDER BY ") + keys);
    plan.parts << s;
    // The first screen by a top-N sort: one pass over the table instead of a full sort.
    plan.head = s + SqlStatement(QStringLiteral(" LIMIT ?"), {IdListPlan::kFirstChunk});
    return plan;
}

Status ResidentQuery::run(const QSqlDatabase &db, IdListReceiver &receiver) const
{
    auto p = plan(db);
    if (!p)
        return p.error();
    return p->run(db, receiver);
}

Result<QList<qint64>> ResidentQuery::ids(const QSqlDatabase &db) const
{
    auto p = plan(db);
    if (!p)
        return p.error();
    return p->ids(db);
}

Result<qint64> ResidentQuery::count(const QSqlDatabase &db) const
{
    auto p = plan(db);
    if (!p)
        return p.error();
    return p->rowCount(db);
}

} // namespace gridbook
