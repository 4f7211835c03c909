/* SPDX-License-Identifier: MIT */
/*
 * Numbers as Chinese articles write them, read by one grammar:
 *
 *   number   := idiom | per 分之 one | one (分之 one | 又 one 分之 one)?
 *               (connector one)?
 *   idiom    := 成 scale 上 scale                  成千上万 -> 1000..10000
 *             | 数以 scale+ 计                     数以万计 -> 10000..90000
 *   per      := 百 | 千 | 万                       百分之三十, 千分之三
 *   one      := sign? integer (点 digit+ big*)? money?
 *   integer  := section (万 section)? ...          with 亿 above 万
 *   section  := (coef small | 零)* coef?           两千零五十, 一万三
 *   coef     := arabic | digit | digit digit (三四, 三五) | 几 | 数
 *   money    := (块|元) digit (毛|角) (digit 分)? | 块 digit | digit 毛 digit
 *
 * with small = 十 百 千 and big = 万 亿.  A coefficient holds a low and a
 * high reading side by side: 三四十 is 30..40, 几十 10..90, 十几 11..19,
 * 数十万 100000..900000.  余 or 多 before a big scale is inside the
 * number (十余万, 一百多万: over); a bare scale (近万, 上百) needs the
 * caller's approximator.  Spaces may stand between the parts of a
 * numeral (一百 五 十 二, 1000 万), never at its ends.  Every loop walks
 * forward over the input once; nothing recurses.
 */
#include <math.h>
#include <string.h>

#include "extract.h"

#define SPACES_MAX	4	/* between the parts of one numeral */

/* Digits: 零〇, 两, and the financial forms 壹贰叁… count as well. */
static const struct {
	gunichar	 c;
	int		 v;
} digits[] = {
	{ 0x96f6, 0 },	/* 零 */
	{ 0x3007, 0 },	/* 〇 */
	{ 0x4e00, 1 },	/* 一 */
	{ 0x4e8c, 2 },	/* 二 */
	{ 0x4e24, 2 },	/* 两 */
	{ 0x5169, 2 },	/* 兩 */
	{ 0x5006, 2 },	/* 倆 */
	{ 0x4e09, 3 },	/* 三 */
	{ 0x56db, 4 },	/* 四 */
	{ 0x4e94, 5 },	/* 五 */
	{ 0x516d, 6 },	/* 六 */
	{ 0x4e03, 7 },	/* 七 */
	{ 0x516b, 8 },	/* 八 */
	{ 0x4e5d, 9 },	/* 九 */
	{ 0x58f9, 1 },	/* 壹 */
	{ 0x8d30, 2 },	/* 贰 */
	{ 0x8cb3, 2 },	/* 貳 */
	{ 0x53c1, 3 },	/* 叁 */
	{ 0x8086, 4 },	/* 肆 */
	{ 0x4f0d, 5 },	/* 伍 */
	{ 0x9646, 6 },	/* 陆 */
	{ 0x9678, 6 },	/* 陸 */
	{ 0x67d2, 7 },	/* 柒 */
	{ 0x634c, 8 },	/* 捌 */
	{ 0x7396, 9 },	/* 玖 */
};

/* Multipliers inside a numeral; 万 and 亿 close a section. */
static const struct {
	gunichar	 c;
	double		 v;
} scales[] = {
	{ 0x5341, 10 },		/* 十 */
	{ 0x62fe, 10 },		/* 拾 */
	{ 0x767e, 100 },	/* 百 */
	{ 0x4f70, 100 },	/* 佰 */
	{ 0x5343, 1000 },	/* 千 */
	{ 0x4edf, 1000 },	/* 仟 */
	{ 0x4e07, 1e4 },	/* 万 */
	{ 0x842c, 1e4 },	/* 萬 */
	{ 0x4ebf, 1e8 },	/* 亿 */
	{ 0x5104, 1e8 },	/* 億 */
};

/* 廿 卅 卌: twenty, thirty, forty in one character. */
static const struct {
	gunichar	 c;
	double		 v;
} tens[] = {
	{ 0x5eff, 20 },		/* 廿 */
	{ 0x5345, 30 },		/* 卅 */
	{ 0x534c, 40 },		/* 卌 */
};

#define C_JI	0x51e0		/* 几 */
#define C_JI_T	0x5e7e		/* 幾 */
#define C_SHU	0x6570		/* 数 */
#define C_YU	0x4f59		/* 余 */
#define C_YU_T	0x9918		/* 餘 */
#define C_DUO	0x591a		/* 多 */
#define C_GE	0x4e2a		/* 个 */
#define C_GE_T	0x500b		/* 個 */
#define C_FU	0x8d1f		/* 负 */
#define C_FU_T	0x8ca0		/* 負 */
#define C_DIAN	0x70b9		/* 点 */
#define C_DIAN_T 0x9ede		/* 點 */
#define C_CHENG	0x6210		/* 成 */

static double
scale_of(gunichar c)
{
	size_t	 i;

	if (!(text_class(c) & TC_NUMERAL))
		return 0;
	for (i = 0; i < G_N_ELEMENTS(scales); i++)
		if (scales[i].c == c)
			return scales[i].v;
	return 0;
}

