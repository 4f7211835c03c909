/* SPDX-License-Identifier: MIT */
/*
 * Share charts (占比): the parts of a whole as a donut, or as 100% bars
 * (one per series).  Parts are percents (drawn as given) or amounts
 * (their shares computed, the amount said beside the share); 其他, given
 * or made by the spec from a known whole, comes last in grey.  Every
 * part is labelled directly with its name and share: beside the ring
 * with a leader where a slice is small or its label had to move, above
 * (and below) the bar on levels that never cover another label's
 * leader.  Approximate parts are hatched, as approximate bars are.
 */
#include <math.h>
#include <string.h>

#include "chart.h"
#include "font/font.h"

#define RING		0.6	/* inner radius of the ring, of the outer */
#define R_MIN		40.0	/* a smaller donut is no chart */
#define ELBOW		6.0	/* leaders bend this far out of the ring */
#define SMALL		0.2	/* radians: slices this thin get a leader */
#define KNEE		8.0	/* column leaders bend this far out of E */
#define COLUMN		30.0	/* and reach the labels this far out */
#define BAR_H		30.0	/* one 100% bar */

struct	sc {
	const struct spec	*s;
	const struct theme	*t;
	size_t			 n, ns;
	size_t			*order;		/* parts in drawing order */
	double			*sum;		/* [ns] what the parts add to */
	struct numfmt		 nf;		/* amounts, or percents given */
	bool			 amounts;	/* say the value with the share */
	bool			 faded;		/* some part is highlighted */
	char			*note;
};

static const struct spec_value *
val(const struct sc *c, size_t i, size_t j)
{
	return &c->s->data[i].values[j];
}

static struct rgba
mix(struct rgba a, struct rgba b, double f)
{
	struct rgba	 m = {
		a.r * (1 - f) + b.r * f, a.g * (1 - f) + b.g * f,
		a.b * (1 - f) + b.b * f, 1,
	};

	return m;
}

/*
 * The colour of the part drawn "k"-th: the theme's series, then their
 * tints (twelve in all, neighbours always apart); 其他 grey; all but the
 * highlighted faded when one is.
 */
static struct rgba
part_colour(const struct sc *c, size_t k)
{
	const struct spec_datum	*d = &c->s->data[c->order[k]];
	struct rgba		 col;

	if (d->rest || strcmp(d->label, "其他") == 0 ||
	    strcmp(d->label, "其它") == 0)
		col = mix(c->t->muted, c->t->background, 0.45);
	else if (k < THEME_SERIES)
		col = c->t->series[k];
	else
		col = mix(c->t->series[k % THEME_SERIES], c->t->background,
		    0.5);
	if (c->faded && !d->highlight)
		col = mix(col, c->t->background, 0.6);
	return col;
}

static bool
is_other(const struct spec_datum *d)
{
	return d->rest || strcmp(d->label, "其他") == 0 ||
	    strcmp(d->label, "其它") == 0;
}

static int
by_value(const void *a, const void *b, void *data)
{
	const struct spec	*s = data;
	size_t			 i = *(const size_t *)a, j = *(const size_t *)b;
	double			 x = s->data[i].values[0].value;
	double			 y = s->data[j].values[0].value;

	/* 其他 is last, whatever its size: it is not one of the parts. */
	if (is_other(&s->data[i]) != is_other(&s->data[j]))
		return is_other(&s->data[i]) ? 1 : -1;
	if (x != y && s->sort)
		return x < y ? 1 : -1;
	return i < j ? -1 : i > j;
}

/* The share of part "i" in series "j", as a label writes it. */
static char *
share_text(const struct sc *c, size_t i, size_t j)
{
	const struct spec_value	*v = val(c, i, j);
	struct numfmt_value	 nv = {
		.value = v->value, .value_max = NAN, .approx = v->approx,
		.percent = true,
	};
	struct numfmt		 pf = { 1, "", 1, 1 };

	if (c->s->decimals == SPEC_DECIMALS_TEXT && (nv.decimals =
	    numfmt_text_decimals(v->text, c->nf.scale)) >= 0)
		nv.own_decimals = true;
	if (!c->amounts)
		return numfmt_value(&c->nf, &nv);
	nv.own_decimals = false;
	nv.value = v->value / c->sum[j] * 100;
	/* The share of an approximate amount is itself about so much. */
	if (nv.approx != SHUTU_APPROX_EXACT)
		nv.approx = SHUTU_APPROX_ABOUT;
	if (nv.value < 0.05) {
		nv.value = 0.1;
		nv.approx = SHUTU_APPROX_UNDER;
	}
	return numfmt_value(&pf, &nv);
}

/* An amount with its scale and unit: 540亿元, 约1.2万人. */
static char *
amount_text(const struct sc *c, const struct spec_value *v)
{
	struct numfmt_value	 nv = {
		.value = v->value, .value_max = NAN, .approx = v->approx,
	};
	char			*n, *out;

	if (c->s->decimals == SPEC_DECIMALS_TEXT && (nv.decimals =
	    numfmt_text_decimals(v->text, c->nf.scale)) >= 0)
		nv.own_decimals = true;
	n = numfmt_value(&c->nf, &nv);
	out = g_strconcat(n, c->nf.scale, c->s->unit != NULL ? c->s->unit :
	    "", NULL);
	g_free(n);
	return out;
}

