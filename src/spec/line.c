/* SPDX-License-Identifier: MIT */
/*
 * Line chart specs: "data" are points in order along x (years, months,
 * quarters, any ordered categories), one value per series, null for a
 * gap; one unit for the whole chart.  docs/spec.md, "Line charts", is
 * the user's side of this file.
 */
#include <math.h>
#include <string.h>

#include "parse.h"

/* More points than this is a table or a sparkline, not a line chart. */
#define POINT_LIMIT	400
#define SERIES_LIMIT	12

bool
parse_series_names(struct parse *p, JsonNode *root)
{
	JsonNode	*series = json_object_get_member(
			    json_node_get_object(root), "series");
	JsonArray	*arr;
	size_t		 i;

	p->spec->nseries = 1;
	if (series == NULL || JSON_NODE_HOLDS_NULL(series))
		return true;
	if (!JSON_NODE_HOLDS_ARRAY(series))
		return parse_fail(p, series, "\"series\": expected an array of "
		    "names, found %s", parse_node_kind(series));
	arr = json_node_get_array(series);
	if (json_array_get_length(arr) == 0 ||
	    json_array_get_length(arr) > SERIES_LIMIT)
		return parse_fail(p, series, "\"series\": expected 1 to %d "
		    "names, found %u", SERIES_LIMIT, json_array_get_length(arr));
	p->spec->nseries = json_array_get_length(arr);
	p->spec->series = g_new0(char *, p->spec->nseries + 1);
	for (i = 0; i < p->spec->nseries; i++) {
		JsonNode	*e = json_array_get_element(arr, i);
		const char	*name;

		if (!JSON_NODE_HOLDS_VALUE(e) ||
		    json_node_get_value_type(e) != G_TYPE_STRING)
			return parse_fail(p, e, "series %zu: expected a name, "
			    "found %s", i + 1, parse_node_kind(e));
		name = json_node_get_string(e);
		if (g_utf8_strlen(name, -1) > LABEL_LIMIT)
			return parse_fail(p, e, "series %zu: longer than %d "
			    "characters", i + 1, LABEL_LIMIT);
		{
			char	*t = g_strstrip(g_strdup(name));
			bool	 empty = *t == '\0';

			g_free(t);
			if (empty)
				return parse_fail(p, e, "series %zu: the name is "
				    "empty", i + 1);
		}
		p->spec->series[i] = g_strdup(name);
	}
	return true;
}

bool
parse_foreign(struct parse *p, JsonNode *root, const char *const *names,
    const char *type)
{
	JsonObject	*obj = json_node_get_object(root);
	size_t		 i;

	for (i = 0; names[i] != NULL; i++) {
		JsonNode *n = json_object_get_member(obj, names[i]);

		if (n != NULL)
			return parse_fail(p, n, "\"%s\": not for %s", names[i],
			    type);
	}
	return true;
}

bool
parse_is_percent(const char *unit)
{
	return unit != NULL && (strcmp(unit, "%") == 0 ||
	    strcmp(unit, "％") == 0);
}

bool
parse_unit_of(struct parse *p, JsonNode *e, const char *what,
    JsonNode **first, char **common)
{
	char	*u = NULL;

	if (!parse_string(p, e, "unit", &u))
		return false;
	if (u == NULL)
		return true;
	if (*common == NULL) {
		*common = u;
		*first = e;
		return true;
	}
	if (strcmp(u, *common) != 0) {
		parse_fail(p, json_object_get_member(json_node_get_object(e),
		    "unit"), "%s: unit '%s' differs from '%s'; one chart, one "
		    "unit (convert the values)", what, u, *common);
		g_free(u);
		return false;
	}
	g_free(u);
	return true;
}

bool
parse_chart_unit(struct parse *p, struct spec *s, JsonNode *first,
    char **unit)
{
	if (*unit != NULL && s->unit != NULL && strcmp(*unit, s->unit) != 0) {
		parse_fail(p, json_object_get_member(json_node_get_object(
		    first), "unit"), "unit '%s' differs from the chart's "
		    "\"unit\" '%s'; one chart, one unit", *unit, s->unit);
		return false;
	}
	if (s->unit == NULL) {
		s->unit = *unit;
		*unit = NULL;
	}
	s->percent = parse_is_percent(s->unit);
	return true;
}

