/* SPDX-License-Identifier: MIT */
/*
 * Chinese text setting (research.md §2.1–2.3): kinsoku, numbers kept with
 * their units, balanced lines, the ¼ em Han/Latin gap, digit
 * normalisation, and no text without a font.
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart/text.h"
#include "font/font.h"

static const struct text_style base = {
	.family = FONT_SANS, .size = 10.5, .align = PANGO_ALIGN_LEFT,
};

/* The lines of a layout as strings, without the inserted gaps. */
static char **
lines(PangoLayout *pl)
{
	GPtrArray	*out = g_ptr_array_new();
	const char	*t = pango_layout_get_text(pl);
	GSList		*l;

	for (l = pango_layout_get_lines_readonly(pl); l != NULL; l = l->next) {
		PangoLayoutLine	*line = l->data;
		char		*s = g_strndup(t + line->start_index,
				    line->length);

		g_ptr_array_add(out, text_plain(s));
		g_free(s);
	}
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

/* T1: no closing mark at a line start, no opening mark at a line end. */
static void
test_kinsoku(void)
{
	static const char *const texts[] = {
		"沟赵办事处坚持以党建为引领，紧紧围绕落实郑州市“西美”战略。",
		"须水河南支公园（二期）蝶变成碧波荡漾、水清景秀的城市公园。",
		"实行《便民服务事项双休日开放》工作制度，让群众办事更方便。",
	};
	static const char *const no_start = "，。、；：？！”’）》」』";
	static const char *const no_end = "“‘（《「『";
	double		 w;
	size_t		 i;

	for (i = 0; i < G_N_ELEMENTS(texts); i++)
		for (w = 40; w <= 200; w += 3) {
			GError		*error = NULL;
			PangoLayout	*pl = text_make(texts[i], &base, w,
					    &error);
			char		**ls;
			size_t		 j;

			g_assert_no_error(error);
			ls = lines(pl);
			for (j = 0; ls[j] != NULL; j++) {
				gunichar first = g_utf8_get_char(ls[j]);
				const char *e = ls[j] + strlen(ls[j]);
				gunichar last = *ls[j] ? g_utf8_get_char(
				    g_utf8_prev_char(e)) : 0;

				if (j > 0 && g_utf8_strchr(no_start, -1,
				    first) != NULL)
					g_error("width %g: line starts with "
					    "a closing mark: %s", w, ls[j]);
				if (ls[j + 1] != NULL && last != 0 &&
				    g_utf8_strchr(no_end, -1, last) != NULL)
					g_error("width %g: line ends with an "
					    "opening mark: %s", w, ls[j]);
			}
			g_strfreev(ls);
			g_object_unref(pl);
		}
}

/* T3: a number is never split from its unit or date parts. */
static const struct {
	const char	*text;
	const char	*keep;
} keeps[] = {
	{ "共计投资近百亿元的24个项目正如火如荼开展", "24个" },
	{ "办事处300余名党员干部冲锋在前", "300余名" },
	{ "地区生产总值达到3.45亿元，同比增长12.5%", "3.45亿元" },
	{ "地区生产总值达到3.45亿元，同比增长12.5%", "12.5%" },
	{ "2020年6月28日，省领导到辖区企业调研", "2020年6月28日" },
	{ "辖区58条道路总长度为53,570米", "53,570米" },
};

static void
test_no_break(void)
{
	size_t	 i;
	double	 w;

	for (i = 0; i < G_N_ELEMENTS(keeps); i++)
		/* From the width the kept run needs on a line of its own. */
		for (w = ceil(text_width(keeps[i].keep, &base, NULL)) + 1;
		    w <= 160; w += 2) {
			PangoLayout	*pl = text_make(keeps[i].text, &base, w,
					    NULL);
			char		**ls = lines(pl);
			bool		 whole = false;
			size_t		 j;

			for (j = 0; ls[j] != NULL; j++)
				whole |= strstr(ls[j], keeps[i].keep) != NULL;
			if (!whole)
				g_error("width %g: \"%s\" split in \"%s\"", w,
				    keeps[i].keep, keeps[i].text);
			g_strfreev(ls);
			g_object_unref(pl);
		}
}

/* T4: balanced lines: the last line is no orphan. */
static void
test_balance(void)
{
	struct text_style	 st = base;
	const char		*t = "郑州机械研究所有限公司高端装备制造产业园项目";
	PangoLayout		*greedy, *balanced;
	PangoRectangle		 r0, r1;
	int			 n;

	greedy = text_make(t, &st, 180, NULL);
	st.balance = true;
	balanced = text_make(t, &st, 180, NULL);
	n = pango_layout_get_line_count(balanced);
	g_assert_cmpint(n, ==, pango_layout_get_line_count(greedy));
	g_assert_cmpint(n, ==, 2);
	pango_layout_line_get_extents(pango_layout_get_line_readonly(balanced,
	    1), NULL, &r1);
	pango_layout_line_get_extents(pango_layout_get_line_readonly(balanced,
	    0), NULL, &r0);
	/* Two lines within a character or two of each other. */
	g_assert_cmpint(abs(r0.width - r1.width), <=, 2 * 10.5 * PANGO_SCALE);
	g_object_unref(greedy);
	g_object_unref(balanced);
}

/* T3 with a line limit: an ellipsis, never more lines. */
static void
test_max_lines(void)
{
	struct text_style	 st = base;
	GString			*t = g_string_new(NULL);
	PangoLayout		*pl;
	int			 i;

	for (i = 0; i < 30; i++)
		g_string_append(t, "城乡接合部综合整治");
	st.max_lines = 3;
	pl = text_make(t->str, &st, 120, NULL);
	g_assert_cmpint(pango_layout_get_line_count(pl), ==, 3);
	g_assert_true(pango_layout_is_ellipsized(pl));
	g_object_unref(pl);
	g_string_free(t, TRUE);
}

/* T8: a quarter em between Han and digits, none inside the number. */
static void
test_gap(void)
{
	double	 han = text_width("增长", &base, NULL);
	double	 num = text_width("12", &base, NULL);
	double	 both = text_width("增长12", &base, NULL);
	double	 date = text_width("2020年6月", &base, NULL);
	double	 parts = text_width("2020", &base, NULL) +
		    text_width("年", &base, NULL) + text_width("6", &base,
		    NULL) + text_width("月", &base, NULL);

	g_assert_cmpfloat(both - han - num, >, 10.5 / 4 - 0.1);
	g_assert_cmpfloat(both - han - num, <, 10.5 / 4 + 0.1);
	/* A unit ends the number: 2020年6月 is set solid. */
	g_assert_cmpfloat(date, <, parts + 0.1);
}

/*
 * Every unit the extractor knows is set solid after its number, from
 * the one table: 6栋 as 6个 (栋 was missing from a list of 48 of its own).
 */
static void
test_units_solid(void)
{
	static const char *const texts[] = {
		"6个", "6栋", "6幢", "12架次", "3号线", "5标箱", "20盏", "2宗",
		"35.97平方公里", "300余名", "3.45亿元", "12.5%",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(texts); i++) {
		const char	*t = texts[i], *p = t;
		double		 parts = 0;

		g_test_message("solid: %s", t);
		/* digits together, then each Han character on its own */
		while (*p != '\0') {
			const char	*q = p;
			char		*one;

			if (g_ascii_isdigit(*q) || *q == '.')
				while (g_ascii_isdigit(*q) || *q == '.')
					q++;
			else
				q = g_utf8_next_char(q);
			one = g_strndup(p, q - p);
			parts += text_width(one, &base, NULL);
			g_free(one);
			p = q;
		}
		g_assert_cmpfloat(text_width(t, &base, NULL), <, parts + 0.1);
	}
}

/* T10: full-width digits become ASCII, 〇 and the text stay. */
static const struct {
	const char	*in, *out;
} norms[] = {
	{ "４２家", "42家" },
	{ "１２．５公里", "12.5公里" },
	{ "二〇二〇年", "二〇二〇年" },
	{ "第３季度．", "第3季度．" },
	{ "a\tb", "a b" },
};

static void
test_normalise(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(norms); i++) {
		char	*s = text_normalise(norms[i].in);

		g_assert_cmpstr(s, ==, norms[i].out);
		g_free(s);
	}
}

