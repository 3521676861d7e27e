// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "reports/ReportDocument.h"
#include "reports/ReportScope.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace gridbook {

/**
 * The roster (花名册): the residents of a scope, filtered, in address order, with the
 * columns the user chose, optionally grouped by building or household with subtotals.
 * Built as a ReportDocument from prepared SQL with bound values; ReportRenderer prints it.
 */
class RosterReport {
    Q_DECLARE_TR_FUNCTIONS(RosterReport)
public:
    enum class Column {
        Number, ///< 序号
        Name,
        Sex,
        Age,
        BirthDate,
        IdNumber,
        Phone,
        Address,
        Relation, ///< 与户主关系
        Categories,
        Ethnicity,
        Political,
        ResidenceType,
        HouseholdNumber,
        Grid
    };
    enum class Grouping { None, Building, Household };

    struct Options {
        QList<ReportScope> scopes;  ///< empty: every community
        QStringList categories;     ///< care category codes; a resident in any of them
        int minAge = -1;            ///< -1: no lower bound (years, on `date`)
        int maxAge = -1;            ///< -1: no upper bound
        QStringList residenceTypes; ///< residence_type_code codes; empty: all
        QList<Column> columns = defaultColumns();
        Grouping grouping = Grouping::None;
        bool landscape = false;
        /** Print ID and phone numbers in full, and every care category (sensitive ones too);
         *  the caller records such a print in the print log. */
        bool fullValues = false;
        QDate date = QDate::currentDate(); ///< the report's date; ages are counted on it
    };

    /** 序号, 姓名, 性别, 年龄, 身份证号, 联系电话, 住址, 与户主关系, 类别. */
    static QList<Column> defaultColumns();
    static QList<Column> allColumns();
    /** The command-line name of a column ("id_number"). */
    static QString columnKey(Column column);
    static std::optional<Column> columnFromKey(const QString &key);
    /** The translated header text of a column. */
    static QString columnTitle(Column column);
    static QString groupingKey(Grouping grouping);
    static std::optional<Grouping> groupingFromKey(const QString &key);

    /** The roster as data. Progress and cancel through `feedback`. */
    static Result<ReportDocument> build(const QSqlDatabase &db, const Options &options,
                                        Feedback &feedback);

    /** The filters in words, for the subtitle and the print log ("低保户；80岁及以上"). */
    static Result<QString> describeFilters(const QSqlDatabase &db, const Options &options);
};

} // namespace gridbook
