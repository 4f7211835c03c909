/* SPDX-License-Identifier: MIT */
/* Numbers: one row per rule of research.md section 2.5 and design.md §3. */
#include <math.h>
#include <string.h>

#include "extract/extract.h"
#include "testutil.h"

static const struct {
	const char	*text;
	bool		 ok;
	double		 value, value_max;	/* value_max NAN: no range */
	size_t		 len;			/* bytes consumed */
	unsigned int	 flags;			/* that must be set */
} cases[] = {
	/* Digits */
	{ "789名",		true, 789, NAN, 3, CNUM_ARABIC },
	{ "７８９名",		true, 789, NAN, 9, CNUM_ARABIC },	/* full-width */
	{ "35.97平方公里",	true, 35.97, NAN, 5, CNUM_DECIMAL },
	{ "３５．９７",		true, 35.97, NAN, 15, CNUM_DECIMAL },
	{ "53,570米",		true, 53570, NAN, 6, 0 },
	{ "1,234,567元",	true, 1234567, NAN, 9, 0 },
	{ "1,23",		true, 1, NAN, 1, 0 },		/* no group */
	{ "-4%",		true, -4, NAN, 2, CNUM_SIGNED },
	{ "−4.5%",		true, -4.5, NAN, 6, CNUM_SIGNED },
	/* Chinese numerals */
	{ "十五",		true, 15, NAN, 6, CNUM_CHINESE },
	{ "一百零八",		true, 108, NAN, 12, CNUM_CHINESE },
	{ "两千三百万",		true, 23000000, NAN, 15, CNUM_SCALED },
	{ "三万亿",		true, 3e12, NAN, 9, CNUM_SCALED },
	{ "一亿两千万",		true, 1.2e8, NAN, 15, CNUM_SCALED },
	{ "二〇二〇",		true, 2020, NAN, 12, CNUM_DIGITS_ONLY },
	{ "陆仟万",		true, 6e7, NAN, 9, CNUM_CHINESE },	/* financial */
	{ "壹佰贰拾叁",		true, 123, NAN, 15, CNUM_CHINESE },
	{ "一",			true, 1, NAN, 3, CNUM_ONE },
	{ "两",			true, 2, NAN, 3, CNUM_CHINESE },
	/* Mixed */
	{ "1.2万",		true, 12000, NAN, 6, CNUM_SCALED },
	{ "3.45亿",		true, 345000000, NAN, 7, CNUM_SCALED },
	{ "15余万",		true, 150000, NAN, 8, CNUM_OVER },
	{ "5千万",		true, 5e7, NAN, 7, CNUM_SCALED },
	{ "5千米",		true, 5, NAN, 1, 0 },	/* 千米 is a unit */
	{ "2万亿",		true, 2e12, NAN, 7, CNUM_SCALED },
	/* Fractions and percent */
	{ "1/3",		true, 1.0 / 3, NAN, 3, CNUM_FRACTION },
	{ "三分之一",		true, 1.0 / 3, NAN, 12, CNUM_FRACTION },
	{ "一半",		true, 0.5, NAN, 6, CNUM_FRACTION },
	{ "百分之三十",		true, 30, NAN, 15, CNUM_PERCENT },
	/* Ranges */
	{ "3至5",		true, 3, 5, 5, CNUM_RANGE },
	{ "3-5",		true, 3, 5, 3, CNUM_RANGE },
	{ "3～5",		true, 3, 5, 5, CNUM_RANGE },
	{ "6~8万",		true, 60000, 80000, 6, CNUM_RANGE },
	{ "三四十",		true, 30, 40, 9, CNUM_RANGE },
	{ "五六万",		true, 50000, 60000, 9, CNUM_RANGE },
	{ "二十几",		true, 21, 29, 9, CNUM_VAGUE },
	{ "5-3",		true, 5, NAN, 1, 0 },	/* not increasing */
	/* Bare scales need a reason */
	{ "百姓",		false, 0, NAN, 3, 0 },
	{ "百余次",		true, 100, NAN, 3, CNUM_CHINESE },
	{ "万丰",		false, 0, NAN, 3, 0 },
	/* Issue 10: the whole grammar.  Digits and numerals mixed */
	{ "3.5万亿",		true, 3.5e12, NAN, 9, CNUM_SCALED },
	{ "5万4千6百",		true, 54600, NAN, 12, CNUM_SCALED },
	{ "7 万5 千4 百",	true, 75400, NAN, 15, CNUM_ARABIC },	/* spaces */
	{ "一百 五 十 二",	true, 152, NAN, 18, CNUM_CHINESE },
	{ "1000  万",		true, 1e7, NAN, 9, CNUM_SCALED },
	{ "3万5人",		true, 30000, NAN, 4, CNUM_SCALED },	/* 5 is its own */
	{ "10万万",		true, 1e9, NAN, 8, CNUM_SCALED },
	{ "四万万",		true, 4e8, NAN, 9, CNUM_SCALED },
	{ "3百人",		true, 300, NAN, 4, CNUM_ARABIC },
	{ "82，225",		true, 82225, NAN, 8, CNUM_ARABIC },	/* ， groups */
	{ "1234,567",		true, 1234, NAN, 4, 0 },	/* no group */
	{ ".5",			true, 0.5, NAN, 2, CNUM_DECIMAL },
	/* Chinese numerals: 零 holds a place, a last digit is of the next */
	{ "两千零五十",		true, 2050, NAN, 15, CNUM_CHINESE },
	{ "一万零三百",		true, 10300, NAN, 15, CNUM_SCALED },
	{ "五亿零六",		true, 500000006, NAN, 12, CNUM_SCALED },
	{ "四千万零六千",	true, 40006000, NAN, 18, CNUM_SCALED },
	{ "壹仟贰佰",		true, 1200, NAN, 12, CNUM_CHINESE },
	{ "肆佰陸拾",		true, 460, NAN, 12, CNUM_CHINESE },
	{ "两千三",		true, 2300, NAN, 9, CNUM_CHINESE },
	{ "一万三",		true, 13000, NAN, 9, CNUM_SCALED },
	{ "九十二万四",		true, 924000, NAN, 15, CNUM_SCALED },
	{ "一千二万",		true, 1.2e7, NAN, 12, CNUM_SCALED },
	{ "一千零二万",		true, 1.002e7, NAN, 15, CNUM_SCALED },
	{ "廿一",		true, 21, NAN, 6, CNUM_CHINESE },
	{ "卅",			true, 30, NAN, 3, CNUM_CHINESE },
	{ "两个亿",		true, 2e8, NAN, 9, CNUM_SCALED },
	{ "一九九一",		true, 1991, NAN, 12, CNUM_DIGITS_ONLY },
	{ "十一五",		true, 11, NAN, 6, CNUM_CHINESE },	/* a plan */
	{ "百三",		false, 0, NAN, 6, 0 },	/* bare 百 */
	/* Signs */
	{ "负三",		true, -3, NAN, 6, CNUM_SIGNED },
	{ "負10000",		true, -10000, NAN, 8, CNUM_SIGNED },
	{ "负三十二",		true, -32, NAN, 12, CNUM_SIGNED },
	{ "负责",		false, 0, NAN, 0, 0 },
	/* Decimals with 点 */
	{ "零点五",		true, 0.5, NAN, 9, CNUM_DECIMAL },
	{ "三点一四",		true, 3.14, NAN, 12, CNUM_DECIMAL },
	{ "两千万点五五四四",	true, 20000000.5544, NAN, 24, CNUM_DECIMAL },
	{ "零点五亿",		true, 5e7, NAN, 12, CNUM_SCALED },
	{ "四百 点 五",		true, 400.5, NAN, 14, CNUM_DECIMAL },
	{ "三点五十分",		true, 3, NAN, 3, 0 },	/* a time */
	{ "两百点两",		true, 200, NAN, 6, 0 },	/* 两 is no decimal */
	/* Percent and fractions */
	{ "百分之零点五",	true, 0.5, NAN, 18, CNUM_PERCENT },
	{ "百分之百",		true, 100, NAN, 12, CNUM_PERCENT },
	{ "百 分 之 2",		true, 2, NAN, 13, CNUM_PERCENT },
	{ "千分之三",		true, 0.003, NAN, 12, CNUM_FRACTION },
	{ "万分之五",		true, 0.0005, NAN, 12, CNUM_FRACTION },
	{ "三分之二",		true, 2.0 / 3, NAN, 12, CNUM_FRACTION },
	{ "一百分之二",		true, 0.02, NAN, 15, CNUM_FRACTION },
	{ "１６分之5",		true, 5.0 / 16, NAN, 13, CNUM_FRACTION },
	{ "五 分之 一",		true, 0.2, NAN, 14, CNUM_FRACTION },
	{ "负３分之负一百五十七", true, 157.0 / 3, NAN, 30, CNUM_FRACTION },
	{ "三百五又三分之一",	true, 350 + 1.0 / 3, NAN, 24, CNUM_FRACTION },
	{ "负一又二分之一",	true, -1.5, NAN, 21, CNUM_FRACTION },
	{ "3分之后",		true, 3, NAN, 1, 0 },	/* no fraction */
	/* Approximators inside a magnitude: over */
	{ "十余万",		true, 1e5, NAN, 9, CNUM_OVER },
	{ "二十余亿",		true, 2e9, NAN, 12, CNUM_OVER },
	{ "一百多万",		true, 1e6, NAN, 12, CNUM_OVER },
	{ "五百 余万",		true, 5e6, NAN, 13, CNUM_OVER },
	{ "千余万",		true, 1e7, NAN, 9, CNUM_OVER | CNUM_BARE },
	{ "万余",		true, 1e4, NAN, 3, CNUM_BARE },	/* 余 is the caller's */
	{ "三百多",		true, 300, NAN, 6, 0 },		/* so is this 多 */
	/* Vague: 几 and 数 are a digit from 1 to 9 in their place */
	{ "数十万",		true, 1e5, 9e5, 9, CNUM_VAGUE | CNUM_RANGE },
	{ "几十",		true, 10, 90, 6, CNUM_VAGUE },
	{ "十几",		true, 11, 19, 6, CNUM_VAGUE },
	{ "几百",		true, 100, 900, 6, CNUM_VAGUE },
	{ "数百",		true, 100, 900, 6, CNUM_VAGUE },
	{ "十几万",		true, 1.1e5, 1.9e5, 9, CNUM_VAGUE },
	{ "一百零几",		true, 101, 109, 12, CNUM_VAGUE },
	{ "十数万",		true, 1.1e5, 1.9e5, 9, CNUM_VAGUE },
	{ "数以万计",		true, 1e4, 9e4, 12, CNUM_IDIOM | CNUM_VAGUE },
	{ "数以十万计",		true, 1e5, 9e5, 15, CNUM_IDIOM },
	{ "成千上万",		true, 1000, 1e4, 12, CNUM_IDIOM | CNUM_VAGUE },
	{ "成百上千",		true, 100, 1000, 12, CNUM_IDIOM },
	{ "几个",		false, 0, NAN, 3, 0 },
	{ "几乎",		false, 0, NAN, 3, 0 },
	{ "数据",		false, 0, NAN, 0, 0 },
	{ "成为",		false, 0, NAN, 0, 0 },
	/* Ranges of adjacent digits and with connectors */
	{ "两三百",		true, 200, 300, 9, CNUM_RANGE },
	{ "三五十",		true, 30, 50, 9, CNUM_RANGE },
	{ "十一二岁",		true, 11, 12, 9, CNUM_RANGE },
	{ "十四五规划",		true, 14, NAN, 6, 0 },	/* a plan, no range */
	{ "七八成",		true, 7, 8, 6, CNUM_RANGE },
	{ "三五成群",		true, 35, NAN, 6, CNUM_DIGITS_ONLY },	/* no range */
	{ "两到三万",		true, 2e4, 3e4, 12, CNUM_RANGE },
	{ "三到五千",		true, 3000, 5000, 12, CNUM_RANGE },
	{ "十八至三十万",	true, 1.8e5, 3e5, 18, CNUM_RANGE },
	{ "两~3百",		true, 200, 300, 8, CNUM_RANGE },
	{ "2——3万",		true, 2e4, 3e4, 11, CNUM_RANGE },
	{ "三-5",		true, 3, NAN, 3, 0 },	/* a dash joins like to like */
	{ "04-11",		true, 4, NAN, 2, 0 },	/* a date's, not a range */
	/* Money: 块 元 毛 角 分 in one amount, in 元 */
	{ "十块三毛",		true, 10.3, NAN, 12, CNUM_MONEY },
	{ "一块五",		true, 1.5, NAN, 9, CNUM_MONEY },
	{ "三毛五",		true, 0.35, NAN, 9, CNUM_MONEY },
	{ "五毛钱",		true, 0.5, NAN, 6, CNUM_MONEY },
	{ "一百三十五块六角七分", true, 135.67, NAN, 30, CNUM_MONEY },
	{ "六十四万零一百四十三元一角七分", true, 640143.17, NAN, 45, CNUM_MONEY },
	{ "两块地",		true, 2, NAN, 3, 0 },
	{ "一元二次方程",	true, 1, NAN, 3, CNUM_ONE },
	{ "三角形",		true, 3, NAN, 3, 0 },
	{ "一块五亩地",		true, 1, NAN, 3, CNUM_ONE },
	/* Very long runs are read once and refused */
	{ "1234567890123456789012",	true, 0, NAN, 22, CNUM_HUGE },
};

