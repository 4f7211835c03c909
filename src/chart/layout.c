/* SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>

#include "layout.h"
#include "text.h"

/* Text boxes may touch: Pango's logical boxes include line gaps. */
#define OVERLAP_SLACK	0.05

static void
box_free(gpointer p)
{
	struct box	*b = p;

	if (b->layout != NULL)
		g_object_unref(b->layout);
	g_free(b->text);
	g_free(b->points);
	g_free(b);
}

struct layout *
layout_new(double width, double height, double dpi)
{
	struct layout	*l = g_new0(struct layout, 1);

	l->width = width;
	l->height = height;
	l->dpi = dpi;
	l->background = (struct rgba){ 1, 1, 1, 1 };
	l->boxes = g_ptr_array_new_with_free_func(box_free);
	return l;
}

void
layout_free(struct layout *l)
{
	if (l == NULL)
		return;
	g_ptr_array_unref(l->boxes);
	g_free(l->title);
	g_free(l->source);
	g_free(l->alt);
	g_free(l);
}

struct box *
layout_add(struct layout *l, enum box_kind kind, const char *role)
{
	struct box	*b = g_new0(struct box, 1);

	b->kind = kind;
	b->role = role;
	g_ptr_array_add(l->boxes, b);
	return b;
}

struct box *
layout_rect(struct layout *l, const char *role, double x, double y,
    double w, double h, struct rgba fill)
{
	struct box	*b = layout_add(l, BOX_RECT, role);

	b->x = x;
	b->y = y;
	b->w = w;
	b->h = h;
	b->fill = fill;
	return b;
}

struct box *
layout_line(struct layout *l, const char *role, double x0, double y0,
    double x1, double y1, struct rgba stroke, double width)
{
	struct box	*b = layout_add(l, BOX_LINE, role);

	b->x = x0;
	b->y = y0;
	b->w = x1 - x0;
	b->h = y1 - y0;
	b->stroke = stroke;
	b->line_width = width;
	return b;
}

struct box *
layout_path(struct layout *l, const char *role, const double *xy, size_t n,
    struct rgba stroke, double width)
{
	struct box	*b = layout_add(l, BOX_PATH, role);
	double		 x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY,
			 y1 = -INFINITY;
	size_t		 i;

	g_return_val_if_fail(n > 0, b);
	b->points = g_memdup2(xy, 2 * n * sizeof *xy);
	b->npoints = n;
	for (i = 0; i < n; i++) {
		x0 = fmin(x0, xy[2 * i]);
		x1 = fmax(x1, xy[2 * i]);
		y0 = fmin(y0, xy[2 * i + 1]);
		y1 = fmax(y1, xy[2 * i + 1]);
	}
	b->x = x0;
	b->y = y0;
	b->w = x1 - x0;
	b->h = y1 - y0;
	b->stroke = stroke;
	b->line_width = width;
	return b;
}

struct box *
layout_sector(struct layout *l, const char *role, double cx, double cy,
    double r, double inner, double a0, double a1, struct rgba fill)
{
	struct box	*b = layout_add(l, BOX_SECTOR, role);

	b->x = cx - r;
	b->y = cy - r;
	b->w = b->h = 2 * r;
	b->inner = inner;
	b->angle0 = a0;
	b->angle1 = a1;
	b->fill = fill;
	return b;
}

struct box *
layout_text_take(struct layout *l, const char *role, PangoLayout *pl,
    double x, double y)
{
	struct box	*b = layout_add(l, BOX_TEXT, role);
	PangoRectangle	 r;

	pango_layout_get_extents(pl, NULL, &r);
	b->layout = pl;
	b->text = text_plain(pango_layout_get_text(pl));
	b->x = x;
	b->y = y;
	b->w = (double)r.width / PANGO_SCALE;
	b->h = (double)r.height / PANGO_SCALE;
	return b;
}

