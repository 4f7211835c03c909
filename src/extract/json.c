/* SPDX-License-Identifier: MIT */
/*
 * Facts out and back in: the JSON contract of design.md section 3, CSV
 * and an aligned table for people.  JSON is written by hand so numbers
 * come out in their shortest form (35.97, not 35.969999999999999) and
 * the output is the same bytes on every run; it is read back with
 * json-glib.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "util/util.h"

/*
 * Appends without a call into GLib while the buffer has room: the JSON
 * of an article is mostly short pieces, and g_string_append_len() is not
 * inlined, so the calls were a tenth of extraction time.
 */
static inline void
put(GString *out, const char *s, size_t n)
{
	if (out->len + n < out->allocated_len) {
		memcpy(out->str + out->len, s, n);
		out->len += n;
		out->str[out->len] = '\0';
	} else
		g_string_append_len(out, s, (gssize)n);
}

#define PUT(out, lit)	put((out), (lit), sizeof(lit) - 1)

/* Decimal digits of "v" into the end of "buf"; returns the first. */
static char *
utoa(char *end, unsigned long long v)
{
	char	*p = end;

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	return p;
}

static void
append_size(GString *out, size_t v)
{
	char	 buf[24], *p = utoa(buf + sizeof buf, v);

	put(out, p, (size_t)(buf + sizeof buf - p));
}

void
json_append_number(GString *out, double v)
{
	char	 buf[G_ASCII_DTOSTR_BUF_SIZE], *p;
	int	 prec;

	if (!isfinite(v)) {
		PUT(out, "null");
		return;
	}
	if (v == floor(v) && fabs(v) < 1e15) {
		/* Integers: most values, written without printf. */
		p = utoa(buf + sizeof buf, (unsigned long long)fabs(v));
		if (v < 0)
			*--p = '-';
		put(out, p, (size_t)(buf + sizeof buf - p));
		return;
	}
	/*
	 * A few decimals (35.97, 0.5): the digits r of v * 10^k for the
	 * smallest k where r / 10^k gives v back.  Both that division and
	 * strtod() round correctly, so the text reads back to v, and it is
	 * what %.15g writes.  Others take the general way.
	 */
	if (fabs(v) >= 1e-4 && fabs(v) < 1e9) {
		static const double	 pow10[] = { 1, 10, 100, 1e3, 1e4, 1e5,
		    1e6 };
		double			 r;
		int			 k;

		for (k = 1; k < (int)G_N_ELEMENTS(pow10); k++) {
			r = nearbyint(fabs(v) * pow10[k]);
			if (r / pow10[k] != fabs(v))
				continue;
			p = utoa(buf + sizeof buf, (unsigned long long)r);
			while (buf + sizeof buf - p <= k)
				*--p = '0';
			/* Shift the integer digits left to open the point. */
			memmove(p - 1, p, (size_t)(buf + sizeof buf - p - k));
			p--;
			buf[sizeof buf - k - 1] = '.';
			if (v < 0)
				*--p = '-';
			put(out, p, (size_t)(buf + sizeof buf - p));
			return;
		}
	}
	/* The shortest precision that reads back to the same double. */
	for (prec = 15; prec <= 17; prec++) {
		g_ascii_formatd(buf, sizeof buf, prec == 15 ? "%.15g" :
		    prec == 16 ? "%.16g" : "%.17g", v);
		if (g_ascii_strtod(buf, NULL) == v)
			break;
	}
	put(out, buf, strlen(buf));
}

/*
 * Does any of the 8 bytes in "x" need escaping (below 0x20, '"' or
 * '\\')?  The usual test for a byte less than n, and for a zero byte after
 * an XOR, done on all eight at once.
 */
static inline bool
needs_escape8(uint64_t x)
{
	const uint64_t	 ones = 0x0101010101010101ULL;
	const uint64_t	 high = 0x8080808080808080ULL;
	uint64_t	 q = x ^ (ones * '"'), b = x ^ (ones * '\\');

	return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
	    ((b - ones) & ~b)) & high;
}