static double
tens_of(gunichar c)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(tens); i++)
		if (tens[i].c == c)
			return tens[i].v;
	return 0;
}

static bool
is_arabic(gunichar c)
{
	return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19);
}

static bool
is_over(gunichar c)
{
	return c == C_YU || c == C_YU_T || c == C_DUO;
}

/* The code point at "p", 0 at the end (and "*n" 0). */
static inline gunichar
at(const char *p, const char *end, size_t *n)
{
	if (p >= end) {
		*n = 0;
		return 0;
	}
	return text_char(p, n);
}

static const char *
skip_spaces(const char *p, const char *end)
{
	const char	*q = p;

	while (q < end && *q == ' ' && q - p < SPACES_MAX)
		q++;
	return q;
}

void
cnum_classes(uint16_t *tab)
{
	static const gunichar	 starts[] = {
		'-', '+', 0x2212, 0xff0d,		/* signs */
		C_FU, C_FU_T,				/* 负三 */
		C_JI, C_JI_T, C_SHU,			/* 几十, 数百 */
		C_CHENG,				/* 成千上万 */
	};
	gunichar		 c;
	size_t			 i;

	for (c = '0'; c <= '9'; c++)
		tab[c] |= (uint16_t)(c - '0' + 1);
	for (c = 0xff10; c <= 0xff19; c++)			/* ０-９ */
		tab[c] |= (uint16_t)(c - 0xff10 + 1);
	for (i = 0; i < G_N_ELEMENTS(digits); i++)
		tab[digits[i].c] |= (uint16_t)(digits[i].v + 1);
	for (c = 0; c < 0x10000; c++)
		if (tab[c] & TC_DIGIT)
			tab[c] |= TC_NUM_START | TC_NUMERAL;
	for (i = 0; i < G_N_ELEMENTS(starts); i++)
		tab[starts[i]] |= TC_NUM_START;
	/* 十 百 千 begin numbers; a bare 万 or 亿 does after 近, 上 */
	for (i = 0; i < G_N_ELEMENTS(scales); i++)
		tab[scales[i].c] |= TC_NUMERAL | TC_NUM_START;
	for (i = 0; i < G_N_ELEMENTS(tens); i++)
		tab[tens[i].c] |= TC_NUMERAL | TC_NUM_START;
	tab[C_JI] |= TC_NUMERAL;
	tab[C_JI_T] |= TC_NUMERAL;
}

/*
 * A vague 数 (数十万) or the end of a noun (人数十万, 总数, 次数)?  The
 * character before it decides: a measure word or one of these makes a
 * noun of 数.
 */
bool
cnum_shu_ok(gunichar prev)
{
	static const char	 nouns[] = "总基指系倍分岁函参变常奇偶整小实虚"
	    "序级读计算心多少半无票页字码号位点度频帧步招路胜败平负数人次户件"
	    "个名项场期天年台辆家套间张份批例种类车课节届口";
	const char		*p;
	size_t			 n;

	if (!text_is_han(prev))
		return true;
	for (p = nouns; *p != '\0'; p += n)
		if (text_char(p, &n) == prev)
			return false;
	return true;
}

/*
 * mant * 10^exp10 as the nearest double: one exact product, or one
 * correctly rounded division, so 2.3亿 is 230000000 and not the
 * 229999999.99999997 that 2.3 * 1e8 gives.
 */
static double
decimal(uint64_t mant, int exp10)
{
	if (exp10 >= 0)
		return (double)mant * pow(10, exp10);
	if (exp10 >= -22)
		return (double)mant / pow(10, -exp10);	/* 10^22 is exact */
	return (double)mant * pow(10, exp10);
}

/*
 * Arabic digits with grouping commas (53,570 and 82，225: groups of
 * exactly three after one to three digits) and a decimal point (also
 * leading: .5).  The value is kept as an integer mantissa and a power of
 * ten so that 3.45亿 folds to exactly 345000000.
 */
static size_t
parse_arabic(const char *s, const char *end, uint64_t *mantp, int *exp10p,
    int *int_digits, unsigned int *flags)
{
	const char	*p = s;
	uint64_t	 mant = 0;
	int		 sig = 0, exp10 = 0, ndig = 0, group = 0, k;
	bool		 frac = false;
	gunichar	 c;
	size_t		 n, m;

	while (p < end) {
		c = text_char(p, &n);
		if (is_arabic(c)) {
			int	 d = cnum_digit(c);

			if (sig < 18) {
				mant = mant * 10 + (uint64_t)d;
				if (mant > 0)
					sig++;
				if (frac)
					exp10--;
			} else if (!frac)
				exp10++;
			if (!frac) {
				ndig++;
				group++;
			}
			p += n;
			continue;
		}
		if ((c == ',' || c == 0xff0c) && !frac && ndig > 0 &&
		    group <= 3 && (ndig == group || group == 3)) {
			/* A group separator only before exactly 3 digits. */
			const char	*q = p + n;

			for (k = 0; k < 3 && q < end; k++) {
				if (!is_arabic(text_char(q, &m)))
					break;
				q += m;
			}
			if (k == 3 && (q >= end || !is_arabic(text_char(q,
			    &m)))) {
				p += n;
				group = 0;
				continue;
			}
			break;
		}
		if ((c == '.' || c == 0xff0e) && !frac && p + n < end &&
		    is_arabic(text_char(p + n, &m))) {
			frac = true;
			*flags |= CNUM_DECIMAL;
			p += n;
			continue;
		}
		break;
	}
	*int_digits = ndig;
	if (ndig > 15)
		*flags |= CNUM_HUGE;
	*mantp = mant;
	*exp10p = exp10;
	return (size_t)(p - s);
}

