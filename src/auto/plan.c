/* SPDX-License-Identifier: MIT */
/*
 * Which charts an article deserves.  Rules, in the order a reader meets
 * them: the key numbers of each entity on one page (infographic), each
 * set of comparable numbers as bars, the dated events as a timeline.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "auto.h"
#include "spec/spec.h"

#define KPI_PER_ENTITY	6	/* cards per section of the infographic */
#define KPI_SECTIONS	4
#define BARS_MAX	12	/* bars per chart */
#define BARS_MIN	3	/* distinct labels that make a comparison */
#define BARS_RANGE	100	/* longest bar over shortest, at most */
#define TIMELINE_MAX	16
#define KPI_EVENTS	6	/* events on the infographic's own timeline */

/* Measures in the words of a bar chart's title. */
static const char *const dim_words[] = {
	[SHUTU_DIM_COUNT] = "数量", [SHUTU_DIM_LENGTH] = "长度",
	[SHUTU_DIM_AREA] = "面积", [SHUTU_DIM_VOLUME] = "体量",
	[SHUTU_DIM_MASS] = "重量", [SHUTU_DIM_MONEY] = "金额",
	[SHUTU_DIM_PERCENT] = "比例", [SHUTU_DIM_FRACTION] = "占比",
	[SHUTU_DIM_DURATION] = "时长", [SHUTU_DIM_OTHER] = "数据",
};

void
plan_chart_free(struct plan_chart *c)
{
	if (c == NULL)
		return;
	g_free(c->name);
	g_free(c->json);
	g_free(c->title);
	if (c->facts != NULL)
		g_ptr_array_unref(c->facts);
	g_free(c);
}

static bool
usable(const struct shutu_fact *f)
{
	return f->kind == SHUTU_FACT_QUANTITY && f->label != NULL &&
	    g_utf8_strlen(f->label, -1) >= 2 && isfinite(f->value);
}

/* The spec's common part, then its "select" of fact ids. */
static JsonBuilder *
begin(const char *type, const char *title, const char *subtitle,
    const char *source)
{
	JsonBuilder	*b = json_builder_new();

	json_builder_begin_object(b);
	json_builder_set_member_name(b, "$schema");
	json_builder_add_string_value(b, spec_schema_uri());
	json_builder_set_member_name(b, "type");
	json_builder_add_string_value(b, type);
	json_builder_set_member_name(b, "title");
	json_builder_add_string_value(b, title);
	if (subtitle != NULL) {
		json_builder_set_member_name(b, "subtitle");
		json_builder_add_string_value(b, subtitle);
	}
	if (source != NULL) {
		json_builder_set_member_name(b, "source");
		json_builder_add_string_value(b, source);
	}
	return b;
}

static struct plan_chart *
finish(JsonBuilder *b, const char *name, const char *title,
    const char *facts_path, GPtrArray *facts)
{
	struct plan_chart	*c = g_new0(struct plan_chart, 1);
	JsonGenerator		*gen = json_generator_new();
	JsonNode		*root;
	size_t			 i;

	json_builder_set_member_name(b, "facts");
	json_builder_add_string_value(b, facts_path);
	json_builder_set_member_name(b, "select");
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "ids");
	json_builder_begin_array(b);
	for (i = 0; i < facts->len; i++)
		json_builder_add_string_value(b, ((const struct shutu_fact *)
		    g_ptr_array_index(facts, i))->id);
	json_builder_end_array(b);
	json_builder_end_object(b);
	json_builder_end_object(b);
	root = json_builder_get_root(b);
	json_generator_set_root(gen, root);
	json_generator_set_pretty(gen, TRUE);
	json_generator_set_indent(gen, 2);
	c->json = json_generator_to_data(gen, NULL);
	c->name = g_strdup(name);
	c->title = g_strdup(title);
	c->facts = facts;
	json_node_unref(root);
	g_object_unref(gen);
	g_object_unref(b);
	return c;
}

/* Entities in the order the article names them, then "no entity". */
static GPtrArray *
entity_order(const struct shutu_facts *facts)
{
	GPtrArray	*out = g_ptr_array_new();
	size_t		 i;

	for (i = 0; i < shutu_facts_count(facts); i++) {
		const struct shutu_fact *f = shutu_facts_get(facts, i);
		size_t	 j;
		bool	 seen = false;

		if (!usable(f))
			continue;
		for (j = 0; j < out->len && !seen; j++)
			seen = g_strcmp0(g_ptr_array_index(out, j),
			    f->entity) == 0;
		if (!seen)
			g_ptr_array_add(out, (gpointer)f->entity);
	}
	return out;
}

