// SPDX-License-Identifier: MIT
#include "items/HouseholdTableModel.h"

#include "domain/PhoneNumber.h"


namespace gridbook {

namespace {

enum Field {
    FNumber,
    FAddress,
    FHeadName,
    FMembers,
    FResidence,
    FCare,
    FPhone,
    FUid,
    FHeadId,
    FArchived,
    FieldCount
};

} // namespace

HouseholdTableModel::HouseholdTableModel(QSqlDatabase db, QObject *parent)
    : QueryTableModel(std::move(db), parent)
{
}

int HouseholdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Household number");
    case Address:
        return tr("Address");
    case HeadName:
        return tr("Head of household");
    case MemberCount:
        return tr("Members");
    case ResidenceType:
        return tr("Residence type");
    case Care:
        return tr("Care");
    case Phone:
        return tr("Phone");
    case Uid:
        return tr("Uid");
    default:
        return {};
    }
}

HouseholdQuery::Sort HouseholdTableModel::sortFor(Column column)
{
    using S = HouseholdQuery::Sort;
    switch (column) {
    case Number:
    case Uid:
        return S::Number;
    case HeadName:
        return S::HeadName;
    case MemberCount:
        return S::MemberCount;
    case ResidenceType:
        return S::ResidenceType;
    case Care:
        return S::Care;
    case Phone:
        return S::Phone;
    case Address:
    case ColumnCount:
        break;
    }
    return S::Address;
}

void HouseholdTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    HouseholdQuery q = query();
    q.sort = sortFor(Column(column));
    q.order = order;
    (void)setQuery(q); // failures are reported through loadFailed()
}

Result<QHash<qint64, QVariantList>> HouseholdTableModel::fetchRows(const QList<qint64> &ids) const
{
    const QString sql = QStringLiteral(
        "SELECT h.id, h.household_number, c.name || b.name || ifnull(u.name, '') || d.room, "
        "head.name, "
        "(SELECT count(*) FROM resident m WHERE m.household_id = h.id AND m.archived_at IS NULL), "
        "rt.name, "
        "(SELECT group_concat(name, '、') FROM (SELECT DISTINCT cc.name, cc.sort, cc.id FROM "
        " resident m JOIN resident_care rc ON rc.resident_id = m.id JOIN care_category cc ON "
        " cc.id = rc.category_id WHERE m.household_id = h.id AND m.archived_at IS NULL AND "
        " rc.archived_at IS NULL ORDER BY cc.sort, cc.id)), "
        "ifnull(h.phone, head.phone), h.uid, head.id, h.archived_at IS NOT NULL "
        "FROM household h "
        "LEFT JOIN resident head ON head.household_id = h.id AND head.relation_code = '02' "
        " AND head.archived_at IS NULL "
        "LEFT JOIN dwelling d ON d.id = h.dwelling_id "
        "LEFT JOIN building b ON b.id = d.building_id "
        "LEFT JOIN compound c ON c.id = b.compound_id "
        "LEFT JOIN building_unit u ON u.id = d.unit_id "
        "LEFT JOIN residence_type_code rt ON rt.code = h.residence_type_code "
        "WHERE h.id IN (SELECT value FROM json_each(?))");
    return readRows(sql, ids, FieldCount, QStringLiteral("read household rows"));
}

bool HouseholdTableModel::isArchived(const QVariantList &values) const
{
    return values.value(FArchived).toBool();
}

QVariant HouseholdTableModel::cellData(const QVariantList &values, int column, int role) const
{
    if (role == CareFlagRole)
        return !values.value(FCare).toString().isEmpty();
    if (role == HeadIdRole)
        return values.value(FHeadId).toLongLong();
    if (column == MemberCount && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    auto textOf = [&](Field f) { return values.value(f).toString(); };
    switch (column) {
    case Number:
        return textOf(FNumber);
    case Address:
        return textOf(FAddress);
    case HeadName:
        return textOf(FHeadName);
    case MemberCount:
        return values.value(FMembers).toInt();
    case ResidenceType:
        return textOf(FResidence);
    case Care:
        return textOf(FCare);
    case Phone: {
        const QString phone = textOf(FPhone);
        return maskPersonalData() && !phone.isEmpty() ? PhoneNumber::mask(phone) : phone;
    }
    case Uid:
        return textOf(FUid);
    default:
        return {};
    }
}

} // namespace gridbook
