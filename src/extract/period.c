/* SPDX-License-Identifier: MIT */
/*
 * Periods: the time a number is about, as the article writes it before
 * the number (2024年, 上半年, 1—5月, 前三季度, 2季度末, 去年全年), and
 * whether a time is only what a number is compared with (比2019年1—11月份,
 * 与上年同期相比, 是2016年的2.1倍), which is no period of the number and
 * no vote for the article's year.
 */
#include <stdio.h>
#include <string.h>

#include "extract.h"

/* Words before a time that make it what a number is compared with. */
static const char *const base_before[] = {
	"比", "较", "与", "同", "相比", "相较", "对比", "较之", "相对",
	"是", "由", "从", "高于", "低于", "超过", "好于", "快于", "慢于",
	"为上年", "比上年", "同比",
};

bool
period_is_base(const char *floor, const char *p)
{
	static struct wordtab	*tab;
	const char		*q = p;
	size_t			 n;

	/* 比上年同期, 与2019年同期相比: the time itself may be relative. */
	while (q > floor && (text_char_before(floor, q, &n) == ' ' ||
	    text_char_before(floor, q, &n) == 0x3000))
		q -= n;
	return wordtab_suffix(WORDTAB(&tab, base_before), floor, q) >= 0;
}

/* An integer of up to "max" digits (ASCII, full-width or 一…十二). */
static size_t
small_int(const char *s, const char *end, int max, int *out)
{
	const char	*p = s;
	size_t		 n;
	int		 v = 0, k = 0, d;
	gunichar	 c;

	while (p < end && k <= max) {
		c = text_char(p, &n);
		if (!((c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19)))
			break;
		v = v * 10 + cnum_digit(c);
		k++;
		p += n;
	}
	if (k > 0) {
		if (k > max)
			return 0;
		*out = v;
		return (size_t)(p - s);
	}
	/* 一 … 十二: months and quarters written in Chinese */
	c = text_char(p, &n);
	if ((d = cnum_digit(c)) <= 0 || c < 0x80)
		d = c == 0x5341 ? 10 : -1;	/* 十 */
	if (d < 0)
		return 0;
	p += n;
	if (d == 10 && p < end && (k = cnum_digit(text_char(p, &n))) > 0 &&
	    k <= 2 && text_char(p, &n) >= 0x80) {
		d += k;
		p += n;
	} else if (d < 10 && p < end && text_char(p, &n) == 0x5341) {
		return 0;	/* 二十: no month */
	}
	*out = d;
	return (size_t)(p - s);
}

/* — – - ~ ～ 至 到 －: what joins the ends of a range. */
static size_t
range_mark(const char *p, const char *end)
{
	static const char *const marks[] = {
		"\xe2\x80\x94\xe2\x80\x94", "\xe2\x80\x94", "\xe2\x80\x93",
		"-", "~", "\xef\xbd\x9e", "\xe8\x87\xb3", "\xe5\x88\xb0",
		"\xef\xbc\x8d",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(marks); i++)
		if (text_starts_with(p, end, marks[i]))
			return strlen(marks[i]);
	return 0;
}

/* Parts of a year said in words. */
static const struct {
	const char	*word;
	char		 part;		/* 'H', 'Q', or 'M' for a span of months */
	int		 n;		/* which half or quarter */
	int		 m0, m1;	/* 'M': the months */
} part_words[] = {
	{ "上半年",	'H', 1, 0, 0 },
	{ "下半年",	'H', 2, 0, 0 },
	{ "前三季度",	'M', 0, 1, 9 },
	{ "前两季度",	'H', 1, 0, 0 },
	{ "第一季度",	'Q', 1, 0, 0 },
	{ "第二季度",	'Q', 2, 0, 0 },
	{ "第三季度",	'Q', 3, 0, 0 },
	{ "第四季度",	'Q', 4, 0, 0 },
	{ "一季度",	'Q', 1, 0, 0 },
	{ "二季度",	'Q', 2, 0, 0 },
	{ "三季度",	'Q', 3, 0, 0 },
	{ "四季度",	'Q', 4, 0, 0 },
};