void
json_append_string(GString *out, const char *s)
{
	const char	*p, *run, *end;
	char		 esc[8];
	uint64_t	 x;

	if (s == NULL) {
		PUT(out, "null");
		return;
	}
	PUT(out, "\"");
	end = s + strlen(s);
	/* Copy runs of plain bytes at once; escape the rest. */
	for (p = run = s; p < end; p++) {
		unsigned char	 ch;

		/* Eight plain bytes at a time, as most of the text is. */
		while (end - p >= 8) {
			memcpy(&x, p, 8);
			if (needs_escape8(x))
				break;
			p += 8;
		}
		if (p >= end)
			break;
		ch = (unsigned char)*p;
		if (ch >= 0x20 && ch != '"' && ch != '\\')
			continue;
		put(out, run, (size_t)(p - run));
		run = p + 1;
		switch (ch) {
		case '"':
			PUT(out, "\\\"");
			break;
		case '\\':
			PUT(out, "\\\\");
			break;
		case '\n':
			PUT(out, "\\n");
			break;
		case '\r':
			PUT(out, "\\r");
			break;
		case '\t':
			PUT(out, "\\t");
			break;
		default:
			g_snprintf(esc, sizeof esc, "\\u%04x", ch);
			put(out, esc, 6);
		}
	}
	put(out, run, (size_t)(end - run));
	PUT(out, "\"");
}

/* A key and its separator; keys are plain ASCII, written as they are. */
#define KEY(out, k, first) do {					\
	if (first)							\
		PUT((out), "\n    \"" k "\": ");				\
	else								\
		PUT((out), ",\n    \"" k "\": ");				\
} while (0)

bool
json_plain_text(const char *text, size_t len)
{
	const char	*p = text, *end = text + len, *stop;
	uint64_t	 x;

	while (p < end) {
		/* Eight bytes at a time; a line break stops only this word. */
		if (end - p >= 8) {
			memcpy(&x, p, 8);
			if (!needs_escape8(x)) {
				p += 8;
				continue;
			}
			stop = p + 8;
		} else
			stop = end;
		for (; p < stop; p++) {
			unsigned char	 ch = (unsigned char)*p;

			if (ch == '"' || ch == '\\' || (ch < 0x20 &&
			    ch != '\n' && ch != '\r'))
				return false;
		}
	}
	return true;
}

/*
 * A string known to need no escaping (facts_plain()): copied as it is.
 * Debug builds check the claim.
 */
static inline void
append_plain(GString *out, const char *s)
{
#ifndef NDEBUG
	g_assert(s == NULL || json_plain_text(s, strlen(s)));
	g_assert(s == NULL || strchr(s, '\n') == NULL);
#endif
	if (s == NULL) {
		PUT(out, "null");
		return;
	}
	PUT(out, "\"");
	put(out, s, strlen(s));
	PUT(out, "\"");
}

/*
 * The facts of a sentence share its text (the same pointer): escape it
 * once and copy it for the rest.  Sentences are most of the JSON.
 */
struct	sentence_cache {
	const char	*text;
	GString		*json;
};

static void
append_sentence(GString *out, const char *s, struct sentence_cache *sc,
    bool plain)
{
	if (s != sc->text) {
		g_string_truncate(sc->json, 0);
		if (plain)
			append_plain(sc->json, s);
		else
			json_append_string(sc->json, s);
		sc->text = s;
	}
	put(out, sc->json->str, sc->json->len);
}

static void
append_fact(GString *out, const struct shutu_fact *f,
    struct sentence_cache *sc, bool plain)
{
	/* Strings from the article: plain when the article is. */
#define STR(s) do {							\
	if (plain)							\
		append_plain(out, (s));					\
	else								\
		json_append_string(out, (s));				\
} while (0)

	PUT(out, "{");
	KEY(out, "id", true);
	append_plain(out, f->id);
	KEY(out, "kind", false);
	if (f->kind == SHUTU_FACT_QUANTITY) {
		PUT(out, "\"quantity\"");
		KEY(out, "value", false);
		json_append_number(out, f->value);
		KEY(out, "value_max", false);
		json_append_number(out, f->value_max);
		KEY(out, "approx", false);
		append_plain(out, shutu_approx_name(f->approx));
		KEY(out, "unit", false);
		STR(f->unit != NULL ? f->unit : "");
		KEY(out, "dimension", false);
		append_plain(out, shutu_dim_name(f->dimension));
		KEY(out, "base_value", false);
		json_append_number(out, f->base_value);
		KEY(out, "label", false);
		STR(f->label != NULL ? f->label : "");
	} else {
		PUT(out, "\"date\"");
		KEY(out, "date", false);
		append_plain(out, f->date);
		KEY(out, "precision", false);
		append_plain(out, shutu_precision_name(f->precision));
	}
	KEY(out, "entity", false);
	STR(f->entity);
	KEY(out, "text", false);
	STR(f->text);
	KEY(out, "start", false);
	append_size(out, f->start);
	KEY(out, "end", false);
	append_size(out, f->end);
	if (f->kind == SHUTU_FACT_DATE) {
		KEY(out, "event", false);
		STR(f->event != NULL ? f->event : "");
	}
	KEY(out, "sentence", false);
	append_sentence(out, f->sentence != NULL ? f->sentence : "", sc,
	    plain);
	PUT(out, "\n  }");
