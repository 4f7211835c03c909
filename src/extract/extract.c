/* SPDX-License-Identifier: MIT */
/*
 * The driver: one pass over the article, code point by code point.  It
 * keeps the code-point offset as it goes (never recounting from the
 * start), finds dates first, then numbers with their approximators and
 * units, drops what is not a fact, and when a sentence ends gives the
 * facts in it their labels, events and sentence text.  Entities are
 * assigned at the end from the mentions collected on the way.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "util/util.h"

#define SENTENCE_MAX_BYTES	600	/* longer sentences are clipped */
#define QUOTE_MAX_CP		24	/* “五个之城”: a name, not a fact */
#define TITLE_MAX_CP		48	/* 《…》 */
#define TITLE_LINE_CP		64	/* a longer first line is no title */
#define LIST_ITEM_CP		4	/* 建设项目、: the words of a listed item */
#define WORD_OVER_NUMBER_FREQ	100	/* 零部件 1515, 一次性 429 */
#define DISTRIBUTE_MAX		8	/* facts after one 分别 */
#define SPEAKER_TITLE_CP	24	/* 处二级调研员饶云青: a speaker's title */
#define LEAD_PARAGRAPHS		3	/* where a story without title begins */
#define NAME_RARE_FREQ		500	/* a word this frequent is no name alone */
#define LOOKAHEAD_BYTES		64	/* blank lines between broken lines */
#define SOFT_LINE_MIN_CP	30	/* a line this long may be wrapped */
#define YEAR_MIN		1000
#define YEAR_MAX		2999
#define BACK_LOOK		32	/* mentions searched for 该公司's name */
#define ORGS			8	/* companies whose short names we know */

/* What the driver keeps about a fact until the end. */
struct	aux {
	const char		*start, *end;	/* the fact's text */
	const char		*floor;		/* end of the fact before */
	union {
		const struct unit *unit;	/* quantities */
		struct date	 date;		/* dates */
	};
	int			 year_ctx;	/* year named earlier in the sentence */
	/* 华泰证券、招商证券…分别为12.88亿元、…: the part's name, or NULL */
	const char		*owner;
	bool			 base;		/* 比2019年: a comparison's time */
	/* 32 bits: an article is at most 1 GiB (UTIL_INPUT_MAX). */
	uint32_t		 sentence, paragraph, section;
};

struct	mentionx {
	struct mention	 m;		/* m.name NULL: nobody's (全国) */
	const char	*suffix;	/* the name's: 办事处, 有限公司, 区 */
	bool		 modifier;	/* 郑州高新区 in 郑州高新区沟赵办事处 */
	bool		 location;	/* 位于郑州经开区: where, not whose */
	bool		 subject;	/* heads its clause: does what it says */
	bool		 speaker;	/* 国家统计局发布, 据新华社: who says, not whose */
	bool		 back;		/* 该公司, 中智数控: a name said before */
	/*
	 * 全县, 本市, 我区: the kind of place the whole of which speaks,
	 * the article's own when it is of that kind; NULL for others.
	 */
	const char	*whole;
	/* 江苏省统计局: the place an office serves, and its suffix */
	const char	*served, *served_suffix;
};

struct	ctx {
	const char		*text, *end;
	struct shutu_facts	*facts;
	struct words		*words;
	struct lexicon_seg	 seg;		/* words around a name */
	GString			*label;		/* label_make()'s buffer */
	GArray			*aux;		/* struct aux, one per fact */
	GArray			*mentions;	/* struct mentionx */
	/* listed companies' short names (贵州茅台), interned, a few */
	const char		*companies[8];
	size_t			 ncompanies;
	const char		*sent;		/* start of this sentence */
	size_t			 sentence, paragraph, section;
	size_t			 first_pending;	/* first fact of this sentence */
	const char		*prev_end;	/* end of the last fact */
	const char		*quote_end;	/* inside a short quote until */
	const char		*mention_end;	/* end of the last mention */
	const char		*desc_end;	/* end of the last 创新引领区 */
	struct org {
		const char	*name;	/* 郑州中智数控科技有限公司 */
		const char	*suffix;
		size_t		 core;	/* bytes before 科技有限公司: 郑州中智数控科技 */
	}			 orgs[ORGS];	/* companies named, a ring */
	size_t			 norgs;
	const char		*first_org;	/* the article's first company */
	const char		*first_org_suffix;
	/* Companies other than the first that head a clause in this section */
	const char		*sec_org, *sec_org_suffix;
	size_t			 sec_orgs;
	size_t			 sec_org_section;
	int			 sent_year;
	const char		*carry_label;	/* the label a ； hands on */
	bool			 lead_tried;	/* the lead's first sentence seen */
	enum shutu_dim		 carry_dim;
	int			 last_year;	/* the year named last, for 当年 */
	int			 last_shift;	/* …or 去年 (-1) said last, for 当年 */
	int			 last_month;	/* the month named last, for 15日 */
	int			 last_month_year;	/* its year, or 0 */
	size_t			 ratio_sentence;	/* 1 + the sentence of a ratio */
	size_t			 nq, nd;
	unsigned short		*votes;		/* per year, YEAR_MIN.. */
	const char		*main_entity;	/* the title's, or the most named */
	unsigned int		 main_count;
	bool			 title_entity;	/* main_entity is the title's */
	const char		*main_suffix;	/* "" for a title's bare name */
	bool			 in_title;	/* in the first line */
	GArray			*paras;		/* const char *: where each paragraph starts */
	GArray			*sections;	/* size_t: each section's first paragraph */
	bool			 seen_text;
	int			 first_year;	/* tie-break: first named */
	int			 pub_year;	/* the dateline's, or 0 */
};

static void	 find_alias(struct ctx *, const char *);
static void	 bare_places(struct ctx *, const char *);
static bool	 named_at(const struct ctx *, const char *);
static const char *listed_company(struct ctx *, const char *, const char *);
static size_t	 changed_parts(struct ctx *, const char *, const char *, size_t,
		    const char **, const char **);
static const char *last_name_end(struct ctx *, const char **, const char **,
		    size_t, const char *);
static bool	 date_part_after(const char *, const char *);
static void	 distribute(struct ctx *, const char *);
static bool	 levels_before(const struct ctx *, size_t, size_t);
static void	 title_head(struct ctx *, const char *);
static void	 lead_head(struct ctx *, const char *);
static bool	 byline_text(const char *, const char *);

/* Anniversaries: 建党99周年 -> 1921 + 99. */
static const struct {
	const char	*word;
	int		 base;
} anniversaries[] = {
	{ "建党",		1921 },
	{ "中国共产党成立",	1921 },
	{ "建国",		1949 },
	{ "新中国成立",		1949 },
	{ "中华人民共和国成立",	1949 },
	{ "建军",		1927 },
	{ "改革开放",		1978 },
};

/* Words before a number that make it no fact. */
static const struct {
	const char	*word;
	const char	*why;
} refusals[] = {
	{ "第",		"ordinal" },
	{ "每",		"rate base" },
	{ "最后",	"figurative" },
	{ "排名",	"rank" },
	{ "前",		"rank" },	/* 前10名; 前三季度 is a date */
	{ "星期",	"weekday" },
	{ "周",		"weekday" },
	{ "初",		"lunar day" },
	{ "编号",	"code" },
	{ "第一",	"ordinal" },
	/* Words ending in 前 that are no rank: 目前6栋厂房 */
	{ "目前",	NULL },
	{ "当前",	NULL },
	{ "此前",	NULL },
	{ "之前",	NULL },
	{ "以前",	NULL },
	{ "日前",	NULL },
	{ "提前",	NULL },
	{ "空前",	NULL },
};

/* A ratio written bare, after 比为 (城乡居民收入比为2.03). */
static const char *const ratio_before[] = {
	"比为", "比是", "比达", "比达到", "之比为", "结构为", "比例为", "比例是",
	"结构比为", "结构比", "之比",
};

/* The change of such a ratio: 比上年缩小0.05 (its label says it too). */
const char *const ratio_moves[RATIO_MOVES] = {
	"缩小", "扩大", "提高", "下降", "降低", "上升", "减少", "增加",
};

/* Words after a unit that make the number part of a name: 九年义务教育. */
static const char *const name_after[] = {
	"义务教育", "制", "一贯制",
};

/* A lone 一 counts a duration after these: 历时一年. */
static const char *const one_ok_before[] = {
	"历时", "用时", "耗时", "经过", "仅用", "短短", "花了", "用了", "持续",
};

/* "weight" votes for year "y": the headline's count three. */
static void
vote_year(struct ctx *c, int y, int weight)
{
	if (y < YEAR_MIN || y > YEAR_MAX)
		return;
	c->votes[y - YEAR_MIN] = (unsigned short)MIN(USHRT_MAX,
	    c->votes[y - YEAR_MIN] + weight);
	if (c->first_year == 0)
		c->first_year = y;
}

/*
 * Is the line around "p" (one of the first) a dateline: 发布时间：2018-01-05,
 * (2016年10月19日), 城市迈向新时代 2024-11-05 03:25:52, ——2023年4月26日在…
 * 会议上?  Its date is when the article was written.
 */
static bool
dateline(const struct ctx *c, const char *p, size_t len)
{
	static const char *const words[] = {
		"发布时间", "发布日期", "发布于", "时间：", "时间:", "日期：",
		"日期:", "来源", "发表时间", "更新时间",
	};
	const char	*s = p, *e = p + len;
	size_t		 i, n, rest = 0;

	if (c->paragraph > 6)
		return false;
	while (s > c->text && s[-1] != '\n' && p - s < 240)
		s--;
	while (e < c->end && *e != '\n' && e - p < 240)
		e++;
	if (text_starts_with(s, e, "——") || text_starts_with(s, e, "(") ||
	    text_starts_with(s, e, "（"))
		return true;
	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if (text_find(s, e - s, words[i]) != NULL)
			return true;
	/* Little else on the line: a name, a time of day */
	for (; s < p; s += n) {
		gunichar	 ch = text_char(s, &n);

		rest += text_is_han(ch);
	}
	for (s = p + len; s < e; s += n) {
		gunichar	 ch = text_char(s, &n);

		rest += text_is_han(ch);
	}
	return rest <= 12;
}

/*
 * The reference year: the dateline's, else the year most named (the
 * headline's count three), the first named breaking ties.  Times a
 * number is compared with (比2019年) have no vote.
 */
static int
reference_year(const struct ctx *c)
{
	int	 y, best = 0, bestv = 0;

	if (c->pub_year != 0)
		return c->pub_year;

	for (y = YEAR_MIN; y <= YEAR_MAX; y++) {
		int	 v = c->votes[y - YEAR_MIN];

		if (v > bestv || (v == bestv && v > 0 && y == c->first_year)) {
			best = y;
			bestv = v;
		}
	}
	return best;
}

/* Interned sentence text: newlines and indentation out, clipped. */
static const char *
sentence_text(struct ctx *c, const char *s, const char *e, const char *fs,
    const char *fe)
{
	GString		*buf;
	const char	*p, *r;
	size_t		 n;
	gunichar	 ch;
	bool		 clip_left = false, clip_right = false;

	/* Trim spaces at both ends. */
	while (s < e) {
		ch = text_char(s, &n);
		if (!g_unichar_isspace(ch) && ch != 0x3000)
			break;
		s += n;
	}
	while (e > s) {
		ch = text_char_before(s, e, &n);
		if (!g_unichar_isspace(ch) && ch != 0x3000)
			break;
		e -= n;
	}
	if ((size_t)(e - s) > SENTENCE_MAX_BYTES) {
		const char	*ns = fs - s > SENTENCE_MAX_BYTES / 2 ?
		    fs - SENTENCE_MAX_BYTES / 2 : s;
		const char	*ne = e - fe > SENTENCE_MAX_BYTES / 2 ?
		    fe + SENTENCE_MAX_BYTES / 2 : e;

		while (ns > s && ((unsigned char)*ns & 0xc0) == 0x80)
			ns--;
		while (ne < e && ((unsigned char)*ne & 0xc0) == 0x80)
			ne++;
		clip_left = ns > s;
		clip_right = ne < e;
		s = ns;
		e = ne;
	}
	/* Most sentences are on one line: copied once, as they are. */
	if (!clip_left && !clip_right && memchr(s, '\n', (size_t)(e - s)) ==
	    NULL && memchr(s, '\r', (size_t)(e - s)) == NULL)
		return facts_intern(c->facts, s, (gssize)(e - s));
	buf = g_string_sized_new((size_t)(e - s) + 8);
	if (clip_left)
		g_string_append(buf, "…");
	/* Copy up to each line break; a wrapped line loses its indent. */
	for (p = s; p < e; p = r) {
		for (r = p; r < e && *r != '\n' && *r != '\r'; r++)
			;
		g_string_append_len(buf, p, r - p);
		while (r < e && (*r == ' ' || *r == '\t' || *r == '\n' ||
		    *r == '\r'))
			r++;
	}
	if (clip_right)
		g_string_append(buf, "…");
	/* Copied, not shared: a sentence rarely comes twice in an article. */
	p = facts_intern(c->facts, buf->str, (gssize)buf->len);
	g_string_free(buf, TRUE);
	return p;
}

/* Is there a comma between "s" and "e" (the fact is past the first clause)? */
static bool
first_clause_comma(const char *s, const char *e)
{
	return text_find(s, e - s, "，") != NULL || memchr(s, ',',
	    (size_t)(e - s)) != NULL;
}

/* The sentence that ends at "stop": labels, events, sentence text. */
static void
end_sentence(struct ctx *c, const char *stop)
{
	size_t			 i, nf = shutu_facts_count(c->facts);
	const char		*whole = NULL, *prev_label = c->carry_label;
	const char		*prev_used = NULL;
	enum shutu_dim		 prev_dim = c->carry_dim;
	struct shutu_fact	*f;
	struct aux		*a;
	char			*s;
	size_t			 n;

	for (i = c->first_pending; i < nf; i++) {
		f = facts_get_mutable(c->facts, i);
		a = &g_array_index(c->aux, struct aux, i);
		if ((size_t)(stop - c->sent) <= SENTENCE_MAX_BYTES) {
			if (whole == NULL)
				whole = sentence_text(c, c->sent, stop, a->start,
				    a->end);
			f->sentence = whole;
		} else
			f->sentence = sentence_text(c, c->sent, stop, a->start,
			    a->end);
		if (f->kind == SHUTU_FACT_QUANTITY) {
			struct label_in	 li;

			li.sent = c->sent;
			li.sent_end = stop;
			li.floor = a->floor;
			/*
			 * 由2015年的8000元: the date of the number says when;
			 * the label may reach back over it.
			 */
			if (i > c->first_pending && (a - 1)->end == a->floor &&
			    a->start - a->floor == strlen("的") &&
			    memcmp(a->floor, "的", strlen("的")) == 0 &&
			    facts_get_mutable(c->facts, i - 1)->kind ==
			    SHUTU_FACT_DATE)
				li.floor = (a - 1)->floor;
			/*
			 * 直销渠道上半年营收400.09亿元: a date glued to words
			 * before it in the clause sits inside the topic
			 */
			li.gap = li.gap_end = NULL;
			if (i > c->first_pending && (a - 1)->end == a->floor &&
			    a->start > a->floor && (a - 1)->start > (a -
			    1)->floor && (a - 1)->start > c->sent &&
			    facts_get_mutable(c->facts, i - 1)->kind ==
			    SHUTU_FACT_DATE && !(a - 1)->base &&
			    text_is_han(text_char_before(c->sent, (a -
			    1)->start, &n)) && !text_ends_with(c->sent, (a -
			    1)->start, "比") && !text_ends_with(c->sent, (a -
			    1)->start, "较") && !named_at(c, (a - 1)->start) &&
			    !date_part_after((a - 1)->end, a->start)) {
				li.floor = (a - 1)->floor;
				li.gap = (a - 1)->start;
				li.gap_end = (a - 1)->end;
			}
			li.num = a->start;
			li.num_end = a->end;
			li.next = i + 1 < nf ? (a + 1)->start : stop;
			li.unit = a->unit;
			li.dim = f->dimension;
			li.prev_label = prev_label;
			/* what a ； hands on is for the first clause only */
			if (prev_label != NULL && prev_label == c->carry_label &&
			    first_clause_comma(c->sent, a->start))
				li.prev_label = NULL;
			li.prev_used = prev_used;
			li.prev_dim = prev_dim;
			label_make(c->words, &li, &prev_used, c->label);
			f->label = facts_intern(c->facts, c->label->str, -1);
			prev_label = prev_used != NULL ? f->label : NULL;
			prev_dim = f->dimension;
		} else {
			/* A caption stops at the next date: 9月份主体厂房完工、12月份… */
			const char	*until = stop;
			size_t		 k;

			for (k = i + 1; k < nf; k++)
				if (facts_get_mutable(c->facts, k)->kind ==
				    SHUTU_FACT_DATE) {
					until = (a + (k - i))->start;
					break;
				}
			s = label_event(c->words, c->sent, until, a->start,
			    a->end);
			f->event = facts_intern(c->facts, s, -1);
			g_free(s);
		}
	}
	/*
	 * A sentence that ends in ； goes on in the next: its last label is
	 * what the next one's first number may be said of (…出厂价格环比下降
	 * 0.3%；同比上涨1.3%).
	 */
	c->carry_label = NULL;
	if (stop > c->sent && (text_char_before(c->sent, stop, &n) == 0xff1b ||
	    stop[-1] == ';') && prev_label != NULL) {
		c->carry_label = prev_label;
		c->carry_dim = prev_dim;
	}
	if (c->first_pending < nf)
		distribute(c, stop);
	if (c->first_pending < nf && c->norgs > 0)
		find_alias(c, stop);
	if (c->first_pending < nf || c->in_title)
		bare_places(c, stop);
	if (c->in_title && !c->title_entity)
		title_head(c, stop);
	else if (!c->title_entity && !c->lead_tried && !c->in_title &&
	    c->paragraph <= LEAD_PARAGRAPHS && stop - c->sent > 6 &&
	    !byline_text(c->sent, stop)) {
		/* the lead's first sentence, once */
		c->lead_tried = true;
		if (c->mentions->len == 0)
			lead_head(c, stop);
	}
	c->first_pending = nf;
	c->sent = stop;
	c->sentence++;
	c->sent_year = 0;
}

