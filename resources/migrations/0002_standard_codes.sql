-- SPDX-License-Identifier: MIT
-- Migration 2: the standard code tables created by migration 1, and the seeded editable lists.
--
-- What each block holds and what it follows:
--   sex_code               GB/T 2261.1-2003 人的性别代码
--   ethnicity_code         GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码 (56 groups),
--                          plus 97/98, the extension used by household-register and school
--                          systems (not part of GB/T 3304 itself)
--   political_status_code  GB/T 4762-1984 政治面貌代码
--   relation_code          GB/T 4761-2008 家庭关系代码
--   region_code            GB/T 2260 中华人民共和国行政区划代码, an extract: all provinces,
--                          the prefectures of 河北/山西/河南, the counties of 太原/长治/晋城,
--                          and the historical 长治 codes still found in older ID numbers
--   residence_type_code    人口类型 as used by grid platforms (户籍/常住/流动/人户分离/境外)
--   grid_role_code         the roles of the grid system ("三长制" and the grid hierarchy)
--   care_category, skill   starting lists the office may edit; fixed uids (see below)
--
-- Runs inside the migrator's transaction: no BEGIN/COMMIT, no PRAGMA here.

-- ---------------------------------------------------------------- GB/T 2261.1-2003
-- The standard's names for 1 and 2 are 男性 / 女性; the short forms are what forms print.
INSERT INTO sex_code (code, name, sort) VALUES
    ('0', '未知的性别', 0),
    ('1', '男', 1),
    ('2', '女', 2),
    ('9', '未说明的性别', 9);

-- ---------------------------------------------------------------- GB/T 3304-1991
-- roman = the standard's romanised name (for foreign use it gives Korean for 朝鲜族 and
-- Tibetan for 藏族; the table keeps the standard spelling).
INSERT INTO ethnicity_code (code, name, roman, sort) VALUES
    ('01', '汉族', 'Han', 1),
    ('02', '蒙古族', 'Mongol', 2),
    ('03', '回族', 'Hui', 3),
    ('04', '藏族', 'Zang', 4),
    ('05', '维吾尔族', 'Uygur', 5),
    ('06', '苗族', 'Miao', 6),
    ('07', '彝族', 'Yi', 7),
    ('08', '壮族', 'Zhuang', 8),
    ('09', '布依族', 'Buyei', 9),
    ('10', '朝鲜族', 'Chosen', 10),
    ('11', '满族', 'Man', 11),
    ('12', '侗族', 'Dong', 12),
    ('13', '瑶族', 'Yao', 13),
    ('14', '白族', 'Bai', 14),
    ('15', '土家族', 'Tujia', 15),
    ('16', '哈尼族', 'Hani', 16),
    ('17', '哈萨克族', 'Kazak', 17),
    ('18', '傣族', 'Dai', 18),
    ('19', '黎族', 'Li', 19),
    ('20', '傈僳族', 'Lisu', 20),
    ('21', '佤族', 'Va', 21),
    ('22', '畲族', 'She', 22),
    ('23', '高山族', 'Gaoshan', 23),
    ('24', '拉祜族', 'Lahu', 24),
    ('25', '水族', 'Sui', 25),
    ('26', '东乡族', 'Dongxiang', 26),
    ('27', '纳西族', 'Naxi', 27),
    ('28', '景颇族', 'Jingpo', 28),
    ('29', '柯尔克孜族', 'Kirgiz', 29),
    ('30', '土族', 'Tu', 30),
    ('31', '达斡尔族', 'Daur', 31),
    ('32', '仫佬族', 'Mulao', 32),
    ('33', '羌族', 'Qiang', 33),
    ('34', '布朗族', 'Blang', 34),
    ('35', '撒拉族', 'Salar', 35),
    ('36', '毛南族', 'Maonan', 36),
    ('37', '仡佬族', 'Gelao', 37),
    ('38', '锡伯族', 'Xibe', 38),
    ('39', '阿昌族', 'Achang', 39),
    ('40', '普米族', 'Pumi', 40),
    ('41', '塔吉克族', 'Tajik', 41),
    ('42', '怒族', 'Nu', 42),
    ('43', '乌孜别克族', 'Uzbek', 43),
    ('44', '俄罗斯族', 'Russ', 44),
    ('45', '鄂温克族', 'Ewenki', 45),
    ('46', '德昂族', 'Deang', 46),
    ('47', '保安族', 'Bonan', 47),
    ('48', '裕固族', 'Yugur', 48),
    ('49', '京族', 'Gin', 49),
    ('50', '塔塔尔族', 'Tatar', 50),
    ('51', '独龙族', 'Derung', 51),
    ('52', '鄂伦春族', 'Oroqen', 52),
    ('53', '赫哲族', 'Hezhen', 53),
    ('54', '门巴族', 'Monba', 54),
    ('55', '珞巴族', 'Lhoba', 55),
    ('56', '基诺族', 'Jino', 56),
    ('97', '其他', NULL, 97),
    ('98', '外国血统中国籍人士', NULL, 98);

