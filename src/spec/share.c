/* SPDX-License-Identifier: MIT */
/*
 * Share specs (占比): the parts of a whole, as percents or as amounts
 * whose shares are computed, drawn as a donut or as 100% bars (one per
 * series).  What the parts leave of a known whole becomes 其他; parts
 * that exceed it are refused here, where the error can point at them.
 * docs/spec.md, "Share charts", is the user's side of this file.
 */
#include <math.h>
#include <string.h>

#include "parse.h"

/* A donut of more slices than this is unreadable: group the smallest. */
#define PART_LIMIT	12
#define REST_LABEL	"其他"

static const char *const style_names[] = { "donut", "bar", NULL };

/* Digits after the point as written (12.35 -> 2), at most 6. */
static int
written_decimals(double v)
{
	int	 d;

	for (d = 0; d < 6; d++) {
		double	 x = v * pow(10, d);

		if (fabs(x - nearbyint(x)) < 1e-6 * fmax(1, fabs(x)))
			break;
	}
	return d;
}

static bool
is_rest(const char *label)
{
	return strcmp(label, REST_LABEL) == 0 || strcmp(label, "其它") == 0;
}

/* A part's value: a share or an amount, never below zero. */
static bool
part_value(struct parse *p, JsonNode *n, struct spec_value *v,
    const char *what)
{
	static const char *const members[] = {
		"value", "approx", "text", "value_max", NULL
	};
	JsonNode	*at = n;

	v->value_max = NAN;
	if (parse_is_number(n)) {
		v->value = json_node_get_double(n);
		if (!isfinite(v->value) || fabs(v->value) > VALUE_LIMIT)
			return parse_fail(p, n, "%s: %g is out of range (at most "
			    "1e15 in magnitude)", what, v->value);
	} else if (JSON_NODE_HOLDS_OBJECT(n)) {
		JsonNode *max = json_object_get_member(json_node_get_object(n),
		    "value_max");

		if (!parse_check_members(p, n, what, members))
			return false;
		if (max != NULL)
			return parse_fail(p, max, "%s: a share takes no ranges "
			    "(\"value_max\"); give one figure", what);
		if (!parse_value(p, n, v, what, "value"))
			return false;
		at = json_object_get_member(json_node_get_object(n), "value");
	} else
		return parse_fail(p, n, "%s: expected a number or {\"value\": …, "
		    "\"approx\": …}, found %s", what, parse_node_kind(n));
	if (v->value < 0)
		return parse_fail(p, at, "%s: %g is negative; a part of a whole "
		    "is 0 or more (a fall is no share: draw it as bars)", what,
		    v->value);
	return true;
}

static bool
parse_part(struct parse *p, JsonNode *e, size_t i, JsonNode **unit_node,
    char **unit)
{
	static const char *const members[] = {
		"label", "value", "values", "value_max", "approx", "text",
		"unit", "highlight", "sentence", "id", NULL
	};
	struct spec		*s = p->spec;
	struct spec_datum	*d = &s->data[i];
	JsonObject		*o;
	JsonNode		*vals, *max;
	char			 what[32];
	size_t			 j;

	g_snprintf(what, sizeof what, "part %zu", i + 1);
	d->values = g_new0(struct spec_value, s->nseries);
	for (j = 0; j < s->nseries; j++)
		d->values[j].value_max = NAN;
	if (!JSON_NODE_HOLDS_OBJECT(e))
		return parse_fail(p, e, "%s: expected an object like "
		    "{\"label\": \"第三产业\", \"value\": 62.3}, found %s", what,
		    parse_node_kind(e));
	o = json_node_get_object(e);
	if (!parse_check_members(p, e, what, members) ||
	    !parse_string(p, e, "label", &d->label) ||
	    !parse_string(p, e, "sentence", &d->sentence) ||
	    !parse_bool(p, e, "highlight", &d->highlight) ||
	    !parse_unit_of(p, e, what, unit_node, unit))
		return false;
	if (d->label == NULL || *d->label == '\0')
		return parse_fail(p, e, "%s: missing \"label\" (what the part "
		    "is, such as \"第三产业\")", what);
	if ((max = json_object_get_member(o, "value_max")) != NULL)
		return parse_fail(p, max, "%s: a share takes no ranges "
		    "(\"value_max\"); give one figure", what);
	vals = json_object_get_member(o, "values");
	if (s->nseries == 1 && vals == NULL) {
		JsonNode *n = json_object_get_member(o, "value");

		if (n == NULL || JSON_NODE_HOLDS_NULL(n))
			return parse_fail(p, e, "%s: missing \"value\" (a number)",
			    what);
		/* The object is the value: approx and text sit beside it. */
		if (!parse_value(p, e, &d->values[0], what, "value"))
			return false;
		if (d->values[0].value < 0)
			return parse_fail(p, n, "%s: %g is negative; a part of a "
			    "whole is 0 or more (a fall is no share: draw it as "
			    "bars)", what, d->values[0].value);
		if (d->values[0].value == 0 &&
		    s->share_style == SPEC_SHARE_DONUT)
			return parse_fail(p, n, "%s: 0 has no slice in a donut; "
			    "leave the part out", what);
		return true;
	}
	if (vals == NULL || !JSON_NODE_HOLDS_ARRAY(vals) ||
	    json_array_get_length(json_node_get_array(vals)) != s->nseries)
		return parse_fail(p, vals != NULL ? vals : e, "%s: expected "
		    "\"values\", an array of %zu numbers or objects (one per "
		    "series)", what, s->nseries);
	for (j = 0; j < s->nseries; j++) {
		char	 w2[64];

		g_snprintf(w2, sizeof w2, "%s, value %zu", what, j + 1);
		if (!part_value(p, json_array_get_element(
		    json_node_get_array(vals), j), &d->values[j], w2))
			return false;
	}
	return true;
}

