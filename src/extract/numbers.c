/* SPDX-License-Identifier: MIT */
/*
 * Every number of a text, with or without a unit (shutu extract
 * --numbers, as the number model of Recognizers-Text lists them), and
 * the numeral parser for other programs.  A number is the numeral of
 * cnum.c with what belongs to it: the approximators before and after it
 * (约, 近, 上万, 余, 多, 左右), 第 of an ordinal, and the %, 个百分点, 成
 * or 折 that make it a percent.  Words that hold a numeral but count
 * nothing (一切, 统一, 四川, 十分重要) are passed over, as are numbers
 * glued to Latin letters (G20, 5G) and everything inside a URL.  One
 * pass, like the extractor's.
 */
#include <math.h>
#include <string.h>

#include "extract.h"
#include "util/util.h"

struct	shutu_numbers {
	GArray		*numbers;	/* struct shutu_number */
	GStringChunk	*strings;	/* every text, and the source */
	const char	*source;
};

/* Words that begin with a numeral and count nothing. */
static const char *const words_from[] = {
	"一切", "一些", "一样", "一起", "一直", "一定", "一般", "一致", "一旦",
	"一同", "一律", "一再", "一向", "一并", "一贯", "一举", "一心", "一流",
	"一线", "一体", "一手", "一下", "一番", "一时", "一边", "一面", "一味",
	"一概", "一早", "一看", "一度", "一道", "一带", "一路", "一旁", "一阵",
	"一系列", "一点儿", "一点点", "一点一滴", "一成不变", "一波三折",
	"一五一十", "一目了然", "一马当先", "一帆风顺", "一举两得", "一心一意",
	"三五成群", "三三两两", "三心二意", "七上八下", "四面八方", "五湖四海",
	"九牛一毛", "十全十美", "十分", "万分", "万一", "万物", "万众一心",
	"四川", "四舍五入", "陆地", "陆续", "陆港", "零售", "零距离", "零部件",
	"零件", "零星", "零散", "两侧", "两岸", "两会", "千方百计", "千家万户",
	"千村万户", "万无一失", "百花齐放", "百折不挠", "千辛万苦",
	/* plan periods */
	"十一五", "十二五", "十三五", "十四五", "十五五",
};

/* Words that end with the first character of a numeral. */
static const char *const words_to[] = {
	"统一", "唯一", "万一", "不一", "专一", "逐一", "划一", "同一", "单一",
	"之一", "其一", "大陆", "登陆", "着陆", "内陆", "水陆", "海陆",
	"下一", "进一", "周一", "星期一", "初一",
};

/* 成 and 折 that begin a word after a number: 三成员, 1万折合. */
static const char *const not_percent[] = {
	"成为", "成立", "成功", "成绩", "成果", "成本", "成交", "成员", "成熟",
	"成长", "成就", "成型", "成形", "成品", "成套", "成都", "成群", "成效",
	"折合", "折算", "折旧", "折扣", "折叠", "折射", "折腾", "折服", "折返",
	"折线",
};

/* What may follow a number and make it a percent. */
static const struct {
	const char	*word;
	const char	*unit;
	double		 times;		/* 三成 -> 30; 0: 折, see below */
} percents[] = {
	{ "%",		"%",		1 },
	{ "％",		"%",		1 },
	{ "个百分点",	"个百分点",	1 },
	{ "個百分點",	"个百分点",	1 },
	{ "百分点",	"个百分点",	1 },
	{ "成",		"%",		10 },
	{ "折",		"%",		0 },
};

/* A number being read, with where its text begins and ends. */
struct	numx {
	struct shutu_number	 n;
	const char		*start, *end;
};

/* 陆地 aside, a financial digit alone is a name or a word: 伍, 陆, 肆意. */
static bool
financial_alone(const char *s, size_t len)
{
	static const char	 fin[] = "壹贰貳叁肆伍陆陸柒捌玖拾佰仟";
	const char		*p;
	size_t			 n, m;
	gunichar		 c = text_char(s, &n);

	if (n != len)
		return false;
	for (p = fin; *p != '\0'; p += m)
		if (text_char(p, &m) == c)
			return true;
	return false;
}

