/* SPDX-License-Identifier: MIT */
/*
 * Line charts: one or more series over an ordered x (years, months,
 * quarters), every point marked and labelled with its value where the
 * label finds room that touches no other label, no line, no marker and
 * no axis; series named at their ends; approximate values hollow, gaps
 * left open.  The value axis need not start at zero (a line is read by
 * its slope, not its length): it spans the data with nice ticks, and
 * takes zero in when zero is near (docs/spec.md, "Line charts").
 */
#include <math.h>
#include <string.h>

#include "chart.h"
#include "font/font.h"

#define LINE_WIDTH	2.0	/* points */
#define MARK_R		3.2	/* radius of a point's marker */
#define HIGH_R		4.6	/* of a highlighted point's */
#define LABEL_GAP	2.5	/* between a marker and its label */
#define CLEAR		1.0	/* between a label and what it avoids */
#define NAME_STUB	14.0	/* the coloured key before a series name */
#define DENSE		12.0	/* points closer than this lose markers */
#define MAX_TICKS	16

struct	rect {
	double		 x0, y0, x1, y1;
};

/* Everything measured before anything is placed. */
struct	lc {
	const struct spec	*s;
	const struct theme	*t;
	struct numfmt		 nf;
	size_t			 n, ns;		/* points, series */
	double			 lo, hi;	/* what the axis must span */
	double			 ticks[MAX_TICKS];
	size_t			 nticks;
	PangoLayout		**tick_labels;	/* [nticks] */
	PangoLayout		**xlabels;	/* [n] */
	PangoLayout		**values;	/* [n * ns], NULL at gaps */
	PangoLayout		**names;	/* [ns] when ns > 1 */
	double			*xfrac;		/* [n] 0..1 along the axis */
	char			*note;
	char			*unit_line;	/* 单位：亿元 */
	/* placed */
	double			*px, *py;	/* [n], [n * ns] points */
	double			 x0, x1;	/* first and last point */
	double			 ytop, ybot;	/* highest and lowest tick */
	struct rect		 room;		/* where value labels may go */
	GArray			*taken;		/* struct rect: labels so far */
	bool			 marked_all;	/* markers on every point */
};

static bool
finite_at(const struct lc *c, size_t i, size_t j)
{
	return !isnan(c->s->data[i].values[j].value);
}

static const struct spec_value *
val(const struct lc *c, size_t i, size_t j)
{
	return &c->s->data[i].values[j];
}

static struct rgba
colour(const struct lc *c, size_t j)
{
	return c->ns > 1 ? c->t->series[j % THEME_SERIES] : c->t->bar;
}

/*
 * Value labels of several series take their line's colour, darkened
 * towards the text so that the light ones still read.
 */
static struct rgba
label_colour(const struct lc *c, size_t j)
{
	struct rgba	 a = colour(c, j), b = c->t->text;

	if (c->ns == 1)
		return b;
	return (struct rgba){ a.r * 0.55 + b.r * 0.45, a.g * 0.55 + b.g * 0.45,
	    a.b * 0.55 + b.b * 0.45, 1 };
}

static void
lc_release(struct lc *c)
{
	size_t	 i;

	for (i = 0; c->tick_labels != NULL && i < c->nticks; i++)
		g_clear_object(&c->tick_labels[i]);
	for (i = 0; c->xlabels != NULL && i < c->n; i++)
		g_clear_object(&c->xlabels[i]);
	for (i = 0; c->values != NULL && i < c->n * c->ns; i++)
		g_clear_object(&c->values[i]);
	for (i = 0; c->names != NULL && i < c->ns; i++)
		g_clear_object(&c->names[i]);
	g_free(c->tick_labels);
	g_free(c->xlabels);
	g_free(c->values);
	g_free(c->names);
	g_free(c->xfrac);
	g_free(c->px);
	g_free(c->py);
	g_free(c->note);
	g_free(c->unit_line);
	if (c->taken != NULL)
		g_array_free(c->taken, TRUE);
}

/* An x as prose says it: a bare year gets its 年 (2016 -> 2016年). */
static const char *
x_words(const char *x, char buf[static 16])
{
	if (spec_x_year(x) == 0 || g_str_has_suffix(x, "年"))
		return x;
	g_snprintf(buf, 16, "%s年", x);
	return buf;
}

/* "2018年、2019年无数据" for the note: where the lines are broken. */
static void
note_gaps(const struct lc *c, GString *out)
{
	size_t	 i, j, k;
	char	 buf[16];

	for (j = 0; j < c->ns; j++) {
		size_t	 shown = 0, missing = 0;

		for (i = 0; i < c->n; i++)
			missing += !finite_at(c, i, j);
		if (missing == 0)
			continue;
		/* 农村居民：2019年无数据 */
		g_string_append_printf(out, "%s%s%s", out->len ? "；" : "",
		    c->ns > 1 ? c->s->series[j] : "", c->ns > 1 ? "：" : "");
		for (i = 0, k = 0; i < c->n; i++) {
			if (finite_at(c, i, j))
				continue;
			if (shown++ < 4)
				g_string_append_printf(out, "%s%s", k++ ? "、" :
				    "", x_words(c->s->data[i].label, buf));
		}
		g_string_append(out, shown > 4 ? "等无数据" : "无数据");
	}
}

