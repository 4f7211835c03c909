/* SPDX-License-Identifier: MIT */
/*
 * Timelines: dated events on a true time scale (or evenly spaced when the
 * spec says "even"), horizontal or vertical (长图).
 *
 * Horizontal: each caption is a flag on a pole that stands on the axis
 * at its date, the text to the right of the pole.  Flags are placed from
 * the right end leftwards, each on the side (above or below) where it
 * stays nearest the axis, and further out than every flag already placed
 * that its box would reach over.  That rule alone keeps every box clear
 * of every other box and of every pole: a pole only rises past flags that
 * stand to its left, and those were placed later, beyond it.  The scale
 * leaves room right of the last pole for its flag, so nothing is clipped.
 *
 * Vertical: one row per event, the date left of the axis, the caption
 * right of it; a row that its neighbours push below its true date is
 * tied to its mark on the axis by a leader in the gutter.
 *
 * Imprecise dates are drawn as what they are (research.md §6 feature
 * 10): a day is a dot, a month, quarter, half or year a bracket over all
 * of it, a period a solid bar, 年初/年底/春季 a band that fades out.
 */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "chart.h"
#include "font/font.h"
#include "util/util.h"
#include "timeline.h"

#define POLE_PAD	5.0	/* from a flag's pole to its text */
#define GAP_X		8.0	/* between flags side by side */
#define GAP_Y		7.0	/* between flags stacked */
#define AXIS_CLEAR	12.0	/* from the axis to the nearest flag */
#define DOT_R		4.5	/* a day's dot */
#define BAND_H		9.0	/* a span's band across the axis */
#define MIN_DAYS	7	/* the shortest axis: about a week */
#define ROW_GAP		12.0	/* between rows of a vertical timeline */
#define GUTTER		24.0	/* vertical: axis to captions, for leaders */
#define DATE_GAP	12.0	/* vertical: dates to the axis */
#define LANE_STEP	12.0	/* between lanes of overlapping spans */
#define MAX_LANES	6
#define ROOM		1.6	/* vertical: height for true scale, x rows */

enum	mark {
	MARK_DAY,	/* a dot */
	MARK_SPAN,	/* known to the month, quarter, half, year: a bracket */
	MARK_PERIOD,	/* from … to …: a solid bar */
	MARK_FUZZY,	/* 年初, 年底, 春季: a band with soft ends */
};

struct	tl_event {
	const struct spec_event	*ev;
	size_t			 index;		/* in the spec */
	int			 first, last;	/* Julian days, inclusive */
	double			 pole;		/* day where the pole stands */
	enum mark		 mark;
	int			 lane;		/* 0: on the axis */
	PangoLayout		*date;		/* owned */
	PangoLayout		*caption;	/* owned */
	double			 date_w, date_h, cap_w, cap_h;
	double			 w, h;		/* the flag or row, points */
	double			 at;		/* pole x, or row top y */
	int			 side;		/* -1 above the axis, 1 below */
	double			 offset;	/* axis to the flag's near edge */
};

struct	tl {
	const struct spec	*s;
	const struct theme	*t;
	struct tl_event		*e;		/* [n], in time order */
	size_t			 n;
	double			 width;		/* canvas, points */
	double			 lo, hi;	/* the axis, points */
	double			 d0;		/* day at "lo" */
	double			 k;		/* points per day */
	int			 lanes;		/* of span marks, at least 1 */
	struct theme		 theme;		/* "t", sized for the page */
	char			*note;
};

/* Dates */

char *
timeline_date_text(const struct spec_date *d, bool with_year)
{
	const struct spec_part	*pt = spec_part_get(d->part);
	GString			*s = g_string_new(NULL);
	bool			 part = d->precision == SHUTU_PRECISION_SEASON ||
				    d->precision == SHUTU_PRECISION_PART;

	if (with_year || d->precision == SHUTU_PRECISION_YEAR ||
	    (part && pt == NULL))
		g_string_append_printf(s, "%d年", d->year);
	switch (d->precision) {
	case SHUTU_PRECISION_DAY:
		g_string_append_printf(s, "%d月%d日", d->month, d->day);
		break;
	case SHUTU_PRECISION_MONTH:
		g_string_append_printf(s, "%d月", d->month);
		break;
	case SHUTU_PRECISION_YEAR:
		break;
	default:
		/* 2020年初, not 2020年年初; alone it is 年初. */
		if (pt != NULL)
			g_string_append(s, with_year ? pt->after_year :
			    pt->word);
		break;
	}
	return g_string_free(s, FALSE);
}

