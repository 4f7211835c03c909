/* SPDX-License-Identifier: MIT */
/*
 * Share charts: bad specs refused with file:line:col; shares computed
 * and 其他 made from what a known whole leaves; labels with the name and
 * share (and the amount), leaders to small slices that cross no label
 * and no other leader, however many slices; 100% bars whose segments are
 * their shares; colours, the centre, the alt text.
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart/chart.h"
#include "spec/spec.h"
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

static const struct {
	const char	*json;
	const char	*where;
	const char	*what;
} errors[] = {
	{ "{\"type\":\"share\",\"title\":\"t\"}",
	  "1:1", "missing \"data\"" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"data\":[]}",
	  "1:36", "\"data\": empty" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":60},\n{\"label\":\"乙\",\"value\":-5}]}",
	  "3:23", "part 2: -5 is negative" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"style\":\"bar\","
	  "\"series\":[\"a\",\"b\"],\"data\":[\n"
	  "{\"label\":\"甲\",\"values\":[60,-1]}]}",
	  "2:28", "part 1, value 2: -1 is negative" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":0}]}",
	  "2:22", "0 has no slice" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"data\":[\n"
	  "{\"value\":60}]}",
	  "2:1", "part 1: missing \"label\"" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"data\":[\n"
	  "{\"label\":\"甲\"}]}",
	  "2:1", "part 1: missing \"value\"" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":1},\n{\"label\":\"甲\",\"value\":2}]}",
	  "3:1", "'甲' is already part 1" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"unit\":\"%\",\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":60},\n{\"label\":\"乙\",\"value\":45}]}",
	  "1:47", "the parts add up to 105%, more than 100%" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"unit\":\"元\",\"total\":100,"
	  "\"data\":[\n{\"label\":\"甲\",\"value\":60},\n"
	  "{\"label\":\"乙\",\"value\":45}]}",
	  "1:51", "add up to 105, more than \"total\" 100" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"unit\":\"%\",\"total\":100,"
	  "\"data\":[\n{\"label\":\"甲\",\"value\":60}]}",
	  "1:51", "percent shares are parts of 100%" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"total\":0,\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":1}]}",
	  "1:38", "\"total\": 0, expected the whole" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"unit\":\"%\",\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":60},\n{\"label\":\"其他\",\"value\":10}]}",
	  "1:47", "其他 among them, add up to less than 100%" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":1,\"unit\":\"元\"},\n"
	  "{\"label\":\"乙\",\"value\":2,\"unit\":\"%\"}]}",
	  "3:33", "unit '%' differs from '元'" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":30,\"value_max\":40}]}",
	  "2:38", "a share takes no ranges" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"series\":[\"a\",\"b\"],"
	  "\"data\":[\n{\"label\":\"甲\",\"values\":[1,2]}]}",
	  "1:38", "a donut shows one whole" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"style\":\"pie\",\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":1}]}",
	  "1:42", "unknown value 'pie' (expected one of donut, bar)" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"style\":\"bar\","
	  "\"center\":\"x\",\"data\":[\n{\"label\":\"甲\",\"value\":1}]}",
	  "1:55", "only a donut has a centre" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"style\":\"bar\","
	  "\"series\":[\"a\",\"b\"],\"total\":9,\"data\":[\n"
	  "{\"label\":\"甲\",\"values\":[1,2]}]}",
	  "1:71", "one whole per chart" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"style\":\"bar\","
	  "\"series\":[\"a\",\"b\"],\"data\":[\n"
	  "{\"label\":\"甲\",\"values\":[1,0]},\n"
	  "{\"label\":\"乙\",\"values\":[1,0]}]}",
	  "1:69", "series 2 'b': every part is 0" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"zero\":true,\"data\":[\n"
	  "{\"label\":\"甲\",\"value\":1}]}",
	  "1:40", "\"zero\": not for share charts" },
	{ "{\"type\":\"share\",\"title\":\"t\",\"data\":[\n"
	  "{\"label\":\"a\",\"value\":1},{\"label\":\"b\",\"value\":1},"
	  "{\"label\":\"c\",\"value\":1},{\"label\":\"d\",\"value\":1},"
	  "{\"label\":\"e\",\"value\":1},{\"label\":\"f\",\"value\":1},"
	  "{\"label\":\"g\",\"value\":1},{\"label\":\"h\",\"value\":1},"
	  "{\"label\":\"i\",\"value\":1},{\"label\":\"j\",\"value\":1},"
	  "{\"label\":\"k\",\"value\":1},{\"label\":\"l\",\"value\":1},"
	  "{\"label\":\"m\",\"value\":1}]}",
	  "1:36", "13 parts, more than 12" },
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

/* What the parts leave of a known whole becomes 其他; rounding does not. */
static void
test_rest(void)
{
	static const struct {
		const char	*json;
		double		 rest;		/* NAN: no 其他 made */
		enum shutu_approx approx;
	} cases[] = {
		{ "{\"type\":\"share\",\"title\":\"t\",\"unit\":\"%\",\"data\":["
		  "{\"label\":\"甲\",\"value\":60},{\"label\":\"乙\",\"value\":"
		  "25.5}]}", 14.5, SHUTU_APPROX_EXACT },
		/* 33 + 33 + 33 is 100 rounded */
		{ "{\"type\":\"share\",\"title\":\"t\",\"unit\":\"%\",\"data\":["
		  "{\"label\":\"甲\",\"value\":33},{\"label\":\"乙\",\"value\":"
		  "33},{\"label\":\"丙\",\"value\":33}]}", NAN, 0 },
		{ "{\"type\":\"share\",\"title\":\"t\",\"unit\":\"%\",\"data\":["
		  "{\"label\":\"甲\",\"value\":50.1},{\"label\":\"乙\",\"value\":"
		  "50}]}", NAN, 0 },
		{ "{\"type\":\"share\",\"title\":\"t\",\"unit\":\"元\",\"total\":"
		  "4580000000,\"data\":[{\"label\":\"增值税\",\"value\":"
		  "1620000000},{\"label\":\"企业所得税\",\"value\":980000000,"
		  "\"approx\":\"about\"}]}", 1980000000, SHUTU_APPROX_ABOUT },
		/* amounts with no total: their sum is the whole */
		{ "{\"type\":\"share\",\"title\":\"t\",\"unit\":\"元\",\"data\":["
		  "{\"label\":\"甲\",\"value\":1},{\"label\":\"乙\",\"value\":"
		  "2}]}", NAN, 0 },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		GError		*error = NULL;
		struct spec	*s = spec_parse(cases[i].json, -1, "t.json",
				    &error);
		const struct spec_datum *last;

		g_assert_no_error(error);
		last = &s->data[s->ndata - 1];
		g_test_message("%s -> %s %g", cases[i].json, last->label,
		    last->values[0].value);
		if (isnan(cases[i].rest))
			g_assert_false(last->rest);
		else {
			g_assert_true(last->rest);
			g_assert_cmpstr(last->label, ==, "其他");
			g_assert_cmpfloat(fabs(last->values[0].value -
			    cases[i].rest), <, 1e-6);
			g_assert_cmpint(last->values[0].approx, ==,
			    cases[i].approx);
		}
		spec_free(s);
	}
}