static struct shutu_fact *
add_fact(struct ctx *c, struct shutu_fact *f, struct aux *a, size_t start_cp,
    size_t end_cp)
{
	char	 id[24], *p = id + sizeof id;
	size_t	 k = f->kind == SHUTU_FACT_QUANTITY ? ++c->nq : ++c->nd;

	/* "q12", "d3": written by hand, as there is one per fact. */
	do
		*--p = (char)('0' + k % 10);
	while ((k /= 10) != 0);
	*--p = f->kind == SHUTU_FACT_QUANTITY ? 'q' : 'd';
	f->id = facts_intern(c->facts, p, id + sizeof id - p);
	f->text = facts_intern(c->facts, a->start, a->end - a->start);
	f->start = start_cp;
	f->end = end_cp;
	a->floor = c->prev_end;
	a->sentence = (uint32_t)c->sentence;
	a->paragraph = (uint32_t)c->paragraph;
	a->section = (uint32_t)c->section;
	g_array_append_vals(c->aux, a, 1);
	c->prev_end = a->end;
	return facts_add(c->facts, f);
}

/* Is "p" inside a “short quote” or a 《title》?  Looks ahead, bounded. */
static void
open_quote(struct ctx *c, const char *p, size_t n, gunichar open)
{
	gunichar	 close, ch;
	const char	*q;
	size_t		 k, m, max;

	switch (open) {
	case 0x201c: close = 0x201d; max = QUOTE_MAX_CP; break;	/* “” */
	case 0x300e: close = 0x300f; max = QUOTE_MAX_CP; break;	/* 『』 */
	case 0x300c: close = 0x300d; max = QUOTE_MAX_CP; break;	/* 「」 */
	case 0x2018: close = 0x2019; max = QUOTE_MAX_CP; break;	/* ‘’ */
	case 0x300a: close = 0x300b; max = TITLE_MAX_CP; break;	/* 《》 */
	default: return;
	}
	for (q = p + n, k = 0; q < c->end && k < max; q += m, k++) {
		ch = text_char(q, &m);
		if (ch == close) {
			c->quote_end = q;
			return;
		}
		/* A quoted sentence is speech, and its numbers are facts. */
		if (ch == 0xff0c || ch == '\n' || text_is_terminator(ch))
			return;
	}
}

/*
 * After an age: a group of people (人口, 老人, 儿童), past a footnote's
 * mark ([3]) and 及以上, 以上, 以下?
 */
static bool
age_group(const char *q, const char *end)
{
	static const char *const bounds[] = { "及以上", "及以下", "以上",
	    "以下", "以内" };
	static const char *const groups[] = { "人口", "老人", "老年人", "儿童",
	    "人群", "群体", "居民", "青少年", "妇女", "男性", "女性" };
	size_t	 i;

	if (q < end && *q == '[') {
		const char	*r = q + 1;

		while (r < end && g_ascii_isdigit(*r))
			r++;
		if (r < end && *r == ']' && r > q + 1)
			q = r + 1;
	}
	for (i = 0; i < G_N_ELEMENTS(bounds); i++)
		if (text_starts_with(q, end, bounds[i])) {
			q += strlen(bounds[i]);
			break;
		}
	for (i = 0; i < G_N_ELEMENTS(groups); i++)
		if (text_starts_with(q, end, groups[i]))
			return true;
	return false;
}

static bool
refused_before(const char *floor, const char *p)
{
	static struct wordtab	*tab;
	int			 i;

	i = wordtab_suffix(WORDTAB(&tab, refusals), floor, p);
	return i >= 0 && refusals[i].why != NULL;
}

/*
 * A bare decimal that is a ratio: 收入比为2.03, or in the same sentence
 * just after one, its change (比上年缩小0.05).
 */
static bool
bare_ratio(struct ctx *c, const char *floor, const char *start,
    const struct cnum *num)
{
	static struct wordtab	*before_tab, *change_tab;

	if (!(num->flags & CNUM_ARABIC) || num->flags & (CNUM_FRACTION |
	    CNUM_RANGE | CNUM_SCALED | CNUM_PERCENT))
		return false;
	if (wordtab_suffix(WORDTAB(&before_tab, ratio_before), floor,
	    start) >= 0) {
		c->ratio_sentence = c->sentence + 1;
		return true;
	}
	/* 三次产业结构为5.7:49.3:45.0: each part after the first */
	if (c->ratio_sentence == c->sentence + 1 && start > c->text &&
	    c->prev_end != NULL && (start == c->prev_end + 1 ||
	    start == c->prev_end + strlen("：")) &&
	    (*c->prev_end == ':' || text_starts_with(c->prev_end, start, "：")))
		return true;
	return c->ratio_sentence == c->sentence + 1 &&
	    wordtab_suffix(WORDTAB(&change_tab, ratio_moves), floor,
	    start) >= 0;
}

static void
check_anniversary(struct ctx *c, const char *floor, const char *p, double n)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(anniversaries); i++)
		if (text_ends_with(floor, p, anniversaries[i].word) &&
		    n > 0 && n < 1000)
			vote_year(c, anniversaries[i].base + (int)n, 1);
}

/*
 * A quantity at "p" (a digit or numeral; "prev" the code point before).
 * Returns the bytes to skip: the fact, or at least the numeral run, so
 * that a run of a million digits is read once.
 */
/*
 * Is "p" inside the bracket that glosses a numbered programme named in
 * quotes just before it: “四个100”(100个最美志愿者、100个最佳志愿服务组织…)?
 * Its numbers name the programme's parts, no figures.  Bounded looks.
 */
static bool
programme_gloss(const struct ctx *c, const char *p)
{
	const char	*q, *r;
	size_t		 n, k;
	gunichar	 ch;
	bool		 numeral = false;

	for (q = p, k = 0; q > c->sent && k < 80; q -= n, k++) {
		ch = text_char_before(c->sent, q, &n);
		if (ch == ')' || ch == 0xff09 || text_is_terminator(ch))
			return false;
		if (ch == '(' || ch == 0xff08)
			break;
	}
	if (q <= c->sent || k == 80)
		return false;
	q -= n;
	if (q <= c->sent || text_char_before(c->sent, q, &n) != 0x201d)
		return false;
	for (r = q - n, k = 0; r > c->sent && k < 12; r -= n, k++) {
		ch = text_char_before(c->sent, r, &n);
		if (ch == 0x201c)
			return numeral;
		numeral |= cnum_is_numeral(ch);
	}
	return false;
}

/*
 * Does a word of the lexicon begin at "p" and run on past "q", a word
 * common enough to be read before the number (两家子, a village, is not)?
 */
static bool
inside_word(const char *p, const char *q, const char *end)
{
	struct lexicon_match	 m[8];
	size_t			 i, n;

	n = lexicon_prefixes(p, (size_t)MIN(end - p, 24), 0, m,
	    G_N_ELEMENTS(m));
	for (i = 0; i < n; i++)
		if (p + m[i].len > q && m[i].freq >= WORD_OVER_NUMBER_FREQ)
			return true;
	return false;
}

/*
 * After the 个 of 1个和0.6个百分点: the unit 个百分点 when a joiner and a
 * number in 个百分点 follow (1个、2个和3个百分点 too); else NULL.
 */
static const struct unit *
points_after(const char *q, const char *end)
{
	static const char *const joiners[] = { "和", "、", "与", "及", "至", "到" };
	const struct unit	*u;
	struct cnum		 num;
	size_t			 i, k;

	for (k = 0; k < 4; k++) {
		for (i = 0; i < G_N_ELEMENTS(joiners); i++)
			if (text_starts_with(q, end, joiners[i]))
				break;
		if (i == G_N_ELEMENTS(joiners))
			return NULL;
		q += strlen(joiners[i]);
		if (!cnum_parse(q, end, false, &num) || num.flags &
		    (CNUM_PERCENT | CNUM_FRACTION | CNUM_MONEY))
			return NULL;
		q += num.len;
		if ((u = unit_match(q, end)) == NULL)
			return NULL;
		if (strcmp(u->word, "个百分点") == 0)
			return u;
		if (strcmp(u->word, "个") != 0)
			return NULL;
		q += strlen(u->word);
	}
	return NULL;
}

static size_t
quantity(struct ctx *c, const char *p, gunichar prev, size_t cp)
{
	struct cnum		 num, num2;
	struct shutu_fact	 f;
	struct aux		 a;
	const struct approx	*ap, *ap2;
	const struct unit	*u = NULL, *u2;
	const char		*floor, *q, *start, *unit_s = NULL;
	char			*unit_text = NULL;
	size_t			 n, k;
	gunichar		 first, next;
	bool			 bare, ok = true;
	double			 base;
	static const char	 yuan[] = "元";

	floor = c->prev_end > c->sent ? c->prev_end : c->sent;
	first = text_char(p, &n);
	/* 负 数 成 begin a number only before a numeral: 负三, 数以万计 */
	if (first >= 0x80 && !cnum_is_numeral(first)) {
		next = p + n < c->end ? text_char(p + n, &k) : 0;
		if (!cnum_is_numeral(next) && next != 0x4ee5)	/* 以 */
			return n;
		if (first == 0x6570 && !cnum_shu_ok(prev))	/* 人数十万 */
			return n;
	}
	ap = approx_before(floor, p);
	bare = ap != NULL;
	if (!cnum_parse(p, c->end, bare, &num))
		return num.len > 0 ? num.len : n;
	/* “四个100”(100个最美志愿者、100个最佳…): a programme's items */
	if (programme_gloss(c, p))
		return num.len;
	q = p + num.len;
	memset(&f, 0, sizeof f);
	memset(&a, 0, sizeof a);
	f.kind = SHUTU_FACT_QUANTITY;
	f.value = num.value;
	f.value_max = num.value_max;
	f.approx = SHUTU_APPROX_EXACT;
	/* 上百家, 过万: only before a bare 百 千 万 亿; 破1.5亿 */
	if (ap != NULL && ap->bare > 0 && !(num.flags & CNUM_BARE) &&
	    !(ap->bare > 1 && num.flags & CNUM_SCALED))
		ap = NULL;
	start = ap != NULL ? p - strlen(ap->word) : p;
	if (ap != NULL)
		f.approx = ap->approx;
	else if ((ap2 = approx_across(floor, p)) != NULL)
		f.approx = ap2->approx;	/* 约占八成: the text is 八成 */
	if (num.flags & CNUM_OVER)
		f.approx = SHUTU_APPROX_OVER;
	/* 几十家, 数十万人, 十几名: a vague range is about */
	if (num.flags & CNUM_VAGUE && f.approx == SHUTU_APPROX_EXACT)
		f.approx = SHUTU_APPROX_ABOUT;
	/* 300余名: 余 多 between number and unit */
	if ((ap2 = approx_after(q, c->end)) != NULL && strlen(ap2->word) == 3 &&
	    (strcmp(ap2->word, "余") == 0 || strcmp(ap2->word, "多") == 0 ||
	    strcmp(ap2->word, "许") == 0)) {
		f.approx = ap2->approx;
		q += strlen(ap2->word);
	}
	if (num.flags & CNUM_PERCENT) {
		f.unit = "%";
		f.dimension = SHUTU_DIM_PERCENT;
		base = 1;
	} else if (num.flags & CNUM_FRACTION) {
		f.unit = "";
		f.dimension = SHUTU_DIM_FRACTION;
		base = 1;
	} else if (num.flags & CNUM_MONEY) {
		/* 十块三毛(钱): the number says 元 itself */
		u = unit_match(yuan, yuan + strlen(yuan));
		f.unit = unit_name(u);
		f.dimension = u->dim;
		base = u->base;
		if (text_starts_with(q, c->end, "钱"))
			q += strlen("钱");
	} else if ((u = unit_match(q, c->end)) != NULL) {
		unit_s = q;
		q += strlen(u->word);
		/* 分别提升1个和0.6个百分点: the 个 of 个百分点, written once */
		if (strcmp(u->word, "个") == 0 && (u2 = points_after(q,
		    c->end)) != NULL)
			u = u2;
		f.unit = unit_name(u);
		f.dimension = u->dim;
		base = u->base;
		if (u->flags & UNIT_OVER)
			f.approx = SHUTU_APPROX_OVER;
		if (u->flags & UNIT_UNDER)
			f.approx = SHUTU_APPROX_UNDER;
		if (u->flags & UNIT_TENTH) {
			f.value *= 10;
			f.value_max *= 10;
		}
		/* 一年半, 两个半月 */
		if (u->flags & UNIT_HALF || (u->dim == SHUTU_DIM_DURATION &&
		    text_starts_with(q, c->end, "半"))) {
			if (!(u->flags & UNIT_HALF))
				q += strlen("半");
			f.value += 0.5;
		}
		/* 元/平方米: a compound unit */
		if (q < c->end && (*q == '/' || text_starts_with(q, c->end,
		    "／")) && (u2 = unit_match(q + (*q == '/' ? 1 : 3),
		    c->end)) != NULL && !(u2->flags & UNIT_NOT_FACT)) {
			const char	*q2 = q + (*q == '/' ? 1 : 3);

			unit_text = g_strdup_printf("%s/%s", unit_name(u),
			    unit_name(u2));
			q = q2 + strlen(u2->word);
			f.dimension = SHUTU_DIM_OTHER;
			base = NAN;
		}
	} else if (bare_ratio(c, floor, start, &num)) {
		f.unit = "";
		f.dimension = SHUTU_DIM_OTHER;
		base = 1;	/* a ratio is its own base */
	} else if (num.flags & CNUM_SCALED && num.scale >= 1e4 &&
	    !(num.flags & CNUM_FRACTION) && (q >= c->end ||
	    !text_is_han(text_char(q, &n)))) {
		/*
		 * 慈溪(2639亿), 全部破千亿: a measure, its unit left unsaid,
		 * at the end of its phrase (经过万里长征 is no 过万)
		 */
		f.unit = "";
		f.dimension = SHUTU_DIM_OTHER;
		base = NAN;
	} else {
		f.unit = "";
		f.dimension = SHUTU_DIM_OTHER;
		base = NAN;
		ok = false;	/* a bare number: a code, a list number */
	}
	/* 3%～5%: a range with the unit written twice */
	if (ok && u != NULL && !(num.flags & CNUM_RANGE) &&
	    (k = text_starts_with(q, c->end, "～") ||
	    text_starts_with(q, c->end, "至") ? 3 :
	    (q < c->end && (*q == '-' || *q == '~')) ? 1 : 0) > 0 &&
	    cnum_parse(q + k, c->end, false, &num2) &&
	    !(num2.flags & (CNUM_RANGE | CNUM_FRACTION | CNUM_SIGNED)) &&
	    unit_match(q + k + num2.len, c->end) == u &&
	    num2.value > num.value) {
		f.value_max = num2.value;
		q += k + num2.len + strlen(u->word);
	}
	/* 三成多, 5倍多: 多 after a ratio's unit */
	if (u != NULL && (strcmp(u->word, "成") == 0 ||
	    strcmp(u->word, "倍") == 0) && (ap2 = approx_after(q, c->end)) !=
	    NULL && (strcmp(ap2->word, "多") == 0 || strcmp(ap2->word,
	    "余") == 0)) {
		f.approx = ap2->approx;
		q += strlen(ap2->word);
	}
	/* 3000人以上, 40左右 */
	if ((ap2 = approx_after(q, c->end)) != NULL &&
	    strlen(ap2->word) > 3) {
		f.approx = ap2->approx;
		q += strlen(ap2->word);
	}

	/* What is not a fact, though written with a number. */
	if (num.flags & CNUM_HUGE || !isfinite(num.value))
		ok = false;
	if (u != NULL && u->flags & UNIT_NOT_FACT) {
		if (strcmp(u->word, "周年") == 0)
			check_anniversary(c, floor, start, num.value);
		ok = false;
	}
	if (refused_before(floor, start))
		ok = false;
	/*
	 * 汽车及零部件, 一次性补助, 一部分企业: a numeral in words that
	 * begins a longer word is a character of the word, not a number
	 */
	if (first >= 0x80 && u != NULL && inside_word(p, q, c->end))
		ok = false;
	/*
	 * 二次创业, 二次污染: a count is 两次; a lone 二 before 次 says a
	 * second round, not how many
	 */
	if (first == 0x4e8c && num.len == strlen("二") && u != NULL &&
	    strcmp(u->word, "次") == 0)
		ok = false;
	if (u != NULL) {
		static struct wordtab	*tab;

		if (wordtab_prefix(WORDTAB(&tab, name_after), q, c->end) >= 0)
			ok = false;	/* 九年义务教育, 五年制 */
	}
	if (p < c->quote_end)
		ok = false;	/* “五个之城”, “最后100米” */
	if (num.flags & CNUM_ONE && ap != NULL && u != NULL) {
		/* 不到一周, 近一成: the approximator makes it a measure */
	} else if (num.flags & CNUM_ONE && !(u != NULL &&
	    (strcmp(u->word, "成") == 0 || u->dim == SHUTU_DIM_DURATION))) {
		ok = false;	/* 一片, 一条绚丽的, 一个个 */
	} else if (num.flags & CNUM_ONE) {
		static struct wordtab	*tab;
		bool			 found;

		found = wordtab_suffix(WORDTAB(&tab, one_ok_before), floor,
		    start) >= 0;
		/* 一年半: the half makes it a measure */
		if (f.value == 1.5)
			found = true;
		if (!found && strcmp(u->word, "成") != 0)
			ok = false;
	}
	if (num.flags & CNUM_DIGITS_ONLY)
		ok = false;	/* 二〇二〇 without 年 */
	if (num.flags & CNUM_CHINESE && u != NULL && !(u->flags &
	    UNIT_MEASURE) && (u->dim == SHUTU_DIM_VOLUME ||
	    (u->dim == SHUTU_DIM_COUNT)) && !(num.flags & CNUM_SCALED))
		ok = false;	/* 三方协同, 两区两园: words, not measures */
	if (u != NULL && u->flags & UNIT_SELF && f.value >= 1000)
		ok = false;	/* 12345市民热线 */
	/* G20, A4, PM2.5年; but 人均GDP13500元 measures the GDP */
	if (prev < 0x80 && g_ascii_isalpha((int)prev) && !(u != NULL &&
	    start - floor >= 3 && g_ascii_isupper(start[-1]) &&
	    g_ascii_isupper(start[-2]) && g_ascii_isupper(start[-3]) &&
	    u->dim != SHUTU_DIM_COUNT && u->dim != SHUTU_DIM_DURATION))
		ok = false;
	/* 二届二次党代会, 人大三次会议: a session, no count of times */
	if (u != NULL && strcmp(u->word, "次") == 0 && (text_starts_with(q,
	    c->end, "会议") || text_starts_with(q, c->end, "党代会") ||
	    text_starts_with(q, c->end, "全会") || text_starts_with(q, c->end,
	    "全体会议") || text_starts_with(q, c->end, "大会")))
		ok = false;
	/* 1+9, 5G; but 386户1420人 is two facts, 58个U站 one */
	if (prev == '+' || (q < c->end && (*q == '+' || ((g_ascii_isalpha(*q) ||
	    g_ascii_isdigit(*q)) && (u == NULL ||
	    g_ascii_isalpha(u->word[0]))))))
		ok = false;
	/* 0-14岁人口, 60岁及以上人口: an age names a group, it counts nothing */
	if (u != NULL && (strcmp(u->word, "岁") == 0 || strcmp(u->word,
	    "周岁") == 0) && age_group(q, c->end))
		ok = false;
	/* 三次产业: the three sectors, no count of times */
	if (u != NULL && strcmp(u->word, "次") == 0 && text_starts_with(q,
	    c->end, "产业"))
		ok = false;
	if (q < c->end && ok) {
		next = text_char(q, &n);
		/* 五个一, 两区两园, 五个之城: programmes and slogans */
		if (u != NULL && num.flags & CNUM_CHINESE &&
		    (cnum_digit(next) >= 0 || next == 0x4e4b))
			ok = false;
		/* 一个个, 一座座 */
		if (unit_s != NULL && strncmp(q, unit_s, n) == 0 &&
		    (size_t)(q - unit_s) == n)
			ok = false;
	}
	if (!ok) {
		g_free(unit_text);
		/* Skip the number itself; what follows may still be a fact. */
		return num.len;
	}
	/* Units from the table are constants; only compounds are made here. */
	if (unit_text != NULL)
		f.unit = facts_intern(c->facts, unit_text, -1);
	g_free(unit_text);
	if (isnan(base))
		f.base_value = f.dimension == SHUTU_DIM_MONEY ||
		    f.dimension == SHUTU_DIM_OTHER ? NAN : f.value;
	else
		f.base_value = f.value * base;
	if (f.dimension == SHUTU_DIM_OTHER && u != NULL && isnan(base))
		f.base_value = f.value;
	a.start = start;
	a.end = q;
	a.unit = u;
	add_fact(c, &f, &a, cp - text_cp_count(start, (size_t)(p - start)),
	    cp + text_cp_count(p, (size_t)(q - p)));
	return (size_t)(q - p);
}

