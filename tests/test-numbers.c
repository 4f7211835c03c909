/* SPDX-License-Identifier: MIT */
/*
 * The numbers of a text (shutu extract --numbers) and the numeral parser
 * of the public API: one row per form of issue 10, then what is no
 * number, the outputs and bad input.
 */
#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "shutu.h"
#include "testutil.h"

#define A(x)	SHUTU_APPROX_##x
#define K(x)	SHUTU_NUMBER_##x

/* shutu_number_parse(): the number at the start of the text. */
static const struct {
	const char		*text;
	double			 value, value_max;	/* NAN: no range */
	enum shutu_approx	 approx;
	enum shutu_number_kind	 kind;
	const char		*unit;
	size_t			 len;			/* bytes read */
} parses[] = {
	{ "十余万人",		1e5, NAN, A(OVER), K(INTEGER), "", 9 },
	{ "二十余亿元",		2e9, NAN, A(OVER), K(INTEGER), "", 12 },
	{ "一百多万元",		1e6, NAN, A(OVER), K(INTEGER), "", 12 },
	{ "近万名",		1e4, NAN, A(ABOUT), K(INTEGER), "", 6 },
	{ "上万人",		1e4, NAN, A(OVER), K(INTEGER), "", 6 },
	{ "数十万人",		1e5, 9e5, A(ABOUT), K(INTEGER), "", 9 },
	{ "几十家",		10, 90, A(ABOUT), K(INTEGER), "", 6 },
	{ "十几名",		11, 19, A(ABOUT), K(INTEGER), "", 6 },
	{ "两三百人",		200, 300, A(EXACT), K(INTEGER), "", 9 },
	{ "成千上万的人",	1000, 1e4, A(ABOUT), K(INTEGER), "", 12 },
	{ "约300人",		300, NAN, A(ABOUT), K(INTEGER), "", 6 },
	{ "300多人",		300, NAN, A(OVER), K(INTEGER), "", 6 },
	{ "40左右",		40, NAN, A(ABOUT), K(INTEGER), "", 8 },
	{ "不到50户",		50, NAN, A(UNDER), K(INTEGER), "", 8 },
	{ "十块三毛",		10.3, NAN, A(EXACT), K(DECIMAL), "元", 12 },
	{ "一块五",		1.5, NAN, A(EXACT), K(DECIMAL), "元", 9 },
	{ "3.5万亿元",		3.5e12, NAN, A(EXACT), K(INTEGER), "", 9 },
	{ "1,234,567",		1234567, NAN, A(EXACT), K(INTEGER), "", 9 },
	{ "３５．９７",		35.97, NAN, A(EXACT), K(DECIMAL), "", 15 },
	{ "零点五",		0.5, NAN, A(EXACT), K(DECIMAL), "", 9 },
	{ "负三",		-3, NAN, A(EXACT), K(INTEGER), "", 6 },
	{ "百分之零点五",	0.5, NAN, A(EXACT), K(PERCENT), "%", 18 },
	{ "30%",		30, NAN, A(EXACT), K(PERCENT), "%", 3 },
	{ "三成",		30, NAN, A(EXACT), K(PERCENT), "%", 6 },
	{ "八折",		80, NAN, A(EXACT), K(PERCENT), "%", 6 },
	{ "1.6个百分点",	1.6, NAN, A(EXACT), K(PERCENT), "个百分点", 15 },
	{ "千分之三",		0.003, NAN, A(EXACT), K(FRACTION), "", 12 },
	{ "三分之二",		2.0 / 3, NAN, A(EXACT), K(FRACTION), "", 12 },
	{ "第三名",		3, NAN, A(EXACT), K(ORDINAL), "", 6 },
	{ "二〇二〇年",		2020, NAN, A(EXACT), K(INTEGER), "", 12 },
	{ "6~8万元",		6e4, 8e4, A(EXACT), K(INTEGER), "", 6 },
};

