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
	{ ",\"orientation\":\"vertical\"", 500, "too many for a vertical" },
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

int
main(int argc, char *argv[])
{
	setlocale(LC_ALL, "C.UTF-8");
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/bar/sound", test_sound);
	g_test_add_func("/bar/refused", test_refused);
	g_test_add_func("/bar/order-note", test_order_note);
	return g_test_run();
}