static size_t
date_fact(struct ctx *c, const char *p, const struct date *d, size_t cp)
{
	struct shutu_fact	 f;
	struct aux		 a;

	memset(&f, 0, sizeof f);
	memset(&a, 0, sizeof a);
	/*
	 * 较年初增加9062亿元, 比年初: the start of the year is what a change
	 * is counted from, no time of its own
	 */
	if (d->year == 0 && d->month == 0 && (text_ends_with(c->sent, p,
	    "较") || text_ends_with(c->sent, p, "比")) && (text_starts_with(p,
	    c->end, "年初") || text_starts_with(p, c->end, "年末") ||
	    text_starts_with(p, c->end, "年底")))
		return d->len;
	f.kind = SHUTU_FACT_DATE;
	f.value = f.value_max = f.base_value = NAN;
	f.precision = d->precision;
	a.start = p;
	a.end = p + d->len;
	a.date = *d;
	a.year_ctx = c->sent_year;
	/*
	 * 15日 alone: a day of the month named last (新华社北京1月15日电 …
	 * 生态环境部15日发布); with none named before, no date at all.
	 */
	if (d->month == 0 && d->day > 0) {
		if (c->last_month == 0)
			return d->len;
		a.date.month = c->last_month;
		if (a.date.year == 0 && a.year_ctx == 0)
			a.year_ctx = c->last_month_year;
	}
	/* 当年11月, 同年: the year named last, which may not be the article's */
	if (d->year == 0 && a.year_ctx == 0 && (text_ends_with(c->sent, p,
	    "当年") || text_ends_with(c->sent, p, "同年"))) {
		if (c->last_shift != 0)
			a.date.year_shift = c->last_shift;	/* 去年…，当年 */
		else if (c->last_year != 0)
			a.year_ctx = c->last_year;
	}
	/* 去年6月: the month of the year before the article's */
	if (d->year == 0 && a.year_ctx == 0) {
		static const struct {
			const char	*word;
			int		 shift;
		} rel[] = {
			{ "去年", -1 }, { "前年", -2 }, { "明年", 1 },
			{ "上年", -1 }, { "次年", 1 },
		};
		size_t	 i;

		for (i = 0; i < G_N_ELEMENTS(rel); i++)
			if (text_ends_with(c->sent, p, rel[i].word)) {
				a.date.year_shift = (signed char)rel[i].shift;
				c->last_shift = rel[i].shift;
			}
	}
	if (d->year != 0) {
		a.base = period_is_base(c->sent, p);
		if (!a.base)
			vote_year(c, d->year, c->in_title ? 3 : 1);
		if (c->pub_year == 0 && d->day > 0 && dateline(c, p, d->len))
			c->pub_year = d->year;
		c->sent_year = d->year;
		c->last_year = d->year;
		c->last_shift = 0;
	}
	if (a.date.month != 0) {
		c->last_month = a.date.month;
		c->last_month_year = a.date.year != 0 ? a.date.year : a.year_ctx;
	}
	add_fact(c, &f, &a, cp, cp + text_cp_count(p, d->len));
	return d->len;
}

/* Words before the subject of a clause: of time, and 在 (在全市…中，). */
static const char *const lead_ins[] = {
	"今年", "去年", "目前", "同时", "此外", "另外", "其中", "如今", "当前",
	"近年来", "今年以来", "上半年", "下半年", "为此", "随后", "全年", "当年",
	"同年", "年内", "截至目前", "近期", "近日", "日前", "前三季度", "一季度",
	"二季度", "三季度", "四季度", "上午", "下午", "期间", "以来",
	/* aims: 力争全县农产品加工业产值突破80亿元 */
	"力争", "争取", "确保", "预计",
};

/* What ends a date or a period written with numbers: 2020年, 1—11月份. */
static const char *const time_ends[] = {
	"年", "年度", "月", "月份", "日", "号", "季度", "月末", "月底", "年末",
	"年底", "年初", "月初",
};

/*
 * The start of a date or period ending at "q" (2020年, 1月15日, 1—11月份,
 * 2季度末), else "q": numbers and their time words, read backwards.
 */
static const char *
skip_date(const char *lo, const char *q)
{
	static struct wordtab	*tab;
	const char		*r, *d;
	size_t			 n;
	gunichar		 ch;
	int			 i;

	for (;;) {
		if ((i = wordtab_suffix(WORDTAB(&tab, time_ends), lo, q)) < 0)
			return q;
		r = q - strlen(time_ends[i]);
		for (d = r; d > lo && r - d < 24; d -= n) {
			ch = text_char_before(lo, d, &n);
			if (!cnum_is_numeral(ch) && ch != 0x2014 && ch != '-' &&
			    ch != 0xff5e && ch != 0x2013 && ch != '~' &&
			    ch != 0x81f3)	/* —-～–~至 */
				break;
		}
		if (d == r)
			return q;
		q = d;
	}
}

/* Does a name ending at "e" go straight on with its numbers: (607.87亿元, 876.45亿元? */
static bool
own_numbers(const char *e, const char *end)
{
	size_t		 n;
	gunichar	 ch;

	if (e >= end)
		return false;
	ch = text_char(e, &n);
	if (ch == '(' || ch == 0xff08) {
		if (e + n >= end)
			return false;
		ch = text_char(e + n, &n);
	}
	return g_ascii_isdigit(ch) || (ch >= 0xff10 && ch <= 0xff19);
}

/*
 * Does the list item ending at "q" (at a 、) hold a number: 新罗区(607.87
 * 亿元)、 but not 温州、湖州、嘉兴9个地级市, where the count is of the list?
 */
static bool
item_has_numbers(const char *lo, const char *q)
{
	size_t		 n, k;
	gunichar	 ch;

	for (k = 0; q > lo && k < 32; k++, q -= n) {
		ch = text_char_before(lo, q, &n);
		if (ch == 0x3001 || ch == 0xff0c || ch == ',' || ch == 0xff1b ||
		    ch == ';' || ch == 0xff1a || ch == ':' || ch == 0x3002)
			break;
		if (g_ascii_isdigit(ch < 0x80 ? (int)ch : 0) || ch == '%')
			return true;
	}
	return false;
}

/*
 * Does a name at "s" head its clause, as the subject that does what the
 * clause says (石佛办事处位于…, 今年，该公司…, 2020年全国…)?  A name
 * after a verb or a preposition is one said in passing.  Bounded looks
 * back over dates and the words that lead a clause.
 */
static bool
clause_head(const struct ctx *c, const char *s, const char *e)
{
	static struct wordtab	*tab;
	const char		*lo = c->sent, *q = s, *r;
	size_t			 n;
	gunichar		 ch;
	int			 i, k;
	bool			 numbered = false;

	for (k = 0; k < 4; k++) {
		const char	*q0 = q;

		while (q > lo && s - q < 64) {
			ch = text_char_before(lo, q, &n);
			if (ch != ' ' && ch != '\t' && ch != '\n' &&
			    ch != '\r' && ch != 0x3000 && ch != '#')
				break;
			q -= n;
		}
		if (q <= lo)
			return true;
		ch = text_char_before(lo, q, &n);
		/*
		 * 特种集成电路贡献巨大 紫光国微净利增超六成, 十年来 平阴县…:
		 * a space between Han characters parts two clauses, as
		 * headlines and datelines write them.
		 */
		if (q < q0 && text_is_han(ch))
			return true;
		/* ，；： */
		if (ch == 0xff0c || ch == ',' || ch == 0xff1b || ch == ';' ||
		    ch == 0xff1a || ch == ':')
			return true;
		/*
		 * 新罗区(607.87亿元)、上杭县(281.72亿元): an item of a list of
		 * places each with its own numbers heads its item.
		 */
		if (ch == 0x3001 && own_numbers(e, c->end) &&
		    item_has_numbers(lo, q - n))
			return true;
		/* 1.新罗区, 2.上杭县: the item's number */
		if ((ch == '.' || ch == 0xff0e) && !numbered && q - n > lo &&
		    g_ascii_isdigit(q[-(ptrdiff_t)n - 1])) {
			numbered = true;
			for (q -= n; q > lo && g_ascii_isdigit(q[-1]); q--)
				;
			continue;
		}
		if ((r = skip_date(lo, q)) < q) {
			q = r;
			continue;
		}
		if ((i = wordtab_suffix(WORDTAB(&tab, lead_ins), lo, q)) < 0)
			return false;
		q -= strlen(lead_ins[i]);
	}
	return false;
}

/*
 * Does the list that goes on at "q" (、湖州、嘉兴…丽水9个地级市) end in
 * a count of its items?  Then its names are what is counted, not who
 * does something.  A bounded look ahead.
 */
static bool
enumerated(const struct ctx *c, const char *q)
{
	size_t		 n, k;
	gunichar	 ch;

	for (k = 0; q < c->end && k < 64; q += n, k++) {
		ch = text_char(q, &n);
		if (ch == 0x3001 || ch == 0x548c || ch == 0x53ca ||
		    (text_is_han(ch) && !cnum_is_numeral(ch)))	/* 、和及 */
			continue;
		return cnum_is_numeral(ch) && ch != 0x4e07 && ch != 0x4ebf;
	}
	return false;
}

/*
 * Is the name ending at "e" a word of one item of a list (A建设项目、B项目…)?
 * A name listed itself (华泰证券、广发证券…均超) heads the clause with the
 * others; a clause that runs on past a few words (四川天府新区形成电子
 * 信息、汽车制造…) is no item.
 */
static bool
listed(const struct ctx *c, const char *e)
{
	const char	*q;
	size_t		 n, k;
	gunichar	 ch;

	for (q = e, k = 0; q < c->end && k <= LIST_ITEM_CP; q += n, k++) {
		ch = text_char(q, &n);
		if (ch == 0x3001)	/* 、 */
			return k > 0 || enumerated(c, q);
		if (!text_is_han(ch))
			break;
	}
	return false;
}

/*
 * After a description (建设成为创新引领区, no name of a place) the rest
 * of its list: 、品质宜居区和和谐善治区, after 、 or 和.
 */
static bool
described(const struct ctx *c, const char *s)
{
	return c->desc_end != NULL && s == c->desc_end + strlen("、") &&
	    (text_starts_with(c->desc_end, c->end, "、") ||
	    text_starts_with(c->desc_end, c->end, "和"));
}

/*
 * Suffixes of offices named by what they do (生态环境局, 人民医院) and of
 * parks named by what they grow (香菇产业园): not names alone, but with
 * the place they serve.
 */
static bool
bureau(const char *suffix)
{
	return strcmp(suffix, "局") == 0 || strcmp(suffix, "委员会") == 0 ||
	    strcmp(suffix, "医院") == 0 || strcmp(suffix, "产业园") == 0 ||
	    strcmp(suffix, "科技园") == 0 || strcmp(suffix, "园区") == 0;
}

/* Suffixes of places a bureau may serve. */
static bool
place(const char *suffix)
{
	return suffix != NULL && (strcmp(suffix, "市") == 0 ||
	    strcmp(suffix, "县") == 0 || strcmp(suffix, "区") == 0 ||
	    strcmp(suffix, "省") == 0 || strcmp(suffix, "镇") == 0 ||
	    strcmp(suffix, "乡") == 0 || strcmp(suffix, "新区") == 0 ||
	    strcmp(suffix, "高新区") == 0 || strcmp(suffix, "开发区") == 0);
}

/* A company named in full, whose short name may follow. */
static void
add_org(struct ctx *c, const char *name, const char *suffix)
{
	struct org	*o;
	size_t		 core, i;

	if (!entity_is_company(suffix))
		return;
	/* Names are interned: each company once. */
	for (i = 0; i < MIN(c->norgs, ORGS); i++)
		if (c->orgs[i].name == name)
			return;
	if ((core = entity_core_len(name)) == 0)
		return;
	if (c->first_org == NULL) {
		c->first_org = name;
		c->first_org_suffix = suffix;
	}
	o = &c->orgs[c->norgs++ % ORGS];
	o->name = name;
	o->suffix = suffix;
	o->core = core;
}

static struct mentionx *
last_mention(struct ctx *c)
{
	return c->mentions->len == 0 ? NULL : &g_array_index(c->mentions,
	    struct mentionx, c->mentions->len - 1);
}

/*
 * Verbs of saying and publishing: a name before one (国家统计局发布,
 * 生态环境部15日最新出炉, 新华社北京1月15日电) is who tells the numbers,
 * not whose they are.
 */
static const char *const speech_verbs[] = {
	"发布", "公布", "出炉", "表示", "介绍", "指出", "称", "说", "通报",
	"显示", "统计", "报道", "披露", "宣布", "透露", "消息", "讯", "电",
	"数据显示", "最新数据", "发布会", "新闻发布会", "了解到", "获悉", "得知",
	/* 国家邮政局今天举办新闻发布会 */
	"举办新闻发布会", "召开新闻发布会", "举行新闻发布会", "举办发布会",
	"召开发布会", "举行发布会",
};

/* Words between a speaker and its verb: 15日, 最新, 北京1月15日. */
static const char *const speech_fillers[] = {
	"最新", "近日", "日前", "今天", "今日", "昨天", "昨日", "今年", "日",
	"月", "年", "北京", "记者", "网", "客户端",
};

/* Words before a name that make it the source: 据国家统计局. */
static const char *const source_before[] = {
	"据", "根据", "来源：", "来源:", "来自", "数据来源：", "数据来源:", "从",
};

/* Does the text at "p" open with a source word (据, 来源：)? */
static bool
starts_with_source(const char *p, const char *stop)
{
	static struct wordtab	*tab;

	return wordtab_prefix(WORDTAB(&tab, source_before), p, stop) >= 0;
}

static bool
speaks(const struct ctx *c, const char *s, const char *e, bool office)
{
	static struct wordtab	*verb_tab, *fill_tab, *before_tab;
	const char		*q = e;
	size_t			 n, k;
	int			 i;
	bool			 titled = false;

	if (wordtab_suffix(WORDTAB(&before_tab, source_before), c->sent, s) >=
	    0)
		return true;
	if (!office)
		return false;
	for (k = 0; k < 6 && q < c->end; k++) {
		gunichar	 ch = text_char(q, &n);

		if ((ch < 0x80 && g_ascii_isdigit((int)ch)) || ch == ' ' ||
		    ch == 0x3000) {
			q += n;
			continue;
		}
		/* 今天（4月26日）: the day in brackets */
		if (ch == 0xff08 || ch == '(') {
			const char	*r = q + n;

			while (r < c->end && r - q < 24 && !text_is_punct(
			    text_char(r, &n)))
				r += n;
			if (r < c->end && (text_starts_with(r, c->end, "）") ||
			    *r == ')')) {
				q = r + (*r == ')' ? 1 : strlen("）"));
				continue;
			}
			break;
		}
		if ((i = wordtab_prefix(WORDTAB(&fill_tab, speech_fillers), q,
		    c->end)) < 0)
			break;
		q += strlen(speech_fillers[i]);
	}
	if (wordtab_prefix(WORDTAB(&verb_tab, speech_verbs), q, c->end) >= 0)
		return true;
	/*
	 * 国家统计局：2019年全国…增长7.0%: a bureau before a colon speaks;
	 * 石佛办事处：红色引擎聚合力 is the office's own story.
	 */
	if (text_ends_with(s, e, "局") && (text_starts_with(q, c->end, "：") ||
	    text_starts_with(q, c->end, ":")))
		return true;
	/*
	 * 国家统计局江西调查总队消费价格调查处二级调研员饶云青表示: one of
	 * the office, named by title, speaks for it.
	 */
	for (k = 0; q < c->end && k < SPEAKER_TITLE_CP; k++, q += n) {
		gunichar	 ch = text_char(q, &n);

		if (text_is_punct(ch))
			break;
		if (text_starts_with(q, c->end, "表示") || text_starts_with(q,
		    c->end, "介绍") || text_starts_with(q, c->end, "指出"))
			return true;
		if (text_starts_with(q, c->end, "发言人") || text_starts_with(q,
		    c->end, "负责人"))
			titled = true;
	}
	/* 国家邮政局新闻发言人曾军山：一季度…: a title, then a colon */
	return titled && (text_starts_with(q, c->end, "：") ||
	    text_starts_with(q, c->end, ":"));
}

/* Words that make the name after them a place where, not a doer. */
static const char *const where_before[] = {
	"位于", "地处", "坐落于", "落户", "家住", "在", "于", "分布在", "分布于",
	"集中在", "集中于", "来到", "前往", "赴", "到", "距", "距离", "离",
};

/* Does a bracket open just before "s"? */
static bool
bracketed(const struct ctx *c, const char *s)
{
	size_t		 n;
	gunichar	 ch;

	if (s <= c->text)
		return false;
	ch = text_char_before(c->text, s, &n);
	return ch == '(' || ch == 0xff08 || ch == 0x3010;	/* (（【 */
}