/* Scale, the span the axis must cover, every label measured, the note. */
static bool
measure(struct lc *c, GError **error)
{
	const struct spec	*s = c->s;
	const struct theme	*t = c->t;
	struct text_style	 tst = {
		.family = FONT_SANS, .size = t->tick_size,
		.align = PANGO_ALIGN_LEFT,
	};
	struct text_style	 vst = {
		.family = FONT_SANS, .size = t->value_size,
		.align = PANGO_ALIGN_LEFT,
	};
	GArray			*all = g_array_new(FALSE, FALSE, sizeof(double));
	GArray			*whole = g_array_new(FALSE, FALSE, sizeof(double));
	enum shutu_approx	*seen = g_new(enum shutu_approx, c->n * c->ns);
	double			 lo = INFINITY, hi = -INFINITY, span;
	size_t			 i, j, nseen = 0;
	bool			 exact = false, zero, ok = false, years = true;
	GString			*gaps = g_string_new(NULL);
	int			 y0 = 0, y1 = 0;

	for (i = 0; i < c->n; i++)
		for (j = 0; j < c->ns; j++) {
			const struct spec_value *v = val(c, i, j);

			if (isnan(v->value))
				continue;
			g_array_append_val(all, v->value);
			if (v->approx == SHUTU_APPROX_OVER)
				g_array_append_val(whole, v->value);
			if (v->approx != SHUTU_APPROX_EXACT)
				seen[nseen++] = v->approx;
			else
				exact = true;
			lo = fmin(lo, v->value);
			hi = fmax(hi, v->value);
		}
	numfmt_choose(&c->nf, (double *)all->data, all->len);
	numfmt_keep_whole(&c->nf, (double *)all->data, all->len,
	    (double *)whole->data, whole->len);
	if (s->percent) {
		c->nf.divisor = 1;	/* 12.5%, never 0.00125万% */
		c->nf.scale = "";
	} else
		numfmt_force(&c->nf, s->scale, (double *)all->data, all->len);
	if (s->decimals >= 0)
		c->nf.decimals = s->decimals;
	if (!(s->percent && *c->nf.scale == '\0')) {
		char	*u = numfmt_unit(&c->nf, s->unit);

		if (u != NULL)
			c->unit_line = g_strconcat("单位：", u, NULL);
		g_free(u);
	}
	c->note = chart_approx_note(seen, nseen, exact && nseen > 0, false,
	    s->percent, "空心点表示约数");
	note_gaps(c, gaps);
	if (gaps->len > 0) {
		char	*n = c->note != NULL ? g_strdup_printf("%.*s；%s。",
			    (int)(strlen(c->note) - strlen("。")), c->note,
			    gaps->str) : g_strdup_printf("注：%s。", gaps->str);

		g_free(c->note);
		c->note = n;
	}

	/*
	 * The axis: zero when asked, or when it is near enough that taking
	 * it in leaves the data at least two thirds of the height; else
	 * the data's own span, padded so no point sits on the frame.
	 */
	span = hi - lo;
	zero = s->zero == 1 || (s->zero == -1 && ((lo >= 0 &&
	    lo <= span / 2) || (hi <= 0 && -hi <= span / 2)));
	if (zero) {
		lo = fmin(lo, 0);
		hi = fmax(hi, 0);
	}
	span = hi - lo;
	if (!(zero && lo == 0))
		lo = lo - span * 0.03 < 0 && lo >= 0 ? 0 : lo - span * 0.03;
	if (!(zero && hi == 0))
		hi = hi + span * 0.03 > 0 && hi <= 0 ? 0 : hi + span * 0.03;
	c->lo = lo;
	c->hi = hi;

	c->xlabels = g_new0(PangoLayout *, c->n);
	c->xfrac = g_new(double, c->n);
	for (i = 0; i < c->n; i++) {
		struct text_style xst = tst;
		double	 w = s->size.width_pt > 0 ? s->size.width_pt :
			    CHART_WIDTH;

		if (s->data[i].highlight)
			xst.weight = PANGO_WEIGHT_BOLD;
		/* A long x wraps on two balanced lines, then is cut short. */
		xst.align = PANGO_ALIGN_CENTER;
		xst.max_lines = 2;
		xst.balance = true;
		if ((c->xlabels[i] = text_make(s->data[i].label, &xst, w * 0.2,
		    error)) == NULL)
			goto out;
		years &= spec_x_year(s->data[i].label) != 0;
	}
	/* Years alone are placed to scale: 2010, 2015, 2020, 2021. */
	y0 = spec_x_year(s->data[0].label);
	y1 = spec_x_year(s->data[c->n - 1].label);
	for (i = 0; i < c->n; i++)
		c->xfrac[i] = years && y1 > y0 ?
		    (double)(spec_x_year(s->data[i].label) - y0) / (y1 - y0) :
		    (double)i / (c->n - 1);

	c->values = g_new0(PangoLayout *, c->n * c->ns);
	for (i = 0; i < c->n; i++)
		for (j = 0; j < c->ns; j++) {
			const struct spec_value	*v = val(c, i, j);
			struct numfmt_value	 nv = {
				.value = v->value, .value_max = NAN,
				.approx = v->approx, .percent = s->percent,
			};
			struct text_style	 st = vst;
			char			*txt;

			if (isnan(v->value))
				continue;
			if (v->highlight)
				st.weight = PANGO_WEIGHT_BOLD;
			if (s->decimals == SPEC_DECIMALS_TEXT && (nv.decimals =
			    numfmt_text_decimals(v->text, c->nf.scale)) >= 0)
				nv.own_decimals = true;
			txt = numfmt_value(&c->nf, &nv);
			c->values[i * c->ns + j] = text_make(txt, &st, 0,
			    error);
			g_free(txt);
			if (c->values[i * c->ns + j] == NULL)
				goto out;
		}
	if (c->ns > 1) {
		struct text_style nst = {
			.family = FONT_SANS, .size = t->label_size,
			.align = PANGO_ALIGN_LEFT, .max_lines = 2,
			.balance = true,
		};
		double	 width = s->size.width_pt > 0 ? s->size.width_pt :
			    CHART_WIDTH;

		c->names = g_new0(PangoLayout *, c->ns);
		for (j = 0; j < c->ns; j++)
			if ((c->names[j] = text_make(s->series[j], &nst,
			    width * 0.2, error)) == NULL)
				goto out;
	}
	ok = true;
out:
	g_string_free(gaps, TRUE);
	g_array_free(all, TRUE);
	g_array_free(whole, TRUE);
	g_free(seen);
	return ok;
}

