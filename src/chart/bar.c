/* SPDX-License-Identifier: MIT */
/*
 * Bar charts: horizontal and vertical, one series or several (grouped or
 * stacked), sorted by value unless told otherwise, value labels on the
 * bars, a zero-based axis with nice ticks, approximate values drawn as
 * approximate (design §5).
 */
#include <math.h>
#include <string.h>

#include "chart.h"
#include "font/font.h"
#include "util/util.h"

#define GAP		6.0	/* points between a bar and its label */
#define FADE_LEN	16.0	/* the open end of an "over" bar */
#define CAP_LEN		5.0	/* half the hatched cap of an "about" bar */
#define MAX_TICKS	16

/* Everything measured before anything is placed. */
struct	bar {
	const struct spec	*s;
	const struct theme	*t;
	struct numfmt		 nf;
	size_t			*order;		/* categories in drawing order */
	char			*unit;		/* common unit, or NULL */
	bool			 per_unit;	/* units differ: in each label */
	bool			 horizontal;
	PangoLayout		**labels;	/* [ndata] category labels */
	PangoLayout		**values;	/* [ndata * nlab] value labels */
	size_t			 nlab;		/* value labels per category */
	double			 label_w;	/* column of category labels */
	double			 vmin, vmax;	/* data extent, 0 included */
	double			 ticks[MAX_TICKS];
	size_t			 nticks;
	PangoLayout		**tick_labels;
	char			*note;
	char			*unit_line;	/* 单位：万元 */
};

static struct numfmt_value
fmt_value(const struct spec_value *v, bool percent)
{
	struct numfmt_value	 nv = {
		.value = v->value, .value_max = v->value_max,
		.approx = v->approx, .percent = percent,
	};

	return nv;
}

static double
total(const struct spec *s, const struct spec_datum *d)
{
	double	 sum = 0;
	size_t	 j;

	if (!s->stacked)
		return d->values[0].value;
	for (j = 0; j < s->nseries; j++)
		sum += d->values[j].value;
	return sum;
}

static int
by_value(const void *a, const void *b, void *data)
{
	const struct spec *s = data;
	const size_t	 i = *(const size_t *)a, j = *(const size_t *)b;
	double		 x = total(s, &s->data[i]);
	double		 y = total(s, &s->data[j]);

	if (x != y)
		return x < y ? 1 : -1;
	return i < j ? -1 : i > j;	/* stable */
}

static bool
is_percent(const char *unit)
{
	return unit != NULL && (strcmp(unit, "%") == 0 ||
	    strcmp(unit, "％") == 0);
}

/* Units: one for all said once, or one per bar said in each label. */
static void
choose_units(struct bar *b)
{
	const struct spec	*s = b->s;
	size_t			 i;

	if (s->unit != NULL) {
		b->unit = g_strdup(s->unit);
		return;
	}
	for (i = 0; i < s->ndata; i++) {
		const char	*u = s->data[i].unit;

		if (u == NULL)
			continue;
		if (b->unit == NULL)
			b->unit = g_strdup(u);
		else if (strcmp(b->unit, u) != 0)
			b->per_unit = true;
	}
	if (b->per_unit)
		g_clear_pointer(&b->unit, g_free);
}

static const char *
datum_unit(const struct bar *b, const struct spec_datum *d)
{
	if (b->per_unit && d->unit != NULL)
		return d->unit;
	return is_percent(b->unit) ? "" : NULL;
}

static PangoLayout *
value_text(const struct bar *b, const struct spec_datum *d,
    const struct spec_value *v, GError **error)
{
	struct text_style	 st = {
		.family = b->t->font_number, .size = b->t->value_size,
		.align = PANGO_ALIGN_LEFT,
	};
	struct numfmt_value	 nv;
	const char		*u = datum_unit(b, d);
	char			*s, *full;
	PangoLayout		*pl;

	nv = fmt_value(v, is_percent(b->unit) ||
	    (b->per_unit && is_percent(d->unit)));
	if (b->s->decimals == SPEC_DECIMALS_TEXT && (nv.decimals =
	    numfmt_text_decimals(v->text, b->nf.scale)) >= 0)
		nv.own_decimals = true;	/* 48.0% as written */
	s = numfmt_value(&b->nf, &nv);
	/* Per-bar units follow the number: 789名, 36个 (N10: no space). */
	full = u != NULL && *u != '\0' && !nv.percent ?
	    g_strconcat(s, b->nf.scale, u, NULL) : g_strdup(s);
	pl = text_make(full, &st, 0, error);
	g_free(s);
	g_free(full);
	return pl;
}

