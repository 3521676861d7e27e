// SPDX-License-Identifier: MIT
// The main window on a small demo ledger: every page is there, the navigation tree scopes the
// pages, and a click in the grid map scopes the tree and the tables in turn.

#include "RecordingNotifier.h"
#include "ViewTestSupport.h"

#include "MainWindow.h"
#include "demo/DemoCommunityGenerator.h"
#include "diagram/BuildingView.h"
#include "forms/HouseholdForm.h"
#include "items/HouseholdTableModel.h"
#include "items/LedgerScope.h"
#include "items/NavigationTreeModel.h"
#include "items/ResidentTableModel.h"
#include "pages/BuildingPage.h"
#include "pages/CommunityDiagramPage.h"
#include "pages/GridRolesPage.h"
#include "pages/HouseholdsPage.h"
#include "pages/PartyPage.h"
#include "pages/ResidentsPage.h"
#include "pages/VolunteersPage.h"
#include "rosters/GridRoleRosterModel.h"
#include "rosters/PartyMemberRosterModel.h"
#include "rosters/VolunteerRosterModel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gridbook;
using namespace gridbook::test;

namespace {

std::unique_ptr<LedgerDocument> demoDocument()
{
    auto document = freshDocument();
    DemoOptions options;
    options.residents = 400;
    options.seed = 11;
    SilentFeedback quiet;
    auto summary = DemoCommunityGenerator(options).generate(document->database(), quiet);
    INFO((summary ? QString() : summary.error().details()).toStdString());
    REQUIRE(summary.ok());
    document->reload();
    return document;
}

qint64 firstId(LedgerDocument &document, const QString &sql)
{
    return scalar(document, sql).toLongLong();
}

/** QSettings in `dir`, empty: no window layout of another test comes back. */
void useEmptySettings(const QTemporaryDir &dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

/** Shows `window` on the demo ledger; the document is the window's. */
LedgerDocument &showDemo(MainWindow &window)
{
    auto owned = demoDocument();
    LedgerDocument &document = *owned;
    window.setDocument(std::move(owned));
    window.resize(1200, 800);
    window.show();
    return document;
}

/** The first small grid that has buildings. */
qint64 firstGrid(LedgerDocument &document)
{
    return firstId(document, QStringLiteral("SELECT min(small_grid_id) FROM building "
                                            "WHERE small_grid_id IS NOT NULL"));
}

QTreeView *navigationTree(MainWindow &window)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
    REQUIRE(tree);
    REQUIRE(qobject_cast<NavigationTreeModel *>(tree->model()));
    return tree;
}

/** Chooses `scope` in the navigation tree, as a click there does. */
void chooseInTree(MainWindow &window, const LedgerScope &scope)
{
    QTreeView *tree = navigationTree(window);
    const QModelIndex node = static_cast<NavigationTreeModel *>(tree->model())->indexOf(scope);
    REQUIRE(node.isValid());
    tree->setCurrentIndex(node);
    REQUIRE(window.scope() == scope);
}

/** The scope of the navigation tree's current node. */
LedgerScope scopeInTree(MainWindow &window)
{
    QTreeView *tree = navigationTree(window);
    return static_cast<NavigationTreeModel *>(tree->model())->scopeAt(tree->currentIndex());
}

} // namespace