/* The whole of an amounts chart: given (exact), or its rough parts' sum. */
static struct spec_value
whole_value(const struct sc *c)
{
	struct spec_value	 tv = { .value = c->sum[0], .value_max = NAN };
	size_t			 k;

	/* 41781 + 7353 of 49133亿元: the centre says the article's whole */
	if (!isnan(c->s->total))
		tv.value = c->s->total;

	for (k = 0; k < c->n && isnan(c->s->total); k++)
		if (val(c, k, 0)->approx != SHUTU_APPROX_EXACT)
			tv.approx = SHUTU_APPROX_ABOUT;
	return tv;
}

static void
sc_release(struct sc *c)
{
	g_free(c->order);
	g_free(c->sum);
	g_free(c->note);
}

static void
sc_init(struct sc *c, const struct spec *s)
{
	GArray			*all = g_array_new(FALSE, FALSE, sizeof(double));
	GArray			*whole = g_array_new(FALSE, FALSE, sizeof(double));
	enum shutu_approx	*seen;
	size_t			 i, j, nseen = 0;
	bool			 exact = false, rest = false, rounded = false;
	GString			*note = g_string_new(NULL);
	char			*an;

	memset(c, 0, sizeof *c);
	c->s = s;
	c->t = theme_get(s->theme);
	c->n = s->ndata;
	c->ns = s->nseries;
	c->amounts = !s->percent;
	c->order = g_new(size_t, c->n);
	c->sum = g_new0(double, c->ns);
	seen = g_new(enum shutu_approx, 2 * c->n * c->ns);
	for (i = 0; i < c->n; i++) {
		c->order[i] = i;
		c->faded |= s->data[i].highlight;
		rest |= s->data[i].rest;
		for (j = 0; j < c->ns; j++) {
			const struct spec_value *v = val(c, i, j);

			c->sum[j] += v->value;
			g_array_append_val(all, v->value);
			if (v->approx == SHUTU_APPROX_OVER)
				g_array_append_val(whole, v->value);
			if (v->approx != SHUTU_APPROX_EXACT)
				seen[nseen++] = v->approx;
			else
				exact = true;
			/* The share of an approximate amount says 约. */
			if (v->approx != SHUTU_APPROX_EXACT && !s->percent)
				seen[nseen++] = SHUTU_APPROX_ABOUT;
		}
	}
	if (!isnan(s->total))
		g_array_append_val(all, s->total);
	g_qsort_with_data(c->order, c->n, sizeof *c->order, by_value,
	    (void *)s);
	numfmt_choose(&c->nf, (double *)all->data, all->len);
	numfmt_keep_whole(&c->nf, (double *)all->data, all->len,
	    (double *)whole->data, whole->len);
	if (s->percent) {
		c->nf.divisor = 1;
		c->nf.scale = "";
	} else
		numfmt_force(&c->nf, s->scale, (double *)all->data, all->len);
	if (s->decimals >= 0)
		c->nf.decimals = s->decimals;
	/* Shares as given that do not make 100 were rounded (N3). */
	for (j = 0; j < c->ns; j++) {
		if (s->percent)
			rounded |= fabs(c->sum[j] - 100) > 1e-6;
		else {
			double	 t = 0;

			for (i = 0; i < c->n; i++)
				t += round(val(c, i, j)->value / c->sum[j] * 1000) /
				    10;
			rounded |= fabs(t - 100) > 1e-6;
		}
	}
	an = chart_approx_note(seen, nseen, exact && nseen > 0, false,
	    s->percent, "斜纹表示约数");
	if (an != NULL)
		g_string_append_len(note, an, strlen(an) - strlen("。"));
	g_free(an);
	if (rest)
		g_string_append_printf(note, "%s“其他”为%s减去所列各部分",
		    note->len ? "；" : "注：", s->percent ? "100%" : "合计");
	if (rounded)
		g_string_append_printf(note, "%s因四舍五入，各部分占比之和%s"
		    "100%%", note->len ? "；" : "注：", s->percent ? "不等于" :
		    "可能不等于");
	if (note->len > 0) {
		g_string_append(note, "。");
		c->note = g_string_free(note, FALSE);
	} else
		g_string_free(note, TRUE);
	g_array_free(all, TRUE);
	g_array_free(whole, TRUE);
	g_free(seen);
}

/*
 * A part's name as it may be shown in "width" points: whole, or on
 * three lines at most, cut short with … (g_free).  Cut here, not by
 * Pango in the whole label, so that the share after it is never lost.
 */
static char *
fit_name(const char *name, const struct text_style *st, double width,
    GError **error)
{
	struct text_style	 ns = *st;
	PangoLayout		*pl;
	PangoLayoutLine		*line;
	char			*cut, *out;

	/* Three lines hold it whatever the breaks: no need to measure. */
	if (width <= 0 || g_utf8_strlen(name, -1) * st->size * 1.1 <=
	    2.5 * width)
		return g_strdup(name);
	ns.max_lines = 0;
	if ((pl = text_make(name, &ns, width, error)) == NULL)
		return NULL;
	if (pango_layout_get_line_count(pl) <= 3) {
		g_object_unref(pl);
		return g_strdup(name);
	}
	/* The text of three lines, less one character for the …. */
	line = pango_layout_get_line_readonly(pl, 2);
	cut = g_strndup(pango_layout_get_text(pl), line->start_index +
	    line->length);
	*g_utf8_offset_to_pointer(cut, MAX(0, g_utf8_strlen(cut, -1) - 1)) =
	    '\0';
	out = text_plain(cut);
	g_free(cut);
	cut = g_strconcat(out, "…", NULL);
	g_free(out);
	g_object_unref(pl);
	return cut;
}