enum	coef {
	COEF_NONE,
	COEF_ARABIC,		/* 5万4千 */
	COEF_DIGIT,		/* 四 */
	COEF_PAIR,		/* 三四, 两三, 三五 */
	COEF_VAGUE,		/* 几, 数 */
};

/* An integer being read: every amount has a low and a high reading. */
struct	reading {
	double		 top[2];	/* 亿 and above */
	double		 mid[2];	/* the 万 group */
	double		 sec[2];	/* the section below 万 */
	double		 coef[2];	/* a coefficient waiting for a scale */
	enum coef	 kind;
	int		 digit;		/* of a COEF_DIGIT */
	const char	*before_coef;	/* the numeral's end before it */
	double		 last;		/* last scale; 10 after 零; 0 none */
	double		 room;		/* small scales must be below this */
	bool		 zero;		/* 零 since the last scale */
	bool		 big;		/* the last token was 万 or 亿 */
	bool		 simple;	/* an Arabic coefficient times scales */
	bool		 single;	/* one coefficient times scales */
	double		 prod;		/* the product of those scales */
	double		 tail;		/* the 万 亿 万亿 at the end */
};

/* A pair of adjacent digits reads as a range: 三四, 两三, 三五, 七八. */
static bool
pair_ok(int a, int b)
{
	return a >= 1 && (b == a + 1 || (a == 3 && b == 5));
}

/*
 * Digits one by one (二〇二〇, 一九九一): a year or a code, no quantity.
 * "p" is just after the first digit "d0".
 */
static size_t
digit_string(const char *s, const char *p, const char *end, int d0,
    struct cnum *out)
{
	double		 v = d0;
	size_t		 n, k = 1;
	gunichar	 c;
	int		 d;

	while (p < end) {
		c = text_char(p, &n);
		if (is_arabic(c) || (d = cnum_digit(c)) < 0)
			break;
		v = v * 10 + d;
		k++;
		p += n;
	}
	out->value = v;
	out->flags |= CNUM_DIGITS_ONLY | CNUM_CHINESE;
	if (k > 15)
		out->flags |= CNUM_HUGE;
	return (size_t)(p - s);
}

/*
 * The integer at "s": Chinese, Arabic or both (两千三百万, 5万4千6百,
 * 3.45亿, 十余万, 三四十, 二十几).  Returns the bytes read, 0 if none.
 */
static size_t
parse_integer(const char *s, const char *end, bool bare_scale,
    struct cnum *out)
{
	struct reading	 r;
	const char	*p = s, *q, *stop = s, *nx;
	gunichar	 c, next;
	size_t		 n, m;
	double		 sc, mult, mul;
	bool		 spaced;
	int		 d, i;

