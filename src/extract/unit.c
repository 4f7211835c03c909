/* SPDX-License-Identifier: MIT */
/*
 * Measure words and units.  unit_match() takes the longest word that
 * matches, so the order of rows does not matter; rows are grouped by
 * dimension.  "base" converts to m, m2, m3, kg, CNY or s; NAN when no
 * fixed rate exists (foreign money).
 */
#include <math.h>
#include <string.h>

#include "extract.h"

#define M	UNIT_MEASURE
#define NF	UNIT_NOT_FACT
#define D(x)	SHUTU_DIM_##x

static const struct unit units[] = {
	/* Counts: measure words; the noun after them is what is counted. */
	{ "名",		NULL,	D(COUNT),	1, M },
	{ "个",		NULL,	D(COUNT),	1, M },
	{ "项",		NULL,	D(COUNT),	1, M },
	{ "对",		NULL,	D(COUNT),	1, M },
	{ "家",		NULL,	D(COUNT),	1, M },
	{ "处",		NULL,	D(COUNT),	1, M },
	{ "次",		NULL,	D(COUNT),	1, M },
	{ "条",		NULL,	D(COUNT),	1, M },
	{ "支",		NULL,	D(COUNT),	1, M },
	{ "所",		NULL,	D(COUNT),	1, M },
	{ "户",		NULL,	D(COUNT),	1, M },
	{ "人",		NULL,	D(COUNT),	1, M },
	{ "人次",	NULL,	D(COUNT),	1, M },
	{ "场次",	NULL,	D(COUNT),	1, M },
	{ "班次",	NULL,	D(COUNT),	1, M },
	{ "册次",	NULL,	D(COUNT),	1, M },
	{ "家次",	NULL,	D(COUNT),	1, M },
	{ "台次",	NULL,	D(COUNT),	1, M },
	{ "架次",	NULL,	D(COUNT),	1, M },
	{ "车次",	NULL,	D(COUNT),	1, M },
	{ "艘次",	NULL,	D(COUNT),	1, M },
	{ "户次",	NULL,	D(COUNT),	1, M },
	{ "台套",	NULL,	D(COUNT),	1, M },
	{ "列",		NULL,	D(COUNT),	1, M },
	{ "标箱",	NULL,	D(COUNT),	1, M },
	{ "班",		NULL,	D(COUNT),	1, M },
	{ "趟",		NULL,	D(COUNT),	1, M },
	{ "节",		NULL,	D(COUNT),	1, M },
	{ "颗",		NULL,	D(COUNT),	1, M },
	{ "粒",		NULL,	D(COUNT),	1, M },
	{ "枚",		NULL,	D(COUNT),	1, M },
	{ "堂",		NULL,	D(COUNT),	1, M },
	{ "课",		NULL,	D(COUNT),	1, M },
	{ "项次",	NULL,	D(COUNT),	1, M },
	{ "位",		NULL,	D(COUNT),	1, M },
	{ "座",		NULL,	D(COUNT),	1, M },
	{ "台",		NULL,	D(COUNT),	1, M },
	{ "把",		NULL,	D(COUNT),	1, M },	/* 150把体温枪 */
	{ "辆",		NULL,	D(COUNT),	1, M },
	{ "套",		NULL,	D(COUNT),	1, M },
	{ "间",		NULL,	D(COUNT),	1, M },
	{ "张",		NULL,	D(COUNT),	1, M },
	{ "件",		NULL,	D(COUNT),	1, M },
	{ "份",		NULL,	D(COUNT),	1, M },
	{ "股",		NULL,	D(COUNT),	1, M },	/* 增持97.29万股 */
	{ "批",		NULL,	D(COUNT),	1, M },
	{ "场",		NULL,	D(COUNT),	1, M },
	{ "起",		NULL,	D(COUNT),	1, M },
	{ "例",		NULL,	D(COUNT),	1, M },
	{ "只",		NULL,	D(COUNT),	1, M },
	{ "头",		NULL,	D(COUNT),	1, M },
	{ "棵",		NULL,	D(COUNT),	1, M },
	{ "株",		NULL,	D(COUNT),	1, M },
	{ "棒",		NULL,	D(COUNT),	1, M },	/* 食用菌1万棒 */
	{ "桶",		NULL,	D(COUNT),	1, M },	/* 中蜂147桶 */
	{ "口",		NULL,	D(COUNT),	1, M },	/* 蓄水池4口, 井 */
	{ "本",		NULL,	D(COUNT),	1, M },
	{ "册",		NULL,	D(COUNT),	1, M },
	{ "篇",		NULL,	D(COUNT),	1, M },
	{ "部",		NULL,	D(COUNT),	1, M },
	{ "种",		NULL,	D(COUNT),	1, M },
	{ "类",		NULL,	D(COUNT),	1, M },
	{ "艘",		NULL,	D(COUNT),	1, M },
	{ "架",		NULL,	D(COUNT),	1, M },
	{ "栋",		NULL,	D(COUNT),	1, M },
	{ "幢",		NULL,	D(COUNT),	1, M },
	{ "块",		NULL,	D(COUNT),	1, M },
	{ "片",		NULL,	D(COUNT),	1, M },
	{ "轮",		NULL,	D(COUNT),	1, M },
	{ "期",		NULL,	D(COUNT),	1, M | NF },	/* 二期: a phase */
	{ "批次",	NULL,	D(COUNT),	1, M },
	{ "宗",		NULL,	D(COUNT),	1, M },
	{ "笔",		NULL,	D(COUNT),	1, M },
	{ "单",		NULL,	D(COUNT),	1, M },
	{ "门",		NULL,	D(COUNT),	1, M },
	{ "根",		NULL,	D(COUNT),	1, M },
	{ "盏",		NULL,	D(COUNT),	1, M },
	{ "副",		NULL,	D(COUNT),	1, M },
	{ "箱",		NULL,	D(COUNT),	1, M },
	{ "袋",		NULL,	D(COUNT),	1, M },
	{ "包",		NULL,	D(COUNT),	1, M },
	{ "封",		NULL,	D(COUNT),	1, M },
	{ "首",		NULL,	D(COUNT),	1, M },
	{ "幅",		NULL,	D(COUNT),	1, M },
	{ "道",		NULL,	D(COUNT),	1, M },
	{ "层",		NULL,	D(COUNT),	1, M },
	{ "届",		NULL,	D(COUNT),	1, M | NF },	/* 第四届 */
	{ "级",		NULL,	D(COUNT),	1, M | NF },	/* 二级路长 */
	{ "号",		NULL,	D(COUNT),	1, M | NF },	/* 3号楼 */
	{ "号线",	NULL,	D(COUNT),	1, NF },	/* 地铁3号线 */
	{ "环",		NULL,	D(COUNT),	1, M | NF },	/* 西四环 */
	{ "代",		NULL,	D(COUNT),	1, M | NF },
	{ "周年",	NULL,	D(DURATION),	NAN, NF },	/* 99周年 */
	{ "强",		NULL,	D(COUNT),	1, M | NF },	/* 百强 */
	/* A noun that counts itself (16区). */
	{ "区",		NULL,	D(COUNT),	1, UNIT_SELF },
	{ "县",		NULL,	D(COUNT),	1, UNIT_SELF },
	{ "省",		NULL,	D(COUNT),	1, UNIT_SELF },
	{ "市",		NULL,	D(COUNT),	1, UNIT_SELF },
	{ "镇",		NULL,	D(COUNT),	1, UNIT_SELF },
	{ "乡",		NULL,	D(COUNT),	1, UNIT_SELF },
	{ "村",		NULL,	D(COUNT),	1, UNIT_SELF },
	{ "国",		NULL,	D(COUNT),	1, UNIT_SELF },
	/* Road numbers: 112国道, 312省道 are names, not counts. */
	{ "国道",	NULL,	D(COUNT),	1, NF },
	{ "省道",	NULL,	D(COUNT),	1, NF },
	{ "县道",	NULL,	D(COUNT),	1, NF },
	{ "岁",		NULL,	D(OTHER),	NAN, 0 },
	{ "周岁",	NULL,	D(OTHER),	NAN, 0 },
	/* Length */
	{ "米",		NULL,	D(LENGTH),	1, 0 },
	{ "公里",	NULL,	D(LENGTH),	1000, 0 },
	{ "千米",	NULL,	D(LENGTH),	1000, 0 },
	{ "厘米",	NULL,	D(LENGTH),	0.01, 0 },
	{ "毫米",	NULL,	D(LENGTH),	0.001, 0 },
	{ "延米",	NULL,	D(LENGTH),	1, 0 },
	{ "km",		NULL,	D(LENGTH),	1000, 0 },
	{ "m",		NULL,	D(LENGTH),	1, 0 },
	{ "cm",		NULL,	D(LENGTH),	0.01, 0 },
	{ "mm",		NULL,	D(LENGTH),	0.001, 0 },
	/* Area */
	{ "平方米",	NULL,	D(AREA),	1, 0 },
	{ "平米",	NULL,	D(AREA),	1, 0 },
	{ "平方公里",	NULL,	D(AREA),	1e6, 0 },
	{ "平方千米",	NULL,	D(AREA),	1e6, 0 },
	{ "亩",		NULL,	D(AREA),	10000.0 / 15, 0 },
	{ "公顷",	NULL,	D(AREA),	1e4, 0 },
	{ "㎡",		NULL,	D(AREA),	1, 0 },
	{ "m²",		NULL,	D(AREA),	1, 0 },
	{ "km²",	NULL,	D(AREA),	1e6, 0 },
	/* Volume */
	{ "立方米",	NULL,	D(VOLUME),	1, 0 },
	/* capacities a day: 污水处理能力2.34亿立方米/日, never 2.34亿立方米 */
	{ "立方米/日",	NULL,	D(VOLUME),	1, 0 },
	{ "立方米/天",	NULL,	D(VOLUME),	1, 0 },
	{ "方",		NULL,	D(VOLUME),	1, 0 },	/* 土方: m3 */
	{ "升",		NULL,	D(VOLUME),	0.001, 0 },
	{ "毫升",	NULL,	D(VOLUME),	1e-6, 0 },
	{ "m³",		NULL,	D(VOLUME),	1, 0 },
	/* Mass */
	{ "吨",		NULL,	D(MASS),	1000, 0 },
	{ "公斤",	NULL,	D(MASS),	1, 0 },
	{ "千克",	NULL,	D(MASS),	1, 0 },
	{ "斤",		NULL,	D(MASS),	0.5, 0 },
	{ "克",		NULL,	D(MASS),	0.001, 0 },
	{ "毫克",	NULL,	D(MASS),	1e-6, 0 },
	{ "微克",	NULL,	D(MASS),	1e-9, 0 },
	{ "kg",		NULL,	D(MASS),	1, 0 },
	/* Money: 万元 and 亿元 come through the number's scale. */
	{ "元",		NULL,	D(MONEY),	1, 0 },
	{ "块钱",	NULL,	D(MONEY),	1, 0 },
	{ "人民币",	NULL,	D(MONEY),	1, 0 },
	{ "美元",	NULL,	D(MONEY),	NAN, 0 },
	{ "欧元",	NULL,	D(MONEY),	NAN, 0 },
	{ "港元",	NULL,	D(MONEY),	NAN, 0 },
	{ "英镑",	NULL,	D(MONEY),	NAN, 0 },
	{ "日元",	NULL,	D(MONEY),	NAN, 0 },
	/* Percent: the value is the percent number (30% -> 30). */
	{ "%",		NULL,	D(PERCENT),	1, 0 },
	{ "％",		NULL,	D(PERCENT),	1, 0 },
	{ "个百分点",	NULL,	D(PERCENT),	1, UNIT_POINT },
	{ "百分点",	NULL,	D(PERCENT),	1, UNIT_POINT },
	/* 成 is tenths: 三成 -> 30 (percent). */
	{ "成",		NULL,	D(PERCENT),	1, UNIT_TENTH },
	{ "‰",		NULL,	D(OTHER),	NAN, 0 },
	/* Durations */
	{ "天",		NULL,	D(DURATION),	86400, 0 },
	{ "日",		NULL,	D(DURATION),	86400, NF },	/* 28日: a date */
	{ "日内",	"日",	D(DURATION),	86400, UNIT_UNDER },	/* 十五日内 */
	{ "天内",	"天",	D(DURATION),	86400, UNIT_UNDER },
	{ "个月",	NULL,	D(DURATION),	2592000, 0 },
	{ "个多月",	"个月",	D(DURATION),	2592000, UNIT_OVER },
	{ "个半月",	"个月",	D(DURATION),	2592000, UNIT_HALF },
	{ "年",		NULL,	D(DURATION),	31536000, 0 },
	{ "年多",	"年",	D(DURATION),	31536000, UNIT_OVER },
	{ "周",		NULL,	D(DURATION),	604800, 0 },
	{ "个星期",	NULL,	D(DURATION),	604800, 0 },
	{ "星期",	NULL,	D(DURATION),	604800, 0 },
	{ "小时",	NULL,	D(DURATION),	3600, 0 },
	{ "个小时",	NULL,	D(DURATION),	3600, 0 },
	{ "个多小时",	"个小时", D(DURATION),	3600, UNIT_OVER },
	{ "分钟",	NULL,	D(DURATION),	60, 0 },
	{ "秒",		NULL,	D(DURATION),	1, 0 },
	{ "个工作日",	NULL,	D(DURATION),	86400, 0 },
	{ "工作日",	NULL,	D(DURATION),	86400, 0 },
	/* Other */
	{ "倍",		NULL,	D(OTHER),	NAN, 0 },
	{ "度",		NULL,	D(OTHER),	NAN, 0 },
	{ "千瓦时",	NULL,	D(OTHER),	NAN, 0 },
	{ "安时",	NULL,	D(OTHER),	NAN, 0 },	/* 电池3亿安时 */
	{ "千瓦",	NULL,	D(OTHER),	NAN, 0 },
	{ "兆瓦",	NULL,	D(OTHER),	NAN, 0 },
	{ "℃",		NULL,	D(OTHER),	NAN, 0 },
	{ "摄氏度",	NULL,	D(OTHER),	NAN, 0 },
};

#undef M
#undef NF
#undef D


const struct unit *
unit_match(const char *s, const char *end)
{
	static struct wordtab	*tab;
	const struct unit	*best;
	size_t			 n;
	int			 i;

	if ((i = wordtab_prefix(WORDTAB(&tab, units), s, end)) < 0)
		return NULL;
	best = &units[i];
	n = strlen(best->word);
	/* Latin units must end at a word boundary: 5m, not 5mb. */
	if (g_ascii_isalpha(best->word[0]) && s + n < end &&
	    g_ascii_isalnum(s[n]))
		return NULL;
	return best;
}

const char *
unit_name(const struct unit *u)
{
	return u->canon != NULL ? u->canon : u->word;
}