/* "第三产业 62.3%" and, for amounts, "540亿元" under it. */
static PangoLayout *
part_label(const struct sc *c, size_t i, size_t j, bool name, bool share,
    bool amount, double width, PangoAlignment align, GError **error)
{
	const struct spec_datum	*d = &c->s->data[i];
	struct text_style	 st = {
		.family = FONT_SANS, .size = c->t->label_size,
		.align = align, .max_lines = 4, .balance = true,
		.weight = d->highlight ? PANGO_WEIGHT_BOLD : 0,
	};
	GString			*t = g_string_new(NULL);
	PangoLayout		*pl;

	if (name) {
		char	*n = fit_name(d->label, &st, fabs(width), error);

		if (n == NULL) {
			g_string_free(t, TRUE);
			return NULL;
		}
		g_string_append(t, n);
		g_free(n);
	}
	if (share) {
		char	*p = share_text(c, i, j);

		/* Narrow labels put the share under the name, never split it. */
		g_string_append_printf(t, "%s%s", !name ? "" : width < 0 ?
		    "\n" : " ", p);
		g_free(p);
	}
	if (amount && c->amounts) {
		char	*a = amount_text(c, val(c, i, j));

		g_string_append_printf(t, "%s%s", t->len ? "\n" : "", a);
		g_free(a);
	}
	/* The name is cut short already: the figures always show. */
	st.max_lines = 0;
	/* Most labels fit unwrapped: then no balancing is needed. */
	pl = text_make(t->str, &st, 0, error);
	if (pl != NULL && width != 0) {
		double	 w;

		text_size(pl, &w, NULL);
		if (w > fabs(width)) {
			g_object_unref(pl);
			pl = text_make(t->str, &st, fabs(width), error);
		}
	}
	g_string_free(t, TRUE);
	return pl;
}

static struct box *
leader(struct layout *l, const struct sc *c, const double *xy, size_t n)
{
	return layout_path(l, "leader", xy, n, c->t->muted, 0.7);
}

/* ---- The donut ---- */

/*
 * Where the first slice starts, in radians clockwise from 12 o'clock:
 * 12 o'clock, unless several thin slices run together (the smallest,
 * sorted last): then they are turned to 9 o'clock, where their labels
 * stack beside them in the order of the slices, rather than above the
 * ring, where every leader would have to run sideways to them.
 */
static double
start_angle(const struct sc *c)
{
	double	 a = 0, from = -1, to = -1;
	size_t	 k, thin = 0;
	bool	 run = true;

	for (k = 0; k < c->n; k++) {
		double	 span = 2 * G_PI * val(c, c->order[k], 0)->value /
			    c->sum[0];

		if (span < SMALL) {
			if (from < 0)
				from = a;
			else if (to < a - 1e-9)
				run = false;	/* thin, thick, thin again */
			to = a + span;
			thin++;
		}
		a += span;
	}
	if (thin < 2 || !run)
		return 0;
	return 3 * G_PI / 2 - (from + to) / 2;
}

struct	slab {
	PangoLayout	*pl;
	double		 line_h;	/* of the first line: leaders meet it */
	size_t		 k;		/* drawing order */
	double		 mid;		/* mid angle, radians from 12 */
	double		 span;
	double		 w, h, want, y;	/* top y wanted and got */
	double		 x;
};

static int
by_want(const void *a, const void *b)
{
	const struct slab *x = a, *y = b;

	return x->want < y->want ? -1 : x->want > y->want;
}

/*
 * One side of the ring: labels in the order of their anchors, pushed
 * apart between "lo" and "hi".  Returns whether any had to move.
 */
static bool
spread(struct slab *lab, size_t n, double lo, double hi)
{
	double	 y = lo;
	size_t	 i;
	bool	 moved = false;

	qsort(lab, n, sizeof *lab, by_want);
	for (i = 0; i < n; i++) {
		lab[i].y = fmax(lab[i].want, y);
		y = lab[i].y + lab[i].h + 2;
	}
	for (y = hi, i = n; i-- > 0;) {
		lab[i].y = fmin(lab[i].y, y - lab[i].h);
		y = lab[i].y - 2;
	}
	for (i = 0; i < n; i++)
		moved |= fabs(lab[i].y - lab[i].want) > 1.5;
	return moved;
}

/* The total height the labels of one side need, gaps included. */
static double
stack_height(const struct slab *lab, size_t n)
{
	double	 h = 0;
	size_t	 i;

	for (i = 0; i < n; i++)
		h += lab[i].h + (i ? 2 : 0);
	return h;
}

/*
 * Place one side's labels: beside the ring where none had to move, else
 * in a column clear of the ring, every leader ending left of it.
 */
static void
place_side(struct layout *l, const struct sc *c, struct slab *lab, size_t n,
    double cx, double cy, double r, double lo, double hi, int dir)
{
	size_t	 i;
	bool	 column = spread(lab, n, lo, hi);
	/* Column leaders: out to the knee line level, then across. */
	double	 knee = r + ELBOW + KNEE, col = r + ELBOW + COLUMN;

	for (i = 0; i < n; i++) {
		struct slab	*b = &lab[i];
		double		 dy, reach, ex, ey, ax, ay, lx, ly;
		struct box	*bx;

		/* The label's nearest edge to the ring's centre, in y. */
		dy = cy < b->y ? b->y - cy : cy > b->y + b->h ?
		    cy - b->y - b->h : 0;
		reach = column ? col : sqrt(fmax(0, (r + ELBOW + 2) *
		    (r + ELBOW + 2) - dy * dy)) + 6;
		b->x = dir > 0 ? cx + reach : cx - reach - b->w;
		bx = layout_text_take(l, "part", g_object_ref(b->pl), b->x,
		    b->y);
		bx->fill = c->t->text;
		ax = cx + (r + 1) * sin(b->mid);
		ay = cy - (r + 1) * cos(b->mid);
		ex = cx + (r + ELBOW) * sin(b->mid);
		ey = cy - (r + ELBOW) * cos(b->mid);
		lx = dir > 0 ? b->x - 2 : b->x + b->w + 2;
		ly = b->y + b->line_h / 2;
		if (!column && b->span >= SMALL && hypot(lx - ex, ly - ey) <
		    12)
			continue;
		if (!column) {
			/* Not moved: the label's first line is level with E. */
			double	 xy[6] = { ax, ay, ex, ey, lx, ly };

			leader(l, c, xy, 3);
		} else {
			/*
			 * Level from E to the knee line, which is outside
			 * every E of the side, then to the label: the level
			 * parts are at the anchors' heights, the slanted ones
			 * between two upright lines in the labels' order, so
			 * no two leaders cross.
			 */
			double	 xy[8] = { ax, ay, ex, ey, cx + dir * knee, ey,
				    lx, ly };

			leader(l, c, xy, 4);
		}
	}
}