/*
 * Each series against its whole: 100 for percents, "total" for amounts
 * that name one, else the parts' own sum.  Rounding may leave the sum a
 * little off (three parts of 33% are 99%): half a unit of the last digit
 * written, per part.  Beyond that, a sum short of the whole gets 其他 for
 * the rest and a sum over it is refused.
 */
static bool
check_whole(struct parse *p, JsonNode *data, JsonNode *total_node)
{
	struct spec		*s = p->spec;
	double			*rest = g_new0(double, s->nseries);
	bool			 need = false, has_rest = false, ok = false;
	size_t			 i, j;

	for (i = 0; i < s->ndata; i++)
		has_rest |= is_rest(s->data[i].label);
	/* 41781亿元: the last digit written is of 亿, the spec's scale */
	double	 unit = s->scale == NULL ? 1 : strcmp(s->scale, "万亿") == 0 ?
		    1e12 : strcmp(s->scale, "亿") == 0 ? 1e8 : strcmp(s->scale,
		    "万") == 0 ? 1e4 : 1;

	for (j = 0; j < s->nseries; j++) {
		double	 sum = 0, whole, slack;
		int	 dec = 0;
		bool	 any = false;

		for (i = 0; i < s->ndata; i++) {
			const struct spec_value *v = &s->data[i].values[j];

			sum += v->value;
			dec = MAX(dec, written_decimals(v->value / unit));
			any |= v->value > 0;
		}
		if (!any) {
			if (s->nseries > 1)
				parse_fail(p, data, "series %zu '%s': every part "
				    "is 0", j + 1, s->series[j]);
			else
				parse_fail(p, data, "\"data\": every part is 0; "
				    "a whole needs parts");
			goto out;
		}
		if (!s->percent && isnan(s->total))
			continue;
		whole = s->percent ? 100 : s->total;
		slack = 0.5 * pow(10, -dec) * unit * s->ndata + 1e-9 * whole;
		if (sum > whole + slack) {
			char	 w[64];

			if (s->nseries > 1)
				g_snprintf(w, sizeof w, "series %zu '%s': ", j + 1,
				    s->series[j]);
			else
				*w = '\0';
			if (s->percent)
				parse_fail(p, data, "%sthe parts add up to %g%%, "
				    "more than 100%%", w, sum);
			else
				parse_fail(p, total_node, "%sthe parts add up to "
				    "%g, more than \"total\" %g", w, sum, whole);
			goto out;
		}
		if (sum < whole - slack) {
			rest[j] = whole - sum;
			need = true;
		}
	}
	if (need && has_rest) {
		parse_fail(p, s->percent ? data : total_node, "the parts, %s "
		    "among them, add up to less than %s; give %s its full "
		    "value", REST_LABEL, s->percent ? "100%" : "\"total\"",
		    REST_LABEL);
		goto out;
	}
	if (need) {
		struct spec_datum	*d;

		s->data = g_renew(struct spec_datum, s->data, s->ndata + 1);
		d = &s->data[s->ndata++];
		memset(d, 0, sizeof *d);
		d->label = g_strdup(REST_LABEL);
		d->rest = true;
		d->values = g_new0(struct spec_value, s->nseries);
		for (j = 0; j < s->nseries; j++) {
			d->values[j].value = rest[j];
			d->values[j].value_max = NAN;
			/* What approximate parts leave is approximate too. */
			for (i = 0; i + 1 < s->ndata; i++)
				if (s->data[i].values[j].approx !=
				    SHUTU_APPROX_EXACT)
					d->values[j].approx = SHUTU_APPROX_ABOUT;
		}
	}
	ok = true;
out:
	g_free(rest);
	return ok;
}

