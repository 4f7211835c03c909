/* SPDX-License-Identifier: MIT */
/*
 * Timelines: dates of every precision read (one row per rule), written
 * the Chinese way (N8), bad specs refused with file:line:col, and dense
 * layouts in which no caption touches another caption or a pole.
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart/chart.h"
#include "chart/timeline.h"
#include "spec/spec.h"
#include "testutil.h"

#define P_DAY		SHUTU_PRECISION_DAY
#define P_MONTH		SHUTU_PRECISION_MONTH
#define P_YEAR		SHUTU_PRECISION_YEAR
#define P_SEASON	SHUTU_PRECISION_SEASON
#define P_PART		SHUTU_PRECISION_PART

/* Parts by their word, so rows do not depend on the table's order. */
static int
part_of(const char *word)
{
	const struct spec_part	*p;
	int			 i;

	if (word == NULL)
		return 0;
	for (i = 1; (p = spec_part_get(i)) != NULL; i++)
		if (strcmp(p->word, word) == 0)
			return i;
	g_assert_not_reached();
	return 0;
}

static const struct {
	const char	*in;
	int		 y, m, d;
	int		 precision;
	const char	*part;		/* the part's word, or NULL */
	const char	*why;		/* NULL: valid; else part of the reason */
} dates[] = {
	/* ISO 8601 with reduced precision */
	{ "2020-06-28",		2020, 6, 28,	P_DAY,		NULL, NULL },
	{ "2020-6-8",		2020, 6, 8,	P_DAY,		NULL, NULL },
	{ "2020-09",		2020, 9, 0,	P_MONTH,	NULL, NULL },
	{ "2020",		2020, 0, 0,	P_YEAR,		NULL, NULL },
	{ " 2020-06-28 ",	2020, 6, 28,	P_DAY,		NULL, NULL },
	{ "2020-02-29",		2020, 2, 29,	P_DAY,		NULL, NULL },
	/* Parts of a year as codes */
	{ "2020-H1",		2020, 0, 0,	P_PART,		"上半年", NULL },
	{ "2020-H2",		2020, 0, 0,	P_PART,		"下半年", NULL },
	{ "2020-Q1",		2020, 0, 0,	P_SEASON,	"一季度", NULL },
	{ "2020-Q4",		2020, 0, 0,	P_SEASON,	"四季度", NULL },
	/* Chinese */
	{ "2020年6月28日",	2020, 6, 28,	P_DAY,		NULL, NULL },
	{ "2020年6月28号",	2020, 6, 28,	P_DAY,		NULL, NULL },
	{ "2020年9月",		2020, 9, 0,	P_MONTH,	NULL, NULL },
	{ "2020年9月份",	2020, 9, 0,	P_MONTH,	NULL, NULL },
	{ "2020年",		2020, 0, 0,	P_YEAR,		NULL, NULL },
	{ "2020年度",		2020, 0, 0,	P_YEAR,		NULL, NULL },
	{ "２０２０年６月",	2020, 6, 0,	P_MONTH,	NULL, NULL },
	{ "2020年上半年",	2020, 0, 0,	P_PART,		"上半年", NULL },
	{ "2020年一季度",	2020, 0, 0,	P_SEASON,	"一季度", NULL },
	{ "2020年第三季度",	2020, 0, 0,	P_SEASON,	"三季度", NULL },
	{ "2020年前三季度",	2020, 0, 0,	P_PART,		"前三季度", NULL },
	{ "2020年初",		2020, 0, 0,	P_PART,		"年初", NULL },
	{ "2020年年初",		2020, 0, 0,	P_PART,		"年初", NULL },
	{ "2020年底",		2020, 0, 0,	P_PART,		"年底", NULL },
	{ "2020年末",		2020, 0, 0,	P_PART,		"年末", NULL },
	{ "2020年中",		2020, 0, 0,	P_PART,		"年中", NULL },
	{ "2020年冬季",		2020, 0, 0,	P_SEASON,	"冬季", NULL },
	/* Refused, with the reason */
	{ "2020-13-01",		0, 0, 0, 0,	NULL,	"month is not 1 to 12" },
	{ "2020-00",		0, 0, 0, 0,	NULL,	"month is not 1 to 12" },
	{ "2019-02-29",		0, 0, 0, 0,	NULL,	"no such day" },
	{ "2020-06-31",		0, 0, 0, 0,	NULL,	"no such day" },
	{ "2020年13月",		0, 0, 0, 0,	NULL,	"month is not 1 to 12" },
	{ "2020-H3",		0, 0, 0, 0,	NULL,	"halves" },
	{ "2020-Q5",		0, 0, 0, 0,	NULL,	"quarters" },
	{ "6月28日",		0, 0, 0, 0,	NULL,	"no year" },
	{ "--06-28",		0, 0, 0, 0,	NULL,	"no year" },
	{ "年初",		0, 0, 0, 0,	NULL,	"no year" },
	{ "20-06-28",		0, 0, 0, 0,	NULL,	"not a date" },
	{ "2020/06/28",		0, 0, 0, 0,	NULL,	"not a date" },
	{ "2020-06-28T10:00",	0, 0, 0, 0,	NULL,	"not a date" },
	{ "2020年下旬",		0, 0, 0, 0,	NULL,	"not a date" },
	{ "",			0, 0, 0, 0,	NULL,	"not a date" },
};