static void
add_mention(struct ctx *c, const struct entity_hit *hit, const char *e)
{
	static struct wordtab	*where_tab;
	struct mentionx	 m, *last;
	const char	*s = hit->start;

	memset(&m, 0, sizeof m);
	m.m.name = facts_entity_name(c->facts, s, e - s);
	m.m.start = s;
	m.m.end = e;
	m.m.sentence = c->sentence;
	m.m.paragraph = c->paragraph;
	m.m.section = c->section;
	m.suffix = hit->word;
	/*
	 * A place something lies in, happens in or someone lives in owns
	 * no facts: 位于, 分布在, 在青石镇、柳泉镇各建设1个….
	 */
	m.location = wordtab_suffix(WORDTAB(&where_tab, where_before),
	    c->text, s) >= 0;
	/* 在青石镇、柳泉镇各建设: the names listed after a place where are where too */
	if ((last = last_mention(c)) != NULL && last->location &&
	    (last->m.end + strlen("、") == s || last->m.end + strlen("和") ==
	    s) && (text_starts_with(last->m.end, s, "、") ||
	    text_starts_with(last->m.end, s, "和") ||
	    text_starts_with(last->m.end, s, "及")))
		m.location = true;
	if ((last = last_mention(c)) != NULL && last->m.end == s &&
	    !last->back && bureau(hit->word) && place(last->suffix)) {
		/* 嵩州市生态环境局, 中原区人民医院: one name */
		m.m.start = s = last->m.start;
		m.m.name = facts_entity_name(c->facts, s, e - s);
		m.served = last->m.name;
		m.served_suffix = last->suffix;
		m.subject = last->subject;
		m.location = last->location;
		if (c->in_title && c->main_entity == last->m.name)
			c->title_entity = false;
		g_array_set_size(c->mentions, c->mentions->len - 1);
	} else if (last != NULL && last->m.end == s) {
		/*
		 * 郑州高新区双桥办事处: the second heads the clause if the
		 * first did, and is what a title names (长治市潞州区).
		 */
		last->modifier = true;
		m.subject = last->subject;
		if (c->in_title && c->main_entity == last->m.name)
			c->title_entity = false;
	} else
		m.subject = clause_head(c, s, e) && !listed(c, e);
	if (m.location)
		m.subject = false;
	/*
	 * 全国“最美志愿服务社区”, “全国文明村”: a name quoted whole is a
	 * title given, no owner
	 */
	if (e == c->quote_end && s > c->text && text_ends_with(c->sent, s,
	    "“")) {
		m.subject = false;
		m.modifier = true;
	}
	/*
	 * An office publishes numbers about others (国家统计局发布); a
	 * company or a place that publishes speaks of itself.
	 */
	m.speaker = speaks(c, s, e, hit->word == NULL ||
	    (!entity_is_company(hit->word) && !place(hit->word)));
	g_array_append_val(c->mentions, m);
	c->mention_end = e;
	add_org(c, m.m.name, m.suffix);
	if (m.subject && m.m.name != c->first_org && m.suffix != NULL &&
	    entity_is_company(m.suffix)) {
		if (c->sec_org_section != c->section + 1) {
			c->sec_org_section = c->section + 1;
			c->sec_orgs = 0;
			c->sec_org = NULL;
		}
		if (m.m.name != c->sec_org) {
			c->sec_orgs++;
			c->sec_org = m.m.name;
			c->sec_org_suffix = m.suffix;
		}
	}
	/* (河南省)息县2022年政府工作报告: a place in brackets qualifies */
	/* 据国家统计局消息 as the first line: a source is nobody's subject */
	if (c->in_title && !c->title_entity && !bracketed(c, s) &&
	    !(m.speaker && m.served == NULL) && !m.modifier) {
		c->main_entity = m.m.name;
		c->title_entity = true;
	}
}

/* A mention that stands for "name", named before: the subject of its clause. */
static struct mentionx
back_mention(const struct ctx *c, const char *name, const char *suffix,
    const char *s, const char *e)
{
	struct mentionx	 m;

	memset(&m, 0, sizeof m);
	m.m.name = name;
	m.suffix = suffix;
	m.m.start = s;
	m.m.end = e;
	m.m.sentence = c->sentence;
	m.m.paragraph = c->paragraph;
	m.m.section = c->section;
	m.subject = true;
	m.back = true;
	return m;
}

/*
 * Words that point back (该公司, 全市, 办事处) at the head of a clause:
 * the name they stand for, the last one named of that kind, is its
 * subject.  Elsewhere (各社区, 办事处联合…) they are left alone.
 */
static void
add_back(struct ctx *c, const struct entity_hit *hit, const char *e)
{
	struct mentionx		 m;
	const struct mentionx	*x = NULL;
	const char		*name = NULL, *suffix = NULL;
	size_t			 k, nm = c->mentions->len;

	/*
	 * Not the end of a name: 办事处拥有多项省市 is read whole (and
	 * refused).  在全市3个站点中: the whole place is the scope, as if
	 * it headed the clause; but 在该镇…示范园内建设 says where, as a
	 * name after 在 does.
	 */
	if (!(clause_head(c, hit->start, e) || (text_ends_with(c->sent,
	    hit->start, "在") && clause_head(c, hit->start - strlen("在"),
	    e) && !text_starts_with(hit->start, e, "该") &&
	    !text_starts_with(hit->start, e, "此"))) ||
	    listed(c, e))
		return;
	/*
	 * A bare 公司 or 本集团 at the head of a clause is the company the
	 * article is about, its first named — unless the section is about
	 * one other company, named as a subject in it (子公司中智数控: …
	 * 公司先后获评…); a section listing several subsidiaries is still
	 * about the first.  该公司 is the last one named.
	 */
	if (hit->kind == ENTITY_BACK && c->first_org != NULL &&
	    (strcmp(hit->word, "公司") == 0 || strcmp(hit->word, "集团") ==
	    0) && !text_starts_with(hit->start, e, "该")) {
		bool	 one = c->sec_org_section == c->section + 1 &&
			    c->sec_orgs == 1;

		name = one ? c->sec_org : c->first_org;
		suffix = one ? c->sec_org_suffix : c->first_org_suffix;
		if (entity_refers(hit->word, name, suffix)) {
			m = back_mention(c, name, suffix, hit->start, e);
			g_array_append_val(c->mentions, m);
			return;
		}
		name = suffix = NULL;
	}
	if (hit->kind == ENTITY_BACK) {
		for (k = nm; k > 0 && nm - k < BACK_LOOK; k--) {
			x = &g_array_index(c->mentions, struct mentionx, k - 1);
			if (x->m.name != NULL && entity_refers(hit->word,
			    x->m.name, x->suffix))
				break;
		}
		/*
		 * 全县 in an article that never names its county still says
		 * the whole county speaks, not the town named before: a
		 * subject whose name we do not know.
		 */
		if (k > 0 && nm - k < BACK_LOOK) {
			name = x->m.name;
			suffix = x->suffix;
		} else if (c->title_entity && c->main_suffix != NULL &&
		    *c->main_suffix == '\0') {
			/* 公司 in an article whose title names 东方中科 */
			name = c->main_entity;
			suffix = c->main_suffix;
		}
	}
	/* 全国“最美志愿服务社区”: a title's word, no owner */
	if (hit->kind == ENTITY_NOBODY && text_starts_with(e, c->end, "“"))
		return;
	/* 全国, 我国: the whole country, which owns a national release's facts */
	if (hit->kind == ENTITY_NOBODY) {
		name = facts_entity_name(c->facts, "全国", -1);
		suffix = "";
	}
	m = back_mention(c, name, suffix, hit->start, e);
	if (hit->kind == ENTITY_BACK && (text_starts_with(hit->start, e, "全") ||
	    text_starts_with(hit->start, e, "本") || text_starts_with(hit->start,
	    e, "我")))
		m.whole = hit->word;
	g_array_append_val(c->mentions, m);
}

/*
 * A name, or words pointing back at one, ending at "p" (just after a
 * code point that may end a suffix).
 */
static void
find_entity(struct ctx *c, const char *p)
{
	const char		*floor = c->mention_end > c->sent ?
	    c->mention_end : c->sent;
	struct entity_hit	 hit;
	struct mentionx		*last;
	const char		*old;

	switch (entity_find(&c->seg, floor, p, c->end, &hit)) {
	case ENTITY_NAME:
		/*
		 * Read up to the last name, a leading 和 joins the two (二七区
		 * 和新华三集团); elsewhere it may begin one (和平区).
		 */
		if (hit.start == c->mention_end && hit.start > c->sent &&
		    text_starts_with(hit.start, p, "和") &&
		    text_cp_count(hit.start, (size_t)(p - hit.start)) -
		    text_cp_count(hit.word, strlen(hit.word)) > 2)
			hit.start += strlen("和");
		if (!described(c, hit.start)) {
			add_mention(c, &hit, p);
			return;
		}
		/* FALLTHROUGH */
	case ENTITY_DESC:
		c->desc_end = c->mention_end = p;
		return;
	case ENTITY_BACK:
	case ENTITY_NOBODY:
		add_back(c, &hit, p);
		return;
	case ENTITY_NONE:
		break;
	}
	/*
	 * A suffix that goes on from the last name makes it longer: 河南…
	 * 集团 + 有限公司, 嵩州化工产业园 + 园区, 郑州高新区 + 管委会.
	 */
	if ((last = last_mention(c)) == NULL || last->back ||
	    last->m.start < c->sent || p - last->m.end > 18 ||
	    entity_find(&c->seg, last->m.start, p, c->end, &hit) != ENTITY_NAME ||
	    hit.start != last->m.start || p - strlen(hit.word) > last->m.end)
		return;
	old = last->m.name;
	last->m.name = facts_entity_name(c->facts, last->m.start,
	    p - last->m.start);
	last->m.end = p;
	last->suffix = hit.word;
	last->modifier = false;
	/* 中原高速公路 + 股份有限公司: a company now, which speaks of itself */
	last->speaker = speaks(c, last->m.start, p, !entity_is_company(
	    hit.word) && !place(hit.word));
	c->mention_end = p;
	if (c->title_entity && c->main_entity == old && c->in_title)
		c->main_entity = last->m.name;
	add_org(c, last->m.name, last->suffix);
}

/*
 * A company's short name at the head of a sentence with facts (中智数控
 * for 郑州中智数控科技有限公司, named before): the company is its subject.
 */
static void
find_alias(struct ctx *c, const char *stop)
{
	struct mentionx	 m, *x;
	const char	*s = c->sent, *e = NULL;
	size_t		 n, k = 0, i;
	gunichar	 ch;

	while (s < stop && s - c->sent < 64) {
		ch = text_char(s, &n);
		if (!g_unichar_isspace(ch) && ch != 0x3000)
			break;
		s += n;
	}
	/* Find where it goes among the mentions, before this sentence's. */
	for (n = c->mentions->len; n > 0; n--) {
		x = &g_array_index(c->mentions, struct mentionx, n - 1);
		if (x->m.start < s)
			break;
		if (x->m.start == s)
			return;		/* named in full */
	}
	for (i = 0; i < MIN(c->norgs, ORGS) && e == NULL; i++) {
		k = (c->norgs - 1 - i) % ORGS;
		e = entity_alias(s, stop, c->orgs[k].name, c->orgs[k].core);
	}
	if (e == NULL || listed(c, e))
		return;
	m = back_mention(c, c->orgs[k].name, c->orgs[k].suffix, s, e);
	g_array_insert_val(c->mentions, n, m);
}

static bool
proper_pos(enum lexicon_pos pos)
{
	return pos == LEXICON_POS_NS || pos == LEXICON_POS_NR ||
	    pos == LEXICON_POS_NRT || pos == LEXICON_POS_NZ ||
	    pos == LEXICON_POS_J;
}

/*
 * Adverbs, prepositions, conjunctions, particles, pronouns, verbs,
 * numerals, measure words: never a character of a name.
 */
static bool
function_pos(enum lexicon_pos pos)
{
	switch (pos) {
	case LEXICON_POS_D: case LEXICON_POS_P: case LEXICON_POS_C:
	case LEXICON_POS_U: case LEXICON_POS_UJ: case LEXICON_POS_UL:
	case LEXICON_POS_UZ: case LEXICON_POS_UV: case LEXICON_POS_UD:
	case LEXICON_POS_UG: case LEXICON_POS_R: case LEXICON_POS_V:
	case LEXICON_POS_M: case LEXICON_POS_Q:	/* 家电三巨头 */
		return true;
	default:
		return false;
	}
}

/* 和, 与, 及, 、: what joins the parts of a list. */
static size_t
joiner(const char *p, const char *end)
{
	static const char *const words[] = { "和", "与", "及", "、", "以及" };
	size_t			 i;

	for (i = G_N_ELEMENTS(words); i > 0; i--)
		if (text_starts_with(p, end, words[i - 1]))
			return strlen(words[i - 1]);
	return 0;
}

/* The word of a change or a share that ends "label", added to "buf". */
static void
append_kind(GString *buf, const char *label)
{
	static const char *const kinds[] = {
		"增速", "增幅", "降幅", "涨幅", "跌幅", "占比", "倍数", "比重",
	};
	size_t	 i;

	for (i = 0; label != NULL && i < G_N_ELEMENTS(kinds); i++)
		if (g_str_has_suffix(label, kinds[i]) &&
		    !g_str_has_suffix(buf->str, kinds[i])) {
			g_string_append(buf, kinds[i]);
			return;
		}
}

/*
 * The parts of [s, e) joined by 、 (and by 和, 与, 及 unless "comma"),
 * at most "max": their bounds in "ps" and "pe"; returns how many.
 */
static size_t
split_parts(const char *s, const char *e, size_t max, bool comma,
    const char **ps, const char **pe)
{
	const char	*q;
	size_t		 np = 0, n;

	for (ps[0] = q = s; q < e; ) {
		n = comma ? (text_starts_with(q, e, "、") ? strlen("、") : 0) :
		    joiner(q, e);
		if (n > 0 && q > ps[np]) {
			if (np + 1 >= max)
				return max + 1;
			pe[np] = q;
			ps[++np] = q + n;
			q += n;
		} else {
			text_char(q, &n);
			q += n;
		}
	}
	pe[np++] = e;
	return np;
}

/*
 * Appends [s, e) to "buf" without the dates in it (宏源证券上半年净利润:
 * 宏源证券净利润); the dates are the facts before "first" of this
 * sentence.
 */
static void
append_timeless(const struct ctx *c, GString *buf, const char *s,
    const char *e, size_t first)
{
	size_t	 i;

	for (i = c->first_pending; i < first && s < e; i++) {
		const struct aux *a = &g_array_index(c->aux, struct aux, i);

		if (shutu_facts_get(c->facts, i)->kind != SHUTU_FACT_DATE ||
		    a->end <= s || a->start >= e)
			continue;
		if (a->start > s)
			g_string_append_len(buf, s, a->start - s);
		s = a->end;
	}
	if (e > s)
		g_string_append_len(buf, s, e - s);
}

/*
 * The name that a part of a list before 分别 begins with (华泰证券 of
 * 华泰证券、招商证券…), when the part is a named owner; else NULL.
 */
static const char	*place_full_name(const char *, size_t, const char *,
			    char *, size_t);

/*
 * 东部, 中部和西部: a region named by its direction alone, at the head
 * of a clause or as a part of a list of owners; its name with 地区.
 */
static const char *
region_word(const char *s, const char *e)
{
	static const char *const regions[] = {
		"东部", "中部", "西部", "东北", "中西部", "东中部",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(regions); i++)
		if ((size_t)(e - s) == strlen(regions[i]) && memcmp(s,
		    regions[i], (size_t)(e - s)) == 0)
			return regions[i];
	return NULL;
}

/*
 * 广东和浙江两省…分别, 广东潮州和安徽亳州…分别: a part that is a place
 * the lexicon knows, written short, perhaps after its province; the
 * place's name in full, else NULL.  城市, 城镇, 山区 are kinds.
 */
static const char *
place_part(const struct ctx *c, const char *s, const char *e)
{
	static const char *const kinds[] = { "城市", "城镇", "山区", "乡镇" };
	struct lexicon_entry	 le;
	const char		*q;
	char			 buf[64];
	size_t			 i, n;

	if (e - s < 6 || e - s > 24)
		return NULL;
	if (region_word(s, e) != NULL) {
		g_snprintf(buf, sizeof buf, "%.*s地区", (int)(e - s), s);
		return facts_entity_name(c->facts, buf, -1);
	}
	for (q = s; q < e; q += n) {
		text_char(q, &n);
		if (e - q < 6)
			break;		/* 京津冀 holds no 冀县 */
		if (!lexicon_lookup(q, (size_t)(e - q), &le) ||
		    le.pos != LEXICON_POS_NS || (q > s &&
		    (!lexicon_lookup(s, (size_t)(q - s), &le) ||
		    le.pos != LEXICON_POS_NS)))
			continue;
		for (i = 0; i < G_N_ELEMENTS(kinds); i++)
			if (text_starts_with(q, e, kinds[i]) &&
			    (size_t)(e - q) == strlen(kinds[i]))
				return NULL;
		if (place_full_name(q, (size_t)(e - q), e, buf,
		    sizeof buf) == NULL) {
			memcpy(buf, q, (size_t)(e - q));
			buf[e - q] = '\0';
		}
		return facts_entity_name(c->facts, buf, -1);
	}
	return NULL;
}

static bool	all_han(const char *, const char *);

/*
 * At "x": a count of places that names what the parts of a list are
 * (两省, 等五大城市群, 等三个地区); returns its end, else NULL.
 */
static const char *
count_of_places(const char *x, const char *e)
{
	static const char *const kinds[] = {
		"城市群", "省份", "省区", "省市", "地区", "城市", "国家", "乡镇",
		"街道", "省", "市", "县", "区", "镇",
	};
	const char	*q = x;
	size_t		 i, n, digits = 0;

	if (text_starts_with(q, e, "等"))
		q += strlen("等");
	while (q < e && cnum_is_numeral(text_char(q, &n))) {
		q += n;
		digits++;
	}
	if (digits == 0)
		return NULL;
	if (text_starts_with(q, e, "大") || text_starts_with(q, e, "个"))
		q += strlen("大");
	for (i = 0; i < G_N_ELEMENTS(kinds); i++)
		if (text_starts_with(q, e, kinds[i]))
			return q + strlen(kinds[i]);
	return NULL;
}

/* The end of the places the lexicon knows that [s, e) begins with. */
static const char *
places_prefix(const char *s, const char *e)
{
	struct lexicon_match	 m[8];
	const char		*q = s;
	size_t			 i, k, n, best;

	for (k = 0; k < 2 && q < e; k++) {
		n = lexicon_prefixes(q, (size_t)(e - q), 0, m, G_N_ELEMENTS(m));
		for (i = 0, best = 0; i < n; i++)
			if (m[i].pos == LEXICON_POS_NS && m[i].len >= 6)
				best = m[i].len;
		if (best == 0)
			break;
		q += best;
	}
	return q;
}

