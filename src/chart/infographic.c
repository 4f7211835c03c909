/* SPDX-License-Identifier: MIT */
/*
 * Infographics (一图读懂, research.md §4.2): a title band, a section per
 * entity with an ordinal header (一、二、), KPI cards with a pictogram, a
 * big number whose unit is set smaller beside it and whose approximation
 * is kept as written (300余, 近百亿), an embedded bar chart, and the
 * source line at the foot.
 *
 * Text never leaves its card: labels wrap; a number too wide shrinks to
 * half its size, and past that the grid takes fewer columns.  A page of
 * fixed height (A4, slide) is fitted by scaling every size between
 * K_MIN and K_MAX; a long image grows instead.
 */
#include <math.h>
#include <string.h>

#include "chart.h"
#include "font/font.h"
#include "util/util.h"
#include "pictogram.h"

#define BASE_WIDTH	810.0	/* sizes below are for the 1080 px image */
#define K_MIN		0.4	/* a fixed page shrinks this far, no more */
#define K_MAX		1.3	/* and grows this far to fill its height */
#define TEXT_FLOOR	7.0	/* points: the smallest text print takes */
#define NUMBER_SHRINK	0.5	/* a big number shrinks to this, then reflow */
#define UNIT_RATIO	0.46	/* unit and 余/约 beside a big number */
#define LABEL_LINES	8	/* then an ellipsis, as a last resort */
#define SIDE_SHARE	0.56	/* slide: the cards' share of the width */

struct	section {
	const char	*entity;	/* NULL: cards without one */
	size_t		*items;		/* indices into spec->items */
	size_t		 n;
};

struct	ig {
	const struct spec	*s;
	const struct theme	*t;
	double			 width;		/* canvas, points */
	double			 height;	/* fixed pages; 0: grows */
	bool			 side;		/* slide: chart beside the cards */
	struct section		*secs;
	size_t			 nsecs;
	size_t			 nheaded;	/* headers, chart included */
	double			 f;		/* preset size factor */
	double			 content_h;	/* what the last build needed */
};

/* Sizes at one scale, in points. */
struct	sizes {
	double		 k;
	double		 margin, gap, col_gap;
	double		 title, subtitle, band_pad;
	double		 header, header_pad;
	double		 pad, radius, icon, number, label, card_min;
};

static double
floor_size(double v)
{
	return fmax(TEXT_FLOOR, v);
}

static void
sizes_at(struct sizes *z, const struct ig *g, double k)
{
	double	 u = g->f * k;

	z->k = k;
	z->margin = 36 * g->f;		/* margins keep their size */
	z->gap = 24 * u;
	z->col_gap = 14 * u;
	z->title = floor_size(30 * u);
	z->subtitle = floor_size(14 * u);
	z->band_pad = 28 * u;
	z->header = floor_size(17 * u);
	z->header_pad = 6 * u;
	z->pad = 14 * u;
	z->radius = 10 * u;
	z->icon = 50 * u;
	z->number = floor_size(36 * u);
	z->label = floor_size(14 * u);
	z->card_min = 196 * u;
}

/* 一 二 … 九十九: section ordinals (research.md §4.2). */
static char *
ordinal(size_t n)
{
	static const char *const digit[] = {
		"", "一", "二", "三", "四", "五", "六", "七", "八", "九",
	};

	if (n < 10)
		return g_strdup(digit[n]);
	if (n < 20)
		return g_strconcat("十", digit[n % 10], NULL);
	if (n < 100)
		return g_strconcat(digit[n / 10], "十", digit[n % 10], NULL);
	return g_strdup_printf("%zu", n);
}

static bool
is_percent(const char *unit)
{
	return unit != NULL && (strcmp(unit, "%") == 0 ||
	    strcmp(unit, "％") == 0);
}

/*
 * An article's words stay when they carry an approximation that digits
 * would lose (300余名, 近百亿, 三四十 — N2, N11) or the writer's own 万/亿
 * (1.2万台); an exact number otherwise is set by the rules: 53570米 gets
 * its grouping (N4), 两个月 becomes 2个月 (N1).
 */