char *
timeline_event_date(const struct spec_event *e, bool with_year)
{
	const struct spec_date	*a = &e->date, *b = &e->end;
	char			*x, *y, *out;

	if (b->year == 0)
		return timeline_date_text(a, with_year);
	/* N8: a span of years names both in full, 年 once: 2019—2024年. */
	if (a->precision == SHUTU_PRECISION_YEAR &&
	    b->precision == SHUTU_PRECISION_YEAR)
		return g_strdup_printf("%d—%d年", a->year, b->year);
	if (a->year != b->year || a->precision == SHUTU_PRECISION_YEAR ||
	    b->precision == SHUTU_PRECISION_YEAR) {
		x = timeline_date_text(a, true);
		y = timeline_date_text(b, true);
	} else if (a->precision == SHUTU_PRECISION_MONTH &&
	    b->precision == SHUTU_PRECISION_MONTH) {
		/* 6—9月 */
		return with_year ? g_strdup_printf("%d年%d—%d月", a->year,
		    a->month, b->month) : g_strdup_printf("%d—%d月", a->month,
		    b->month);
	} else if (a->precision == SHUTU_PRECISION_DAY &&
	    b->precision == SHUTU_PRECISION_DAY && a->month == b->month) {
		/* 6月23—29日 */
		return with_year ? g_strdup_printf("%d年%d月%d—%d日", a->year,
		    a->month, a->day, b->day) : g_strdup_printf("%d月%d—%d日",
		    a->month, a->day, b->day);
	} else {
		x = timeline_date_text(a, with_year);
		y = timeline_date_text(b, false);
	}
	out = g_strconcat(x, "—", y, NULL);
	g_free(x);
	g_free(y);
	return out;
}

static void
julian_ymd(int jd, int *y, int *m, int *d)
{
	GDate	 g;

	g_date_clear(&g, 1);
	g_date_set_julian(&g, (guint32)jd);
	*y = g_date_get_year(&g);
	*m = g_date_get_month(&g);
	*d = g_date_get_day(&g);
}

