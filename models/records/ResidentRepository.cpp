// SPDX-License-Identifier: MIT
#include "records/ResidentRepository.h"

#include "db/SqlErrors.h"
#include "db/TransactionGuard.h"
#include "domain/LedgerDate.h"
#include "domain/PhoneNumber.h"
#include "domain/Pinyin.h"
#include "domain/ResidentId.h"

#include <QSet>
#include <QSqlQuery>

namespace gridbook {

namespace {

const QString kName = QStringLiteral("name");
const QString kInitials = QStringLiteral("name_initials");
const QString kPinyin = QStringLiteral("name_pinyin");
const QString kIdNumber = QStringLiteral("id_number");
const QString kIdProblem = QStringLiteral("id_problem");
const QString kBirthDate = QStringLiteral("birth_date");
const QString kSexCode = QStringLiteral("sex_code");
const QString kPhone = QStringLiteral("phone");
const QString kHouseholdId = QStringLiteral("household_id");
const QString kRelation = QStringLiteral("relation_code");
const QString kArchivedAt = QStringLiteral("archived_at");

/** Code columns: an empty string from a form's blank combo box means "not given". */
const QStringList &codeColumns()
{
    static const QStringList columns = {
        QStringLiteral("relation_code"),       QStringLiteral("sex_code"),
        QStringLiteral("ethnicity_code"),      QStringLiteral("political_status_code"),
        QStringLiteral("residence_type_code"), QStringLiteral("native_region_code"),
    };
    return columns;
}

QString text(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return v.toString().trimmed();
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

qint64 idOf(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

} // namespace

ResidentRepository::ResidentRepository(QSqlDatabase db) : m_store(std::move(db)) {}

Result<Record> ResidentRepository::validated(const Record &resident, const Record &current,
                                             QDate today)
{
    const QString operation = QStringLiteral("validate resident");
    const bool creating = current.isEmpty();
    auto given = [&](const QString &key) { return resident.contains(key); };
    auto value = [&](const QString &key) {
        return resident.contains(key) ? resident.value(key) : current.value(key);
    };
    Record out = resident;

    for (const QString &code : codeColumns()) {
        if (given(code) && text(resident.value(code)).isEmpty())
            out.insert(code, QVariant());
        else if (given(code))
            out.insert(code, text(resident.value(code)));
    }

    // Name and its search keys.
    if (creating || given(kName)) {
        const QString name = text(value(kName));
        if (name.isEmpty())
            return RecordStore::invalid(kName, tr("Name: must not be empty"), operation);
        out.insert(kName, name);
        if (text(resident.value(kInitials)).isEmpty())
            out.insert(kInitials, Pinyin::initials(name));
        if (text(resident.value(kPinyin)).isEmpty())
            out.insert(kPinyin, Pinyin::full(name));
    }

    // Birth date: a QDate is stored as ISO text; an empty value means NULL.
    if (given(kBirthDate))
        out.insert(kBirthDate, nullIfEmpty(text(resident.value(kBirthDate))));

    // ID number, and the birth date and sex it encodes.
    if (creating || given(kIdNumber) || given(kBirthDate) || given(kSexCode) || given(kIdProblem)) {
        const QString idText = text(value(kIdNumber));
        if (idText.isEmpty()) {
            if (given(kIdNumber))
                out.insert(kIdNumber, QVariant());
        } else {
            const ResidentId::Check check = ResidentId::check(idText, today);
            if (check.valid) {
                out.insert(kIdNumber, check.normalized);
                if (!text(value(kIdProblem)).isEmpty())
                    out.insert(kIdProblem, QVariant()); // a valid number has no problem
                const QString birth = LedgerDate::toStorage(check.birthDate);
                const QString sex = QString::number(static_cast<int>(check.sex));
                // A new number re-derives what it encodes unless those are changed too.
                const bool newNumber = !creating && given(kIdNumber) &&
                                       text(current.value(kIdNumber)) != check.normalized;
                const QString givenBirth =
                    (newNumber && !given(kBirthDate)) ? QString() : text(value(kBirthDate));
                const QString givenSex =
                    (newNumber && !given(kSexCode)) ? QString() : text(value(kSexCode));
                if (givenBirth.isEmpty())
                    out.insert(kBirthDate, birth);
                else if (givenBirth != birth)
                    return RecordStore::invalid(
                        kBirthDate,
                        tr("Birth date: does not match the birth date in the ID number"),
                        operation);
                if (givenSex.isEmpty())
                    out.insert(kSexCode, sex);
                else if (givenSex != sex)
                    return RecordStore::invalid(
                        kSexCode, tr("Sex: does not match the sex encoded in the ID number"),
                        operation);
            } else if (!text(value(kIdProblem)).isEmpty()) {
                // Kept as found, with the reason beside it (imports of old sheets).
                if (given(kIdNumber))
                    out.insert(kIdNumber, idText);
            } else {
                return RecordStore::invalid(kIdNumber, check.message, operation);
            }
        }
    }

    if (given(kPhone)) {
        const QString phone = text(resident.value(kPhone));
        if (phone.isEmpty()) {
            out.insert(kPhone, QVariant());
        } else {
            const PhoneNumber::Check check = PhoneNumber::check(phone);
            if (!check.valid)
                return RecordStore::invalid(kPhone, check.message, operation);
            out.insert(kPhone, check.normalized);
        }
    }

    if (text(value(kRelation)) == headRelation() && idOf(value(kHouseholdId)) == 0)
        return RecordStore::invalid(kRelation,
                                    tr("Relation: a head of household (户主) must belong to a "
                                       "household"),
                                    operation);
    return out;
}

Status ResidentRepository::checkJoin(const Record &resident, qint64 selfId,
                                     const QString &operation) const
{
    const qint64 householdId = idOf(resident.value(kHouseholdId));
    if (householdId == 0)
        return {};
    auto household = m_store.get(QStringLiteral("household"), householdId);
    if (!household) {
        Error e = household.error();
        e.field = kHouseholdId;
        return e;
    }
    if (!household->value(kArchivedAt).isNull())
        return RecordStore::invalid(
            kHouseholdId, tr("Household %1 is archived; nobody can join it.").arg(householdId),
            operation);
    if (resident.value(kRelation).toString() != headRelation())
        return {};
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM resident WHERE household_id = ? "
                             "AND relation_code = ? AND archived_at IS NULL AND id <> ?"));
    q.addBindValue(householdId);
    q.addBindValue(headRelation());
    q.addBindValue(selfId);
    if (!q.exec() || !q.next())
        return SqlErrors::fromQuery(q, operation);
    if (q.value(0).toInt() > 0)
        return RecordStore::invalid(kRelation,
                                    tr("Relation: household %1 already has a head (户主); "
                                       "change the head with \"set head\" instead")
                                        .arg(householdId),
                                    operation);
    return {};
}

Status ResidentRepository::checkIdNumberFree(const QString &idNumber, qint64 selfId,
                                             const QString &operation) const
{
    if (idNumber.isEmpty())
        return {};
    auto existing = findByIdNumber(idNumber);
    if (!existing)
        return existing.error();
    if (existing->has_value() && **existing != selfId)
        return RecordStore::invalid(
            kIdNumber,
            tr("ID number: another resident (id %1) already has this number").arg(**existing),
            operation);
    return {};
}

Status ResidentRepository::checkHousehold(qint64 householdId, const QString &operation) const
{
    if (householdId <= 0)
        return {};
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT h.archived_at IS NOT NULL, count(r.id), "
                             "coalesce(sum(r.relation_code = ?), 0) "
                             "FROM household h LEFT JOIN resident r "
                             "ON r.household_id = h.id AND r.archived_at IS NULL "
                             "WHERE h.id = ? GROUP BY h.id"));
    q.addBindValue(headRelation());
    q.addBindValue(householdId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    if (!q.next())
        return {};
    const bool archived = q.value(0).toInt() != 0;
    const int members = q.value(1).toInt();
    const int heads = q.value(2).toInt();
    if (archived && members > 0)
        return RecordStore::invalid(kHouseholdId,
                                    tr("Household %1 is archived but would still have %2 live "
                                       "member(s); archive or move them first.")
                                        .arg(householdId)
                                        .arg(members),
                                    operation);
    if (members > 0 && heads == 0)
        return RecordStore::invalid(kRelation,
                                    tr("Household %1 would have members but no head (户主); "
                                       "name a new head first.")
                                        .arg(householdId),
                                    operation);
    if (heads > 1)
        return RecordStore::invalid(kRelation,
                                    tr("Household %1 would have %2 heads (户主); a household has "
                                       "exactly one.")
                                        .arg(householdId)
                                        .arg(heads),
                                    operation);
    return {};
}