/*
 * Is the numeral at "s" (of "len" bytes) part of a word?  Returns the
 * bytes to pass over (the whole of 一波三折), 0 when it is a number.
 */
static size_t
in_word(const char *floor, const char *s, const char *end, size_t len)
{
	static struct wordtab	*from, *to;
	size_t			 n;
	int			 i;

	if ((i = wordtab_prefix(WORDTAB(&from, words_from), s, end)) >= 0) {
		const char	*e = s + strlen(words_from[i]);

		/* 十分之一, 一点钟: the numeral goes on */
		if (!text_starts_with(e, end, "之") && !text_starts_with(e, end,
		    "钟") && !(s + len > e))
			return (size_t)(e - s);
	}
	/* 统一, 之一, 星期一: the word ends with the number's one character */
	text_char(s, &n);
	if (len == n && wordtab_suffix(WORDTAB(&to, words_to), floor,
	    s + n) >= 0)
		return len;
	return financial_alone(s, len) ? len : 0;
}

static enum shutu_number_kind
kind_of(const struct cnum *num, double value)
{
	if (num->flags & CNUM_PERCENT)
		return SHUTU_NUMBER_PERCENT;
	if (num->flags & CNUM_FRACTION)
		return SHUTU_NUMBER_FRACTION;
	if (value != floor(value))
		return SHUTU_NUMBER_DECIMAL;
	return SHUTU_NUMBER_INTEGER;
}

/*
 * The number whose numeral begins at "s" ("prev" the code point before
 * it, 0 at the start); approximators and 第 are looked for back to
 * "from".  On false, "*skip" is how far to go on.
 */
static bool
read_number(const char *from, const char *s, const char *end, gunichar prev,
    struct numx *x, size_t *skip)
{
	static struct wordtab	*notp;
	const struct approx	*ap, *ap2;
	struct cnum		 num;
	const char		*q, *sp, *start;
	gunichar		 c;
	size_t			 n, i, k;
	double			 v;