static int
julian(int y, int m, int d)
{
	GDate	 g;

	g_date_clear(&g, 1);
	g_date_set_dmy(&g, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return (int)g_date_get_julian(&g);
}

/* Events in time order, their marks, and where their poles stand. */
static void
events_init(struct tl *tl)
{
	size_t	 i;

	tl->n = tl->s->nevents;
	tl->e = g_new0(struct tl_event, tl->n);
	for (i = 0; i < tl->n; i++) {
		struct tl_event		*e = &tl->e[i];
		const struct spec_event	*ev = &tl->s->events[i];
		const struct spec_part	*pt = spec_part_get(ev->date.part);

		e->ev = ev;
		e->index = i;
		spec_event_days(ev, &e->first, &e->last);
		if (ev->end.year != 0) {
			e->mark = MARK_PERIOD;
			e->pole = e->first;
		} else if (ev->date.precision == SHUTU_PRECISION_DAY) {
			e->mark = MARK_DAY;
			e->pole = e->first + 0.5;
		} else {
			/* Somewhere in there: the pole at the middle. */
			e->mark = pt != NULL && pt->fuzzy ? MARK_FUZZY :
			    MARK_SPAN;
			e->pole = (e->first + e->last + 1) / 2.0;
		}
	}
}

static int
by_time(const void *a, const void *b)
{
	const struct tl_event	*x = a, *y = b;

	if (x->pole != y->pole)
		return x->pole < y->pole ? -1 : 1;
	if (x->last != y->last)
		return x->last < y->last ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/*
 * Spans that overlap in time go into lanes beside the axis, so that a
 * period inside 上半年 shows as both; days stay on the axis.
 */
static void
assign_lanes(struct tl *tl)
{
	int	 end[MAX_LANES];
	size_t	 i, *order = g_new(size_t, tl->n), j;
	int	 k;

	tl->lanes = 1;
	if (tl->s->even)
		goto out;
	for (i = 0; i < tl->n; i++)
		order[i] = i;
	/* By first day: a simple sort, the events are few. */
	for (i = 1; i < tl->n; i++)
		for (j = i; j > 0 && tl->e[order[j - 1]].first >
		    tl->e[order[j]].first; j--) {
			size_t	 x = order[j];

			order[j] = order[j - 1];
			order[j - 1] = x;
		}
	for (k = 0; k < MAX_LANES; k++)
		end[k] = INT_MIN;
	for (i = 0; i < tl->n; i++) {
		struct tl_event *e = &tl->e[order[i]];

		if (e->mark == MARK_DAY)
			continue;
		for (k = 0; k < MAX_LANES - 1 && end[k] >= e->first; k++)
			;
		e->lane = k;
		end[k] = MAX(end[k], e->last);
		tl->lanes = MAX(tl->lanes, k + 1);
	}
out:
	g_free(order);
}

/*
 * Each date with its year where the year changes, and only there (N8:
 * "a year shown once"); a period across years says both, and the
 * next date says its year again.
 */
static char **
date_texts(const struct tl *tl)
{
	char	**out = g_new0(char *, tl->n + 1);
	int	  year = 0;
	size_t	  i;

	for (i = 0; i < tl->n; i++) {
		const struct spec_event	*ev = tl->e[i].ev;

		out[i] = timeline_event_date(ev, i == 0 ||
		    ev->date.year != year);
		year = ev->date.year;
	}
	return out;
}

/* 注：… for what the marks mean when it is not plain (and the spec's). */
static char *
make_note(const struct tl *tl)
{
	GString		*s = g_string_new(NULL);
	const char	*fuzzy = NULL;
	bool		 span = false;
	size_t		 i;

	for (i = 0; i < tl->n; i++) {
		if (tl->e[i].mark == MARK_SPAN)
			span = true;
		if (tl->e[i].mark == MARK_FUZZY && fuzzy == NULL)
			fuzzy = spec_part_get(tl->e[i].ev->date.part)->word;
	}
	if (tl->s->note != NULL && *tl->s->note != '\0') {
		const char	*n = tl->s->note;

		if (g_str_has_prefix(n, "注："))
			n += strlen("注：");
		g_string_append(s, n);
		if (g_str_has_suffix(s->str, "。"))
			g_string_truncate(s, s->len - strlen("。"));
	}
	if (tl->s->even)
		g_string_append_printf(s, "%s事件按先后等距排列，间隔不代表"
		    "时长", s->len ? "；" : "");
	else {
		if (span)
			g_string_append_printf(s, "%s只知月份、季度或年份的事件"
			    "以括号标出整段时间", s->len ? "；" : "");
		if (fuzzy != NULL)
			g_string_append_printf(s, "%s“%s”等约略时间以渐隐色带"
			    "表示", s->len ? "；" : "", fuzzy);
	}
	if (s->len == 0) {
		g_string_free(s, TRUE);
		return NULL;
	}
	g_string_prepend(s, "注：");
	g_string_append(s, "。");
	return g_string_free(s, FALSE);
}

/* Measuring */

static bool
measure(struct tl *tl, double date_width, double cap_width, bool balance,
    PangoAlignment date_align, GError **error)
{
	const struct theme	*t = tl->t;
	char			**dates = date_texts(tl);
	size_t			 i;
	bool			 ok = false;

	for (i = 0; i < tl->n; i++) {
		struct tl_event		*e = &tl->e[i];
		struct text_style	 ds = {
			.family = t->font_number, .size = t->label_size,
			.weight = PANGO_WEIGHT_BOLD, .align = date_align,
			.balance = true,
		};
		struct text_style	 cs = {
			.family = t->font_body, .size = t->label_size,
			.weight = e->ev->highlight ? PANGO_WEIGHT_BOLD :
			    PANGO_WEIGHT_NORMAL,
			.align = PANGO_ALIGN_LEFT, .balance = balance,
			.spacing = 1.15,
		};

		if ((e->date = text_make(dates[i], &ds, date_width,
		    error)) == NULL || (e->caption = text_make(e->ev->text,
		    &cs, cap_width, error)) == NULL)
			goto out;
		text_size(e->date, &e->date_w, &e->date_h);
		text_size(e->caption, &e->cap_w, &e->cap_h);
	}
	ok = true;
out:
	g_strfreev(dates);
	return ok;
}

static void
tl_release(struct tl *tl)
{
	size_t	 i;

	for (i = 0; tl->e != NULL && i < tl->n; i++) {
		g_clear_object(&tl->e[i].date);
		g_clear_object(&tl->e[i].caption);
	}
	g_free(tl->e);
	g_free(tl->note);
}

/* Marks on the axis */

static struct rgba
mark_colour(const struct tl *tl, const struct tl_event *e)
{
	return e->ev->highlight ? tl->t->highlight : tl->t->bar;
}

static struct rgba
alpha(struct rgba c, double a)
{
	c.a *= a;
	return c;
}

/* Position along the axis of day "d" (true scale). */
static double
at(const struct tl *tl, double d)
{
	return tl->lo + (d - tl->d0) * tl->k;
}

/*
 * The mark of "e" across the axis at "axis", from "p0" to "p1" along it
 * (a point when equal); "pole" is where its pole stands.  "vertical"
 * swaps the coordinates.
 */
static void
draw_mark(struct layout *l, const struct tl *tl, const struct tl_event *e,
    double axis, double p0, double p1, double pole, bool vertical)
{
	struct rgba	 c = mark_colour(tl, e), bg = tl->t->background;
	double		 r = e->ev->highlight ? DOT_R + 1.5 : DOT_R;
	struct box	*b;

#define RECT(role, a0, a1, half) (vertical ? \
	layout_rect(l, role, axis - (half), (a0), 2 * (half), (a1) - (a0), c) : \
	layout_rect(l, role, (a0), axis - (half), (a1) - (a0), 2 * (half), c))
	/* A span too short to see at this scale still shows. */
	if (e->mark != MARK_DAY && p1 - p0 < 4) {
		double	 mid = (p0 + p1) / 2;

		p0 = mid - 2;
		p1 = mid + 2;
	}
	switch (e->mark) {
	case MARK_DAY:
		break;
	case MARK_PERIOD:
		b = RECT("period", p0, p1, BAND_H / 2 - 1);
		b->fill = alpha(c, 0.85);
		b->radius = BAND_H / 2 - 1;
		break;
	case MARK_SPAN:
		/* A bracket: a light band closed by two end bars. */
		b = RECT("span", p0, p1, BAND_H / 2);
		b->fill = alpha(c, 0.22);
		b = RECT("span-end", p0, p0 + 1.6, BAND_H / 2 + 2);
		b = RECT("span-end", p1 - 1.6, p1, BAND_H / 2 + 2);
		(void)b;
		break;
	case MARK_FUZZY: {
		const struct spec_part *pt = spec_part_get(e->ev->date.part);
		double	 mid = (p0 + p1) / 2;

		/* Strong where the words point, fading where they do not. */
		if (pt->first_month == 1) {
			b = RECT("fuzzy", p0, p1, BAND_H / 2);
			b->pattern = vertical ? FILL_FADE_DOWN : FILL_FADE_RIGHT;
		} else if (pt->last_month == 12) {
			b = RECT("fuzzy", p0, p1, BAND_H / 2);
			b->pattern = vertical ? FILL_FADE_UP : FILL_FADE_LEFT;
		} else {
			b = RECT("fuzzy", p0, mid, BAND_H / 2);
			b->pattern = vertical ? FILL_FADE_UP : FILL_FADE_LEFT;
			b = RECT("fuzzy", mid, p1, BAND_H / 2);
			b->pattern = vertical ? FILL_FADE_DOWN : FILL_FADE_RIGHT;
		}
		break;
	}
	}
#undef RECT
	/* The pole's foot: a dot for a day, a ring for anything vaguer. */
	b = layout_add(l, BOX_ELLIPSE, "mark");
	b->x = (vertical ? axis : pole) - r;
	b->y = (vertical ? pole : axis) - r;
	b->w = b->h = 2 * r;
	b->fill = e->mark == MARK_DAY ? c : bg;
	b->stroke = e->mark == MARK_DAY ? bg : c;
	b->line_width = e->mark == MARK_DAY ? 1.2 : 1.6;
	if (e->mark != MARK_DAY) {
		b->x += 0.8;
		b->y += 0.8;
		b->w = b->h = 2 * r - 1.6;
	}
}

/* Ticks of a true-scale horizontal axis */

enum	tick_unit {
	TICK_DAY,
	TICK_MONTH,
	TICK_YEAR,
};

static const struct tick_step {
	enum tick_unit	 unit;
	int		 n;
	double		 days;		/* about */
	const char	*widest;	/* a long label of this step */
} steps[] = {
	{ TICK_DAY,	1,	1,		"28日" },
	{ TICK_DAY,	2,	2,		"28日" },
	{ TICK_DAY,	7,	7,		"12月28日" },
	{ TICK_MONTH,	1,	30.44,		"12月" },
	{ TICK_MONTH,	2,	60.9,		"12月" },
	{ TICK_MONTH,	3,	91.3,		"12月" },
	{ TICK_MONTH,	6,	182.6,		"2020年7月" },
	{ TICK_YEAR,	1,	365.25,		"2020年" },
	{ TICK_YEAR,	2,	730.5,		"2020年" },
	{ TICK_YEAR,	5,	1826,		"2020年" },
	{ TICK_YEAR,	10,	3652,		"2020年" },
	{ TICK_YEAR,	20,	7305,		"2020年" },
	{ TICK_YEAR,	50,	18262,		"2020年" },
	{ TICK_YEAR,	100,	36525,		"2020年" },
	{ TICK_YEAR,	500,	182621,		"2020年" },
	{ TICK_YEAR,	1000,	365242,		"2020年" },
};

/* The finest step whose labels have room at "k" points per day. */
static const struct tick_step *
tick_step(const struct tl *tl, double k)
{
	struct text_style	 st = {
		.family = tl->t->font_number, .size = tl->t->tick_size,
	};
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(steps); i++) {
		double	 w = text_width(steps[i].widest, &st, NULL);

		if (steps[i].days * k >= w + 14)
			return &steps[i];
	}
	return &steps[G_N_ELEMENTS(steps) - 1];
}

