/* SPDX-License-Identifier: MIT */
/* Layout -> cairo.  Errors are sticky in cairo: nothing is checked here. */
#include <math.h>

#include <pango/pangocairo.h>

#include "render.h"

static void
set_colour(cairo_t *cr, struct rgba c)
{
	cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

/* A gradient from full colour to faint, along the bar's open end. */
static void
fade(cairo_t *cr, const struct box *b)
{
	cairo_pattern_t	*p;
	double		 x0 = b->x, y0 = b->y, x1 = b->x, y1 = b->y;

	switch (b->pattern) {
	case FILL_FADE_RIGHT:
		x1 = b->x + b->w;
		break;
	case FILL_FADE_LEFT:
		x0 = b->x + b->w;
		break;
	case FILL_FADE_UP:
		y0 = b->y + b->h;
		break;
	default:	/* FILL_FADE_DOWN */
		y1 = b->y + b->h;
		break;
	}
	p = cairo_pattern_create_linear(x0, y0, x1, y1);
	cairo_pattern_add_color_stop_rgba(p, 0, b->fill.r, b->fill.g,
	    b->fill.b, b->fill.a * 0.85);
	cairo_pattern_add_color_stop_rgba(p, 1, b->fill.r, b->fill.g,
	    b->fill.b, b->fill.a * 0.08);
	cairo_set_source(cr, p);
	cairo_rectangle(cr, b->x, b->y, b->w, b->h);
	cairo_fill(cr);
	cairo_pattern_destroy(p);
}

/* A light fill crossed by diagonal lines: "uncertain span". */
static void
hatch(cairo_t *cr, const struct box *b)
{
	double	 d, step = 3.5;

	cairo_save(cr);
	cairo_rectangle(cr, b->x, b->y, b->w, b->h);
	cairo_clip(cr);
	cairo_set_source_rgba(cr, b->fill.r, b->fill.g, b->fill.b,
	    b->fill.a * 0.3);
	cairo_paint(cr);
	set_colour(cr, b->fill);
	cairo_set_line_width(cr, 1.1);
	for (d = -b->h; d < b->w + b->h; d += step) {
		cairo_move_to(cr, b->x + d, b->y + b->h);
		cairo_line_to(cr, b->x + d + b->h, b->y);
	}
	cairo_stroke(cr);
	cairo_restore(cr);
}

static void	stroke(cairo_t *, const struct box *);

/* The ring sector of a BOX_SECTOR as the current path. */
static void
sector_path(cairo_t *cr, const struct box *b)
{
	double	 cx = b->x + b->w / 2, cy = b->y + b->h / 2, r = b->w / 2;
	/* Cairo's angles run clockwise from 3 o'clock; ours from 12. */
	double	 a0 = b->angle0 - M_PI / 2, a1 = b->angle1 - M_PI / 2;

	cairo_new_path(cr);
	cairo_arc(cr, cx, cy, r, a0, a1);
	if (b->inner > 0)
		cairo_arc_negative(cr, cx, cy, b->inner, a1, a0);
	else
		cairo_line_to(cr, cx, cy);
	cairo_close_path(cr);
}

/* A sector filled as a rect would be: solid, or hatched when uncertain. */
static void
sector(cairo_t *cr, const struct box *b)
{
	double	 d, step = 3.5;

	sector_path(cr, b);
	if (b->pattern != FILL_HATCH) {
		set_colour(cr, b->fill);
		cairo_fill_preserve(cr);
	} else {
		cairo_save(cr);
		cairo_clip_preserve(cr);
		cairo_set_source_rgba(cr, b->fill.r, b->fill.g, b->fill.b,
		    b->fill.a * 0.3);
		cairo_paint(cr);
		set_colour(cr, b->fill);
		cairo_set_line_width(cr, 1.1);
		cairo_new_path(cr);
		for (d = -b->h; d < b->w + b->h; d += step) {
			cairo_move_to(cr, b->x + d, b->y + b->h);
			cairo_line_to(cr, b->x + d + b->h, b->y);
		}
		cairo_stroke(cr);
		cairo_restore(cr);
		sector_path(cr, b);
	}
	stroke(cr, b);
	cairo_new_path(cr);
}

static void
rounded(cairo_t *cr, const struct box *b)
{
	double	 r = fmin(b->radius, fmin(b->w, b->h) / 2);

	if (r <= 0) {
		cairo_rectangle(cr, b->x, b->y, b->w, b->h);
		return;
	}
	cairo_new_sub_path(cr);
	cairo_arc(cr, b->x + b->w - r, b->y + r, r, -M_PI / 2, 0);
	cairo_arc(cr, b->x + b->w - r, b->y + b->h - r, r, 0, M_PI / 2);
	cairo_arc(cr, b->x + r, b->y + b->h - r, r, M_PI / 2, M_PI);
	cairo_arc(cr, b->x + r, b->y + r, r, M_PI, 3 * M_PI / 2);
	cairo_close_path(cr);
}

static void
stroke(cairo_t *cr, const struct box *b)
{
	if (b->stroke.a <= 0 || b->line_width <= 0)
		return;
	set_colour(cr, b->stroke);
	cairo_set_line_width(cr, b->line_width);
	if (b->dash > 0)
		cairo_set_dash(cr, &b->dash, 1, 0);
	cairo_stroke(cr);
	cairo_set_dash(cr, NULL, 0, 0);
}

static void
draw_box(cairo_t *cr, const struct box *b)
{
	double	 x, y;

	switch (b->kind) {
	case BOX_RECT:
		if (b->pattern == FILL_HATCH)
			hatch(cr, b);
		else if (b->pattern != FILL_SOLID)
			fade(cr, b);
		else if (b->fill.a > 0) {
			rounded(cr, b);
			set_colour(cr, b->fill);
			cairo_fill(cr);
		}
		if (b->stroke.a > 0) {
			rounded(cr, b);
			stroke(cr, b);
		}
		break;
	case BOX_LINE:
		cairo_move_to(cr, b->x, b->y);
		cairo_line_to(cr, b->x + b->w, b->y + b->h);
		stroke(cr, b);
		break;
	case BOX_ELLIPSE:
		cairo_save(cr);
		cairo_translate(cr, b->x + b->w / 2, b->y + b->h / 2);
		cairo_scale(cr, b->w / 2, b->h / 2);
		cairo_arc(cr, 0, 0, 1, 0, 2 * M_PI);
		cairo_restore(cr);
		if (b->fill.a > 0) {
			set_colour(cr, b->fill);
			cairo_fill_preserve(cr);
		}
		if (b->stroke.a > 0)
			stroke(cr, b);
		cairo_new_path(cr);
		break;
	case BOX_TEXT:
		/* The layout was measured in points: draw it unchanged. */
		layout_text_origin(b, &x, &y);
		set_colour(cr, b->fill);
		cairo_move_to(cr, x, y);
		pango_cairo_show_layout(cr, b->layout);
		break;
	case BOX_ICON:
		icon_draw(cr, b->text, b->x, b->y, b->w, b->h, b->fill);
		break;
	case BOX_PATH:
		cairo_new_path(cr);
		for (size_t k = 0; k < b->npoints; k++)
			cairo_line_to(cr, b->points[2 * k],
			    b->points[2 * k + 1]);
		/* Round: a data line bends at its points, it has no mitres. */
		cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
		cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
		stroke(cr, b);
		cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
		cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
		cairo_new_path(cr);
		break;
	case BOX_SECTOR:
		sector(cr, b);
		break;
	}
}

void
draw_layout(cairo_t *cr, const struct layout *l)
{
	size_t	 i;

	set_colour(cr, l->background);
	cairo_paint(cr);
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	for (i = 0; i < l->boxes->len; i++)
		draw_box(cr, g_ptr_array_index(l->boxes, i));
}
