/* SPDX-License-Identifier: MIT */
/*
 * JSON through json-glib, remembering where each value stood.  json-glib
 * keeps no positions in its nodes, but it reports the scanner's place
 * while it parses; we record it per node from the parser's signals.
 */
#include <string.h>

#include "util.h"

/* Deeper than any chart spec needs; json-glib recurses once per level. */
#define JSON_MAX_DEPTH	64

#define PACK(line, col)	((gpointer)(((guint64)(line) << 24) | (guint64)(col)))
#define LINE(v)		((unsigned)(GPOINTER_TO_SIZE(v) >> 24))
#define COL(v)		((unsigned)(GPOINTER_TO_SIZE(v) & 0xffffff))

struct	where_state {
	struct util_json	*json;
	GArray			*starts;	/* packed start of open containers */
};

static gpointer
here(JsonParser *parser)
{
	return PACK(json_parser_get_current_line(parser),
	    json_parser_get_current_pos(parser));
}

static void
on_start(JsonParser *parser, gpointer data)
{
	struct where_state	*st = data;
	gpointer		 p = here(parser);

	g_array_append_val(st->starts, p);
}

static gpointer
pop_start(struct where_state *st)
{
	gpointer	 p = NULL;

	if (st->starts->len > 0) {
		p = g_array_index(st->starts, gpointer, st->starts->len - 1);
		g_array_set_size(st->starts, st->starts->len - 1);
	}
	return p;
}

static void
on_object_end(JsonParser *parser, JsonObject *obj, gpointer data)
{
	struct where_state	*st = data;

	g_hash_table_insert(st->json->where, obj, pop_start(st));
}

static void
on_array_end(JsonParser *parser, JsonArray *arr, gpointer data)
{
	struct where_state	*st = data;

	g_hash_table_insert(st->json->where, arr, pop_start(st));
}

static void
on_member(JsonParser *parser, JsonObject *obj, const char *name,
    gpointer data)
{
	struct where_state	*st = data;
	JsonNode		*node = json_object_get_member(obj, name);

	if (node != NULL && !g_hash_table_contains(st->json->where, node))
		g_hash_table_insert(st->json->where, node, here(parser));
}

static void
on_element(JsonParser *parser, JsonArray *arr, int index, gpointer data)
{
	struct where_state	*st = data;
	JsonNode		*node = json_array_get_element(arr, index);

	if (node != NULL)
		g_hash_table_insert(st->json->where, node, here(parser));
}

/* Nesting depth outside strings, so a hostile file cannot blow the stack. */
static bool
check_depth(const struct util_json *json, const char *data, size_t len,
    GError **error)
{
	size_t		 i, depth = 0, line = 1, col = 1;
	bool		 instr = false;

	for (i = 0; i < len; i++, col++) {
		char	 c = data[i];

		if (c == '\n') {
			line++;
			col = 0;
		}
		if (instr) {
			if (c == '\\')
				i++, col++;
			else if (c == '"')
				instr = false;
			continue;
		}
		if (c == '"')
			instr = true;
		else if (c == '[' || c == '{') {
			if (++depth > JSON_MAX_DEPTH) {
				g_set_error(error, SHUTU_ERROR,
				    SHUTU_ERROR_SPEC, "%s:%zu:%zu: nested "
				    "deeper than %d levels", json->name,
				    line, col, JSON_MAX_DEPTH);
				return false;
			}
		} else if ((c == ']' || c == '}') && depth > 0)
			depth--;
	}
	return true;
}

bool
util_json_load(struct util_json *json, const char *name, const char *data,
    gssize len, GError **error)
{
	struct where_state	 st;
	GError			*err = NULL;
	const char		*msg;
	bool			 ok;

	memset(json, 0, sizeof *json);
	json->name = g_strdup(name);
	json->where = g_hash_table_new(NULL, NULL);
	if (len < 0)
		len = strlen(data);
	if (!util_check_utf8(name, data, len, error))
		return false;
	if (!check_depth(json, data, len, error))
		return false;

	json->parser = json_parser_new_immutable();
	st.json = json;
	st.starts = g_array_new(FALSE, FALSE, sizeof(gpointer));
	g_signal_connect(json->parser, "object-start", G_CALLBACK(on_start),
	    &st);
	g_signal_connect(json->parser, "array-start", G_CALLBACK(on_start),
	    &st);
	g_signal_connect(json->parser, "object-end",
	    G_CALLBACK(on_object_end), &st);
	g_signal_connect(json->parser, "array-end",
	    G_CALLBACK(on_array_end), &st);
	g_signal_connect(json->parser, "object-member",
	    G_CALLBACK(on_member), &st);
	g_signal_connect(json->parser, "array-element",
	    G_CALLBACK(on_element), &st);
	ok = json_parser_load_from_data(json->parser, data, len, &err);
	g_signal_handlers_disconnect_by_data(json->parser, &st);
	g_array_free(st.starts, TRUE);
	if (ok && json_parser_get_root(json->parser) == NULL) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s:1:1: empty file, expected a JSON object", name);
		return false;
	}
	if (!ok) {
		/* json-glib says "<data>:3:5: Parse error: ..."; use our name. */
		msg = err->message;
		if (g_str_has_prefix(msg, "<data>"))
			msg += strlen("<data>");
		else if (*msg != ':')
			msg = NULL;
		if (msg != NULL && strstr(msg, ": Parse error: ") != NULL) {
			const char *rest = strstr(msg, ": Parse error: ");

			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
			    "%s%.*s: invalid JSON: %s", name,
			    (int)(rest - msg), msg,
			    rest + strlen(": Parse error: "));
		} else if (msg != NULL)
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
			    "%s%s", name, msg);
		else
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
			    "%s: %s", name, err->message);
		g_error_free(err);
		return false;
	}
	return true;
}

void
util_json_release(struct util_json *json)
{
	g_clear_object(&json->parser);
	g_clear_pointer(&json->where, g_hash_table_unref);
	g_clear_pointer(&json->name, g_free);
}

JsonNode *
util_json_root(const struct util_json *json)
{
	return json_parser_get_root(json->parser);
}

void
util_json_error(const struct util_json *json, GError **error, int code,
    JsonNode *node, const char *fmt, ...)
{
	gpointer	 key = node, v = NULL;
	va_list		 ap;
	char		*msg;

	if (error == NULL)
		return;
	if (node != NULL && JSON_NODE_HOLDS_OBJECT(node))
		key = json_node_get_object(node);
	else if (node != NULL && JSON_NODE_HOLDS_ARRAY(node))
		key = json_node_get_array(node);
	if (key != NULL)
		v = g_hash_table_lookup(json->where, key);
	if (v == NULL && node != NULL)
		v = g_hash_table_lookup(json->where, node);
	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	if (v != NULL)
		g_set_error(error, SHUTU_ERROR, code, "%s:%u:%u: %s",
		    json->name, LINE(v), COL(v) > 0 ? COL(v) : 1, msg);
	else
		g_set_error(error, SHUTU_ERROR, code, "%s: %s", json->name, msg);
	g_free(msg);
}