static double
width_of(PangoLayout *pl)
{
	double	 w;

	text_size(pl, &w, NULL);
	return w;
}

static double
height_of(PangoLayout *pl)
{
	double	 h;

	text_size(pl, NULL, &h);
	return h;
}

static double
y_of(const struct lc *c, double v)
{
	double	 t0 = c->ticks[0], t1 = c->ticks[c->nticks - 1];

	return c->ybot - (v - t0) / (t1 - t0) * (c->ybot - c->ytop);
}

static bool
meets(const struct rect *a, const struct rect *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 &&
	    b->y0 < a->y1;
}

/* Whether a point is drawn with a marker (all, or the ones that matter). */
static bool
marked(const struct lc *c, size_t i, size_t j)
{
	const struct spec_value *v = val(c, i, j);

	if (isnan(v->value))
		return false;
	return c->marked_all || v->highlight || v->approx !=
	    SHUTU_APPROX_EXACT || i == 0 || i + 1 == c->n ||
	    !finite_at(c, i - 1, j) || !finite_at(c, i + 1, j);
}

static double
radius(const struct lc *c, size_t i, size_t j)
{
	return val(c, i, j)->highlight ? HIGH_R : MARK_R;
}

/*
 * Whether a label at "r" is clear: inside the room, off every label so
 * far, every marker and every line.  Only points near it in x are
 * looked at: the points are in x order.
 */
static bool
clear(const struct lc *c, const struct rect *r)
{
	struct rect	 pad = { r->x0 - CLEAR, r->y0 - CLEAR, r->x1 + CLEAR,
			    r->y1 + CLEAR };
	size_t		 i, j, lo, hi;

	if (r->x0 < c->room.x0 || r->x1 > c->room.x1 || r->y0 < c->room.y0 ||
	    r->y1 > c->room.y1)
		return false;
	for (i = 0; i < c->taken->len; i++)
		if (meets(&pad, &g_array_index(c->taken, struct rect, i)))
			return false;
	/* Points i with px[i] in reach, and the segments from them. */
	for (lo = 0; lo < c->n && c->px[lo] < pad.x0 - HIGH_R - 1; lo++)
		;
	lo = lo > 0 ? lo - 1 : 0;
	for (hi = lo; hi < c->n && c->px[hi] <= pad.x1 + HIGH_R + 1; hi++)
		;
	for (i = lo; i < hi && i < c->n; i++)
		for (j = 0; j < c->ns; j++) {
			double	 x = c->px[i], y = c->py[i * c->ns + j], m;
			struct rect mk;

			if (!finite_at(c, i, j))
				continue;
			m = (marked(c, i, j) ? radius(c, i, j) : LINE_WIDTH / 2)
			    + 0.5;
			mk = (struct rect){ x - m, y - m, x + m, y + m };
			if (meets(&pad, &mk))
				return false;
			if (i + 1 < c->n && finite_at(c, i + 1, j)) {
				struct box seg = {
					.kind = BOX_PATH,
					.line_width = LINE_WIDTH,
					.npoints = 2,
					.points = (double[4]){ x, y, c->px[i + 1],
					    c->py[(i + 1) * c->ns + j] },
				};

				if (layout_path_hits(&seg, pad.x0, pad.y0,
				    pad.x1, pad.y1))
					return false;
			}
		}
	/* The zero line is an axis too. */
	if (c->ticks[0] < 0 && c->ticks[c->nticks - 1] > 0) {
		double	 z = y_of(c, 0);

		if (pad.y0 < z + 0.5 && pad.y1 > z - 0.5)
			return false;
	}
	return true;
}

