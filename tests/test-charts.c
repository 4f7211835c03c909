/* SPDX-License-Identifier: MIT */
/*
 * Every chart spec in charts/: its layout (no text overlaps, nothing off
 * the canvas, the golden dump), and every format decoded: PNG size, DPI,
 * metadata and the colour inside every solid bar, point and slice; PDF page size, text and embedded fonts through
 * poppler; SVG parsed as XML with its title and description.  Same input,
 * same bytes.  SHUTU_REGEN=1 rewrites tests/golden/NAME.layout.
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <png.h>
#include <poppler.h>

#include "chart/chart.h"
#include "testutil.h"

static char *
chart_stem(const char *path)
{
	char	*base = g_path_get_basename(path);

	*strrchr(base, '.') = '\0';
	return base;
}

static struct shutu_chart *
load(const char *path)
{
	GError			*error = NULL;
	struct shutu_chart	*c = shutu_chart_load(path, &error);

	g_assert_no_error(error);
	g_assert_nonnull(c);
	return c;
}

static void
check_golden(const char *path, struct layout *l)
{
	char	*stem = chart_stem(path), *rel, *gold, *dump, *want = NULL;

	rel = g_strdup_printf("tests/golden/%s.layout", stem);
	gold = test_source_path(rel);
	dump = layout_dump(l);
	if (g_getenv("SHUTU_REGEN") != NULL)
		g_assert_true(g_file_set_contents(gold, dump, -1, NULL));
	else if (!g_file_get_contents(gold, &want, NULL, NULL))
		g_test_message("%s: no golden layout (SHUTU_REGEN=1 makes it)",
		    rel);
	else if (strcmp(dump, want) != 0) {
		/* Say which box moved, not the whole dump. */
		char	**a = g_strsplit(dump, "\n", -1);
		char	**b = g_strsplit(want, "\n", -1);
		size_t	 i;

		for (i = 0; a[i] != NULL && b[i] != NULL; i++)
			if (strcmp(a[i], b[i]) != 0)
				break;
		g_error("%s line %zu differs (SHUTU_REGEN=1 rewrites it):\n"
		    "  got:  %s\n  want: %s", rel, i + 1,
		    a[i] ? a[i] : "(end)", b[i] ? b[i] : "(end)");
	}
	g_free(want);
	g_free(dump);
	g_free(gold);
	g_free(rel);
	g_free(stem);
}

/* PNG: size, pHYs, iTXt, and pixels where the layout says. */
struct	mem {
	const unsigned char	*data;
	size_t			 len, off;
};

static void
mem_read(png_structp png, png_bytep out, png_size_t n)
{
	struct mem	*m = png_get_io_ptr(png);

	g_assert_cmpuint(m->off + n, <=, m->len);
	memcpy(out, m->data + m->off, n);
	m->off += n;
}

/*
 * A point inside a solid mark, well away from its edges at "s" pixels
 * a point: the middle of a bar or a 100% segment, the centre of a data
 * point's marker, the middle of a donut slice.  False for marks too
 * small to sample, or not solid.
 */
static bool
solid_sample(const struct box *b, double s, double *x, double *y)
{
	if (b->fill.a < 1 || b->pattern != FILL_SOLID)
		return false;
	if (b->kind == BOX_RECT && (strcmp(b->role, "bar") == 0 ||
	    strcmp(b->role, "segment") == 0) && b->w * s >= 4 &&
	    b->h * s >= 4) {
		*x = b->x + b->w / 2;
		*y = b->y + b->h / 2;
		return true;
	}
	/* A marker's ring is the page's colour; its inside is the line's. */
	if (b->kind == BOX_ELLIPSE && strcmp(b->role, "point") == 0 &&
	    b->w * s >= 7) {
		*x = b->x + b->w / 2;
		*y = b->y + b->h / 2;
		return true;
	}
	if (b->kind == BOX_SECTOR) {
		double	 r = b->w / 2, mid = (b->inner + r) / 2;
		double	 a = (b->angle0 + b->angle1) / 2;

		if ((r - b->inner) * s < 8 || (b->angle1 - b->angle0) * mid *
		    s < 8)
			return false;
		*x = b->x + r + mid * sin(a);
		*y = b->y + r - mid * cos(a);
		return true;
	}
	return false;
}

/* Distance from (x, y) to the segment p0-p1. */
static double
seg_dist(double x, double y, const double *p)
{
	double	 dx = p[2] - p[0], dy = p[3] - p[1], t;

	t = dx == 0 && dy == 0 ? 0 : ((x - p[0]) * dx + (y - p[1]) * dy) /
	    (dx * dx + dy * dy);
	t = fmin(1, fmax(0, t));
	return hypot(x - p[0] - t * dx, y - p[1] - t * dy);
}

