// SPDX-License-Identifier: MIT
#include "reports/ReportRenderer.h"

#include "reports/PdfTextRepair.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace gridbook {

namespace {

enum FontRole { Body, BodyBold, Title, Heading, Small, Large, FontRoleCount };

// Point sizes per role, portrait; landscape pages have room for the same sizes.
constexpr std::array<double, FontRoleCount> pointSizes = {9.0, 9.0, 15.0, 11.0, 8.0, 14.0};

/** One thing painted on a page, in device pixels. */
struct Op {
    QRectF rect;
    QString text;
    FontRole font = Body;
    int flags = Qt::AlignLeft | Qt::AlignVCenter;
    QColor fill;         // invalid: none
    bool border = false; // a table cell's frame
    bool muted = false;  // grey text (empty-table notes)
};

using Page = QList<Op>;

} // namespace

struct ReportRenderer::Layout {
    // What the layout was made for: another device or resolution needs a new one.
    QSizeF pageSize;
    int dpi = 0;

    std::array<QFont, FontRoleCount> fonts;
    std::array<double, FontRoleCount> lineHeights{};
    QList<Page> pages;
    double headerHeight = 0; // title block on every page
    double footerHeight = 0;
    QRectF body; // the flow area of every page
    double padX = 0, padY = 0, gap = 0;
    QPagedPaintDevice *device = nullptr;

    double mm(double millimetres) const { return millimetres * dpi / 25.4; }

    QFontMetricsF metrics(FontRole role) const { return QFontMetricsF(fonts[role], device); }

    /** Height of `text` set in `role` and wrapped to `width`; `flags` gets the wrap mode. */
    double textHeight(const QString &text, FontRole role, double width, int &flags) const
    {
        const QFontMetricsF fm = metrics(role);
        if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width) {
            flags &= ~(Qt::TextWordWrap | Qt::TextWrapAnywhere);
            return lineHeights[role];
        }
        flags |= Qt::TextWordWrap;
        QRectF r = fm.boundingRect(QRectF(0, 0, width, 1e7), flags, text);
        if (r.width() > width + 0.5) {
            // A token with no break opportunity (a long number): break it anywhere.
            flags = (flags & ~Qt::TextWordWrap) | Qt::TextWrapAnywhere;
            r = fm.boundingRect(QRectF(0, 0, width, 1e7), flags, text);
        }
        return std::max(r.height(), lineHeights[role]);
    }
};

namespace {

/** Fills a Layout page by page; the cursor `y` runs down the body of the current page. */
class Paginator {
public:
    Paginator(ReportRenderer::Layout &layout, Feedback &feedback, const QString &stage)
        : m_l(layout), m_feedback(feedback), m_stage(stage)
    {
        newPage();
    }

    bool cancelled() const { return m_cancelled; }

    double remaining() const { return m_l.body.bottom() - m_y; }
    bool pageIsEmpty() const { return m_l.pages.last().isEmpty(); }

    void newPage()
    {
        m_l.pages.append(Page());
        m_y = m_l.body.top();
    }

    void ensure(double height)
    {
        if (height > remaining() && !pageIsEmpty())
            newPage();
    }

    void add(Op op) { m_l.pages.last().append(std::move(op)); }

    void heading(const QString &text)
    {
        int flags = Qt::AlignLeft | Qt::AlignBottom;
        const double h = m_l.textHeight(text, Heading, m_l.body.width(), flags) + m_l.gap;
        // Kept with what follows: at least three body lines must fit after it.
        ensure(h + 3 * m_l.lineHeights[Body]);
        add({QRectF(m_l.body.left(), m_y, m_l.body.width(), h),
             text,
             Heading,
             flags,
             {},
             false,
             false});
        m_y += h + m_l.gap / 2;
    }

    void paragraph(const QString &text)
    {
        int flags = Qt::AlignLeft | Qt::AlignTop;
        const double h = m_l.textHeight(text, Body, m_l.body.width(), flags);
        ensure(h);
        add({QRectF(m_l.body.left(), m_y, m_l.body.width(), h),
             text,
             Body,
             flags,
             {},
             false,
             false});
        m_y += h + m_l.gap;
    }

