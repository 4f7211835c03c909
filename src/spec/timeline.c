/* SPDX-License-Identifier: MIT */
/*
 * Timeline specs: "events" (inline) or "facts" (the date facts of a facts
 * file), "even", "vertical", "highlight".  Dates come at every precision
 * an article writes them (research.md N8): a day, a month, a year, a
 * quarter, a half, 年初; "end" makes a period.  docs/spec.md, "timeline",
 * is the user's side of this file.
 */
#include <string.h>

#include "parse.h"

/*
 * Parts of a year.  Quarters come first so that part 1..4 is the
 * quarter's number.  Natural seasons and 年初/年中/年底 are fuzzy: an
 * article that says 年初 means "around January", not "1 January to the
 * last day of February", and the chart draws them soft.
 */
static const struct part_row {
	struct spec_part	 part;
	const char		*aliases[4];	/* other spellings, codes */
} parts[] = {
	{ { "一季度", "一季度", SHUTU_PRECISION_SEASON, 1, 3, false },
	  { "第一季度", "Q1", NULL } },
	{ { "二季度", "二季度", SHUTU_PRECISION_SEASON, 4, 6, false },
	  { "第二季度", "Q2", NULL } },
	{ { "三季度", "三季度", SHUTU_PRECISION_SEASON, 7, 9, false },
	  { "第三季度", "Q3", NULL } },
	{ { "四季度", "四季度", SHUTU_PRECISION_SEASON, 10, 12, false },
	  { "第四季度", "Q4", NULL } },
	{ { "上半年", "上半年", SHUTU_PRECISION_PART, 1, 6, false },
	  { "H1", NULL } },
	{ { "下半年", "下半年", SHUTU_PRECISION_PART, 7, 12, false },
	  { "H2", NULL } },
	{ { "前三季度", "前三季度", SHUTU_PRECISION_PART, 1, 9, false },
	  { "Q1-Q3", NULL } },
	{ { "年初", "初", SHUTU_PRECISION_PART, 1, 2, true },
	  { "early", NULL } },
	{ { "年中", "中", SHUTU_PRECISION_PART, 6, 7, true },
	  { "mid", NULL } },
	{ { "年底", "底", SHUTU_PRECISION_PART, 11, 12, true },
	  { "late", NULL } },
	{ { "年末", "末", SHUTU_PRECISION_PART, 11, 12, true },
	  { NULL } },
	{ { "春季", "春季", SHUTU_PRECISION_SEASON, 3, 5, true },
	  { "春天", NULL } },
	{ { "夏季", "夏季", SHUTU_PRECISION_SEASON, 6, 8, true },
	  { "夏天", NULL } },
	{ { "秋季", "秋季", SHUTU_PRECISION_SEASON, 9, 11, true },
	  { "秋天", NULL } },
	/* Winter runs into the next year: December to February. */
	{ { "冬季", "冬季", SHUTU_PRECISION_SEASON, 12, 14, true },
	  { "冬天", NULL } },
};

const struct spec_part *
spec_part_get(int i)
{
	if (i < 1 || (size_t)i > G_N_ELEMENTS(parts))
		return NULL;
	return &parts[i - 1].part;
}

/* The part "s" names in full (上半年, 年初, Q1) or after a year (初). */
static int
part_find(const char *s, bool after_year)
{
	size_t	 i, j;

	for (i = 0; i < G_N_ELEMENTS(parts); i++) {
		const struct part_row *r = &parts[i];

		if (strcmp(s, r->part.word) == 0 ||
		    (after_year && strcmp(s, r->part.after_year) == 0))
			return (int)i + 1;
		for (j = 0; r->aliases[j] != NULL; j++)
			if (strcmp(s, r->aliases[j]) == 0)
				return (int)i + 1;
	}
	return 0;
}

/* The longest part word inside "text" (a fact as written), or 0. */
static int
part_in_text(const char *text)
{
	size_t	 i, best_len = 0;
	int	 best = 0;

	for (i = 0; text != NULL && i < G_N_ELEMENTS(parts); i++) {
		const char	*w = parts[i].part.word;

		if (strlen(w) > best_len && strstr(text, w) != NULL) {
			best_len = strlen(w);
			best = (int)i + 1;
		}
	}
	/* 2020年初, 2020年底: the year's 年 doubles as the part's. */
	if (best == 0 && text != NULL)
		for (i = 0; i < G_N_ELEMENTS(parts); i++) {
			char	*w = g_strconcat("年", parts[i].part.after_year,
				    NULL);
			bool	 hit = strstr(text, w) != NULL;

			g_free(w);
			if (hit)
				return (int)i + 1;
		}
	return best;
}

