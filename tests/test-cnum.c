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
	{ "二十几",		true, 20, 29, 9, CNUM_INDEF },
	{ "5-3",		true, 5, NAN, 1, 0 },	/* not increasing */
	/* Bare scales need a reason */
	{ "百姓",		false, 0, NAN, 3, 0 },
	{ "百余次",		true, 100, NAN, 3, CNUM_CHINESE },
	{ "万丰",		false, 0, NAN, 3, 0 },
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
	struct cnum	 n;
	const char	*t = "百亿元";

	/* 近百亿: allowed only when the caller saw an approximator */
	g_assert_false(cnum_parse(t, t + strlen(t), false, &n));
	g_assert_true(cnum_parse(t, t + strlen(t), true, &n));
	g_assert_cmpfloat(n.value, ==, 1e10);
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
	return g_test_run();
}
