/* SPDX-License-Identifier: MIT */
/* One row per output format; drawing never learns which it is. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "render.h"

/* What a backend writes through: the caller's sink, or a buffer. */
struct	target {
	cairo_write_func_t	 write;
	void			*closure;
	GByteArray		*buf;	/* SVG, CMYK PDF: the file as made */
	bool			 cmyk;
};

static cairo_status_t
to_buffer(void *closure, const unsigned char *data, unsigned int len)
{
	g_byte_array_append(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

/*
 * "2020-09-13T12:26:40Z": the time the PDF is made, as every PDF writer
 * says; SOURCE_DATE_EPOCH (reproducible-builds.org), when it is a number
 * of seconds, instead, so that the same input gives the same bytes.
 */
static void
pdf_date(char *buf, size_t len)
{
	const char	*env = getenv("SOURCE_DATE_EPOCH");
	time_t		 t = time(NULL);
	struct tm	 tm;
	char		*end;
	gint64		 v;

	if (env != NULL && *env != '\0') {
		v = g_ascii_strtoll(env, &end, 10);
		if (*end == '\0' && v >= 0)
			t = (time_t)v;
	}
	gmtime_r(&t, &tm);
	strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/*
 * Cairo takes at most 32,767 pixels a side; past a gigabyte of pixels a
 * chart is a mistake in --dpi or --scale, not a poster.
 */
#define IMAGE_SIDE_MAX	32767
#define IMAGE_AREA_MAX	(256.0 * 1024 * 1024)

static cairo_surface_t *
png_open(struct target *t, const struct layout *l)
{
	double	 scale = l->dpi / 72;
	double	 w = ceil(l->width * scale - 1e-6);
	double	 h = ceil(l->height * scale - 1e-6);

	if (w > IMAGE_SIDE_MAX || h > IMAGE_SIDE_MAX ||
	    w * h > IMAGE_AREA_MAX)
		return NULL;
	/* Alpha only where the page is transparent: RGB files are smaller. */
	return cairo_image_surface_create(l->background.a < 1 ?
	    CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, (int)w, (int)h);
}

/* JPEG has no alpha: an RGB image, flattened onto white in render. */
static cairo_surface_t *
jpeg_open(struct target *t, const struct layout *l)
{
	double	 scale = l->dpi / 72;
	double	 w = ceil(l->width * scale - 1e-6);
	double	 h = ceil(l->height * scale - 1e-6);

	if (w > IMAGE_SIDE_MAX || h > IMAGE_SIDE_MAX ||
	    w * h > IMAGE_AREA_MAX || w > 65500 || h > 65500)
		return NULL;
	return cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)w, (int)h);
}

static cairo_surface_t *
svg_open(struct target *t, const struct layout *l)
{
	cairo_surface_t	*s;

	t->buf = g_byte_array_new();
	s = cairo_svg_surface_create_for_stream(to_buffer, t->buf, l->width,
	    l->height);
	cairo_svg_surface_restrict_to_version(s, CAIRO_SVG_VERSION_1_1);
	cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PT);
	return s;
}

static cairo_surface_t *
pdf_open(struct target *t, const struct layout *l)
{
	cairo_surface_t	*s;
	char		 date[32];

	/* Converted to CMYK after: cairo writes into a buffer first. */
	if (t->cmyk) {
		t->buf = g_byte_array_new();
		s = cairo_pdf_surface_create_for_stream(to_buffer, t->buf,
		    l->width, l->height);
	} else
		s = cairo_pdf_surface_create_for_stream(t->write, t->closure,
		    l->width, l->height);
	pdf_date(date, sizeof date);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE,
	    l->title != NULL ? l->title : "");
	if (l->alt != NULL)
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT,
		    l->alt);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR,
	    "shutu " SHUTU_VERSION);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE,
	    date);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date);
	return s;
}

static void
xml_escape(GString *out, const char *s)
{
	char	*e = g_markup_escape_text(s != NULL ? s : "", -1);

	g_string_append(out, e);
	g_free(e);
}

/*
 * Cairo names SVG groups after its surfaces' process-wide serial numbers
 * ("surface142"), so the same chart drawn twice in one process would
 * differ.  Renumber them in order of appearance.
 */
static GByteArray *
svg_stable_ids(GByteArray *in)
{
	static const char	 word[] = "surface";
	GByteArray		*out = g_byte_array_sized_new(in->len);
	GHashTable		*ids = g_hash_table_new(g_str_hash,
				    g_str_equal);
	GPtrArray		*keys = g_ptr_array_new_with_free_func(g_free);
	const guint8		*p = in->data, *end = in->data + in->len, *q;
	const size_t		 wl = sizeof word - 1;

	while (p < end) {
		q = memmem(p, end - p, word, wl);
		if (q == NULL || q + wl >= end || !g_ascii_isdigit(q[wl])) {
			q = q == NULL ? end : q + wl;
			g_byte_array_append(out, p, q - p);
			p = q;
			continue;
		}
		g_byte_array_append(out, p, q + wl - p);
		p = q + wl;
		q = p;
		while (q < end && g_ascii_isdigit(*q))
			q++;
		{
			char	*key = g_strndup((const char *)p, q - p);
			char	 num[24];
			guint	 n = GPOINTER_TO_UINT(g_hash_table_lookup(ids,
				    key));

			if (n == 0) {
				n = g_hash_table_size(ids) + 1;
				g_hash_table_insert(ids, key,
				    GUINT_TO_POINTER(n));
				g_ptr_array_add(keys, key);
			} else
				g_free(key);
			g_snprintf(num, sizeof num, "%u", n);
			g_byte_array_append(out, (guint8 *)num, strlen(num));
		}
		p = q;
	}
	g_hash_table_destroy(ids);
	g_ptr_array_unref(keys);
	return out;
}

