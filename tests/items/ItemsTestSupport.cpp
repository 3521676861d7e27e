// SPDX-License-Identifier: MIT
#include "ItemsTestSupport.h"

#include "TestDatabase.h"
#include "common/Feedback.h"
#include "demo/DemoCommunityGenerator.h"
#include "domain/ResidentId.h"
#include "records/HouseholdRepository.h"
#include "records/ResidentRepository.h"

#include <catch2/catch.hpp>

#include <QMutex>
#include <QSqlQuery>

namespace gridbook::test {

namespace {

QMutex gMutex;
QStringList *gFailures = nullptr;
QtMessageHandler gPrevious = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&gMutex);
        if (gFailures && context.category &&
            QLatin1String(context.category) == QLatin1String("qt.modeltest") &&
            type >= QtWarningMsg) {
            gFailures->append(message);
            return;
        }
    }
    if (gPrevious)
        gPrevious(type, context, message);
}

QStringList gCollected;

} // namespace

ModelChecker::ModelChecker(QAbstractItemModel *model)
{
    {
        QMutexLocker lock(&gMutex);
        gCollected.clear();
        gFailures = &gCollected;
    }
    gPrevious = qInstallMessageHandler(collect);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelChecker::~ModelChecker()
{
    m_tester.reset();
    qInstallMessageHandler(gPrevious);
    QMutexLocker lock(&gMutex);
    gFailures = nullptr;
}

QStringList ModelChecker::failures() const
{
    QMutexLocker lock(&gMutex);
    return gCollected;
}

QDate demoDay()
{
    return QDate(2025, 6, 1);
}

namespace {

void generate(Database &db, int residents)
{
    SilentFeedback feedback;
    DemoCommunityGenerator generator(
        DemoOptions{.seed = 7, .residents = residents, .asOf = demoDay()});
    auto summary = generator.generate(db, feedback);
    INFO((summary.ok() ? QString() : summary.error().details()).toStdString());
    REQUIRE(summary.ok());
}

} // namespace

std::unique_ptr<Database> demoLedger(int residents)
{
    auto db = freshDatabase();
    generate(*db, residents);
    return db;
}

std::unique_ptr<Database> demoLedgerFile(const QString &path, int residents)
{
    auto opened = Database::open(path);
    INFO((opened.ok() ? QString() : opened.error().details()).toStdString());
    REQUIRE(opened.ok());
    auto db = std::move(opened).value();
    generate(*db, residents);
    return db;
}

QList<qint64> idsOf(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    const bool ok = q.exec(sql);
    INFO(describe(q).toStdString());
    REQUIRE(ok);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QString validId(const char *first17)
{
    const QString digits = QString::fromLatin1(first17);
    return digits + ResidentId::checkDigit(digits);
}

TestFamily addFamily(Database &db)
{
    TestFamily family;
    family.dwelling =
        scalar(db, QStringLiteral("SELECT d.id FROM dwelling d JOIN building b ON b.id = "
                                  "d.building_id WHERE b.small_grid_id = (SELECT min(id) FROM "
                                  "small_grid) ORDER BY d.id LIMIT 1"))
            .toLongLong();
    HouseholdRepository households(db.connection());
    auto member = [](const char *name, const char *relation, const QString &idNumber,
                     const char *phone) {
        Record r{{QStringLiteral("name"), QString::fromUtf8(name)},
                 {QStringLiteral("relation_code"), QString::fromLatin1(relation)}};
        if (!idNumber.isEmpty())
            r.insert(QStringLiteral("id_number"), idNumber);
        if (phone)
            r.insert(QStringLiteral("phone"), QString::fromLatin1(phone));
        r.insert(QStringLiteral("ethnicity_code"), QStringLiteral("01"));
        return r;
    };
    const QString childBirth = demoDay().addYears(-8).toString(QStringLiteral("yyyyMMdd"));
    auto id = households.createHousehold(
        Record{{QStringLiteral("dwelling_id"), family.dwelling},
               {QStringLiteral("household_number"), QStringLiteral("990001")}},
        {member("张三丰", "02", validId("43040219800101123"), "13812345678"),
         member("李秀英", "10", validId("43040219820202124"), "13987650000"),
         member("张无忌", "20",
                validId((QStringLiteral("430402") + childBirth + QStringLiteral("125"))
                            .toLatin1()
                            .constData()),
                nullptr)});
    INFO((id.ok() ? QString() : id.error().details()).toStdString());
    REQUIRE(id.ok());
    family.household = *id;
    auto members = households.members(*id);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 3);
    auto idOf = [&](const char *name) {
        for (const Record &r : *members) {
            if (r.value(QStringLiteral("name")).toString() == QString::fromUtf8(name))
                return r.value(QStringLiteral("id")).toLongLong();
        }
        return qint64(0);
    };
    family.head = idOf("张三丰");
    family.spouse = idOf("李秀英");
    family.child = idOf("张无忌");
    ResidentRepository residents(db.connection());
    REQUIRE(residents.setCareCategories(family.head, {1}).ok());
    return family;
}

} // namespace gridbook::test
