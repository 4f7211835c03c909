/* SPDX-License-Identifier: MIT */
/*
 * Line charts: bad specs refused with file:line:col, and layouts in
 * which no value label touches another label, a line, a marker or an
 * axis, however crowded; the axis, the numbers (GB/T 15835), the marks
 * of approximate values and gaps, the series names, the alt text.
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart/chart.h"
#include "testutil.h"

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

static struct layout *
lay_ok(const char *json)
{
	GError		*error = NULL;
	struct layout	*l = lay(json, &error);

	g_assert_no_error(error);
	g_assert_nonnull(l);
	return l;
}

static size_t
count(const struct layout *l, enum box_kind kind, const char *role)
{
	size_t	 i, n = 0;

	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		n += b->kind == kind && strcmp(b->role, role) == 0;
	}
	return n;
}

static const struct box *
find_text(const struct layout *l, const char *role, const char *text)
{
	size_t	 i;

	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (b->kind == BOX_TEXT && strcmp(b->role, role) == 0 &&
		    (text == NULL || strcmp(b->text, text) == 0))
			return b;
	}
	return NULL;
}

/*
 * The promise of direct labels: every value label is clear of every data
 * line, every marker, the x axis and the zero line, and of every other
 * text; nothing leaves the canvas.
 */
static void
check_clear(const struct layout *l)
{
	GError	*error = NULL;
	size_t	 i, j, labels = 0;

	g_assert_true(layout_check(l, &error));
	g_assert_no_error(error);
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *a = g_ptr_array_index(l->boxes, i);

		if (a->kind != BOX_TEXT || strcmp(a->role, "value") != 0)
			continue;
		labels++;
		for (j = 0; j < l->boxes->len; j++) {
			const struct box *b = g_ptr_array_index(l->boxes, j);

			if (b->kind == BOX_PATH)
				g_assert_false(layout_path_hits(b, a->x, a->y,
				    a->x + a->w, a->y + a->h));
			if (b->kind == BOX_ELLIPSE &&
			    a->x < b->x + b->w && b->x < a->x + a->w &&
			    a->y < b->y + b->h && b->y < a->y + a->h)
				g_error("label \"%s\" covers a marker at %.1f,%.1f",
				    a->text, b->x, b->y);
			if (b->kind == BOX_LINE && (strcmp(b->role, "axis") == 0 ||
			    strcmp(b->role, "zero") == 0) &&
			    a->y < b->y + 0.4 && b->y - 0.4 < a->y + a->h &&
			    a->x < b->x + b->w && b->x < a->x + a->w)
				g_error("label \"%s\" lies on the %s", a->text,
				    b->role);
		}
	}
	g_assert_cmpuint(labels, >, 0);
}

