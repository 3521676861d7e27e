// SPDX-License-Identifier: MIT
#pragma once

#include "pages/LedgerPage.h"

#include <QTimer>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace gridbook {

class LedgerDocument;

/**
 * A page built around one table: a search box that filters as you type (debounced, so a
 * burst of keys makes one query), a row of filter widgets, the count ("共 21,237 人"), the
 * table with its column chooser, and room beside and below it for a page's own panels. An
 * empty ledger shows what to do instead of an empty table.
 */
class TablePage : public LedgerPage {
    Q_OBJECT
public:
    explicit TablePage(Notifier &notifier, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }

    void focusSearch() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

    /** How long typing must pause before the search runs. */
    static constexpr int kSearchDelayMs = 200;

protected:
    /** The row above the table for the page's filter widgets. */
    QHBoxLayout *filterBar() const { return m_filterBar; }
    /** Adds a panel left of the table (team list, organisation tree). */
    void setSidePanel(QWidget *panel);
    /** Adds a panel under the table (a member's points and hours). */
    void setBottomPanel(QWidget *panel);
    /**
     * Shows `model` in the table; the page keeps ownership. The column layout the user left
     * (QSettings) comes back; without one, `hiddenByDefault` columns start hidden.
     */
    void setModel(QAbstractItemModel *model, const QList<int> &hiddenByDefault = {});
    /** The count line above the table; also the page's summary for the status bar. */
    void setCount(const QString &text);
    /** Shows `text` instead of the table (an empty ledger), or the table again if empty. */
    void showPlaceholder(const QString &text);
    /** The search text after the typing paused (or Enter); run the search. */
    virtual void searchChanged(const QString &text) = 0;
    /** A row was activated (double click, Enter): usually opens its form. */
    virtual void rowActivated(int row) { Q_UNUSED(row) }
    /** The table's current row, or -1. */
    int currentRow() const;

    /**
     * Whether the page should read its list now. A hidden page reads nothing: a street
     * office's lists are tens of thousands of rows, and every scope change would read them
     * again while the user looks at another page; its list is read when it is next shown
     * (listWhenShown()). Without a ledger, or with an empty one, the table gives way to what
     * to do: `emptyText`, or by default the demo community and the Households page.
     */
    bool readyToList(const LedgerDocument *document, const QString &emptyText = QString());
    /** True while the list waits for the page to be shown. */
    bool listWaits() const { return m_listWaits; }
    /** Reads the list of a page whose list waited; called when the page is shown. */
    virtual void listWhenShown() {}
    void showEvent(QShowEvent *event) override;

private:
    QLineEdit *m_search = nullptr;
    QHBoxLayout *m_filterBar = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_horizontal = nullptr;
    QSplitter *m_vertical = nullptr;
    QTimer m_debounce;
    QByteArray m_headerState; ///< restored before the model came
    bool m_columnsFitted = false; ///< default widths taken from the first screen of rows
    bool m_listWaits = false;     ///< readyToList() found the page hidden
    void fitColumnsOnce();
};

} // namespace gridbook
