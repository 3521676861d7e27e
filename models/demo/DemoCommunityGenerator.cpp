// SPDX-License-Identifier: MIT
#include "demo/DemoCommunityGenerator.h"

#include "db/BulkInsert.h"
#include "db/Database.h"
#include "db/RecordUid.h"
#include "db/SqlErrors.h"
#include "db/TransactionGuard.h"
#include "demo/DemoNames.h"
#include "items/AddressRank.h"
#include "demo/DemoRandom.h"
#include "diagram/DemoGeometry.h"
#include "domain/Pinyin.h"
#include "domain/ResidentId.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <unordered_set>
#include <vector>

Q_LOGGING_CATEGORY(lcDemo, "gridbook.demo", QtWarningMsg)

namespace gridbook {

namespace {

using demo::pick;

/** Inserts rows into one table with the record columns (id, uid, timestamps) filled in. */
class TableWriter {
public:
    TableWriter(const QSqlDatabase &db, const QString &table, QStringList columns,
                SeededUidGenerator &uids, const QString &stamp, Status &status)
        : m_uids(uids), m_stamp(stamp), m_status(status)
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM \"%1\"").arg(table)) && q.next())
            m_nextId = q.value(0).toLongLong() + 1;
        columns.prepend(QStringLiteral("updated_at"));
        columns.prepend(QStringLiteral("created_at"));
        columns.prepend(QStringLiteral("uid"));
        columns.prepend(QStringLiteral("id"));
        // Sixteen rows per INSERT: a third less work in SQLite per row than one at a time.
        m_insert = std::make_unique<BulkInsert>(db, table, columns, 16);
        if (!m_insert->ok() && m_status.ok())
            m_status = m_insert->error();
        m_row.reserve(static_cast<std::size_t>(columns.size()));
    }

    /** Adds a row and returns its id; after a failure, does nothing and returns 0. */
    qint64 add(std::initializer_list<SqlValue> values)
    {
        if (!m_status.ok())
            return 0;
        m_row.clear();
        const qint64 id = m_nextId++;
        m_row.emplace_back(id);
        m_row.emplace_back(m_uids.next());
        m_row.emplace_back(m_stamp);
        m_row.emplace_back(m_stamp);
        m_row.insert(m_row.end(), values.begin(), values.end());
        if (Status s = m_insert->insert(m_row.data(), m_row.size()); !s) {
            m_status = s;
            return 0;
        }
        ++m_count;
        return id;
    }

    int count() const { return m_count; }

    /** Writes the rows still gathered for a multi-row INSERT. */
    void finish()
    {
        if (m_status.ok())
            if (Status s = m_insert->finish(); !s)
                m_status = s;
    }

private:
    SeededUidGenerator &m_uids;
    QString m_stamp;
    Status &m_status;
    std::unique_ptr<BulkInsert> m_insert;
    std::vector<SqlValue> m_row;
    qint64 m_nextId = 1;
    int m_count = 0;
};

/** Logs how long a stage took and starts timing the next (outside the logging macro, which
 *  skips its arguments when the category is off). */
void logStage(const char *stage, QElapsedTimer &clock)
{
    const qint64 ms = clock.restart();
    qCInfo(lcDemo, "%s: %lld ms", stage, ms);
}

/**
 * Connection settings for the bulk load, put back as they were when it ends (before the
 * caller sees the ledger again). PRAGMAs that change the journal must run outside a
 * transaction: construct this before the TransactionGuard, destroy it after.
 */
class BulkLoadSettings {
public:
    BulkLoadSettings(const QSqlDatabase &db, bool scratchFile) : m_db(db)
    {
        // Every reference is made by the generator itself, so checking each one per row only
        // costs time; the demo tests run LedgerCheck (foreign_key_check) on the result.
        set("foreign_keys", "OFF");
        // A big cache while writing: the default is sized for browsing, not for a bulk load.
        set("cache_size", "-262144");
        // The index sorter spills sorted runs to temporary files (which stay in the OS cache)
        // only when temp_store is FILE; see the indexes below. It cannot change later, inside
        // the transaction.
        set("temp_store", "FILE");
        if (scratchFile) {
            // A new file the caller deletes if generation fails. Rollback only journals the
            // pages that existed before (a few), so a memory journal keeps cancel working
            // while each page is written once, straight into the file, not to the WAL and
            // then again by the checkpoint; no fsync either (a power cut loses a demo only).
            set("journal_mode", "MEMORY");
            set("synchronous", "OFF");
            set("secure_delete", "OFF");
        }
    }

    ~BulkLoadSettings()
    {
        QSqlQuery q(m_db);
        for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
            const QString sql = QStringLiteral("PRAGMA %1 = %2").arg(it->first, it->second);
            if (!q.exec(sql))
                qCWarning(lcDemo) << "could not restore" << sql << q.lastError().text();
        }
    }

    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

    /** Sets a PRAGMA until the end of the load (a no-op inside a transaction for some). */
    void set(const char *name, const char *value)
    {
        QSqlQuery q(m_db);
        const QString pragma = QString::fromLatin1(name);
        if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
            return;
        const QString old = q.value(0).toString();
        q.finish();
        if (q.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma, QLatin1String(value))))
            m_saved.emplace_back(pragma, old);
        q.finish();
        if (lcDemo().isDebugEnabled() && q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next())
            qCDebug(lcDemo) << "PRAGMA" << pragma << "was" << old << "now" << q.value(0).toString();
    }

private:
    QSqlDatabase m_db;
    std::vector<std::pair<QString, QString>> m_saved;
};

SqlValue nullable(qint64 id)
{
    return id > 0 ? SqlValue(id) : SqlValue();
}

/** Writes `n` as `width` zero-padded decimal digits. */
void putDigits(QChar *out, int n, int width)
{
    for (int i = width - 1; i >= 0; --i, n /= 10)
        out[i] = QChar(u'0' + n % 10);
}

// Dates are formatted by hand: QDate::toString goes through a printf-style formatter, and the
// demo writes millions of them. The text is the same (years 1000-9999 are all it meets).
QString compactDate(QDate d) // yyyyMMdd
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    QString s(8, Qt::Uninitialized);
    putDigits(s.data(), y, 4);
    putDigits(s.data() + 4, m, 2);
    putDigits(s.data() + 6, day, 2);
    return s;
}

QString isoTime(QDate d, int minuteOfDay, bool withTime = true) // yyyy-MM-ddThh:mm:00
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 1000 || y > 9999)
        return withTime ? d.startOfDay().addSecs(minuteOfDay * 60).toString(Qt::ISODate)
                        : d.toString(Qt::ISODate);
    QString s(withTime ? 19 : 10, Qt::Uninitialized);
    QChar *p = s.data();
    putDigits(p, y, 4);
    p[4] = u'-';
    putDigits(p + 5, m, 2);
    p[7] = u'-';
    putDigits(p + 8, day, 2);
    if (withTime) {
        p[10] = u'T';
        putDigits(p + 11, minuteOfDay / 60, 2);
        p[13] = u':';
        putDigits(p + 14, minuteOfDay % 60, 2);
        p[16] = u':';
        putDigits(p + 17, 0, 2);
    }
    return s;
}

QString isoDate(QDate d) // yyyy-MM-dd
{
    return isoTime(d, 0, false);
}

struct Dwelling {
    qint64 id = 0;
    int building = 0; // index into buildings
    int unit = 0;     // index into units
};

struct Building {
    qint64 id = 0;
    int compound = 0;
    int smallGrid = 0;
    int floors = 0;
    int firstUnit = 0;
    int unitCount = 0;
    int dwellings = 0;
    QString name;
};

struct Person {
    qint64 id = 0;
    int household = 0;
    QString relation;
    QString name;
    bool male = true;
    int age = 0;
    QDate birth;
    QString idNumber;
    QString ethnicity;
    QString political = QStringLiteral("13");
    QString phone;
    QString nativeRegion;
    std::vector<QString> care; // care category codes
    bool party = false;
    bool volunteer = false;
};

struct Household {
    qint64 id = 0;
    int dwelling = 0;
    int firstMember = 0;
    int size = 0;
    QString residence;
    bool lowIncome = false;
    bool hardship = false;
};

/** A grid worker who visits households and takes requests: a resident, or office staff. */
struct Worker {
    qint64 residentId = 0;
    QString name;
};

/** Everything of one community held in memory while it is written. */
struct Community {
    qint64 id = 0;
    QString name;
    std::vector<qint64> compoundIds;
    std::vector<QString> compoundNames;
    std::vector<qint64> bigGridIds;
    std::vector<qint64> smallGridIds;
    std::vector<int> smallGridBig;
    std::vector<Building> buildings;
    std::vector<qint64> unitIds;
    std::vector<int> unitBuilding;
    std::vector<Dwelling> dwellings;
    std::vector<Household> households;
    std::vector<Person> people;
    std::vector<std::vector<Worker>> gridWorkers; // per small grid
    std::vector<qint64> partyMemberIds;           // per person index; 0 if not a member
    std::vector<int> partyPeople;                 // person indexes of members
    std::vector<qint64> teamIds;                  // per big grid, then specialist teams
    std::vector<std::vector<int>> teamVolunteers; // person indexes per team
    qint64 committeeId = 0;
    std::vector<qint64> branchIds;
};

