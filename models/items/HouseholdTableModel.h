// SPDX-License-Identifier: MIT
#pragma once

#include "items/HouseholdQuery.h"
#include "items/QueryTableModel.h"

namespace gridbook {

/**
 * The households table (户台账): one row per household of a HouseholdQuery, read lazily by page
 * like ResidentTableModel. Read-only; edits go through HouseholdRepository.
 */
class HouseholdTableModel : public QueryTableModel<HouseholdQuery> {
    Q_OBJECT
public:
    enum Column {
        Number,        ///< 户号
        Address,       ///< 住址: 和济小区3栋2单元501
        HeadName,      ///< 户主
        MemberCount,   ///< 人数 (live members)
        ResidenceType, ///< 人口类型
        Care,          ///< 关爱: the care categories of its members, joined by "、"
        Phone,         ///< 联系电话
        Uid,           ///< the household's uid (hidden by default in views)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        HouseholdIdRole = RecordIdRole,
        CareFlagRole = FirstSubclassRole, ///< bool: a live member is in a care category
        HeadIdRole,                       ///< qint64: the head's resident id, 0 if none
    };

    explicit HouseholdTableModel(QSqlDatabase db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static HouseholdQuery::Sort sortFor(Column column);

protected:
    Result<QHash<qint64, QVariantList>> fetchRows(const QList<qint64> &ids) const override;
    QVariant cellData(const QVariantList &values, int column, int role) const override;
    bool isArchived(const QVariantList &values) const override;
};

} // namespace gridbook
