// SPDX-License-Identifier: MIT
#include "pages/GridRolesPage.h"

#include "commands/AssignGridRoleCommand.h"
#include "common/Notifier.h"
#include "document/CodeTables.h"
#include "document/LedgerDocument.h"
#include "forms/GridRoleDialog.h"
#include "rosters/GridRoleRosterModel.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QShowEvent>

namespace gridbook {

GridRolesPage::GridRolesPage(Notifier &notifier, QWidget *parent) : TablePage(notifier, parent)
{
    setObjectName(QStringLiteral("rolesPage"));
    m_model = new GridRoleRosterModel(this);
    setModel(m_model);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    filterBar()->addWidget(m_role);
    filterBar()->addStretch(1);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { reload(); });
}

QString GridRolesPage::title() const
{
    return tr("Grid Roles");
}

void GridRolesPage::setDocument(LedgerDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDatabase(document ? document->database().connection() : QSqlDatabase());
    if (m_document) {
        connect(m_document, &LedgerDocument::recordsChanged, this, [this](const QString &table) {
            if (table == QLatin1String("grid_role") || table == QLatin1String("resident"))
                reload();
        });
        connect(m_document, &LedgerDocument::reloaded, this, &GridRolesPage::refresh);
    }
    refresh();
}

void GridRolesPage::setScope(const LedgerScope &scope)
{
    m_scope = scope;
    reload();
}

void GridRolesPage::refresh()
{
    {
        const QSignalBlocker block(m_role);
        const QVariant current = m_role->currentData();
        m_role->clear();
        m_role->addItem(tr("All roles"), QString());
        if (m_document) {
            if (auto roles = CodeTables::list(m_document->database().connection(),
                                              QStringLiteral("grid_role_code"))) {
                for (const auto &r : *roles)
                    m_role->addItem(r.name, r.code);
            }
        }
        m_role->setCurrentIndex(std::max(0, m_role->findData(current)));
    }
    reload();
}

void GridRolesPage::reload()
{
    if (!readyToList(m_document))
        return;
    m_model->setScope(m_scope);
    m_model->setSearch(searchEdit()->text());
    m_model->setRole(m_role->currentData().toString());
    if (Status s = m_model->reload(); !s)
        notifier().error(s.error());
    setCount(tr("%1 role holders").arg(QLocale().toString(m_model->rowCount())));
}

void GridRolesPage::searchChanged(const QString &)
{
    reload();
}

void GridRolesPage::addRecord()
{
    if (!m_document)
        return;
    GridRoleDialog dialog(*m_document, notifier(), m_scope, this);
    if (!m_role->currentData().toString().isEmpty())
        dialog.setRole(m_role->currentData().toString());
    dialog.exec();
}

void GridRolesPage::archiveCurrent()
{
    const int row = currentRow();
    if (!m_document || row < 0)
        return;
    const QString name = m_model->valueAt(row, QStringLiteral("holder_name")).toString();
    const QString role = m_model->valueAt(row, QStringLiteral("role")).toString();
    if (!notifier().question(tr("%1 is no longer %2 from today?").arg(name, role), false))
        return;
    if (Status s = m_document->push(std::make_unique<EndGridRoleCommand>(
            *m_document, m_model->idAt(row), QDate::currentDate().toString(Qt::ISODate)));
        !s)
        notifier().error(s.error());
}

} // namespace gridbook
