/* SPDX-License-Identifier: MIT */
/*
 * Infographic specs (一图读懂): KPI cards from "items" or from a facts
 * file ("facts", "select"), a page "preset", and an optional embedded
 * "bar" chart whose bars are given or made from cards that share a unit.
 */
#include <math.h>
#include <string.h>

#include "parse.h"

/* More cards than this is a data dump, not a page anyone reads. */
#define ITEM_LIMIT	500

const char *const spec_icon_names[] = {
	"person", "volunteer", "group", "building", "factory", "road",
	"tree", "water", "money", "area", "project", "event", "flag", "home",
	"pin", "cleanup", "handshake", "chart-up", "chart", "ruler", NULL
};

static const char *const preset_names[] = { "long", "a4", "slide", NULL };

/* Page sizes in points, and the PNG resolution that goes with each. */
static const struct preset {
	double		 width, height;	/* height 0: grows with the content */
	double		 dpi;
} presets[] = {
	{ 810, 0, 96 },				/* 1080 px wide long image */
	{ 210 * SPEC_PT_PER_MM, 297 * SPEC_PT_PER_MM, 300 },	/* A4 */
	{ 960, 540, 144 },			/* 16:9, 1920×1080 px */
};

/* "count", "money" … as parse_enum wants them, from the public names. */
static const char *const *
dim_names(void)
{
	static const char	*names[SHUTU_DIM_OTHER + 2];
	int			 i;

	if (names[0] == NULL)
		for (i = 0; i <= SHUTU_DIM_OTHER; i++)
			names[i] = shutu_dim_name(i);
	return names;
}

static bool
parse_item(struct parse *p, JsonNode *e, struct spec_item *it, size_t i)
{
	static const char *const members[] = {
		"value", "value_max", "approx", "text", "unit", "label",
		"entity", "change", "icon", "dimension", "sentence", "id",
		NULL
	};
	char	 what[32];
	int	 dim = -1, icon = -1;

	g_snprintf(what, sizeof what, "item %zu", i + 1);
	it->v.value_max = NAN;
	if (!JSON_NODE_HOLDS_OBJECT(e))
		return parse_fail(p, e, "%s: expected an object like "
		    "{\"value\": 789, \"unit\": \"名\", \"label\": \"志愿者\"}, "
		    "found %s", what, parse_node_kind(e));
	if (!parse_check_members(p, e, what, members) ||
	    !parse_value(p, e, &it->v, what, "value") ||
	    !parse_string(p, e, "unit", &it->unit) ||
	    !parse_string(p, e, "label", &it->label) ||
	    !parse_string(p, e, "entity", &it->entity) ||
	    !parse_string(p, e, "change", &it->change) ||
	    !parse_string(p, e, "sentence", &it->sentence) ||
	    !parse_enum(p, e, "icon", spec_icon_names, &icon) ||
	    !parse_enum(p, e, "dimension", dim_names(), &dim))
		return false;
	if (it->label == NULL || *it->label == '\0')
		return parse_fail(p, e, "%s: missing \"label\" (what the number "
		    "counts, such as \"志愿者\")", what);
	if (it->v.text != NULL && *it->v.text == '\0')
		g_clear_pointer(&it->v.text, g_free);
	if (it->entity != NULL && *it->entity == '\0')
		g_clear_pointer(&it->entity, g_free);
	if (it->change != NULL && *it->change == '\0')
		g_clear_pointer(&it->change, g_free);
	if (icon >= 0)
		it->icon = g_strdup(spec_icon_names[icon]);
	if (dim >= 0) {
		it->dimension = dim;
		it->has_dimension = true;
	}
	return true;
}

static bool
items_from_json(struct parse *p, JsonNode *items)
{
	JsonArray	*arr;
	size_t		 i, n;

	if (!JSON_NODE_HOLDS_ARRAY(items))
		return parse_fail(p, items, "\"items\": expected an array of "
		    "cards, found %s", parse_node_kind(items));
	arr = json_node_get_array(items);
	n = json_array_get_length(arr);
	if (n == 0)
		return parse_fail(p, items, "\"items\": empty, expected at "
		    "least one card");
	if (n > ITEM_LIMIT)
		return parse_fail(p, items, "\"items\": %zu cards, at most %d "
		    "fit an infographic", n, ITEM_LIMIT);
	p->spec->items = g_new0(struct spec_item, n);
	for (i = 0; i < n; i++) {
		p->spec->nitems = i + 1;
		if (!parse_item(p, json_array_get_element(arr, i),
		    &p->spec->items[i], i))
			return false;
	}
	return true;
}

