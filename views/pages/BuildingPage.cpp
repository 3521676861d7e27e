// SPDX-License-Identifier: MIT
#include "pages/BuildingPage.h"

#include "common/Notifier.h"
#include "diagram/BuildingView.h"
#include "document/LedgerDocument.h"
#include "items/PlaceLookup.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gridbook {

BuildingPage::BuildingPage(Notifier &notifier, QWidget *parent) : LedgerPage(notifier, parent)
{
    setObjectName(QStringLiteral("buildingPage"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("No building is recorded in this ledger yet."), this);
    label->setObjectName(QStringLiteral("buildingEmptyLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    m_empty = label;
    m_layout->addWidget(m_empty);
}

BuildingPage::~BuildingPage() = default;

QString BuildingPage::title() const
{
    return tr("Building");
}

void BuildingPage::setDocument(LedgerDocument *document)
{
    m_document = document;
    delete m_view;
    m_view = nullptr;
    if (!document || document->isEmpty()) {
        m_empty->show();
        setSummary(QString());
        return;
    }
    m_view = new BuildingView(document->database().connection(), 0, &notifier(), this);
    m_view->setObjectName(QStringLiteral("buildingView"));
    m_empty->hide();
    m_layout->addWidget(m_view);
    connect(m_view, &BuildingView::householdActivated, this, &BuildingPage::householdRequested);
    updateSummary();
}

void BuildingPage::setScope(const LedgerScope &scope)
{
    if (!m_view || !m_document)
        return;
    if (const qint64 building = PlaceLookup::buildingOf(m_document->database().connection(), scope);
        building > 0)
        showBuilding(building);
}

void BuildingPage::showBuilding(qint64 buildingId)
{
    if (!m_view || buildingId == m_view->buildingId())
        return;
    if (Status s = m_view->showBuilding(buildingId); !s)
        notifier().error(s.error());
    updateSummary();
}

void BuildingPage::refresh()
{
    if (m_document && (m_document->isEmpty() != (m_view == nullptr)))
        setDocument(m_document);
    else if (m_view)
        (void)m_view->reload();
    updateSummary();
}

void BuildingPage::updateSummary()
{
    setSummary(m_view ? tr("Click a dwelling to open its household") : QString());
}

} // namespace gridbook
