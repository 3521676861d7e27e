// SPDX-License-Identifier: MIT
// File ▸ Export… and File ▸ Import…: the real dialog and wizard on a real file ledger, driven
// through their widgets; the work runs on their worker threads behind the progress dialog.

#include "RecordingNotifier.h"
#include "ViewTestSupport.h"

#include "MainWindow.h"
#include "io/ExportDialog.h"
#include "io/ImportWizard.h"
#include "items/LedgerScope.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace gridbook;
using namespace gridbook::test;

namespace {

/** An 18-character ID number with its GB 11643 check character. */
QString residentId(const QString &body17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int total = 0;
    for (int i = 0; i < 17; ++i)
        total += body17[i].digitValue() * weights[i];
    return body17 + QStringLiteral("10X98765432")[total % 11];
}

std::unique_ptr<LedgerDocument> fileLedger(const QString &path)
{
    auto document = LedgerDocument::open(path);
    INFO((document ? QString() : document.error().details()).toStdString());
    REQUIRE(document.ok());
    return std::move(document).value();
}

} // namespace

TEST_CASE("the export dialog writes the chosen table and scope, masked by default", "[views][io]")
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("ledger.sqlite"));
    auto document = fileLedger(ledger);
    const SmallPlace place = makePlace(*document, 2);
    const QString id = residentId(QStringLiteral("14040319800506031"));
    RecordStore &store = document->store();
    auto household = store.insert(QStringLiteral("household"),
                                  {{QStringLiteral("dwelling_id"), place.dwellings.first()}});
    REQUIRE(household.ok());
    auto resident = store.insert(QStringLiteral("resident"),
                                 {{QStringLiteral("household_id"), *household},
                                  {QStringLiteral("name"), QStringLiteral("张伟")},
                                  {QStringLiteral("id_number"), id},
                                  {QStringLiteral("phone"), QStringLiteral("13912345678")},
                                  {QStringLiteral("relation_code"), QStringLiteral("02")}});
    INFO((resident ? QString() : resident.error().details()).toStdString());
    REQUIRE(resident.ok());

    RecordingNotifier notifier;
    ExportDialog dialog(ledger, notifier);
    dialog.setTables({ExportTable::Residents});
    dialog.setScope(LedgerScope::building(place.building), document->database().connection());
    CHECK(child<QComboBox>(dialog, "scope")->currentData().toString().startsWith(
        QStringLiteral("building:")));
    child<QRadioButton>(dialog, "formatCsv")->click();
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    child<QLineEdit>(dialog, "outPath")->setText(out);
    child<QPushButton>(dialog, "exportButton")->click();
    INFO(notifier.errors.join(u'\n').toStdString());
    CHECK(notifier.errors.isEmpty());
    REQUIRE(dialog.summary().has_value());
    CHECK(dialog.summary()->totalRows() == 1);

    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte order mark
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("张伟")));
    CHECK_FALSE(text.contains(id));                      // masked by default
    CHECK_FALSE(text.contains(QStringLiteral("13912345678")));

    // A unit chosen in the navigation tree exports that unit, not its building.
    REQUIRE(place.unit != 0);
    auto otherUnit = store.insert(QStringLiteral("building_unit"),
                                  {{QStringLiteral("building_id"), place.building},
                                   {QStringLiteral("name"), QStringLiteral("9单元")},
                                   {QStringLiteral("number"), 9}});
    REQUIRE(otherUnit.ok());
    auto otherDwelling = store.insert(QStringLiteral("dwelling"),
                                      {{QStringLiteral("building_id"), place.building},
                                       {QStringLiteral("unit_id"), *otherUnit},
                                       {QStringLiteral("floor"), 1},
                                       {QStringLiteral("room"), QStringLiteral("101")}});
    REQUIRE(otherDwelling.ok());
    auto otherHousehold = store.insert(QStringLiteral("household"),
                                       {{QStringLiteral("dwelling_id"), *otherDwelling}});
    REQUIRE(otherHousehold.ok());
    REQUIRE(store.insert(QStringLiteral("resident"),
                         {{QStringLiteral("household_id"), *otherHousehold},
                          {QStringLiteral("name"), QStringLiteral("李娜")},
                          {QStringLiteral("relation_code"), QStringLiteral("02")}})
                .ok());
    REQUIRE(scalar(*document, QStringLiteral("SELECT unit_id FROM dwelling WHERE id = %1")
                                  .arg(place.dwellings.first()))
                .toLongLong() == place.unit);
    ExportDialog byUnit(ledger, notifier);
    byUnit.setTables({ExportTable::Residents});
    byUnit.setScope(LedgerScope::unit(place.unit), document->database().connection());
    CHECK(child<QComboBox>(byUnit, "scope")->currentData().toString().startsWith(
        QStringLiteral("unit:")));
    child<QRadioButton>(byUnit, "formatCsv")->click();
    const QString unitOut = dir.filePath(QStringLiteral("unit.csv"));
    child<QLineEdit>(byUnit, "outPath")->setText(unitOut);
    child<QPushButton>(byUnit, "exportButton")->click();
    INFO(notifier.errors.join(u'\n').toStdString());
    CHECK(notifier.errors.isEmpty());
    REQUIRE(byUnit.summary().has_value());
    CHECK(byUnit.summary()->totalRows() == 1);
    QFile unitFile(unitOut);
    REQUIRE(unitFile.open(QIODevice::ReadOnly));
    const QString unitText = QString::fromUtf8(unitFile.readAll());
    CHECK(unitText.contains(QStringLiteral("张伟")));
    CHECK_FALSE(unitText.contains(QStringLiteral("李娜"))); // same building, another unit

    // A scope with nobody in it: the header only.
    ExportDialog other(ledger, notifier);
    other.setScope(QStringLiteral("no such scope")); // ignored: stays on the whole ledger
    CHECK(child<QComboBox>(other, "scope")->currentData().toString() == QStringLiteral("all"));
}