static bool
kept_as_written(const struct spec_value *v)
{
	const char	*p;
	bool		 digits = false;

	if (v->text == NULL)
		return false;
	if (v->approx != SHUTU_APPROX_EXACT || !isnan(v->value_max))
		return true;
	for (p = v->text; *p != '\0'; p = g_utf8_next_char(p))
		digits |= g_unichar_isdigit(g_utf8_get_char(p));
	/* 5.77万头, 1/4, 三分之一, 48.0%: the article's scale and digits */
	return digits ? strstr(v->text, "万") != NULL || strstr(v->text,
	    "亿") != NULL || strchr(v->text, '.') != NULL ||
	    strchr(v->text, '/') != NULL : strstr(v->text, "分之") != NULL;
}

/*
 * The number of a card as the article wrote it ("300余名", "近百亿元"),
 * else formatted (N4, N6, N7: 1万亿元, 9亿～16亿元), with its unit.
 */
static char *
number_text(const struct spec_item *it)
{
	struct numfmt		 nf;
	struct numfmt_value	 nv = {
		.value = it->v.value, .value_max = it->v.value_max,
		.approx = it->v.approx, .percent = is_percent(it->unit),
	};
	double			 vals[2] = { it->v.value, it->v.value_max };
	const char		*unit = it->unit != NULL ? it->unit : "";
	char			*num, *out;

	if (kept_as_written(&it->v))
		return strstr(it->v.text, unit) != NULL ? g_strdup(it->v.text) :
		    g_strconcat(it->v.text, unit, NULL);
	numfmt_choose(&nf, vals, isnan(it->v.value_max) ? 1 : 2);
	if (!isnan(nv.value_max) && nv.value_max != nv.value &&
	    *nf.scale != '\0') {
		/* N7: 9亿～16亿, the scale on both ends. */
		char	*a = numfmt_number(&nf, nv.value);
		char	*b = numfmt_number(&nf, nv.value_max);

		num = g_strdup_printf("%s%s%s\xef\xbd\x9e%s%s",
		    nv.approx == SHUTU_APPROX_ABOUT ? "约" : "", a, nf.scale, b,
		    nf.scale);
		g_free(a);
		g_free(b);
		out = g_strconcat(num, unit, NULL);
	} else {
		num = numfmt_value(&nf, &nv);
		out = g_strconcat(num, nv.percent ? "" : nf.scale,
		    nv.percent ? "" : unit, NULL);
	}
	g_free(num);
	return out;
}

/* Characters that stay big in a number: digits and their punctuation. */
static bool
number_char(gunichar c)
{
	/* g_ascii_isdigit() of a gunichar: 到 (U+5230) would be '0' */
	return (c < 0x80 && g_ascii_isdigit(c)) || c == '.' || c == ',' ||
	    c == '/' || c == 0xFF5E || c == 0x2212 || c == '-' || c == '+';
}

/*
 * The big number of a card: digits big, everything else (余, 约, the
 * unit) smaller beside them on the same baseline; a number without
 * digits (近百亿元) keeps its words big and only the unit small.
 */
static PangoLayout *
number_layout(const char *str, const char *unit, double size, double width,
    const struct text_style *base, GError **error)
{
	struct text_style	 st = *base;
	PangoLayout		*pl;
	PangoAttrList		*al;
	const char		*text, *p, *small_from = NULL;
	bool			 digits = false;
	int			 small = (int)(size * UNIT_RATIO * PANGO_SCALE);

	st.size = size;
	if ((pl = text_make(str, &st, width, error)) == NULL)
		return NULL;
	text = pango_layout_get_text(pl);
	for (p = text; *p != '\0'; p = g_utf8_next_char(p))
		digits |= g_ascii_isdigit(*p);
	/* The unit is small as a whole: the / of 微克/立方米 too. */
	if (unit != NULL && *unit != '\0' && g_str_has_suffix(text, unit))
		small_from = text + strlen(text) - strlen(unit);
	al = pango_attr_list_copy(pango_layout_get_attributes(pl));
	if (al == NULL)
		al = pango_attr_list_new();
	if (digits) {
		for (p = text; *p != '\0' && (small_from == NULL ||
		    p < small_from); p = g_utf8_next_char(p)) {
			PangoAttribute	*a;

			if (number_char(g_utf8_get_char(p)))
				continue;
			a = pango_attr_size_new_absolute(small);
			a->start_index = p - text;
			a->end_index = g_utf8_next_char(p) - text;
			pango_attr_list_insert(al, a);
		}
	}
	if (small_from != NULL) {
		PangoAttribute	*a = pango_attr_size_new_absolute(small);

		a->start_index = small_from - text;
		a->end_index = strlen(text);
		pango_attr_list_insert(al, a);
	}
	pango_layout_set_attributes(pl, al);
	pango_attr_list_unref(al);
	/*
	 * The lines were found with every character big; with the unit
	 * small the number may fit on one line again: wrap it afresh in
	 * the whole width.
	 */
	if (width > 0)
		pango_layout_set_width(pl, (int)(width * PANGO_SCALE));
	return pl;
}