	c = text_char(s, &n);
	*skip = n;
	if (c == 0x6570 && !cnum_shu_ok(prev))		/* 人数十万 */
		return false;
	ap = approx_before(from, s);
	if (!cnum_parse(s, end, ap != NULL, &num)) {
		if (num.len > 0)
			*skip = num.len;
		return false;
	}
	*skip = num.len;
	if (!isfinite(num.value))
		return false;
	/* G20, PM2.5, ISO9001: a name's number */
	if (prev < 0x80 && g_ascii_isalpha((int)prev))
		return false;
	if (ap != NULL && ap->bare > 0 && !(num.flags & CNUM_BARE) &&
	    !(ap->bare > 1 && num.flags & CNUM_SCALED))
		ap = NULL;
	if ((k = in_word(from, s, end, num.len)) > 0) {
		*skip = k;
		return false;
	}
	q = s + num.len;
	/* 5G, 3D, 2e5, 40k; but 5km */
	if (q < end && g_ascii_isalpha(*q) && unit_match(q, end) == NULL) {
		while (q < end && (g_ascii_isalnum(*q) || *q == '.' ||
		    *q == '+' || *q == '-' || *q == '^'))
			q++;
		*skip = (size_t)(q - s);
		return false;
	}
	memset(x, 0, sizeof *x);
	x->n.value = num.value;
	x->n.value_max = num.value_max;
	x->n.unit = num.flags & CNUM_PERCENT ? "%" : num.flags & CNUM_MONEY ?
	    "元" : "";
	x->n.kind = kind_of(&num, num.value);
	start = ap != NULL ? s - strlen(ap->word) : s;
	if (ap != NULL)
		x->n.approx = ap->approx;
	else if ((ap2 = approx_across(from, s)) != NULL)
		x->n.approx = ap2->approx;
	if (num.flags & CNUM_OVER)
		x->n.approx = SHUTU_APPROX_OVER;
	if (num.flags & CNUM_VAGUE && x->n.approx == SHUTU_APPROX_EXACT)
		x->n.approx = SHUTU_APPROX_ABOUT;
	/* 300余, 三百多, 五十许 */
	if ((ap2 = approx_after(q, end)) != NULL && strlen(ap2->word) == 3 &&
	    (strcmp(ap2->word, "余") == 0 || strcmp(ap2->word, "多") == 0 ||
	    strcmp(ap2->word, "许") == 0)) {
		x->n.approx = ap2->approx;
		q += strlen(ap2->word);
	}
	/* 30%, 1.6个百分点, 三成, 八折 */
	sp = q;
	while (sp < end && *sp == ' ' && sp - q < 4)
		sp++;			/* 十 成, 一百五十 个百分点 */
	for (i = 0; !(num.flags & (CNUM_PERCENT | CNUM_FRACTION |
	    CNUM_MONEY)) && i < G_N_ELEMENTS(percents); i++) {
		if (!text_starts_with(sp, end, percents[i].word) ||
		    wordtab_prefix(WORDTAB(&notp, not_percent), sp, end) >= 0)
			continue;
		v = num.value;
		if (percents[i].times > 0)
			v *= percents[i].times;
		else if (v > 0 && v < 10)
			v *= 10;		/* 八折 80, 9.9折 99 */
		else if (!(v > 10 && v < 100 && v == floor(v)))
			break;			/* 七五折 75; 十折 is none */
		x->n.value = v;
		if (!isnan(x->n.value_max))
			x->n.value_max *= percents[i].times > 0 ?
			    percents[i].times : 10;
		x->n.unit = percents[i].unit;
		x->n.kind = SHUTU_NUMBER_PERCENT;
		q = sp + strlen(percents[i].word);
		break;
	}
	/* 3000以上, 40左右 */
	if ((ap2 = approx_after(q, end)) != NULL && strlen(ap2->word) > 3) {
		x->n.approx = ap2->approx;
		q += strlen(ap2->word);
	}
	/* 第三 */
	if (start == s && text_ends_with(from, s, "第")) {
		start = s - strlen("第");
		x->n.kind = SHUTU_NUMBER_ORDINAL;
	}
	x->start = start;
	x->end = q;
	x->n.len = (size_t)(q - start);
	return true;
}

/* May a number begin at "p" (code point "c", after "prev")? */
static bool
may_start(const char *p, const char *end, gunichar c, gunichar prev)
{
	if (!(text_class(c) & TC_NUM_START)) {
		/* .5, but not 2222.2222 nor ...9 */
		return c == '.' && p + 1 < end && g_ascii_isdigit(p[1]) &&
		    !(prev < 0x80 && (g_ascii_isalnum((int)prev) ||
		    prev == '.'));
	}
	/* inside a number read already, or a run that is none */
	if (prev < 0x80 && g_ascii_isdigit((int)prev))
		return false;
	if (cnum_digit(prev) >= 0 && prev >= 0x80 && cnum_digit(c) >= 0 &&
	    c >= 0x80)
		return false;
	/* A sign after a word or another sign: 1-3, －－9 */
	if (c == '-' || c == '+' || c == 0x2212 || c == 0xff0d)
		return !(prev < 0x80 ? g_ascii_isalnum((int)prev) || prev ==
		    '-' || prev == '+' : prev == 0x2212 || prev == 0xff0d ||
		    (text_is_han(prev) && cnum_is_numeral(prev)));
	return true;
}

/* The end of a URL that begins at "p", or "p". */
static const char *
url_end(const char *p, const char *end)
{
	if (!text_starts_with(p, end, "http://") && !text_starts_with(p, end,
	    "https://") && !text_starts_with(p, end, "www."))
		return p;
	while (p < end && (unsigned char)*p > ' ' && (unsigned char)*p < 0x80)
		p++;
	return p;
}