/* The first tick of "st" on or after day "d". */
static int
tick_first(const struct tick_step *st, int d)
{
	int	 y, m, day;

	julian_ymd(d, &y, &m, &day);
	switch (st->unit) {
	case TICK_DAY:
		return d;
	case TICK_MONTH:
		if (day > 1 && ++m > 12)
			m = 1, y++;
		while ((m - 1) % st->n != 0)
			if (++m > 12)
				m = 1, y++;
		return julian(y, m, 1);
	default:
		if (m > 1 || day > 1)
			y++;
		while (y % st->n != 0)
			y++;
		return julian(y, 1, 1);
	}
}

static int
tick_next(const struct tick_step *st, int d)
{
	int	 y, m, day;

	julian_ymd(d, &y, &m, &day);
	switch (st->unit) {
	case TICK_DAY:
		return d + st->n;
	case TICK_MONTH:
		m += st->n;
		while (m > 12)
			m -= 12, y++;
		return julian(y, m, 1);
	default:
		return y + st->n > 9999 ? INT_MAX : julian(y + st->n, 1, 1);
	}
}

/* The start of the step's unit at or before "d": where the axis begins. */
static int
tick_floor(const struct tick_step *st, int d)
{
	int	 y, m, day;

	julian_ymd(d, &y, &m, &day);
	switch (st->unit) {
	case TICK_DAY:
		return d;
	case TICK_MONTH:
		while ((m - 1) % st->n != 0)
			m--;
		return julian(y, m, 1);
	default:
		y -= y % st->n;
		return julian(y > 0 ? y : 1, 1, 1);
	}
}

