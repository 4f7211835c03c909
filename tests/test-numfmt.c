/* SPDX-License-Identifier: MIT */
/* GB/T 15835 numbers (research.md §2.5): one row per rule. */
#include <math.h>
#include <string.h>

#include "chart/numfmt.h"

/* Scale chosen from the largest value (N6). */
static const struct {
	double		 values[3];
	const char	*scale;
} scales[] = {
	{ { 789, 300, 20 },		"" },
	{ { 53570, 2700, 0 },		"" },	/* 53,570 reads as written */
	{ { 150000, 2000, 0 },		"万" },
	{ { 8.69e10, 6.1e10, 0 },	"亿" },
	{ { 1.2e13, 0, 0 },		"万亿" },
	{ { -3e8, 1e8, 0 },		"亿" },	/* magnitude, not sign */
	{ { -3e8, 1e3, 0 },		"万" },	/* −30,000万 and 0.1万 */
	{ { 1e15, 3, 0 },		"万亿" },	/* 0.00 rather than 16 digits */
	{ { 647200, 2.6, 0 },		"" },	/* never 0.00万 */
	{ { 8.69e10, 2e5, 0 },		"万" },	/* 8,690,000万 before 0.00亿 */
};

static void
test_scale(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(scales); i++) {
		struct numfmt	 nf;

		numfmt_choose(&nf, scales[i].values, 3);
		g_assert_cmpstr(nf.scale, ==, scales[i].scale);
	}
}

/*
 * A value marked 余 stays whole: 200余万 beside 1.35亿 makes the chart
 * 万元 (200余, 13,500), not 亿元 with 0.02余 — unless the largest would
 * then need eight digits.
 */
static const struct {
	double		 values[3];
	double		 whole;
	const char	*scale;
	int		 decimals;
} wholes[] = {
	{ { 1.35e8, 1e7, 2e6 },	2e6,	"万",	0 },
	{ { 1.35e8, 1e7, 2e6 },	1e8,	"亿",	2 },	/* 1余亿 is whole */
	{ { 2e11, 1e7, 2e6 },	2e6,	"亿",	2 },	/* 20,000,000万: no */
	{ { 6500, 260000, 0 },	6500,	"",	0 },	/* 6500余平方米 */
};

static void
test_keep_whole(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(wholes); i++) {
		struct numfmt	 nf;

		numfmt_choose(&nf, wholes[i].values, 3);
		numfmt_keep_whole(&nf, wholes[i].values, 3, &wholes[i].whole,
		    1);
		g_assert_cmpstr(nf.scale, ==, wholes[i].scale);
		g_assert_cmpint(nf.decimals, ==, wholes[i].decimals);
	}
}

/* The number alone, scaled, grouped, signed (N4, N5, T10). */
static const struct {
	double		 divisor;
	int		 decimals;
	double		 v;
	const char	*want;
} numbers[] = {
	{ 1,	-1,	789,		"789" },
	{ 1,	-1,	2024,		"2024" },	/* N4: 4 digits ungrouped */
	{ 1,	-1,	53570,		"53,570" },	/* N4: from 5 digits */
	{ 1,	-1,	1234567.5,	"1,234,567.5" },
	{ 1,	-1,	0.46,		"0.46" },	/* N5: leading zero */
	{ 1,	-1,	-2.1,		"\xe2\x88\x92" "2.1" },	/* U+2212 */
	{ 1,	-1,	-0.001,		"0" },		/* no −0 */
	{ 1e8,	-1,	345000000,	"3.45" },	/* 3.45亿 */
	{ 1e4,	-1,	150000,		"15" },
	{ 1e8,	1,	86900000000,	"869.0" },	/* N3: same decimals */
	{ 1,	0,	35.97,		"36" },
	{ 1,	2,	35.97,		"35.97" },
	{ 1,	-1,	1.0 / 3,	"0.33" },
};

static void
test_number(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(numbers); i++) {
		struct numfmt	 nf = { numbers[i].divisor, "", 2,
				    numbers[i].decimals };
		char		*s = numfmt_number(&nf, numbers[i].v);

		g_test_message("row %zu: %g", i, numbers[i].v);
		g_assert_cmpstr(s, ==, numbers[i].want);
		g_free(s);
	}
}

/* Approximations and ranges survive (N7, N11). */
static const struct {
	double			 v, max;
	enum shutu_approx	 approx;
	bool			 fraction, percent;
	const char		*want;
} values[] = {
	{ 300,	NAN,	SHUTU_APPROX_OVER,	false, false, "300余" },
	{ 300,	NAN,	SHUTU_APPROX_ABOUT,	false, false, "约300" },
	{ 50,	NAN,	SHUTU_APPROX_UNDER,	false, false, "不到50" },
	{ 789,	NAN,	SHUTU_APPROX_EXACT,	false, false, "789" },
	{ 30,	40,	SHUTU_APPROX_EXACT,	false, false, "30～40" },
	{ 15,	30,	SHUTU_APPROX_EXACT,	false, true,  "15%～30%" },
	{ 30,	NAN,	SHUTU_APPROX_OVER,	false, true,  "超30%" },
	{ 30,	NAN,	SHUTU_APPROX_ABOUT,	false, true,  "约30%" },
	{ 1.0 / 3, NAN,	SHUTU_APPROX_ABOUT,	true,  false, "约1/3" },
	{ 0.5,	NAN,	SHUTU_APPROX_EXACT,	true,  false, "1/2" },
	{ 0.75,	NAN,	SHUTU_APPROX_EXACT,	true,  false, "3/4" },
	{ 0.37,	NAN,	SHUTU_APPROX_EXACT,	true,  false, "37%" },
	{ 30,	40,	SHUTU_APPROX_ABOUT,	false, false, "约30～40" },
};