static struct shutu_numbers *
numbers_new(void)
{
	struct shutu_numbers	*ns = g_new0(struct shutu_numbers, 1);

	ns->numbers = g_array_new(FALSE, TRUE, sizeof(struct shutu_number));
	ns->strings = g_string_chunk_new(4096);
	return ns;
}

/* The scan proper, on text already checked to be UTF-8. */
static struct shutu_numbers *
find_checked(const char *text, size_t len)
{
	struct shutu_numbers	*ns = numbers_new();
	const char		*p = text, *end = text + len, *floor = text;
	const char		*q;
	struct numx		 x;
	gunichar		 c, prev = 0;
	size_t			 n, k, cp = 0;

	text_classes_init();
	while (p < end) {
		c = text_char(p, &n);
		if ((c == 'h' || c == 'w') && (q = url_end(p, end)) > p) {
			cp += (size_t)(q - p);		/* ASCII */
			p = q;
			prev = (gunichar)(unsigned char)q[-1];
			continue;
		}
		if (!may_start(p, end, c, prev)) {
			p += n;
			cp++;
			prev = c;
			continue;
		}
		if (!read_number(floor, p, end, prev, &x, &k)) {
			q = p + k;
			cp += text_cp_count(p, k);
			prev = text_char_before(p, q, &n);
			p = q;
			continue;
		}
		x.n.start = cp - text_cp_count(x.start, (size_t)(p - x.start));
		x.n.end = cp + text_cp_count(p, (size_t)(x.end - p));
		x.n.text = g_string_chunk_insert_len(ns->strings, x.start,
		    (gssize)x.n.len);
		g_array_append_val(ns->numbers, x.n);
		cp = x.n.end;
		prev = text_char_before(p, x.end, &n);
		p = floor = x.end;
	}
	return ns;
}

struct shutu_numbers *
shutu_numbers_find(const char *text, gssize len, GError **error)
{
	size_t	 n;

	g_return_val_if_fail(text != NULL || len == 0, NULL);
	n = len < 0 ? strlen(text) : (size_t)len;
	if (n > 0 && !util_check_utf8("<input>", text, n, error))
		return NULL;
	return find_checked(text != NULL ? text : "", n);
}

struct shutu_numbers *
shutu_numbers_find_file(const char *path, GError **error)
{
	struct shutu_numbers	*ns = NULL;
	char			*text = NULL;
	size_t			 len = 0;

	g_return_val_if_fail(path != NULL, NULL);
	if (!util_read_file(path, &text, &len, error))
		goto out;
	if (!util_check_utf8(strcmp(path, "-") == 0 ? "<stdin>" : path, text,
	    len, error))
		goto out;
	ns = find_checked(text, len);
	ns->source = g_string_chunk_insert(ns->strings, path);
out:
	g_free(text);
	return ns;
}

bool
shutu_number_parse(const char *s, gssize len, struct shutu_number *out,
    GError **error)
{
	const struct approx	*ap;
	const char		*p, *end;
	struct numx		 x;
	size_t			 n, k;
	gunichar		 prev = 0;

	g_return_val_if_fail(s != NULL && out != NULL, false);
	n = len < 0 ? strlen(s) : (size_t)len;
	if (n > 0 && !util_check_utf8("<number>", s, n, error))
		return false;
	text_classes_init();
	end = s + n;
	/* 约300, 上万, 第三: what comes before the numeral, forward */
	p = s;
	if ((ap = approx_at(s, end)) != NULL)
		p += strlen(ap->word);
	else if (text_starts_with(s, end, "第"))
		p += strlen("第");
	if (p > s)
		prev = text_char_before(s, p, &k);
	if (p < end && may_start(p, end, text_char(p, &k), prev) &&
	    read_number(s, p, end, prev, &x, &k) && x.start == s) {
		*out = x.n;
		out->text = NULL;
		out->start = 0;
		out->end = text_cp_count(s, x.n.len);
		return true;
	}
	/* Quote a few characters, cut between two of them. */
	for (p = s, k = 0; p < end && k < 8; k++)
		p = g_utf8_next_char(p);
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
	    "no number at the start of '%.*s%s'", (int)(p - s), s,
	    p < end ? "…" : "");
	return false;
}