/* Bad specs: where (line:col) and what. */
static const struct {
	const char	*json;
	const char	*where;
	const char	*what;
} errors[] = {
	{ "{\"type\":\"line\",\"title\":\"t\"}",
	  "1:1", "missing \"data\"" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2020\",\"value\":1}]}",
	  "1:35", "a line needs at least 2" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1},\n{\"value\":2}]}",
	  "3:1", "point 2: missing \"x\"" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1},\n{\"x\":{\"y\":1},\"value\":2}]}",
	  "3:6", "\"x\" must be a string" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":2019.5,\"value\":1},\n{\"x\":2020,\"value\":2}]}",
	  "2:12", "2019.5 is not a year" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1},\n{\"x\":\"2019\",\"value\":2}]}",
	  "3:12", "'2019' is already point 1" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2020年\",\"value\":1},\n{\"x\":\"2019年\",\"value\":2}]}",
	  "3:13", "2019 comes after 2020" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"一季度\",\"value\":1},\n{\"x\":\"  \",\"value\":2}]}",
	  "3:10", "\"x\" is empty" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1,\"unit\":\"元\"},\n"
	  "{\"x\":\"2020\",\"value\":2,\"unit\":\"万元\"}]}",
	  "3:33", "unit '万元' differs from '元'" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"unit\":\"元\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1,\"unit\":\"%\"},\n"
	  "{\"x\":\"2020\",\"value\":2}]}",
	  "2:32", "differs from the chart's \"unit\" '元'" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":\"12\"},\n{\"x\":\"2020\",\"value\":2}]}",
	  "2:24", "\"value\" must be a number, found a string" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1,\"value_max\":3},\n"
	  "{\"x\":\"2020\",\"value\":2}]}",
	  "2:35", "a line chart takes no ranges" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2019\"},\n{\"x\":\"2020\",\"value\":2}]}",
	  "2:1", "point 1: missing \"value\"" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":null},\n{\"x\":\"2020\",\"value\":null}]}",
	  "1:35", "every value is null" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"series\":[\"a\",\"b\"],"
	  "\"data\":[\n{\"x\":\"2019\",\"values\":[1,null]},\n"
	  "{\"x\":\"2020\",\"values\":[2,null]}]}",
	  "1:54", "series 2 'b' has no values" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"series\":[\"a\",\"b\"],"
	  "\"data\":[\n{\"x\":\"2019\",\"values\":[1]},\n"
	  "{\"x\":\"2020\",\"values\":[2,3]}]}",
	  "2:22", "an array of 2 numbers, nulls or objects" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"series\":[\"a\",\"b\"],"
	  "\"data\":[\n{\"x\":\"2019\",\"values\":[1,{\"value\":2,"
	  "\"approx\":\"roughly\"}]},\n{\"x\":\"2020\",\"values\":[2,3]}]}",
	  "2:53", "unknown value 'roughly'" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"stacked\":true,\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1},\n{\"x\":\"2020\",\"value\":2}]}",
	  "1:42", "\"stacked\": not for line charts" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"sort\":true,\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1},\n{\"x\":\"2020\",\"value\":2}]}",
	  "1:39", "keep their order" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"zero\":\"yes\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1},\n{\"x\":\"2020\",\"value\":2}]}",
	  "1:40", "\"zero\": expected true or false" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"highlight\":\"2021\","
	  "\"data\":[\n{\"x\":\"2019\",\"value\":1},\n"
	  "{\"x\":\"2020\",\"value\":2}]}",
	  "1:46", "no point has this x" },
	{ "{\"type\":\"line\",\"title\":\"t\",\"data\":[\n"
	  "{\"x\":\"2019\",\"value\":1,\"colour\":\"red\"},\n"
	  "{\"x\":\"2020\",\"value\":2}]}",
	  "2:36", "unknown member 'colour'" },
};

static void
test_errors(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(errors); i++) {
		GError			*error = NULL;
		struct shutu_chart	*c;
		char			*where;

		g_test_message("error: %s", errors[i].json);
		c = shutu_chart_parse(errors[i].json, -1, "t.json", &error);
		g_assert_null(c);
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
		g_test_message("-> %s", error->message);
		where = g_strdup_printf("t.json:%s: ", errors[i].where);
		if (!g_str_has_prefix(error->message, where) ||
		    strstr(error->message, errors[i].what) == NULL)
			g_error("want %s…%s, got %s", where, errors[i].what,
			    error->message);
		g_free(where);
		g_error_free(error);
	}
}

