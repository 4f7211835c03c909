/* SPDX-License-Identifier: MIT */
/*
 * Pictogram rules, most telling first: a keyword of the label says what
 * is counted (789名志愿者 → volunteer), and only when none matches does
 * the kind of measure or the unit decide (元 → money, 平方公里 → area).
 */
#include <string.h>

#include "pictogram.h"

/*
 * Label keywords, tried in order: the first row with a keyword found in
 * the label wins.  Order matters where words nest: 路长 (a person) before
 * 路 (a road), 企业代表 (a company) before 代表 (a person), 增长 before any
 * 长, 项目总投资 is money but 共建项目 a project.
 */
static const struct keyword_rule {
	const char	*icon;
	const char	*words[8];	/* NULL-terminated */
} keyword_rules[] = {
	{ "volunteer",	{ "志愿", NULL } },
	{ "person",	{ "党员", "干部", NULL } },
	{ "group",	{ "人员", "群众", "居民", "人口", "人次", "职工",
			  NULL } },
	{ "building",	{ "企业", "公司", "商户", "商家", "餐饮", "单位",
			  "楼宇", NULL } },
	{ "chart-up",	{ "增长", "增加", "提高", "同比", "增速", "比重",
			  "占比", NULL } },
	{ "person",	{ "路长", "栋长", "网格长", "巡查员", "代表", "委员",
			  "员", NULL } },
	{ "money",	{ "投资", "资金", "经费", "收入", "产值", "营收",
			  "元", NULL } },
	{ "project",	{ "项目", "工程", "工地", "在建", NULL } },
	{ "handshake",	{ "共建", "结对", "合作", "签约", "联建", NULL } },
	{ "flag",	{ "党建", "党支部", "党组织", "支部", "红旗", "党群",
			  NULL } },
	{ "factory",	{ "产业园", "园区", "工厂", "厂", "制造", "产业",
			  NULL } },
	{ "cleanup",	{ "垃圾", "清运", "清洁", "清扫", "保洁", "环卫",
			  "拆除", NULL } },
	{ "tree",	{ "绿化", "绿地", "树", "植", "公园", NULL } },
	{ "water",	{ "河", "水", "湖", "渠", NULL } },
	{ "road",	{ "道路", "路", "街", "桥", NULL } },
	{ "pin",	{ "监测点", "点位", "站点", "卡点", "监测", "死角",
			  NULL } },
	{ "home",	{ "户", "社区", "小区", "家庭", "住宅", "住房",
			  NULL } },
	{ "event",	{ "活动", "会", "行动", "培训", "演出", "比赛",
			  "整治", NULL } },
	{ "area",	{ "面积", "用地", "占地", "区域", "土地", NULL } },
	{ "building",	{ "楼", "大厦", "建筑", NULL } },
};

/* Kinds of measure with a picture of their own. */
static const char *const dim_rules[] = {
	[SHUTU_DIM_MONEY] = "money",
	[SHUTU_DIM_AREA] = "area",
	[SHUTU_DIM_PERCENT] = "chart-up",
	[SHUTU_DIM_FRACTION] = "chart-up",
	[SHUTU_DIM_LENGTH] = "ruler",
	[SHUTU_DIM_DURATION] = "event",
	[SHUTU_DIM_OTHER] = NULL,
};

/*
 * Units, when the dimension was not known or says only "count": whole
 * units first, then endings (万元 ends in 元, 平方米 in 平方米).
 */
static const struct unit_rule {
	const char	*unit;
	bool		 suffix;	/* matches the end of the unit */
	const char	*icon;
} unit_rules[] = {
	{ "元",		true,	"money" },
	{ "平方公里",	true,	"area" },
	{ "平方米",	true,	"area" },
	{ "亩",		true,	"area" },
	{ "公顷",	true,	"area" },
	{ "%",		false,	"chart-up" },
	{ "％",		false,	"chart-up" },
	{ "成",		false,	"chart-up" },
	{ "倍",		false,	"chart-up" },
	{ "名",		false,	"person" },
	{ "人",		false,	"person" },
	{ "位",		false,	"person" },
	{ "人次",	false,	"group" },
	{ "户",		false,	"home" },
	{ "家",		false,	"building" },
	{ "次",		false,	"event" },
	{ "场",		false,	"event" },
	{ "期",		false,	"event" },
	{ "项",		false,	"project" },
	{ "对",		false,	"handshake" },
	{ "处",		false,	"pin" },
	{ "棵",		false,	"tree" },
	{ "株",		false,	"tree" },
	{ "公里",	false,	"road" },
	{ "千米",	false,	"ruler" },
	{ "米",		false,	"ruler" },
	{ "天",		false,	"event" },
	{ "年",		false,	"event" },
};

const char *
pictogram_choose(enum shutu_dim dim, const char *unit, const char *label)
{
	size_t	 i, j, n, m;

	for (i = 0; label != NULL && i < G_N_ELEMENTS(keyword_rules); i++)
		for (j = 0; keyword_rules[i].words[j] != NULL; j++)
			if (strstr(label, keyword_rules[i].words[j]) != NULL)
				return keyword_rules[i].icon;
	if (dim < G_N_ELEMENTS(dim_rules) && dim_rules[dim] != NULL)
		return dim_rules[dim];
	for (i = 0; unit != NULL && i < G_N_ELEMENTS(unit_rules); i++) {
		const struct unit_rule	*r = &unit_rules[i];

		n = strlen(unit);
		m = strlen(r->unit);
		if (r->suffix ? n >= m && strcmp(unit + n - m, r->unit) == 0 :
		    strcmp(unit, r->unit) == 0)
			return r->icon;
	}
	return "chart";
}
