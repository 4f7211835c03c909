/* SPDX-License-Identifier: MIT */
/* Units, approximators and dates: one row per table entry that matters. */
#include <math.h>
#include <string.h>

#include "extract/extract.h"
#include "testutil.h"

static const struct {
	const char	*text;
	const char	*unit;		/* NULL: no unit */
	enum shutu_dim	 dim;
	double		 base;		/* NAN: none */
} units[] = {
	{ "名志愿者",		"名",		SHUTU_DIM_COUNT,	1 },
	{ "人次",		"人次",		SHUTU_DIM_COUNT,	1 },
	{ "场次",		"场次",		SHUTU_DIM_COUNT,	1 },	/* not 场 */
	{ "人",			"人",		SHUTU_DIM_COUNT,	1 },
	{ "个项目",		"个",		SHUTU_DIM_COUNT,	1 },
	{ "个月",		"个月",		SHUTU_DIM_DURATION,	2592000 },
	{ "个百分点",		"个百分点",	SHUTU_DIM_PERCENT,	1 },
	{ "米",			"米",		SHUTU_DIM_LENGTH,	1 },
	{ "公里",		"公里",		SHUTU_DIM_LENGTH,	1000 },
	{ "千米",		"千米",		SHUTU_DIM_LENGTH,	1000 },
	{ "平方米",		"平方米",	SHUTU_DIM_AREA,		1 },
	{ "平方公里",		"平方公里",	SHUTU_DIM_AREA,		1e6 },
	{ "亩",			"亩",		SHUTU_DIM_AREA,		10000.0 / 15 },
	{ "公顷",		"公顷",		SHUTU_DIM_AREA,		1e4 },
	{ "立方米",		"立方米",	SHUTU_DIM_VOLUME,	1 },
	{ "立方米/日",		"立方米/日",	SHUTU_DIM_VOLUME,	1 },
	{ "吨",			"吨",		SHUTU_DIM_MASS,		1000 },
	{ "公斤",		"公斤",		SHUTU_DIM_MASS,		1 },
	{ "斤",			"斤",		SHUTU_DIM_MASS,		0.5 },
	{ "元",			"元",		SHUTU_DIM_MONEY,	1 },
	{ "美元",		"美元",		SHUTU_DIM_MONEY,	NAN },
	{ "%",			"%",		SHUTU_DIM_PERCENT,	1 },
	{ "天",			"天",		SHUTU_DIM_DURATION,	86400 },
	{ "年",			"年",		SHUTU_DIM_DURATION,	31536000 },
	{ "小时",		"小时",		SHUTU_DIM_DURATION,	3600 },
	{ "个多月",		"个月",		SHUTU_DIM_DURATION,	2592000 },
	{ "倍",			"倍",		SHUTU_DIM_OTHER,	NAN },
	{ "kg",			"kg",		SHUTU_DIM_MASS,		1 },
	{ "mb",			NULL,		SHUTU_DIM_OTHER,	NAN },
	{ "大数据",		NULL,		SHUTU_DIM_OTHER,	NAN },
};

static void
test_units(void)
{
	const struct unit	*u;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(units); i++) {
		const char	*t = units[i].text;

		g_test_message("case: %s", t);
		u = unit_match(t, t + strlen(t));
		if (units[i].unit == NULL) {
			g_assert_null(u);
			continue;
		}
		g_assert_nonnull(u);
		g_assert_cmpstr(unit_name(u), ==, units[i].unit);
		g_assert_cmpint(u->dim, ==, units[i].dim);
		if (isnan(units[i].base))
			g_assert_true(isnan(u->base));
		else
			g_assert_cmpfloat_with_epsilon(u->base, units[i].base,
			    1e-9);
	}
}

static void
test_not_fact_units(void)
{
	static const char *const words[] = { "届", "级", "期", "周年", "号" };
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(words); i++) {
		const struct unit	*u = unit_match(words[i],
		    words[i] + strlen(words[i]));

		g_assert_nonnull(u);
		g_assert_true(u->flags & UNIT_NOT_FACT);
	}
}