/* Odd but valid: each lays out with every label clear. */
static const char *const sound[] = {
	/* two points; flat; negative; crossing zero; huge; tiny */
	"{\"type\":\"line\",\"title\":\"两点\",\"data\":[{\"x\":\"2019\","
	"\"value\":1},{\"x\":\"2020\",\"value\":2}]}",
	"{\"type\":\"line\",\"title\":\"持平\",\"data\":[{\"x\":\"一季度\","
	"\"value\":5},{\"x\":\"二季度\",\"value\":5},{\"x\":\"三季度\","
	"\"value\":5}]}",
	"{\"type\":\"line\",\"title\":\"全负\",\"unit\":\"%\",\"data\":["
	"{\"x\":\"1月\",\"value\":-5},{\"x\":\"2月\",\"value\":-12.5},"
	"{\"x\":\"3月\",\"value\":-8}]}",
	"{\"type\":\"line\",\"title\":\"过零\",\"unit\":\"%\",\"data\":["
	"{\"x\":\"1月\",\"value\":-5},{\"x\":\"2月\",\"value\":3},"
	"{\"x\":\"3月\",\"value\":-1},{\"x\":\"4月\",\"value\":0},"
	"{\"x\":\"5月\",\"value\":7}]}",
	"{\"type\":\"line\",\"title\":\"大\",\"unit\":\"元\",\"data\":["
	"{\"x\":\"2019\",\"value\":1e15},{\"x\":\"2020\",\"value\":3}]}",
	"{\"type\":\"line\",\"title\":\"小\",\"data\":[{\"x\":\"2019\","
	"\"value\":0.001},{\"x\":\"2020\",\"value\":0.002}]}",
	/* gaps at the ends and alone; a lone point between gaps */
	"{\"type\":\"line\",\"title\":\"缺\",\"data\":[{\"x\":\"a\","
	"\"value\":null},{\"x\":\"b\",\"value\":3},{\"x\":\"c\","
	"\"value\":null},{\"x\":\"d\",\"value\":4},{\"x\":\"e\","
	"\"value\":5},{\"x\":\"f\",\"value\":null}]}",
	/* steep zigzag, many series crossing, one highlighted */
	"{\"type\":\"line\",\"title\":\"锯齿\",\"series\":[\"甲\",\"乙\","
	"\"丙\"],\"data\":[{\"x\":\"1\",\"values\":[1,9,5]},{\"x\":\"2\","
	"\"values\":[9,1,5]},{\"x\":\"3\",\"values\":[1,9,{\"value\":5,"
	"\"highlight\":true}]},{\"x\":\"4\",\"values\":[9,1,5]},{\"x\":\"5\","
	"\"values\":[1,9,{\"value\":5,\"approx\":\"about\"}]}]}",
	/* small, in millimetres, at 300 dpi */
	"{\"type\":\"line\",\"title\":\"毫米\",\"size\":{\"width\":80,"
	"\"height\":70,\"unit\":\"mm\"},\"data\":[{\"x\":\"2019\","
	"\"value\":1},{\"x\":\"2020\",\"value\":2},{\"x\":\"2021\","
	"\"value\":1.5}]}",
	/* a long series name */
	"{\"type\":\"line\",\"title\":\"名\",\"series\":[\"郑州高新区沟赵"
	"办事处城乡接合部综合整治项目累计投资\",\"乙\"],\"data\":[{\"x\":\"2019"
	"\",\"values\":[1,2]},{\"x\":\"2020\",\"values\":[2,1]}]}",
};

static void
test_sound(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(sound); i++) {
		struct layout	*l;

		g_test_message("case %zu: %s", i, sound[i]);
		l = lay_ok(sound[i]);
		check_clear(l);
		layout_free(l);
	}
}

/* A spec of "n" points in "ns" close series (a wave), as JSON. */
static char *
crowd(size_t n, size_t ns, const char *extra)
{
	GString	*s = g_string_new("{\"type\":\"line\",\"title\":\"密\"");
	size_t	 i, j;

	g_string_append_printf(s, "%s,\"series\":[", extra);
	for (j = 0; j < ns; j++)
		g_string_append_printf(s, "%s\"第%zu组\"", j ? "," : "", j + 1);
	g_string_append(s, "],\"data\":[");
	for (i = 0; i < n; i++) {
		g_string_append_printf(s, "%s{\"x\":\"%zu年%zu月\",\"values\":[",
		    i ? "," : "", 2000 + i / 12, i % 12 + 1);
		for (j = 0; j < ns; j++)
			g_string_append_printf(s, "%s%.1f", j ? "," : "", 50 +
			    8 * sin(i / 3.0 + j * 0.4) + j * 1.5);
		g_string_append(s, "]}");
	}
	g_string_append(s, "]}");
	return g_string_free(s, FALSE);
}

