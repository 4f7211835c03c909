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
	/* 32 bits: an article is at most 1 GiB (UTIL_INPUT_MAX). */
	uint32_t		 sentence, paragraph, section;
};

struct	mentionx {
	struct mention	 m;		/* m.name NULL: nobody's (全国) */
	const char	*suffix;	/* the name's: 办事处, 有限公司, 区 */
	bool		 modifier;	/* 郑州高新区 in 郑州高新区沟赵办事处 */
	bool		 location;	/* 位于郑州经开区: where, not whose */
	bool		 subject;	/* heads its clause: does what it says */
	bool		 back;		/* 该公司, 中智数控: a name said before */
};

struct	ctx {
	const char		*text, *end;
	struct shutu_facts	*facts;
	struct words		*words;
	GString			*label;		/* label_make()'s buffer */
	GArray			*aux;		/* struct aux, one per fact */
	GArray			*mentions;	/* struct mentionx */
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
	size_t			 ratio_sentence;	/* 1 + the sentence of a ratio */
	size_t			 nq, nd;
	unsigned short		*votes;		/* per year, YEAR_MIN.. */
	const char		*main_entity;	/* the title's, or the most named */
	unsigned int		 main_count;
	bool			 title_entity;	/* main_entity is the title's */
	bool			 in_title;	/* in the first line */
	bool			 seen_text;
	int			 first_year;	/* tie-break: first named */
};

static void	 find_alias(struct ctx *, const char *);

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
	"比为", "比是", "比达", "比达到", "之比为",
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

static void
vote_year(struct ctx *c, int y)
{
	if (y < YEAR_MIN || y > YEAR_MAX)
		return;
	if (c->votes[y - YEAR_MIN] < USHRT_MAX)
		c->votes[y - YEAR_MIN]++;
	if (c->first_year == 0)
		c->first_year = y;
}

static int
reference_year(const struct ctx *c)
{
	int	 y, best = 0, bestv = 0;

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

/* The sentence that ends at "stop": labels, events, sentence text. */
static void
end_sentence(struct ctx *c, const char *stop)
{
	size_t			 i, nf = shutu_facts_count(c->facts);
	const char		*whole = NULL, *prev_label = NULL;
	const char		*prev_used = NULL;
	enum shutu_dim		 prev_dim = SHUTU_DIM_OTHER;
	struct shutu_fact	*f;
	struct aux		*a;
	char			*s;

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
			li.num = a->start;
			li.num_end = a->end;
			li.next = i + 1 < nf ? (a + 1)->start : stop;
			li.unit = a->unit;
			li.dim = f->dimension;
			li.prev_label = prev_label;
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
	if (c->first_pending < nf && c->norgs > 0)
		find_alias(c, stop);
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
			vote_year(c, anniversaries[i].base + (int)n);
}

/*
 * A quantity at "p" (a digit or numeral; "prev" the code point before).
 * Returns the bytes to skip: the fact, or at least the numeral run, so
 * that a run of a million digits is read once.
 */
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
	if (prev < 0x80 && g_ascii_isalpha((int)prev))
		ok = false;	/* G20 */
	if (prev == '+' || (q < c->end && (*q == '+' || g_ascii_isalpha(*q) ||
	    (g_ascii_isdigit(*q) && (u == NULL ||
	    g_ascii_isalpha(u->word[0]))))))
		ok = false;	/* 1+9, 5G; but 386户1420人 is two facts */
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
	f.kind = SHUTU_FACT_DATE;
	f.value = f.value_max = f.base_value = NAN;
	f.precision = d->precision;
	a.start = p;
	a.end = p + d->len;
	a.date = *d;
	a.year_ctx = c->sent_year;
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
			if (text_ends_with(c->sent, p, rel[i].word))
				a.date.year_shift = (signed char)rel[i].shift;
	}
	if (d->year != 0) {
		vote_year(c, d->year);
		c->sent_year = d->year;
	}
	add_fact(c, &f, &a, cp, cp + text_cp_count(p, d->len));
	return d->len;
}

/* Words before the subject of a clause: of time, and 在 (在全市…中，). */
static const char *const lead_ins[] = {
	"在", "今年", "去年", "目前", "同时", "此外", "另外", "其中", "如今", "当前",
	"近年来", "今年以来", "上半年", "下半年", "为此", "随后",
	/* aims: 力争全县农产品加工业产值突破80亿元 */
	"力争", "争取", "确保", "预计",
};

/*
 * Does a name at "s" head its clause, as the subject that does what the
 * clause says (石佛办事处位于…, 今年，该公司…)?  A name after a verb or
 * a preposition is one said in passing.  Bounded looks back.
 */
static bool
clause_head(const struct ctx *c, const char *s)
{
	static struct wordtab	*tab;
	const char		*lo = c->sent, *q = s;
	size_t			 n;
	gunichar		 ch;
	int			 i, k;

	for (k = 0; k < 2; k++) {
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
		/* ，；： */
		if (ch == 0xff0c || ch == ',' || ch == 0xff1b || ch == ';' ||
		    ch == 0xff1a || ch == ':')
			return true;
		if (k > 0 || (i = wordtab_suffix(WORDTAB(&tab, lead_ins), lo,
		    q)) < 0)
			return false;
		q -= strlen(lead_ins[i]);
	}
	return false;
}