/* Same label and value said twice is one number. */
static bool
duplicate(GPtrArray *chosen, const struct shutu_fact *f)
{
	size_t	 i;

	for (i = 0; i < chosen->len; i++) {
		const struct shutu_fact *g = g_ptr_array_index(chosen, i);

		if (strcmp(g->label, f->label) == 0 &&
		    (g->value == f->value || g->dimension == f->dimension))
			return true;
	}
	return false;
}

/* The unit most cards share, if three or more do: a bar chart of them. */
static const char *
shared_unit(GPtrArray *chosen)
{
	const char	*best = NULL;
	size_t		 i, j, n, most = 0;

	for (i = 0; i < chosen->len; i++) {
		const struct shutu_fact *f = g_ptr_array_index(chosen, i);
		double			 lo = INFINITY, hi = 0;

		for (n = 0, j = 0; j < chosen->len; j++) {
			const struct shutu_fact *g = g_ptr_array_index(chosen,
						    j);

			if (g_strcmp0(f->unit, g->unit) != 0)
				continue;
			n++;
			lo = fmin(lo, fabs(g->value));
			hi = fmax(hi, fabs(g->value));
		}
		/* 常住人口5.8万人 beside 17人: no bar would show the 17 */
		if (hi > lo * BARS_RANGE)
			continue;
		if (n > most && f->unit != NULL && *f->unit != '\0')
			most = n, best = f->unit;
	}
	return most >= 3 ? best : NULL;
}

static struct plan_chart *
plan_infographic(const struct shutu_facts *facts, const char *facts_path,
    const char *title, const char *source, const struct plan_chart *tl)
{
	GPtrArray	*ents = entity_order(facts);
	GPtrArray	*chosen = g_ptr_array_new();
	JsonBuilder	*b;
	char		*t;
	size_t		 e, i, per;

	for (e = 0; e < ents->len && e < KPI_SECTIONS; e++) {
		const char *ent = g_ptr_array_index(ents, e);

		/* First mentions first: articles lead with what matters. */
		for (i = 0, per = 0; i < shutu_facts_count(facts) &&
		    per < KPI_PER_ENTITY; i++) {
			const struct shutu_fact *f = shutu_facts_get(facts, i);

			if (!usable(f) || g_strcmp0(f->entity, ent) != 0 ||
			    duplicate(chosen, f))
				continue;
			g_ptr_array_add(chosen, (gpointer)f);
			per++;
		}
	}
	g_ptr_array_unref(ents);
	if (chosen->len < 2) {
		g_ptr_array_unref(chosen);
		return NULL;
	}
	t = g_strdup_printf("一图读懂：%s", title);
	b = begin("infographic", t, NULL, source);
	json_builder_set_member_name(b, "preset");
	json_builder_add_string_value(b, "long");
	if (shared_unit(chosen) != NULL) {
		json_builder_set_member_name(b, "bar");
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "title");
		json_builder_add_string_value(b, "主要数据对比");
		json_builder_set_member_name(b, "unit");
		json_builder_add_string_value(b, shared_unit(chosen));
		json_builder_end_object(b);
	}
	if (tl != NULL) {
		/* The first events of the article's timeline, on the page. */
		json_builder_set_member_name(b, "timeline");
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "title");
		json_builder_add_string_value(b, tl->title);
		json_builder_set_member_name(b, "select");
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "ids");
		json_builder_begin_array(b);
		for (i = 0; i < tl->facts->len && i < KPI_EVENTS; i++)
			json_builder_add_string_value(b, ((const struct
			    shutu_fact *)g_ptr_array_index(tl->facts, i))->id);
		json_builder_end_array(b);
		json_builder_end_object(b);
		json_builder_end_object(b);
	}
	{
		struct plan_chart *c = finish(b, "infographic", t, facts_path,
		    chosen);

		g_free(t);
		return c;
	}
}

static int
by_value_desc(gconstpointer a, gconstpointer b)
{
	const struct shutu_fact *x = *(const struct shutu_fact *const *)a;
	const struct shutu_fact *y = *(const struct shutu_fact *const *)b;

	return (x->value < y->value) - (x->value > y->value);
}

/*
 * Whether a fact is a level (粮食播种面积 95.3万亩) or a change (播种面积
 * 减少 1.8万亩, 出口总额增速 18.6%), read from the end of its label:
 * a level beside a change, or a rise beside a fall, is no comparison.
 */
enum	change {
	LEVEL,
	RISE,
	FALL,
};

