// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "common/HeapMemory.h"
#include "common/Notifier.h"
#include "document/LedgerDocument.h"
#include "forms/HouseholdForm.h"
#include "forms/ResidentForm.h"
#include "io/ExportDialog.h"
#include "io/ImportWizard.h"
#include "items/LedgerScope.h"
#include "items/NavigationTreeModel.h"
#include "pages/BuildingPage.h"
#include "pages/CommunityDiagramPage.h"
#include "pages/GridRolesPage.h"
#include "pages/HouseholdsPage.h"
#include "pages/LedgerPage.h"
#include "pages/PartyPage.h"
#include "pages/ResidentsPage.h"
#include "pages/VolunteersPage.h"
#include "reports/ReportOptionsDialog.h"
#include "reports/ReportPreviewDialog.h"
#include "reports/ReportScope.h"
#include "startup/DemoCommunityRunner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace gridbook {

MainWindow::MainWindow(Notifier *notifier, QWidget *parent)
    : QMainWindow(parent), m_dialogNotifier(this),
      m_notifier(notifier ? notifier : &m_dialogNotifier), m_scope(std::make_unique<LedgerScope>())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_dialogNotifier.setStatusSink(
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    setCentralWidget(m_pages);

    createActions();
    createNavigation();
    createPages();
    createMenus();

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_fileLabel);

    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::pageChanged);
    readSettings();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Forms, pages and the navigation hold models on the document's connection: they go
    // before the document.
    for (LedgerPage *page : std::as_const(m_pageList))
        page->setDocument(nullptr);
    m_navigation->setModel(nullptr);
    delete m_navigationModel;
}

QString MainWindow::lastFileKey()
{
    return QStringLiteral("ledger/lastFile");
}