class Generation {
public:
    Generation(Database &db, const DemoOptions &options, Feedback &feedback)
        : m_db(db.connection()), m_options(options), m_feedback(feedback), m_random(options.seed),
          m_uids(options.seed ^ 0x67726964626f6f6bULL),
          m_stamp(isoDate(options.asOf) + QStringLiteral("T08:00:00.000Z"))
    {
    }

    Result<DemoSummary> run();

private:
    Result<DemoSummary> write(BulkLoadSettings &settings);
    TableWriter &table(const QString &name, const QStringList &columns);
    Status loadLookups();
    void makePlaces(Community &c, int households, double scale);
    void makeGrids(Community &c, double scale);
    void makePeople(Community &c, int residents);
    Person makePerson(const QString &surname, bool male, int age, const QString &relation,
                      const QString &ethnicity, const QString &residence);
    QString makeIdNumber(const Person &p, const QString &residence);
    QString mobile();
    QDate birthday(int age);
    void assignCare(Community &c);
    void writePeople(Community &c);
    void makeParty(Community &c, double scale);
    void makeRoles(Community &c, double scale);
    void makeVolunteers(Community &c, double scale);
    void makeWork(Community &c, double scale);
    bool cancelled();

    QSqlDatabase m_db;
    DemoOptions m_options;
    Feedback &m_feedback;
    DemoRandom m_random;
    SeededUidGenerator m_uids;
    QString m_stamp;
    Status m_status;
    QHash<QString, std::shared_ptr<TableWriter>> m_tables;
    QHash<QString, qint64> m_care;  // care category code -> id
    std::vector<qint64> m_skills;   // skill ids
    std::vector<QString> m_skillNames;
    std::unordered_set<std::uint64_t> m_usedIds;
    std::vector<QDate> m_birthdays; // the as-of day minus an age in years, by age
    DemoSummary m_summary;
    qint64 m_residentsDone = 0;
};

TableWriter &Generation::table(const QString &name, const QStringList &columns)
{
    auto it = m_tables.find(name);
    if (it == m_tables.end())
        it = m_tables.insert(name, std::make_shared<TableWriter>(m_db, name, columns, m_uids,
                                                                 m_stamp, m_status));
    return **it;
}

bool Generation::cancelled()
{
    return m_feedback.cancelled();
}

Status Generation::loadLookups()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT code, id FROM care_category WHERE archived_at IS NULL")))
        return SqlErrors::fromQuery(q, QStringLiteral("read care categories"));
    while (q.next())
        m_care.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (!q.exec(QStringLiteral("SELECT id, name FROM skill WHERE archived_at IS NULL ORDER BY sort")))
        return SqlErrors::fromQuery(q, QStringLiteral("read skills"));
    while (q.next()) {
        m_skills.push_back(q.value(0).toLongLong());
        m_skillNames.push_back(q.value(1).toString());
    }
    if (m_skills.empty()) {
        Error e;
        e.message = DemoCommunityGenerator::tr("The ledger has no skills list to draw from.");
        return e;
    }
    return {};
}

Result<DemoSummary> Generation::run()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM community) + "
                               "(SELECT count(*) FROM resident)")) ||
        !q.next())
        return SqlErrors::fromQuery(q, QStringLiteral("check the ledger is empty"));
    if (q.value(0).toLongLong() > 0) {
        Error e;
        e.message = DemoCommunityGenerator::tr(
            "The ledger already holds a community; the demo is only generated into an empty one.");
        return e;
    }
    q.finish();
    if (m_options.residents < 10 || m_options.residents > 5'000'000) {
        Error e;
        e.message = DemoCommunityGenerator::tr("Residents: choose between 10 and 5,000,000.");
        e.field = QStringLiteral("residents");
        return e;
    }

    BulkLoadSettings settings(m_db, m_options.scratchFile);
    return write(settings);
}

Result<DemoSummary> Generation::write(BulkLoadSettings &settings)
{
    QSqlQuery q(m_db);
    TransactionGuard tx(m_db, QStringLiteral("generate demo community"));
    if (!tx.ok())
        return tx.error();
    if (Status s = loadLookups(); !s)
        return s.error();
    // The secondary indexes are dropped and built again at the end, inside the same
    // transaction: building an index from sorted data is several times faster than keeping
    // it up to date through a million scattered inserts.
    QList<QPair<QString, QString>> indexes;
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                               "sql IS NOT NULL AND tbl_name NOT IN ('care_category', 'skill', "
                               "'region_code')")))
        return SqlErrors::fromQuery(q, QStringLiteral("list indexes"));
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &index : indexes) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.first)))
            return SqlErrors::fromQuery(q, QStringLiteral("drop index for bulk load"));
    }

    // Stage times, for profiling: QT_LOGGING_RULES="gridbook.demo.info=true".
    QElapsedTimer clock;
    clock.start();
    const int total = m_options.residents;
    // Whole communities of the default shape; the remainder is spread over them.
    const int communities = std::max(1, total / DemoCommunityGenerator::kCommunityResidents);
    for (int ci = 0; ci < communities; ++ci) {
        const int residents = total / communities + (ci < total % communities ? 1 : 0);
        const double scale =
            std::min(1.0, double(residents) / DemoCommunityGenerator::kCommunityResidents);
        // 和济社区: 21,237 residents in 10,191 households.
        const int households = std::max(1, int(std::lround(residents * 10191.0 / 21237.0)));

        Community c;
        c.name = ci == 0 ? QStringLiteral("和济社区") : demo::communityName(ci);
        c.id = table(QStringLiteral("community"),
                     {QStringLiteral("name"), QStringLiteral("street_office"),
                      QStringLiteral("region_code"), QStringLiteral("address"),
                      QStringLiteral("area_km2"), QStringLiteral("phone")})
                   .add({c.name, QStringLiteral("太行东街街道"), QStringLiteral("140403"),
                         QStringLiteral("山西省长治市潞州区太行东街%1号").arg(10 + ci * 7),
                         3.8, QStringLiteral("0355-20%1").arg(10000 + ci * 37, 5, 10,
                                                             QLatin1Char('0'))});
        const QString stage =
            DemoCommunityGenerator::tr("Generating %1 (%2 of %3)").arg(c.name).arg(ci + 1).arg(
                communities);
        m_feedback.progress(stage, m_residentsDone, total);

        makePlaces(c, households, scale);
        makeGrids(c, scale);
        if (!m_status)
            return m_status.error();
        makePeople(c, residents);
        assignCare(c);
        makeParty(c, scale);
        writePeople(c);
        if (!m_status)
            return m_status.error();
        if (cancelled())
            return Error{DemoCommunityGenerator::tr("Cancelled; the ledger was left as it was."),
                         QStringLiteral("generate demo"), {}, {}, {}};
        makeRoles(c, scale);
        makeVolunteers(c, scale);
        makeWork(c, scale);
        if (!m_status)
            return m_status.error();
        m_residentsDone += residents;
        m_feedback.progress(stage, m_residentsDone, total);
        if (cancelled())
            return Error{DemoCommunityGenerator::tr("Cancelled; the ledger was left as it was."),
                         QStringLiteral("generate demo"), {}, {}, {}};
        ++m_summary.communities;
    }
    for (const auto &writer : std::as_const(m_tables))
        writer->finish();
    if (!m_status)
        return m_status.error();
    m_tables.clear(); // finalize the prepared inserts before the schema changes again
    logStage("rows", clock);
    // CREATE INDEX sorts its keys in runs the size of the page cache (with temp_store FILE,
    // set above; in memory it makes one run): one run of a million keys, merged in place,
    // misses the CPU cache at every step, while runs of a megabyte (the smallest SQLite
    // makes) sort in the cache and are merged in streaming passes. Measured at a million
    // residents: 1 MB runs take a tenth less than 4 MB, less than half of one big run.
    settings.set("cache_size", "-1024");
    m_feedback.progress(DemoCommunityGenerator::tr("Building indexes"), 0, indexes.size());
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (!q.exec(indexes[i].second))
            return SqlErrors::fromQuery(q, QStringLiteral("rebuild index after bulk load"));
        m_feedback.progress(QString(), i + 1, indexes.size());
        qCDebug(lcDemo) << "  index" << indexes[i].first << "done at" << clock.elapsed() << "ms";
    }
    logStage("indexes", clock);
    // Grid outlines and building plots, so that the diagram means something at first start.
    m_feedback.progress(DemoCommunityGenerator::tr("Drawing the grid map"), 0, 0);
    if (Status s = DemoGeometry::layOut(m_db); !s)
        return s.error();
    logStage("grid map", clock);
    m_feedback.progress(DemoCommunityGenerator::tr("Gathering statistics for the queries"), 0, 0);
    if (!q.exec(QStringLiteral("ANALYZE")))
        return SqlErrors::fromQuery(q, QStringLiteral("analyze"));
    logStage("analyze", clock);
    // The households' address positions, so that the first search after opening need not
    // wait for them to be built.
    if (Status s = AddressRank::store(m_db); !s)
        return s.error();
    logStage("address ranks", clock);
    m_feedback.progress(DemoCommunityGenerator::tr("Writing the ledger file"), 0, 0);
    if (Status s = tx.commit(); !s)
        return s.error();
    logStage("commit", clock);
    return m_summary;
}

