// SPDX-License-Identifier: MIT
#include "TestDatabase.h"
#include "diagram/DiagramTestData.h"

#include "diagram/BuildingPlanRepository.h"
#include "diagram/BuildingRenderer.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace gridbook;

namespace {

const QDate kAsOf(2025, 6, 30);

const PlanHousehold *householdIn(const BuildingPlan &plan, qint64 householdId)
{
    for (const PlanDwelling &d : plan.dwellings)
        for (const PlanHousehold &h : d.households)
            if (h.id == householdId)
                return &h;
    return nullptr;
}

QString ruleName(const BuildingPlan &plan, const PlanHousehold *h)
{
    return h && h->rule >= 0 ? plan.scheme.rules()[h->rule].name : QString();
}

} // namespace

TEST_CASE("building view: one cell per dwelling recorded, floors by units", "[diagram]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    auto plan = BuildingPlanRepository(db->connection()).load(p.inA, kAsOf);
    REQUIRE(plan);
    CHECK(plan->dwellings.size() == p.dwellingsInA);
    CHECK(plan->units.size() == 2);
    const BuildingRenderer renderer(*plan);
    CHECK(renderer.cellCount() == p.dwellingsInA);
    CHECK(BuildingRenderer::missingStructurePrompt(*plan).isEmpty());
    // Cells do not overlap; the top floor is drawn first (highest row on screen).
    for (int i = 0; i < renderer.cellCount(); ++i) {
        REQUIRE_FALSE(renderer.cellRect(i).isEmpty());
        for (int j = i + 1; j < renderer.cellCount(); ++j)
            REQUIRE_FALSE(renderer.cellRect(i).intersects(renderer.cellRect(j)));
    }
    int top = -1;
    int bottom = -1;
    for (int i = 0; i < plan->dwellings.size(); ++i) {
        if (plan->dwellings[i].room == QStringLiteral("301") && top < 0)
            top = i;
        if (plan->dwellings[i].room == QStringLiteral("101") && bottom < 0)
            bottom = i;
    }
    CHECK(renderer.cellRect(top).top() < renderer.cellRect(bottom).top());
    CHECK(renderer.dwellingAt(renderer.cellRect(top).center()) == top);

    // Empty dwellings are shown empty: 12 dwellings, 4 households.
    int empty = 0;
    for (const PlanDwelling &d : plan->dwellings)
        empty += d.households.isEmpty() ? 1 : 0;
    CHECK(empty == p.dwellingsInA - 4);
    CHECK(renderer.cellColour(plan->dwellings[top]) != HouseholdColourScheme::emptyColour());

    // The head's name and the members for the hover.
    const PlanHousehold *party = householdIn(*plan, p.partyHousehold);
    REQUIRE(party);
    CHECK(party->headName == QStringLiteral("王建国"));
    REQUIRE(party->members.size() == 2);
    CHECK(party->members.first().startsWith(QStringLiteral("王建国")));

    // On the demo: every building's cells equal its dwellings.
    auto demo = test::demoDatabase(3000);
    QSqlQuery q(demo->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT b.id, count(d.id) FROM building b JOIN dwelling d ON "
                                  "d.building_id = b.id GROUP BY b.id ORDER BY b.id LIMIT 8")));
    int checked = 0;
    while (q.next()) {
        auto demoPlan = BuildingPlanRepository(demo->connection()).load(q.value(0).toLongLong());
        REQUIRE(demoPlan);
        CHECK(BuildingRenderer(*demoPlan).cellCount() == q.value(1).toInt());
        ++checked;
    }
    CHECK(checked > 0);
}

TEST_CASE("colour rules applied to known households (红橙绿银)", "[diagram]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    auto plan = BuildingPlanRepository(db->connection()).load(p.inA, kAsOf);
    REQUIRE(plan);
    CHECK(ruleName(*plan, householdIn(*plan, p.partyHousehold)) == QStringLiteral("党员户"));
    // Needing care wins over having a Party member.
    CHECK(ruleName(*plan, householdIn(*plan, p.careHousehold)) == QStringLiteral("关爱户"));
    CHECK(ruleName(*plan, householdIn(*plan, p.elderlyHousehold)) == QStringLiteral("老年户"));
    CHECK(ruleName(*plan, householdIn(*plan, p.ordinaryHousehold)) == QStringLiteral("普通户"));

    const PlanHousehold *party = householdIn(*plan, p.partyHousehold);
    const BuildingRenderer renderer(*plan);
    for (const PlanDwelling &d : plan->dwellings)
        if (!d.households.isEmpty() && d.households.first().id == p.partyHousehold)
            CHECK(renderer.cellColour(d) == QColor(QStringLiteral("#d7263d")));
    CHECK(party->facts.partyMember);

    // The office edits the rules: party households blue, and elderly from 90.
    auto scheme = HouseholdColourScheme::load(db->connection());
    REQUIRE(scheme);
    for (HouseholdColourScheme::Rule rule : scheme->rules()) {
        if (rule.kind == HouseholdColourScheme::kPartyMember)
            rule.colour = QColor(0, 0, 255);
        if (rule.kind == HouseholdColourScheme::kElderly)
            rule.parameter = QStringLiteral("90");
        REQUIRE(HouseholdColourScheme::updateRule(db->connection(), rule));
    }
    HouseholdColourScheme::Rule bad = scheme->rules().first();
    bad.kind = QStringLiteral("astrology");
    CHECK_FALSE(HouseholdColourScheme::updateRule(db->connection(), bad).ok());
    bad = scheme->rules().first();
    bad.name = QStringLiteral("  ");
    CHECK_FALSE(HouseholdColourScheme::updateRule(db->connection(), bad).ok());

    plan = BuildingPlanRepository(db->connection()).load(p.inA, kAsOf);
    REQUIRE(plan);
    CHECK(ruleName(*plan, householdIn(*plan, p.elderlyHousehold)) == QStringLiteral("普通户"));
    const BuildingRenderer edited(*plan);
    for (const PlanDwelling &d : plan->dwellings)
        if (!d.households.isEmpty() && d.households.first().id == p.partyHousehold)
            CHECK(edited.cellColour(d) == QColor(0, 0, 255));
}

TEST_CASE("a building without floors or units shows a prompt, not a blank", "[diagram]")
{
    auto db = test::freshDatabase();
    const auto p = test::plantCommunity(*db);
    auto plan = BuildingPlanRepository(db->connection()).load(p.bare);
    REQUIRE(plan);
    CHECK_FALSE(plan->hasDwellings());
    const QString prompt = BuildingRenderer::missingStructurePrompt(*plan);
    CHECK(prompt.contains(QStringLiteral("5栋")));
    CHECK(prompt.contains(QStringLiteral("floors")));
    // Floors recorded but no dwellings: a prompt naming what is missing.
    auto withFloors = BuildingPlanRepository(db->connection()).load(p.inB);
    REQUIRE(withFloors);
    CHECK(BuildingRenderer::missingStructurePrompt(*withFloors)
              .contains(QStringLiteral("dwellings")));
}
