// SPDX-License-Identifier: MIT
#include "ItemsTestSupport.h"
#include "TestDatabase.h"

#include "items/ResidentTableModel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

using namespace gridbook;
using Column = ResidentTableModel::Column;

namespace {

QString cell(const ResidentTableModel &model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("the residents table passes the model tester and shows a resident's columns", "[models]")
{
    auto db = test::demoLedger(300);
    const auto family = test::addFamily(*db);
    ResidentTableModel model(db->connection());
    test::ModelChecker checker(&model);
    QSignalSpy counted(&model, &ResidentTableModel::totalCountChanged);

    ResidentQuery q;
    q.today = test::demoDay();
    REQUIRE(model.setQuery(q).ok());
    CHECK(model.rowCount() == 303);
    CHECK(model.totalCount() == 303);
    CHECK(model.columnCount() == ResidentTableModel::ColumnCount);
    CHECK(counted.count() == 1);

    REQUIRE(model.setSearchText(QStringLiteral("zsf")).ok());
    const int row = model.rowOf(family.head);
    REQUIRE(row >= 0);
    CHECK(model.idAt(row) == family.head);
    CHECK(model.data(model.index(row, Column::Name), ResidentTableModel::ResidentIdRole)
              .toLongLong() == family.head);
    CHECK(model.data(model.index(row, Column::Name), ResidentTableModel::HouseholdIdRole)
              .toLongLong() == family.household);
    CHECK(cell(model, row, Column::Name) == str("张三丰"));
    CHECK(cell(model, row, Column::Sex) == str("男"));
    CHECK(cell(model, row, Column::BirthDate) == QStringLiteral("1980-01-01"));
    CHECK(model.data(model.index(row, Column::Age)).toInt() == 45);
    CHECK(cell(model, row, Column::IdNumber) == test::validId("43040219800101123"));
    CHECK(cell(model, row, Column::Phone) == QStringLiteral("13812345678"));
    CHECK(cell(model, row, Column::Relation) == str("户主"));
    CHECK(cell(model, row, Column::CareCategories) == str("低保户"));
    CHECK(cell(model, row, Column::HouseholdNumber) == QStringLiteral("990001"));
    CHECK(cell(model, row, Column::Address) ==
          test::scalar(*db, QStringLiteral("SELECT c.name || b.name || u.name || d.room FROM "
                                           "dwelling d JOIN building b ON b.id = d.building_id "
                                           "JOIN compound c ON c.id = b.compound_id JOIN "
                                           "building_unit u ON u.id = d.unit_id WHERE d.id = %1")
                                .arg(family.dwelling))
              .toString());
    CHECK(cell(model, row, Column::Address).contains(str("单元")));
    CHECK(cell(model, row, Column::Ethnicity) == str("汉族"));
    CHECK(cell(model, row, Column::HouseholdUid).size() == 36);
    CHECK(model.headerData(Column::IdNumber, Qt::Horizontal).toString() ==
          QStringLiteral("ID number"));
    CHECK_FALSE(
        model.data(model.index(row, Column::Name), ResidentTableModel::ArchivedRole).toBool());

    SECTION("masking for print and export")
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMaskPersonalData(true);
        CHECK(changed.count() == 1);
        CHECK(cell(model, row, Column::IdNumber) ==
              QStringLiteral("430402********") + test::validId("43040219800101123").right(4));
        CHECK(cell(model, row, Column::Phone) == QStringLiteral("138****5678"));
        model.setMaskPersonalData(false);
        CHECK(cell(model, row, Column::Phone) == QStringLiteral("13812345678"));
    }
    SECTION("sorting through the view's sort()")
    {
        REQUIRE(model.setSearchText(QString()).ok());
        model.sort(Column::Age, Qt::AscendingOrder);
        CHECK(model.query().sort == ResidentQuery::Sort::Age);
        QString previous = QStringLiteral("9999");
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString birth = cell(model, r, Column::BirthDate);
            REQUIRE(birth <= previous);
            previous = birth;
        }
        model.sort(Column::BirthDate, Qt::AscendingOrder); // oldest first
        CHECK(cell(model, 0, Column::BirthDate) <= cell(model, 1, Column::BirthDate));
        for (int c = 0; c < ResidentTableModel::ColumnCount; ++c) {
            model.sort(c, Qt::DescendingOrder);
            CHECK(model.rowCount() == 303);
        }
    }
    CHECK(checker.failures().join(QLatin1Char('\n')).toStdString() == std::string());
}