	memset(&r, 0, sizeof r);
	r.room = 1e4;
	r.prod = 1;
	for (;;) {
		q = p > s ? skip_spaces(p, end) : p;
		spaced = q > p;
		if ((c = at(q, end, &n)) == 0)
			break;
		nx = skip_spaces(q + n, end);
		next = at(nx, end, &m);
		if (is_arabic(c) || (c == '.' && q == s && is_arabic(next) &&
		    nx == q + n)) {
			uint64_t	 mant;
			unsigned int	 fl = 0;
			int		 exp10, nd;
			size_t		 k;

			if (r.kind != COEF_NONE)
				break;
			k = parse_arabic(q, end, &mant, &exp10, &nd, &fl);
			if (q == s) {
				r.simple = r.single = true;
				out->mant = mant;
				out->exp10 = exp10;
				out->int_digits = nd;
				out->flags |= CNUM_ARABIC | fl;
			} else if (fl != 0)
				break;		/* 5万3.5: no decimal inside */
			else
				r.simple = r.single = false;
			r.coef[0] = r.coef[1] = decimal(mant, exp10);
			r.kind = COEF_ARABIC;
			r.before_coef = stop;
			p = stop = q + k;
			continue;
		}
		if ((d = cnum_digit(c)) >= 0) {
			if (r.kind != COEF_NONE) {
				/* A second digit: 三四十, or 二〇二〇 */
				if (spaced || r.kind != COEF_DIGIT)
					break;
				c = at(q + n, end, &m);
				/*
				 * 三五成群 is no range: 三五 needs 十 or 个;
				 * after a scale a unit: 十一二岁, 十四五 no
				 */
				if (pair_ok(r.digit, d) && (cnum_digit(c) < 0 ||
				    is_arabic(c)) && (d != 5 || r.digit != 3 ||
				    scale_of(c) > 0 || c == C_GE) &&
				    (r.last == 0 || scale_of(c) > 0 ||
				    unit_match(q + n, end) != NULL)) {
					r.coef[1] = d;
					r.kind = COEF_PAIR;
					out->flags |= CNUM_RANGE;
					p = stop = q + n;
					continue;
				}
				if (r.last == 0 && r.before_coef == s)
					return digit_string(s, q, end, r.digit,
					    out);
				break;
			}
			if (d == 0 && r.last > 0) {
				/* 一百零八, 一万零三百: 零 holds a place */
				r.zero = true;
				r.last = 10;
				r.big = false;
				r.simple = r.single = false;
				p = stop = q + n;
				continue;
			}
			if (p > s)
				r.simple = r.single = false;
			else {
				r.single = true;
				out->flags |= CNUM_CHINESE;
			}
			r.coef[0] = r.coef[1] = d;
			r.kind = COEF_DIGIT;
			r.digit = d;
			r.before_coef = stop;
			p = stop = q + n;
			continue;
		}
		if (c == C_JI || c == C_JI_T || (c == C_SHU && (q == s ||
		    (r.last == 10 && !r.zero)))) {
			/* 几十, 十几, 数百, 一百零几; not 几个, 几乎 */
			if (r.kind != COEF_NONE || (r.last == 0 &&
			    scale_of(next) == 0) || (c == C_SHU && q == s &&
			    scale_of(next) == 0))
				break;
			if (q == s)
				out->flags |= CNUM_CHINESE;
			r.simple = r.single = false;
			r.coef[0] = 1;
			r.coef[1] = 9;
			r.kind = COEF_VAGUE;
			r.before_coef = stop;
			out->flags |= CNUM_VAGUE | CNUM_RANGE;
			p = stop = q + n;
			continue;
		}
		if ((sc = tens_of(c)) > 0) {
			/* 廿一 */
			if (r.kind != COEF_NONE || r.room <= 10)
				break;
			if (q == s)
				out->flags |= CNUM_CHINESE;
			r.simple = r.single = false;
			r.sec[0] += sc;
			r.sec[1] += sc;
			r.last = r.room = 10;
			r.zero = r.big = false;
			p = stop = q + n;
			continue;
		}
		if ((sc = scale_of(c)) > 0 && sc < 1e4) {
			if (sc >= r.room)
				break;
			/* 5千米, 3千瓦: the 千 begins a unit */
			if (r.kind == COEF_ARABIC && unit_match(q, end) != NULL)
				break;
			if (r.kind == COEF_NONE) {
				/* 十五; a bare 百 or 千 needs a reason: 近百 */
				if (sc == 10 && !r.big)
					;
				else if (q == s && (bare_scale ||
				    is_over(next)))
					out->flags |= CNUM_BARE;
				else
					break;
				if (q == s)
					out->flags |= CNUM_CHINESE;
				r.coef[0] = r.coef[1] = 1;
				r.single = q == s;
			}
			for (i = 0; i < 2; i++)
				r.sec[i] += r.coef[i] * sc;
			r.prod *= sc;
			r.kind = COEF_NONE;
			r.last = r.room = sc;
			r.zero = r.big = false;
			p = stop = q + n;
			continue;
		}
		if (sc >= 1e4) {
			double	 group[2];
			bool	 pending = r.kind != COEF_NONE || r.sec[1] > 0;

			/* 一千二万: the digit after 千 is of the hundreds */
			mult = r.kind != COEF_NONE && r.kind != COEF_ARABIC &&
			    r.last >= 100 && !r.zero && !r.big ?
			    r.last / 10 : 1;
			for (i = 0; i < 2; i++)
				group[i] = r.sec[i] + (r.kind != COEF_NONE ?
				    r.coef[i] * mult : 0);
			mul = sc;
			if (!pending && r.big && r.last == 1e4 && sc == 1e4) {
				/* 四万万: 万万 is 亿 */
				for (i = 0; i < 2; i++) {
					r.top[i] += r.mid[i] * 1e4;
					r.mid[i] = 0;
				}
				sc = 1e8;
			} else if (!pending && r.top[1] == 0 &&
			    r.mid[1] == 0 && q == s && (bare_scale ||
			    is_over(next))) {
				/* 近万, 上亿, 万余 */
				if (sc == 1e4)
					r.mid[0] = r.mid[1] = 1e4;
				else
					r.top[0] = r.top[1] = 1e8;
				out->flags |= CNUM_BARE | CNUM_CHINESE;
				r.single = true;
			} else if (!pending && !(sc == 1e8 && r.big &&
			    r.last == 1e4))
				break;
			else if (sc == 1e4) {
				if (r.mid[1] > 0)
					break;		/* 三万五千万 */
				for (i = 0; i < 2; i++)
					r.mid[i] = group[i] * 1e4;
			} else {
				/* 亿 takes all before it: 三万亿, 一亿两千万 */
				if (r.top[1] > 0 && !(r.big && r.last == 1e4))
					break;
				for (i = 0; i < 2; i++) {
					r.top[i] = (r.top[i] + r.mid[i] +
					    group[i]) * 1e8;
					r.mid[i] = 0;
				}
			}
			for (i = 0; i < 2; i++)
				r.sec[i] = 0;
			r.tail = r.big ? r.tail * mul : mul;
			r.prod *= mul;
			r.kind = COEF_NONE;
			r.last = sc;
			r.room = 1e4;
			r.zero = false;
			r.big = true;
			out->flags |= CNUM_SCALED;
			p = stop = q + n;
			continue;
		}
		if (is_over(c) && (r.kind != COEF_NONE || r.last > 0) &&
		    scale_of(next) >= 1e4) {
			/* 十余万, 一百多万, 500余万: over, inside the number */
			out->flags |= CNUM_OVER;
			p = q + n;
			continue;
		}
		if ((c == C_GE || c == C_GE_T) && !spaced && (r.kind !=
		    COEF_NONE || r.sec[1] > 0) && nx == q + n &&
		    scale_of(next) == 1e8) {
			/* 两个亿, 一个亿 */
			p = q + n;
			continue;
		}
		break;
	}
	if (r.kind == COEF_ARABIC && r.last > 0) {
		/* 3万5人: Arabic after a scale needs its own scale */
		stop = r.before_coef;
	} else if (r.kind != COEF_NONE) {
		/* 两千三, 一万三, 九十二万四: the digit is of the next place */
		mult = r.last >= 100 && !r.zero ? r.last / 10 : 1;
		for (i = 0; i < 2; i++)
			r.sec[i] += r.coef[i] * mult;
		if (mult > 1 || r.last > 0)
			r.single = false;
	}
	if (stop == s)
		return 0;
	out->value = r.top[0] + r.mid[0] + r.sec[0];
	if (out->flags & CNUM_RANGE)
		out->value_max = r.top[1] + r.mid[1] + r.sec[1];
	if (r.simple && r.prod > 1)
		/* 3.45亿 from its digits, exactly */
		out->value = decimal(out->mant, out->exp10 +
		    (int)lround(log10(r.prod)));
	out->scale = r.big ? r.tail : 1;
	out->scale_all = r.single && r.last > 0 ? r.prod : out->scale;
	if (r.kind == COEF_DIGIT && r.last == 0 && r.digit == 1 &&
	    text_cp_count(s, (size_t)(stop - s)) == 1)
		out->flags |= CNUM_ONE;
	return (size_t)(stop - s);
}