-- ---------------------------------------------------------------- GB/T 4762-1984
-- name = the standard's full name, short_name = its 简称.
INSERT INTO political_status_code (code, name, short_name, sort) VALUES
    ('01', '中国共产党党员', '中共党员', 1),
    ('02', '中国共产党预备党员', '中共预备党员', 2),
    ('03', '中国共产主义青年团团员', '共青团员', 3),
    ('04', '中国国民党革命委员会会员', '民革会员', 4),
    ('05', '中国民主同盟盟员', '民盟盟员', 5),
    ('06', '中国民主建国会会员', '民建会员', 6),
    ('07', '中国民主促进会会员', '民进会员', 7),
    ('08', '中国农工民主党党员', '农工党党员', 8),
    ('09', '中国致公党党员', '致公党党员', 9),
    ('10', '九三学社社员', '九三学社社员', 10),
    ('11', '台湾民主自治同盟盟员', '台盟盟员', 11),
    ('12', '无党派民主人士', '无党派人士', 12),
    ('13', '群众', '群众', 13);

-- ---------------------------------------------------------------- GB/T 4761-2008
-- Two-digit codes; the tens digit is the group (1x spouse, 2x son, 3x daughter, 4x grandchild,
-- 5x parent, 6x grandparent, 7x sibling, 8x-9x other relatives), x0 is the group's general term.
INSERT INTO relation_code (code, name, sort) VALUES
    ('01', '本人', 1),
    ('02', '户主', 2),
    ('10', '配偶', 10),
    ('11', '夫', 11),
    ('12', '妻', 12),
    ('20', '子', 20),
    ('21', '独生子', 21),
    ('22', '长子', 22),
    ('23', '次子', 23),
    ('24', '三子', 24),
    ('25', '四子', 25),
    ('26', '五子', 26),
    ('27', '养子或继子', 27),
    ('28', '女婿', 28),
    ('29', '其他儿子', 29),
    ('30', '女', 30),
    ('31', '独生女', 31),
    ('32', '长女', 32),
    ('33', '次女', 33),
    ('34', '三女', 34),
    ('35', '四女', 35),
    ('36', '五女', 36),
    ('37', '养女或继女', 37),
    ('38', '儿媳', 38),
    ('39', '其他女儿', 39),
    ('40', '孙子、孙女或外孙子、外孙女', 40),
    ('41', '孙子', 41),
    ('42', '孙女', 42),
    ('43', '外孙子', 43),
    ('44', '外孙女', 44),
    ('45', '孙媳妇或外孙媳妇', 45),
    ('46', '孙女婿或外孙女婿', 46),
    ('47', '曾孙子或外曾孙子', 47),
    ('48', '曾孙女或外曾孙女', 48),
    ('49', '其他孙子、孙女或外孙子、外孙女', 49),
    ('50', '父母', 50),
    ('51', '父亲', 51),
    ('52', '母亲', 52),
    ('53', '公公', 53),
    ('54', '婆婆', 54),
    ('55', '岳父', 55),
    ('56', '岳母', 56),
    ('57', '继父或养父', 57),
    ('58', '继母或养母', 58),
    ('59', '其他父母关系', 59),
    ('60', '祖父母或外祖父母', 60),
    ('61', '祖父', 61),
    ('62', '祖母', 62),
    ('63', '外祖父', 63),
    ('64', '外祖母', 64),
    ('65', '配偶的祖父母或外祖父母', 65),
    ('66', '曾祖父', 66),
    ('67', '曾祖母', 67),
    ('68', '配偶的曾祖父母或外曾祖父母', 68),
    ('69', '其他祖父母或外祖父母关系', 69),
    ('70', '兄弟姐妹', 70),
    ('71', '兄', 71),
    ('72', '嫂', 72),
    ('73', '弟', 73),
    ('74', '弟媳', 74),
    ('75', '姐姐', 75),
    ('76', '姐夫', 76),
    ('77', '妹妹', 77),
    ('78', '妹夫', 78),
    ('79', '其他兄弟姐妹', 79),
    ('80', '其他', 80),
    ('81', '伯父', 81),
    ('82', '伯母', 82),
    ('83', '叔父', 83),
    ('84', '婶母', 84),
    ('85', '舅父', 85),
    ('86', '舅母', 86),
    ('87', '姨父', 87),
    ('88', '姨母', 88),
    ('89', '姑父', 89),
    ('90', '姑母', 90),
    ('91', '堂兄弟、堂姐妹', 91),
    ('92', '表兄弟、表姐妹', 92),
    ('93', '侄子', 93),
    ('94', '侄女', 94),
    ('95', '外甥', 95),
    ('96', '外甥女', 96),
    ('97', '其他亲属', 97),
    ('99', '非亲属', 99);