#undef STR
}

/*
 * The JSON of "facts", handed to "flush" whenever "out" holds 64 KiB and
 * at the end, so a writer keeps one buffer however large the article.
 */
static bool
emit_json(const struct shutu_facts *facts, GString *out,
    bool (*flush)(GString *, void *), void *arg)
{
	struct sentence_cache	 sc = { NULL, g_string_sized_new(1024) };
	size_t			 i, n;
	bool			 ok = true;

	g_string_append(out, "{\n  \"source\": ");
	json_append_string(out, shutu_facts_get_source(facts));
	g_string_append(out, ",\n  \"year\": ");
	if (shutu_facts_get_year(facts) != 0)
		g_string_append_printf(out, "%d", shutu_facts_get_year(facts));
	else
		g_string_append(out, "null");
	g_string_append(out, ",\n  \"entities\": [");
	n = shutu_facts_entity_count(facts);
	for (i = 0; i < n; i++) {
		g_string_append(out, i == 0 ? "" : ", ");
		json_append_string(out, shutu_facts_get_entity(facts, i));
	}
	g_string_append(out, "],\n  \"facts\": [");
	n = shutu_facts_count(facts);
	for (i = 0; i < n; i++) {
		g_string_append(out, i == 0 ? "\n  " : ",\n  ");
		append_fact(out, shutu_facts_get(facts, i), &sc,
		    facts_plain(facts));
		if (out->len >= 65536 && flush != NULL && !flush(out, arg)) {
			ok = false;
			break;
		}
	}
	g_string_free(sc.json, TRUE);
	if (!ok)
		return false;
	g_string_append(out, n > 0 ? "\n  ]\n}\n" : "]\n}\n");
	return flush == NULL || flush(out, arg);
}

char *
shutu_facts_to_json(const struct shutu_facts *facts)
{
	GString	*out = g_string_new(NULL);

	g_return_val_if_fail(facts != NULL, NULL);
	emit_json(facts, out, NULL, NULL);
	return g_string_free(out, FALSE);
}

static bool
flush_file(GString *out, void *arg)
{
	bool	 ok = fwrite(out->str, 1, out->len, arg) == out->len;

	g_string_truncate(out, 0);
	return ok;
}

bool
shutu_facts_write_json(const struct shutu_facts *facts, FILE *fp)
{
	GString	*out = g_string_sized_new(65536 + 4096);
	bool	 ok;

	g_return_val_if_fail(facts != NULL && fp != NULL, false);
	ok = emit_json(facts, out, flush_file, fp);
	g_string_free(out, TRUE);
	return ok;
}

/* RFC 4180: quote a field when it holds a comma, quote or line break. */
void
json_csv_field(GString *out, const char *s, bool last)
{
	const char	*p;

	if (s == NULL)
		s = "";
	if (strpbrk(s, ",\"\r\n") != NULL) {
		g_string_append_c(out, '"');
		for (p = s; *p != '\0'; p++) {
			if (*p == '"')
				g_string_append_c(out, '"');
			g_string_append_c(out, *p);
		}
		g_string_append_c(out, '"');
	} else
		g_string_append(out, s);
	g_string_append(out, last ? "\r\n" : ",");
}

void
json_csv_number(GString *out, double v)
{
	GString	*tmp;

	if (!isfinite(v)) {
		g_string_append_c(out, ',');
		return;
	}
	tmp = g_string_new(NULL);
	json_append_number(tmp, v);
	g_string_append(out, tmp->str);
	g_string_append_c(out, ',');
	g_string_free(tmp, TRUE);
}

