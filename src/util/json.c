/* SPDX-License-Identifier: MIT */
/*
 * JSON through json-glib, remembering where each value stood.  json-glib
 * keeps no positions in its nodes, but it reports the scanner's place
 * while it parses; we record it per node from the parser's signals.
 */
#include <stdio.h>
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

/*
 * Why a JSON text is not JSON, in our own words.  json-glib's messages
 * are translated in part ("3:32：解析错误：…" under zh_CN) and place a
 * missing comma at the token before it; so when it refuses a file, this
 * strict reader (RFC 8259) finds the first fault again and says what it
 * is, where it starts.  Depth is bounded by check_depth() first.
 */
struct	syntax {
	const char	*s, *p, *end;
	const char	*at;		/* where the fault is */
	char		*msg;		/* what it is (g_free) */
};

static void
skip_space(struct syntax *sx)
{
	while (sx->p < sx->end && (*sx->p == ' ' || *sx->p == '\t' ||
	    *sx->p == '\n' || *sx->p == '\r'))
		sx->p++;
}

/* What stands at "p", for "expected X, found Y". */
static char *
found(const struct syntax *sx, const char *p)
{
	const char	*q = p;

	if (p >= sx->end)
		return g_strdup("the end of the file");
	if (*p == '"')
		return g_strdup("a string");
	if (*p == '-' || g_ascii_isdigit(*p))
		return g_strdup("a number");
	if (g_ascii_isalpha(*p) || *p == '_') {
		while (q < sx->end && (g_ascii_isalnum(*q) || *q == '_') &&
		    q - p < 24)
			q++;
		return g_strdup_printf("'%.*s'", (int)(q - p), p);
	}
	if ((unsigned char)*p >= 0x80)
		return g_strdup_printf("'%.*s'", (int)(g_utf8_next_char(p) - p),
		    p);
	return g_strdup_printf("'%c'", *p);
}

