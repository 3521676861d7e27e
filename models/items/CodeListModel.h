// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QAbstractListModel>
#include <QList>
#include <QSqlDatabase>

namespace gridbook {

/**
 * A small lookup list for combo boxes and filter lists: the standard code tables (sex,
 * relation to the head, ethnicity, political status, residence type), the care categories and
 * the grids. Column 0 shows the name (DisplayRole), CodeRole gives what is stored: the code
 * text for code tables, the record id (qint64) for care categories and grids.
 *
 * Read-only, in the table's own order (its sort column, or code / name). With an "any" entry
 * (setAnyEntry) the first row has an empty code and the given label ("全部", "不限"), for
 * filters. The lists are small (at most a few thousand grids): they are read whole. Call
 * refresh() after the list was edited.
 */
class CodeListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class List {
        Sex,             ///< sex_code (GB/T 2261.1)
        Relation,        ///< relation_code (GB/T 4761)
        Ethnicity,       ///< ethnicity_code (GB/T 3304)
        PoliticalStatus, ///< political_status_code (GB/T 4762), short names
        ResidenceType,   ///< residence_type_code
        CareCategory,    ///< live care categories (id)
        BigGrid,         ///< live big grids (id), "community / grid" when there are several
        SmallGrid,       ///< live small grids (id), "community / grid" when there are several
    };
    Q_ENUM(List)

    enum Role {
        CodeRole = Qt::UserRole + 1, ///< the code (QString) or record id (qint64); empty: "any"
        GroupRole,                   ///< care categories: "care" or "special"; else empty
        SensitiveRole,               ///< care categories: true for sensitive ones
    };

    CodeListModel(QSqlDatabase db, List list, QObject *parent = nullptr);

    List list() const { return m_list; }

    /** Adds (or with an empty label removes) a first "any" row, and refreshes. */
    Status setAnyEntry(const QString &label);

    /** Reads the list again. */
    Status refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /** The code or id in `row`; null outside the list or for the "any" row. */
    QVariant codeAt(int row) const;
    /** The row holding `code` (compared as text), or -1. */
    int rowOfCode(const QVariant &code) const;

signals:
    /** Reading the list failed: `message` for the user, `details` for a details box. */
    void loadFailed(const QString &message, const QString &details);

private:
    struct Entry {
        QString name;
        QVariant code; ///< null for the "any" row
        QString group;
        bool sensitive = false;
    };

    QSqlDatabase m_db;
    List m_list;
    QString m_anyLabel;
    QList<Entry> m_entries;
};

} // namespace gridbook
