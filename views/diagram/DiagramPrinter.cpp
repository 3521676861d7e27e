// SPDX-License-Identifier: MIT
#include "diagram/DiagramPrinter.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace gridbook {

bool DiagramPrinter::print(QWidget *parent, const DiagramPage &page)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(page.contentSize.width() >= page.contentSize.height()
                                   ? QPageLayout::Landscape
                                   : QPageLayout::Portrait);
    printer.setDocName(page.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(page.title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return printTo(printer, page).ok();
}

Status DiagramPrinter::printTo(QPrinter &printer, const DiagramPage &page)
{
    QPainter painter;
    if (!painter.begin(&printer)) {
        Error e;
        e.message = tr("The printer could not be started.");
        e.operation = QStringLiteral("print diagram");
        return e;
    }
    DiagramPageRenderer::render(&painter,
                                printer.pageRect(QPrinter::DevicePixel)
                                    .translated(-printer.pageRect(QPrinter::DevicePixel).topLeft()),
                                page);
    painter.end();
    return {};
}

} // namespace gridbook
