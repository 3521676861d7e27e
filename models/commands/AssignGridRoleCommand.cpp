// SPDX-License-Identifier: MIT
#include "commands/AssignGridRoleCommand.h"

#include "document/LedgerDocument.h"

namespace gridbook {

namespace {
const QString kTable = QStringLiteral("grid_role");
} // namespace

AssignGridRoleCommand::AssignGridRoleCommand(LedgerDocument &document, Record role)
    : LedgerCommand(document), m_role(std::move(role))
{
    setText(tr("Assign grid role"));
}

Status AssignGridRoleCommand::perform(ChangeSet &changes)
{
    const QString operation = QStringLiteral("assign grid role");
    Record row = m_role;
    const qint64 residentId = row.value(QStringLiteral("resident_id")).toLongLong();
    if (residentId > 0) {
        auto resident = document().residents().get(residentId);
        if (!resident)
            return resident.error();
        if (!resident->value(QStringLiteral("archived_at")).isNull())
            return RecordStore::invalid(
                QStringLiteral("resident_id"),
                tr("%1 is archived and cannot hold a grid role.")
                    .arg(resident->value(QStringLiteral("name")).toString()),
                operation);
        if (row.value(QStringLiteral("holder_name")).toString().trimmed().isEmpty())
            row.insert(QStringLiteral("holder_name"), resident->value(QStringLiteral("name")));
        if (row.value(QStringLiteral("holder_phone")).toString().trimmed().isEmpty())
            row.insert(QStringLiteral("holder_phone"), resident->value(QStringLiteral("phone")));
    }
    if (row.value(QStringLiteral("holder_name")).toString().trimmed().isEmpty())
        return RecordStore::invalid(QStringLiteral("holder_name"),
                                    tr("Holder: choose a resident or type the holder's name."),
                                    operation);
    int scopes = 0;
    for (const char *column :
         {"community_id", "big_grid_id", "small_grid_id", "building_id", "unit_id"}) {
        if (row.value(QString::fromLatin1(column)).toLongLong() > 0)
            ++scopes;
        else
            row.remove(QString::fromLatin1(column));
    }
    if (scopes != 1)
        return RecordStore::invalid(QStringLiteral("small_grid_id"),
                                    tr("Scope: choose where the role applies (one grid, "
                                       "building or unit)."),
                                    operation);
    auto id = document().store().insert(kTable, row);
    if (!id)
        return id.error();
    m_roleId = *id;
    changes.created(kTable, m_roleId);
    return {};
}

EndGridRoleCommand::EndGridRoleCommand(LedgerDocument &document, qint64 roleId, QString endedOn)
    : LedgerCommand(document), m_roleId(roleId), m_endedOn(std::move(endedOn))
{
    setText(tr("End grid role"));
}

Status EndGridRoleCommand::perform(ChangeSet &changes)
{
    if (Status s = changes.watch(kTable, m_roleId); !s)
        return s;
    if (!m_endedOn.isEmpty()) {
        if (Status s = document().store().update(kTable, m_roleId,
                                                 {{QStringLiteral("ended_on"), m_endedOn}});
            !s)
            return s;
    }
    return document().store().archive(kTable, m_roleId);
}

} // namespace gridbook
