/* SPDX-License-Identifier: MIT */
/*
 * Office and print output, decoded: --dpi and --scale in PNG pixels and
 * pHYs and in the JFIF density, transparent backgrounds in PNG alpha and
 * JPEG on white, a custom theme's colours in the pixels and its fonts in
 * the PDF (poppler), theme files with their errors placed, and the
 * reading of table cells (12,345, 1.2万, 300余).
 */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cairo.h>
#include <jpeglib.h>
#include <poppler.h>

#include "chart/chart.h"
#include "spec/parse.h"
#include "testutil.h"

static const char bar_spec[] =
	"{\"type\": \"bar\", \"title\": \"沟赵办事处疫情防控与共建数据\","
	" \"source\": \"沟赵办事处\", \"theme\": %s,"
	" \"data\": [{\"label\": \"志愿者\", \"value\": 789},"
	" {\"label\": \"党员干部\", \"value\": 300}]}";

static struct shutu_chart *
chart(const char *theme, const char *name)
{
	char			*json = g_strdup_printf(bar_spec, theme);
	GError			*error = NULL;
	struct shutu_chart	*c = shutu_chart_parse(json, -1, name, &error);

	g_assert_no_error(error);
	g_free(json);
	return c;
}

static char *
render(struct shutu_chart *c, enum shutu_format f, size_t *len)
{
	GError	*error = NULL;
	char	*out = NULL;

	g_assert_true(shutu_chart_render_data(c, f, &out, len, &error));
	g_assert_no_error(error);
	return out;
}

struct	reader {
	const unsigned char	*p;
	size_t			 left;
};

