/* SPDX-License-Identifier: MIT */
/*
 * Bar charts from hostile or odd specs: each either lays out soundly (no
 * overlap, nothing off the canvas) or fails with a clear error.
 */
#include <locale.h>
#include <string.h>

#include "chart/chart.h"

static struct layout *
lay(const char *json, GError **error)
{
	struct shutu_chart	*c = shutu_chart_parse(json, -1, "t.json",
				    error);
	struct layout		*l;

	if (c == NULL)
		return NULL;
	l = chart_layout(c, error);
	shutu_chart_free(c);
	return l;
}

static char *
bars(size_t n, const char *label, const char *extra)
{
	GString	*s = g_string_new("{\"type\":\"bar\",\"title\":\"测试\"");
	size_t	 i;

	g_string_append_printf(s, "%s,\"data\":[", extra);
	for (i = 0; i < n; i++)
		g_string_append_printf(s, "%s{\"label\":\"%s%zu\",\"value\":%zu}",
		    i ? "," : "", label, i, (i * 37) % 101);
	g_string_append(s, "]}");
	return g_string_free(s, FALSE);
}

/* Specs that must come out as sound charts. */
static void
test_sound(void)
{
	char	*long_label, *many, *vlong;
	GString	*ll = g_string_new(NULL);
	size_t	 i;
	const char *fixed[] = {
		/* zero, negative, mixed, huge, tiny */
		"{\"type\":\"bar\",\"title\":\"零\",\"data\":[{\"label\":\"甲\",\"value\":0}]}",
		"{\"type\":\"bar\",\"title\":\"负\",\"data\":[{\"label\":\"甲\",\"value\":-5},{\"label\":\"乙\",\"value\":-12.5}]}",
		"{\"type\":\"bar\",\"title\":\"混\",\"unit\":\"%\",\"data\":[{\"label\":\"甲\",\"value\":-5,\"approx\":\"over\"},{\"label\":\"乙\",\"value\":12.5,\"approx\":\"about\"}]}",
		"{\"type\":\"bar\",\"title\":\"大\",\"unit\":\"元\",\"data\":[{\"label\":\"甲\",\"value\":1e15},{\"label\":\"乙\",\"value\":3}]}",
		"{\"type\":\"bar\",\"title\":\"小\",\"data\":[{\"label\":\"甲\",\"value\":0.001},{\"label\":\"乙\",\"value\":0.002}]}",
		"{\"type\":\"bar\",\"title\":\"竖负\",\"orientation\":\"vertical\",\"data\":[{\"label\":\"甲\",\"value\":-5},{\"label\":\"乙\",\"value\":7,\"approx\":\"under\"}]}",
		"{\"type\":\"bar\",\"title\":\"范围\",\"data\":[{\"label\":\"甲\",\"value\":30,\"value_max\":40},{\"label\":\"乙\",\"value\":-3,\"value_max\":-1}]}",
		"{\"type\":\"bar\",\"title\":\"堆积\",\"stacked\":true,\"series\":[\"a\",\"b\"],\"data\":[{\"label\":\"甲\",\"values\":[-3,-4]},{\"label\":\"乙\",\"values\":[2,{\"value\":5,\"approx\":\"over\"}]}]}",
		"{\"type\":\"bar\",\"title\":\"分组\",\"orientation\":\"vertical\",\"series\":[\"2019年\",\"2020年\",\"2021年\"],\"data\":[{\"label\":\"甲\",\"values\":[1,2,3]},{\"label\":\"乙\",\"values\":[3,-2,1]}]}",
		"{\"type\":\"bar\",\"title\":\"毫米\",\"size\":{\"width\":80,\"height\":60,\"unit\":\"mm\",\"dpi\":300},\"data\":[{\"label\":\"甲\",\"value\":1},{\"label\":\"乙\",\"value\":2}]}",
	};

	for (i = 0; i < 30; i++)
		g_string_append(ll, "郑州高新区沟赵办事处城乡接合部综合整治");
	long_label = bars(3, ll->str, "");
	many = bars(500, "项目", "");
	vlong = bars(3, ll->str, ",\"orientation\":\"vertical\"");
	{
		const char *cases[] = { long_label, many, vlong };

		for (i = 0; i < G_N_ELEMENTS(cases); i++) {
			GError		*error = NULL;
			struct layout	*l = lay(cases[i], &error);

			g_assert_no_error(error);
			g_assert_nonnull(l);
			layout_free(l);
		}
	}
	for (i = 0; i < G_N_ELEMENTS(fixed); i++) {
		GError		*error = NULL;
		struct layout	*l;

		g_test_message("case %zu", i);
		l = lay(fixed[i], &error);
		g_assert_no_error(error);
		layout_free(l);
	}
	g_free(long_label);
	g_free(many);
	g_free(vlong);
	g_string_free(ll, TRUE);
}

/* Specs a chart cannot honour: errors that say why. */
static const struct {
	const char	*extra;
	size_t		 n;
	const char	*want;
} refused[] = {
	{ ",\"orientation\":\"vertical\"", 500, "do not fit the 500 bars of a vertical chart" },
	{ ",\"size\":{\"width\":800,\"height\":120}", 40, "do not fit" },
};