void Generation::makePlaces(Community &c, int households, double scale)
{
    const int compounds = std::max(1, int(std::lround(35 * scale)));
    // Dwellings to build: households plus about 6% standing empty.
    const int dwellingsWanted = int(std::ceil(households / 0.94));
    std::vector<double> weights;
    double sum = 0;
    for (int i = 0; i < compounds; ++i) {
        // A few large estates, many small compounds: squared uniform gives a long tail.
        const double u = m_random.unit();
        weights.push_back(0.25 + 3.0 * u * u);
        sum += weights.back();
    }
    const auto names = demo::compoundNames(m_random, compounds);
    auto &compoundTable = table(QStringLiteral("compound"),
                                {QStringLiteral("community_id"), QStringLiteral("name"),
                                 QStringLiteral("address"), QStringLiteral("property_company")});
    for (int i = 0; i < compounds; ++i) {
        c.compoundNames.push_back(names[std::size_t(i)]);
        c.compoundIds.push_back(compoundTable.add(
            {c.id, names[std::size_t(i)],
             QStringLiteral("%1%2号").arg(pick(m_random, demo::streets())).arg(m_random.between(1, 300)),
             m_random.chance(0.8) ? SqlValue(pick(m_random, demo::propertyCompanies()))
                                  : SqlValue()}));
        int quota = int(std::ceil(dwellingsWanted * weights[std::size_t(i)] / sum));
        int number = 1;
        while (quota > 0) {
            Building b;
            b.compound = i;
            const bool highRise = m_random.chance(0.3);
            b.floors = highRise ? m_random.between(11, 26) : m_random.between(5, 7);
            b.unitCount = highRise ? m_random.between(1, 3) : m_random.between(2, 4);
            const int perFloor = highRise ? m_random.between(2, 4) : 2;
            // Small remainders get a small building, not another whole block.
            while (b.floors * b.unitCount * perFloor > quota * 2 && (b.floors > 3 || b.unitCount > 1)) {
                if (b.unitCount > 1)
                    --b.unitCount;
                else
                    --b.floors;
            }
            b.dwellings = b.floors * b.unitCount * perFloor;
            b.name = QStringLiteral("%1栋").arg(number++);
            b.firstUnit = int(c.unitIds.size());
            for (int u = 0; u < b.unitCount; ++u) {
                c.unitIds.push_back(0);
                c.unitBuilding.push_back(int(c.buildings.size()));
            }
            // Dwellings are numbered floor by floor: 2单元501 = unit 2, floor 5, room 1.
            for (int u = 0; u < b.unitCount; ++u)
                for (int f = 1; f <= b.floors; ++f)
                    for (int r = 1; r <= perFloor; ++r)
                        c.dwellings.push_back(
                            {f * 100 + r, int(c.buildings.size()), b.firstUnit + u});
            quota -= b.dwellings;
            c.buildings.push_back(b);
        }
    }
    m_summary.compounds += compounds;
}

void Generation::makeGrids(Community &c, double scale)
{
    const int bigGrids = std::max(1, int(std::lround(6 * scale)));
    const int smallGrids =
        std::clamp(int(std::lround(34 * scale)), bigGrids, std::max(bigGrids, int(c.buildings.size())));
    auto &bigTable = table(QStringLiteral("big_grid"), {QStringLiteral("community_id"),
                                                        QStringLiteral("code"), QStringLiteral("name")});
    for (int i = 0; i < bigGrids; ++i)
        c.bigGridIds.push_back(bigTable.add({c.id, QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                                             QStringLiteral("第%1大网格").arg(demo::chineseNumber(i + 1))}));
    auto &smallTable = table(QStringLiteral("small_grid"), {QStringLiteral("big_grid_id"),
                                                            QStringLiteral("code"), QStringLiteral("name")});
    for (int i = 0; i < smallGrids; ++i) {
        const int big = i * bigGrids / smallGrids;
        c.smallGridBig.push_back(big);
        c.smallGridIds.push_back(smallTable.add(
            {c.bigGridIds[std::size_t(big)],
             QStringLiteral("%1-%2").arg(big + 1, 2, 10, QLatin1Char('0')).arg(i + 1, 2, 10, QLatin1Char('0')),
             QStringLiteral("第%1网格").arg(i + 1)}));
    }
    c.gridWorkers.resize(std::size_t(smallGrids));

    // A small grid covers whole buildings: cut the buildings, in compound order, into runs
    // of about equal dwellings.
    int totalDwellings = 0;
    for (const auto &b : c.buildings)
        totalDwellings += b.dwellings;
    int before = 0;
    auto &buildingTable = table(QStringLiteral("building"),
                                {QStringLiteral("compound_id"), QStringLiteral("small_grid_id"),
                                 QStringLiteral("name"), QStringLiteral("number"), QStringLiteral("floors")});
    auto &unitTable = table(QStringLiteral("building_unit"),
                            {QStringLiteral("building_id"), QStringLiteral("name"),
                             QStringLiteral("number"), QStringLiteral("floors")});
    const int buildingCount = int(c.buildings.size());
    int index = 0;
    int previous = 0;
    for (auto &b : c.buildings) {
        // Advance at most one grid per building, and late enough that every grid gets one.
        int grid = int(qint64(before) * smallGrids / std::max(1, totalDwellings));
        grid = std::clamp(grid, previous, previous + 1);
        grid = std::max(grid, smallGrids - (buildingCount - index));
        b.smallGrid = previous = std::min(grid, smallGrids - 1);
        before += b.dwellings;
        ++index;
        b.id = buildingTable.add({c.compoundIds[std::size_t(b.compound)],
                                  c.smallGridIds[std::size_t(b.smallGrid)], b.name,
                                  qint64(b.name.chopped(1).toInt()), qint64(b.floors)});
        for (int u = 0; u < b.unitCount; ++u)
            c.unitIds[std::size_t(b.firstUnit + u)] =
                unitTable.add({b.id, QStringLiteral("%1单元").arg(u + 1), qint64(u + 1), qint64(b.floors)});
    }
    auto &dwellingTable = table(QStringLiteral("dwelling"),
                                {QStringLiteral("building_id"), QStringLiteral("unit_id"),
                                 QStringLiteral("floor"), QStringLiteral("room"), QStringLiteral("area_m2")});
    for (auto &d : c.dwellings) {
        const int room = int(d.id); // floor * 100 + room, set in makePlaces
        d.id = dwellingTable.add({c.buildings[std::size_t(d.building)].id, c.unitIds[std::size_t(d.unit)],
                                  qint64(room / 100), QString::number(room),
                                  double(m_random.between(45, 140))});
    }
    m_summary.bigGrids += bigGrids;
    m_summary.smallGrids += smallGrids;
    m_summary.buildings += int(c.buildings.size());
    m_summary.units += int(c.unitIds.size());
    m_summary.dwellings += int(c.dwellings.size());
}

QString Generation::mobile()
{
    static const int prefixes[] = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 155,
                                   156, 157, 158, 159, 176, 177, 180, 181, 182, 183, 185, 186,
                                   187, 188, 189, 198, 199};
    const int prefix = prefixes[m_random.below(std::size(prefixes))];
    QString number(11, Qt::Uninitialized);
    putDigits(number.data(), prefix, 3);
    putDigits(number.data() + 3, int(m_random.below(100000000)), 8);
    return number;
}

QDate Generation::birthday(int age)
{
    // QDate::addYears goes through the calendar each time; ages repeat.
    if (std::size_t(age) >= m_birthdays.size())
        m_birthdays.resize(std::size_t(age) + 1);
    QDate &day = m_birthdays[std::size_t(age)];
    if (!day.isValid())
        day = m_options.asOf.addYears(-age);
    return day;
}

QString Generation::makeIdNumber(const Person &p, const QString &residence)
{
    const QString region = demo::birthRegion(m_random, p.birth.year(),
                                             residence == QLatin1String("3"));
    const QString birth = compactDate(p.birth);
    for (;;) {
        // Sequence: odd for men, even for women; 000 is not issued.
        int seq = int(m_random.below(500)) * 2 + (p.male ? 1 : 0);
        if (seq == 0)
            seq = 2;
        QString first17 = region + birth + QStringLiteral("000");
        putDigits(first17.data() + 14, seq, 3);
        const std::uint64_t key = first17.toULongLong();
        if (m_usedIds.insert(key).second)
            return first17 + ResidentId::checkDigit(first17);
    }
}