static cairo_status_t
read_mem(void *closure, unsigned char *data, unsigned int len)
{
	struct reader	*r = closure;

	if (len > r->left)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(data, r->p, len);
	r->p += len;
	r->left -= len;
	return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png(const char *data, size_t len)
{
	struct reader	 r = { (const unsigned char *)data, len };
	cairo_surface_t	*s = cairo_image_surface_create_from_png_stream(
			    read_mem, &r);

	g_assert_cmpint(cairo_surface_status(s), ==, CAIRO_STATUS_SUCCESS);
	return s;
}

/* The pHYs chunk's pixels per metre, or 0. */
static unsigned
png_ppm(const char *data, size_t len)
{
	const unsigned char *p = memmem(data, len, "pHYs", 4);

	if (p == NULL)
		return 0;
	p += 4;
	return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 |
	    (unsigned)p[2] << 8 | p[3];
}

/* Pixel x, y as 0xAARRGGBB (premultiplied, as cairo keeps it). */
static guint32
pixel(cairo_surface_t *s, int x, int y)
{
	unsigned char	*d = cairo_image_surface_get_data(s);
	int		 stride = cairo_image_surface_get_stride(s);

	return *(guint32 *)(d + (size_t)y * stride + (size_t)x * 4);
}

/* The centre of the first box of "role", in pixels at "dpi". */
static void
centre(struct shutu_chart *c, const char *role, int *x, int *y)
{
	GError		*error = NULL;
	struct layout	*l = chart_layout(c, &error);
	size_t		 i;

	g_assert_no_error(error);
	for (i = 0; i < l->boxes->len; i++) {
		struct box *b = g_ptr_array_index(l->boxes, i);

		if (strcmp(b->role, role) == 0) {
			*x = (int)((b->x + b->w / 2) * l->dpi / 72);
			*y = (int)((b->y + b->h / 2) * l->dpi / 72);
			layout_free(l);
			return;
		}
	}
	g_assert_not_reached();
}

static void
test_dpi_scale(void)
{
	static const struct {
		double	 dpi, scale;
		int	 width;		/* pixels of an 800 px chart */
		unsigned ppm;		/* density recorded */
	} cases[] = {
		{ 0, 0, 800, 3780 },		/* 96 dpi */
		{ 0, 2, 1600, 7559 },		/* 2x: twice the pixels and dpi */
		{ 192, 0, 1600, 7559 },		/* the same thing said as dpi */
		{ 150, 2, 2500, 11811 },	/* 300 dpi in all */
		{ 0, 0.5, 400, 1890 },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct shutu_chart		*c = chart("\"news\"", "a.json");
		struct shutu_render_options	 o = { 0 };
		GError				*error = NULL;
		cairo_surface_t			*img;
		char				*png, *jpg;
		size_t				 len, jlen;
		struct jpeg_decompress_struct	 ji;
		struct jpeg_error_mgr		 jerr;

		g_test_message("dpi %g scale %g", cases[i].dpi, cases[i].scale);
		o.dpi = cases[i].dpi;
		o.scale = cases[i].scale;
		g_assert_true(shutu_chart_set_options(c, &o, &error));
		png = render(c, SHUTU_FORMAT_PNG, &len);
		img = decode_png(png, len);
		g_assert_cmpint(cairo_image_surface_get_width(img), ==,
		    cases[i].width);
		g_assert_cmpuint(png_ppm(png, len), ==, cases[i].ppm);
		/* The JPEG: the same pixels, the dpi in its JFIF header. */
		jpg = render(c, SHUTU_FORMAT_JPEG, &jlen);
		ji.err = jpeg_std_error(&jerr);
		jpeg_create_decompress(&ji);
		jpeg_mem_src(&ji, (unsigned char *)jpg, jlen);
		g_assert_cmpint(jpeg_read_header(&ji, TRUE), ==,
		    JPEG_HEADER_OK);
		g_assert_cmpuint(ji.image_width, ==, cases[i].width);
		g_assert_cmpint(ji.density_unit, ==, 1);
		g_assert_cmpfloat(fabs(ji.X_density - cases[i].ppm * 0.0254),
		    <, 1);
		jpeg_destroy_decompress(&ji);
		cairo_surface_destroy(img);
		g_free(png);
		g_free(jpg);
		shutu_chart_free(c);
	}
}

static void
test_options_refused(void)
{
	static const struct {
		struct shutu_render_options	 o;
		const char			*message;
	} cases[] = {
		{ { .dpi = 20 }, "dpi 20 is outside 36 to 1200" },
		{ { .scale = 9 }, "scale 9 is outside 0.25 to 8" },
		{ { .jpeg_quality = 101 }, "JPEG quality 101 is outside 1 to "
		  "100" },
		{ { .background = "red" }, "background 'red': expected "
		  "transparent or a colour like #ffffff" },
		{ { .theme = "fancy" }, "unknown theme 'fancy' (expected news, "
		  "party, or a theme file such as themes/mine.json)" },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct shutu_chart	*c = chart("\"news\"", "a.json");
		GError			*error = NULL;

		g_assert_false(shutu_chart_set_options(c, &cases[i].o,
		    &error));
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
		g_assert_cmpstr(error->message, ==, cases[i].message);
		g_clear_error(&error);
		/* The same, without a chart (the CLI asks before drawing). */
		g_assert_false(shutu_render_options_check(&cases[i].o,
		    &error));
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
		g_assert_cmpstr(error->message, ==, cases[i].message);
		g_error_free(error);
		shutu_chart_free(c);
	}
	g_assert_true(shutu_render_options_check(
	    &(struct shutu_render_options){ .dpi = 300, .scale = 2,
	    .theme = "party", .background = "#fff", .jpeg_quality = 80 },
	    NULL));
}

static void
test_transparent(void)
{
	struct shutu_chart		*c = chart("\"party\"", "a.json");
	struct shutu_render_options	 o = { .background = "transparent" };
	GError				*error = NULL;
	cairo_surface_t			*img;
	char				*png, *jpg;
	size_t				 len, jlen;
	int				 x, y;
	struct jpeg_decompress_struct	 ji;
	struct jpeg_error_mgr		 jerr;
	JSAMPARRAY			 row;
	unsigned			 n = 0;

	g_assert_true(shutu_chart_set_options(c, &o, &error));
	png = render(c, SHUTU_FORMAT_PNG, &len);
	img = decode_png(png, len);
	g_assert_cmpint(cairo_image_surface_get_format(img), ==,
	    CAIRO_FORMAT_ARGB32);
	/* The page is clear; the bars are opaque party red. */
	g_assert_cmphex(pixel(img, 2, 2) >> 24, ==, 0);
	centre(c, "bar", &x, &y);
	g_assert_cmphex(pixel(img, x, y), ==, 0xffc8161d);
	/* JPEG has no alpha: the clear page is white, not black. */
	jpg = render(c, SHUTU_FORMAT_JPEG, &jlen);
	ji.err = jpeg_std_error(&jerr);
	jpeg_create_decompress(&ji);
	jpeg_mem_src(&ji, (unsigned char *)jpg, jlen);
	jpeg_read_header(&ji, TRUE);
	jpeg_start_decompress(&ji);
	row = (*ji.mem->alloc_sarray)((j_common_ptr)&ji, JPOOL_IMAGE,
	    ji.output_width * ji.output_components, 1);
	jpeg_read_scanlines(&ji, row, 1);
	for (x = 0; x < 10; x++)
		n += row[0][x * 3] > 250 && row[0][x * 3 + 1] > 250 &&
		    row[0][x * 3 + 2] > 250;
	g_assert_cmpuint(n, ==, 10);
	jpeg_abort_decompress(&ji);
	jpeg_destroy_decompress(&ji);
	cairo_surface_destroy(img);
	g_free(png);
	g_free(jpg);
	shutu_chart_free(c);
}

/* The fonts a PDF embeds, one name a line. */
static char *
pdf_fonts(const char *data, size_t len)
{
	GBytes			*bytes = g_bytes_new(data, len);
	GError			*error = NULL;
	PopplerDocument		*doc;
	PopplerFontInfo		*fi;
	PopplerFontsIter	*it = NULL;
	GString			*s = g_string_new(NULL);

	doc = poppler_document_new_from_bytes(bytes, NULL, &error);
	g_assert_no_error(error);
	fi = poppler_font_info_new(doc);
	while (poppler_font_info_scan(fi, 1, &it)) {
		if (it == NULL)
			continue;
		do
			g_string_append_printf(s, "%s\n",
			    poppler_fonts_iter_get_name(it));
		while (poppler_fonts_iter_next(it));
		poppler_fonts_iter_free(it);
		it = NULL;
	}
	poppler_font_info_free(fi);
	g_object_unref(doc);
	g_bytes_unref(bytes);
	return g_string_free(s, FALSE);
}

/* A 宋体 body and a 黑体 title, a colour, furniture: all of it shows. */
static void
test_custom_theme(void)
{
	char			*dir = test_mkdtemp();
	char			*path = g_build_filename(dir, "t.json", NULL);
	char			*spec = g_build_filename(dir, "a.json", NULL);
	char			*png, *pdf, *fonts, *news_fonts, *dump;
	struct shutu_chart	*c, *news;
	cairo_surface_t		*img;
	size_t			 len;
	int			 x, y;

	g_assert_true(g_file_set_contents(path, "{\"extends\": \"news\","
	    " \"colors\": {\"bar\": \"#336699\", \"background\": \"#fafaf5\"},"
	    " \"fonts\": {\"title\": \"Noto Sans CJK SC\","
	    " \"body\": \"Noto Serif CJK SC\", \"numbers\": \"Noto Sans CJK SC\"},"
	    " \"furniture\": {\"title_rule\": true, \"footer_rule\": true,"
	    " \"accent_mark\": false, \"source_prefix\": \"资料来源：\"}}", -1,
	    NULL));
	/* Named by the spec, relative to the spec's folder. */
	c = chart("\"t.json\"", spec);
	png = render(c, SHUTU_FORMAT_PNG, &len);
	img = decode_png(png, len);
	centre(c, "bar", &x, &y);
	g_assert_cmphex(pixel(img, x, y), ==, 0xff336699);
	g_assert_cmphex(pixel(img, 2, 2), ==, 0xfffafaf5);
	cairo_surface_destroy(img);
	g_free(png);
	dump = shutu_chart_dump(c, NULL);
	g_assert_nonnull(strstr(dump, "rule"));
	g_assert_null(strstr(dump, "accent"));
	g_assert_nonnull(strstr(dump, "资料来源：沟赵办事处"));
	g_free(dump);
	pdf = render(c, SHUTU_FORMAT_PDF, &len);
	fonts = pdf_fonts(pdf, len);
	g_free(pdf);
	/* The body in the 宋体 role, the title still bold 黑体. */
	g_assert_nonnull(strstr(fonts, "NotoSerifCJK"));
	g_assert_nonnull(strstr(fonts, "NotoSansCJK"));
	g_assert_nonnull(strstr(fonts, "Bold"));
	news = chart("\"news\"", spec);
	pdf = render(news, SHUTU_FORMAT_PDF, &len);
	news_fonts = pdf_fonts(pdf, len);
	g_assert_null(strstr(news_fonts, "NotoSerifCJK"));
	g_free(pdf);
	g_free(news_fonts);
	g_free(fonts);
	shutu_chart_free(news);
	shutu_chart_free(c);
	test_rmdir(dir);
	g_free(dir);
	g_free(path);
	g_free(spec);
}

/* Errors in theme files: the file, line and column, the problem first. */
static void
test_theme_errors(void)
{
	static const struct {
		const char	*theme;
		const char	*message;	/* after "DIR/t.json:" */
	} cases[] = {
		{ "{\"extends\": \"news\",\n \"colors\": {\"bar\": \"blue\"}}",
		  "2:25: colors.bar: expected a colour like \"#1f5f99\", found "
		  "'blue'" },
		{ "{\"extends\": \"news\", \"logo\": \"a.png\"}",
		  "1:35: theme: unknown member 'logo'" },
		{ "{\"colors\": {\"bar\": \"#123456\"}}",
		  "1:1: theme: missing colors.background (a theme without "
		  "\"extends\" gives every member; or start from \"extends\": "
		  "\"news\")" },
		{ "{\"extends\": \"news\", \"sizes\": {\"title\": 100}}",
		  "1:42: sizes.title: 100 pt is outside 5 to 72" },
		{ "{\"extends\": \"gov\"}",
		  "1:17: \"extends\": unknown theme 'gov' (expected one of "
		  "news, party)" },
		{ "{\"extends\": \"news\", \"fonts\": {\"body\": \"\"}}",
		  "1:40: fonts.body: expected a font family such as \"Noto "
		  "Serif CJK SC\"" },
		{ "{\"extends\": \"news\", \"series\": []}",
		  "1:31: \"series\": expected an array of 1 to 12 colours like "
		  "\"#0072b2\"" },
		{ "[1]", "1:1: expected a JSON object (a theme), found an array" },
	};
	char	*dir = test_mkdtemp();
	char	*path = g_build_filename(dir, "t.json", NULL);
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		GError	*error = NULL;
		char	*want = g_strdup_printf("%s:%s", path,
			    cases[i].message);

		g_test_message("theme: %s", cases[i].theme);
		g_assert_true(g_file_set_contents(path, cases[i].theme, -1,
		    NULL));
		g_assert_null(spec_theme_find(path, NULL, &error));
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC);
		if (!g_str_has_prefix(error->message, want))
			g_error("got  %s\nwant %s", error->message, want);
		g_error_free(error);
		g_free(want);
	}
	test_rmdir(dir);
	g_free(dir);
	g_free(path);
}