static void
test_refused(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(refused); i++) {
		char		*json = bars(refused[i].n, "项目", refused[i].extra);
		GError		*error = NULL;
		struct layout	*l = lay(json, &error);

		g_assert_null(l);
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
		if (strstr(error->message, refused[i].want) == NULL)
			g_error("%s: %s", refused[i].want, error->message);
		g_error_free(error);
		g_free(json);
	}
}

/* Sorted largest first unless told; the approximation note appears. */
static void
test_order_note(void)
{
	const char	*json = "{\"type\":\"bar\",\"title\":\"t\",\"data\":["
	    "{\"label\":\"小\",\"value\":1},{\"label\":\"大\",\"value\":9,"
	    "\"approx\":\"over\"}]}";
	struct layout	*l = lay(json, NULL);
	const char	*first = NULL, *note = NULL;
	size_t		 i;

	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (strcmp(b->role, "label") == 0 && first == NULL)
			first = b->text;
		if (strcmp(b->role, "note") == 0)
			note = b->text;
		if (strcmp(b->role, "value") == 0 && strstr(b->text, "余"))
			g_assert_cmpstr(b->text, ==, "9余");
	}
	g_assert_cmpstr(first, ==, "大");
	g_assert_nonnull(note);
	g_assert_nonnull(strstr(note, "“余”"));
	layout_free(l);
}

/* The value labels, note and alt text a bar chart writes for a spec. */
static void
texts(const char *json, GString *values, char **note, char **alt)
{
	struct layout	*l = lay(json, NULL);
	size_t		 i;

	g_assert_nonnull(l);
	*note = NULL;
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (strcmp(b->role, "value") == 0)
			g_string_append_printf(values, "%s|", b->text);
		if (strcmp(b->role, "note") == 0)
			*note = g_strdup(b->text);
	}
	*alt = g_strdup(l->alt);
	layout_free(l);
}

/*
 * Approximate values as Chinese writes them: 200余 in 万元 beside 约13,500
 * (never 0.02余 亿元); the note names the marks the labels use (超 for
 * percents); prose says 约为, 不到, 超过, not 为约.
 */
static void
test_approx_words(void)
{
	GString	*v = g_string_new(NULL);
	char	*note, *alt;

	texts("{\"type\":\"bar\",\"title\":\"t\",\"unit\":\"元\",\"data\":["
	    "{\"label\":\"总投资\",\"value\":135000000,\"approx\":\"about\"},"
	    "{\"label\":\"税收\",\"value\":10000000,\"approx\":\"over\"},"
	    "{\"label\":\"帮扶资金\",\"value\":2000000,\"approx\":\"over\"},"
	    "{\"label\":\"奖励\",\"value\":1500000}]}", v, &note, &alt);
	g_test_message("%s / %s / %s", v->str, note, alt);
	g_assert_cmpstr(v->str, ==, "约13,500|1000余|200余|150|");
	g_assert_nonnull(strstr(alt, "总投资最大，约为1.35亿元"));
	g_assert_nonnull(strstr(alt, "奖励最小，为150万元"));
	g_free(note);
	g_free(alt);
	g_string_truncate(v, 0);
	texts("{\"type\":\"bar\",\"title\":\"t\",\"unit\":\"%\",\"data\":["
	    "{\"label\":\"达标率\",\"value\":98,\"approx\":\"over\"},"
	    "{\"label\":\"空置率\",\"value\":8,\"approx\":\"under\"},"
	    "{\"label\":\"覆盖率\",\"value\":60}]}", v, &note, &alt);
	g_test_message("%s / %s / %s", v->str, note, alt);
	g_assert_nonnull(strstr(note, "“超”"));
	g_assert_null(strstr(note, "“余”"));
	g_assert_nonnull(strstr(alt, "达标率最大，超过98%"));
	g_assert_nonnull(strstr(alt, "空置率最小，不到8%"));
	g_free(note);
	g_free(alt);
	/* the article's scale is kept in prose: 6.94万头, never 69,400头 */
	g_string_truncate(v, 0);
	texts("{\"type\":\"bar\",\"title\":\"t\",\"unit\":\"头\",\"data\":["
	    "{\"label\":\"生猪\",\"value\":261300,\"text\":\"26.13万头\"},"
	    "{\"label\":\"牛羊\",\"value\":69400,\"text\":\"6.94万头\"}]}",
	    v, &note, &alt);
	g_test_message("%s", alt);
	g_assert_nonnull(strstr(alt, "牛羊最小，为6.94万头"));
	g_free(note);
	g_free(alt);
	g_string_free(v, TRUE);
}

int
main(int argc, char *argv[])
{
	setlocale(LC_ALL, "C.UTF-8");
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/bar/sound", test_sound);
	g_test_add_func("/bar/refused", test_refused);
	g_test_add_func("/bar/order-note", test_order_note);
	g_test_add_func("/bar/approx-words", test_approx_words);
	return g_test_run();
}