/* Up to "max" ASCII digits at "*p" (at least one); moves "*p". */
static bool
digits(const char **p, int min, int max, int *out)
{
	int	 n = 0, v = 0;

	while (n < max && g_ascii_isdigit(**p)) {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	*out = v;
	return n >= min && !g_ascii_isdigit(**p);
}

static bool
skip(const char **p, const char *word)
{
	size_t	 n = strlen(word);

	if (strncmp(*p, word, n) != 0)
		return false;
	*p += n;
	return true;
}

/* Month and day are checked against the calendar, not just the digits. */
static bool
check_ymd(struct spec_date *d, const char **why)
{
	if (d->month != 0 && (d->month < 1 || d->month > 12)) {
		*why = "the month is not 1 to 12";
		return false;
	}
	if (d->day != 0 && (d->day < 1 || d->day >
	    g_date_get_days_in_month(d->month, d->year))) {
		*why = "there is no such day in that month";
		return false;
	}
	d->precision = d->day != 0 ? SHUTU_PRECISION_DAY : d->month != 0 ?
	    SHUTU_PRECISION_MONTH : SHUTU_PRECISION_YEAR;
	return true;
}

/* 2020-06-28, 2020-6, 2020, 2020-H1, 2020-Q3 */
static bool
parse_iso(const char *p, struct spec_date *d, const char **why)
{
	int	 n;

	if (!digits(&p, 4, 4, &d->year))
		return false;
	if (*p == '\0')
		return check_ymd(d, why);
	if (*p++ != '-')
		return false;
	if ((*p == 'H' || *p == 'Q') && g_ascii_isdigit(p[1]) &&
	    p[2] == '\0') {
		char	 code[3] = { p[0], p[1], '\0' };

		if ((d->part = part_find(code, false)) == 0) {
			*why = *p == 'H' ? "a year has halves H1 and H2" :
			    "a year has quarters Q1 to Q4";
			return false;
		}
		d->precision = parts[d->part - 1].part.precision;
		return true;
	}
	if (!digits(&p, 1, 2, &d->month))
		return false;
	if (*p == '-') {
		p++;
		if (!digits(&p, 1, 2, &n))
			return false;
		d->day = n;
		if (n == 0 && *p == '\0') {
			*why = "there is no such day in that month";
			return false;
		}
	}
	if (d->month == 0 && *p == '\0') {
		*why = "the month is not 1 to 12";
		return false;
	}
	return *p == '\0' && check_ymd(d, why);
}

/* 2020年, 2020年度, 2020年6月, 2020年6月28日, 2020年上半年, 2020年初 */
static bool
parse_chinese(const char *p, struct spec_date *d, const char **why)
{
	if (!digits(&p, 4, 4, &d->year) || !skip(&p, "年"))
		return false;
	if (*p == '\0' || strcmp(p, "度") == 0)
		return check_ymd(d, why);
	if (g_ascii_isdigit(*p)) {
		if (!digits(&p, 1, 2, &d->month) || !skip(&p, "月"))
			return false;
		if (d->month == 0) {
			*why = "the month is not 1 to 12";
			return false;
		}
		if (skip(&p, "份") || *p == '\0')
			return *p == '\0' && check_ymd(d, why);
		if (!digits(&p, 1, 2, &d->day) ||
		    !(skip(&p, "日") || skip(&p, "号")) || *p != '\0')
			return false;
		return check_ymd(d, why);
	}
	if ((d->part = part_find(p, true)) == 0)
		return false;
	d->precision = parts[d->part - 1].part.precision;
	return true;
}

bool
spec_date_parse(const char *s, struct spec_date *d, const char **why)
{
	char	*norm;
	GString	*g = g_string_new(NULL);
	bool	 ok;

	memset(d, 0, sizeof *d);
	*why = NULL;
	/* Full-width digits are digits (T10); spaces around mean nothing. */
	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		gunichar c = g_utf8_get_char(s);

		if (c >= 0xFF10 && c <= 0xFF19)
			g_string_append_c(g, '0' + (c - 0xFF10));
		else if (c == 0xFF0D || c == 0x2010 || c == 0x2212)
			g_string_append_c(g, '-');
		else
			g_string_append_unichar(g, c);
	}
	norm = g_strstrip(g_string_free(g, FALSE));
	ok = parse_iso(norm, d, why);
	if (!ok && *why == NULL) {
		memset(d, 0, sizeof *d);
		ok = parse_chinese(norm, d, why);
	}
	if (!ok && *why == NULL) {
		/* Say why the common mistakes are mistakes. */
		if (g_str_has_prefix(norm, "--") || g_str_has_prefix(norm,
		    "年") || part_find(norm, false) != 0 ||
		    (strstr(norm, "月") != NULL && strstr(norm, "年") == NULL))
			*why = "it has no year (write 2020-06-28 or "
			    "2020年6月28日)";
		else
			*why = "not a date (expected 2020-06-28, 2020-06, "
			    "2020, 2020-H1, 2020-Q1, 2020年6月28日 or "
			    "2020年上半年)";
	}
	if (ok && (d->year < 1 || d->year > 9999)) {
		*why = "the year is out of range";
		ok = false;
	}
	g_free(norm);
	return ok;
}

