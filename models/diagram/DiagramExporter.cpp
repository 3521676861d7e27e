// SPDX-License-Identifier: MIT
#include "diagram/DiagramExporter.h"

#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

#include <algorithm>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <optional>

namespace gridbook {

namespace {

Error exportError(const QString &message, const QString &cause = QString())
{
    Error e;
    e.message = message;
    e.operation = QStringLiteral("export diagram");
    e.cause = cause;
    return e;
}

/** Landscape pages for wide drawings, portrait for tall ones (legend included). */
bool landscapeFor(const DiagramPage &page)
{
    return page.contentSize.width() >= page.contentSize.height();
}

} // namespace

std::optional<DiagramExporter::Format> DiagramExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("png"))
        return Format::Png;
    if (suffix == QStringLiteral("svg"))
        return Format::Svg;
    if (suffix == QStringLiteral("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

Status DiagramExporter::write(const DiagramPage &page, const QString &path, int pixelWidth)
{
    const auto format = formatFor(path);
    if (!format)
        return exportError(tr("Choose a file name ending in .png, .svg or .pdf."));
    return write(page, path, *format, pixelWidth);
}

Status DiagramExporter::write(const DiagramPage &page, const QString &path, Format format,
                              int pixelWidth)
{
    const QString name = QFileInfo(path).fileName();
    // A4 proportions, turned to suit the drawing.
    const bool landscape = landscapeFor(page);
    const double aspect = landscape ? 210.0 / 297.0 : 297.0 / 210.0;
    switch (format) {
    case Format::Png: {
        const int width = std::clamp(pixelWidth, 200, 12000);
        QImage image(width, int(width * aspect), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(11811); // 300 dpi
        image.setDotsPerMeterY(11811);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            DiagramPageRenderer::render(&painter, QRectF(image.rect()), page);
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return exportError(tr("The image %1 cannot be written.").arg(name), file.errorString());
        return {};
    }
    case Format::Svg: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return exportError(tr("The file %1 cannot be written.").arg(name), file.errorString());
        const QSize size(1600, int(1600 * aspect));
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(page.title);
        svg.setDescription(page.subtitle);
        {
            QPainter painter;
            if (!painter.begin(&svg))
                return exportError(tr("The file %1 cannot be written.").arg(name));
            DiagramPageRenderer::render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), page);
            painter.end();
        }
        if (!file.commit())
            return exportError(tr("The file %1 cannot be written.").arg(name), file.errorString());
        return {};
    }
    case Format::Pdf: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return exportError(tr("The file %1 cannot be written.").arg(name), file.errorString());
        {
            QPdfWriter pdf(&file);
            pdf.setTitle(page.title);
            pdf.setCreator(QStringLiteral("Gridbook"));
            pdf.setResolution(300);
            pdf.setPageLayout(
                QPageLayout(QPageSize(QPageSize::A4),
                            landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                            QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
            QPainter painter;
            if (!painter.begin(&pdf))
                return exportError(tr("The file %1 cannot be written.").arg(name));
            const QRect area = pdf.pageLayout().paintRectPixels(pdf.resolution());
            DiagramPageRenderer::render(&painter, QRectF(QPointF(0, 0), QSizeF(area.size())), page);
            painter.end();
        }
        if (!file.commit())
            return exportError(tr("The file %1 cannot be written.").arg(name), file.errorString());
        return {};
    }
    }
    return {};
}

} // namespace gridbook
