// SPDX-License-Identifier: MIT
#include "commands/ArchiveResidentCommand.h"

#include "document/LedgerDocument.h"

namespace gridbook {

ArchiveResidentCommand::ArchiveResidentCommand(LedgerDocument &document, qint64 residentId,
                                               QString reason, const QString &name)
    : LedgerCommand(document), m_residentId(residentId), m_reason(std::move(reason))
{
    setText(name.isEmpty() ? tr("Archive resident") : tr("Archive resident %1").arg(name));
}

Status ArchiveResidentCommand::perform(ChangeSet &changes)
{
    if (Status s = changes.watch(ResidentRepository::table(), m_residentId); !s)
        return s;
    return document().residents().archive(m_residentId, m_reason);
}

} // namespace gridbook
