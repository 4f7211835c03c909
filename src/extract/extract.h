/* SPDX-License-Identifier: MIT */
/*
 * Private interface of the extractor: text -> facts.  Every module here
 * works on UTF-8 that util_check_utf8() has already validated, and reads
 * at most a bounded window around the position it is given, so that the
 * driver stays linear in the size of the article.
 */
#ifndef SHUTU_EXTRACT_H
#define SHUTU_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "shutu.h"
#include "lexicon.h"

/*
 * Characters (sentence.c).  The small ones are inline: the driver asks
 * them of every code point, and calls across files were a fifth of the
 * time of extraction.
 */

/* Decode one code point of valid UTF-8; "*n" gets its length in bytes. */
static inline gunichar
text_char(const char *p, size_t *n)
{
	const unsigned char	*u = (const unsigned char *)p;

	if (u[0] < 0x80) {
		*n = 1;
		return u[0];
	}
	if (u[0] < 0xe0) {
		*n = 2;
		return ((gunichar)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
	}
	if (u[0] < 0xf0) {
		*n = 3;
		return ((gunichar)(u[0] & 0x0f) << 12) |
		    ((gunichar)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
	}
	*n = 4;
	return ((gunichar)(u[0] & 0x07) << 18) |
	    ((gunichar)(u[1] & 0x3f) << 12) |
	    ((gunichar)(u[2] & 0x3f) << 6) | (u[3] & 0x3f);
}

/* The code point ending just before "p" (which is > "start"). */
static inline gunichar
text_char_before(const char *start, const char *p, size_t *n)
{
	const char	*q = p - 1;

	/* At most three continuation bytes: bounded, never a scan. */
	while (q > start && ((unsigned char)*q & 0xc0) == 0x80 && p - q < 4)
		q--;
	return text_char(q, n);
}

/* Code points in "n" bytes of valid UTF-8. */
static inline size_t
text_cp_count(const char *p, size_t n)
{
	size_t	 i, cp = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)p[i] & 0xc0) != 0x80)
			cp++;
	return cp;
}

/*
 * What each code point of the BMP is, in one table built once from the
 * modules' own lists: the driver asks several questions of every
 * character, and one load answers them all.
 */
enum	text_class {
	TC_DIGIT = 0x000f,	/* a digit's value + 1 (0-9, 〇, 一…九, 壹…玖) */
	TC_NUM_START = 1 << 4,	/* may begin a number: digits, 十 百 千, signs */
	TC_NUMERAL = 1 << 5,	/* any numeral: digits, 十百千万亿, 两, 几 */
	TC_ENTITY_END = 1 << 6,	/* ends a suffix such as 办事处 or 区 */
	TC_NAME_STOP = 1 << 7,	/* a name cannot run back across it */
	TC_DATE_START = 1 << 8,	/* may begin a date: digits, 上 年 第 春 … */
	TC_MARK = 1 << 9,	/* ends a sentence (。！？；!?) or opens a quote
				   or title (“ 『 「 ‘ 《): the driver stops */
	TC_HAN = 1 << 10,
	TC_PUNCT = 1 << 11,	/* punctuation or space: words end there */
	TC_NAME_WORD_END = 1 << 12, /* a stop ending a word of names: 中原 */
	TC_STOP = 1 << 13,	/* a stop word of one character: 的 在 为 */
	TC_LINK = 1 << 14,	/* links a topic to its number, or glues: 共 为 */
	TC_NOUN_SUFFIX = 1 << 15, /* makes a noun of the word before: 员 率 */
};

/* 16 bits: the Han block's share of the table stays in the L1 cache. */
extern uint16_t		 text_classes[0x10000];
extern int		 text_classes_ready;
/*
 * Builds the table (once; thread-safe).  The extractor's entry points
 * call it, and so must a program that calls the modules directly (the
 * unit tests): text_class() does not check, as it runs for every
 * character (the check cost 2 %), except in debug builds.
 */
void			 text_classes_init(void);