static void
bar_release(struct bar *b)
{
	size_t	 i;

	for (i = 0; b->labels != NULL && i < b->s->ndata; i++)
		g_clear_object(&b->labels[i]);
	for (i = 0; b->values != NULL && i < b->s->ndata * b->nlab; i++)
		g_clear_object(&b->values[i]);
	for (i = 0; b->tick_labels != NULL && i < b->nticks; i++)
		g_clear_object(&b->tick_labels[i]);
	g_free(b->labels);
	g_free(b->values);
	g_free(b->tick_labels);
	g_free(b->order);
	g_free(b->unit);
	g_free(b->note);
	g_free(b->unit_line);
}

/* Extent, scale, ticks, value labels, approximation note. */
static bool
measure_values(struct bar *b, GError **error)
{
	const struct spec	*s = b->s;
	GArray			*all = g_array_new(FALSE, FALSE,
				    sizeof(double));
	GArray			*whole = g_array_new(FALSE, FALSE,
				    sizeof(double));
	enum shutu_approx	*seen;
	size_t			 i, j, nseen = 0;
	bool			 range = false, exact = false;
	struct text_style	 tst = {
		.family = b->t->font_number, .size = b->t->tick_size,
		.align = PANGO_ALIGN_LEFT,
	};
	struct numfmt		 tnf;

	seen = g_new(enum shutu_approx, s->ndata * s->nseries);
	b->vmin = b->vmax = 0;
	for (i = 0; i < s->ndata; i++) {
		double	 pos = 0, neg = 0;

		for (j = 0; j < s->nseries; j++) {
			const struct spec_value *v = &s->data[i].values[j];
			double	 hi = isnan(v->value_max) ? v->value :
				    v->value_max;

			g_array_append_val(all, v->value);
			g_array_append_val(all, hi);
			if (v->approx == SHUTU_APPROX_OVER && isnan(v->value_max))
				g_array_append_val(whole, v->value);
			if (v->approx != SHUTU_APPROX_EXACT)
				seen[nseen++] = v->approx;
			else
				exact = true;
			range |= !isnan(v->value_max);
			if (s->stacked) {
				if (v->value >= 0)
					pos += hi;
				else
					neg += v->value;
			} else {
				b->vmin = fmin(b->vmin, v->value);
				b->vmax = fmax(b->vmax, hi);
			}
		}
		if (s->stacked) {
			b->vmin = fmin(b->vmin, neg);
			b->vmax = fmax(b->vmax, pos);
			g_array_append_val(all, pos);
		}
	}
	numfmt_choose(&b->nf, (double *)all->data, all->len);
	numfmt_keep_whole(&b->nf, (double *)all->data, all->len,
	    (double *)whole->data, whole->len);
	g_array_free(whole, TRUE);
	if (is_percent(b->unit)) {
		b->nf.divisor = 1;	/* 12.5%, never 0.00125万% */
		b->nf.scale = "";
	} else
		numfmt_force(&b->nf, s->scale, (double *)all->data, all->len);
	if (s->decimals >= 0)
		b->nf.decimals = s->decimals;
	g_array_free(all, TRUE);
	b->note = chart_approx_note(seen, nseen, exact && nseen > 0, range,
	    is_percent(b->unit) && !b->per_unit, NULL);
	g_free(seen);

	/* The unit line: 单位：万元 (said once, N6); % is on every label. */
	if (!b->per_unit && !(is_percent(b->unit) && *b->nf.scale == '\0')) {
		char	*u = numfmt_unit(&b->nf, b->unit);

		if (u != NULL)
			b->unit_line = g_strconcat("单位：", u, NULL);
		g_free(u);
	}

	b->nlab = s->stacked ? 1 : s->nseries;
	b->values = g_new0(PangoLayout *, s->ndata * b->nlab);
	for (i = 0; i < s->ndata; i++)
		for (j = 0; j < b->nlab; j++) {
			const struct spec_datum	*d = &s->data[i];
			struct spec_value	 tv;

			if (s->stacked) {
				/* Stacks are labelled with their total. */
				memset(&tv, 0, sizeof tv);
				tv.value = total(s, d);
				tv.value_max = NAN;
				for (size_t k = 0; k < s->nseries; k++)
					if (d->values[k].approx !=
					    SHUTU_APPROX_EXACT)
						tv.approx = d->values[k].approx;
			} else
				tv = d->values[j];
			if ((b->values[i * b->nlab + j] = value_text(b, d,
			    &tv, error)) == NULL)
				return false;
		}

	b->nticks = numfmt_ticks(b->vmin, b->vmax, b->horizontal ? 5 : 5,
	    b->ticks, MAX_TICKS);
	/* Ticks share the chart's scale but not its decimals. */
	tnf = b->nf;
	tnf.decimals = -1;
	b->tick_labels = g_new0(PangoLayout *, b->nticks);
	for (i = 0; i < b->nticks; i++) {
		char	*t = numfmt_number(&tnf, b->ticks[i]);

		if (is_percent(b->unit)) {
			char *p = g_strconcat(t, "%", NULL);

			g_free(t);
			t = p;
		}
		b->tick_labels[i] = text_make(t, &tst, 0, error);
		g_free(t);
		if (b->tick_labels[i] == NULL)
			return false;
	}
	return true;
}

