// SPDX-License-Identifier: MIT
#include "diagram/BuildingView.h"

#include "common/DialogNotifier.h"
#include "common/Notifier.h"
#include "diagram/BuildingPlanRepository.h"
#include "diagram/ColourSchemeDialog.h"
#include "diagram/DiagramExporter.h"
#include "diagram/DiagramPrinter.h"
#include "diagram/LegendOverlay.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QToolTip>
#include <QVBoxLayout>

namespace gridbook {

// ------------------------------------------------------------------------ BuildingPlanWidget

BuildingPlanWidget::BuildingPlanWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("buildingPlan"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void BuildingPlanWidget::setPlan(const BuildingPlan &plan)
{
    m_renderer = std::make_unique<BuildingRenderer>(plan);
    m_hovered = -1;
    setFixedSize(m_renderer->size().toSize() + QSize(1, 1));
    update();
}

QSize BuildingPlanWidget::sizeHint() const
{
    return m_renderer ? m_renderer->size().toSize() : QSize(200, 100);
}

void BuildingPlanWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_renderer)
        m_renderer->draw(&painter, m_hovered);
}

void BuildingPlanWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int hovered = m_renderer ? m_renderer->dwellingAt(event->position()) : -1;
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
        if (hovered < 0)
            QToolTip::hideText();
    }
}

void BuildingPlanWidget::mousePressEvent(QMouseEvent *event)
{
    if (!m_renderer || event->button() != Qt::LeftButton)
        return;
    const int index = m_renderer->dwellingAt(event->position());
    if (index < 0)
        return;
    const PlanDwelling &d = m_renderer->plan().dwellings[index];
    if (!d.households.isEmpty())
        emit householdActivated(d.households.first().id);
}

void BuildingPlanWidget::leaveEvent(QEvent *)
{
    m_hovered = -1;
    update();
}

bool BuildingPlanWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_renderer) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = m_renderer->dwellingAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const PlanDwelling &d = m_renderer->plan().dwellings[index];
        QString text = QStringLiteral("<b>%1</b>").arg(d.room.toHtmlEscaped());
        if (d.households.isEmpty())
            text += QStringLiteral("<br>") + tr("Empty dwelling");
        for (const PlanHousehold &h : d.households) {
            const auto &rules = m_renderer->plan().scheme.rules();
            if (h.rule >= 0 && h.rule < rules.size())
                text += QStringLiteral(" · ") + rules[h.rule].name.toHtmlEscaped();
            for (const QString &member : h.members)
                text += QStringLiteral("<br>") + member.toHtmlEscaped();
        }
        QToolTip::showText(help->globalPos(), text, this, m_renderer->cellRect(index).toRect());
        return true;
    }
    return QWidget::event(event);
}

// ------------------------------------------------------------------------------ BuildingView

