// SPDX-License-Identifier: MIT
// The diagram widget tests' main: like tests/main.cpp, but with a QApplication (widgets need
// one), on the offscreen platform unless the caller chose another.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GridbookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("gridbook-diagram-tests"));
    return Catch::Session().run(argc, argv);
}