static void
test_date_parse(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(dates); i++) {
		struct spec_date	 d;
		const char		*why = NULL;
		bool			 ok;

		g_test_message("date: '%s'", dates[i].in);
		ok = spec_date_parse(dates[i].in, &d, &why);
		if (dates[i].why != NULL) {
			g_assert_false(ok);
			g_assert_nonnull(why);
			g_assert_nonnull(strstr(why, dates[i].why));
			continue;
		}
		g_assert_true(ok);
		g_assert_cmpint(d.year, ==, dates[i].y);
		g_assert_cmpint(d.month, ==, dates[i].m);
		g_assert_cmpint(d.day, ==, dates[i].d);
		g_assert_cmpint(d.precision, ==, dates[i].precision);
		g_assert_cmpint(d.part, ==, part_of(dates[i].part));
	}
}

/* The days a date covers: a month is all of it, 冬季 runs into next year. */
static const struct {
	const char	*in;
	const char	*first, *last;
} spans[] = {
	{ "2020-06-28",		"2020-06-28",	"2020-06-28" },
	{ "2020-02",		"2020-02-01",	"2020-02-29" },
	{ "2021-02",		"2021-02-01",	"2021-02-28" },
	{ "2020",		"2020-01-01",	"2020-12-31" },
	{ "2020-H1",		"2020-01-01",	"2020-06-30" },
	{ "2020-Q3",		"2020-07-01",	"2020-09-30" },
	{ "2020年初",		"2020-01-01",	"2020-02-29" },
	{ "2020年冬季",		"2020-12-01",	"2021-02-28" },
};

static int
jd(const char *iso)
{
	GDate	 g;
	int	 y, m, d;

	g_assert_cmpint(sscanf(iso, "%d-%d-%d", &y, &m, &d), ==, 3);
	g_date_clear(&g, 1);
	g_date_set_dmy(&g, d, m, y);
	return (int)g_date_get_julian(&g);
}

static void
test_date_days(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(spans); i++) {
		struct spec_date	 d;
		const char		*why;
		int			 f, l;

		g_test_message("days: '%s'", spans[i].in);
		g_assert_true(spec_date_parse(spans[i].in, &d, &why));
		spec_date_days(&d, &f, &l);
		g_assert_cmpint(f, ==, jd(spans[i].first));
		g_assert_cmpint(l, ==, jd(spans[i].last));
	}
}

/* N8: dates as Chinese publications write them, one row per rule. */
static const struct {
	const char	*date, *end;	/* end NULL: not a period */
	bool		 with_year;
	const char	*want;
} formats[] = {
	{ "2020-06-28",	NULL,		false,	"6月28日" },
	{ "2020-06-28",	NULL,		true,	"2020年6月28日" },
	{ "2020-09",	NULL,		false,	"9月" },
	{ "2020-09",	NULL,		true,	"2020年9月" },
	{ "2020",	NULL,		false,	"2020年" },	/* a year is its year */
	{ "2020-H1",	NULL,		false,	"上半年" },
	{ "2020-H1",	NULL,		true,	"2020年上半年" },
	{ "2020-Q1",	NULL,		true,	"2020年一季度" },
	{ "2020年第一季度", NULL,	false,	"一季度" },	/* one spelling */
	{ "2020年年初",	NULL,		true,	"2020年初" },	/* not 年年初 */
	{ "2020年初",	NULL,		false,	"年初" },
	{ "2020年底",	NULL,		true,	"2020年底" },
	{ "2020年前三季度", NULL,	true,	"2020年前三季度" },
	/* Periods: time spans with 一字线 (GB/T 15835 5.1.3, N7) */
	{ "2019",	"2024",		false,	"2019—2024年" },
	{ "2020-06",	"2020-09",	false,	"6—9月" },
	{ "2020-06",	"2020-09",	true,	"2020年6—9月" },
	{ "2020-06-23",	"2020-06-29",	false,	"6月23—29日" },
	{ "2020-06-28",	"2020-07-03",	false,	"6月28日—7月3日" },
	{ "2020-06-28",	"2020-07-03",	true,	"2020年6月28日—7月3日" },
	{ "2020-06",	"2021-03",	false,	"2020年6月—2021年3月" },
	{ "2020-12-28",	"2021-01-03",	false,	"2020年12月28日—2021年1月3日" },
	{ "2020-Q1",	"2020-Q3",	true,	"2020年一季度—三季度" },
	{ "2020",	"2020-06",	false,	"2020年—2020年6月" },
};

