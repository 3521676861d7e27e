// SPDX-License-Identifier: MIT
// Force-included into every source of gridbook_view_tests (see tests/CMakeLists.txt): widgets
// need a QApplication, and the shared tests/main.cpp makes a QGuiApplication. With this the
// same main.cpp makes a QApplication for the widget tests, unchanged for the others.
#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#define QGuiApplication QApplication
