// SPDX-License-Identifier: MIT
#include "items/AddressRank.h"

#include "db/Database.h"
#include "db/SqlErrors.h"
#include "db/SqliteHandle.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>
#include <QtEndian>

#include <sqlite3.h>

namespace gridbook {

Q_DECLARE_LOGGING_CATEGORY(lcItems)

const char *const AddressRank::kFunction = "gridbook_address_rank";

AddressRanks::AddressRanks(Stamp stamp, std::vector<qint32> byHousehold, qint32 housed)
    : m_stamp(std::move(stamp)), m_byHousehold(std::move(byHousehold)), m_housed(housed)
{
}

qint64 AddressRanks::rankOf(qint64 householdId, bool hasHousehold) const
{
    // As the SQL sort: housed households in address order; then, with every address key NULL,
    // residents without a household (NULL first); then households without a dwelling by id.
    if (!hasHousehold)
        return m_housed;
    if (householdId >= 0 && quint64(householdId) < m_byHousehold.size()) {
        const qint32 rank = m_byHousehold[size_t(householdId)];
        if (rank >= 0)
            return rank;
    }
    return qint64(m_housed) + 1 + householdId;
}

namespace {

struct Kept {
    std::shared_ptr<const AddressRanks> ranks;
    bool building = false;
};

QMutex &keptLock()
{
    static QMutex lock;
    return lock;
}

/** Rankings by ledger file path. */
QHash<QString, Kept> &kept()
{
    static QHash<QString, Kept> byPath;
    return byPath;
}

bool isFile(const QString &path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:") &&
           !path.startsWith(QLatin1String("file::memory:"));
}

/** Finalizes a statement when it goes out of scope. */
struct Finalizer {
    sqlite3_stmt *statement = nullptr;
    ~Finalizer() { sqlite3_finalize(statement); }
};

constexpr const char *kStampSql =
    "SELECT generation, (SELECT value FROM meta WHERE key = 'ledger_uid') FROM "
    "address_generation WHERE id = 1";

std::optional<AddressRanks::Stamp> readStamp(sqlite3 *db)
{
    Finalizer s;
    if (sqlite3_prepare_v2(db, kStampSql, -1, &s.statement, nullptr) != SQLITE_OK)
        return std::nullopt; // a ledger from before migration 6, opened without migrating
    if (sqlite3_step(s.statement) != SQLITE_ROW)
        return std::nullopt;
    const auto *uid = reinterpret_cast<const char *>(sqlite3_column_text(s.statement, 1));
    return AddressRanks::Stamp{uid ? QString::fromUtf8(uid) : QString(),
                               qint64(sqlite3_column_int64(s.statement, 0))};
}

Error failure(sqlite3 *db, const char *sql)
{
    return SqlErrors::fromCode(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)),
                               QStringLiteral("rank households by address"),
                               QString::fromUtf8(sql));
}

