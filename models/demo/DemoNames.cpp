// SPDX-License-Identifier: MIT
#include "demo/DemoNames.h"

#include <QStringList>

namespace gridbook::demo {

namespace {

Strings split(const char *utf8)
{
    Strings out;
    for (const QString &s : QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.push_back(s);
    return out;
}

/** Single characters of a string, as separate strings. */
Strings chars(const char *utf8)
{
    Strings out;
    const QString s = QString::fromUtf8(utf8);
    for (QChar c : s)
        if (!c.isSpace())
            out.emplace_back(c);
    return out;
}

} // namespace

QString chineseNumber(int n)
{
    static const QString digits = QString::fromUtf8("零一二三四五六七八九");
    if (n < 10)
        return QString(digits[n]);
    const int tens = n / 10;
    const int ones = n % 10;
    QString out = tens > 1 ? QString(digits[tens]) : QString();
    out += QString::fromUtf8("十");
    if (ones)
        out += digits[ones];
    return out;
}

QString communityName(int index)
{
    static const Strings names = split(
        "英雄 府后 西南城 太行 紫金 漳泽 延安 北董 南街 东街 北街 城隍庙 府坡 大北街 淮海 "
        "长兴 八一 太东 营东 西街 华丰 清华 苗圃 常青 保宁门 兴胜 潞宝 东关 西关 南石槐 北石槐 "
        "捉马 故县 马厂 杨暴 关村 南垂 安昌 黄碾 店上 五马 堠北庄 桃园 火车站 华翔 东旺 "
        "惠丰 丰泽 瑞和 嘉福 朝阳 晨光 红星 和平 建设 幸福 光明 新华 康乐");
    const QString base = names[std::size_t(index) % names.size()];
    const int round = index / int(names.size());
    return base + (round ? QString::number(round + 1) : QString()) + QString::fromUtf8("社区");
}

Strings compoundNames(DemoRandom &random, int count)
{
    // The first is the community's namesake; the rest combine a local word and a kind of estate.
    static const Strings first = split(
        "滨河 太行 潞安 漳泽 英雄 紫金 城东 和平 建设 幸福 光明 新华 康乐 锦绣 金色 东方 南华 学苑 "
        "兴业 长兴 怡和 瑞景 嘉禾 丽都 颐和 华府 清华 翠苑 宝安 阳光 红星 朝阳 惠丰 桃园 晨光 "
        "泰和 福瑞 安居 恒泰 金桥 银河 玉龙 凤凰 龙城 上党 潞州 府东 北关 南关 西关");
    static const Strings second = split("小区 花园 苑 家园 新村 公寓 雅居 名都 佳苑 南城 北苑 华庭");
    Strings out;
    QStringList seen;
    out.push_back(QString::fromUtf8("和济小区"));
    seen << out.back();
    while (int(out.size()) < count) {
        QString name = pick(random, first) + pick(random, second);
        if (seen.contains(name))
            name += QString::number(int(out.size()));
        seen << name;
        out.push_back(name);
    }
    return out;
}

const Strings &streets()
{
    static const Strings s = split("太行东街 英雄中路 府后东街 延安南路 长兴路 紫金东街 "
                                   "解放东街 太东路 漳泽路 营东路");
    return s;
}

const Strings &propertyCompanies()
{
    static const Strings s = split("长治市和济物业管理有限公司 潞安物业服务中心 太行物业 "
                                   "金色家园物业 恒泰物业服务有限公司 业主自管");
    return s;
}

const Strings &employers()
{
    static const Strings s = split(
        "长治市人民医院 和济医院 潞安化工集团 长治市第一中学 晋商银行长治分行 国网长治供电公司 "
        "国家税务总局长治市潞州区税务局 潞州区人民法院 太行东街街道办事处 长治学院 "
        "长治市公安局潞州分局 长治市自来水公司");
    return s;
}

const Strings &specialistTeams()
{
    static const Strings s = split("党员先锋服务队 医疗义诊服务队 水电维修小分队 "
                                   "法律援助服务队 助老助残服务队");
    return s;
}

const Strings &feedbacks()
{
    static const Strings s = split("很满意，服务及时 师傅手艺好，态度热情 解决得很快，谢谢党员同志 "
                                   "上门很准时 问题解决了 总体满意");
    return s;
}

const Strings &issueOwners()
{
    static const Strings s = split("小区党支部 物业公司 业委会 社区居委会 网格长 街道城管科");
    return s;
}

QString ethnicity(DemoRandom &random)
{
    // 汉 01, 回 03, 满 11, 蒙古 02, 朝鲜 10, 壮 08, 土家 15, 苗 06
    static const char *codes[] = {"01", "03", "11", "02", "10", "08", "15", "06"};
    return QString::fromLatin1(
        codes[random.weighted({95.2, 3.1, 0.6, 0.4, 0.2, 0.2, 0.15, 0.15})]);
}

QString surname(DemoRandom &random, bool hui)
{
    static const Strings common = chars(
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋"
        "蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
        "雷钱汤尹黎易常武乔贺赖龚文牛申郭暴连栗靳霍晋原");
    // Weights fall with rank, like real surname frequencies (王 and 李 about 7% each).
    static const std::vector<double> weights = [] {
        std::vector<double> w;
        for (std::size_t i = 0; i < common.size(); ++i)
            w.push_back(1.0 / (1.0 + double(i) * 0.35));
        return w;
    }();
    static const Strings huiNames = chars("马马马白哈穆沙海丁纳杨金米");
    if (hui)
        return pick(random, huiNames);
    if (random.chance(0.003))
        return pick(random, split("欧阳 司马 上官 诸葛 尉迟"));
    return common[random.weighted(weights)];
}

QString givenName(DemoRandom &random, bool male, int birthYear)
{
    static const Strings male1 = chars("建国志福保振卫德明树文永金宝成忠全有富春");
    static const Strings male2 = chars("伟强磊军勇杰涛斌超明刚鹏海东波辉峰亮林鑫");
    static const Strings male3 = chars("浩轩宇博子梓睿俊泽晨一铭皓宸煜航逸哲昊然");
    static const Strings female1 = chars("秀英桂兰玉凤淑珍梅华芳荣翠素琴云金花香莲");
    static const Strings female2 = chars("丽娟敏静燕艳霞芳红婷晓雪丹颖琳慧莉娜洁萍");
    static const Strings female3 = chars("欣怡涵诗雨梓可馨思彤语桐佳梦琪若汐诺悦瑶");
    const Strings &pool = male ? (birthYear < 1970 ? male1 : birthYear < 1995 ? male2 : male3)
                               : (birthYear < 1970 ? female1 : birthYear < 1995 ? female2 : female3);
    QString name = pick(random, pool);
    if (random.chance(birthYear < 1970 ? 0.85 : 0.65)) {
        QString second = pick(random, pool);
        while (second == name && pool.size() > 1)
            second = pick(random, pool);
        name += second;
    }
    return name;
}

QString staffName(DemoRandom &random)
{
    const bool male = random.chance(0.45);
    return surname(random, false) + givenName(random, male, random.between(1970, 1995));
}

QString birthRegion(DemoRandom &random, int birthYear, bool migrant)
{
    // Changzhi's city districts were renumbered in 2019: older IDs carry 城区 140402 and
    // 郊区 140411, newer ones 潞州区 140403.
    static const Strings oldCity = split("140402 140402 140402 140411 140411 140421");
    static const Strings newCity = split("140403 140403 140403 140404");
    static const Strings counties = split("140423 140425 140426 140427 140428 140429 140430 140431");
    static const Strings oldCounties = split("140424 140481");
    static const Strings shanxi = split("140105 140106 140107 140109 140181 140502 140521 140522 "
                                        "140525 140581");
    static const Strings provinces = split("130102 130402 130403 410502 410503 410702 410802 "
                                           "410102 370102 610102 150102 110105");
    const std::size_t where = migrant ? random.weighted({0, 0.3, 0.25, 0.45})
                                      : random.weighted({0.6, 0.25, 0.1, 0.05});
    switch (where) {
    case 0:
        return birthYear < 2019 ? pick(random, oldCity) : pick(random, newCity);
    case 1:
        return birthYear < 2019 && random.chance(0.2) ? pick(random, oldCounties)
                                                      : pick(random, counties);
    case 2:
        return pick(random, shanxi);
    default:
        return pick(random, provinces);
    }
}

QString nativeRegionFor(const QString &region)
{
    // Migration 2 lists the prefectures of 河北 (13), 山西 (14) and 河南 (41), and all provinces.
    const QString province = region.left(2);
    if (province == QLatin1String("13") || province == QLatin1String("14") ||
        province == QLatin1String("41"))
        return region.left(4) + QStringLiteral("00");
    return province + QStringLiteral("0000");
}

std::pair<QString, QString> workFor(DemoRandom &random, int age)
{
    static const Strings workplaces = split(
        "长治市人民医院 潞安化工集团 长治市第一中学 晋商银行 国网长治供电公司 个体经营 "
        "长治市第二人民医院 美团外卖 滴滴出行 长治学院 太行商场 建筑公司");
    if (age < 7)
        return {QString::fromUtf8("学龄前"), {}};
    if (age < 19 || (age < 23 && random.chance(0.5)))
        return {QString::fromUtf8("在校学生"), {}};
    if (age >= 60)
        return {QString::fromUtf8("退休"), {}};
    switch (random.weighted({0.72, 0.14, 0.08, 0.06})) {
    case 0:
        return {QString::fromUtf8("在职"), pick(random, workplaces)};
    case 1:
        return {QString::fromUtf8("灵活就业"), {}};
    case 2:
        return {QString::fromUtf8("待业"), {}};
    default:
        return {QString::fromUtf8("务农"), {}};
    }
}

QString educationFor(DemoRandom &random, int age)
{
    if (age < 7)
        return QString::fromUtf8("学龄前");
    if (age < 13)
        return QString::fromUtf8("小学");
    if (age < 16)
        return QString::fromUtf8("初中");
    static const Strings levels = split("小学 初中 高中 中专 大专 本科 研究生");
    const double young = age < 45 ? 1.0 : 0.0;
    return levels[random.weighted({0.15 - 0.1 * young, 0.3 - 0.1 * young, 0.2, 0.08,
                                   0.12 + 0.05 * young, 0.12 + 0.12 * young, 0.03 + 0.03 * young})];
}

QString maritalFor(DemoRandom &random, int age, const QString &relation)
{
    if (relation == QLatin1String("11") || relation == QLatin1String("12") ||
        relation == QLatin1String("28") || relation == QLatin1String("38"))
        return QString::fromUtf8("已婚");
    if (age < 22)
        return QString::fromUtf8("未婚");
    if (age >= 70 && random.chance(0.35))
        return QString::fromUtf8("丧偶");
    switch (random.weighted({0.75, 0.17, 0.08})) {
    case 0:
        return QString::fromUtf8("已婚");
    case 1:
        return QString::fromUtf8("未婚");
    default:
        return QString::fromUtf8("离婚");
    }
}

VisitText visitNotes(DemoRandom &random, bool careHousehold)
{
    static const Strings carePurposes =
        split("关爱走访 节日慰问 一对一帮扶走访 政策宣传 健康随访 安全隐患排查");
    static const Strings purposes = split("入户走访 人口信息核实 政策宣传 反诈宣传 安全隐患排查");
    static const Strings careFindings = split(
        "老人身体状况良好，生活能自理 家中燃气灶老化，存在安全隐患 反映行动不便，希望上门理发 "
        "低保年审材料需要补充 独居老人，子女每周探望一次 慢性病需要定期取药 家中卫生间水管漏水");
    static const Strings findings = split(
        "家庭情况无变化 新增一名家庭成员，已登记 联系电话已更新 反映楼道照明不足 "
        "反映小区停车难 无特殊情况");
    static const Strings followUps = split(
        "联系物业维修 协调党员志愿者上门服务 上报社区办理 帮助预约义诊 一周后回访");
    return {pick(random, careHousehold ? carePurposes : purposes),
            pick(random, careHousehold ? careFindings : findings), pick(random, followUps)};
}

std::pair<QString, QString> requestText(DemoRandom &random, const QString &skill)
{
    static const std::vector<std::pair<const char *, const char *>> bySkill = {
        {"水电维修", "卫生间水管漏水 厨房插座没电 水龙头关不严 家里跳闸"},
        {"管道疏通", "厨房下水道堵塞 卫生间地漏返水"},
        {"家电维修", "电视机没有信号 洗衣机不转 电热水器不热"},
        {"上门理发", "老人行动不便，请上门理发"},
        {"政策咨询", "咨询高龄补贴申领 咨询医保报销政策 咨询低保申请条件"},
        {"代办证件", "代办老年优待证 代办残疾证年审 代办居住证"},
        {"读书读报", "视力不好，请志愿者读报"},
        {"就业指导", "帮助孩子找工作 咨询灵活就业社保"},
        {"医疗护理", "测量血压血糖 术后换药"},
        {"法律咨询", "咨询房屋继承问题 邻里纠纷咨询"},
        {"心理疏导", "独居老人心情低落，请人陪伴聊天"},
        {"电脑手机教学", "教老人用手机视频通话 教老人用手机挂号"},
        {"家政服务", "帮忙打扫卫生"},
        {"助老助残", "陪同老人去医院 帮忙购买生活用品"},
    };
    for (const auto &[name, titles] : bySkill) {
        if (skill == QString::fromUtf8(name)) {
            const Strings options = split(titles);
            const QString title = pick(random, options);
            return {title, QString::fromUtf8("居民通过网格群点单：") + title};
        }
    }
    return {skill + QString::fromUtf8("服务"), QString::fromUtf8("居民点单：") + skill};
}

QString consultationTitle(int kind)
{
    switch (kind) {
    case 0:
        return QString::fromUtf8("五方会谈");
    case 1:
        return QString::fromUtf8("屋场恳谈会");
    default:
        return QString::fromUtf8("长廊察民意");
    }
}

QString consultationAttendees(int kind)
{
    if (kind == 0)
        return QString::fromUtf8("小区党支部、物业、业委会、辖区单位、居民代表");
    return QString::fromUtf8("网格长、楼栋长、党员、居民代表");
}

std::pair<QString, QString> consultationIssue(DemoRandom &random)
{
    static const std::vector<std::pair<const char *, const char *>> issues = {
        {"停车难", "小区车位不足，消防通道被占用"},
        {"外墙松动", "楼体外墙保温层松动，存在坠落隐患"},
        {"路灯不亮", "小区主干道路灯损坏，夜间出行不便"},
        {"垃圾清运不及时", "垃圾桶满溢，夏季异味大"},
        {"电梯故障", "电梯频繁停运，老人上下楼困难"},
        {"楼道堆物", "楼道堆放杂物，影响消防安全"},
        {"绿化养护", "绿地杂草丛生，需要修剪"},
        {"噪音扰民", "夜间商铺噪音影响休息"},
        {"下水管网堵塞", "雨季下水不畅，积水严重"},
        {"充电桩不足", "电动车充电难，存在飞线充电"},
    };
    const auto &[title, description] = issues[random.below(std::uint32_t(issues.size()))];
    return {QString::fromUtf8(title), QString::fromUtf8(description)};
}

} // namespace gridbook::demo