/* The centre: a share or total large, what it is small under it. */
static bool
centre(struct layout *l, const struct sc *c, double cx, double cy,
    double inner, GError **error)
{
	const struct spec	*s = c->s;
	char			*big = NULL, *small = NULL;
	double			 sizes[3] = { c->t->title_size * 1.5,
				    c->t->title_size * 1.15,
				    c->t->title_size };
	size_t			 i, k;
	bool			 ok = true;

	if (s->center != NULL) {
		char	*nl = strchr(s->center, '\n');

		big = nl != NULL ? g_strndup(s->center, nl - s->center) :
		    g_strdup(s->center);
		small = nl != NULL ? g_strdup(nl + 1) : NULL;
	} else {
		size_t	 pick = c->n;

		for (k = 0; k < c->n; k++)
			if (s->data[c->order[k]].highlight) {
				pick = c->order[k];
				break;
			}
		if (pick == c->n && c->amounts) {
			struct spec_value tv = whole_value(c);

			big = amount_text(c, &tv);
			small = g_strdup("合计");
		} else {
			if (pick == c->n)
				pick = c->order[0];
			big = share_text(c, pick, 0);
			small = g_strdup(s->data[pick].label);
		}
	}
	/* Large as the hole allows; without the caption if need be. */
	for (i = 0; i < 2 * G_N_ELEMENTS(sizes); i++) {
		struct text_style bst = {
			.family = FONT_SANS,
			.size = sizes[i % G_N_ELEMENTS(sizes)],
			.weight = PANGO_WEIGHT_BOLD,
			.align = PANGO_ALIGN_CENTER,
		};
		struct text_style sst = {
			.family = FONT_SANS, .size = c->t->label_size,
			.align = PANGO_ALIGN_CENTER, .max_lines = 2,
			.balance = true,
		};
		bool		 with = small != NULL &&
				    i < G_N_ELEMENTS(sizes);
		PangoLayout	*bp = text_make(big, &bst, 0, error), *sp = NULL;
		double		 bw, bh, sw = 0, sh = 0, hw, hh;

		if (bp == NULL) {
			ok = false;
			break;
		}
		if (with && (sp = text_make(small, &sst, inner * 1.3,
		    error)) == NULL) {
			g_object_unref(bp);
			ok = false;
			break;
		}
		text_size(bp, &bw, &bh);
		if (sp != NULL)
			text_size(sp, &sw, &sh);
		hw = fmax(bw, sw) / 2;
		hh = (bh + sh) / 2;
		if (hypot(hw, hh) <= inner - 3) {
			struct box	*b;

			b = layout_text_take(l, "center", bp, cx - bw / 2,
			    cy - hh);
			b->fill = c->t->text;
			if (sp != NULL) {
				b = layout_text_take(l, "center-label", sp,
				    cx - sw / 2, cy - hh + bh);
				b->fill = c->t->muted;
			}
			goto out;
		}
		g_object_unref(bp);
		if (sp != NULL)
			g_object_unref(sp);
	}
	if (ok && s->center != NULL) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: \"center\" '%s' does not fit in the donut's hole; "
		    "make it shorter", s->name, s->center);
		ok = false;
	}
out:
	g_free(big);
	g_free(small);
	return ok;
}