/* Cards from quantity facts (design §3), in the order of the article. */
static bool
items_from_facts(struct parse *p, JsonNode *root)
{
	struct shutu_facts	*owner;
	GPtrArray		*sel;
	size_t			 i;

	if ((sel = parse_facts(p, root, SHUTU_FACT_QUANTITY, &owner)) == NULL)
		return false;
	if (sel->len > ITEM_LIMIT) {
		parse_fail(p, root, "\"facts\": %u quantities, at most %d fit "
		    "an infographic; narrow them with \"select\"", sel->len,
		    ITEM_LIMIT);
		g_ptr_array_unref(sel);
		shutu_facts_free(owner);
		return false;
	}
	p->spec->nitems = sel->len;
	p->spec->items = g_new0(struct spec_item, sel->len);
	for (i = 0; i < sel->len; i++) {
		const struct shutu_fact	*f = g_ptr_array_index(sel, i);
		struct spec_item	*it = &p->spec->items[i];

		it->v.value = f->value;
		it->v.value_max = f->value_max;
		it->v.approx = f->approx;
		it->v.text = f->text != NULL && *f->text != '\0' ?
		    g_strdup(f->text) : NULL;
		it->unit = f->unit != NULL && *f->unit != '\0' ?
		    g_strdup(f->unit) : NULL;
		it->label = g_strdup(f->label != NULL && *f->label != '\0' ?
		    f->label : f->text);
		it->entity = f->entity != NULL && *f->entity != '\0' ?
		    g_strdup(f->entity) : NULL;
		it->dimension = f->dimension;
		it->has_dimension = true;
		it->sentence = g_strdup(f->sentence);
	}
	g_ptr_array_unref(sel);
	shutu_facts_free(owner);
	return true;
}

/* The bars given in the "bar" block: label, value and its cousins, unit. */
static bool
bar_from_json(struct parse *p, JsonNode *data)
{
	static const char *const members[] = {
		"label", "value", "value_max", "approx", "text", "unit",
		"sentence", "highlight", NULL
	};
	struct spec	*s = p->spec;
	JsonArray	*arr;
	size_t		 i;
	char		 what[32];

	if (!JSON_NODE_HOLDS_ARRAY(data))
		return parse_fail(p, data, "bar: \"data\": expected an array, "
		    "found %s", parse_node_kind(data));
	arr = json_node_get_array(data);
	if (json_array_get_length(arr) == 0)
		return parse_fail(p, data, "bar: \"data\": empty, expected at "
		    "least one bar");
	s->data = g_new0(struct spec_datum, json_array_get_length(arr));
	for (i = 0; i < json_array_get_length(arr); i++) {
		JsonNode		*e = json_array_get_element(arr, i);
		struct spec_datum	*d = &s->data[i];

		s->ndata = i + 1;
		d->values = g_new0(struct spec_value, 1);
		d->values[0].value_max = NAN;
		g_snprintf(what, sizeof what, "bar %zu", i + 1);
		if (!JSON_NODE_HOLDS_OBJECT(e))
			return parse_fail(p, e, "%s: expected an object, found %s",
			    what, parse_node_kind(e));
		if (!parse_check_members(p, e, what, members) ||
		    !parse_string(p, e, "label", &d->label) ||
		    !parse_string(p, e, "unit", &d->unit) ||
		    !parse_string(p, e, "sentence", &d->sentence) ||
		    !parse_bool(p, e, "highlight", &d->highlight) ||
		    !parse_value(p, e, &d->values[0], what, "value"))
			return false;
		if (d->label == NULL)
			return parse_fail(p, e, "%s: missing \"label\" (a string)",
			    what);
	}
	return true;
}

