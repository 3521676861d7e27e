// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace gridbook {

class LedgerDocument;
class Notifier;

/**
 * "Delete" in the window, for records that other records hang on: a household with members,
 * a resident who is a household head. They ask what should happen to the people concerned
 * and then archive in one undoable step, so that nobody is left in an archived household and
 * no household is left without its head.
 */
class ArchiveActions {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ArchiveActions)
public:
    /** Picks a household for members to move to (0: cancelled). */
    using HouseholdPicker = std::function<qint64(QWidget *parent, qint64 excluding)>;

    /**
     * Archives household `householdId`. With members: asks whether they are archived with it
     * (moved away together) or move to another household (picked with `pick`). Returns true
     * if something was archived.
     */
    static bool archiveHousehold(LedgerDocument &document, Notifier &notifier,
                                 qint64 householdId, const HouseholdPicker &pick,
                                 QWidget *parent);

    /**
     * Archives resident `residentId`. A head whose household keeps other members names the
     * new head first; a household's only member may take the household along.
     */
    static bool archiveResident(LedgerDocument &document, Notifier &notifier, qint64 residentId);
};

} // namespace gridbook
