// SPDX-License-Identifier: MIT
#include "commands/SaveHouseholdCommand.h"

#include "document/LedgerDocument.h"
#include "domain/PhoneNumber.h"

#include <QSet>

#include <algorithm>

namespace gridbook {

namespace {

const QString kResident = QStringLiteral("resident");
const QString kHousehold = QStringLiteral("household");
const QString kHouseholdId = QStringLiteral("household_id");
const QString kRelation = QStringLiteral("relation_code");
/// 其他 (GB/T 4761): the relation a member holds for a moment while the head changes.
const QString kInterimRelation = QStringLiteral("80");

} // namespace

SaveHouseholdCommand::SaveHouseholdCommand(LedgerDocument &document, HouseholdPlan plan)
    : LedgerCommand(document), m_plan(std::move(plan))
{
    setText(m_plan.householdId == 0 ? tr("Add household") : tr("Edit household"));
}

Status SaveHouseholdCommand::createHousehold(ChangeSet &changes)
{
    const QString operation = QStringLiteral("create household");
    Record values = m_plan.household;
    const QString phone = values.value(QStringLiteral("phone")).toString().trimmed();
    if (values.contains(QStringLiteral("phone"))) {
        if (phone.isEmpty()) {
            values.insert(QStringLiteral("phone"), QVariant());
        } else {
            const PhoneNumber::Check check = PhoneNumber::check(phone);
            if (!check.valid)
                return RecordStore::invalid(QStringLiteral("phone"), check.message, operation);
            values.insert(QStringLiteral("phone"), check.normalized);
        }
    }
    auto id = document().store().insert(kHousehold, values);
    if (!id)
        return id.error();
    m_plan.householdId = *id;
    changes.created(kHousehold, *id);
    m_plan.household.clear(); // written
    return changes.watchWhere(kResident, kHouseholdId, *id);
}

Status SaveHouseholdCommand::addMember(ChangeSet &changes, const HouseholdPlan::Member &member,
                                       const QString &relation)
{
    const qint64 household = m_plan.householdId;
    if (member.residentId == 0) {
        Record resident = member.resident;
        resident.insert(kHouseholdId, household);
        resident.insert(kRelation, relation);
        auto id = document().residents().create(resident);
        if (!id)
            return id.error();
        m_created << *id;
        changes.created(kResident, *id);
        return {};
    }
    // A resident who moves in from another household.
    auto current = document().residents().get(member.residentId);
    if (!current)
        return current.error();
    if (Status s = changes.watch(kResident, member.residentId); !s)
        return s;
    const qint64 from = current->value(kHouseholdId).toLongLong();
    if (from > 0) {
        if (Status s = changes.watchWhere(kResident, kHouseholdId, from); !s)
            return s;
    }
    if (from > 0 && current->value(kRelation).toString() == ResidentRepository::headRelation()) {
        auto heads = document().households().members(from);
        if (!heads)
            return heads.error();
        if (heads->size() > 1) {
            return RecordStore::invalid(
                kRelation,
                tr("%1 is the head of another household that has other members; make one of "
                   "them the head there first.")
                    .arg(current->value(QStringLiteral("name")).toString()),
                QStringLiteral("move member"));
        }
    }
    return document().households().moveMember(member.residentId, household, relation);
}

Status SaveHouseholdCommand::perform(ChangeSet &changes)
{
    const QString head = ResidentRepository::headRelation();
    const auto headIt = std::find_if(m_plan.members.cbegin(), m_plan.members.cend(),
                                     [&](const auto &m) { return m.relation == head; });
    const auto heads = std::count_if(m_plan.members.cbegin(), m_plan.members.cend(),
                                     [&](const auto &m) { return m.relation == head; });
    if (!m_plan.members.isEmpty() && heads != 1) {
        return RecordStore::invalid(kRelation,
                                    heads == 0 ? tr("Mark one member as the head of household "
                                                    "(户主).")
                                               : tr("A household has exactly one head (户主)."),
                                    QStringLiteral("save household"));
    }

    // 1. The household itself.
    if (m_plan.householdId == 0) {
        if (Status s = createHousehold(changes); !s)
            return s;
    } else {
        if (Status s = changes.watch(kHousehold, m_plan.householdId); !s)
            return s;
        if (Status s = changes.watchWhere(kResident, kHouseholdId, m_plan.householdId); !s)
            return s;
        if (!m_plan.household.isEmpty()) {
            if (Status s =
                    document().store().update(kHousehold, m_plan.householdId, m_plan.household);
                !s)
                return s;
        }
    }
    const qint64 household = m_plan.householdId;

    auto present = document().households().members(household);
    if (!present)
        return present.error();
    QHash<qint64, QString> presentRelation;
    qint64 presentHead = 0;
    for (const Record &r : *present) {
        const qint64 id = r.value(QStringLiteral("id")).toLongLong();
        presentRelation.insert(id, r.value(kRelation).toString());
        if (r.value(kRelation).toString() == head)
            presentHead = id;
    }

    // 2. The head. Whoever becomes head joins first (as head if there is none yet, else
    //    with an interim relation) and is then made head, so that there is always one.
    std::optional<qint64> newHead;
    if (headIt != m_plan.members.cend()) {
        if (headIt->residentId != 0 && presentRelation.contains(headIt->residentId)) {
            newHead = headIt->residentId;
        } else {
            if (Status s = addMember(changes, *headIt, presentHead ? kInterimRelation : head); !s)
                return s;
            newHead = headIt->residentId != 0 ? headIt->residentId : m_created.last();
            if (!presentHead)
                presentHead = *newHead;
        }
        if (*newHead != presentHead) {
            // The former head's relation: what the plan gives them if they stay, else interim.
            QString former = kInterimRelation;
            for (const auto &m : std::as_const(m_plan.members)) {
                if (m.residentId == presentHead)
                    former = m.relation;
            }
            if (Status s = document().households().setHead(household, *newHead, former); !s)
                return s;
        }
    }

    // 3. The other new members and residents who move in.
    for (auto it = m_plan.members.cbegin(); it != m_plan.members.cend(); ++it) {
        if (it == headIt)
            continue;
        if (it->residentId != 0 && presentRelation.contains(it->residentId))
            continue;
        if (Status s = addMember(changes, *it, it->relation); !s)
            return s;
    }

    // 4. Members who leave; a head who leaves goes last, when nobody is left behind.
    QList<HouseholdPlan::Departure> departures = m_plan.departures;
    std::stable_partition(departures.begin(), departures.end(),
                          [&](const auto &d) { return d.residentId != presentHead; });
    for (const auto &d : std::as_const(departures)) {
        if (d.toHouseholdId > 0) {
            if (Status s = changes.watchWhere(kResident, kHouseholdId, d.toHouseholdId); !s)
                return s;
            if (Status s =
                    document().households().moveMember(d.residentId, d.toHouseholdId, d.relation);
                !s)
                return s;
        } else {
            if (Status s = document().residents().archive(d.residentId, d.reason); !s)
                return s;
        }
    }

    // 5. Relations of members who stay.
    for (const auto &m : std::as_const(m_plan.members)) {
        if (m.residentId == 0 || !presentRelation.contains(m.residentId) ||
            (newHead && m.residentId == *newHead))
            continue;
        auto now = document().residents().get(m.residentId);
        if (!now)
            return now.error();
        if (now->value(kRelation).toString() == m.relation)
            continue;
        if (Status s = document().residents().update(m.residentId, {{kRelation, m.relation}}); !s)
            return s;
    }
    return {};
}

} // namespace gridbook