static bool
same(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/*
 * Bars from the cards that share "unit", or else the unit most cards
 * share: comparable counts only (名 beside 名, never 名 beside 米).
 */
static bool
bar_from_items(struct parse *p, JsonNode *where, const char *unit)
{
	struct spec	*s = p->spec;
	size_t		 i, j, n, best = 0;
	bool		 given = unit != NULL;

	if (!given)
		for (i = 0; i < s->nitems; i++) {
			if (s->items[i].unit == NULL)
				continue;
			for (n = 0, j = 0; j < s->nitems; j++)
				n += same(s->items[i].unit, s->items[j].unit);
			if (n > best) {
				best = n;
				unit = s->items[i].unit;
			}
		}
	for (n = 0, i = 0; i < s->nitems; i++)
		n += same(s->items[i].unit, unit);
	if (n < 2 && given)
		return parse_fail(p, where, "bar: fewer than two cards have "
		    "the unit '%s'; give \"data\"", unit);
	if (n < 2)
		return parse_fail(p, where, "bar: no two cards share a unit; "
		    "give \"data\"");
	s->data = g_new0(struct spec_datum, n);
	for (i = 0; i < s->nitems; i++) {
		const struct spec_item	*it = &s->items[i];
		struct spec_datum	*d;
		bool			 twice = false;

		if (!same(it->unit, unit))
			continue;
		/* 志愿者 of two offices: say whose. */
		for (j = 0; j < s->nitems; j++)
			twice |= j != i && same(s->items[j].unit, unit) &&
			    same(s->items[j].label, it->label);
		d = &s->data[s->ndata++];
		d->label = twice && it->entity != NULL ? g_strdup_printf(
		    "%s（%s）", it->label, it->entity) : g_strdup(it->label);
		d->unit = g_strdup(it->unit);
		d->sentence = g_strdup(it->sentence);
		d->values = g_new0(struct spec_value, 1);
		d->values[0] = it->v;
		d->values[0].text = g_strdup(it->v.text);
	}
	return true;
}

/*
 * "bar": true (the cards that share a unit), or {"title", "unit",
 * "data"}.  The bars go to the spec's "data"; see spec.h.
 */
static bool
parse_bar(struct parse *p, JsonNode *root)
{
	static const char *const members[] = {
		"title", "unit", "data", NULL
	};
	JsonNode	*n = json_object_get_member(json_node_get_object(root),
			    "bar");
	JsonNode	*data;
	char		*title = NULL, *unit = NULL;
	bool		 ok;

	p->spec->nseries = 1;
	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		return true;
	if (JSON_NODE_HOLDS_VALUE(n) &&
	    json_node_get_value_type(n) == G_TYPE_BOOLEAN) {
		if (!json_node_get_boolean(n))
			return true;
		p->spec->bar_title = g_intern_static_string("数据对比");
		return bar_from_items(p, n, NULL);
	}
	if (!JSON_NODE_HOLDS_OBJECT(n))
		return parse_fail(p, n, "\"bar\": expected true or an object "
		    "like {\"title\": \"…\", \"unit\": \"名\"}, found %s",
		    parse_node_kind(n));
	if (!parse_check_members(p, n, "bar", members) ||
	    !parse_string(p, n, "title", &title) ||
	    !parse_string(p, n, "unit", &unit))
		goto fail;
	p->spec->bar_title = g_intern_string(title != NULL && *title != '\0' ?
	    title : "数据对比");
	data = json_object_get_member(json_node_get_object(n), "data");
	if (data != NULL && !JSON_NODE_HOLDS_NULL(data)) {
		ok = bar_from_json(p, data);
		/* A unit for the bars that gave none: the unit line. */
		for (size_t i = 0; ok && unit != NULL && i < p->spec->ndata;
		    i++)
			if (p->spec->data[i].unit == NULL)
				p->spec->data[i].unit = g_strdup(unit);
	} else
		ok = bar_from_items(p, n, unit);
	g_free(title);
	g_free(unit);
	return ok;
fail:
	g_free(title);
	g_free(unit);
	return false;
}

bool
parse_infographic(struct parse *p, JsonNode *root)
{
	JsonObject		*obj = json_node_get_object(root);
	JsonNode		*items = json_object_get_member(obj, "items");
	JsonNode		*facts = json_object_get_member(obj, "facts");
	struct spec		*s = p->spec;
	const struct preset	*pr;
	int			 preset = 0;
	bool			 given;

	if (!parse_enum(p, root, "preset", preset_names, &preset))
		return false;
	s->preset = g_strdup(preset_names[preset]);
	/* The preset sizes the page; "size" overrides what it gives. */
	pr = &presets[preset];
	given = s->size.dpi > 0;
	if (s->size.width_pt == 0)
		s->size.width_pt = pr->width;
	if (!s->size.fixed_height && pr->height > 0) {
		s->size.height_pt = pr->height;
		s->size.fixed_height = true;
	}
	if (!given)
		s->size.dpi = pr->dpi;

	if (items != NULL && facts != NULL)
		return parse_fail(p, facts, "give \"items\" or \"facts\", not "
		    "both");
	if (items != NULL) {
		if (!items_from_json(p, items))
			return false;
	} else if (facts != NULL) {
		if (!items_from_facts(p, root))
			return false;
	} else
		return parse_fail(p, root, "missing \"items\" (an array of "
		    "{\"value\": …, \"unit\": …, \"label\": …}) or \"facts\"");
	if (!parse_bar(p, root))
		return false;
	{
		JsonNode *tl = json_object_get_member(obj, "timeline");

		if (tl != NULL && !JSON_NODE_HOLDS_NULL(tl))
			return parse_timeline_block(p, root, tl);
	}
	return true;
}