static void
test_parse(void)
{
	struct shutu_number	 n;
	GError			*error = NULL;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(parses); i++) {
		g_test_message("case %zu: %s", i, parses[i].text);
		g_assert_true(shutu_number_parse(parses[i].text, -1, &n,
		    &error));
		g_assert_no_error(error);
		g_assert_cmpfloat_with_epsilon(n.value, parses[i].value,
		    1e-9 * fabs(parses[i].value));
		if (isnan(parses[i].value_max))
			g_assert_true(isnan(n.value_max));
		else
			g_assert_cmpfloat(n.value_max, ==, parses[i].value_max);
		g_assert_cmpstr(shutu_approx_name(n.approx), ==,
		    shutu_approx_name(parses[i].approx));
		g_assert_cmpstr(shutu_number_kind_name(n.kind), ==,
		    shutu_number_kind_name(parses[i].kind));
		g_assert_cmpstr(n.unit, ==, parses[i].unit);
		g_assert_cmpuint(n.len, ==, parses[i].len);
		g_assert_cmpuint(n.end, ==, g_utf8_strlen(parses[i].text,
		    (gssize)parses[i].len));
		g_assert_null(n.text);
	}
}

/* No number starts these: words, a bare scale, nothing, bad UTF-8. */
static void
test_parse_errors(void)
{
	static const char *const none[] = {
		"一切", "统一", "四川", "万", "万万", "上午", "几个人", "数据",
		"负责", "成为", "十分重要", "", "abc",
	};
	struct shutu_number	 n;
	GError			*error = NULL;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(none); i++) {
		g_test_message("case %zu: %s", i, none[i]);
		g_assert_false(shutu_number_parse(none[i], -1, &n, &error));
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
		g_assert_true(g_str_has_prefix(error->message,
		    "no number at the start of"));
		g_clear_error(&error);
	}
	/* The length is the caller's: 三十 read as 三 */
	g_assert_true(shutu_number_parse("三十", 3, &n, NULL));
	g_assert_cmpfloat(n.value, ==, 3);
	g_assert_false(shutu_number_parse("12\377", 3, &n, &error));
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
	g_clear_error(&error);
}

/*
 * shutu_numbers_find(): every number with its text; "want" lists them as
 * "text=value" (a range "text=lo..hi"), separated by spaces.
 */
static const struct {
	const char	*text;
	const char	*want;
} finds[] = {
	{ "参与群众十余万人，投资二十余亿元。", "十余万=100000 二十余亿=2000000000" },
	{ "近万名群众和上万名志愿者。", "近万=10000 上万=10000" },
	{ "花了十块三毛，还剩一块五。", "十块三毛=10.3 一块五=1.5" },
	{ "数十万人，几十家企业，十几名干部。",
	    "数十万=100000..900000 几十=10..90 十几=11..19" },
	/* bare numbers, digits, years: all listed */
	{ "三百五十, 1, 234, 567, 二〇二〇", "三百五十=350 1=1 234=234 567=567 二〇二〇=2020" },
	{ "2020年6月28日", "2020=2020 6=6 28=28" },
	{ "第一名第二名", "第一=1 第二=2" },
	{ "增长30%，占三成，提高1.6个百分点。", "30%=30 三成=30 1.6个百分点=1.6" },
	{ "两千零五十，一万零三百，壹仟贰佰", "两千零五十=2050 一万零三百=10300 壹仟贰佰=1200" },
	/* what is no number */
	{ "一切都统一了，四川陆地十分辽阔。", "" },
	{ "G20和5G，PM2.5，长10km。", "10=10" },
	{ "见 https://a.cn/x?q=30%2020 页", "" },
	{ "三五成群，一波三折，十四五规划", "" },
	{ "人数十万人，有数十万人", "十万=100000 数十万=100000..900000" },
};