/*
 * Crowded: close series, many points.  Labels are moved and thinned,
 * never piled up; the ends of every series keep theirs.
 */
static void
test_crowded(void)
{
	static const struct {
		size_t		 n, ns;
		const char	*extra;
	} cases[] = {
		{ 12, 3, "" },
		{ 24, 4, "" },
		{ 60, 3, "" },
		{ 400, 2, "" },
		{ 30, 6, ",\"size\":{\"width\":400}" },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		char		*json = crowd(cases[i].n, cases[i].ns,
				    cases[i].extra);
		struct layout	*l = lay_ok(json);
		size_t		 labels = count(l, BOX_TEXT, "value");

		g_test_message("%zu points, %zu series: %zu labels", cases[i].n,
		    cases[i].ns, labels);
		check_clear(l);
		g_assert_cmpuint(labels, <, cases[i].n * cases[i].ns);
		g_assert_cmpuint(count(l, BOX_TEXT, "series"), ==, cases[i].ns);
		g_assert_cmpuint(count(l, BOX_PATH, "line"), ==, cases[i].ns);
		/* The x axis is thinned too, its last label kept. */
		g_assert_cmpuint(count(l, BOX_TEXT, "x"), <=, cases[i].n);
		{
			char *last = g_strdup_printf("%zu年%zu月", 2000 +
			    (cases[i].n - 1) / 12, (cases[i].n - 1) % 12 + 1);

			g_assert_nonnull(find_text(l, "x", last));
			g_free(last);
		}
		layout_free(l);
		g_free(json);
	}
}

/* The first series' last value is labelled even when all are crowded. */
static void
test_ends_kept(void)
{
	const char	*json = "{\"type\":\"line\",\"title\":\"t\",\"series\":"
	    "[\"a\",\"b\"],\"data\":[{\"x\":\"1\",\"values\":[10,10.2]},"
	    "{\"x\":\"2\",\"values\":[11,11.1]},{\"x\":\"3\",\"values\":"
	    "[12,12.3]},{\"x\":\"4\",\"values\":[{\"value\":13,\"highlight\":"
	    "true},13.1]}]}";
	struct layout	*l = lay_ok(json);

	check_clear(l);
	g_assert_nonnull(find_text(l, "value", "13.0"));
	g_assert_nonnull(find_text(l, "value", "10.0"));
	layout_free(l);
}

/* The value axis: from zero only when zero is near or asked for. */
static void
test_axis(void)
{
	static const struct {
		const char	*values;	/* four values */
		const char	*extra;
		bool		 zero;		/* the lowest tick is 0 */
	} cases[] = {
		{ "612.3,684.5,753.2,869",	"",		false },
		{ "2.1,3.5,6.5,4",		"",		true },
		{ "612.3,684.5,753.2,869",	",\"zero\":true",	true },
		{ "2.1,3.5,6.5,4",		",\"zero\":false",	false },
		{ "-13.5,-8,-4.9,-2.8",		"",		false },
		{ "0,1,2,3",			"",		true },
		{ "98.1,98.3,98.2,98.6",	"",		false },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		char		**v = g_strsplit(cases[i].values, ",", -1);
		char		*json = g_strdup_printf("{\"type\":\"line\","
				    "\"title\":\"t\"%s,\"data\":[{\"x\":\"1\","
				    "\"value\":%s},{\"x\":\"2\",\"value\":%s},"
				    "{\"x\":\"3\",\"value\":%s},{\"x\":\"4\","
				    "\"value\":%s}]}", cases[i].extra, v[0], v[1],
				    v[2], v[3]);
		struct layout	*l = lay_ok(json);
		double		 lowest = INFINITY, lo = INFINITY, hi = -INFINITY;
		size_t		 k, ticks = 0;

		for (k = 0; v[k] != NULL; k++) {
			lo = fmin(lo, g_ascii_strtod(v[k], NULL));
			hi = fmax(hi, g_ascii_strtod(v[k], NULL));
		}
		for (k = 0; k < l->boxes->len; k++) {
			const struct box *b = g_ptr_array_index(l->boxes, k);
			char	*t;

			if (b->kind != BOX_TEXT || strcmp(b->role, "tick") != 0)
				continue;
			/* −13.5 is written with U+2212. */
			t = g_strdup(b->text);
			if (g_str_has_prefix(t, "\u2212")) {
				memmove(t + 1, t + 3, strlen(t + 3) + 1);
				t[0] = '-';
			}
			lowest = fmin(lowest, g_ascii_strtod(t, NULL));
			ticks++;
			g_free(t);
		}
		g_test_message("%s%s: lowest tick %g, %zu ticks",
		    cases[i].values, cases[i].extra, lowest, ticks);
		g_assert_cmpuint(ticks, >=, 3);
		g_assert_cmpfloat(lowest, <=, lo);
		if (cases[i].zero)
			g_assert_cmpfloat(lowest, ==, 0);
		else
			g_assert_cmpfloat(lowest, >, lo - (hi - lo));
		layout_free(l);
		g_free(json);
		g_strfreev(v);
	}
}

