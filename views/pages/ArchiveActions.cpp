// SPDX-License-Identifier: MIT
#include "pages/ArchiveActions.h"

#include "commands/ArchiveHouseholdCommand.h"
#include "commands/ArchiveResidentCommand.h"
#include "common/Notifier.h"
#include "document/CodeTables.h"
#include "document/LedgerDocument.h"
#include "document/PlaceNames.h"

namespace gridbook {

namespace {

const QString kName = QStringLiteral("name");
const QString kId = QStringLiteral("id");

/** Why people leave the ledger, as offered to the user; the text is stored as the reason. */
QStringList reasons()
{
    return {ArchiveActions::tr("Moved away"), ArchiveActions::tr("Deceased"),
            ArchiveActions::tr("Duplicate entry")};
}

} // namespace

bool ArchiveActions::archiveHousehold(LedgerDocument &document, Notifier &notifier,
                                      qint64 householdId, const HouseholdPicker &pick,
                                      QWidget *parent)
{
    auto members = document.households().members(householdId);
    if (!members) {
        notifier.error(members.error());
        return false;
    }
    auto place = PlaceNames::household(document.database().connection(), householdId);
    const QString name = place ? *place : QString();
    HouseholdRepository::Members what = HouseholdRepository::ArchiveMembers{};
    QString reason = tr("Moved away");
    if (members->isEmpty()) {
        if (!notifier.question(tr("Archive the household %1? It has no members.").arg(name),
                               false))
            return false;
    } else {
        QStringList names;
        for (const Record &m : *members)
            names << m.value(kName).toString();
        const int answer = notifier.choose(
            tr("The household %1 has %n member(s): %2. What happens to them?", nullptr,
               int(members->size()))
                .arg(name, names.join(tr(", "))),
            {tr("Archive Them With the Household"), tr("Move Them to Another Household…")});
        if (answer < 0)
            return false;
        if (answer == 0) {
            const int why = notifier.choose(tr("Why are they leaving the ledger?"), reasons());
            if (why < 0)
                return false;
            reason = reasons().at(why);
        } else {
            const qint64 target = pick ? pick(parent, householdId) : 0;
            if (target <= 0)
                return false;
            HouseholdRepository::MoveMembersTo move;
            move.householdId = target;
            auto heads = document.households().headCount(target);
            if (heads && *heads > 0) {
                // The moving head joins a household that has a head: their relation to them.
                auto relations = CodeTables::list(document.database().connection(),
                                                  QStringLiteral("relation_code"));
                QStringList labels;
                QStringList codes;
                for (const auto &e : relations ? *relations : QList<CodeTables::Entry>()) {
                    if (e.code == QLatin1String("01") || e.code == QLatin1String("02"))
                        continue;
                    labels << e.name;
                    codes << e.code;
                }
                const int relation = notifier.choose(
                    tr("How is %1 related to the head of the household they move to?")
                        .arg(members->first().value(kName).toString()),
                    labels);
                if (relation < 0)
                    return false;
                move.formerHeadRelation = codes.at(relation);
            }
            what = move;
            reason = tr("Merged into another household");
        }
    }
    if (Status s = document.push(
            std::make_unique<ArchiveHouseholdCommand>(document, householdId, what, reason));
        !s) {
        notifier.error(s.error());
        return false;
    }
    notifier.inform(tr("Archived the household %1.").arg(name));
    return true;
}

bool ArchiveActions::archiveResident(LedgerDocument &document, Notifier &notifier,
                                     qint64 residentId)
{
    auto resident = document.residents().get(residentId);
    if (!resident) {
        notifier.error(resident.error());
        return false;
    }
    const QString name = resident->value(kName).toString();
    const qint64 household = resident->value(QStringLiteral("household_id")).toLongLong();
    const bool head =
        resident->value(QStringLiteral("relation_code")).toString() == ResidentRepository::headRelation();
    qint64 newHead = 0;
    if (head && household > 0) {
        auto members = document.households().members(household);
        if (!members) {
            notifier.error(members.error());
            return false;
        }
        QList<Record> others;
        for (const Record &m : *members) {
            if (m.value(kId).toLongLong() != residentId)
                others << m;
        }
        if (others.isEmpty()) {
            const int answer = notifier.choose(
                tr("%1 is the only member of their household. Archive the household too?")
                    .arg(name),
                {tr("Archive Resident and Household"), tr("Archive Only the Resident")});
            if (answer < 0)
                return false;
            if (answer == 0) {
                const int why = notifier.choose(tr("Why is %1 leaving the ledger?").arg(name),
                                                reasons());
                if (why < 0)
                    return false;
                if (Status s = document.push(std::make_unique<ArchiveHouseholdCommand>(
                        document, household, HouseholdRepository::ArchiveMembers{},
                        reasons().at(why)));
                    !s) {
                    notifier.error(s.error());
                    return false;
                }
                return true;
            }
        } else {
            QStringList names;
            for (const Record &m : std::as_const(others))
                names << m.value(kName).toString();
            const int chosen = notifier.choose(
                tr("%1 is the head of a household with other members. Who becomes the head?")
                    .arg(name),
                names);
            if (chosen < 0)
                return false;
            newHead = others.at(chosen).value(kId).toLongLong();
        }
    }
    const int why = notifier.choose(tr("Why is %1 leaving the ledger?").arg(name), reasons());
    if (why < 0)
        return false;
    if (Status s = document.push(std::make_unique<ArchiveResidentCommand>(
            document, residentId, reasons().at(why), name, newHead));
        !s) {
        notifier.error(s.error());
        return false;
    }
    notifier.inform(tr("Archived %1.").arg(name));
    return true;
}

} // namespace gridbook