TEST_CASE("the residents table reads only the pages a view asks for", "[models]")
{
    auto db = test::demoLedger(5000);
    ResidentTableModel model(db->connection());
    REQUIRE(model.setQuery(ResidentQuery{}).ok());
    REQUIRE(model.rowCount() == 5000);
    CHECK(model.cachedRowCount() == 0);
    CHECK(model.pagesFetched() == 0);

    // A first screen: one page.
    for (int r = 0; r < 40; ++r)
        (void)model.data(model.index(r, Column::Name));
    CHECK(model.pagesFetched() == 1);
    CHECK(model.cachedRowCount() == IdListTableModel::kPageSize);

    // Scrolling through everything keeps at most kMaxPages pages.
    for (int r = 0; r < model.rowCount(); r += 7)
        CHECK_FALSE(model.data(model.index(r, Column::Name)).toString().isEmpty());
    CHECK(model.cachedRowCount() <= IdListTableModel::kMaxPages * IdListTableModel::kPageSize);
    const qint64 pages = model.pagesFetched();
    CHECK(pages == (5000 + IdListTableModel::kPageSize - 1) / IdListTableModel::kPageSize);

    // Back to the top: the page is read again only if it was dropped.
    (void)model.data(model.index(0, Column::Name));
    CHECK(model.pagesFetched() <= pages + 1);

    model.invalidateRows();
    CHECK(model.cachedRowCount() == 0);
}

TEST_CASE("the residents table loads lists in the background", "[models]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = test::demoLedgerFile(dir.filePath(QStringLiteral("ledger.sqlite")), 3000);
    const auto family = test::addFamily(*db);
    ResidentTableModel model(db->connection());
    test::ModelChecker checker(&model);
    REQUIRE(model.setBackgroundLoading(true));
    CHECK(model.backgroundLoading());
    QSignalSpy loaded(&model, &ResidentTableModel::listLoaded);
    QSignalSpy failed(&model, &ResidentTableModel::loadFailed);

    REQUIRE(model.setQuery(ResidentQuery{}).ok());
    CHECK(model.isLoading());
    REQUIRE(loaded.wait(10000));
    CHECK_FALSE(model.isLoading());
    CHECK(model.rowCount() == 3003);
    CHECK(model.totalCount() == 3003);

    // Typing fast: each keystroke supersedes the one before; only the last one's list arrives.
    loaded.clear();
    for (const char *text : {"z", "zs", "zsf"})
        REQUIRE(model.setSearchText(QString::fromUtf8(text)).ok());
    REQUIRE(loaded.wait(10000));
    // Give a superseded job the chance to deliver anything it still could.
    QTest::qWait(200);
    CHECK(loaded.count() == 1);
    CHECK(failed.count() == 0);
    CHECK(model.ids() == *model.query().ids(db->connection()));
    CHECK(model.rowOf(family.head) >= 0);

    // A long list arrives in chunks, appended to the first screen.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    loaded.clear();
    REQUIRE(model.setSearchText(QString()).ok());
    REQUIRE(loaded.wait(10000));
    CHECK(model.rowCount() == 3003);
    CHECK(model.ids() == *model.query().ids(db->connection()));

    // An in-memory ledger cannot be opened twice: the model keeps loading in place.
    auto memory = test::freshDatabase();
    ResidentTableModel inPlace(memory->connection());
    CHECK_FALSE(inPlace.setBackgroundLoading(true));
    CHECK_FALSE(inPlace.backgroundLoading());

    CHECK(checker.failures().join(QLatin1Char('\n')).toStdString() == std::string());
}
