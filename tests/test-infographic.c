/* SPDX-License-Identifier: MIT */
/*
 * Infographics: the pictogram rules, every pictogram drawn inside its
 * box, layouts of the hard cases (checked for overlap, for text inside
 * its card and for nothing off the canvas), and errors for bad specs.
 */
#include <math.h>
#include <string.h>

#include <cairo.h>

#include "chart/chart.h"
#include "chart/pictogram.h"
#include "render/render.h"
#include "spec/spec.h"
#include "testutil.h"

static const struct {
	enum shutu_dim	 dim;
	const char	*unit, *label;
	const char	*icon;
} choose_cases[] = {
	/* Label keywords first. */
	{ SHUTU_DIM_COUNT,	"名",	"志愿者",	"volunteer" },
	{ SHUTU_DIM_COUNT,	"名",	"党员干部",	"person" },
	{ SHUTU_DIM_COUNT,	"人",	"常住人口",	"group" },
	{ SHUTU_DIM_COUNT,	"家",	"企业代表",	"building" },
	{ SHUTU_DIM_PERCENT,	"%",	"同比增长",	"chart-up" },
	{ SHUTU_DIM_COUNT,	"名",	"二级路长",	"person" },
	{ SHUTU_DIM_COUNT,	"名",	"路段巡查员",	"person" },
	{ SHUTU_DIM_MONEY,	"元",	"重点项目总投资", "money" },
	{ SHUTU_DIM_COUNT,	"项",	"共建项目",	"project" },
	{ SHUTU_DIM_COUNT,	"对",	"共建关系",	"handshake" },
	{ SHUTU_DIM_COUNT,	"个",	"党支部",	"flag" },
	{ SHUTU_DIM_COUNT,	"个",	"产业园",	"factory" },
	{ SHUTU_DIM_VOLUME,	"立方米", "清运垃圾",	"cleanup" },
	{ SHUTU_DIM_AREA,	"平方米", "绿化",	"tree" },
	{ SHUTU_DIM_LENGTH,	"公里",	"须水河治理",	"water" },
	{ SHUTU_DIM_COUNT,	"条",	"道路",		"road" },
	{ SHUTU_DIM_COUNT,	"个",	"监测点",	"pin" },
	{ SHUTU_DIM_COUNT,	"户",	"贫困户",	"home" },
	{ SHUTU_DIM_COUNT,	"次",	"交通秩序综合整治", "event" },
	{ SHUTU_DIM_AREA,	"平方公里", "面积",	"area" },
	{ SHUTU_DIM_COUNT,	"栋",	"高层楼宇",	"building" },
	/* Then the dimension. */
	{ SHUTU_DIM_MONEY,	"万元",	"拨付",		"money" },
	{ SHUTU_DIM_AREA,	"亩",	"复垦",		"area" },
	{ SHUTU_DIM_PERCENT,	"%",	"满意度",	"chart-up" },
	{ SHUTU_DIM_LENGTH,	"千米",	"全长",		"ruler" },
	{ SHUTU_DIM_DURATION,	"天",	"工期",		"event" },
	/* Then the unit, when the dimension is unknown or a count. */
	{ SHUTU_DIM_OTHER,	"亿元",	"规模",		"money" },
	{ SHUTU_DIM_OTHER,	"平方公里", "范围",	"area" },
	{ SHUTU_DIM_COUNT,	"名",	"参与",		"person" },
	{ SHUTU_DIM_COUNT,	"人次",	"服务",		"group" },
	{ SHUTU_DIM_COUNT,	"户",	"入住",		"home" },
	{ SHUTU_DIM_COUNT,	"对",	"结成",		"handshake" },
	{ SHUTU_DIM_COUNT,	"棵",	"新栽",		"tree" },
	/* Nothing fits: the default. */
	{ SHUTU_DIM_COUNT,	"个",	"其他",		"chart" },
	{ SHUTU_DIM_OTHER,	NULL,	NULL,		"chart" },
};

static void
test_choose(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(choose_cases); i++) {
		const char *got = pictogram_choose(choose_cases[i].dim,
		    choose_cases[i].unit, choose_cases[i].label);

		g_test_message("case: %s %s", choose_cases[i].label,
		    choose_cases[i].unit);
		g_assert_cmpstr(got, ==, choose_cases[i].icon);
		g_assert_true(icon_exists(got));
	}
}