/* Labels: the name and the share; amounts also say the amount. */
static void
test_labels(void)
{
	struct layout	*l;
	const struct box *b;

	l = lay_ok("{\"type\":\"share\",\"title\":\"t\",\"unit\":\"元\","
	    "\"data\":[{\"label\":\"第一产业\",\"value\":1200000000},"
	    "{\"label\":\"第二产业\",\"value\":32000000000},{\"label\":"
	    "\"第三产业\",\"value\":53700000000}]}");
	g_assert_nonnull(find_text(l, "part", "第三产业 61.8%\n537亿元"));
	g_assert_nonnull(find_text(l, "part", "第一产业 1.4%\n12亿元"));
	/* The centre: the total the amounts make. */
	g_assert_nonnull(find_text(l, "center", "869亿元"));
	g_assert_nonnull(find_text(l, "center-label", "合计"));
	g_assert_cmpuint(count(l, BOX_SECTOR, "slice"), ==, 3);
	layout_free(l);
	/* Percents as given, 其他 last whatever its size, the largest centred. */
	l = lay_ok("{\"type\":\"share\",\"title\":\"t\",\"unit\":\"%\","
	    "\"data\":[{\"label\":\"甲\",\"value\":20.5},{\"label\":\"乙\","
	    "\"value\":10,\"approx\":\"about\"}]}");
	g_assert_nonnull(find_text(l, "part", "甲 20.5%"));
	g_assert_nonnull(find_text(l, "part", "乙 约10.0%"));
	g_assert_nonnull(find_text(l, "part", "其他 约69.5%"));
	g_assert_nonnull(find_text(l, "center", "20.5%"));
	b = find_text(l, "note", NULL);
	g_assert_nonnull(b);
	g_test_message("%s", b->text);
	g_assert_nonnull(strstr(b->text, "“约”"));
	g_assert_nonnull(strstr(b->text, "“其他”为100%减去所列各部分"));
	{
		size_t	 i, k = 0;

		/* The approximate slice and the 其他 it leaves are hatched. */
		for (i = 0; i < l->boxes->len; i++) {
			const struct box *s = g_ptr_array_index(l->boxes, i);

			if (s->kind == BOX_SECTOR)
				g_assert_cmpint(s->pattern, ==, k++ == 0 ?
				    FILL_SOLID : FILL_HATCH);
		}
	}
	layout_free(l);
	/* A highlighted part is the centre's, and given text wins. */
	l = lay_ok("{\"type\":\"share\",\"title\":\"t\",\"unit\":\"%\","
	    "\"data\":[{\"label\":\"甲\",\"value\":70},{\"label\":\"乙\","
	    "\"value\":30,\"highlight\":true}]}");
	g_assert_nonnull(find_text(l, "center", "30%"));
	g_assert_nonnull(find_text(l, "center-label", "乙"));
	layout_free(l);
	l = lay_ok("{\"type\":\"share\",\"title\":\"t\",\"unit\":\"%\","
	    "\"center\":\"超六成\\n第三产业\",\"data\":[{\"label\":\"甲\","
	    "\"value\":62},{\"label\":\"乙\",\"value\":38}]}");
	g_assert_nonnull(find_text(l, "center", "超六成"));
	g_assert_nonnull(find_text(l, "center-label", "第三产业"));
	b = find_text(l, "note", NULL);
	g_assert_null(b);
	layout_free(l);
}