static inline unsigned int
text_class(gunichar c)
{
#ifndef NDEBUG
	g_assert(text_classes_ready);
#endif
	if (G_LIKELY(c < 0x10000))
		return text_classes[c];
	return c >= 0x20000 && c <= 0x2fa1f ? TC_HAN : 0;
}

static inline bool
text_is_han(gunichar c)
{
	return (text_class(c) & TC_HAN) != 0;
}

/* Sentence-ending marks: 。！？；!?; (and …… handled by the caller). */
static inline bool
text_is_terminator(gunichar c)
{
	return (text_class(c) & TC_MARK) != 0 && (c == 0x3002 ||
	    c == 0xff01 || c == 0xff1f || c == 0xff1b || c == '!' || c == '?' ||
	    c == ';');
}

/* Any punctuation or space: a word cannot run across it. */
static inline bool
text_is_punct(gunichar c)
{
	return (text_class(c) & TC_PUNCT) != 0;
}

/*
 * The first "needle" in the "len" bytes at "p", or NULL (none when len
 * is not positive).  memmem, where g_strstr_len scans for a NUL first.
 */
static inline const char *
text_find(const char *p, ptrdiff_t len, const char *needle)
{
	return len > 0 ? (const char *)memmem(p, (size_t)len, needle,
	    strlen(needle)) : NULL;
}

/* Does the text before "p" (not before "start") end with "s"? */
static inline bool
text_ends_with(const char *start, const char *p, const char *s)
{
	size_t	 n = strlen(s);

	return (size_t)(p - start) >= n && memcmp(p - n, s, n) == 0;
}

static inline bool
text_starts_with(const char *p, const char *end, const char *s)
{
	size_t	 n = strlen(s);

	return (size_t)(end - p) >= n && memcmp(p, s, n) == 0;
}

/* Word tables (wordtab.c): longest match at a position */

struct	wordtab;

/*
 * A table of "n" words: "words" points at the first word's pointer and
 * "stride" bytes lead from one to the next, so a list (sizeof(char *))
 * and the first field of a table of structs both serve.  The words are
 * not copied.  Lookups return the word's index, or -1.
 */
struct wordtab	*wordtab_new(const void *words, size_t n, size_t stride);
void		 wordtab_free(struct wordtab *);
/* The table in "*slot", built on first use (thread-safe); kept for good. */
struct wordtab	*wordtab_once(struct wordtab **slot, const void *words,
		    size_t n, size_t stride);
#define WORDTAB(slot, list) \
	wordtab_get((slot), (list), G_N_ELEMENTS(list), sizeof((list)[0]))

/* wordtab_once() with its usual case, the table built, inline. */
static inline struct wordtab *
wordtab_get(struct wordtab **slot, const void *words, size_t n, size_t stride)
{
	struct wordtab	*t = (struct wordtab *)g_atomic_pointer_get(slot);

	return G_LIKELY(t != NULL) ? t : wordtab_once(slot, words, n, stride);
}
/* The longest word starting at "p" (before "end"). */
int		 wordtab_prefix(const struct wordtab *, const char *p,
		    const char *end);
/* The longest word ending just before "p" (not before "start"). */
int		 wordtab_suffix(const struct wordtab *, const char *start,
		    const char *p);
/* The word equal to the "len" bytes at "s". */
int		 wordtab_find(const struct wordtab *, const char *s,
		    size_t len);

/* Numbers (cnum.c) */

