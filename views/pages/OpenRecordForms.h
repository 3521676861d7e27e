// SPDX-License-Identifier: MIT
#pragma once

#include "common/Notifier.h"
#include "common/Result.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>

namespace gridbook {

/**
 * The modeless entry forms a page has open, at most one per record (ResidentForm,
 * HouseholdForm): asking for a record whose form is open raises that form, so two forms never
 * edit the same record and save over each other.
 */
template <class Form> class OpenRecordForms {
public:
    /** `recordId` tells which record a form shows; `load` fills a new form from the ledger. */
    OpenRecordForms(qint64 (Form::*recordId)() const, Status (Form::*load)(qint64))
        : m_recordId(recordId), m_load(load)
    {
    }

    /**
     * Raises the open form of record `id`, or shows a form from `create` loaded with it
     * (`id` 0: a new record). A record that cannot be read goes to `notifier`: nullptr.
     */
    Form *open(qint64 id, Notifier &notifier, const std::function<Form *()> &create)
    {
        if (id > 0) {
            for (const auto &shown : std::as_const(m_forms)) {
                if (shown && (shown.data()->*m_recordId)() == id) {
                    shown->raise();
                    shown->activateWindow();
                    return shown;
                }
            }
        }
        Form *form = create();
        if (id > 0) {
            if (Status s = (form->*m_load)(id); !s) {
                notifier.error(s.error());
                delete form;
                return nullptr;
            }
        }
        m_forms.removeAll(nullptr);
        m_forms << form;
        QObject::connect(form, &QDialog::finished, form, &QObject::deleteLater);
        form->show();
        return form;
    }

    /** Closes every form without asking (their ledger is going away). */
    void deleteAll()
    {
        for (const auto &form : std::as_const(m_forms))
            delete form.data();
        m_forms.clear();
    }

private:
    qint64 (Form::*m_recordId)() const;
    Status (Form::*m_load)(qint64);
    QList<QPointer<Form>> m_forms;
};

} // namespace gridbook