static int
julian(int y, int m, int d)
{
	GDate	 date;

	while (m > 12) {
		m -= 12;
		y++;
	}
	g_date_clear(&date, 1);
	g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return (int)g_date_get_julian(&date);
}

static int
month_last(int y, int m)
{
	while (m > 12) {
		m -= 12;
		y++;
	}
	return julian(y, m, g_date_get_days_in_month((GDateMonth)m,
	    (GDateYear)y));
}

void
spec_date_days(const struct spec_date *d, int *first, int *last)
{
	const struct spec_part	*pt;

	switch (d->precision) {
	case SHUTU_PRECISION_DAY:
		*first = *last = julian(d->year, d->month, d->day);
		return;
	case SHUTU_PRECISION_MONTH:
		*first = julian(d->year, d->month, 1);
		*last = month_last(d->year, d->month);
		return;
	case SHUTU_PRECISION_SEASON:
	case SHUTU_PRECISION_PART:
		if ((pt = spec_part_get(d->part)) != NULL) {
			*first = julian(d->year, pt->first_month, 1);
			*last = month_last(d->year, pt->last_month);
			return;
		}
		/* A part we do not know is the whole year. */
		/* FALLTHROUGH */
	default:
		*first = julian(d->year, 1, 1);
		*last = julian(d->year, 12, 31);
		return;
	}
}

void
spec_event_days(const struct spec_event *e, int *first, int *last)
{
	int	 f, l;

	spec_date_days(&e->date, first, last);
	if (e->end.year != 0) {
		spec_date_days(&e->end, &f, &l);
		*last = l;
	}
}

/* "date" or "end" of event "what": a string, or a number for a year. */
static bool
event_date(struct parse *p, JsonNode *ev, const char *key, const char *what,
    struct spec_date *d, char **as_written)
{
	JsonNode	*n = json_object_get_member(json_node_get_object(ev),
			    key);
	const char	*why = NULL;

	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		return true;
	if (parse_is_number(n)) {
		double	 y = json_node_get_double(n);

		if (y != (int)y || y < 1000 || y > 9999)
			return parse_fail(p, n, "%s: \"%s\": %g is not a year "
			    "(write a date as a string: \"2020-06-28\")",
			    what, key, y);
		memset(d, 0, sizeof *d);
		d->year = (int)y;
		d->precision = SHUTU_PRECISION_YEAR;
		if (as_written != NULL)
			*as_written = g_strdup_printf("%d", d->year);
		return true;
	}
	if (!JSON_NODE_HOLDS_VALUE(n) ||
	    json_node_get_value_type(n) != G_TYPE_STRING)
		return parse_fail(p, n, "%s: \"%s\": expected a date such as "
		    "\"2020-06-28\", found %s", what, key, parse_node_kind(n));
	if (!spec_date_parse(json_node_get_string(n), d, &why))
		return parse_fail(p, n, "%s: \"%s\": '%s': %s", what, key,
		    json_node_get_string(n), why);
	if (as_written != NULL)
		*as_written = g_strdup(json_node_get_string(n));
	return true;
}

