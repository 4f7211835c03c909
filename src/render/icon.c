/* SPDX-License-Identifier: MIT */
/*
 * Pictograms for infographics, drawn as cairo paths into a unit box so
 * that they are sharp at every size and in every format.
 *
 * One style for all, like a government icon set: flat filled shapes in a
 * single colour, inside [0.04, 0.96], no part thinner than 0.06 of the
 * box (so nothing vanishes at 16 px), holes cut with the even-odd rule
 * from pieces that never overlap one another (overlapping pieces would
 * cancel out).  No emblem of any kind: the flag is a plain flag
 * (research.md F4).
 */
#include <math.h>
#include <string.h>

#include "render.h"

/* Path helpers: each adds a closed sub-path, none fills. */
static void
rect(cairo_t *cr, double x0, double y0, double x1, double y1)
{
	cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
}

static void
rrect(cairo_t *cr, double x0, double y0, double x1, double y1, double r)
{
	cairo_new_sub_path(cr);
	cairo_arc(cr, x1 - r, y0 + r, r, -M_PI / 2, 0);
	cairo_arc(cr, x1 - r, y1 - r, r, 0, M_PI / 2);
	cairo_arc(cr, x0 + r, y1 - r, r, M_PI / 2, M_PI);
	cairo_arc(cr, x0 + r, y0 + r, r, M_PI, 3 * M_PI / 2);
	cairo_close_path(cr);
}

static void
circle(cairo_t *cr, double cx, double cy, double r)
{
	cairo_new_sub_path(cr);
	cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
	cairo_close_path(cr);
}

/* A polygon from n (x, y) pairs. */
static void
poly(cairo_t *cr, const double *pt, size_t n)
{
	size_t	 i;

	cairo_move_to(cr, pt[0], pt[1]);
	for (i = 1; i < n; i++)
		cairo_line_to(cr, pt[2 * i], pt[2 * i + 1]);
	cairo_close_path(cr);
}

/* Shoulders: a bust from x0 to x1, round on top, flat at the bottom. */
static void
bust(cairo_t *cr, double x0, double y0, double x1, double y1)
{
	double	 r = (x1 - x0) / 2;

	cairo_new_sub_path(cr);
	cairo_move_to(cr, x0, y1);
	cairo_line_to(cr, x0, y0 + r * 0.8);
	cairo_curve_to(cr, x0, y0 + r * 0.2, x0 + r * 0.45, y0, x0 + r, y0);
	cairo_curve_to(cr, x1 - r * 0.45, y0, x1, y0 + r * 0.2, x1,
	    y0 + r * 0.8);
	cairo_line_to(cr, x1, y1);
	cairo_close_path(cr);
}

static void
heart(cairo_t *cr, double cx, double cy, double s)
{
	cairo_new_sub_path(cr);
	cairo_move_to(cr, cx, cy + s * 0.9);
	cairo_curve_to(cr, cx - s * 1.3, cy, cx - s * 0.9, cy - s * 1.1, cx,
	    cy - s * 0.45);
	cairo_curve_to(cr, cx + s * 0.9, cy - s * 1.1, cx + s * 1.3, cy, cx,
	    cy + s * 0.9);
	cairo_close_path(cr);
}

static void
even_odd_fill(cairo_t *cr)
{
	cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
	cairo_fill(cr);
	cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
}

/* 人: 党员, 干部, 人员 */
static void
draw_person(cairo_t *cr)
{
	circle(cr, 0.5, 0.25, 0.17);
	cairo_fill(cr);
	bust(cr, 0.2, 0.48, 0.8, 0.94);
	cairo_fill(cr);
}

/* 志愿者: a person with a heart on the chest. */
static void
draw_volunteer(cairo_t *cr)
{
	circle(cr, 0.5, 0.24, 0.17);
	cairo_fill(cr);
	bust(cr, 0.16, 0.47, 0.84, 0.94);
	heart(cr, 0.5, 0.69, 0.13);
	even_odd_fill(cr);
}

/* 群众, 人员: three people, the middle one in front. */
static void
draw_group(cairo_t *cr)
{
	circle(cr, 0.17, 0.38, 0.105);
	circle(cr, 0.83, 0.38, 0.105);
	cairo_fill(cr);
	bust(cr, 0.04, 0.54, 0.3, 0.86);
	bust(cr, 0.7, 0.54, 0.96, 0.86);
	cairo_fill(cr);
	circle(cr, 0.5, 0.27, 0.14);
	cairo_fill(cr);
	bust(cr, 0.34, 0.46, 0.66, 0.92);
	cairo_fill(cr);
}