static const char	*part_owner(const struct ctx *, const char *,
			    const char *, const char **);

/*
 * 广东和浙江两省占全国快递业务量的比重分别为…, 长三角、珠三角…和成渝
 * 等五大城市群快递业务量增速分别为…, 广东潮州和安徽亳州快递业务量增速
 * 分别为…: the parts are owners, places or the members a count of places
 * names, and what each number is of is the last part's tail, after its
 * name and the count.  Sets "owners" and "*tail"; false when the parts
 * are no owners.
 */
static bool
owners_named(const struct ctx *c, const char *const *ps,
    const char *const *pe, size_t np, const char **owners, const char **tail)
{
	const char	*last = ps[np - 1], *le = pe[np - 1], *x, *y = NULL;
	char		 buf[64];
	size_t		 k, n;

	for (x = last; x < le; x += n) {
		if ((y = count_of_places(x, le)) != NULL)
			break;
		text_char(x, &n);
	}
	if (y == NULL) {
		/* no count: each part a place the lexicon knows */
		if ((x = places_prefix(last, le)) == last || x == le)
			return false;
		y = x;
	}
	if (x == last || text_cp_count(last, (size_t)(x - last)) > 6)
		return false;
	for (k = 0; k < np; k++) {
		const char *e = k + 1 < np ? pe[k] : x;

		if ((owners[k] = part_owner(c, ps[k], e, NULL)) != NULL)
			continue;
		/* named by the count only: the part as written */
		if (y == x || e - ps[k] < 6 || text_cp_count(ps[k],
		    (size_t)(e - ps[k])) > 6 || !all_han(ps[k], e))
			return false;
		if (place_full_name(ps[k], (size_t)(e - ps[k]), e, buf,
		    sizeof buf) == NULL)
			g_snprintf(buf, sizeof buf, "%.*s", (int)(e - ps[k]),
			    ps[k]);
		owners[k] = facts_entity_name(c->facts, buf, -1);
	}
	*tail = y;
	return true;
}

static const char *
part_owner(const struct ctx *c, const char *s, const char *e,
    const char **suffix)
{
	size_t	 k;

	for (k = c->mentions->len; k > 0; k--) {
		const struct mentionx *m = &g_array_index(c->mentions,
		    struct mentionx, k - 1);

		if (m->m.start < c->sent)
			break;
		if (m->m.start == s && m->m.end <= e && m->m.name != NULL &&
		    !m->speaker && !m->location) {
			if (suffix != NULL)
				*suffix = m->suffix;
			return m->m.name;
		}
	}
	return place_part(c, s, e);
}

static bool
all_han(const char *s, const char *e)
{
	size_t	 n;

	for (; s < e; s += n)
		if (!text_is_han(text_char(s, &n)))
			return false;
	return true;
}

/*
 * The next word at or after "p" that hands a list its values in order
 * (分别, 依次), its length in "*len"; NULL when none is left.
 */
static const char *
distributive(const char *p, const char *stop, size_t *len)
{
	static const char *const words[] = { "分别", "依次" };
	const char	*best = NULL, *q;
	size_t		 i;

	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if ((q = text_find(p, stop - p, words[i])) != NULL &&
		    (best == NULL || q < best)) {
			best = q;
			*len = strlen(words[i]);
		}
	return best;
}

/*
 * 东部地区实现营业收入63702亿元，增长6.1%，占全国比重为73.5%；中部、西部和
 * 东北地区分别为13620亿元…，分别增长8.4%…，占全国比重分别为15.7%…: when
 * the parts of a 分别 list are owners, not measures, what each group of
 * numbers says is what the parallel clause before said, group by group
 * (营业收入, 营业收入增速, 占全国比重).  The clause is the sentence
 * before, ended by ；.  "*group" counts the groups; [*lo, *hi) are its
 * facts.
 */
static void
owned_parallel(struct ctx *c, size_t first, size_t count,
    const char *const *owners, size_t *group, size_t *lo, size_t *hi)
{
	const struct shutu_fact	*g;
	struct shutu_fact	*f;
	size_t			 i, k;

	for (k = 0; k < count; k++)
		if (owners[k] == NULL)
			return;
	if (*group == 0) {
		/* the sentence before, ended by ； (sentences end at ；) */
		if (c->sent <= c->text || !(text_ends_with(c->text, c->sent,
		    "；") || text_ends_with(c->text, c->sent, ";")))
			return;
		for (*hi = c->first_pending; *hi > 0 && g_array_index(c->aux,
		    struct aux, *hi - 1).sentence + 1 == c->sentence; (*hi)--)
			;
		*lo = *hi;
		*hi = c->first_pending;
		if (*lo == *hi)
			return;
	}
	/* the group-th quantity of that sentence (its dates are none) */
	for (i = *lo, k = 0; i < *hi; i++)
		if (shutu_facts_get(c->facts, i)->kind == SHUTU_FACT_QUANTITY &&
		    k++ == *group)
			break;
	(*group)++;
	if (i >= *hi)
		return;
	g = shutu_facts_get(c->facts, i);
	if (g->label == NULL)
		return;
	for (k = 0; k < count; k++)
		if (shutu_facts_get(c->facts, first + k)->dimension !=
		    g->dimension)
			return;
	for (k = 0; k < count; k++) {
		f = facts_get_mutable(c->facts, first + k);
		f->label = g->label;
	}
}

/*
 * Where the topic before "from" starts: after the last mark of its
 * sentence (a 、 is none: the topic may be a list), or at the end of
 * fact "prev" (SIZE_MAX: none counts) when that comes first.
 */
static const char *
topic_start(const struct ctx *c, const char *from, size_t prev)
{
	const char	*t, *stop = prev == SIZE_MAX ? NULL :
			    g_array_index(c->aux, struct aux, prev).end;
	size_t		 n;

	for (t = from; t > c->sent && t != stop; t -= n) {
		gunichar ch = text_char_before(c->sent, t, &n);

		/* 专精特新“小巨人”企业贷款: quotes set off a name inside it */
		if (text_is_punct(ch) && ch != 0x3001 && ch != 0x201c &&
		    ch != 0x201d && ch != 0x300a && ch != 0x300b)
			break;
	}
	return t;
}

/*
 * 农副食品加工业、金属制品业…四个行业增幅回落，分别下降4.2%、25.8%…: the
 * list before a count of its parts (the fact before, in the sentence,
 * nothing but words between it and 分别 at "p") gives the parts.  Their
 * number, or 0.
 */
static size_t
counted_parts(struct ctx *c, size_t first, size_t count, const char *p,
    const char **ps, const char **pe)
{
	const struct shutu_fact	*k;
	const struct aux	*a;
	const char		*t;
	size_t			 np;

	if (first <= c->first_pending)
		return 0;
	k = shutu_facts_get(c->facts, first - 1);
	a = &g_array_index(c->aux, struct aux, first - 1);
	if (k->kind != SHUTU_FACT_QUANTITY || k->dimension != SHUTU_DIM_COUNT ||
	    k->value != (double)count || a->start < c->sent ||
	    text_cp_count(a->end, (size_t)(p - a->end)) > 16)
		return 0;
	/* back from the count to a mark, or to the fact before */
	t = topic_start(c, a->start, first - 1 > c->first_pending ? first -
	    2 : SIZE_MAX);
	np = split_parts(t, a->start, count, true, ps, pe);
	if (np != count)
		np = split_parts(t, a->start, count, false, ps, pe);
	return np == count ? np : 0;
}

/*
 * Where the last part's name ends when the names before it differ in
 * length or "q" (as long as the part before) falls inside a word: at
 * the end of its first word of two characters or more.
 */
static const char *
last_name_end(struct ctx *c, const char **ps, const char **pe, size_t np,
    const char *q)
{
	size_t	 k, n = 0, i, off;
	bool	 same = true, boundary = false;

	for (k = 1; k + 1 < np; k++)
		same &= pe[k] - ps[k] == pe[0] - ps[0];
	lexicon_segment(&c->seg, ps[np - 1], (size_t)(pe[np - 1] -
	    ps[np - 1]));
	for (i = 0, off = 0; i < c->seg.count; off += c->seg.tokens[i].len,
	    i++)
		if (ps[np - 1] + off == q)
			boundary = true;
	if (same && boundary)
		return q;
	if (c->seg.count < 2 || (n = c->seg.tokens[0].len) < 6)
		return q;
	return ps[np - 1] + n;
}

/*
 * 禽蛋产量、水果和蔬菜增长较快，增速分别达9.1%、7.5%、5.5%: a rate alone
 * before 分别, after a clause whose list of things changed: the parts are
 * that list, up to its verb of change.  Their number, or 0.
 */
static size_t
changed_parts(struct ctx *c, const char *t0, const char *p, size_t count,
    const char **ps, const char **pe)
{
	static const char *const rates[] = { "增速", "增幅", "降幅", "涨幅" };
	static const char *const verbs[] = {
		"增长", "下降", "上升", "提高", "回落", "减少", "增加", "上涨",
	};
	const char	*comma, *t1, *e1 = NULL, *q;
	size_t		 i, n, np;

	for (i = 0; i < G_N_ELEMENTS(rates); i++)
		if (text_starts_with(t0, p, rates[i]) && t0 + strlen(rates[i]) ==
		    p)
			break;
	if (i == G_N_ELEMENTS(rates) || t0 <= c->sent ||
	    text_char_before(c->sent, t0, &n) != 0xff0c)
		return 0;
	comma = t0 - n;
	t1 = topic_start(c, comma, SIZE_MAX);
	/* the verb of change that ends the list: its last one */
	for (q = t1; q < comma; q += n) {
		for (i = 0; i < G_N_ELEMENTS(verbs); i++)
			if (text_starts_with(q, comma, verbs[i]))
				e1 = q;
		text_char(q, &n);
	}
	if (e1 == NULL || e1 == t1)
		return 0;
	np = split_parts(t1, e1, count, true, ps, pe);
	if (np != count)
		np = split_parts(t1, e1, count, false, ps, pe);
	return np == count ? np : 0;
}

/*
 * The verbs that lead the first part of a list (累计减少 of 累计减少化学需氧量):
 * the end of the run of verbs at its head when a noun follows it, else
 * "s" (none).
 */
static const char *
shared_head(struct ctx *c, const char *s, const char *e)
{
	size_t	 i, n;

	if (e <= s)
		return s;
	lexicon_segment(&c->seg, s, (size_t)(e - s));
	for (i = 0; i < c->seg.count && (c->seg.tokens[i].pos ==
	    LEXICON_POS_V || c->seg.tokens[i].pos == LEXICON_POS_D); i++)
		;
	if (i == 0 || i >= c->seg.count)
		return s;
	n = c->seg.tokens[i].off;
	return s + n;
}

/*
 * The next place after "p" where a list hands out its values: 分别 or
 * 依次 ("*implicit" false, "*len" its length), else the first of two or
 * more numbers joined by 、 or 和 right after a topic that is itself
 * such a list, with no 分别 (累计减少化学需氧量和氨氮排放约320万吨、35万吨:
 * "*implicit", "*len" 0).  NULL when there is none.
 */
static const char *
next_list(const struct ctx *c, const char *p, const char *stop, size_t *len,
    bool *implicit)
{
	const char	*d = distributive(p, stop, len);
	size_t		 i, n, nf = shutu_facts_count(c->facts);

	*implicit = false;
	if (d != NULL)
		return d;
	for (i = c->first_pending; i + 1 < nf; i++) {
		const struct aux *a = &g_array_index(c->aux, struct aux, i);
		const struct aux *b = a + 1;
		const char	*t;
		bool		 joined = false;

		if (a->start < p || shutu_facts_get(c->facts, i)->kind !=
		    SHUTU_FACT_QUANTITY || shutu_facts_get(c->facts, i +
		    1)->kind != SHUTU_FACT_QUANTITY || (n = joiner(a->end,
		    b->start)) == 0 || a->end + n != b->start)
			continue;
		/* 89.2%、11.4%: the rest of a list, not the start of one */
		if (i > c->first_pending && (n = joiner((a - 1)->end,
		    a->start)) > 0 && (a - 1)->end + n == a->start)
			continue;
		/* the topic: back to a mark or the fact before; a list */
		t = topic_start(c, a->start, i > c->first_pending ? i - 1 :
		    SIZE_MAX);
		joined = text_find(t, a->start - t, "、") != NULL ||
		    text_find(t, a->start - t, "和") != NULL;
		if (joined && t < a->start && text_find(t, a->start - t,
		    "分别") == NULL && text_find(t, a->start - t, "依次") ==
		    NULL) {
			*implicit = true;
			*len = 0;
			return a->start;
		}
	}
	return NULL;
}

/*
 * 城镇和农村居民人均可支配收入分别达到31260元和14580元，分别增长4.2%和
 * 7.3%: the facts after 分别 take the parts of the topic before it in
 * order (城镇居民… and 农村居民…), and a second 分别 the labels of the
 * first with what its own labels add (…增速).  The parts but the last
 * are short and share the last one's tail.
 */
static void
distribute(struct ctx *c, const char *stop)
{
	const char		*p, *q, *t0, *ps[DISTRIBUTE_MAX], *pe[DISTRIBUTE_MAX];
	const char		*prev[DISTRIBUTE_MAX], *owners[DISTRIBUTE_MAX];
	size_t			 nf = shutu_facts_count(c->facts), i, k, n, np;
	size_t			 first, count, nprev = 0, mlen = 0;
	size_t			 group = 0, par_lo = 0, par_hi = 0;
	struct shutu_fact	*f;
	struct aux		*a;
	GString			*buf;
	const char		*head, *rate_after = NULL;
	bool			 implicit = false;

	buf = g_string_new(NULL);
	for (p = c->sent; (p = next_list(c, p, stop, &mlen, &implicit)) !=
	    NULL; p += implicit ? 1 : mlen) {
		/* The facts after it, joined by 和 or 、 */
		for (first = c->first_pending; first < nf; first++) {
			a = &g_array_index(c->aux, struct aux, first);
			if (implicit ? a->start >= p : a->start > p)
				break;
		}
		for (count = 0, i = first; i < nf && count < DISTRIBUTE_MAX;
		    i++, count++) {
			a = &g_array_index(c->aux, struct aux, i);
			f = facts_get_mutable(c->facts, i);
			if (f->kind != SHUTU_FACT_QUANTITY)
				break;
			q = count == 0 ? p + mlen : (a - 1)->end;
			if (count == 0 ? text_cp_count(q, (size_t)(a->start -
			    q)) > 12 : (n = joiner(q, a->start)) == 0 ||
			    q + n != a->start)
				break;
		}
		if (count < 2)
			continue;
		/*
		 * The topic before 分别: from the last mark or quantity
		 * (宏源证券上半年净利润分别: a time inside is no stop)
		 */
		t0 = topic_start(c, p, first > c->first_pending &&
		    shutu_facts_get(c->facts, first - 1)->kind ==
		    SHUTU_FACT_QUANTITY ? first - 1 : SIZE_MAX);
		/* 其中科技型中小企业贷款、…: 其中 says they are parts */
		if (text_starts_with(t0, p, "其中"))
			t0 += strlen("其中");
		/*
		 * Its parts: [ps, pe) each, the joiners left out; split at
		 * 、 first (居民服务业、…、卫生和社会工作), else at 和 too.
		 */
		np = split_parts(t0, p, count, true, ps, pe);
		if (np != count)
			np = split_parts(t0, p, count, false, ps, pe);
		if (np != count)
			np = counted_parts(c, first, count, p, ps, pe);
		rate_after = NULL;
		if (np != count && (np = changed_parts(c, t0, p, count, ps,
		    pe)) == count)
			rate_after = t0;	/* 增速 of 增速分别达… */
		if (np == count) {
			size_t		 lead;
			const char	*tail = NULL;
			bool		 named;

			/*
			 * 城镇|农村居民…, 第一、二、三产业…: the last part's tail
			 * after a lead as long as the part before it
			 */
			lead = (size_t)(pe[np - 2] - ps[np - 2]);
			/*
			 * names in full (居民服务业、文体娱乐业; 金属制品业、
			 * 化学原料和化学制品制造业: the same last character)
			 * share no tail
			 */
			q = 2 * lead <= (size_t)(pe[np - 1] - ps[np - 1]) &&
			    text_char_before(ps[np - 2], pe[np - 2], &n) !=
			    text_char_before(ps[np - 1], pe[np - 1], &n) ?
			    ps[np - 1] + lead : pe[np - 1];
			/*
			 * 长三角、…、长江中游和成渝快递业务量增速: names of
			 * several lengths; the last one's name is where the
			 * lexicon's words say, not as long as the one before
			 */
			if (q < pe[np - 1])
				q = last_name_end(c, ps, pe, np, q);
			/*
			 * 中部、西部和东北地区: the short parts share the
			 * last one's suffix (中部地区, 西部地区)
			 */
			named = owners_named(c, ps, pe, np, owners, &tail);
			if (!named) {
				const char	*suf = NULL;

				owners[np - 1] = part_owner(c, ps[np - 1],
				    pe[np - 1], &suf);
				for (k = 0; k + 1 < np; k++) {
					owners[k] = part_owner(c, ps[k], pe[k],
					    NULL);
					if (owners[k] == NULL && suf != NULL &&
					    strlen(suf) >= 6 && text_cp_count(
					    ps[k], (size_t)(pe[k] - ps[k])) <= 4 &&
					    all_han(ps[k], pe[k])) {
						char *nm = g_strdup_printf(
						    "%.*s%s", (int)(pe[k] -
						    ps[k]), ps[k], suf);

						owners[k] = facts_entity_name(
						    c->facts, nm, -1);
						g_free(nm);
					}
				}
			}
			head = shared_head(c, ps[0], pe[0]);
			for (k = 0; k < np; k++) {
				f = facts_get_mutable(c->facts, first + k);
				g_array_index(c->aux, struct aux, first +
				    k).owner = owners[k];
				g_string_assign(buf, "");
				/* 广东和浙江两省|占全国…的比重: the owners' measure */
				if (named) {
					append_timeless(c, buf, tail, pe[np - 1],
					    first);
					if (text_cp_count(buf->str, buf->len) < 2)
						continue;
					append_kind(buf, f->label);
					f->label = facts_intern(c->facts,
					    buf->str, -1);
					prev[k] = f->label;
					continue;
				}
				/* 累计减少化学需氧量和氨氮排放: 累计减少 is both's */
				if (k > 0 && head > ps[0] && !((size_t)(pe[k] -
				    ps[k]) >= (size_t)(head - ps[0]) && memcmp(
				    ps[k], ps[0], (size_t)(head - ps[0])) == 0))
					g_string_append_len(buf, ps[0],
					    head - ps[0]);
				/* (全县)第一、二、三产业: 二 is 第二 */
				if (k > 0 && pe[0] > ps[0] && cnum_is_numeral(
				    text_char_before(ps[0], pe[0], &n)) &&
				    text_ends_with(ps[0], pe[0] - n, "第") &&
				    !text_starts_with(ps[k], pe[k], "第") &&
				    cnum_is_numeral(text_char(ps[k], &n)))
					g_string_append(buf, "第");
				append_timeless(c, buf, ps[k], pe[k], first);
				if (k + 1 < np)
					append_timeless(c, buf, q, pe[np - 1],
					    first);
				if (text_cp_count(buf->str, buf->len) < 2)
					continue;
				/* what the number says of it: 分别增长 -> 增速 */
				if (rate_after != NULL)
					g_string_append_len(buf, rate_after,
					    p - rate_after);
				else
					append_kind(buf, f->label);
				f->label = facts_intern(c->facts, buf->str, -1);
				prev[k] = f->label;
			}
			nprev = count;
		} else if (nprev == count) {
			/* 分别增长4.2%和7.3% after such a list */
			const char	*last = prev[nprev - 1];

			/* 同比分别增长21.73%、10.37%…: the same parts own them */
			for (k = 0; k < count; k++)
				g_array_index(c->aux, struct aux, first +
				    k).owner = owners[k];
			for (k = 0; k < count; k++) {
				f = facts_get_mutable(c->facts, first + k);
				if (f->label == NULL || !g_str_has_prefix(f->label,
				    last))
					break;
				g_string_assign(buf, prev[k]);
				g_string_append(buf, f->label + strlen(last));
				f->label = facts_intern(c->facts, buf->str, -1);
			}
		} else if (first >= c->first_pending + count &&
		    levels_before(c, first, count)) {
			/*
			 * 城镇居民人均可支配收入39363元，农村居民人均可支配收入
			 * 17573元，分别增长8.3%和7.7%: the levels said just
			 * before, in order
			 */
			for (k = 0; k < count; k++) {
				const struct shutu_fact *l = shutu_facts_get(
				    c->facts, first - count + k);

				f = facts_get_mutable(c->facts, first + k);
				g_string_assign(buf, l->label);
				append_kind(buf, f->label);
				f->label = facts_intern(c->facts, buf->str, -1);
			}
			continue;
		}
		if (nprev == count)
			owned_parallel(c, first, count, owners, &group,
			    &par_lo, &par_hi);
	}
	g_string_free(buf, TRUE);
}