/* Is the name ending at "e" one of a list (A建设项目、B项目…)? */
static bool
listed(const struct ctx *c, const char *e)
{
	const char	*q;
	size_t		 n, k;
	gunichar	 ch;

	for (q = e, k = 0; q < c->end && k < 8; q += n, k++) {
		ch = text_char(q, &n);
		if (ch == 0x3001)	/* 、 */
			return true;
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

static void
add_mention(struct ctx *c, const struct entity_hit *hit, const char *e)
{
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
	/* A place something lies in (or someone lives in) owns no facts. */
	m.location = text_ends_with(c->text, s, "位于") ||
	    text_ends_with(c->text, s, "地处") ||
	    text_ends_with(c->text, s, "坐落于") ||
	    text_ends_with(c->text, s, "落户") ||
	    text_ends_with(c->text, s, "家住");
	if ((last = last_mention(c)) != NULL && last->m.end == s &&
	    !last->back && bureau(hit->word) && place(last->suffix)) {
		/* 嵩州市生态环境局, 中原区人民医院: one name */
		m.m.start = s = last->m.start;
		m.m.name = facts_entity_name(c->facts, s, e - s);
		m.subject = last->subject;
		m.location = last->location;
		if (c->in_title && c->main_entity == last->m.name)
			c->title_entity = false;
		g_array_set_size(c->mentions, c->mentions->len - 1);
	} else if (last != NULL && last->m.end == s) {
		/* 郑州高新区双桥办事处: the second heads the clause if the first did */
		last->modifier = true;
		m.subject = last->subject;
	} else
		m.subject = clause_head(c, s) && !listed(c, e);
	if (m.location)
		m.subject = false;
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
	if (c->in_title && !c->title_entity) {
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

	/* Not the end of a name: 办事处拥有多项省市 is read whole (and refused). */
	if (!clause_head(c, hit->start) || listed(c, e))
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
		if (k == 0 || nm - k >= BACK_LOOK)
			return;
		name = x->m.name;
		suffix = x->suffix;
	}
	m = back_mention(c, name, suffix, hit->start, e);
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

	switch (entity_find(floor, p, c->end, &hit)) {
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
	    entity_find(last->m.start, p, c->end, &hit) != ENTITY_NAME ||
	    hit.start != last->m.start || p - strlen(hit.word) > last->m.end)
		return;
	old = last->m.name;
	last->m.name = facts_entity_name(c->facts, last->m.start,
	    p - last->m.start);
	last->m.end = p;
	last->suffix = hit.word;
	last->modifier = false;
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
		if (ms[k].modifier || ms[k].location || ms[k].m.name == NULL)
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
	return m->subject && !m->modifier && !m->location;
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

static void
assign_entities(struct ctx *c)
{
	size_t			 i, j = 0, k, lo, hi, nm = c->mentions->len;
	size_t			 nf = shutu_facts_count(c->facts);
	const struct mentionx	*ms = (const struct mentionx *)
	    (void *)c->mentions->data;
	struct shutu_fact	*f;
	const struct aux	*a;
	const char		*pick;
	GHashTable		*freq = g_hash_table_new(NULL, NULL);
	gpointer		 v;
	bool			 found, report;

	for (i = 0; i < nm; i++) {
		unsigned int	 nv;

		if (ms[i].m.name == NULL)
			continue;
		v = g_hash_table_lookup(freq, ms[i].m.name);
		nv = GPOINTER_TO_UINT(v) + 1;
		g_hash_table_insert(freq, (gpointer)ms[i].m.name,
		    GUINT_TO_POINTER(nv));
		if (c->main_entity == NULL || (!c->title_entity &&
		    nv > c->main_count && nv >= 2)) {
			c->main_entity = ms[i].m.name;
			c->main_count = nv;
		}
	}
	report = nm > 0 && titled_report(c, &ms[0]);
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
		/* Else the section's subject before it. */
		for (k = j; !found && k > 0 && j - k < 64 &&
		    ms[k - 1].m.section == a->section; k--)
			if (owns(&ms[k - 1])) {
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
	}
	g_hash_table_destroy(freq);
	/* The document's entities: the names, in the order first named. */
	for (i = 0; i < nm; i++)
		if (!ms[i].back)
			facts_list_entity(c->facts, ms[i].m.name);
}

static void
finish_dates(struct ctx *c, int year)
{
	size_t			 i, nf = shutu_facts_count(c->facts);
	struct shutu_fact	*f;
	const struct aux	*a;
	char			 buf[40];

	for (i = 0; i < nf; i++) {
		struct date	 d;
		int		 y;

		f = facts_get_mutable(c->facts, i);
		if (f->kind != SHUTU_FACT_DATE)
			continue;
		a = &g_array_index(c->aux, struct aux, i);
		y = a->year_ctx != 0 ? a->year_ctx : year != 0 ? year +
		    a->date.year_shift : 0;
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
	c.label = g_string_sized_new(64);
	c.aux = g_array_sized_new(FALSE, TRUE, sizeof(struct aux),
	    (guint)MIN(len / 64, G_MAXUINT / 2));
	util_advise_huge(c.aux->data, MIN(len / 64, G_MAXUINT / 2) *
	    sizeof(struct aux));
	c.mentions = g_array_new(FALSE, TRUE, sizeof(struct mentionx));
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
			}
			/* The first line names what the article is about. */
			c.in_title = !c.seen_text;
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
		    date_match(p, c.end, prev, &d)) {
			k = date_fact(&c, p, &d, cp);
		} else if (cnum_is_start(ch) && !(prev < 0x80 &&
		    g_ascii_isdigit((int)prev)) && !(cnum_digit(prev) >= 0 &&
		    prev >= 0x80 && cnum_digit(ch) >= 0 && ch >= 0x80)) {
			if ((ch == '-' || ch == '+' || ch == 0x2212 ||
			    ch == 0xff0d) && (prev < 0x80 ?
			    g_ascii_isalnum((int)prev) : text_is_han(prev) &&
			    cnum_is_numeral(prev)))
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

	words_free(c.words);
	g_string_free(c.label, TRUE);
	g_array_free(c.aux, TRUE);
	g_array_free(c.mentions, TRUE);
	g_free(c.votes);
	return c.facts;
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