/* Which side of its point a label would rather take: -1 above, 1 below. */
static int
side(const struct lc *c, size_t i, size_t j, int *slope)
{
	double	 v = val(c, i, j)->value, up = 0, down = 0;
	bool	 prev = i > 0 && finite_at(c, i - 1, j);
	bool	 next = i + 1 < c->n && finite_at(c, i + 1, j);
	double	 a = prev ? val(c, i - 1, j)->value : NAN;
	double	 b = next ? val(c, i + 1, j)->value : NAN;
	size_t	 k;

	/* Rising: room above-left and below-right; falling the reverse. */
	*slope = 0;
	if ((prev && a < v && (!next || b >= v)) || (!prev && next && b > v))
		*slope = 1;
	else if ((prev && a > v && (!next || b <= v)) ||
	    (!prev && next && b < v))
		*slope = -1;
	/* Several series: away from the others at this x. */
	for (k = 0; k < c->ns; k++) {
		if (k == j || !finite_at(c, i, k))
			continue;
		if (val(c, i, k)->value > v)
			up += 1;
		else if (val(c, i, k)->value < v)
			down += 1;
	}
	if (up > 0 && down == 0)
		return 1;
	if (down > 0 && up == 0)
		return -1;
	if ((!prev || a <= v) && (!next || b <= v))
		return -1;		/* a peak */
	if ((!prev || a >= v) && (!next || b >= v))
		return 1;		/* a valley */
	return v < 0 ? 1 : -1;
}

/* Put the value label of point (i, j) where it is clear; false: none. */
static bool
place_value(struct layout *l, struct lc *c, size_t i, size_t j)
{
	PangoLayout	*pl = c->values[i * c->ns + j];
	double		 w, h, x = c->px[i], y = c->py[i * c->ns + j], r;
	int		 slope, pref;
	/* Where along the label the point is: centred, or to one end. */
	double		 shifts[3] = { 0.5, 0.85, 0.15 };
	size_t		 k, m, d;

	if (pl == NULL)
		return false;
	text_size(pl, &w, &h);
	r = marked(c, i, j) ? radius(c, i, j) : LINE_WIDTH / 2;
	pref = side(c, i, j, &slope);
	for (d = 0; d < 2; d++)
		for (k = 0; k < 2; k++) {
			int	 sd = k == 0 ? pref : -pref;
			double	 far = d == 0 ? 0 : h * 0.6;
			double	 top = sd < 0 ? y - r - LABEL_GAP - h - far :
				    y + r + LABEL_GAP + far;

			/* Rising above: the label leans left; below: right. */
			if (slope != 0) {
				bool	 left = (slope > 0) == (sd < 0);

				shifts[1] = left ? 0.85 : 0.15;
				shifts[2] = left ? 0.15 : 0.85;
			}
			for (m = 0; m < 3; m++) {
				struct rect	 rc = { x - shifts[m] * w, top,
						    x - shifts[m] * w + w,
						    top + h };
				struct box	*b;

				if (!clear(c, &rc))
					continue;
				g_array_append_val(c->taken, rc);
				b = layout_text_take(l, "value",
				    g_object_ref(pl), rc.x0, rc.y0);
				b->fill = label_colour(c, j);
				return true;
			}
		}
	/* Beside the point, right then left: steep lines leave room there. */
	for (k = 0; k < 2; k++) {
		double		 lx = k == 0 ? x + r + LABEL_GAP :
				    x - r - LABEL_GAP - w;
		struct rect	 rc = { lx, y - h / 2, lx + w, y + h / 2 };
		struct box	*b;

		if (!clear(c, &rc))
			continue;
		g_array_append_val(c->taken, rc);
		b = layout_text_take(l, "value", g_object_ref(pl), rc.x0,
		    rc.y0);
		b->fill = label_colour(c, j);
		return true;
	}
	return false;
}

/*
 * Value labels: those that matter first (highlighted, last, first,
 * highest, lowest of each series), then every k-th point, k as small as
 * the labels' widths allow (1 or 2; sparser is no help to a reader); a
 * label that finds no clear place is left out rather than crowd the
 * line.
 */
static void
place_values(struct layout *l, struct lc *c)
{
	size_t		 i, j, k, step, nodes = 0;
	bool		*done = g_new0(bool, c->n * c->ns);
	size_t		*order = g_new(size_t, (2 * c->n + 4) * c->ns);
	double		 wmax = 0, gap;

	for (i = 0; i < c->n * c->ns; i++)
		if (c->values[i] != NULL)
			wmax = fmax(wmax, width_of(c->values[i]));
	gap = (c->x1 - c->x0) / (c->n - 1);
	step = (size_t)fmax(1, ceil((wmax + 2 * CLEAR) / gap));
	for (j = 0; j < c->ns; j++) {
		size_t	 first = c->n, last = 0, top = c->n, bottom = c->n;

		for (i = 0; i < c->n; i++) {
			if (!finite_at(c, i, j))
				continue;
			if (val(c, i, j)->highlight)
				order[nodes++] = i * c->ns + j;
			first = MIN(first, i);
			last = i;
			if (top == c->n || val(c, i, j)->value >
			    val(c, top, j)->value)
				top = i;
			if (bottom == c->n || val(c, i, j)->value <
			    val(c, bottom, j)->value)
				bottom = i;
		}
		order[nodes++] = last * c->ns + j;
		order[nodes++] = first * c->ns + j;
		order[nodes++] = top * c->ns + j;
		order[nodes++] = bottom * c->ns + j;
	}
	/* Fewer than every third point: a trend, told by its ends. */
	for (i = 0; i < c->n && step <= 2; i++)
		if ((c->n - 1 - i) % step == 0)
			for (j = 0; j < c->ns; j++)
				order[nodes++] = i * c->ns + j;
	for (k = 0; k < nodes; k++) {
		size_t	 at = order[k];

		if (done[at] || c->values[at] == NULL)
			continue;
		done[at] = true;
		place_value(l, c, at / c->ns, at % c->ns);
	}
	g_free(order);
	g_free(done);
}