/* No text without its glyphs: the error names each missing one. */
static void
test_coverage(void)
{
	GError		*error = NULL;
	PangoLayout	*pl;

	pl = text_make("沟赵𪚥办事处", &base, 0, &error);
	g_assert_null(pl);
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_FONT);
	g_assert_nonnull(strstr(error->message, "U+2A6A5 𪚥"));
	/* Noto CJK is there (the suite needs it): the fix is Extension B. */
	g_assert_nonnull(strstr(error->message, "fonts-hanazono"));
	g_assert_null(strstr(error->message, "fonts-noto-cjk"));
	g_error_free(error);
	g_assert_true(font_check(FONT_SANS, "沟赵办事处300余名，约1/3（％）", NULL));
}

int
main(int argc, char *argv[])
{
	setlocale(LC_ALL, "C.UTF-8");	/* messages with Chinese in them */
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/text/kinsoku", test_kinsoku);
	g_test_add_func("/text/no-break", test_no_break);
	g_test_add_func("/text/balance", test_balance);
	g_test_add_func("/text/max-lines", test_max_lines);
	g_test_add_func("/text/gap", test_gap);
	g_test_add_func("/text/units-solid", test_units_solid);
	g_test_add_func("/text/normalise", test_normalise);
	g_test_add_func("/text/coverage", test_coverage);
	return g_test_run();
}