static bool
lay_donut(struct layout **out, struct sc *c, GError **error)
{
	const struct spec	*s = c->s;
	const struct theme	*t = c->t;
	struct layout		*l = NULL;
	struct frame		 fr;
	double			 width = s->size.width_pt > 0 ?
				    s->size.width_pt : CHART_WIDTH;
	double			 inner_w = width - 2 * CHART_MARGIN;
	struct slab		*lab = g_new0(struct slab, c->n);
	struct slab		*right = g_new0(struct slab, c->n);
	struct slab		*left = g_new0(struct slab, c->n);
	size_t			 nr = 0, nl = 0, k, pass;
	double			 lw = 0, r = 0, cx, cy, top, a = 0, h, need;
	bool			 ok = false;

	memset(&fr, 0, sizeof fr);
	/* Labels on one line each; if the donut is then too small, two. */
	for (pass = 0; pass < 2; pass++) {
		lw = 0;
		a = start_angle(c);
		for (k = 0; k < c->n; k++) {
			size_t	 i = c->order[k];
			double	 f = val(c, i, 0)->value / c->sum[0];

			g_clear_object(&lab[k].pl);
			lab[k].k = k;
			lab[k].span = 2 * G_PI * f;
			lab[k].mid = fmod(a + lab[k].span / 2 + 4 * G_PI,
			    2 * G_PI);
			a += lab[k].span;
			/* Left of the ring lines align on the ring's side. */
			if ((lab[k].pl = part_label(c, i, 0, true, true, true,
			    inner_w * (pass == 0 ? 0.28 : -0.2), lab[k].mid <=
			    G_PI ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT,
			    error)) == NULL)
				goto out;
			text_size(lab[k].pl, &lab[k].w, &lab[k].h);
			{
				PangoRectangle	 lr;

				pango_layout_line_get_extents(
				    pango_layout_get_line_readonly(lab[k].pl,
				    0), NULL, &lr);
				lab[k].line_h = (double)lr.height / PANGO_SCALE;
			}
			lw = fmax(lw, lab[k].w);
		}
		r = fmin((inner_w - 2 * (lw + ELBOW + COLUMN + 2)) / 2,
		    120 * width / CHART_WIDTH);
		if (r >= R_MIN)
			break;
	}
	if (r < R_MIN) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: a chart %.0f pt wide leaves no room for a donut "
		    "beside its labels; make it wider or the labels shorter",
		    s->name, width);
		goto out;
	}
	for (k = 0; k < c->n; k++) {
		/* Right of 12 o'clock to 6, left from 6 back up to 12. */
		if (lab[k].mid <= G_PI)
			right[nr++] = lab[k];
		else
			left[nl++] = lab[k];
	}
	if (!frame_make(&fr, s, t, width, NULL, c->note, error))
		goto out;
	l = chart_canvas(s, t, 0);
	top = frame_place_header(l, &fr, t);
	need = fmax(stack_height(right, nr), stack_height(left, nl));
	if (s->size.fixed_height) {
		h = l->height - top - fr.footer_h;
		r = fmin(r, (h - 24) / 2);
		if (r < R_MIN || need > h) {
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
			    "%s: a height of %.0f pt is too little for the "
			    "donut and its %zu labels; leave out \"height\" "
			    "or give fewer parts", s->name, l->height, c->n);
			goto out;
		}
	} else {
		h = fmax(2 * r + 24, need);
		l->height = ceil(top + h + fr.footer_h);
	}
	cx = width / 2;
	cy = top + h / 2;
	for (k = 0; k < c->n; k++) {
		struct box *b = layout_sector(l, "slice", cx, cy, r, r * RING,
		    lab[k].mid - lab[k].span / 2, lab[k].mid + lab[k].span / 2,
		    part_colour(c, k));


		if (val(c, c->order[k], 0)->approx != SHUTU_APPROX_EXACT)
			b->pattern = FILL_HATCH;
		/* A hairline of the page between slices. */
		b->stroke = t->background;
		b->line_width = c->n > 1 ? 1.0 : 0;
	}
	for (k = 0; k < nr; k++)
		right[k].want = cy - (r + ELBOW) * cos(right[k].mid) -
		    right[k].line_h / 2;
	for (k = 0; k < nl; k++)
		left[k].want = cy - (r + ELBOW) * cos(left[k].mid) -
		    left[k].line_h / 2;
	place_side(l, c, right, nr, cx, cy, r, top, top + h, 1);
	place_side(l, c, left, nl, cx, cy, r, top, top + h, -1);
	if (!centre(l, c, cx, cy, r * RING, error))
		goto out;
	frame_place_footer(l, &fr, t);
	ok = true;
out:
	for (k = 0; k < c->n; k++)
		if (lab[k].pl != NULL)
			g_object_unref(lab[k].pl);
	g_free(lab);
	g_free(right);
	g_free(left);
	frame_release(&fr);
	if (!ok) {
		layout_free(l);
		l = NULL;
	}
	*out = l;
	return ok;
}

/* ---- 100% bars ---- */

/* A label over or under a bar, in a row of labels spread apart in x. */
struct	tag {
	PangoLayout	*pl;
	size_t		 k;		/* the part, in drawing order */
	double		 sx;		/* the segment's centre */
	double		 seg_w;		/* and its width */
	double		 x, w, h;	/* the swatch included */
	int		 side;		/* -1 above the bar, 1 below */
	bool		 swatch;	/* a key of the part's colour first */
	bool		 present;	/* its segment is in this bar */
	struct rgba	 colour;
};

#define SWATCH		8.0	/* the side of a name's colour key */

/*
 * Spread the tags of one row ("row", in x order) between "lo" and "hi",
 * each as near its segment as the others let it: down the row pushing
 * right, then back pushing left.  False when they cannot all fit.
 */
static bool
spread_row(struct tag **row, size_t n, double lo, double hi)
{
	double	 x = lo, need = 0;
	size_t	 i;

	for (i = 0; i < n; i++)
		need += row[i]->w + (i ? 6 : 0);
	if (need > hi - lo)
		return false;
	for (i = 0; i < n; i++) {
		/* The text, not its key, is centred on the segment. */
		row[i]->x = fmax(row[i]->sx - row[i]->w / 2 - (row[i]->swatch ?
		    (SWATCH + 4) / 2 : 0), x);
		x = row[i]->x + row[i]->w + 6;
	}
	for (x = hi, i = n; i-- > 0;) {
		row[i]->x = fmin(row[i]->x, x - row[i]->w);
		x = row[i]->x - 6;
	}
	return true;
}

/* Where a tag's leader meets it, and whether it needs one at all. */
static bool
tag_lead(const struct tag *g, double *tx)
{
	double	 from = g->x + (g->swatch ? SWATCH + 4 : 0);

	*tx = fmin(fmax(g->sx, from + 2), g->x + g->w - 2);
	/* A part not in the first bar is known by its key alone. */
	if (g->swatch && !g->present)
		return false;
	return g->seg_w < g->w + 2 || fabs(*tx - g->sx) > 0.25;
}