/* A single digit for 毛, 角, 分 (and 一块五), not followed by more numerals. */
static int
small_digit(const char *p, const char *end, const char **after)
{
	gunichar	 c;
	size_t		 n, m;
	int		 d;

	if ((d = cnum_digit(c = at(p, end, &n))) < 0)
		return -1;
	if (cnum_is_numeral(at(p + n, end, &m)))
		return -1;
	*after = p + n;
	return d;
}

/* 分 of money, not 分钟 nor 分之. */
static bool
fen_at(const char *p, const char *end)
{
	return text_starts_with(p, end, "分") && !text_starts_with(p, end,
	    "分钟") && !text_starts_with(p, end, "分之");
}

/* Nothing that continues a number at "p": 一块五 ends there. */
static bool
money_ends(const char *p, const char *end)
{
	size_t		 n;
	gunichar	 c = at(p, end, &n);

	return c == 0 || (!cnum_is_numeral(c) && unit_match(p, end) == NULL &&
	    !text_starts_with(p, end, "毛") && !text_starts_with(p, end,
	    "角") && !text_starts_with(p, end, "分"));
}

/*
 * Yuan, jiao and fen in one amount, in yuan: 十块三毛 10.3, 一块五 1.5,
 * 一百三十五块六角七分 135.67, 三毛五 0.35, 五毛钱 0.5.  "p" is just after
 * the integer; returns the end of the amount, "p" when there is none.
 */
static const char *
parse_money(const char *p, const char *end, struct cnum *out)
{
	const char	*q, *r;
	double		 v = out->value;
	int		 j, f;

	if (text_starts_with(p, end, "块") || text_starts_with(p, end, "塊") ||
	    text_starts_with(p, end, "元")) {
		bool	 kuai = !text_starts_with(p, end, "元");

		q = p + strlen("元");
		if ((j = small_digit(q, end, &r)) < 0)
			return p;
		if (text_starts_with(r, end, "毛") || text_starts_with(r, end,
		    "角")) {
			v += j / 10.0;
			q = r + strlen("角");
			if ((f = small_digit(q, end, &r)) >= 0 &&
			    fen_at(r, end)) {
				v += f / 100.0;
				q = r + strlen("分");
			}
		} else if (fen_at(r, end)) {
			v += j / 100.0;			/* 三元五分 */
			q = r + strlen("分");
		} else if (kuai && j > 0 && money_ends(r, end)) {
			v += j / 10.0;			/* 一块五 */
			q = r;
		} else
			return p;
	} else if ((text_starts_with(p, end, "毛") || text_starts_with(p,
	    end, "角")) && v >= 1 && v <= 9 && v == floor(v)) {
		bool	 mao = text_starts_with(p, end, "毛");

		q = p + strlen("毛");
		if ((f = small_digit(q, end, &r)) >= 0 && fen_at(r, end)) {
			v = v / 10 + f / 100.0;		/* 三角五分 */
			q = r + strlen("分");
		} else if (mao && f > 0 && money_ends(r, end)) {
			v = v / 10 + f / 100.0;		/* 三毛五 */
			q = r;
		} else if (mao && text_starts_with(q, end, "钱"))
			v /= 10;			/* 五毛钱 */
		else
			return p;
	} else
		return p;
	out->value = v;
	out->flags |= CNUM_MONEY;
	return q;
}