static void
test_date_format(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(formats); i++) {
		struct spec_event	 e;
		const char		*why;
		char			*got;

		memset(&e, 0, sizeof e);
		g_assert_true(spec_date_parse(formats[i].date, &e.date, &why));
		if (formats[i].end != NULL)
			g_assert_true(spec_date_parse(formats[i].end, &e.end,
			    &why));
		got = timeline_event_date(&e, formats[i].with_year);
		g_test_message("format: %s %s -> %s", formats[i].date,
		    formats[i].end ? formats[i].end : "", got);
		g_assert_cmpstr(got, ==, formats[i].want);
		g_free(got);
	}
}

/* Bad specs: each refused with its place and its reason. */
static const struct {
	const char	*json;
	const char	*where;		/* "line:col": where json-glib ends the node */
	const char	*what;		/* part of the message */
} errors[] = {
	{ "{\"type\":\"timeline\",\"title\":\"t\"}",
	  "1:1", "missing \"events\"" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\n\"events\":[]}",
	  "2:10", "empty" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":{}}",
	  "1:41", "expected an array" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[3]}",
	  "1:42", "event 1: expected an object" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020-13-01\",\"text\":\"x\"}]}",
	  "2:21", "the month is not 1 to 12" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020-06-28\",\"text\":\"a\"},\n"
	  "{\"date\":\"2021-02-29\",\"text\":\"b\"}]}",
	  "3:21", "event 2: \"date\": '2021-02-29': there is no such day" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"text\":\"x\"}]}",
	  "2:1", "missing \"date\"" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"6月28日\",\"text\":\"x\"}]}",
	  "2:16", "no year" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":true,\"text\":\"x\"}]}",
	  "2:13", "expected a date" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":20.5,\"text\":\"x\"}]}",
	  "2:13", "not a year" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020-06\",\"end\":\"2020-05\",\"text\":\"x\"}]}",
	  "2:34", "\"end\" is before \"date\"" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020-06-28\",\"end\":\"2020-06-28\",\"text\":\"x\"}]}",
	  "2:40", "the same as" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020-06-28\"}]}",
	  "2:1", "missing \"text\"" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020-06-28\",\"text\":42}]}",
	  "2:30", "\"text\": expected a string, found a number" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020-06-28\",\"text\":\"  \"}]}",
	  "2:32", "\"text\" is empty" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020-06-28\",\"txt\":\"x\"}]}",
	  "2:30", "unknown member 'txt'" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020\",\"part\":\"下旬\",\"text\":\"x\"}]}",
	  "2:27", "unknown part of a year" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020-06\",\"part\":\"H1\",\"text\":\"x\"}]}",
	  "2:30", "needs a year" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"events\":[\n"
	  "{\"date\":\"2020\",\"text\":\"x\",\"highlight\":\"yes\"}]}",
	  "2:43", "expected true or false" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"highlight\":5,\n"
	  "\"events\":[{\"date\":\"2020\",\"text\":\"x\"}]}",
	  "1:45", "not an event number" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"highlight\":\"2021\",\n"
	  "\"events\":[{\"date\":\"2020\",\"text\":\"x\"}]}",
	  "1:50", "no event has" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"even\":1,\n"
	  "\"events\":[{\"date\":\"2020\",\"text\":\"x\"}]}",
	  "1:40", "\"even\": expected true or false" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"data\":[],\n"
	  "\"events\":[{\"date\":\"2020\",\"text\":\"x\"}]}",
	  "1:39", "\"data\" is for bar charts" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"facts\":\"f.json\",\n"
	  "\"events\":[{\"date\":\"2020\",\"text\":\"x\"}]}",
	  "1:48", "not both" },
	{ "{\"type\":\"timeline\",\"title\":\"t\",\"facts\":\"no-such.json\"}",
	  "1:53", "\"facts\"" },
};