static void
test_value(void)
{
	struct numfmt	 nf = { 1, "", 2, -1 };
	size_t		 i;

	for (i = 0; i < G_N_ELEMENTS(values); i++) {
		struct numfmt_value v = {
			.value = values[i].v, .value_max = values[i].max,
			.approx = values[i].approx,
			.fraction = values[i].fraction,
			.percent = values[i].percent,
		};
		char	*s = numfmt_value(&nf, &v);

		g_test_message("row %zu", i);
		g_assert_cmpstr(s, ==, values[i].want);
		g_free(s);
	}
}

/*
 * The article's scale, asked for by the spec: 5.77万头 is drawn 5.77 with
 * 单位：万头, never 57,700 头; and the digits each value's text has.
 */
static void
test_force(void)
{
	static const struct {
		const char	*scale;
		double		 v[3];
		const char	*want[3];
	} rows[] = {
		{ "万",	{ 177400, 24000, 59000 },	{ "17.74", "2.40", "5.90" } },
		{ "亿",	{ 31210000000, 4110000000, 221790000000 },
		    { "312.1", "41.1", "2217.9" } },
		/* "" asks for no scale at all; 千 is no scale (N6): unchanged */
		{ "",	{ 263900000000, 205500000000, 100800000000 },
		    { "263,900,000,000", "205,500,000,000", "100,800,000,000" } },
		{ "千",	{ 50000, 40000, 1000 },	{ "50,000", "40,000", "1000" } },
	};
	static const struct {
		const char	*text, *scale;
		int		 want;
	} texts[] = {
		{ "5.77万头",	"万",	2 },
		{ "48.0%",	"",	1 },
		{ "2639亿",	"亿",	0 },
		{ "17.74万头",	"",	-1 },	/* another scale: the chart's */
		{ "950吨",	"万",	-1 },
		{ "1.2万亿元",	"万亿",	1 },
		{ "1.2万亿元",	"亿",	-1 },
		{ "三成",	"",	-1 },
		{ "约2,879名",	"",	0 },
	};
	size_t	 i, j;

	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		struct numfmt	 nf;

		numfmt_choose(&nf, rows[i].v, 3);
		numfmt_force(&nf, rows[i].scale, rows[i].v, 3);
		for (j = 0; j < 3; j++) {
			char	*s = numfmt_number(&nf, rows[i].v[j]);

			g_test_message("scale %s, %g", rows[i].scale,
			    rows[i].v[j]);
			g_assert_cmpstr(s, ==, rows[i].want[j]);
			g_free(s);
		}
	}
	for (i = 0; i < G_N_ELEMENTS(texts); i++) {
		g_test_message("text %s in %s", texts[i].text, texts[i].scale);
		g_assert_cmpint(numfmt_text_decimals(texts[i].text,
		    texts[i].scale), ==, texts[i].want);
	}
}

static void
test_unit(void)
{
	struct numfmt	 wan = { 1e4, "万", 2, -1 }, none = { 1, "", 2, -1 };
	char		*s;

	s = numfmt_unit(&wan, "元");
	g_assert_cmpstr(s, ==, "万元");
	g_free(s);
	s = numfmt_unit(&none, "名");
	g_assert_cmpstr(s, ==, "名");
	g_free(s);
	g_assert_null(numfmt_unit(&none, NULL));
}

/* Nice ticks: 1, 2, 2.5, 5 steps, from zero, reaching the maximum. */
static const struct {
	double	 min, max;
	double	 want[8];
	size_t	 n;
} ticks[] = {
	{ 0, 789,	{ 0, 200, 400, 600, 800 }, 5 },
	{ 0, 50,	{ 0, 10, 20, 30, 40, 50 }, 6 },
	{ -4, 12.5,	{ -5, 0, 5, 10, 15 }, 5 },
	{ 0, 0,		{ 0, 0.2, 0.4, 0.6, 0.8, 1 }, 6 },	/* all zero */
	{ 0, 869,	{ 0, 200, 400, 600, 800, 1000 }, 6 },
};

static void
test_ticks(void)
{
	size_t	 i, j;

	for (i = 0; i < G_N_ELEMENTS(ticks); i++) {
		double	 t[16];
		size_t	 n = numfmt_ticks(ticks[i].min, ticks[i].max, 5, t, 16);

		g_test_message("row %zu", i);
		g_assert_cmpuint(n, ==, ticks[i].n);
		for (j = 0; j < n; j++)
			g_assert_cmpfloat(fabs(t[j] - ticks[i].want[j]), <,
			    1e-9);
	}
}

int
main(int argc, char *argv[])
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/numfmt/scale", test_scale);
	g_test_add_func("/numfmt/keep-whole", test_keep_whole);
	g_test_add_func("/numfmt/number", test_number);
	g_test_add_func("/numfmt/value", test_value);
	g_test_add_func("/numfmt/force", test_force);
	g_test_add_func("/numfmt/unit", test_unit);
	g_test_add_func("/numfmt/ticks", test_ticks);
	return g_test_run();
}