/* Extra length beyond the value that an approximate bar draws. */
static double
approx_extra(const struct spec_value *v)
{
	if (!isnan(v->value_max))
		return 0;
	switch (v->approx) {
	case SHUTU_APPROX_OVER:
		return FADE_LEN;
	case SHUTU_APPROX_ABOUT:
		return CAP_LEN;
	default:
		return 0;
	}
}

static struct rgba
colour(const struct bar *b, const struct spec_datum *d, size_t series)
{
	if (b->s->nseries > 1)
		return b->t->series[series % THEME_SERIES];
	return d->highlight ? b->t->highlight : b->t->bar;
}

/*
 * One bar from value a to b along the value axis, drawn as its
 * approximation says: "over" fades out past the value, "about" has a
 * hatched cap around it, "under" fades in before it, a range is
 * hatched from value to value_max.  "pos(v)" maps a value to points.
 */
struct	axis {
	bool	 horizontal;
	double	 zero;			/* position of value 0 */
	double	 scale;			/* points per unit, >0 */
	double	 across, thick;		/* the bar's other coordinate */
};

static double
at(const struct axis *ax, double v)
{
	return ax->horizontal ? ax->zero + v * ax->scale :
	    ax->zero - v * ax->scale;
}

static void
segment(struct layout *l, const struct axis *ax, double from, double to,
    struct rgba c, enum box_fill fill)
{
	double	 p0 = at(ax, from), p1 = at(ax, to);
	struct box *r;

	if (ax->horizontal)
		r = layout_rect(l, "bar", fmin(p0, p1), ax->across,
		    fabs(p1 - p0), ax->thick, c);
	else
		r = layout_rect(l, "bar", ax->across, fmin(p0, p1),
		    ax->thick, fabs(p1 - p0), c);
	r->pattern = fill;
}

/* Draw a bar; returns the far end in points (where its label may go). */
static double
draw_bar(struct layout *l, const struct axis *ax, double base,
    const struct spec_value *v, struct rgba c)
{
	double	 end = base + v->value, dir = v->value >= 0 ? 1 : -1;
	double	 px = ax->scale, far;
	enum box_fill fade, back;

	fade = ax->horizontal ? (dir > 0 ? FILL_FADE_RIGHT : FILL_FADE_LEFT) :
	    (dir > 0 ? FILL_FADE_UP : FILL_FADE_DOWN);
	back = ax->horizontal ? (dir > 0 ? FILL_FADE_LEFT : FILL_FADE_RIGHT) :
	    (dir > 0 ? FILL_FADE_DOWN : FILL_FADE_UP);
	far = at(ax, end);
	if (!isnan(v->value_max)) {
		/* Solid to the bound nearer zero, hatched to the farther. */
		double	 a = v->value, z = v->value_max, near, far_v;

		if ((a >= 0) != (z >= 0))
			near = 0, far_v = fabs(a) > fabs(z) ? a : z;
		else if (fabs(a) <= fabs(z))
			near = a, far_v = z;
		else
			near = z, far_v = a;
		if (near != 0)
			segment(l, ax, base, base + near, c, FILL_SOLID);
		segment(l, ax, base + near, base + (near == 0 &&
		    (a >= 0) != (z >= 0) ? a : far_v), c, FILL_HATCH);
		if (near == 0 && (a >= 0) != (z >= 0))
			segment(l, ax, base, base + z, c, FILL_HATCH);
		return at(ax, base + (far_v >= 0 || (a >= 0) != (z >= 0) ?
		    fmax(a, z) : far_v));
	}
	switch (v->approx) {
	case SHUTU_APPROX_OVER:
		segment(l, ax, base, end, c, FILL_SOLID);
		segment(l, ax, end, end + dir * FADE_LEN / px, c, fade);
		return at(ax, end + dir * FADE_LEN / px);
	case SHUTU_APPROX_ABOUT: {
		double	 cap = fmin(CAP_LEN / px, fabs(v->value) / 2);

		segment(l, ax, base, end - dir * cap, c, FILL_SOLID);
		segment(l, ax, end - dir * cap, end + dir * CAP_LEN / px, c,
		    FILL_HATCH);
		return at(ax, end + dir * CAP_LEN / px);
	}
	case SHUTU_APPROX_UNDER: {
		double	 cap = fmin(FADE_LEN / px, fabs(v->value) / 2);

		segment(l, ax, base, end - dir * cap, c, FILL_SOLID);
		segment(l, ax, end - dir * cap, end, c, back);
		return far;
	}
	default:
		segment(l, ax, base, end, c, FILL_SOLID);
		return far;
	}
}