static void
test_parse(void)
{
	struct cnum	 n;
	size_t		 i;
	bool		 ok;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		const char	*t = cases[i].text;

		g_test_message("case %zu: %s", i, t);
		ok = cnum_parse(t, t + strlen(t), false, &n);
		g_assert_cmpint(ok, ==, cases[i].ok);
		g_assert_cmpuint(n.len, ==, cases[i].len);
		if (!ok)
			continue;
		if (!(cases[i].flags & CNUM_HUGE))
			g_assert_cmpfloat_with_epsilon(n.value, cases[i].value,
			    1e-9 * fabs(cases[i].value) + 1e-12);
		if (isnan(cases[i].value_max))
			g_assert_true(isnan(n.value_max));
		else
			g_assert_cmpfloat(n.value_max, ==, cases[i].value_max);
		g_assert_cmpuint(n.flags & cases[i].flags, ==,
		    cases[i].flags);
	}
}

/* Scaled decimals are the decimal itself, not 2.3 * 1e8 = 229999999.99999997. */
static void
test_exact_decimals(void)
{
	static const struct {
		const char	*text;
		double		 value, value_max;
	} exact[] = {
		{ "2.3亿",	230000000, NAN },
		{ "9.12亿",	912000000, NAN },
		{ "156.30亿",	15630000000, NAN },
		{ "35.41万",	354100, NAN },
		{ "1.37万",	13700, NAN },
		{ "0.35",	0.35, NAN },
		{ "2.3~2.5亿",	230000000, 250000000 },
		{ "零点二三亿",	23000000, NAN },
		{ "4.78万亿",	4780000000000, NAN },
		{ "１１.92亿",	1192000000, NAN },
	};
	struct cnum	 n;
	size_t		 i;

	for (i = 0; i < G_N_ELEMENTS(exact); i++) {
		const char	*t = exact[i].text;

		g_test_message("%s", t);
		g_assert_true(cnum_parse(t, t + strlen(t), false, &n));
		g_assert_cmpfloat(n.value, ==, exact[i].value);
		if (!isnan(exact[i].value_max))
			g_assert_cmpfloat(n.value_max, ==, exact[i].value_max);
	}
}

