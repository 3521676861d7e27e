// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QHeaderView;

namespace gridbook {

/**
 * The column chooser of a table: the header's context menu lists every column with a check
 * box to show or hide it (the last visible one cannot be hidden), and "Show all columns".
 * Which columns show, their widths and order are kept with QHeaderView::saveState().
 */
class ColumnChooser : public QObject {
    Q_OBJECT
public:
    /** Installs the chooser on `header`; it is owned by the header. */
    static ColumnChooser *install(QHeaderView *header);

private:
    explicit ColumnChooser(QHeaderView *header);
    void showMenu(const QPoint &position);

    QHeaderView *m_header;
};

} // namespace gridbook
