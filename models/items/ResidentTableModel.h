// SPDX-License-Identifier: MIT
#pragma once

#include "items/QueryTableModel.h"
#include "items/ResidentQuery.h"

#include <optional>

namespace gridbook {

/**
 * The residents table (居民台账): one row per resident of a ResidentQuery, read lazily by page
 * (see IdListTableModel). Read-only: edits go through ResidentRepository / HouseholdRepository
 * (and their undo commands); call reload() or invalidateRows() afterwards.
 *
 * Columns are addressed by Column, never by number. ID and phone numbers are shown in full
 * (office staff on screen); setMaskPersonalData(true) masks them (ResidentId::mask,
 * PhoneNumber::mask) for printing and export.
 */
class ResidentTableModel : public QueryTableModel<ResidentQuery> {
    Q_OBJECT
public:
    enum Column {
        Name,            ///< 姓名
        Sex,             ///< 性别 (name of the code)
        Age,             ///< 年龄, full years on the query's day
        BirthDate,       ///< 出生日期, ISO text
        IdNumber,        ///< 身份证号
        Phone,           ///< 联系电话
        Address,         ///< 住址: 和济小区3栋2单元501
        Relation,        ///< 与户主关系 (name of the code)
        Ethnicity,       ///< 民族
        PoliticalStatus, ///< 政治面貌 (short name)
        ResidenceType,   ///< 人口类型
        CareCategories,  ///< 关爱类别, names joined by "、"
        HouseholdNumber, ///< 户号
        HouseholdUid,    ///< the household's uid (hidden by default in views)
        Uid,             ///< the resident's uid (hidden by default in views)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ResidentIdRole = RecordIdRole,       ///< qint64
        HouseholdIdRole = FirstSubclassRole, ///< qint64, 0 without household
    };

    explicit ResidentTableModel(QSqlDatabase db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /**
     * Sorts in SQL by the column's key (see ResidentQuery::Sort and sortFor()): every column
     * sorts; the uid columns sort by household and address.
     */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** The sort key of a column, and back (BirthDate sorts as Age, reversed). */
    static ResidentQuery::Sort sortFor(Column column);
    static std::optional<Column> columnFor(ResidentQuery::Sort sort);

protected:
    Result<QHash<qint64, QVariantList>> fetchRows(const QList<qint64> &ids) const override;
    QVariant cellData(const QVariantList &values, int column, int role) const override;
    bool isArchived(const QVariantList &values) const override;
};

} // namespace gridbook