Person Generation::makePerson(const QString &surname, bool male, int age, const QString &relation,
                              const QString &ethnicity, const QString &residence)
{
    Person p;
    p.relation = relation;
    p.male = male;
    p.age = std::max(0, age);
    p.birth = birthday(p.age).addDays(-qint64(m_random.below(365)) - 1);
    p.name = surname + demo::givenName(m_random, male, p.birth.year());
    p.ethnicity = ethnicity;
    p.idNumber = makeIdNumber(p, residence);
    p.nativeRegion = demo::nativeRegionFor(p.idNumber.left(6));
    if (p.age >= 16 && m_random.chance(p.age >= 75 ? 0.6 : 0.95))
        p.phone = mobile();
    if (p.age >= 14 && p.age <= 28 && m_random.chance(0.3))
        p.political = QStringLiteral("03"); // 共青团员
    else if (p.age >= 30 && m_random.chance(0.004))
        p.political = QStringLiteral("12"); // 无党派人士
    return p;
}

void Generation::makePeople(Community &c, int residents)
{
    // Which dwellings are lived in: exactly `households` of them, spread over the community.
    const int households = std::max(1, int(std::lround(residents * 10191.0 / 21237.0)));
    std::vector<int> order(c.dwellings.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    m_random.shuffle(order);
    order.resize(std::min(order.size(), std::size_t(households)));
    std::sort(order.begin(), order.end());

    // Household sizes with mean residents/households (about 2.08 in 和济社区), adjusted so
    // that they add up to exactly `residents`.
    std::vector<int> sizes(order.size());
    int sum = 0;
    for (auto &s : sizes) {
        s = 1 + int(m_random.weighted({0.34, 0.37, 0.17, 0.08, 0.03, 0.01}));
        sum += s;
    }
    while (sum != residents && !sizes.empty()) {
        auto &s = sizes[m_random.below(std::uint32_t(sizes.size()))];
        if (sum < residents && s < 8) {
            ++s;
            ++sum;
        } else if (sum > residents && s > 1) {
            --s;
            --sum;
        } else if (sum < residents && std::all_of(sizes.begin(), sizes.end(), [](int x) { return x >= 8; })) {
            break;
        }
    }

    c.people.reserve(std::size_t(residents));
    for (std::size_t h = 0; h < order.size(); ++h) {
        Household hh;
        hh.dwelling = order[h];
        hh.size = sizes[h];
        hh.firstMember = int(c.people.size());
        hh.residence = QString::number(1 + m_random.weighted({0.72, 0.12, 0.12, 0.04}));
        // Ethnicity: mostly Han; 回族 is the largest minority here (西南城社区: 2,100+).
        const QString ethnicity = demo::ethnicity(m_random);
        const bool hui = ethnicity == QLatin1String("03");
        const QString surname = demo::surname(m_random, hui);
        const QString spouseSurname = demo::surname(m_random, hui);
        const int size = hh.size;
        const bool elderly = size <= 2 && m_random.chance(size == 1 ? 0.55 : 0.5);
        int headAge = elderly ? m_random.between(60, 94) : m_random.between(size == 1 ? 20 : 26, 59);
        const bool headMale = m_random.chance(size == 1 ? 0.45 : 0.72);
        auto add = [&](Person p) {
            p.household = int(c.households.size());
            c.people.push_back(std::move(p));
        };
        const QString &childSurname = headMale ? surname : spouseSurname;
        add(makePerson(surname, headMale, headAge, QStringLiteral("02"), ethnicity, hh.residence));
        int remaining = size - 1;
        const bool withParent = size >= 3 && headAge < 50 && m_random.chance(0.3);
        if (remaining > 0 && (size >= 2 && m_random.chance(size == 2 ? 0.8 : 0.92))) {
            add(makePerson(spouseSurname, !headMale, headAge + m_random.between(-4, 4),
                           headMale ? QStringLiteral("12") : QStringLiteral("11"), ethnicity,
                           hh.residence));
            --remaining;
        }
        if (withParent && remaining > 1) {
            const bool father = m_random.chance(0.4);
            add(makePerson(headMale ? surname : spouseSurname, father,
                           headAge + m_random.between(24, 32),
                           father ? QStringLiteral("51") : QStringLiteral("52"), ethnicity,
                           hh.residence));
            --remaining;
        }
        // Children; with a married child and grandchildren in large households.
        int children = 0;
        const int firstChildAge = headAge - m_random.between(23, 34);
        while (remaining > 0) {
            if (children >= 1 && remaining >= 2 && firstChildAge >= 24 && size >= 5 &&
                c.people.back().relation != QLatin1String("28") &&
                c.people.back().relation != QLatin1String("38")) {
                // The first child's spouse, then grandchildren.
                const bool son = c.people[std::size_t(int(c.people.size()) - children)].male;
                add(makePerson(demo::surname(m_random, hui), !son, firstChildAge + m_random.between(-3, 3),
                               son ? QStringLiteral("38") : QStringLiteral("28"), ethnicity, hh.residence));
                --remaining;
                while (remaining > 0) {
                    const bool boy = m_random.chance(0.52);
                    add(makePerson(son ? childSurname : demo::surname(m_random, hui), boy,
                                   std::max(0, firstChildAge - m_random.between(24, 32)),
                                   boy ? QStringLiteral("41") : QStringLiteral("42"), ethnicity,
                                   hh.residence));
                    --remaining;
                }
                break;
            }
            const bool boy = m_random.chance(0.52);
            const int age = std::max(0, firstChildAge - children * m_random.between(2, 5));
            QString relation;
            if (size <= 3 || (remaining == 1 && children == 0))
                relation = boy ? QStringLiteral("20") : QStringLiteral("30");
            else
                relation = boy ? (children == 0 ? QStringLiteral("22") : QStringLiteral("23"))
                               : (children == 0 ? QStringLiteral("32") : QStringLiteral("33"));
            add(makePerson(childSurname, boy, age, relation, ethnicity, hh.residence));
            ++children;
            --remaining;
        }
        hh.lowIncome = m_random.chance(0.022);
        hh.hardship = !hh.lowIncome && m_random.chance(0.013);
        c.households.push_back(hh);
        if ((h & 1023) == 0 && cancelled())
            return;
    }
    m_summary.households += int(c.households.size());
    m_summary.residents += int(c.people.size());
}

void Generation::assignCare(Community &c)
{
    auto tag = [&](Person &p, const char *code) { p.care.emplace_back(QString::fromLatin1(code)); };
    for (const auto &hh : c.households) {
        bool allElderly = true;
        for (int i = 0; i < hh.size; ++i)
            allElderly = allElderly && c.people[std::size_t(hh.firstMember + i)].age >= 60;
        const bool militaryFamily = m_random.chance(0.008);
        for (int i = 0; i < hh.size; ++i) {
            Person &p = c.people[std::size_t(hh.firstMember + i)];
            if (hh.lowIncome)
                tag(p, "low_income");
            if (hh.hardship && i == 0)
                tag(p, "hardship");
            if (p.age >= 80)
                tag(p, "over_80");
            if (hh.size == 1 && p.age >= 60) {
                tag(p, "living_alone");
                if (m_random.chance(0.1))
                    tag(p, "widowed_elderly");
            }
            // 特困供养: elderly alone with no income and no one obliged to support them.
            if (hh.lowIncome && hh.size == 1 && p.age >= 60 && m_random.chance(0.5))
                tag(p, "special_hardship");
            if (hh.size == 2 && allElderly)
                tag(p, "empty_nest");
            if (m_random.chance(p.age >= 60 ? 0.05 : 0.018))
                tag(p, "disabled");
            if (p.age >= 75 && m_random.chance(0.08))
                tag(p, "disabled_elderly");
            if (p.age < 16 && m_random.chance(0.005))
                tag(p, "left_behind_child");
            if (militaryFamily && i == 0)
                tag(p, "military_family");
            if (p.ethnicity != QLatin1String("01"))
                tag(p, "ethnic_minority");
            if (p.male && p.age >= 20 && p.age <= 45 && m_random.chance(0.04))
                tag(p, "new_employment");
            if (p.male && p.age >= 40 && p.age <= 80 && m_random.chance(0.02))
                tag(p, "veteran");
            if (m_random.chance(0.006))
                tag(p, "serious_illness");
            if (p.age >= 18) {
                if (m_random.chance(0.0003))
                    tag(p, "community_correction");
                if (m_random.chance(0.0004))
                    tag(p, "drug_rehab");
                if (m_random.chance(0.0008))
                    tag(p, "released_prisoner");
                if (m_random.chance(0.0025))
                    tag(p, "mental_illness");
                if (m_random.chance(0.0002))
                    tag(p, "key_petitioner");
            }
        }
    }
}

void Generation::makeParty(Community &c, double scale)
{
    // 386 Party members among the adults, more of them older; status 01 is set before the
    // residents are written.
    const int wanted = std::max(1, int(std::lround(386 * scale)));
    std::vector<int> candidates;
    for (int i = 0; i < int(c.people.size()); ++i)
        if (c.people[std::size_t(i)].age >= 22)
            candidates.push_back(i);
    m_random.shuffle(candidates);
    std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        return (c.people[std::size_t(a)].age >= 40) > (c.people[std::size_t(b)].age >= 40);
    });
    // Take 70% from the over-40s and the rest at random.
    std::vector<int> chosen(candidates.begin(),
                            candidates.begin() + std::min<std::ptrdiff_t>(
                                                     std::ptrdiff_t(candidates.size()),
                                                     std::ptrdiff_t(wanted * 0.7)));
    std::vector<int> rest(candidates.begin() + std::ptrdiff_t(chosen.size()), candidates.end());
    m_random.shuffle(rest);
    for (int i : rest) {
        if (int(chosen.size()) >= wanted)
            break;
        chosen.push_back(i);
    }
    std::sort(chosen.begin(), chosen.end());
    for (int i : chosen) {
        c.people[std::size_t(i)].party = true;
        c.people[std::size_t(i)].political = QStringLiteral("01");
    }
    c.partyPeople = chosen;
}