/*
 * The year that "x" is, when it is one written alone (2020, 2020年), or
 * 0: years are placed to scale and must rise.
 */
int
spec_x_year(const char *x)
{
	size_t	 i;

	for (i = 0; i < 4; i++)
		if (x[i] < '0' || x[i] > '9')
			return 0;
	if (x[4] != '\0' && strcmp(x + 4, "年") != 0)
		return 0;
	return (int)g_ascii_strtoll(x, NULL, 10);
}

/* "x": a string, or a year as a whole number (2020, never 2,020). */
static bool
point_x(struct parse *p, JsonNode *e, const char *what, char **out)
{
	JsonNode	*n = json_object_get_member(json_node_get_object(e),
			    "x");
	char		*t;

	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		return parse_fail(p, e, "%s: missing \"x\" (where on the axis: "
		    "\"2020\", \"2020年\", \"一季度\")", what);
	if (parse_is_number(n)) {
		double	 y = json_node_get_double(n);

		if (y != floor(y) || y < 1000 || y > 9999)
			return parse_fail(p, n, "%s: \"x\" %g is not a year; "
			    "write other places on the axis as strings "
			    "(\"一季度\")", what, y);
		*out = g_strdup_printf("%d", (int)y);
		return true;
	}
	if (!JSON_NODE_HOLDS_VALUE(n) ||
	    json_node_get_value_type(n) != G_TYPE_STRING)
		return parse_fail(p, n, "%s: \"x\" must be a string such as "
		    "\"2020年\" or a year, found %s", what, parse_node_kind(n));
	if (!parse_string(p, e, "x", out))
		return false;
	t = g_strstrip(g_strdup(*out));
	g_free(*out);
	*out = t;
	if (*t == '\0')
		return parse_fail(p, n, "%s: \"x\" is empty", what);
	return true;
}

/* One value of a point: a number, null (a gap) or an object. */
static bool
point_value(struct parse *p, JsonNode *n, JsonNode *owner,
    struct spec_value *v, const char *what)
{
	static const char *const members[] = {
		"value", "approx", "text", "highlight", "value_max", NULL
	};
	JsonNode	*max;

	v->value_max = NAN;
	if (n == NULL || JSON_NODE_HOLDS_NULL(n)) {
		v->value = NAN;
		return true;
	}
	if (parse_is_number(n)) {
		double	 x = json_node_get_double(n);

		if (!isfinite(x) || fabs(x) > VALUE_LIMIT)
			return parse_fail(p, n, "%s: %g is out of range (at most "
			    "1e15 in magnitude)", what, x);
		v->value = x;
		return true;
	}
	if (!JSON_NODE_HOLDS_OBJECT(n))
		return parse_fail(p, n, "%s: expected a number, null (no data) "
		    "or {\"value\": …, \"approx\": …}, found %s", what,
		    parse_node_kind(n));
	if (n != owner && !parse_check_members(p, n, what, members))
		return false;
	max = json_object_get_member(json_node_get_object(n), "value_max");
	if (max != NULL)
		return parse_fail(p, max, "%s: a line chart takes no ranges "
		    "(\"value_max\"); draw 30～40 as bars", what);
	if (!parse_bool(p, n, "highlight", &v->highlight))
		return false;
	{
		JsonNode *vn = json_object_get_member(json_node_get_object(n),
		    "value");

		if (vn != NULL && JSON_NODE_HOLDS_NULL(vn)) {
			v->value = NAN;
			return true;
		}
		if (vn == NULL)
			return parse_fail(p, n, "%s: missing \"value\" (a number, "
			    "or null where there is no data)", what);
	}
	return parse_value(p, n, v, what, "value");
}

