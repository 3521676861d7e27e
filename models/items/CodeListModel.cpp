// SPDX-License-Identifier: MIT
#include "items/CodeListModel.h"

#include "db/SqlErrors.h"

#include <QSqlQuery>

namespace gridbook {

namespace {

/** Columns of every list: name, code, group, sensitive. */
QString listSql(CodeListModel::List list)
{
    using L = CodeListModel::List;
    switch (list) {
    case L::Sex:
        return QStringLiteral("SELECT name, code, '', 0 FROM sex_code ORDER BY sort, code");
    case L::Relation:
        return QStringLiteral("SELECT name, code, '', 0 FROM relation_code ORDER BY sort, code");
    case L::Ethnicity:
        return QStringLiteral("SELECT name, code, '', 0 FROM ethnicity_code ORDER BY sort, code");
    case L::PoliticalStatus:
        return QStringLiteral("SELECT ifnull(short_name, name), code, '', 0 FROM "
                              "political_status_code ORDER BY sort, code");
    case L::ResidenceType:
        return QStringLiteral("SELECT name, code, '', 0 FROM residence_type_code ORDER BY sort, "
                              "code");
    case L::CareCategory:
        return QStringLiteral("SELECT name, id, category_group, sensitive FROM care_category "
                              "WHERE archived_at IS NULL ORDER BY sort, id");
    case L::BigGrid:
        return QStringLiteral(
            "SELECT CASE WHEN (SELECT count(*) FROM community WHERE archived_at IS NULL) > 1 "
            "THEN c.name || ' / ' || g.name ELSE g.name END, g.id, '', 0 FROM big_grid g "
            "JOIN community c ON c.id = g.community_id WHERE g.archived_at IS NULL "
            "ORDER BY c.id, g.code IS NULL, g.code, g.id");
    case L::SmallGrid:
        return QStringLiteral(
            "SELECT CASE WHEN (SELECT count(*) FROM community WHERE archived_at IS NULL) > 1 "
            "THEN c.name || ' / ' || s.name ELSE s.name END, s.id, '', 0 FROM small_grid s "
            "JOIN big_grid g ON g.id = s.big_grid_id JOIN community c ON c.id = g.community_id "
            "WHERE s.archived_at IS NULL ORDER BY c.id, s.code IS NULL, s.code, s.id");
    }
    return {};
}

} // namespace

CodeListModel::CodeListModel(QSqlDatabase db, List list, QObject *parent)
    : QAbstractListModel(parent), m_db(std::move(db)), m_list(list)
{
    (void)refresh();
}

Status CodeListModel::setAnyEntry(const QString &label)
{
    m_anyLabel = label;
    return refresh();
}

Status CodeListModel::refresh()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(listSql(m_list))) {
        const Error e = SqlErrors::fromQuery(q, QStringLiteral("read code list"));
        emit loadFailed(e.message, e.details());
        return e;
    }
    const bool byId =
        m_list == List::CareCategory || m_list == List::BigGrid || m_list == List::SmallGrid;
    QList<Entry> entries;
    if (!m_anyLabel.isEmpty())
        entries.append(Entry{m_anyLabel, QVariant(), QString(), false});
    while (q.next()) {
        const QVariant code =
            byId ? QVariant(q.value(1).toLongLong()) : QVariant(q.value(1).toString());
        entries.append(
            Entry{q.value(0).toString(), code, q.value(2).toString(), q.value(3).toBool()});
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    return {};
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return e.name;
    case CodeRole:
        return e.code;
    case GroupRole:
        return e.group;
    case SensitiveRole:
        return e.sensitive;
    default:
        return {};
    }
}

QVariant CodeListModel::codeAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].code : QVariant();
}

int CodeListModel::rowOfCode(const QVariant &code) const
{
    const QString wanted = code.toString();
    for (int row = 0; row < m_entries.size(); ++row) {
        const QVariant &c = m_entries[row].code;
        if (!c.isNull() && c.toString() == wanted)
            return row;
    }
    return -1;
}

} // namespace gridbook