char *
shutu_facts_to_csv(const struct shutu_facts *facts)
{
	GString			*out;
	const struct shutu_fact	*f;
	size_t			 i, n;
	char			 num[32];

	g_return_val_if_fail(facts != NULL, NULL);
	out = g_string_new("source,id,kind,value,value_max,approx,unit,dimension,"
	    "base_value,label,date,precision,event,entity,text,start,end,"
	    "sentence\r\n");
	n = shutu_facts_count(facts);
	for (i = 0; i < n; i++) {
		f = shutu_facts_get(facts, i);
		json_csv_field(out, shutu_facts_get_source(facts), false);
		json_csv_field(out, f->id, false);
		if (f->kind == SHUTU_FACT_QUANTITY) {
			json_csv_field(out, "quantity", false);
			json_csv_number(out, f->value);
			json_csv_number(out, f->value_max);
			json_csv_field(out, shutu_approx_name(f->approx),
			    false);
			json_csv_field(out, f->unit, false);
			json_csv_field(out, shutu_dim_name(f->dimension),
			    false);
			json_csv_number(out, f->base_value);
			json_csv_field(out, f->label, false);
			g_string_append(out, ",,,");
		} else {
			json_csv_field(out, "date", false);
			g_string_append(out, ",,,,,,");
			json_csv_field(out, f->date, false);
			json_csv_field(out, shutu_precision_name(f->precision),
			    false);
			json_csv_field(out, f->event, false);
		}
		json_csv_field(out, f->entity, false);
		json_csv_field(out, f->text, false);
		snprintf(num, sizeof num, "%zu", f->start);
		json_csv_field(out, num, false);
		snprintf(num, sizeof num, "%zu", f->end);
		json_csv_field(out, num, false);
		json_csv_field(out, f->sentence, true);
	}
	return g_string_free(out, FALSE);
}

/* Reading back: a fact's members, with a type check on each. */
static bool
member_string(JsonObject *o, const char *k, const char **out)
{
	JsonNode	*n = json_object_get_member(o, k);

	*out = NULL;
	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		return true;
	if (!JSON_NODE_HOLDS_VALUE(n) ||
	    json_node_get_value_type(n) != G_TYPE_STRING)
		return false;
	*out = json_node_get_string(n);
	return true;
}

static bool
member_number(JsonObject *o, const char *k, double *out)
{
	JsonNode	*n = json_object_get_member(o, k);

	*out = NAN;
	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		return true;
	if (!JSON_NODE_HOLDS_VALUE(n))
		return false;
	switch (json_node_get_value_type(n)) {
	case G_TYPE_INT64:
	case G_TYPE_DOUBLE:
		*out = json_node_get_double(n);
		return true;
	default:
		return false;
	}
}

static int
name_index(const char *s, const char *(*name)(int), int n)
{
	int	 i;

	for (i = 0; s != NULL && i < n; i++)
		if (strcmp(s, name(i)) == 0)
			return i;
	return -1;
}

static const char *
approx_name_i(int i)
{
	return shutu_approx_name((enum shutu_approx)i);
}

static const char *
dim_name_i(int i)
{
	return shutu_dim_name((enum shutu_dim)i);
}

static const char *
precision_name_i(int i)
{
	return shutu_precision_name((enum shutu_precision)i);
}

