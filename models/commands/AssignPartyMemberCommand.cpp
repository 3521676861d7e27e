// SPDX-License-Identifier: MIT
#include "commands/AssignPartyMemberCommand.h"

#include "document/LedgerDocument.h"

namespace gridbook {

namespace {
const QString kTable = QStringLiteral("party_member");
const QString kResidentId = QStringLiteral("resident_id");
} // namespace

AssignPartyMemberCommand::AssignPartyMemberCommand(LedgerDocument &document, qint64 residentId,
                                                   Record membership)
    : LedgerCommand(document), m_residentId(residentId), m_membership(std::move(membership))
{
    setText(tr("Assign Party member"));
}

Status AssignPartyMemberCommand::perform(ChangeSet &changes)
{
    const QString operation = QStringLiteral("assign party member");
    auto resident = document().residents().get(m_residentId);
    if (!resident)
        return resident.error();
    if (!resident->value(QStringLiteral("archived_at")).isNull())
        return RecordStore::invalid(kResidentId,
                                    tr("%1 is archived and cannot become a Party member here.")
                                        .arg(resident->value(QStringLiteral("name")).toString()),
                                    operation);
    if (m_membership.value(QStringLiteral("org_id")).toLongLong() <= 0)
        return RecordStore::invalid(QStringLiteral("org_id"),
                                    tr("Branch: choose the Party branch or group."), operation);
    if (Status s = changes.watchWhere(kTable, kResidentId, m_residentId); !s)
        return s;
    RecordStore::ListOptions options;
    options.equals.insert(kResidentId, m_residentId);
    auto existing = document().store().list(kTable, options);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        m_memberId = existing->first().value(QStringLiteral("id")).toLongLong();
        return document().store().update(kTable, m_memberId, m_membership);
    }
    Record row = m_membership;
    row.insert(kResidentId, m_residentId);
    auto id = document().store().insert(kTable, row);
    if (!id)
        return id.error();
    m_memberId = *id;
    return {};
}

EndPartyMembershipCommand::EndPartyMembershipCommand(LedgerDocument &document, qint64 memberId)
    : LedgerCommand(document), m_memberId(memberId)
{
    setText(tr("End Party membership"));
}

Status EndPartyMembershipCommand::perform(ChangeSet &changes)
{
    if (Status s = changes.watch(kTable, m_memberId); !s)
        return s;
    return document().store().archive(kTable, m_memberId);
}

} // namespace gridbook