/*
 * 三点一四, 零点五, 两千万点五五四四: the digits after 点 are read one by
 * one; a scale may follow a number below 万 (零点五亿).  Not a time:
 * 三点五十分, 八点一刻.  Returns the end, "p" when there is no decimal.
 */
static const char *
chinese_decimal(const char *p, const char *end, struct cnum *out)
{
	const char	*q, *r;
	uint64_t	 frac = 0, mant;
	double		 prod = 1, sc;
	gunichar	 c;
	size_t		 n;
	int		 k = 0, d;

	q = skip_spaces(p, end);
	c = at(q, end, &n);
	if (c != C_DIAN && c != C_DIAN_T)
		return p;
	for (r = skip_spaces(q + n, end); r < end; r += n) {
		c = text_char(r, &n);
		if (is_arabic(c) || (d = cnum_digit(c)) < 0 || c == 0x4e24 ||
		    c == 0x5169 || c == 0x5006)		/* 两 is no decimal */
			break;
		if (k < 15) {
			frac = frac * 10 + (uint64_t)d;
			k++;
		}
	}
	if (k == 0 || out->value >= 1e15 || out->value != floor(out->value))
		return p;
	c = at(r, end, &n);
	if ((scale_of(c) > 0 && scale_of(c) < 1e4) || c == 0x5206 ||
	    c == 0x523b || c == 0x79d2 || c == 0x949f)	/* 分 刻 秒 钟 */
		return p;
	mant = (uint64_t)out->value;
	for (d = 0; d < k; d++)
		mant *= 10;
	mant += frac;
	if (out->value < 1e4 && !(out->flags & CNUM_SCALED)) {
		const char	*t = skip_spaces(r, end);

		while ((sc = scale_of(at(t, end, &n))) >= 1e4) {
			prod *= sc;
			r = t = t + n;
		}
	}
	out->value = decimal(mant, -k + (int)lround(log10(prod)));
	out->mant = mant;
	out->exp10 = -k;
	out->flags |= CNUM_DECIMAL;
	if (prod > 1) {
		out->flags |= CNUM_SCALED;
		out->scale = out->scale_all = prod;
	}
	return r;
}

/* A connector of a range: 3至5, 3-5, 3～5, 6~8万, 三到五, 2——3万. */
static size_t
range_connector(const char *s, const char *end, bool *dash)
{
	static const char *const conn[] = {
		"至", "到", "～", "~", "〜", "－", "-", "—", "–", "——", "--",
	};
	static struct wordtab	*tab;
	int			 i;

	i = wordtab_prefix(WORDTAB(&tab, conn), s, end);
	*dash = i >= 5;
	return i >= 0 ? strlen(conn[i]) : 0;
}

/* A sign at "s" that belongs to the number after it: -4, 负三, 負10000. */
static size_t
sign_at(const char *s, const char *end, double *sign)
{
	size_t		 n, m;
	gunichar	 c = at(s, end, &n), next = at(s + n, end, &m);

	if (c == '-' || c == 0x2212 || c == 0xff0d || c == '+' ||
	    c == 0xff0b) {
		if (!is_arabic(next) && !(next == '.' && is_arabic(at(s + n +
		    m, end, &m))))
			return 0;
		*sign = c == '+' || c == 0xff0b ? 1 : -1;
		return n;
	}
	if (c == C_FU || c == C_FU_T) {
		/* 负 1200000: a space may follow the word */
		const char	*q = skip_spaces(s + n, end);

		next = at(q, end, &m);
		if (!cnum_is_numeral(next) || (cnum_digit(next) < 0 &&
		    scale_of(next) == 0) || scale_of(next) >= 1e4)
			return 0;
		*sign = -1;
		return (size_t)(q - s);
	}
	return 0;
}