void MainWindow::createActions()
{
    m_newLedger = new QAction(tr("&New Ledger…"), this);
    m_newLedger->setShortcut(QKeySequence::New);
    m_newLedger->setStatusTip(tr("Create a new, empty ledger file"));
    connect(m_newLedger, &QAction::triggered, this, &MainWindow::newLedger);

    m_openLedger = new QAction(tr("&Open Ledger…"), this);
    m_openLedger->setShortcut(QKeySequence::Open);
    m_openLedger->setStatusTip(tr("Open another ledger file"));
    connect(m_openLedger, &QAction::triggered, this, &MainWindow::openLedger);

    m_fillDemo = new QAction(tr("Fill In &Demo Community…"), this);
    m_fillDemo->setStatusTip(tr("Fill this empty ledger with the demo community 和济社区"));
    connect(m_fillDemo, &QAction::triggered, this, &MainWindow::fillInDemo);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(QKeySequence::Redo);
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    m_addRecord = new QAction(tr("&Add…"), this);
    m_addRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_addRecord, &QAction::triggered, this, [this] {
        if (LedgerPage *page = currentPage())
            page->addRecord();
    });
    m_editRecord = new QAction(tr("&Edit…"), this);
    m_editRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editRecord, &QAction::triggered, this, [this] {
        if (LedgerPage *page = currentPage())
            page->editCurrent();
    });
    m_archiveRecord = new QAction(tr("A&rchive…"), this);
    m_archiveRecord->setShortcut(QKeySequence::Delete);
    m_archiveRecord->setStatusTip(tr("Archive the selected record: it is kept, marked as moved "
                                     "out or ended, and can be restored"));
    connect(m_archiveRecord, &QAction::triggered, this, [this] {
        if (LedgerPage *page = currentPage())
            page->archiveCurrent();
    });
    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (LedgerPage *page = currentPage())
            page->focusSearch();
    });

    m_refresh = new QAction(tr("Re&fresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, [this] {
        for (LedgerPage *page : std::as_const(m_pageList))
            page->refresh();
    });

    m_about = new QAction(tr("&About Gridbook"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_printRoster = new QAction(tr("&Roster (花名册)…"), this);
    m_printRoster->setObjectName(QStringLiteral("printRosterAction"));
    m_printRoster->setShortcut(QKeySequence::Print);
    m_printRoster->setStatusTip(tr("Print or save as PDF a roster of the selected scope"));
    connect(m_printRoster, &QAction::triggered, this,
            [this] { printReport(int(ReportRequest::Kind::Roster)); });
    m_printContactBook = new QAction(tr("&Contact Book (联系册)…"), this);
    m_printContactBook->setObjectName(QStringLiteral("printContactBookAction"));
    m_printContactBook->setStatusTip(
        tr("Print the households a grid leader or assistant looks after, with visit columns"));
    connect(m_printContactBook, &QAction::triggered, this,
            [this] { printReport(int(ReportRequest::Kind::ContactBook)); });
    m_printHouseholdFile = new QAction(tr("&Household Files (一户一档)…"), this);
    m_printHouseholdFile->setObjectName(QStringLiteral("printHouseholdFileAction"));
    m_printHouseholdFile->setStatusTip(tr("Print one file per household of the selected scope"));
    connect(m_printHouseholdFile, &QAction::triggered, this,
            [this] { printReport(int(ReportRequest::Kind::HouseholdFile)); });

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
}

void MainWindow::createNavigation()
{
    m_navigationDock = new QDockWidget(tr("Navigation"), this);
    m_navigationDock->setObjectName(QStringLiteral("navigationDock"));
    m_navigationDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_navigation = new QTreeView(m_navigationDock);
    m_navigation->setObjectName(QStringLiteral("navigationTree"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setUniformRowHeights(true);
    m_navigationDock->setWidget(m_navigation);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigationDock);
}

void MainWindow::createPages()
{
    m_pageList << new ResidentsPage(*m_notifier, m_pages)
               << new HouseholdsPage(*m_notifier, m_pages) << new PartyPage(*m_notifier, m_pages)
               << new VolunteersPage(*m_notifier, m_pages) << new GridRolesPage(*m_notifier, m_pages);
    auto *diagram = new CommunityDiagramPage(*m_notifier, m_pages);
    auto *building = new BuildingPage(*m_notifier, m_pages);
    m_pageList << diagram << building;
    // A double-click on a building in the map shows it floor by floor; a click on a dwelling
    // opens its household.
    connect(diagram, &CommunityDiagramPage::buildingRequested, this, [this, building](qint64 id) {
        requestScope(LedgerScope::building(id));
        building->showBuilding(id);
        m_pages->setCurrentWidget(building);
    });
    connect(building, &BuildingPage::householdRequested, this, &MainWindow::openHousehold);
    int index = 0;
    for (LedgerPage *page : std::as_const(m_pageList)) {
        m_pages->addWidget(page);
        QAction *show = new QAction(page->title(), m_pageActions);
        show->setCheckable(true);
        show->setData(page->pageName());
        if (index < 9)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(show, &QAction::triggered, this, [this, page] { m_pages->setCurrentWidget(page); });
        connect(page, &LedgerPage::summaryChanged, this, [this, page](const QString &summary) {
            if (page == currentPage())
                m_summaryLabel->setText(summary);
        });
        connect(page, &LedgerPage::selectionChanged, this, &MainWindow::updateActions);
        connect(page, &LedgerPage::scopeRequested, this, &MainWindow::requestScope);
        ++index;
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newLedger);
    file->addAction(m_openLedger);
    file->addSeparator();
    addSpreadsheetActions(file);
    file->addSeparator();
    file->addAction(m_fillDemo);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_addRecord);
    edit->addAction(m_editRecord);
    edit->addAction(m_archiveRecord);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions->actions());
    view->addSeparator();
    view->addAction(m_navigationDock->toggleViewAction());
    view->addAction(m_refresh);

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    reports->addAction(m_printRoster);
    reports->addAction(m_printContactBook);
    reports->addAction(m_printHouseholdFile);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);

    QToolBar *pagesBar = addToolBar(tr("Pages"));
    pagesBar->setObjectName(QStringLiteral("pagesToolBar"));
    pagesBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    pagesBar->addActions(m_pageActions->actions());
    QToolBar *editBar = addToolBar(tr("Edit"));
    editBar->setObjectName(QStringLiteral("editToolBar"));
    editBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    editBar->addAction(m_addRecord);
    editBar->addAction(m_editRecord);
    editBar->addAction(m_archiveRecord);
    editBar->addSeparator();
    editBar->addAction(m_undo);
    editBar->addAction(m_redo);
    view->addSeparator();
    view->addAction(pagesBar->toggleViewAction());
    view->addAction(editBar->toggleViewAction());
}