/* GB/T 15835: one scale said once, grouping from 5 digits, years whole. */
static void
test_numbers(void)
{
	struct layout	*l;
	size_t		 i;

	l = lay_ok("{\"type\":\"line\",\"title\":\"t\",\"unit\":\"元\","
	    "\"data\":[{\"x\":2016,\"value\":61230000000},{\"x\":2019,"
	    "\"value\":83010000000},{\"x\":2020,\"value\":86900000000},"
	    "{\"x\":2024,\"value\":115000000000}]}");
	g_assert_nonnull(find_text(l, "unit", "单位：亿元"));
	/* Same decimals on every label (N3), no grouping under 5 digits. */
	g_assert_nonnull(find_text(l, "value", "612.3"));
	g_assert_nonnull(find_text(l, "value", "1150.0"));
	g_assert_nonnull(find_text(l, "x", "2016"));
	g_assert_nonnull(find_text(l, "x", "2024"));
	layout_free(l);
	l = lay_ok("{\"type\":\"line\",\"title\":\"t\",\"unit\":\"元\","
	    "\"data\":[{\"x\":\"2016年\",\"value\":31000},{\"x\":\"2017年\","
	    "\"value\":45600}]}");
	g_assert_nonnull(find_text(l, "unit", "单位：元"));
	g_assert_nonnull(find_text(l, "value", "45,600"));
	g_assert_nonnull(find_text(l, "x", "2016年"));
	layout_free(l);
	/* Percents: the sign on every label, no unit line, − for minus. */
	l = lay_ok("{\"type\":\"line\",\"title\":\"t\",\"unit\":\"%\","
	    "\"data\":[{\"x\":\"1—2月\",\"value\":-13.5},{\"x\":\"1—3月\","
	    "\"value\":2.8}]}");
	g_assert_null(find_text(l, "unit", NULL));
	g_assert_nonnull(find_text(l, "value", "\u221213.5%"));
	g_assert_nonnull(find_text(l, "value", "2.8%"));
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (b->kind == BOX_TEXT && strcmp(b->role, "tick") == 0)
			g_assert_true(g_str_has_suffix(b->text, "%"));
	}
	layout_free(l);
}

