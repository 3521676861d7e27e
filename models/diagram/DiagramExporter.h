// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "diagram/DiagramPage.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gridbook {

/**
 * Writes a DiagramPage (the community diagram or a building) to PNG, SVG or PDF, chosen by the
 * file's suffix. The page is painted by DiagramPageRenderer, like the printed one.
 */
class DiagramExporter {
    Q_DECLARE_TR_FUNCTIONS(gridbook::DiagramExporter)
public:
    enum class Format { Png, Svg, Pdf };

    /** The format for a file name's suffix (.png, .svg, .pdf), if it is one of those. */
    static std::optional<Format> formatFor(const QString &path);

    /** Writes `page` to `path`; PNG is `pixelWidth` wide (height after the page's shape). */
    static Status write(const DiagramPage &page, const QString &path, int pixelWidth = 3000);
    static Status write(const DiagramPage &page, const QString &path, Format format,
                        int pixelWidth = 3000);
};

} // namespace gridbook