/*
 * Scale: the axis from the first day to where the last flag still fits
 * right of its pole, at least MIN_DAYS long; it starts at the beginning
 * of the tick unit when that wastes little, so the first tick has a year.
 */
static void
choose_scale(struct tl *tl)
{
	double	 len = tl->hi - tl->lo;
	int	 first = INT_MAX, last = INT_MIN, pass;
	size_t	 i;

	for (i = 0; i < tl->n; i++) {
		first = MIN(first, tl->e[i].first);
		last = MAX(last, tl->e[i].last);
	}
	tl->d0 = first;
	for (pass = 0; pass < 2; pass++) {
		const struct tick_step	*st;
		double			 k = len / MAX(MIN_DAYS,
					    (last + 1 - tl->d0) * 1.02);
		int			 snap;

		for (i = 0; i < tl->n; i++) {
			const struct tl_event *e = &tl->e[i];

			if (e->pole > tl->d0)
				k = fmin(k, (len - e->w) / (e->pole - tl->d0));
			k = fmin(k, len / (e->last + 1 - tl->d0));
		}
		/*
		 * A caption as wide as the axis would squeeze the days to
		 * nothing (and the ticks to millions): keep a floor; the
		 * layout check refuses what then does not fit.
		 */
		tl->k = fmax(k, len / ((last + 1 - tl->d0) * 4.0 + MIN_DAYS));
		if (pass == 1)
			break;
		st = tick_step(tl, k);
		snap = tick_floor(st, first);
		if ((first - snap) * k < 0.3 * len)
			tl->d0 = snap;
	}
}

/* Whether a pole to a flag below the axis stands in [x0, x1]. */
static bool
pole_below(const struct tl *tl, double x0, double x1)
{
	size_t	 i;

	for (i = 0; i < tl->n; i++)
		if (tl->e[i].side > 0 && tl->e[i].at > x0 - 1 &&
		    tl->e[i].at < x1 + 1)
			return true;
	return false;
}

/* No readable axis has more ticks: a bound for hostile specs. */
#define MAX_TICKS	400

/*
 * Tick marks and labels below the axis at "axis"; returns the height
 * they take.  With "l" NULL it only measures.
 */
static double
draw_ticks(struct layout *l, const struct tl *tl, double axis,
    GError **error)
{
	const struct tick_step	*st = tick_step(tl, tl->k);
	struct text_style	 ts = {
		.family = tl->t->font_number, .size = tl->t->tick_size,
	};
	double			 last_right = -1e9, height = 0, w, h;
	double			 end_day = tl->d0 + (tl->hi - tl->lo) / tl->k;
	int			 d, y, m, day, ly = 0, lm = 0, nticks = 0;

	for (d = tick_first(st, (int)ceil(tl->d0)); d <= end_day &&
	    nticks++ < MAX_TICKS; d = tick_next(st, d)) {
		double		 x = at(tl, d);
		GString		*s = g_string_new(NULL);
		PangoLayout	*pl;
		struct box	*b;

		julian_ymd(d, &y, &m, &day);
		/* The year where it changes, the month where it changes. */
		if (ly != y || st->unit == TICK_YEAR)
			g_string_append_printf(s, "%d年", y);
		if (st->unit == TICK_MONTH || (st->unit == TICK_DAY &&
		    (lm != m || ly != y)))
			g_string_append_printf(s, "%d月", m);
		if (st->unit == TICK_DAY)
			g_string_append_printf(s, "%d日", day);
		pl = text_make(s->str, &ts, 0, error);
		g_string_free(s, TRUE);
		if (pl == NULL)
			return -1;
		text_size(pl, &w, &h);
		height = fmax(height, h + 5);
		if (l == NULL) {
			g_object_unref(pl);
			continue;
		}
		layout_line(l, "tick-mark", x, axis, x, axis + 3.5,
		    tl->t->axis, 0.8);
		x = fmin(fmax(CHART_MARGIN, x - w / 2),
		    tl->width - CHART_MARGIN - w);
		/*
		 * No room, or a pole down to a caption below would run
		 * through it: the next label says the year instead.
		 */
		if (x < last_right + 6 || pole_below(tl, x - 2, x + w + 2)) {
			g_object_unref(pl);
			continue;
		}
		b = layout_text_take(l, "tick", pl, x, axis + 5);
		b->fill = tl->t->muted;
		last_right = x + w;
		ly = y;
		lm = m;
	}
	return height;
}

/* Horizontal */

/*
 * Flags from right to left: each goes beyond every placed flag whose
 * left edge its box would reach (see the top of the file).
 */
