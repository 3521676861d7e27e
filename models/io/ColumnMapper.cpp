// SPDX-License-Identifier: MIT
#include "io/ColumnMapper.h"

#include <QHash>
#include <QSet>

namespace gridbook {

namespace {

using F = ImportField;

/** Header text reduced to what identifies it: NFKC (full-width to ASCII), no blanks or line
 *  breaks, no bracketed remarks ("身份证号（18位）", "姓名(必填)"), no '*' or ':', lowercase. */
QString normalizedHeader(const QString &header)
{
    const QString folded = header.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    int depth = 0;
    for (const QChar c : folded) {
        if (c == u'(' || c == u'[' || c == u'【') {
            ++depth;
            continue;
        }
        if (c == u')' || c == u']' || c == u'】') {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (depth > 0 || c.isSpace() || c == u'*' || c == u':' || c == u'_' || c == u'-' ||
            c == u'.' || c.category() == QChar::Other_Format)
            continue;
        out += c.toLower();
    }
    return out;
}

const QHash<QString, ImportField> &synonyms()
{
    static const QHash<QString, ImportField> map = [] {
        QHash<QString, ImportField> m;
        auto add = [&m](ImportField f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(normalizedHeader(QString::fromUtf8(n)), f);
        };
        add(F::Name, {"姓名", "名字", "居民姓名", "人员姓名", "成员姓名", "家庭成员姓名", "name",
                      "fullname"});
        add(F::Sex, {"性别", "sex", "gender"});
        add(F::IdNumber, {"身份证号", "身份证号码", "公民身份号码", "公民身份证号码",
                          "居民身份证号码", "身份证", "身份号码", "证件号码", "证件号",
                          "身份证件号码", "idnumber", "idno", "residentid", "id"});
        add(F::BirthDate, {"出生日期", "出生年月", "出生年月日", "生日", "出生时间", "birthdate",
                           "dateofbirth", "birthday"});
        add(F::Ethnicity, {"民族", "ethnicity", "ethnic group"});
        add(F::Political, {"政治面貌", "政治身份", "politicalstatus"});
        add(F::Relation, {"与户主关系", "与户主的关系", "户主关系", "与户主关系称谓", "家庭关系",
                          "关系", "relation", "relationtohead", "relationship"});
        add(F::HouseholdNumber,
            {"户号", "户口号", "户籍号", "户籍编号", "户口编号", "householdnumber", "householdno"});
        add(F::ResidenceType, {"户籍性质", "人口类型", "人员类型", "居住类型", "居住性质",
                               "人口性质", "人员性质", "户籍类型", "residencetype"});
        add(F::Phone, {"联系电话", "手机号", "手机号码", "电话", "电话号码", "联系方式", "手机",
                       "联系号码", "本人电话", "phone", "mobile", "telephone"});
        add(F::Community, {"社区", "所属社区", "社区名称", "所在社区", "community"});
        add(F::Compound, {"小区", "小区名称", "所在小区", "所属小区", "院落", "compound"});
        add(F::Building, {"楼栋", "楼号", "栋号", "楼栋号", "幢号", "栋", "楼", "building"});
        add(F::Unit, {"单元", "单元号", "unit"});
        add(F::Room, {"房号", "房间号", "室号", "户室号", "房屋号", "室", "room"});
        add(F::Address, {"住址", "地址", "现住址", "门牌号", "家庭住址", "居住地址", "详细地址",
                         "现居住地址", "居住地", "现居住地", "住所", "家庭地址", "address"});
        add(F::RegisteredAddress, {"户籍地址", "户籍地", "户口所在地", "户籍所在地", "户籍详细地址",
                                   "registeredaddress"});
        add(F::Education, {"文化程度", "学历", "education"});
        add(F::Marital, {"婚姻状况", "婚姻状态", "婚姻", "maritalstatus"});
        add(F::WorkStatus,
            {"就业状况", "就业情况", "工作状况", "职业", "就业状态", "workstatus", "employment"});
        add(F::Workplace, {"工作单位", "单位", "工作单位及职务", "服务处所", "就业单位",
                           "workplace", "employer"});
        add(F::CareCategories, {"关爱类别", "重点人群", "关爱对象", "人员类别", "特殊人群",
                                "重点人员类别", "关爱类型", "特殊人群类别", "carecategories"});
        add(F::Note, {"备注", "说明", "附注", "note", "notes", "remarks"});
        add(F::ResidentUid, {"居民记录编号", "residentuid", "residentrecordid"});
        add(F::HouseholdUid, {"户记录编号", "householduid", "householdrecordid"});
        return m;
    }();
    return map;
}

const QSet<QString> &ignoredHeaders()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *n :
             {"序号", "编号", "网格", "所属网格", "网格名称", "年龄", "周岁", "错误原因", "原行号",
              "原工作表", "no", "#", "age", "grid", "error", "sourcerow"})
            s.insert(normalizedHeader(QString::fromUtf8(n)));
        return s;
    }();
    return set;
}

