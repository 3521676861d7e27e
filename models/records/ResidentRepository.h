// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "records/RecordStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gridbook {

/**
 * Residents (居民) and the rules every write of one obeys, in one place: forms, imports and
 * HouseholdRepository all come through here.
 *
 * - name: trimmed, not empty; name_initials and name_pinyin are derived from it (Pinyin) unless
 *   the caller gives them (to correct a polyphonic reading).
 * - id_number: checked by ResidentId (GB 11643) and stored in its normalised 18-character form;
 *   a valid number fills birth_date and sex_code when they are empty and must agree with them
 *   when they are given. An invalid number is refused, unless the record also carries a
 *   non-empty id_problem: then it is kept as found (for imports of old sheets, so that nobody
 *   is lost), with id_problem saying what is wrong. Empty means "no number" (NULL).
 * - phone: checked by PhoneNumber and stored normalised; empty means NULL.
 * - household: a resident may only join a live household; a household never has two heads
 *   (relation_code '02', 户主) and a household with live members always has exactly one.
 *   Changes of head go through HouseholdRepository::setHead / moveMember.
 */
class ResidentRepository {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ResidentRepository)
public:
    /** relation_code of the head of household (户主, GB/T 4761). */
    static QString headRelation() { return QStringLiteral("02"); }
    static QString table() { return QStringLiteral("resident"); }

    explicit ResidentRepository(QSqlDatabase db);

    /** Validates, fills the derived fields and inserts; returns the new id. */
    Result<qint64> create(const Record &resident);

    /**
     * Validates the record as it will be after `changes` and writes the changed fields (plus
     * any derived ones). A change of household or relation must keep the household rules.
     */
    Status update(qint64 id, const Record &changes);

    /**
     * Archives the resident (moved out, deceased, duplicate, ...). Refused for the head of a
     * household that still has other live members: a new head must be named first.
     */
    Status archive(qint64 id, const QString &reason);

    /** Brings an archived resident back, into a live household and without a second head. */
    Status restore(qint64 id);

    Result<Record> get(qint64 id) const;

    /**
     * The resident (live or archived) with this ID number. The input is normalised as
     * create() stores it (blanks, full-width digits, 15-digit form), so a typed number finds
     * the stored one.
     */
    Result<std::optional<qint64>> findByIdNumber(const QString &idNumber) const;

    /**
     * Makes the resident's live care categories (resident_care) exactly `categoryIds`:
     * rows for categories no longer listed are archived, rows for new ones inserted; rows
     * that stay are left untouched (their since / note and history survive).
     */
    Status setCareCategories(qint64 residentId, const QList<qint64> &categoryIds);

    /** The ids of the resident's live care categories, ascending. */
    Result<QList<qint64>> careCategories(qint64 residentId) const;

    /**
     * The household rule, checked after a change inside the caller's transaction: an
     * archived household has no live members; a live one with live members has exactly
     * one head. `householdId` 0 or a missing household: nothing to check.
     */
    Status checkHousehold(qint64 householdId, const QString &operation) const;

    /**
     * The record as it would be stored: trimmed name, derived pinyin, normalised ID number,
     * phone, birth date and sex. `current` is the stored record when validating an update.
     * An Error names the field (Error::field) and the reason.
     */
    static Result<Record> validated(const Record &resident, const Record &current = Record(),
                                    QDate today = QDate::currentDate());

private:
    Status checkJoin(const Record &resident, qint64 selfId, const QString &operation) const;
    /** Refuses an ID number another resident than `selfId` (0: nobody) already has. */
    Status checkIdNumberFree(const QString &idNumber, qint64 selfId,
                             const QString &operation) const;

    RecordStore m_store;
};

} // namespace gridbook
