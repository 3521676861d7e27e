// SPDX-License-Identifier: MIT
#include "common/ColumnChooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

namespace gridbook {

ColumnChooser *ColumnChooser::install(QHeaderView *header)
{
    return new ColumnChooser(header);
}

ColumnChooser::ColumnChooser(QHeaderView *header) : QObject(header), m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

void ColumnChooser::showMenu(const QPoint &position)
{
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    QMenu menu(m_header);
    menu.setObjectName(QStringLiteral("columnChooserMenu"));
    int visible = 0;
    for (int section = 0; section < m_header->count(); ++section)
        visible += m_header->isSectionHidden(section) ? 0 : 1;
    for (int logical = 0; logical < m_header->count(); ++logical) {
        const QString title = model->headerData(logical, m_header->orientation()).toString();
        QAction *action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        // The last visible column stays: a table without columns is a dead end.
        action->setEnabled(m_header->isSectionHidden(logical) || visible > 1);
        connect(action, &QAction::toggled, m_header,
                [header = m_header, logical](bool on) { header->setSectionHidden(logical, !on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Show All Columns")), &QAction::triggered, m_header, [this] {
        for (int logical = 0; logical < m_header->count(); ++logical)
            m_header->setSectionHidden(logical, false);
    });
    menu.exec(m_header->mapToGlobal(position));
}

} // namespace gridbook