static bool
segments_cross(const double *p, const double *q)
{
	double	 d1 = (q[2] - q[0]) * (p[1] - q[1]) - (q[3] - q[1]) *
		    (p[0] - q[0]);
	double	 d2 = (q[2] - q[0]) * (p[3] - q[1]) - (q[3] - q[1]) *
		    (p[2] - q[0]);
	double	 d3 = (p[2] - p[0]) * (q[1] - p[1]) - (p[3] - p[1]) *
		    (q[0] - p[0]);
	double	 d4 = (p[2] - p[0]) * (q[3] - p[1]) - (p[3] - p[1]) *
		    (q[2] - p[0]);

	/* Strictly: leaders that share an end on the ring do not count. */
	return ((d1 > 1e-6 && d2 < -1e-6) || (d1 < -1e-6 && d2 > 1e-6)) &&
	    ((d3 > 1e-6 && d4 < -1e-6) || (d3 < -1e-6 && d4 > 1e-6));
}

/* No leader crosses another, no text lies on one, none leaves the page. */
static void
check_leaders(const struct layout *l)
{
	GError	*error = NULL;
	size_t	 i, j, a, b;

	g_assert_true(layout_check(l, &error));
	g_assert_no_error(error);
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *p = g_ptr_array_index(l->boxes, i);

		if (p->kind != BOX_PATH)
			continue;
		for (j = i + 1; j < l->boxes->len; j++) {
			const struct box *q = g_ptr_array_index(l->boxes, j);

			if (q->kind != BOX_PATH)
				continue;
			for (a = 0; a + 1 < p->npoints; a++)
				for (b = 0; b + 1 < q->npoints; b++)
					if (segments_cross(&p->points[2 * a],
					    &q->points[2 * b]))
						g_error("leaders %zu and %zu cross",
						    i, j);
		}
	}
}