/*
 * Whether a box painted after box "from" covers (x, y): text on a bar,
 * a leader across a slice.  Slices, lines and paths by their shape,
 * the rest by their bounds.
 */
static bool
covered_later(const struct layout *l, size_t from, double x, double y)
{
	size_t	 i, k;

	for (i = from + 1; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		if (b->kind == BOX_SECTOR) {
			double	 r = b->w / 2, dx = x - b->x - r, dy = y - b->y - r;
			double	 d = hypot(dx, dy), a = atan2(dx, -dy);

			while (a < b->angle0)
				a += 2 * G_PI;
			if (d > b->inner - 1 && d < r + 1 && a < b->angle1 + 0.02)
				return true;
			continue;
		}
		if (b->kind == BOX_LINE) {
			double	 p[4] = { b->x, b->y, b->x + b->w, b->y + b->h };

			if (seg_dist(x, y, p) < b->line_width / 2 + 1)
				return true;
			continue;
		}
		if (b->kind == BOX_PATH) {
			for (k = 0; k + 1 < b->npoints; k++)
				if (seg_dist(x, y, &b->points[2 * k]) <
				    b->line_width / 2 + 1)
					return true;
			continue;
		}
		if (x > b->x - 1 && x < b->x + b->w + 1 && y > b->y - 1 &&
		    y < b->y + b->h + 1)
			return true;
	}
	return false;
}

/* The colour inside every solid mark is the mark's (design §5). */
static void
check_marks(png_bytep *rows, const struct layout *l)
{
	size_t	 b, samples = 0;

	for (b = 0; b < l->boxes->len; b++) {
		const struct box *bx = g_ptr_array_index(l->boxes, b);
		double		 s = l->dpi / 72, cx, cy;
		png_bytep	 px;

		if (!solid_sample(bx, s, &cx, &cy) ||
		    covered_later(l, b, cx, cy))
			continue;
		px = rows[(int)(cy * s)] + 3 * (int)(cx * s);
		g_assert_cmpint(abs(px[0] - (int)lround(bx->fill.r * 255)), <=,
		    3);
		g_assert_cmpint(abs(px[1] - (int)lround(bx->fill.g * 255)), <=,
		    3);
		g_assert_cmpint(abs(px[2] - (int)lround(bx->fill.b * 255)), <=,
		    3);
		samples++;
	}
	g_test_message("%zu marks sampled", samples);
	/* A chart of bars, points or slices has some to sample. */
	for (b = 0; b < l->boxes->len && samples == 0; b++) {
		const struct box *bx = g_ptr_array_index(l->boxes, b);

		g_assert_false(bx->kind == BOX_SECTOR ||
		    strcmp(bx->role, "bar") == 0 ||
		    strcmp(bx->role, "segment") == 0 ||
		    strcmp(bx->role, "point") == 0);
	}
}

static void
check_png(const char *data, size_t len, const struct layout *l,
    const char *title)
{
	struct mem	 m = { (const unsigned char *)data, len, 0 };
	png_structp	 png;
	png_infop	 info;
	png_uint_32	 w, h, xres, yres;
	int		 unit, ntext, i, depth, ctype;
	png_textp	 text;
	volatile bool	 have_title = false, have_desc = false;
	png_bytep	*rows;

	png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	info = png_create_info_struct(png);
	g_assert_nonnull(info);
	g_assert_cmpint(setjmp(png_jmpbuf(png)), ==, 0);
	png_set_read_fn(png, &m, mem_read);
	png_read_info(png, info);
	png_get_IHDR(png, info, &w, &h, &depth, &ctype, NULL, NULL, NULL);
	g_assert_cmpuint(w, ==, (png_uint_32)ceil(l->width * l->dpi / 72 -
	    1e-6));
	g_assert_cmpuint(h, ==, (png_uint_32)ceil(l->height * l->dpi / 72 -
	    1e-6));
	g_assert_cmpint(ctype, ==, PNG_COLOR_TYPE_RGB);
	g_assert_true(png_get_pHYs(png, info, &xres, &yres, &unit));
	g_assert_cmpint(unit, ==, PNG_RESOLUTION_METER);
	g_assert_cmpfloat(fabs(xres * 0.0254 - l->dpi), <, 0.5);
	png_get_text(png, info, &text, &ntext);
	for (i = 0; i < ntext; i++) {
		if (strcmp(text[i].key, "Title") == 0) {
			g_assert_cmpstr(text[i].text, ==, title);
			have_title = true;
		}
		if (strcmp(text[i].key, "Description") == 0)
			have_desc = strlen(text[i].text) > 10;
	}
	g_assert_true(have_title);
	g_assert_true(have_desc);

	rows = g_new(png_bytep, h);
	for (i = 0; i < (int)h; i++)
		rows[i] = g_malloc(png_get_rowbytes(png, info));
	png_read_image(png, rows);
	/* The corner is background; the middle of each solid bar is bar. */
	{
		png_bytep	 px = rows[1] + 3;
		struct rgba	 bg = l->background;

		g_assert_cmpint(abs(px[0] - (int)lround(bg.r * 255)), <=, 2);
		g_assert_cmpint(abs(px[1] - (int)lround(bg.g * 255)), <=, 2);
		g_assert_cmpint(abs(px[2] - (int)lround(bg.b * 255)), <=, 2);
	}
	check_marks(rows, l);
	for (i = 0; i < (int)h; i++)
		g_free(rows[i]);
	g_free(rows);
	png_destroy_read_struct(&png, &info, NULL);
}