static void
test_errors(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(errors); i++) {
		GError			*error = NULL;
		struct shutu_chart	*c;
		char			*where;

		g_test_message("error: %s", errors[i].json);
		c = shutu_chart_parse(errors[i].json, -1, "t.json", &error);
		g_assert_null(c);
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
		g_test_message("-> %s", error->message);
		where = g_strdup_printf("t.json:%s: ", errors[i].where);
		g_assert_true(g_str_has_prefix(error->message, where));
		g_assert_nonnull(strstr(error->message, errors[i].what));
		g_free(where);
		g_error_free(error);
	}
}

/* 201 events: too many for one timeline. */
static void
test_too_many(void)
{
	GString			*s = g_string_new("{\"type\":\"timeline\","
				    "\"title\":\"t\",\"events\":[");
	GError			*error = NULL;
	struct shutu_chart	*c;
	int			 i;

	for (i = 0; i <= SPEC_EVENT_LIMIT; i++)
		g_string_append_printf(s, "%s{\"date\":\"%d\",\"text\":\"x\"}",
		    i ? "," : "", 1800 + i);
	g_string_append(s, "]}");
	c = shutu_chart_parse(s->str, -1, "t.json", &error);
	g_assert_null(c);
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
	g_assert_nonnull(strstr(error->message, "too many"));
	g_error_free(error);
	g_string_free(s, TRUE);
}

/*
 * Beyond layout_check (text on text, canvas): no pole or leader runs
 * through any text, so every caption can be read and traced.
 */
static void
check_lines(const struct layout *l)
{
	size_t	 i, j;

	for (i = 0; i < l->boxes->len; i++) {
		const struct box	*a = g_ptr_array_index(l->boxes, i);
		double			 x0, x1, y0, y1;

		if (a->kind != BOX_LINE || (strcmp(a->role, "pole") != 0 &&
		    strcmp(a->role, "leader") != 0))
			continue;
		x0 = fmin(a->x, a->x + a->w) - a->line_width / 2;
		x1 = fmax(a->x, a->x + a->w) + a->line_width / 2;
		y0 = fmin(a->y, a->y + a->h);
		y1 = fmax(a->y, a->y + a->h);
		for (j = 0; j < l->boxes->len; j++) {
			const struct box *b = g_ptr_array_index(l->boxes, j);

			if (b->kind != BOX_TEXT)
				continue;
			if (x0 < b->x + b->w - 0.1 && b->x < x1 - 0.1 &&
			    y0 < b->y + b->h - 0.1 && b->y < y1 - 0.1)
				g_error("%s at (%.1f,%.1f)-(%.1f,%.1f) runs "
				    "through \"%s\" at (%.1f,%.1f) %.1fx%.1f",
				    a->role, x0, y0, x1, y1, b->text, b->x,
				    b->y, b->w, b->h);
		}
	}
}

static const char *const captions[] = {
	"市领导赴紫荆网络信息安全科技园调研国家网络安全宣传周筹备工作",
	"省领导到新华三、向心办通信等企业调研",
	"企业家接待日，20余家企业代表齐聚天健湖，参观学习科技园",
	"第四届“强网杯”全国网络安全挑战赛开赛",
	"须水河南支公园整治完成",
	"办事处300余名党员干部及789名志愿者冲锋在前，日夜坚守一线",
};

/* A spec of "n" events from "date(i)"; "extra" goes into the root. */
static struct layout *
lay_out(size_t n, char *(*date)(size_t), const char *extra,
    struct spec **out)
{
	GString		*s = g_string_new(NULL);
	GError		*error = NULL;
	struct spec	*sp;
	struct layout	*l;
	size_t		 i;