/* A theme naming a font that is not installed is refused, placed. */
static void
test_theme_missing_font(void)
{
	char			*dir = test_mkdtemp();
	char			*path = g_build_filename(dir, "t.json", NULL);
	char			*spec = g_build_filename(dir, "a.json", NULL);
	char			*want;
	struct shutu_chart	*c;
	GError			*error = NULL;
	char			*out = NULL;
	size_t			 len;

	g_assert_true(g_file_set_contents(path, "{\"extends\": \"party\",\n"
	    "\"fonts\": {\"title\": \"FZXiaoBiaoSong-B05S\"}}", -1, NULL));
	c = chart("\"t.json\"", spec);
	g_assert_false(shutu_chart_render_data(c, SHUTU_FORMAT_PNG, &out,
	    &len, &error));
	want = g_strdup_printf("%s:2:40: no installed font has the family "
	    "'FZXiaoBiaoSong-B05S' (the theme's title font); 'fc-list : "
	    "family' lists those there are", path);
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_FONT);
	g_assert_cmpstr(error->message, ==, want);
	g_error_free(error);
	g_free(want);
	shutu_chart_free(c);
	test_rmdir(dir);
	g_free(dir);
	g_free(path);
	g_free(spec);
}

/* The built-ins are their files: what themes/news.json says is used. */
static void
test_builtins(void)
{
	const struct spec_theme	*news = spec_theme_builtin("news");
	const struct spec_theme	*party = spec_theme_builtin("party");
	const struct theme	*t = theme_get(party->key);

	g_assert_nonnull(news);
	g_assert_nonnull(party);
	g_assert_null(spec_theme_builtin("gov"));
	g_assert_cmphex(news->colour[SPEC_COLOUR_BAR], ==, 0x2f6db5);
	g_assert_cmphex(party->colour[SPEC_COLOUR_BAR], ==, 0xc8161d);
	g_assert_cmpuint(party->nseries, ==, 6);
	g_assert_cmpfloat(t->bar.r, ==, 0xc8 / 255.0);
	/* Series past the sixth cycle. */
	g_assert_cmpfloat(t->series[6].r, ==, t->series[0].r);
	g_assert_cmpstr(spec_theme_names(), ==, "news, party");
	g_assert_true(theme_get("no such key") == theme_get("news"));
}