static const char *
item_icon(const struct spec_item *it)
{
	if (it->icon != NULL)
		return it->icon;
	return pictogram_choose(it->has_dimension ? it->dimension :
	    SHUTU_DIM_OTHER, it->unit, it->label);
}

/* One card: measured first, placed when its row is known. */
struct	card {
	const struct spec_item	*it;
	PangoLayout		*number;
	PangoLayout		*label;
	PangoLayout		*change;	/* or NULL */
};

static void
cards_release(struct card *c, size_t n)
{
	size_t	 i;

	for (i = 0; c != NULL && i < n; i++) {
		g_clear_object(&c[i].number);
		g_clear_object(&c[i].label);
		g_clear_object(&c[i].change);
	}
	g_free(c);
}

/* Columns for "n" cards: as many as fit, then rows balanced (5 → 3+2). */
static size_t
columns(size_t n, double width, const struct sizes *z, size_t limit)
{
	size_t	 cols, rows;

	cols = (size_t)floor((width + z->col_gap) / (z->card_min +
	    z->col_gap));
	cols = MAX(1, MIN(cols, MIN(n, limit)));
	rows = (n + cols - 1) / cols;
	return (n + rows - 1) / rows;
}

/*
 * Measure the cards of a section for "cols" columns; false with "*cols"
 * lowered when a number would shrink past NUMBER_SHRINK (try again).
 */
static bool
measure_cards(struct card *cards, size_t n, size_t *cols, double width,
    const struct sizes *z, const struct theme *t, double *card_w,
    GError **error, bool *failed)
{
	struct text_style	 nst = {
		.family = t->font_number, .weight = PANGO_WEIGHT_BOLD,
		.align = PANGO_ALIGN_CENTER, .balance = true,
	};
	struct text_style	 lst = {
		.family = t->font_body, .size = z->label,
		.align = PANGO_ALIGN_CENTER, .balance = true,
		.max_lines = LABEL_LINES,
	};
	/* The change said with the number: smaller, one line if it can */
	struct text_style	 cst = {
		.family = t->font_body, .size = z->label * 0.86,
		.align = PANGO_ALIGN_CENTER, .balance = true, .max_lines = 2,
	};
	double			 inner, need = 0, w, size;
	size_t			 i;

	*failed = false;
	*card_w = (width - (*cols - 1) * z->col_gap) / *cols;
	inner = *card_w - 2 * z->pad;
	for (i = 0; i < n; i++) {
		char		*str = number_text(cards[i].it);
		PangoLayout	*pl = number_layout(str, cards[i].it->unit,
				    z->number, 0, &nst, error);

		g_free(str);
		if (pl == NULL) {
			*failed = true;
			return false;
		}
		text_size(pl, &w, NULL);
		g_object_unref(pl);
		need = fmax(need, w);
	}
	/* One size for the whole section: numbers compare at a glance. */
	size = need > inner ? z->number * inner / need : z->number;
	if (size < z->number * NUMBER_SHRINK && *cols > 1) {
		(*cols)--;
		return false;
	}
	size = fmax(floor_size(size), floor_size(z->number * NUMBER_SHRINK));
	for (i = 0; i < n; i++) {
		char	*str = number_text(cards[i].it);

		g_clear_object(&cards[i].number);
		g_clear_object(&cards[i].label);
		g_clear_object(&cards[i].change);
		/* At the floor in one column, a number may wrap at last. */
		cards[i].number = number_layout(str, cards[i].it->unit, size,
		    inner, &nst, error);
		g_free(str);
		if (cards[i].number == NULL || (cards[i].label = text_make(
		    cards[i].it->label, &lst, inner, error)) == NULL ||
		    (cards[i].it->change != NULL && (cards[i].change =
		    text_make(cards[i].it->change, &cst, inner, error)) ==
		    NULL)) {
			*failed = true;
			return false;
		}
	}
	(void)t;
	return true;
}