-- ---------------------------------------------------------------- GB/T 2260 (extract)
-- level 1 province, 2 prefecture, 3 county. Parents come before children (parent_code is a
-- foreign key). The municipalities (北京/天津/上海/重庆) have only their province row here.
-- historical = 1: abolished, but still the first six digits of ID numbers issued before.
INSERT INTO region_code (code, name, parent_code, level, historical) VALUES
    ('110000', '北京市', NULL, 1, 0),
    ('120000', '天津市', NULL, 1, 0),
    ('130000', '河北省', NULL, 1, 0),
    ('140000', '山西省', NULL, 1, 0),
    ('150000', '内蒙古自治区', NULL, 1, 0),
    ('210000', '辽宁省', NULL, 1, 0),
    ('220000', '吉林省', NULL, 1, 0),
    ('230000', '黑龙江省', NULL, 1, 0),
    ('310000', '上海市', NULL, 1, 0),
    ('320000', '江苏省', NULL, 1, 0),
    ('330000', '浙江省', NULL, 1, 0),
    ('340000', '安徽省', NULL, 1, 0),
    ('350000', '福建省', NULL, 1, 0),
    ('360000', '江西省', NULL, 1, 0),
    ('370000', '山东省', NULL, 1, 0),
    ('410000', '河南省', NULL, 1, 0),
    ('420000', '湖北省', NULL, 1, 0),
    ('430000', '湖南省', NULL, 1, 0),
    ('440000', '广东省', NULL, 1, 0),
    ('450000', '广西壮族自治区', NULL, 1, 0),
    ('460000', '海南省', NULL, 1, 0),
    ('500000', '重庆市', NULL, 1, 0),
    ('510000', '四川省', NULL, 1, 0),
    ('520000', '贵州省', NULL, 1, 0),
    ('530000', '云南省', NULL, 1, 0),
    ('540000', '西藏自治区', NULL, 1, 0),
    ('610000', '陕西省', NULL, 1, 0),
    ('620000', '甘肃省', NULL, 1, 0),
    ('630000', '青海省', NULL, 1, 0),
    ('640000', '宁夏回族自治区', NULL, 1, 0),
    ('650000', '新疆维吾尔自治区', NULL, 1, 0),
    ('710000', '台湾省', NULL, 1, 0),
    ('810000', '香港特别行政区', NULL, 1, 0),
    ('820000', '澳门特别行政区', NULL, 1, 0);

