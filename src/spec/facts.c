/* SPDX-License-Identifier: MIT */
/*
 * "facts": "facts.json" in a spec: the output of `shutu extract --json`
 * as a chart's data, chosen by "select" (ids, entity, dimension, unit,
 * label).  Paths are relative to the spec file.
 */
#include <string.h>

#include "parse.h"

static const char *const dim_names[] = {
	"count", "length", "area", "volume", "mass", "money", "percent",
	"fraction", "duration", "other", NULL
};

static bool
wanted_id(JsonNode *ids, const char *id)
{
	JsonArray	*a = json_node_get_array(ids);
	guint		 i;

	for (i = 0; i < json_array_get_length(a); i++) {
		JsonNode *e = json_array_get_element(a, i);

		if (JSON_NODE_HOLDS_VALUE(e) &&
		    json_node_get_value_type(e) == G_TYPE_STRING &&
		    strcmp(json_node_get_string(e), id) == 0)
			return true;
	}
	return false;
}

GPtrArray *
parse_facts(struct parse *p, JsonNode *root, enum shutu_fact_kind kind,
    struct shutu_facts **owner)
{
	static const char *const members[] = {
		"ids", "entity", "dimension", "unit", "label", "limit", NULL
	};
	JsonObject	*obj = json_node_get_object(root);
	JsonNode	*fn = json_object_get_member(obj, "facts");
	JsonNode	*sel = json_object_get_member(obj, "select");
	JsonNode	*ids = NULL;
	char		*path = NULL, *dir, *full, *entity = NULL, *unit = NULL;
	char		*label = NULL;
	int		 dim = -1;
	double		 limit = 0;
	struct shutu_facts *facts;
	GPtrArray	*out = NULL;
	GError		*err = NULL;
	size_t		 i;

	*owner = NULL;
	if (!parse_string(p, root, "facts", &path))
		return NULL;
	if (path == NULL) {
		parse_fail(p, fn, "\"facts\": expected a file name");
		return NULL;
	}
	if (sel != NULL && !JSON_NODE_HOLDS_NULL(sel)) {
		if (!JSON_NODE_HOLDS_OBJECT(sel)) {
			parse_fail(p, sel, "\"select\": expected an object "
			    "like {\"entity\": \"…\", \"dimension\": "
			    "\"count\"}, found %s", parse_node_kind(sel));
			goto out;
		}
		ids = json_object_get_member(json_node_get_object(sel), "ids");
		if (ids != NULL && !JSON_NODE_HOLDS_ARRAY(ids)) {
			parse_fail(p, ids, "\"ids\": expected an array of "
			    "fact ids such as \"q12\"");
			goto out;
		}
		if (!parse_check_members(p, sel, "select", members) ||
		    !parse_string(p, sel, "entity", &entity) ||
		    !parse_string(p, sel, "unit", &unit) ||
		    !parse_string(p, sel, "label", &label) ||
		    !parse_enum(p, sel, "dimension", dim_names, &dim) ||
		    !parse_number(p, sel, "limit", &limit, false, "select"))
			goto out;
	}
	dir = g_path_get_dirname(p->spec->name);
	full = g_path_is_absolute(path) ? g_strdup(path) :
	    g_build_filename(dir, path, NULL);
	g_free(dir);
	facts = shutu_facts_load_json(full, &err);
	g_free(full);
	if (facts == NULL) {
		parse_fail(p, fn, "\"facts\": %s", err->message);
		g_error_free(err);
		goto out;
	}
	out = g_ptr_array_new();
	for (i = 0; i < shutu_facts_count(facts); i++) {
		const struct shutu_fact *f = shutu_facts_get(facts, i);

		if (f->kind != kind)
			continue;
		if (ids != NULL && !wanted_id(ids, f->id))
			continue;
		if (entity != NULL && (f->entity == NULL ||
		    strcmp(f->entity, entity) != 0))
			continue;
		if (unit != NULL && (f->unit == NULL ||
		    strcmp(f->unit, unit) != 0))
			continue;
		if (label != NULL && (f->label == NULL ||
		    strstr(f->label, label) == NULL))
			continue;
		if (dim >= 0 && kind == SHUTU_FACT_QUANTITY &&
		    (int)f->dimension != dim)
			continue;
		g_ptr_array_add(out, (gpointer)f);
		if (limit > 0 && out->len >= limit)
			break;
	}
	if (out->len == 0) {
		parse_fail(p, sel != NULL ? sel : fn, "\"facts\": no %s in "
		    "%s matches \"select\"", kind == SHUTU_FACT_DATE ?
		    "date" : "quantity", path);
		g_ptr_array_unref(out);
		shutu_facts_free(facts);
		out = NULL;
		goto out;
	}
	*owner = facts;
out:
	g_free(path);
	g_free(entity);
	g_free(unit);
	g_free(label);
	return out;
}
