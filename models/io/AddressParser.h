// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace gridbook {

/**
 * Splits a written address into compound (小区) / building (楼栋) / unit (单元) / room (房号),
 * in the forms office sheets use:
 *
 *   和济小区3栋2单元501    和济小区3号楼2单元501室    和济小区 3幢 2单元 5楼 501
 *   3-2-501 (building-unit-room)    3栋501 / 3-501 (no units)    和济小区3#2-501
 *   山西省长治市潞州区太行东街和济社区和济小区3栋2单元501 (the region and street in front)
 *
 * Full-width digits, letters and blanks are folded first. The compound is the text before the
 * building; when names of known compounds are given, the longest one found in the text is
 * taken (so the city, street and community in front fall away), otherwise the text before the
 * building after the last administrative word (省 市 区 县 街道 社区 镇 乡 村 路 街 号院 ...)
 * when it ends like a compound name (小区 花园 苑 家园 新村 公寓 ...).
 */
class AddressParser {
public:
    struct Parts {
        bool ok = false;      ///< building and room were found
        QString compound;     ///< empty if the text names none
        int building = 0;     ///< building number (3 for 3栋, 3号楼, 3#)
        QString buildingName; ///< as written, normalised: "3栋", "3号楼", "A座"
        int unit = 0;         ///< 0: no unit given
        QString room;         ///< "501", "1203", "B02"
        int floor = 0;        ///< from the room number (501 -> 5), or 0 if unknown
        QString normalized;   ///< the folded input, for messages and grouping
    };

    /** Parses `text`; `knownCompounds` are the ledger's compound names (matched first). */
    static Parts parse(const QString &text, const QStringList &knownCompounds = {});

    /** Full-width to ASCII, blanks removed: the form addresses are compared in. */
    static QString fold(const QString &text);

    /** The floor a room number says: "501" -> 5, "1203" -> 12, "B02" / "12" -> 0. */
    static int floorOf(const QString &room);

    /** "3", "3栋", "3号楼", "3幢", "3#", "3号" -> 3; 0 if no leading number. */
    static int buildingNumber(const QString &name);
    /** "2", "2单元", "二单元" -> 2; 0 otherwise. */
    static int unitNumber(const QString &name);
};

} // namespace gridbook