/* Approximate points are hollow and say so; gaps break the line. */
static void
test_approx_gaps(void)
{
	struct layout		*l = lay_ok("{\"type\":\"line\",\"title\":\"t\","
				    "\"unit\":\"名\",\"data\":[{\"x\":\"2016\","
				    "\"value\":300,\"approx\":\"over\"},{\"x\":"
				    "\"2017\",\"value\":320},{\"x\":\"2018\","
				    "\"value\":null},{\"x\":\"2019\",\"value\":18,"
				    "\"approx\":\"about\"},{\"x\":\"2020\","
				    "\"value\":400}]}");
	const struct theme	*t = theme_get("news");
	const struct box	*note = find_text(l, "note", NULL);
	size_t			 i, hollow = 0, solid = 0;

	check_clear(l);
	g_assert_nonnull(find_text(l, "value", "300余"));
	g_assert_nonnull(find_text(l, "value", "约18"));
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (b->kind != BOX_ELLIPSE)
			continue;
		if (b->fill.r == t->background.r && b->fill.g ==
		    t->background.g && b->stroke.a > 0 && b->stroke.r != 1)
			hollow++;
		else
			solid++;
	}
	g_assert_cmpuint(hollow, ==, 2);
	g_assert_cmpuint(solid, ==, 2);
	/* 2016-2017 and 2019-2020: two runs, no line across the gap. */
	g_assert_cmpuint(count(l, BOX_PATH, "line"), ==, 2);
	g_assert_nonnull(note);
	g_test_message("%s", note->text);
	g_assert_nonnull(strstr(note->text, "“余”"));
	g_assert_nonnull(strstr(note->text, "“约”"));
	g_assert_nonnull(strstr(note->text, "空心点"));
	g_assert_nonnull(strstr(note->text, "2018年无数据"));
	layout_free(l);
}

/* Series are named at their ends, top to bottom as their lines end. */
static void
test_names(void)
{
	struct layout	*l = lay_ok("{\"type\":\"line\",\"title\":\"t\","
			    "\"series\":[\"低\",\"高\",\"中\"],\"data\":["
			    "{\"x\":\"1\",\"values\":[1,30,20]},{\"x\":\"2\","
			    "\"values\":[2,35,15]}]}");
	const struct box *lo = find_text(l, "series", "低");
	const struct box *mid = find_text(l, "series", "中");
	const struct box *hi = find_text(l, "series", "高");
	size_t		 i;

	g_assert_nonnull(lo);
	g_assert_cmpfloat(hi->y, <, mid->y);
	g_assert_cmpfloat(mid->y, <, lo->y);
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		/* Right of every line: a direct label, not a legend. */
		if (b->kind == BOX_PATH)
			g_assert_cmpfloat(b->x + b->w, <, lo->x);
		g_assert_cmpstr(b->role, !=, "legend");
	}
	layout_free(l);
}

/* Years alone are placed to scale: 2010, 2015 … 2021. */
static void
test_to_scale(void)
{
	struct layout	*l = lay_ok("{\"type\":\"line\",\"title\":\"t\","
			    "\"data\":[{\"x\":\"2010\",\"value\":1},{\"x\":"
			    "\"2015\",\"value\":2},{\"x\":\"2020\",\"value\":3},"
			    "{\"x\":\"2021\",\"value\":4}]}");
	double		 x[4];
	size_t		 i, k = 0;

	for (i = 0; i < l->boxes->len && k < 4; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (b->kind == BOX_ELLIPSE)
			x[k++] = b->x + b->w / 2;
	}
	g_assert_cmpuint(k, ==, 4);
	g_assert_cmpfloat(fabs((x[1] - x[0]) - 5 * (x[3] - x[2])), <, 0.01);
	g_assert_cmpfloat(fabs((x[2] - x[1]) - (x[1] - x[0])), <, 0.01);
	layout_free(l);
	/* Anything else is evenly spaced. */
	l = lay_ok("{\"type\":\"line\",\"title\":\"t\",\"data\":["
	    "{\"x\":\"2010\",\"value\":1},{\"x\":\"2015\",\"value\":2},"
	    "{\"x\":\"2020年1—6月\",\"value\":3}]}");
	for (i = 0, k = 0; i < l->boxes->len && k < 3; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (b->kind == BOX_ELLIPSE)
			x[k++] = b->x + b->w / 2;
	}
	g_assert_cmpfloat(fabs((x[2] - x[1]) - (x[1] - x[0])), <, 0.01);
	layout_free(l);
}