/* The gap between the bar and a row: room for bent leaders if any. */
static double
row_gap(struct tag **row, size_t n)
{
	double	 tx;
	size_t	 i;

	for (i = 0; i < n; i++)
		if (tag_lead(row[i], &tx) && fabs(tx - row[i]->sx) > 0.25)
			return 16;
	return 8;
}

static double
row_height(struct tag **row, size_t n)
{
	double	 h = 0;
	size_t	 i;

	for (i = 0; i < n; i++)
		h = fmax(h, row[i]->h);
	return n == 0 ? 0 : h + row_gap(row, n);
}

/*
 * Draw a row above (dir -1) or below (dir 1) the bar edge at "edge".  A
 * leader goes straight from its segment to its label, or up a little
 * and then across to it: the segments and the labels are in the same
 * order, so no two leaders cross, and all of them stay below the labels.
 */
static void
draw_row(struct layout *l, const struct sc *c, struct tag **row, size_t n,
    double edge, int dir)
{
	double	 gap = row_gap(row, n), tx;
	size_t	 i;

	for (i = 0; i < n; i++) {
		struct tag	*g = row[i];
		double		 y = dir < 0 ? edge - gap - g->h : edge + gap;
		double		 near = dir < 0 ? y + g->h + 1 : y - 1;
		struct box	*b;

		if (g->swatch) {
			PangoRectangle	 lr;

			pango_layout_line_get_extents(
			    pango_layout_get_line_readonly(g->pl, 0), NULL, &lr);
			layout_rect(l, "swatch", g->x, y + (double)lr.height /
			    PANGO_SCALE / 2 - SWATCH / 2, SWATCH, SWATCH,
			    g->colour);
		}
		b = layout_text_take(l, "part", g_object_ref(g->pl), g->x +
		    (g->swatch ? SWATCH + 4 : 0), y);
		b->fill = c->t->text;
		if (!tag_lead(g, &tx))
			continue;
		if (fabs(tx - g->sx) <= 0.25) {
			double	 xy[4] = { g->sx, edge + dir, g->sx, near };

			leader(l, c, xy, 2);
		} else {
			double	 xy[6] = { g->sx, edge + dir, g->sx,
				    edge + dir * 4, tx, near };

			leader(l, c, xy, 3);
		}
	}
}

static double
luminance(struct rgba c)
{
	return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
}

/* The width of segment "k" of bar "j" in points. */
static double
seg_width(const struct sc *c, size_t k, size_t j, double span)
{
	return val(c, c->order[k], j)->value / c->sum[j] * span;
}

/*
 * The labels of the first bar's parts with wrap width "wrap" (negative:
 * the share on a line of its own), measured and not yet placed.
 */
static bool
make_tags(const struct sc *c, struct tag *tags, size_t *ntags, double x0,
    double hi, double wrap, GError **error)
{
	double	 a = x0;
	size_t	 k, n;

	for (k = 0; k < *ntags; k++)
		g_clear_object(&tags[k].pl);
	*ntags = 0;
	for (k = 0, n = 0; k < c->n; k++) {
		double		 w = seg_width(c, k, 0, hi - x0);
		struct tag	*g = &tags[n];

		/* Several bars: every part is named, in the first or not. */
		if (w <= 0 && c->ns == 1)
			continue;
		memset(g, 0, sizeof *g);
		/* One bar: name, share and amount; several: the name. */
		if ((g->pl = part_label(c, c->order[k], 0, true, c->ns == 1,
		    c->ns == 1, wrap, PANGO_ALIGN_CENTER, error)) == NULL)
			return false;
		*ntags = ++n;
		text_size(g->pl, &g->w, &g->h);
		/*
		 * Below the first bar parts are known by colour alone: with
		 * several bars each name carries a key of its colour.
		 */
		g->swatch = c->ns > 1;
		g->w += g->swatch ? SWATCH + 4 : 0;
		g->colour = part_colour(c, k);
		g->present = w > 0;
		g->k = k;
		g->sx = a + w / 2;
		g->seg_w = w;
		a += w;
	}
	return true;
}

/*
 * The tags in one row above the bar or ("two") alternately above and
 * below.  Returns whether they fit; "*off" is how far, in all, labels
 * are pushed off their own segments.
 */
static bool
arrange_tags(struct tag *tags, size_t n, struct tag **up, size_t *nup,
    struct tag **down, size_t *ndown, double lo, double hi, bool two,
    double *off)
{
	size_t	 k;

	*off = 0;
	*nup = *ndown = 0;
	for (k = 0; k < n; k++) {
		struct tag *g = &tags[k];

		g->side = two && k % 2 == 1 ? 1 : -1;
		if (g->side > 0)
			down[(*ndown)++] = g;
		else
			up[(*nup)++] = g;
	}
	if (!spread_row(up, *nup, lo, hi) || !spread_row(down, *ndown, lo, hi))
		return false;
	for (k = 0; k < n; k++)
		*off += fmax(0, fabs(tags[k].x + tags[k].w / 2 + (tags[k].swatch ?
		    (SWATCH + 4) / 2 : 0) - tags[k].sx) - fmax(tags[k].seg_w / 2,
		    24));
	return true;
}

/*
 * The labels above the first bar.  Tried in turn: one row, then (one
 * bar only) two, then the same with each share under its name, then
 * with the names wrapped; the first that keeps every label over its
 * segment wins, else the one that pushes labels least far, a share
 * under its name counting as 40 pt.
 */
