// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "diagram/DiagramPage.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace gridbook {

/** Prints a DiagramPage (community diagram or building) through the print dialog. */
class DiagramPrinter {
    Q_DECLARE_TR_FUNCTIONS(gridbook::DiagramPrinter)
public:
    /** Asks for a printer and prints; false if the user cancelled. */
    static bool print(QWidget *parent, const DiagramPage &page);
    /** Prints onto an already set-up printer (tests print to a PDF file this way). */
    static Status printTo(QPrinter &printer, const DiagramPage &page);
};

} // namespace gridbook
