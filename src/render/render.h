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

/*
 * Render "l" in "fmt" through "write" (a cairo_write_func_t).  Errors
 * come back through "error" with SHUTU_ERROR_RENDER or _OUTPUT.
 */
bool		 surface_render(const struct layout *l, enum shutu_format fmt,
		    cairo_write_func_t write, void *closure, GError **error);

/*
 * Encode an RGB24 image surface as PNG with pHYs for "dpi" and iTXt
 * Title, Source, Description; "write" as for cairo.
 */
bool		 png_write(cairo_surface_t *img, double dpi,
		    const struct layout *l, cairo_write_func_t write,
		    void *closure, GError **error);

/* Draw pictogram "name" into the box; false if there is none so named. */
bool		 icon_draw(cairo_t *cr, const char *name, double x, double y,
		    double w, double h, struct rgba colour);
/* Whether a pictogram is known. */
bool		 icon_exists(const char *name);

#endif /* SHUTU_RENDER_H */
