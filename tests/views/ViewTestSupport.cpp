// SPDX-License-Identifier: MIT
#include "ViewTestSupport.h"

#include <QTest>

namespace gridbook::test {

std::unique_ptr<LedgerDocument> freshDocument()
{
    auto document = LedgerDocument::openInMemory();
    INFO((document ? QString() : document.error().details()).toStdString());
    REQUIRE(document.ok());
    return std::move(document).value();
}

SmallPlace makePlace(LedgerDocument &document, int rooms)
{
    RecordStore &store = document.store();
    auto insert = [&](const QString &table, const Record &record) {
        auto id = store.insert(table, record);
        INFO(table.toStdString() << ": " << (id ? QString() : id.error().details()).toStdString());
        REQUIRE(id.ok());
        return *id;
    };
    SmallPlace p;
    p.community = insert(QStringLiteral("community"), {{QStringLiteral("name"), QStringLiteral("测试社区")}});
    p.bigGrid = insert(QStringLiteral("big_grid"), {{QStringLiteral("community_id"), p.community},
                                                    {QStringLiteral("name"), QStringLiteral("第一大网格")}});
    p.smallGrid = insert(QStringLiteral("small_grid"), {{QStringLiteral("big_grid_id"), p.bigGrid},
                                                        {QStringLiteral("name"), QStringLiteral("第一网格")}});
    p.compound = insert(QStringLiteral("compound"), {{QStringLiteral("community_id"), p.community},
                                                     {QStringLiteral("name"), QStringLiteral("和平小区")}});
    p.building = insert(QStringLiteral("building"), {{QStringLiteral("compound_id"), p.compound},
                                                     {QStringLiteral("small_grid_id"), p.smallGrid},
                                                     {QStringLiteral("name"), QStringLiteral("3栋")},
                                                     {QStringLiteral("number"), 3}});
    p.unit = insert(QStringLiteral("building_unit"), {{QStringLiteral("building_id"), p.building},
                                                      {QStringLiteral("name"), QStringLiteral("2单元")},
                                                      {QStringLiteral("number"), 2}});
    for (int i = 1; i <= rooms; ++i) {
        p.dwellings << insert(QStringLiteral("dwelling"),
                              {{QStringLiteral("building_id"), p.building},
                               {QStringLiteral("unit_id"), p.unit},
                               {QStringLiteral("floor"), 1 + (i - 1) / 2},
                               {QStringLiteral("room"), QStringLiteral("%1").arg(100 * (1 + (i - 1) / 2) + 1 + (i - 1) % 2)}});
    }
    return p;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QVariant scalar(LedgerDocument &document, const QString &sql)
{
    QSqlQuery q(document.database().connection());
    const bool ok = q.exec(sql) && q.next();
    INFO(sql.toStdString());
    REQUIRE(ok);
    return q.value(0);
}

} // namespace gridbook::test
