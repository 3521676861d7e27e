// SPDX-License-Identifier: MIT
#pragma once

#include "commands/LedgerCommand.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QList>

namespace gridbook {

/** Adds a resident (with care categories) to the ledger: the resident form's "save" of a new
 * person. */
class CreateResidentCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::CreateResidentCommand)
public:
    CreateResidentCommand(LedgerDocument &document, Record resident, QList<qint64> careCategoryIds);

    /** The new resident's id, once pushed. */
    qint64 residentId() const { return m_residentId; }

protected:
    Status perform(ChangeSet &changes) override;

private:
    Record m_resident;
    QList<qint64> m_care;
    qint64 m_residentId = 0;
};

} // namespace gridbook
