// SPDX-License-Identifier: MIT
#include "pages/CommunityDiagramPage.h"

#include "diagram/CommunityDiagramView.h"
#include "document/LedgerDocument.h"
#include "items/PlaceLookup.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gridbook {

CommunityDiagramPage::CommunityDiagramPage(Notifier &notifier, QWidget *parent)
    : LedgerPage(notifier, parent)
{
    setObjectName(QStringLiteral("diagramPage"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    showEmpty();
}

CommunityDiagramPage::~CommunityDiagramPage() = default;

QString CommunityDiagramPage::title() const
{
    return tr("Grid Map");
}

void CommunityDiagramPage::showEmpty()
{
    delete m_view;
    m_view = nullptr;
    if (!m_empty) {
        auto *label = new QLabel(
            tr("No community is recorded in this ledger yet. Record a community, or fill in the "
               "demo community from the File menu, to draw its grid map."),
            this);
        label->setObjectName(QStringLiteral("diagramEmptyLabel"));
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        m_empty = label;
        m_layout->addWidget(m_empty);
    }
    m_empty->show();
    setSummary(QString());
}

void CommunityDiagramPage::setDocument(LedgerDocument *document)
{
    m_document = document;
    m_viewPending = false;
    if (!document || document->isEmpty()) {
        showEmpty();
        return;
    }
    delete m_view;
    m_view = nullptr;
    if (!isVisible()) {
        m_viewPending = true;
        return;
    }
    createView();
}

void CommunityDiagramPage::showEvent(QShowEvent *event)
{
    LedgerPage::showEvent(event);
    if (!m_viewPending)
        return;
    m_viewPending = false;
    createView();
    setScope(m_scope);
}

void CommunityDiagramPage::createView()
{
    m_view = new CommunityDiagramView(m_document->database().connection(), 0,
                                      m_document->undoStack(), &notifier(), this);
    m_view->setObjectName(QStringLiteral("communityDiagram"));
    if (m_empty)
        m_empty->hide();
    m_layout->addWidget(m_view);
    connect(m_view, &CommunityDiagramView::buildingSelected, this, [this](qint64 id) {
        if (!m_applyingScope && id > 0)
            emit scopeRequested(LedgerScope::building(id));
    });
    connect(m_view, &CommunityDiagramView::smallGridSelected, this, [this](qint64 id) {
        if (!m_applyingScope && id > 0)
            emit scopeRequested(LedgerScope::smallGrid(id));
    });
    connect(m_view, &CommunityDiagramView::buildingActivated, this,
            &CommunityDiagramPage::buildingRequested);
    setSummary(tr("Double-click a building to see it floor by floor"));
}

void CommunityDiagramPage::setScope(const LedgerScope &scope)
{
    m_scope = scope;
    if (!m_view || !m_document)
        return;
    const QSqlDatabase db = m_document->database().connection();
    m_applyingScope = true;
    if (const qint64 community = PlaceLookup::communityOf(db, scope); community > 0)
        (void)m_view->setCommunity(community);
    if (scope.level() == LedgerScope::Level::SmallGrid)
        m_view->selectSmallGrid(scope.id());
    else if (const qint64 building = PlaceLookup::buildingOf(db, scope); building > 0)
        m_view->selectBuilding(building);
    m_applyingScope = false;
}

void CommunityDiagramPage::refresh()
{
    if (m_viewPending)
        return; // drawn fresh when shown
    if (m_document && (m_document->isEmpty() != (m_view == nullptr)))
        setDocument(m_document); // the ledger went from empty to filled (demo) or back
    else if (m_view)
        (void)m_view->reload();
}

} // namespace gridbook