bool
parse_share(struct parse *p, JsonNode *root)
{
	static const char *const foreign[] = {
		"stacked", "orientation", "facts", "select", "events", "items",
		"even", "vertical", "preset", "bar", "timeline", "zero",
		"highlight", NULL
	};
	struct spec	*s = p->spec;
	JsonObject	*obj = json_node_get_object(root);
	JsonNode	*data = json_object_get_member(obj, "data");
	JsonNode	*series = json_object_get_member(obj, "series");
	JsonNode	*total = json_object_get_member(obj, "total");
	JsonNode	*unit_node = NULL;
	JsonArray	*arr;
	char		*unit = NULL;
	size_t		 i, j, n;
	int		 style = SPEC_SHARE_DONUT;
	bool		 ok = false;

	s->total = NAN;
	if (!parse_foreign(p, root, foreign, "share charts") ||
	    !parse_enum(p, root, "style", style_names, &style) ||
	    !parse_string(p, root, "center", &s->center) ||
	    !parse_series_names(p, root))
		return false;
	s->share_style = style;
	if (s->share_style == SPEC_SHARE_DONUT && s->nseries > 1)
		return parse_fail(p, series, "\"series\": a donut shows one "
		    "whole; use \"style\": \"bar\" to compare %zu", s->nseries);
	if (s->center != NULL && s->share_style != SPEC_SHARE_DONUT)
		return parse_fail(p, json_object_get_member(obj, "center"),
		    "\"center\": only a donut has a centre");
	if (data == NULL)
		return parse_fail(p, root, "missing \"data\" (an array of "
		    "{\"label\": …, \"value\": …}, the parts of the whole)");
	if (!JSON_NODE_HOLDS_ARRAY(data))
		return parse_fail(p, data, "\"data\": expected an array, found %s",
		    parse_node_kind(data));
	arr = json_node_get_array(data);
	n = json_array_get_length(arr);
	if (n == 0)
		return parse_fail(p, data, "\"data\": empty, expected the parts "
		    "of the whole");
	if (n > PART_LIMIT)
		return parse_fail(p, data, "\"data\": %zu parts, more than %d; "
		    "put the smallest together as \"%s\"", n, PART_LIMIT,
		    REST_LABEL);
	s->ndata = n;
	s->data = g_new0(struct spec_datum, n);
	for (i = 0; i < n; i++) {
		if (!parse_part(p, json_array_get_element(arr, i), i,
		    &unit_node, &unit))
			goto out;
		for (j = 0; j < i; j++)
			if (strcmp(s->data[j].label, s->data[i].label) == 0) {
				parse_fail(p, json_array_get_element(arr, i),
				    "part %zu: '%s' is already part %zu", i + 1,
				    s->data[i].label, j + 1);
				goto out;
			}
	}
	if (!parse_chart_unit(p, s, unit_node, &unit))
		goto out;
	if (total != NULL && !JSON_NODE_HOLDS_NULL(total)) {
		if (!parse_number(p, root, "total", &s->total, false, "spec"))
			goto out;
		if (s->percent) {
			parse_fail(p, total, "\"total\": percent shares are parts "
			    "of 100%%; give the parts as amounts to have a "
			    "total");
			goto out;
		}
		if (s->nseries > 1) {
			parse_fail(p, total, "\"total\": one whole per chart; "
			    "with several series give amounts that add up, or "
			    "percents");
			goto out;
		}
		if (s->total <= 0) {
			parse_fail(p, total, "\"total\": %g, expected the whole "
			    "(more than 0)", s->total);
			goto out;
		}
	}
	ok = check_whole(p, data, total);
out:
	g_free(unit);
	return ok;
}