/* x labels: last, first, highlighted, then as many between as fit. */
static void
place_xlabels(struct layout *l, const struct lc *c, double y)
{
	GArray		*shown = g_array_new(FALSE, FALSE, sizeof(struct rect));
	size_t		*order = g_new(size_t, 2 * c->n + 2), n = 0, i, k;
	static const size_t steps[2][9] = {
		{ 1, 2, 3, 4, 5, 10, 20, 25, 50 },	/* years, anything */
		{ 1, 2, 3, 6, 12, 24, 36, 60, 120 },	/* months */
	};
	double		 wmax = 0, gap = (c->x1 - c->x0) / (c->n - 1);
	size_t		 step, need;
	bool		*done = g_new0(bool, c->n), months = true;

	for (i = 0; i < c->n; i++) {
		wmax = fmax(wmax, width_of(c->xlabels[i]));
		months &= g_str_has_suffix(c->s->data[i].label, "月");
	}
	/* Steps people count in: by quarter, half, year for months. */
	need = (size_t)fmax(1, ceil((wmax + 8) / gap));
	for (k = 0, step = need; k < G_N_ELEMENTS(steps[0]); k++)
		if (steps[months][k] >= need) {
			step = steps[months][k];
			break;
		}
	order[n++] = c->n - 1;
	order[n++] = 0;
	for (i = 0; i < c->n; i++)
		if (c->s->data[i].highlight)
			order[n++] = i;
	for (i = c->n; i-- > 0;)
		if ((c->n - 1 - i) % step == 0)
			order[n++] = i;
	for (k = 0; k < n; k++) {
		double		 w, h;
		struct rect	 r;
		struct box	*b;
		size_t		 m;
		bool		 ok = true;

		i = order[k];
		if (done[i])
			continue;
		done[i] = true;
		text_size(c->xlabels[i], &w, &h);
		r = (struct rect){ c->px[i] - w / 2 - 4, y, c->px[i] + w / 2 + 4,
		    y + h };
		for (m = 0; m < shown->len && ok; m++)
			ok = !meets(&r, &g_array_index(shown, struct rect, m));
		if (!ok)
			continue;
		g_array_append_val(shown, r);
		b = layout_text_take(l, "x", g_object_ref(c->xlabels[i]),
		    c->px[i] - w / 2, y);
		b->fill = c->t->muted;
		layout_line(l, "x-tick", c->px[i], c->ybot, c->px[i],
		    c->ybot + 3, c->t->axis, 0.8);
	}
	g_array_free(shown, TRUE);
	g_free(order);
	g_free(done);
}

static void
draw_lines(struct layout *l, const struct lc *c)
{
	double	*xy = g_new(double, 2 * c->n);
	size_t	 i, j, k, m;

	/* The first series last: it is on top. */
	for (k = c->ns; k-- > 0;) {
		j = k;
		for (i = 0; i < c->n; i = m) {
			size_t	 npt = 0;

			for (m = i; m < c->n && finite_at(c, m, j); m++) {
				xy[2 * npt] = c->px[m];
				xy[2 * npt + 1] = c->py[m * c->ns + j];
				npt++;
			}
			if (npt >= 2)
				layout_path(l, "line", xy, npt, colour(c, j),
				    LINE_WIDTH);
			if (m == i)
				m++;
		}
	}
	for (k = c->ns; k-- > 0;)
		for (i = 0; i < c->n; i++) {
			const struct spec_value	*v = val(c, i, k);
			struct rgba		 col = colour(c, k);
			struct box		*b;
			double			 r;

			if (!marked(c, i, k))
				continue;
			r = radius(c, i, k);
			if (v->highlight && c->ns == 1)
				col = c->t->highlight;
			b = layout_add(l, BOX_ELLIPSE, "point");
			b->x = c->px[i] - r;
			b->y = c->py[i * c->ns + k] - r;
			b->w = b->h = 2 * r;
			if (v->approx != SHUTU_APPROX_EXACT) {
				/* Hollow: the value is not exact (design §5). */
				b->fill = c->t->background;
				b->stroke = col;
				b->line_width = 1.5;
			} else {
				b->fill = col;
				b->stroke = c->t->background;
				b->line_width = 1.0;
			}
		}
	g_free(xy);
}

