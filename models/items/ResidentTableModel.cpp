// SPDX-License-Identifier: MIT
#include "items/ResidentTableModel.h"

#include "domain/PhoneNumber.h"
#include "domain/ResidentId.h"


namespace gridbook {

namespace {

/** The values fetchRows() reads per resident, in this order. */
enum Field {
    FName,
    FSex,
    FBirth,
    FIdNumber,
    FPhone,
    FAddress,
    FRelation,
    FEthnicity,
    FPolitical,
    FResidence,
    FCare,
    FHouseholdNumber,
    FHouseholdUid,
    FUid,
    FHouseholdId,
    FArchived,
    FieldCount
};

} // namespace

ResidentTableModel::ResidentTableModel(QSqlDatabase db, QObject *parent)
    : QueryTableModel(std::move(db), parent)
{
}

int ResidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Sex:
        return tr("Sex");
    case Age:
        return tr("Age");
    case BirthDate:
        return tr("Date of birth");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case Address:
        return tr("Address");
    case Relation:
        return tr("Relation to head");
    case Ethnicity:
        return tr("Ethnicity");
    case PoliticalStatus:
        return tr("Political status");
    case ResidenceType:
        return tr("Residence type");
    case CareCategories:
        return tr("Care categories");
    case HouseholdNumber:
        return tr("Household number");
    case HouseholdUid:
        return tr("Household uid");
    case Uid:
        return tr("Uid");
    default:
        return {};
    }
}

ResidentQuery::Sort ResidentTableModel::sortFor(Column column)
{
    using S = ResidentQuery::Sort;
    switch (column) {
    case Name:
        return S::Name;
    case Sex:
        return S::Sex;
    case Age:
    case BirthDate:
        return S::Age;
    case IdNumber:
        return S::IdNumber;
    case Phone:
        return S::Phone;
    case Relation:
        return S::Relation;
    case Ethnicity:
        return S::Ethnicity;
    case PoliticalStatus:
        return S::PoliticalStatus;
    case ResidenceType:
        return S::ResidenceType;
    case CareCategories:
        return S::CareCategories;
    case HouseholdNumber:
    case HouseholdUid:
        return S::Household;
    case Address:
    case Uid:
    case ColumnCount:
        break;
    }
    return S::Address;
}

std::optional<ResidentTableModel::Column> ResidentTableModel::columnFor(ResidentQuery::Sort sort)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortFor(Column(c)) == sort)
            return Column(c);
    }
    return std::nullopt;
}

void ResidentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    ResidentQuery q = query();
    q.sort = sortFor(Column(column));
    // Birth date ascending is the oldest first: age descending.
    q.order = column == BirthDate
                  ? (order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder)
                  : order;
    (void)setQuery(q); // failures are reported through loadFailed()
}

Result<QHash<qint64, QVariantList>> ResidentTableModel::fetchRows(const QList<qint64> &ids) const
{
    // One statement per page: the ids come as a JSON array (bound, not spliced into the SQL).
    const QString sql = QStringLiteral(
        "SELECT r.id, r.name, sx.name, r.birth_date, r.id_number, r.phone, "
        "c.name || b.name || ifnull(u.name, '') || d.room, rel.name, eth.name, "
        "ifnull(ps.short_name, ps.name), rt.name, "
        "(SELECT group_concat(name, '、') FROM (SELECT cc.name FROM resident_care rc "
        " JOIN care_category cc ON cc.id = rc.category_id WHERE rc.resident_id = r.id "
        " AND rc.archived_at IS NULL ORDER BY cc.sort, cc.id)), "
        "h.household_number, h.uid, r.uid, r.household_id, r.archived_at IS NOT NULL "
        "FROM resident r "
        "LEFT JOIN household h ON h.id = r.household_id "
        "LEFT JOIN dwelling d ON d.id = h.dwelling_id "
        "LEFT JOIN building b ON b.id = d.building_id "
        "LEFT JOIN compound c ON c.id = b.compound_id "
        "LEFT JOIN building_unit u ON u.id = d.unit_id "
        "LEFT JOIN sex_code sx ON sx.code = r.sex_code "
        "LEFT JOIN relation_code rel ON rel.code = r.relation_code "
        "LEFT JOIN ethnicity_code eth ON eth.code = r.ethnicity_code "
        "LEFT JOIN political_status_code ps ON ps.code = r.political_status_code "
        "LEFT JOIN residence_type_code rt ON rt.code = r.residence_type_code "
        "WHERE r.id IN (SELECT value FROM json_each(?))");
    return readRows(sql, ids, FieldCount, QStringLiteral("read resident rows"));
}

bool ResidentTableModel::isArchived(const QVariantList &values) const
{
    return values.value(FArchived).toBool();
}

QVariant ResidentTableModel::cellData(const QVariantList &values, int column, int role) const
{
    if (role == HouseholdIdRole)
        return values.value(FHouseholdId).toLongLong();
    if (column == Age && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    auto textOf = [&](Field f) { return values.value(f).toString(); };
    switch (column) {
    case Name:
        return textOf(FName);
    case Sex:
        return textOf(FSex);
    case Age: {
        const QDate birth = QDate::fromString(textOf(FBirth), Qt::ISODate);
        const QDate day = query().today.isValid() ? query().today : QDate::currentDate();
        const int age = ResidentId::ageOn(birth, day);
        return age >= 0 ? QVariant(age) : QVariant();
    }
    case BirthDate:
        return textOf(FBirth);
    case IdNumber: {
        const QString id = textOf(FIdNumber);
        return maskPersonalData() && !id.isEmpty() ? ResidentId::mask(id) : id;
    }
    case Phone: {
        const QString phone = textOf(FPhone);
        return maskPersonalData() && !phone.isEmpty() ? PhoneNumber::mask(phone) : phone;
    }
    case Address:
        return textOf(FAddress);
    case Relation:
        return textOf(FRelation);
    case Ethnicity:
        return textOf(FEthnicity);
    case PoliticalStatus:
        return textOf(FPolitical);
    case ResidenceType:
        return textOf(FResidence);
    case CareCategories:
        return textOf(FCare);
    case HouseholdNumber:
        return textOf(FHouseholdNumber);
    case HouseholdUid:
        return textOf(FHouseholdUid);
    case Uid:
        return textOf(FUid);
    default:
        return {};
    }
}

} // namespace gridbook
