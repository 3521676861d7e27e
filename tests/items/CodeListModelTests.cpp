// SPDX-License-Identifier: MIT
#include "ItemsTestSupport.h"
#include "TestDatabase.h"

#include "items/CodeListModel.h"

#include <catch2/catch.hpp>

using namespace gridbook;
using List = CodeListModel::List;

TEST_CASE("code lists for combo boxes", "[models]")
{
    auto db = test::demoLedger(300);
    for (List list : {List::Sex, List::Relation, List::Ethnicity, List::PoliticalStatus,
                      List::ResidenceType, List::CareCategory, List::BigGrid, List::SmallGrid}) {
        INFO("list " << int(list));
        CodeListModel model(db->connection(), list);
        test::ModelChecker checker(&model);
        CHECK(model.rowCount() > 0);
        CHECK(static_cast<QAbstractItemModel &>(model).columnCount() == 1);
        for (int r = 0; r < model.rowCount(); ++r) {
            CHECK_FALSE(model.index(r, 0).data().toString().isEmpty());
            CHECK_FALSE(model.codeAt(r).isNull());
            CHECK(model.rowOfCode(model.codeAt(r)) == r);
        }
        CHECK(checker.failures().join(QLatin1Char('\n')).toStdString() == std::string());
    }

    CodeListModel political(db->connection(), List::PoliticalStatus);
    const int member = political.rowOfCode(QStringLiteral("01"));
    REQUIRE(member >= 0);
    CHECK(political.index(member, 0).data().toString() == QString::fromUtf8("中共党员"));
    CHECK(political.index(member, 0).data(CodeListModel::CodeRole).toString() ==
          QStringLiteral("01"));

    CodeListModel care(db->connection(), List::CareCategory);
    CHECK(care.rowCount() == test::scalar(*db, QStringLiteral("SELECT count(*) FROM care_category "
                                                              "WHERE archived_at IS NULL"))
                                 .toInt());
    CHECK(care.index(0, 0).data().toString() == QString::fromUtf8("低保户"));
    CHECK(care.index(0, 0).data(CodeListModel::CodeRole).toLongLong() == 1);
    CHECK(care.index(0, 0).data(CodeListModel::GroupRole).toString() == QStringLiteral("care"));
    CHECK(care.index(0, 0).data(CodeListModel::SensitiveRole).toBool());

    CodeListModel residence(db->connection(), List::ResidenceType);
    const int before = residence.rowCount();
    REQUIRE(residence.setAnyEntry(QString::fromUtf8("全部")).ok());
    CHECK(residence.rowCount() == before + 1);
    CHECK(residence.index(0, 0).data().toString() == QString::fromUtf8("全部"));
    CHECK(residence.codeAt(0).isNull());
    CHECK(residence.index(1, 0).data(CodeListModel::CodeRole).toString() == QStringLiteral("1"));
    REQUIRE(residence.setAnyEntry(QString()).ok());
    CHECK(residence.rowCount() == before);

    CodeListModel grids(db->connection(), List::SmallGrid);
    CHECK(grids.rowCount() ==
          test::scalar(*db, QStringLiteral("SELECT count(*) FROM small_grid")).toInt());
}