static void
place_value(struct layout *l, const struct bar *b, PangoLayout *pl,
    const struct axis *ax, double far, bool negative)
{
	struct box	*bx;
	double		 w, h;

	text_size(pl, &w, &h);
	if (ax->horizontal)
		bx = layout_text_take(l, "value", g_object_ref(pl),
		    negative ? far - GAP - w : far + GAP,
		    ax->across + ax->thick / 2 - h / 2);
	else
		bx = layout_text_take(l, "value", g_object_ref(pl),
		    ax->across + ax->thick / 2 - w / 2,
		    negative ? far + 2 : far - 2 - h);
	bx->fill = b->t->text;
}

/* Legend for several series: swatches and names, left to right. */
static double
place_legend(struct layout *l, const struct bar *b, double x, double y,
    double width, GError **error)
{
	struct text_style	 st = {
		.family = b->t->font_body, .size = b->t->label_size,
		.align = PANGO_ALIGN_LEFT,
	};
	double			 cx = x, rowh = 0, w, h;
	size_t			 j;

	for (j = 0; j < b->s->nseries; j++) {
		PangoLayout	*pl = text_make(b->s->series[j], &st,
				    width - 16, error);
		struct box	*bx;

		if (pl == NULL)
			return -1;
		text_size(pl, &w, &h);
		if (cx > x && cx + 14 + w > x + width) {
			cx = x;
			y += rowh + 4;
			rowh = 0;
		}
		layout_rect(l, "swatch", cx, y + h / 2 - 5, 10, 10,
		    b->t->series[j % THEME_SERIES]);
		bx = layout_text_take(l, "legend", pl, cx + 14, y);
		bx->fill = b->t->text;
		cx += 14 + w + 16;
		rowh = fmax(rowh, h);
	}
	return y + rowh + 8;
}

static double
tick_height(const struct bar *b)
{
	double	 h = 0, th;
	size_t	 i;

	for (i = 0; i < b->nticks; i++) {
		text_size(b->tick_labels[i], NULL, &th);
		h = fmax(h, th);
	}
	return h;
}

static double
tick_width(const struct bar *b, size_t i)
{
	double	 w;

	text_size(b->tick_labels[i], &w, NULL);
	return w;
}

static double
value_width(const struct bar *b, size_t i, size_t j)
{
	double	 w;

	text_size(b->values[i * b->nlab + j], &w, NULL);
	return w;
}

static double
value_height(const struct bar *b)
{
	double	 h;

	text_size(b->values[0], NULL, &h);
	return h;
}

/*
 * The value axis as linear constraints on where 0 goes ("zero") and how
 * many points a unit takes ("scale"), in a coordinate that grows with
 * the values: lower bounds zero >= A + scale * P, upper bounds zero <=
 * B - scale * N.  Every bar end, value label and tick label gives one;
 * the largest scale that satisfies them all is the chart's.
 */
struct	fit {
	GArray	*lower;		/* pairs A, P */
	GArray	*upper;		/* pairs B, N */
};

static void
fit_add(GArray *a, double c, double k)
{
	g_array_append_val(a, c);
	g_array_append_val(a, k);
}

static bool
fit_solve(const struct fit *f, double *scale, double *zero)
{
	const double	*lo = (const double *)f->lower->data;
	const double	*up = (const double *)f->upper->data;
	size_t		 nl = f->lower->len / 2, nu = f->upper->len / 2, k, j;
	double		 s = INFINITY, z = -INFINITY, hi = INFINITY;

	for (k = 0; k < nl; k++)
		for (j = 0; j < nu; j++) {
			double	 d = lo[2 * k + 1] + up[2 * j + 1];

			if (d > 0)
				s = fmin(s, (up[2 * j] - lo[2 * k]) / d);
		}
	if (!isfinite(s) || s <= 0)
		return false;
	for (k = 0; k < nl; k++)
		z = fmax(z, lo[2 * k] + s * lo[2 * k + 1]);
	for (j = 0; j < nu; j++)
		hi = fmin(hi, up[2 * j] - s * up[2 * j + 1]);
	if (z > hi + 1e-6)
		return false;
	*scale = s;
	*zero = z;
	return true;
}