	g_string_printf(s, "{\"type\":\"timeline\",\"title\":\"测试时间轴："
	    "密集事件也不重叠\",\"source\":\"测试\"%s,\"events\":[", extra);
	for (i = 0; i < n; i++) {
		char	*d = date(i);

		g_string_append_printf(s, "%s{%s,\"text\":\"%s\"%s}",
		    i ? "," : "", d, captions[i % G_N_ELEMENTS(captions)],
		    i == n / 2 ? ",\"highlight\":true" : "");
		g_free(d);
	}
	g_string_append(s, "]}");
	sp = spec_parse(s->str, -1, "dense.json", &error);
	g_assert_no_error(error);
	l = timeline_layout(sp, &error);
	g_assert_no_error(error);
	g_assert_nonnull(l);
	g_assert_true(layout_check(l, &error));
	g_assert_no_error(error);
	check_lines(l);
	g_string_free(s, TRUE);
	*out = sp;
	return l;
}

static char *
week(size_t i)
{
	return g_strdup_printf("\"date\":\"2020-06-%02zu\"", 22 + i % 7);
}

static char *
same_day(size_t i)
{
	return g_strdup("\"date\":\"2020-06-28\"");
}

static char *
forty(size_t i)
{
	/* Days, months, parts and periods over three years. */
	switch (i % 5) {
	case 0:
		return g_strdup_printf("\"date\":\"%zu-%02zu-%02zu\"",
		    2018 + i / 15, 1 + i % 12, 1 + i % 28);
	case 1:
		return g_strdup_printf("\"date\":\"%zu-%02zu\"", 2018 + i / 15,
		    1 + i % 12);
	case 2:
		return g_strdup_printf("\"date\":\"%zu-H%zu\"", 2018 + i / 15,
		    1 + i % 2);
	case 3:
		return g_strdup_printf("\"date\":\"%zu年初\"", 2018 + i / 15);
	default:
		return g_strdup_printf("\"date\":\"%zu-%02zu\",\"end\":"
		    "\"%zu-%02zu\"", 2018 + i / 15, 1 + i % 6, 2018 + i / 15,
		    7 + i % 6);
	}
}

static char *
one(size_t i)
{
	return g_strdup("\"date\":\"2020-06-28\"");
}

static char *
decades(size_t i)
{
	return g_strdup_printf("\"date\":%zu", 1949 + i * 10);
}

static const struct {
	const char	*name;
	size_t		 n;
	char		*(*date)(size_t);
} dense[] = {
	{ "10 events in one week",	10,	week },
	{ "identical dates",		6,	same_day },
	{ "40 events",			40,	forty },
	{ "one event",			1,	one },
	{ "years",			8,	decades },
};

static const char *const modes[] = {
	"",
	",\"even\":true",
	",\"vertical\":true",
	",\"vertical\":true,\"even\":true,\"theme\":\"party\"",
	",\"theme\":\"party\",\"size\":{\"width\":120,\"unit\":\"mm\"}",
	",\"vertical\":true,\"size\":{\"width\":1080,\"unit\":\"px\"}",
};

static void
test_dense(void)
{
	size_t	 i, m;

	for (i = 0; i < G_N_ELEMENTS(dense); i++)
		for (m = 0; m < G_N_ELEMENTS(modes); m++) {
			struct spec	*sp;
			struct layout	*l;

			g_test_message("dense: %s%s", dense[i].name, modes[m]);
			l = lay_out(dense[i].n, dense[i].date, modes[m], &sp);
			layout_free(l);
			spec_free(sp);
		}
}

/* Count text boxes of "role" whose text is "text" (NULL: any). */
static size_t
count(const struct layout *l, const char *role, const char *text)
{
	size_t	 i, n = 0;

	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (b->kind == BOX_TEXT && strcmp(b->role, role) == 0 &&
		    (text == NULL || strcmp(b->text, text) == 0))
			n++;
	}
	return n;
}

/* Every caption drawn once; the year on the first date only (N8). */
static void
test_captions(void)
{
	struct spec	*sp;
	struct layout	*l = lay_out(10, week, "", &sp);

	g_assert_cmpuint(count(l, "event", NULL), ==, 10);
	g_assert_cmpuint(count(l, "date", "2020年6月22日"), ==, 1);
	/* 22, 23, 24 twice; the second 22 without its year. */
	g_assert_cmpuint(count(l, "date", "6月22日"), ==, 1);
	g_assert_cmpuint(count(l, "date", "6月23日"), ==, 2);
	g_assert_cmpuint(count(l, "date", "2020年6月23日"), ==, 0);
	layout_free(l);
	spec_free(sp);
	l = lay_out(8, decades, "", &sp);
	g_assert_cmpuint(count(l, "date", "1949年"), ==, 1);
	g_assert_cmpuint(count(l, "date", "2019年"), ==, 1);
	layout_free(l);
	spec_free(sp);
}