static enum change
change_of(const char *label)
{
	static const char *const rise[] = {
		"增速", "增幅", "增长", "增加", "提高", "上升", "提升", "扩大",
		"上涨", "涨幅",
	};
	static const char *const fall[] = {
		"降幅", "减幅", "下降", "减少", "降低", "回落", "缩小", "下滑",
		"下跌", "跌幅",
	};
	char	*l = g_strdup(label);
	size_t	 i, n = strlen(l);
	enum change	 c = LEVEL;

	if (g_str_has_suffix(l, "了"))		/* 增长了 */
		l[n - strlen("了")] = '\0';
	for (i = 0; i < G_N_ELEMENTS(rise) && c == LEVEL; i++)
		if (g_str_has_suffix(l, rise[i]))
			c = RISE;
	for (i = 0; i < G_N_ELEMENTS(fall) && c == LEVEL; i++)
		if (g_str_has_suffix(l, fall[i]))
			c = FALL;
	g_free(l);
	return c;
}

/*
 * One bar chart per (entity, dimension, unit, level or change) with
 * enough labels.
 */
static void
plan_bars(GPtrArray *out, const struct shutu_facts *facts,
    const char *facts_path, const char *source)
{
	GHashTable	*groups = g_hash_table_new_full(g_str_hash,
			    g_str_equal, g_free, NULL);
	GPtrArray	*keys = g_ptr_array_new();	/* first-seen order */
	size_t		 i, n = 0;

	for (i = 0; i < shutu_facts_count(facts); i++) {
		const struct shutu_fact	*f = shutu_facts_get(facts, i);
		char			*key;
		GPtrArray		*g;

		if (!usable(f) || f->dimension == SHUTU_DIM_FRACTION)
			continue;
		key = g_strdup_printf("%s\x1f%d\x1f%s\x1f%d", f->entity ?
		    f->entity : "", f->dimension, f->unit ? f->unit : "",
		    change_of(f->label));
		if ((g = g_hash_table_lookup(groups, key)) == NULL) {
			g = g_ptr_array_new();
			g_hash_table_insert(groups, key, g);
			g_ptr_array_add(keys, key);
		} else
			g_free(key);
		/* A label once: its first mention. */
		{
			size_t	 j;
			bool	 dup = false;

			for (j = 0; j < g->len && !dup; j++)
				dup = strcmp(((const struct shutu_fact *)
				    g_ptr_array_index(g, j))->label,
				    f->label) == 0;
			if (!dup)
				g_ptr_array_add(g, (gpointer)f);
		}
	}
	for (i = 0; i < keys->len; i++) {
		GPtrArray		*g = g_hash_table_lookup(groups,
					    g_ptr_array_index(keys, i));
		const struct shutu_fact	*top;
		JsonBuilder		*b;
		const char		*what;
		char			*t, *name;
		size_t			 j;

		if (g->len < BARS_MIN) {
			g_ptr_array_unref(g);
			continue;
		}
		g_ptr_array_sort(g, by_value_desc);
		if (g->len > BARS_MAX)
			g_ptr_array_set_size(g, BARS_MAX);
		top = g_ptr_array_index(g, 0);
		/*
		 * Bars a hundred times shorter than the longest are
		 * invisible: 全县常住人口 beside 每千人口医师 is no comparison.
		 */
		for (j = 1; j < g->len; j++)
			if (((const struct shutu_fact *)g_ptr_array_index(g,
			    j))->value * BARS_RANGE < top->value)
				break;
		g_ptr_array_set_size(g, j);
		if (g->len < BARS_MIN) {
			g_ptr_array_unref(g);
			continue;
		}
		switch (change_of(top->label)) {
		case RISE:
			what = top->dimension == SHUTU_DIM_PERCENT ? "增速" :
			    "增长";
			break;
		case FALL:
			what = top->dimension == SHUTU_DIM_PERCENT ? "降幅" :
			    "下降";
			break;
		default:
			what = dim_words[top->dimension];
		}
		t = g_strdup_printf("%s各项%s对比，%s居首",
		    top->entity ? top->entity : "", what, top->label);
		b = begin("bar", t, NULL, source);
		name = g_strdup_printf("bar-%zu", ++n);
		g_ptr_array_add(out, finish(b, name, t, facts_path, g));
		g_free(name);
		g_free(t);
	}
	g_ptr_array_unref(keys);
	g_hash_table_destroy(groups);
}

/*
 * 截至6月底, 到9月: a date that bounds a figure, not an event; 是2017年的
 * 5倍, 比2019年增长: one that a figure is compared with.  Read in the
 * sentence, just before the date's text.
 */
static bool
reference_date(const struct shutu_fact *f)
{
	static const char *const words[] = { "截至", "截止", "截止到", "到",
	    "至", "比", "较", "是", "相比" };
	const char	*at;
	size_t		 i;

	if (f->sentence == NULL || f->text == NULL ||
	    (at = strstr(f->sentence, f->text)) == NULL)
		return false;
	for (i = 0; i < G_N_ELEMENTS(words); i++) {
		size_t	 n = strlen(words[i]);

		if ((size_t)(at - f->sentence) >= n &&
		    memcmp(at - n, words[i], n) == 0)
			return true;
	}
	return false;
}