/*
 * The extent of bar (i, j) in values, where its label goes (the far end
 * in the bar's direction) and the points drawn beyond that end.
 */
static void
bar_extent(const struct bar *b, size_t i, size_t j, double *lo, double *hi,
    bool *label_hi, double *extra)
{
	const struct spec_datum	*d = &b->s->data[i];
	size_t			 k;

	if (b->s->stacked) {
		double	 pos = 0, neg = 0;

		for (k = 0; k < b->s->nseries; k++) {
			const struct spec_value *v = &d->values[k];
			double	 far = isnan(v->value_max) ? v->value :
				    v->value_max;

			if (v->value >= 0)
				pos += far;
			else
				neg += v->value;
		}
		*lo = neg;
		*hi = pos;
		*label_hi = pos > 0 || neg == 0;
		*extra = approx_extra(&d->values[b->s->nseries - 1]);
		return;
	}
	{
		const struct spec_value *v = &d->values[j];
		double	 other = isnan(v->value_max) ? 0 : v->value_max;

		*lo = fmin(fmin(v->value, other), 0);
		*hi = fmax(fmax(v->value, other), 0);
		*label_hi = *hi > 0 || *lo == 0;
		*extra = approx_extra(v);
	}
}

/* Constraints of every bar and its label ("pad" = label and gap). */
static void
fit_bars(struct fit *f, const struct bar *b, double umin, double umax,
    double (*pad)(const struct bar *, size_t, size_t))
{
	size_t	 i, j;

	for (i = 0; i < b->s->ndata; i++)
		for (j = 0; j < b->nlab; j++) {
			double	 lo, hi, extra, p = pad(b, i, j);
			bool	 at_hi;

			bar_extent(b, i, j, &lo, &hi, &at_hi, &extra);
			if (at_hi) {
				fit_add(f->upper, umax - extra - p, hi);
				fit_add(f->lower, umin, -lo);
			} else {
				fit_add(f->lower, umin + extra + p, -lo);
				fit_add(f->upper, umax, hi);
			}
		}
}

static double
pad_h(const struct bar *b, size_t i, size_t j)
{
	return GAP + value_width(b, i, j);
}

static double
pad_v(const struct bar *b, size_t i, size_t j)
{
	return 2 + value_height(b);
}

/* Draw bars of category "i" across [across, across + thick). */
static void
draw_category(struct layout *l, const struct bar *b, size_t i,
    struct axis *ax, double band_start, double band)
{
	const struct spec	*s = b->s;
	const struct spec_datum	*d = &s->data[i];
	double			 inner = band * (s->nseries > 1 &&
				    !s->stacked ? 0.8 : 0.62);
	double			 pos = 0, neg = 0, far = 0, lo, hi, extra;
	size_t			 j;
	bool			 at_hi;

	if (s->stacked || s->nseries == 1) {
		ax->thick = inner;
		ax->across = band_start + (band - inner) / 2;
		for (j = 0; j < s->nseries; j++) {
			const struct spec_value	*v = &d->values[j];
			double			*base = v->value >= 0 ? &pos : &neg;

			far = draw_bar(l, ax, *base, v, colour(b, d, j));
			*base += isnan(v->value_max) ? v->value : v->value_max;
		}
		bar_extent(b, i, 0, &lo, &hi, &at_hi, &extra);
		if (s->stacked)
			far = at(ax, at_hi ? hi : lo) + (at_hi ? 1 : -1) *
			    (ax->horizontal ? 1 : -1) * extra;
		place_value(l, b, b->values[i * b->nlab], ax, far, !at_hi);
		return;
	}
	ax->thick = inner / s->nseries;
	for (j = 0; j < s->nseries; j++) {
		ax->across = band_start + (band - inner) / 2 + j * ax->thick;
		far = draw_bar(l, ax, 0, &d->values[j], colour(b, d, j));
		bar_extent(b, i, j, &lo, &hi, &at_hi, &extra);
		place_value(l, b, b->values[i * b->nlab + j], ax, far, !at_hi);
	}
}

/* Category labels wrapped to "width"; "*tallest" gets the tallest. */
static bool
make_labels(struct bar *b, double width, int max_lines, PangoAlignment al,
    double *tallest, GError **error)
{
	struct text_style	 st = {
		.family = b->t->font_body, .size = b->t->label_size, .align = al,
		.max_lines = max_lines, .balance = true,
	};
	size_t			 i;

	double			 h;

	*tallest = 0;
	for (i = 0; i < b->s->ndata; i++) {
		g_clear_object(&b->labels[i]);
		if ((b->labels[i] = text_make(b->s->data[i].label, &st,
		    width, error)) == NULL)
			return false;
		text_size(b->labels[i], NULL, &h);
		*tallest = fmax(*tallest, h);
	}
	return true;
}