/* One number without fractions or ranges: sign, integer, decimal, money. */
static bool
parse_one(const char *s, const char *end, bool bare_scale, struct cnum *out)
{
	const char	*p = s, *q;
	size_t		 n, k;
	double		 sign = 1;
	unsigned int	 plain;

	memset(out, 0, sizeof *out);
	out->value_max = NAN;
	out->scale = out->scale_all = 1;
	if (p >= end)
		return false;
	if ((k = sign_at(p, end, &sign)) > 0) {
		out->flags |= CNUM_SIGNED;
		p += k;
	}
	if ((k = parse_integer(p, end, bare_scale && k == 0, out)) == 0)
		return false;
	q = p + k;
	/* 1/3, ３／５: an Arabic fraction */
	if ((out->flags & (CNUM_ARABIC | CNUM_DECIMAL | CNUM_SCALED)) ==
	    CNUM_ARABIC && q < end && (*q == '/' || text_starts_with(q, end,
	    "／"))) {
		const char	*r = q + (*q == '/' ? 1 : strlen("／"));
		uint64_t	 dmant;
		int		 dd, dexp;
		unsigned int	 fl = 0;
		double		 den;

		if (r < end && is_arabic(text_char(r, &n))) {
			k = parse_arabic(r, end, &dmant, &dexp, &dd, &fl);
			den = decimal(dmant, dexp);
			if (den > 0 && !(fl & CNUM_DECIMAL)) {
				out->value /= den;
				out->flags |= CNUM_FRACTION;
				q = r + k;
			}
		}
	}
	plain = CNUM_RANGE | CNUM_VAGUE | CNUM_DIGITS_ONLY | CNUM_FRACTION |
	    CNUM_HUGE;
	if (!(out->flags & (plain | CNUM_ARABIC)))
		q = chinese_decimal(q, end, out);
	if (!(out->flags & (plain | CNUM_DECIMAL | CNUM_BARE)))
		q = parse_money(q, end, out);
	if (out->flags & (CNUM_MONEY | CNUM_DECIMAL))
		out->flags &= ~(unsigned int)CNUM_ONE;	/* 一块五, 一点五 */
	out->value *= sign;
	if (out->flags & CNUM_RANGE)
		out->value_max *= sign;
	if (sign < 0)
		out->flags &= ~(unsigned int)CNUM_ONE;
	out->len = (size_t)(q - s);
	return true;
}

/* 分之 at "p", spaces allowed around 分 (二分 之一): its length, or 0. */
static size_t
fraction_mark(const char *p, const char *end)
{
	const char	*q = skip_spaces(p, end);

	if (!text_starts_with(q, end, "分"))
		return 0;
	q = skip_spaces(q + strlen("分"), end);
	if (!text_starts_with(q, end, "之"))
		return 0;
	return (size_t)(skip_spaces(q + strlen("之"), end) - p);
}

/*
 * 百分之三十 (a percent), 千分之三 and 万分之五 (fractions), also written
 * 百 分 之: the length of the prefix and its base, or 0.
 */
static size_t
per_prefix(const char *s, const char *end, double *base)
{
	gunichar	 c;
	size_t		 n, k;
	double		 sc;

	c = at(s, end, &n);
	if ((sc = scale_of(c)) < 100 || sc > 1e4)
		return 0;
	if ((k = fraction_mark(s + n, end)) == 0)
		return 0;
	*base = sc;
	return n + k;
}

/*
 * 成千上万, 成百上千 (between the two scales) and 数以万计, 数以十万计
 * (some of that magnitude): vague, so about.
 */
static bool
parse_idiom(const char *s, const char *end, struct cnum *out)
{
	const char	*q;
	double		 a, b, prod = 1;
	size_t		 n;

	memset(out, 0, sizeof *out);
	out->scale = out->scale_all = 1;
	if (at(s, end, &n) == C_CHENG) {
		q = s + n;
		if ((a = scale_of(at(q, end, &n))) == 0 ||
		    !text_starts_with(q + n, end, "上"))
			return false;
		q += n + strlen("上");
		if ((b = scale_of(at(q, end, &n))) <= a)
			return false;
		out->value = a;
		out->value_max = b;
		q += n;
	} else if (text_starts_with(s, end, "数以")) {
		for (q = s + strlen("数以"); (a = scale_of(at(q, end, &n))) > 0;
		    q += n)
			prod *= a;
		if (prod == 1 || !(text_starts_with(q, end, "计") ||
		    text_starts_with(q, end, "計")))
			return false;
		out->value = prod;
		out->value_max = 9 * prod;
		q += strlen("计");
	} else
		return false;
	out->flags = CNUM_CHINESE | CNUM_RANGE | CNUM_VAGUE | CNUM_IDIOM;
	out->len = (size_t)(q - s);
	return true;
}