/* 企业, 大楼: a tower with windows and a door. */
static void
draw_building(cairo_t *cr)
{
	int	 i, j;

	rect(cr, 0.22, 0.06, 0.78, 0.94);
	for (i = 0; i < 3; i++)
		for (j = 0; j < 4; j++)
			rect(cr, 0.3 + i * 0.15, 0.14 + j * 0.15,
			    0.38 + i * 0.15, 0.23 + j * 0.15);
	rect(cr, 0.43, 0.76, 0.57, 0.94);
	even_odd_fill(cr);
	/* Low wings on both sides. */
	rect(cr, 0.06, 0.46, 0.18, 0.94);
	rect(cr, 0.82, 0.46, 0.94, 0.94);
	cairo_fill(cr);
}

/* 产业园, 工厂: saw-tooth roof and a chimney. */
static void
draw_factory(cairo_t *cr)
{
	static const double body[] = {
		0.06, 0.92, 0.06, 0.46, 0.35, 0.3, 0.35, 0.46, 0.64, 0.3,
		0.64, 0.46, 0.94, 0.3, 0.94, 0.92,
	};
	int	 i;

	poly(cr, body, G_N_ELEMENTS(body) / 2);
	for (i = 0; i < 3; i++)
		rect(cr, 0.15 + i * 0.27, 0.6, 0.27 + i * 0.27, 0.72);
	even_odd_fill(cr);
	rect(cr, 0.1, 0.06, 0.21, 0.44);
	cairo_fill(cr);
}

/* 道路: a road in perspective with its centre line. */
static void
draw_road(cairo_t *cr)
{
	static const double road[] = {
		0.38, 0.06, 0.62, 0.06, 0.96, 0.94, 0.04, 0.94,
	};
	static const double dash[][8] = {
		{ 0.47, 0.12, 0.53, 0.12, 0.535, 0.26, 0.465, 0.26 },
		{ 0.46, 0.36, 0.54, 0.36, 0.55, 0.55, 0.45, 0.55 },
		{ 0.445, 0.66, 0.555, 0.66, 0.565, 0.88, 0.435, 0.88 },
	};
	size_t	 i;

	poly(cr, road, 4);
	for (i = 0; i < G_N_ELEMENTS(dash); i++)
		poly(cr, dash[i], 4);
	even_odd_fill(cr);
}

/* 绿化: a round tree on a trunk. */
static void
draw_tree(cairo_t *cr)
{
	circle(cr, 0.5, 0.3, 0.24);
	circle(cr, 0.3, 0.5, 0.2);
	circle(cr, 0.7, 0.5, 0.2);
	cairo_fill(cr);
	rect(cr, 0.43, 0.6, 0.57, 0.94);
	cairo_fill(cr);
	rect(cr, 0.28, 0.88, 0.72, 0.94);
	cairo_fill(cr);
}

/* 河, 水: a drop with a highlight. */
static void
draw_water(cairo_t *cr)
{
	cairo_new_sub_path(cr);
	cairo_move_to(cr, 0.5, 0.05);
	cairo_curve_to(cr, 0.62, 0.25, 0.8, 0.42, 0.8, 0.62);
	cairo_arc(cr, 0.5, 0.63, 0.3, 0, M_PI);
	cairo_curve_to(cr, 0.2, 0.42, 0.38, 0.25, 0.5, 0.05);
	cairo_close_path(cr);
	/* The highlight: a crescent along the lower left. */
	cairo_new_sub_path(cr);
	cairo_arc(cr, 0.5, 0.63, 0.2, M_PI * 0.55, M_PI * 1.0);
	cairo_arc_negative(cr, 0.5, 0.63, 0.12, M_PI * 1.0, M_PI * 0.55);
	cairo_close_path(cr);
	even_odd_fill(cr);
}

/* 投资, 元: a coin with ¥ cut out, built of pieces that only touch. */
static void
draw_money(cairo_t *cr)
{
	static const double vee[] = {
		0.29, 0.2, 0.4, 0.2, 0.5, 0.38, 0.6, 0.2, 0.71, 0.2,
		0.555, 0.47, 0.445, 0.47,
	};

	circle(cr, 0.5, 0.5, 0.45);
	poly(cr, vee, G_N_ELEMENTS(vee) / 2);
	rect(cr, 0.445, 0.47, 0.555, 0.82);
	rect(cr, 0.31, 0.5, 0.445, 0.57);
	rect(cr, 0.555, 0.5, 0.69, 0.57);
	rect(cr, 0.31, 0.63, 0.445, 0.7);
	rect(cr, 0.555, 0.63, 0.69, 0.7);
	even_odd_fill(cr);
}