/* A section header: an ordinal pill and a rule to the right margin. */
static double
place_header(struct layout *l, const struct ig *g, const struct sizes *z,
    const char *text, size_t *number, double x, double y, double width,
    GError **error)
{
	struct text_style	 st = {
		.family = g->t->font_title, .size = z->header,
		.weight = g->t->title_weight, .align = PANGO_ALIGN_LEFT,
		.max_lines = 2, .balance = true,
	};
	char			*ord = NULL, *full;
	PangoLayout		*pl;
	struct box		*b;
	double			 w, h, pw;

	if (g->nheaded > 1) {
		ord = ordinal(++*number);
		full = g_strconcat(ord, "、", text, NULL);
	} else
		full = g_strdup(text);
	pl = text_make(full, &st, width - 2 * z->header_pad * 2, error);
	g_free(ord);
	g_free(full);
	if (pl == NULL)
		return -1;
	text_size(pl, &w, &h);
	pw = w + 4 * z->header_pad;
	b = layout_rect(l, "header", x, y, pw, h + 2 * z->header_pad,
	    g->t->band);
	b->radius = (h + 2 * z->header_pad) / 2;
	b = layout_text_take(l, "header", pl, x + 2 * z->header_pad,
	    y + z->header_pad);
	b->fill = g->t->band_text;
	if (x + pw + 8 < x + width)
		layout_line(l, "rule", x + pw + 6, y + h / 2 + z->header_pad,
		    x + width, y + h / 2 + z->header_pad, g->t->accent,
		    fmax(1, 1.5 * z->k * g->f));
	return y + h + 2 * z->header_pad + z->gap * 0.6;
}

/* The cards of one section in a grid from "y"; returns where it ends. */
static double
place_cards(struct layout *l, const struct ig *g, const struct sizes *z,
    const struct section *sec, double x0, double y, double width,
    GError **error)
{
	const struct theme	*t = g->t;
	struct card		*cards = g_new0(struct card, sec->n);
	size_t			 cols, i, r, rows;
	double			 card_w = 0;
	bool			 failed;

	for (i = 0; i < sec->n; i++)
		cards[i].it = &g->s->items[sec->items[i]];
	cols = columns(sec->n, width, z, g->side ? 5 : 8);
	while (!measure_cards(cards, sec->n, &cols, width, z, t, &card_w,
	    error, &failed))
		if (failed) {
			cards_release(cards, sec->n);
			return -1;
		}
	rows = (sec->n + cols - 1) / cols;
	for (r = 0; r < rows; r++) {
		size_t	 from = r * cols, to = MIN(sec->n, from + cols), m;
		double	 num_h = 0, lab_h = 0, chg_h = 0, w, h, card_h, x;

		for (i = from; i < to; i++) {
			text_size(cards[i].number, NULL, &h);
			num_h = fmax(num_h, h);
			text_size(cards[i].label, NULL, &h);
			lab_h = fmax(lab_h, h);
			if (cards[i].change != NULL) {
				text_size(cards[i].change, NULL, &h);
				chg_h = fmax(chg_h, h + 2);
			}
		}
		card_h = z->pad + z->icon + z->pad * 0.5 + num_h + 2 +
		    lab_h + chg_h + z->pad;
		m = to - from;
		/* A short last row sits in the middle. */
		x = x0 + (width - m * card_w - (m - 1) * z->col_gap) / 2;
		for (i = from; i < to; i++) {
			struct box	*b;
			double		 cx = x + card_w / 2, ny;

			b = layout_rect(l, "card", x, y, card_w, card_h,
			    t->card);
			b->radius = z->radius;
			b = layout_add(l, BOX_ELLIPSE, "badge");
			b->x = cx - z->icon / 2;
			b->y = y + z->pad;
			b->w = b->h = z->icon;
			b->fill = t->band;
			b = layout_add(l, BOX_ICON, "icon");
			b->x = cx - z->icon * 0.3;
			b->y = y + z->pad + z->icon * 0.2;
			b->w = b->h = z->icon * 0.6;
			b->fill = t->band_text;
			b->text = g_strdup(item_icon(cards[i].it));
			ny = y + z->pad + z->icon + z->pad * 0.5;
			text_size(cards[i].number, &w, &h);
			b = layout_text_take(l, "number", cards[i].number,
			    cx - w / 2, ny + (num_h - h));
			b->fill = t->band;
			cards[i].number = NULL;
			text_size(cards[i].label, &w, &h);
			b = layout_text_take(l, "caption", cards[i].label,
			    cx - w / 2, ny + num_h + 2);
			b->fill = t->text;
			cards[i].label = NULL;
			if (cards[i].change != NULL) {
				text_size(cards[i].change, &w, &h);
				b = layout_text_take(l, "change",
				    cards[i].change, cx - w / 2, ny + num_h +
				    2 + lab_h + 2);
				b->fill = t->band;
				cards[i].change = NULL;
			}
			x += card_w + z->col_gap;
		}
		y += card_h + (r + 1 < rows ? z->col_gap : 0);
	}
	cards_release(cards, sec->n);
	return y;
}