-- 河北省 prefectures (demo birthplaces)
INSERT INTO region_code (code, name, parent_code, level, historical) VALUES
    ('130100', '石家庄市', '130000', 2, 0),
    ('130200', '唐山市', '130000', 2, 0),
    ('130300', '秦皇岛市', '130000', 2, 0),
    ('130400', '邯郸市', '130000', 2, 0),
    ('130500', '邢台市', '130000', 2, 0),
    ('130600', '保定市', '130000', 2, 0),
    ('130700', '张家口市', '130000', 2, 0),
    ('130800', '承德市', '130000', 2, 0),
    ('130900', '沧州市', '130000', 2, 0),
    ('131000', '廊坊市', '130000', 2, 0),
    ('131100', '衡水市', '130000', 2, 0);

-- 山西省 prefectures
INSERT INTO region_code (code, name, parent_code, level, historical) VALUES
    ('140100', '太原市', '140000', 2, 0),
    ('140200', '大同市', '140000', 2, 0),
    ('140300', '阳泉市', '140000', 2, 0),
    ('140400', '长治市', '140000', 2, 0),
    ('140500', '晋城市', '140000', 2, 0),
    ('140600', '朔州市', '140000', 2, 0),
    ('140700', '晋中市', '140000', 2, 0),
    ('140800', '运城市', '140000', 2, 0),
    ('140900', '忻州市', '140000', 2, 0),
    ('141000', '临汾市', '140000', 2, 0),
    ('141100', '吕梁市', '140000', 2, 0);

-- 河南省 prefectures (demo birthplaces). 济源市 (419001) is a county-level city under the
-- province directly, not a prefecture, and is left out.
INSERT INTO region_code (code, name, parent_code, level, historical) VALUES
    ('410100', '郑州市', '410000', 2, 0),
    ('410200', '开封市', '410000', 2, 0),
    ('410300', '洛阳市', '410000', 2, 0),
    ('410400', '平顶山市', '410000', 2, 0),
    ('410500', '安阳市', '410000', 2, 0),
    ('410600', '鹤壁市', '410000', 2, 0),
    ('410700', '新乡市', '410000', 2, 0),
    ('410800', '焦作市', '410000', 2, 0),
    ('410900', '濮阳市', '410000', 2, 0),
    ('411000', '许昌市', '410000', 2, 0),
    ('411100', '漯河市', '410000', 2, 0),
    ('411200', '三门峡市', '410000', 2, 0),
    ('411300', '南阳市', '410000', 2, 0),
    ('411400', '商丘市', '410000', 2, 0),
    ('411500', '信阳市', '410000', 2, 0),
    ('411600', '周口市', '410000', 2, 0),
    ('411700', '驻马店市', '410000', 2, 0);

-- 太原市 districts and counties
INSERT INTO region_code (code, name, parent_code, level, historical) VALUES
    ('140105', '小店区', '140100', 3, 0),
    ('140106', '迎泽区', '140100', 3, 0),
    ('140107', '杏花岭区', '140100', 3, 0),
    ('140108', '尖草坪区', '140100', 3, 0),
    ('140109', '万柏林区', '140100', 3, 0),
    ('140110', '晋源区', '140100', 3, 0),
    ('140121', '清徐县', '140100', 3, 0),
    ('140122', '阳曲县', '140100', 3, 0),
    ('140123', '娄烦县', '140100', 3, 0),
    ('140181', '古交市', '140100', 3, 0);

-- 长治市, after the 2018-2019 reform: 城区 + 郊区 -> 潞州区, 长治县 -> 上党区,
-- 屯留县 -> 屯留区, 潞城市 -> 潞城区. The old codes stay, marked historical.
INSERT INTO region_code (code, name, parent_code, level, historical) VALUES
    ('140403', '潞州区', '140400', 3, 0),
    ('140404', '上党区', '140400', 3, 0),
    ('140405', '屯留区', '140400', 3, 0),
    ('140406', '潞城区', '140400', 3, 0),
    ('140423', '襄垣县', '140400', 3, 0),
    ('140425', '平顺县', '140400', 3, 0),
    ('140426', '黎城县', '140400', 3, 0),
    ('140427', '壶关县', '140400', 3, 0),
    ('140428', '长子县', '140400', 3, 0),
    ('140429', '武乡县', '140400', 3, 0),
    ('140430', '沁县', '140400', 3, 0),
    ('140431', '沁源县', '140400', 3, 0),
    ('140402', '城区', '140400', 3, 1),
    ('140411', '郊区', '140400', 3, 1),
    ('140421', '长治县', '140400', 3, 1),
    ('140424', '屯留县', '140400', 3, 1),
    ('140481', '潞城市', '140400', 3, 1);

