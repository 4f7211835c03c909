/* SPDX-License-Identifier: MIT */
/*
 * Dates: 2020年6月28日, 2020年6月, 2020年, 6月28日, 9月份, 2008-08-08,
 * 2020年上半年, 一季度, 年初.  A date is never a quantity: the driver
 * asks here first and skips what matched.
 */
#include <stdio.h>
#include <string.h>

#include "extract.h"

/* Parts of a year, after a year or alone. */
static const struct {
	const char		*word;
	enum shutu_precision	 precision;
} parts[] = {
	{ "上半年",	SHUTU_PRECISION_PART },
	{ "下半年",	SHUTU_PRECISION_PART },
	{ "年初",	SHUTU_PRECISION_PART },
	{ "年底",	SHUTU_PRECISION_PART },
	{ "年末",	SHUTU_PRECISION_PART },
	{ "前三季度",	SHUTU_PRECISION_PART },
	{ "一季度",	SHUTU_PRECISION_SEASON },
	{ "二季度",	SHUTU_PRECISION_SEASON },
	{ "三季度",	SHUTU_PRECISION_SEASON },
	{ "四季度",	SHUTU_PRECISION_SEASON },
	{ "第一季度",	SHUTU_PRECISION_SEASON },
	{ "第二季度",	SHUTU_PRECISION_SEASON },
	{ "第三季度",	SHUTU_PRECISION_SEASON },
	{ "第四季度",	SHUTU_PRECISION_SEASON },
	/* 2季度末: quarters in digits */
	{ "1季度",	SHUTU_PRECISION_SEASON },
	{ "2季度",	SHUTU_PRECISION_SEASON },
	{ "3季度",	SHUTU_PRECISION_SEASON },
	{ "4季度",	SHUTU_PRECISION_SEASON },
};

/* Up to "max" digits (ASCII, full-width or Chinese) as a small integer. */
static size_t
small_number(const char *s, const char *end, int max, int *value,
    int *ndigits)
{
	struct cnum	 c;
	const char	*p = s;
	size_t		 n;
	int		 d, k = 0, v = 0;

	/* Arabic first: digit by digit, no grouping, no point. */
	while (p < end && k < max + 1) {
		gunichar	 ch = text_char(p, &n);

		if (!((ch >= '0' && ch <= '9') || (ch >= 0xff10 &&
		    ch <= 0xff19)))
			break;
		d = cnum_digit(ch);
		v = v * 10 + d;
		k++;
		p += n;
	}
	if (k > 0) {
		if (k > max)
			return 0;
		*value = v;
		*ndigits = k;
		return (size_t)(p - s);
	}
	/* 六月二十八日, 二〇二〇年 */
	if (!cnum_parse(s, end, false, &c) || !(c.flags & CNUM_CHINESE) ||
	    c.flags & (CNUM_RANGE | CNUM_FRACTION | CNUM_PERCENT |
	    CNUM_SCALED | CNUM_DECIMAL | CNUM_MONEY) || c.value > 9999)
		return 0;
	*value = (int)c.value;
	*ndigits = c.flags & CNUM_DIGITS_ONLY ? (int)text_cp_count(s, c.len) :
	    0;
	return c.len;
}

/* 青年初, 去年底: 年 here ends another word or another year. */
static bool
not_before_part(gunichar prev)
{
	static const char	 words[] = "青少老成新童周学历往多每全半去明前";
	const char		*p;
	size_t			 n;

	for (p = words; *p != '\0'; p += n)
		if (text_char(p, &n) == prev)
			return true;
	return false;
}

static size_t
match_part(const char *s, const char *end, enum shutu_precision *prec)
{
	static struct wordtab	*tab;
	int			 i;

	if ((i = wordtab_prefix(WORDTAB(&tab, parts), s, end)) < 0)
		return 0;
	*prec = parts[i].precision;
	return strlen(parts[i].word);
}