/*
 * A chart inside the page (bars or a timeline), "width" wide, without
 * its own title and accent (the section header says it) or source (the
 * page's foot says it); its content spans "*top" to "*bottom".
 */
static struct layout *
sub_chart(const struct ig *g, enum spec_type type, double width,
    double *top, double *bottom, GError **error)
{
	const struct spec	*s = g->s;
	struct spec		 sub;
	struct layout		*l;
	size_t			 i;

	memset(&sub, 0, sizeof sub);
	/* Borrowed throughout: "sub" is never spec_free()d. */
	sub.type = type;
	sub.name = s->name;
	sub.theme = s->theme;
	sub.size.width_pt = width;
	sub.size.dpi = s->size.dpi;
	if (type == SPEC_BAR) {
		sub.title = (char *)s->bar_title;
		sub.sort = s->sort;
		sub.nseries = 1;
		sub.data = s->data;
		sub.ndata = s->ndata;
		l = bar_layout(&sub, error);
	} else {
		sub.title = (char *)s->timeline_title;
		sub.events = s->events;
		sub.nevents = s->nevents;
		l = timeline_layout(&sub, error);
	}
	if (l == NULL)
		return NULL;
	*top = l->height;
	*bottom = 0;
	for (i = l->boxes->len; i-- > 0;) {
		struct box	*b = g_ptr_array_index(l->boxes, i);

		if (strcmp(b->role, "title") == 0 ||
		    strcmp(b->role, "accent") == 0 ||
		    strcmp(b->role, "source") == 0) {
			g_ptr_array_remove_index(l->boxes, i);
			continue;
		}
		*top = fmin(*top, fmin(b->y, b->y + b->h));
		*bottom = fmax(*bottom, fmax(b->y, b->y + b->h));
	}
	return l;
}

/* A chart block: header, a panel, the chart; returns where it ends. */
static double
place_chart(struct layout *l, const struct ig *g, const struct sizes *z,
    enum spec_type type, size_t *number, double x, double y, double width,
    GError **error)
{
	struct layout	*cl;
	double		 pad = 6 * g->f, top, bottom;
	struct box	*b;

	if ((y = place_header(l, g, z, type == SPEC_BAR ? g->s->bar_title :
	    g->s->timeline_title, number, x, y, width, error)) < 0)
		return -1;
	if ((cl = sub_chart(g, type, width - 2 * pad, &top, &bottom,
	    error)) == NULL)
		return -1;
	b = layout_rect(l, "panel", x, y, width, bottom - top + 2 * pad,
	    g->t->card);
	b->radius = z->radius;
	layout_embed(l, cl, x + pad, y + pad - top);
	layout_free(cl);
	return y + bottom - top + 2 * pad;
}