/* Every name a spec may give is drawn, and nothing else is. */
static void
test_icon_names(void)
{
	size_t	 i, n = 0;

	for (i = 0; spec_icon_names[i] != NULL; i++, n++)
		g_assert_true(icon_exists(spec_icon_names[i]));
	g_assert_cmpuint(n, >=, 14);
	g_assert_false(icon_exists("star"));
	g_assert_false(icon_exists(NULL));
}

/* Ink of pixel (x, y) on a white RGB24 image drawn in black. */
static int
ink(cairo_surface_t *s, int x, int y)
{
	const unsigned char	*d = cairo_image_surface_get_data(s);
	int			 stride = cairo_image_surface_get_stride(s);
	uint32_t		 px = *(const uint32_t *)(d + y * stride + 4 * x);

	return 255 - (int)(px & 0xff);
}

/*
 * Each pictogram in a box of "side" pixels at (side, side) on an image
 * three boxes wide: some ink inside, none outside, at 16 px and large.
 */
static void
test_icon_ink(void)
{
	static const int sides[] = { 16, 48, 160 };
	size_t		 i, j;

	for (i = 0; spec_icon_names[i] != NULL; i++)
		for (j = 0; j < G_N_ELEMENTS(sides); j++) {
			int		 side = sides[j], x, y, in = 0, out = 0;
			cairo_surface_t	*s = cairo_image_surface_create(
					    CAIRO_FORMAT_RGB24, 3 * side,
					    3 * side);
			cairo_t		*cr = cairo_create(s);

			cairo_set_source_rgb(cr, 1, 1, 1);
			cairo_paint(cr);
			g_assert_true(icon_draw(cr, spec_icon_names[i], side,
			    side, side, side, (struct rgba){ 0, 0, 0, 1 }));
			g_assert_cmpint(cairo_status(cr), ==,
			    CAIRO_STATUS_SUCCESS);
			cairo_destroy(cr);
			cairo_surface_flush(s);
			for (y = 0; y < 3 * side; y++)
				for (x = 0; x < 3 * side; x++) {
					bool inside = x >= side && x < 2 * side &&
					    y >= side && y < 2 * side;

					if (inside)
						in += ink(s, x, y) > 128;
					else
						out += ink(s, x, y) > 0;
				}
			g_test_message("icon %s at %d px: %d inked, %d outside",
			    spec_icon_names[i], side, in, out);
			/* A tenth of the box at least: a shape, not a speck. */
			g_assert_cmpint(in, >=, side * side / 10);
			g_assert_cmpint(out, ==, 0);
			cairo_surface_destroy(s);
		}
}

/* Parse a spec given as JSON text. */
static struct spec *
parse(const char *json, GError **error)
{
	return spec_parse(json, -1, "t.json", error);
}

/* Is box "b" inside box "c" (rounding slack)? */
static bool
within(const struct box *b, const struct box *c)
{
	return b->x >= c->x - 0.01 && b->y >= c->y - 0.01 &&
	    b->x + b->w <= c->x + c->w + 0.01 &&
	    b->y + b->h <= c->y + c->h + 0.01;
}

/*
 * Lay "json" out and check it the way charts are checked, and more:
 * every number and label inside a card, every icon inside its badge.
 */
static struct layout *
lay_out(const char *json)
{
	GError		*error = NULL;
	struct spec	*s = parse(json, &error);
	struct layout	*l;
	size_t		 i, j, ncards = 0;

	g_assert_no_error(error);
	l = infographic_layout(s, &error);
	g_assert_no_error(error);
	g_assert_nonnull(l);
	layout_check(l, &error);
	g_assert_no_error(error);
	for (i = 0; i < l->boxes->len; i++) {
		const struct box	*b = g_ptr_array_index(l->boxes, i);
		bool			 found = false;

		if (strcmp(b->role, "card") == 0)
			ncards++;
		if (strcmp(b->role, "number") != 0 &&
		    strcmp(b->role, "caption") != 0 &&
		    strcmp(b->role, "change") != 0 &&
		    strcmp(b->role, "icon") != 0)
			continue;
		for (j = 0; j < l->boxes->len && !found; j++) {
			const struct box *c = g_ptr_array_index(l->boxes, j);

			found = strcmp(c->role, "card") == 0 && within(b, c);
		}
		if (!found)
			g_error("%s \"%s\" leaves its card", b->role,
			    b->text != NULL ? b->text : "");
	}
	g_assert_cmpuint(ncards, ==, s->nitems);
	g_assert_nonnull(l->alt);
	spec_free(s);
	return l;
}