/* M月[D日|号] or M月份, from "s"; 0 if none. */
static size_t
month_day(const char *s, const char *end, struct date *d)
{
	const char	*p = s;
	size_t		 k;
	int		 m, day, nd;

	if ((k = small_number(p, end, 2, &m, &nd)) == 0 || m < 1 || m > 12)
		return 0;
	p += k;
	if (!text_starts_with(p, end, "月"))
		return 0;
	p += strlen("月");
	d->month = m;
	d->precision = SHUTU_PRECISION_MONTH;
	if (text_starts_with(p, end, "份"))
		return (size_t)(p + strlen("份") - s);
	if ((k = small_number(p, end, 2, &day, &nd)) > 0 && day >= 1 &&
	    day <= 31 && (text_starts_with(p + k, end, "日") ||
	    text_starts_with(p + k, end, "号"))) {
		d->day = day;
		d->precision = SHUTU_PRECISION_DAY;
		p += k + strlen("日");	/* 日 and 号 are both 3 bytes */
	}
	return (size_t)(p - s);
}

/*
 * 15日 with no month (生态环境部15日发布): a day of the month the article
 * named last, which the driver fills in; out->month stays 0.  Not a span
 * of days (15日内, 3日以上) nor a count (第15日, 连续15日).
 */
static bool
day_alone(const char *s, const char *end, gunichar prev, struct date *out)
{
	static const char *const spans[] = {
		"内", "以内", "之内", "以上", "左右", "后", "之后", "来", "以来",
	};
	static struct wordtab	*tab;
	size_t			 k;
	int			 day, nd;

	if (prev == 0x7b2c || prev == 0x6708 || prev == 0x7eed ||
	    prev == 0x8fd1 || prev == 0x6bcf || prev == 0x7ea6)	/* 第月续近每约 */
		return false;
	if ((k = small_number(s, end, 2, &day, &nd)) == 0 || nd == 0 ||
	    day < 1 || day > 31 || !text_starts_with(s + k, end, "日"))
		return false;
	k += strlen("日");
	if (wordtab_prefix(WORDTAB(&tab, spans), s + k, end) >= 0)
		return false;
	out->day = day;
	out->precision = SHUTU_PRECISION_DAY;
	out->len = k;
	return true;
}

/* 2008-08-08, 2008/8/8, 2008.08.08 */
static size_t
numeric_date(const char *s, const char *end, struct date *d)
{
	const char	*p = s;
	int		 y = 0, m = 0, day = 0, k;
	char		 sep;

	for (k = 0; k < 4 && p < end && g_ascii_isdigit(*p); k++, p++)
		y = y * 10 + (*p - '0');
	if (k != 4 || p >= end || (*p != '-' && *p != '/' && *p != '.'))
		return 0;
	sep = *p++;
	for (k = 0; k < 2 && p < end && g_ascii_isdigit(*p); k++, p++)
		m = m * 10 + (*p - '0');
	if (k == 0 || p >= end || *p != sep)
		return 0;
	p++;
	for (k = 0; k < 2 && p < end && g_ascii_isdigit(*p); k++, p++)
		day = day * 10 + (*p - '0');
	if (k == 0 || (p < end && g_ascii_isdigit(*p)))
		return 0;
	if (y < 1000 || m < 1 || m > 12 || day < 1 || day > 31)
		return 0;
	d->year = y;
	d->month = m;
	d->day = day;
	d->precision = SHUTU_PRECISION_DAY;
	return (size_t)(p - s);
}

void
date_classes(uint16_t *tab)
{
	/* 上半年 下半年 年初 第一季度 前三季度 春节… and every digit */
	static const gunichar	 starts[] = {
		0x4e0a, 0x4e0b, 0x5e74, 0x7b2c, 0x524d,	/* 上 下 年 第 前 */
		0x6625, 0x590f, 0x79cb, 0x51ac,		/* 春 夏 秋 冬 */
	};
	gunichar		 c;
	size_t			 i;

	for (c = 0; c < 0x10000; c++)
		if (tab[c] & TC_DIGIT)
			tab[c] |= TC_DATE_START;
	for (i = 0; i < G_N_ELEMENTS(starts); i++)
		tab[starts[i]] |= TC_DATE_START;
}