/* "n" parts, a few large and the rest small, as a spec. */
static char *
slices(size_t n, const char *extra, const char *unit)
{
	GString	*s = g_string_new("{\"type\":\"share\",\"title\":\"碎\"");
	size_t	 i;

	g_string_append_printf(s, "%s,\"unit\":\"%s\",\"data\":[", extra,
	    unit);
	for (i = 0; i < n; i++)
		g_string_append_printf(s, "%s{\"label\":\"第%zu类项目\","
		    "\"value\":%g}", i ? "," : "", i + 1, i < 2 ? 30.0 - i * 8 :
		    i < 4 ? 6.0 : 0.3 + 0.1 * i);
	g_string_append(s, "]}");
	return g_string_free(s, FALSE);
}

/* Many small slices: every one labelled, with leaders that never cross. */
static void
test_small_slices(void)
{
	static const struct {
		size_t		 n;
		const char	*extra, *unit;
	} cases[] = {
		{ 12, "", "%" },
		{ 12, "", "万元" },
		{ 12, ",\"theme\":\"party\",\"size\":{\"width\":480}", "%" },
		{ 8, ",\"style\":\"bar\"", "%" },
		{ 12, ",\"style\":\"bar\"", "%" },
		{ 12, ",\"style\":\"bar\",\"size\":{\"width\":420}", "万元" },
		{ 12, ",\"sort\":false", "%" },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		char		*json = slices(cases[i].n, cases[i].extra,
				    cases[i].unit);
		struct layout	*l = lay_ok(json);
		size_t		 parts = count(l, BOX_TEXT, "part");
		size_t		 leaders = count(l, BOX_PATH, "leader");

		g_test_message("%s: %zu labels, %zu leaders", json, parts,
		    leaders);
		check_leaders(l);
		/* Every part, and 其他 for percents, has its label. */
		g_assert_cmpuint(parts, ==, cases[i].n + (strcmp(cases[i].unit,
		    "%") == 0));
		/* The small ones need leaders. */
		g_assert_cmpuint(leaders, >=, cases[i].n - 4);
		layout_free(l);
		g_free(json);
	}
}

/* 100% bars: segments are their shares, rows their series. */
static void
test_bars(void)
{
	struct layout	*l = lay_ok("{\"type\":\"share\",\"title\":\"t\","
			    "\"style\":\"bar\",\"unit\":\"%\",\"sort\":false,"
			    "\"series\":[\"2019年\",\"2020年\"],\"data\":["
			    "{\"label\":\"第一产业\",\"values\":[1.8,1.6]},"
			    "{\"label\":\"第二产业\",\"values\":[40.2,38.5]},"
			    "{\"label\":\"第三产业\",\"values\":[58,59.9]}]}");
	double		 w[2][3], total[2] = { 0, 0 }, y[2] = { -1, -1 };
	size_t		 i, k[2] = { 0, 0 };

	check_leaders(l);
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);
		int		 r;

		if (b->kind != BOX_RECT || strcmp(b->role, "segment") != 0)
			continue;
		r = y[0] < 0 || b->y == y[0] ? 0 : 1;
		y[r] = b->y;
		w[r][k[r]++] = b->w;
		total[r] += b->w;
	}
	g_assert_cmpuint(k[0], ==, 3);
	g_assert_cmpuint(k[1], ==, 3);
	g_assert_cmpfloat(fabs(total[0] - total[1]), <, 1e-6);
	g_assert_cmpfloat(fabs(w[0][1] / total[0] - 0.402), <, 1e-6);
	g_assert_cmpfloat(fabs(w[1][2] / total[1] - 0.599), <, 1e-6);
	g_assert_cmpfloat(y[1], >, y[0]);
	/* Names once above the first bar; shares inside or under. */
	g_assert_nonnull(find_text(l, "part", "第二产业"));
	g_assert_nonnull(find_text(l, "share", "40.2%"));
	g_assert_nonnull(find_text(l, "row", "2020年"));
	/* 1.8% does not fit in its sliver: it is under the bar, led to it. */
	{
		bool	 found = false;

		for (i = 0; i < l->boxes->len; i++) {
			const struct box *b = g_ptr_array_index(l->boxes, i);

			if (b->kind == BOX_TEXT && strcmp(b->text, "1.8%") == 0) {
				g_assert_cmpstr(b->role, ==, "part");
				g_assert_cmpfloat(b->y, >, y[0]);
				found = true;
			}
		}
		g_assert_true(found);
	}
	layout_free(l);
}