    void fields(const QList<QPair<QString, QString>> &items)
    {
        if (items.isEmpty())
            return;
        const int perLine = m_l.body.width() > m_l.mm(200) ? 3 : 2;
        const double colWidth = m_l.body.width() / perLine;
        const QFontMetricsF bold = m_l.metrics(BodyBold);
        // Labels line up within a column of fields, each column as wide as its longest label.
        QList<double> labelWidths(perLine, 0.0);
        for (qsizetype i = 0; i < items.size(); ++i) {
            double &w = labelWidths[i % perLine];
            w = std::min(std::max(w, bold.horizontalAdvance(label(items[i].first))),
                         colWidth * 0.45);
        }
        for (qsizetype i = 0; i < items.size(); i += perLine) {
            double h = m_l.lineHeights[Body];
            QList<Op> line;
            for (int c = 0; c < perLine && i + c < items.size(); ++c) {
                const auto &f = items[i + c];
                const double x = m_l.body.left() + c * colWidth;
                const double labelWidth = labelWidths[c];
                const double valueWidth = colWidth - labelWidth - 2 * m_l.padX;
                int labelFlags = Qt::AlignLeft | Qt::AlignTop;
                int valueFlags = Qt::AlignLeft | Qt::AlignTop;
                const double lh = m_l.textHeight(label(f.first), BodyBold, labelWidth, labelFlags);
                const double vh = m_l.textHeight(f.second, Body, valueWidth, valueFlags);
                h = std::max({h, lh, vh});
                line.append({QRectF(x, 0, labelWidth, lh),
                             label(f.first),
                             BodyBold,
                             labelFlags,
                             {},
                             false,
                             false});
                line.append({QRectF(x + labelWidth + m_l.padX, 0, valueWidth, vh),
                             f.second,
                             Body,
                             valueFlags,
                             {},
                             false,
                             false});
            }
            ensure(h);
            for (Op op : line) {
                op.rect.moveTop(m_y);
                add(std::move(op));
            }
            m_y += h + m_l.padY;
        }
        m_y += m_l.gap / 2;
    }