/* The unit line (单位：万元), aligned; NULL when the chart has none. */
static bool
unit_layout(const struct bar *b, PangoAlignment al, PangoLayout **out,
    double *height, GError **error)
{
	struct text_style	 st = {
		.family = b->t->font_body, .size = b->t->tick_size, .align = al,
	};

	*out = NULL;
	*height = 0;
	if (b->unit_line == NULL)
		return true;
	if ((*out = text_make(b->unit_line, &st, 0, error)) == NULL)
		return false;
	text_size(*out, NULL, height);
	return true;
}

static bool
layout_horizontal(struct layout **out, struct bar *b, GError **error)
{
	const struct spec	*s = b->s;
	const struct theme	*t = b->t;
	struct layout		*l = NULL;
	struct frame		 fr;
	struct axis		 ax = { .horizontal = true };
	double			 width = s->size.width_pt > 0 ?
				    s->size.width_pt : CHART_WIDTH;
	double			 left = CHART_MARGIN, right = width -
				    CHART_MARGIN, natural = 0, w, h;
	double			 lab_h = 0, band, top, bottom, x0, scale;
	double			 th, vh, unit_h = 0;
	size_t			 i, k;
	PangoLayout		*unit_pl = NULL;
	bool			 ok = false;

	memset(&fr, 0, sizeof fr);
	/* Category labels: a column up to a third of the width (T4). */
	for (i = 0; i < s->ndata; i++) {
		struct text_style st = {
			.family = t->font_body, .size = t->label_size,
		};
		double	 nw = text_width(s->data[i].label, &st, error);

		if (nw < 0)
			goto out;
		natural = fmax(natural, nw);
	}
	b->label_w = fmin(ceil(natural) + 1, (right - left) * 0.32);
	if (!make_labels(b, b->label_w, 3, PANGO_ALIGN_RIGHT, &lab_h, error) ||
	    !unit_layout(b, PANGO_ALIGN_RIGHT, &unit_pl, &unit_h, error))
		goto out;
	vh = value_height(b);
	th = tick_height(b);

	if (!frame_make(&fr, s, t, width, NULL, b->note, error))
		goto out;
	/* Band per category: the tallest label, or room for the bars. */
	band = fmax(lab_h + 8, fmax(vh * (s->stacked ? 1 : s->nseries) /
	    (s->nseries > 1 && !s->stacked ? 0.8 : 0.62) + 2, 24));
	/* The value axis: bars, their labels and the ticks all fit. */
	{
		struct fit	 f = {
			g_array_new(FALSE, FALSE, sizeof(double)),
			g_array_new(FALSE, FALSE, sizeof(double)),
		};
		double		 umin = left + b->label_w + 8;
		bool		 fits;

		fit_bars(&f, b, umin, right, pad_h);
		for (k = 0; k < b->nticks; k++) {
			double	 tw = tick_width(b, k), tk = b->ticks[k];

			fit_add(f.upper, right - tw / 2, tk);
			fit_add(f.lower, fmax(umin, left + tw / 2), -tk);
		}
		fits = fit_solve(&f, &scale, &x0);
		g_array_free(f.lower, TRUE);
		g_array_free(f.upper, TRUE);
		if (!fits) {
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
			    "%s: the chart is too narrow for its labels; make "
			    "it wider or the labels shorter", s->name);
			goto out;
		}
	}

	/* Header, legend and unit line first: they fix where bars start. */
	l = chart_canvas(s, t, 0);
	top = frame_place_header(l, &fr, t);
	if (s->nseries > 1 && (top = place_legend(l, b, left, top,
	    right - left - 80, error)) < 0)
		goto out;
	if (unit_pl != NULL) {
		struct box *ub;

		text_size(unit_pl, &w, NULL);
		ub = layout_text_take(l, "unit", unit_pl, right - w,
		    s->nseries > 1 ? top - unit_h - 12 : top);
		ub->fill = t->muted;
		unit_pl = NULL;
		if (s->nseries == 1)
			top += unit_h + 4;
	}
	if (s->size.fixed_height) {
		double	 avail = l->height - top - fr.footer_h - th - 10;
		double	 need = fmax(lab_h + 2, vh + 2);

		if (avail / s->ndata < need) {
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
			    "%s: %zu %s not fit in a height of %.0f pt "
			    "(each needs %.0f pt); leave out \"height\" so "
			    "the chart grows, or show fewer bars", s->name,
			    s->ndata, util_plural(s->ndata, "bar does",
			    "bars do"), l->height, need);
			goto out;
		}
		band = fmin(band, avail / s->ndata);
	} else
		l->height = ceil(top + band * s->ndata + th + 10 +
		    fr.footer_h);
	bottom = top + band * s->ndata;
	ax.zero = x0;		/* where 0 goes */
	ax.scale = scale;

	/* Grid first, so bars paint over it. */
	for (k = 0; k < b->nticks; k++) {
		double	 x = at(&ax, b->ticks[k]);
		struct box *tb;

		if (b->ticks[k] != 0)
			layout_line(l, "grid", x, top, x, bottom, t->grid, 0.5);
		text_size(b->tick_labels[k], &w, NULL);
		tb = layout_text_take(l, "tick", g_object_ref(
		    b->tick_labels[k]), x - w / 2, bottom + 4);
		tb->fill = t->muted;
	}
	for (k = 0; k < s->ndata; k++) {
		struct box	*lb;
		double		 y = top + band * k;

		i = b->order[k];
		text_size(b->labels[i], &w, &h);
		lb = layout_text_take(l, "label", g_object_ref(b->labels[i]),
		    left + b->label_w - w, y + band / 2 - h / 2);
		lb->fill = t->text;
		draw_category(l, b, i, &ax, y, band);
	}
	/* The zero line over the bars' bases. */
	layout_line(l, "axis", ax.zero, top, ax.zero, bottom, t->axis, 0.8);
	frame_place_footer(l, &fr, t);
	ok = true;