static bool
check_period(struct parse *p, JsonNode *at, const struct spec_event *e,
    const char *what)
{
	int	 f0, l0, f1, l1;

	if (e->end.year == 0)
		return true;
	spec_date_days(&e->date, &f0, &l0);
	spec_date_days(&e->end, &f1, &l1);
	if (f1 <= f0)
		return parse_fail(p, at, "%s: \"end\" is %s \"date\" (a "
		    "period must end after it starts)", what, f1 == f0 ?
		    "the same as" : "before");
	return true;
}

static bool
parse_event(struct parse *p, JsonNode *e, struct spec_event *ev,
    const char *what)
{
	static const char *const members[] = {
		"date", "end", "part", "text", "sentence", "highlight", "id",
		NULL
	};
	JsonObject	*obj;
	JsonNode	*part;
	char		*pw = NULL;

	if (!JSON_NODE_HOLDS_OBJECT(e))
		return parse_fail(p, e, "%s: expected an object like "
		    "{\"date\": \"2020-06-28\", \"text\": \"…\"}, found %s",
		    what, parse_node_kind(e));
	obj = json_node_get_object(e);
	if (!parse_check_members(p, e, what, members) ||
	    !event_date(p, e, "date", what, &ev->date, &ev->date_text) ||
	    !event_date(p, e, "end", what, &ev->end, NULL) ||
	    !parse_string(p, e, "text", &ev->text) ||
	    !parse_string(p, e, "sentence", &ev->sentence) ||
	    !parse_bool(p, e, "highlight", &ev->highlight))
		return false;
	if (ev->date.year == 0)
		return parse_fail(p, e, "%s: missing \"date\" (a string such "
		    "as \"2020-06-28\", \"2020-09\" or \"2020年上半年\")", what);
	if ((part = json_object_get_member(obj, "part")) != NULL &&
	    !JSON_NODE_HOLDS_NULL(part)) {
		int	 k;

		if (!parse_string(p, e, "part", &pw))
			return false;
		k = part_find(pw, false);
		g_free(pw);
		if (k == 0)
			return parse_fail(p, part, "%s: \"part\": unknown part "
			    "of a year (expected 上半年, 下半年, 一季度 … 四季度, "
			    "前三季度, 年初, 年中, 年底, 春季 … 冬季, H1, H2 or "
			    "Q1 … Q4)", what);
		if (ev->date.precision != SHUTU_PRECISION_YEAR)
			return parse_fail(p, part, "%s: \"part\" needs a year "
			    "as \"date\" (\"date\": \"2020\", \"part\": "
			    "\"上半年\")", what);
		ev->date.part = k;
		ev->date.precision = parts[k - 1].part.precision;
	}
	if (ev->text == NULL)
		return parse_fail(p, e, "%s: missing \"text\" (the caption, a "
		    "string)", what);
	g_strstrip(ev->text);
	if (*ev->text == '\0')
		return parse_fail(p, json_object_get_member(obj, "text"),
		    "%s: \"text\" is empty", what);
	return check_period(p, json_object_get_member(obj, "end") != NULL ?
	    json_object_get_member(obj, "end") : e, ev, what);
}

static bool
events_inline(struct parse *p, JsonNode *events)
{
	struct spec	*s = p->spec;
	JsonArray	*arr;
	size_t		 i;
	char		 what[32];

	if (!JSON_NODE_HOLDS_ARRAY(events))
		return parse_fail(p, events, "\"events\": expected an array of "
		    "{\"date\": …, \"text\": …}, found %s",
		    parse_node_kind(events));
	arr = json_node_get_array(events);
	s->nevents = json_array_get_length(arr);
	if (s->nevents == 0)
		return parse_fail(p, events, "\"events\": empty, expected at "
		    "least one event");
	if (s->nevents > SPEC_EVENT_LIMIT) {
		size_t	 n = s->nevents;

		s->nevents = 0;
		return parse_fail(p, events, "\"events\": %zu events are too "
		    "many for one timeline (at most %d); split it", n,
		    SPEC_EVENT_LIMIT);
	}
	s->events = g_new0(struct spec_event, s->nevents);
	for (i = 0; i < s->nevents; i++) {
		g_snprintf(what, sizeof what, "event %zu", i + 1);
		if (!parse_event(p, json_array_get_element(arr, i),
		    &s->events[i], what))
			return false;
	}
	return true;
}