void Generation::writePeople(Community &c)
{
    auto &households = table(QStringLiteral("household"),
                             {QStringLiteral("dwelling_id"), QStringLiteral("household_number"),
                              QStringLiteral("residence_type_code"), QStringLiteral("phone")});
    auto &residents = table(
        QStringLiteral("resident"),
        {QStringLiteral("household_id"), QStringLiteral("relation_code"), QStringLiteral("name"),
         QStringLiteral("name_initials"), QStringLiteral("name_pinyin"), QStringLiteral("sex_code"),
         QStringLiteral("id_number"), QStringLiteral("birth_date"), QStringLiteral("ethnicity_code"),
         QStringLiteral("political_status_code"), QStringLiteral("residence_type_code"),
         QStringLiteral("phone"), QStringLiteral("native_region_code"), QStringLiteral("education"),
         QStringLiteral("marital_status"), QStringLiteral("work_status"), QStringLiteral("workplace")});
    auto &care = table(QStringLiteral("resident_care"),
                       {QStringLiteral("resident_id"), QStringLiteral("category_id"),
                        QStringLiteral("since")});
    for (std::size_t h = 0; h < c.households.size(); ++h) {
        auto &hh = c.households[h];
        const Person &head = c.people[std::size_t(hh.firstMember)];
        hh.id = households.add({c.dwellings[std::size_t(hh.dwelling)].id,
                                QStringLiteral("%1").arg(c.id * 1000000 + qint64(h) + 1, 10, 10,
                                                         QLatin1Char('0')),
                                hh.residence, head.phone.isEmpty() ? SqlValue() : SqlValue(head.phone)});
        for (int m = 0; m < hh.size; ++m) {
            Person &p = c.people[std::size_t(hh.firstMember + m)];
            const auto work = demo::workFor(m_random, p.age);
            p.id = residents.add(
                {hh.id, p.relation, p.name, Pinyin::initials(p.name), Pinyin::full(p.name),
                 p.male ? QStringLiteral("1") : QStringLiteral("2"), p.idNumber,
                 isoDate(p.birth), p.ethnicity, p.political, hh.residence,
                 p.phone.isEmpty() ? SqlValue() : SqlValue(p.phone), p.nativeRegion,
                 demo::educationFor(m_random, p.age), demo::maritalFor(m_random, p.age, p.relation),
                 work.first, work.second.isEmpty() ? SqlValue() : SqlValue(work.second)});
            for (const QString &code : p.care) {
                const qint64 category = m_care.value(code);
                if (category > 0)
                    care.add({p.id, category,
                              isoDate(m_options.asOf.addDays(-qint64(m_random.between(30, 2000))))});
            }
        }
        if ((h & 1023) == 0) {
            m_feedback.progress(QString(), m_residentsDone + hh.firstMember, m_options.residents);
            if (cancelled())
                return;
        }
    }
}

