/* SPDX-License-Identifier: MIT */
/*
 * Numbers as Chinese articles write them: 53,570  3.45亿  1/3  两千三百万
 * 一百零八  三四十  二十几  百分之三十  三分之一  一半  15余万  6~8万.
 * Every loop walks forward over the input once; nothing recurses.
 */
#include <math.h>
#include <string.h>

#include "extract.h"

/* Digits: 零〇 and the financial forms 壹贰叁… count as well. */
static const struct {
	gunichar	 c;
	int		 v;
} digits[] = {
	{ 0x96f6, 0 },	/* 零 */
	{ 0x3007, 0 },	/* 〇 */
	{ 0x4e00, 1 },	/* 一 */
	{ 0x4e8c, 2 },	/* 二 */
	{ 0x4e24, 2 },	/* 两 */
	{ 0x4e09, 3 },	/* 三 */
	{ 0x56db, 4 },	/* 四 */
	{ 0x4e94, 5 },	/* 五 */
	{ 0x516d, 6 },	/* 六 */
	{ 0x4e03, 7 },	/* 七 */
	{ 0x516b, 8 },	/* 八 */
	{ 0x4e5d, 9 },	/* 九 */
	{ 0x58f9, 1 },	/* 壹 */
	{ 0x8d30, 2 },	/* 贰 */
	{ 0x53c1, 3 },	/* 叁 */
	{ 0x8086, 4 },	/* 肆 */
	{ 0x4f0d, 5 },	/* 伍 */
	{ 0x9646, 6 },	/* 陆 */
	{ 0x67d2, 7 },	/* 柒 */
	{ 0x634c, 8 },	/* 捌 */
	{ 0x7396, 9 },	/* 玖 */
};

/* Multipliers inside a Chinese numeral; 万 and 亿 close a section. */
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
	{ 0x4ebf, 1e8 },	/* 亿 */
};

#define C_JI	0x51e0		/* 几 */
#define C_YU	0x4f59		/* 余 */
#define C_DUO	0x591a		/* 多 */
#define C_BAN	0x534a		/* 半 */

static double
scale_of(gunichar c)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(scales); i++)
		if (scales[i].c == c)
			return scales[i].v;
	return 0;
}

static bool
is_arabic(gunichar c)
{
	return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19);
}