/* A given height that cannot hold the captions is refused, not clipped. */
static void
test_fixed_height(void)
{
	GError		*error = NULL;
	struct spec	*sp;
	GString		*s = g_string_new("{\"type\":\"timeline\",\"title\":\"t\","
			    "\"size\":{\"width\":600,\"height\":200,\"unit\":"
			    "\"pt\"},\"events\":[");
	size_t		 i;

	for (i = 0; i < 12; i++)
		g_string_append_printf(s, "%s{\"date\":\"2020-06-%02zu\","
		    "\"text\":\"%s\"}", i ? "," : "", 10 + i, captions[0]);
	g_string_append(s, "]}");
	sp = spec_parse(s->str, -1, "h.json", &error);
	g_assert_no_error(error);
	g_assert_null(timeline_layout(sp, &error));
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
	g_assert_nonnull(strstr(error->message, "do not fit"));
	g_error_free(error);
	spec_free(sp);
	g_string_free(s, TRUE);
}

static void
test_alt(void)
{
	static const char json[] = "{\"type\":\"timeline\",\"title\":\"沟赵"
	    "大事\",\"source\":\"沟赵办事处\",\"highlight\":2,\"events\":["
	    "{\"date\":\"2020-09\",\"text\":\"强网杯开赛\"},"
	    "{\"date\":\"2020-06-28\",\"text\":\"省领导调研\"},"
	    "{\"date\":\"2020年初\",\"text\":\"战疫\"}]}";
	GError			*error = NULL;
	struct shutu_chart	*c = shutu_chart_parse(json, -1, "a.json",
				    &error);
	char			*alt;

	g_assert_no_error(error);
	alt = shutu_chart_alt_text(c, &error);
	g_assert_no_error(error);
	g_test_message("alt: %s", alt);
	g_assert_cmpstr(alt, ==, "时间轴：沟赵大事。共3个事件，最早为2020年初，"
	    "最晚为2020年9月。重点：2020年6月28日，省领导调研。数据来源："
	    "沟赵办事处。");
	g_free(alt);
	shutu_chart_free(c);
}

/* Date facts: parts of the year from the words, ids, duplicates. */
static void
test_facts(void)
{
	char		*path = test_source_path("charts/timeline-gouzhao-facts."
			    "json");
	char		*data, *json;
	GError		*error = NULL;
	struct spec	*sp;
	size_t		 len, i;
	bool		 early = false;

	g_assert_true(g_file_get_contents(path, &data, &len, NULL));
	sp = spec_parse(data, len, path, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(sp->nevents, ==, 6);	/* the quantity is no event */
	for (i = 0; i < sp->nevents; i++) {
		const struct spec_event *e = &sp->events[i];

		if (e->date.part == part_of("年初"))
			early = e->date.precision == P_PART;
		if (strcmp(e->date_text, "6月29日") == 0)
			g_assert_true(e->highlight);
		else
			g_assert_false(e->highlight);
	}
	g_assert_true(early);
	spec_free(sp);
	/* Choosing by id, highlighting by date. */
	json = g_strdup_printf("{\"type\":\"timeline\",\"title\":\"t\","
	    "\"facts\":\"%s\",\"select\":{\"ids\":[\"d2\",\"d3\"]},"
	    "\"highlight\":\"2020-06-28\"}", "data/timeline-gouzhao-facts.json");
	sp = spec_parse(json, -1, path, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(sp->nevents, ==, 2);
	g_assert_false(sp->events[0].highlight);
	g_assert_true(sp->events[1].highlight);
	spec_free(sp);
	g_free(json);
	g_free(data);
	g_free(path);
}

int
main(int argc, char *argv[])
{
	setlocale(LC_ALL, "C.UTF-8");
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/timeline/date-parse", test_date_parse);
	g_test_add_func("/timeline/date-days", test_date_days);
	g_test_add_func("/timeline/date-format", test_date_format);
	g_test_add_func("/timeline/errors", test_errors);
	g_test_add_func("/timeline/too-many", test_too_many);
	g_test_add_func("/timeline/dense", test_dense);
	g_test_add_func("/timeline/captions", test_captions);
	g_test_add_func("/timeline/fixed-height", test_fixed_height);
	g_test_add_func("/timeline/alt", test_alt);
	g_test_add_func("/timeline/facts", test_facts);
	return g_test_run();
}
