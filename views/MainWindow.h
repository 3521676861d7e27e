// SPDX-License-Identifier: MIT
#pragma once

#include "common/DialogNotifier.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace gridbook {

class LedgerDocument;
class LedgerPage;
class LedgerScope;
class NavigationTreeModel;
class Notifier;

/**
 * The desktop ledger's window: the navigation tree on the left (community → big grid →
 * small grid → compound → building → unit), which scopes every page; the pages in the
 * middle; menus, a toolbar and the status bar. It owns the open LedgerDocument, and with it
 * the undo stack of that ledger.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /** `notifier` answers questions and shows errors; the default uses message boxes. */
    explicit MainWindow(Notifier *notifier = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Shows `document` (replacing the open one) and remembers its file as the last one. */
    void setDocument(std::unique_ptr<LedgerDocument> document);
    LedgerDocument *document() const { return m_document.get(); }

    /** Scopes every page to a node of the navigation tree, and remembers it. */
    void setScope(const LedgerScope &scope);
    LedgerScope scope() const;

    /** Shows the page named `name` ("residents", "households", "party", "volunteers", "roles"). */
    bool showPage(const QString &name);
    LedgerPage *page(const QString &name) const;
    LedgerPage *currentPage() const;
    QStringList pageNames() const;

    /** The settings key under which the last opened ledger is remembered. */
    static QString lastFileKey();

    Notifier &notifier() const { return *m_notifier; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void createNavigation();
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void updateActions();
    void pageChanged(int index);
    void restoreScope();
    /** Selects `scope` in the navigation tree (which scopes the pages), for clicks in maps. */
    void requestScope(const LedgerScope &scope);
    void openHousehold(qint64 householdId);
    /** Report options, then print preview, for a ReportRequest::Kind. */
    void printReport(int kind);
    /** File ▸ Import… and Export… (spreadsheets, issue 6), added to `file`. */
    void addSpreadsheetActions(QMenu *file);

    void newLedger();
    void openLedger();
    void openFile(const QString &path);
    void fillInDemo();
    void about();
    /** Asks pages with unsaved forms to save or drop them; false if the user cancelled. */
    bool closeForms();

    DialogNotifier m_dialogNotifier;
    Notifier *m_notifier = nullptr;
    std::unique_ptr<LedgerDocument> m_document;
    std::unique_ptr<LedgerScope> m_scope;

    QStackedWidget *m_pages = nullptr;
    QList<LedgerPage *> m_pageList;
    QDockWidget *m_navigationDock = nullptr;
    QTreeView *m_navigation = nullptr;
    NavigationTreeModel *m_navigationModel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_fileLabel = nullptr;

    QAction *m_newLedger = nullptr;
    QAction *m_openLedger = nullptr;
    QAction *m_fillDemo = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addRecord = nullptr;
    QAction *m_editRecord = nullptr;
    QAction *m_archiveRecord = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_printRoster = nullptr;
    QAction *m_printContactBook = nullptr;
    QAction *m_printHouseholdFile = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QActionGroup *m_pageActions = nullptr;
};

} // namespace gridbook
