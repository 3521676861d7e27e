// SPDX-License-Identifier: MIT
#pragma once

#include "items/LedgerScope.h"

#include <QString>
#include <QWidget>

class QSettings;

namespace gridbook {

class LedgerDocument;
class LedgerScope;
class Notifier;

/**
 * One page of the main window (居民, 户, 党组织与党员, 志愿者与服务队, 网格角色). The main
 * window hands every page the open document and the scope chosen in the navigation tree,
 * and forwards the Edit menu's record actions to the page on show.
 */
class LedgerPage : public QWidget {
    Q_OBJECT
public:
    explicit LedgerPage(Notifier &notifier, QWidget *parent = nullptr);

    /** Stable name for --page, QSettings and tests: "residents", "households", ... */
    virtual QString pageName() const = 0;
    /** Translated title for the page switcher. */
    virtual QString title() const = 0;

    /** The open ledger, or nullptr when none is open. */
    virtual void setDocument(LedgerDocument *document) = 0;
    /** Limits the page to a node of the navigation tree. */
    virtual void setScope(const LedgerScope &scope) = 0;

    virtual void saveSettings(QSettings &settings) const;
    virtual void restoreSettings(QSettings &settings);

    /** Record actions of the Edit menu; a page without such records ignores them. */
    virtual bool canAdd() const { return false; }
    virtual void addRecord() {}
    virtual void editCurrent() {}
    virtual void archiveCurrent() {}
    /** Puts the keyboard in the page's search box. */
    virtual void focusSearch() {}
    /** Re-reads the page's data (after outside changes). */
    virtual void refresh() {}
    /** True while the page is still reading its first screen of rows. */
    virtual bool isLoading() const { return false; }

    /** The one-line summary shown above the table and in the status bar ("共 21,237 人"). */
    QString summary() const { return m_summary; }

signals:
    void summaryChanged(const QString &summary);
    /** Whether edit/archive apply now (a record is selected). */
    void selectionChanged(bool hasCurrent);
    /** The page asks the window to scope every page to `scope` (a click in a diagram). */
    void scopeRequested(const gridbook::LedgerScope &scope);

protected:
    void setSummary(const QString &summary);
    Notifier &notifier() const { return m_notifier; }

private:
    Notifier &m_notifier;
    QString m_summary;
};

} // namespace gridbook