/*
 * The whole page at scale "k", with "spread" points more between blocks
 * and "lead" more above the first; sets g->content_h to the height it
 * needed.
 */
static struct layout *
build(struct ig *g, double k, double spread, double lead, GError **error)
{
	const struct spec	*s = g->s;
	const struct theme	*t = g->t;
	struct sizes		 z;
	struct layout		*l;
	struct frame		 fr;
	struct text_style	 tst = {
		.family = t->font_title, .weight = t->title_weight,
		.align = PANGO_ALIGN_CENTER, .max_lines = 3, .balance = true,
	};
	PangoLayout		*title = NULL, *sub = NULL;
	struct box		*b;
	double			 cw, y, x0, band_h, th, sh = 0, w, left_w;
	double			 inset;
	double			 bar_end = 0, foot_y;
	size_t			 number = 0, i;
	bool			 ok = false;

	memset(&fr, 0, sizeof fr);
	sizes_at(&z, g, k);
	cw = g->width - 2 * z.margin;
	x0 = z.margin;
	l = layout_new(g->width, g->height > 0 ? g->height : 1, s->size.dpi);
	l->background = t->background;
	l->title = g_strdup(s->title);
	l->source = g_strdup(s->source);

	/* The title band. */
	tst.size = z.title;
	if ((title = text_make(s->title, &tst, cw, error)) == NULL)
		goto out;
	text_size(title, NULL, &th);
	if (s->subtitle != NULL && *s->subtitle != '\0') {
		tst.size = z.subtitle;
		tst.weight = PANGO_WEIGHT_NORMAL;
		tst.family = t->font_body;
		if ((sub = text_make(s->subtitle, &tst, cw, error)) == NULL)
			goto out;
		text_size(sub, NULL, &sh);
	}
	/*
	 * The band sits inside the page, a little in from its edges, so
	 * that the page colour frames it as print pages are framed; a gold
	 * rule under it in the party theme.
	 */
	inset = z.margin / 2;
	band_h = z.band_pad * 2 + th + (sub != NULL ? sh + 8 * z.k : 0);
	b = layout_rect(l, "band", inset, inset, g->width - 2 * inset, band_h,
	    t->band);
	b->radius = 10 * g->f;
	band_h += inset;
	if (memcmp(&t->accent, &t->band, sizeof t->band) != 0) {
		layout_rect(l, "band", inset, band_h + 3 * g->f,
		    g->width - 2 * inset, 3 * g->f, t->accent);
		band_h += 6 * g->f;
	}
	text_size(title, &w, NULL);
	b = layout_text_take(l, "title", title, (g->width - w) / 2,
	    inset + z.band_pad);
	b->fill = t->band_text;
	title = NULL;
	if (sub != NULL) {
		text_size(sub, &w, NULL);
		b = layout_text_take(l, "subtitle", sub, (g->width - w) / 2,
		    inset + z.band_pad + th + 8 * z.k);
		b->fill = t->band_text;
		sub = NULL;
	}
	y = band_h + z.gap + lead;

	if (!frame_make(&fr, s, t, cw + 2 * CHART_MARGIN, NULL, NULL, error))
		goto out;
	left_w = g->side ? cw * SIDE_SHARE : cw;
	for (i = 0; i < g->nsecs; i++) {
		const struct section *sec = &g->secs[i];

		if (sec->entity != NULL && (y = place_header(l, g, &z,
		    sec->entity, &number, x0, y, left_w, error)) < 0)
			goto out;
		if ((y = place_cards(l, g, &z, sec, x0, y, left_w,
		    error)) < 0)
			goto out;
		y += z.gap + spread;
	}
	if (s->bar_title != NULL) {
		double	 bx = g->side ? x0 + left_w + z.gap : x0;
		double	 by = g->side ? band_h + z.gap + lead : y;

		if ((bar_end = place_chart(l, g, &z, SPEC_BAR, &number, bx,
		    by, g->side ? cw - left_w - z.gap : cw, error)) < 0)
			goto out;
		if (!g->side)
			y = bar_end + z.gap + spread;
	}
	if (s->timeline_title != NULL) {
		/* Beside the cards under the bars on a slide, else below. */
		double	 tx = g->side ? x0 + left_w + z.gap : x0;
		double	 ty = g->side ? (bar_end > 0 ? bar_end + z.gap :
			    band_h + z.gap + lead) : y;
		double	 end;

		if ((end = place_chart(l, g, &z, SPEC_TIMELINE, &number, tx,
		    ty, g->side ? cw - left_w - z.gap : cw, error)) < 0)
			goto out;
		if (g->side)
			bar_end = end;
		else
			y = end + z.gap + spread;
	}
	y = fmax(y - spread, bar_end + z.gap) - lead;
	g->content_h = y - z.gap * 0.5 + fr.footer_h;
	if (g->height == 0)
		l->height = ceil(g->content_h);
	/* The foot: a hairline, then the note and the source. */
	foot_y = l->height - fr.footer_h + 8;
	if (fr.note != NULL || fr.source != NULL)
		layout_line(l, "rule", x0, foot_y - 6, x0 + cw, foot_y - 6,
		    t->grid, 0.75);
	if (fr.note != NULL) {
		b = layout_text_take(l, "note", fr.note, x0, foot_y);
		b->fill = t->muted;
		fr.note = NULL;
		text_size(b->layout, NULL, &th);
		foot_y += th + 4;
	}
	if (fr.source != NULL) {
		b = layout_text_take(l, "source", fr.source, x0, foot_y);
		b->fill = t->muted;
		fr.source = NULL;
	}
	ok = true;
out:
	if (title != NULL)
		g_object_unref(title);
	if (sub != NULL)
		g_object_unref(sub);
	frame_release(&fr);
	if (!ok) {
		layout_free(l);
		return NULL;
	}
	return l;
}