/*
 * Are the "count" facts before "first" levels of this sentence, each
 * with a label of its own (none the same), and no 分别 among them?
 */
static bool
levels_before(const struct ctx *c, size_t first, size_t count)
{
	size_t	 i, j;

	for (i = first - count; i < first; i++) {
		const struct shutu_fact *f = shutu_facts_get(c->facts, i);

		if (f->kind != SHUTU_FACT_QUANTITY || f->label == NULL ||
		    text_cp_count(f->label, strlen(f->label)) < 2 ||
		    f->role == SHUTU_ROLE_CHANGE)
			return false;
		for (j = first - count; j < i; j++)
			if (g_strcmp0(shutu_facts_get(c->facts, j)->label,
			    f->label) == 0)
				return false;
	}
	return true;
}

/*
 * A word is a place's short name when the place is not far rarer than
 * the word (黄冈 2870, 黄冈市 1799; 新建 1000, 新建县 4: a verb).
 */
#define PLACE_READING		20

/* Provinces, regions and municipalities: short names and full ones. */
static const struct {
	const char	*name;
	const char	*full;
} provinces[] = {
	{ "北京", "北京市" }, { "天津", "天津市" }, { "上海", "上海市" },
	{ "重庆", "重庆市" }, { "河北", "河北省" }, { "山西", "山西省" },
	{ "辽宁", "辽宁省" }, { "吉林", "吉林省" }, { "黑龙江", "黑龙江省" },
	{ "江苏", "江苏省" }, { "浙江", "浙江省" }, { "安徽", "安徽省" },
	{ "福建", "福建省" }, { "江西", "江西省" }, { "山东", "山东省" },
	{ "河南", "河南省" }, { "湖北", "湖北省" }, { "湖南", "湖南省" },
	{ "广东", "广东省" }, { "海南", "海南省" }, { "四川", "四川省" },
	{ "贵州", "贵州省" }, { "云南", "云南省" }, { "陕西", "陕西省" },
	{ "甘肃", "甘肃省" }, { "青海", "青海省" }, { "台湾", "台湾省" },
	{ "内蒙古", "内蒙古自治区" }, { "广西", "广西壮族自治区" },
	{ "西藏", "西藏自治区" }, { "宁夏", "宁夏回族自治区" },
	{ "新疆", "新疆维吾尔自治区" }, { "香港", "香港特别行政区" },
	{ "澳门", "澳门特别行政区" },
};

/* Kinds a place's short name stands for: 慈溪 for 慈溪市. */
static const char *const place_kinds[] = { "市", "县", "区", "省" };

/* 慈溪全市, 乐清全市: a short name before the whole of its place. */
static const char *const whole_after[] = { "全市", "全县", "全区", "全省" };

/*
 * The kind of place (市, 县…) whose short name is the word of "len"
 * bytes at "p", at the head of a clause that ends at "stop", with the
 * full name written to "buf"; NULL when it is none.  慈溪 (a person to
 * jieba) + 市 is a place the lexicon knows; so is 浙江 before 全省.
 */
/*
 * The full name of the place whose short name is the "len" bytes at "p"
 * (慈溪 -> 慈溪市, 广西 -> 广西壮族自治区) in "buf", "q" being the text
 * after it up to "stop"; returns its kind (市, 县…), NULL when it is none.
 */
static const char *
place_full_name(const char *p, size_t len, const char *stop, char *buf,
    size_t bufsize)
{
	struct lexicon_entry	 self, e;
	const char		*q = p + len;
	size_t			 i;

	if (len + 10 > bufsize)
		return NULL;
	if (!lexicon_lookup(p, len, &self))
		self.freq = 0;
	memcpy(buf, p, len);
	buf[len] = '\0';
	/* 广西, 江西: the short names of provinces, a list of 34 */
	for (i = 0; i < G_N_ELEMENTS(provinces); i++)
		if (strlen(provinces[i].name) == len && memcmp(p,
		    provinces[i].name, len) == 0 && !text_starts_with(q, stop,
		    "省") && !text_starts_with(q, stop, "市") &&
		    strlen(provinces[i].full) < bufsize) {
			strcpy(buf, provinces[i].full);
			return "省";
		}
	for (i = 0; i < G_N_ELEMENTS(place_kinds); i++) {
		/* 慈溪市 itself is found by its suffix */
		if (text_starts_with(q, stop, place_kinds[i]))
			return NULL;
		strcpy(buf + len, place_kinds[i]);
		if (lexicon_lookup(buf, strlen(buf), &e) && e.pos ==
		    LEXICON_POS_NS && (uint64_t)e.freq * PLACE_READING >=
		    self.freq)
			return place_kinds[i];
	}
	buf[len] = '\0';
	return NULL;
}

static const char *
short_place(struct ctx *c, const char *p, size_t len, enum lexicon_pos pos,
    const char *stop, char *buf, size_t bufsize)
{
	static struct wordtab	*whole_tab;
	const char		*q = p + len, *kind;
	size_t			 n;
	int			 k;

	if (len < 6 || len + 10 > bufsize || !text_is_han(text_char(p, &n)) ||
	    !(proper_pos(pos) || pos == LEXICON_POS_N))
		return NULL;
	/* 慈溪(2639亿): a figure in brackets after a name is its */
	if (!(clause_head(c, p, q) && !listed(c, q)) && !text_starts_with(q, stop,
	    "(") && !text_starts_with(q, stop, "（"))
		return NULL;
	if ((kind = place_full_name(p, len, stop, buf, bufsize)) != NULL)
		return kind;
	if (pos == LEXICON_POS_NS && (k = wordtab_prefix(WORDTAB(&whole_tab,
	    whole_after), q, stop)) >= 0) {
		memcpy(buf, p, len);
		strcpy(buf + len, whole_after[k] + strlen("全"));
		return whole_after[k] + strlen("全");
	}
	return NULL;
}

/*
 * The name a clause begins with when no suffix says it is one (东方中科
 * 发布2023年年度报告, 宏泰电气…): a run of proper nouns, place words and
 * characters in no word or alone (东方|中科, 宏|泰), at most eight
 * characters, followed by Han or digits.  Returns its end, or NULL.
 */
static const char *
head_name(struct ctx *c, const char *p, const char *stop)
{
	const struct lexicon_token *t;
	const char		*e;
	size_t			 i, n;

	/* 环比增长0.32%: a comparison heads the clause, not a name */
	if (label_compare_at(p, stop))
		return NULL;
	lexicon_segment(&c->seg, p, (size_t)MIN(stop - p, 30));
	if (c->seg.count < 2)
		return NULL;
	for (i = 0; i < c->seg.count && i < 6; i++) {
		t = &c->seg.tokens[i];
		/* 也是…: a character of a name, not a function word */
		if (!(proper_pos(t->pos) || t->pos == LEXICON_POS_S ||
		    t->pos == LEXICON_POS_NT || t->pos == LEXICON_POS_NRFG ||
		    t->pos == LEXICON_POS_X || (t->len == 3 &&
		    !function_pos(t->pos))) ||
		    !text_is_han(text_char(p + t->off, &n)) ||
		    t->off + t->len > 24)
			break;
	}
	if (i == 0)
		return NULL;
	/*
	 * 同比, 东方: one common word is no name; 东方中科 is one; a place
	 * word alone (家门口, 海外) is where, never whose
	 */
	if (i == 1) {
		struct lexicon_entry	 le;

		t = &c->seg.tokens[0];
		if ((lexicon_lookup(p, t->len, &le) && le.freq >=
		    NAME_RARE_FREQ) || t->pos == LEXICON_POS_S)
			return NULL;
	}
	e = p + c->seg.tokens[i - 1].off + c->seg.tokens[i - 1].len;
	if (text_cp_count(p, (size_t)(e - p)) < 2 || (e < stop &&
	    !text_is_han(text_char(e, &n)) && !g_ascii_isdigit(*e)))
		return NULL;
	return e;
}

/* Makes the name [p, e) the article's subject, of a kind unknown. */
static void
head_subject(struct ctx *c, const char *p, const char *e)
{
	struct mentionx	 m;

	m = back_mention(c, facts_entity_name(c->facts, p, e - p), "", p, e);
	m.back = false;
	g_array_append_val(c->mentions, m);
	c->main_entity = m.m.name;
	c->main_suffix = "";
	c->title_entity = true;
}

/*
 * A title that names no place or company by its suffix may begin with a
 * name all the same (东方中科2023年营收增长…); so may the lead of an
 * article without a title (近日，东方中科发布…), before anything else is
 * named.  That name is the article's.
 */
static void
title_head(struct ctx *c, const char *stop)
{
	const char	*p = c->sent, *e;
	size_t		 n, k;
	gunichar	 ch;

	/* a title has a story after it */
	for (e = stop; e < c->end && (g_unichar_isspace(ch = text_char(e, &n)) ||
	    ch == 0x3000); e += n)
		;
	if (e >= c->end)
		return;
	while (p < stop && (g_unichar_isspace(ch = text_char(p, &n)) ||
	    ch == '#' || ch == 0x3000))
		p += n;
	/*
	 * Each part of a headline parted by spaces may begin with the name:
	 * 特种集成电路贡献巨大 紫光国微净利增超六成.
	 */
	for (k = 0; k < 3 && p < stop; k++) {
		/* 据国家统计局网站消息: a source owns nothing */
		if (starts_with_source(p, stop))
			return;
		if ((e = head_name(c, p, stop)) != NULL) {
			head_subject(c, p, e);
			return;
		}
		while (p < stop && !g_unichar_isspace(ch = text_char(p, &n)) &&
		    ch != 0x3000)
			p += n;
		while (p < stop && (g_unichar_isspace(ch = text_char(p, &n)) ||
		    ch == 0x3000))
			p += n;
	}
}

static void
lead_head(struct ctx *c, const char *stop)
{
	const char	*p = c->sent, *e;
	size_t		 n, k;
	gunichar	 ch;

	/* the first clauses of the sentence, up to three */
	for (k = 0; k < 3 && p < stop; k++) {
		while (p < stop && (g_unichar_isspace(ch = text_char(p, &n)) ||
		    ch == 0x3000))
			p += n;
		/*
		 * 新华社北京…电 is a dateline; a name that publishes (东方中科
		 * 发布2023年年度报告) publishes its own numbers.
		 */
		if (!starts_with_source(p, stop) &&
		    (e = head_name(c, p, stop)) != NULL && clause_head(c, p, e) &&
		    (!speaks(c, p, e, true) || text_starts_with(e, stop, "发布") ||
		    text_starts_with(e, stop, "公布") || text_starts_with(e, stop,
		    "披露"))) {
			head_subject(c, p, e);
			return;
		}
		for (; p < stop; p += n) {
			ch = text_char(p, &n);
			if (ch == 0xff0c || ch == ',') {
				p += n;
				break;
			}
		}
	}
}

/* Adds the short place "buf" (a "kind") at [s, e) among the mentions. */
static void
add_short_place(struct ctx *c, const char *buf, const char *kind,
    const char *s, const char *e)
{
	struct mentionx	 m;
	size_t		 k;

	m = back_mention(c, facts_entity_name(c->facts, buf, -1), kind, s, e);
	m.back = false;
	m.speaker = speaks(c, s, e, false);
	/* among the mentions, in the order of the text, once */
	for (k = c->mentions->len; k > 0; k--)
		if (g_array_index(c->mentions, struct mentionx, k - 1).m.start <=
		    s)
			break;
	if (k == 0 || g_array_index(c->mentions, struct mentionx,
	    k - 1).m.start != s)
		g_array_insert_val(c->mentions, k, m);
}

/*
 * Places written without their suffix at the head of a clause of this
 * sentence (慈溪全市实现…, 乐清领先余姚) or before a figure in brackets
 * (分别为慈溪(2639亿)、义乌(2055亿)): named in full (慈溪市).
 */
/*
 * The end of a region's name (东部地区, 西部地区) that a clause at "p"
 * begins with, found by its suffix; NULL when it begins with none.
 */
/*
 * 贵州茅台发布公告, 云南白药披露半年报: a place's short name and a word
 * that is no kind of place, the subject of a company's announcement, is
 * a listed company's short name.  The end of the name, or NULL.
 */
static const char *
listed_company(struct ctx *c, const char *p, const char *stop)
{
	static const char *const verbs[] = {
		"发布公告", "公告称", "发布半年报", "发布年报", "发布财报",
		"发布业绩", "披露", "发布2", "发布第",
	};
	const struct lexicon_token *t = c->seg.tokens;
	const char	*e;
	size_t		 i;

	if (c->seg.count < 3 || t[0].pos != LEXICON_POS_NS ||
	    (t[1].pos != LEXICON_POS_N && t[1].pos != LEXICON_POS_NZ &&
	    t[1].pos != LEXICON_POS_NR && t[1].pos != LEXICON_POS_X) ||
	    t[1].len < 6)
		return NULL;
	e = p + t[1].off + t[1].len;
	/* 贵州茅台营业收入…: named so before, the company again */
	for (i = 0; i < c->ncompanies; i++)
		if (strlen(c->companies[i]) == (size_t)(e - p) &&
		    memcmp(c->companies[i], p, (size_t)(e - p)) == 0)
			return e;
	for (i = 0; i < G_N_ELEMENTS(verbs); i++)
		if (text_starts_with(e, stop, verbs[i]))
			break;
	if (i == G_N_ELEMENTS(verbs))
		return NULL;
	/* 发布2025年半年报: a report of a period */
	if (strcmp(verbs[i], "发布2") == 0 || strcmp(verbs[i], "发布第") == 0) {
		const char	*q = e + strlen("发布");
		size_t		 n;

		while (q < stop && q - e < 48 && !text_is_punct(text_char(q,
		    &n)) && !text_starts_with(q, stop, "报"))
			q += n;
		if (!text_starts_with(q, stop, "报"))
			return NULL;
	}
	return e;
}

static const char *
region_head(const struct ctx *c, const char *p, const char *stop)
{
	size_t	 k;

	for (k = c->mentions->len; k > 0; k--) {
		const struct mentionx *m = &g_array_index(c->mentions,
		    struct mentionx, k - 1);

		if (m->m.start < p)
			break;
		if (m->m.start == p && m->m.end < stop && m->suffix != NULL &&
		    strcmp(m->suffix, "地区") == 0)
			return m->m.end;
	}
	return NULL;
}