static const struct {
	const char		*before;	/* text ending in it */
	const char		*after;		/* text starting with it */
	enum shutu_approx	 approx;
} approx[] = {
	{ "约",		NULL,	SHUTU_APPROX_ABOUT },
	{ "大约",	NULL,	SHUTU_APPROX_ABOUT },
	{ "将近",	NULL,	SHUTU_APPROX_ABOUT },
	{ "接近",	NULL,	SHUTU_APPROX_ABOUT },
	{ "近",		NULL,	SHUTU_APPROX_ABOUT },
	{ "超过",	NULL,	SHUTU_APPROX_OVER },
	{ "突破",	NULL,	SHUTU_APPROX_OVER },
	{ "逾",		NULL,	SHUTU_APPROX_OVER },
	{ "不到",	NULL,	SHUTU_APPROX_UNDER },
	{ "不足",	NULL,	SHUTU_APPROX_UNDER },
	{ "低于",	NULL,	SHUTU_APPROX_UNDER },
	{ NULL,		"余",	SHUTU_APPROX_OVER },
	{ NULL,		"多",	SHUTU_APPROX_OVER },
	{ NULL,		"以上",	SHUTU_APPROX_OVER },
	{ NULL,		"以下",	SHUTU_APPROX_UNDER },
	{ NULL,		"左右",	SHUTU_APPROX_ABOUT },
	{ NULL,		"上下",	SHUTU_APPROX_ABOUT },
};

static void
test_approx(void)
{
	const struct approx	*a;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(approx); i++) {
		if (approx[i].before != NULL) {
			const char	*t = approx[i].before;

			a = approx_before(t, t + strlen(t));
		} else {
			const char	*t = approx[i].after;

			a = approx_after(t, t + strlen(t));
		}
		g_assert_nonnull(a);
		g_assert_cmpint(a->approx, ==, approx[i].approx);
	}
	/* 达, 预计 change nothing */
	g_assert_null(approx_before("达", "达" + strlen("达")));
}

static const struct {
	const char		*text;
	gunichar		 prev;
	const char		*iso;		/* NULL: no date; year 2020 */
	enum shutu_precision	 precision;
	size_t			 len;
} dates[] = {
	{ "6月28日，",		0,	"2020-06-28", SHUTU_PRECISION_DAY, 9 },
	{ "2020年6月",		0,	"2020-06", SHUTU_PRECISION_MONTH, 11 },
	{ "2019年",		0,	"2019", SHUTU_PRECISION_YEAR, 7 },
	{ "9月份",		0,	"2020-09", SHUTU_PRECISION_MONTH, 7 },
	{ "2020年上半年",	0,	"2020", SHUTU_PRECISION_PART, 16 },
	{ "一季度",		0,	"2020", SHUTU_PRECISION_SEASON, 9 },
	{ "2008-08-08",		0,	"2008-08-08", SHUTU_PRECISION_DAY, 10 },
	{ "年初",		0x5728,	"2020", SHUTU_PRECISION_PART, 6 },
	{ "二〇二〇年",		0,	"2020", SHUTU_PRECISION_YEAR, 15 },
	{ "六月二十八日",	0,	"2020-06-28", SHUTU_PRECISION_DAY, 18 },
	{ "2020年底",		0,	"2020", SHUTU_PRECISION_PART, 10 },
	{ "13月",		0,	NULL, 0, 0 },
	{ "3年",		0,	NULL, 0, 0 },	/* a duration */
	{ "年初",		0x9752,	NULL, 0, 0 },	/* 青年初 */
	{ "6月28日",		'A',	NULL, 0, 0 },	/* inside a code */
};

static void
test_dates(void)
{
	struct date	 d;
	char		 buf[40];
	size_t		 i;
	bool		 ok;

	for (i = 0; i < G_N_ELEMENTS(dates); i++) {
		const char	*t = dates[i].text;

		g_test_message("case: %s", t);
		ok = date_match(t, t + strlen(t), dates[i].prev, &d);
		g_assert_cmpint(ok, ==, dates[i].iso != NULL);
		if (!ok)
			continue;
		g_assert_cmpstr(date_iso(&d, 2020, buf), ==, dates[i].iso);
		g_assert_cmpint(d.precision, ==, dates[i].precision);
		g_assert_cmpuint(d.len, ==, dates[i].len);
	}
	/* No year anywhere: ISO's reduced "--MM-DD". */
	g_assert_true(date_match("6月28日", "6月28日" + 9, 0, &d));
	g_assert_cmpstr(date_iso(&d, 0, buf), ==, "--06-28");
}

static void
test_names(void)
{
	g_assert_cmpstr(shutu_approx_name(SHUTU_APPROX_OVER), ==, "over");
	g_assert_cmpstr(shutu_dim_name(SHUTU_DIM_FRACTION), ==, "fraction");
	g_assert_cmpstr(shutu_precision_name(SHUTU_PRECISION_PART), ==,
	    "part");
	g_assert_null(shutu_dim_name((enum shutu_dim)99));
}

int
main(int argc, char *argv[])
{
	g_test_init(&argc, &argv, NULL);
	text_classes_init();
	g_test_add_func("/unit/table", test_units);
	g_test_add_func("/unit/not-facts", test_not_fact_units);
	g_test_add_func("/unit/approx", test_approx);
	g_test_add_func("/unit/dates", test_dates);
	g_test_add_func("/unit/names", test_names);
	return g_test_run();
}