/* Sections in the order their entities first appear; loose cards first. */
static void
make_sections(struct ig *g)
{
	const struct spec	*s = g->s;
	size_t			 i, j;

	g->secs = g_new0(struct section, s->nitems + 1);
	for (i = 0; i < s->nitems; i++) {
		const char	*e = s->items[i].entity;
		struct section	*sec = NULL;

		for (j = 0; j < g->nsecs; j++)
			if (g_strcmp0(g->secs[j].entity, e) == 0)
				sec = &g->secs[j];
		if (sec == NULL) {
			sec = &g->secs[g->nsecs++];
			sec->entity = e;
			sec->items = g_new(size_t, s->nitems);
		}
		sec->items[sec->n++] = i;
	}
	/* Cards that belong to no one come first, without a header. */
	for (i = 0; i < g->nsecs; i++)
		if (g->secs[i].entity == NULL && i > 0) {
			struct section	 tmp = g->secs[i];

			memmove(&g->secs[1], &g->secs[0], i * sizeof *g->secs);
			g->secs[0] = tmp;
		}
	for (i = 0; i < g->nsecs; i++)
		g->nheaded += g->secs[i].entity != NULL;
	g->nheaded += s->bar_title != NULL;
	g->nheaded += s->timeline_title != NULL;
}

static void
ig_release(struct ig *g)
{
	size_t	 i;

	for (i = 0; i < g->nsecs; i++)
		g_free(g->secs[i].items);
	g_free(g->secs);
}