void Generation::makeRoles(Community &c, double scale)
{
    auto &orgs = table(QStringLiteral("party_org"),
                       {QStringLiteral("parent_id"), QStringLiteral("level"), QStringLiteral("name"),
                        QStringLiteral("community_id"), QStringLiteral("compound_id"),
                        QStringLiteral("building_id"), QStringLiteral("small_grid_id"),
                        QStringLiteral("secretary_resident_id")});
    auto &members = table(QStringLiteral("party_member"),
                          {QStringLiteral("resident_id"), QStringLiteral("org_id"),
                           QStringLiteral("membership"), QStringLiteral("joined_on"),
                           QStringLiteral("employer"), QStringLiteral("center_household")});
    auto &roles = table(QStringLiteral("grid_role"),
                        {QStringLiteral("role_code"), QStringLiteral("resident_id"),
                         QStringLiteral("holder_name"), QStringLiteral("holder_phone"),
                         QStringLiteral("community_id"), QStringLiteral("big_grid_id"),
                         QStringLiteral("small_grid_id"), QStringLiteral("building_id"),
                         QStringLiteral("unit_id"), QStringLiteral("started_on")});

    // Where each person lives.
    auto buildingOf = [&](const Person &p) {
        return c.dwellings[std::size_t(c.households[std::size_t(p.household)].dwelling)].building;
    };
    auto unitOf = [&](const Person &p) {
        return c.dwellings[std::size_t(c.households[std::size_t(p.household)].dwelling)].unit;
    };

    // Party organisation: 社区党委 -> 9 compound branches (the largest compounds) -> 16
    // building groups; members in compounds without a branch join the nearest one.
    std::vector<int> compoundSize(c.compoundIds.size(), 0);
    for (const auto &b : c.buildings)
        compoundSize[std::size_t(b.compound)] += b.dwellings;
    std::vector<int> byCompoundSize(c.compoundIds.size());
    for (std::size_t i = 0; i < byCompoundSize.size(); ++i)
        byCompoundSize[i] = int(i);
    std::stable_sort(byCompoundSize.begin(), byCompoundSize.end(),
                     [&](int a, int b) { return compoundSize[std::size_t(a)] > compoundSize[std::size_t(b)]; });
    const int branches = std::clamp(int(std::lround(9 * scale)), 1, int(c.compoundIds.size()));
    const int groups = std::max(1, int(std::lround(16 * scale)));

    // The secretary of each branch is a member living in its compound (or any member).
    std::vector<int> memberInCompound(c.compoundIds.size(), -1);
    for (int i : c.partyPeople) {
        const int compound = c.buildings[std::size_t(buildingOf(c.people[std::size_t(i)]))].compound;
        if (memberInCompound[std::size_t(compound)] < 0)
            memberInCompound[std::size_t(compound)] = i;
    }
    c.committeeId = orgs.add({SqlValue(), QStringLiteral("committee"), c.name + QStringLiteral("党委"),
                              c.id, SqlValue(), SqlValue(), SqlValue(),
                              c.partyPeople.empty() ? SqlValue() : SqlValue(c.people[std::size_t(c.partyPeople.front())].id)});
    std::vector<int> branchOfCompound(c.compoundIds.size(), -1);
    std::vector<int> branchCompound;
    for (int b = 0; b < branches; ++b) {
        const int compound = byCompoundSize[std::size_t(b)];
        branchOfCompound[std::size_t(compound)] = b;
        branchCompound.push_back(compound);
        int firstBuilding = 0;
        while (c.buildings[std::size_t(firstBuilding)].compound != compound)
            ++firstBuilding;
        const int secretary = memberInCompound[std::size_t(compound)];
        c.branchIds.push_back(orgs.add(
            {c.committeeId, QStringLiteral("branch"), c.compoundNames[std::size_t(compound)] + QStringLiteral("党支部"),
             c.id, c.compoundIds[std::size_t(compound)], SqlValue(),
             c.smallGridIds[std::size_t(c.buildings[std::size_t(firstBuilding)].smallGrid)],
             secretary >= 0 ? SqlValue(c.people[std::size_t(secretary)].id) : SqlValue()}));
    }
    // Groups go to the branches' largest buildings, round robin.
    std::vector<qint64> groupOfBuilding(c.buildings.size(), 0);
    std::vector<std::vector<int>> branchBuildings(static_cast<std::size_t>(branches));
    for (int i = 0; i < int(c.buildings.size()); ++i) {
        const int branch = branchOfCompound[std::size_t(c.buildings[std::size_t(i)].compound)];
        if (branch >= 0)
            branchBuildings[std::size_t(branch)].push_back(i);
    }
    for (auto &list : branchBuildings)
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
            return c.buildings[std::size_t(a)].dwellings > c.buildings[std::size_t(b)].dwellings;
        });
    for (int g = 0; g < groups; ++g) {
        const int branch = g % branches;
        const auto &candidates = branchBuildings[std::size_t(branch)];
        const std::size_t pickIndex = std::size_t(g / branches);
        if (pickIndex >= candidates.size())
            continue;
        const int building = candidates[pickIndex];
        const Building &b = c.buildings[std::size_t(building)];
        groupOfBuilding[std::size_t(building)] = orgs.add(
            {c.branchIds[std::size_t(branch)], QStringLiteral("group"),
             c.compoundNames[std::size_t(b.compound)] + b.name + QStringLiteral("党小组"), c.id,
             c.compoundIds[std::size_t(b.compound)], b.id, c.smallGridIds[std::size_t(b.smallGrid)],
             SqlValue()});
        ++m_summary.partyGroups;
    }
    m_summary.branches += branches;

    c.partyMemberIds.assign(c.people.size(), 0);
    for (int i : c.partyPeople) {
        const Person &p = c.people[std::size_t(i)];
        const int building = buildingOf(p);
        const int compound = c.buildings[std::size_t(building)].compound;
        qint64 org = groupOfBuilding[std::size_t(building)];
        if (org == 0) {
            int branch = branchOfCompound[std::size_t(compound)];
            if (branch < 0)
                branch = compound % branches;
            org = c.branchIds[std::size_t(branch)];
        }
        // 自管 (membership held here) or 在职报到 (employed elsewhere, registered to serve here).
        const bool registered = p.age < 60 && m_random.chance(0.55);
        const int joinedAge = std::min(p.age, m_random.between(19, 40));
        const QDate joined = p.birth.addYears(joinedAge).addDays(m_random.between(0, 300));
        c.partyMemberIds[std::size_t(i)] = members.add(
            {p.id, org, registered ? QStringLiteral("registered") : QStringLiteral("community"),
             isoDate(std::min(joined, m_options.asOf)),
             registered ? SqlValue(pick(m_random, demo::employers())) : SqlValue(),
             qint64(m_random.chance(0.1) ? 1 : 0)});
        ++m_summary.partyMembers;
    }

    // Grid roles. The community director is 总网格长; the nine 两委 members lead the big grids
    // and the first small grids; the other grid leaders are Party members living in the grid.
    const QString director = demo::staffName(m_random);
    roles.add({QStringLiteral("chief_grid_leader"), SqlValue(), director, mobile(), c.id, SqlValue(),
               SqlValue(), SqlValue(), SqlValue(), isoDate(m_options.asOf.addYears(-3))});
    std::vector<QString> committee;
    for (int i = 0; i < std::max(int(c.bigGridIds.size()), 9); ++i)
        committee.push_back(demo::staffName(m_random));
    for (std::size_t g = 0; g < c.bigGridIds.size(); ++g)
        roles.add({QStringLiteral("big_grid_leader"), SqlValue(), committee[g], mobile(), SqlValue(),
                   c.bigGridIds[g], SqlValue(), SqlValue(), SqlValue(), isoDate(m_options.asOf.addYears(-3))});
    std::vector<std::vector<int>> membersInGrid(c.smallGridIds.size());
    for (int i : c.partyPeople)
        membersInGrid[std::size_t(c.buildings[std::size_t(buildingOf(c.people[std::size_t(i)]))].smallGrid)]
            .push_back(i);
    for (std::size_t g = 0; g < c.smallGridIds.size(); ++g) {
        Worker leader;
        if (g < committee.size()) {
            leader.name = committee[g];
        } else if (!membersInGrid[g].empty()) {
            const Person &p = c.people[std::size_t(membersInGrid[g][m_random.below(std::uint32_t(membersInGrid[g].size()))])];
            leader = {p.id, p.name};
        } else {
            leader.name = demo::staffName(m_random);
        }
        roles.add({QStringLiteral("grid_leader"), nullable(leader.residentId), leader.name, mobile(),
                   SqlValue(), SqlValue(), c.smallGridIds[g], SqlValue(), SqlValue(),
                   isoDate(m_options.asOf.addYears(-2))});
        const Worker worker{0, demo::staffName(m_random)};
        roles.add({QStringLiteral("grid_worker"), SqlValue(), worker.name, mobile(), SqlValue(),
                   SqlValue(), c.smallGridIds[g], SqlValue(), SqlValue(),
                   isoDate(m_options.asOf.addYears(-2))});
        c.gridWorkers[g].push_back(leader);
        c.gridWorkers[g].push_back(worker);
    }

    // 800+ grid assistants: residents aged 25-70 with a phone, in their own grid.
    const int assistants = std::max(1, int(std::lround(820 * scale)));
    std::vector<int> pool;
    for (int i = 0; i < int(c.people.size()); ++i) {
        const Person &p = c.people[std::size_t(i)];
        if (p.age >= 25 && p.age <= 70 && !p.phone.isEmpty())
            pool.push_back(i);
    }
    m_random.shuffle(pool);
    pool.resize(std::min(pool.size(), std::size_t(assistants)));
    std::sort(pool.begin(), pool.end());
    for (int i : pool) {
        const Person &p = c.people[std::size_t(i)];
        const int grid = c.buildings[std::size_t(buildingOf(p))].smallGrid;
        roles.add({QStringLiteral("grid_assistant"), p.id, p.name, p.phone, SqlValue(), SqlValue(),
                   c.smallGridIds[std::size_t(grid)], SqlValue(), SqlValue(),
                   isoDate(m_options.asOf.addDays(-qint64(m_random.between(30, 1000))))});
        c.gridWorkers[std::size_t(grid)].push_back({p.id, p.name});
        ++m_summary.gridAssistants;
    }

    // 三长制: a 楼栋长 for every building and a 单元长 for every stairwell, from its residents.
    std::vector<int> buildingHead(c.buildings.size(), -1);
    std::vector<int> unitHead(c.unitIds.size(), -1);
    std::vector<int> seenInBuilding(c.buildings.size(), 0);
    std::vector<int> seenInUnit(c.unitIds.size(), 0);
    for (int i = 0; i < int(c.people.size()); ++i) {
        const Person &p = c.people[std::size_t(i)];
        if (p.age < 30 || p.age > 75)
            continue;
        // Reservoir sampling: a uniform choice among each building's adults in one pass.
        const auto b = std::size_t(buildingOf(p));
        if (m_random.below(std::uint32_t(++seenInBuilding[b])) == 0)
            buildingHead[b] = i;
        const auto u = std::size_t(unitOf(p));
        if (m_random.below(std::uint32_t(++seenInUnit[u])) == 0)
            unitHead[u] = i;
    }
    for (std::size_t b = 0; b < c.buildings.size(); ++b) {
        if (buildingHead[b] < 0)
            continue;
        const Person &p = c.people[std::size_t(buildingHead[b])];
        roles.add({QStringLiteral("building_head"), p.id, p.name,
                   p.phone.isEmpty() ? SqlValue() : SqlValue(p.phone),
                   SqlValue(), SqlValue(), SqlValue(), c.buildings[b].id, SqlValue(),
                   isoDate(m_options.asOf.addYears(-1))});
    }
    for (std::size_t u = 0; u < c.unitIds.size(); ++u) {
        if (unitHead[u] < 0)
            continue;
        const Person &p = c.people[std::size_t(unitHead[u])];
        roles.add({QStringLiteral("unit_head"), p.id, p.name,
                   p.phone.isEmpty() ? SqlValue() : SqlValue(p.phone), SqlValue(),
                   SqlValue(), SqlValue(), SqlValue(), c.unitIds[u],
                   isoDate(m_options.asOf.addYears(-1))});
    }
}

void Generation::makeVolunteers(Community &c, double scale)
{
    auto &teams = table(QStringLiteral("volunteer_team"),
                        {QStringLiteral("community_id"), QStringLiteral("big_grid_id"),
                         QStringLiteral("small_grid_id"), QStringLiteral("name"),
                         QStringLiteral("leader_resident_id"), QStringLiteral("note")});
    auto &volunteers = table(QStringLiteral("volunteer"), {QStringLiteral("resident_id"),
                                                           QStringLiteral("team_id"),
                                                           QStringLiteral("joined_on")});
    auto &skills = table(QStringLiteral("volunteer_skill"),
                         {QStringLiteral("volunteer_id"), QStringLiteral("skill_id")});

    // Who volunteers: most Party members under 70, and about 300 other residents.
    std::vector<int> chosen;
    for (int i : c.partyPeople)
        if (c.people[std::size_t(i)].age < 70 && m_random.chance(0.7))
            chosen.push_back(i);
    const int others = std::max(1, int(std::lround(300 * scale)));
    for (int n = 0, tries = 0; n < others && tries < others * 20; ++tries) {
        const int i = int(m_random.below(std::uint32_t(c.people.size())));
        Person &p = c.people[std::size_t(i)];
        if (p.party || p.volunteer || p.age < 18 || p.age > 70)
            continue;
        p.volunteer = true;
        chosen.push_back(i);
        ++n;
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());

    // One team per big grid, then the community-wide specialist teams.
    const std::size_t bigGrids = c.bigGridIds.size();
    c.teamVolunteers.assign(bigGrids + demo::specialistTeams().size(), {});
    std::vector<std::vector<int>> members(c.teamVolunteers.size());
    for (int i : chosen) {
        const Person &p = c.people[std::size_t(i)];
        const int building =
            c.dwellings[std::size_t(c.households[std::size_t(p.household)].dwelling)].building;
        members[std::size_t(c.smallGridBig[std::size_t(c.buildings[std::size_t(building)].smallGrid)])]
            .push_back(i);
        if (m_random.chance(0.2))
            members[bigGrids + m_random.below(std::uint32_t(demo::specialistTeams().size()))].push_back(i);
    }
    for (std::size_t t = 0; t < members.size(); ++t) {
        const bool gridTeam = t < bigGrids;
        const QString name =
            gridTeam ? QStringLiteral("第%1网格志愿服务队").arg(demo::chineseNumber(int(t) + 1))
                     : demo::specialistTeams()[t - bigGrids];
        const qint64 leader = members[t].empty() ? 0 : c.people[std::size_t(members[t].front())].id;
        c.teamIds.push_back(teams.add({c.id, gridTeam ? SqlValue(c.bigGridIds[t]) : SqlValue(),
                                       SqlValue(), name, nullable(leader),
                                       gridTeam ? SqlValue() : SqlValue(QStringLiteral("社区专业服务队"))}));
        for (int i : members[t]) {
            const Person &p = c.people[std::size_t(i)];
            const qint64 volunteerId = volunteers.add(
                {p.id, c.teamIds.back(), isoDate(m_options.asOf.addDays(-qint64(m_random.between(20, 1500))))});
            // 一技之长: one to three tagged skills each, without repeats.
            const int count = 1 + int(m_random.weighted({0.5, 0.35, 0.15}));
            std::vector<std::size_t> picked;
            while (int(picked.size()) < count) {
                const std::size_t s = m_random.below(std::uint32_t(m_skills.size()));
                if (std::find(picked.begin(), picked.end(), s) == picked.end())
                    picked.push_back(s);
            }
            for (std::size_t s : picked)
                skills.add({volunteerId, m_skills[s]});
            c.teamVolunteers[t].push_back(i);
            ++m_summary.volunteers;
        }
    }
}