void MainWindow::setDocument(std::unique_ptr<LedgerDocument> document)
{
    for (LedgerPage *page : std::as_const(m_pageList))
        page->setDocument(nullptr);
    m_navigation->setModel(nullptr);
    delete m_navigationModel;
    m_navigationModel = nullptr;
    *m_scope = LedgerScope();
    m_document = std::move(document);
    if (m_document) {
        QUndoStack *stack = m_document->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
        connect(m_document.get(), &LedgerDocument::commandFailed, this,
                [this](const Error &error) { m_notifier->error(error); });
        if (m_document->path() != QLatin1String(":memory:"))
            QSettings().setValue(lastFileKey(), QFileInfo(m_document->path()).absoluteFilePath());
    }
    for (LedgerPage *page : std::as_const(m_pageList))
        page->setDocument(m_document.get());
    if (m_document) {
        m_navigationModel = new NavigationTreeModel(m_document->database().connection(), this);
        m_navigation->setModel(m_navigationModel);
        connect(m_navigationModel, &NavigationTreeModel::loadFailed, this,
                [this](const QString &message, const QString &details) {
                    m_notifier->error(Error{message, {}, details, {}, {}});
                });
        connect(m_navigation->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    setScope(m_navigationModel->scopeAt(current));
                });
        connect(m_document.get(), &LedgerDocument::reloaded, m_navigationModel,
                &NavigationTreeModel::reload);
        restoreScope();
    }
    updateTitle();
    updateActions();
}

void MainWindow::restoreScope()
{
    // The last scope belongs to the last file: ids mean nothing in another ledger.
    QSettings settings;
    LedgerScope scope;
    if (settings.value(QStringLiteral("ledger/scopeFile")).toString() == m_document->path()) {
        if (auto saved = LedgerScope::fromString(
                settings.value(QStringLiteral("ledger/scope")).toString()))
            scope = *saved;
    }
    QModelIndex index = m_navigationModel->indexOf(scope);
    if (!index.isValid())
        index = m_navigationModel->index(0, 0);
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_navigation->expand(parent);
    m_navigation->expand(m_navigationModel->index(0, 0));
    if (index.isValid()) {
        m_navigation->setCurrentIndex(index);
        m_navigation->scrollTo(index);
    } else {
        setScope(LedgerScope());
    }
}

void MainWindow::setScope(const LedgerScope &scope)
{
    *m_scope = scope;
    for (LedgerPage *page : std::as_const(m_pageList))
        page->setScope(scope);
    QSettings settings;
    settings.setValue(QStringLiteral("ledger/scope"), scope.toString());
    settings.setValue(QStringLiteral("ledger/scopeFile"),
                      m_document ? m_document->path() : QString());
}

LedgerScope MainWindow::scope() const
{
    return *m_scope;
}

bool MainWindow::showPage(const QString &name)
{
    if (LedgerPage *p = page(name)) {
        m_pages->setCurrentWidget(p);
        return true;
    }
    return false;
}

LedgerPage *MainWindow::page(const QString &name) const
{
    for (LedgerPage *page : m_pageList) {
        if (page->pageName() == name)
            return page;
    }
    return nullptr;
}

LedgerPage *MainWindow::currentPage() const
{
    return qobject_cast<LedgerPage *>(m_pages->currentWidget());
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (LedgerPage *page : m_pageList)
        names << page->pageName();
    return names;
}