/* Series names at the right of their last points, spread apart. */
static void
place_names(struct layout *l, const struct lc *c, double x, double lo,
    double hi)
{
	size_t	*order = g_new(size_t, c->ns), i, j, k;
	double	*want = g_new(double, c->ns), *top = g_new(double, c->ns);
	double	 y;

	for (j = 0; j < c->ns; j++) {
		for (i = c->n; i-- > 0;)
			if (finite_at(c, i, j))
				break;
		want[j] = c->py[i * c->ns + j] - height_of(c->names[j]) / 2;
		order[j] = j;
	}
	/* By where they want to be, top first (a few: insertion sort). */
	for (i = 1; i < c->ns; i++)
		for (k = i; k > 0 && want[order[k]] < want[order[k - 1]]; k--) {
			size_t t = order[k];

			order[k] = order[k - 1];
			order[k - 1] = t;
		}
	/* Down from the top, then back up from the bottom if pushed out. */
	for (y = lo, k = 0; k < c->ns; k++) {
		j = order[k];
		top[j] = fmax(want[j], y);
		y = top[j] + height_of(c->names[j]) + 2;
	}
	for (y = hi, k = c->ns; k-- > 0;) {
		j = order[k];
		top[j] = fmin(top[j], y - height_of(c->names[j]));
		y = top[j] - 2;
	}
	for (j = 0; j < c->ns; j++) {
		double		 h = height_of(c->names[j]);
		struct box	*b;

		layout_line(l, "key", x, top[j] + h / 2, x + NAME_STUB,
		    top[j] + h / 2, colour(c, j), LINE_WIDTH + 1);
		b = layout_text_take(l, "series", g_object_ref(c->names[j]),
		    x + NAME_STUB + 4, top[j]);
		b->fill = c->t->text;
	}
	g_free(order);
	g_free(want);
	g_free(top);
}

/*
 * The ticks: of the nice steps for 4 to 7 of them, the one that wastes
 * least height (500-1200 by 100 for 612-1150, not 400-1200 by 200), as
 * long as their labels are apart on a plot "height" tall; fewer if not.
 */
static bool
make_ticks(struct lc *c, double height, double label_h, GError **error)
{
	struct text_style	 tst = {
		.family = FONT_SANS, .size = c->t->tick_size,
		.align = PANGO_ALIGN_LEFT,
	};
	static const size_t	 targets[] = { 4, 5, 6, 7, 3, 2, 1 };
	double			 best = INFINITY, tk[MAX_TICKS];
	size_t			 nt, i, most;
	struct numfmt		 tnf = c->nf;

	most = (size_t)fmax(2, floor(height / (label_h + 4)) + 1);
	/* 4 to 7 wanted; 3, 2, 1 only when the plot is too low for them. */
	for (i = 0; i < G_N_ELEMENTS(targets); i++) {
		double	 cost, step, m;

		if (i == 4 && isfinite(best))
			break;
		nt = numfmt_ticks_span(c->lo, c->hi, targets[i], tk, MAX_TICKS);
		if (nt < 2 || nt > most || (i < 4 && nt > 9))
			continue;
		/* Height wasted; steps of 2.5 are harder to count in. */
		step = tk[1] - tk[0];
		m = step / pow(10, floor(log10(step) + 1e-9));
		cost = (tk[nt - 1] - tk[0]) / fmax(c->hi - c->lo, 1e-300) +
		    (fabs(m - 2.5) < 1e-6 ? 0.35 : 0);
		if (cost >= best)
			continue;
		best = cost;
		c->nticks = nt;
		memcpy(c->ticks, tk, nt * sizeof *tk);
	}
	if (!isfinite(best))
		c->nticks = numfmt_ticks_span(c->lo, c->hi, 1, c->ticks,
		    MAX_TICKS);
	tnf.decimals = -1;	/* ticks share the scale, not the decimals */
	c->tick_labels = g_new0(PangoLayout *, c->nticks);
	for (i = 0; i < c->nticks; i++) {
		char	*n = numfmt_number(&tnf, c->ticks[i]);
		char	*full = g_strconcat(n, c->s->percent ? "%" : "", NULL);

		c->tick_labels[i] = text_make(full, &tst, 0, error);
		g_free(n);
		g_free(full);
		if (c->tick_labels[i] == NULL)
			return false;
	}
	return true;
}