void
shutu_numbers_free(struct shutu_numbers *ns)
{
	if (ns == NULL)
		return;
	g_array_free(ns->numbers, TRUE);
	g_string_chunk_free(ns->strings);
	g_free(ns);
}

size_t
shutu_numbers_count(const struct shutu_numbers *ns)
{
	g_return_val_if_fail(ns != NULL, 0);
	return ns->numbers->len;
}

const struct shutu_number *
shutu_numbers_get(const struct shutu_numbers *ns, size_t i)
{
	g_return_val_if_fail(ns != NULL && i < ns->numbers->len, NULL);
	return &g_array_index(ns->numbers, struct shutu_number, i);
}

const char *
shutu_numbers_get_source(const struct shutu_numbers *ns)
{
	g_return_val_if_fail(ns != NULL, NULL);
	return ns->source;
}

static const char *const kind_names[] = {
	[SHUTU_NUMBER_INTEGER] = "integer",
	[SHUTU_NUMBER_DECIMAL] = "decimal",
	[SHUTU_NUMBER_FRACTION] = "fraction",
	[SHUTU_NUMBER_PERCENT] = "percent",
	[SHUTU_NUMBER_ORDINAL] = "ordinal",
};

const char *
shutu_number_kind_name(enum shutu_number_kind k)
{
	return (size_t)k < G_N_ELEMENTS(kind_names) ? kind_names[k] : NULL;
}

char *
shutu_numbers_to_json(const struct shutu_numbers *ns)
{
	const struct shutu_number	*x;
	GString				*out;
	size_t				 i, n;

	g_return_val_if_fail(ns != NULL, NULL);
	out = g_string_new("{\n  \"source\": ");
	json_append_string(out, ns->source);
	g_string_append(out, ",\n  \"numbers\": [");
	n = shutu_numbers_count(ns);
	for (i = 0; i < n; i++) {
		x = shutu_numbers_get(ns, i);
		g_string_append(out, i == 0 ? "\n  {\n    \"text\": " :
		    ",\n  {\n    \"text\": ");
		json_append_string(out, x->text);
		g_string_append_printf(out, ",\n    \"start\": %zu,\n"
		    "    \"end\": %zu,\n    \"value\": ", x->start, x->end);
		json_append_number(out, x->value);
		g_string_append(out, ",\n    \"value_max\": ");
		json_append_number(out, x->value_max);
		g_string_append_printf(out, ",\n    \"approx\": \"%s\",\n"
		    "    \"kind\": \"%s\",\n    \"unit\": ",
		    shutu_approx_name(x->approx),
		    shutu_number_kind_name(x->kind));
		json_append_string(out, x->unit);
		g_string_append(out, "\n  }");
	}
	g_string_append(out, n > 0 ? "\n  ]\n}\n" : "]\n}\n");
	return g_string_free(out, FALSE);
}

char *
shutu_numbers_to_csv(const struct shutu_numbers *ns)
{
	const struct shutu_number	*x;
	GString				*out;
	size_t				 i, n;
	char				 num[32];

	g_return_val_if_fail(ns != NULL, NULL);
	out = g_string_new("source,text,start,end,value,value_max,approx,"
	    "kind,unit\r\n");
	n = shutu_numbers_count(ns);
	for (i = 0; i < n; i++) {
		x = shutu_numbers_get(ns, i);
		json_csv_field(out, ns->source, false);
		json_csv_field(out, x->text, false);
		snprintf(num, sizeof num, "%zu", x->start);
		json_csv_field(out, num, false);
		snprintf(num, sizeof num, "%zu", x->end);
		json_csv_field(out, num, false);
		json_csv_number(out, x->value);
		json_csv_number(out, x->value_max);
		json_csv_field(out, shutu_approx_name(x->approx), false);
		json_csv_field(out, shutu_number_kind_name(x->kind), false);
		json_csv_field(out, x->unit, true);
	}
	return g_string_free(out, FALSE);
}