static bool
fault(struct syntax *sx, const char *at, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

static bool
fault(struct syntax *sx, const char *at, const char *fmt, ...)
{
	va_list	 ap;

	sx->at = at;
	va_start(ap, fmt);
	sx->msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	return false;
}

static bool
expected(struct syntax *sx, const char *what)
{
	char	*f = found(sx, sx->p);
	bool	 r;

	r = fault(sx, sx->p, "expected %s, found %s", what, f);
	g_free(f);
	return r;
}

static bool	syntax_value(struct syntax *);

static bool
syntax_string(struct syntax *sx)
{
	const char	*start = sx->p++;

	while (sx->p < sx->end && *sx->p != '"') {
		unsigned char	 c = (unsigned char)*sx->p;

		if (c == '\n')
			return fault(sx, sx->p, "line break inside a string "
			    "(close it with '\"', or write \\n)");
		if (c < 0x20)
			return fault(sx, sx->p, "control character U+%04X "
			    "inside a string", c);
		if (c == '\\') {
			const char	*e = sx->p + 1;
			int		 i;

			if (e >= sx->end)
				break;
			if (*e == 'u') {
				for (i = 1; i <= 4; i++)
					if (e + i >= sx->end ||
					    !g_ascii_isxdigit(e[i]))
						return fault(sx, sx->p, "bad "
						    "escape: \\u needs four hex "
						    "digits");
				sx->p = e + 5;
				continue;
			}
			if (*e == '\0' || strchr("\"\\/bfnrt", *e) == NULL)
				return fault(sx, sx->p, "bad escape '\\%.*s' "
				    "(JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r "
				    "\\t \\uXXXX)", (int)(g_utf8_next_char(e) -
				    e), e);
			sx->p = e + 1;
			continue;
		}
		sx->p++;
	}
	if (sx->p >= sx->end)
		return fault(sx, start, "unterminated string");
	sx->p++;
	return true;
}

static bool
syntax_number(struct syntax *sx)
{
	const char	*start = sx->p, *q = sx->p;

	if (q < sx->end && *q == '-')
		q++;
	if (q < sx->end && *q == '0')
		q++;
	else if (q < sx->end && g_ascii_isdigit(*q))
		while (q < sx->end && g_ascii_isdigit(*q))
			q++;
	else
		goto bad;
	if (q < sx->end && *q == '.') {
		if (++q >= sx->end || !g_ascii_isdigit(*q))
			goto bad;
		while (q < sx->end && g_ascii_isdigit(*q))
			q++;
	}
	if (q < sx->end && (*q == 'e' || *q == 'E')) {
		q++;
		if (q < sx->end && (*q == '+' || *q == '-'))
			q++;
		if (q >= sx->end || !g_ascii_isdigit(*q))
			goto bad;
		while (q < sx->end && g_ascii_isdigit(*q))
			q++;
	}
	if (q < sx->end && (g_ascii_isalnum(*q) || *q == '.'))
		goto bad;
	sx->p = q;
	return true;
bad:
	while (q < sx->end && (g_ascii_isalnum(*q) || *q == '.' ||
	    *q == '+' || *q == '-') && q - start < 24)
		q++;
	return fault(sx, start, "bad number '%.*s'", (int)(q - start), start);
}

static bool
syntax_word(struct syntax *sx)
{
	static const char *const words[] = { "true", "false", "null" };
	const char	*q = sx->p;
	size_t		 i, n;
	char		*f;
	bool		 r;

	while (q < sx->end && g_ascii_isalnum(*q))
		q++;
	n = (size_t)(q - sx->p);
	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if (n == strlen(words[i]) && memcmp(sx->p, words[i], n) == 0) {
			sx->p = q;
			return true;
		}
	f = found(sx, sx->p);
	if (n == 3 && memcmp(sx->p, "NaN", 3) == 0)
		r = fault(sx, sx->p, "expected a value, found 'NaN' (JSON has "
		    "no NaN: write null, or leave the member out)");
	else
		r = fault(sx, sx->p, "expected a value, found %s (strings "
		    "need double quotes; true, false and null are the only "
		    "words)", f);
	g_free(f);
	return r;
}

static bool
syntax_members(struct syntax *sx, char close)
{
	const char	*comma = NULL;
	bool		 object = close == '}';

	sx->p++;
	skip_space(sx);
	if (sx->p < sx->end && *sx->p == close) {
		sx->p++;
		return true;
	}
	for (;;) {
		skip_space(sx);
		if (comma != NULL && sx->p < sx->end && *sx->p == close)
			return fault(sx, comma, "trailing comma before '%c'",
			    close);
		if (object) {
			if (sx->p >= sx->end || *sx->p != '"')
				return expected(sx, "a member name in double "
				    "quotes");
			if (!syntax_string(sx))
				return false;
			skip_space(sx);
			if (sx->p >= sx->end || *sx->p != ':')
				return expected(sx, "':' after the member "
				    "name");
			sx->p++;
			skip_space(sx);
		}
		if (!syntax_value(sx))
			return false;
		skip_space(sx);
		if (sx->p < sx->end && *sx->p == close) {
			sx->p++;
			return true;
		}
		if (sx->p < sx->end && *sx->p == ',') {
			comma = sx->p++;
			continue;
		}
		if (sx->p < sx->end && (*sx->p == '"' || *sx->p == '{' ||
		    *sx->p == '[' || *sx->p == '-' || g_ascii_isalnum(*sx->p)))
			return fault(sx, sx->p, "missing ',' before this %s",
			    object ? "member" : "element");
		return expected(sx, object ? "',' or '}'" : "',' or ']'");
	}
}

static bool
syntax_value(struct syntax *sx)
{
	skip_space(sx);
	if (sx->p >= sx->end)
		return expected(sx, "a value");
	switch (*sx->p) {
	case '{':
		return syntax_members(sx, '}');
	case '[':
		return syntax_members(sx, ']');
	case '"':
		return syntax_string(sx);
	case '\'':
		return fault(sx, sx->p, "expected a value, found ''' (a "
		    "string needs double quotes)");
	default:
		if (*sx->p == '-' || g_ascii_isdigit(*sx->p))
			return syntax_number(sx);
		if (g_ascii_isalpha(*sx->p))
			return syntax_word(sx);
		return expected(sx, "a value");
	}
}

/* Line and column (in code points, as editors count) of "at". */
static void
place(const char *s, const char *at, size_t *line, size_t *col)
{
	const char	*p;

	*line = 1;
	*col = 1;
	for (p = s; p < at; p = g_utf8_next_char(p)) {
		if (*p == '\n') {
			(*line)++;
			*col = 1;
		} else
			(*col)++;
	}
}

/* Words for json-glib's codes, when the strict reader finds no fault. */
static const char *
code_words(int code)
{
	switch (code) {
	case JSON_PARSER_ERROR_TRAILING_COMMA:
		return "trailing comma";
	case JSON_PARSER_ERROR_MISSING_COMMA:
		return "missing ','";
	case JSON_PARSER_ERROR_MISSING_COLON:
		return "missing ':'";
	case JSON_PARSER_ERROR_INVALID_BAREWORD:
		return "unexpected word";
	case JSON_PARSER_ERROR_EMPTY_MEMBER_NAME:
		return "empty member name";
	default:
		return "cannot read it";
	}
}

static void
syntax_error(const char *name, const char *data, size_t len,
    const GError *err, GError **error)
{
	struct syntax	 sx = { data, data, data + len, NULL, NULL };
	size_t		 line, col;
	unsigned	 l = 0, c = 0;

	if (syntax_value(&sx)) {
		skip_space(&sx);
		if (sx.p < sx.end) {
			char	*f = found(&sx, sx.p);

			fault(&sx, sx.p, "%s after the end of the JSON value",
			    f);
			g_free(f);
		}
	}
	if (sx.msg != NULL) {
		place(data, sx.at, &line, &col);
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s:%zu:%zu: invalid JSON: %s", name, line, col, sx.msg);
		g_free(sx.msg);
		return;
	}
	/* "<data>:3:5: …" in every translation seen; else no place. */
	if (err->domain == JSON_PARSER_ERROR &&
	    sscanf(err->message, "<data>:%u:%u", &l, &c) == 2 && l > 0)
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s:%u:%u: invalid JSON: %s", name, l, c > 0 ? c : 1,
		    code_words(err->code));
	else
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: invalid JSON: %s", name, code_words(err->code));
}