/* Whether some text box of role "role" says exactly "text". */
static bool
has_text(const struct layout *l, const char *role, const char *text)
{
	size_t	 i;

	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (b->kind == BOX_TEXT && strcmp(b->role, role) == 0 &&
		    strcmp(b->text, text) == 0)
			return true;
	}
	return false;
}

static void
test_minimal(void)
{
	struct layout	*l = lay_out("{\"type\":\"infographic\",\"title\":"
	    "\"沟赵办事处党员和志愿者冲锋在前\",\"items\":["
	    "{\"value\":300,\"approx\":\"over\",\"unit\":\"名\","
	    "\"label\":\"党员干部\",\"entity\":\"沟赵办事处\"},"
	    "{\"value\":789,\"unit\":\"名\",\"label\":\"志愿者\","
	    "\"entity\":\"沟赵办事处\"},"
	    "{\"value\":10000000000,\"approx\":\"about\",\"text\":\"近百亿元\","
	    "\"unit\":\"元\",\"label\":\"投资\",\"entity\":\"沟赵办事处\"},"
	    "{\"value\":58,\"unit\":\"条\",\"label\":\"道路\","
	    "\"entity\":\"枫杨办事处\"}]}");

	/* The long image: 1080 px at 96 dpi. */
	g_assert_cmpfloat(fabs(l->width * l->dpi / 72 - 1080), <, 0.5);
	/* Approximations kept, as formatted or as written (N11). */
	g_assert_true(has_text(l, "number", "300余名"));
	g_assert_true(has_text(l, "number", "近百亿元"));
	g_assert_true(has_text(l, "header", "一、沟赵办事处"));
	g_assert_true(has_text(l, "header", "二、枫杨办事处"));
	layout_free(l);
}

/*
 * The words of a card's number (突破, 达到, 余) are set small beside the
 * big digits, whatever their code point: 到 is U+5230, whose low byte
 * is the digit '0'.
 */
static void
test_number_words_small(void)
{
	struct layout	*l = lay_out("{\"type\":\"infographic\",\"title\":"
	    "\"主要指标\",\"items\":["
	    "{\"value\":110000000000,\"approx\":\"over\",\"text\":"
	    "\"突破1100亿元\",\"unit\":\"元\",\"label\":\"工业增加值\"},"
	    "{\"value\":60000000000,\"approx\":\"over\",\"text\":"
	    "\"达到600亿元\",\"unit\":\"元\",\"label\":\"投资\"}]}");
	size_t	 i, checked = 0;

	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);
		PangoLayoutIter	*it;
		double		 digits = 0, words = 0;

		if (b->kind != BOX_TEXT || strcmp(b->role, "number") != 0)
			continue;
		it = pango_layout_get_iter(b->layout);
		do {
			PangoLayoutRun *r = pango_layout_iter_get_run_readonly(
			    it);
			const char *t = pango_layout_get_text(b->layout);
			PangoFontDescription *fd;
			double	 size;

			if (r == NULL)
				continue;
			fd = pango_font_describe(r->item->analysis.font);
			size = pango_font_description_get_size(fd);
			pango_font_description_free(fd);
			if (g_ascii_isdigit(t[r->item->offset]))
				digits = MAX(digits, size);
			else if (g_unichar_type(g_utf8_get_char(t +
			    r->item->offset)) == G_UNICODE_OTHER_LETTER)
				words = MAX(words, size);
		} while (pango_layout_iter_next_run(it));
		pango_layout_iter_free(it);
		g_assert_cmpfloat(words, >, 0);
		g_assert_cmpfloat(words, <, digits * 0.7);
		checked++;
	}
	g_assert_cmpuint(checked, ==, 2);
	layout_free(l);
}

/*
 * A change said with its number sits under the label, inside the card,
 * below the caption; cards of the row without one keep the row's height.
 */