/*
 * Names that cannot be whole are cut short, never the share after them;
 * a part missing from the first of several bars is still named, with a
 * key of its colour (as every name over several bars has).
 */
static void
test_hard_names(void)
{
	GString		*name = g_string_new(NULL);
	char		*json;
	struct layout	*l;
	size_t		 i, k, swatches = 0;
	bool		 cut = false;

	for (k = 0; k < 20; k++)
		g_string_append(name, "郑州高新区沟赵办事处城乡接合部综合整治");
	for (k = 0; k < 2; k++) {
		json = g_strdup_printf("{\"type\":\"share\",\"title\":\"t\","
		    "%s\"data\":[{\"label\":\"%s\",\"value\":5},{\"label\":"
		    "\"乙\",\"value\":3}]}", k ? "\"style\":\"bar\"," : "",
		    name->str);
		l = lay_ok(json);
		for (i = 0, cut = false; i < l->boxes->len; i++) {
			const struct box *b = g_ptr_array_index(l->boxes, i);

			if (b->kind == BOX_TEXT && strstr(b->text, "…") != NULL) {
				g_assert_nonnull(strstr(b->text, "… 62.5%\n5"));
				cut = true;
			}
		}
		g_assert_true(cut);
		layout_free(l);
		g_free(json);
	}
	g_string_free(name, TRUE);
	l = lay_ok("{\"type\":\"share\",\"style\":\"bar\",\"title\":\"t\","
	    "\"unit\":\"%\",\"series\":[\"a\",\"b\"],\"data\":[{\"label\":"
	    "\"甲\",\"values\":[100,40]},{\"label\":\"乙\",\"values\":"
	    "[0,60]}]}");
	g_assert_nonnull(find_text(l, "part", "甲"));
	g_assert_nonnull(find_text(l, "part", "乙"));
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		swatches += b->kind == BOX_RECT && strcmp(b->role, "swatch") == 0;
	}
	g_assert_cmpuint(swatches, ==, 2);
	/* 乙 has no segment in bar a: no leader points into it. */
	g_assert_cmpuint(count(l, BOX_PATH, "leader"), ==, 0);
	check_leaders(l);
	layout_free(l);
}

/* Neighbours never share a colour; 其他 is grey; both themes differ. */
static void
test_colours(void)
{
	const char	*themes[] = { "news", "party" };
	struct rgba	 first[2];
	size_t		 t, i;

	for (t = 0; t < 2; t++) {
		char		*json = slices(12, t ? ",\"theme\":\"party\"" :
				    "", "%");
		struct layout	*l = lay_ok(json);
		struct rgba	 prev = { -1, -1, -1, -1 }, last = prev;
		size_t		 n = 0;

		g_test_message("%s", themes[t]);
		for (i = 0; i < l->boxes->len; i++) {
			const struct box *b = g_ptr_array_index(l->boxes, i);

			if (b->kind != BOX_SECTOR)
				continue;
			if (n++ == 0)
				first[t] = b->fill;
			g_assert_false(b->fill.r == prev.r &&
			    b->fill.g == prev.g && b->fill.b == prev.b);
			prev = last = b->fill;
		}
		g_assert_cmpuint(n, ==, 13);
		/* The last slice, 其他, is a grey: r, g, b close together. */
		g_assert_cmpfloat(fabs(last.r - last.g), <, 0.08);
		g_assert_cmpfloat(fabs(last.g - last.b), <, 0.08);
		g_assert_cmpfloat(l->background.r, ==,
		    theme_get(themes[t])->background.r);
		layout_free(l);
		g_free(json);
	}
	g_assert_false(first[0].r == first[1].r && first[0].g == first[1].g);
}

