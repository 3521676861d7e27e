// SPDX-License-Identifier: MIT
#pragma once

#include "document/LedgerDocument.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QString>
#include <QWidget>

#include <memory>

namespace gridbook::test {

/** A fresh in-memory ledger as the window opens it. */
std::unique_ptr<LedgerDocument> freshDocument();

/** A community with one compound, one building (in a small grid) of one unit with `rooms`
 *  dwellings "101", "102", ...; returns the dwellings' ids. */
struct SmallPlace {
    qint64 community = 0, bigGrid = 0, smallGrid = 0, compound = 0, building = 0, unit = 0;
    QList<qint64> dwellings;
};
SmallPlace makePlace(LedgerDocument &document, int rooms = 4);

/**
 * Types `text` into `widget` key by key, as a user would: QTest::keyClicks() takes ASCII only,
 * so every character goes as a key event carrying its text (Chinese names included).
 */
void typeText(QWidget *widget, const QString &text);

/** The first column of the first row of `sql`. */
QVariant scalar(LedgerDocument &document, const QString &sql);

/** The child named `name`; fails the test if there is none. */
template <typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("no child named " << name);
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace gridbook::test