static void
test_table_numbers(void)
{
	static const struct {
		const char		*cell;
		double			 value;	/* NAN: refused */
		enum shutu_approx	 approx;
		bool			 percent;
	} cases[] = {
		{ "789", 789, SHUTU_APPROX_EXACT, false },
		{ "12,345", 12345, SHUTU_APPROX_EXACT, false },
		{ "1,234,567.5", 1234567.5, SHUTU_APPROX_EXACT, false },
		{ "1.2万", 12000, SHUTU_APPROX_EXACT, false },
		{ "3亿", 3e8, SHUTU_APPROX_EXACT, false },
		{ "1.5万亿", 1.5e12, SHUTU_APPROX_EXACT, false },
		{ "30%", 30, SHUTU_APPROX_EXACT, true },
		{ "−5.5", -5.5, SHUTU_APPROX_EXACT, false },
		{ "-5", -5, SHUTU_APPROX_EXACT, false },
		{ "３００", 300, SHUTU_APPROX_EXACT, false },
		{ "１２．５％", 12.5, SHUTU_APPROX_EXACT, true },
		{ "300余", 300, SHUTU_APPROX_OVER, false },
		{ "约18", 18, SHUTU_APPROX_ABOUT, false },
		{ "不到50", 50, SHUTU_APPROX_UNDER, false },
		{ "超30%", 30, SHUTU_APPROX_OVER, true },
		{ "三百", NAN, 0, false },
		{ "12,34", NAN, 0, false },	/* not a thousands group */
		{ ",123", NAN, 0, false },
		{ "12元", NAN, 0, false },
		{ "1e99", NAN, 0, false },
		{ "", NAN, 0, false },
		{ "%", NAN, 0, false },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		double			 v = 0;
		enum shutu_approx	 a;
		bool			 pct;
		const char		*why;
		bool			 ok = table_number(cases[i].cell, &v, &a,
					    &pct, &why);

		g_test_message("cell: '%s'", cases[i].cell);
		g_assert_true(ok == !isnan(cases[i].value));
		if (!ok) {
			g_assert_nonnull(why);
			continue;
		}
		g_assert_cmpfloat(v, ==, cases[i].value);
		g_assert_cmpint(a, ==, cases[i].approx);
		g_assert_true(pct == cases[i].percent);
	}
}

int
main(int argc, char *argv[])
{
	setlocale(LC_ALL, "C.UTF-8");
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/output/dpi-scale", test_dpi_scale);
	g_test_add_func("/output/options-refused", test_options_refused);
	g_test_add_func("/output/transparent", test_transparent);
	g_test_add_func("/output/custom-theme", test_custom_theme);
	g_test_add_func("/output/theme-errors", test_theme_errors);
	g_test_add_func("/output/theme-missing-font", test_theme_missing_font);
	g_test_add_func("/output/builtins", test_builtins);
	g_test_add_func("/output/table-numbers", test_table_numbers);
	return g_test_run();
}
