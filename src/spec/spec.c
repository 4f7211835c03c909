/* SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>

#include "parse.h"


bool
parse_fail(struct parse *p, JsonNode *node, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	util_json_error(&p->json, p->error, SHUTU_ERROR_SPEC, node, "%s", msg);
	g_free(msg);
	return false;
}

const char *
parse_node_kind(JsonNode *n)
{
	if (JSON_NODE_HOLDS_NULL(n))
		return "null";
	if (JSON_NODE_HOLDS_OBJECT(n))
		return "an object";
	if (JSON_NODE_HOLDS_ARRAY(n))
		return "an array";
	switch (json_node_get_value_type(n)) {
	case G_TYPE_STRING:
		return "a string";
	case G_TYPE_BOOLEAN:
		return "true/false";
	default:
		return "a number";
	}
}

bool
parse_is_number(JsonNode *n)
{
	GType	 t;

	if (!JSON_NODE_HOLDS_VALUE(n))
		return false;
	t = json_node_get_value_type(n);
	return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

/* Members allowed in an object: anything else is a typo worth reporting. */
bool
parse_check_members(struct parse *p, JsonNode *node, const char *what,
    const char *const *allowed)
{
	JsonObject	*obj = json_node_get_object(node);
	JsonObjectIter	 it;
	const char	*name;
	JsonNode	*member;
	size_t		 i;

	json_object_iter_init(&it, obj);
	while (json_object_iter_next(&it, &name, &member)) {
		for (i = 0; allowed[i] != NULL; i++)
			if (strcmp(allowed[i], name) == 0)
				break;
		if (allowed[i] == NULL)
			return parse_fail(p, member, "%s: unknown member '%s'",
			    what, name);
	}
	return true;
}

/* An optional string member; "*out" stays NULL when absent or null. */
bool
parse_string(struct parse *p, JsonNode *obj, const char *key, char **out)
{
	JsonNode	*n = json_object_get_member(json_node_get_object(obj),
			    key);
	const char	*s;

	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		return true;
	if (!JSON_NODE_HOLDS_VALUE(n) ||
	    json_node_get_value_type(n) != G_TYPE_STRING)
		return parse_fail(p, n, "\"%s\": expected a string, found %s", key,
		    parse_node_kind(n));
	s = json_node_get_string(n);
	if (g_utf8_strlen(s, -1) > LABEL_LIMIT)
		return parse_fail(p, n, "\"%s\": longer than %d characters", key,
		    LABEL_LIMIT);
	g_free(*out);
	*out = g_strdup(s);
	return true;
}

bool
parse_number(struct parse *p, JsonNode *obj, const char *key, double *out,
    bool required, const char *what)
{
	JsonNode	*n = json_object_get_member(json_node_get_object(obj),
			    key);
	double		 v;

	if (n == NULL || JSON_NODE_HOLDS_NULL(n)) {
		if (required)
			return parse_fail(p, obj, "%s: missing \"%s\" (a number)",
			    what, key);
		return true;
	}
	if (!parse_is_number(n))
		return parse_fail(p, n, "%s: \"%s\" must be a number, found %s",
		    what, key, parse_node_kind(n));
	v = json_node_get_double(n);
	if (!isfinite(v) || fabs(v) > VALUE_LIMIT)
		return parse_fail(p, n, "%s: \"%s\" %g is out of range (at most "
		    "1e15 in magnitude)", what, key, v);
	*out = v;
	return true;
}

bool
parse_bool(struct parse *p, JsonNode *obj, const char *key, bool *out)
{
	JsonNode	*n = json_object_get_member(json_node_get_object(obj),
			    key);

	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		return true;
	if (!JSON_NODE_HOLDS_VALUE(n) ||
	    json_node_get_value_type(n) != G_TYPE_BOOLEAN)
		return parse_fail(p, n, "\"%s\": expected true or false, found %s",
		    key, parse_node_kind(n));
	*out = json_node_get_boolean(n);
	return true;
}

