// SPDX-License-Identifier: MIT
#include "stats/LedgerCheck.h"

#include "db/Database.h"
#include "db/SqlErrors.h"
#include "domain/ResidentId.h"

#include <QLocale>
#include <QSqlQuery>

namespace gridbook {

namespace {

constexpr int kExamples = 5;

/** Runs a query whose rows are (uid) of faulty records; adds a Problem if there are any. */
Status collect(const QSqlDatabase &db, const QString &sql, const QString &code,
               const QString &message, QList<LedgerCheck::Problem> &problems)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return SqlErrors::fromQuery(q, QStringLiteral("check ") + code);
    LedgerCheck::Problem p{code, message, 0, {}};
    while (q.next()) {
        if (p.count++ < kExamples)
            p.examples << q.value(0).toString();
    }
    if (p.count > 0)
        problems << p;
    return {};
}

} // namespace

Result<QList<LedgerCheck::Problem>> LedgerCheck::run(const Database &database, Feedback &feedback,
                                                     QDate today)
{
    const QSqlDatabase db = database.connection();
    QList<Problem> problems;

    struct SqlCheck {
        const char *code;
        QString message;
        const char *sql;
    };
    const SqlCheck checks[] = {
        {"household-without-head", tr("Households with no head of household (relation 02)"),
         "SELECT h.uid FROM household h WHERE h.archived_at IS NULL AND NOT EXISTS (SELECT 1 "
         "FROM resident r WHERE r.household_id = h.id AND r.archived_at IS NULL AND "
         "r.relation_code = '02')"},
        {"household-several-heads", tr("Households with more than one head of household"),
         "SELECT h.uid FROM household h JOIN resident r ON r.household_id = h.id WHERE "
         "h.archived_at IS NULL AND r.archived_at IS NULL AND r.relation_code = '02' "
         "GROUP BY h.id HAVING count(*) > 1"},
        {"resident-in-archived-household", tr("Live residents in an archived household"),
         "SELECT r.uid FROM resident r JOIN household h ON h.id = r.household_id WHERE "
         "r.archived_at IS NULL AND h.archived_at IS NOT NULL"},
        {"resident-without-household", tr("Live residents who belong to no household"),
         "SELECT uid FROM resident WHERE archived_at IS NULL AND household_id IS NULL"},
        {"building-without-grid", tr("Buildings (and so their dwellings) in no small grid"),
         "SELECT uid FROM building WHERE archived_at IS NULL AND small_grid_id IS NULL"},
        {"household-in-archived-dwelling", tr("Live households in an archived dwelling"),
         "SELECT h.uid FROM household h JOIN dwelling d ON d.id = h.dwelling_id WHERE "
         "h.archived_at IS NULL AND d.archived_at IS NOT NULL"},
        {"party-member-not-live", tr("Party members whose resident record is archived"),
         "SELECT pm.uid FROM party_member pm JOIN resident r ON r.id = pm.resident_id WHERE "
         "pm.archived_at IS NULL AND r.archived_at IS NOT NULL"},
        {"party-member-status", tr("Party members whose political status is not 中共党员 or "
                                   "预备党员"),
         "SELECT pm.uid FROM party_member pm JOIN resident r ON r.id = pm.resident_id WHERE "
         "pm.archived_at IS NULL AND ifnull(r.political_status_code, '') NOT IN ('01', '02')"},
        {"grid-role-not-live", tr("Grid roles held by an archived resident"),
         "SELECT g.uid FROM grid_role g JOIN resident r ON r.id = g.resident_id WHERE "
         "g.archived_at IS NULL AND g.ended_on IS NULL AND r.archived_at IS NOT NULL"},
        {"foreign-key", tr("References to records that do not exist"),
         "SELECT \"table\" || ' row ' || rowid FROM pragma_foreign_key_check"},
    };
    const int steps = int(std::size(checks)) + 2;
    int step = 0;
    const QString stage = tr("Checking the ledger");
    for (const SqlCheck &c : checks) {
        feedback.progress(stage, step++, steps);
        if (Status s = collect(db, QString::fromUtf8(c.sql), QString::fromLatin1(c.code),
                               c.message, problems);
            !s)
            return s.error();
    }

    // SQLite's own structure check (quick_check: without the slow index cross-check).
    feedback.progress(stage, step++, steps);
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return SqlErrors::fromQuery(q, QStringLiteral("quick_check"));
        Problem p{QStringLiteral("file-integrity"), tr("The file's structure is damaged"), 0, {}};
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok") && p.count++ < kExamples)
                p.examples << line;
        }
        if (p.count > 0)
            problems << p;
    }

    // ID numbers: checked by the domain rules, not SQL. A stored invalid number must carry
    // the reason it was kept (id_problem); a valid one must agree with birth date and sex.
    feedback.progress(stage, step++, steps);
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT uid, id_number, id_problem, birth_date, sex_code FROM "
                                   "resident WHERE archived_at IS NULL AND id_number IS NOT NULL")))
            return SqlErrors::fromQuery(q, QStringLiteral("check ID numbers"));
        Problem invalid{QStringLiteral("invalid-id-number"),
                        tr("ID numbers that are not valid and not flagged"), 0, {}};
        Problem disagree{QStringLiteral("id-number-mismatch"),
                         tr("ID numbers that disagree with the recorded birth date or sex"), 0, {}};
        qint64 seen = 0;
        while (q.next()) {
            if ((++seen & 0xffff) == 0 && feedback.cancelled())
                break;
            const QString uid = q.value(0).toString();
            const auto check = ResidentId::check(q.value(1).toString(), today);
            if (!check.valid) {
                if (q.value(2).isNull() && invalid.count++ < kExamples)
                    invalid.examples << uid;
                continue;
            }
            const QString birth = q.value(3).toString();
            const QString sex = q.value(4).toString();
            const QString idSex = check.sex == Sex::Male     ? QStringLiteral("1")
                                  : check.sex == Sex::Female ? QStringLiteral("2")
                                                             : QString();
            if ((!birth.isEmpty() && birth != check.birthDate.toString(Qt::ISODate)) ||
                (!sex.isEmpty() && !idSex.isEmpty() && sex != idSex)) {
                if (disagree.count++ < kExamples)
                    disagree.examples << uid;
            }
        }
        if (invalid.count > 0)
            problems << invalid;
        if (disagree.count > 0)
            problems << disagree;
    }
    feedback.progress(stage, steps, steps);
    return problems;
}

QString LedgerCheck::toText(const QList<Problem> &problems)
{
    if (problems.isEmpty())
        return tr("No problems found.") + QLatin1Char('\n');
    const QLocale locale;
    QString out = tr("%n problem(s) found:", nullptr, int(problems.size())) + QLatin1Char('\n');
    for (const Problem &p : problems) {
        out += QStringLiteral("  [%1] %2: %3\n").arg(p.code, p.message, locale.toString(p.count));
        if (!p.examples.isEmpty())
            out += QStringLiteral("      ") + tr("for example:") + QLatin1Char(' ') +
                   p.examples.join(QLatin1String(", ")) + QLatin1Char('\n');
    }
    return out;
}

} // namespace gridbook