static bool
parse_point(struct parse *p, JsonNode *e, size_t i, JsonNode **unit_node,
    char **unit)
{
	static const char *const members[] = {
		"x", "value", "values", "approx", "text", "highlight", "unit",
		"sentence", "id", "value_max", NULL
	};
	struct spec		*s = p->spec;
	struct spec_datum	*d = &s->data[i];
	JsonNode		*vals;
	char			 what[32];
	size_t			 j;

	g_snprintf(what, sizeof what, "point %zu", i + 1);
	d->values = g_new0(struct spec_value, s->nseries);
	for (j = 0; j < s->nseries; j++)
		d->values[j].value_max = NAN;
	if (!JSON_NODE_HOLDS_OBJECT(e))
		return parse_fail(p, e, "%s: expected an object like {\"x\": "
		    "\"2020年\", \"value\": 86.9}, found %s", what,
		    parse_node_kind(e));
	if (!parse_check_members(p, e, what, members) ||
	    !point_x(p, e, what, &d->label) ||
	    !parse_string(p, e, "sentence", &d->sentence) ||
	    !parse_bool(p, e, "highlight", &d->highlight) ||
	    !parse_unit_of(p, e, what, unit_node, unit))
		return false;
	vals = json_object_get_member(json_node_get_object(e), "values");
	if (s->nseries == 1 && vals == NULL) {
		if (!json_object_has_member(json_node_get_object(e), "value"))
			return parse_fail(p, e, "%s: missing \"value\" (a number, "
			    "or null where there is no data)", what);
		if (!point_value(p, e, e, &d->values[0], what))
			return false;
	} else {
		JsonArray	*arr;

		if (vals == NULL || !JSON_NODE_HOLDS_ARRAY(vals) ||
		    json_array_get_length(json_node_get_array(vals)) !=
		    s->nseries)
			return parse_fail(p, vals != NULL ? vals : e, "%s: expected "
			    "\"values\", an array of %zu numbers, nulls or "
			    "objects (one per series)", what, s->nseries);
		if (json_object_has_member(json_node_get_object(e), "value"))
			return parse_fail(p, json_object_get_member(
			    json_node_get_object(e), "value"), "%s: give "
			    "\"values\" (one per series), not \"value\"", what);
		arr = json_node_get_array(vals);
		for (j = 0; j < s->nseries; j++) {
			char	 w2[64];

			g_snprintf(w2, sizeof w2, "%s, value %zu", what, j + 1);
			if (!point_value(p, json_array_get_element(arr, j), NULL,
			    &d->values[j], w2))
				return false;
		}
	}
	for (j = 0; j < s->nseries; j++)
		d->values[j].highlight |= d->highlight &&
		    !isnan(d->values[j].value);
	return true;
}

/* "highlight": the x of the points to highlight (2020, "2020年"). */
static bool
highlight_x(struct parse *p, JsonNode *h)
{
	struct spec	*s = p->spec;
	char		*want;
	size_t		 i, j, hits = 0;

	if (h == NULL || JSON_NODE_HOLDS_NULL(h))
		return true;
	if (parse_is_number(h) && json_node_get_double(h) ==
	    floor(json_node_get_double(h)))
		want = g_strdup_printf("%.0f", json_node_get_double(h));
	else if (JSON_NODE_HOLDS_VALUE(h) &&
	    json_node_get_value_type(h) == G_TYPE_STRING)
		want = g_strdup(json_node_get_string(h));
	else
		return parse_fail(p, h, "\"highlight\": expected the x of a "
		    "point (\"2020年\"), found %s", parse_node_kind(h));
	for (i = 0; i < s->ndata; i++)
		if (strcmp(s->data[i].label, want) == 0 ||
		    (spec_x_year(want) != 0 && spec_x_year(want) ==
		    spec_x_year(s->data[i].label))) {
			s->data[i].highlight = true;
			for (j = 0; j < s->nseries; j++)
				s->data[i].values[j].highlight |=
				    !isnan(s->data[i].values[j].value);
			hits++;
		}
	g_free(want);
	if (hits == 0)
		return parse_fail(p, h, "\"highlight\": no point has this x");
	return true;
}