static void
place_flags(struct tl *tl, const double base[2])
{
	size_t	 i, j;

	for (i = tl->n; i-- > 0; ) {
		struct tl_event	*e = &tl->e[i];
		double		 off[2] = { base[0], base[1] };
		int		 s;

		for (j = i + 1; j < tl->n; j++) {
			const struct tl_event *p = &tl->e[j];

			if (p->at < e->at + e->w + GAP_X)
				off[p->side > 0] = fmax(off[p->side > 0],
				    p->offset + p->h + GAP_Y);
		}
		/* Nearest the axis; where both sides are free, alternate. */
		if (off[0] == base[0] && off[1] == base[1])
			s = (int)(i % 2);
		else
			s = off[1] < off[0];
		e->side = s ? 1 : -1;
		e->offset = off[s];
	}
}

/* The flag of "e": pole, highlight, date and caption. */
static void
draw_flag(struct layout *l, const struct tl *tl, struct tl_event *e,
    double axis)
{
	double		 top = e->side < 0 ? axis - e->offset - e->h :
			    axis + e->offset;
	double		 x = e->at + POLE_PAD, foot;
	bool		 hl = e->ev->highlight;
	struct box	*b;

	if (hl) {
		b = layout_rect(l, "highlight", e->at + 1.5, top - 3,
		    e->w + 1, e->h + 6, alpha(tl->t->highlight, 0.14));
		b->radius = 2;
	}
	/* From the edge of its mark (in its lane) to the flag's far end. */
	foot = axis - e->lane * LANE_STEP + e->side * (hl ? DOT_R + 1.5 :
	    DOT_R);
	layout_line(l, "pole", e->at, foot, e->at, e->side < 0 ? top :
	    top + e->h, hl ? tl->t->highlight : tl->t->axis, hl ? 1.2 : 0.8);
	b = layout_text_take(l, "date", g_object_ref(e->date), x, top);
	b->fill = hl && strcmp(tl->t->name, "news") == 0 ? tl->t->highlight :
	    tl->t->bar;
	b = layout_text_take(l, "event", g_object_ref(e->caption), x,
	    top + e->date_h + 1);
	b->fill = tl->t->text;
}

static bool
layout_horizontal(struct layout **out, struct tl *tl, GError **error)
{
	const struct spec	*s = tl->s;
	const struct theme	*t = tl->t;
	struct layout		*l = NULL;
	struct frame		 fr;
	double			 cw, base[2], above = 0, below = 0, axis;
	double			 tick_h = 0, top, need, avail;
	size_t			 i;
	bool			 ok = false;

	memset(&fr, 0, sizeof fr);
	tl->lo = CHART_MARGIN + DOT_R + 2;
	tl->hi = tl->width - CHART_MARGIN;
	/* Captions a quarter of the axis wide: two lines for most. */
	cw = fmin(fmax((tl->hi - tl->lo) * 0.24, 84), 170);
	cw = fmin(cw, tl->hi - tl->lo - POLE_PAD - 1);
	if (!measure(tl, cw, cw, true, PANGO_ALIGN_LEFT, error))
		goto out;
	for (i = 0; i < tl->n; i++) {
		struct tl_event *e = &tl->e[i];

		e->w = POLE_PAD + fmax(e->date_w, e->cap_w);
		e->h = e->date_h + 1 + e->cap_h;
	}
	if (s->even) {
		/* Equal steps, the last flag still inside the canvas. */
		double	 step = tl->n > 1 ? (tl->hi - tl->lo) / (tl->n - 1) : 0;

		for (i = 1; i < tl->n; i++)
			step = fmin(step, (tl->hi - tl->lo - tl->e[i].w) / i);
		for (i = 0; i < tl->n; i++)
			tl->e[i].at = tl->lo + step * i;
		base[1] = AXIS_CLEAR;
	} else {
		choose_scale(tl);
		for (i = 0; i < tl->n; i++)
			tl->e[i].at = at(tl, tl->e[i].pole);
		if ((tick_h = draw_ticks(NULL, tl, 0, error)) < 0)
			goto out;
		base[1] = tick_h + 8;
	}
	base[0] = AXIS_CLEAR + (tl->lanes - 1) * LANE_STEP;
	place_flags(tl, base);
	for (i = 0; i < tl->n; i++) {
		const struct tl_event *e = &tl->e[i];

		if (e->side < 0)
			above = fmax(above, e->offset + e->h + 3);
		else
			below = fmax(below, e->offset + e->h + 3);
	}
	above = fmax(above, base[0]);
	below = fmax(below, base[1]);

	if (!frame_make(&fr, s, t, tl->width, NULL, tl->note, error))
		goto out;
	need = fr.header_h + above + below + fr.footer_h;
	if (s->size.fixed_height && need > s->size.height_pt + 0.5) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: %zu %s not fit in a height of %.0f pt (%s "
		    "%.0f pt); leave out \"height\" so the chart grows, "
		    "make it wider, or shorten the captions", s->name, tl->n,
		    util_plural(tl->n, "event does", "events do"),
		    s->size.height_pt, util_plural(tl->n, "it needs",
		    "they need"), ceil(need));
		goto out;
	}
	l = chart_canvas(s, t, ceil(need));
	top = frame_place_header(l, &fr, t);
	avail = l->height - fr.footer_h - top;
	axis = top + above + (avail - above - below) / 2;

	layout_line(l, "axis", CHART_MARGIN, axis, tl->width - CHART_MARGIN,
	    axis, t->axis, 1.2);
	if (!s->even && draw_ticks(l, tl, axis, error) < 0)
		goto out;
	for (i = 0; i < tl->n; i++) {
		struct tl_event *e = &tl->e[i];

		if (s->even) {
			/* Not to scale: a span is a token bracket. */
			draw_mark(l, tl, e, axis, e->at - 7, e->at + 7, e->at,
			    false);
			continue;
		}
		draw_mark(l, tl, e, axis - e->lane * LANE_STEP, at(tl,
		    e->first), at(tl, e->last + 1), e->at, false);
	}
	for (i = 0; i < tl->n; i++)
		draw_flag(l, tl, &tl->e[i], axis);
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