static bool
top_tags(const struct sc *c, struct tag *tags, size_t *ntags,
    struct tag **up, size_t *nup, struct tag **down, size_t *ndown,
    double x0, double lo, double hi, GError **error)
{
	const double	 wrap = (hi - lo) * 0.3;
	/* Inline; the share under the name; the name itself wrapped. */
	const double	 wraps[6] = { wrap, wrap, -wrap, -wrap, -36, -36 };
	double		 off, best = INFINITY, made = NAN;
	size_t		 k, pick = 0;

	for (k = 0; k < G_N_ELEMENTS(wraps); k++) {
		bool	 two = k % 2 == 1;
		double	 cost;

		if (two && c->ns > 1)
			continue;
		/* Labels are measured once for both ways of placing them. */
		if (made != wraps[k]) {
			if (!make_tags(c, tags, ntags, x0, hi, wraps[k], error))
				return false;
			made = wraps[k];
		}
		if (!arrange_tags(tags, *ntags, up, nup, down, ndown, lo, hi,
		    two, &off))
			continue;
		/* Wrapping names (第1 / 类项目) only when nothing else fits. */
		cost = off + (k / 2 == 0 ? 0 : k / 2 == 1 ? 40 : 1e6);
		if (off == 0 && k < 2)
			return true;
		if (cost < best)
			best = cost, pick = k;
	}
	if (isfinite(best)) {
		if (made != wraps[pick] && !make_tags(c, tags, ntags, x0, hi,
		    wraps[pick], error))
			return false;
		return arrange_tags(tags, *ntags, up, nup, down, ndown, lo, hi,
		    pick % 2 == 1, &off);
	}
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC, "%s: %zu parts are "
	    "too many to label in a chart %.0f pt wide; make it wider or "
	    "put the smallest together as 其他", c->s->name, c->n,
	    hi - lo + 2 * CHART_MARGIN);
	return false;
}

static bool
lay_bars(struct layout **out, struct sc *c, GError **error)
{
	const struct spec	*s = c->s;
	const struct theme	*t = c->t;
	struct layout		*l = NULL;
	struct frame		 fr;
	double			 width = s->size.width_pt > 0 ?
				    s->size.width_pt : CHART_WIDTH;
	double			 left = CHART_MARGIN, right = width -
				    CHART_MARGIN;
	double			 name_w = 0, x0, top, y, span;
	struct tag		*tags = g_new0(struct tag, c->n);
	struct tag		**up = g_new0(struct tag *, c->n);
	struct tag		**down = g_new0(struct tag *, c->n);
	struct tag		*shares = g_new0(struct tag, c->n * c->ns);
	struct tag		**below = g_new0(struct tag *, c->n * c->ns);
	size_t			*nbelow = g_new0(size_t, c->ns);
	PangoLayout		**inside = g_new0(PangoLayout *, c->n * c->ns);
	PangoLayout		**rows = g_new0(PangoLayout *, c->ns);
	size_t			 ntags = 0, nup = 0, ndown = 0, nshares = 0;
	size_t			 i, j, k;
	bool			 ok = false;

	memset(&fr, 0, sizeof fr);
	if (c->ns > 1) {
		struct text_style rst = {
			.family = FONT_SANS, .size = t->label_size,
			.align = PANGO_ALIGN_RIGHT, .max_lines = 2,
			.balance = true,
		};

		for (j = 0; j < c->ns; j++) {
			double	 w;

			if ((rows[j] = text_make(s->series[j], &rst, (right -
			    left) * 0.25, error)) == NULL)
				goto out;
			text_size(rows[j], &w, NULL);
			name_w = fmax(name_w, w);
		}
	}
	x0 = c->ns > 1 ? left + name_w + 8 : left;
	span = right - x0;
	if (!top_tags(c, tags, &ntags, up, &nup, down, &ndown, x0, left,
	    right, error))
		goto out;
	/* Several bars: each segment's share inside it, or under the bar. */
	for (j = 0; j < c->ns && c->ns > 1; j++) {
		double	 a = x0;

		for (k = 0; k < c->n; k++) {
			double		 w = seg_width(c, k, j, span), tw, th;
			PangoLayout	*pl;

			if (w <= 0)
				continue;
			if ((pl = part_label(c, c->order[k], j, false, true,
			    false, 0, PANGO_ALIGN_LEFT, error)) == NULL)
				goto out;
			text_size(pl, &tw, &th);
			/* Not over hatching: there it would not read. */
			if (tw + 6 <= w && th + 4 <= BAR_H && val(c,
			    c->order[k], j)->approx == SHUTU_APPROX_EXACT)
				inside[k * c->ns + j] = pl;
			else {
				struct tag *g = &shares[nshares++];

				g->pl = pl;
				g->k = k;
				g->w = tw;
				g->h = th;
				g->sx = a + w / 2;
				g->seg_w = w;
				g->side = 1;
				below[j * c->n + nbelow[j]++] = g;
			}
			a += w;
		}
		if (!spread_row(&below[j * c->n], nbelow[j], x0, right)) {
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
			    "%s: the shares of bar %zu are too many to label "
			    "in a chart %.0f pt wide; make it wider", s->name,
			    j + 1, width);
			goto out;
		}
	}

	if (!frame_make(&fr, s, t, width, NULL, c->note, error))
		goto out;
	l = chart_canvas(s, t, 0);
	top = frame_place_header(l, &fr, t);
	y = top + row_height(up, nup);
	for (j = 0; j < c->ns; j++)
		y += BAR_H + (j == 0 ? row_height(down, ndown) : 0) +
		    row_height(&below[j * c->n], nbelow[j]) +
		    (j + 1 < c->ns ? 12 : 0);
	if (s->size.fixed_height && y + fr.footer_h > l->height) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
		    "%s: a height of %.0f pt is too little for %zu bar%s and "
		    "their labels (%.0f pt); leave out \"height\"", s->name,
		    l->height, c->ns, c->ns > 1 ? "s" : "", y + fr.footer_h);
		goto out;
	}
	if (!s->size.fixed_height)
		l->height = ceil(y + 6 + fr.footer_h);
	y = top + row_height(up, nup);
	for (j = 0; j < c->ns; j++) {
		double	 a = x0;

		if (rows[j] != NULL) {
			double		 w, h;
			struct box	*b;

			text_size(rows[j], &w, &h);
			b = layout_text_take(l, "row", g_object_ref(rows[j]),
			    x0 - 8 - w, y + BAR_H / 2 - h / 2);
			b->fill = t->text;
		}
		for (k = 0; k < c->n; k++) {
			double		 w = seg_width(c, k, j, span);
			struct rgba	 col = part_colour(c, k);
			struct box	*b;

			if (w <= 0)
				continue;
			b = layout_rect(l, "segment", a, y, w, BAR_H, col);
			if (val(c, c->order[k], j)->approx != SHUTU_APPROX_EXACT)
				b->pattern = FILL_HATCH;
			/* A hairline of the page between segments. */
			if (a > x0)
				layout_line(l, "divide", a, y, a, y + BAR_H,
				    t->background, 1.0);
			if (inside[k * c->ns + j] != NULL) {
				double	 tw, th;

				text_size(inside[k * c->ns + j], &tw, &th);
				b = layout_text_take(l, "share", g_object_ref(
				    inside[k * c->ns + j]), a + w / 2 - tw / 2,
				    y + BAR_H / 2 - th / 2);
				b->fill = luminance(col) < 0.6 ?
				    t->background : t->text;
			}
			a += w;
		}
		if (j == 0) {
			draw_row(l, c, up, nup, y, -1);
			draw_row(l, c, down, ndown, y + BAR_H, 1);
		}
		draw_row(l, c, &below[j * c->n], nbelow[j], y + BAR_H +
		    (j == 0 ? row_height(down, ndown) : 0), 1);
		y += BAR_H + (j == 0 ? row_height(down, ndown) : 0) +
		    row_height(&below[j * c->n], nbelow[j]) + 12;
	}
	frame_place_footer(l, &fr, t);
	ok = true;