static char *
describe(const struct shutu_numbers *ns, const char *text)
{
	GString	*out = g_string_new(NULL);
	size_t	 i;

	for (i = 0; i < shutu_numbers_count(ns); i++) {
		const struct shutu_number	*x = shutu_numbers_get(ns, i);
		const char			*s, *e;

		/* start and end are code points of the text, and say the text */
		s = g_utf8_offset_to_pointer(text, (glong)x->start);
		e = g_utf8_offset_to_pointer(text, (glong)x->end);
		g_assert_cmpuint((size_t)(e - s), ==, x->len);
		g_assert_cmpint(strncmp(s, x->text, x->len), ==, 0);
		g_string_append_printf(out, "%s%s=%.10g", i > 0 ? " " : "",
		    x->text, x->value);
		if (!isnan(x->value_max))
			g_string_append_printf(out, "..%.10g", x->value_max);
	}
	return g_string_free(out, FALSE);
}

static void
test_find(void)
{
	struct shutu_numbers	*ns;
	GError			*error = NULL;
	char			*got;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(finds); i++) {
		g_test_message("case %zu: %s", i, finds[i].text);
		ns = shutu_numbers_find(finds[i].text, -1, &error);
		g_assert_no_error(error);
		got = describe(ns, finds[i].text);
		g_assert_cmpstr(got, ==, finds[i].want);
		g_free(got);
		shutu_numbers_free(ns);
	}
	g_assert_null(shutu_numbers_find("ab\377", 3, &error));
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
	g_clear_error(&error);
	shutu_numbers_free(NULL);
}

/* The JSON reads back with every field; CSV and the table have them too. */
static void
test_outputs(void)
{
	const char		*text = "约300人，十块三毛，第三。";
	struct shutu_numbers	*ns;
	JsonParser		*parser;
	JsonArray		*arr;
	JsonObject		*o;
	GError			*error = NULL;
	char			*json, *csv, *table;

	ns = shutu_numbers_find(text, -1, &error);
	g_assert_no_error(error);
	g_assert_null(shutu_numbers_get_source(ns));
	json = shutu_numbers_to_json(ns);
	parser = json_parser_new();
	g_assert_true(json_parser_load_from_data(parser, json, -1, &error));
	g_assert_no_error(error);
	o = json_node_get_object(json_parser_get_root(parser));
	g_assert_true(json_node_is_null(json_object_get_member(o, "source")));
	arr = json_object_get_array_member(o, "numbers");
	g_assert_cmpuint(json_array_get_length(arr), ==, 3);
	o = json_array_get_object_element(arr, 0);
	g_assert_cmpstr(json_object_get_string_member(o, "text"), ==, "约300");
	g_assert_cmpint(json_object_get_int_member(o, "start"), ==, 0);
	g_assert_cmpint(json_object_get_int_member(o, "end"), ==, 4);
	g_assert_cmpfloat(json_object_get_double_member(o, "value"), ==, 300);
	g_assert_true(json_node_is_null(json_object_get_member(o,
	    "value_max")));
	g_assert_cmpstr(json_object_get_string_member(o, "approx"), ==,
	    "about");
	g_assert_cmpstr(json_object_get_string_member(o, "kind"), ==,
	    "integer");
	o = json_array_get_object_element(arr, 1);
	g_assert_cmpfloat(json_object_get_double_member(o, "value"), ==, 10.3);
	g_assert_cmpstr(json_object_get_string_member(o, "unit"), ==, "元");
	o = json_array_get_object_element(arr, 2);
	g_assert_cmpstr(json_object_get_string_member(o, "kind"), ==,
	    "ordinal");
	g_object_unref(parser);
	csv = shutu_numbers_to_csv(ns);
	g_assert_true(g_str_has_prefix(csv, "source,text,start,end,value,"
	    "value_max,approx,kind,unit\r\n"));
	g_assert_nonnull(strstr(csv, ",十块三毛,6,10,10.3,,exact,decimal,元\r\n"));
	table = shutu_numbers_to_table(ns);
	g_assert_nonnull(strstr(table, "约300"));
	g_assert_nonnull(strstr(table, "第三"));
	g_free(json);
	g_free(csv);
	g_free(table);
	shutu_numbers_free(ns);
}