    bool table(const ReportTable &table)
    {
        const double total = std::accumulate(
            table.columns.begin(), table.columns.end(), 0.0,
            [](double s, const ReportColumn &c) { return s + std::max(0.01, c.weight); });
        m_x.clear();
        m_w.clear();
        double x = m_l.body.left();
        for (const auto &c : table.columns) {
            m_x << x;
            m_w << m_l.body.width() * std::max(0.01, c.weight) / total;
            x += m_w.last();
        }
        m_table = &table;
        m_header = headerRow(table.columns, BodyBold, QColor(0xe4, 0xe4, 0xe4), true);

        ensure(m_headerHeight + m_l.lineHeights[Body] + 2 * m_l.padY);
        placeHeader();
        if (table.rows.isEmpty()) {
            placeSpanning(table.emptyText, Body, {}, Qt::AlignCenter, true);
        }
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            const ReportRow &r = table.rows[i];
            switch (r.kind) {
            case ReportRow::Kind::Data: {
                QList<Op> cells = dataRow(r);
                placeRow(cells, m_rowHeight, 0);
                break;
            }
            case ReportRow::Kind::Group: {
                // A group heading never ends a page: the first row of the group goes with it.
                double next = 0;
                if (i + 1 < table.rows.size() && table.rows[i + 1].kind == ReportRow::Kind::Data) {
                    (void)dataRow(table.rows[i + 1]);
                    next = m_rowHeight;
                }
                placeSpanning(r.text, BodyBold, QColor(0xf2, 0xf2, 0xf2),
                              Qt::AlignLeft | Qt::AlignVCenter, false, next);
                break;
            }
            case ReportRow::Kind::Subtotal:
            case ReportRow::Kind::Total:
                placeSpanning(r.text, BodyBold, {}, Qt::AlignRight | Qt::AlignVCenter, false);
                break;
            }
            if (i % 500 == 499) {
                m_feedback.progress(m_stage, i + 1, table.rows.size());
                if (m_feedback.cancelled()) {
                    m_cancelled = true;
                    return false;
                }
            }
        }
        m_y += m_l.gap;
        m_table = nullptr;
        return true;
    }

private:
    /** The cells of one table row at y = 0; sets m_rowHeight. */
    QList<Op> headerRow(const QList<ReportColumn> &columns, FontRole font, const QColor &fill,
                        bool header)
    {
        QList<Op> cells;
        double h = m_l.lineHeights[font];
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const ReportColumn &col = columns[c];
            int flags =
                Qt::AlignVCenter |
                (header || col.alignCenter ? Qt::AlignHCenter
                                           : (col.alignRight ? Qt::AlignRight : Qt::AlignLeft));
            const QString text = col.title;
            const double inner = m_w[c] - 2 * m_l.padX;
            h = std::max(h, m_l.textHeight(text, font, inner, flags));
            cells.append({QRectF(m_x[c], 0, m_w[c], 0), text, font, flags, fill, true, false});
        }
        m_headerHeight = h + 2 * m_l.padY;
        for (Op &op : cells)
            op.rect.setHeight(m_headerHeight);
        return cells;
    }

    QList<Op> dataRow(const ReportRow &r)
    {
        QList<Op> cells;
        double h = m_l.lineHeights[Body];
        for (qsizetype c = 0; c < m_table->columns.size(); ++c) {
            const ReportColumn &col = m_table->columns[c];
            int flags = Qt::AlignVCenter |
                        (col.alignCenter ? Qt::AlignHCenter
                                         : (col.alignRight ? Qt::AlignRight : Qt::AlignLeft));
            const QString text = c < r.cells.size() ? r.cells[c] : QString();
            if (!text.isEmpty())
                h = std::max(h, m_l.textHeight(text, Body, m_w[c] - 2 * m_l.padX, flags));
            cells.append({QRectF(m_x[c], 0, m_w[c], 0), text, Body, flags, {}, true, false});
        }
        m_rowHeight = h + 2 * m_l.padY;
        for (Op &op : cells)
            op.rect.setHeight(m_rowHeight);
        return cells;
    }

    void placeHeader()
    {
        for (Op op : m_header) {
            op.rect.moveTop(m_y);
            add(std::move(op));
        }
        m_y += m_headerHeight;
    }

    /** Places a row; on a new page the table's header row goes first. */
    void placeRow(const QList<Op> &cells, double height, double keepWithNext)
    {
        if (height + keepWithNext > remaining() && m_y > m_l.body.top() + m_headerHeight + 0.5) {
            newPage();
            placeHeader();
        }
        for (Op op : cells) {
            op.rect.moveTop(m_y);
            add(std::move(op));
        }
        m_y += height;
    }

    void placeSpanning(const QString &text, FontRole font, const QColor &fill, int align,
                       bool muted, double keepWithNext = 0)
    {
        int flags = align;
        const double h =
            m_l.textHeight(text, font, m_l.body.width() - 2 * m_l.padX, flags) + 2 * m_l.padY;
        Op op{
            QRectF(m_l.body.left(), 0, m_l.body.width(), h), text, font, flags, fill, true, muted};
        placeRow({op}, h, keepWithNext);
    }

    ReportRenderer::Layout &m_l;
    Feedback &m_feedback;
    QString m_stage;
    double m_y = 0;
    bool m_cancelled = false;
    const ReportTable *m_table = nullptr;
    QList<double> m_x, m_w;
    QList<Op> m_header;
    double m_headerHeight = 0;
    double m_rowHeight = 0;

    /** "Address:" / "住址：" */
    static QString label(const QString &name) { return ReportRenderer::tr("%1:").arg(name); }
};

QFont reportFont(FontRole role)
{
    QFont f(ReportRenderer::fontFamily());
    // Only this family: a fallback would silently print the Japanese forms or boxes.
    f.setFamilies({ReportRenderer::fontFamily()});
    f.setPointSizeF(pointSizes[role]);
    f.setBold(role == BodyBold || role == Title || role == Heading);
    f.setHintingPreference(QFont::PreferNoHinting);
    // Latin runs shaped by HarfBuzz get glyphs (digits among them) that Qt's PDF writer cannot
    // map back to text, so pdftotext, search and copy lose them: Latin needs no shaping anyway.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void paintOp(QPainter &p, const ReportRenderer::Layout &l, const Op &op)
{
    if (op.fill.isValid())
        p.fillRect(op.rect, op.fill);
    if (op.border) {
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), l.mm(0.15)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(op.rect);
    }
    if (op.text.isEmpty())
        return;
    p.setFont(l.fonts[op.font]);
    p.setPen(op.muted ? QColor(0x77, 0x77, 0x77) : QColor(Qt::black));
    const QRectF text = op.border ? op.rect.adjusted(l.padX, l.padY, -l.padX, -l.padY) : op.rect;
    p.drawText(text, op.flags, op.text);
}

} // namespace

