// SPDX-License-Identifier: MIT
#pragma once

#include "common/Notifier.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

namespace gridbook {

class LedgerDocument;

/**
 * `gridbook --screenshot FILE.png --page NAME`: renders one page of the main window (or the
 * household form) into a PNG at a fixed size, without showing a window or any dialog, so
 * that the README's pictures are real and anyone can see what a change looks like.
 */
class ScreenshotRenderer {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ScreenshotRenderer)
public:
    explicit ScreenshotRenderer(std::unique_ptr<LedgerDocument> document,
                                QSize size = QSize(1280, 800));
    ~ScreenshotRenderer();

    /** The page names render() accepts. */
    static QStringList pageNames();

    /** Renders `page` into `pngPath`. An unknown page is an error with field "page". */
    Status render(const QString &page, const QString &pngPath);

private:
    std::unique_ptr<LedgerDocument> m_document;
    QSize m_size;
};

} // namespace gridbook