/* 面积, 亩: a plot outline with survey marks at its corners. */
static void
draw_area(cairo_t *cr)
{
	static const double outer[] = {
		0.16, 0.2, 0.84, 0.12, 0.88, 0.84, 0.12, 0.88,
	};
	static const double inner[] = {
		0.25, 0.28, 0.75, 0.22, 0.78, 0.75, 0.22, 0.78,
	};
	size_t	 i;

	poly(cr, outer, 4);
	poly(cr, inner, 4);
	even_odd_fill(cr);
	for (i = 0; i < 4; i++)
		rect(cr, outer[2 * i] - 0.1, outer[2 * i + 1] - 0.1,
		    outer[2 * i] + 0.1, outer[2 * i + 1] + 0.1);
	cairo_fill(cr);
}

/* 项目: a tower crane lifting a load. */
static void
draw_project(cairo_t *cr)
{
	rect(cr, 0.2, 0.16, 0.31, 0.88);		/* mast */
	rect(cr, 0.06, 0.14, 0.94, 0.23);		/* jib */
	rect(cr, 0.06, 0.86, 0.45, 0.94);		/* base */
	rect(cr, 0.73, 0.23, 0.79, 0.5);		/* hook line */
	cairo_fill(cr);
	{
		static const double top[] = {
			0.2, 0.14, 0.255, 0.04, 0.31, 0.14,
		};

		poly(cr, top, 3);
		cairo_fill(cr);
	}
	rrect(cr, 0.64, 0.5, 0.88, 0.68, 0.03);		/* load */
	cairo_fill(cr);
	rect(cr, 0.06, 0.23, 0.16, 0.32);		/* counterweight */
	cairo_fill(cr);
}

/* 活动, 会: a calendar page. */
static void
draw_event(cairo_t *cr)
{
	int	 i, j;

	rrect(cr, 0.08, 0.16, 0.92, 0.92, 0.08);
	for (i = 0; i < 3; i++)
		for (j = 0; j < 2; j++)
			rect(cr, 0.2 + i * 0.22, 0.46 + j * 0.2,
			    0.36 + i * 0.22, 0.6 + j * 0.2);
	even_odd_fill(cr);
	rrect(cr, 0.26, 0.06, 0.36, 0.28, 0.03);
	rrect(cr, 0.64, 0.06, 0.74, 0.28, 0.03);
	cairo_fill(cr);
}

/* 党建, 红旗: a plain waving flag on a pole — never any emblem. */
static void
draw_flag(cairo_t *cr)
{
	rrect(cr, 0.12, 0.06, 0.2, 0.95, 0.03);
	cairo_fill(cr);
	cairo_move_to(cr, 0.2, 0.1);
	cairo_curve_to(cr, 0.4, 0.02, 0.6, 0.2, 0.9, 0.1);
	cairo_line_to(cr, 0.9, 0.56);
	cairo_curve_to(cr, 0.6, 0.66, 0.4, 0.48, 0.2, 0.56);
	cairo_close_path(cr);
	cairo_fill(cr);
}

/* 户, 社区, 小区: a house. */
static void
draw_home(cairo_t *cr)
{
	static const double house[] = {
		0.5, 0.06, 0.95, 0.5, 0.83, 0.5, 0.83, 0.93, 0.17, 0.93,
		0.17, 0.5, 0.05, 0.5,
	};

	poly(cr, house, G_N_ELEMENTS(house) / 2);
	rect(cr, 0.41, 0.64, 0.59, 0.93);
	even_odd_fill(cr);
}

/* 监测点: a location pin. */
static void
draw_pin(cairo_t *cr)
{
	/* The sides run from the tip tangent to the head. */
	double	 b = acos(0.32 / 0.57);

	cairo_new_sub_path(cr);
	cairo_move_to(cr, 0.5, 0.95);
	cairo_arc(cr, 0.5, 0.38, 0.32, M_PI / 2 + b, 2 * M_PI + M_PI / 2 - b);
	cairo_close_path(cr);
	circle(cr, 0.5, 0.38, 0.13);
	even_odd_fill(cr);
}

/* 垃圾, 清运: a bin with a lid. */
static void
draw_cleanup(cairo_t *cr)
{
	static const double body[] = {
		0.2, 0.3, 0.8, 0.3, 0.74, 0.94, 0.26, 0.94,
	};
	int	 i;

	poly(cr, body, 4);
	for (i = 0; i < 3; i++)
		rect(cr, 0.335 + i * 0.13, 0.42, 0.405 + i * 0.13, 0.82);
	even_odd_fill(cr);
	rrect(cr, 0.12, 0.15, 0.88, 0.25, 0.03);
	cairo_fill(cr);
	rrect(cr, 0.38, 0.05, 0.62, 0.15, 0.03);
	cairo_fill(cr);
}

/*
 * 共建, 结对: two arms rising from the lower corners to hands clasped in
 * the middle; notches along the lower right part the fingers.
 */