out:
	if (unit_pl != NULL)
		g_object_unref(unit_pl);
	frame_release(&fr);
	if (!ok) {
		layout_free(l);
		l = NULL;
	}
	*out = l;
	return ok;
}

static bool
layout_vertical(struct layout **out, struct bar *b, GError **error)
{
	const struct spec	*s = b->s;
	const struct theme	*t = b->t;
	struct layout		*l = NULL;
	struct frame		 fr;
	struct axis		 ax = { .horizontal = false };
	double			 width = s->size.width_pt > 0 ?
				    s->size.width_pt : CHART_WIDTH;
	double			 left = CHART_MARGIN, right = width -
				    CHART_MARGIN, w, h, tw = 0, band;
	double			 lab_h = 0, top, bottom, scale, x0;
	double			 vh, unit_h = 0, th;
	size_t			 i, j, k;
	PangoLayout		*unit_pl = NULL;
	bool			 ok = false;

	memset(&fr, 0, sizeof fr);
	for (k = 0; k < b->nticks; k++)
		tw = fmax(tw, tick_width(b, k));
	x0 = left + tw + 6;
	band = (right - x0) / s->ndata;
	for (i = 0; i < s->ndata; i++)
		for (j = 0; j < b->nlab; j++)
			if (value_width(b, i, j) > (s->nseries > 1 &&
			    !s->stacked ? band * 0.8 / s->nseries + 4 :
			    band - 2)) {
				g_set_error(error, SHUTU_ERROR,
				    SHUTU_ERROR_SPEC, "%s: the values do not "
				    "fit the %zu %s of a vertical chart %.0f pt "
				    "wide; use \"orientation\": \"horizontal\"",
				    s->name, s->ndata, util_plural(s->ndata,
				    "bar", "bars"), width);
				goto out;
			}
	if (!make_labels(b, band - 4, 3, PANGO_ALIGN_CENTER, &lab_h, error) ||
	    !unit_layout(b, PANGO_ALIGN_LEFT, &unit_pl, &unit_h, error))
		goto out;
	vh = value_height(b);
	th = tick_height(b);
	if (!frame_make(&fr, s, t, width, NULL, b->note, error))
		goto out;
	l = chart_canvas(s, t, 0);
	top = frame_place_header(l, &fr, t);
	if (s->nseries > 1 && (top = place_legend(l, b, left, top,
	    right - left, error)) < 0)
		goto out;
	if (unit_pl != NULL) {
		struct box *ub = layout_text_take(l, "unit", unit_pl, left,
		    top);

		ub->fill = t->muted;
		unit_pl = NULL;
		top += unit_h + 6;
	}
	if (!s->size.fixed_height)
		l->height = ceil(top + fmax(200, width * 0.5) + lab_h + 8 +
		    fr.footer_h);
	if (l->height - top - fr.footer_h - lab_h - 8 < 3 * vh + 20) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: a height of %.0f pt leaves no room for the bars",
		    s->name, l->height);
		goto out;
	}
	bottom = l->height - fr.footer_h - lab_h - 8;
	/* Upwards is -y: values above bars, ticks, all inside the plot. */
	{
		struct fit	 f = {
			g_array_new(FALSE, FALSE, sizeof(double)),
			g_array_new(FALSE, FALSE, sizeof(double)),
		};
		double		 zu;
		bool		 fits;

		fit_bars(&f, b, -bottom, -top, pad_v);
		for (k = 0; k < b->nticks; k++) {
			fit_add(f.upper, -top - th / 2, b->ticks[k]);
			fit_add(f.lower, -bottom, -b->ticks[k]);
		}
		fits = fit_solve(&f, &scale, &zu);
		g_array_free(f.lower, TRUE);
		g_array_free(f.upper, TRUE);
		if (!fits) {
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
			    "%s: the chart is too low for its labels",
			    s->name);
			goto out;
		}
		ax.zero = -zu;
	}
	ax.scale = scale;
	for (k = 0; k < b->nticks; k++) {
		double		 y = at(&ax, b->ticks[k]);
		struct box	*tb;

		if (y < top - 0.5 || y > bottom + 0.5)
			continue;
		if (b->ticks[k] != 0)
			layout_line(l, "grid", x0, y, right, y, t->grid, 0.5);
		text_size(b->tick_labels[k], &w, &h);
		tb = layout_text_take(l, "tick", g_object_ref(
		    b->tick_labels[k]), x0 - 6 - w, y - h / 2);
		tb->fill = t->muted;
	}
	for (k = 0; k < s->ndata; k++) {
		struct box	*lb;
		double		 x = x0 + band * k;

		i = b->order[k];
		text_size(b->labels[i], &w, &h);
		lb = layout_text_take(l, "label", g_object_ref(b->labels[i]),
		    x + band / 2 - w / 2, bottom + 6);
		lb->fill = t->text;
		draw_category(l, b, i, &ax, x, band);
	}
	layout_line(l, "axis", x0, ax.zero, right, ax.zero, t->axis, 0.8);
	frame_place_footer(l, &fr, t);
	ok = true;
