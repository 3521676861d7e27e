// SPDX-License-Identifier: MIT
#pragma once

#include "demo/DemoRandom.h"

#include <QString>

#include <utility>
#include <vector>

/**
 * The word lists the demo community is made of: names, places, teams and the everyday text of
 * visits, requests and consultations, after the source articles (DOMAIN.md). Demo content is
 * Chinese data, not user interface, so it is not translated.
 */
namespace gridbook::demo {

using Strings = std::vector<QString>;

template <typename List> const QString &pick(DemoRandom &random, const List &list)
{
    return list[random.below(static_cast<std::uint32_t>(list.size()))];
}

QString chineseNumber(int n); ///< 1..99 -> 一 .. 九十九
QString communityName(int index);
Strings compoundNames(DemoRandom &random, int count);
const Strings &streets();
const Strings &propertyCompanies();
const Strings &employers();
const Strings &specialistTeams(); ///< [0] 党员先锋服务队, [1] 医疗义诊服务队, ...
const Strings &feedbacks();
const Strings &issueOwners();

/** A GB/T 3304 code: mostly 汉族, 回族 the largest minority. */
QString ethnicity(DemoRandom &random);
QString surname(DemoRandom &random, bool hui);
QString givenName(DemoRandom &random, bool male, int birthYear);
QString staffName(DemoRandom &random);

/** A real GB/T 2260 county code for a birth in `birthYear` (codes changed in 2019). */
QString birthRegion(DemoRandom &random, int birthYear, bool migrant);
/** The 籍贯 code for a birth region: its prefecture if the ledger lists it, else province. */
QString nativeRegionFor(const QString &region);

/** Work status and workplace for an age. */
std::pair<QString, QString> workFor(DemoRandom &random, int age);
QString educationFor(DemoRandom &random, int age);
QString maritalFor(DemoRandom &random, int age, const QString &relation);

struct VisitText {
    QString purpose;
    QString findings;
    QString followUp;
};
VisitText visitNotes(DemoRandom &random, bool careHousehold);
/** Title and description of a service request for a skill. */
std::pair<QString, QString> requestText(DemoRandom &random, const QString &skill);
QString consultationTitle(int kind);
QString consultationAttendees(int kind);
std::pair<QString, QString> consultationIssue(DemoRandom &random);

} // namespace gridbook::demo