/* Text as poppler extracts it, without the spaces and breaks it adds. */
static char *
squeeze(const char *s)
{
	GString	*o = g_string_new(NULL);

	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		gunichar c = g_utf8_get_char(s);

		if (!g_unichar_isspace(c) && c != 0x200B)
			g_string_append_unichar(o, c);
	}
	return g_string_free(o, FALSE);
}

static void
check_pdf(const char *data, size_t len, const struct layout *l)
{
	GBytes			*bytes = g_bytes_new(data, len);
	GError			*error = NULL;
	PopplerDocument		*doc;
	PopplerPage		*page;
	PopplerFontInfo		*fi;
	PopplerFontsIter	*it = NULL;
	double			 w, h;
	char			*text, *all, *title;
	size_t			 i;
	int			 fonts = 0;

	doc = poppler_document_new_from_bytes(bytes, NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpint(poppler_document_get_n_pages(doc), ==, 1);
	title = poppler_document_get_title(doc);
	g_assert_cmpstr(title, ==, l->title);
	g_free(title);
	page = poppler_document_get_page(doc, 0);
	poppler_page_get_size(page, &w, &h);
	g_assert_cmpfloat(fabs(w - l->width), <, 0.01);
	g_assert_cmpfloat(fabs(h - l->height), <, 0.01);
	text = poppler_page_get_text(page);
	all = squeeze(text);
	/* Every line of every text box is in the PDF's text layer. */
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);
		PangoLayoutIter	 *li;

		if (b->kind != BOX_TEXT)
			continue;
		li = pango_layout_get_iter(b->layout);
		do {
			PangoLayoutLine	*line = pango_layout_iter_get_line(li);
			const char	*t = pango_layout_get_text(b->layout);
			char		*want = g_strndup(t + line->start_index,
					    line->length);
			char		*sq = squeeze(want);

			/* An ellipsized line shows only part of its text. */
			if (!pango_layout_is_ellipsized(b->layout) &&
			    strstr(all, sq) == NULL)
				g_error("PDF text lacks \"%s\"", sq);
			g_free(sq);
			g_free(want);
		} while (pango_layout_iter_next_line(li));
		pango_layout_iter_free(li);
	}
	g_free(all);
	g_free(text);
	fi = poppler_font_info_new(doc);
	while (poppler_font_info_scan(fi, 10, &it)) {
		do {
			g_assert_true(poppler_fonts_iter_is_embedded(it));
			g_assert_true(poppler_fonts_iter_is_subset(it));
			fonts++;
		} while (poppler_fonts_iter_next(it));
		poppler_fonts_iter_free(it);
		it = NULL;
	}
	g_assert_cmpint(fonts, >, 0);
	poppler_font_info_free(fi);
	g_object_unref(page);
	g_object_unref(doc);
	g_bytes_unref(bytes);
}

/* SVG: well-formed XML, root size in points, <title> and <desc>. */
struct	svg_state {
	int		 depth;
	bool		 root, in_title, in_desc;
	GString		*title, *desc;
	double		 width, height;
};

static void
svg_start(GMarkupParseContext *ctx, const char *name, const char **an,
    const char **av, gpointer data, GError **error)
{
	struct svg_state	*st = data;
	int			 i;

	if (st->depth++ == 0) {
		g_assert_cmpstr(name, ==, "svg");
		st->root = true;
		for (i = 0; an[i] != NULL; i++) {
			if (strcmp(an[i], "width") == 0)
				st->width = g_ascii_strtod(av[i], NULL);
			if (strcmp(an[i], "height") == 0)
				st->height = g_ascii_strtod(av[i], NULL);
		}
	}
	st->in_title = strcmp(name, "title") == 0;
	st->in_desc = strcmp(name, "desc") == 0;
}