enum	cnum_flags {
	CNUM_ARABIC = 1 << 0,	/* written with digits 0-9 or ０-９ */
	CNUM_CHINESE = 1 << 1,	/* 一二三, 壹贰叁 */
	CNUM_FRACTION = 1 << 2,	/* 1/3, 三分之一, 一半 */
	CNUM_PERCENT = 1 << 3,	/* 百分之三十 */
	CNUM_RANGE = 1 << 4,	/* 三四十, 3至5: value_max is set */
	CNUM_SCALED = 1 << 5,	/* 万/亿 folded in */
	CNUM_OVER = 1 << 6,	/* 15余万: 余/多 inside the number */
	CNUM_ONE = 1 << 7,	/* a lone 一 or 壹: maybe the indefinite 一 */
	CNUM_HUGE = 1 << 8,	/* too many digits to be a quantity */
	CNUM_DECIMAL = 1 << 9,	/* has a decimal point */
	CNUM_SIGNED = 1 << 10,	/* a sign was written */
	CNUM_DIGITS_ONLY = 1 << 11, /* 二〇二〇: Chinese digits, no 十百千 */
	CNUM_VAGUE = 1 << 12,	/* 几十, 十几, 数十万: about, a range */
	CNUM_MONEY = 1 << 13,	/* 十块三毛, 一块五: the value is in 元 */
	CNUM_BARE = 1 << 14,	/* 近万, 上百: begins with a scale */
	CNUM_IDIOM = 1 << 15,	/* 成千上万, 数以万计 */
};

struct	cnum {
	double		 value;
	double		 value_max;	/* NAN unless CNUM_RANGE */
	size_t		 len;		/* bytes consumed (also on failure) */
	unsigned int	 flags;		/* enum cnum_flags */
	int		 int_digits;	/* Arabic: digits before the point */
	double		 scale;		/* the 万/亿 written at its end, else 1 */
	double		 scale_all;	/* 三千, 九百亿: one digit's scales */
	uint64_t	 mant;		/* Arabic: the digits, as an integer */
	int		 exp10;		/* and their power of ten (before scale) */
};

/*
 * Parse the number that starts at "s" (the grammar is at the top of
 * cnum.c).  Returns false when none starts there; "out->len" is then
 * still the length of the numeral run, which the caller skips so that a
 * long run is read only once.  "bare_scale" allows a leading 百 千 万 亿
 * without a digit (近百亿, 上万): the caller saw an approximator.
 */
bool		 cnum_parse(const char *s, const char *end, bool bare_scale,
		    struct cnum *out);
/* May 数 after "prev" be vague (有数十万), not a noun's end (人数十万)? */
bool		 cnum_shu_ok(gunichar prev);
/* Value of a Chinese or Arabic digit, -1 if "c" is none. */
static inline int
cnum_digit(gunichar c)
{
	return (int)(text_class(c) & TC_DIGIT) - 1;
}

/* Could "c" begin a number (digit, numeral, 百分之 …)? */
static inline bool
cnum_is_start(gunichar c)
{
	return (text_class(c) & TC_NUM_START) != 0;
}

/* Is "c" a numeral of any kind (digits, 一…九, 十百千万亿, 两, 零)? */
static inline bool
cnum_is_numeral(gunichar c)
{
	return (text_class(c) & TC_NUMERAL) != 0;
}

/* Sets the TC_DIGIT, TC_NUM_START and TC_NUMERAL classes in "tab". */
void		 cnum_classes(uint16_t *tab);

/* Units (unit.c) */

enum	unit_flags {
	UNIT_MEASURE = 1 << 0,	/* a measure word: the noun after it is the label */
	UNIT_NOT_FACT = 1 << 1,	/* 届 期 级 周年: an ordinal, level or anniversary */
	UNIT_OVER = 1 << 2,	/* 个多月: the 多 is inside the unit */
	UNIT_TENTH = 1 << 3,	/* 成: the value is ten times the number */
	UNIT_UNDER = 1 << 4,	/* 十五日内 */
	UNIT_HALF = 1 << 5,	/* 两个半月: a half more */
	UNIT_SELF = 1 << 6,	/* 16区: a noun counting itself, small counts */
	UNIT_POINT = 1 << 7,	/* 个百分点: a change of a rate, not a rate */
};

struct	unit {
	const char	*word;		/* as written */
	const char	*canon;		/* the unit reported, NULL: "word" */
	enum shutu_dim	 dim;
	double		 base;		/* to m, m2, m3, kg, CNY, s; NAN: none */
	unsigned int	 flags;		/* enum unit_flags */
};

/* The longest unit starting at "s", or NULL. */
const struct unit
		*unit_match(const char *s, const char *end);
const char	*unit_name(const struct unit *);

/* Approximators (approx.c) */