void MainWindow::pageChanged(int)
{
    LedgerPage *page = currentPage();
    for (QAction *action : m_pageActions->actions())
        action->setChecked(page && action->data().toString() == page->pageName());
    m_summaryLabel->setText(page ? page->summary() : QString());
    updateActions();
}

void MainWindow::updateTitle()
{
    if (m_document) {
        setWindowFilePath(m_document->path());
        setWindowTitle(tr("%1 — Gridbook").arg(m_document->displayName()));
        m_fileLabel->setText(QDir::toNativeSeparators(m_document->path()));
    } else {
        setWindowTitle(tr("Gridbook"));
        m_fileLabel->clear();
    }
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    QUndoStack *stack = open ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                              : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                              : tr("&Redo"));
    m_fillDemo->setEnabled(writable && m_document->isEmpty());
    LedgerPage *page = currentPage();
    m_addRecord->setEnabled(writable && page && page->canAdd());
    m_editRecord->setEnabled(writable && page && page->canAdd());
    m_archiveRecord->setEnabled(writable && page && page->canAdd());
    m_find->setEnabled(page != nullptr);
    const bool filled = open && !m_document->isEmpty();
    m_printRoster->setEnabled(filled);
    m_printContactBook->setEnabled(filled);
    m_printHouseholdFile->setEnabled(filled);
}