bool
parse_line(struct parse *p, JsonNode *root)
{
	static const char *const foreign[] = {
		"stacked", "orientation", "facts", "select", "events", "items",
		"even", "vertical", "preset", "bar", "timeline", "total",
		"style", "center", NULL
	};
	struct spec	*s = p->spec;
	JsonObject	*obj = json_node_get_object(root);
	JsonNode	*data = json_object_get_member(obj, "data");
	JsonNode	*unit_node = NULL, *zero, *sort;
	JsonArray	*arr;
	char		*unit = NULL;
	size_t		 i, j, k;
	bool		 z = false, ok = false;
	int		 prev_year = 0;

	s->zero = -1;
	s->sort = false;	/* the order is the axis */
	if (!parse_foreign(p, root, foreign, "line charts"))
		return false;
	sort = json_object_get_member(obj, "sort");
	if (sort != NULL && JSON_NODE_HOLDS_VALUE(sort) &&
	    json_node_get_value_type(sort) == G_TYPE_BOOLEAN &&
	    json_node_get_boolean(sort))
		return parse_fail(p, sort, "\"sort\": the points of a line keep "
		    "their order along x");
	zero = json_object_get_member(obj, "zero");
	if (zero != NULL && !JSON_NODE_HOLDS_NULL(zero)) {
		if (!parse_bool(p, root, "zero", &z))
			return false;
		s->zero = z;
	}
	if (!parse_series_names(p, root))
		return false;
	if (data == NULL)
		return parse_fail(p, root, "missing \"data\" (an array of "
		    "{\"x\": \"2020年\", \"value\": …} in order)");
	if (!JSON_NODE_HOLDS_ARRAY(data))
		return parse_fail(p, data, "\"data\": expected an array, found %s",
		    parse_node_kind(data));
	arr = json_node_get_array(data);
	if (json_array_get_length(arr) < 2)
		return parse_fail(p, data, "\"data\": %u point%s, a line needs "
		    "at least 2 (one number is a card or a bar)",
		    json_array_get_length(arr),
		    json_array_get_length(arr) == 1 ? "" : "s");
	if (json_array_get_length(arr) > POINT_LIMIT)
		return parse_fail(p, data, "\"data\": %u points, more than %d "
		    "(make it a table, or take every month's or year's "
		    "figure)", json_array_get_length(arr), POINT_LIMIT);
	s->ndata = json_array_get_length(arr);
	s->data = g_new0(struct spec_datum, s->ndata);
	for (i = 0; i < s->ndata; i++) {
		JsonNode	*e = json_array_get_element(arr, i);
		int		 year;

		if (!parse_point(p, e, i, &unit_node, &unit))
			goto out;
		for (k = 0; k < i; k++)
			if (strcmp(s->data[k].label, s->data[i].label) == 0) {
				parse_fail(p, json_object_get_member(
				    json_node_get_object(e), "x"), "point %zu: "
				    "\"x\" '%s' is already point %zu", i + 1,
				    s->data[i].label, k + 1);
				goto out;
			}
		/* Years are the axis's own order: 2018 after 2019 is a slip. */
		year = spec_x_year(s->data[i].label);
		if (i > 0 && year != 0 && prev_year != 0 && year <= prev_year) {
			parse_fail(p, json_object_get_member(
			    json_node_get_object(e), "x"), "point %zu: \"x\" %d "
			    "comes after %d; points go in time order", i + 1,
			    year, prev_year);
			goto out;
		}
		prev_year = i == 0 || prev_year != 0 ? year : 0;
	}
	for (j = 0; j < s->nseries; j++) {
		for (i = 0; i < s->ndata; i++)
			if (!isnan(s->data[i].values[j].value))
				break;
		if (i == s->ndata) {
			if (s->nseries > 1)
				parse_fail(p, data, "series %zu '%s' has no values "
				    "(all null)", j + 1, s->series[j]);
			else
				parse_fail(p, data, "\"data\": every value is "
				    "null; a line needs numbers");
			goto out;
		}
	}
	if (!parse_chart_unit(p, s, unit_node, &unit))
		goto out;
	ok = highlight_x(p, json_object_get_member(obj, "highlight"));
out:
	g_free(unit);
	return ok;
}