static void
test_change(void)
{
	struct layout	*l = lay_out("{\"type\":\"infographic\",\"title\":"
	    "\"2017年畜牧业\",\"items\":["
	    "{\"value\":789900000,\"text\":\"7.899亿元\",\"unit\":\"元\","
	    "\"label\":\"畜牧业产值\",\"change\":\"增长8%\"},"
	    "{\"value\":41300,\"text\":\"4.13万吨\",\"unit\":\"吨\","
	    "\"label\":\"肉类总产量一个很长很长的标签会折行\","
	    "\"change\":\"下降0.24%\"},"
	    "{\"value\":1703,\"unit\":\"吨\",\"label\":\"禽蛋产量\"}]}");
	const struct box *cap = NULL, *chg = NULL;
	size_t		 i, nchg = 0;

	g_assert_true(has_text(l, "change", "增长8%"));
	g_assert_true(has_text(l, "change", "下降0.24%"));
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (b->kind != BOX_TEXT)
			continue;
		if (strcmp(b->role, "caption") == 0 && cap == NULL)
			cap = b;
		if (strcmp(b->role, "change") == 0) {
			nchg++;
			if (chg == NULL)
				chg = b;
		}
	}
	g_assert_cmpuint(nchg, ==, 2);
	g_assert_nonnull(cap);
	g_assert_cmpfloat(chg->y, >=, cap->y + cap->h - 0.01);
	layout_free(l);
}

static char *
many_items(size_t n, const char *label, const char *extra)
{
	GString	*s = g_string_new("{\"type\":\"infographic\",\"title\":"
		    "\"各社区数据一览\",");
	size_t	 i;

	g_string_append(s, extra);
	g_string_append(s, "\"items\":[");
	for (i = 0; i < n; i++)
		g_string_append_printf(s, "%s{\"value\":%zu,\"unit\":\"户\","
		    "\"label\":\"%s%zu\",\"entity\":\"第%zu片区\"}",
		    i ? "," : "", 100 + i * 37, label, i + 1, i / 7 + 1);
	g_string_append(s, "]}");
	return g_string_free(s, FALSE);
}

static void
test_many(void)
{
	static const char *const extras[] = {
		"", "\"preset\":\"a4\",", "\"preset\":\"a4\",\"theme\":\"party\",",
		"\"preset\":\"slide\",", "\"bar\":true,",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(extras); i++) {
		char		*json = many_items(60, "安置住户", extras[i]);
		GError		*error = NULL;
		struct spec	*s = parse(json, &error);
		struct layout	*l;

		g_test_message("case: 60 items %s", extras[i]);
		g_assert_no_error(error);
		l = infographic_layout(s, &error);
		if (l == NULL) {
			/* A slide cannot take 60 cards: said clearly. */
			g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
			g_assert_nonnull(strstr(error->message, "do not fit"));
			g_assert_cmpstr(s->preset, ==, "slide");
			g_clear_error(&error);
		} else {
			layout_free(l);
			layout_free(lay_out(json));
		}
		spec_free(s);
		g_free(json);
	}
}

static void
test_long_labels(void)
{
	/* 80 characters: the label wraps inside its card. */
	static const char *const presets[] = { "long", "a4", "slide" };
	GString	*label = g_string_new(NULL);
	size_t	 i;

	for (i = 0; i < 8; i++)
		g_string_append(label, "城乡接合部综合整治工程");
	g_assert_cmpint(g_utf8_strlen(label->str, -1), ==, 88);
	for (i = 0; i < G_N_ELEMENTS(presets); i++) {
		char	*json = g_strdup_printf("{\"type\":\"infographic\","
			    "\"title\":\"%s\",\"preset\":\"%s\",\"items\":["
			    "{\"value\":3,\"unit\":\"项\",\"label\":\"%s\"},"
			    "{\"value\":12345678,\"unit\":\"元\",\"label\":"
			    "\"%s\",\"entity\":\"%s\"}]}", label->str,
			    presets[i], label->str, label->str, label->str);

		layout_free(lay_out(json));
		g_free(json);
	}
	g_string_free(label, TRUE);
}