TEST_CASE("the main window scopes its pages from the tree and from the grid map", "[views]")
{
    QTemporaryDir settingsDir;
    useEmptySettings(settingsDir);
    RecordingNotifier notifier;
    MainWindow window(&notifier);
    LedgerDocument &document = showDemo(window);

    CHECK(window.pageNames() == QStringList{QStringLiteral("residents"), QStringLiteral("households"),
                                            QStringLiteral("party"), QStringLiteral("volunteers"),
                                            QStringLiteral("roles"), QStringLiteral("diagram"),
                                            QStringLiteral("building")});
    // The Reports menu is there and enabled on a filled ledger.
    auto *roster = window.findChild<QAction *>(QStringLiteral("printRosterAction"));
    REQUIRE(roster);
    CHECK(roster->isEnabled());

    // A small grid chosen in the tree scopes the residents table to that grid's residents.
    const qint64 grid = firstGrid(document);
    const qint64 inGrid = firstId(
        document, QStringLiteral("SELECT count(*) FROM resident r JOIN household h ON h.id = "
                                 "r.household_id JOIN dwelling d ON d.id = h.dwelling_id JOIN "
                                 "building b ON b.id = d.building_id WHERE b.small_grid_id = %1 "
                                 "AND r.archived_at IS NULL")
                      .arg(grid));
    REQUIRE(inGrid > 0);
    chooseInTree(window, LedgerScope::smallGrid(grid));
    auto *residents = qobject_cast<ResidentsPage *>(window.page(QStringLiteral("residents")));
    REQUIRE(residents);
    CHECK(residents->model()->query().scope == LedgerScope::smallGrid(grid));
    CHECK(QTest::qWaitFor([&] { return residents->model()->rowCount() == inGrid; }, 5000));

    // Selecting a building in the grid map scopes the tree (and with it every page).
    const qint64 building = firstId(
        document,
        QStringLiteral("SELECT min(id) FROM building WHERE small_grid_id = %1").arg(grid));
    REQUIRE(window.showPage(QStringLiteral("diagram")));
    auto *diagram = qobject_cast<CommunityDiagramPage *>(window.page(QStringLiteral("diagram")));
    REQUIRE(diagram);
    REQUIRE(diagram->view());
    emit diagram->scopeRequested(LedgerScope::building(building));
    CHECK(window.scope() == LedgerScope::building(building));
    CHECK(scopeInTree(window) == LedgerScope::building(building));
    CHECK(residents->model()->query().scope == LedgerScope::building(building));

    // The building page follows the scope and shows that building floor by floor.
    auto *buildingPage = qobject_cast<BuildingPage *>(window.page(QStringLiteral("building")));
    REQUIRE(buildingPage);
    REQUIRE(buildingPage->view());
    CHECK(buildingPage->view()->buildingId() == building);

    // A click on a dwelling opens its household's form.
    const qint64 household = firstId(
        document, QStringLiteral("SELECT min(h.id) FROM household h JOIN dwelling d ON d.id = "
                                 "h.dwelling_id WHERE d.building_id = %1 AND h.archived_at IS NULL")
                      .arg(building));
    REQUIRE(household > 0);
    emit buildingPage->view()->householdActivated(household);
    const auto forms = window.findChildren<HouseholdForm *>();
    REQUIRE(forms.size() == 1);
    CHECK(forms.first()->isVisible());
    CHECK(forms.first()->householdId() == household);
    forms.first()->close();

    CHECK(notifier.errors.isEmpty());
}

TEST_CASE("the grid map and building pages say so on an empty ledger", "[views]")
{
    QTemporaryDir settingsDir;
    useEmptySettings(settingsDir);
    RecordingNotifier notifier;
    MainWindow window(&notifier);
    window.setDocument(freshDocument());
    window.show();
    auto *diagram = qobject_cast<CommunityDiagramPage *>(window.page(QStringLiteral("diagram")));
    REQUIRE(diagram);
    CHECK(diagram->view() == nullptr);
    auto *label = diagram->findChild<QWidget *>(QStringLiteral("diagramEmptyLabel"));
    REQUIRE(label);
    REQUIRE(window.showPage(QStringLiteral("diagram")));
    CHECK(label->isVisible());
    auto *roster = window.findChild<QAction *>(QStringLiteral("printRosterAction"));
    REQUIRE(roster);
    CHECK_FALSE(roster->isEnabled());
    CHECK(notifier.errors.isEmpty());
}