bool
util_json_load(struct util_json *json, const char *name, const char *data,
    gssize len, GError **error)
{
	struct where_state	 st;
	struct util_sniff	 sn;
	GError			*err = NULL;
	bool			 ok;

	memset(json, 0, sizeof *json);
	json->name = g_strdup(name);
	json->where = g_hash_table_new(NULL, NULL);
	if (len < 0)
		len = strlen(data);
	if (!util_sniff_input(name, data, len, &sn, error))
		return false;
	data += sn.bom;
	len -= sn.bom;
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
	json->data = data;
	json->len = (size_t)len;
	if (!ok) {
		syntax_error(name, data, (size_t)len, err, error);
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

/*
 * json-glib counts columns in bytes; editors, and our syntax errors,
 * in characters: 测试 is two columns, not six.
 */
static size_t
column(const struct util_json *json, unsigned line, unsigned col)
{
	const char	*p = json->data, *end = json->data + json->len, *eol;
	unsigned	 l;

	if (p == NULL || col == 0)
		return col > 0 ? col : 1;
	for (l = 1; l < line && p != NULL; l++)
		if ((p = memchr(p, '\n', (size_t)(end - p))) != NULL)
			p++;
	if (p == NULL)
		return col;
	eol = memchr(p, '\n', (size_t)(end - p));
	if (eol == NULL)
		eol = end;
	return (size_t)g_utf8_strlen(p, MIN((size_t)col, (size_t)(eol - p)));
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
		g_set_error(error, SHUTU_ERROR, code, "%s:%u:%zu: %s",
		    json->name, LINE(v), column(json, LINE(v), COL(v)), msg);
	else
		g_set_error(error, SHUTU_ERROR, code, "%s: %s", json->name, msg);
	g_free(msg);
}