static void
test_bare_scale(void)
{
	/* 近百亿, 上万, 破亿: allowed only when the caller saw an approximator */
	static const struct {
		const char	*text;
		double		 value;
	} bare[] = {
		{ "百亿元",	1e10 },
		{ "万名",	1e4 },
		{ "亿元",	1e8 },
		{ "千万元",	1e7 },
		{ "百万",	1e6 },
	};
	struct cnum	 n;
	size_t		 i;

	for (i = 0; i < G_N_ELEMENTS(bare); i++) {
		const char	*t = bare[i].text;

		g_test_message("%s", t);
		g_assert_false(cnum_parse(t, t + strlen(t), false, &n));
		g_assert_true(cnum_parse(t, t + strlen(t), true, &n));
		g_assert_cmpfloat(n.value, ==, bare[i].value);
		g_assert_true(n.flags & CNUM_BARE);
	}
}

/* 数 ends a noun after these (人数十万), else it is vague (有数十万). */
static void
test_shu(void)
{
	g_assert_false(cnum_shu_ok(0x4eba));	/* 人 */
	g_assert_false(cnum_shu_ok(0x603b));	/* 总 */
	g_assert_true(cnum_shu_ok(0x6709));	/* 有 */
	g_assert_true(cnum_shu_ok(0xff0c));	/* ， */
	g_assert_true(cnum_shu_ok(0));
}