static void
draw_handshake(cairo_t *cr)
{
	static const double left_arm[] = {
		0.14, 0.88, 0.02, 0.76, 0.22, 0.52, 0.34, 0.64,
	};
	static const double right_arm[] = {
		0.86, 0.88, 0.98, 0.76, 0.78, 0.52, 0.66, 0.64,
	};
	static const double hands[] = {
		0.25, 0.47, 0.42, 0.3, 0.58, 0.3, 0.75, 0.47, 0.58, 0.7,
		0.42, 0.7,
	};
	int	 i;

	poly(cr, left_arm, 4);
	poly(cr, right_arm, 4);
	cairo_fill(cr);
	poly(cr, hands, G_N_ELEMENTS(hands) / 2);
	/* Three gaps between four fingers, slanting up to the left. */
	for (i = 0; i < 3; i++) {
		double	 x = 0.5 + i * 0.075, y = 0.72 - i * 0.075;

		cairo_move_to(cr, x, y);
		cairo_line_to(cr, x + 0.05, y - 0.01);
		cairo_line_to(cr, x - 0.1, y - 0.16);
		cairo_line_to(cr, x - 0.12, y - 0.11);
		cairo_close_path(cr);
	}
	even_odd_fill(cr);
}

/* 增长, %: rising bars and an arrow. */
static void
draw_chart_up(cairo_t *cr)
{
	static const double head[] = {
		0.96, 0.04, 0.94, 0.3, 0.7, 0.1,
	};

	rect(cr, 0.08, 0.7, 0.28, 0.94);
	rect(cr, 0.4, 0.58, 0.6, 0.94);
	rect(cr, 0.72, 0.46, 0.92, 0.94);
	cairo_fill(cr);
	cairo_save(cr);
	cairo_set_line_width(cr, 0.08);
	cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
	cairo_move_to(cr, 0.08, 0.52);
	cairo_line_to(cr, 0.36, 0.3);
	cairo_line_to(cr, 0.54, 0.42);
	cairo_line_to(cr, 0.84, 0.16);
	cairo_stroke(cr);
	cairo_restore(cr);
	poly(cr, head, 3);
	cairo_fill(cr);
}

/* Any other number: a small bar chart on a base line. */
static void
draw_chart(cairo_t *cr)
{
	rect(cr, 0.14, 0.5, 0.32, 0.86);
	rect(cr, 0.41, 0.16, 0.59, 0.86);
	rect(cr, 0.68, 0.34, 0.86, 0.86);
	cairo_fill(cr);
	rect(cr, 0.06, 0.86, 0.94, 0.94);
	cairo_fill(cr);
}

/* 米, 公里: a ruler with notches. */
static void
draw_ruler(cairo_t *cr)
{
	int	 i;

	cairo_save(cr);
	cairo_translate(cr, 0.5, 0.5);
	cairo_rotate(cr, -M_PI / 4);
	cairo_translate(cr, -0.5, -0.5);
	rect(cr, -0.05, 0.36, 1.05, 0.64);
	for (i = 0; i < 7; i++)
		rect(cr, 0.06 + i * 0.14, 0.36, 0.12 + i * 0.14,
		    i % 2 ? 0.46 : 0.52);
	even_odd_fill(cr);
	cairo_restore(cr);
}

static const struct icon {
	const char	*name;
	void		(*draw)(cairo_t *);	/* into [0,1]x[0,1], filled */
} icons[] = {
	{ "person",	draw_person },
	{ "volunteer",	draw_volunteer },
	{ "group",	draw_group },
	{ "building",	draw_building },
	{ "factory",	draw_factory },
	{ "road",	draw_road },
	{ "tree",	draw_tree },
	{ "water",	draw_water },
	{ "money",	draw_money },
	{ "area",	draw_area },
	{ "project",	draw_project },
	{ "event",	draw_event },
	{ "flag",	draw_flag },
	{ "home",	draw_home },
	{ "pin",	draw_pin },
	{ "cleanup",	draw_cleanup },
	{ "handshake",	draw_handshake },
	{ "chart-up",	draw_chart_up },
	{ "chart",	draw_chart },
	{ "ruler",	draw_ruler },
	{ NULL, NULL },
};

static const struct icon *
find(const char *name)
{
	size_t	 i;

	for (i = 0; name != NULL && icons[i].name != NULL; i++)
		if (strcmp(icons[i].name, name) == 0)
			return &icons[i];
	return NULL;
}

bool
icon_exists(const char *name)
{
	return find(name) != NULL;
}

bool
icon_draw(cairo_t *cr, const char *name, double x, double y, double w,
    double h, struct rgba colour)
{
	const struct icon	*ic = find(name);
	double			 side = w < h ? w : h;

	if (ic == NULL)
		return false;
	cairo_save(cr);
	/* Square, centred in the box. */
	cairo_translate(cr, x + (w - side) / 2, y + (h - side) / 2);
	cairo_scale(cr, side, side);
	cairo_new_path(cr);
	cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, colour.a);
	ic->draw(cr);
	cairo_restore(cr);
	return true;
}