out:
	for (i = 0; i < ntags; i++)
		g_clear_object(&tags[i].pl);
	for (i = 0; i < nshares; i++)
		g_clear_object(&shares[i].pl);
	for (i = 0; i < c->n * c->ns; i++)
		g_clear_object(&inside[i]);
	for (j = 0; j < c->ns; j++)
		g_clear_object(&rows[j]);
	g_free(tags);
	g_free(up);
	g_free(down);
	g_free(shares);
	g_free(below);
	g_free(nbelow);
	g_free(inside);
	g_free(rows);
	frame_release(&fr);
	if (!ok) {
		layout_free(l);
		l = NULL;
	}
	*out = l;
	return ok;
}

struct layout *
share_layout(const struct spec *s, GError **error)
{
	struct sc	 c;
	struct layout	*l = NULL;

	sc_init(&c, s);
	if (s->share_style == SPEC_SHARE_DONUT)
		lay_donut(&l, &c, error);
	else
		lay_bars(&l, &c, error);
	if (l != NULL)
		l->alt = share_alt_text(s);
	sc_release(&c);
	return l;
}

char *
share_alt_text(const struct spec *s)
{
	GString	*a = g_string_new(NULL);
	struct sc c;
	size_t	 i, j, k;

	sc_init(&c, s);
	g_string_append_printf(a, "%s：%s。", s->share_style ==
	    SPEC_SHARE_DONUT ? "环形图" : c.ns > 1 ? "百分比堆积条形图" :
	    "百分比条形图", s->title);
	if (c.ns > 1) {
		g_string_append_printf(a, "%zu组，各分%zu部分。", c.ns, c.n);
	} else {
		g_string_append_printf(a, "共%zu部分", c.n);
		if (c.amounts) {
			struct spec_value tv = whole_value(&c);
			char	*w = amount_text(&c, &tv);

			g_string_append_printf(a, "，合计%s", w);
			g_free(w);
		}
		g_string_append(a, "。");
	}
	for (j = 0; j < c.ns; j++) {
		if (c.ns > 1)
			g_string_append_printf(a, "%s：", s->series[j]);
		for (k = 0, i = 0; k < c.n; k++) {
			size_t	 p = c.order[k];
			char	*sh;

			if (val(&c, p, j)->value <= 0)
				continue;
			sh = share_text(&c, p, j);
			/* 约占6%, 占不到0.1%, 占超30%: the mark before its verb. */
			g_string_append_printf(a, "%s%s%s%s", i++ ? "，" : "",
			    s->data[p].label, g_str_has_prefix(sh, "约") ?
			    "约占" : "占", g_str_has_prefix(sh, "约") ?
			    sh + strlen("约") : sh);
			g_free(sh);
			if (c.amounts) {
				char	*w = amount_text(&c, val(&c, p, j));

				g_string_append_printf(a, "（%s）", w);
				g_free(w);
			}
		}
		g_string_append(a, "。");
	}
	if (s->source != NULL)
		g_string_append_printf(a, "%s%s。", strstr(s->source, "来源") ?
		    "" : "数据来源：", s->source);
	sc_release(&c);
	return g_string_free(a, FALSE);
}