-- 晋城市 districts and counties (demo birthplaces)
INSERT INTO region_code (code, name, parent_code, level, historical) VALUES
    ('140502', '城区', '140500', 3, 0),
    ('140521', '沁水县', '140500', 3, 0),
    ('140522', '阳城县', '140500', 3, 0),
    ('140524', '陵川县', '140500', 3, 0),
    ('140525', '泽州县', '140500', 3, 0),
    ('140581', '高平市', '140500', 3, 0);

-- ---------------------------------------------------------------- residence type
--   1 户籍人口    household registration (户口) here and living here
--   2 常住人口    living here long-term (usually half a year or more), registered elsewhere
--   3 流动人口    migrant / floating: living here for a shorter or unsettled time, registered
--                 elsewhere (tenants, seasonal workers)
--   4 人户分离    registered here but living elsewhere ("空挂户"): counted, not visited
--   5 境外人员    foreigners and residents from 港澳台 living here (passport / travel permit)
INSERT INTO residence_type_code (code, name, sort) VALUES
    ('1', '户籍人口', 1),
    ('2', '常住人口', 2),
    ('3', '流动人口', 3),
    ('4', '人户分离', 4),
    ('5', '境外人员', 5);

-- ---------------------------------------------------------------- grid roles
-- scope_level is the level of the place or grid a holder of the role is responsible for;
-- the grid_role triggers of migration 1 enforce it.
INSERT INTO grid_role_code (code, name, scope_level, sort) VALUES
    ('chief_grid_leader', '总网格长', 'community', 1),
    ('big_grid_leader', '大网格长', 'big_grid', 2),
    ('grid_leader', '网格长', 'small_grid', 3),
    ('grid_worker', '专职网格员', 'small_grid', 4),
    ('grid_assistant', '网格辅助员', 'small_grid', 5),
    ('building_head', '楼栋长', 'building', 6),
    ('unit_head', '单元长', 'unit', 7);

