// SPDX-License-Identifier: MIT
#pragma once

#include "commands/LedgerCommand.h"

#include <QCoreApplication>
#include <QString>

namespace gridbook {

/**
 * Archives a resident (moved out, deceased, duplicate): never erased, restorable. The head of
 * a household that keeps other members hands over to `newHeadId` first, in the same step.
 */
class ArchiveResidentCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ArchiveResidentCommand)
public:
    ArchiveResidentCommand(LedgerDocument &document, qint64 residentId, QString reason,
                           const QString &name = QString(), qint64 newHeadId = 0);

protected:
    Status perform(ChangeSet &changes) override;

private:
    qint64 m_residentId;
    QString m_reason;
    qint64 m_newHeadId;
};

} // namespace gridbook