struct	approx {
	const char		*word;
	enum shutu_approx	 approx;
	/* 1: only before a bare 百 千 万 亿 (上万); 2: or 万 亿 (破1.5亿) */
	unsigned char		 bare;
};

/* The longest approximator ending just before "p", or NULL. */
const struct approx
		*approx_before(const char *start, const char *p);
/* The longest of those starting at "s" (shutu_number_parse()), or NULL. */
const struct approx
		*approx_at(const char *s, const char *end);
/* 约占, 约有 ending just before "p": about, but not part of the fact. */
const struct approx
		*approx_across(const char *start, const char *p);
/* The approximator starting at "s" that may follow a number, or NULL. */
const struct approx
		*approx_after(const char *s, const char *end);

/* Dates (date.c) */

struct	date {
	int			 year;	/* 0: from the article */
	int			 month;	/* 0: none */
	int			 day;	/* 0: none */
	enum shutu_precision	 precision;
	size_t			 len;	/* bytes */
	bool			 relative; /* 年初, 上半年 with no number */
	signed char		 year_shift; /* 去年6月: -1 from the article's */
};

/*
 * A date starting at "s": 2020年6月28日, 6月28日, 9月份, 2020年上半年,
 * 一季度, 2008-08-08, 年初.  "prev" is the code point before "s" (0 at
 * the start), to refuse 年初 inside 2020年初 and the like.
 */
bool		 date_match(const char *s, const char *end, gunichar prev,
		    struct date *out);
/* Sets TC_DATE_START in "tab" (after cnum_classes(): digits start dates). */
void		 date_classes(uint16_t *tab);
/* ISO 8601 text of "d" with "year" filled in when "d" has none. */
char		*date_iso(const struct date *, int year, char buf[40]);
/*
 * A day the month cannot have in "year" (d's own, else this one; 0: any
 * year) is dropped, and the date is one of the month: 2020年2月30日 is
 * 2020-02, never 2020-02-30; 2月29日 of 2021 is 2021-02.
 */
void		 date_settle(struct date *, int year);

/* Periods (period.c): the time a number is about */

#define PERIOD_ISO_MAX	64	/* "2024-01/2024-05" and room */

struct	period {
	int		 year;		/* 0: not said */
	int		 year_end;	/* 2015—2019年: 2019; else 0 */
	char		 part;		/* 'H' half, 'Q' quarter, 'M' months,
					   0: the whole year */
	int		 n;		/* 'H', 'Q': which */
	int		 m0, m1;	/* 'M': first and last month */
	int		 day;		/* 'M' of one month: its day, or 0 */
	bool		 relative;	/* 今年, 去年, 全年 */
	bool		 context;	/* 全年, 年末: the year said before */
	bool		 same_part;	/* 去年同期: the part of the time before */
	int		 shift;		/* 去年: -1 */
	size_t		 len;		/* bytes */
};

/*
 * A time at "s" (2024年, 2024年上半年, 1—5月, 6月28日, 前三季度, 2季度末,
 * 今年, 去年同期, 全年, 2015—2019年); "prev" is the code point before.
 * Returns its length in bytes, 0 if none starts there.
 */
size_t		 period_match(const char *s, const char *end, gunichar prev,
		    struct period *out);
/*
 * Is the time at "p" what a number is compared with (比2019年, 与上年同期
 * 相比, 是2016年的)?  "floor" bounds the look back (its sentence).
 */
bool		 period_is_base(const char *floor, const char *p);
/*
 * The year of "pd": its own, else that said before in "context" (全年),
 * else the reference "year" shifted (去年); 0 when none is known.
 */
int		 period_year(const struct period *pd, int context, int year);
/* ISO 8601 of "pd" in year "y" (0: none): "2024-H1", "--01/--05". */
char		*period_iso(const struct period *pd, int y,
		    char buf[PERIOD_ISO_MAX]);

/* Series (series.c) */

/* Where each fact stands: what series_find() needs of the driver. */
struct	series_pos {
	const char	*start, *end;	/* the fact's text */
	uint32_t	 sentence;	/* the driver's: up to 。 or ； */
	uint32_t	 paragraph;
};