static void
svg_end(GMarkupParseContext *ctx, const char *name, gpointer data,
    GError **error)
{
	struct svg_state	*st = data;

	st->depth--;
	st->in_title = st->in_desc = false;
}

static void
svg_text(GMarkupParseContext *ctx, const char *text, gsize len,
    gpointer data, GError **error)
{
	struct svg_state	*st = data;

	if (st->in_title)
		g_string_append_len(st->title, text, len);
	if (st->in_desc)
		g_string_append_len(st->desc, text, len);
}

static void
check_svg(const char *data, size_t len, const struct layout *l)
{
	GMarkupParser		 parser = { svg_start, svg_end, svg_text,
				    NULL, NULL };
	struct svg_state	 st = { 0 };
	GMarkupParseContext	*ctx;
	GError			*error = NULL;
	const char		*body = strstr(data, "<svg");

	g_assert_nonnull(body);	/* GMarkup takes no <?xml?> prolog */
	st.title = g_string_new(NULL);
	st.desc = g_string_new(NULL);
	ctx = g_markup_parse_context_new(&parser, 0, &st, NULL);
	g_assert_true(g_markup_parse_context_parse(ctx, body,
	    len - (body - data), &error));
	g_assert_true(g_markup_parse_context_end_parse(ctx, &error));
	g_assert_no_error(error);
	g_assert_true(st.root);
	g_assert_cmpfloat(fabs(st.width - l->width), <, 0.01);
	g_assert_cmpfloat(fabs(st.height - l->height), <, 0.01);
	g_assert_cmpstr(st.title->str, ==, l->title);
	g_assert_cmpuint(st.desc->len, >, 10);
	g_markup_parse_context_free(ctx);
	g_string_free(st.title, TRUE);
	g_string_free(st.desc, TRUE);
}

static void
test_chart(gconstpointer data)
{
	const char		*path = data;
	struct shutu_chart	*c = load(path);
	struct layout		*l;
	GError			*error = NULL;
	char			*out[SHUTU_FORMAT__COUNT], *again;
	size_t			 len[SHUTU_FORMAT__COUNT], alen;
	int			 f;

	l = chart_layout(c, &error);
	g_assert_no_error(error);
	g_assert_true(layout_check(l, &error));
	check_golden(path, l);
	for (f = 0; f < SHUTU_FORMAT__COUNT; f++) {
		g_assert_true(shutu_chart_render_data(c, f, &out[f], &len[f],
		    &error));
		g_assert_no_error(error);
		/* Same input, same bytes. */
		g_assert_true(shutu_chart_render_data(c, f, &again, &alen,
		    &error));
		g_assert_cmpmem(out[f], len[f], again, alen);
		g_free(again);
	}
	check_png(out[SHUTU_FORMAT_PNG], len[SHUTU_FORMAT_PNG], l, l->title);
	check_pdf(out[SHUTU_FORMAT_PDF], len[SHUTU_FORMAT_PDF], l);
	check_svg(out[SHUTU_FORMAT_SVG], len[SHUTU_FORMAT_SVG], l);
	for (f = 0; f < SHUTU_FORMAT__COUNT; f++)
		g_free(out[f]);
	layout_free(l);
	shutu_chart_free(c);
}

int
main(int argc, char *argv[])
{
	char		*dir = test_source_path("charts");
	GDir		*d;
	const char	*name;
	GPtrArray	*names = g_ptr_array_new_with_free_func(g_free);
	size_t		 i;
	int		 rc;

	setlocale(LC_ALL, "C.UTF-8");
	g_test_init(&argc, &argv, NULL);
	d = g_dir_open(dir, 0, NULL);
	g_assert_nonnull(d);
	while ((name = g_dir_read_name(d)) != NULL)
		if (g_str_has_suffix(name, ".json"))
			g_ptr_array_add(names, g_strdup(name));
	g_dir_close(d);
	g_ptr_array_sort(names, (GCompareFunc)g_strcmp0);
	for (i = 0; i < names->len; i++) {
		const char *n = *(char **)&names->pdata[i];
		char	*path = g_build_filename(dir, n, NULL);
		char	*test = g_strdup_printf("/charts/%s", n);

		g_test_add_data_func_full(test, path, test_chart, g_free);
		g_free(test);
	}
	rc = g_test_run();
	g_ptr_array_unref(names);
	g_free(dir);
	return rc;
}
