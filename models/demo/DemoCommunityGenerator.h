// SPDX-License-Identifier: MIT
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdint>

namespace gridbook {

class Database;

/** What the demo generator is asked to make. */
struct DemoOptions {
    std::uint64_t seed = 1;
    /** Residents in all; the default is 和济社区's 21,237. Above one community's worth the
     *  generator makes a street office (街道) of several communities of that shape. */
    int residents = 21237;
    /** The day the ledger is "as of": ages, the year of visits and requests end here. */
    QDate asOf = QDate::currentDate();
    /** The ledger is a file made just now for the demo, which the caller deletes if generation
     *  does not finish: it is then written without a journal file and without syncs. */
    bool scratchFile = false;
};

/** Counts of what was made, for the CLI and tests. */
struct DemoSummary {
    int communities = 0;
    int compounds = 0;
    int buildings = 0;
    int units = 0;
    int dwellings = 0;
    int households = 0;
    int residents = 0;
    int bigGrids = 0;
    int smallGrids = 0;
    int branches = 0;
    int partyGroups = 0;
    int partyMembers = 0;
    int gridAssistants = 0;
    int volunteers = 0;
    int visits = 0;
    int serviceRequests = 0;
    int activities = 0;
};

/**
 * Fills an empty ledger with a plausible community, deterministic for a seed and as-of date.
 * The default shape follows 和济社区 (DOMAIN.md): 35 compounds, about 10,191 households and
 * 21,237 residents, 6 big and 34 small grids, 9 compound Party branches, 16 Party groups,
 * 386 Party members, 800+ grid assistants, volunteer teams with skills, valid ID numbers with
 * real region codes, care categories at realistic rates, and a year of visits, service
 * requests, activities and consultations. Everything is written in one transaction: a
 * cancelled or failed run leaves the ledger as it was.
 */
class DemoCommunityGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoCommunityGenerator)
public:
    /** Residents per community in the default shape. */
    static constexpr int kCommunityResidents = 21237;

    explicit DemoCommunityGenerator(DemoOptions options);

    /** Generates into `db`, which must hold no community yet. */
    Result<DemoSummary> generate(Database &db, Feedback &feedback);

private:
    DemoOptions m_options;
};

} // namespace gridbook