ReportRenderer::ReportRenderer(const ReportDocument &document) : m_document(document) {}

ReportRenderer::~ReportRenderer() = default;

QString ReportRenderer::fontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

QPageLayout ReportRenderer::pageLayout(const ReportDocument &document)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
}

int ReportRenderer::paginate(QPagedPaintDevice &device, Feedback &feedback)
{
    const QSizeF size(device.width(), device.height());
    const int dpi = device.logicalDpiY();
    if (m_layout && m_layout->pageSize == size && m_layout->dpi == dpi &&
        m_layout->device == &device)
        return int(m_layout->pages.size());

    m_layout = std::make_unique<Layout>();
    Layout &l = *m_layout;
    l.device = &device;
    l.pageSize = size;
    l.dpi = dpi;
    for (int r = 0; r < FontRoleCount; ++r) {
        l.fonts[r] = reportFont(FontRole(r));
        l.lineHeights[r] = QFontMetricsF(l.fonts[r], &device).height();
    }
    l.padX = l.mm(1.2);
    l.padY = l.mm(0.7);
    l.gap = l.mm(3);
    // Title, subtitle, privacy note, a rule; the footer is a rule and one line.
    l.headerHeight = l.lineHeights[Title] + l.lineHeights[Small] * 2 + l.mm(4);
    l.footerHeight = l.lineHeights[Small] + l.mm(4);
    l.body =
        QRectF(0, l.headerHeight, size.width(), size.height() - l.headerHeight - l.footerHeight);

    const QString stage = tr("Laying out pages");
    Paginator pager(l, feedback, stage);
    if (m_document.isEmpty()) {
        int flags = Qt::AlignCenter;
        const double h = l.textHeight(m_document.emptyMessage, Large, l.body.width(), flags);
        pager.add(
            {QRectF(l.body.left(), l.body.top() + l.body.height() / 3 - h / 2, l.body.width(), h),
             m_document.emptyMessage,
             Large,
             flags,
             {},
             false,
             false});
        return 1;
    }
    for (const ReportBlock &block : m_document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            pager.heading(block.text);
            break;
        case ReportBlock::Kind::Paragraph:
            pager.paragraph(block.text);
            break;
        case ReportBlock::Kind::Fields:
            pager.fields(block.fields);
            break;
        case ReportBlock::Kind::Table:
            if (!pager.table(block.table)) {
                m_layout.reset();
                return -1;
            }
            break;
        case ReportBlock::Kind::PageBreak:
            if (!pager.pageIsEmpty())
                pager.newPage();
            break;
        }
        if (feedback.cancelled()) {
            m_layout.reset();
            return -1;
        }
    }
    return int(l.pages.size());
}

