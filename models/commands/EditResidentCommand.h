// SPDX-License-Identifier: MIT
#pragma once

#include "commands/LedgerCommand.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gridbook {

/** Changes a resident's fields and, if given, care categories: the resident form's "save". */
class EditResidentCommand : public LedgerCommand {
    Q_DECLARE_TR_FUNCTIONS(gridbook::EditResidentCommand)
public:
    EditResidentCommand(LedgerDocument &document, qint64 residentId, Record changes,
                        std::optional<QList<qint64>> careCategoryIds = std::nullopt,
                        const QString &name = QString());

protected:
    Status perform(ChangeSet &changes) override;

private:
    qint64 m_residentId;
    Record m_changes;
    std::optional<QList<qint64>> m_care;
};

} // namespace gridbook