out:
	if (unit_pl != NULL)
		g_object_unref(unit_pl);
	frame_release(&fr);
	if (!ok) {
		layout_free(l);
		l = NULL;
	}
	*out = l;
	return ok;
}

/* Vertical when the order means something and labels are short. */
static bool
choose_horizontal(const struct spec *s, const struct theme *t)
{
	struct text_style	 st = {
		.family = t->font_body, .size = t->label_size,
	};
	double			 width = (s->size.width_pt > 0 ?
				    s->size.width_pt : CHART_WIDTH) - 80;
	size_t			 i;

	if (s->orient != SPEC_ORIENT_AUTO)
		return s->orient == SPEC_ORIENT_HORIZONTAL;
	if (s->sort || s->ndata > 12)
		return true;
	for (i = 0; i < s->ndata; i++)
		if (text_width(s->data[i].label, &st, NULL) >
		    1.8 * (width / s->ndata - 8))
			return true;
	return false;
}

struct layout *
bar_layout(const struct spec *s, GError **error)
{
	struct bar	 b;
	struct layout	*l = NULL;
	size_t		 i;

	memset(&b, 0, sizeof b);
	b.s = s;
	b.t = theme_get(s->theme);
	if (s->stacked && s->nseries > 1)
		for (i = 0; i < s->ndata; i++) {
			bool	 pos = false, neg = false;

			for (size_t j = 0; j < s->nseries; j++) {
				pos |= s->data[i].values[j].value > 0;
				neg |= s->data[i].values[j].value < 0;
			}
			if (pos && neg) {
				g_set_error(error, SHUTU_ERROR,
				    SHUTU_ERROR_SPEC, "%s: bar %zu stacks "
				    "positive and negative values; use "
				    "grouped bars (\"stacked\": false)",
				    s->name, i + 1);
				return NULL;
			}
		}
	b.order = g_new(size_t, s->ndata);
	for (i = 0; i < s->ndata; i++)
		b.order[i] = i;
	if (s->sort)
		g_qsort_with_data(b.order, s->ndata, sizeof *b.order,
		    by_value, (void *)s);
	b.labels = g_new0(PangoLayout *, s->ndata);
	b.horizontal = choose_horizontal(s, b.t);
	choose_units(&b);
	if (measure_values(&b, error)) {
		if (b.horizontal)
			layout_horizontal(&l, &b, error);
		else
			layout_vertical(&l, &b, error);
	}
	if (l != NULL)
		l->alt = bar_alt_text(s);
	bar_release(&b);
	return l;
}
