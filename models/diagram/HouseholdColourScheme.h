// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"
#include "diagram/DiagramColouring.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gridbook {

/** What the colour rules look at, for one household (read in SQL by BuildingPlanRepository). */
struct HouseholdFacts {
    qint64 householdId = 0;
    bool partyMember = false;    ///< a live member is a Party member
    QStringList careCodes;       ///< live care categories of live members (codes)
    QStringList careGroupCodes;  ///< the subset whose category group is 'care'
    int members = 0;             ///< live members
    int membersWithoutBirth = 0; ///< live members with no birth date
    QDate youngestBirth;         ///< latest birth date among live members
    QString residenceType;       ///< household.residence_type_code
};

/**
 * The building view's colour scheme (default after Hengyang's 红橙绿银 method): rules from
 * household_colour_rule, tried in priority order; the first that matches colours the household.
 * The office edits each rule's name, colour, kind and parameter.
 */
class HouseholdColourScheme {
    Q_DECLARE_TR_FUNCTIONS(gridbook::HouseholdColourScheme)
public:
    /** Rule kinds, as stored in household_colour_rule.rule. */
    static const QString kPartyMember; // "party_member"
    static const QString kCare;        // "care"
    static const QString kElderly;     // "elderly"
    static const QString kResidence;   // "residence_type"
    static const QString kAlways;      // "always"

    struct Rule {
        qint64 id = 0;
        QString name;
        QColor colour;
        QString kind;
        QString parameter;
        int priority = 0;
        int sort = 0;
    };

    HouseholdColourScheme() = default;
    explicit HouseholdColourScheme(QList<Rule> rules);

    /** The live rules of the ledger. */
    static Result<HouseholdColourScheme> load(const QSqlDatabase &db);

    /** Rules in priority order. */
    const QList<Rule> &rules() const { return m_rules; }
    /** The rule (index into rules()) that colours the household, or -1 if none matches. */
    int classify(const HouseholdFacts &facts, QDate asOf) const;
    /** True if `rule` matches `facts` on its own. */
    static bool matches(const Rule &rule, const HouseholdFacts &facts, QDate asOf);

    /** Legend lines in the rules' `sort` order, plus one for empty dwellings. */
    QList<LegendEntry> legend() const;

    /** The colour of an empty dwelling and of a household no rule matches. */
    static QColor emptyColour() { return QColor(0xfa, 0xfa, 0xfa); }
    static QColor unmatchedColour() { return QColor(0xdd, 0xdd, 0xdd); }

    /** The display name of a rule kind; the list of kinds. */
    static QString kindName(const QString &kind);
    static QStringList kinds();

    /**
     * Changes a rule (name, colour "#rrggbb", kind, parameter, priority): checked first, an
     * invalid one is refused with the reason.
     */
    static Status updateRule(const QSqlDatabase &db, const Rule &rule);

private:
    QList<Rule> m_rules;
};

} // namespace gridbook