struct layout *
infographic_layout(const struct spec *s, GError **error)
{
	struct ig	 g;
	struct layout	*l = NULL;
	double		 lo, hi, k;
	int		 i;

	memset(&g, 0, sizeof g);
	g.s = s;
	g.t = theme_get(s->theme);
	g.width = s->size.width_pt > 0 ? s->size.width_pt : BASE_WIDTH;
	g.height = s->size.fixed_height ? s->size.height_pt : 0;
	g.f = fmin(1.2, fmax(0.6, g.width / BASE_WIDTH));
	/* A landscape page puts the chart beside the cards. */
	g.side = (s->bar_title != NULL || s->timeline_title != NULL) &&
	    g.height > 0 && g.width > g.height * 1.2;
	make_sections(&g);
	if (g.height == 0) {
		l = build(&g, 1, 0, 0, error);
		goto out;
	}
	/* A fixed page: the largest scale whose content fits. */
	if ((l = build(&g, 1, 0, 0, error)) == NULL)
		goto out;
	if (g.content_h <= g.height) {
		lo = 1;
		hi = K_MAX;
	} else {
		lo = K_MIN;
		hi = 1;
		layout_free(l);
		if ((l = build(&g, K_MIN, 0, 0, error)) == NULL)
			goto out;
		if (g.content_h > g.height) {
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
			    "%s: %zu %s not fit on a page %.0f pt high "
			    "(%s %.0f pt at the smallest type); use "
			    "\"preset\": \"long\", or fewer items", s->name,
			    s->nitems, util_plural(s->nitems, "card does",
			    "cards do"), g.height, util_plural(s->nitems,
			    "it needs", "they need"), g.content_h);
			layout_free(l);
			l = NULL;
			goto out;
		}
	}
	for (i = 0; i < 7; i++) {
		struct layout	*t;

		k = (lo + hi) / 2;
		if ((t = build(&g, k, 0, 0, error)) == NULL) {
			layout_free(l);
			l = NULL;
			goto out;
		}
		if (g.content_h <= g.height)
			lo = k;
		else
			hi = k;
		layout_free(t);
	}
	/*
	 * At that scale, what height is left goes between the blocks, and
	 * what is still left half above them: the page is balanced.
	 */
	layout_free(l);
	if ((l = build(&g, lo, 0, 0, error)) == NULL)
		goto out;
	if (g.height - g.content_h > 1) {
		size_t	 blocks = g.nsecs + (s->bar_title != NULL && !g.side);
		double	 left = g.height - g.content_h;
		double	 spread = blocks > 1 ? fmin(40 * g.f, left /
			    (blocks + 1)) : 0;

		layout_free(l);
		l = build(&g, lo, spread, (left - spread * (blocks - 1)) / 2,
		    error);
	}
out:
	if (l != NULL)
		l->alt = infographic_alt_text(s);
	ig_release(&g);
	return l;
}

/* "300余名" or the formatted number, for alt text. */
static int
by_value_desc(gconstpointer a, gconstpointer b, gpointer data)
{
	const struct spec	*s = data;
	double			 x = s->items[*(const size_t *)a].v.value;
	double			 y = s->items[*(const size_t *)b].v.value;

	return x < y ? 1 : x > y ? -1 : 0;
}

char *
infographic_alt_text(const struct spec *s)
{
	GString		*a = g_string_new(NULL);
	struct ig	 g;
	size_t		*order, i, n;

	memset(&g, 0, sizeof g);
	g.s = s;
	make_sections(&g);
	g_string_append_printf(a, "信息图：%s。共%zu张数据卡片", s->title,
	    s->nitems);
	if (g.nheaded - (s->bar_title != NULL) > 0) {
		g_string_append(a, "，分");
		for (i = 0; i < g.nsecs; i++)
			g_string_append_printf(a, "%s%s%zu张", i ? "、" : "",
			    g.secs[i].entity != NULL ? g.secs[i].entity :
			    "总体", g.secs[i].n);
	}
	g_string_append(a, "。");
	/* The largest numbers, as written. */
	order = g_new(size_t, s->nitems);
	for (i = 0; i < s->nitems; i++)
		order[i] = i;
	g_qsort_with_data(order, s->nitems, sizeof *order, by_value_desc,
	    (gpointer)s);
	n = MIN(3, s->nitems);
	g_string_append(a, n > 1 ? "数值最大的有：" : "数值为：");
	for (i = 0; i < n; i++) {
		const struct spec_item	*it = &s->items[order[i]];
		char			*num = number_text(it);

		g_string_append_printf(a, "%s%s%s", i ? "，" : "", it->label,
		    num);
		g_free(num);
	}
	g_string_append(a, "。");
	if (s->bar_title != NULL)
		g_string_append_printf(a, "另附条形图“%s”，共%zu项。",
		    s->bar_title, s->ndata);
	if (s->source != NULL)
		g_string_append_printf(a, "%s%s。", strstr(s->source, "来源") ?
		    "" : "数据来源：", s->source);
	g_free(order);
	ig_release(&g);
	return g_string_free(a, FALSE);
}
