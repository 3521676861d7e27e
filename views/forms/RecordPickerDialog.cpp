// SPDX-License-Identifier: MIT
#include "forms/RecordPickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gridbook {

RecordPickerDialog::RecordPickerDialog(QWidget *parent) : QDialog(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_status = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_choose = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 480);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    // Dispatches to the subclass: the timer fires only once construction has finished.
    connect(&m_debounce, &QTimer::timeout, this, &RecordPickerDialog::search);
}

qint64 RecordPickerDialog::chosenId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace gridbook