void MainWindow::requestScope(const LedgerScope &scope)
{
    if (!m_navigationModel || scope == *m_scope)
        return;
    const QModelIndex index = m_navigationModel->indexOf(scope);
    if (!index.isValid()) {
        setScope(scope); // a place the tree does not show (a building in no grid)
        return;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_navigation->expand(parent);
    m_navigation->setCurrentIndex(index); // setScope() follows through currentChanged
    m_navigation->scrollTo(index);
}

void MainWindow::openHousehold(qint64 householdId)
{
    if (auto *households = qobject_cast<HouseholdsPage *>(page(QStringLiteral("households"))))
        if (HouseholdForm *form = households->openHousehold(householdId))
            form->show();
}

void MainWindow::printReport(int kind)
{
    if (!m_document || m_document->isEmpty())
        return;
    const QSqlDatabase db = m_document->database().connection();
    ReportRequest initial;
    initial.kind = ReportRequest::Kind(kind);
    ReportOptionsDialog options(db, initial, this);
    // The navigation tree's scope, as the report names it.
    using L = LedgerScope::Level;
    using K = ReportScope::Kind;
    std::optional<K> kindOfScope;
    switch (m_scope->level()) {
    case L::Everything: break;
    case L::Community: kindOfScope = K::Community; break;
    case L::BigGrid: kindOfScope = K::BigGrid; break;
    case L::SmallGrid: kindOfScope = K::SmallGrid; break;
    case L::Compound: kindOfScope = K::Compound; break;
    case L::Building: kindOfScope = K::Building; break;
    case L::Unit: kindOfScope = K::Unit; break;
    }
    if (kindOfScope) {
        if (auto scope = ReportScope::fromId(db, *kindOfScope, m_scope->id()))
            options.setScope(*scope);
    }
    if (options.exec() != QDialog::Accepted)
        return;
    ReportPreviewDialog(m_document->path(), options.request(), *m_notifier, this).exec();
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    for (LedgerPage *page : std::as_const(m_pageList)) {
        settings.beginGroup(QStringLiteral("pages/") + page->pageName());
        page->restoreSettings(settings);
        settings.endGroup();
    }
    showPage(settings.value(QStringLiteral("mainWindow/page")).toString());
    pageChanged(m_pages->currentIndex());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (LedgerPage *page = currentPage())
        settings.setValue(QStringLiteral("mainWindow/page"), page->pageName());
    for (LedgerPage *page : m_pageList) {
        settings.beginGroup(QStringLiteral("pages/") + page->pageName());
        page->saveSettings(settings);
        settings.endGroup();
    }
}

bool MainWindow::closeForms()
{
    // Open forms ask about their unsaved changes; one "cancel" keeps everything open.
    const auto residentForms = findChildren<ResidentForm *>();
    for (ResidentForm *form : residentForms) {
        if (form->isVisible() && !form->close())
            return false;
    }
    const auto householdForms = findChildren<HouseholdForm *>();
    for (HouseholdForm *form : householdForms) {
        if (form->isVisible() && !form->close())
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeForms()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::newLedger()
{
    if (!closeForms())
        return;
    const QString dir =
        m_document ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Ledger"), dir,
                                                tr("Gridbook ledgers (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        m_notifier->warning(tr("%1 already exists. Choose a new file name, or open it with "
                               "File › Open Ledger.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFile(path);
}

void MainWindow::openLedger()
{
    if (!closeForms())
        return;
    const QString dir =
        m_document ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Ledger"), dir, tr("Gridbook ledgers (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    auto document = LedgerDocument::open(path);
    if (!document) {
        m_notifier->error(document.error());
        return;
    }
    setDocument(std::move(document).value());
    m_notifier->inform(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::fillInDemo()
{
    if (!m_document || !m_document->isEmpty())
        return;
    auto summary = DemoCommunityRunner::run(this, m_document->path(), *m_notifier);
    if (!summary) {
        m_notifier->error(summary.error());
        return;
    }
    m_document->reload();
    for (LedgerPage *page : std::as_const(m_pageList))
        page->refresh();
    updateActions();
    m_notifier->inform(
        tr("The demo community is ready: %1 households, %2 residents.")
            .arg(QLocale().toString(summary->households), QLocale().toString(summary->residents)));
}

void MainWindow::addSpreadsheetActions(QMenu *file)
{
    auto *importAction = file->addAction(tr("&Import…"));
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setStatusTip(tr("Import residents and households from an Excel or CSV file"));
    connect(importAction, &QAction::triggered, this, [this] {
        if (!m_document || !closeForms())
            return;
        {
            ImportWizard wizard(m_document->path(), *m_notifier, this);
            connect(&wizard, &ImportWizard::imported, this, [this](const ImportSummary &summary) {
                // Written on the wizard's own connection, outside the undo stack.
                m_document->reload();
                for (LedgerPage *page : std::as_const(m_pageList))
                    page->refresh();
                updateActions();
                m_notifier->inform(tr("Imported %1 residents, updated %2.")
                                       .arg(QLocale().toString(summary.inserted),
                                            QLocale().toString(summary.updated)));
            });
            wizard.exec();
        }
        // The wizard's sheet and checked rows are freed now; give their pages back.
        releaseFreedMemory();
    });

    auto *exportAction = file->addAction(tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setStatusTip(tr("Export the current table to an Excel or CSV file"));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        ExportDialog dialog(m_document->path(), *m_notifier, this);
        // The current page's table and the navigation tree's scope (a unit exports its
        // building; a compound seen through a grid, the whole compound).
        static const QHash<QString, ExportTable> tables = {
            {QStringLiteral("residents"), ExportTable::Residents},
            {QStringLiteral("households"), ExportTable::Households},
            {QStringLiteral("party"), ExportTable::PartyMembers},
            {QStringLiteral("volunteers"), ExportTable::Volunteers},
            {QStringLiteral("roles"), ExportTable::GridRoles}};
        if (LedgerPage *page = currentPage(); page && tables.contains(page->pageName()))
            dialog.setTables({tables.value(page->pageName())});
        dialog.setScope(*m_scope, m_document->database().connection());
        connect(&dialog, &ExportDialog::exported, this, [this](const QString &path) {
            m_notifier->inform(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        });
        dialog.exec();
    });
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Gridbook"),
        tr("<h3>Gridbook %1</h3><p>The community grid ledger (网格台账): compounds, buildings "
           "and dwellings, grids and the people who look after them, households and residents, "
           "Party members and volunteers, in one file on your own computer.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace gridbook