/* Specs a chart cannot honour. */
static void
test_refused(void)
{
	static const struct {
		const char	*json;
		const char	*want;
	} cases[] = {
		{ "{\"type\":\"line\",\"title\":\"t\",\"size\":{\"width\":800,"
		  "\"height\":120},\"data\":[{\"x\":\"1\",\"value\":1},{\"x\":"
		  "\"2\",\"value\":2}]}", "leaves no room for the lines" },
		{ NULL, "do not fit in a chart" },
	};
	size_t	 i;
	GString	*many = g_string_new("{\"type\":\"line\",\"title\":\"t\","
		    "\"size\":{\"width\":100,\"unit\":\"pt\"},\"data\":[");

	for (i = 0; i < 300; i++)
		g_string_append_printf(many, "%s{\"x\":\"%zu\",\"value\":%zu}",
		    i ? "," : "", i, i % 7);
	g_string_append(many, "]}");
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		GError		*error = NULL;
		struct layout	*l = lay(cases[i].json != NULL ? cases[i].json :
				    many->str, &error);

		g_assert_null(l);
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
		g_test_message("%s", error->message);
		g_assert_nonnull(strstr(error->message, cases[i].want));
		g_error_free(error);
	}
	g_string_free(many, TRUE);
}

/* Alt text: 折线图, what, the span, first and last, the change. */
static void
test_alt(void)
{
	static const struct {
		const char	*json;
		const char	*want[4];
	} cases[] = {
		{ "{\"type\":\"line\",\"title\":\"生产总值\",\"unit\":\"元\","
		  "\"source\":\"统计局\",\"data\":[{\"x\":2016,\"value\":"
		  "61230000000},{\"x\":2020,\"value\":86900000000}]}",
		  { "折线图：生产总值。", "横轴为2016年至2020年，共2个点",
		    "2016年为612.3亿元，2020年为869亿元，增长41.9%",
		    "数据来源：统计局。" } },
		{ "{\"type\":\"line\",\"title\":\"增速\",\"unit\":\"%\","
		  "\"data\":[{\"x\":\"1—2月\",\"value\":-13.5},{\"x\":"
		  "\"1—6月\",\"value\":-1.3},{\"x\":\"1—9月\",\"value\":"
		  "null},{\"x\":\"1—12月\",\"value\":2.8,\"approx\":"
		  "\"about\"}]}",
		  { "1—2月为−13.5%", "1—12月约为2.8%",
		    "约提高16.3个百分点", "1—9月无数据" } },
		{ "{\"type\":\"line\",\"title\":\"收入\",\"unit\":\"元\","
		  "\"series\":[\"城镇\",\"农村\"],\"data\":[{\"x\":\"2016年\","
		  "\"values\":[31000,17200]},{\"x\":\"2017年\",\"values\":"
		  "[33000,16000]},{\"x\":\"2018年\",\"values\":[30000,"
		  "17000]}]}",
		  { "2条线：城镇、农村", "城镇：2016年为31,000元，2018年为"
		    "30,000元，下降3.2%；2017年最高，为33,000元",
		    "农村：2016年为17,200元", "2017年最低，为16,000元" } },
	};
	size_t	 i, k;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct layout	*l = lay_ok(cases[i].json);

		g_test_message("%s", l->alt);
		for (k = 0; k < G_N_ELEMENTS(cases[i].want) &&
		    cases[i].want[k] != NULL; k++)
			if (strstr(l->alt, cases[i].want[k]) == NULL)
				g_error("alt text lacks \"%s\": %s",
				    cases[i].want[k], l->alt);
		layout_free(l);
	}
}

int
main(int argc, char *argv[])
{
	setlocale(LC_ALL, "C.UTF-8");
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/line/errors", test_errors);
	g_test_add_func("/line/sound", test_sound);
	g_test_add_func("/line/crowded", test_crowded);
	g_test_add_func("/line/ends-kept", test_ends_kept);
	g_test_add_func("/line/axis", test_axis);
	g_test_add_func("/line/numbers", test_numbers);
	g_test_add_func("/line/approx-gaps", test_approx_gaps);
	g_test_add_func("/line/names", test_names);
	g_test_add_func("/line/to-scale", test_to_scale);
	g_test_add_func("/line/refused", test_refused);
	g_test_add_func("/line/alt", test_alt);
	return g_test_run();
}