void
layout_translate(struct layout *l, double dx, double dy, size_t from)
{
	size_t	 i;

	for (i = from; i < l->boxes->len; i++) {
		struct box	*b = g_ptr_array_index(l->boxes, i);

		b->x += dx;
		b->y += dy;
		for (size_t k = 0; k < b->npoints; k++) {
			b->points[2 * k] += dx;
			b->points[2 * k + 1] += dy;
		}
	}
}

void
layout_embed(struct layout *dst, struct layout *src, double x, double y)
{
	size_t	 from = dst->boxes->len, i;

	for (i = 0; i < src->boxes->len; i++)
		g_ptr_array_add(dst->boxes, g_ptr_array_index(src->boxes, i));
	/* dst owns them now: empty src without freeing. */
	g_ptr_array_set_free_func(src->boxes, NULL);
	g_ptr_array_set_size(src->boxes, 0);
	g_ptr_array_set_free_func(src->boxes, box_free);
	layout_translate(dst, x, y, from);
}

/* Normalised bounds: lines may run right-to-left or upwards. */
static void
bounds(const struct box *b, double *x0, double *y0, double *x1, double *y1)
{
	*x0 = fmin(b->x, b->x + b->w);
	*x1 = fmax(b->x, b->x + b->w);
	*y0 = fmin(b->y, b->y + b->h);
	*y1 = fmax(b->y, b->y + b->h);
	if (b->kind == BOX_LINE || b->kind == BOX_PATH) {
		/* A stroke reaches half its width beyond the path. */
		*x0 -= b->line_width / 2;
		*x1 += b->line_width / 2;
		*y0 -= b->line_width / 2;
		*y1 += b->line_width / 2;
	}
}

/*
 * Whether the segment p0-p1 passes through the rectangle x0..x1, y0..y1
 * (Liang-Barsky clipping: the part of the segment inside is not empty).
 */
static bool
segment_hits(double px0, double py0, double px1, double py1, double x0,
    double y0, double x1, double y1)
{
	double	 dx = px1 - px0, dy = py1 - py0, t0 = 0, t1 = 1;
	double	 p[4] = { -dx, dx, -dy, dy };
	double	 q[4] = { px0 - x0, x1 - px0, py0 - y0, y1 - py0 };
	int	 k;

	for (k = 0; k < 4; k++) {
		if (p[k] == 0) {
			if (q[k] < 0)
				return false;
			continue;
		}
		if (p[k] < 0)
			t0 = fmax(t0, q[k] / p[k]);
		else
			t1 = fmin(t1, q[k] / p[k]);
		if (t0 > t1)
			return false;
	}
	return true;
}

bool
layout_path_hits(const struct box *path, double x0, double y0, double x1,
    double y1)
{
	double	 m = path->line_width / 2;
	size_t	 k;

	for (k = 0; k + 1 < path->npoints; k++)
		if (segment_hits(path->points[2 * k], path->points[2 * k + 1],
		    path->points[2 * k + 2], path->points[2 * k + 3], x0 - m,
		    y0 - m, x1 + m, y1 + m))
			return true;
	return false;
}

