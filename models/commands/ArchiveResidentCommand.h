// SPDX-License-Identifier: MIT
#pragma once

#include "commands/LedgerCommand.h"

#include <QCoreApplication>
#include <QString>

namespace gridbook {

/** Archives a resident (moved out, deceased, duplicate): never erased, restorable. */
class ArchiveResidentCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ArchiveResidentCommand)
public:
    ArchiveResidentCommand(LedgerDocument &document, qint64 residentId, QString reason,
                           const QString &name = QString());

protected:
    Status perform(ChangeSet &changes) override;

private:
    qint64 m_residentId;
    QString m_reason;
};

} // namespace gridbook