Result<qint64> ResidentRepository::create(const Record &resident)
{
    const QString operation = QStringLiteral("create resident");
    if (resident.contains(QStringLiteral("id")))
        return RecordStore::invalid(QStringLiteral("id"),
                                    tr("A new resident cannot be given an id."), operation);
    auto record = validated(resident);
    if (!record)
        return record.error();

    TransactionGuard tx(m_store.connection(), operation);
    if (!tx.ok())
        return tx.error();
    if (Status s = checkIdNumberFree(record->value(kIdNumber).toString(), 0, operation); !s)
        return s.error();
    if (Status s = checkJoin(*record, 0, operation); !s)
        return s.error();
    auto id = m_store.insert(table(), *record);
    if (!id)
        return id.error();
    if (Status s = checkHousehold(idOf(record->value(kHouseholdId)), operation); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ResidentRepository::update(qint64 id, const Record &changes)
{
    const QString operation = QStringLiteral("update resident");
    TransactionGuard tx(m_store.connection(), operation);
    if (!tx.ok())
        return tx.error();
    auto current = m_store.get(table(), id);
    if (!current)
        return current.error();
    auto record = validated(changes, *current);
    if (!record)
        return record.error();

    if (record->contains(kIdNumber)) {
        const QString idNumber = record->value(kIdNumber).toString();
        if (idNumber != current->value(kIdNumber).toString()) {
            if (Status s = checkIdNumberFree(idNumber, id, operation); !s)
                return s;
        }
    }

    Record merged = *current;
    for (auto it = record->cbegin(); it != record->cend(); ++it)
        merged.insert(it.key(), it.value());
    const bool live = current->value(kArchivedAt).isNull();
    const bool membership = record->contains(kHouseholdId) || record->contains(kRelation);
    if (live && membership) {
        if (Status s = checkJoin(merged, id, operation); !s)
            return s;
    }
    if (Status s = m_store.update(table(), id, *record); !s)
        return s;
    if (live && membership) {
        for (const qint64 household :
             {idOf(current->value(kHouseholdId)), idOf(merged.value(kHouseholdId))}) {
            if (Status s = checkHousehold(household, operation); !s)
                return s;
        }
    }
    return tx.commit();
}

Status ResidentRepository::archive(qint64 id, const QString &reason)
{
    const QString operation = QStringLiteral("archive resident");
    TransactionGuard tx(m_store.connection(), operation);
    if (!tx.ok())
        return tx.error();
    auto current = m_store.get(table(), id);
    if (!current)
        return current.error();
    const qint64 householdId = idOf(current->value(kHouseholdId));
    if (current->value(kArchivedAt).isNull() && householdId != 0 &&
        current->value(kRelation).toString() == headRelation()) {
        auto members = m_store.countLive(table(), kHouseholdId, householdId);
        if (!members)
            return members.error();
        if (*members > 1)
            return RecordStore::invalid(
                kRelation,
                tr("This resident is the head (户主) of household %1, which has %2 other live "
                   "member(s); name a new head first, then archive.")
                    .arg(householdId)
                    .arg(*members - 1),
                operation);
    }
    if (Status s = m_store.archive(table(), id, reason); !s)
        return s;
    return tx.commit();
}

Status ResidentRepository::restore(qint64 id)
{
    const QString operation = QStringLiteral("restore resident");
    TransactionGuard tx(m_store.connection(), operation);
    if (!tx.ok())
        return tx.error();
    auto current = m_store.get(table(), id);
    if (!current)
        return current.error();
    if (Status s = checkJoin(*current, id, operation); !s)
        return s;
    if (Status s = m_store.restore(table(), id); !s)
        return s;
    if (Status s = checkHousehold(idOf(current->value(kHouseholdId)), operation); !s)
        return s;
    return tx.commit();
}

Result<Record> ResidentRepository::get(qint64 id) const
{
    return m_store.get(table(), id);
}

Result<std::optional<qint64>> ResidentRepository::findByIdNumber(const QString &idNumber) const
{
    const ResidentId::Check check = ResidentId::check(idNumber);
    const QString key = check.valid ? check.normalized : idNumber.trimmed();
    if (key.isEmpty())
        return std::optional<qint64>();
    RecordStore::ListOptions options;
    options.includeArchived = true;
    options.equals.insert(kIdNumber, key);
    options.limit = 1;
    auto rows = m_store.list(table(), options);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->first().value(QStringLiteral("id")).toLongLong());
}

Status ResidentRepository::setCareCategories(qint64 residentId, const QList<qint64> &categoryIds)
{
    const QString operation = QStringLiteral("set care categories");
    const QString careTable = QStringLiteral("resident_care");
    const QString categoryTable = QStringLiteral("care_category");
    const QString kCategoryId = QStringLiteral("category_id");
    const QString kResidentId = QStringLiteral("resident_id");

    TransactionGuard tx(m_store.connection(), operation);
    if (!tx.ok())
        return tx.error();
    auto resident = m_store.get(table(), residentId);
    if (!resident)
        return resident.error();
    if (!resident->value(kArchivedAt).isNull())
        return RecordStore::invalid(kResidentId,
                                    tr("Resident %1 is archived; restore them before changing "
                                       "their care categories.")
                                        .arg(residentId),
                                    operation);

    QList<qint64> wanted;
    for (const qint64 category : categoryIds) {
        if (!wanted.contains(category))
            wanted << category;
    }
    RecordStore::ListOptions options;
    options.equals.insert(kResidentId, residentId);
    auto rows = m_store.list(careTable, options);
    if (!rows)
        return rows.error();
    QSet<qint64> present;
    for (const Record &row : *rows) {
        const qint64 category = row.value(kCategoryId).toLongLong();
        if (wanted.contains(category) && !present.contains(category)) {
            present.insert(category);
            continue;
        }
        if (Status s = m_store.archive(careTable, row.value(QStringLiteral("id")).toLongLong()); !s)
            return s;
    }
    for (const qint64 category : wanted) {
        if (present.contains(category))
            continue;
        auto record = m_store.get(categoryTable, category);
        if (!record) {
            Error e = record.error();
            e.field = kCategoryId;
            return e;
        }
        if (!record->value(kArchivedAt).isNull())
            return RecordStore::invalid(kCategoryId,
                                        tr("Care category \"%1\" is no longer in use.")
                                            .arg(record->value(kName).toString()),
                                        operation);
        auto inserted =
            m_store.insert(careTable, Record{{kResidentId, residentId}, {kCategoryId, category}});
        if (!inserted)
            return inserted.error();
    }
    return tx.commit();
}

Result<QList<qint64>> ResidentRepository::careCategories(qint64 residentId) const
{
    auto resident = m_store.get(table(), residentId);
    if (!resident)
        return resident.error();
    RecordStore::ListOptions options;
    options.equals.insert(QStringLiteral("resident_id"), residentId);
    options.orderBy << RecordStore::SortKey{QStringLiteral("category_id"), false};
    auto rows = m_store.list(QStringLiteral("resident_care"), options);
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    for (const Record &row : *rows)
        ids << row.value(QStringLiteral("category_id")).toLongLong();
    return ids;
}

} // namespace gridbook
