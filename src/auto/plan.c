/* SPDX-License-Identifier: MIT */
/*
 * Which charts an article deserves, planned from the series the
 * extractor found (series.c), as an editor would:
 *
 *   - an infographic of the headline numbers: the title's and the
 *     lead's first, at most CARDS_MAX cards, each a fact with a label
 *     that reads alone; sections are the entities that own them, when
 *     there is more than one;
 *   - per series, one chart: the parts of a whole as a share chart
 *     (donut, or 100% bar), several measures over the same categories as
 *     grouped bars, a measure over years as a line, one measure over
 *     parallel categories as bars (a change as signed bars: a fall is
 *     drawn below zero);
 *   - a timeline of the dated events that happened (开工, 召开, 签约…),
 *     never of statistics periods (1—5月), of times figures are compared
 *     with (比2019年), or of dates that bound a figure (截至6月底).
 *
 * Loose facts that only share a unit are never charted together, and a
 * fact is drawn in at most one bar, line or share chart.  A series has
 * one status and one period (series.c); the subtitle says them.  Titles
 * state the takeaway the data's shape gives (a leader, a multiple, a
 * threshold all pass, a dominant share, a rise over years) in plain
 * Chinese, one form per chart of an article as far as they go.  The
 * source line names the body the article names as its source, else is
 * left out.  Numbers keep the article's scale and digits (spec "scale"
 * and "decimals": "text").
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "auto.h"
#include "spec/spec.h"

#define CARDS_MAX	6	/* headline numbers on the infographic */
#define TITLE_SLACK_CP	4	/* "# " and spaces before a title line */
#define SCOPE_BACK	12	/* facts back to the whole a series breaks down */
#define CHANGE_GAP_CP	20	/* 产值7.899亿元，较2016年7.262亿元增长8% */
#define CARDS_MIN	3
#define SECTIONS_MAX	4
#define BARS_MAX	16	/* bars per chart */
#define BARS_MIN	3	/* categories that make a comparison */
#define PARTS_MAX	8	/* a donut's slices; more: 100% bars */
#define DONUT_MAX	6
#define CHARTS_MAX	8	/* series charts per article */
#define TIMELINE_MAX	16
#define EVENTS_MIN	3	/* a timeline of its own */
#define KPI_EVENTS	6	/* events on the infographic's own timeline */
#define LABEL_MAX_CP	14	/* a card's label that still reads alone */

/* Do the bytes [s, e) end with an entry of "ends" (of "n"), and more? */
static bool
span_ends_in(const char *s, const char *e, const char *const *ends,
    size_t n)
{
	size_t	 i, k;

	for (i = 0; i < n; i++) {
		k = strlen(ends[i]);
		if ((size_t)(e - s) > k && memcmp(e - k, ends[i], k) == 0)
			return true;
	}
	return false;
}

/* The entry of "ends" (of "n") that "s" ends with, or NULL. */
static const char *
suffix_of(const char *s, const char *const *ends, size_t n)
{
	size_t	 i;

	for (i = 0; s != NULL && i < n; i++)
		if (g_str_has_suffix(s, ends[i]))
			return ends[i];
	return NULL;
}

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

/*
 * The body the article names as its source: 据X统计, 数据来源：X,
 * （文章来源：X）, X发布/公布 in the lead, a line that is an office's
 * name under the title; else NULL.  Never 原标题 or a 《title》.
 */
/* 国家|统计局, 江西|调查总队: the word goes on as an office's name. */
static bool
office_goes_on(const char *p)
{
	static const char *const ends[] = {
		"局", "部", "站", "所", "院", "中心", "总队", "队", "处", "司",
		"厅", "办",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(ends); i++)
		if (g_str_has_prefix(p, ends[i]))
			return true;
	return false;
}

