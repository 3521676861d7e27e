// SPDX-License-Identifier: MIT
#pragma once

#include "pages/LedgerPage.h"

class QVBoxLayout;

namespace gridbook {

class CommunityDiagramView;

/**
 * The community diagram (网格图) as a page of the main window. The navigation tree's scope
 * picks the community and selects its grid or building in the drawing; selecting a grid or a
 * building in the drawing scopes the other pages (scopeRequested), and double-clicking a
 * building opens it on the building page (buildingRequested). A hidden page draws nothing
 * until it is shown.
 */
class CommunityDiagramPage : public LedgerPage {
    Q_OBJECT
public:
    explicit CommunityDiagramPage(Notifier &notifier, QWidget *parent = nullptr);
    ~CommunityDiagramPage() override;

    QString pageName() const override { return QStringLiteral("diagram"); }
    QString title() const override;
    void setDocument(LedgerDocument *document) override;
    void setScope(const LedgerScope &scope) override;
    void refresh() override;

    CommunityDiagramView *view() const { return m_view; }

signals:
    void buildingRequested(qint64 buildingId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showEmpty();
    void createView();

    LedgerDocument *m_document = nullptr;
    CommunityDiagramView *m_view = nullptr;
    QWidget *m_empty = nullptr;
    QVBoxLayout *m_layout = nullptr;
    bool m_applyingScope = false;
    /** The drawing is made when the page is first shown: a street office's map is thousands of
     *  buildings, which an opening window that shows the residents does not need. */
    bool m_viewPending = false;
    LedgerScope m_scope;
};

} // namespace gridbook
