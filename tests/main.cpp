// SPDX-License-Identifier: MIT
// The one test main: an application object (the QSQLITE plugin needs one) on the offscreen
// platform unless the caller chose another, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdlib>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GridbookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("gridbook-tests"));
    return Catch::Session().run(argc, argv);
}
