// SPDX-License-Identifier: MIT
#include "records/HouseholdRepository.h"

#include "db/TransactionGuard.h"
#include "domain/PhoneNumber.h"

#include <algorithm>

namespace gridbook {

namespace {

const QString kId = QStringLiteral("id");
const QString kHouseholdId = QStringLiteral("household_id");
const QString kRelation = QStringLiteral("relation_code");
const QString kArchivedAt = QStringLiteral("archived_at");
const QString kPhone = QStringLiteral("phone");
const QString kResidenceType = QStringLiteral("residence_type_code");

QString relationOf(const Record &r)
{
    return r.value(kRelation).toString().trimmed();
}

QVariant codeOrNull(const QString &code)
{
    const QString c = code.trimmed();
    return c.isEmpty() ? QVariant() : QVariant(c);
}

} // namespace

HouseholdRepository::HouseholdRepository(QSqlDatabase db) : m_store(db), m_residents(std::move(db))
{
}

Result<Record> HouseholdRepository::liveHousehold(qint64 householdId, const QString &field,
                                                  const QString &operation) const
{
    auto household = m_store.get(table(), householdId);
    if (!household) {
        Error e = household.error();
        e.field = field;
        return e;
    }
    if (!household->value(kArchivedAt).isNull())
        return RecordStore::invalid(field, tr("Household %1 is archived.").arg(householdId),
                                    operation);
    return household;
}

Status HouseholdRepository::setRelation(qint64 residentId, const QVariant &relationCode)
{
    return m_store.update(ResidentRepository::table(), residentId,
                          Record{{kRelation, relationCode}});
}

Result<qint64> HouseholdRepository::createHousehold(const Record &household,
                                                    const QList<Record> &members)
{
    const QString operation = QStringLiteral("create household");
    const QString head = ResidentRepository::headRelation();
    if (household.contains(kId))
        return RecordStore::invalid(kId, tr("A new household cannot be given an id."), operation);
    qsizetype heads = 0;
    qsizetype headIndex = -1;
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (relationOf(members.at(i)) == head) {
            ++heads;
            headIndex = i;
        }
    }
    if (heads == 0)
        return RecordStore::invalid(
            kRelation,
            members.isEmpty()
                ? tr("A household needs its head (户主, relation 02); no members were given.")
                : tr("A household needs exactly one head (户主, relation 02); none of its %1 "
                     "members is the head.")
                      .arg(members.size()),
            operation);
    if (heads > 1)
        return RecordStore::invalid(kRelation,
                                    tr("A household has exactly one head (户主, relation 02); "
                                       "%1 members are marked as head.")
                                        .arg(heads),
                                    operation);

    Record values = household;
    if (values.contains(kPhone)) {
        const QString phone = values.value(kPhone).toString().trimmed();
        if (phone.isEmpty()) {
            values.insert(kPhone, QVariant());
        } else {
            const PhoneNumber::Check check = PhoneNumber::check(phone);
            if (!check.valid)
                return RecordStore::invalid(kPhone, check.message, operation);
            values.insert(kPhone, check.normalized);
        }
    }
    if (values.contains(kResidenceType))
        values.insert(kResidenceType, codeOrNull(values.value(kResidenceType).toString()));

    TransactionGuard tx(m_store.connection(), operation);
    if (!tx.ok())
        return tx.error();
    auto householdId = m_store.insert(table(), values);
    if (!householdId)
        return householdId.error();

    // The head first: every later member joins a household that has its head.
    QList<qsizetype> order{headIndex};
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i != headIndex)
            order << i;
    }
    for (const qsizetype i : order) {
        Record member = members.at(i);
        member.insert(kHouseholdId, *householdId);
        auto created = m_residents.create(member);
        if (!created) {
            Error e = created.error();
            e.message = tr("Member %1: %2").arg(i + 1).arg(e.message);
            return e;
        }
    }
    if (Status s = m_residents.checkHousehold(*householdId, operation); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return householdId;
}