/* One of "names" (NULL-terminated); "*out" is its index. */
bool
parse_enum(struct parse *p, JsonNode *obj, const char *key,
    const char *const *names, int *out)
{
	char	*s = NULL;
	GString	*list;
	int	 i;

	if (!parse_string(p, obj, key, &s))
		return false;
	if (s == NULL)
		return true;
	for (i = 0; names[i] != NULL; i++)
		if (strcmp(names[i], s) == 0) {
			*out = i;
			g_free(s);
			return true;
		}
	list = g_string_new(NULL);
	for (i = 0; names[i] != NULL; i++)
		g_string_append_printf(list, "%s%s", i ? ", " : "", names[i]);
	parse_fail(p, json_object_get_member(json_node_get_object(obj), key),
	    "\"%s\": unknown value '%s' (expected one of %s)", key, s,
	    list->str);
	g_string_free(list, TRUE);
	g_free(s);
	return false;
}

const char *const parse_approx_names[] = {
	"exact", "over", "under", "about", NULL
};

/* value, value_max, approx, text of a bar, segment or KPI. */
bool
parse_value(struct parse *p, JsonNode *obj, struct spec_value *v,
    const char *what, const char *key)
{
	int	 approx = SHUTU_APPROX_EXACT;

	v->value_max = NAN;
	if (!parse_number(p, obj, key, &v->value, true, what) ||
	    !parse_number(p, obj, "value_max", &v->value_max, false, what) ||
	    !parse_enum(p, obj, "approx", parse_approx_names, &approx) ||
	    !parse_string(p, obj, "text", &v->text))
		return false;
	v->approx = approx;
	if (!isnan(v->value_max) && v->value_max < v->value)
		return parse_fail(p, json_object_get_member(
		    json_node_get_object(obj), "value_max"),
		    "%s: \"value_max\" %g is less than \"value\" %g", what,
		    v->value_max, v->value);
	return true;
}

static bool
parse_size(struct parse *p, JsonNode *root)
{
	static const char *const members[] = {
		"width", "height", "unit", "dpi", NULL
	};
	static const char *const units[] = { "px", "mm", "pt", NULL };
	JsonNode	*n = json_object_get_member(json_node_get_object(root),
			    "size");
	struct spec_size *sz = &p->spec->size;
	double		 w = 0, h = 0, scale;
	int		 unit = 0;

	sz->dpi = 0;
	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		return true;
	if (!JSON_NODE_HOLDS_OBJECT(n))
		return parse_fail(p, n, "\"size\": expected an object like "
		    "{\"width\": 800, \"height\": 500, \"unit\": \"px\"}, "
		    "found %s", parse_node_kind(n));
	if (!parse_check_members(p, n, "size", members) ||
	    !parse_number(p, n, "width", &w, false, "size") ||
	    !parse_number(p, n, "height", &h, false, "size") ||
	    !parse_enum(p, n, "unit", units, &unit) ||
	    !parse_number(p, n, "dpi", &sz->dpi, false, "size"))
		return false;
	scale = unit == 0 ? SPEC_PT_PER_PX : unit == 1 ? SPEC_PT_PER_MM : 1;
	/* 2 cm to 2 m: smaller cannot hold a title, larger no printer takes. */
	if (w != 0 && (w * scale < 56 || w * scale > 5670))
		return parse_fail(p, n, "size: width %g%s is outside 2 cm to 2 m",
		    w, units[unit]);
	if (h != 0 && (h * scale < 56 || h * scale > 28350))
		return parse_fail(p, n, "size: height %g%s is outside 2 cm to 10 m",
		    h, units[unit]);
	if (sz->dpi != 0 && (sz->dpi < 36 || sz->dpi > 1200))
		return parse_fail(p, n, "size: dpi %g is outside 36 to 1200",
		    sz->dpi);
	sz->width_pt = w * scale;
	sz->height_pt = h * scale;
	sz->fixed_height = h != 0;
	if (sz->dpi == 0)
		sz->dpi = unit == 0 ? 96 : 300;
	return true;
}