static const struct {
	const char	*name;
	const char	*json;
	const char	*number;	/* a number box that must be there */
} hard_cases[] = {
	{ "one item", "{\"type\":\"infographic\",\"title\":\"一个数\","
	  "\"items\":[{\"value\":36,\"unit\":\"个\",\"label\":\"监测点\"}]}",
	  "36个" },
	{ "no entity", "{\"type\":\"infographic\",\"title\":\"无主体\","
	  "\"preset\":\"a4\",\"items\":["
	  "{\"value\":36,\"unit\":\"个\",\"label\":\"监测点\"},"
	  "{\"value\":0.3333,\"approx\":\"about\",\"unit\":\"\","
	  "\"label\":\"占全区面积\",\"dimension\":\"fraction\","
	  "\"text\":\"约1/3\"}]}", "约1/3" },
	{ "1e12", "{\"type\":\"infographic\",\"title\":\"万亿\","
	  "\"items\":[{\"value\":1e12,\"unit\":\"元\",\"label\":\"总投资\"},"
	  "{\"value\":999999999999999,\"unit\":\"元\",\"label\":\"上限\"}]}",
	  "1万亿元" },
	{ "ranges", "{\"type\":\"infographic\",\"title\":\"范围\","
	  "\"theme\":\"party\",\"items\":["
	  "{\"value\":30,\"value_max\":40,\"unit\":\"对\",\"label\":\"结对\"},"
	  "{\"value\":900000000,\"value_max\":1600000000,\"unit\":\"元\","
	  "\"label\":\"投资\"},"
	  "{\"value\":15,\"value_max\":30,\"unit\":\"%\",\"label\":\"增幅\"}]}",
	  "9亿～16亿元" },
	{ "percent", "{\"type\":\"infographic\",\"title\":\"比例\","
	  "\"preset\":\"slide\",\"items\":[{\"value\":30,\"approx\":\"over\","
	  "\"unit\":\"%\",\"label\":\"增长\"}]}", "超30%" },
	{ "bar beside", "{\"type\":\"infographic\",\"title\":\"条形\","
	  "\"preset\":\"slide\",\"bar\":true,\"items\":["
	  "{\"value\":300,\"approx\":\"over\",\"unit\":\"名\","
	  "\"label\":\"党员干部\",\"entity\":\"沟赵办事处\"},"
	  "{\"value\":789,\"unit\":\"名\",\"label\":\"志愿者\","
	  "\"entity\":\"沟赵办事处\"},"
	  "{\"value\":58,\"unit\":\"名\",\"label\":\"路段巡查员\","
	  "\"entity\":\"枫杨办事处\"}]}", "789名" },
	{ "wide number", "{\"type\":\"infographic\",\"title\":\"宽\","
	  "\"preset\":\"a4\",\"items\":["
	  "{\"value\":1,\"text\":\"123456789012345678901234567890名\","
	  "\"unit\":\"名\",\"label\":\"很长的数\"},"
	  "{\"value\":2,\"unit\":\"名\",\"label\":\"短\"},"
	  "{\"value\":3,\"unit\":\"名\",\"label\":\"短\"}]}", NULL },
};

static void
test_hard_cases(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(hard_cases); i++) {
		struct layout	*l;

		g_test_message("case: %s", hard_cases[i].name);
		l = lay_out(hard_cases[i].json);
		if (hard_cases[i].number != NULL)
			g_assert_true(has_text(l, "number",
			    hard_cases[i].number));
		layout_free(l);
	}
}

/*
 * 46微克/立方米 in a card of three columns: the unit, set small, stays
 * on the number's line (it once broke after 立方 because the lines were
 * found with the unit still big).
 */
static void
test_unit_line(void)
{
	struct layout	*l = lay_out("{\"type\":\"infographic\","
	    "\"title\":\"空气\",\"items\":["
	    "{\"value\":46,\"unit\":\"微克/立方米\",\"label\":\"PM2.5\"},"
	    "{\"value\":78,\"unit\":\"微克/立方米\",\"label\":\"PM10\"},"
	    "{\"value\":9,\"unit\":\"微克/立方米\",\"label\":\"二氧化氮\"}]}");
	size_t		 i, numbers = 0;

	for (i = 0; i < l->boxes->len; i++) {
		const struct box	*b = g_ptr_array_index(l->boxes, i);

		if (b->kind != BOX_TEXT || strcmp(b->role, "number") != 0)
			continue;
		g_test_message("%s: %d lines", b->text,
		    pango_layout_get_line_count(b->layout));
		g_assert_cmpint(pango_layout_get_line_count(b->layout), ==, 1);
		numbers++;
	}
	g_assert_cmpuint(numbers, ==, 3);
	layout_free(l);
}