/* Words of a whole year: 全年 is the year in context, 去年 the one before. */
static const struct {
	const char	*word;
	int		 shift;		/* from the reference year */
	bool		 context;	/* the year said before, else the article's */
} year_words[] = {
	{ "今年",	0,	false },
	{ "本年",	0,	false },
	{ "去年",	-1,	false },
	{ "上年",	-1,	false },
	{ "上一年",	-1,	false },
	{ "前年",	-2,	false },
	{ "明年",	1,	false },
	{ "全年",	0,	true },
	{ "当年",	0,	true },
	{ "年内",	0,	true },
	{ "年末",	0,	true },
	{ "年底",	0,	true },
	{ "年初",	0,	true },
};

/* 2季度, 3季度末: a quarter by its number. */
static size_t
quarter(const char *s, const char *end, struct period *out)
{
	const char	*p = s;
	size_t		 k;
	int		 q;

	if (text_starts_with(p, end, "第"))
		p += strlen("第");
	if ((k = small_int(p, end, 1, &q)) == 0 || q < 1 || q > 4 ||
	    !text_starts_with(p + k, end, "季度"))
		return 0;
	p += k + strlen("季度");
	out->part = 'Q';
	out->n = q;
	if (text_starts_with(p, end, "末") || text_starts_with(p, end, "底"))
		p += strlen("末");
	return (size_t)(p - s);
}

/* After a year or alone: 1—5月, 6月, 6月28日, 上半年, 2季度末. */
static size_t
within_year(const char *s, const char *end, struct period *out)
{
	const char	*p = s;
	size_t		 k, r;
	int		 m0, m1, d, i;

	for (i = (unsigned char)*p < 0x80 ? (int)G_N_ELEMENTS(part_words) : 0;
	    i < (int)G_N_ELEMENTS(part_words); i++)
		if (text_starts_with(p, end, part_words[i].word)) {
			out->part = part_words[i].part;
			out->n = part_words[i].n;
			out->m0 = part_words[i].m0;
			out->m1 = part_words[i].m1;
			return strlen(part_words[i].word);
		}
	if ((k = quarter(p, end, out)) > 0)
		return k;
	if ((k = small_int(p, end, 2, &m0)) == 0 || m0 < 1 || m0 > 12)
		return 0;
	p += k;
	/* 1—5月, 1-11月份 */
	if ((r = range_mark(p, end)) > 0 && (k = small_int(p + r, end, 2,
	    &m1)) > 0 && m1 > m0 && m1 <= 12 && text_starts_with(p + r + k,
	    end, "月")) {
		p += r + k + strlen("月");
		if (text_starts_with(p, end, "份"))
			p += strlen("份");
		out->part = 'M';
		out->m0 = m0;
		out->m1 = m1;
		return (size_t)(p - s);
	}
	if (!text_starts_with(p, end, "月"))
		return 0;
	p += strlen("月");
	out->part = 'M';
	out->m0 = out->m1 = m0;
	if (text_starts_with(p, end, "份"))
		p += strlen("份");
	else if ((k = small_int(p, end, 2, &d)) > 0 && d >= 1 && d <= 31 &&
	    (text_starts_with(p + k, end, "日") || text_starts_with(p + k, end,
	    "号"))) {
		out->day = d;
		p += k + strlen("日");
	}
	if (text_starts_with(p, end, "末") || text_starts_with(p, end, "底"))
		p += strlen("末");
	return (size_t)(p - s);
}

size_t
period_match(const char *s, const char *end, gunichar prev,
    struct period *out)
{
	const char	*p = s;
	size_t		 k, r;
	int		 y = 0, y1 = 0, i;