/* Bars from quantity facts: label, value, approximation, unit, sentence. */
static bool
bar_from_facts(struct parse *p, JsonNode *root)
{
	struct shutu_facts	*owner;
	GPtrArray		*sel;
	size_t			 i;

	if ((sel = parse_facts(p, root, SHUTU_FACT_QUANTITY, &owner)) == NULL)
		return false;
	p->spec->nseries = 1;
	p->spec->ndata = sel->len;
	p->spec->data = g_new0(struct spec_datum, sel->len);
	for (i = 0; i < sel->len; i++) {
		const struct shutu_fact	*f = g_ptr_array_index(sel, i);
		struct spec_datum	*d = &p->spec->data[i];

		d->label = g_strdup(f->label != NULL && *f->label != '\0' ?
		    f->label : f->text);
		d->values = g_new0(struct spec_value, 1);
		d->values[0].value = f->value;
		d->values[0].value_max = f->value_max;
		d->values[0].approx = f->approx;
		d->values[0].text = g_strdup(f->text);
		d->unit = f->unit != NULL && *f->unit != '\0' ?
		    g_strdup(f->unit) : NULL;
		d->sentence = g_strdup(f->sentence);
	}
	g_ptr_array_unref(sel);
	shutu_facts_free(owner);
	return true;
}

static bool
parse_bar_data(struct parse *p, JsonNode *root)
{
	static const char *const members[] = {
		"label", "value", "values", "value_max", "approx", "text",
		"unit", "sentence", "highlight", "id", NULL
	};
	JsonObject	*obj = json_node_get_object(root);
	JsonNode	*data = json_object_get_member(obj, "data");
	JsonNode	*series = json_object_get_member(obj, "series");
	JsonNode	*table = json_object_get_member(obj, "table");
	JsonArray	*arr;
	size_t		 i, j;
	char		 what[64];

	if (table != NULL) {
		const char *other = data != NULL ? "data" : series != NULL ?
		    "series" : json_object_has_member(obj, "facts") ? "facts" :
		    NULL;

		if (other != NULL)
			return parse_fail(p, table, "give \"table\" or \"%s\", "
			    "not both (a table's columns are its series)",
			    other);
		return parse_table(p, root);
	}
	if (series != NULL && !JSON_NODE_HOLDS_NULL(series)) {
		if (!JSON_NODE_HOLDS_ARRAY(series))
			return parse_fail(p, series, "\"series\": expected an array "
			    "of names, found %s", parse_node_kind(series));
		arr = json_node_get_array(series);
		p->spec->nseries = json_array_get_length(arr);
		if (p->spec->nseries == 0 || p->spec->nseries > 12)
			return parse_fail(p, series, "\"series\": expected 1 to 12 "
			    "names, found %zu", p->spec->nseries);
		p->spec->series = g_new0(char *, p->spec->nseries + 1);
		for (i = 0; i < p->spec->nseries; i++) {
			JsonNode *e = json_array_get_element(arr, i);

			if (!JSON_NODE_HOLDS_VALUE(e) ||
			    json_node_get_value_type(e) != G_TYPE_STRING)
				return parse_fail(p, e, "series %zu: expected a "
				    "name, found %s", i + 1, parse_node_kind(e));
			p->spec->series[i] = g_strdup(json_node_get_string(e));
		}
	} else
		p->spec->nseries = 1;

	if (data == NULL && json_object_has_member(obj, "facts"))
		return bar_from_facts(p, root);
	if (data == NULL)
		return parse_fail(p, root, "missing \"data\" (an array of "
		    "{\"label\": …, \"value\": …}), \"facts\" or \"table\"");
	if (!JSON_NODE_HOLDS_ARRAY(data))
		return parse_fail(p, data, "\"data\": expected an array, found %s",
		    parse_node_kind(data));
	arr = json_node_get_array(data);
	p->spec->ndata = json_array_get_length(arr);
	if (p->spec->ndata == 0)
		return parse_fail(p, data, "\"data\": empty, expected at least one "
		    "bar");
	p->spec->data = g_new0(struct spec_datum, p->spec->ndata);
	for (i = 0; i < p->spec->ndata; i++) {
		JsonNode		*e = json_array_get_element(arr, i);
		struct spec_datum	*d = &p->spec->data[i];
		JsonNode		*vals;

		d->values = g_new0(struct spec_value, p->spec->nseries);
		for (j = 0; j < p->spec->nseries; j++)
			d->values[j].value_max = NAN;
		g_snprintf(what, sizeof what, "bar %zu", i + 1);
		if (!JSON_NODE_HOLDS_OBJECT(e))
			return parse_fail(p, e, "%s: expected an object, found %s",
			    what, parse_node_kind(e));
		if (!parse_check_members(p, e, what, members) ||
		    !parse_string(p, e, "label", &d->label) ||
		    !parse_string(p, e, "unit", &d->unit) ||
		    !parse_string(p, e, "sentence", &d->sentence) ||
		    !parse_bool(p, e, "highlight", &d->highlight))
			return false;
		if (d->label == NULL)
			return parse_fail(p, e, "%s: missing \"label\" (a string)",
			    what);
		vals = json_object_get_member(json_node_get_object(e),
		    "values");
		if (p->spec->nseries == 1 && vals == NULL) {
			if (!parse_value(p, e, &d->values[0], what, "value"))
				return false;
			continue;
		}
		if (vals == NULL || !JSON_NODE_HOLDS_ARRAY(vals) ||
		    json_array_get_length(json_node_get_array(vals)) !=
		    p->spec->nseries)
			return parse_fail(p, vals != NULL ? vals : e, "%s: expected "
			    "\"values\", an array of %zu %s (one per "
			    "series)", what, p->spec->nseries,
			    util_plural(p->spec->nseries, "number or object",
			    "numbers or objects"));
		for (j = 0; j < p->spec->nseries; j++) {
			JsonNode	*v = json_array_get_element(
					    json_node_get_array(vals), j);
			char		 w2[96];

			g_snprintf(w2, sizeof w2, "%s, value %zu", what, j + 1);
			if (parse_is_number(v)) {
				double x = json_node_get_double(v);

				if (!isfinite(x) || fabs(x) > VALUE_LIMIT)
					return parse_fail(p, v, "%s: %g is out of "
					    "range", w2, x);
				d->values[j].value = x;
			} else if (JSON_NODE_HOLDS_OBJECT(v)) {
				if (!parse_value(p, v, &d->values[j], w2,
				    "value"))
					return false;
			} else
				return parse_fail(p, v, "%s: expected a number, "
				    "found %s", w2, parse_node_kind(v));
		}
	}
	return true;
}