/** The field of a header, or nullopt if the header is not recognised at all. */
std::optional<ImportField> recognise(const QString &header)
{
    const QString key = normalizedHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    const auto it = synonyms().constFind(key);
    if (it != synonyms().cend())
        return *it;
    if (ignoredHeaders().contains(key))
        return F::Ignore;
    // Headers with extra words: "本人身份证号码", "联系电话(手机)". The head's own columns in a
    // resident sheet (户主姓名, 户主身份证号) are not the resident's.
    if (key.startsWith(u'户') && key.size() > 2 && key[1] == u'主')
        return std::nullopt;
    if (key.contains(QStringLiteral("身份证")) || key.contains(QStringLiteral("身份号码")))
        return F::IdNumber;
    if (key.contains(QStringLiteral("电话")) || key.contains(QStringLiteral("手机")))
        return F::Phone;
    if (key.contains(QStringLiteral("住址")) || key.endsWith(QStringLiteral("地址")))
        return key.contains(QStringLiteral("户籍")) ? F::RegisteredAddress : F::Address;
    if (key.contains(QStringLiteral("姓名")))
        return F::Name;
    if (key.contains(QStringLiteral("出生")))
        return F::BirthDate;
    if (key.contains(QStringLiteral("与户主")))
        return F::Relation;
    return std::nullopt;
}

QString cellText(const SheetData &sheet, int row, int column)
{
    return sheet.text(row, column).trimmed();
}

/** Distinct known fields a row names (Ignore counts once, as a known header). */
int score(const SheetData &sheet, int row)
{
    if (row < 0 || row >= sheet.rows.size())
        return 0;
    QSet<int> found;
    for (int c = 0; c < sheet.rows[row].size(); ++c) {
        const SheetCell &cell = sheet.rows[row][c];
        if (cell.type != SheetCell::Type::Text)
            continue;
        if (const auto f = recognise(cell.text.trimmed()))
            found.insert(int(*f));
    }
    return int(found.size());
}

} // namespace

int SheetLayout::column(ImportField field) const
{
    for (int c = 0; c < fields.size(); ++c) {
        if (fields[c] == field)
            return c;
    }
    return -1;
}

ImportField ColumnMapper::fieldForHeader(const QString &header)
{
    return recognise(header).value_or(F::Ignore);
}

bool ColumnMapper::isKnownIgnoredHeader(const QString &header)
{
    return ignoredHeaders().contains(normalizedHeader(header));
}

SheetLayout ColumnMapper::withHeaderRow(const SheetData &sheet, int headerRow)
{
    SheetLayout layout;
    layout.headerRow = headerRow;
    layout.firstDataRow = headerRow + 1;
    const int columns = sheet.columnCount;
    for (int c = 0; c < columns; ++c) {
        layout.headers << cellText(sheet, headerRow, c);
        layout.fields << fieldForHeader(layout.headers.last());
    }

    // A second header row below: known names under a group header (住址 over 小区/楼栋/单元/
    // 房号) or under nothing. Taken when it names a field in a column the upper row leaves
    // unmapped or spans with one merged name.
    const int below = headerRow + 1;
    if (below < sheet.rows.size()) {
        QHash<QString, int> upperCounts;
        for (const QString &h : std::as_const(layout.headers))
            ++upperCounts[h];
        bool twoRows = false;
        QList<std::optional<ImportField>> lower;
        for (int c = 0; c < columns; ++c) {
            const SheetCell *cell = sheet.cell(below, c);
            lower << ((cell && cell->type == SheetCell::Type::Text)
                          ? recognise(cell->text.trimmed())
                          : std::nullopt);
            // Weak: empty, unknown, or one name merged across several columns. A known
            // column that is not imported (序号, 错误原因 of an error sheet) is not weak: the
            // reasons below it ("公民身份号码: ...") are data, not a second header row.
            const bool upperWeak = layout.headers[c].isEmpty() || !recognise(layout.headers[c]) ||
                                   upperCounts.value(layout.headers[c]) > 1;
            // Header cells are short; a long text below is a value.
            const bool short_ = cellText(sheet, below, c).size() <= 16;
            if (lower.last() && *lower.last() != F::Ignore && upperWeak && short_ &&
                cellText(sheet, below, c) != layout.headers[c])
                twoRows = true;
        }
        if (twoRows) {
            for (int c = 0; c < columns; ++c) {
                const QString lowerText = cellText(sheet, below, c);
                if (lower[c] && *lower[c] != F::Ignore) {
                    // The specific name (楼栋, not 现住址): what the report and the error
                    // sheet show, and what an import of the error sheet maps again.
                    layout.headers[c] = lowerText;
                    layout.fields[c] = *lower[c];
                } else if (layout.headers[c].isEmpty()) {
                    layout.headers[c] = lowerText;
                    layout.fields[c] = fieldForHeader(lowerText);
                }
            }
            layout.firstDataRow = below + 1;
        }
    }
    // An upper group row above (when the lower row won): fills the columns left empty.
    if (headerRow > 0) {
        for (int c = 0; c < columns; ++c) {
            if (!layout.headers[c].isEmpty())
                continue;
            const QString upper = cellText(sheet, headerRow - 1, c);
            if (recognise(upper)) {
                layout.headers[c] = upper;
                layout.fields[c] = fieldForHeader(upper);
            }
        }
    }
    // One column per field: a second 姓名 or 电话 column (a contact person's) is not the
    // resident's; the first one wins.
    QSet<int> seen;
    for (int c = 0; c < columns; ++c) {
        if (layout.fields[c] == F::Ignore)
            continue;
        if (seen.contains(int(layout.fields[c])))
            layout.fields[c] = F::Ignore;
        else
            seen.insert(int(layout.fields[c]));
    }
    return layout;
}

