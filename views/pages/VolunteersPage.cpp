// SPDX-License-Identifier: MIT
#include "pages/VolunteersPage.h"

#include "commands/AssignVolunteerCommand.h"
#include "common/Notifier.h"
#include "document/LedgerDocument.h"
#include "forms/VolunteerDialog.h"
#include "rosters/VolunteerRosterModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLineEdit>
#include <QLocale>
#include <QShowEvent>

namespace gridbook {

VolunteersPage::VolunteersPage(Notifier &notifier, QWidget *parent) : TablePage(notifier, parent)
{
    setObjectName(QStringLiteral("volunteersPage"));
    m_model = new VolunteerRosterModel(this);
    setModel(m_model);

    m_teams = new QListWidget(this);
    m_teams->setObjectName(QStringLiteral("teamList"));
    setSidePanel(m_teams);
    connect(m_teams, &QListWidget::currentRowChanged, this, [this] { reload(); });

    m_skill = new QComboBox(this);
    m_skill->setObjectName(QStringLiteral("skillFilter"));
    filterBar()->addWidget(m_skill);
    filterBar()->addStretch(1);
    connect(m_skill, &QComboBox::currentIndexChanged, this, [this] { reload(); });
}

QString VolunteersPage::title() const
{
    return tr("Volunteers");
}

void VolunteersPage::setDocument(LedgerDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDatabase(document ? document->database().connection() : QSqlDatabase());
    if (m_document) {
        connect(m_document, &LedgerDocument::recordsChanged, this, [this](const QString &table) {
            if (table.startsWith(QLatin1String("volunteer")) || table == QLatin1String("resident") ||
                table == QLatin1String("hours_entry")) {
                fillTeams();
                reload();
            }
        });
        connect(m_document, &LedgerDocument::reloaded, this, &VolunteersPage::refresh);
    }
    refresh();
}

void VolunteersPage::setScope(const LedgerScope &scope)
{
    m_scope = scope;
    reload();
}

void VolunteersPage::refresh()
{
    fillSkills();
    fillTeams();
    reload();
}

qint64 VolunteersPage::currentTeam() const
{
    const QListWidgetItem *item = m_teams->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void VolunteersPage::fillTeams()
{
    const QSignalBlocker block(m_teams);
    const qint64 current = currentTeam();
    m_teams->clear();
    auto *all = new QListWidgetItem(tr("All teams"), m_teams);
    all->setData(Qt::UserRole, 0);
    m_teams->setCurrentItem(all);
    if (!m_document)
        return;
    auto teams = VolunteerRosterModel::teams(m_document->database().connection());
    if (!teams)
        return;
    for (const auto &t : *teams) {
        auto *item = new QListWidgetItem(tr("%1 · %2 people").arg(t.name).arg(t.volunteers), m_teams);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.grid);
        if (t.id == current)
            m_teams->setCurrentItem(item);
    }
}

void VolunteersPage::fillSkills()
{
    const QSignalBlocker block(m_skill);
    const QVariant current = m_skill->currentData();
    m_skill->clear();
    m_skill->addItem(tr("Any skill"), 0);
    if (!m_document)
        return;
    RecordStore::ListOptions options;
    options.orderBy = {{QStringLiteral("sort")}};
    if (auto skills = m_document->store().list(QStringLiteral("skill"), options)) {
        for (const Record &s : *skills)
            m_skill->addItem(s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("id")));
    }
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(current)));
}

void VolunteersPage::reload()
{
    if (!readyToList(m_document))
        return;
    m_model->setScope(m_scope);
    m_model->setSearch(searchEdit()->text());
    m_model->setTeam(currentTeam());
    m_model->setSkill(m_skill->currentData().toLongLong());
    if (Status s = m_model->reload(); !s)
        notifier().error(s.error());
    setCount(tr("%1 volunteers").arg(QLocale().toString(m_model->rowCount())));
}

void VolunteersPage::searchChanged(const QString &)
{
    reload();
}

void VolunteersPage::addRecord()
{
    if (!m_document)
        return;
    VolunteerDialog dialog(*m_document, notifier(), m_scope, this);
    dialog.setTeam(currentTeam());
    dialog.exec();
}

void VolunteersPage::editCurrent()
{
    const int row = currentRow();
    if (!m_document || row < 0)
        return;
    VolunteerDialog dialog(*m_document, notifier(), m_scope, this);
    if (dialog.loadVolunteer(m_model->idAt(row)))
        dialog.exec();
}

void VolunteersPage::rowActivated(int)
{
    editCurrent();
}

void VolunteersPage::archiveCurrent()
{
    const int row = currentRow();
    if (!m_document || row < 0)
        return;
    const QString name = m_model->valueAt(row, QStringLiteral("name")).toString();
    const QString team = m_model->valueAt(row, QStringLiteral("team")).toString();
    if (!notifier().question(tr("Take %1 out of %2?").arg(name, team), false))
        return;
    if (Status s = m_document->push(
            std::make_unique<EndVolunteerCommand>(*m_document, m_model->idAt(row)));
        !s)
        notifier().error(s.error());
}

} // namespace gridbook