TEST_CASE("the import wizard checks, then imports valid rows into the open ledger", "[views][io]")
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("ledger.sqlite"));
    auto document = fileLedger(ledger);
    makePlace(*document, 2); // 测试社区, 和平小区 3栋 2单元 101-102

    const QString head = residentId(QStringLiteral("14040319800506031"));
    const QString spouse = residentId(QStringLiteral("14040319820815042"));
    QString badId = residentId(QStringLiteral("14040319900909022"));
    badId[17] = badId[17] == u'1' ? u'2' : u'1';
    const QString csvPath = dir.filePath(QStringLiteral("花名册.csv"));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("和平小区居民登记表,,,,\n"
                             "姓名,身份证号,与户主关系,联系电话,住址\n"
                             "张伟,%1,户主,13912345678,和平小区3栋2单元101\n"
                             "李娜,%2,配偶,,和平小区3栋2单元101\n"
                             "孙丽,%3,户主,,和平小区3栋2单元102\n")
                  .arg(head, spouse, badId)
                  .toUtf8());
    csv.close();

    RecordingNotifier notifier;
    ImportWizard wizard(ledger, notifier);
    int importedSignals = 0;
    QObject::connect(&wizard, &ImportWizard::imported, [&](const ImportSummary &s) {
        ++importedSignals;
        CHECK(s.inserted == 2);
    });
    wizard.setFile(csvPath);
    wizard.show();
    wizard.next(); // reads the file, finds the header below the title line
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    REQUIRE(wizard.session().layouts.size() == 1);
    CHECK(wizard.session().layouts.first().headerRow == 1);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPage);
    wizard.next(); // the dry run
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(wizard.session().checked.has_value());
    CHECK(wizard.session().checked->summary.inserted == 2);
    CHECK(wizard.session().checked->summary.rejected == 1);
    auto *issues = child<QTableWidget>(wizard, "issues");
    REQUIRE(issues->rowCount() >= 1);
    CHECK(issues->item(0, 1)->text() == QStringLiteral("5")); // the file's row number
    // Nothing changed by the check.
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 0);

    wizard.next(); // the import
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    INFO(notifier.errors.join(u'\n').toStdString());
    CHECK(notifier.errors.isEmpty());
    CHECK(importedSignals == 1);
    document->reload();
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 2);
    CHECK(scalar(*document, QStringLiteral("SELECT count(DISTINCT household_id) FROM resident"))
              .toInt() == 1);
    // The address matched the dwelling already recorded: no new places.
    CHECK(scalar(*document, QStringLiteral("SELECT count(*) FROM dwelling")).toInt() == 2);
    CHECK(scalar(*document, QStringLiteral("SELECT d.room FROM resident r JOIN household h ON "
                                           "h.id = r.household_id JOIN dwelling d ON d.id = "
                                           "h.dwelling_id WHERE r.name = '张伟'"))
              .toString() == QStringLiteral("101"));
}

TEST_CASE("the main window offers File ▸ Import… and Export…", "[views][io]")
{
    RecordingNotifier notifier;
    MainWindow window(&notifier);
    CHECK(window.findChild<QAction *>(QStringLiteral("importAction")) != nullptr);
    CHECK(window.findChild<QAction *>(QStringLiteral("exportAction")) != nullptr);
}