/*
 * Read the period, status and role of every quantity of "facts" from
 * the clause before it, and find the series the facts form (the top of
 * series.c); "pos" has one entry per fact, dates too.  "year" is the
 * reference year, 0 when unknown.
 */
void		 series_find(struct shutu_facts *, const char *text,
		    const char *end, const struct series_pos *pos, int year);

/* Words (label.c): the lexicon's words of a short window */

/* Sets TC_STOP, TC_LINK and TC_NOUN_SUFFIX in "tab". */
void		 label_classes(uint16_t *tab);
/* Does a comparison (同比, 环比, 比上年) start at "p"? */
bool		 label_compare_at(const char *p, const char *end);

struct	words;

struct words	*words_new(void);
void		 words_free(struct words *);
/*
 * Break "n" bytes at "s" into words; afterwards words_count() and
 * words_get() give byte offsets relative to "s".
 */
void		 words_break(struct words *, const char *s, size_t n);
/*
 * Break a stretch of text once and keep it: label_make() cuts the
 * windows it covers from it.  NULL forgets it.
 */
void		 words_cache(struct words *, const char *s, size_t n);
size_t		 words_count(const struct words *);
void		 words_get(const struct words *, size_t i, size_t *off,
		    size_t *len);
/* The part of speech of word "i" (the lexicon's). */
enum lexicon_pos words_pos(const struct words *, size_t i);

/* What label_make() knows of a quantity. */
struct	label_in {
	const char		*sent, *sent_end;	/* its sentence */
	const char		*floor;		/* end of the fact before */
	/* a date inside the topic, which the label steps over, or NULLs */
	const char		*gap, *gap_end;
	const char		*num, *num_end;	/* the fact's text */
	const char		*next;		/* the next fact, else sent_end */
	const struct unit	*unit;		/* NULL: none (fractions) */
	enum shutu_dim		 dim;
	/* The quantity before in the same sentence, or NULLs. */
	const char		*prev_label;	/* for 同比下降14.8% after it */
	const char		*prev_used;	/* end of the words it took */
	enum shutu_dim		 prev_dim;
};

/*
 * The label of a quantity: it never reaches back across "floor" nor
 * out of its sentence.  "*used" gets the end of the text the label took
 * after the fact (the fact's end when none), for the next quantity's
 * "prev_used"; NULL when the label is a default that names nothing
 * (用时), which the next quantity must not take for its topic.
 * The label is written to "out" (emptied first): one buffer serves every
 * fact.
 */
void		 label_make(struct words *, const struct label_in *,
		    const char **used, GString *out);
/* A short caption for the event of a date in its sentence. */
char		*label_event(struct words *, const char *sent,
		    const char *sent_end, const char *date,
		    const char *date_end);

/* Entities (entity.c) */

struct	mention {
	const char	*name;		/* interned in the facts */
	const char	*start, *end;	/* in the text */
	size_t		 sentence, paragraph, section;
};

enum	entity_kind {
	ENTITY_NONE,
	ENTITY_NAME,		/* 沟赵办事处, 郑州中智数控科技有限公司 */
	ENTITY_BACK,		/* 该公司, 全市, 市生态环境局: a name said before */
	ENTITY_NOBODY,		/* 全国: a scope no name of the article owns */
	ENTITY_DESC,		/* 建设成为创新引领区: what a place is to be */
};

struct	entity_hit {
	enum entity_kind	 kind;
	const char		*start;	/* of the name, or of the words */
	/*
	 * ENTITY_NAME: its suffix (办事处, 有限公司), from a static table;
	 * ENTITY_BACK: what the earlier name must be (市, 公司, 办事处).
	 */
	const char		*word;
};

/*
 * An organization or place whose name ends just at "p" (after the code
 * point that ends a suffix such as 办事处, 公司, 区), or words that point
 * back at one, not reaching back before "floor".  Fills "hit" and
 * returns its kind.  "seg" is the caller's buffer for the words around
 * the name (the lexicon decides where a name may begin and end).
 */