-- ---------------------------------------------------------------- seeded editable lists
-- care_category and skill are record tables the office may edit, so their seeded rows carry
-- fixed literal uids: every ledger file then holds the same categories, and merging two
-- laptops' files matches them by uid instead of duplicating them. Their timestamps are fixed
-- too, and deliberately old, so that any local edit of a seeded row is the newer version.
--
-- Sensitivity rule: every 'special' (重点人员, public-security / judicial) category is
-- sensitive; a 'care' category is sensitive when membership reveals a person's health or
-- income (残疾人, 失能老人, 大病患者, 低保户, 特困供养人员). sensitive = 1 marks data that needs
-- protecting: who may see it, and whether it goes onto printed rosters and exports.
INSERT INTO care_category
    (uid, created_at, updated_at, code, name, category_group, sensitive, sort, note) VALUES
    ('57c1d244-9b53-402c-8ad8-02fd7626b6b4', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'low_income', '低保户', 'care', 1, 10, '城乡居民最低生活保障对象'),
    ('326c913a-264e-46dd-b9d6-806d34fa8c1c', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'hardship', '困难家庭', 'care', 0, 20, NULL),
    ('b7d60339-fd9d-4716-82cc-7a1f9032064c', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'widowed_elderly', '孤寡老人', 'care', 0, 30, NULL),
    ('25e49c9b-8b71-4706-a7a3-fea706c9570b', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'living_alone', '独居老人', 'care', 0, 40, NULL),
    ('fe928b85-d87a-49e2-a623-96fdd2138791', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'empty_nest', '空巢老人', 'care', 0, 50, NULL),
    ('bbd45dca-259f-438b-aa86-63f03e1bfb17', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'disabled', '残疾人', 'care', 1, 60, NULL),
    ('45736f98-3885-45bf-b146-1562bd603190', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'disabled_elderly', '失能老人', 'care', 1, 70, NULL),
    ('de48f1fa-08d8-48a5-b4cc-11a914a5be72', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'over_80', '80岁以上高龄老人', 'care', 0, 80, NULL),
    ('62df1bd8-047d-4370-9d39-193890fbfe1f', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'left_behind_child', '留守儿童', 'care', 0, 90, NULL),
    ('ec722744-9e95-4dea-b40c-c41682beefda', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'military_family', '军人家属', 'care', 0, 100, '拥军优属'),
    ('22b76fdf-d60b-439d-8dc4-65bf0d50e014', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'ethnic_minority', '少数民族', 'care', 0, 110, NULL),
    ('0a6b6daa-479c-4834-8007-2d4060f5312d', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'new_employment', '新就业群体', 'care', 0, 120, '网约车司机、外卖骑手、快递员'),
    ('1c3c3242-d509-4ccb-b86c-474951ab86cd', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'serious_illness', '大病患者', 'care', 1, 130, NULL),
    ('d72d9b30-2be1-46b4-8028-b9e5c118b1c1', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'veteran', '退役军人', 'care', 0, 140, NULL),
    ('bf1a2787-a56d-4ac1-98a8-efcda67db6ee', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'special_hardship', '特困供养人员', 'care', 1, 150, NULL),
    ('01850eec-735a-4e4c-8fee-f7a9f2055cad', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'drug_rehab', '社区戒毒/康复人员', 'special', 1, 210, NULL),
    ('b2f15d34-7b9a-4d2d-942c-cdc7cf6566f8', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'community_correction', '社区矫正对象', 'special', 1, 220, NULL),
    ('85e5b653-4132-4130-8023-9b202c8dec14', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'released_prisoner', '刑满释放人员', 'special', 1, 230, NULL),
    ('0ca41c8e-6a5b-4c24-9c59-242501b12a04', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'mental_illness', '严重精神障碍患者', 'special', 1, 240, NULL),
    ('4f4df948-7de3-4b1f-8efa-8ef9155a83a1', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'key_petitioner', '重点信访人员', 'special', 1, 250, NULL),
    ('003c1b48-77a6-4ca1-bf78-2c7b84a4c047', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z',
     'cult_involved', '涉邪教人员', 'special', 1, 260, NULL);

-- 一技之长: what volunteers can do and residents ask for (service_request.skill_id).
INSERT INTO skill (uid, created_at, updated_at, name, sort) VALUES
    ('098822bd-97a2-4644-bbe5-76133a26dba8', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '水电维修', 10),
    ('b28692f5-e80c-493d-9112-c417891f342b', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '管道疏通', 20),
    ('f493e8b3-0113-4c90-a081-6b22423c6567', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '家电维修', 30),
    ('88343f62-3147-4ac9-805e-6487d765d931', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '上门理发', 40),
    ('a0e39801-303b-4a5a-b914-1953fd57b4c8', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '政策咨询', 50),
    ('e64e6d89-e8d0-4dff-9982-1c9dfb5900e1', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '代办证件', 60),
    ('bcb2a33b-01ec-4461-a1b6-3783718f26a1', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '读书读报', 70),
    ('93633d08-a5f0-43ef-b161-b00eefb47393', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '就业指导', 80),
    ('b5e609ff-7ba8-4244-8c46-e0eb2e35fca5', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '医疗护理', 90),
    ('39eb8e02-3fc0-4294-833d-2639e62ce5d2', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '法律咨询', 100),
    ('665b4e13-ce75-4e4b-af0f-eeda4ad7cb4c', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '心理疏导', 110),
    ('1fb107cf-22da-43ba-b28f-e8f4b2f432bc', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '文艺演出', 120),
    ('3d9f1f38-e547-402e-90e2-f21a2822fb34', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '书法绘画', 130),
    ('339dc877-4e5e-47ce-960f-9093ac719a88', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '电脑手机教学', 140),
    ('32119c02-ebe1-4b02-a735-209b8f51181b', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '家政服务', 150),
    ('cdd93c46-4da5-476f-85fe-2671f8fd6e9e', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', '助老助残', 160);