void Generation::makeWork(Community &c, double scale)
{
    const QDate asOf = m_options.asOf;
    const QDate yearStart = asOf.addDays(-364);
    auto dayInYear = [&] { return yearStart.addDays(m_random.below(365)); };
    auto gridOfHousehold = [&](const Household &hh) {
        return c.buildings[std::size_t(c.dwellings[std::size_t(hh.dwelling)].building)].smallGrid;
    };

    // Door-to-door visits (入户走访): households with someone in a care category several times
    // a year, the others about every other year.
    auto &visits = table(QStringLiteral("visit"),
                         {QStringLiteral("household_id"), QStringLiteral("visitor_id"),
                          QStringLiteral("visitor_name"), QStringLiteral("visited_on"),
                          QStringLiteral("purpose"), QStringLiteral("findings"),
                          QStringLiteral("follow_up"), QStringLiteral("follow_up_done")});
    for (const auto &hh : c.households) {
        bool care = false;
        for (int m = 0; m < hh.size && !care; ++m) {
            for (const QString &code : c.people[std::size_t(hh.firstMember + m)].care)
                care = care || (code != QLatin1String("ethnic_minority") && code != QLatin1String("new_employment"));
        }
        const int count = care ? m_random.between(3, 10) : (m_random.chance(0.5) ? 1 : 0);
        const auto &workers = c.gridWorkers[std::size_t(gridOfHousehold(hh))];
        std::vector<QDate> days;
        for (int v = 0; v < count; ++v)
            days.push_back(dayInYear());
        std::sort(days.begin(), days.end());
        for (const QDate &day : days) {
            const Worker &w = workers[m_random.below(std::uint32_t(workers.size()))];
            const auto text = demo::visitNotes(m_random, care);
            const bool followUp = m_random.chance(0.2);
            visits.add({hh.id, nullable(w.residentId), w.name, isoDate(day), text.purpose,
                        text.findings, followUp ? SqlValue(text.followUp) : SqlValue(),
                        qint64(followUp && day.daysTo(asOf) > 30 && m_random.chance(0.85) ? 1 : 0)});
            ++m_summary.visits;
        }
    }

    // 一对一帮扶: every 低保 or hardship household paired with a Party member of its grid.
    auto &pairings = table(QStringLiteral("pairing"),
                           {QStringLiteral("party_member_id"), QStringLiteral("household_id"),
                            QStringLiteral("started_on"), QStringLiteral("note")});
    std::vector<std::vector<int>> membersInGrid(c.smallGridIds.size());
    for (int i : c.partyPeople) {
        const Person &p = c.people[std::size_t(i)];
        membersInGrid[std::size_t(gridOfHousehold(c.households[std::size_t(p.household)]))].push_back(i);
    }
    for (const auto &hh : c.households) {
        if (!(hh.lowIncome || hh.hardship) || c.partyPeople.empty())
            continue;
        const auto &local = membersInGrid[std::size_t(gridOfHousehold(hh))];
        const int member = local.empty() ? c.partyPeople[m_random.below(std::uint32_t(c.partyPeople.size()))]
                                         : local[m_random.below(std::uint32_t(local.size()))];
        pairings.add({c.partyMemberIds[std::size_t(member)], hh.id,
                      isoDate(asOf.addDays(-qint64(m_random.between(30, 1000)))),
                      QStringLiteral("一对一帮扶")});
    }

    // Service requests, closed loop: 点单 -> 下单 -> 接单 -> done -> closed and rated.
    auto &requests = table(
        QStringLiteral("service_request"),
        {QStringLiteral("requester_id"), QStringLiteral("household_id"), QStringLiteral("skill_id"),
         QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("state"),
         QStringLiteral("requested_at"), QStringLiteral("team_id"), QStringLiteral("dispatched_at"),
         QStringLiteral("assignee_id"), QStringLiteral("accepted_at"), QStringLiteral("done_at"),
         QStringLiteral("closed_at"), QStringLiteral("cancelled_at"), QStringLiteral("rating"),
         QStringLiteral("feedback")});
    auto &points = table(QStringLiteral("points_entry"),
                         {QStringLiteral("party_member_id"), QStringLiteral("occurred_on"),
                          QStringLiteral("points"), QStringLiteral("reason"),
                          QStringLiteral("activity_id"), QStringLiteral("service_request_id")});
    auto &hours = table(QStringLiteral("hours_entry"),
                        {QStringLiteral("resident_id"), QStringLiteral("occurred_on"),
                         QStringLiteral("hours"), QStringLiteral("reason"),
                         QStringLiteral("activity_id"), QStringLiteral("service_request_id")});
    const int requestCount = std::max(1, int(std::lround(c.households.size() * 0.15)));
    for (int r = 0; r < requestCount; ++r) {
        const auto &hh = c.households[m_random.below(std::uint32_t(c.households.size()))];
        const Person &requester = c.people[std::size_t(hh.firstMember)];
        const std::size_t skill = m_random.below(std::uint32_t(m_skills.size()));
        const QDate day = dayInYear();
        const int minute = m_random.between(8 * 60, 19 * 60);
        const qint64 age = day.daysTo(asOf);
        const int team = int(c.smallGridBig[std::size_t(gridOfHousehold(hh))]);
        const auto &teamMembers = c.teamVolunteers[std::size_t(team)];
        // How far the request got depends on how long ago it was asked.
        int stage; // 0 requested, 1 dispatched, 2 accepted, 3 done, 4 closed, 5 cancelled
        if (age > 14)
            stage = int(m_random.weighted({0, 0, 0, 0.1, 0.85, 0.05})); // mostly closed
        else if (age > 3)
            stage = int(m_random.weighted({0.05, 0.15, 0.3, 0.3, 0.2, 0}));
        else
            stage = int(m_random.weighted({0.5, 0.3, 0.2, 0, 0, 0}));
        if (teamMembers.empty() && stage >= 2 && stage <= 4)
            stage = 1;
        const QString requested = isoTime(day, minute);
        const QDate dispatched = day.addDays(m_random.between(0, 1));
        const QDate accepted = dispatched.addDays(m_random.between(0, 2));
        const QDate done = accepted.addDays(m_random.between(0, 3));
        const QDate closed = done.addDays(m_random.between(0, 2));
        auto at = [&](QDate d) { return isoTime(std::min(d, asOf), std::min(minute + 60, 22 * 60)); };
        const int assignee = stage >= 2 && stage <= 4
                                 ? teamMembers[m_random.below(std::uint32_t(teamMembers.size()))]
                                 : -1;
        static const char *states[] = {"requested", "dispatched", "accepted", "done", "closed", "cancelled"};
        const int rating = stage == 4 ? int(5 - m_random.weighted({0.7, 0.25, 0.05})) : 0;
        const auto text = demo::requestText(m_random, m_skillNames[skill]);
        const qint64 id = requests.add(
            {requester.id, hh.id, m_skills[skill], text.first, text.second,
             QString::fromLatin1(states[stage]), requested,
             stage >= 1 && stage <= 4 ? SqlValue(c.teamIds[std::size_t(team)]) : SqlValue(),
             stage >= 1 && stage <= 4 ? SqlValue(at(dispatched)) : SqlValue(),
             assignee >= 0 ? SqlValue(c.people[std::size_t(assignee)].id) : SqlValue(),
             stage >= 2 && stage <= 4 ? SqlValue(at(accepted)) : SqlValue(),
             stage >= 3 && stage <= 4 ? SqlValue(at(done)) : SqlValue(),
             stage == 4 ? SqlValue(at(closed)) : SqlValue(),
             stage == 5 ? SqlValue(at(day.addDays(1))) : SqlValue(),
             rating > 0 ? SqlValue(qint64(rating)) : SqlValue(),
             rating > 0 ? SqlValue(pick(m_random, demo::feedbacks())) : SqlValue()});
        ++m_summary.serviceRequests;
        if (stage >= 3 && stage <= 4) {
            const Person &helper = c.people[std::size_t(assignee)];
            hours.add({helper.id, isoDate(std::min(done, asOf)), double(m_random.between(1, 3)),
                       QStringLiteral("上门服务"), SqlValue(), id});
            if (helper.party)
                points.add({c.partyMemberIds[std::size_t(assignee)], isoDate(std::min(done, asOf)),
                            qint64(3), QStringLiteral("完成服务接单"), SqlValue(), id});
        }
    }

    // Activities: the service market on the 20th of every month, quarterly free clinics,
    // monthly 主题党日, quarterly 三会一课 per branch, lectures and culture evenings.
    auto &activities = table(QStringLiteral("activity"),
                             {QStringLiteral("community_id"), QStringLiteral("kind"),
                              QStringLiteral("title"), QStringLiteral("held_on"),
                              QStringLiteral("location"), QStringLiteral("organiser_team_id"),
                              QStringLiteral("party_org_id"), QStringLiteral("people_served")});
    auto &participants = table(QStringLiteral("activity_participant"),
                               {QStringLiteral("activity_id"), QStringLiteral("resident_id"),
                                QStringLiteral("role")});
    const qint64 pioneerTeam = c.teamIds[c.bigGridIds.size()]; // 党员先锋服务队
    auto addParticipants = [&](qint64 activity, QDate day, const std::vector<int> &people, int count,
                               const QString &role, double volunteerHours, int memberPoints,
                               const QString &reason) {
        if (people.empty())
            return;
        std::vector<int> chosen;
        if (count >= int(people.size())) {
            chosen = people;
        } else {
            std::vector<int> pool = people;
            m_random.shuffle(pool);
            chosen.assign(pool.begin(), pool.begin() + count);
            std::sort(chosen.begin(), chosen.end());
        }
        for (int i : chosen) {
            const Person &p = c.people[std::size_t(i)];
            participants.add({activity, p.id, role});
            if (volunteerHours > 0)
                hours.add({p.id, isoDate(day), volunteerHours, reason, activity, SqlValue()});
            if (memberPoints > 0 && p.party)
                points.add({c.partyMemberIds[std::size_t(i)], isoDate(day), qint64(memberPoints),
                            reason, activity, SqlValue()});
        }
    };
    std::vector<int> allVolunteers;
    for (const auto &team : c.teamVolunteers)
        allVolunteers.insert(allVolunteers.end(), team.begin(), team.end());
    std::sort(allVolunteers.begin(), allVolunteers.end());
    allVolunteers.erase(std::unique(allVolunteers.begin(), allVolunteers.end()), allVolunteers.end());
    const double served = std::max(0.05, scale);
    // Thirteen calendar months touch the 365-day year; each date is kept only inside it.
    for (int month = 0; month <= 12; ++month) {
        const QDate first = yearStart.addMonths(month);
        const QDate market(first.year(), first.month(), 20);
        if (market >= yearStart && market <= asOf) {
            const qint64 id = activities.add(
                {c.id, QStringLiteral("service_market"), QStringLiteral("邻里便民服务集市"), isoDate(market),
                 QStringLiteral("社区党群服务中心广场"), pioneerTeam, c.committeeId,
                 qint64(std::lround(m_random.between(400, 520) * served))});
            addParticipants(id, market, allVolunteers, std::max(1, int(20 * scale)), QStringLiteral("volunteer"),
                            3.0, 5, QStringLiteral("便民服务集市志愿服务"));
        }
        const QDate partyDay(first.year(), first.month(), std::min(first.daysInMonth(), 1 + m_random.between(0, 9)));
        if (partyDay >= yearStart && partyDay <= asOf) {
            const qint64 id = activities.add(
                {c.id, QStringLiteral("party_day"), QStringLiteral("%1月主题党日").arg(partyDay.month()),
                 isoDate(partyDay), QStringLiteral("社区党群服务中心"), SqlValue(), c.committeeId,
                 qint64(0)});
            addParticipants(id, partyDay, c.partyPeople, std::max(1, int(45 * scale)), QStringLiteral("attendee"),
                            0, 2, QStringLiteral("参加主题党日"));
        }
        if (month % 3 == 1) {
            const QDate clinic = first.addDays(m_random.between(0, 20));
            if (clinic >= yearStart && clinic <= asOf) {
                const qint64 id = activities.add(
                    {c.id, QStringLiteral("clinic"), QStringLiteral("和济医院专家义诊（12个科室）"),
                     isoDate(clinic), QStringLiteral("社区卫生服务站"),
                     c.teamIds[c.bigGridIds.size() + 1], SqlValue(),
                     qint64(std::lround(m_random.between(200, 300) * served))});
                addParticipants(id, clinic, allVolunteers, std::max(1, int(10 * scale)),
                                QStringLiteral("volunteer"), 4.0, 5, QStringLiteral("义诊志愿服务"));
            }
            for (std::size_t b = 0; b < c.branchIds.size(); ++b) {
                const QDate lesson = first.addDays(m_random.between(0, 25));
                if (lesson < yearStart || lesson > asOf)
                    continue;
                activities.add({c.id, QStringLiteral("party_meeting"), QStringLiteral("三会一课：支部党课"),
                                isoDate(lesson), QStringLiteral("小区党支部活动室"), SqlValue(),
                                c.branchIds[b], qint64(0)});
            }
            const QDate lecture = first.addDays(m_random.between(0, 25));
            if (lecture >= yearStart && lecture <= asOf)
                activities.add({c.id, QStringLiteral("lecture"), QStringLiteral("晋商银行反诈宣传讲座"),
                                isoDate(lecture), QStringLiteral("社区会议室"), SqlValue(), SqlValue(),
                                qint64(std::lround(m_random.between(40, 90) * served))});
        }
    }
    m_summary.activities = activities.count();

    // Consultations: 五方会谈, 屋场恳谈会, 长廊察民意, and the issues each raised.
    auto &consultations = table(QStringLiteral("consultation"),
                                {QStringLiteral("community_id"), QStringLiteral("compound_id"),
                                 QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("held_on"),
                                 QStringLiteral("location"), QStringLiteral("attendees"),
                                 QStringLiteral("summary")});
    auto &issues = table(QStringLiteral("consultation_issue"),
                         {QStringLiteral("consultation_id"), QStringLiteral("title"),
                          QStringLiteral("description"), QStringLiteral("state"), QStringLiteral("owner"),
                          QStringLiteral("due_on"), QStringLiteral("resolved_on"), QStringLiteral("resolution")});
    const int meetings = std::max(1, int(std::lround(24 * scale)));
    for (int m = 0; m < meetings; ++m) {
        const int kind = m < meetings / 2 ? 0 : (m % 2 ? 1 : 2);
        static const char *kinds[] = {"five_party", "courtyard", "corridor"};
        const std::size_t compound = m_random.below(std::uint32_t(c.compoundIds.size()));
        const QDate day = dayInYear();
        const QString title = c.compoundNames[compound] + demo::consultationTitle(kind);
        const qint64 id = consultations.add(
            {c.id, c.compoundIds[compound], QString::fromLatin1(kinds[kind]), title, isoDate(day),
             c.compoundNames[compound] + (kind == 2 ? QStringLiteral("长廊") : QStringLiteral("凉亭")),
             demo::consultationAttendees(kind), QStringLiteral("听取居民意见，逐项确定责任人和时限。")});
        const int raised = m_random.between(1, 3);
        for (int i = 0; i < raised; ++i) {
            const auto issue = demo::consultationIssue(m_random);
            const qint64 age = day.daysTo(asOf);
            const bool resolved = age > 60 ? m_random.chance(0.8) : m_random.chance(0.3);
            const QDate resolvedOn = std::min(asOf, day.addDays(m_random.between(5, 60)));
            issues.add({id, issue.first, issue.second,
                        resolved ? QStringLiteral("resolved")
                                 : (m_random.chance(0.6) ? QStringLiteral("in_progress") : QStringLiteral("open")),
                        pick(m_random, demo::issueOwners()), isoDate(day.addDays(30)),
                        resolved ? SqlValue(isoDate(resolvedOn)) : SqlValue(),
                        resolved ? SqlValue(QStringLiteral("已协调解决，居民满意")) : SqlValue()});
        }
    }
}

} // namespace

DemoCommunityGenerator::DemoCommunityGenerator(DemoOptions options) : m_options(std::move(options)) {}

Result<DemoSummary> DemoCommunityGenerator::generate(Database &db, Feedback &feedback)
{
    if (db.isReadOnly()) {
        Error e;
        e.message = tr("The ledger file is read-only; the demo cannot be written into it.");
        return e;
    }
    Generation generation(db, m_options, feedback);
    return generation.run();
}

} // namespace gridbook