enum entity_kind
		 entity_find(struct lexicon_seg *seg, const char *floor,
		    const char *p, const char *end, struct entity_hit *hit);
/* May words pointing back with "key" mean "name" (whose suffix is "suffix")? */
bool		 entity_refers(const char *key, const char *name,
		    const char *suffix);
/*
 * The bytes of a company's name "full" before its legal form (郑州中智数控
 * 科技 of 郑州中智数控科技有限公司); 0 if it has none (no company).
 */
size_t		 entity_core_len(const char *full);
/*
 * The short name of a company whose name before its legal form is the
 * "core_len" bytes at "core" (中智数控 for 郑州中智数控科技) that "s"
 * begins with: returns its end, or NULL.
 */
const char	*entity_alias(const char *s, const char *end, const char *core,
		    size_t core_len);
/* Could a code point end an entity suffix?  (A fast pre-check.) */
static inline bool
entity_is_suffix_end(gunichar c)
{
	return (text_class(c) & TC_ENTITY_END) != 0;
}

/* Sets the TC_ENTITY_END and TC_NAME_STOP classes in "tab". */
void		 entity_classes(uint16_t *tab);

/*
 * Is a name's suffix a company's (公司, 有限公司, 股份有限公司…, and the
 * short names of financial firms: 证券, 银行, 保险…)?
 */
static inline bool
entity_is_company(const char *suffix)
{
	static const char *const firms[] = {
		"证券", "银行", "保险", "信托", "期货", "基金",
	};
	size_t	 i;

	if (suffix == NULL)
		return false;
	if (strstr(suffix, "公司") != NULL)
		return true;
	for (i = 0; i < G_N_ELEMENTS(firms); i++)
		if (strcmp(suffix, firms[i]) == 0)
			return true;
	return false;
}

/* The verbs of a bare ratio's change (比上年缩小0.05), extract.c. */
#define RATIO_MOVES	8
extern const char *const ratio_moves[RATIO_MOVES];

/* The facts container (facts.c) */

struct shutu_facts
		*facts_new(size_t hint);	/* facts expected */
const char	*facts_intern(struct shutu_facts *, const char *s,
		    gssize len);
/* Appends a copy of "f"; its strings must already be interned. */
struct shutu_fact
		*facts_add(struct shutu_facts *, const struct shutu_fact *f);
struct shutu_fact
		*facts_get_mutable(struct shutu_facts *, size_t);
void		 facts_set_year(struct shutu_facts *, int);
/*
 * Every string of the facts is free of '"', '\\' and control characters,
 * so JSON needs no escaping: true when the article is (its strings are
 * pieces of it, without line breaks, and constants).
 */
void		 facts_set_plain(struct shutu_facts *, bool);
bool		 facts_plain(const struct shutu_facts *);
/* Is "text" free of '"', '\\' and control characters but \n and \r? */
bool		 json_plain_text(const char *text, size_t len);
/* Appends a series, its members copied, its id ("s1"…) given here. */
void		 facts_add_series(struct shutu_facts *,
		    const struct shutu_series *,
		    const struct shutu_series_member *members);
/* Adds "name" to the document's entities unless already there. */
const char	*facts_add_entity(struct shutu_facts *, const char *name,
		    gssize len);
/*
 * The one copy of an entity's name, not yet listed among the document's
 * entities (a name may turn out to be part of a longer one); then
 * facts_list_entity() lists it.
 */
const char	*facts_entity_name(struct shutu_facts *, const char *name,
		    gssize len);
void		 facts_list_entity(struct shutu_facts *, const char *name);

/* Output (json.c) */

/* "v" as JSON: integers without a fraction, others in shortest form. */
void		 json_append_number(GString *, double v);
void		 json_append_string(GString *, const char *s);
/* A CSV field (RFC 4180 quoting), then ',' or, when "last", CRLF. */
void		 json_csv_field(GString *, const char *s, bool last);
/* A number as JSON writes it, or nothing for NAN; then ','. */
void		 json_csv_number(GString *, double v);

#endif /* SHUTU_EXTRACT_H */