static bool
load_fact(struct util_json *js, struct shutu_facts *facts, JsonNode *node,
    GError **error)
{
	JsonObject		*o;
	struct shutu_fact	 f;
	const char		*kind, *s;
	double			 start, end;
	int			 i;

	memset(&f, 0, sizeof f);
	f.value = f.value_max = f.base_value = NAN;
	if (!JSON_NODE_HOLDS_OBJECT(node)) {
		util_json_error(js, error, SHUTU_ERROR_INPUT, node,
		    "fact is not an object");
		return false;
	}
	o = json_node_get_object(node);
	if (!member_string(o, "kind", &kind) || kind == NULL ||
	    (strcmp(kind, "quantity") != 0 && strcmp(kind, "date") != 0)) {
		util_json_error(js, error, SHUTU_ERROR_INPUT, node,
		    "fact needs \"kind\": \"quantity\" or \"date\"");
		return false;
	}
	f.kind = strcmp(kind, "date") == 0 ? SHUTU_FACT_DATE :
	    SHUTU_FACT_QUANTITY;
#define STR(k, field) do {						\
	if (!member_string(o, k, &s)) {					\
		util_json_error(js, error, SHUTU_ERROR_INPUT,		\
		    json_object_get_member(o, k), "\"%s\" is not a string", k); \
		return false;						\
	}								\
	f.field = facts_intern(facts, s, -1);				\
} while (0)
#define NUM(k, var) do {						\
	if (!member_number(o, k, &var)) {				\
		util_json_error(js, error, SHUTU_ERROR_INPUT,		\
		    json_object_get_member(o, k), "\"%s\" is not a number", k); \
		return false;						\
	}								\
} while (0)
	STR("id", id);
	STR("text", text);
	STR("sentence", sentence);
	STR("entity", entity);
	NUM("start", start);
	NUM("end", end);
	if (!isfinite(start) || !isfinite(end) || start < 0 || end < start) {
		util_json_error(js, error, SHUTU_ERROR_INPUT, node,
		    "fact needs \"start\" and \"end\" with start <= end");
		return false;
	}
	f.start = (size_t)start;
	f.end = (size_t)end;
	if (f.kind == SHUTU_FACT_QUANTITY) {
		NUM("value", f.value);
		NUM("value_max", f.value_max);
		NUM("base_value", f.base_value);
		STR("unit", unit);
		STR("label", label);
		if (!member_string(o, "approx", &s) ||
		    (i = s == NULL ? 0 : name_index(s, approx_name_i, 4)) < 0) {
			util_json_error(js, error, SHUTU_ERROR_INPUT, node,
			    "unknown \"approx\"");
			return false;
		}
		f.approx = (enum shutu_approx)i;
		if (!member_string(o, "dimension", &s) ||
		    (i = s == NULL ? 0 : name_index(s, dim_name_i,
		    SHUTU_DIM_OTHER + 1)) < 0) {
			util_json_error(js, error, SHUTU_ERROR_INPUT, node,
			    "unknown \"dimension\"");
			return false;
		}
		f.dimension = (enum shutu_dim)i;
	} else {
		STR("date", date);
		STR("event", event);
		if (!member_string(o, "precision", &s) ||
		    (i = s == NULL ? 0 : name_index(s, precision_name_i,
		    SHUTU_PRECISION_PART + 1)) < 0) {
			util_json_error(js, error, SHUTU_ERROR_INPUT, node,
			    "unknown \"precision\"");
			return false;
		}
		f.precision = (enum shutu_precision)i;
	}
#undef STR
#undef NUM
	facts_add(facts, &f);
	return true;
}

struct shutu_facts *
shutu_facts_load_json(const char *path, GError **error)
{
	struct util_json	 js;
	struct shutu_facts	*facts = NULL;
	char			*data = NULL;
	size_t			 len, i, n;
	JsonNode		*root, *node;
	JsonObject		*o;
	JsonArray		*arr;
	const char		*s;
	double			 year;

	memset(&js, 0, sizeof js);
	if (!util_read_file(path, &data, &len, error))
		goto out;
	if (!util_json_load(&js, path, data, (gssize)len, error))
		goto out;
	root = util_json_root(&js);
	if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root)) {
		util_json_error(&js, error, SHUTU_ERROR_INPUT, root,
		    "expected an object with \"facts\"");
		goto out;
	}
	o = json_node_get_object(root);
	node = json_object_get_member(o, "facts");
	if (node == NULL || !JSON_NODE_HOLDS_ARRAY(node)) {
		util_json_error(&js, error, SHUTU_ERROR_INPUT, root,
		    "no \"facts\" array");
		goto out;
	}
	facts = facts_new(0);
	if (member_string(o, "source", &s) && s != NULL)
		shutu_facts_set_source(facts, s);
	if (member_number(o, "year", &year) && isfinite(year))
		facts_set_year(facts, (int)year);
	if ((node = json_object_get_member(o, "entities")) != NULL &&
	    JSON_NODE_HOLDS_ARRAY(node)) {
		arr = json_node_get_array(node);
		n = json_array_get_length(arr);
		for (i = 0; i < n; i++) {
			JsonNode	*e = json_array_get_element(arr, i);

			if (JSON_NODE_HOLDS_VALUE(e) &&
			    json_node_get_value_type(e) == G_TYPE_STRING)
				facts_add_entity(facts, json_node_get_string(e),
				    -1);
		}
	}
	arr = json_node_get_array(json_object_get_member(o, "facts"));
	n = json_array_get_length(arr);
	for (i = 0; i < n; i++)
		if (!load_fact(&js, facts, json_array_get_element(arr, i),
		    error)) {
			g_clear_pointer(&facts, shutu_facts_free);
			goto out;
		}
out:
	util_json_release(&js);
	g_free(data);
	return facts;
}