static void
bare_places(struct ctx *c, const char *stop)
{
	const char		*p = c->sent, *kind, *b, *w;
	const struct lexicon_token *t;
	char			 buf[64];
	size_t			 n;
	gunichar		 ch;

	while (p < stop) {
		/*
		 * The head of the clause: past spaces and dates (2023年，),
		 * not into a word that starts with a numeral (四川, 万州).
		 */
		while (p < stop && (g_unichar_isspace(ch = text_char(p, &n)) ||
		    ch == 0x3000 || cnum_is_numeral(ch) || ch == 0x5e74 ||
		    ch == 0x6708 || ch == 0x65e5)) {	/* 年月日 */
			if (cnum_is_numeral(ch) && ch >= 0x80) {
				lexicon_segment(&c->seg, p,
				    (size_t)MIN(stop - p, 12));
				if (c->seg.count > 0 && c->seg.tokens[0].len >
				    n && c->seg.tokens[0].pos != LEXICON_POS_M)
					break;
			}
			p += n;
		}
		lexicon_segment(&c->seg, p, (size_t)MIN(stop - p, 24));
		t = c->seg.count > 0 ? &c->seg.tokens[0] : NULL;
		if (t != NULL && (w = listed_company(c, p, stop)) != NULL &&
		    (size_t)(w - p) < sizeof buf) {
			/* 贵州茅台发布公告: a company, no province */
			memcpy(buf, p, (size_t)(w - p));
			buf[w - p] = '\0';
			add_short_place(c, buf, "公司", p, w);
			for (n = 0; n < c->ncompanies && strcmp(c->companies[n],
			    buf) != 0; n++)
				;
			if (n == c->ncompanies && n < G_N_ELEMENTS(c->companies))
				c->companies[c->ncompanies++] = facts_intern(
				    c->facts, buf, -1);
		} else if (t != NULL && (kind = short_place(c, p, t->len, t->pos, stop,
		    buf, sizeof buf)) != NULL)
			add_short_place(c, buf, kind, p, p + t->len);
		else if (t != NULL && c->seg.count > 1 && region_word(p, p +
		    t->len) != NULL && clause_head(c, p, p + t->len) &&
		    (t[1].pos == LEXICON_POS_V || t[1].pos == LEXICON_POS_D ||
		    t[1].pos == LEXICON_POS_M) && (size_t)t->len + 10 <
		    sizeof buf) {
			/* 东部降低1.6个百分点: a region by its direction */
			g_snprintf(buf, sizeof buf, "%.*s地区", (int)t->len, p);
			add_short_place(c, buf, "地区", p, p + t->len);
		} else if (t != NULL && (w = region_head(c, p, stop)) != NULL) {
			/*
			 * 中部地区湖南以34%的增速…: a place after its region
			 * at the head of the clause is the one it speaks of
			 */
			lexicon_segment(&c->seg, w, (size_t)MIN(stop - w, 24));
			t = c->seg.count > 1 ? &c->seg.tokens[0] : NULL;
			if (t != NULL && t->pos == LEXICON_POS_NS && t->len >= 6 &&
			    text_is_han(text_char(w + t->len, &n)) &&
			    (kind = place_full_name(w, t->len, stop, buf,
			    sizeof buf)) != NULL)
				add_short_place(c, buf, kind, w, w + t->len);
		}
		/* The word before a bracket, within the clause. */
		for (b = p; b < stop && b - p < 96; b += n) {
			ch = text_char(b, &n);
			if (ch == 0xff0c || ch == ',' || ch == 0x3001 ||
			    text_is_terminator(ch) || ch == '(' || ch == 0xff08)
				break;
		}
		if (b < stop && (ch == '(' || ch == 0xff08) && b - p >= 6) {
			w = b - p > 12 ? b - 12 : p;
			while (((unsigned char)*w & 0xc0) == 0x80)
				w++;
			lexicon_segment(&c->seg, w, (size_t)(b - w));
			t = c->seg.count > 0 ? &c->seg.tokens[c->seg.count - 1] :
			    NULL;
			if (t != NULL && w + t->off > p && (kind = short_place(c,
			    w + t->off, t->len, t->pos, stop, buf,
			    sizeof buf)) != NULL)
				add_short_place(c, buf, kind, w + t->off, b);
		}
		/* The next clause, or the next item of a list (、义乌(2055亿)). */
		for (; p < stop; p += n) {
			ch = text_char(p, &n);
			if (ch == 0xff0c || ch == ',' || ch == 0xff1b ||
			    ch == ';' || ch == 0xff1a || ch == ':' ||
			    ch == 0x3001 || text_is_terminator(ch)) {
				p += n;
				break;
			}
		}
	}
}

/*
 * Each fact belongs to the entity of its sentence, else of its paragraph,
 * else of its section.  The subject that heads a clause owns what follows
 * it until the next subject; a name said in passing (连接…与河阳县, 家住
 * 城东区的) owns at most its own sentence.  Names said once in a sentence
 * full of names (the companies in a list of projects) are incidental:
 * among a sentence's names the one the article mentions most wins, and a
 * name mentioned only once yields to the section's subject.
 */
static const char *
best_in(const struct mentionx *ms, size_t lo, size_t hi, GHashTable *freq,
    unsigned int min)
{
	const char	*pick = NULL;
	unsigned int	 best = 0, f;
	size_t		 k;

	for (k = lo; k < hi; k++) {
		if (ms[k].modifier || ms[k].location || ms[k].speaker ||
		    ms[k].m.name == NULL)
			continue;
		f = GPOINTER_TO_UINT(g_hash_table_lookup(freq, ms[k].m.name));
		if (f >= min && f >= best) {
			best = f;
			pick = ms[k].m.name;
		}
	}
	return pick;
}

static bool
owns(const struct mentionx *m)
{
	return m->subject && !m->modifier && !m->location && !m->speaker;
}

/* Titles of reports: 政府工作报告, 统计公报, 工作总结. */
static const char *const report_words[] = {
	"报告", "公报", "工作总结",
};

/*
 * Is the article a report its title's entity makes (淇川县政府工作报告,
 * 嵩阳县2019年…统计公报)?  Then that entity speaks throughout: a town
 * or a company named owns the sentence it heads, not the ones after it,
 * and names said in passing own nothing.  A bounded look at the title.
 */
static bool
titled_report(const struct ctx *c, const struct mentionx *title)
{
	static struct wordtab	*tab;
	const char		*p;
	size_t			 n, k;
	gunichar		 ch;

	if (!c->title_entity || title->m.name != c->main_entity)
		return false;
	for (p = title->m.end, k = 0; p < c->end && k < 48; p += n, k++) {
		ch = text_char(p, &n);
		if (ch == '\n' || ch == '\r')
			break;
		if (wordtab_prefix(WORDTAB(&tab, report_words), p, c->end) >= 0)
			return true;
	}
	return false;
}

/* Two names of one kind: two companies, two 社区, two 县. */
static bool
same_kind(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return false;
	if (entity_is_company(a) && entity_is_company(b))
		return true;
	return strcmp(a, b) == 0;
}

/*
 * Is the subject ms[k], from an earlier sentence than the fact's, the
 * last of several of its kind named in turn in its sentence or the one
 * before (子公司A…；子公司B…。两家合计…)?  Then the fact is about them
 * all: the article's.
 */
static bool
listed_before(const struct mentionx *ms, size_t k, const struct aux *a)
{
	size_t	 i;

	if (ms[k].m.sentence == a->sentence)
		return false;
	for (i = k; i > 0 && k - i < 16 && ms[i - 1].m.paragraph ==
	    ms[k].m.paragraph && ms[k].m.sentence - ms[i - 1].m.sentence <= 1;
	    i--)
		if (owns(&ms[i - 1]) && ms[i - 1].m.name != ms[k].m.name &&
		    same_kind(ms[i - 1].suffix, ms[k].suffix))
			return true;
	return false;
}

static size_t
section_start(const struct ctx *c, size_t section)
{
	return section < c->sections->len ? g_array_index(c->sections, size_t,
	    section) : 0;
}

/* Does [s, e) read as a byline (来源：, 发布时间：, 编辑…)? */
static bool
byline_text(const char *s, const char *e)
{
	static const char *const words[] = {
		"来源", "发布时间", "发布日期", "发布机构", "责任编辑", "编辑：",
		"编辑:", "作者", "浏览次数", "字号", "通讯员", "记者", "打印",
		"原标题",
	};
	size_t	 i;

	if (text_cp_count(s, (size_t)(e - s)) > 2 * TITLE_LINE_CP)
		return false;
	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if (text_find(s, e - s, words[i]) != NULL)
			return true;
	return false;
}

/* Is paragraph "k" a byline (来源：, 发布时间：, 记者…), no part of the story? */
static bool
byline(const struct ctx *c, size_t k)
{
	if (k + 1 >= c->paras->len)
		return false;
	return byline_text(g_array_index(c->paras, const char *, k),
	    g_array_index(c->paras, const char *, k + 1));
}

/*
 * Whom the article is about, when its title names nobody: the first
 * subject of its lead (the first paragraph of the story, after the title
 * and any byline), else the subject most clauses have if it heads two
 * or more; never a speaker (新华社, 国家统计局发布) nor a name said in
 * passing, which owns at most its own sentence.
 */
static const char *
doc_subject(const struct ctx *c, const struct mentionx *ms, size_t nm,
    const char **suffix)
{
	GHashTable	*heads;
	const char	*best = NULL;
	size_t		 i, lead = 0, k, most = 1;

	/* The lead: the first paragraph with text that is no byline. */
	for (k = 1; k + 1 < c->paras->len; k++) {
		const char	*s = g_array_index(c->paras, const char *, k);
		const char	*e = g_array_index(c->paras, const char *, k + 1);

		if (e - s > 2 && !byline(c, k)) {
			lead = k;
			break;
		}
	}
	/*
	 * ——在塔坊镇第十四届人民代表大会第四次会议上: the place whose
	 * congress hears a work report is the report's.
	 */
	for (i = 0; i < nm && ms[i].m.paragraph <= lead + 2; i++) {
		const char	*q = ms[i].m.end;

		if (ms[i].m.name == NULL || ms[i].speaker)
			continue;
		if (text_starts_with(q, c->end, "第"))
			q = text_find(q, MIN(c->end - q, 24), "届");
		if (q != NULL && (text_starts_with(q, c->end, "届") ||
		    q == ms[i].m.end) && (text_find(q, MIN(c->end - q, 30),
		    "人民代表大会") != NULL || text_find(q, MIN(c->end - q,
		    12), "人大") != NULL))
			return ms[i].m.name;
	}
	/*
	 * The lead's first subject; 江苏省统计局公布…: the place whose
	 * office speaks.
	 */
	for (i = 0; i < nm && ms[i].m.paragraph <= lead; i++) {
		if (owns(&ms[i]))
			return ms[i].m.name;
		if (ms[i].speaker && ms[i].served != NULL) {
			*suffix = ms[i].served_suffix;
			return ms[i].served;
		}
	}
	heads = g_hash_table_new(NULL, NULL);
	for (i = 0; i < nm; i++) {
		gpointer	 v;

		if (!owns(&ms[i]) || ms[i].m.name == NULL)
			continue;
		v = g_hash_table_lookup(heads, ms[i].m.name);
		k = GPOINTER_TO_UINT(v) + 1;
		g_hash_table_insert(heads, (gpointer)ms[i].m.name,
		    GUINT_TO_POINTER(k));
		if (k > most) {
			most = k;
			best = ms[i].m.name;
		}
	}
	g_hash_table_destroy(heads);
	return best;
}

/*
 * The label says what, the entity whose: 江西CPI涨幅 of 江西省 is CPI涨幅.
 * The entity's name, or its name before the suffix (江西 of 江西省,
 * 慈溪 of 慈溪市), leaves the head of a label that goes on after it.
 */
static void
unowned_label(struct ctx *c, struct shutu_fact *f)
{
	const char	*e = f->entity, *l = f->label;
	size_t		 n, k, cut = 0;

	if (e == NULL || l == NULL)
		return;
	n = strlen(e);
	if (strncmp(l, e, n) == 0)
		cut = n;
	else
		for (k = n; k > 6 && cut == 0; ) {
			size_t	 m;

			text_char_before(e, e + k, &m);
			k -= m;
			if (k >= 6 && strncmp(l, e, k) == 0 &&
			    text_cp_count(e + k, n - k) <= 5)
				cut = k;
		}
	/*
	 * 宏泰电气净利润 of 鹤川宏泰电气集团股份有限公司: a company's short
	 * name inside its full one, at least two characters (not the kind
	 * that ends a place's name: 湿地自然保护区面积 stays)
	 */
	for (k = strlen(l); cut == 0 && k >= 6 && (g_str_has_suffix(e, "公司") ||
	    strstr(e, "集团") != NULL); ) {
		size_t	 m, j;

		for (j = 0; k < strlen(l) && j + k < n && cut == 0; j++)
			if (memcmp(e + j, l, k) == 0 && (text_starts_with(e +
			    j + k, e + n, "集团") || g_str_has_suffix(e,
			    "公司")))
				cut = k;
		text_char_before(l, l + k, &m);
		k -= m;
	}
	if (cut == 0 || text_cp_count(l + cut, strlen(l) - cut) < 2)
		return;
	/* 淇川段改建工程 is a section's name, no 淇川 and 段改建工程 */
	lexicon_segment(&c->seg, l, strlen(l));
	for (k = 0; k < c->seg.count; k++)
		if (c->seg.tokens[k].off == cut && (cut == n ||
		    c->seg.tokens[k].len >= 6)) {
			f->label = facts_intern(c->facts, l + cut, -1);
			return;
		}
}

/* Kinds of place an article may call itself: 全区, 我县, 市政府. */
static const char *const own_kinds[] = { "区", "县", "市", "镇", "乡", "省" };

/* Does the text call itself a place of kind "key" (全区, 我区, 区政府)? */
static bool
spoken_of(const struct ctx *c, const char *key)
{
	char	 w[3][16];
	size_t	 i;

	g_snprintf(w[0], sizeof w[0], "全%s", key);
	g_snprintf(w[1], sizeof w[1], "我%s", key);
	g_snprintf(w[2], sizeof w[2], "%s政府", key);
	for (i = 0; i < 3; i++)
		if (text_find(c->text, c->end - c->text, w[i]) != NULL)
			return true;
	return false;
}

/* The one name of the kind "key" among the mentions, or NULL. */
static const char *
only_of_kind(const struct mentionx *ms, size_t nm, const char *key)
{
	const char	*one = NULL;
	size_t		 i;

	for (i = 0; i < nm; i++) {
		if (ms[i].m.name == NULL || ms[i].suffix == NULL ||
		    ms[i].speaker || ms[i].whole != NULL ||
		    !entity_refers(key, ms[i].m.name, ms[i].suffix))
			continue;
		if (one != NULL && one != ms[i].m.name)
			return NULL;
		one = ms[i].m.name;
	}
	return one;
}

/* Does a name (宏泰电气, 全县) end at "p"?  Its number is its own then. */
static bool
named_at(const struct ctx *c, const char *p)
{
	const struct mentionx	*ms = (const struct mentionx *)(void *)
	    c->mentions->data;
	size_t			 i;

	for (i = c->mentions->len; i > 0 && ms[i - 1].m.end >= c->sent; i--)
		if (ms[i - 1].m.end == p)
			return true;
	return false;
}

/* 3月底前, 6月末, 一季度以来: the words after a date that are its own. */
static bool
date_part_after(const char *p, const char *end)
{
	static const char *const parts[] = {
		"底", "初", "末", "前", "中", "上旬", "下旬", "以来", "来",
		"后", "起", "至", "到", "以",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(parts); i++)
		if (text_starts_with(p, end, parts[i]))
			return true;
	return false;
}

/*
 * 中国甘肃网4月14日讯 … 今年我省将增补学位20000个: an article that calls
 * itself 我省 or 全省 and names no province as a place still names it,
 * in its publisher or in passing; the province named most is its own.
 */
static const char *
named_province(struct ctx *c)
{
	const char	*best = NULL, *p;
	size_t		 i, n, most = 0;

	for (i = 0; i < G_N_ELEMENTS(provinces); i++) {
		if (!g_str_has_suffix(provinces[i].full, "省"))
			continue;
		for (n = 0, p = c->text; (p = text_find(p, c->end - p,
		    provinces[i].name)) != NULL; p += strlen(provinces[i].name))
			n++;
		if (n > most) {
			most = n;
			best = provinces[i].full;
		}
	}
	return best != NULL ? facts_intern(c->facts, best, -1) : NULL;
}

static void
assign_entities(struct ctx *c)
{
	size_t			 i, j = 0, k, lo, hi, nm = c->mentions->len;
	size_t			 nf = shutu_facts_count(c->facts);
	struct mentionx		*ms = (struct mentionx *)(void *)
	    c->mentions->data;
	const char		*main_suffix = c->main_suffix;
	struct shutu_fact	*f;
	const struct aux	*a;
	const char		*pick;
	GHashTable		*freq = g_hash_table_new(NULL, NULL);
	gpointer		 v;
	bool			 found, report;

	for (i = 0; i < nm; i++) {
		if (ms[i].m.name == NULL)
			continue;
		v = g_hash_table_lookup(freq, ms[i].m.name);
		g_hash_table_insert(freq, (gpointer)ms[i].m.name,
		    GUINT_TO_POINTER(GPOINTER_TO_UINT(v) + 1));
	}
	if (!c->title_entity)
		c->main_entity = doc_subject(c, ms, nm, &main_suffix);
	/*
	 * A report that speaks of itself only as 区政府, 全区 or 我区 is of
	 * the one district the text names (in 《二道江区旅游发展规划》).
	 */
	for (i = 0; c->main_entity == NULL && i < G_N_ELEMENTS(own_kinds); i++)
		if (spoken_of(c, own_kinds[i]) && (c->main_entity =
		    only_of_kind(ms, nm, own_kinds[i])) != NULL)
			main_suffix = own_kinds[i];
	if (c->main_entity == NULL && spoken_of(c, "省") &&
	    (c->main_entity = named_province(c)) != NULL)
		main_suffix = "省";
	/* 宏泰 of a title is 鹤川宏泰电气集团股份有限公司 named in full later */
	if (main_suffix != NULL && *main_suffix == '\0') {
		const char	*old = c->main_entity;

		for (i = 0; i < nm; i++)
			if (ms[i].m.name != NULL && ms[i].suffix != NULL &&
			    *ms[i].suffix != '\0' && strstr(ms[i].m.name, old)) {
				c->main_entity = ms[i].m.name;
				main_suffix = ms[i].suffix;
				break;
			}
		for (i = 0; i < nm && c->main_entity != old; i++)
			if (ms[i].m.name == old)
				ms[i].m.name = c->main_entity;
	}
	for (i = 0; i < nm && c->main_entity != NULL && main_suffix == NULL;
	    i++)
		if (ms[i].m.name == c->main_entity) {
			main_suffix = ms[i].suffix;
			/* 江苏省统计局 speaking in a title: 江苏省's article */
			if (ms[i].speaker && ms[i].served != NULL) {
				c->main_entity = ms[i].served;
				main_suffix = ms[i].served_suffix;
			}
		}
	/* 全县 in the article about a county is that county. */
	for (k = 0; k < nm && main_suffix != NULL; k++)
		if (ms[k].whole != NULL && entity_refers(ms[k].whole,
		    c->main_entity, main_suffix))
			ms[k].m.name = c->main_entity;
	/*
	 * 全区 that nothing before it names, in a report that names one
	 * district only (in 《二道江区旅游发展规划》): that district.
	 */
	{
		/* once a kind: the answer is the whole article's */
		const char	*keys[8], *names[8];
		size_t		 nk = 0, q;

		for (k = 0; k < nm; k++) {
			if (ms[k].whole == NULL || ms[k].m.name != NULL)
				continue;
			for (q = 0; q < nk && strcmp(keys[q], ms[k].whole) != 0;
			    q++)
				;
			if (q == nk) {
				if (nk == G_N_ELEMENTS(keys))
					continue;
				keys[nk] = ms[k].whole;
				names[nk++] = only_of_kind(ms, nm, ms[k].whole);
			}
			ms[k].m.name = names[q];
		}
	}
	/* The title's mention of the article's subject: (河南省)息县…报告 */
	for (i = 0, report = false; i < nm && ms[i].m.paragraph <= 2 && !report;
	    i++)
		report = ms[i].m.name == c->main_entity && titled_report(c,
		    &ms[i]);
	for (i = 0; i < nf; i++) {
		f = facts_get_mutable(c->facts, i);
		a = &g_array_index(c->aux, struct aux, i);
		while (j < nm && ms[j].m.start < a->start)
			j++;
		pick = NULL;
		found = false;
		/*
		 * The subject before it in its paragraph (in a report, its
		 * sentence), a bounded look.
		 */
		for (k = j; k > 0 && j - k < 64 &&
		    ms[k - 1].m.paragraph == a->paragraph &&
		    (!report || ms[k - 1].m.sentence == a->sentence); k--)
			if (owns(&ms[k - 1])) {
				pick = ms[k - 1].m.name;
				found = !listed_before(ms, k - 1, a);
				break;
			}
		/* Else one after it in its sentence. */
		for (k = j; !found && k < nm && k - j < 16 &&
		    ms[k].m.sentence == a->sentence; k++)
			if (owns(&ms[k])) {
				pick = ms[k].m.name;
				found = true;
			}
		/* The sentence's mentions: a bounded look either way. */
		for (lo = j; lo > 0 && j - lo < 16 &&
		    ms[lo - 1].m.sentence == a->sentence; lo--)
			;
		for (hi = j; hi < nm && hi - j < 16 &&
		    ms[hi].m.sentence == a->sentence; hi++)
			;
		/* A report's own: what it says in passing is its business. */
		if (!found && report) {
			pick = c->main_entity;
			found = true;
		}
		if (!found)
			found = (pick = best_in(ms, lo, hi, freq, 2)) != NULL;
		/*
		 * Else the section's subject before it, named in its heading
		 * or first paragraph: a section has a topic only when the
		 * article has headings, and a name in its middle is no topic.
		 */
		for (k = j; !found && a->section > 0 && k > 0 && j - k < 64 &&
		    ms[k - 1].m.section == a->section; k--)
			if (owns(&ms[k - 1]) && ms[k - 1].m.paragraph <=
			    section_start(c, a->section) + 1) {
				pick = ms[k - 1].m.name;
				found = !listed_before(ms, k - 1, a);
				break;
			}
		if (!found)
			pick = NULL;
		if (!found)
			found = (pick = best_in(ms, lo, hi, freq, 1)) != NULL;
		/* Else the article's: its title's, or the most named. */
		f->entity = found ? pick : c->main_entity;
		if (a->owner != NULL)
			f->entity = a->owner;	/* its part of a 分别 list */
		if (f->kind == SHUTU_FACT_QUANTITY)
			unowned_label(c, f);
	}
	g_hash_table_destroy(freq);
	/* The document's entities: the names, in the order first named. */
	for (i = 0; i < nm; i++)
		if (!ms[i].back)
			facts_list_entity(c->facts, ms[i].m.name);
}