/* A facts file as `shutu extract --json` writes it (design §3). */
static void
test_facts(void)
{
	char		*path = test_source_path("charts/data/"
			    "gouzhao-fengyang.facts.json");
	char		*json = g_strdup_printf("{\"type\":\"infographic\","
			    "\"title\":\"沟赵、枫杨办事处数据\",\"facts\":"
			    "\"%s\"}", path);
	char		*sel = g_strdup_printf("{\"type\":\"infographic\","
			    "\"title\":\"枫杨\",\"preset\":\"a4\",\"facts\":"
			    "\"%s\",\"select\":{\"entity\":\"枫杨办事处\"},"
			    "\"bar\":{\"unit\":\"名\"}}", path);
	struct layout	*l = lay_out(json);

	g_assert_true(has_text(l, "number", "300余名"));
	g_assert_true(has_text(l, "number", "近百亿元"));
	g_assert_nonnull(strstr(l->alt, "信息图"));
	layout_free(l);
	l = lay_out(sel);
	g_assert_true(has_text(l, "number", "53,570米"));
	layout_free(l);
	g_free(path);
	g_free(json);
	g_free(sel);
}

static void
test_alt(void)
{
	GError		*error = NULL;
	struct spec	*s = parse("{\"type\":\"infographic\",\"title\":\"T\","
			    "\"source\":\"办事处\",\"bar\":true,\"items\":["
			    "{\"value\":300,\"approx\":\"over\",\"unit\":\"名\","
			    "\"label\":\"党员干部\",\"entity\":\"甲\"},"
			    "{\"value\":789,\"unit\":\"名\",\"label\":\"志愿者\","
			    "\"entity\":\"乙\"}]}", &error);
	char		*alt;

	g_assert_no_error(error);
	alt = infographic_alt_text(s);
	g_assert_cmpstr(alt, ==, "信息图：T。共2张数据卡片，分甲1张、乙1张。"
	    "数值最大的有：志愿者789名，党员干部300余名。另附条形图“数据对比”，"
	    "共2项。数据来源：办事处。");
	g_free(alt);
	spec_free(s);
}

#define ITEM(x)	"{\"type\":\"infographic\",\"title\":\"t\",\"items\":[" x "]}"