static bool
lay(struct layout **out, struct lc *c, GError **error)
{
	const struct spec	*s = c->s;
	const struct theme	*t = c->t;
	struct layout		*l = NULL;
	struct frame		 fr;
	double			 width = s->size.width_pt > 0 ?
				    s->size.width_pt : CHART_WIDTH;
	double			 left = CHART_MARGIN, right = width -
				    CHART_MARGIN;
	double			 tick_w = 0, th = 0, vh = 0, xh = 0, names_w = 0;
	double			 plot_l, plot_r, pad_l, pad_r, top, w, h, xgap;
	size_t			 i, j, k;
	bool			 ok = false;

	memset(&fr, 0, sizeof fr);
	{
		struct text_style tst = {
			.family = FONT_SANS, .size = t->tick_size,
		};
		PangoLayout	*probe = text_make("0", &tst, 0, error);

		if (probe == NULL)
			goto out;
		th = height_of(probe);
		g_object_unref(probe);
	}
	for (i = 0; i < c->n * c->ns; i++)
		if (c->values[i] != NULL)
			vh = fmax(vh, height_of(c->values[i]));
	for (i = 0; i < c->n; i++)
		xh = fmax(xh, height_of(c->xlabels[i]));
	for (j = 0; c->names != NULL && j < c->ns; j++)
		names_w = fmax(names_w, width_of(c->names[j]));

	/* Heights first: they decide how many ticks the axis has room for. */
	if (!frame_make(&fr, s, t, width, NULL, c->note, error))
		goto out;
	l = chart_canvas(s, t, 0);
	top = frame_place_header(l, &fr, t);
	if (c->unit_line != NULL) {
		struct text_style ust = {
			.family = FONT_SANS, .size = t->tick_size,
			.align = PANGO_ALIGN_LEFT,
		};
		PangoLayout	*pl = text_make(c->unit_line, &ust, 0, error);
		struct box	*b;

		if (pl == NULL)
			goto out;
		b = layout_text_take(l, "unit", pl, left, top);
		b->fill = t->muted;
		top += b->h + 4;
	}
	/* Room above the top tick for the label of a point on it. */
	c->ytop = top + vh + LABEL_GAP + HIGH_R;
	/* x labels clear of the lowest tick's label, which is centred on y. */
	xgap = fmax(6, th / 2 + 2);
	if (!s->size.fixed_height) {
		c->ybot = c->ytop + fmax(150, width * 0.4);
		l->height = ceil(c->ybot + xgap + xh + 6 + fr.footer_h);
	} else
		c->ybot = l->height - fr.footer_h - 6 - xh - xgap;
	if (c->ybot - c->ytop < fmax(40, 2 * vh)) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: a height of %.0f pt leaves no room for the lines; "
		    "leave out \"height\" or make it taller", s->name,
		    l->height);
		goto out;
	}
	if (!make_ticks(c, c->ybot - c->ytop, th, error))
		goto out;
	for (k = 0; k < c->nticks; k++)
		tick_w = fmax(tick_w, width_of(c->tick_labels[k]));

	plot_l = left + tick_w + 6;
	plot_r = c->ns > 1 ? right - 4 - NAME_STUB - 4 - names_w : right;
	/* The ends leave room for their labels, centred on the points. */
	pad_l = fmax(6, width_of(c->xlabels[0]) / 2 - (plot_l - left));
	pad_r = fmax(6, width_of(c->xlabels[c->n - 1]) / 2 -
	    (right - plot_r));
	for (j = 0; j < c->ns; j++) {
		if (c->values[j] != NULL)
			pad_l = fmax(pad_l, width_of(c->values[j]) / 2 + 1);
		if (c->values[(c->n - 1) * c->ns + j] != NULL)
			pad_r = fmax(pad_r, width_of(c->values[(c->n - 1) *
			    c->ns + j]) / 2 + 1);
	}
	c->x0 = plot_l + pad_l;
	c->x1 = plot_r - pad_r;
	if (c->x1 - c->x0 < c->n - 1 || c->x1 - c->x0 < 60) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: %zu points do not fit in a chart %.0f pt wide; make "
		    "it wider or show fewer points", s->name, c->n, width);
		goto out;
	}
	c->px = g_new(double, c->n);
	for (i = 0; i < c->n; i++)
		c->px[i] = c->x0 + c->xfrac[i] * (c->x1 - c->x0);
	c->marked_all = (c->x1 - c->x0) / (c->n - 1) >= DENSE;
	c->py = g_new(double, c->n * c->ns);
	for (i = 0; i < c->n; i++)
		for (j = 0; j < c->ns; j++)
			c->py[i * c->ns + j] = finite_at(c, i, j) ?
			    y_of(c, val(c, i, j)->value) : NAN;
	/*
	 * Labels may lean out over the tick column and, with no names
	 * there, the right margin: the tick labels are taken already.
	 */
	c->room = (struct rect){ left, top, c->ns > 1 ? plot_r : right,
	    c->ybot - 1 };
	c->taken = g_array_new(FALSE, FALSE, sizeof(struct rect));

	/* Grid and ticks under everything. */
	for (k = 0; k < c->nticks; k++) {
		double		 y = y_of(c, c->ticks[k]);
		struct box	*b;

		if (k > 0 && c->ticks[k] != 0)
			layout_line(l, "grid", plot_l, y, plot_r, y, t->grid,
			    0.5);
		text_size(c->tick_labels[k], &w, &h);
		b = layout_text_take(l, "tick", g_object_ref(
		    c->tick_labels[k]), plot_l - 6 - w, y - h / 2);
		b->fill = t->muted;
		g_array_append_val(c->taken, ((struct rect){ b->x, b->y,
		    b->x + b->w, b->y + b->h }));
	}
	layout_line(l, "axis", plot_l, c->ybot, plot_r, c->ybot, t->axis,
	    0.8);
	if (c->ticks[0] < 0 && c->ticks[c->nticks - 1] > 0)
		layout_line(l, "zero", plot_l, y_of(c, 0), plot_r, y_of(c, 0),
		    t->axis, 0.8);
	place_xlabels(l, c, c->ybot + xgap);
	draw_lines(l, c);
	place_values(l, c);
	if (c->ns > 1)
		/* Above the x labels: the last may reach under the names. */
		place_names(l, c, plot_r + 4, top, c->ybot + xgap - 1);
	frame_place_footer(l, &fr, t);
	ok = true;
out:
	frame_release(&fr);
	if (!ok) {
		layout_free(l);
		l = NULL;
	}
	*out = l;
	return ok;
}

