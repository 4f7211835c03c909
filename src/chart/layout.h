/* SPDX-License-Identifier: MIT */
/*
 * A laid-out chart: boxes in points on a canvas, every coordinate fixed,
 * every text already shaped and measured through Pango.  render/ paints
 * exactly this and decides nothing; dump.c prints it for golden tests.
 */
#ifndef SHUTU_LAYOUT_H
#define SHUTU_LAYOUT_H

#include <stdbool.h>
#include <pango/pango.h>

#include "shutu.h"

struct	rgba {
	double		 r, g, b, a;		/* 0..1 */
};

enum	box_kind {
	BOX_RECT,
	BOX_LINE,	/* from (x, y) to (x + w, y + h) */
	BOX_TEXT,
	BOX_ELLIPSE,
	BOX_ICON,	/* a pictogram drawn into the box */
	BOX_PATH,	/* a polyline through "points"; the box bounds it */
	BOX_SECTOR,	/* a ring sector of the circle inscribed in the box */
};

/* How a rect is filled: approximate values are drawn as such (design §5). */
enum	box_fill {
	FILL_SOLID,
	FILL_FADE_RIGHT,	/* open end: "over" values, 300余 */
	FILL_FADE_UP,
	FILL_FADE_LEFT,
	FILL_FADE_DOWN,
	FILL_HATCH,		/* uncertain span: ranges, "about" caps */
};

struct	box {
	enum box_kind	 kind;
	const char	*role;		/* static: "bar", "value", "title" … */
	double		 x, y, w, h;	/* bounds, points */
	struct rgba	 fill;		/* a = 0: no fill */
	struct rgba	 stroke;	/* a = 0: no stroke */
	double		 line_width;	/* points */
	double		 dash;		/* dash length; 0: solid */
	double		 radius;	/* corner radius of rects */
	enum box_fill	 pattern;
	PangoLayout	*layout;	/* BOX_TEXT: owned, drawn at (x, y) */
	char		*text;		/* BOX_TEXT: what it says; BOX_ICON: name */
	double		*points;	/* BOX_PATH: x0, y0, x1, y1 …, owned */
	size_t		 npoints;	/* BOX_PATH: pairs in "points" */
	double		 inner;		/* BOX_SECTOR: inner radius, points */
	double		 angle0;	/* BOX_SECTOR: radians clockwise */
	double		 angle1;	/*   from 12 o'clock, angle0 < angle1 */
};

struct	layout {
	double		 width, height;	/* canvas, points */
	double		 dpi;		/* PNG pixels per inch */
	struct rgba	 background;
	GPtrArray	*boxes;		/* struct box *, owned, in paint order */
	char		*title;		/* metadata */
	char		*source;
	char		*alt;		/* alt text */
};

struct layout	*layout_new(double width, double height, double dpi);
void		 layout_free(struct layout *);
/* Append a box; the layout owns it.  Returns it for further setting. */
struct box	*layout_add(struct layout *, enum box_kind, const char *role);
struct box	*layout_rect(struct layout *, const char *role, double x,
		    double y, double w, double h, struct rgba fill);
struct box	*layout_line(struct layout *, const char *role, double x0,
		    double y0, double x1, double y1, struct rgba stroke,
		    double width);
/*
 * A polyline through "n" points (x, y pairs, copied), stroked with round
 * joins; layout_check() keeps text off it.
 */
struct box	*layout_path(struct layout *, const char *role,
		    const double *xy, size_t n, struct rgba stroke,
		    double width);
/*
 * The part of the ring around (cx, cy) between radii "inner" and "r"
 * from angle "a0" to "a1" (radians clockwise from 12 o'clock).
 */
struct box	*layout_sector(struct layout *, const char *role, double cx,
		    double cy, double r, double inner, double a0, double a1,
		    struct rgba fill);
/*
 * Text: takes "pl" (a measured Pango layout) and puts the top left of its
 * logical extents at x, y.  An aligned, wrapped layout's extents may start
 * right of its origin: layout_text_origin() gives where to draw it.
 */
struct box	*layout_text_take(struct layout *, const char *role,
		    PangoLayout *pl, double x, double y);
void		 layout_text_origin(const struct box *, double *x,
		    double *y);
/* Move every box by dx, dy. */
void		 layout_translate(struct layout *, double dx, double dy,
		    size_t from);

/*
 * Move the boxes of "src" into "dst" with src's origin at x, y (charts
 * inside infographics); "src" is left empty.
 */
void		 layout_embed(struct layout *dst, struct layout *src,
		    double x, double y);

/*
 * Sanity of a finished layout: no two text boxes overlap, no text lies
 * on a path (a data line, a leader), no box leaves the canvas.  Charts run it before they are drawn, tests on every spec.
 */
bool		 layout_check(const struct layout *, GError **error);
/* Whether path "b" (its stroke included) meets the rectangle. */
bool		 layout_path_hits(const struct box *b, double x0, double y0,
		    double x1, double y1);
/* One line per box, rounded to 0.1 pt (golden tests). */
char		*layout_dump(const struct layout *);

#endif /* SHUTU_LAYOUT_H */