/*
 * Cairo draws SVG text as glyph outlines (so it looks the same without
 * the fonts) and has no accessibility metadata: add role, <title> and
 * <desc> after the root element's start tag.
 */
static cairo_status_t
svg_close(struct target *t, const struct layout *l)
{
	GByteArray	*b;
	const char	*svg, *end;
	GString		*meta;
	size_t		 head;
	cairo_status_t	 st;

	b = svg_stable_ids(t->buf);
	svg = g_strstr_len((const char *)b->data, b->len, "<svg");
	end = svg != NULL ? memchr(svg, '>', b->len - (svg -
	    (const char *)b->data)) : NULL;
	if (end == NULL) {
		g_byte_array_unref(b);
		return CAIRO_STATUS_WRITE_ERROR;
	}
	head = end - (const char *)b->data;
	meta = g_string_new(" role=\"img\" aria-labelledby=\"shutu-title "
	    "shutu-desc\">\n<title id=\"shutu-title\">");
	xml_escape(meta, l->title);
	g_string_append(meta, "</title>\n<desc id=\"shutu-desc\">");
	xml_escape(meta, l->alt);
	g_string_append(meta, "</desc>");
	st = t->write(t->closure, b->data, head);
	if (st == CAIRO_STATUS_SUCCESS)
		st = t->write(t->closure, (unsigned char *)meta->str,
		    meta->len);
	if (st == CAIRO_STATUS_SUCCESS)
		st = t->write(t->closure, b->data + head + 1,
		    b->len - head - 1);
	g_string_free(meta, TRUE);
	g_byte_array_unref(b);
	return st;
}

static const struct backend {
	const char	*suffix;
	cairo_surface_t	*(*open)(struct target *, const struct layout *);
} backends[] = {
	[SHUTU_FORMAT_PNG] = { "png", png_open },
	[SHUTU_FORMAT_SVG] = { "svg", svg_open },
	[SHUTU_FORMAT_PDF] = { "pdf", pdf_open },
	[SHUTU_FORMAT_JPEG] = { "jpg", jpeg_open },
};

static bool
too_large(const struct layout *l, const char *suffix, GError **error)
{
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_RENDER, "%s: %.0f×%.0f "
	    "pixels is too large (at most %d a side and 256 megapixels); "
	    "lower the dpi or the scale", suffix, ceil(l->width * l->dpi / 72 -
	    1e-6), ceil(l->height * l->dpi / 72 - 1e-6), IMAGE_SIDE_MAX);
	return false;
}

/* The finished CMYK file through the caller's sink. */
static cairo_status_t
cmyk_close(struct target *t, GError **error)
{
	GByteArray	*out = NULL;
	cairo_status_t	 st;

	if (!cmyk_convert(t->buf->data, t->buf->len, &out, error))
		return CAIRO_STATUS_USER_FONT_ERROR;	/* "error" is set */
	st = t->write(t->closure, out->data, out->len);
	g_byte_array_unref(out);
	return st;
}

bool
surface_render(const struct layout *l, enum shutu_format fmt,
    const struct surface_options *opt, cairo_write_func_t write,
    void *closure, GError **error)
{
	const struct backend	*be = &backends[fmt];
	struct target		 t = { write, closure, NULL, false };
	cairo_surface_t		*surf;
	cairo_t			*cr;
	cairo_status_t		 st;
	GError			*own = NULL;
	bool			 ok, image;

	image = fmt == SHUTU_FORMAT_PNG || fmt == SHUTU_FORMAT_JPEG;
	t.cmyk = fmt == SHUTU_FORMAT_PDF && opt != NULL && opt->cmyk;
	if ((surf = be->open(&t, l)) == NULL)
		return too_large(l, be->suffix, error);
	cr = cairo_create(surf);	/* never NULL: a nil object on error */
	if (image)
		cairo_scale(cr, l->dpi / 72, l->dpi / 72);
	if (fmt == SHUTU_FORMAT_JPEG && l->background.a < 1) {
		/* JPEG has no alpha: what is transparent elsewhere is white. */
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_paint(cr);
	}
	draw_layout(cr, l);		/* checks nothing: errors are sticky */
	st = cairo_status(cr);
	cairo_destroy(cr);
	if (st == CAIRO_STATUS_SUCCESS && image) {
		ok = fmt == SHUTU_FORMAT_PNG ?
		    png_write(surf, l->dpi, l, write, closure, error) :
		    jpeg_write(surf, l->dpi, opt != NULL && opt->quality > 0 ?
		    opt->quality : 92, l, write, closure, error);
		cairo_surface_destroy(surf);
		return ok;
	}
	cairo_surface_finish(surf);	/* SVG and PDF are written here */
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(surf);
	cairo_surface_destroy(surf);
	if (st == CAIRO_STATUS_SUCCESS && fmt == SHUTU_FORMAT_SVG)
		st = svg_close(&t, l);
	if (st == CAIRO_STATUS_SUCCESS && t.cmyk)
		st = cmyk_close(&t, &own);
	if (t.buf != NULL)
		g_byte_array_unref(t.buf);
	if (own != NULL) {
		g_propagate_error(error, own);
		return false;
	}
	if (st == CAIRO_STATUS_SUCCESS)
		return true;
	g_set_error(error, SHUTU_ERROR, st == CAIRO_STATUS_WRITE_ERROR ?
	    SHUTU_ERROR_OUTPUT : SHUTU_ERROR_RENDER, "%s: %s", be->suffix,
	    st == CAIRO_STATUS_WRITE_ERROR ? "write failed" :
	    cairo_status_to_string(st));
	return false;
}