static void
test_alt(void)
{
	static const struct {
		const char	*json;
		const char	*want[3];
	} cases[] = {
		{ "{\"type\":\"share\",\"title\":\"产业结构\",\"unit\":\"元\","
		  "\"data\":[{\"label\":\"第二产业\",\"value\":32000000000},"
		  "{\"label\":\"第三产业\",\"value\":53700000000},{\"label\":"
		  "\"第一产业\",\"value\":1200000000,\"approx\":\"about\"}]}",
		  { "环形图：产业结构。共3部分，合计约869亿元。",
		    "第三产业占61.8%（537亿元），第二产业占36.8%（320亿元），"
		    "第一产业约占1.4%（约12亿元）。" } },
		{ "{\"type\":\"share\",\"title\":\"结构\",\"style\":\"bar\","
		  "\"unit\":\"%\",\"series\":[\"2019年\",\"2020年\"],\"data\":["
		  "{\"label\":\"甲\",\"values\":[60,55]},{\"label\":\"乙\","
		  "\"values\":[40,45]}]}",
		  { "百分比堆积条形图：结构。2组，各分2部分。",
		    "2019年：甲占60%，乙占40%。2020年：甲占55%，乙占45%。" } },
		/* parts in 亿 rounded one 亿 past the whole: its whole */
		{ "{\"type\":\"share\",\"title\":\"花费\",\"unit\":\"元\","
		  "\"scale\":\"亿\",\"total\":4913300000000,\"data\":["
		  "{\"label\":\"城镇居民\",\"value\":4178100000000},"
		  "{\"label\":\"农村居民\",\"value\":735300000000}]}",
		  { "合计49,133亿元", "城镇居民占85.0%" } },
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

/* A spec that cannot be honoured says why. */
static void
test_refused(void)
{
	static const struct {
		const char	*json;
		const char	*want;
	} cases[] = {
		{ "{\"type\":\"share\",\"title\":\"t\",\"size\":{\"width\":200},"
		  "\"data\":[{\"label\":\"郑州高新区沟赵办事处城乡接合部综合整治"
		  "项目\",\"value\":1},{\"label\":\"乙\",\"value\":2}]}",
		  "no room for a donut" },
		{ "{\"type\":\"share\",\"title\":\"t\",\"size\":{\"width\":800,"
		  "\"height\":150},\"data\":[{\"label\":\"甲\",\"value\":1},"
		  "{\"label\":\"乙\",\"value\":2}]}", "too little" },
		{ "{\"type\":\"share\",\"title\":\"t\",\"center\":\"这段中心文字"
		  "实在太长了放不进环形图的中间\",\"data\":[{\"label\":\"甲\","
		  "\"value\":1},{\"label\":\"乙\",\"value\":2}]}",
		  "does not fit in the donut's hole" },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		GError		*error = NULL;
		struct layout	*l = lay(cases[i].json, &error);

		g_assert_null(l);
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
		g_test_message("%s", error->message);
		g_assert_nonnull(strstr(error->message, cases[i].want));
		g_error_free(error);
	}
}

int
main(int argc, char *argv[])
{
	setlocale(LC_ALL, "C.UTF-8");
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/share/errors", test_errors);
	g_test_add_func("/share/rest", test_rest);
	g_test_add_func("/share/labels", test_labels);
	g_test_add_func("/share/small-slices", test_small_slices);
	g_test_add_func("/share/bars", test_bars);
	g_test_add_func("/share/hard-names", test_hard_names);
	g_test_add_func("/share/colours", test_colours);
	g_test_add_func("/share/alt", test_alt);
	g_test_add_func("/share/refused", test_refused);
	return g_test_run();
}
