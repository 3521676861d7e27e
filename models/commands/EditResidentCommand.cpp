// SPDX-License-Identifier: MIT
#include "commands/EditResidentCommand.h"

#include "document/LedgerDocument.h"

namespace gridbook {

EditResidentCommand::EditResidentCommand(LedgerDocument &document, qint64 residentId,
                                         Record changes, std::optional<QList<qint64>> careIds,
                                         const QString &name)
    : LedgerCommand(document), m_residentId(residentId), m_changes(std::move(changes)),
      m_care(std::move(careIds))
{
    setText(name.isEmpty() ? tr("Edit resident") : tr("Edit resident %1").arg(name));
}

Status EditResidentCommand::perform(ChangeSet &changes)
{
    if (Status s = changes.watch(ResidentRepository::table(), m_residentId); !s)
        return s;
    if (Status s = changes.watchWhere(QStringLiteral("resident_care"),
                                      QStringLiteral("resident_id"), m_residentId);
        !s)
        return s;
    if (Status s = document().residents().update(m_residentId, m_changes); !s)
        return s;
    if (m_care)
        return document().residents().setCareCategories(m_residentId, *m_care);
    return {};
}

} // namespace gridbook
