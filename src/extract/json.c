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
		KEY(out, "period", false);
		append_plain(out, f->period);
		KEY(out, "status", false);
		append_plain(out, shutu_status_name(f->status));
		KEY(out, "role", false);
		append_plain(out, shutu_role_name(f->role));
		KEY(out, "direction", false);
		append_plain(out, f->direction > 0 ? "up" : f->direction < 0 ?
		    "down" : NULL);
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

/* "series": [{"id", "kind", "measure", …, "members": […], "total"}…] */
static void
append_series(GString *out, const struct shutu_facts *facts)
{
	size_t	 i, j, n = shutu_facts_series_count(facts);

	g_string_append(out, ",\n  \"series\": [");
	for (i = 0; i < n; i++) {
		const struct shutu_series *s = shutu_facts_get_series(facts, i);

		g_string_append(out, i == 0 ? "\n    {" : ",\n    {");
		g_string_append(out, "\"id\": ");
		json_append_string(out, s->id);
		g_string_append(out, ", \"kind\": ");
		json_append_string(out, shutu_series_kind_name(s->kind));
		g_string_append(out, ", \"measure\": ");
		json_append_string(out, s->measure);
		g_string_append(out, ", \"entity\": ");
		json_append_string(out, s->entity);
		g_string_append(out, ", \"period\": ");
		json_append_string(out, s->period);
		g_string_append(out, ", \"unit\": ");
		json_append_string(out, s->unit);
		g_string_append(out, ", \"role\": ");
		json_append_string(out, shutu_role_name(s->role));
		g_string_append(out, ", \"status\": ");
		json_append_string(out, shutu_status_name(s->status));
		g_string_append(out, ",\n      \"members\": [");
		for (j = 0; j < s->nmembers; j++) {
			const struct shutu_series_member *m = &s->members[j];

			g_string_append(out, j == 0 ? "" : ", ");
			g_string_append(out, "{\"category\": ");
			json_append_string(out, m->category);
			if (s->kind == SHUTU_SERIES_MEASURES) {
				g_string_append(out, ", \"measure\": ");
				json_append_string(out, m->measure);
			}
			g_string_append(out, ", \"fact\": ");
			json_append_string(out, shutu_facts_get(facts,
			    m->fact)->id);
			g_string_append(out, "}");
		}
		g_string_append(out, "],\n      \"total\": ");
		json_append_string(out, s->total != SIZE_MAX ?
		    shutu_facts_get(facts, s->total)->id : NULL);
		g_string_append(out, "}");
	}
	g_string_append(out, n > 0 ? "\n  ]" : "]");
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
	g_string_append(out, n > 0 ? "\n  ]" : "]");
	append_series(out, facts);
	g_string_append(out, "\n}\n");
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

static const char *
status_name_i(int i)
{
	return shutu_status_name((enum shutu_status)i);
}

static const char *
role_name_i(int i)
{
	return shutu_role_name((enum shutu_role)i);
}

static const char *
kind_name_i(int i)
{
	return shutu_series_kind_name((enum shutu_series_kind)i);
}

/* The index of the fact "id", from "ids" (id -> index + 1). */
static bool
fact_index(GHashTable *ids, const char *id, size_t *out)
{
	gpointer	 v;

	if (id == NULL || (v = g_hash_table_lookup(ids, id)) == NULL)
		return false;
	*out = GPOINTER_TO_SIZE(v) - 1;
	return true;
}

static bool
load_series(struct util_json *js, struct shutu_facts *facts, GHashTable *ids,
    JsonNode *node, GError **error)
{
	JsonObject			*o;
	JsonNode			*mn;
	JsonArray			*arr;
	struct shutu_series		 sr;
	struct shutu_series_member	*m = NULL;
	const char			*s;
	size_t				 i, n;
	int				 k;
	bool				 ok = false;

	memset(&sr, 0, sizeof sr);
	if (!JSON_NODE_HOLDS_OBJECT(node)) {
		util_json_error(js, error, SHUTU_ERROR_INPUT, node,
		    "series is not an object");
		return false;
	}
	o = json_node_get_object(node);
	if (!member_string(o, "kind", &s) || (k = s == NULL ? -1 :
	    name_index(s, kind_name_i, SHUTU_SERIES_PARTS + 1)) < 0) {
		util_json_error(js, error, SHUTU_ERROR_INPUT, node,
		    "series needs \"kind\": \"categories\", \"measures\", "
		    "\"years\" or \"parts\"");
		return false;
	}
	sr.kind = (enum shutu_series_kind)k;
#define SSTR(key, field) do {						\
	if (!member_string(o, key, &s)) {				\
		util_json_error(js, error, SHUTU_ERROR_INPUT,		\
		    json_object_get_member(o, key), "\"%s\" is not a string",	\
		    key);						\
		goto out;						\
	}								\
	sr.field = facts_intern(facts, s, -1);				\
} while (0)
	SSTR("measure", measure);
	SSTR("entity", entity);
	SSTR("period", period);
	SSTR("unit", unit);
	if (sr.measure == NULL)
		sr.measure = facts_intern(facts, "", -1);
	if (sr.unit == NULL)
		sr.unit = facts_intern(facts, "", -1);
	if (member_string(o, "role", &s) && s != NULL &&
	    (k = name_index(s, role_name_i, SHUTU_ROLE_SHARE + 1)) >= 0)
		sr.role = (enum shutu_role)k;
	if (member_string(o, "status", &s) && s != NULL &&
	    (k = name_index(s, status_name_i, SHUTU_STATUS_ESTIMATE + 1)) >= 0)
		sr.status = (enum shutu_status)k;
	sr.total = SIZE_MAX;
	if (!member_string(o, "total", &s) || (s != NULL &&
	    !fact_index(ids, s, &sr.total))) {
		util_json_error(js, error, SHUTU_ERROR_INPUT,
		    json_object_get_member(o, "total"),
		    "\"total\" is no fact's id");
		goto out;
	}
	if ((mn = json_object_get_member(o, "members")) == NULL ||
	    !JSON_NODE_HOLDS_ARRAY(mn)) {
		util_json_error(js, error, SHUTU_ERROR_INPUT, node,
		    "series needs \"members\", an array");
		goto out;
	}
	arr = json_node_get_array(mn);
	n = json_array_get_length(arr);
	m = g_new0(struct shutu_series_member, MAX(n, 1));
	for (i = 0; i < n; i++) {
		JsonNode	*e = json_array_get_element(arr, i);
		JsonObject	*eo;
		const char	*cat, *id, *ms;

		if (!JSON_NODE_HOLDS_OBJECT(e) || !member_string(eo =
		    json_node_get_object(e), "category", &cat) ||
		    !member_string(eo, "fact", &id) ||
		    !member_string(eo, "measure", &ms) ||
		    !fact_index(ids, id, &m[i].fact)) {
			util_json_error(js, error, SHUTU_ERROR_INPUT, e,
			    "member needs \"category\" and \"fact\", a fact's "
			    "id");
			goto out;
		}
		m[i].category = facts_intern(facts, cat != NULL ? cat : "", -1);
		m[i].measure = ms != NULL ? facts_intern(facts, ms, -1) :
		    sr.measure;
	}
	sr.nmembers = n;
	facts_add_series(facts, &sr, m);
	ok = true;
#undef SSTR
out:
	g_free(m);
	return ok;
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
		STR("period", period);
		/* Absent in facts written before these fields: the defaults */
		if (!member_string(o, "status", &s) ||
		    (i = s == NULL ? 0 : name_index(s, status_name_i,
		    SHUTU_STATUS_ESTIMATE + 1)) < 0) {
			util_json_error(js, error, SHUTU_ERROR_INPUT, node,
			    "unknown \"status\"");
			return false;
		}
		f.status = (enum shutu_status)i;
		if (!member_string(o, "role", &s) ||
		    (i = s == NULL ? 0 : name_index(s, role_name_i,
		    SHUTU_ROLE_SHARE + 1)) < 0) {
			util_json_error(js, error, SHUTU_ERROR_INPUT, node,
			    "unknown \"role\"");
			return false;
		}
		f.role = (enum shutu_role)i;
		if (!member_string(o, "direction", &s) || (s != NULL &&
		    strcmp(s, "up") != 0 && strcmp(s, "down") != 0)) {
			util_json_error(js, error, SHUTU_ERROR_INPUT, node,
			    "\"direction\" is not \"up\", \"down\" or null");
			return false;
		}
		f.direction = s == NULL ? 0 : strcmp(s, "up") == 0 ? 1 : -1;
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
	if ((node = json_object_get_member(o, "series")) != NULL &&
	    !JSON_NODE_HOLDS_NULL(node)) {
		GHashTable	*ids;

		if (!JSON_NODE_HOLDS_ARRAY(node)) {
			util_json_error(&js, error, SHUTU_ERROR_INPUT, node,
			    "\"series\" is not an array");
			g_clear_pointer(&facts, shutu_facts_free);
			goto out;
		}
		ids = g_hash_table_new(g_str_hash, g_str_equal);
		for (i = 0; i < shutu_facts_count(facts); i++)
			if (shutu_facts_get(facts, i)->id != NULL)
				g_hash_table_insert(ids, (gpointer)
				    shutu_facts_get(facts, i)->id,
				    GSIZE_TO_POINTER(i + 1));
		arr = json_node_get_array(node);
		n = json_array_get_length(arr);
		for (i = 0; i < n; i++)
			if (!load_series(&js, facts, ids,
			    json_array_get_element(arr, i), error)) {
				g_clear_pointer(&facts, shutu_facts_free);
				break;
			}
		g_hash_table_destroy(ids);
	}
out:
	util_json_release(&js);
	g_free(data);
	return facts;
}