/** Reads the positions on `db` inside one read transaction, so they match the generation. */
Result<std::shared_ptr<const AddressRanks>> readRanks(sqlite3 *db)
{
    if (sqlite3_exec(db, "SAVEPOINT gridbook_address_rank", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(db, "SAVEPOINT gridbook_address_rank");
    struct Release {
        sqlite3 *db;
        ~Release() { sqlite3_exec(db, "RELEASE gridbook_address_rank", nullptr, nullptr, nullptr); }
    } release{db};

    auto single = [&](const char *sql) -> Result<qint64> {
        Finalizer s;
        if (sqlite3_prepare_v2(db, sql, -1, &s.statement, nullptr) != SQLITE_OK)
            return failure(db, sql);
        const int rc = sqlite3_step(s.statement);
        if (rc == SQLITE_ROW)
            return qint64(sqlite3_column_int64(s.statement, 0));
        if (rc == SQLITE_DONE)
            return qint64(0);
        return failure(db, sql);
    };
    const auto stamp = readStamp(db);
    if (!stamp)
        return failure(db, kStampSql);
    // LedgerSql::addressOrder, put together from index scans instead of one ORDER BY over the
    // joined tables (a sort of 500,000 rows in SQL takes several times as long): buildings in
    // compound-name and number order and units in number order come sorted from SQL (small
    // tables); dwellings come in the order of dwelling_order — by building, unit id, floor,
    // room, id — and only need their units put in number order within each building.
    auto scan = [&](const char *sql, const auto &row) -> Status {
        Finalizer st;
        if (sqlite3_prepare_v2(db, sql, -1, &st.statement, nullptr) != SQLITE_OK)
            return failure(db, sql);
        int rc;
        while ((rc = sqlite3_step(st.statement)) == SQLITE_ROW)
            row(st.statement);
        if (rc != SQLITE_DONE)
            return failure(db, sql);
        return {};
    };
    auto idIndex = [](sqlite3_stmt *st, int column, qint64 max) -> qint64 {
        if (sqlite3_column_type(st, column) == SQLITE_NULL)
            return -1;
        const qint64 id = sqlite3_column_int64(st, column);
        return id >= 0 && id <= max ? id : -1;
    };
    auto maxOf = [&](const char *sql) -> Result<qint64> {
        auto m = single(sql);
        if (m && (*m < 0 || *m > 100'000'000)) {
            Error e;
            e.message = QStringLiteral("ids beyond what address ranks hold");
            return e;
        }
        return m;
    };
    auto maxBuilding = maxOf("SELECT ifnull(max(id), 0) FROM building");
    auto maxUnit = maxOf("SELECT ifnull(max(id), 0) FROM building_unit");
    auto maxDwelling = maxOf("SELECT ifnull(max(id), 0) FROM dwelling");
    auto maxHousehold = maxOf("SELECT ifnull(max(id), 0) FROM household");
    for (const auto *m : {&maxBuilding, &maxUnit, &maxDwelling, &maxHousehold}) {
        if (!*m)
            return m->error();
    }

    // Buildings of existing compounds, in address order.
    std::vector<qint32> buildingsInOrder;
    if (Status st = scan("SELECT b.id FROM compound c INDEXED BY compound_sort CROSS JOIN "
                         "building b INDEXED BY building_sort ON b.compound_id = c.id ORDER BY "
                         "c.name, c.id, b.number, b.id",
                         [&](sqlite3_stmt *row) {
                             if (const qint64 id = idIndex(row, 0, *maxBuilding); id >= 0)
                                 buildingsInOrder.push_back(qint32(id));
                         });
        !st)
        return st.error();
    // A unit's place among units (compared only within one building): number, then id.
    std::vector<qint32> unitOrder(size_t(*maxUnit) + 1, -1);
    {
        qint32 next = 0;
        if (Status st = scan("SELECT id FROM building_unit ORDER BY number, id",
                             [&](sqlite3_stmt *row) {
                                 if (const qint64 id = idIndex(row, 0, *maxUnit); id >= 0)
                                     unitOrder[size_t(id)] = next++;
                             });
            !st)
            return st.error();
    }
    // Dwellings in index order, each building's a contiguous run; a dwelling without a unit
    // (or with a unit that is gone) sorts first, as NULL does.
    struct Dwelling {
        qint32 unitOrder;
        qint32 id;
    };
    std::vector<Dwelling> dwellings;
    std::vector<std::pair<qint32, qint32>> buildingRun(size_t(*maxBuilding) + 1, {0, 0});
    {
        qint64 current = -1;
        if (Status st = scan(
                "SELECT building_id, unit_id, id FROM dwelling INDEXED BY dwelling_order ORDER "
                "BY building_id, unit_id, floor, room, id",
                [&](sqlite3_stmt *row) {
                    const qint64 building = idIndex(row, 0, *maxBuilding);
                    const qint64 id = idIndex(row, 2, *maxDwelling);
                    if (building < 0 || id < 0)
                        return;
                    if (building != current) {
                        current = building;
                        buildingRun[size_t(building)].first = qint32(dwellings.size());
                    }
                    const qint64 unit = idIndex(row, 1, *maxUnit);
                    dwellings.push_back({unit < 0 ? -1 : unitOrder[size_t(unit)], qint32(id)});
                    buildingRun[size_t(building)].second = qint32(dwellings.size());
                });
            !st)
            return st.error();
    }
    for (const auto &[from, to] : buildingRun) {
        std::stable_sort(
            dwellings.begin() + from, dwellings.begin() + to,
            [](const Dwelling &a, const Dwelling &b) { return a.unitOrder < b.unitOrder; });
    }
    // Households by dwelling, ids ascending within each, from household_dwelling.
    std::vector<qint32> households;
    std::vector<std::pair<qint32, qint32>> dwellingRun(size_t(*maxDwelling) + 1, {0, 0});
    {
        qint64 current = -1;
        if (Status st = scan("SELECT dwelling_id, id FROM household INDEXED BY "
                             "household_dwelling WHERE dwelling_id IS NOT NULL ORDER BY "
                             "dwelling_id, id",
                             [&](sqlite3_stmt *row) {
                                 const qint64 dwelling = idIndex(row, 0, *maxDwelling);
                                 const qint64 id = idIndex(row, 1, *maxHousehold);
                                 if (dwelling < 0 || id < 0)
                                     return;
                                 if (dwelling != current) {
                                     current = dwelling;
                                     dwellingRun[size_t(dwelling)].first =
                                         qint32(households.size());
                                 }
                                 households.push_back(qint32(id));
                                 dwellingRun[size_t(dwelling)].second = qint32(households.size());
                             });
            !st)
            return st.error();
    }

    std::vector<qint32> byHousehold(size_t(*maxHousehold) + 1, -1);
    qint32 next = 0;
    for (const qint32 building : buildingsInOrder) {
        const auto [from, to] = buildingRun[size_t(building)];
        for (qint32 d = from; d < to; ++d) {
            const auto [first, last] = dwellingRun[size_t(dwellings[size_t(d)].id)];
            for (qint32 h = first; h < last; ++h)
                byHousehold[size_t(households[size_t(h)])] = next++;
        }
    }
    return std::make_shared<const AddressRanks>(*stamp, std::move(byHousehold), next);
}

/** The positions stored in the file (migration 7), if they are for `stamp`. */
std::shared_ptr<const AddressRanks> readStored(sqlite3 *db, const AddressRanks::Stamp &stamp)
{
    Finalizer s;
    if (sqlite3_prepare_v2(db,
                           "SELECT generation, housed, ranks FROM address_rank_cache WHERE id = 1",
                           -1, &s.statement, nullptr) != SQLITE_OK ||
        sqlite3_step(s.statement) != SQLITE_ROW ||
        sqlite3_column_int64(s.statement, 0) != stamp.generation)
        return nullptr;
    const auto *bytes = static_cast<const uchar *>(sqlite3_column_blob(s.statement, 2));
    const int size = sqlite3_column_bytes(s.statement, 2);
    const qint64 housed = sqlite3_column_int64(s.statement, 1);
    if (size % 4 != 0 || housed < 0 || housed > size / 4)
        return nullptr; // not ours to trust: build instead
    std::vector<qint32> byHousehold(size_t(size / 4));
    for (size_t i = 0; i < byHousehold.size(); ++i)
        byHousehold[i] = qFromLittleEndian<qint32>(bytes + 4 * i);
    return std::make_shared<const AddressRanks>(stamp, std::move(byHousehold), qint32(housed));
}

void keep(const QString &path, const std::shared_ptr<const AddressRanks> &ranks)
{
    QMutexLocker locker(&keptLock());
    // The newest read wins: a build started earlier may end later.
    Kept &entry = kept()[path];
    if (!entry.ranks || entry.ranks->stamp().ledgerUid != ranks->stamp().ledgerUid ||
        entry.ranks->stamp().generation <= ranks->stamp().generation)
        entry.ranks = ranks;
}

/** What one connection's gridbook_address_rank() answers from; replaced between statements. */
struct Installed {
    std::shared_ptr<const AddressRanks> ranks;
};

/** The function is defined once per connection (redefining it fails while any statement of
 *  the connection is open); later installs swap what it answers from. */
QHash<sqlite3 *, Installed *> &installed()
{
    static QHash<sqlite3 *, Installed *> byConnection;
    return byConnection;
}

void rankFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *on = static_cast<const Installed *>(sqlite3_user_data(context));
    if (!on->ranks) {
        sqlite3_result_error(context, "gridbook_address_rank: no household positions", -1);
        return;
    }
    const bool hasHousehold = sqlite3_value_type(argv[0]) != SQLITE_NULL;
    sqlite3_result_int64(
        context, on->ranks->rankOf(hasHousehold ? sqlite3_value_int64(argv[0]) : 0, hasHousehold));
}

/** SQLite calls this when the connection closes (or the definition fails). */
void uninstall(void *data)
{
    auto *on = static_cast<Installed *>(data);
    {
        QMutexLocker locker(&keptLock());
        installed().removeIf([on](const auto &entry) { return entry.value() == on; });
    }
    delete on;
}

} // namespace