static const struct {
	const char	*json;
	const char	*where;		/* t.json:LINE:COL */
	const char	*message;	/* part of the message */
} error_cases[] = {
	{ "{\"type\":\"infographic\",\"title\":\"t\"}", "t.json:1:1",
	  "missing \"items\"" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"items\":3}",
	  "t.json:1:", "\"items\": expected an array" },
	{ ITEM(""), "t.json:1:", "\"items\": empty" },
	{ ITEM("3"), "t.json:1:", "item 1: expected an object" },
	{ ITEM("{\"label\":\"a\"}"), "t.json:1:",
	  "item 1: missing \"value\"" },
	{ ITEM("{\"value\":1}"), "t.json:1:", "item 1: missing \"label\"" },
	{ ITEM("{\"value\":1,\"label\":\"a\"},\n{\"value\":\"x\","
	  "\"label\":\"b\"}"), "t.json:2:", "item 2: \"value\" must be a "
	  "number" },
	{ ITEM("{\"value\":5,\"value_max\":3,\"label\":\"a\"}"), "t.json:1:",
	  "less than" },
	{ ITEM("{\"value\":1,\"label\":\"a\",\"icon\":\"star\"}"),
	  "t.json:1:", "unknown value 'star'" },
	{ ITEM("{\"value\":1,\"label\":\"a\",\"dimension\":\"weight\"}"),
	  "t.json:1:", "unknown value 'weight'" },
	{ ITEM("{\"value\":1,\"label\":\"a\",\"approx\":\"roughly\"}"),
	  "t.json:1:", "unknown value 'roughly'" },
	{ ITEM("{\"value\":1,\"label\":\"a\",\"colour\":\"red\"}"),
	  "t.json:1:", "item 1: unknown member 'colour'" },
	{ ITEM("{\"value\":1e16,\"label\":\"a\"}"), "t.json:1:",
	  "out of range" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"preset\":\"a3\","
	  "\"items\":[{\"value\":1,\"label\":\"a\"}]}", "t.json:1:",
	  "unknown value 'a3'" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"facts\":\"f.json\","
	  "\"items\":[{\"value\":1,\"label\":\"a\"}]}", "t.json:1:",
	  "not both" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"facts\":\"nope.json\"}",
	  "t.json:1:", "\"facts\"" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"bar\":3,"
	  "\"items\":[{\"value\":1,\"label\":\"a\"}]}", "t.json:1:",
	  "\"bar\": expected true or an object" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"bar\":true,"
	  "\"items\":[{\"value\":1,\"unit\":\"名\",\"label\":\"a\"},"
	  "{\"value\":1,\"unit\":\"个\",\"label\":\"b\"}]}", "t.json:1:",
	  "no two cards share a unit" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"bar\":{\"unit\":\"米\"},"
	  "\"items\":[{\"value\":1,\"unit\":\"名\",\"label\":\"a\"}]}",
	  "t.json:1:", "fewer than two cards have the unit '米'" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"bar\":{\"data\":[]},"
	  "\"items\":[{\"value\":1,\"label\":\"a\"}]}", "t.json:1:",
	  "bar: \"data\": empty" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"bar\":{\"data\":"
	  "[{\"value\":1}]},\"items\":[{\"value\":1,\"label\":\"a\"}]}",
	  "t.json:1:", "bar 1: missing \"label\"" },
	{ "{\"type\":\"infographic\",\"title\":\"t\",\"bar\":{\"kind\":1},"
	  "\"items\":[{\"value\":1,\"label\":\"a\"}]}", "t.json:1:",
	  "bar: unknown member 'kind'" },
};

static void
test_errors(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(error_cases); i++) {
		GError		*error = NULL;
		struct spec	*s;

		g_test_message("case: %s", error_cases[i].json);
		s = parse(error_cases[i].json, &error);
		g_assert_null(s);
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
		g_test_message("message: %s", error->message);
		g_assert_true(g_str_has_prefix(error->message,
		    error_cases[i].where));
		g_assert_nonnull(strstr(error->message,
		    error_cases[i].message));
		g_error_free(error);
	}
}

/* The charts in charts/info-*.json lay out, in every format. */
static void
test_charts(void)
{
	static const char *const names[] = {
		"charts/info-gouzhao-fengyang.json",
		"charts/info-gouzhao-a4.json",
		"charts/info-fengyang-slide.json",
	};
	size_t	 i, f;

	for (i = 0; i < G_N_ELEMENTS(names); i++) {
		char			*path = test_source_path(names[i]);
		GError			*error = NULL;
		struct shutu_chart	*c = shutu_chart_load(path, &error);

		g_test_message("chart: %s", names[i]);
		g_assert_no_error(error);
		for (f = 0; f < SHUTU_FORMAT__COUNT; f++) {
			char	*out = NULL;
			size_t	 len = 0;

			g_assert_true(shutu_chart_render_data(c, f, &out, &len,
			    &error));
			g_assert_no_error(error);
			g_assert_cmpuint(len, >, 1000);
			g_free(out);
		}
		shutu_chart_free(c);
		g_free(path);
	}
}

int
main(int argc, char *argv[])
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/infographic/number-words-small",
	    test_number_words_small);
	g_test_add_func("/infographic/choose", test_choose);
	g_test_add_func("/infographic/icon-names", test_icon_names);
	g_test_add_func("/infographic/icon-ink", test_icon_ink);
	g_test_add_func("/infographic/minimal", test_minimal);
	g_test_add_func("/infographic/change", test_change);
	g_test_add_func("/infographic/many", test_many);
	g_test_add_func("/infographic/long-labels", test_long_labels);
	g_test_add_func("/infographic/hard-cases", test_hard_cases);
	g_test_add_func("/infographic/unit-line", test_unit_line);
	g_test_add_func("/infographic/facts", test_facts);
	g_test_add_func("/infographic/alt", test_alt);
	g_test_add_func("/infographic/errors", test_errors);
	g_test_add_func("/infographic/charts", test_charts);
	return g_test_run();
}