/* Vertical (长图) */

/*
 * Rows top down at "k" points per day: each at its date unless the row
 * above pushes it down.  Returns the height of rows and axis together.
 */
static double
place_rows(struct tl *tl, double k, int d0)
{
	double	 y = 0, end = 0;
	size_t	 i;

	for (i = 0; i < tl->n; i++) {
		struct tl_event	*e = &tl->e[i];
		double		 want = tl->s->even ? y : (e->pole - d0) * k -
				    e->date_h / 2;

		e->at = fmax(y, want);
		y = e->at + e->h + ROW_GAP;
		end = fmax(end, tl->s->even ? 0 : (e->last + 1 - d0) * k);
	}
	return fmax(y - ROW_GAP, end);
}

static bool
layout_vertical(struct layout **out, struct tl *tl, GError **error)
{
	const struct spec	*s = tl->s;
	const struct theme	*t = tl->t;
	struct layout		*l = NULL;
	struct frame		 fr;
	struct text_style	 ds = {
		.family = t->font_number, .size = t->label_size,
		.weight = PANGO_WEIGHT_BOLD,
	};
	double			 dw = 0, axis_x, cap_x, cap_w, rows = 0, top;
	double			 need, height, k = 0, lo, hi;
	char			**dates = date_texts(tl);
	int			 d0 = INT_MAX, iter;
	size_t			 i;
	bool			 ok = false;

	memset(&fr, 0, sizeof fr);
	/* The date column: as wide as the widest date, up to 30%. */
	for (i = 0; i < tl->n; i++) {
		double	 w = text_width(dates[i], &ds, error);

		if (w < 0)
			goto out;
		dw = fmax(dw, ceil(w) + 1);
	}
	dw = fmin(dw, (tl->width - 2 * CHART_MARGIN) * 0.3);
	axis_x = CHART_MARGIN + dw + DATE_GAP + (tl->lanes - 1) * LANE_STEP;
	cap_x = axis_x + GUTTER;
	/* A reading measure: about 36 characters a line. */
	cap_w = fmin(tl->width - CHART_MARGIN - cap_x, 36 * t->label_size);
	if (cap_w < 80) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: the chart is too narrow for a vertical timeline; "
		    "make it wider", s->name);
		goto out;
	}
	if (!measure(tl, dw, cap_w, false, PANGO_ALIGN_RIGHT, error))
		goto out;
	for (i = 0; i < tl->n; i++) {
		struct tl_event *e = &tl->e[i];

		e->h = fmax(e->date_h, e->cap_h);
		rows += e->h + ROW_GAP;
		d0 = MIN(d0, e->first);
	}
	rows -= ROW_GAP;
	/*
	 * True scale within a budget: the largest scale at which rows and
	 * axis take at most ROOM times the height of the rows alone, so
	 * gaps in time show without a page of empty years.
	 */
	if (!s->even) {
		lo = 0;
		hi = rows * ROOM / MIN_DAYS;
		for (iter = 0; iter < 40; iter++) {
			double	 mid = (lo + hi) / 2;

			if (place_rows(tl, mid, d0) <= rows * ROOM)
				lo = mid;
			else
				hi = mid;
		}
		k = lo;
	}
	height = place_rows(tl, k, d0);
	if (!frame_make(&fr, s, t, tl->width, NULL, tl->note, error))
		goto out;
	need = fr.header_h + 6 + height + 6 + fr.footer_h;
	if (s->size.fixed_height && need > s->size.height_pt + 0.5) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: %zu %s not fit in a height of %.0f pt (%s "
		    "%.0f pt); leave out \"height\" so the page grows",
		    s->name, tl->n, util_plural(tl->n, "event does",
		    "events do"), s->size.height_pt, util_plural(tl->n,
		    "it needs", "they need"), ceil(need));
		goto out;
	}
	l = chart_canvas(s, t, ceil(need));
	top = frame_place_header(l, &fr, t) + 6;

	layout_line(l, "axis", axis_x, top - 6, axis_x, top + height + 4,
	    t->axis, 1.2);
	for (i = 0; i < tl->n; i++) {
		struct tl_event	*e = &tl->e[i];
		double		 ry = top + e->at, mid = ry + e->date_h / 2;
		double		 py = s->even ? mid : top + (e->pole - d0) * k;
		double		 lane = axis_x - e->lane * LANE_STEP;
		double		 from = lane + DOT_R + 1.5, bend;
		bool		 hl = e->ev->highlight;
		struct rgba	 lc = hl ? t->highlight : t->axis;

		if (s->even)
			draw_mark(l, tl, e, axis_x, py - 7, py + 7, py, true);
		else
			draw_mark(l, tl, e, lane, top + (e->first - d0) * k,
			    top + (e->last + 1 - d0) * k, py, true);
		/*
		 * The leader from the mark to its row: level when the row
		 * is at its date, else out, then down to a row pushed off.
		 */
		bend = axis_x + GUTTER * 0.4;
		if (fabs(mid - py) > 1) {
			layout_line(l, "leader", from, py, bend, py, lc, 0.8);
			layout_line(l, "leader", bend, py, cap_x - 5, mid, lc,
			    0.8);
		} else
			layout_line(l, "leader", from, mid, cap_x - 5, mid, lc,
			    0.8);
		if (hl) {
			struct box *b = layout_rect(l, "highlight", cap_x - 5,
			    ry - 4, e->cap_w + 10, e->cap_h + 8,
			    alpha(t->highlight, 0.14));

			b->radius = 2;
		}
		layout_text_take(l, "date", g_object_ref(e->date),
		    CHART_MARGIN + dw - e->date_w, ry)->fill = hl &&
		    strcmp(t->name, "news") == 0 ? t->highlight : t->bar;
		layout_text_take(l, "event", g_object_ref(e->caption), cap_x,
		    ry)->fill = t->text;
	}
	frame_place_footer(l, &fr, t);
	ok = true;