std::optional<AddressRanks::Stamp> AddressRank::stamp(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteHandle::of(db);
    return handle ? readStamp(handle) : std::nullopt;
}

std::shared_ptr<const AddressRanks> AddressRank::ready(const QSqlDatabase &db)
{
    const QString path = db.databaseName();
    if (!isFile(path))
        return nullptr;
    const auto current = stamp(db);
    if (!current)
        return nullptr;
    {
        QMutexLocker locker(&keptLock());
        const Kept &entry = kept()[path];
        if (entry.ranks && entry.ranks->stamp() == *current)
            return entry.ranks;
    }
    // Stored in the file for this state: no build. (Cheap when stale: the positions are read
    // only after their generation matched.)
    if (auto stored = readStored(SqliteHandle::of(db), *current)) {
        qCDebug(lcItems) << "address positions read from the file";
        keep(path, stored);
        return stored;
    }
    {
        QMutexLocker locker(&keptLock());
        Kept &entry = kept()[path];
        if (entry.building)
            return nullptr;
        entry.building = true;
    }
    // Its own read-only connection: the caller's stays free for the list it is loading.
    QThreadPool::globalInstance()->start([path] {
        {
            auto db = Database::open(path, {.create = false, .readOnly = true, .migrate = false});
            if (db) {
                sqlite3 *handle = SqliteHandle::of((*db)->connection());
                if (handle) {
                    QElapsedTimer timer;
                    timer.start();
                    if (auto ranks = readRanks(handle)) {
                        keep(path, *ranks);
                        qCDebug(lcItems) << "address positions built in" << timer.elapsed() << "ms";
                    }
                }
            }
        }
        QMutexLocker locker(&keptLock());
        kept()[path].building = false;
    });
    return nullptr;
}

