// SPDX-License-Identifier: MIT
#include "pages/TablePage.h"

#include "common/ColumnChooser.h"
#include "document/LedgerDocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gridbook {

TablePage::TablePage(Notifier &notifier, QWidget *parent) : LedgerPage(notifier, parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: name, pinyin initials (zsf), ID number, phone, address"));
    m_search->setMinimumWidth(320);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);

    m_filterBar = new QHBoxLayout;
    m_filterBar->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addLayout(m_filterBar, 5);
    top->addWidget(m_count, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    ColumnChooser::install(m_table->horizontalHeader());
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { rowActivated(index.row()); });

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(40);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_placeholder);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("verticalSplitter"));
    m_vertical->addWidget(m_stack);
    m_vertical->setChildrenCollapsible(false);
    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->setObjectName(QStringLiteral("horizontalSplitter"));
    m_horizontal->addWidget(m_vertical);
    m_horizontal->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_horizontal, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { searchChanged(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        searchChanged(m_search->text());
    });
}

void TablePage::setSidePanel(QWidget *panel)
{
    m_horizontal->insertWidget(0, panel);
    m_horizontal->setStretchFactor(0, 0);
    m_horizontal->setStretchFactor(1, 1);
    m_horizontal->setSizes({240, 1000});
}

void TablePage::setBottomPanel(QWidget *panel)
{
    m_vertical->addWidget(panel);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 1);
}

void TablePage::setModel(QAbstractItemModel *model, const QList<int> &hiddenByDefault)
{
    m_table->setModel(model);
    QHeaderView *header = m_table->horizontalHeader();
    if (m_headerState.isEmpty() || !header->restoreState(m_headerState)) {
        for (int column : hiddenByDefault)
            header->setSectionHidden(column, true);
        // The model's own order (by address) is no column's: show no indicator for it.
        header->setSortIndicator(-1, Qt::AscendingOrder);
        // No widths saved yet: fit the columns to the first screen of rows once it is read
        // (the model reads pages lazily, so the first rows arrive after the reset).
        m_columnsFitted = false;
        const auto fit = [this] { QTimer::singleShot(0, this, &TablePage::fitColumnsOnce); };
        connect(model, &QAbstractItemModel::modelReset, this, fit);
        connect(model, &QAbstractItemModel::dataChanged, this, fit);
        connect(model, &QAbstractItemModel::rowsInserted, this, fit);
        fit();
    } else {
        m_columnsFitted = true;
    }
    // The model sorts in SQL; its default order (by address) shows no indicator.
    if (!m_headerState.isEmpty() && header->sortIndicatorSection() >= 0 &&
        header->sortIndicatorSection() < header->count())
        model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit selectionChanged(current.isValid()); });
}

void TablePage::fitColumnsOnce()
{
    QAbstractItemModel *model = m_table->model();
    if (m_columnsFitted || !model || model->rowCount() == 0)
        return;
    // Rows not read yet have no text; wait for the page that brings them.
    if (!model->index(0, 0).data().isValid())
        return;
    m_columnsFitted = true;
    QHeaderView *header = m_table->horizontalHeader();
    const int widest = qMax(200, m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        m_table->resizeColumnToContents(column);
        header->resizeSection(column, qMin(header->sectionSize(column) + 8, widest));
    }
}

void TablePage::setCount(const QString &text)
{
    m_count->setText(text);
    setSummary(text);
}

void TablePage::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_table) : m_placeholder);
}

int TablePage::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

bool TablePage::readyToList(const LedgerDocument *document, const QString &emptyText)
{
    m_listWaits = !isVisible();
    if (m_listWaits)
        return false;
    if (!document) {
        showPlaceholder(tr("No ledger is open."));
        setCount(QString());
        return false;
    }
    if (document->isEmpty()) {
        showPlaceholder(!emptyText.isEmpty()
                            ? emptyText
                            : tr("This ledger is empty.\n\nUse File › Fill In Demo Community… to "
                                 "try Gridbook out, or start entering households on the "
                                 "Households page."));
        setCount(QString());
        return false;
    }
    showPlaceholder(QString());
    return true;
}

void TablePage::showEvent(QShowEvent *event)
{
    LedgerPage::showEvent(event);
    if (m_listWaits)
        listWhenShown();
}

void TablePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void TablePage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_table->model()
                                                    ? m_table->horizontalHeader()->saveState()
                                                    : m_headerState);
    settings.setValue(QStringLiteral("horizontalSplitter"), m_horizontal->saveState());
    settings.setValue(QStringLiteral("verticalSplitter"), m_vertical->saveState());
}

void TablePage::restoreSettings(QSettings &settings)
{
    m_headerState = settings.value(QStringLiteral("header")).toByteArray();
    if (m_table->model())
        m_table->horizontalHeader()->restoreState(m_headerState);
    m_horizontal->restoreState(settings.value(QStringLiteral("horizontalSplitter")).toByteArray());
    m_vertical->restoreState(settings.value(QStringLiteral("verticalSplitter")).toByteArray());
}

} // namespace gridbook