bool
cnum_parse(const char *s, const char *end, bool bare_scale, struct cnum *out)
{
	struct cnum	 second, third;
	const char	*p, *q;
	size_t		 k, n;
	gunichar	 c;
	double		 base;
	bool		 dash;

	if (parse_idiom(s, end, out))
		return true;
	/* 百分之三十, 千分之三 */
	if ((k = per_prefix(s, end, &base)) > 0) {
		p = s + k;
		if (!parse_one(p, end, true, out) ||
		    (out->flags & CNUM_RANGE && !(out->flags & CNUM_CHINESE)) ||
		    out->flags & (CNUM_MONEY | CNUM_FRACTION)) {
			out->len = k;
			return false;
		}
		out->len += k;
		out->flags &= ~(unsigned int)CNUM_ONE;
		if (base == 100)
			out->flags |= CNUM_PERCENT;
		else {
			out->value /= base;
			out->value_max /= base;
			out->flags |= CNUM_FRACTION;
		}
		return true;
	}
	/* 一半 */
	if (text_starts_with(s, end, "一半")) {
		memset(out, 0, sizeof *out);
		out->value = 0.5;
		out->value_max = NAN;
		out->len = strlen("一半");
		out->flags = CNUM_CHINESE | CNUM_FRACTION;
		return true;
	}
	if (!parse_one(s, end, bare_scale, out)) {
		/* Skip the whole run of numerals, however long. */
		for (p = s; p < end; p += n) {
			c = text_char(p, &n);
			if (!cnum_is_numeral(c))
				break;
		}
		out->len = p > s ? (size_t)(p - s) : 0;
		return false;
	}
	p = s + out->len;
	/* 三分之一, 16分之5, 一百分之二, 负3分之负157 */
	if (!(out->flags & (CNUM_RANGE | CNUM_MONEY | CNUM_DIGITS_ONLY |
	    CNUM_FRACTION | CNUM_HUGE)) && out->value != 0 &&
	    (k = fraction_mark(p, end)) > 0 && parse_one(p + k, end, false,
	    &second) && !(second.flags & (CNUM_RANGE | CNUM_FRACTION |
	    CNUM_MONEY | CNUM_HUGE))) {
		out->value = second.value / out->value;
		out->flags = (out->flags & (CNUM_CHINESE | CNUM_ARABIC)) |
		    CNUM_FRACTION;
		out->scale = out->scale_all = 1;
		out->len = (size_t)(p + k + second.len - s);
		return true;
	}
	/* 三百五又三分之一, 负一又二分之一 */
	if (!(out->flags & (CNUM_RANGE | CNUM_MONEY | CNUM_DIGITS_ONLY |
	    CNUM_FRACTION | CNUM_HUGE | CNUM_DECIMAL)) &&
	    text_starts_with(q = skip_spaces(p, end), end, "又") &&
	    parse_one(q = skip_spaces(q + strlen("又"), end), end, false,
	    &second) && second.value > 0 && !(second.flags & (CNUM_RANGE |
	    CNUM_MONEY | CNUM_SIGNED)) && (k = fraction_mark(q + second.len,
	    end)) > 0 && parse_one(q + second.len + k, end, false, &third) &&
	    !(third.flags & (CNUM_RANGE | CNUM_FRACTION | CNUM_MONEY |
	    CNUM_SIGNED))) {
		double	 f = third.value / second.value;

		out->value += out->value < 0 || out->flags & CNUM_SIGNED ?
		    -f : f;
		out->flags = (out->flags & (CNUM_CHINESE | CNUM_ARABIC |
		    CNUM_SIGNED)) | CNUM_FRACTION;
		out->scale = out->scale_all = 1;
		out->len = (size_t)(q + second.len + k + third.len - s);
		return true;
	}
	if (out->flags & (CNUM_HUGE | CNUM_FRACTION | CNUM_RANGE |
	    CNUM_MONEY | CNUM_DIGITS_ONLY))
		return true;
	/* 3至5, 6~8万, 三至五, 两到三万, 两~3百 */
	/* 04-11: a dash after a leading zero is a date's or a code's */
	if ((k = range_connector(p, end, &dash)) > 0 && !(dash &&
	    out->flags & CNUM_ARABIC && out->int_digits > 1 && (*s == '0' ||
	    text_starts_with(s, end, "０"))) &&
	    parse_one(p + k, end, false, &second) &&
	    !(second.flags & (CNUM_RANGE | CNUM_FRACTION | CNUM_SIGNED |
	    CNUM_HUGE | CNUM_MONEY | CNUM_DIGITS_ONLY)) &&
	    (!dash || (second.flags & CNUM_ARABIC) == (out->flags &
	    CNUM_ARABIC))) {
		double	 lo = out->value, sc;
		bool	 one_digit;

		/* 三到五千: one digit takes the scales of the upper bound */
		one_digit = !(out->flags & (CNUM_SCALED | CNUM_DECIMAL)) &&
		    lo >= 1 && lo <= 9 && text_cp_count(s, out->len) == 1;
		sc = one_digit ? second.scale_all : second.scale;
		if (sc > 1 && !(out->flags & CNUM_SCALED) &&
		    lo * sc <= second.value) {
			/* 6~8万: the 万 of the upper bound scales both */
			lo = out->flags & CNUM_ARABIC &&
			    lo == decimal(out->mant, out->exp10) ?
			    decimal(out->mant, out->exp10 +
			    (int)lround(log10(sc))) : lo * sc;
			out->flags |= second.flags & CNUM_SCALED;
		}
		if (second.value > lo) {
			out->value = lo;
			out->value_max = second.value;
			out->flags |= CNUM_RANGE | (second.flags &
			    (CNUM_SCALED | CNUM_OVER));
			out->flags &= ~(unsigned int)CNUM_ONE;
			out->len = (size_t)(p + k + second.len - s);
		}
	}
	return true;
}