void
cnum_classes(uint16_t *tab)
{
	static const gunichar	 starts[] = {
		0x5341, 0x62fe, 0x767e, 0x5343,		/* 十 拾 百 千 */
		'-', '+', 0x2212, 0xff0d,		/* signs */
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
	for (i = 0; i < G_N_ELEMENTS(scales); i++)
		tab[scales[i].c] |= TC_NUMERAL;
	tab[C_JI] |= TC_NUMERAL;
}

/*
 * Arabic digits with grouping commas (53,570: groups of exactly three)
 * and a decimal point.  The value is kept as an integer mantissa and a
 * power of ten so that 3.45亿 folds to exactly 345000000.
 */
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

static size_t
parse_arabic(const char *s, const char *end, uint64_t *mantp, int *exp10p,
    int *int_digits, unsigned int *flags)
{
	const char	*p = s;
	uint64_t	 mant = 0;
	int		 sig = 0, exp10 = 0, ndig = 0, k;
	bool		 frac = false;
	gunichar	 c;
	size_t		 n;

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
			if (!frac)
				ndig++;
			p += n;
			continue;
		}
		if (c == ',' && !frac && ndig > 0) {
			/* A group separator only before exactly 3 digits. */
			const char	*q = p + 1;

			for (k = 0; k < 3 && q < end; k++) {
				size_t	 m;

				if (!is_arabic(text_char(q, &m)))
					break;
				q += m;
			}
			if (k == 3 && (q >= end || !is_arabic(text_char(q,
			    &n)))) {
				p++;
				continue;
			}
			break;
		}
		if ((c == '.' || c == 0xff0e) && !frac && ndig > 0 &&
		    p + n < end && is_arabic(text_char(p + n, &n))) {
			frac = true;
			*flags |= CNUM_DECIMAL;
			p += c == '.' ? 1 : 3;
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

/*
 * A Chinese numeral: 两千三百万 一百零八 三万亿 三四十 五六万 二十几.
 * Two adjacent digits make a range (三四十 -> 30..40); the low and high
 * readings are accumulated side by side.
 */
static size_t
parse_chinese(const char *s, const char *end, bool bare_scale,
    struct cnum *out)
{
	const char	*p = s;
	double		 lo_sec = 0, hi_sec = 0, lo_mid = 0, hi_mid = 0;
	double		 lo_top = 0, hi_top = 0;
	int		 dlo = -1, dhi = -1, ndigits = 0, nscales = 0;
	bool		 range = false, prev_digit = false, indef = false;
	gunichar	 c;
	size_t		 n, k;
	double		 sc;
	int		 d;

	while (p < end) {
		c = text_char(p, &n);
		d = cnum_digit(c);
		if (is_arabic(c))
			break;
		if (d >= 0) {
			if (!prev_digit) {
				dlo = dhi = d;
			} else if (out->flags & CNUM_DIGITS_ONLY ||
			    (nscales == 0 && !(dlo > 0 && d == dlo + 1))) {
				/* 二〇二〇: digit by digit, as years are */
				if (nscales > 0 || range || indef)
					break;
				out->flags |= CNUM_DIGITS_ONLY;
				lo_sec = lo_sec * 10 + dlo;
				dlo = dhi = d;
			} else if (dlo == 0 && nscales > 0) {
				/* 一百零八: 零 only holds a place */
				dlo = dhi = d;
			} else if (!range && !indef && dlo > 0 &&
			    d == dlo + 1) {
				/* 三四十: adjacent digits make a range */
				range = true;
				dhi = d;
			} else
				break;
			ndigits++;
			prev_digit = true;
			p += n;
			continue;
		}
		if (c == C_JI && !indef && !range && nscales > 0 &&
		    dlo < 0) {
			/* 二十几: 20..29 */
			indef = true;
			dlo = 0;
			dhi = 9;
			prev_digit = true;
			p += n;
			continue;
		}
		if ((sc = scale_of(c)) > 0) {
			if (out->flags & CNUM_DIGITS_ONLY)
				break;
			/* 百余次, 近百亿: a bare 百 or 千 needs a reason */
			if (ndigits == 0 && nscales == 0 && sc > 10 &&
			    !bare_scale && !(p + n < end &&
			    (text_char(p + n, &k) == C_YU ||
			    text_char(p + n, &k) == C_DUO)))
				break;
			if (sc < 1e4) {
				lo_sec += (dlo < 0 ? 1 : dlo) * sc;
				hi_sec += (dhi < 0 ? 1 : dhi) * sc;
			} else if (sc == 1e4) {
				lo_mid = (lo_mid + lo_sec + (dlo < 0 ? 0 :
				    dlo)) * sc;
				hi_mid = (hi_mid + hi_sec + (dhi < 0 ? 0 :
				    dhi)) * sc;
				lo_sec = hi_sec = 0;
			} else {
				lo_top = (lo_top + lo_mid + lo_sec +
				    (dlo < 0 ? 0 : dlo)) * sc;
				hi_top = (hi_top + hi_mid + hi_sec +
				    (dhi < 0 ? 0 : dhi)) * sc;
				lo_mid = hi_mid = lo_sec = hi_sec = 0;
			}
			if (sc >= 1e4)
				out->flags |= CNUM_SCALED;
			dlo = dhi = -1;
			nscales++;
			prev_digit = false;
			p += n;
			continue;
		}
		break;
	}
	if (p == s)
		return 0;
	if (out->flags & CNUM_DIGITS_ONLY) {
		out->value = lo_sec * 10 + (dlo < 0 ? 0 : dlo);
		out->flags |= CNUM_CHINESE;
		return (size_t)(p - s);
	}
	out->value = lo_top + lo_mid + lo_sec + (dlo < 0 ? 0 : dlo);
	if (range || indef) {
		out->value_max = hi_top + hi_mid + hi_sec + (dhi < 0 ? 0 : dhi);
		out->flags |= CNUM_RANGE;
		if (indef)
			out->flags |= CNUM_INDEF;
	}
	out->flags |= CNUM_CHINESE;
	if (ndigits == 1 && nscales == 0 && out->value == 1)
		out->flags |= CNUM_ONE;
	return (size_t)(p - s);
}

/* 万 亿 万亿 千万 after Arabic digits; 千米/千克/千瓦 are units, not 千. */
static size_t
parse_scale(const char *s, const char *end, double *mult)
{
	const char	*p = s;
	gunichar	 c, next;
	size_t		 n, m;
	double		 sc;

	*mult = 1;
	while (p < end) {
		c = text_char(p, &n);
		if ((sc = scale_of(c)) == 0 || c == 0x62fe || c == 0x4f70 ||
		    c == 0x4edf)
			break;
		if (sc < 1e4) {
			/* 十/百/千 only as part of 千万, 百万, 十万 */
			if (p + n >= end)
				break;
			next = text_char(p + n, &m);
			if (next != 0x4e07 && next != 0x4ebf)
				break;
		}
		*mult *= sc;
		p += n;
	}
	return (size_t)(p - s);
}

/* A connector of a range: 3至5, 3-5, 3～5, 6~8万, 三到五. */
static size_t
range_connector(const char *s, const char *end)
{
	static const char *const conn[] = {
		"至", "到", "～", "~", "〜", "－", "-", "—", "–",
	};
	static struct wordtab	*tab;
	int			 i;

	i = wordtab_prefix(WORDTAB(&tab, conn), s, end);
	return i >= 0 ? strlen(conn[i]) : 0;
}

static bool
parse_one(const char *s, const char *end, bool bare_scale, struct cnum *out)
{
	const char	*p = s;
	gunichar	 c;
	size_t		 n, k;
	double		 mult, sign = 1;

	memset(out, 0, sizeof *out);
	out->value_max = NAN;
	out->scale = 1;
	if (p >= end)
		return false;
	c = text_char(p, &n);
	if (c == '-' || c == 0x2212 || c == 0xff0d || c == '+') {
		if (p + n >= end || !is_arabic(text_char(p + n, &k)))
			return false;
		sign = c == '+' ? 1 : -1;
		out->flags |= CNUM_SIGNED;
		p += n;
		c = text_char(p, &n);
	}
	if (is_arabic(c)) {
		uint64_t	 mant, dmant;
		int		 dd, exp10, dexp;
		double		 den;

		out->flags |= CNUM_ARABIC;
		p += parse_arabic(p, end, &mant, &exp10, &out->int_digits,
		    &out->flags);
		out->value = decimal(mant, exp10);
		out->mant = mant;
		out->exp10 = exp10;
		if (p < end && (*p == '/' || text_starts_with(p, end, "／")) &&
		    !(out->flags & CNUM_DECIMAL)) {
			const char	*q = p + (*p == '/' ? 1 : 3);
			unsigned int	 fl = 0;

			if (q < end && is_arabic(text_char(q, &k))) {
				k = parse_arabic(q, end, &dmant, &dexp, &dd,
				    &fl);
				den = decimal(dmant, dexp);
				if (den > 0 && !(fl & CNUM_DECIMAL)) {
					out->value /= den;
					out->flags |= CNUM_FRACTION;
					p = q + k;
				}
			}
		}
		if (!(out->flags & CNUM_FRACTION)) {
			/* 15余万: 余/多 before the 万 belongs to the number */
			if (p < end) {
				c = text_char(p, &n);
				if ((c == C_YU || c == C_DUO) && p + n < end &&
				    (text_char(p + n, &k) == 0x4e07 ||
				    text_char(p + n, &k) == 0x4ebf)) {
					out->flags |= CNUM_OVER;
					p += n;
				}
			}
			p += (k = parse_scale(p, end, &mult));
			if (k > 0) {
				out->scale = mult;
				out->value = decimal(mant, exp10 +
				    (int)lround(log10(mult)));
				out->flags |= CNUM_SCALED;
			}
		}
		out->value *= sign;
	} else {
		if (sign < 0)
			return false;
		k = parse_chinese(p, end, bare_scale, out);
		if (k == 0)
			return false;
		/* 八万: the trailing 万 or 亿 is the scale of a range's bound */
		c = text_char_before(p, p + k, &n);
		if (scale_of(c) >= 1e4)
			out->scale = scale_of(c);
		p += k;
	}
	out->len = (size_t)(p - s);
	return true;
}

bool
cnum_parse(const char *s, const char *end, bool bare_scale, struct cnum *out)
{
	struct cnum	 second;
	const char	*p;
	size_t		 k, n;
	gunichar	 c;

	/* 百分之三十 */
	if (text_starts_with(s, end, "百分之")) {
		p = s + strlen("百分之");
		if (!parse_one(p, end, false, out) ||
		    (out->flags & CNUM_RANGE && !(out->flags & CNUM_CHINESE))) {
			out->len = strlen("百分之");
			return false;
		}
		out->len += (size_t)(p - s);
		out->flags |= CNUM_PERCENT;
		out->flags &= ~(unsigned int)CNUM_ONE;
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
	/* 三分之一 */
	if (out->flags & CNUM_CHINESE && !(out->flags & CNUM_RANGE) &&
	    text_starts_with(p, end, "分之")) {
		const char	*q = p + strlen("分之");

		if (parse_one(q, end, false, &second) &&
		    second.flags & CNUM_CHINESE && out->value > 0 &&
		    !(second.flags & CNUM_RANGE)) {
			out->value = second.value / out->value;
			out->flags = CNUM_CHINESE | CNUM_FRACTION;
			out->len = (size_t)(q + second.len - s);
			return true;
		}
	}
	if (out->flags & (CNUM_HUGE | CNUM_FRACTION | CNUM_RANGE))
		return true;
	/* 3至5, 6~8万, 三至五 */
	if ((k = range_connector(p, end)) > 0 &&
	    parse_one(p + k, end, false, &second) &&
	    !(second.flags & (CNUM_RANGE | CNUM_FRACTION | CNUM_SIGNED |
	    CNUM_HUGE)) &&
	    (second.flags & CNUM_ARABIC) == (out->flags & CNUM_ARABIC)) {
		double	 lo = out->value;

		if (second.flags & CNUM_SCALED && !(out->flags & CNUM_SCALED) &&
		    lo * second.scale <= second.value) {
			/* 6~8万: the 万 of the upper bound scales both */
			lo = out->flags & CNUM_ARABIC ? decimal(out->mant,
			    out->exp10 + (int)lround(log10(second.scale))) :
			    lo * second.scale;
			out->flags |= CNUM_SCALED;
		}
		if (second.value > lo) {
			out->value = lo;
			out->value_max = second.value;
			out->flags |= CNUM_RANGE | (second.flags & CNUM_SCALED);
			out->flags &= ~(unsigned int)CNUM_ONE;
			out->len = (size_t)(p + k + second.len - s);
		}
	}
	return true;
}