/* Runs of numerals that stop early are read in bounded steps. */
static void
test_long_chinese(void)
{
	static const char *const unit[] = { "十", "万", "三四", "一" };
	struct cnum	 n;
	size_t		 i, k, reps = 100000;
	bool		 ok;

	for (i = 0; i < G_N_ELEMENTS(unit); i++) {
		GString	*s = g_string_new(NULL);

		for (k = 0; k < reps; k++)
			g_string_append(s, unit[i]);
		ok = cnum_parse(s->str, s->str + s->len, false, &n);
		/* 三四三四…, 一一一…: digits one by one, all read, a code */
		if (i >= 2) {
			g_assert_cmpuint(n.len, ==, s->len);
			g_assert_true(n.flags & CNUM_HUGE);
		} else if (ok)
			g_assert_cmpuint(n.len, <=, 12);
		else	/* 万万万…: no number, the run skipped at once */
			g_assert_cmpuint(n.len, ==, s->len);
		g_string_free(s, TRUE);
	}
}

static void
test_long_run(void)
{
	/* 10^6 digits: consumed in one call, linear, refused as huge. */
	size_t		 len = 1000000;
	char		*s = g_malloc(len);
	struct cnum	 n;

	memset(s, '7', len);
	g_assert_true(cnum_parse(s, s + len, false, &n));
	g_assert_cmpuint(n.len, ==, len);
	g_assert_true(n.flags & CNUM_HUGE);
	g_free(s);
}

int
main(int argc, char *argv[])
{
	g_test_init(&argc, &argv, NULL);
	text_classes_init();
	g_test_add_func("/cnum/exact-decimals", test_exact_decimals);
	g_test_add_func("/cnum/parse", test_parse);
	g_test_add_func("/cnum/bare-scale", test_bare_scale);
	g_test_add_func("/cnum/long-run", test_long_run);
	g_test_add_func("/cnum/long-chinese", test_long_chinese);
	g_test_add_func("/cnum/shu", test_shu);
	return g_test_run();
}