bool
date_match(const char *s, const char *end, gunichar prev, struct date *out)
{
	const char	*p = s;
	size_t		 k;
	int		 y, nd;

	memset(out, 0, sizeof *out);
	/* A number inside a longer number or a code is no date. */
	if (prev != 0 && ((prev < 0x80 && g_ascii_isalnum((int)prev)) ||
	    prev == '.' ||
	    (prev >= 0xff10 && prev <= 0xff19)))
		return false;
	/*
	 * A date that starts with a number goes on with 年, 月, 季 or a
	 * separator (2008-08-08): most numbers are no dates, and are
	 * turned away here without being read twice as numbers.
	 */
	if (cnum_is_numeral(text_char(p, &k))) {
		const char	*q = p;
		gunichar	 c = 0;
		int		 i;

		for (i = 0; i < 8 && q < end; i++, q += k)
			if (!cnum_is_numeral(c = text_char(q, &k)))
				break;
		if (q >= end || (c != 0x5e74 && c != 0x6708 && c != 0x5b63 &&
		    c != 0x65e5 && c != '-' && c != '/' && c != '.'))
			return false;
		if (c == 0x65e5)
			return day_alone(p, end, prev, out);
	}
	if ((k = numeric_date(p, end, out)) > 0) {
		out->len = k;
		return true;
	}
	/* 年初, 上半年, 一季度 with no year: the article's year */
	if (prev != 0x5e74 && (k = match_part(p, end, &out->precision)) > 0 &&
	    !cnum_is_numeral(prev) && (prev == 0 ||
	    strncmp(p, "年", 3) != 0 || !not_before_part(prev))) {
		out->len = k;
		/* Seasons with a number (一季度) are not relative. */
		{
			size_t	 n;
			gunichar c = text_char(p, &n);

			if (c == 0x7b2c)	/* 第 */
				c = text_char(p + n, &n);
			out->relative = !cnum_is_numeral(c);
		}
		return true;
	}
	/* 2020年…, 二〇二〇年… */
	if ((k = small_number(p, end, 4, &y, &nd)) > 0 && nd == 4 &&
	    y >= 1000 && y <= 2999 && text_starts_with(p + k, end, "年")) {
		const char	*q = p + k + strlen("年");
		size_t		 m;

		out->year = y;
		out->precision = SHUTU_PRECISION_YEAR;
		if ((m = month_day(q, end, out)) > 0)
			q += m;
		else if ((m = match_part(q, end, &out->precision)) > 0 ||
		    (text_starts_with(q, end, "初") && (m = 3) &&
		    (out->precision = SHUTU_PRECISION_PART)) ||
		    ((text_starts_with(q, end, "底") ||
		    text_starts_with(q, end, "末")) && (m = 3) &&
		    (out->precision = SHUTU_PRECISION_PART)))
			q += m;
		else if (text_starts_with(q, end, "度"))
			q += strlen("度");
		out->len = (size_t)(q - s);
		return true;
	}
	/* 6月28日, 9月份 */
	if ((k = month_day(p, end, out)) > 0) {
		out->len = k;
		return true;
	}
	return false;
}

/* Days in month "m" of year "y"; with no year (0), the most it can have. */
static int
days_in(int m, int y)
{
	static const int	 days[] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && y > 0 && !((y % 4 == 0 && y % 100 != 0) ||
	    y % 400 == 0))
		return 28;
	return days[m - 1];
}

void
date_settle(struct date *d, int year)
{
	int	 y = d->year != 0 ? d->year : year;

	if (d->day > 0 && d->month >= 1 && d->month <= 12 &&
	    d->day > days_in(d->month, y)) {
		d->day = 0;
		d->precision = SHUTU_PRECISION_MONTH;
	}
}

char *
date_iso(const struct date *d, int year, char buf[40])
{
	int	 y = d->year != 0 ? d->year : year;

	if (y <= 0) {
		/* No year anywhere: ISO 8601's reduced form "--MM-DD". */
		if (d->day > 0)
			snprintf(buf, 40, "--%02d-%02d", d->month, d->day);
		else if (d->month > 0)
			snprintf(buf, 40, "--%02d", d->month);
		else
			snprintf(buf, 40, "--");
		return buf;
	}
	if (d->day > 0)
		snprintf(buf, 40, "%04d-%02d-%02d", y, d->month, d->day);
	else if (d->month > 0)
		snprintf(buf, 40, "%04d-%02d", y, d->month);
	else
		snprintf(buf, 40, "%04d", y);
	return buf;
}