TEST_CASE("hidden pages read nothing until they are shown, then show the current scope",
          "[views]")
{
    // A street office's households and grid map are not read while the window opens on the
    // residents; a page shown later lists what the scope chosen meanwhile holds.
    QTemporaryDir settingsDir;
    useEmptySettings(settingsDir);
    RecordingNotifier notifier;
    MainWindow window(&notifier);
    LedgerDocument &document = showDemo(window);
    REQUIRE(window.showPage(QStringLiteral("residents")));

    auto *households = qobject_cast<HouseholdsPage *>(window.page(QStringLiteral("households")));
    auto *diagram = qobject_cast<CommunityDiagramPage *>(window.page(QStringLiteral("diagram")));
    REQUIRE(households);
    REQUIRE(diagram);
    CHECK(households->model()->rowCount() == 0);
    CHECK_FALSE(households->model()->isLoading());
    CHECK(diagram->view() == nullptr);

    const qint64 grid = firstGrid(document);
    chooseInTree(window, LedgerScope::smallGrid(grid));
    CHECK(households->model()->rowCount() == 0);

    const qint64 inGrid =
        firstId(document, QStringLiteral("SELECT count(*) FROM household h JOIN dwelling d ON "
                                         "d.id = h.dwelling_id JOIN building b ON b.id = "
                                         "d.building_id WHERE b.small_grid_id = %1 AND "
                                         "h.archived_at IS NULL")
                              .arg(grid));
    REQUIRE(inGrid > 0);
    REQUIRE(window.showPage(QStringLiteral("households")));
    CHECK(households->model()->query().scope == LedgerScope::smallGrid(grid));
    CHECK(QTest::qWaitFor([&] { return households->model()->rowCount() == inGrid; }, 5000));

    REQUIRE(window.showPage(QStringLiteral("diagram")));
    REQUIRE(diagram->view());
    CHECK(notifier.errors.isEmpty());
}

TEST_CASE("roster pages read nothing while hidden and list the current scope when shown", "[views]")
{
    QTemporaryDir settingsDir;
    useEmptySettings(settingsDir);
    RecordingNotifier notifier;
    MainWindow window(&notifier);
    LedgerDocument &document = showDemo(window);
    REQUIRE(window.showPage(QStringLiteral("residents")));

    auto *roles = qobject_cast<GridRolesPage *>(window.page(QStringLiteral("roles")));
    auto *volunteers = qobject_cast<VolunteersPage *>(window.page(QStringLiteral("volunteers")));
    auto *party = qobject_cast<PartyPage *>(window.page(QStringLiteral("party")));
    REQUIRE(roles);
    REQUIRE(volunteers);
    REQUIRE(party);
    const std::vector<std::pair<QString, RosterModel *>> rosters = {
        {QStringLiteral("roles"), roles->model()},
        {QStringLiteral("volunteers"), volunteers->model()},
        {QStringLiteral("party"), party->model()}};

    // Hidden since the window opened: nothing read. Shown: the whole ledger's roster.
    for (const auto &[name, model] : rosters) {
        INFO(name.toStdString());
        REQUIRE(model);
        CHECK(model->rowCount() == 0);
        REQUIRE(window.showPage(name));
        CHECK(model->rowCount() > 0);
        CHECK(model->scope().isEverything());
    }

    // A small grid chosen while they are hidden reaches each roster when it is shown.
    REQUIRE(window.showPage(QStringLiteral("residents")));
    const qint64 grid = firstGrid(document);
    chooseInTree(window, LedgerScope::smallGrid(grid));
    for (const auto &[name, model] : rosters) {
        INFO(name.toStdString());
        CHECK(model->scope().isEverything());
        REQUIRE(window.showPage(name));
        CHECK(model->scope() == LedgerScope::smallGrid(grid));
    }
    CHECK(notifier.errors.isEmpty());
}

TEST_CASE("table pages of an empty ledger say what to do instead of showing an empty table",
          "[views]")
{
    QTemporaryDir settingsDir;
    useEmptySettings(settingsDir);
    RecordingNotifier notifier;
    MainWindow window(&notifier);
    window.setDocument(freshDocument());
    window.resize(1200, 800);
    window.show();
    for (const char *name : {"residents", "households", "roles", "volunteers", "party"}) {
        INFO(name);
        REQUIRE(window.showPage(QString::fromLatin1(name)));
        auto *placeholder = window.page(QString::fromLatin1(name))
                                ->findChild<QLabel *>(QStringLiteral("placeholderLabel"));
        REQUIRE(placeholder);
        CHECK(placeholder->isVisible());
        CHECK(placeholder->text().startsWith(QStringLiteral("This ledger is empty.")));
        CHECK(placeholder->text().contains(QStringLiteral("Fill In Demo Community")));
        // The households page names its own way in.
        CHECK(placeholder->text().contains(QStringLiteral("Edit › Add")) ==
              (QLatin1String(name) == QLatin1String("households")));
    }
    CHECK(notifier.errors.isEmpty());
}