Status HouseholdRepository::setHead(qint64 householdId, qint64 residentId,
                                    const QString &formerHeadRelation)
{
    const QString operation = QStringLiteral("set head of household");
    const QString head = ResidentRepository::headRelation();
    TransactionGuard tx(m_store.connection(), operation);
    if (!tx.ok())
        return tx.error();
    auto household = liveHousehold(householdId, kHouseholdId, operation);
    if (!household)
        return household.error();
    auto resident = m_residents.get(residentId);
    if (!resident)
        return resident.error();
    if (!resident->value(kArchivedAt).isNull() ||
        resident->value(kHouseholdId).toLongLong() != householdId)
        return RecordStore::invalid(kHouseholdId,
                                    tr("Resident %1 is not a live member of household %2.")
                                        .arg(residentId)
                                        .arg(householdId),
                                    operation);
    if (relationOf(*resident) == head)
        return tx.commit(); // already the head

    auto present = members(householdId);
    if (!present)
        return present.error();
    for (const Record &member : *present) {
        if (relationOf(member) != head)
            continue;
        if (formerHeadRelation.trimmed().isEmpty() || formerHeadRelation.trimmed() == head)
            return RecordStore::invalid(kRelation,
                                        tr("Relation: the former head needs a relation code "
                                           "other than head (户主), e.g. 10 (spouse)."),
                                        operation);
        if (Status s = setRelation(member.value(kId).toLongLong(), codeOrNull(formerHeadRelation));
            !s)
            return s;
    }
    if (Status s = setRelation(residentId, head); !s)
        return s;
    if (Status s = m_residents.checkHousehold(householdId, operation); !s)
        return s;
    return tx.commit();
}

Status HouseholdRepository::moveMember(qint64 residentId, qint64 toHouseholdId,
                                       const QString &relationCode,
                                       std::optional<qint64> newHeadOfFormerHousehold)
{
    const QString operation = QStringLiteral("move household member");
    const QString head = ResidentRepository::headRelation();
    const QString relation = relationCode.trimmed();
    TransactionGuard tx(m_store.connection(), operation);
    if (!tx.ok())
        return tx.error();
    auto resident = m_residents.get(residentId);
    if (!resident)
        return resident.error();
    if (!resident->value(kArchivedAt).isNull())
        return RecordStore::invalid(
            kId, tr("Resident %1 is archived; restore them first.").arg(residentId), operation);
    const qint64 fromHouseholdId =
        resident->value(kHouseholdId).isNull() ? 0 : resident->value(kHouseholdId).toLongLong();
    if (fromHouseholdId == toHouseholdId)
        return RecordStore::invalid(kHouseholdId,
                                    tr("Resident %1 is a member of household %2 already; to "
                                       "change the head use \"set head\".")
                                        .arg(residentId)
                                        .arg(toHouseholdId),
                                    operation);
    auto target = liveHousehold(toHouseholdId, kHouseholdId, operation);
    if (!target)
        return target.error();

    auto targetHeads = headCount(toHouseholdId);
    if (!targetHeads)
        return targetHeads.error();
    if (relation == head && *targetHeads > 0)
        return RecordStore::invalid(kRelation,
                                    tr("Relation: household %1 already has a head (户主); a "
                                       "household has exactly one.")
                                        .arg(toHouseholdId),
                                    operation);
    if (relation != head && *targetHeads == 0) {
        auto targetMembers =
            m_store.countLive(ResidentRepository::table(), kHouseholdId, toHouseholdId);
        if (!targetMembers)
            return targetMembers.error();
        if (*targetMembers == 0)
            return RecordStore::invalid(kRelation,
                                        tr("Relation: household %1 has no members yet; the "
                                           "first one to join is its head (户主, 02).")
                                            .arg(toHouseholdId),
                                        operation);
    }

    const bool movingHead = fromHouseholdId != 0 && relationOf(*resident) == head;
    if (newHeadOfFormerHousehold && !movingHead)
        return RecordStore::invalid(kRelation,
                                    tr("Resident %1 is not a head of household; no new head is "
                                       "needed.")
                                        .arg(residentId),
                                    operation);
    if (movingHead) {
        auto remaining =
            m_store.countLive(ResidentRepository::table(), kHouseholdId, fromHouseholdId);
        if (!remaining)
            return remaining.error();
        if (*remaining > 1 && !newHeadOfFormerHousehold)
            return RecordStore::invalid(kRelation,
                                        tr("Resident %1 is the head (户主) of household %2, "
                                           "which has %3 other live member(s); name its new "
                                           "head to move them.")
                                            .arg(residentId)
                                            .arg(fromHouseholdId)
                                            .arg(*remaining - 1),
                                        operation);
    }
    if (newHeadOfFormerHousehold) {
        auto newHead = m_residents.get(*newHeadOfFormerHousehold);
        if (!newHead)
            return newHead.error();
        if (*newHeadOfFormerHousehold == residentId || !newHead->value(kArchivedAt).isNull() ||
            newHead->value(kHouseholdId).toLongLong() != fromHouseholdId)
            return RecordStore::invalid(kRelation,
                                        tr("The new head must be another live member of "
                                           "household %1.")
                                            .arg(fromHouseholdId),
                                        operation);
    }

    if (Status s = m_store.update(
            ResidentRepository::table(), residentId,
            Record{{kHouseholdId, toHouseholdId}, {kRelation, codeOrNull(relation)}});
        !s)
        return s;
    if (newHeadOfFormerHousehold) {
        if (Status s = setRelation(*newHeadOfFormerHousehold, head); !s)
            return s;
    }
    for (const qint64 household : {fromHouseholdId, toHouseholdId}) {
        if (Status s = m_residents.checkHousehold(household, operation); !s)
            return s;
    }
    return tx.commit();
}