BuildingView::BuildingView(QSqlDatabase db, qint64 buildingId, Notifier *notifier, QWidget *parent)
    : QWidget(parent), m_db(db), m_notifier(notifier)
{
    setObjectName(QStringLiteral("buildingView"));
    if (!m_notifier) {
        m_ownNotifier = std::make_unique<DialogNotifier>(this);
        m_notifier = m_ownNotifier.get();
    }
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Building:"), this));
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("buildingCombo"));
    m_picker->setMinimumContentsLength(16);
    bar->addWidget(m_picker);
    bar->addStretch(1);
    auto *colours = new QPushButton(tr("Colours…"), this);
    colours->setObjectName(QStringLiteral("coloursButton"));
    bar->addWidget(colours);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    bar->addWidget(exportButton);
    auto *printButton = new QPushButton(tr("Print…"), this);
    bar->addWidget(printButton);
    layout->addLayout(bar);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("buildingTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("buildingPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff8e1; border: 1px solid #e0c060; padding: 24px; }"));
    layout->addWidget(m_prompt);

    auto *body = new QHBoxLayout;
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_planWidget = new BuildingPlanWidget;
    m_scroll->setWidget(m_planWidget);
    body->addWidget(m_scroll, 1);
    m_legend = new LegendOverlay(this);
    m_legend->setAttribute(Qt::WA_TransparentForMouseEvents, false);
    auto *side = new QVBoxLayout;
    side->addWidget(m_legend);
    side->addStretch(1);
    body->addLayout(side);
    layout->addLayout(body, 1);

    connect(m_planWidget, &BuildingPlanWidget::householdActivated, this,
            &BuildingView::householdActivated);
    connect(m_picker, &QComboBox::activated, this,
            [this](int index) { (void)showBuilding(m_picker->itemData(index).toLongLong()); });
    connect(colours, &QPushButton::clicked, this, &BuildingView::editColours);
    connect(exportButton, &QPushButton::clicked, this, &BuildingView::chooseExport);
    connect(printButton, &QPushButton::clicked, this,
            [this] { DiagramPrinter::print(this, page()); });

    if (buildingId <= 0) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral(
                "SELECT b.id FROM building b JOIN compound c ON c.id = b.compound_id "
                "WHERE b.archived_at IS NULL AND c.archived_at IS NULL "
                "ORDER BY c.community_id, c.id, b.number, b.id LIMIT 1")) &&
            q.next())
            buildingId = q.value(0).toLongLong();
    }
    if (buildingId > 0)
        (void)showBuilding(buildingId);
    else {
        m_prompt->setText(tr("The ledger has no buildings yet."));
        m_scroll->hide();
    }
}

BuildingView::~BuildingView() = default;

void BuildingView::fillPicker(qint64 communityId)
{
    if (communityId == m_pickerCommunity)
        return;
    m_pickerCommunity = communityId;
    m_picker->clear();
    if (auto list = BuildingPlanRepository(m_db).buildings(communityId))
        for (const auto &[id, name] : *list)
            m_picker->addItem(name, id);
}

void BuildingView::setAsOf(QDate asOf)
{
    m_asOf = asOf;
    (void)reload();
}

Status BuildingView::showBuilding(qint64 buildingId)
{
    auto plan = BuildingPlanRepository(m_db).load(buildingId, m_asOf);
    if (!plan) {
        m_notifier->error(plan.error());
        return plan.error();
    }
    m_plan = std::move(plan).value();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.community_id FROM building b JOIN compound c "
                             "ON c.id = b.compound_id WHERE b.id = ?"));
    q.addBindValue(buildingId);
    if (q.exec() && q.next())
        fillPicker(q.value(0).toLongLong());
    m_picker->setCurrentIndex(m_picker->findData(buildingId));

    int occupied = 0;
    for (const PlanDwelling &d : m_plan.dwellings)
        occupied += d.households.isEmpty() ? 0 : 1;
    m_title->setText(tr("%1 %2 · %3 dwellings, %4 lived in")
                         .arg(m_plan.communityName, m_plan.title())
                         .arg(m_plan.dwellings.size())
                         .arg(occupied));
    const QString prompt = BuildingRenderer::missingStructurePrompt(m_plan);
    m_prompt->setText(prompt);
    m_prompt->setVisible(!prompt.isEmpty());
    m_scroll->setVisible(prompt.isEmpty());
    m_planWidget->setPlan(m_plan);
    m_legend->setLegend(tr("Household colours"), m_plan.scheme.legend());
    m_legend->setFixedSize(m_legend->size());
    return {};
}

Status BuildingView::reload()
{
    return m_plan.buildingId > 0 ? showBuilding(m_plan.buildingId) : Status();
}

QString BuildingView::prompt() const
{
    return m_prompt->isHidden() ? QString() : m_prompt->text();
}

DiagramPage BuildingView::page() const
{
    return BuildingRenderer(m_plan).page();
}

Status BuildingView::exportTo(const QString &path)
{
    Status s = DiagramExporter::write(page(), path);
    if (!s)
        m_notifier->error(s.error());
    else
        m_notifier->inform(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return s;
}

void BuildingView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the building"), m_plan.title() + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        (void)exportTo(path);
}

void BuildingView::editColours()
{
    ColourSchemeDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        (void)reload();
}

} // namespace gridbook
