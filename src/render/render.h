/* SPDX-License-Identifier: MIT */
/*
 * Painting a finished layout (draw.c) onto a surface of one format
 * (surface.c); PNG files go through libpng (png.c) for speed, DPI and
 * metadata.  Nothing here decides where anything goes.
 */
#ifndef SHUTU_RENDER_H
#define SHUTU_RENDER_H

#include <stdbool.h>
#include <stdio.h>
#include <cairo.h>

#include "chart/layout.h"

/* Paint every box of "l" onto "cr", whose user space is in points. */
void		 draw_layout(cairo_t *cr, const struct layout *l);

/* How a format is written, beyond what the layout says. */
struct	surface_options {
	int		 quality;	/* JPEG 1..100, 0: 92 */
	bool		 cmyk;		/* PDF: through Ghostscript (cmyk.c) */
};

/*
 * Render "l" in "fmt" through "write" (a cairo_write_func_t); "opt" may
 * be NULL.  A layout whose background is transparent (alpha 0) gives a
 * PNG with alpha, and a JPEG on white.  Errors come back through "error"
 * with SHUTU_ERROR_RENDER or _OUTPUT.
 */
bool		 surface_render(const struct layout *l, enum shutu_format fmt,
		    const struct surface_options *opt,
		    cairo_write_func_t write, void *closure, GError **error);

/*
 * Encode an RGB24 image surface (ARGB32: with alpha) as PNG with pHYs
 * for "dpi" and iTXt Title, Source, Description; "write" as for cairo.
 */
bool		 png_write(cairo_surface_t *img, double dpi,
		    const struct layout *l, cairo_write_func_t write,
		    void *closure, GError **error);

/*
 * Encode an RGB24 image surface as baseline JPEG of "quality" with "dpi"
 * in the JFIF density and the title and alt text in a comment.
 */
bool		 jpeg_write(cairo_surface_t *img, double dpi, int quality,
		    const struct layout *l, cairo_write_func_t write,
		    void *closure, GError **error);

/*
 * "pdf" (RGB, as cairo writes it) converted to DeviceCMYK by Ghostscript
 * into "*out" (g_byte_array_unref).  Fails with a message naming the
 * package when gs is not installed.
 */
bool		 cmyk_convert(const guint8 *pdf, size_t len, GByteArray **out,
		    GError **error);

/* Draw pictogram "name" into the box; false if there is none so named. */
bool		 icon_draw(cairo_t *cr, const char *name, double x, double y,
		    double w, double h, struct rgba colour);
/* Whether a pictogram is known. */
bool		 icon_exists(const char *name);

#endif /* SHUTU_RENDER_H */