static bool
same_date(const struct spec_date *a, const struct spec_date *b)
{
	return a->year == b->year && a->month == b->month &&
	    a->day == b->day && a->precision == b->precision &&
	    a->part == b->part;
}

/*
 * Events from date facts: the date as ISO with its precision, the part
 * of the year from the words as written (2020年上半年 is "2020",
 * "part"), the event as the caption.  An article that says the same
 * thing twice gives one event.
 */
static bool
events_from_facts(struct parse *p, JsonNode *root, GPtrArray **ids)
{
	struct spec		*s = p->spec;
	struct shutu_facts	*owner = NULL;
	JsonNode		*fn = json_object_get_member(
				    json_node_get_object(root), "facts");
	GPtrArray		*sel;
	size_t			 i, j, n = 0;
	bool			 ok = false;

	if ((sel = parse_facts(p, root, SHUTU_FACT_DATE, &owner)) == NULL)
		return false;
	if (sel->len > SPEC_EVENT_LIMIT) {
		parse_fail(p, fn, "\"facts\": %u dates are too many for one "
		    "timeline (at most %d); choose some with \"select\"",
		    sel->len, SPEC_EVENT_LIMIT);
		goto out;
	}
	s->events = g_new0(struct spec_event, sel->len);
	*ids = g_ptr_array_new_with_free_func(g_free);
	for (i = 0; i < sel->len; i++) {
		const struct shutu_fact	*f = g_ptr_array_index(sel, i);
		struct spec_event	*ev = &s->events[n];
		const char		*cap, *why = NULL;
		bool			 dup = false;

		if (f->date == NULL || !spec_date_parse(f->date, &ev->date,
		    &why)) {
			parse_fail(p, fn, "\"facts\": fact %s ('%s'): %s",
			    f->id != NULL ? f->id : "?", f->text != NULL ?
			    f->text : "", why != NULL ? why : "no date");
			goto out;
		}
		if ((f->precision == SHUTU_PRECISION_SEASON ||
		    f->precision == SHUTU_PRECISION_PART) &&
		    ev->date.precision == SHUTU_PRECISION_YEAR &&
		    (ev->date.part = part_in_text(f->text)) != 0)
			ev->date.precision =
			    parts[ev->date.part - 1].part.precision;
		cap = f->event != NULL && *f->event != '\0' ? f->event :
		    f->sentence;
		if (cap == NULL || *cap == '\0') {
			parse_fail(p, fn, "\"facts\": fact %s ('%s') says "
			    "no event to caption it with", f->id != NULL ?
			    f->id : "?", f->text != NULL ? f->text : "");
			goto out;
		}
		for (j = 0; j < n; j++)
			dup |= same_date(&s->events[j].date, &ev->date) &&
			    strcmp(s->events[j].text, cap) == 0;
		if (dup)
			continue;
		ev->text = g_strstrip(g_strdup(cap));
		ev->date_text = g_strdup(f->text);
		ev->sentence = g_strdup(f->sentence);
		g_ptr_array_add(*ids, g_strdup(f->id != NULL ? f->id : ""));
		n++;
	}
	s->nevents = n;
	ok = true;
out:
	g_ptr_array_unref(sel);
	shutu_facts_free(owner);
	return ok;
}

/*
 * The top-level "highlight": an event's number (1 is the first listed),
 * or a string matching a fact id, a date as written or its ISO form.
 */
