// SPDX-License-Identifier: MIT
#include "commands/CreateResidentCommand.h"

#include "document/LedgerDocument.h"

namespace gridbook {

CreateResidentCommand::CreateResidentCommand(LedgerDocument &document, Record resident,
                                             QList<qint64> careCategoryIds)
    : LedgerCommand(document), m_resident(std::move(resident)), m_care(std::move(careCategoryIds))
{
    setText(tr("Add resident %1").arg(m_resident.value(QStringLiteral("name")).toString()));
}

Status CreateResidentCommand::perform(ChangeSet &changes)
{
    auto id = document().residents().create(m_resident);
    if (!id)
        return id.error();
    m_residentId = *id;
    changes.created(ResidentRepository::table(), m_residentId);
    if (Status s = changes.watchWhere(QStringLiteral("resident_care"),
                                      QStringLiteral("resident_id"), m_residentId);
        !s)
        return s;
    if (!m_care.isEmpty())
        return document().residents().setCareCategories(m_residentId, m_care);
    return {};
}

} // namespace gridbook