	memset(out, 0, sizeof *out);
	/* Inside a longer number or a code: 12020年 is none. */
	if (prev < 0x80 && (g_ascii_isalnum((int)prev) || prev == '.'))
		return 0;
	if (cnum_digit(prev) >= 0 && prev >= 0x80)
		return 0;
	/* Words of years begin with a Han character, numbers with a digit. */
	for (i = (unsigned char)*p < 0x80 ? (int)G_N_ELEMENTS(year_words) : 0;
	    i < (int)G_N_ELEMENTS(year_words); i++)
		if (text_starts_with(p, end, year_words[i].word)) {
			p += strlen(year_words[i].word);
			out->relative = true;
			out->shift = year_words[i].shift;
			out->context = year_words[i].context;
			/* 去年同期, 去年上半年, 今年1—5月 */
			if (text_starts_with(p, end, "同期")) {
				out->same_part = true;
				p += strlen("同期");
			} else if (text_starts_with(p, end, "末") ||
			    text_starts_with(p, end, "底"))
				p += strlen("末");	/* 上年末 */
			else if (text_starts_with(p, end, "全年") ||
			    text_starts_with(p, end, "年末") ||
			    text_starts_with(p, end, "年底"))
				p += strlen("全年");
			else
				p += within_year(p, end, out);
			out->len = (size_t)(p - s);
			return out->len;
		}
	/* 2024年…, 2015—2019年 */
	{
		int	 digits = 0;

		while (p < end && digits < 5 && g_ascii_isdigit(*p)) {
			y = y * 10 + (*p - '0');
			p++;
			digits++;
		}
		if (digits == 0) {
			/* 上半年, 一季度, 六月: no year said */
			if ((k = within_year(s, end, out)) == 0)
				return 0;
			out->len = k;
			return k;
		}
		if (digits != 4 || y < 1000 || y > 2999) {
			/* 1—5月, 6月28日 without a year */
			p = s;
			if ((k = within_year(p, end, out)) == 0)
				return 0;
			out->len = k;
			return k;
		}
	}
	if ((r = range_mark(p, end)) > 0 && end - (p + r) >= 5) {
		const char	*q = p + r;
		int		 j;

		for (j = 0, y1 = 0; j < 4 && q < end && g_ascii_isdigit(*q);
		    j++, q++)
			y1 = y1 * 10 + (*q - '0');
		if (j == 4 && y1 > y && text_starts_with(q, end, "年")) {
			out->year = y;
			out->year_end = y1;
			p = q + strlen("年");
			out->len = (size_t)(p - s);
			return out->len;
		}
	}
	if (!text_starts_with(p, end, "年"))
		return 0;
	p += strlen("年");
	out->year = y;
	if (text_starts_with(p, end, "度"))
		p += strlen("度");
	if ((k = within_year(p, end, out)) > 0)
		p += k;
	else if (text_starts_with(p, end, "全年") || text_starts_with(p, end,
	    "年末") || text_starts_with(p, end, "年底"))
		p += strlen("全年");
	else if (text_starts_with(p, end, "末") || text_starts_with(p, end,
	    "底") || text_starts_with(p, end, "初"))
		p += strlen("末");
	out->len = (size_t)(p - s);
	return out->len;
}

int
period_year(const struct period *pd, int context, int year)
{
	if (pd->year != 0)
		return pd->year;
	if (pd->relative && pd->context)
		return context != 0 ? context : year;
	if (pd->relative)
		return year != 0 ? year + pd->shift : 0;
	return context != 0 ? context : year;
}

/* Writes "v" as at least "width" digits at "p"; returns the end. */
static char *
put_int(char *p, int v, int width)
{
	char	 d[12];
	int	 n = 0;

	if (v < 0) {
		*p++ = '-';
		v = -v;
	}
	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0 && n < (int)sizeof d);
	while (n < width)
		d[n++] = '0';
	while (n > 0)
		*p++ = d[--n];
	return p;
}

/* "-" for a year not known. */
static char *
put_year(char *p, int y)
{
	if (y > 0)
		return put_int(p, y, 4);
	*p++ = '-';
	return p;
}

/*
 * Written by hand, not with snprintf: it runs once per quantity and
 * snprintf's format parsing was a tenth of the series pass.  Years and
 * months are small, so the buffer (PERIOD_ISO_MAX) cannot overflow.
 */
char *
period_iso(const struct period *pd, int y, char buf[PERIOD_ISO_MAX])
{
	char	*p = buf;

	if (pd->year_end > 0) {
		p = put_int(p, pd->year, 4);
		*p++ = '/';
		p = put_int(p, pd->year_end, 4);
	} else if (pd->part == 'H' || pd->part == 'Q') {
		p = put_year(p, y);
		*p++ = '-';
		*p++ = (char)pd->part;
		p = put_int(p, pd->n, 1);
	} else if (pd->part == 'M') {
		p = put_year(p, y);
		*p++ = '-';
		p = put_int(p, pd->m0, 2);
		if (pd->day > 0) {
			*p++ = '-';
			p = put_int(p, pd->day, 2);
		} else if (pd->m0 != pd->m1) {
			*p++ = '/';
			p = put_year(p, y);
			*p++ = '-';
			p = put_int(p, pd->m1, 2);
		}
	} else if (y > 0)
		p = put_int(p, y, 4);
	/* else: 全年 of no known year */
	*p = '\0';
	return buf;
}
