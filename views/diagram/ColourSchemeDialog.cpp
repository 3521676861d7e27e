// SPDX-License-Identifier: MIT
#include "diagram/ColourSchemeDialog.h"

#include "db/TransactionGuard.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridbook {

ColourSchemeDialog::ColourSchemeDialog(QSqlDatabase db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("colourSchemeDialog"));
    setWindowTitle(tr("Household colours"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(
        tr("Rules are tried by priority (smallest first); the first that matches colours the "
           "household. Parameter: for \"All members elderly\" the age (default 60); for \"Has a "
           "care category\" the category codes separated by commas (empty: any care "
           "category); for \"Residence type\" the type codes."),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("ruleTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Colour"), tr("Rule"), tr("Parameter"), tr("Priority")});
    m_table->horizontalHeader()->setSectionResizeMode(ParameterColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColourSchemeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColourSchemeDialog::reject);
    layout->addWidget(buttons);
    resize(760, 320);
    fill();
}

void ColourSchemeDialog::fill()
{
    auto scheme = HouseholdColourScheme::load(m_db);
    if (!scheme)
        return;
    m_scheme = std::move(scheme).value();
    const auto &rules = m_scheme.rules();
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const auto &rule = rules[row];
        m_table->setItem(row, NameColumn, new QTableWidgetItem(rule.name));
        auto *colour = new QPushButton(rule.colour.name(), m_table);
        colour->setObjectName(QStringLiteral("colourButton%1").arg(row));
        colour->setStyleSheet(QStringLiteral("background: %1").arg(rule.colour.name()));
        colour->setProperty("colour", rule.colour);
        connect(colour, &QPushButton::clicked, this, [this, row] { pickColour(row); });
        m_table->setCellWidget(row, ColourColumn, colour);
        auto *kind = new QComboBox(m_table);
        for (const QString &k : HouseholdColourScheme::kinds())
            kind->addItem(HouseholdColourScheme::kindName(k), k);
        kind->setCurrentIndex(kind->findData(rule.kind));
        m_table->setCellWidget(row, KindColumn, kind);
        m_table->setItem(row, ParameterColumn, new QTableWidgetItem(rule.parameter));
        auto *priority = new QSpinBox(m_table);
        priority->setRange(0, 999);
        priority->setValue(rule.priority);
        m_table->setCellWidget(row, PriorityColumn, priority);
    }
    m_table->resizeColumnsToContents();
}

void ColourSchemeDialog::pickColour(int row)
{
    auto *button = qobject_cast<QPushButton *>(m_table->cellWidget(row, ColourColumn));
    if (!button)
        return;
    const QColor colour =
        QColorDialog::getColor(button->property("colour").value<QColor>(), this, tr("Colour"));
    if (!colour.isValid())
        return;
    button->setProperty("colour", colour);
    button->setText(colour.name());
    button->setStyleSheet(QStringLiteral("background: %1").arg(colour.name()));
}

bool ColourSchemeDialog::save()
{
    TransactionGuard tx(m_db, QStringLiteral("change colour scheme"));
    Status s = tx.ok() ? Status() : Status(tx.error());
    const auto &rules = m_scheme.rules();
    for (int row = 0; s && row < rules.size(); ++row) {
        HouseholdColourScheme::Rule rule = rules[row];
        rule.name = m_table->item(row, NameColumn)->text();
        if (auto *b = qobject_cast<QPushButton *>(m_table->cellWidget(row, ColourColumn)))
            rule.colour = b->property("colour").value<QColor>();
        if (auto *k = qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn)))
            rule.kind = k->currentData().toString();
        rule.parameter = m_table->item(row, ParameterColumn)->text();
        if (auto *p = qobject_cast<QSpinBox *>(m_table->cellWidget(row, PriorityColumn)))
            rule.priority = p->value();
        s = HouseholdColourScheme::updateRule(m_db, rule);
    }
    if (s)
        s = tx.commit();
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return false;
    }
    return true;
}

void ColourSchemeDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gridbook