out:
	g_strfreev(dates);
	frame_release(&fr);
	if (!ok) {
		layout_free(l);
		l = NULL;
	}
	*out = l;
	return ok;
}

struct layout *
timeline_layout(const struct spec *s, GError **error)
{
	struct tl	 tl;
	struct layout	*l = NULL;

	memset(&tl, 0, sizeof tl);
	tl.s = s;
	tl.width = s->size.width_pt > 0 ? s->size.width_pt : CHART_WIDTH;
	tl.theme = *theme_get(s->theme);
	if (s->vertical) {
		/*
		 * A 长图 is read on a phone at the width of the screen: its
		 * type grows with its width, as if it were 600 pt wide.
		 */
		double	 f = fmin(fmax(tl.width / CHART_WIDTH, 1), 1.8);

		tl.theme.title_size *= f;
		tl.theme.subtitle_size *= f;
		tl.theme.label_size *= f;
		tl.theme.value_size *= f;
		tl.theme.tick_size *= f;
		tl.theme.note_size *= f;
	}
	tl.t = &tl.theme;
	events_init(&tl);
	qsort(tl.e, tl.n, sizeof *tl.e, by_time);
	assign_lanes(&tl);
	tl.note = make_note(&tl);
	if (s->vertical)
		layout_vertical(&l, &tl, error);
	else
		layout_horizontal(&l, &tl, error);
	if (l != NULL)
		l->alt = timeline_alt_text(s);
	tl_release(&tl);
	return l;
}

/* Alt text */

static char *
event_words(const struct spec_event *e)
{
	char	*d = timeline_event_date(e, true), *out;

	out = g_strdup_printf("%s，%s", d, e->text);
	g_free(d);
	return out;
}

char *
timeline_alt_text(const struct spec *s)
{
	GString		*a = g_string_new(NULL);
	struct tl	 tl;
	size_t		 i;

	memset(&tl, 0, sizeof tl);
	tl.s = s;
	events_init(&tl);
	qsort(tl.e, tl.n, sizeof *tl.e, by_time);
	g_string_append_printf(a, "%s时间轴：%s。", s->vertical ? "纵向" : "",
	    s->title);
	if (tl.n == 1) {
		char	*w = event_words(tl.e[0].ev);

		g_string_append_printf(a, "共1个事件：%s。", w);
		g_free(w);
	} else if (tl.n > 1) {
		char	*f = timeline_event_date(tl.e[0].ev, true);
		char	*l = timeline_event_date(tl.e[tl.n - 1].ev, true);

		g_string_append_printf(a, "共%zu个事件%s，最早为%s，最晚为%s。",
		    tl.n, s->even ? "，按先后等距排列" : "", f, l);
		g_free(f);
		g_free(l);
	}
	for (i = 0; i < tl.n && tl.n > 1; i++)
		if (tl.e[i].ev->highlight) {
			char	*w = event_words(tl.e[i].ev);

			g_string_append_printf(a, "重点：%s。", w);
			g_free(w);
		}
	if (s->source != NULL)
		g_string_append_printf(a, "%s%s。", strstr(s->source, "来源") ?
		    "" : "数据来源：", s->source);
	tl_release(&tl);
	return g_string_free(a, FALSE);
}
