// SPDX-License-Identifier: MIT
#include "commands/ArchiveResidentCommand.h"

#include "document/LedgerDocument.h"

namespace gridbook {

ArchiveResidentCommand::ArchiveResidentCommand(LedgerDocument &document, qint64 residentId,
                                               QString reason, const QString &name,
                                               qint64 newHeadId)
    : LedgerCommand(document), m_residentId(residentId), m_reason(std::move(reason)),
      m_newHeadId(newHeadId)
{
    setText(name.isEmpty() ? tr("Archive resident") : tr("Archive resident %1").arg(name));
}

Status ArchiveResidentCommand::perform(ChangeSet &changes)
{
    if (Status s = changes.watch(ResidentRepository::table(), m_residentId); !s)
        return s;
    if (m_newHeadId > 0) {
        auto resident = document().residents().get(m_residentId);
        if (!resident)
            return resident.error();
        const qint64 household = resident->value(QStringLiteral("household_id")).toLongLong();
        if (Status s = changes.watchWhere(ResidentRepository::table(),
                                          QStringLiteral("household_id"), household);
            !s)
            return s;
        // 其他 (80) for the leaving head: the relation no longer matters once archived.
        if (Status s = document().households().setHead(household, m_newHeadId,
                                                       QStringLiteral("80"));
            !s)
            return s;
    }
    return document().residents().archive(m_residentId, m_reason);
}

} // namespace gridbook
