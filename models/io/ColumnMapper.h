// SPDX-License-Identifier: MIT
#pragma once

#include "io/SheetData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gridbook {

/** What a column of an imported residents sheet holds. */
enum class ImportField {
    Ignore,            ///< not imported
    Name,              ///< 姓名
    Sex,               ///< 性别
    IdNumber,          ///< 身份证号 / 公民身份号码
    BirthDate,         ///< 出生日期
    Ethnicity,         ///< 民族
    Political,         ///< 政治面貌
    Relation,          ///< 与户主关系
    HouseholdNumber,   ///< 户号
    ResidenceType,     ///< 户籍性质 / 人口类型
    Phone,             ///< 联系电话 / 手机号
    Community,         ///< 社区
    Compound,          ///< 小区
    Building,          ///< 楼栋
    Unit,              ///< 单元
    Room,              ///< 房号
    Address,           ///< 住址 / 门牌号 / 现住址: a whole address, parsed
    RegisteredAddress, ///< 户籍地址
    Education,         ///< 文化程度
    Marital,           ///< 婚姻状况
    WorkStatus,        ///< 就业状况
    Workplace,         ///< 工作单位
    CareCategories,    ///< 关爱类别, several separated by 、
    Note,              ///< 备注
    ResidentUid,       ///< 居民记录编号 (Gridbook's own export)
    HouseholdUid,      ///< 户记录编号 (Gridbook's own export)
};

/**
 * Where a sheet's header is and what each column holds. `fields` has one entry per column;
 * the user can change any of them (the wizard's mapping page, the CLI's --map).
 */
struct SheetLayout {
    int headerRow = -1;   ///< zero-based row of the header (the lower row of a two-row one)
    int firstDataRow = 0; ///< zero-based first row of data
    QStringList headers;  ///< per column, the header text as shown (both rows of a two-row one)
    QList<ImportField> fields;

    /** The first column mapped to `field`, or -1. */
    int column(ImportField field) const;
    bool has(ImportField field) const { return column(field) >= 0; }
    /** A name column is mapped: the sheet can be imported. */
    bool usable() const { return has(ImportField::Name); }
};

/**
 * Finds the header row of a residents sheet and maps its columns from the headers offices
 * use (姓名, 身份证号 / 公民身份号码 / 身份证号码, 联系电话 / 手机号, 住址 / 门牌号, 与户主关系,
 * 民族, 政治面貌, 户籍性质, ...), and from the English ones of an English Gridbook export.
 *
 * The header is the row among the first 30 that names the most different known fields, so a
 * title row (和济社区居民信息登记表, merged across the sheet) and notes above it are passed
 * over. Two-row headers - 住址 merged over 小区 / 楼栋 / 单元 / 房号 below it - are combined:
 * the lower row's known names win, the upper row fills the columns it leaves empty.
 */
class ColumnMapper {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ColumnMapper)
public:
    ColumnMapper() = delete;

    /** Header detection and automatic mapping. headerRow is -1 if nothing was recognised. */
    static SheetLayout detect(const SheetData &sheet);

    /** The layout with the header at `headerRow` (chosen by hand), mapped automatically. */
    static SheetLayout withHeaderRow(const SheetData &sheet, int headerRow);

    /** The field a header text names; Ignore for unknown headers. */
    static ImportField fieldForHeader(const QString &header);

    /** True for headers that are known but not imported (序号, 年龄, 网格, ...). */
    static bool isKnownIgnoredHeader(const QString &header);

    /** Every field, in the order the mapping page lists them. */
    static const QList<ImportField> &fields();
    /** The translated name of a field for the mapping page. */
    static QString displayName(ImportField field);
    /** The command-line name of a field (name, id-number, phone, ...). */
    static QString key(ImportField field);
    static std::optional<ImportField> fromKey(const QString &key);
};

} // namespace gridbook