struct layout *
line_layout(const struct spec *s, GError **error)
{
	struct lc	 c;
	struct layout	*l = NULL;

	memset(&c, 0, sizeof c);
	c.s = s;
	c.t = theme_get(s->theme);
	c.n = s->ndata;
	c.ns = s->nseries;
	if (measure(&c, error) && lay(&l, &c, error))
		l->alt = line_alt_text(s);
	lc_release(&c);
	return l;
}

/* "612.3亿元" from "为612.3亿元": a number in prose, without its verb. */
static char *
number_words(double v, enum shutu_approx approx, const char *unit)
{
	struct spec_value	 sv = {
		.value = v, .value_max = NAN, .approx = approx,
	};
	char			*w = chart_value_words(&sv, unit), *out;

	out = g_strdup(g_str_has_prefix(w, "为") ? w + strlen("为") : w);
	g_free(w);
	return out;
}

/* 增长41.9%, 提高0.9个百分点, 减少12名: from "a" to "b". */
static void
change_words(GString *a, const struct spec *s, const struct spec_value *from,
    const struct spec_value *to)
{
	double		 d = to->value - from->value;
	bool		 approx = from->approx != SHUTU_APPROX_EXACT ||
			    to->approx != SHUTU_APPROX_EXACT;
	const char	*about = approx ? "约" : "";
	char		*n;

	if (fabs(d) < 1e-9 * fmax(1, fabs(from->value))) {
		g_string_append(a, "持平");
		return;
	}
	if (s->percent) {
		struct numfmt	 nf = { 1, "", 2, -1 };

		n = numfmt_number(&nf, fabs(d));
		g_string_append_printf(a, "%s%s%s个百分点", about,
		    d > 0 ? "提高" : "下降", n);
	} else if (from->value > 0 && to->value >= 0) {
		struct numfmt	 nf = { 1, "", 1, -1 };

		n = numfmt_number(&nf, fabs(d) / from->value * 100);
		g_string_append_printf(a, "%s%s%s%%", about, d > 0 ? "增长" :
		    "下降", n);
	} else {
		n = number_words(fabs(d), SHUTU_APPROX_EXACT, s->unit);
		g_string_append_printf(a, "%s%s%s", about, d > 0 ? "增加" :
		    "减少", n);
	}
	g_free(n);
}

char *
line_alt_text(const struct spec *s)
{
	GString	*a = g_string_new(NULL);
	size_t	 i, j, n = s->ndata;
	char	 b1[16], b2[16];

	g_string_append_printf(a, "折线图：%s。横轴为%s至%s，共%zu个点", s->title,
	    x_words(s->data[0].label, b1), x_words(s->data[n - 1].label, b2), n);
	if (s->nseries > 1) {
		g_string_append_printf(a, "，%zu条线：", s->nseries);
		for (j = 0; j < s->nseries; j++)
			g_string_append_printf(a, "%s%s", j ? "、" : "",
			    s->series[j]);
	}
	g_string_append(a, "。");
	for (j = 0; j < s->nseries; j++) {
		size_t	 first = n, last = 0, hi = n, lo = n, gaps = 0;
		char	*w;

		for (i = 0; i < n; i++) {
			const struct spec_value *v = &s->data[i].values[j];

			if (isnan(v->value)) {
				gaps++;
				continue;
			}
			first = MIN(first, i);
			last = i;
			if (hi == n || v->value > s->data[hi].values[j].value)
				hi = i;
			if (lo == n || v->value < s->data[lo].values[j].value)
				lo = i;
		}
		if (s->nseries > 1)
			g_string_append_printf(a, "%s：", s->series[j]);
		w = chart_value_words(&s->data[first].values[j], s->unit);
		g_string_append_printf(a, "%s%s", x_words(s->data[first].label, b1),
		    w);
		g_free(w);
		if (last != first) {
			w = chart_value_words(&s->data[last].values[j], s->unit);
			g_string_append_printf(a, "，%s%s，",
			    x_words(s->data[last].label, b1), w);
			g_free(w);
			change_words(a, s, &s->data[first].values[j],
			    &s->data[last].values[j]);
		}
		/* The extremes, unless they are the ends already said. */
		if ((hi != first && hi != last) || (lo != first && lo != last)) {
			char	*h = chart_value_words(&s->data[hi].values[j],
				    s->unit);
			char	*l = chart_value_words(&s->data[lo].values[j],
				    s->unit);

			g_string_append_printf(a, "；%s最高，%s；%s最低，%s",
			    x_words(s->data[hi].label, b1), h,
			    x_words(s->data[lo].label, b2), l);
			g_free(h);
			g_free(l);
		}
		if (gaps > 0) {
			size_t	 k = 0;

			g_string_append(a, "；");
			for (i = 0; i < n; i++)
				if (isnan(s->data[i].values[j].value))
					g_string_append_printf(a, "%s%s", k++ ?
					    "、" : "", x_words(s->data[i].label, b1));
			g_string_append(a, "无数据");
		}
		g_string_append(a, "。");
	}
	if (s->source != NULL)
		g_string_append_printf(a, "%s%s。", strstr(s->source, "来源") ?
		    "" : "数据来源：", s->source);
	return g_string_free(a, FALSE);
}