Result<std::shared_ptr<const AddressRanks>> AddressRank::build(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteHandle::of(db);
    if (!handle)
        return SqlErrors::notOpen(QStringLiteral("rank households by address"));
    auto ranks = readRanks(handle);
    if (!ranks)
        return ranks.error();
    if (isFile(db.databaseName()))
        keep(db.databaseName(), *ranks);
    return *ranks;
}

Status AddressRank::install(sqlite3 *db, std::shared_ptr<const AddressRanks> ranks)
{
    QMutexLocker locker(&keptLock());
    if (Installed *on = installed().value(db)) {
        on->ranks = std::move(ranks);
        return {};
    }
    auto *on = new Installed{std::move(ranks)};
    installed().insert(db, on);
    locker.unlock();
    // SQLite owns `on` from here: uninstall() deletes it, also when the definition fails.
    if (sqlite3_create_function_v2(db, kFunction, 1, SQLITE_UTF8, on, &rankFunction, nullptr,
                                   nullptr, &uninstall) != SQLITE_OK)
        return failure(db, kFunction);
    return {};
}

namespace {

Status storeRanks(const QSqlDatabase &db, bool build)
{
    sqlite3 *handle = SqliteHandle::of(db);
    if (!handle)
        return SqlErrors::notOpen(QStringLiteral("store household positions"));
    const auto current = readStamp(handle);
    if (!current || !isFile(db.databaseName()))
        return {}; // nowhere to store them, or no later open to use them
    if (readStored(handle, *current))
        return {}; // stored already
    std::shared_ptr<const AddressRanks> ranks;
    {
        QMutexLocker locker(&keptLock());
        const auto found = kept().constFind(db.databaseName());
        if (found != kept().constEnd() && found->ranks && found->ranks->stamp() == *current)
            ranks = found->ranks;
    }
    if (!ranks && !build)
        return {};
    if (!ranks) {
        auto built = AddressRank::build(db);
        if (!built)
            return built.error();
        ranks = *built;
    }
    QByteArray bytes(qsizetype(ranks->byHousehold().size()) * 4, Qt::Uninitialized);
    for (size_t i = 0; i < ranks->byHousehold().size(); ++i)
        qToLittleEndian<qint32>(ranks->byHousehold()[i], bytes.data() + 4 * i);
    const char *sql = "INSERT OR REPLACE INTO address_rank_cache (id, generation, housed, ranks) "
                      "VALUES (1, ?, ?, ?)";
    Finalizer s;
    if (sqlite3_prepare_v2(handle, sql, -1, &s.statement, nullptr) != SQLITE_OK ||
        sqlite3_bind_int64(s.statement, 1, ranks->stamp().generation) != SQLITE_OK ||
        sqlite3_bind_int64(s.statement, 2, ranks->housed()) != SQLITE_OK ||
        sqlite3_bind_blob64(s.statement, 3, bytes.constData(), quint64(bytes.size()),
                            SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_step(s.statement) != SQLITE_DONE)
        return failure(handle, sql);
    return {};
}

} // namespace

Status AddressRank::store(const QSqlDatabase &db)
{
    return storeRanks(db, true);
}

Status AddressRank::storeIfKept(const QSqlDatabase &db)
{
    return storeRanks(db, false);
}

void AddressRank::forgetAll()
{
    QMutexLocker locker(&keptLock());
    for (Kept &entry : kept())
        entry.ranks.reset();
}

} // namespace gridbook