SheetLayout ColumnMapper::detect(const SheetData &sheet)
{
    int best = -1;
    int bestScore = 1; // at least two known headers make a header row
    const int last = std::min(int(sheet.rows.size()), 30);
    for (int r = 0; r < last; ++r) {
        const int s = score(sheet, r);
        if (s > bestScore) {
            best = r;
            bestScore = s;
        }
    }
    if (best < 0) {
        SheetLayout none;
        for (int c = 0; c < sheet.columnCount; ++c) {
            none.headers << QString();
            none.fields << F::Ignore;
        }
        return none;
    }
    return withHeaderRow(sheet, best);
}

const QList<ImportField> &ColumnMapper::fields()
{
    static const QList<ImportField> all = {
        F::Ignore,        F::Name,           F::Sex,
        F::IdNumber,      F::BirthDate,      F::Ethnicity,
        F::Political,     F::Relation,       F::HouseholdNumber,
        F::ResidenceType, F::Phone,          F::Community,
        F::Compound,      F::Building,       F::Unit,
        F::Room,          F::Address,        F::RegisteredAddress,
        F::Education,     F::Marital,        F::WorkStatus,
        F::Workplace,     F::CareCategories, F::Note,
        F::ResidentUid,   F::HouseholdUid,
    };
    return all;
}

QString ColumnMapper::displayName(ImportField field)
{
    switch (field) {
    case F::Ignore:
        return tr("(not imported)");
    case F::Name:
        return tr("Name");
    case F::Sex:
        return tr("Sex");
    case F::IdNumber:
        return tr("ID number");
    case F::BirthDate:
        return tr("Date of birth");
    case F::Ethnicity:
        return tr("Ethnicity");
    case F::Political:
        return tr("Political status");
    case F::Relation:
        return tr("Relation to head");
    case F::HouseholdNumber:
        return tr("Household number");
    case F::ResidenceType:
        return tr("Residence type");
    case F::Phone:
        return tr("Phone");
    case F::Community:
        return tr("Community");
    case F::Compound:
        return tr("Compound");
    case F::Building:
        return tr("Building");
    case F::Unit:
        return tr("Unit");
    case F::Room:
        return tr("Room");
    case F::Address:
        return tr("Address");
    case F::RegisteredAddress:
        return tr("Registered address");
    case F::Education:
        return tr("Education");
    case F::Marital:
        return tr("Marital status");
    case F::WorkStatus:
        return tr("Work status");
    case F::Workplace:
        return tr("Workplace");
    case F::CareCategories:
        return tr("Care categories");
    case F::Note:
        return tr("Note");
    case F::ResidentUid:
        return tr("Resident record id");
    case F::HouseholdUid:
        return tr("Household record id");
    }
    return {};
}

QString ColumnMapper::key(ImportField field)
{
    switch (field) {
    case F::Ignore:
        return QStringLiteral("ignore");
    case F::Name:
        return QStringLiteral("name");
    case F::Sex:
        return QStringLiteral("sex");
    case F::IdNumber:
        return QStringLiteral("id-number");
    case F::BirthDate:
        return QStringLiteral("birth-date");
    case F::Ethnicity:
        return QStringLiteral("ethnicity");
    case F::Political:
        return QStringLiteral("political");
    case F::Relation:
        return QStringLiteral("relation");
    case F::HouseholdNumber:
        return QStringLiteral("household-number");
    case F::ResidenceType:
        return QStringLiteral("residence-type");
    case F::Phone:
        return QStringLiteral("phone");
    case F::Community:
        return QStringLiteral("community");
    case F::Compound:
        return QStringLiteral("compound");
    case F::Building:
        return QStringLiteral("building");
    case F::Unit:
        return QStringLiteral("unit");
    case F::Room:
        return QStringLiteral("room");
    case F::Address:
        return QStringLiteral("address");
    case F::RegisteredAddress:
        return QStringLiteral("registered-address");
    case F::Education:
        return QStringLiteral("education");
    case F::Marital:
        return QStringLiteral("marital");
    case F::WorkStatus:
        return QStringLiteral("work-status");
    case F::Workplace:
        return QStringLiteral("workplace");
    case F::CareCategories:
        return QStringLiteral("care");
    case F::Note:
        return QStringLiteral("note");
    case F::ResidentUid:
        return QStringLiteral("resident-uid");
    case F::HouseholdUid:
        return QStringLiteral("household-uid");
    }
    return {};
}

std::optional<ImportField> ColumnMapper::fromKey(const QString &key)
{
    for (ImportField f : fields()) {
        if (ColumnMapper::key(f) == key.trimmed())
            return f;
    }
    return std::nullopt;
}

} // namespace gridbook