static void	leadin_labels(struct ctx *);

/*
 * Does the article give the whole of "year" as done: a year said alone
 * (2021年, no part of it, no comparison) with a number after it in its
 * sentence, not a goal or an estimate (力争, 预计)?
 */
static bool
year_over(const struct ctx *c, int year)
{
	static const char *const aims[] = {
		"力争", "目标", "预计", "预期", "计划", "将", "确保", "争取",
	};
	static const char *const since[] = {
		"以来", "来", "至今", "起", "以后", "后",
	};
	size_t	 i, k, nf = shutu_facts_count(c->facts);

	for (i = 0; i + 1 < nf; i++) {
		const struct shutu_fact	*f = shutu_facts_get(c->facts, i);
		const struct shutu_fact	*g = shutu_facts_get(c->facts, i + 1);
		const struct aux	*a = &g_array_index(c->aux, struct aux,
					    i);

		if (f->kind != SHUTU_FACT_DATE || a->date.year != year ||
		    a->date.precision != SHUTU_PRECISION_YEAR || a->base ||
		    g->kind != SHUTU_FACT_QUANTITY || g_array_index(c->aux,
		    struct aux, i + 1).sentence != a->sentence)
			continue;
		/* 2022年以来: a time that runs on to now is not over */
		for (k = 0; k < G_N_ELEMENTS(since); k++)
			if (text_starts_with(a->end, c->end, since[k]))
				break;
		if (k < G_N_ELEMENTS(since))
			continue;
		for (k = 0; k < G_N_ELEMENTS(aims); k++)
			if (strstr(f->sentence, aims[k]) != NULL)
				break;
		if (k == G_N_ELEMENTS(aims))
			return true;
	}
	return false;
}

static void
finish_dates(struct ctx *c, int year)
{
	size_t			 i, nf = shutu_facts_count(c->facts);
	struct shutu_fact	*f;
	const struct aux	*a;
	char			 buf[40];
	bool			 over = year != 0 && year_over(c, year);

	for (i = 0; i < nf; i++) {
		struct date	 d;
		int		 y;

		f = facts_get_mutable(c->facts, i);
		if (f->kind != SHUTU_FACT_DATE)
			continue;
		a = &g_array_index(c->aux, struct aux, i);
		y = a->year_ctx != 0 ? a->year_ctx : year != 0 ? year +
		    a->date.year_shift : 0;
		/*
		 * 今日镇江讯 10月10日，新区召开…: a day in the title or lead,
		 * of an article that gives the whole year's results, is after
		 * that year (the results are out).
		 */
		if (over && a->year_ctx == 0 && a->date.year == 0 &&
		    a->date.year_shift == 0 && a->date.month != 0 &&
		    a->paragraph <= 1)
			y = year + 1;
		d = a->date;
		date_settle(&d, y);
		f->precision = d.precision;
		f->date = facts_intern(c->facts, date_iso(&d, y, buf), -1);
	}
}

/* Is a line break inside a sentence (a wrapped line), or a real one? */
static bool
soft_break(const struct ctx *c, const char *nl, gunichar last, size_t line_cp,
    const char **resume)
{
	const char	*q = nl;
	size_t		 n;
	gunichar	 ch = 0;

	while (q < c->end && q - nl < LOOKAHEAD_BYTES) {
		ch = text_char(q, &n);
		if (ch != '\n' && ch != '\r' && ch != ' ' && ch != '\t' &&
		    ch != 0x3000)
			break;
		q += n;
	}
	if (q >= c->end || q - nl >= LOOKAHEAD_BYTES)
		return false;
	*resume = q;
	return line_cp >= SOFT_LINE_MIN_CP && text_is_han(last) &&
	    text_is_han(ch);
}

/*
 * 今年一季度, 去年上半年: a part of a year after a year said in words,
 * read as if alone (the 年 of 2020年一季度 is read with its digits).
 */
static bool
relative_year(const struct ctx *c, const char *p, gunichar prev)
{
	static const char *const years[] = {
		"今年", "去年", "明年", "前年", "上年", "本年", "当年", "同年",
	};
	size_t	 i;

	if (prev != 0x5e74)	/* 年 */
		return false;
	for (i = 0; i < G_N_ELEMENTS(years); i++)
		if (text_ends_with(c->sent, p, years[i]))
			return true;
	return false;
}

/* Is the line at "p" short enough to be a title?  A bounded look. */
static bool
short_line(const char *p, const char *end)
{
	const char	*nl;
	size_t		 max = (size_t)(end - p) < 4 * TITLE_LINE_CP ?
	    (size_t)(end - p) : 4 * TITLE_LINE_CP;

	if ((nl = memchr(p, '\n', max)) == NULL)
		nl = max == (size_t)(end - p) ? end : NULL;
	return nl != NULL && text_cp_count(p, (size_t)(nl - p)) <=
	    TITLE_LINE_CP;
}

/* Periods, status, roles and series (series.c), from where facts stand. */
static void
find_series(struct ctx *c, int year)
{
	size_t			 i, n = shutu_facts_count(c->facts);
	struct series_pos	*pos = g_new(struct series_pos, MAX(n, 1));

	for (i = 0; i < n; i++) {
		const struct aux *a = &g_array_index(c->aux, struct aux, i);

		pos[i].start = a->start;
		pos[i].end = a->end;
		pos[i].sentence = a->sentence;
		pos[i].paragraph = a->paragraph;
	}
	series_find(c->facts, c->text, c->end, pos, year);
	g_free(pos);
}

/* The extraction proper, on text already checked to be UTF-8. */
static struct shutu_facts *
extract_checked(const char *text, size_t len, int year)
{
	struct ctx	 c;
	const char	*p, *resume, *q;
	size_t		 n, cp = 0, line_cp = 0, k;
	gunichar	 ch, prev = 0, last = 0;
	bool		 line_start = true, heading = false;
	struct date	 d;

	text_classes_init();	/* before any module asks text_class() */
	memset(&c, 0, sizeof c);
	c.text = text != NULL ? text : "";
	c.end = c.text + len;
	/*
	 * Room for a fact every 64 bytes (the samples have one every 70), so
	 * that the arrays are not copied as they grow; pages that are never
	 * written are never touched.
	 */
	c.facts = facts_new(len / 64);
	c.words = words_new();
	lexicon_seg_init(&c.seg);
	c.label = g_string_sized_new(64);
	c.aux = g_array_sized_new(FALSE, TRUE, sizeof(struct aux),
	    (guint)MIN(len / 64, G_MAXUINT / 2));
	util_advise_huge(c.aux->data, MIN(len / 64, G_MAXUINT / 2) *
	    sizeof(struct aux));
	c.mentions = g_array_new(FALSE, TRUE, sizeof(struct mentionx));
	c.paras = g_array_new(FALSE, FALSE, sizeof(const char *));
	c.sections = g_array_new(FALSE, TRUE, sizeof(size_t));
	g_array_set_size(c.sections, 1);
	g_array_append_val(c.paras, c.text);
	c.votes = g_new0(unsigned short, YEAR_MAX - YEAR_MIN + 1);
	c.sent = c.prev_end = c.quote_end = c.mention_end = c.text;

	for (p = c.text; p < c.end; ) {
		ch = text_char(p, &n);
		/* Most characters begin nothing: step over them at once. */
		if (!line_start && ch != '\n' && !(text_class(ch) &
		    (TC_MARK | TC_ENTITY_END | TC_DATE_START |
		    TC_NUM_START))) {
			p += n;
			cp++;
			line_cp++;
			prev = last = ch;
			continue;
		}
		if (line_start && !g_unichar_isspace(ch)) {
			line_start = false;
			if (ch == '#') {
				/* "## heading": a section of its own */
				heading = true;
				c.section++;
				g_array_append_val(c.sections, c.paragraph);
			}
			/*
			 * The first line names what the article is about,
			 * if it is a title: short.  A first paragraph is none.
			 */
			c.in_title = !c.seen_text && short_line(p, c.end);
			c.seen_text = true;
		}
		if (ch == '\n') {
			if (!heading && soft_break(&c, p, last, line_cp,
			    &resume)) {
				cp += text_cp_count(p, (size_t)(resume - p));
				p = resume;
				prev = '\n';
				continue;
			}
			end_sentence(&c, p);
			c.paragraph++;
			q = p + n;
			g_array_append_val(c.paras, q);
			c.in_title = false;
			heading = false;
			line_start = true;
			line_cp = 0;
			prev = ch;
			p += n;
			cp++;
			continue;
		}
		if (text_is_terminator(ch)) {
			/* Closing quotes and brackets stay with the sentence. */
			for (q = p + n, k = 1; q < c.end; q += n, k++) {
				gunichar	 t = text_char(q, &n);

				if (!text_is_terminator(t) && t != 0x201d &&
				    t != 0x300f && t != 0x300d && t != 0xff09)
					break;
			}
			cp += k;
			line_cp += k;
			p = q;
			end_sentence(&c, p);
			prev = last = ch;
			continue;
		}
		open_quote(&c, p, n, ch);
		if (entity_is_suffix_end(ch))
			find_entity(&c, p + n);
		if ((text_class(ch) & TC_DATE_START) && p >= c.quote_end &&
		    date_match(p, c.end, relative_year(&c, p, prev) ? 0 : prev,
		    &d)) {
			k = date_fact(&c, p, &d, cp);
		} else if (cnum_is_start(ch) && !(prev < 0x80 &&
		    g_ascii_isdigit((int)prev)) && !(cnum_digit(prev) >= 0 &&
		    prev >= 0x80 && cnum_digit(ch) >= 0 && ch >= 0x80)) {
			/*
			 * 3-5, 三-五: a range, not a sign; nor before a date
			 * (2014年-2018年, -2022年2月23日在…会议上: a dash)
			 */
			if ((ch == '-' || ch == '+' || ch == 0x2212 ||
			    ch == 0xff0d) && ((prev < 0x80 ?
			    g_ascii_isalnum((int)prev) : text_is_han(prev) &&
			    cnum_is_numeral(prev)) || (ch != '+' &&
			    date_match(p + n, c.end, 0, &d))))
				k = n;
			else
				k = quantity(&c, p, prev, cp);
		} else
			k = n;
		/* Advance by "k" bytes, counting code points as we go. */
		q = p + k;
		k = text_cp_count(p, k);
		cp += k;
		line_cp += k;
		prev = last = text_char_before(p, q, &n);
		p = q;
	}
	end_sentence(&c, c.end);

	if (year == 0)
		year = reference_year(&c);
	facts_set_year(c.facts, year);
	facts_set_plain(c.facts, json_plain_text(c.text, len));
	finish_dates(&c, year);
	assign_entities(&c);
	leadin_labels(&c);
	find_series(&c, year);

	words_free(c.words);
	lexicon_seg_release(&c.seg);
	g_string_free(c.label, TRUE);
	g_array_free(c.aux, TRUE);
	g_array_free(c.mentions, TRUE);
	g_array_free(c.paras, TRUE);
	g_array_free(c.sections, TRUE);
	g_free(c.votes);
	return c.facts;
}

/*
 * The measure a lead-in names for the list after it: 回顾一下上半年各县(市、
 * 区)GDP完成数据： names GDP.  The last clause before the colon, without
 * what it says of the list (数据, 情况, 如下, 成绩单…), cut after its
 * last bracket or place word; its last run of nouns.  NULL when none.
 */
static const char *
leadin_measure(struct ctx *c, const char *s, const char *e)
{
	static const char *const tails[] = {
		"完成数据", "完成情况", "完成“成绩单”", "“成绩单”", "成绩单",
		"数据", "情况", "如下", "一览", "排名", "排行", "是", "为",
		"完成", "具体", "分别",
	};
	const char	*q, *from;
	size_t		 n, k, i;
	bool		 cut;

	/* the last clause */
	for (from = e; from > s; from -= n) {
		gunichar ch = text_char_before(s, from, &n);

		if (ch == 0xff0c || ch == ',' || ch == 0x3002 || ch == 0xff1b ||
		    ch == ';' || ch == 0xff09 || ch == ')')
			break;
	}
	do {
		cut = false;
		for (i = 0; i < G_N_ELEMENTS(tails); i++)
			if (text_ends_with(from, e, tails[i])) {
				e -= strlen(tails[i]);
				cut = true;
			}
	} while (cut && e > from);
	if (e <= from)
		return NULL;
	lexicon_segment(&c->seg, from, (size_t)(e - from));
	for (k = c->seg.count, q = e; k > 0; k--) {
		const struct lexicon_token *t = &c->seg.tokens[k - 1];

		if (t->pos != LEXICON_POS_N && t->pos != LEXICON_POS_ENG &&
		    t->pos != LEXICON_POS_VN && t->pos != LEXICON_POS_NZ &&
		    t->pos != LEXICON_POS_J)
			break;
		/* 各县GDP: a place word is no part of the measure */
		if (text_cp_count(from + t->off, t->len) < 2)
			break;
		q = from + t->off;
	}
	if (q >= e || text_cp_count(q, (size_t)(e - q)) < 2)
		return NULL;
	return facts_intern(c->facts, q, (ssize_t)(e - q));
}

/*
 * Numbers with nothing to say what they are, in a paragraph a lead-in
 * ending in a colon opens (上半年各县GDP完成数据：\n1.新罗区(607.87亿元
 * 5.4%)…): the lead-in's measure, and its 增速 for the rates.
 */
static void
leadin_labels(struct ctx *c)
{
	size_t		 i, nf = shutu_facts_count(c->facts), para = SIZE_MAX;
	const char	*measure = NULL, *rate = NULL;
	GString		*buf = g_string_new(NULL);

	for (i = 0; i < nf; i++) {
		struct shutu_fact	*f = facts_get_mutable(c->facts, i);
		const struct aux	*a = &g_array_index(c->aux, struct aux, i);

		if (f->kind != SHUTU_FACT_QUANTITY ||
		    (f->label != NULL && *f->label != '\0'))
			continue;
		if (a->paragraph != para) {
			const char	*ps, *q, *le;
			size_t		 n;

			para = a->paragraph;
			measure = rate = NULL;
			if (para >= c->paras->len)
				continue;
			ps = g_array_index(c->paras, const char *, para);
			/* in its paragraph before it, else the line before */
			if ((q = text_find(ps, a->start - ps, "：")) == NULL)
				q = text_find(ps, a->start - ps, ":");
			if (q != NULL)
				measure = leadin_measure(c, ps, q);
			else if (para > 0) {
				const char *pp = g_array_index(c->paras,
				    const char *, para - 1);

				for (le = ps; le > pp && g_unichar_isspace(
				    text_char_before(pp, le, &n)); le -= n)
					;
				if (text_ends_with(pp, le, "："))
					measure = leadin_measure(c, pp, le -
					    strlen("："));
				else if (text_ends_with(pp, le, ":"))
					measure = leadin_measure(c, pp, le - 1);
			}
			if (measure != NULL) {
				g_string_assign(buf, measure);
				g_string_append(buf, "增速");
				rate = facts_intern(c->facts, buf->str, -1);
			}
		}
		if (measure != NULL)
			f->label = f->dimension == SHUTU_DIM_PERCENT ? rate :
			    measure;
	}
	g_string_free(buf, TRUE);
}

static bool
check_year(int year, GError **error)
{
	if (year == 0 || (year >= YEAR_MIN && year <= YEAR_MAX))
		return true;
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
	    "year %d out of range (%d-%d)", year, YEAR_MIN, YEAR_MAX);
	return false;
}

struct shutu_facts *
shutu_facts_extract(const char *text, size_t len, int year, GError **error)
{
	struct util_sniff	 sn = { 0 };

	g_return_val_if_fail(text != NULL || len == 0, NULL);
	if (!check_year(year, error))
		return NULL;
	if (len > 0 && !util_sniff_input("<input>", text, len, &sn, error))
		return NULL;
	return extract_checked(text + sn.bom, len - sn.bom, year);
}

struct shutu_facts *
shutu_facts_extract_file(const char *path, int year, GError **error)
{
	struct shutu_facts	*facts = NULL;
	struct util_sniff	 sn;
	char			*text = NULL;
	size_t			 len = 0;

	g_return_val_if_fail(path != NULL, NULL);
	if (!check_year(year, error))
		goto out;
	if (!util_read_file(path, &text, &len, error))
		goto out;
	if (!util_sniff_input(strcmp(path, "-") == 0 ? "<stdin>" : path, text,
	    len, &sn, error))
		goto out;
	facts = extract_checked(text + sn.bom, len - sn.bom, year);
	shutu_facts_set_source(facts, path);
out:
	g_free(text);
	return facts;
}