/*
 * The table writes values as the charts do (万/亿, 余, ranges, %), but
 * never rounds one to do so, and wraps the text to a width.
 */
static void
test_table(void)
{
	static const struct {
		const char	*text;
		const char	*row;	/* the first number's line */
	} rows[] = {
		{ "投资34567000000元", "345.67  亿    integer  34567000000" },
		{ "十余万人", "10余  万    integer  十余万" },
		{ "三四十", "30～40  -     integer  三四十" },
		{ "百分之三十", "30%  -     percent  百分之三十" },
		{ "三分之二", "2/3  -     fraction  三分之二" },
		{ "1.6个百分点", "1.6  个百分点  percent  1.6个百分点" },
		/* 亿 would round it to 138.1235: digits, grouped */
		{ "电话13812345678", "13,812,345,678  -     integer  13812345678" },
		{ "第100000", "100,000  -     ordinal  第100000" },
	};
	struct shutu_numbers	*ns;
	char			*table, *narrow, **lines;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		ns = shutu_numbers_find(rows[i].text, -1, NULL);
		g_assert_nonnull(ns);
		table = shutu_numbers_to_table(ns);
		lines = g_strsplit(table, "\n", -1);
		g_assert_nonnull(lines[0]);
		if (g_strcmp0(lines[1], rows[i].row) != 0)
			g_test_message("%s:\n%s", rows[i].text, table);
		g_assert_cmpstr(lines[1], ==, rows[i].row);
		g_strfreev(lines);
		g_free(table);
		shutu_numbers_free(ns);
	}
	/* A long text wraps in its column, within the width. */
	ns = shutu_numbers_find("一千二百三十四万五千六百七十八", -1, NULL);
	g_assert_nonnull(ns);
	table = shutu_numbers_to_table(ns);
	g_assert_nonnull(strstr(table, "1234.5678  万"));
	narrow = shutu_numbers_to_table_width(ns, 40);
	lines = g_strsplit(narrow, "\n", -1);
	for (i = 0; lines[i] != NULL; i++) {
		const char	*p;
		size_t		 w = 0;

		for (p = lines[i]; *p != '\0'; p = g_utf8_next_char(p))
			w += g_unichar_iswide(g_utf8_get_char(p)) ? 2 : 1;
		g_assert_cmpuint(w, <=, 40);
	}
	/* The header, three lines of the number, and the final "". */
	g_assert_cmpuint(i, ==, 5);
	g_assert_true(g_str_has_suffix(lines[1], "integer  一千二百三十四"));
	g_strfreev(lines);
	/* Too narrow to wrap in: as with no width at all. */
	g_free(narrow);
	narrow = shutu_numbers_to_table_width(ns, 10);
	g_assert_cmpstr(narrow, ==, table);
	g_free(narrow);
	g_free(table);
	shutu_numbers_free(ns);
}

/* Facts keep their contract: bare numbers and ordinals are still none. */
static void
test_facts_unchanged(void)
{
	const char		*text = "三百五十，1, 234, 567，第三名，二〇二〇。";
	struct shutu_facts	*facts;
	struct shutu_numbers	*ns;

	facts = shutu_facts_extract(text, strlen(text), 2020, NULL);
	g_assert_cmpuint(shutu_facts_count(facts), ==, 0);
	ns = shutu_numbers_find(text, -1, NULL);
	g_assert_cmpuint(shutu_numbers_count(ns), ==, 6);
	shutu_facts_free(facts);
	shutu_numbers_free(ns);
}

int
main(int argc, char *argv[])
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/numbers/parse", test_parse);
	g_test_add_func("/numbers/parse-errors", test_parse_errors);
	g_test_add_func("/numbers/find", test_find);
	g_test_add_func("/numbers/outputs", test_outputs);
	g_test_add_func("/numbers/table", test_table);
	g_test_add_func("/numbers/facts-unchanged", test_facts_unchanged);
	return g_test_run();
}