/* "theme": a built-in name or a theme file, relative to the spec. */
static bool
parse_theme(struct parse *p, JsonNode *root)
{
	JsonNode		*n = json_object_get_member(
				    json_node_get_object(root), "theme");
	const struct spec_theme	*t;
	char			*name = NULL;
	GError			*err = NULL;

	if (!parse_string(p, root, "theme", &name))
		return false;
	if (name == NULL) {
		p->spec->theme = g_strdup(spec_theme_builtin("news")->key);
		return true;
	}
	t = spec_theme_find(name, p->spec->name, &err);
	g_free(name);
	if (t == NULL && err->code == SHUTU_ERROR_SPEC) {
		/* Placed in the theme file itself. */
		g_propagate_error(p->error, err);
		return false;
	}
	if (t == NULL) {
		parse_fail(p, n, "\"theme\": %s", err->message);
		g_error_free(err);
		return false;
	}
	p->spec->theme = g_strdup(t->key);
	return true;
}

/* "background": "transparent" or a colour over the theme's. */
static bool
parse_background(struct parse *p, JsonNode *root)
{
	guint32	 rgb;

	if (!parse_string(p, root, "background", &p->spec->background))
		return false;
	if (p->spec->background == NULL ||
	    strcmp(p->spec->background, "transparent") == 0 ||
	    spec_colour_parse(p->spec->background, &rgb))
		return true;
	return parse_fail(p, json_object_get_member(json_node_get_object(root),
	    "background"), "\"background\": expected \"transparent\" or a "
	    "colour like \"#ffffff\", found '%s'", p->spec->background);
}

/*
 * "scale": the article's 万 or 亿 ("" for none); "decimals": a count, or
 * "text" for each value's own.
 */