bool
layout_check(const struct layout *l, GError **error)
{
	size_t	 i, j;
	double	 ax0, ay0, ax1, ay1, bx0, by0, bx1, by1;

	for (i = 0; i < l->boxes->len; i++) {
		const struct box *a = g_ptr_array_index(l->boxes, i);

		bounds(a, &ax0, &ay0, &ax1, &ay1);
		if (ax0 < -OVERLAP_SLACK || ay0 < -OVERLAP_SLACK ||
		    ax1 > l->width + OVERLAP_SLACK ||
		    ay1 > l->height + OVERLAP_SLACK) {
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_RENDER,
			    "%s box \"%s\" (%.1f,%.1f)-(%.1f,%.1f) leaves "
			    "the %.1fx%.1f canvas", a->role,
			    a->text ? a->text : "", ax0, ay0, ax1, ay1,
			    l->width, l->height);
			return false;
		}
		if (a->kind != BOX_TEXT)
			continue;
		for (j = 0; j < l->boxes->len; j++) {
			const struct box *b = g_ptr_array_index(l->boxes, j);

			/* Lines of data and leaders are read: no text on them. */
			if (b->kind == BOX_PATH && layout_path_hits(b,
			    ax0 + OVERLAP_SLACK, ay0 + OVERLAP_SLACK,
			    ax1 - OVERLAP_SLACK, ay1 - OVERLAP_SLACK)) {
				g_set_error(error, SHUTU_ERROR,
				    SHUTU_ERROR_RENDER, "text \"%s\" lies on "
				    "the %s", a->text, b->role);
				return false;
			}
			if (j <= i || b->kind != BOX_TEXT)
				continue;
			bounds(b, &bx0, &by0, &bx1, &by1);
			if (ax0 < bx1 - OVERLAP_SLACK &&
			    bx0 < ax1 - OVERLAP_SLACK &&
			    ay0 < by1 - OVERLAP_SLACK &&
			    by0 < ay1 - OVERLAP_SLACK) {
				g_set_error(error, SHUTU_ERROR,
				    SHUTU_ERROR_RENDER, "text \"%s\" overlaps "
				    "text \"%s\"", a->text, b->text);
				return false;
			}
		}
	}
	return true;
}

static const char *const kind_names[] = {
	[BOX_RECT] = "rect", [BOX_LINE] = "line", [BOX_TEXT] = "text",
	[BOX_ELLIPSE] = "ellipse", [BOX_ICON] = "icon",
	[BOX_PATH] = "path", [BOX_SECTOR] = "sector",
};

char *
layout_dump(const struct layout *l)
{
	GString	*s = g_string_new(NULL);
	size_t	 i;

	g_string_append_printf(s, "canvas %.1f %.1f dpi %.0f\n", l->width,
	    l->height, l->dpi);
	for (i = 0; i < l->boxes->len; i++) {
		const struct box *b = g_ptr_array_index(l->boxes, i);

		/* Rounded so that tiny float noise does not churn goldens. */
		g_string_append_printf(s, "%s %s %.1f %.1f %.1f %.1f",
		    kind_names[b->kind], b->role, b->x + 0.0, b->y + 0.0,
		    b->w + 0.0, b->h + 0.0);
		if (b->kind == BOX_TEXT) {
			const char	*p;

			g_string_append_printf(s, " lines %d \"",
			    pango_layout_get_line_count(b->layout));
			for (p = b->text; *p != '\0'; p++)
				if (*p == '\n')
					g_string_append(s, "\\n");
				else if (*p == '"' || *p == '\\')
					g_string_append_printf(s, "\\%c", *p);
				else
					g_string_append_c(s, *p);
			g_string_append_c(s, '"');
		} else if (b->kind == BOX_ICON)
			g_string_append_printf(s, " %s", b->text);
		else if (b->kind == BOX_PATH)
			for (size_t k = 0; k < b->npoints; k++)
				g_string_append_printf(s, "%s%.1f,%.1f",
				    k ? " " : " points ",
				    b->points[2 * k] + 0.0,
				    b->points[2 * k + 1] + 0.0);
		else if (b->kind == BOX_SECTOR)
			/* Degrees: a tenth of one is under 0.2 pt of arc. */
			g_string_append_printf(s, " inner %.1f from %.1f to %.1f",
			    b->inner, b->angle0 * 180 / G_PI + 0.0,
			    b->angle1 * 180 / G_PI + 0.0);
		if ((b->kind == BOX_RECT || b->kind == BOX_SECTOR) &&
		    b->pattern != FILL_SOLID)
			g_string_append_printf(s, " fill %d", b->pattern);
		g_string_append_c(s, '\n');
	}
	return g_string_free(s, FALSE);
}

void
layout_text_origin(const struct box *b, double *x, double *y)
{
	PangoRectangle	 r;

	pango_layout_get_extents(b->layout, NULL, &r);
	*x = b->x - (double)r.x / PANGO_SCALE;
	*y = b->y - (double)r.y / PANGO_SCALE;
}