/* 据去年全年数据, 据初步: time and manner words are no body. */
static bool
time_words(const char *s, const char *e)
{
	static const char *const words[] = {
		"年", "月", "季度", "了解", "介绍", "悉", "初步", "不完全",
		"最新",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if (g_strstr_len(s, e - s, words[i]) != NULL)
			return true;
	return false;
}

/* [s, e) without the time words that end it: 最新, 近日, 2月29日. */
static const char *
trim_when(const char *s, const char *e)
{
	static const char *const words[] = {
		"最新", "近日", "日前", "今天", "今日", "昨天", "昨日",
	};
	const char	*q;
	size_t		 i, n;
	bool		 cut;

	do {
		cut = false;
		for (i = 0; i < G_N_ELEMENTS(words); i++) {
			n = strlen(words[i]);
			if ((size_t)(e - s) > n && memcmp(e - n, words[i],
			    n) == 0) {
				e -= n;
				cut = true;
			}
		}
		/* 2月29日, 15日: digits and their 月 or 日 */
		for (q = e; (size_t)(q - s) > 4 && (memcmp(q - 3, "日", 3) ==
		    0 || memcmp(q - 3, "月", 3) == 0) &&
		    g_ascii_isdigit(q[-4]); ) {
			q -= 3;
			while (q > s && g_ascii_isdigit(q[-1]))
				q--;
		}
		if (q < e && q > s) {
			e = q;
			cut = true;
		}
	} while (cut);
	return e;
}

/*
 * The start of the words before "p" back to a mark or a space (the name
 * of who publishes, holds or says), no further than "max" bytes from
 * "from"; "text" is the article's start.
 */
static const char *
name_before(const char *text, const char *p, const char *from, ptrdiff_t max)
{
	const char	*b, *c;
	gunichar	 u;

	for (b = p; b > text; b = c) {
		c = g_utf8_prev_char(b);
		u = g_utf8_get_char(c);
		if (g_unichar_ispunct(u) || g_unichar_isspace(u) ||
		    from - c > max)
			break;
	}
	return b;
}

/*
 * 小米集团发布2020年第三季度财报, 紫光国微发布半年报: a company's report,
 * published in the lead, is where the figures come from.
 */
static char *
report_source(const char *text, size_t lead, const char **at)
{
	static const char *const reports[] = {
		"半年报", "年报", "季报", "财报", "年度报告", "业绩报告",
		"业绩快报", "公告",
	};
	const char	*p, *q, *b, *r;
	char		*best = NULL;
	size_t		 i;

	*at = NULL;
	for (p = text; (p = g_strstr_len(p, text + lead - p, "发布")) != NULL;
	    p += strlen("发布")) {
		/* the report within a few characters, in the same clause */
		for (q = p + strlen("发布"), r = NULL; q < text + lead &&
		    g_utf8_strlen(p, q - p) <= 16 && r == NULL &&
		    !g_unichar_ispunct(g_utf8_get_char(q));
		    q = g_utf8_next_char(q))
			for (i = 0; i < G_N_ELEMENTS(reports) && r == NULL; i++)
				if (g_str_has_prefix(q, reports[i]))
					r = q + strlen(reports[i]);
		if (r == NULL)
			continue;
		/* who published it: back to a mark, past a time of day */
		b = name_before(text, p, p, 36);
		if (g_utf8_strlen(b, p - b) < 2 || g_unichar_isdigit(
		    g_utf8_get_char(b)))
			continue;
		{
			GString	*g = g_string_new_len(b, p - b);

			/* the report with its period: X2020年第三季度财报 */
			g_string_append_len(g, p + strlen("发布"),
			    r - (p + strlen("发布")));
			/*
			 * The title says Q3财报, the lead 2020年第三季度财报:
			 * the fuller name of the same report
			 */
			if (best == NULL || g->len > strlen(best)) {
				g_free(best);
				best = g_string_free(g, FALSE);
			} else
				g_string_free(g, TRUE);
			if (*at == NULL)
				*at = b;
		}
	}
	return best;
}

static const char *
text_find_lead(const char *p, const char *end, const char *w)
{
	return end > p ? memmem(p, (size_t)(end - p), w, strlen(w)) : NULL;
}

/* 中国人民银行四川省分行, 省政府新闻办, 国家邮政局: an office's last words. */
static bool
holder_office(const char *s, const char *e)
{
	static const char *const ends[] = {
		"局", "厅", "行", "部", "委", "办", "院", "中心", "政府", "公司",
		"集团", "署", "会",
	};
	return span_ends_in(s, e, ends, G_N_ELEMENTS(ends));
}

char *
plan_source(const char *text)
{
	static const char *const heads[] = {
		"数据来源：", "数据来源:", "资料来源：", "资料来源:",
	};
	static const char *const article_heads[] = {
		"文章来源：", "文章来源:", "信息来源：", "信息来源:", "来源：",
		"来源:",
	};
	static const char *const after_ju[] = {
		"统计", "数据", "初步统计", "初步核算", "测算", "监测", "调查",
		"发布", "公布", "显示", "消息", "报道",
	};
	static const char *const published[] = { "公布", "发布" };
	const char	*p, *q, *end = text + strlen(text);
	size_t		 i, lead = MIN((size_t)(end - text), 1200);
	char		*out = NULL, *report;
	const char	*report_at = NULL;

	/* 数据来源：国家统计局 */
	for (i = 0; i < G_N_ELEMENTS(heads) && out == NULL; i++)
		if ((p = strstr(text, heads[i])) != NULL) {
			p += strlen(heads[i]);
			for (q = p; q < end && *q != '\n' && *q != ' ' &&
			    !g_str_has_prefix(q, "）") && !g_str_has_prefix(q,
			    "。") && !g_str_has_prefix(q, "，") && q - p < 60;
			    q = g_utf8_next_char(q))
				;
			if (q > p)
				out = g_strndup(p, (size_t)(q - p));
		}
	/*
	 * 据国家统计局统计, 根据WIND统计: in the lead only.  Further down,
	 * 据农委提供数据 vouches for its own clause, not for every chart;
	 * so does one after the report the lead says was published (小米集团
	 * 发布…财报 … 根据Canalys统计 of its market share).
	 */
	report = report_source(text, lead, &report_at);
	for (p = text; out == NULL && (p = g_strstr_len(p, (report_at != NULL ?
	    report_at : text + lead) - p, "据")) != NULL; p += strlen("据")) {
		const char	*s = p + strlen("据");

		/* 数据均为, 依据: 据 inside a word */
		if (p - text >= 3 && (memcmp(p - 3,
		    "数", 3) == 0 || memcmp(p - 3, "依", 3) == 0 ||
		    memcmp(p - 3, "证", 3) == 0 || memcmp(p - 3, "占", 3) == 0 ||
		    memcmp(p - 3, "单", 3) == 0 || memcmp(p - 3, "凭", 3) == 0))
			continue;

		for (q = s; q < end && q - s <= 36 && !g_unichar_ispunct(
		    g_utf8_get_char(q)) && !g_unichar_isspace(g_utf8_get_char(
		    q)); q = g_utf8_next_char(q))
			for (i = 0; i < G_N_ELEMENTS(after_ju); i++) {
				/*
				 * 据龙岩市统计局最新数据, 据国家统计局2月29日发布:
				 * when is no part of who
				 */
				const char *qe = trim_when(s, q);

				if (g_utf8_strlen(s, qe - s) >= 2 &&
				    g_str_has_prefix(q, after_ju[i]) &&
				    !office_goes_on(q + strlen(after_ju[i])) &&
				    !time_words(s, qe)) {
					out = g_strndup(s, (size_t)(qe - s));
					goto found;
				}
			}
	}
found:
	if (out == NULL)
		out = g_steal_pointer(&report);
	g_free(report);
	/* 记者从国家统计局获悉, 从市发改委了解到: in the lead */
	for (p = text; out == NULL && (p = g_strstr_len(p, text + lead - p,
	    "从")) != NULL; p += strlen("从")) {
		const char	*s = p + strlen("从");

		for (q = s; q < text + lead && q - s <= 36 && !g_unichar_ispunct(
		    g_utf8_get_char(q)); q = g_utf8_next_char(q))
			if ((g_str_has_prefix(q, "获悉") || g_str_has_prefix(q,
			    "了解到")) && g_utf8_strlen(s, q - s) >= 2 &&
			    office_goes_on(g_utf8_prev_char(q))) {
				out = g_strndup(s, (size_t)(q - s));
				break;
			}
	}
	/*
	 * 中国人民银行四川省分行召开第3季度新闻发布会，通报…: the office that
	 * holds the press conference, in the lead
	 */
	for (p = text; out == NULL && (p = text_find_lead(p, text + lead,
	    "发布会")) != NULL; p += strlen("发布会")) {
		static const char *const holds[] = { "召开", "举行", "举办" };
		const char	*h = NULL, *b;

		/* the verb before it in its clause */
		for (q = p; q > text && p - q < 60; q = g_utf8_prev_char(q)) {
			gunichar u = g_utf8_get_char(g_utf8_prev_char(q));

			if (u == 0xff0c || u == 0x3002 || u == 0xff1b)
				break;
			for (i = 0; i < G_N_ELEMENTS(holds) && h == NULL; i++)
				if (g_str_has_prefix(q, holds[i]))
					h = q;
		}
		if (h == NULL)
			continue;
		b = name_before(text, h, h, 48);
		/* 23日，…: a day before it is when */
		while (b < h && (g_ascii_isdigit(*b) || g_str_has_prefix(b,
		    "日")))
			b += g_ascii_isdigit(*b) ? 1 : strlen("日");
		if (g_utf8_strlen(b, h - b) >= 3 && holder_office(b, h))
			out = g_strndup(b, (size_t)(h - b));
	}
	/* 江苏省统计局公布1—5月全省经济运行简况: in the lead */
	for (i = 0; out == NULL && i < G_N_ELEMENTS(published); i++) {
		for (p = text; (p = g_strstr_len(p, text + lead - p,
		    published[i])) != NULL; p += strlen(published[i])) {
			static const char *const offices[] = {
				"统计局", "调查总队", "调查队", "统计局网站",
				"部", "委员会", "委", "办公室", "政府", "中心",
				"局", "院", "署", "协会",
			};
			const char *s = p;

			/* 15日: a day between the office and its word */
			while (s > text && (g_ascii_isdigit(s[-1]) ||
			    (s - text >= 3 && memcmp(s - 3, "日", 3) == 0 &&
			    s - 3 > text && g_ascii_isdigit(s[-4]))))
				s -= g_ascii_isdigit(s[-1]) ? 1 : 3;
			for (size_t k = 0; k < G_N_ELEMENTS(offices); k++) {
				size_t	 n = strlen(offices[k]);
				const char *b;

				if ((size_t)(s - text) < n || memcmp(s - n,
				    offices[k], n) != 0)
					continue;
				/* The office's name: back to a mark */
				b = name_before(text, s - n, s, 36);
				if (s - b >= 9) {
					out = g_strndup(b, (size_t)(s - b));
					break;
				}
			}
			if (out != NULL)
				break;
		}
	}
	/* 来源:深圳特区报, 信息来源: 县统计局: the article's publisher */
	for (i = 0; i < G_N_ELEMENTS(article_heads) && out == NULL; i++)
		if ((p = strstr(text, article_heads[i])) != NULL &&
		    !(p - text >= 6 && memcmp(p - 6, "数据", 6) == 0) &&
		    !(p - text >= 6 && memcmp(p - 6, "资料", 6) == 0)) {
			char	*s;

			p += strlen(article_heads[i]);
			while (*p == ' ')
				p++;
			for (q = p; q < end && *q != '\n' && *q != ' ' &&
			    !g_str_has_prefix(q, "）") && !g_str_has_prefix(q,
			    ")") && q - p < 60; q = g_utf8_next_char(q))
				;
			if (q > p) {
				s = g_strndup(p, (size_t)(q - p));
				out = g_strconcat("来源：", s, NULL);
				g_free(s);
			}
		}
	if (out != NULL && (strstr(out, "原标题") != NULL || strstr(out,
	    "《") != NULL)) {
		g_free(out);
		out = NULL;
	}
	return out;
}

static bool	 owner(const char *);
static const char *owner_kind(const char *);
static bool	 good_label(const char *);
static bool	 related(const char *, const char *);

/* Plain data of the plan */

struct	plan {
	const struct shutu_facts *facts;
	const char	*facts_path;
	const char	*title;		/* the article's, or NULL */
	char		*source;	/* the source line, or NULL */
	GHashTable	*used;		/* facts in a bar, line or share chart */
	GHashTable	*titles;	/* titles given */
	GHashTable	*forms;		/* title forms used */
	GHashTable	*sets;		/* "period|entity|categories" charted */
	GPtrArray	*levels;	/* series of levels charted as bars */
	GPtrArray	*wholes;	/* series of parts charted as donuts */
	GHashTable	*leaders;	/* their largest facts -> a label for
					   them when theirs is none, or NULL */
	GHashTable	*headline_leaders; /* of series the title speaks of */
	bool		 many_entities;	/* series of several entities */
	const char	*entity;	/* the series being titled, when it
					   must be named (many_entities) */
	GPtrArray	*out;
	int		 year;		/* the article's */
	guint8		*member;	/* a flag a fact: in some series */
	unsigned int	 nbar, nline, nshare;
};

static const struct shutu_fact *
member_fact(const struct plan *pl, const struct shutu_series *s, size_t i)
{
	return shutu_facts_get(pl->facts, s->members[i].fact);
}

/* 一 … 十 for small counts: 四升一降, 十大 */
static const char *
count_word(size_t n)
{
	static const char *const w[] = {
		"零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十",
	};

	return n < G_N_ELEMENTS(w) ? w[n] : NULL;
}

/* "2016年上半年", "1—11月", "2016年前三季度" from an ISO period. */
static char *
period_words(const char *iso)
{
	static const char *const q[] = { "", "一", "二", "三", "四" };
	int	 y = 0, m0 = 0, m1 = 0, d = 0, n = 0;
	char	 part = 0;
	GString	*s;

	if (iso == NULL || *iso == '\0')
		return NULL;
	s = g_string_new(NULL);
	if (iso[0] != '-')
		y = atoi(iso);
	if (strchr(iso, '/') != NULL && strchr(iso, '/')[1] != '-' &&
	    strlen(strchr(iso, '/') + 1) == 4) {
		g_string_append_printf(s, "%d—%s年", y, strchr(iso, '/') + 1);
		return g_string_free(s, FALSE);
	}
	{
		const char	*p = iso[0] == '-' ? iso + 1 : iso + 4;

		if (*p == '-')
			p++;
		if (*p == 'H' || *p == 'Q') {
			part = *p;
			n = atoi(p + 1);
		} else if (*p != '\0') {
			m0 = atoi(p);
			if (strlen(p) >= 5 && p[2] == '-')
				d = atoi(p + 3);
			if (strchr(p, '/') != NULL) {
				const char *e = strrchr(p, '-');

				m1 = e != NULL ? atoi(e + 1) : 0;
			}
		}
	}
	if (y > 0)
		g_string_append_printf(s, "%d年", y);
	if (part == 'H')
		g_string_append(s, n == 1 ? "上半年" : "下半年");
	else if (part == 'Q' && n >= 1 && n <= 4)
		g_string_append_printf(s, "%s季度", q[n]);
	else if (m1 > 0 && m0 == 1 && m1 == 9)
		g_string_append(s, "前三季度");
	else if (m1 > 0)
		g_string_append_printf(s, "%d—%d月", m0, m1);
	else if (m0 > 0 && d > 0)
		g_string_append_printf(s, "%d月%d日", m0, d);
	else if (m0 > 0)
		g_string_append_printf(s, "%d月", m0);
	if (s->len == 0) {
		g_string_free(s, TRUE);
		return NULL;
	}
	return g_string_free(s, FALSE);
}

/*
 * Does "t" say a word twice (居首居首, 企业…企业)?  Titles never do: a
 * Han pair that comes back is a repetition a reader notices.
 */
static bool
repeats(const char *t)
{
	glong		 n = g_utf8_strlen(t, -1), i, j;
	gunichar	*u = g_utf8_to_ucs4_fast(t, -1, NULL);
	bool		 yes = false;

	for (i = 0; i + 1 < n && !yes; i++) {
		if (!g_unichar_isalpha(u[i]) || u[i] < 0x3400 ||
		    !g_unichar_isalpha(u[i + 1]) || u[i + 1] < 0x3400)
			continue;
		for (j = i + 2; j + 1 < n && !yes; j++)
			yes = u[j] == u[i] && u[j + 1] == u[i + 1];
	}
	g_free(u);
	return yes;
}

/*
 * A title of "form" if the article has none of that form yet and it
 * repeats no word; NULL (and "t" freed) otherwise.
 */
static char *
take_title(struct plan *pl, const char *form, char *t)
{
	char	*key;

	if (t == NULL)
		return NULL;
	/* One form per entity: 慈溪 and 乐清 may both 占…过半 */
	key = g_strconcat(form, "|", pl->entity != NULL ? pl->entity : "",
	    NULL);
	if (g_hash_table_contains(pl->forms, key) || repeats(t) ||
	    g_hash_table_contains(pl->titles, t) || g_utf8_strlen(t, -1) > 30) {
		g_free(key);
		g_free(t);
		return NULL;
	}
	g_hash_table_add(pl->forms, key);
	g_hash_table_add(pl->titles, g_strdup(t));
	return t;
}

/* The title chosen, whatever its form: its text is the article's now. */
static char *
keep_title(struct plan *pl, const char *form, char *t)
{
	g_hash_table_add(pl->forms, g_strconcat(form, "|", pl->entity != NULL ?
	    pl->entity : "", NULL));
	if (!g_hash_table_contains(pl->titles, t))
		g_hash_table_add(pl->titles, g_strdup(t));
	return t;
}

/* The entity before the title, when the article's series have several. */
static char *
named(const struct plan *pl, char *t)
{
	char	*out;

	if (pl->entity == NULL || strstr(t, pl->entity) != NULL)
		return t;
	out = g_strconcat(pl->entity, t, NULL);
	g_free(t);
	return out;
}

/* Shares as a reader says them: 近五成, 六成以上, 过半, 八成多. */
static char *
share_words(double pct)
{
	static const char *const cn[] = {
		"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
	};
	int	 k = (int)floor(pct / 10);
	double	 r = pct / 10 - k;

	if (pct >= 95)
		return g_strdup("绝大部分");
	if (pct >= 48 && pct < 50)
		return g_strdup("近一半");
	if (pct >= 50 && pct < 52)
		return g_strdup("一半");
	if (pct >= 52 && pct < 60)
		return g_strdup("过半");
	if (k < 1 && pct >= 8)
		return g_strdup("近一成");
	if (k < 1)
		return NULL;
	if (r >= 0.7 && k < 9)
		return g_strdup_printf("近%s成", cn[k + 1]);
	if (r < 0.15)
		return g_strdup_printf("%s成", cn[k]);
	return g_strdup_printf("%s成多", cn[k]);
}

/* The number as the article wrote it, for a title: 2639亿元, 48.0%. */
static const char *
as_written(const struct shutu_fact *f)
{
	return f->text != NULL ? f->text : "";
}

/* Does the chart say "measure" already in its category names? */
static const char *
measure_of(const struct shutu_series *s)
{
	return s->measure != NULL ? s->measure : "";
}

/* The spec's common members. */
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

static void
member_string(JsonBuilder *b, const char *key, const char *v)
{
	if (v == NULL)
		return;
	json_builder_set_member_name(b, key);
	json_builder_add_string_value(b, v);
}

static void
member_number(JsonBuilder *b, const char *key, double v)
{
	json_builder_set_member_name(b, key);
	if (v == floor(v) && fabs(v) < 1e15)
		json_builder_add_int_value(b, (gint64)v);
	else
		json_builder_add_double_value(b, v);
}

/* value, value_max, approx, text, sentence, id of one fact's number. */
static void
fact_value(JsonBuilder *b, const struct shutu_fact *f, double sign)
{
	member_number(b, "value", sign * f->value);
	if (isfinite(f->value_max))
		member_number(b, "value_max", sign * f->value_max);
	if (f->approx != SHUTU_APPROX_EXACT)
		member_string(b, "approx", shutu_approx_name(f->approx));
	/*
	 * 中部和西部分别提升1个和0.6个百分点: the first number was written
	 * "1个", its unit shared; a card shows it whole, 1个百分点
	 */
	if (f->text != NULL && f->unit != NULL && !g_str_has_suffix(f->text,
	    f->unit)) {
		size_t	 k, tl = strlen(f->text), ul = strlen(f->unit);

		for (k = MIN(tl, ul - 1); k > 0; k--)
			if (memcmp(f->text + tl - k, f->unit, k) == 0)
				break;
		if (k > 0) {
			char	*t = g_strconcat(f->text, f->unit + k, NULL);

			member_string(b, "text", t);
			g_free(t);
			return;
		}
	}
	member_string(b, "text", f->text);
}

static struct plan_chart *
finish(JsonBuilder *b, const char *name, const char *title, GPtrArray *facts,
    bool select, const char *facts_path)
{
	struct plan_chart	*c = g_new0(struct plan_chart, 1);
	JsonGenerator		*gen = json_generator_new();
	JsonNode		*root;
	size_t			 i;

	if (select) {
		json_builder_set_member_name(b, "facts");
		json_builder_add_string_value(b, facts_path);
		json_builder_set_member_name(b, "select");
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "ids");
		json_builder_begin_array(b);
		for (i = 0; i < facts->len; i++)
			json_builder_add_string_value(b, ((const struct
			    shutu_fact *)g_ptr_array_index(facts, i))->id);
		json_builder_end_array(b);
		json_builder_end_object(b);
	}
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

/*
 * The scale all of "facts" are written in (5.77万头, 2.4万头: 万), for the
 * spec's "scale"; NULL when they differ or say none.
 */
static const char *
written_scale(GPtrArray *facts)
{
	const char	*scale = NULL;
	size_t		 i;

	for (i = 0; i < facts->len; i++) {
		const struct shutu_fact *f = g_ptr_array_index(facts, i);
		const char *t = f->text != NULL ? f->text : "";
		const char *s = strstr(t, "万亿") != NULL ? "万亿" :
		    strstr(t, "亿") != NULL ? "亿" : strstr(t, "万") != NULL ?
		    "万" : "";

		/* 三千万: a Chinese numeral's 万 is folded, not a scale */
		if (*s != '\0' && !g_ascii_isdigit(*(strstr(t, s) - 1)))
			return NULL;
		if (scale == NULL)
			scale = s;
		else if (strcmp(scale, s) != 0)
			return NULL;
	}
	return scale != NULL && *scale != '\0' ? scale : NULL;
}

/* "scale" and "decimals" that keep the article's way of writing. */
static void
as_article(JsonBuilder *b, GPtrArray *facts)
{
	const char	*scale = written_scale(facts);

	if (scale != NULL)
		member_string(b, "scale", scale);
	json_builder_set_member_name(b, "decimals");
	json_builder_add_string_value(b, "text");
}

/* Is fact "i" a member of some series (采矿业 of 三大门类)? */
static bool
in_series(const struct plan *pl, size_t i)
{
	return pl->member[i] != 0;
}

/*
 * What the series breaks down, when the article said it first: 全国规模
 * 以上工业增加值同比增长4.2% before 分三大门类看，采矿业增加值…: the
 * nearest fact before the members of the same role and unit whose label
 * holds the measure after more words.  Those words ("规模以上工业") are
 * the scope; NULL when there is none (g_free).
 */
static char *
scope_of(const struct plan *pl, const struct shutu_series *s)
{
	const char	*m = measure_of(s), *at, *sent;
	size_t		 i, first = SIZE_MAX, back = 0;

	if (*m == '\0' || s->nmembers == 0)
		return NULL;
	for (i = 0; i < s->nmembers; i++)
		first = MIN(first, s->members[i].fact);
	sent = shutu_facts_get(pl->facts, first)->sentence;
	for (i = first; i-- > 0 && first - i <= SCOPE_BACK; ) {
		const struct shutu_fact *f = shutu_facts_get(pl->facts, i);

		/*
		 * the whole is said in the series' sentence or the one before
		 * (非省会城市… two sentences back is another subject)
		 */
		if (f->sentence != NULL && g_strcmp0(f->sentence, sent) != 0) {
			if (++back > 1)
				break;
			sent = f->sentence;
		}
		if (f->kind != SHUTU_FACT_QUANTITY || f->role != s->role ||
		    g_strcmp0(f->unit, s->unit) != 0 || f->label == NULL ||
		    (at = strstr(f->label, m)) == NULL || in_series(pl, i))
			continue;
		if (at == f->label)
			return NULL;	/* the whole says no more than the measure */
		return g_strndup(f->label, (size_t)(at - f->label));
	}
	return NULL;
}

/* Subtitle: 2016年上半年，规模以上工业企业利润总额同比增速（预计） */
static char *
subtitle_of(const struct plan *pl, const struct shutu_series *s,
    const char *title)
{
	GString	*t = g_string_new(NULL);
	char	*pw = period_words(s->period);
	char	*scope = scope_of(pl, s);
	const char *m = measure_of(s);

	/* 2018—2021年: the years a line spans */
	if (s->kind == SHUTU_SERIES_YEARS && s->nmembers >= 2)
		g_string_append_printf(t, "%d—%d年", atoi(s->members[0].category),
		    atoi(s->members[s->nmembers - 1].category));
	/* The parts of 地区生产总值: the whole's name says more */
	if (s->kind == SHUTU_SERIES_PARTS && s->total != SIZE_MAX &&
	    shutu_facts_get(pl->facts, s->total)->label != NULL &&
	    *shutu_facts_get(pl->facts, s->total)->label != '\0')
		m = shutu_facts_get(pl->facts, s->total)->label;
	if (pw != NULL)
		g_string_append(t, pw);
	g_free(pw);
	if (owner(s->entity) && strstr(title, s->entity) == NULL)
		g_string_append_printf(t, "%s%s", t->len ? "，" : "", s->entity);
	if (*m != '\0') {
		if (t->len > 0 && !(owner(s->entity) && strstr(title,
		    s->entity) == NULL))
			g_string_append(t, "，");
		if (scope != NULL && strstr(title, scope) == NULL &&
		    !g_str_has_prefix(m, scope))
			g_string_append(t, scope);
		g_string_append(t, m);
	}
	g_free(scope);
	if (s->role == SHUTU_ROLE_CHANGE) {
		/* 年均增长7.7%: a yearly average over years, no 同比 */
		size_t	 i, avg = 0;

		for (i = 0; i < s->nmembers; i++) {
			const char *l = member_fact(pl, s, i)->label;

			avg += l != NULL && strstr(l, "年均") != NULL;
		}
		if (avg == s->nmembers && strcmp(s->unit, "%") == 0)
			g_string_append(t, "年均增速");
		else
			g_string_append(t, strcmp(s->unit, "%") == 0 ?
			    "同比增速" : strcmp(s->unit, "个百分点") == 0 ?
			    "同比变化" : "同比增减");
	}
	else if (s->role == SHUTU_ROLE_SHARE || s->kind == SHUTU_SERIES_PARTS)
		g_string_append(t, "构成");
	if (s->status == SHUTU_STATUS_TARGET)
		g_string_append(t, "（目标）");
	else if (s->status == SHUTU_STATUS_ESTIMATE)
		g_string_append(t, "（预计）");
	if (t->len == 0) {
		g_string_free(t, TRUE);
		return NULL;
	}
	return g_string_free(t, FALSE);
}

/* Members by value, largest first (changes: signed). */
struct	entry {
	const struct shutu_fact	*f;
	const char		*category;
	double			 v;	/* signed for changes */
};

static int
by_value_desc(gconstpointer a, gconstpointer b)
{
	const struct entry *x = a, *y = b;

	return (x->v < y->v) - (x->v > y->v);
}

/* 第一产业, 第二产业…; 一季度…: the order means something. */
static bool
ordered(const struct entry *e, size_t n)
{
	size_t	 i, k = 0;

	for (i = 0; i < n; i++)
		if (g_str_has_prefix(e[i].category, "第") ||
		    strstr(e[i].category, "季度") != NULL)
			k++;
	return k == n;
}

static double
sign_of(const struct shutu_fact *f)
{
	/* 同比下降-1.4%: a fall the writer signed already is not turned twice */
	return f->role == SHUTU_ROLE_CHANGE && f->direction < 0 &&
	    !(f->value < 0) ? -1 : 1;
}

/* Titles of a comparison of categories, by the data's shape. */
static char *
bar_title(struct plan *pl, const struct shutu_series *s, struct entry *e,
    size_t n)
{
	const char	*m = measure_of(s), *lead = e[0].category;
	const char	*second = n > 1 ? e[1].category : "";
	char		*t;
	size_t		 i, up = 0, down = 0;

	if (s->role == SHUTU_ROLE_CHANGE) {
		for (i = 0; i < n; i++)
			if (e[i].v > 0)
				up++;
			else if (e[i].v < 0)
				down++;
		if (down == 0 && up == n && (t = take_title(pl, "all-up",
		    g_strdup_printf("%s全线增长，%s以%s领跑", *m ? m : "各项",
		    lead, as_written(e[0].f)))) != NULL)
			return keep_title(pl, "all-up", t);
		if (up > 0 && down > 0 && count_word(up) != NULL &&
		    count_word(down) != NULL && (t = take_title(pl, "mixed",
		    g_strdup_printf("%s%s升%s降，%s领跑", m, count_word(up),
		    count_word(down), lead))) != NULL)
			return keep_title(pl, "mixed", t);
		if (up == 0 && (t = take_title(pl, "all-down",
		    g_strdup_printf("%s全部下降，%s降幅最小", *m ? m : "各项",
		    lead))) != NULL)
			return keep_title(pl, "all-down", t);
		if (n > 1 && e[0].v != e[1].v && (t = take_title(pl, "fastest",
		    g_strdup_printf("%s增速最快，达%s", lead,
		    as_written(e[0].f)))) != NULL)
			return keep_title(pl, "fastest", t);
		return keep_title(pl, "lead-change", g_strdup_printf(
		    "%s%s居前", lead, m));
	}
	/* 慈溪地区生产总值是义乌的1.3倍: a multiple, when it is large */
	if (n > 1 && e[1].v > 0 && e[0].v >= 2 * e[1].v) {
		double	 x = e[0].v / e[1].v;
		char	*xs = x < 10 ? g_strdup_printf("%.1f", x) :
			    g_strdup_printf("%.0f", x);

		t = take_title(pl, "multiple", g_strdup_printf("%s%s是%s的%s倍",
		    lead, m, second, xs));
		g_free(xs);
		if (t != NULL)
			return keep_title(pl, "multiple", t);
	}
	/* 浙江十大强县全部超过1000亿: every one over a round number */
	{
		double	 lo = e[n - 1].v, step = pow(10, floor(log10(lo)));
		double	 th = floor(lo / step) * step;

		if (n >= 3 && th > 0 && th >= lo * 0.8 && (th / step == 1 ||
		    th / step == 5 || th / step == 2)) {
			char	*ths = g_strdup_printf("%g", th /
				    (strstr(as_written(e[n - 1].f), "亿") ?
				    1e8 : strstr(as_written(e[n - 1].f), "万") ?
				    1e4 : 1));
			const char *scale = strstr(as_written(e[n - 1].f),
			    "亿") ? "亿" : strstr(as_written(e[n - 1].f),
			    "万") ? "万" : "";

			t = take_title(pl, "all-over", g_strdup_printf(
			    "%s%s%s全部超过%s%s%s", s->entity != NULL ?
			    s->entity : "", count_word(n) != NULL ? "" : "", *m ?
			    m : "各项", ths, scale, s->unit));
			g_free(ths);
			if (t != NULL)
				return keep_title(pl, "all-over", t);
		}
	}
	/* A tie at the top has no leader */
	if (n > 1 && e[0].v == e[1].v)
		return keep_title(pl, "tie", g_strdup_printf("%s与%s%s并列第一",
		    lead, second, m));
	if (*m != '\0' && (t = take_title(pl, "top", g_strdup_printf(
	    "%s%s最高，达%s", lead, m, as_written(e[0].f)))) != NULL)
		return keep_title(pl, "top", t);
	if ((t = take_title(pl, "lead-by", g_strdup_printf("%s以%s居首", lead,
	    as_written(e[0].f)))) != NULL)
		return keep_title(pl, "lead-by", t);
	if (n > 1 && (t = take_title(pl, "first-two", g_strdup_printf(
	    "%s、%s位列前二", lead, second))) != NULL)
		return keep_title(pl, "first-two", t);
	return keep_title(pl, "lead", g_strdup_printf("%s%s领先", lead, m));
}

static bool
any_used(const struct plan *pl, const struct shutu_series *s)
{
	size_t	 i;

	for (i = 0; i < s->nmembers; i++)
		if (g_hash_table_contains(pl->used, member_fact(pl, s, i)))
			return true;
	return false;
}

/* The categories of a series, sorted, and where they stand: one chart. */
static char *
set_key(const struct plan *pl, const struct shutu_series *s)
{
	GPtrArray	*c = g_ptr_array_new();
	GString		*k = g_string_new(NULL);
	size_t		 i;

	for (i = 0; i < s->nmembers; i++)
		g_ptr_array_add(c, (gpointer)s->members[i].category);
	g_ptr_array_sort(c, (GCompareFunc)g_strcmp0);
	g_string_append_printf(k, "%s|%s|", s->period != NULL ? s->period :
	    "", s->entity != NULL ? s->entity : "");
	/*
	 * Levels of two measures over the same parts (城镇 and 农村居民's 出游
	 * and 出游花费) are two charts; their 增速 are covered() by them
	 */
	if (s->role == SHUTU_ROLE_LEVEL)
		g_string_append_printf(k, "%s|", measure_of(s));
	for (i = 0; i < c->len; i++)
		if (i == 0 || strcmp(g_ptr_array_index(c, i),
		    g_ptr_array_index(c, i - 1)) != 0)
			g_string_append_printf(k, "%s|", (const char *)
			    g_ptr_array_index(c, i));
	g_ptr_array_unref(c);
	(void)pl;
	return g_string_free(k, FALSE);
}

static void
use(struct plan *pl, const struct shutu_series *s, GPtrArray *facts,
    bool bars)
{
	size_t	 i;

	for (i = 0; i < s->nmembers; i++)
		g_hash_table_add(pl->used, (gpointer)member_fact(pl, s, i));
	g_hash_table_add(pl->sets, set_key(pl, s));
	/*
	 * Bars of levels cover their categories' 增速 (one chart per set);
	 * a donut does not: the parts' changes are bars of their own
	 */
	if (s->role != SHUTU_ROLE_CHANGE && bars)
		g_ptr_array_add(pl->levels, (gpointer)s);
	else if (s->role != SHUTU_ROLE_CHANGE)
		g_ptr_array_add(pl->wholes, (gpointer)s);
	/* Its largest: a headline number of the infographic */
	if (facts->len > 0 && s->role != SHUTU_ROLE_CHANGE) {
		const struct shutu_fact *top = g_ptr_array_index(facts, 0);

		for (i = 1; i < facts->len; i++)
			if (((const struct shutu_fact *)g_ptr_array_index(facts,
			    i))->value > top->value)
				top = g_ptr_array_index(facts, i);
		const char *cat = NULL;

		for (i = 0; i < s->nmembers; i++)
			if (member_fact(pl, s, i) == top)
				cat = s->members[i].category;
		/* 慈溪(2639亿) has no label: 慈溪居浙江十大强县首位 */
		/* a share's largest part is the largest share: 第二产业增加值占比 */
		/* a share's largest says whose share: 智能安全芯片营收占比 */
		g_hash_table_insert(pl->leaders, (gpointer)top, cat == NULL ?
		    NULL : s->role == SHUTU_ROLE_SHARE ? g_strdup_printf(
		    "%s%s占比", cat, measure_of(s)) : good_label(top->label) ?
		    NULL : g_strdup_printf("%s居%s首位", cat, measure_of(s)));
		if (pl->title != NULL && related(pl->title, measure_of(s)))
			g_hash_table_add(pl->headline_leaders, (gpointer)top);
	}
}

/* Does the title speak of "measure" (十大强县 of 浙江十大强县)? */
static bool
related(const char *title, const char *measure)
{
	glong	 n = g_utf8_strlen(measure, -1), k;

	for (k = 0; k + 4 <= n; k++)
		if (strstr(title, g_utf8_offset_to_pointer(measure, k)) !=
		    NULL)
			return true;
	return false;
}

/*
 * Is "s", a change, of the categories of a level already charted (the
 * 增速 of each 利润总额 bar)?  Half of its categories there.
 */
static bool
covered_by(GPtrArray *levels, const struct shutu_series *s)
{
	size_t	 i, j, k;

	for (k = 0; k < levels->len; k++) {
		const struct shutu_series *l = g_ptr_array_index(levels, k);
		size_t	 in = 0;

		for (i = 0; i < s->nmembers; i++)
			for (j = 0; j < l->nmembers; j++)
				if (strcmp(s->members[i].category,
				    l->members[j].category) == 0) {
					in++;
					break;
				}
		if (in * 2 >= s->nmembers)
			return true;
	}
	return false;
}

static bool
covered(const struct plan *pl, const struct shutu_series *s)
{
	return covered_by(pl->levels, s);
}

/* One measure over parallel categories: bars (a fall below zero). */
/*
 * Does an owner outside the series beat its best ("top") on the same
 * measure, time and role?  兴业、长江、国海证券净利同比增速 are three of
 * eight brokers: 西部证券's 70.59% elsewhere makes any ranking of the
 * three false, so they are no chart of their own.
 */
static bool
outranked(const struct plan *pl, const struct shutu_series *s, double top)
{
	const char	*m = measure_of(s);
	size_t		 i, j, n = shutu_facts_count(pl->facts);
	double		 sum = 0;

	if (strlen(m) < 6)
		return false;
	/* rivals are of owners: 西部证券 beats 兴业证券, no region an industry */
	for (j = 0; j < s->nmembers; j++)
		if (g_strcmp0(member_fact(pl, s, j)->entity,
		    s->members[j].category) != 0)
			return false;
	for (j = 0; j < s->nmembers; j++)
		sum += sign_of(member_fact(pl, s, j)) * member_fact(pl, s,
		    j)->value;
	for (i = 0; i < n; i++) {
		const struct shutu_fact *f = shutu_facts_get(pl->facts, i);
		bool	 member = false;

		if (f->kind != SHUTU_FACT_QUANTITY || f->entity == NULL ||
		    f->role != s->role || g_strcmp0(f->unit, s->unit) != 0 ||
		    g_strcmp0(f->period, s->period) != 0 || f->label == NULL ||
		    strstr(f->label, m) == NULL || sign_of(f) * f->value <= top)
			continue;
		/* 全国 86624亿元 of 东部、中部…地区: the whole, no rival */
		if (s->role == SHUTU_ROLE_LEVEL && f->value >= sum * 0.98)
			continue;
		for (j = 0; j < s->nmembers && !member; j++)
			member = g_strcmp0(member_fact(pl, s, j)->entity,
			    f->entity) == 0;
		/* 潮州市 56.8% is no rival of 长江中游 (城市群) 19% */
		if (!member && strcmp(owner_kind(f->entity), owner_kind(
		    member_fact(pl, s, 0)->entity)) == 0)
			return true;
	}
	return false;
}

/*
 * The kind of an owner by its last words: 潮州市 a city, 长三角 (no
 * suffix) a region, 西部证券 a broker.  Rivals are of one kind.
 */
static const char *
owner_kind(const char *e)
{
	static const char *const kinds[] = {
		"自治区", "街道", "社区", "公司", "集团", "证券", "银行", "保险",
		"地区", "城市群", "市", "县", "区", "省", "镇", "乡", "村", "州",
	};
	const char	*k = suffix_of(e, kinds, G_N_ELEMENTS(kinds));

	return k != NULL ? k : "";
}

static struct plan_chart *
plan_bar(struct plan *pl, const struct shutu_series *s)
{
	struct entry	*e, *byv;
	GPtrArray	*facts;
	JsonBuilder	*b;
	char		*title, *sub, *name;
	double		 top = 0;
	size_t		 i, m, n;
	bool		 keep;
	struct plan_chart *c;

	e = g_new0(struct entry, s->nmembers);
	for (i = 0; i < s->nmembers; i++) {
		e[i].f = member_fact(pl, s, i);
		e[i].category = s->members[i].category;
		e[i].v = sign_of(e[i].f) * e[i].f->value;
	}
	keep = ordered(e, s->nmembers);
	if (!keep)
		qsort(e, s->nmembers, sizeof *e, by_value_desc);
	/*
	 * Bars a thousand times shorter than the longest show nothing; the
	 * direct labels carry anything longer.  第一、二、三产业 keep their
	 * order, so the short ones are taken out wherever they stand.
	 */
	for (i = 0; i < s->nmembers; i++)
		top = MAX(top, fabs(e[i].v));
	for (i = 0, m = 0; i < s->nmembers; i++)
		if (s->role == SHUTU_ROLE_CHANGE || fabs(e[i].v) * 1000 >= top)
			e[m++] = e[i];
	n = MIN(m, BARS_MAX);
	if (n < BARS_MIN) {
		g_free(e);
		return NULL;
	}
	/* Titles speak of the largest: a copy by value, when order is kept */
	byv = g_memdup2(e, n * sizeof *e);
	qsort(byv, n, sizeof *byv, by_value_desc);
	if (outranked(pl, s, byv[0].v)) {
		g_free(byv);
		g_free(e);
		return NULL;
	}
	title = named(pl, bar_title(pl, s, byv, n));
	g_free(byv);
	sub = subtitle_of(pl, s, title);
	b = begin("bar", title, sub, pl->source);
	member_string(b, "unit", s->unit);
	if (keep) {
		json_builder_set_member_name(b, "sort");
		json_builder_add_boolean_value(b, FALSE);
	}
	facts = g_ptr_array_new();
	for (i = 0; i < n; i++)
		g_ptr_array_add(facts, (gpointer)e[i].f);
	as_article(b, facts);
	json_builder_set_member_name(b, "data");
	json_builder_begin_array(b);
	for (i = 0; i < n; i++) {
		json_builder_begin_object(b);
		member_string(b, "label", e[i].category);
		fact_value(b, e[i].f, sign_of(e[i].f));
		member_string(b, "sentence", e[i].f->sentence);
		member_string(b, "id", e[i].f->id);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	name = g_strdup_printf("bar-%u", ++pl->nbar);
	c = finish(b, name, title, facts, false, pl->facts_path);
	use(pl, s, facts, true);
	g_free(name);
	g_free(title);
	g_free(sub);
	g_free(e);
	return c;
}

/* Several measures over the same categories: grouped bars. */
static struct plan_chart *
plan_grouped(struct plan *pl, const struct shutu_series *s)
{
	GPtrArray	*cats = g_ptr_array_new(), *meas = g_ptr_array_new();
	GPtrArray	*facts = g_ptr_array_new();
	JsonBuilder	*b;
	char		*title = NULL, *sub, *name;
	const char	*lead[2] = { NULL, NULL };
	double		 best[2] = { -INFINITY, -INFINITY };
	size_t		 i, j, k;
	struct plan_chart *c;

	for (i = 0; i < s->nmembers; i++) {
		const char *cat = s->members[i].category;
		const char *m = s->members[i].measure;

		for (j = 0; j < cats->len && strcmp(g_ptr_array_index(cats,
		    j), cat) != 0; j++)
			;
		if (j == cats->len)
			g_ptr_array_add(cats, (gpointer)cat);
		for (k = 0; k < meas->len && strcmp(g_ptr_array_index(meas,
		    k), m) != 0; k++)
			;
		if (k == meas->len)
			g_ptr_array_add(meas, (gpointer)m);
		if (k < 2 && member_fact(pl, s, i)->value > best[k]) {
			best[k] = member_fact(pl, s, i)->value;
			lead[k] = cat;
		}
	}
	if (cats->len < 2 || meas->len != 2) {
		g_ptr_array_unref(cats);
		g_ptr_array_unref(meas);
		g_ptr_array_unref(facts);
		return NULL;
	}
	if (g_strcmp0(lead[0], lead[1]) == 0)
		title = take_title(pl, "both-lead", g_strdup_printf(
		    "%s%s、%s均居首", lead[0], (const char *)
		    g_ptr_array_index(meas, 0), (const char *)
		    g_ptr_array_index(meas, 1)));
	if (title == NULL)
		title = take_title(pl, "two-leads", g_strdup_printf(
		    "%s%s最多，%s%s最多", lead[0], (const char *)
		    g_ptr_array_index(meas, 0), lead[1], (const char *)
		    g_ptr_array_index(meas, 1)));
	if (title == NULL)
		title = g_strdup_printf("%s与%s对照", (const char *)
		    g_ptr_array_index(meas, 0), (const char *)
		    g_ptr_array_index(meas, 1));
	title = named(pl, keep_title(pl, "grouped", title));
	sub = subtitle_of(pl, s, title);
	b = begin("bar", title, sub, pl->source);
	member_string(b, "unit", s->unit);
	json_builder_set_member_name(b, "series");
	json_builder_begin_array(b);
	for (k = 0; k < meas->len; k++)
		json_builder_add_string_value(b, g_ptr_array_index(meas, k));
	json_builder_end_array(b);
	for (i = 0; i < s->nmembers; i++)
		g_ptr_array_add(facts, (gpointer)member_fact(pl, s, i));
	as_article(b, facts);
	json_builder_set_member_name(b, "data");
	json_builder_begin_array(b);
	for (j = 0; j < cats->len && j < BARS_MAX; j++) {
		const struct shutu_fact *sent = NULL;

		json_builder_begin_object(b);
		member_string(b, "label", g_ptr_array_index(cats, j));
		json_builder_set_member_name(b, "values");
		json_builder_begin_array(b);
		for (k = 0; k < meas->len; k++) {
			const struct shutu_fact *f = NULL;

			for (i = 0; i < s->nmembers && f == NULL; i++)
				if (strcmp(s->members[i].category,
				    g_ptr_array_index(cats, j)) == 0 &&
				    strcmp(s->members[i].measure,
				    g_ptr_array_index(meas, k)) == 0)
					f = member_fact(pl, s, i);
			if (f == NULL) {
				json_builder_add_int_value(b, 0);
				continue;
			}
			if (sent == NULL)
				sent = f;
			json_builder_begin_object(b);
			fact_value(b, f, 1);
			json_builder_end_object(b);
		}
		json_builder_end_array(b);
		if (sent != NULL)
			member_string(b, "sentence", sent->sentence);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	name = g_strdup_printf("bar-%u", ++pl->nbar);
	c = finish(b, name, title, facts, false, pl->facts_path);
	use(pl, s, facts, true);
	g_free(name);
	g_free(title);
	g_free(sub);
	g_ptr_array_unref(cats);
	g_ptr_array_unref(meas);
	return c;
}

/* The parts of a whole: a donut, or a 100% bar when there are many. */
static struct plan_chart *
plan_share(struct plan *pl, const struct shutu_series *s)
{
	const struct shutu_fact	*total = s->total != SIZE_MAX ?
				    shutu_facts_get(pl->facts, s->total) : NULL;
	struct entry		*e, *big;
	GPtrArray		*facts;
	JsonBuilder		*b;
	double			 sum = 0, whole, big_v;
	const char		*big_cat;
	bool			 keep_order;
	char			*title = NULL, *sub, *name, *w1, *w2;
	const char		*of;
	size_t			 i, n = s->nmembers;
	bool			 percent = s->role == SHUTU_ROLE_SHARE;
	struct plan_chart	*c;

	if (n < 2 || n > PARTS_MAX || (!percent && total == NULL))
		return NULL;
	e = g_new0(struct entry, n);
	for (i = 0; i < n; i++) {
		e[i].f = member_fact(pl, s, i);
		e[i].category = s->members[i].category;
		e[i].v = e[i].f->value;
		sum += e[i].v;
	}
	/* parts rounded past their whole (2550.31 of 2523.31): of their sum */
	whole = percent ? 100 : MAX(total->value, sum);
	/* Two parts of a tenth of the whole: a card says it better */
	if (whole <= 0 || sum < whole * 0.3) {
		g_free(e);
		return NULL;
	}
	keep_order = ordered(e, n);
	/* The title reads the largest two; the chart keeps 第一…第三 */
	big = g_memdup2(e, n * sizeof *e);
	qsort(big, n, sizeof *big, by_value_desc);
	big_v = big[0].v;
	big_cat = big[0].category;
	if (!keep_order)
		memcpy(e, big, n * sizeof *e);
	of = total != NULL && total->label != NULL && *total->label != '\0' ?
	    total->label : measure_of(s);
	w1 = share_words(big[0].v / whole * 100);
	w2 = n > 1 ? share_words((big[0].v + big[1].v) / whole * 100) : NULL;
	if (w1 != NULL)
		title = take_title(pl, "share-of", g_strdup_printf("%s占%s%s",
		    big[0].category, of, w1));
	if (title == NULL && w1 != NULL)
		title = take_title(pl, "share-pct", g_strdup_printf(
		    "%s占比%s", big[0].category, w1));
	if (title == NULL && w1 != NULL)
		title = take_title(pl, "contributes", g_strdup_printf(
		    "%s贡献%s%s", big[0].category, w1, of));
	if (title == NULL && w2 != NULL && big[1].v / whole >= 0.2)
		title = take_title(pl, "two-share", g_strdup_printf(
		    "%s和%s合占%s", big[0].category, big[1].category, w2));
	if (title == NULL)
		title = g_strdup_printf("%s构成：%s最大", of, big[0].category);
	g_free(big);
	title = named(pl, keep_title(pl, "share", title));
	g_free(w1);
	g_free(w2);
	sub = subtitle_of(pl, s, title);
	b = begin("share", title, sub, pl->source);
	member_string(b, "unit", percent ? "%" : s->unit);
	if (n > DONUT_MAX) {
		json_builder_set_member_name(b, "style");
		json_builder_add_string_value(b, "bar");
	}
	/*
	 * 1514976.3 of 1514976, 41781 + 7353 of 49133亿元: parts rounded past
	 * their whole are it, and the centre says the article's number
	 */
	if (total != NULL && !percent && sum <= total->value * 1.001)
		member_number(b, "total", total->value);
	else if (total != NULL && !percent) {
		/*
		 * 三次产业 adding to 2550.31 of 2523.31亿元: a centre total
		 * would be neither; the largest part's share says it
		 */
		char	*ctr = g_strdup_printf("%.1f%%\n%s", big_v / sum * 100,
			    big_cat);

		member_string(b, "center", ctr);
		g_free(ctr);
	}
	if (keep_order) {
		json_builder_set_member_name(b, "sort");
		json_builder_add_boolean_value(b, FALSE);
	}
	facts = g_ptr_array_new();
	for (i = 0; i < n; i++)
		g_ptr_array_add(facts, (gpointer)e[i].f);
	as_article(b, facts);
	if (total != NULL)
		g_ptr_array_add(facts, (gpointer)total);
	json_builder_set_member_name(b, "data");
	json_builder_begin_array(b);
	for (i = 0; i < n; i++) {
		json_builder_begin_object(b);
		member_string(b, "label", e[i].category);
		fact_value(b, e[i].f, 1);
		member_string(b, "sentence", e[i].f->sentence);
		member_string(b, "id", e[i].f->id);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	name = g_strdup_printf("share-%u", ++pl->nshare);
	c = finish(b, name, title, facts, false, pl->facts_path);
	use(pl, s, facts, false);
	if (total != NULL)
		g_hash_table_add(pl->used, (gpointer)total);
	g_free(name);
	g_free(title);
	g_free(sub);
	g_free(e);
	return c;
}

/* A measure over years: a line. */
static struct plan_chart *
plan_line(struct plan *pl, const struct shutu_series *s)
{
	const struct shutu_fact	*f0, *fn;
	GPtrArray		*facts;
	JsonBuilder		*b;
	char			*title = NULL, *sub, *name;
	const char		*m = measure_of(s);
	size_t			 i, n = s->nmembers, rises = 0, falls = 0;
	int			 y0, yn;
	struct plan_chart	*c;

	if (n < 3 || s->role != SHUTU_ROLE_LEVEL)
		return NULL;
	f0 = member_fact(pl, s, 0);
	fn = member_fact(pl, s, n - 1);
	y0 = atoi(s->members[0].category);
	yn = atoi(s->members[n - 1].category);
	for (i = 1; i < n; i++) {
		double	 d = member_fact(pl, s, i)->value - member_fact(pl, s,
			    i - 1)->value;

		rises += d > 0;
		falls += d < 0;
	}
	if (f0->value > 0 && count_word((size_t)(yn - y0)) != NULL) {
		double	 pct = (fn->value / f0->value - 1) * 100;

		title = take_title(pl, "years-change", g_strdup_printf(
		    "%s%s年%s%.0f%%", m, count_word((size_t)(yn - y0)), pct >= 0 ?
		    "增长" : "下降", fabs(pct)));
	}
	if (title == NULL && rises == n - 1)
		title = take_title(pl, "years-rise", g_strdup_printf(
		    "%s逐年攀升", m));
	if (title == NULL && falls == n - 1)
		title = take_title(pl, "years-fall", g_strdup_printf(
		    "%s逐年下降", m));
	if (title == NULL)
		title = g_strdup_printf("%s由%s变为%s", m, as_written(f0),
		    as_written(fn));
	title = named(pl, keep_title(pl, "line", title));
	sub = subtitle_of(pl, s, title);
	b = begin("line", title, sub, pl->source);
	member_string(b, "unit", s->unit);
	facts = g_ptr_array_new();
	for (i = 0; i < n; i++)
		g_ptr_array_add(facts, (gpointer)member_fact(pl, s, i));
	as_article(b, facts);
	json_builder_set_member_name(b, "data");
	json_builder_begin_array(b);
	for (i = 0; i < n; i++) {
		const struct shutu_fact *f = member_fact(pl, s, i);

		json_builder_begin_object(b);
		member_string(b, "x", s->members[i].category);
		member_number(b, "value", f->value);
		if (f->approx != SHUTU_APPROX_EXACT)
			member_string(b, "approx",
			    shutu_approx_name(f->approx));
		member_string(b, "text", f->text);
		member_string(b, "sentence", f->sentence);
		member_string(b, "id", f->id);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	name = g_strdup_printf("line-%u", ++pl->nline);
	c = finish(b, name, title, facts, false, pl->facts_path);
	use(pl, s, facts, true);
	g_free(name);
	g_free(title);
	g_free(sub);
	return c;
}

/*
 * Which series first: whole partitions (parts that make up their total),
 * then by the facts they chart, several measures before one.
 */
static int
series_rank(const struct plan *pl, const struct shutu_series *s)
{
	int	 r = (int)s->nmembers;

	if (s->kind == SHUTU_SERIES_PARTS) {
		double	 sum = 0, whole;
		size_t	 i;

		for (i = 0; i < s->nmembers; i++)
			sum += member_fact(pl, s, i)->value;
		whole = s->total != SIZE_MAX ? shutu_facts_get(pl->facts,
		    s->total)->value : 100;
		if (fabs(sum - whole) <= whole * 0.02)
			r += 100;
	}
	if (s->kind == SHUTU_SERIES_YEARS)
		r += 50;
	/* A level before its change: 利润总额 before its 增速 */
	if (s->role == SHUTU_ROLE_LEVEL)
		r += 10;
	return r;
}

struct	ranked {
	const struct shutu_series	*s;
	int				 rank;
	size_t				 first;	/* where it starts */
};

static int
by_rank(gconstpointer a, gconstpointer b)
{
	const struct ranked *x = a, *y = b;
	bool	 cx = x->s->role == SHUTU_ROLE_CHANGE;
	bool	 cy = y->s->role == SHUTU_ROLE_CHANGE;

	/* Levels before changes, so a change of a charted level is seen */
	if (cx != cy)
		return cx - cy;
	if (x->rank != y->rank)
		return y->rank - x->rank;
	return (x->first > y->first) - (x->first < y->first);
}

static int
by_position(gconstpointer a, gconstpointer b)
{
	const struct plan_chart *x = *(const struct plan_chart *const *)a;
	const struct plan_chart *y = *(const struct plan_chart *const *)b;
	const struct shutu_fact *fx = x->facts->len > 0 ?
	    g_ptr_array_index(x->facts, 0) : NULL;
	const struct shutu_fact *fy = y->facts->len > 0 ?
	    g_ptr_array_index(y->facts, 0) : NULL;
	size_t	 px = fx != NULL ? fx->start : 0, py = fy != NULL ? fy->start :
		    0, i;

	for (i = 0; i < x->facts->len; i++)
		px = MIN(px, ((const struct shutu_fact *)g_ptr_array_index(
		    x->facts, i))->start);
	for (i = 0; i < y->facts->len; i++)
		py = MIN(py, ((const struct shutu_fact *)g_ptr_array_index(
		    y->facts, i))->start);
	return (px > py) - (px < py);
}

/*
 * Is "e" a place or a company that owns its numbers?  An office that
 * publishes them (国家统计局, 调查总队) is named by the source line.
 */
static bool
owner(const char *e)
{
	static const char *const offices[] = {
		"局", "队", "部", "委", "办", "中心", "院", "署", "所",
	};
	size_t	 i;

	if (e == NULL)
		return false;
	for (i = 0; i < G_N_ELEMENTS(offices); i++)
		if (g_str_has_suffix(e, offices[i]))
			return false;
	return true;
}

static void
plan_series(struct plan *pl)
{
	size_t		 n = shutu_facts_series_count(pl->facts), i, made = 0;
	struct ranked	*r = g_new0(struct ranked, MAX(n, 1));
	GPtrArray	*charts = g_ptr_array_new();

	for (i = 0; i < n; i++) {
		const struct shutu_series *s = shutu_facts_get_series(
		    pl->facts, i);

		r[i].s = s;
		r[i].rank = series_rank(pl, s);
		r[i].first = s->nmembers > 0 ? s->members[0].fact : 0;
	}
	qsort(r, n, sizeof *r, by_rank);
	/* 慈溪's and 乐清's 地区生产总值构成: the entity tells them apart */
	for (i = 0; i < n && !pl->many_entities; i++) {
		size_t	 j;

		for (j = i + 1; j < n && !pl->many_entities; j++)
			pl->many_entities = owner(r[i].s->entity) &&
			    owner(r[j].s->entity) && strcmp(r[i].s->entity,
			    r[j].s->entity) != 0 && strcmp(measure_of(r[i].s),
			    measure_of(r[j].s)) == 0 && r[i].s->kind ==
			    r[j].s->kind;
	}
	for (i = 0; i < n && made < CHARTS_MAX; i++) {
		const struct shutu_series	*s = r[i].s;
		struct plan_chart		*c = NULL;
		char				*k;
		bool				 seen;

		if (any_used(pl, s))
			continue;
		/* One chart per set of categories (the 增速 of a charted 利润) */
		k = set_key(pl, s);
		seen = g_hash_table_contains(pl->sets, k);
		g_free(k);
		/* 比重分别为11.1%、45.2%: the donut of the same parts says it */
		if (seen || (s->role == SHUTU_ROLE_CHANGE &&
		    covered(pl, s)) || (s->role == SHUTU_ROLE_SHARE &&
		    covered_by(pl->wholes, s)))
			continue;
		/* A chart must say what it measures */
		if (*measure_of(s) == '\0')
			continue;
		pl->entity = pl->many_entities && owner(s->entity) ? s->entity :
		    NULL;
		switch (s->kind) {
		case SHUTU_SERIES_PARTS:
			c = plan_share(pl, s);
			if (c == NULL && s->role != SHUTU_ROLE_SHARE)
				c = plan_bar(pl, s);
			break;
		case SHUTU_SERIES_MEASURES:
			c = plan_grouped(pl, s);
			break;
		case SHUTU_SERIES_YEARS:
			c = plan_line(pl, s);
			break;
		default:
			c = plan_bar(pl, s);
		}
		if (c != NULL) {
			g_ptr_array_add(charts, c);
			made++;
		}
	}
	/* In the order the article tells them */
	g_ptr_array_sort(charts, by_position);
	for (i = 0; i < charts->len; i++)
		g_ptr_array_add(pl->out, g_ptr_array_index(charts, i));
	g_ptr_array_unref(charts);
	g_free(r);
}

/* The infographic: the headline numbers */

/* Labels that name nothing a reader can use alone. */
static bool
good_label(const char *l)
{
	static const char *const bad[] = {
		"原标题", "用时", "工作", "推动", "行业", "工业", "会议", "数",
		"个", "次", "项目", "活动", "企业", "城市", "市州中", "年",
		"月", "其中", "全年", "同比", "增速", "增长", "下降", "比重",
		"占比", "水平", "规模", "总量", "投资", "收入", "人", "资金",
		"投入", "金额", "面积", "数量",
	};
	glong	 n;
	size_t	 i;

	if (l == NULL)
		return false;
	n = g_utf8_strlen(l, -1);
	if (n < 2 || n > LABEL_MAX_CP)
		return false;
	for (i = 0; i < G_N_ELEMENTS(bad); i++)
		if (strcmp(l, bad[i]) == 0)
			return false;
	/* 解决社区, 安徽省省: a verb first, or a place said twice */
	{
		const char	*last = g_utf8_prev_char(l + strlen(l));
		const char	*before = last > l ? g_utf8_prev_char(last) :
				    NULL;

		if (before != NULL && strncmp(before, last, strlen(last)) ==
		    0 && last - before == (ptrdiff_t)strlen(last))
			return false;
	}
	/* 规模以上 (5.8万家规模以上文化…企业, cut): a size class, no noun */
	if (g_str_has_suffix(l, "以上") || g_str_has_suffix(l, "以下"))
		return false;
	if (g_str_has_suffix(l, "低") || g_str_has_suffix(l, "高") ||
	    g_str_has_prefix(l, "继") || g_str_has_prefix(l, "距") ||
	    strstr(l, "以来") != NULL || g_str_has_prefix(l, "自") ||
	    g_str_has_prefix(l, "高于") || g_str_has_prefix(l, "低于") ||
	    g_str_has_prefix(l, "比") || g_str_has_prefix(l, "较") ||
	    g_str_has_prefix(l, "解决") || g_str_has_prefix(l, "推动") ||
	    g_str_has_prefix(l, "实现") || g_str_has_prefix(l, "完成") ||
	    g_str_has_prefix(l, "发生") || g_str_has_prefix(l, "开展"))
		return false;
	return !repeats(l);
}

/*
 * 增速超过10%的行业, 10亿元以上的项目: a number before 的 is a threshold
 * that says which, no figure of its own.
 */
static bool
threshold(const struct shutu_fact *f)
{
	const char	*at;
	bool		 bound;

	if (f->sentence == NULL || f->text == NULL ||
	    (at = strstr(f->sentence, f->text)) == NULL)
		return false;
	at += strlen(f->text);
	bound = f->approx == SHUTU_APPROX_OVER || f->approx ==
	    SHUTU_APPROX_UNDER;
	if (g_str_has_prefix(at, "以上") || g_str_has_prefix(at, "以下")) {
		at += strlen("以上");
		bound = true;
	}
	/* a bound before 的; 总投资3亿元的项目 is the project's figure */
	if (bound && g_str_has_prefix(at, "的"))
		return true;
	/* 站上亿元乡镇新台阶, 千万元企业: an amount that names a class */
	if (f->dimension == SHUTU_DIM_MONEY && (g_str_has_prefix(at, "乡镇") ||
	    g_str_has_prefix(at, "企业") || g_str_has_prefix(at, "项目") ||
	    g_str_has_prefix(at, "村") || g_str_has_prefix(at, "大镇") ||
	    g_str_has_prefix(at, "县")))
		return true;
	/* 在全市38个乡镇综合实力排名中: the field a rank is out of */
	{
		const char *r = strstr(at, "排名");

		if (r != NULL && g_utf8_strlen(at, r - at) <= 8 &&
		    memchr(at, 0xef, (size_t)(r - at)) == NULL)
			return true;
	}
	return false;
}

/*
 * 两条底线, 三个“一号工程”, 一年两人净收入: GB/T 15835 has counts
 * written in Arabic digits and keeps Chinese numerals for set phrases,
 * programmes and asides, so a small exact count in Chinese numerals is
 * seldom a figure a reader is meant to take away.
 */
static bool
phrase_count(const struct shutu_fact *f)
{
	const char	*p;

	if (f->dimension != SHUTU_DIM_COUNT || f->approx != SHUTU_APPROX_EXACT ||
	    !(f->value <= 10) || f->text == NULL)
		return false;
	for (p = f->text; *p != '\0'; p++)
		if (g_ascii_isdigit(*p) || (unsigned char)*p == 0xef)
			return false;	/* 5个, ５个 (full width: EF BC 90-99) */
	return true;
}

/*
 * 在全省13个市州61个县区…新建食堂400个, 除23个重点帮扶县以外: places
 * counted in the phrase that says where the work is done are its scope,
 * not what it made.
 */
static bool
scope_count(const struct shutu_fact *f)
{
	static const char *const kinds[] = {
		"市州", "县区", "县市", "乡镇", "街道", "社区", "县", "市", "区",
		"乡", "镇", "村", "省", "重点", "贫困",
	};
	const char	*at, *p, *clause;
	size_t		 i;
	bool		 kind = false;

	if (f->dimension != SHUTU_DIM_COUNT || f->sentence == NULL ||
	    f->text == NULL || (at = strstr(f->sentence, f->text)) == NULL)
		return false;
	p = at + strlen(f->text);
	for (i = 0; i < G_N_ELEMENTS(kinds) && !kind; i++)
		kind = g_str_has_prefix(p, kinds[i]);
	if (!kind)
		return false;
	/* back to the clause's start: 在 or 除 before it, not far back */
	for (clause = at; clause > f->sentence; ) {
		const char *c = g_utf8_prev_char(clause);
		gunichar u = g_utf8_get_char(c);

		if (u == 0xff0c || u == 0xff1b || u == 0x3002 || u == 0xff1a ||
		    u == ',' || u == ';')
			break;
		clause = c;
	}
	for (p = at; p > clause && g_utf8_strlen(p, at - p) <= 20; ) {
		p = g_utf8_prev_char(p);
		if (g_str_has_prefix(p, "在") || g_str_has_prefix(p, "除"))
			return true;
	}
	return false;
}

/* 一天80元, 此后三十年: a label that says when or per what, not what */
static bool
time_label(const char *l)
{
	static const char *const ends[] = {
		"天", "日", "年", "月", "周", "后", "前", "来",
	};
	/* 一天, 每年, 此后, 今年: a determiner and a time (not 青年) */
	static const char	 first[] = "一两每此今去明本当全近同该";

	if (l == NULL || g_utf8_strlen(l, -1) > 3 || g_utf8_strchr(first, -1,
	    g_utf8_get_char(l)) == NULL)
		return false;
	return suffix_of(l, ends, G_N_ELEMENTS(ends)) != NULL;
}

static bool
card_ok(const struct shutu_fact *f)
{
	/*
	 * 数百个候选对象, 几十家: a vague count is no headline number; nor
	 * is how long something took (8年“三连跳”), which is no amount
	 */
	return f->kind == SHUTU_FACT_QUANTITY && isfinite(f->value) &&
	    good_label(f->label) && !time_label(f->label) &&
	    f->dimension != SHUTU_DIM_OTHER &&
	    f->dimension != SHUTU_DIM_DURATION && !phrase_count(f) &&
	    !scope_count(f) &&
	    !threshold(f) && !g_str_has_prefix(f->text, "数") &&
	    strstr(f->text, "几") == NULL;	/* 几十家, 二十几名 */
}

/* The article's first paragraph with numbers after its title: the lead. */
static size_t
lead_end(const struct shutu_facts *facts, const char *title)
{
	size_t		 i, n = shutu_facts_count(facts);
	const char	*first = NULL;

	for (i = 0; i < n; i++) {
		const struct shutu_fact *f = shutu_facts_get(facts, i);

		if (f->kind != SHUTU_FACT_QUANTITY || f->sentence == NULL ||
		    (title != NULL && strstr(f->sentence, title) != NULL))
			continue;
		/* The lead: the first sentence with numbers, and the next */
		if (first == NULL)
			first = f->sentence;
		else if (f->sentence != first && strcmp(f->sentence,
		    first) != 0)
			return i + 3;
	}
	return n;
}

/* 国家统计局, 新华社, 人民日报: an office or a paper, who tells the news */
static bool
speaker_name(const char *s, const char *e)
{
	static const char *const ends[] = {
		"局", "社", "报", "网", "台", "部", "委", "办", "署", "厅",
		"总队", "调查队", "中心", "研究院",
	};
	return span_ends_in(s, e, ends, G_N_ELEMENTS(ends));
}

/*
 * The headline for a page title: without a column's [聚焦两会] and up
 * to its first break (浙江十大强县尘埃落定!乐清重返第四… → 浙江十大强县
 * 尘埃落定).
 */
static char *
headline(const char *title)
{
	const char	*p = title, *q;
	GString		*h = g_string_new(NULL);

	/*
	 * 【新闻】…: a rubric before the headline; but 【长征镇扶贫开发与新农村
	 * 建设】 alone, a yearbook's entry, is the headline in brackets
	 */
	if (g_str_has_prefix(p, "[") || g_str_has_prefix(p, "【")) {
		size_t	 open = g_str_has_prefix(p, "[") ? 1 : strlen("【");

		q = strstr(p, open == 1 ? "]" : "】");
		if (q != NULL && q[open == 1 ? 1 : strlen("】")] == '\0') {
			g_string_append_len(h, p + open, q - (p + open));
			return g_string_free(h, FALSE);
		}
		if (q != NULL)
			p = q + (open == 1 ? 1 : strlen("】"));
	}
	for (q = p; *q != '\0'; q = g_utf8_next_char(q)) {
		gunichar	 c = g_utf8_get_char(q);

		if ((c == '!' || c == 0xff01 || c == ',' || c == 0xff0c ||
		    c == 0xff1f || c == '?') && g_utf8_strlen(p, q - p) >= 6)
			break;
		/*
		 * 石佛办事处：红色引擎聚合力…: whose page it is; but 国家统计局：
		 * 2023年国内出游48.9亿人次 is who says the headline after it
		 */
		if ((c == 0xff1a || c == ':') && g_utf8_strlen(p, q - p) >= 3 &&
		    g_utf8_strlen(p, q - p) <= 12) {
			const char *r = q + (c == ':' ? 1 : strlen("："));

			if (speaker_name(p, q) && *r != '\0')
				return headline(r);
			break;
		}
	}
	g_string_append_len(h, p, q - p);
	return g_string_free(h, FALSE);
}

/* 慈溪市, 沟赵办事处, 石井街道: a place, whose numbers are surely its. */
static bool
place(const char *e)
{
	static const char *const ends[] = {
		"省", "市", "县", "区", "镇", "乡", "村", "街道", "办事处", "社区",
	};
	if (e == NULL || !good_label(e))
		return false;	/* 距分水镇: a misread place */
	return suffix_of(e, ends, G_N_ELEMENTS(ends)) != NULL;
}

/* 华泰证券, 美的集团: a company, whose card may name it. */
static bool
company(const char *e)
{
	static const char *const ends[] = {
		"公司", "集团", "证券", "银行", "保险", "股份", "基金", "信托",
	};
	if (e == NULL || !good_label(e))
		return false;
	return suffix_of(e, ends, G_N_ELEMENTS(ends)) != NULL;
}

/* The entity that owns the most quantities: the article's. */
static const char *
main_entity(const struct shutu_facts *facts)
{
	GHashTable	*n = g_hash_table_new(g_str_hash, g_str_equal);
	const char	*best = NULL;
	int		 most = 0;
	size_t		 i;

	for (i = 0; i < shutu_facts_count(facts); i++) {
		const struct shutu_fact *f = shutu_facts_get(facts, i);
		int	 k;

		if (f->kind != SHUTU_FACT_QUANTITY || f->entity == NULL ||
		    !good_label(f->entity))
			continue;
		k = GPOINTER_TO_INT(g_hash_table_lookup(n, f->entity)) + 1;
		g_hash_table_insert(n, (gpointer)f->entity, GINT_TO_POINTER(k));
		if (k > most) {
			most = k;
			best = f->entity;
		}
	}
	g_hash_table_destroy(n);
	return best;
}

/* Is "iso" a single day (2013-08-20, --08-20)? */
static bool
day_period(const char *iso)
{
	const char	*p = iso[0] == '-' ? iso + 2 : iso + 4;

	return strchr(iso, '/') == NULL && strlen(p) == 6 && p[0] == '-' &&
	    p[3] == '-';
}

/* The year most of the cards are of (0: none said). */
static int
cards_year(GPtrArray *cards)
{
	int	 years[CARDS_MAX] = { 0 }, counts[CARDS_MAX] = { 0 };
	size_t	 i, j, n = 0, best = 0;

	for (i = 0; i < cards->len; i++) {
		const struct shutu_fact *f = g_ptr_array_index(cards, i);
		int	 y = f->period != NULL ? atoi(f->period) : 0;

		if (y == 0)
			continue;
		for (j = 0; j < n && years[j] != y; j++)
			;
		if (j == n && n < CARDS_MAX)
			years[n++] = y;
		if (j < n)
			counts[j]++;
	}
	for (j = 1; j < n; j++)
		if (counts[j] > counts[best])
			best = j;
	return n > 0 ? years[best] : 0;
}

/* The period most of the cards are of, or NULL. */
static const char *
cards_period(GPtrArray *cards)
{
	const char	*best = NULL;
	size_t		 i, j, k, most = 0;

	for (i = 0; i < cards->len; i++) {
		const char *p = ((const struct shutu_fact *)
		    g_ptr_array_index(cards, i))->period;

		if (p == NULL)
			continue;
		for (j = 0, k = 0; j < cards->len; j++)
			k += g_strcmp0(((const struct shutu_fact *)
			    g_ptr_array_index(cards, j))->period, p) == 0;
		if (k > most) {
			most = k;
			best = p;
		}
	}
	return best;
}

/*
 * The change said right after a level (产值7.899亿元，增长8%; 利润总额
 * 9438.4亿元，同比下降2.4%): the next fact of the same sentence, a few
 * characters on, of the same measure.  Its card shows it under the
 * level, so the two never stand apart as two cards.
 */
static const struct shutu_fact *
change_after(const struct shutu_facts *facts, size_t i)
{
	const struct shutu_fact *l = shutu_facts_get(facts, i), *c;
	size_t	 n = shutu_facts_count(facts), k = i + 1;

	if (l->kind != SHUTU_FACT_QUANTITY || l->role == SHUTU_ROLE_CHANGE ||
	    k >= n)
		return NULL;
	/* 产值7.899亿元，较2016年7.262亿元增长8%: past the base's time */
	while (k + 1 < n && shutu_facts_get(facts, k)->kind !=
	    SHUTU_FACT_QUANTITY)
		k++;
	c = shutu_facts_get(facts, k);
	/*
	 * … and past the base, of another time (not the next of a list:
	 * 12.88亿元、10.47亿元…，分别增长21.73%…)
	 */
	if (c->kind == SHUTU_FACT_QUANTITY && c->role != SHUTU_ROLE_CHANGE &&
	    g_strcmp0(c->label, l->label) == 0 && g_strcmp0(c->unit,
	    l->unit) == 0 && g_strcmp0(c->period, l->period) != 0 &&
	    k + 1 < n)
		c = shutu_facts_get(facts, ++k);
	if (c->kind != SHUTU_FACT_QUANTITY || c->role != SHUTU_ROLE_CHANGE ||
	    c->text == NULL || l->sentence == NULL || c->sentence == NULL ||
	    strcmp(l->sentence, c->sentence) != 0 || c->start < l->end ||
	    c->start - l->end > CHANGE_GAP_CP)
		return NULL;
	/* 利润总额 and 利润总额增速; a change with no label of its own */
	if (c->label != NULL && *c->label != '\0' && (l->label == NULL ||
	    !g_str_has_prefix(c->label, l->label)))
		return NULL;
	return c;
}

/*
 * The levels of the main indicators (series.c's 主要指标: 生产总值
 * 3212.2亿元 … 增长8%), each mapped to its change: the headline cards
 * of a report.
 */
static GHashTable *
indicator_levels(const struct shutu_facts *facts)
{
	GHashTable	*h = g_hash_table_new(NULL, NULL);
	size_t		 k, j, i;

	for (k = 0; k < shutu_facts_series_count(facts); k++) {
		const struct shutu_series *s = shutu_facts_get_series(facts, k);

		if (g_strcmp0(s->measure, "主要指标") != 0)
			continue;
		for (j = 0; j < s->nmembers; j++) {
			const struct shutu_fact *c = shutu_facts_get(facts,
			    s->members[j].fact);

			/* its level: of its sentence, labelled by its name */
			for (i = s->members[j].fact; i-- > 0; ) {
				const struct shutu_fact *l = shutu_facts_get(
				    facts, i);

				if (g_strcmp0(l->sentence, c->sentence) != 0)
					break;
				/* not the base: 较2016年7.262亿元 is of another time */
				if (l->role == SHUTU_ROLE_LEVEL && g_strcmp0(
				    l->label, s->members[j].category) == 0 &&
				    g_strcmp0(l->period, c->period) == 0) {
					g_hash_table_insert(h, (gpointer)l,
					    (gpointer)c);
					break;
				}
			}
		}
	}
	return h;
}

/* Is "c" the change of one of the indicators' levels? */
static bool
folded_change(GHashTable *indicators, const struct shutu_fact *c)
{
	GHashTableIter	 it;
	gpointer	 v;

	g_hash_table_iter_init(&it, indicators);
	while (g_hash_table_iter_next(&it, NULL, &v))
		if (v == c)
			return true;
	return false;
}

/* Is the change at "i" the one said with the level "l"? */
static bool
folded(const struct shutu_facts *facts, size_t i, const struct shutu_fact *l)
{
	size_t	 k;

	for (k = i; k-- > 0 && i - k <= 4; )
		if (shutu_facts_get(facts, k) == l)
			return change_after(facts, k) == shutu_facts_get(facts,
			    i);
	return false;
}

/* "增长8%", "下降6.5%", "提高3.5个百分点": a change in words. */
static char *
change_words(const struct shutu_fact *c)
{
	bool	 points = c->unit != NULL && strcmp(c->unit, "个百分点") == 0;

	/*
	 * 是2012年的1.64倍 is 1.64 times, not 增长1.64倍 (2.64 times): a
	 * multiple says what it is of, as the article does
	 */
	if (c->unit != NULL && strcmp(c->unit, "倍") == 0 && c->sentence !=
	    NULL) {
		const char	*at = strstr(c->sentence, c->text), *is;

		for (is = at; at != NULL && is > c->sentence && at - is < 30;
		    is = g_utf8_prev_char(is))
			if (g_str_has_prefix(is, "是") || g_str_has_prefix(is,
			    "为")) {
				if (memchr(is, 0xef, (size_t)(at - is)) == NULL)
					return g_strndup(is, (size_t)(at - is) +
					    strlen(c->text));
				break;
			}
		if (at == NULL || !(at - c->sentence >= 6 && memcmp(at - 6,
		    "增长", 6) == 0))
			return g_strdup_printf("为%s", c->text);
	}
	/* 年均增长5.1%: a yearly average over years says so */
	{
		const char *avg = c->label != NULL && strstr(c->label,
		    "年均") != NULL ? "年均" : "";

		if (c->value < 0 || g_str_has_prefix(c->text, "-"))
			return g_strdup_printf("%s%s%s", avg, points ? "变化" :
			    "增长", c->text);
		return g_strdup_printf("%s%s%s", avg, c->direction < 0 ?
		    "下降" : points ? "提高" : "增长", c->text);
	}
}

/* The change a card shows under its number, or NULL. */
static const struct shutu_fact *
shown_change(const struct shutu_facts *facts, GHashTable *indicators,
    const struct shutu_fact *f)
{
	const struct shutu_fact	*cf;
	size_t			 k, n = shutu_facts_count(facts);

	if ((cf = g_hash_table_lookup(indicators, f)) != NULL)
		return cf;
	for (k = 0; k < n && shutu_facts_get(facts, k) != f; k++)
		;
	if (k < n && (cf = change_after(facts, k)) != NULL)
		return cf;
	/*
	 * 经调整净利润41亿元创新高 (the title) … 经调整净利润达到人民币41亿元，
	 * 同比增长18.9%: the same number said again with its change
	 */
	for (k = k < n ? k + 1 : n; k < n; k++) {
		const struct shutu_fact *g = shutu_facts_get(facts, k);

		if (g->kind == SHUTU_FACT_QUANTITY && g->value == f->value &&
		    g_strcmp0(g->unit, f->unit) == 0 && g_strcmp0(g->label,
		    f->label) == 0 && g_strcmp0(g->entity, f->entity) == 0)
			return change_after(facts, k);
	}
	return NULL;
}

static struct plan_chart *
plan_infographic(struct plan *pl, const struct plan_chart *tl)
{
	char		*subtitle = NULL;
	const struct shutu_facts *facts = pl->facts;
	GPtrArray	*chosen = g_ptr_array_new();
	GPtrArray	*ents = g_ptr_array_new();
	GHashTable	*indicators;
	JsonBuilder	*b;
	char		*t;
	size_t		 i, j, n = shutu_facts_count(facts), lead;
	int		 pass, main_year, changes = 0, from_lead = 0;
	size_t		 owners;
	const char	*main_owner, *main_period;
	bool		 sections;
	struct plan_chart *c;

	lead = lead_end(facts, pl->title);
	indicators = indicator_levels(facts);
	/*
	 * The title's numbers, the main indicators' levels (with their
	 * changes), the lead's (changes at most two; not when the
	 * indicators are there: a report's lead is its meeting), the
	 * leaders of the series charted, then the first of the rest.
	 */
	for (pass = 0; pass < 6 && chosen->len < CARDS_MAX; pass++)
		for (i = 0; i < n && chosen->len < CARDS_MAX; i++) {
			const struct shutu_fact *f = shutu_facts_get(facts, i);
			/* in the title line itself, not a sentence it runs into */
			bool	 in_title = pl->title != NULL && f->sentence !=
				    NULL && strstr(f->sentence, pl->title) !=
				    NULL && f->start <= (size_t)g_utf8_strlen(
				    pl->title, -1) + TITLE_SLACK_CP;
			bool	 dup = false, leader = g_hash_table_contains(
				    pl->leaders, f);

			if (!(card_ok(f) || (leader && g_hash_table_lookup(
			    pl->leaders, f) != NULL)) ||
			    (pass == 0 && !in_title) || (pass == 1 &&
			    !g_hash_table_contains(pl->headline_leaders, f)) ||
			    (pass == 2 && !g_hash_table_contains(indicators,
			    f)) || (pass == 3 && (i >= lead || (f->role ==
			    SHUTU_ROLE_CHANGE && changes >= 2) || from_lead >=
			    4 || g_hash_table_size(indicators) >= CARDS_MIN)) ||
			    (pass == 4 && !leader) || (pass == 5 &&
			    (f->role == SHUTU_ROLE_CHANGE ||
			    g_hash_table_size(indicators) >= CARDS_MIN)))
				continue;
			/*
			 * Plans beside results (今年将增补学位20000个 beside
			 * 已建设周转宿舍18.53万平方米) are not one set of
			 * headline numbers: the first card's status is all
			 */
			if (chosen->len > 0 && ((const struct shutu_fact *)
			    g_ptr_array_index(chosen, 0))->status != f->status)
				continue;
			/* A change shown on its indicator's card */
			if (f->role == SHUTU_ROLE_CHANGE && folded_change(
			    indicators, f))
				continue;
			for (j = 0; j < chosen->len && !dup; j++) {
				const struct shutu_fact *g =
				    g_ptr_array_index(chosen, j);

				/* The same number said twice; 志愿者 of two
				 * 办事处 are two */
				/* 慈溪(2639亿) and 2639.45亿元: one number */
				dup = g == f || (g->value > 0 && fabs(g->value -
				    f->value) <= g->value * 0.001) ||
				    (g->label != NULL && f->label !=
				    NULL && strcmp(g->label, f->label) ==
				    0 && g_strcmp0(g->entity, f->entity) == 0 &&
				    (g->value == f->value || g->dimension ==
				    f->dimension));
			}
			/* A change said with its level goes on that card */
			for (j = 0; j < chosen->len && !dup && f->role ==
			    SHUTU_ROLE_CHANGE; j++)
				dup = folded(facts, i, g_ptr_array_index(chosen,
				    j));
			/*
			 * 同比增长93.3% of the headline, shown already on the
			 * card of 国内出游48.9亿人次 (the body says it again)
			 */
			for (j = 0; j < chosen->len && !dup && f->role ==
			    SHUTU_ROLE_CHANGE; j++) {
				const struct shutu_fact *sc = shown_change(facts,
				    indicators, g_ptr_array_index(chosen, j));

				dup = sc != NULL && sc->value == f->value &&
				    g_strcmp0(sc->unit, f->unit) == 0;
			}
			if (dup)
				continue;
			g_ptr_array_add(chosen, (gpointer)f);
			changes += f->role == SHUTU_ROLE_CHANGE;
			from_lead += pass == 3;
		}
	if (chosen->len < CARDS_MIN) {
		g_ptr_array_unref(chosen);
		g_ptr_array_unref(ents);
		g_hash_table_destroy(indicators);
		return NULL;
	}
	for (i = 0; i < chosen->len; i++) {
		const char *e = ((const struct shutu_fact *)
		    g_ptr_array_index(chosen, i))->entity;

		for (j = 0; j < ents->len && g_strcmp0(g_ptr_array_index(ents,
		    j), e) != 0; j++)
			;
		if (j == ents->len && e != NULL)
			g_ptr_array_add(ents, (gpointer)e);
	}
	/* Sections: entities that own more than one of the cards */
	sections = ents->len > 1 && ents->len <= SECTIONS_MAX;
	for (j = 0; j < ents->len && sections; j++)
		sections = good_label(g_ptr_array_index(ents, j));
	for (j = 0; j < ents->len && sections; j++) {
		size_t	 own = 0;

		for (i = 0; i < chosen->len; i++)
			own += g_strcmp0(((const struct shutu_fact *)
			    g_ptr_array_index(chosen, i))->entity,
			    g_ptr_array_index(ents, j)) == 0;
		sections = own >= 2;
	}
	main_year = cards_year(chosen);
	main_period = cards_period(chosen);
	main_owner = main_entity(facts);
	for (j = 0, owners = 0; j < ents->len; j++)
		owners += owner(g_ptr_array_index(ents, j));
	if (g_hash_table_size(indicators) >= CARDS_MIN) {
		/* a report's main indicators: say so, not its meeting */
		GHashTableIter	 it;
		gpointer	 k;
		const struct shutu_fact *l;
		char		*pw;

		g_hash_table_iter_init(&it, indicators);
		g_hash_table_iter_next(&it, &k, NULL);
		l = k;
		pw = period_words(l->period);
		t = g_strdup_printf("一图读懂%s%s主要指标", pw != NULL ? pw : "",
		    l->entity != NULL ? l->entity : "");
		g_free(pw);
	} else if (pl->title != NULL) {
		char	*h = headline(pl->title);
		const char *per = main_period;
		char	*pw = per != NULL && !day_period(per) ?
			    period_words(per) : NULL;
		GString	*st = g_string_new(NULL);

		t = g_strdup_printf("一图读懂：%s", h);
		/*
		 * 经调整净利润41亿元创新高: a headline may name neither whose
		 * nor when; the subtitle says what it leaves out
		 */
		if (pw != NULL && strstr(t, pw) == NULL) {
			char	 yr[8];

			/* 2019年 in the title: its year is said */
			g_snprintf(yr, sizeof yr, "%.4s", pw);
			if (!(atoi(pw) > 999 && strstr(t, yr) != NULL))
				g_string_append(st, pw);
		}
		/* as a chart's subtitle says them: 2020年三季度，小米集团 */
		if (main_owner != NULL && (place(main_owner) ||
		    company(main_owner)) && strstr(t, main_owner) == NULL)
			g_string_append_printf(st, "%s%s", st->len > 0 ? "，" :
			    "", main_owner);
		if (st->len > 0)
			subtitle = g_string_free(st, FALSE);
		else
			g_string_free(st, TRUE);
		g_free(pw);
		g_free(h);
	} else {
		/*
		 * The first card's period, unless a day's (截至8月20日 is when
		 * the figures were counted, not what they are of): the year
		 */
		const char *per = ((const struct shutu_fact *)
		    g_ptr_array_index(chosen, 0))->period;
		char	*pw = per != NULL && !day_period(per) ?
			    period_words(per) : main_year > 0 ?
			    g_strdup_printf("%d年", main_year) : NULL;
		const char *who = ents->len == 1 ? (const char *)
			    g_ptr_array_index(ents, 0) : "";
		size_t	 own = 0;

		/* 龙岩市 owns most cards, its counties the rest */
		for (i = 0; i < chosen->len && main_owner != NULL; i++)
			own += g_strcmp0(((const struct shutu_fact *)
			    g_ptr_array_index(chosen, i))->entity,
			    main_owner) == 0;
		if (ents->len > 1 && 2 * own > chosen->len && place(main_owner))
			who = main_owner;

		t = g_strdup_printf("一图读懂%s%s主要数据", who,
		    pw != NULL ? pw : "");
		g_free(pw);
	}
	b = begin("infographic", t, subtitle, pl->source);
	g_free(subtitle);
	json_builder_set_member_name(b, "preset");
	json_builder_add_string_value(b, "long");
	json_builder_set_member_name(b, "items");
	json_builder_begin_array(b);
	for (i = 0; i < chosen->len; i++) {
		const struct shutu_fact *f = g_ptr_array_index(chosen, i);
		GString	*label = g_string_new(NULL);
		const char *lbl;
		int	 y = f->period != NULL ? atoi(f->period) : 0;

		/*
		 * A target or another time's number says so on its card:
		 * 2020年…, 上半年新罗区GDP among 前三季度's
		 */
		if (y != 0 && main_year != 0 && y != main_year)
			g_string_append_printf(label, "%d年", y);
		else if (main_period != NULL && f->period != NULL &&
		    strcmp(f->period, main_period) != 0) {
			char	*pw = period_words(f->period);
			const char *py = pw != NULL ? strstr(pw, "年") : NULL;

			/* the part of the year only: the year is the cards' */
			if (pw != NULL)
				g_string_append(label, py != NULL && y != 0 &&
				    y == main_year ? py + strlen("年") : pw);
			g_free(pw);
		}
		if (f->status == SHUTU_STATUS_TARGET)
			g_string_append(label, "目标");
		else if (f->status == SHUTU_STATUS_ESTIMATE)
			g_string_append(label, "预计");
		/*
		 * No sections: a card of a place or a company other than the
		 * article's main one says whose it is (乐清市地区生产总值,
		 * 招商证券净利润).
		 */
		if (!sections && owners > 1 && (place(f->entity) ||
		    company(f->entity)) &&
		    g_strcmp0(f->entity, main_owner) != 0 && (f->label == NULL ||
		    strstr(f->label, f->entity) == NULL))
			g_string_append(label, f->entity);
		lbl = g_hash_table_lookup(pl->leaders, f) != NULL ?
		    (const char *)g_hash_table_lookup(pl->leaders, f) : f->label;
		/* 中部地区 and its label 中部: the name says it once */
		if (lbl != NULL && !(*lbl != '\0' && label->len > 0 &&
		    strstr(label->str, lbl) != NULL))
			g_string_append(label, lbl);
		json_builder_begin_object(b);
		fact_value(b, f, 1);
		member_string(b, "unit", f->unit);
		member_string(b, "label", label->str);
		{
			const struct shutu_fact *cf = shown_change(facts,
			    indicators, f);

			if (cf != NULL) {
				char	*cw = change_words(cf);

				member_string(b, "change", cw);
				g_free(cw);
			}
			/* A fall never gets the rising pictogram */
			if ((f->role == SHUTU_ROLE_CHANGE && f->direction < 0) ||
			    (cf != NULL && cf->direction < 0 &&
			    f->dimension == SHUTU_DIM_PERCENT))
				member_string(b, "icon", "chart");
		}
		if (sections)
			member_string(b, "entity", f->entity);
		member_string(b, "dimension", shutu_dim_name(f->dimension));
		member_string(b, "sentence", f->sentence);
		member_string(b, "id", f->id);
		json_builder_end_object(b);
		g_string_free(label, TRUE);
	}
	json_builder_end_array(b);
	if (tl != NULL) {
		/* The first events of the article's timeline, on the page. */
		json_builder_set_member_name(b, "timeline");
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "title");
		json_builder_add_string_value(b, tl->title);
		json_builder_set_member_name(b, "events");
		json_builder_begin_array(b);
		for (i = 0; i < tl->facts->len && i < KPI_EVENTS; i++) {
			const struct shutu_fact *f = g_ptr_array_index(
			    tl->facts, i);

			json_builder_begin_object(b);
			member_string(b, "date", f->date);
			member_string(b, "text", f->event);
			member_string(b, "sentence", f->sentence);
			member_string(b, "id", f->id);
			json_builder_end_object(b);
		}
		json_builder_end_array(b);
		json_builder_end_object(b);
	}
	c = finish(b, "infographic", t, chosen, false, pl->facts_path);
	g_free(t);
	g_ptr_array_unref(ents);
	g_hash_table_destroy(indicators);
	return c;
}

/* The timeline: dated events that happened */

/* Verbs of things that happen on a day: a date with one is an event. */
static const char *const event_verbs[] = {
	"开工", "通车", "投产", "签约", "签署", "召开", "举办", "举行", "启动",
	"竣工", "成立", "发布", "开幕", "闭幕", "揭牌", "落成", "开通", "上线",
	"获批", "批复", "印发", "出台", "颁布", "开园", "开业", "建成",
	"当选", "到任", "入选", "荣获", "授牌", "开赛", "开班", "调研",
	"视察", "考察", "走访", "慰问", "复工", "复产", "恢复", "投用",
	"运营", "挂牌", "开放", "上市", "交付", "动工", "奠基", "开展",
	"部署", "召集", "会见", "出席", "组织", "开启", "首发", "试运行",
	"实施", "施行", "公布", "发出", "开通运营", "推出", "来到", "察看",
	"检查", "投入使用", "签订", "落地", "入驻", "通过", "验收", "亮相",
	"开始", "启用", "开赛", "发射", "完工", "封顶",
};

/*
 * The words of a date's sentence from the date to the next mark of a
 * clause or another date: 6月17日，区主要领导带队…调研重点项目 (g_free).
 */
static char *
date_clause(const struct shutu_fact *f)
{
	const char	*at, *p;
	glong		 n = 0;

	if (f->sentence == NULL || f->text == NULL ||
	    (at = strstr(f->sentence, f->text)) == NULL)
		return g_strdup(f->event != NULL ? f->event : "");
	p = at + strlen(f->text);
	/* The clause after the date, and the one after it if short */
	while (*p != '\0' && n < 48) {
		gunichar	 c = g_utf8_get_char(p);

		if (c == 0x3002 || c == 0xff1b || c == ';')
			break;
		p = g_utf8_next_char(p);
		n++;
	}
	return g_strndup(at, (size_t)(p - at));
}

static bool
has_event_verb(const char *s)
{
	size_t	 i;

	for (i = 0; s != NULL && i < G_N_ELEMENTS(event_verbs); i++)
		if (strstr(s, event_verbs[i]) != NULL)
			return true;
	return false;
}

/*
 * 截至6月底, 到9月: a date that bounds a figure; 是2017年的5倍, 比2019年
 * 增长, 较上年同期: one that a figure is compared with.  Read in the
 * sentence, just before the date's text.
 */
static bool
reference_date(const struct shutu_fact *f)
{
	static const char *const words[] = { "截至", "截止", "截止到", "到",
	    "至", "比", "较", "是", "相比", "与", "同", "由", "从" };
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

/*
 * A date that only says when figures are of (1—5月, 5月份，全省…增长
 * 9.6%): its caption is a figure, with no event verb.
 */
static bool
period_date(const struct shutu_fact *f)
{
	const char	*ev = f->event != NULL ? f->event : "";
	const char	*p;
	bool		 figure = false;

	for (p = ev; *p != '\0' && !figure; p = g_utf8_next_char(p))
		figure = g_unichar_isdigit(g_utf8_get_char(p));
	/* 上半年共组织检查36次: a half's total, whatever its verb */
	if (f->precision == SHUTU_PRECISION_PART ||
	    f->precision == SHUTU_PRECISION_SEASON)
		return figure || !has_event_verb(ev);
	if (f->precision == SHUTU_PRECISION_YEAR || figure)
		return !has_event_verb(ev);
	return false;
}

/* The year most events fall in: a timeline of one year reads best. */
static int
main_year(GPtrArray *dates)
{
	int	 years[64] = { 0 }, counts[64] = { 0 }, n = 0, best = 0, i;
	size_t	 k;

	for (k = 0; k < dates->len; k++) {
		const struct shutu_fact *f = g_ptr_array_index(dates, k);
		int	 y = atoi(f->date);

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

/* A date on a dateline (发布时间：, the first lines): no event. */
static bool
dateline_date(const struct shutu_fact *f)
{
	static const char *const words[] = {
		"发布时间", "发布日期", "来源", "编辑", "作者", "电（", "电(",
		"日电",
	};
	size_t	 i;

	const char	*p;
	glong		 han = 0;

	for (i = 0; f->sentence != NULL && i < G_N_ELEMENTS(words); i++)
		if (strstr(f->sentence, words[i]) != NULL)
			return true;
	/*
	 * 中国甘肃网4月14日讯, 中国日报10月10日长沙讯: the day of the report,
	 * a place or two between it and its 讯 or 电
	 */
	if (f->sentence != NULL && f->text != NULL &&
	    (p = strstr(f->sentence, f->text)) != NULL) {
		int	 k;

		p += strlen(f->text);
		for (k = 0; k <= 4 && *p != '\0'; k++, p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char(p);

			if (c == 0x8baf || c == 0x7535)		/* 讯 电 */
				return true;
			if (c < 0x3400 || !g_unichar_isalpha(c))
				break;
		}
	}
	/* (2016年10月19日), 城市迈向新时代 2024-11-05: a date on its own */
	if (f->sentence == NULL || strstr(f->sentence, "，") != NULL ||
	    strstr(f->sentence, "。") != NULL || f->start >= 200)
		return false;
	for (p = f->sentence; *p != '\0'; p = g_utf8_next_char(p))
		han += g_utf8_get_char(p) >= 0x3400 &&
		    g_unichar_isalpha(g_utf8_get_char(p));
	for (p = f->text; *p != '\0'; p = g_utf8_next_char(p))
		han -= g_utf8_get_char(p) >= 0x3400 &&
		    g_unichar_isalpha(g_utf8_get_char(p));
	return han <= 10;
}

/* Words of what is to happen: 将, 计划, 预计… */
static bool
future(const char *s)
{
	static const char *const words[] = {
		"将", "预计", "计划", "力争", "拟", "争取", "有望",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if (strstr(s, words[i]) != NULL)
			return true;
	return false;
}

/* 计划年底前建成: a future word in the date's clause, before the date. */
static bool
future_before(const struct shutu_fact *f)
{
	const char	*at, *p;
	char		*before;
	bool		 r;

	if (f->sentence == NULL || f->text == NULL ||
	    (at = strstr(f->sentence, f->text)) == NULL)
		return false;
	for (p = at; p > f->sentence; ) {
		const char	*q = g_utf8_prev_char(p);
		gunichar	 c = g_utf8_get_char(q);

		if (c == 0xff0c || c == ',' || c == 0x3002 || c == 0xff1b ||
		    c == ';')
			break;
		p = q;
	}
	before = g_strndup(p, (size_t)(at - p));
	r = future(before);
	g_free(before);
	return r;
}

static int
by_date(gconstpointer a, gconstpointer b)
{
	const struct shutu_fact *x = *(const struct shutu_fact *const *)a;
	const struct shutu_fact *y = *(const struct shutu_fact *const *)b;

	return strcmp(x->date, y->date);
}

static struct plan_chart *
plan_timeline(struct plan *pl)
{
	const struct shutu_facts *facts = pl->facts;
	GPtrArray	*cand = g_ptr_array_new(), *dates;
	GHashTable	*seen;
	JsonBuilder	*b;
	char		*t;
	const char	*entity = NULL;
	size_t		 i;
	int		 year;
	struct plan_chart *c;

	for (i = 0; i < shutu_facts_count(facts); i++) {
		const struct shutu_fact *f = shutu_facts_get(facts, i);

		char	*clause;
		bool	 event;

		if (f->kind != SHUTU_FACT_DATE || f->date == NULL ||
		    f->date[0] == '-' || f->event == NULL ||
		    *f->event == '\0' || reference_date(f) ||
		    period_date(f) || dateline_date(f) ||
		    (pl->title != NULL && f->sentence != NULL &&
		    strstr(f->sentence, pl->title) != NULL))
			continue;
		/* What happened on that day: a verb in its caption or clause */
		clause = date_clause(f);
		event = has_event_verb(f->event) || has_event_verb(clause);
		/*
		 * 9月份将正式投入使用, 计划年底前建成通车: what is to
		 * happen has not
		 */
		if (future(clause) || future_before(f))
			event = false;
		g_free(clause);
		if (event)
			g_ptr_array_add(cand, (gpointer)f);
	}
	year = main_year(cand);
	dates = g_ptr_array_new();
	seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (i = 0; i < cand->len && dates->len < TIMELINE_MAX; i++) {
		const struct shutu_fact *f = g_ptr_array_index(cand, i);
		char	*k;

		/*
		 * Targets years away (2025年建成…) would squash the rest; the
		 * years before are the story's past (1992年奠基 … 2022年).
		 * The main year alone (2023年“建宿舍增学位”项目实施情况,
		 * 2022年以来) is the period the article reports on.
		 */
		if (atoi(f->date) > year || (atoi(f->date) == year &&
		    (f->precision == SHUTU_PRECISION_YEAR ||
		    f->precision == SHUTU_PRECISION_PART)))
			continue;
		/* A day once: 图一 7月2日… repeats the lead's 7月2日 */
		k = g_strconcat(f->date, f->precision == SHUTU_PRECISION_DAY ?
		    "" : f->event, NULL);
		if (g_hash_table_contains(seen, k)) {
			g_free(k);
			continue;
		}
		g_hash_table_add(seen, k);
		g_ptr_array_add(dates, (gpointer)f);
		if (dates->len == 1)
			entity = f->entity;
		else if (g_strcmp0(entity, f->entity) != 0)
			entity = NULL;
	}
	g_hash_table_destroy(seen);
	g_ptr_array_unref(cand);
	if (dates->len < 2) {
		g_ptr_array_unref(dates);
		return NULL;
	}
	/* in the order they happened; the years they span in the title */
	g_ptr_array_sort(dates, by_date);
	{
		int	 first = atoi(((const struct shutu_fact *)
			    g_ptr_array_index(dates, 0))->date);
		char	*years = first < year ? g_strdup_printf("%d—%d年",
			    first, year) : g_strdup_printf("%d年", year);

		t = g_strdup_printf("%s%s大事记", entity != NULL &&
		    (pl->title == NULL || strstr(pl->title, entity) == NULL) ?
		    entity : "", years);
		g_free(years);
	}
	b = begin("timeline", t, pl->title, pl->source);
	c = finish(b, "timeline", t, dates, true, pl->facts_path);
	g_free(t);
	return c;
}

GPtrArray *
plan_charts(const struct shutu_facts *facts, const char *facts_path,
    const char *title, const char *source)
{
	struct plan		 pl;
	struct plan_chart	*c, *tl;
	size_t			 i;

	memset(&pl, 0, sizeof pl);
	pl.facts = facts;
	pl.member = g_new0(guint8, MAX(shutu_facts_count(facts), 1));
	for (i = 0; i < shutu_facts_series_count(facts); i++) {
		const struct shutu_series *t = shutu_facts_get_series(facts, i);
		size_t	 j;

		for (j = 0; j < t->nmembers; j++)
			pl.member[t->members[j].fact] = 1;
	}
	pl.facts_path = facts_path;
	pl.title = title != NULL && *title != '\0' ? title : NULL;
	pl.year = shutu_facts_get_year(facts);
	pl.used = g_hash_table_new(NULL, NULL);
	pl.titles = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	pl.forms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	pl.sets = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	pl.levels = g_ptr_array_new();
	pl.wholes = g_ptr_array_new();
	pl.leaders = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	pl.headline_leaders = g_hash_table_new(NULL, NULL);
	pl.out = g_ptr_array_new_with_free_func((GDestroyNotify)
	    plan_chart_free);
	pl.source = source != NULL && *source != '\0' ? g_strdup(source) :
	    NULL;
	tl = plan_timeline(&pl);
	plan_series(&pl);
	/* A timeline of two events goes on the infographic only. */
	if ((c = plan_infographic(&pl, tl)) != NULL)
		g_ptr_array_insert(pl.out, 0, c);
	if (tl != NULL && tl->facts->len >= EVENTS_MIN)
		g_ptr_array_add(pl.out, tl);
	else
		plan_chart_free(tl);
	g_hash_table_destroy(pl.used);
	g_hash_table_destroy(pl.titles);
	g_hash_table_destroy(pl.forms);
	g_hash_table_destroy(pl.sets);
	g_free(pl.member);
	g_ptr_array_unref(pl.levels);
	g_ptr_array_unref(pl.wholes);
	g_hash_table_destroy(pl.leaders);
	g_hash_table_destroy(pl.headline_leaders);
	g_free(pl.source);
	return pl.out;
}