static bool
parse_scale(struct parse *p, JsonNode *root)
{
	static const char *const scales[] = { "", "万", "亿", "万亿", NULL };
	JsonObject	*o = json_node_get_object(root);
	JsonNode	*n;
	int		 k = -1;

	p->spec->decimals = SPEC_DECIMALS_AUTO;
	if ((n = json_object_get_member(o, "scale")) != NULL &&
	    !JSON_NODE_HOLDS_NULL(n)) {
		if (!parse_enum(p, root, "scale", scales, &k))
			return false;
		p->spec->scale = g_strdup(scales[k]);
	}
	if ((n = json_object_get_member(o, "decimals")) == NULL ||
	    JSON_NODE_HOLDS_NULL(n))
		return true;
	if (JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) ==
	    G_TYPE_STRING && strcmp(json_node_get_string(n), "text") == 0) {
		p->spec->decimals = SPEC_DECIMALS_TEXT;
		return true;
	}
	if (parse_is_number(n) && json_node_get_double(n) >= 0 &&
	    json_node_get_double(n) <= 6 && json_node_get_double(n) ==
	    floor(json_node_get_double(n))) {
		p->spec->decimals = (int)json_node_get_double(n);
		return true;
	}
	return parse_fail(p, n, "\"decimals\": expected a whole number 0 to "
	    "6, or \"text\" (as each value's text writes it), found %s",
	    parse_node_kind(n));
}

static const char *const type_names[] = {
	"bar", "timeline", "infographic", "line", "share", NULL
};

static bool
parse_root(struct parse *p)
{
	static const char *const members[] = {
		"type", "title", "subtitle", "source", "note", "figure",
		"unit", "alt", "theme", "size", "orientation", "sort",
		"stacked", "series", "data", "facts", "select", "events",
		"items", "even", "vertical", "preset", "highlight", "$schema",
		"bar", "timeline", "background", "table", "zero", "total",
		"style", "center", "scale", "decimals", NULL
	};
	static const char *const orients[] = {
		"auto", "horizontal", "vertical", NULL
	};
	JsonNode	*root = util_json_root(&p->json);
	struct spec	*s = p->spec;
	int		 type = -1, orient = 0;

	if (!JSON_NODE_HOLDS_OBJECT(root))
		return parse_fail(p, root, "expected a JSON object (a chart spec), "
		    "found %s", parse_node_kind(root));
	/* What shutu extract wrote is data for a spec, not a spec. */
	if (json_object_get_member(json_node_get_object(root), "type") ==
	    NULL && json_object_get_member(json_node_get_object(root),
	    "facts") != NULL && JSON_NODE_HOLDS_ARRAY(json_object_get_member(
	    json_node_get_object(root), "facts")))
		return parse_fail(p, root, "a facts file (from shutu extract), "
		    "not a chart spec; a spec names it in \"facts\"");
	/* Nor is a theme file (themes/, charts/themes/): no spec has these. */
	if (json_object_get_member(json_node_get_object(root), "type") ==
	    NULL && (json_object_has_member(json_node_get_object(root),
	    "extends") || json_object_has_member(json_node_get_object(root),
	    "colors") || json_object_has_member(json_node_get_object(root),
	    "furniture")))
		return parse_fail(p, root, "a theme file, not a chart spec; a "
		    "spec names it in \"theme\" (or give it to --theme)");
	if (json_object_get_member(json_node_get_object(root), "type") ==
	    NULL)
		return parse_fail(p, root, "missing \"type\" (bar, timeline, "
		    "infographic, line or share)");
	if (!parse_enum(p, root, "type", type_names, &type))
		return false;
	s->type = type;
	if (!parse_check_members(p, root, "spec", members) ||
	    !parse_string(p, root, "title", &s->title) ||
	    !parse_string(p, root, "subtitle", &s->subtitle) ||
	    !parse_string(p, root, "source", &s->source) ||
	    !parse_string(p, root, "note", &s->note) ||
	    !parse_string(p, root, "figure", &s->figure) ||
	    !parse_string(p, root, "unit", &s->unit) ||
	    !parse_string(p, root, "alt", &s->alt) ||
	    !parse_theme(p, root) ||
	    !parse_background(p, root) ||
	    !parse_enum(p, root, "orientation", orients, &orient) ||
	    !parse_size(p, root))
		return false;
	s->orient = orient;
	if (!parse_scale(p, root))
		return false;
	s->sort = true;
	if (!parse_bool(p, root, "sort", &s->sort) ||
	    !parse_bool(p, root, "stacked", &s->stacked))
		return false;
	if (s->title == NULL)
		return parse_fail(p, root, "missing \"title\" (the chart's "
		    "takeaway, a string)");
	if (s->type != SPEC_BAR &&
	    json_object_has_member(json_node_get_object(root), "table"))
		return parse_fail(p, json_object_get_member(
		    json_node_get_object(root), "table"), "\"table\" is for "
		    "bar charts");
	switch (s->type) {
	case SPEC_BAR:
		return parse_bar_data(p, root);
	case SPEC_TIMELINE:
		return parse_timeline(p, root);
	case SPEC_LINE:
		return parse_line(p, root);
	case SPEC_SHARE:
		return parse_share(p, root);
	default:
		return parse_infographic(p, root);
	}
}