Result<RenderSummary> ReportRenderer::render(QPagedPaintDevice &device, Feedback &feedback,
                                             const RenderOptions &options)
{
    RenderSummary summary;
    const int pages = paginate(device, feedback);
    if (pages < 0) {
        summary.outcome = RenderSummary::Outcome::Cancelled;
        return summary;
    }
    summary.pages = pages;
    if (options.askAbovePages > 0 && pages > options.askAbovePages &&
        !feedback.question(tr("This report runs to %1 pages. Print all of them?").arg(pages),
                           false)) {
        summary.outcome = RenderSummary::Outcome::Declined;
        return summary;
    }

    QPainter painter;
    if (!painter.begin(&device)) {
        Error e;
        e.message = tr("Could not start printing: the printer or file is not available.");
        e.operation = QStringLiteral("render report");
        return e;
    }
    const Layout &l = *m_layout;
    const QString stage = tr("Writing pages");
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            Error e;
            e.message = tr("Could not start page %1 of the report.").arg(i + 1);
            e.operation = QStringLiteral("render report");
            return e;
        }
        // The frame every page has: title, scope and date, privacy note, footer.
        double y = 0;
        painter.setPen(Qt::black);
        painter.setFont(l.fonts[Title]);
        painter.drawText(QRectF(0, y, l.pageSize.width(), l.lineHeights[Title]),
                         Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                         m_document.title);
        y += l.lineHeights[Title] + l.mm(1);
        painter.setFont(l.fonts[Small]);
        painter.drawText(QRectF(0, y, l.pageSize.width(), l.lineHeights[Small]),
                         Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                         m_document.subtitle);
        y += l.lineHeights[Small];
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, y, l.pageSize.width(), l.lineHeights[Small]),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         m_document.privacyNote);
        y += l.lineHeights[Small] + l.mm(1.5);
        painter.setPen(QPen(Qt::black, l.mm(0.3)));
        painter.drawLine(QPointF(0, y), QPointF(l.pageSize.width(), y));

        const double footerTop = l.pageSize.height() - l.footerHeight + l.mm(2);
        painter.setPen(QPen(Qt::black, l.mm(0.2)));
        painter.drawLine(QPointF(0, footerTop), QPointF(l.pageSize.width(), footerTop));
        const QRectF footer(0, footerTop + l.mm(1), l.pageSize.width(), l.lineHeights[Small]);
        painter.setFont(l.fonts[Small]);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         m_document.signature);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));

        for (const Op &op : l.pages[i])
            paintOp(painter, l, op);

        feedback.progress(stage, i + 1, pages);
        if (feedback.cancelled()) {
            painter.end();
            summary.outcome = RenderSummary::Outcome::Cancelled;
            return summary;
        }
    }
    if (!painter.end()) {
        Error e;
        e.message = tr("The report could not be finished on the printer or file.");
        e.operation = QStringLiteral("render report");
        return e;
    }
    return summary;
}

Status ReportRenderer::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    Error e;
    e.operation = QStringLiteral("write report PDF");
    if (path.trimmed().isEmpty()) {
        e.message = tr("No file name was given for the PDF.");
        return e;
    }
    if (info.isDir()) {
        e.message =
            tr("Cannot write the PDF to %1: that is a folder.").arg(QDir::toNativeSeparators(path));
        return e;
    }
    if (!info.absoluteDir().exists()) {
        e.message = tr("Cannot write the PDF to %1: the folder does not exist.")
                        .arg(QDir::toNativeSeparators(path));
        return e;
    }
    QSaveFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        e.message = tr("Cannot write the PDF to %1: %2")
                        .arg(QDir::toNativeSeparators(path), probe.errorString());
        e.cause = probe.errorString();
        return e;
    }
    probe.cancelWriting();
    return {};
}

Result<RenderSummary>
ReportRenderer::writePdf(const ReportDocument &document, const QString &path, Feedback &feedback,
                         const RenderOptions &options,
                         const std::function<Status(const RenderSummary &)> &beforeCommit)
{
    if (Status s = checkWritable(path); !s)
        return s.error();
    // Rendered in memory first: the text map is repaired before the file is written.
    QByteArray pdf;
    RenderSummary summary;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(pageLayout(document));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Gridbook"));
        ReportRenderer renderer(document);
        auto rendered = renderer.render(writer, feedback, options);
        if (!rendered)
            return rendered.error();
        summary = *rendered;
    }
    if (summary.outcome != RenderSummary::Outcome::Written)
        return summary;
    pdf = PdfTextRepair::unifyRadicals(pdf, PdfTextRepair::radicalMap(reportFont(Body)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        Error e;
        e.message = tr("Cannot write the PDF to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        e.operation = QStringLiteral("write report PDF");
        e.cause = file.errorString();
        file.cancelWriting();
        return e;
    }
    if (beforeCommit) {
        if (Status s = beforeCommit(summary); !s) {
            file.cancelWriting();
            return s.error();
        }
    }
    if (!file.commit()) {
        Error e;
        e.message = tr("Cannot write the PDF to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        e.operation = QStringLiteral("write report PDF");
        e.cause = file.errorString();
        return e;
    }
    return summary;
}

} // namespace gridbook