Status HouseholdRepository::archiveHousehold(qint64 householdId, const Members &choice,
                                             const QString &reason)
{
    const QString operation = QStringLiteral("archive household");
    const QString head = ResidentRepository::headRelation();
    TransactionGuard tx(m_store.connection(), operation);
    if (!tx.ok())
        return tx.error();
    auto household = liveHousehold(householdId, kId, operation);
    if (!household)
        return household.error();
    auto present = members(householdId);
    if (!present)
        return present.error();

    if (std::holds_alternative<ArchiveMembers>(choice)) {
        // Reverse order: members() lists the head first, and the head goes last.
        for (auto it = present->crbegin(); it != present->crend(); ++it) {
            if (Status s = m_residents.archive(it->value(kId).toLongLong(), reason); !s)
                return s;
        }
    } else {
        const MoveMembersTo &move = std::get<MoveMembersTo>(choice);
        if (move.householdId == householdId)
            return RecordStore::invalid(kHouseholdId,
                                        tr("The members cannot move into the household that is "
                                           "being archived."),
                                        operation);
        auto target = liveHousehold(move.householdId, kHouseholdId, operation);
        if (!target)
            return target.error();
        auto targetHeads = headCount(move.householdId);
        if (!targetHeads)
            return targetHeads.error();
        for (const Record &member : *present) {
            const qint64 id = member.value(kId).toLongLong();
            QString relation = relationOf(member);
            if (relation == head && *targetHeads > 0) {
                relation = move.formerHeadRelation.trimmed();
                if (!move.relations.contains(id) && (relation.isEmpty() || relation == head))
                    return RecordStore::invalid(kRelation,
                                                tr("Relation: household %1 has a head (户主) "
                                                   "already; give the moving head another "
                                                   "relation code.")
                                                    .arg(move.householdId),
                                                operation);
            }
            if (move.relations.contains(id))
                relation = move.relations.value(id).trimmed();
            if (Status s = m_store.update(
                    ResidentRepository::table(), id,
                    Record{{kHouseholdId, move.householdId}, {kRelation, codeOrNull(relation)}});
                !s)
                return s;
        }
        if (Status s = m_residents.checkHousehold(move.householdId, operation); !s)
            return s;
    }

    if (Status s = m_store.archive(table(), householdId, reason); !s)
        return s;
    if (Status s = m_residents.checkHousehold(householdId, operation); !s)
        return s;
    return tx.commit();
}

Result<QList<Record>> HouseholdRepository::members(qint64 householdId) const
{
    auto household = m_store.get(table(), householdId);
    if (!household)
        return household.error();
    RecordStore::ListOptions options;
    options.equals.insert(kHouseholdId, householdId);
    options.orderBy << RecordStore::SortKey{kRelation, false};
    auto rows = m_store.list(ResidentRepository::table(), options);
    if (!rows)
        return rows.error();
    const QString head = ResidentRepository::headRelation();
    std::stable_partition(rows->begin(), rows->end(),
                          [&](const Record &r) { return relationOf(r) == head; });
    return rows;
}

Result<int> HouseholdRepository::headCount(qint64 householdId) const
{
    auto household = m_store.get(table(), householdId);
    if (!household)
        return household.error();
    RecordStore::ListOptions options;
    options.equals.insert(kHouseholdId, householdId);
    options.equals.insert(kRelation, ResidentRepository::headRelation());
    auto rows = m_store.list(ResidentRepository::table(), options);
    if (!rows)
        return rows.error();
    return static_cast<int>(rows->size());
}

} // namespace gridbook