/* The year most events fall in: a timeline of one year reads best. */
static int
main_year(const struct shutu_facts *facts)
{
	int	 years[64] = { 0 }, counts[64] = { 0 }, n = 0, best = 0, i;
	size_t	 k;

	for (k = 0; k < shutu_facts_count(facts); k++) {
		const struct shutu_fact *f = shutu_facts_get(facts, k);
		int	 y;

		if (f->kind != SHUTU_FACT_DATE || f->date == NULL)
			continue;
		y = atoi(f->date);
		for (i = 0; i < n && years[i] != y; i++)
			;
		if (i == n && n < 64)
			years[n++] = y;
		if (i < n)
			counts[i]++;
	}
	for (i = 1; i < n; i++)
		if (counts[i] > counts[best])
			best = i;
	return n > 0 ? years[best] : 0;
}

static struct plan_chart *
plan_timeline(const struct shutu_facts *facts, const char *facts_path,
    const char *title, const char *source)
{
	GPtrArray	*dates = g_ptr_array_new();
	GHashTable	*seen = g_hash_table_new_full(g_str_hash, g_str_equal,
			    g_free, NULL);
	JsonBuilder	*b;
	char		*t;
	size_t		 i, exact = 0, vague = 0;
	int		 year = main_year(facts);

	/* Dates of an article that names no year have no place on a scale. */
	if (year <= 0) {
		g_ptr_array_unref(dates);
		g_hash_table_destroy(seen);
		return NULL;
	}

	/*
	 * A timeline is of things that happened on a day or in a month;
	 * 年末全县常住人口… (a bulletin's stock figures) are not events.
	 * Vaguer dates (年初, 上半年) join a few real ones, at most half
	 * as many.
	 */
	for (i = 0; i < shutu_facts_count(facts); i++) {
		const struct shutu_fact *f = shutu_facts_get(facts, i);

		if (f->kind == SHUTU_FACT_DATE && f->date != NULL &&
		    atoi(f->date) == year &&
		    (f->precision == SHUTU_PRECISION_DAY ||
		    f->precision == SHUTU_PRECISION_MONTH))
			exact++;
	}
	if (exact < 2) {
		g_ptr_array_unref(dates);
		g_hash_table_destroy(seen);
		return NULL;
	}
	for (i = 0; i < shutu_facts_count(facts) &&
	    dates->len < TIMELINE_MAX; i++) {
		const struct shutu_fact	*f = shutu_facts_get(facts, i);
		char			*k;

		if (f->kind != SHUTU_FACT_DATE || f->event == NULL ||
		    *f->event == '\0' || f->date == NULL ||
		    reference_date(f))
			continue;
		/* The headline says what the article is about, not when. */
		if (title != NULL && f->sentence != NULL &&
		    strstr(f->sentence, title) != NULL)
			continue;	/* (its sentence may keep the # of a heading) */
		/* Targets years away (2025年建成…) would squash the rest. */
		if (atoi(f->date) != year)
			continue;
		if (f->precision != SHUTU_PRECISION_DAY &&
		    f->precision != SHUTU_PRECISION_MONTH &&
		    vague++ >= exact / 2)
			continue;
		/* One event per date and caption. */
		k = g_strconcat(f->date, "\x1f", f->event, NULL);
		if (g_hash_table_contains(seen, k)) {
			g_free(k);
			continue;
		}
		g_hash_table_add(seen, k);
		g_ptr_array_add(dates, (gpointer)f);
	}
	g_hash_table_destroy(seen);
	if (dates->len < 2) {
		g_ptr_array_unref(dates);
		return NULL;
	}
	t = g_strdup_printf("%d年大事记", year);
	b = begin("timeline", t, title, source);
	{
		struct plan_chart *c = finish(b, "timeline", t, facts_path,
		    dates);

		g_free(t);
		return c;
	}
}

GPtrArray *
plan_charts(const struct shutu_facts *facts, const char *facts_path,
    const char *title)
{
	GPtrArray		*out = g_ptr_array_new_with_free_func(
				    (GDestroyNotify)plan_chart_free);
	struct plan_chart	*c, *tl;
	char			*source;

	if (title == NULL || *title == '\0')
		title = "数据一览";
	source = g_strdup_printf("《%s》", title);
	tl = plan_timeline(facts, facts_path, title, source);
	if ((c = plan_infographic(facts, facts_path, title, source, tl)) !=
	    NULL)
		g_ptr_array_add(out, c);
	plan_bars(out, facts, facts_path, source);
	if (tl != NULL)
		g_ptr_array_add(out, tl);
	g_free(source);
	return out;
}