static bool
highlight_top(struct parse *p, JsonNode *h, GPtrArray *ids)
{
	struct spec	*s = p->spec;
	const char	*want;
	struct spec_date d;
	const char	*why;
	bool		 iso;
	size_t		 i, hits = 0;

	if (h == NULL || JSON_NODE_HOLDS_NULL(h))
		return true;
	if (parse_is_number(h)) {
		double	 k = json_node_get_double(h);

		if (k < 1 || k > s->nevents || k != (size_t)k)
			return parse_fail(p, h, "\"highlight\": %g is not an "
			    "event number (1 to %zu)", k, s->nevents);
		s->events[(size_t)k - 1].highlight = true;
		return true;
	}
	if (!JSON_NODE_HOLDS_VALUE(h) ||
	    json_node_get_value_type(h) != G_TYPE_STRING)
		return parse_fail(p, h, "\"highlight\": expected an event "
		    "number, a fact id or a date, found %s",
		    parse_node_kind(h));
	want = json_node_get_string(h);
	iso = spec_date_parse(want, &d, &why);
	for (i = 0; i < s->nevents; i++) {
		struct spec_event *ev = &s->events[i];

		if ((ids != NULL && strcmp(g_ptr_array_index(ids, i),
		    want) == 0) || (ev->date_text != NULL &&
		    strcmp(ev->date_text, want) == 0) || (iso &&
		    same_date(&ev->date, &d))) {
			ev->highlight = true;
			hits++;
		}
	}
	if (hits == 0)
		return parse_fail(p, h, "\"highlight\": no event has the id "
		    "or date '%s'", want);
	return true;
}

bool
parse_timeline(struct parse *p, JsonNode *root)
{
	JsonObject	*obj = json_node_get_object(root);
	JsonNode	*events = json_object_get_member(obj, "events");
	JsonNode	*facts = json_object_get_member(obj, "facts");
	JsonNode	*data = json_object_get_member(obj, "data");
	GPtrArray	*ids = NULL;
	bool		 ok;

	if (data != NULL)
		return parse_fail(p, data, "\"data\" is for bar charts; a "
		    "timeline takes \"events\" or \"facts\"");
	if (!parse_bool(p, root, "even", &p->spec->even) ||
	    !parse_bool(p, root, "vertical", &p->spec->vertical))
		return false;
	if (p->spec->orient == SPEC_ORIENT_VERTICAL)
		p->spec->vertical = true;
	if (events != NULL && facts != NULL)
		return parse_fail(p, facts, "give \"events\" or \"facts\", not "
		    "both");
	if (events != NULL)
		ok = events_inline(p, events);
	else if (facts != NULL)
		ok = events_from_facts(p, root, &ids);
	else
		return parse_fail(p, root, "missing \"events\" (an array of "
		    "{\"date\": \"2020-06-28\", \"text\": …}) or \"facts\"");
	ok = ok && highlight_top(p, json_object_get_member(obj, "highlight"),
	    ids);
	if (ids != NULL)
		g_ptr_array_unref(ids);
	return ok;
}

bool
parse_timeline_block(struct parse *p, JsonNode *root, JsonNode *block)
{
	static const char *const members[] = {
		"title", "events", "select", NULL
	};
	JsonObject	*obj = json_node_get_object(root);
	JsonNode	*events, *tmp;
	JsonObject	*to;
	GPtrArray	*ids = NULL;
	char		*title = NULL;
	bool		 ok;

	if (!JSON_NODE_HOLDS_OBJECT(block))
		return parse_fail(p, block, "\"timeline\": expected an object "
		    "like {\"title\": \"大事记\", \"events\": […]}, found %s",
		    parse_node_kind(block));
	if (!parse_check_members(p, block, "timeline", members) ||
	    !parse_string(p, block, "title", &title))
		return false;
	p->spec->timeline_title = g_intern_string(title != NULL &&
	    *title != '\0' ? title : "大事记");
	g_free(title);
	events = json_object_get_member(json_node_get_object(block),
	    "events");
	if (events != NULL)
		return events_inline(p, events);
	if (!json_object_has_member(obj, "facts"))
		return parse_fail(p, block, "\"timeline\": give \"events\", "
		    "or \"facts\" beside it to take dates from");
	/* The dates of the infographic's facts file, its own "select". */
	tmp = json_node_new(JSON_NODE_OBJECT);
	to = json_object_new();
	json_object_set_member(to, "facts", json_node_copy(
	    json_object_get_member(obj, "facts")));
	if (json_object_has_member(json_node_get_object(block), "select"))
		json_object_set_member(to, "select", json_node_copy(
		    json_object_get_member(json_node_get_object(block),
		    "select")));
	json_node_take_object(tmp, to);
	ok = events_from_facts(p, tmp, &ids);
	if (ids != NULL)
		g_ptr_array_unref(ids);
	json_node_unref(tmp);
	return ok;
}