struct spec *
spec_parse(const char *json, gssize len, const char *name, GError **error)
{
	struct parse	 p;
	bool		 ok;

	memset(&p, 0, sizeof p);
	p.error = error;
	p.spec = g_new0(struct spec, 1);
	p.spec->name = g_strdup(name);
	ok = util_json_load(&p.json, name, json, len, error) &&
	    parse_root(&p);
	util_json_release(&p.json);
	if (!ok) {
		spec_free(p.spec);
		return NULL;
	}
	return p.spec;
}

void
spec_free(struct spec *s)
{
	size_t	 i, j;

	if (s == NULL)
		return;
	for (i = 0; i < s->ndata; i++) {
		g_free(s->data[i].label);
		g_free(s->data[i].unit);
		g_free(s->data[i].sentence);
		for (j = 0; s->data[i].values != NULL && j < s->nseries; j++)
			g_free(s->data[i].values[j].text);
		g_free(s->data[i].values);
	}
	g_free(s->data);
	for (i = 0; i < s->nevents; i++) {
		g_free(s->events[i].date_text);
		g_free(s->events[i].text);
		g_free(s->events[i].sentence);
	}
	g_free(s->events);
	for (i = 0; i < s->nitems; i++) {
		g_free(s->items[i].v.text);
		g_free(s->items[i].unit);
		g_free(s->items[i].label);
		g_free(s->items[i].entity);
		g_free(s->items[i].change);
		g_free(s->items[i].icon);
		g_free(s->items[i].sentence);
	}
	g_free(s->items);
	g_strfreev(s->series);
	g_free(s->name);
	g_free(s->title);
	g_free(s->subtitle);
	g_free(s->source);
	g_free(s->note);
	g_free(s->figure);
	g_free(s->unit);
	g_free(s->alt);
	g_free(s->theme);
	g_free(s->background);
	g_free(s->preset);
	g_free(s->center);
	g_free(s->scale);
	g_free(s);
}

char *
spec_text(const struct spec *s)
{
	GString	*t = g_string_new(NULL);
	size_t	 i;

/* One string a line: the font check quotes the line of a missing glyph. */
#define ADD(x)	do { if ((x) != NULL) g_string_append_printf(t, "%s\n", \
		    (x)); } while (0)
	ADD(s->title);
	ADD(s->subtitle);
	ADD(s->source);
	ADD(s->note);
	ADD(s->figure);
	ADD(s->unit);
	ADD(s->center);
	for (i = 0; s->series != NULL && i < s->nseries; i++)
		ADD(s->series[i]);
	for (i = 0; i < s->ndata; i++) {
		ADD(s->data[i].label);
		ADD(s->data[i].unit);
	}
	for (i = 0; i < s->nevents; i++) {
		ADD(s->events[i].text);
		ADD(s->events[i].date_text);
	}
	for (i = 0; i < s->nitems; i++) {
		ADD(s->items[i].label);
		ADD(s->items[i].unit);
		ADD(s->items[i].entity);
		ADD(s->items[i].change);
		ADD(s->items[i].v.text);
	}
#undef ADD
	return g_string_free(t, FALSE);
}
