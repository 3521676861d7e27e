// SPDX-License-Identifier: MIT
#include "diagram/HouseholdColourScheme.h"

#include "db/SqlErrors.h"
#include "records/RecordStore.h"

#include <QSqlQuery>

#include <algorithm>

namespace gridbook {

const QString HouseholdColourScheme::kPartyMember = QStringLiteral("party_member");
const QString HouseholdColourScheme::kCare = QStringLiteral("care");
const QString HouseholdColourScheme::kElderly = QStringLiteral("elderly");
const QString HouseholdColourScheme::kResidence = QStringLiteral("residence_type");
const QString HouseholdColourScheme::kAlways = QStringLiteral("always");

namespace {

QStringList listOf(const QString &parameter)
{
    QStringList items;
    for (const QString &item : parameter.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}

} // namespace

HouseholdColourScheme::HouseholdColourScheme(QList<Rule> rules) : m_rules(std::move(rules))
{
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [](const Rule &a, const Rule &b) { return a.priority < b.priority; });
}

Result<HouseholdColourScheme> HouseholdColourScheme::load(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, colour, rule, parameter, priority, sort "
                               "FROM household_colour_rule WHERE archived_at IS NULL "
                               "ORDER BY priority, id")))
        return SqlErrors::fromQuery(q, QStringLiteral("read colour scheme"));
    QList<Rule> rules;
    while (q.next())
        rules.append({q.value(0).toLongLong(), q.value(1).toString(), QColor(q.value(2).toString()),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                      q.value(6).toInt()});
    return HouseholdColourScheme(std::move(rules));
}

bool HouseholdColourScheme::matches(const Rule &rule, const HouseholdFacts &facts, QDate asOf)
{
    if (rule.kind == kAlways)
        return true;
    if (rule.kind == kPartyMember)
        return facts.partyMember;
    if (rule.kind == kCare) {
        const QStringList codes = listOf(rule.parameter);
        if (codes.isEmpty())
            return !facts.careGroupCodes.isEmpty();
        return std::any_of(facts.careCodes.begin(), facts.careCodes.end(),
                           [&](const QString &c) { return codes.contains(c); });
    }
    if (rule.kind == kElderly) {
        bool ok = false;
        int age = rule.parameter.trimmed().toInt(&ok);
        if (!ok || age <= 0)
            age = 60;
        // Every member old enough: the youngest was born on or before asOf - age years.
        return facts.members > 0 && facts.membersWithoutBirth == 0 &&
               facts.youngestBirth.isValid() && facts.youngestBirth <= asOf.addYears(-age);
    }
    if (rule.kind == kResidence)
        return listOf(rule.parameter).contains(facts.residenceType);
    return false;
}

int HouseholdColourScheme::classify(const HouseholdFacts &facts, QDate asOf) const
{
    for (int i = 0; i < m_rules.size(); ++i)
        if (matches(m_rules[i], facts, asOf))
            return i;
    return -1;
}

QList<LegendEntry> HouseholdColourScheme::legend() const
{
    QList<Rule> bySort = m_rules;
    std::stable_sort(bySort.begin(), bySort.end(),
                     [](const Rule &a, const Rule &b) { return a.sort < b.sort; });
    QList<LegendEntry> entries;
    for (const Rule &r : bySort)
        entries.append({r.colour, r.name, false});
    entries.append({emptyColour(), tr("Empty dwelling"), false});
    return entries;
}

QString HouseholdColourScheme::kindName(const QString &kind)
{
    if (kind == kPartyMember)
        return tr("Has a Party member");
    if (kind == kCare)
        return tr("Has a care category");
    if (kind == kElderly)
        return tr("All members elderly");
    if (kind == kResidence)
        return tr("Residence type");
    if (kind == kAlways)
        return tr("Any other household");
    return kind;
}

QStringList HouseholdColourScheme::kinds()
{
    return {kPartyMember, kCare, kElderly, kResidence, kAlways};
}

Status HouseholdColourScheme::updateRule(const QSqlDatabase &db, const Rule &rule)
{
    const QString operation = QStringLiteral("change colour rule");
    if (rule.name.trimmed().isEmpty())
        return RecordStore::invalid(QStringLiteral("name"), tr("The rule needs a name."),
                                    operation);
    if (!rule.colour.isValid())
        return RecordStore::invalid(QStringLiteral("colour"), tr("Choose a colour for the rule."),
                                    operation);
    if (!kinds().contains(rule.kind))
        return RecordStore::invalid(QStringLiteral("rule"), tr("Unknown kind of rule."), operation);
    if (rule.kind == kElderly) {
        bool ok = false;
        const int age = rule.parameter.trimmed().toInt(&ok);
        if (!rule.parameter.trimmed().isEmpty() && (!ok || age < 1 || age > 120))
            return RecordStore::invalid(QStringLiteral("parameter"),
                                        tr("The age must be a whole number from 1 to 120."),
                                        operation);
    }
    RecordStore store(db);
    return store.update(
        QStringLiteral("household_colour_rule"), rule.id,
        {{QStringLiteral("name"), rule.name.trimmed()},
         {QStringLiteral("colour"), rule.colour.name(QColor::HexRgb)},
         {QStringLiteral("rule"), rule.kind},
         {QStringLiteral("parameter"),
          rule.parameter.trimmed().isEmpty() ? QVariant() : QVariant(rule.parameter.trimmed())},
         {QStringLiteral("priority"), rule.priority}});
}

} // namespace gridbook
