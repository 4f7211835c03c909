/* SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "font/font.h"
#include "text.h"

/* Han, kana and the CJK punctuation blocks: sides of a T8 gap. */
static bool
is_han(gunichar c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0x20000 && c <= 0x2FFFF) || (c >= 0xF900 && c <= 0xFAFF);
}

static bool
is_western(gunichar c)
{
	return (c < 0x80 && g_ascii_isalnum(c)) ||
	    (c >= 0xC0 && c <= 0x24F);
}

/*
 * Words that belong to the number before them and are no units: scales
 * (3.45亿), approximations (300余名) and the parts of a date (6月28日).
 * Units themselves come from the extractor's table (extract/unit.c), so
 * that a card says 6栋 as it says 6个: one list of units, not two.
 */
static const char *const number_words[] = {
	"万亿", "亿", "万", "余", "多", "年", "月", "日", "号",
};

/* The scale, approximation, date part or unit at "p": its length. */
static size_t
unit_at(const char *p)
{
	const struct unit	*u;
	size_t			 i, best = 0;

	for (i = 0; i < G_N_ELEMENTS(number_words); i++) {
		size_t	 n = strlen(number_words[i]);

		if (n > best && strncmp(p, number_words[i], n) == 0)
			best = n;
	}
	if ((u = unit_match(p, p + strlen(p))) != NULL)
		best = MAX(best, strlen(u->word));
	return best;
}

static bool
numeric(gunichar c)
{
	return (c >= '0' && c <= '9') || c == '.' || c == ',' ||
	    c == 0x2212 || c == '/' || c == 0xFF5E || c == '%';
}

/*
 * The ¼ em between Han and Latin or digits (T8).  Pango has no such
 * spacing, and letter-spacing a character widens both its sides; so a
 * zero-width space is put between the two, shaped as an empty box a
 * quarter em wide: it draws nothing, is not in the PDF's text, and
 * allows the line break that the boundary allows anyway.
 */
#define GAP_CHAR	"\xe2\x80\x8b"	/* U+200B */

static void
add_gap(PangoAttrList *al, size_t at, double size)
{
	PangoRectangle	 r = { 0, 0, (int)(size * PANGO_SCALE / 4), 0 };
	PangoAttribute	*a = pango_attr_shape_new(&r, &r);

	a->start_index = at;
	a->end_index = at + strlen(GAP_CHAR);
	pango_attr_list_insert(al, a);
}

/*
 * 一图读懂：嵩阳县2019年国民经济和社会发展统计公报: a line may break
 * between any two Han characters, but a headline read 国|民经济 stumbles.
 * The words of the lexicon, two to four characters, are kept on one
 * line; longer ones may still break, so that a narrow box never
 * overflows.
 */
static void
keep_words(const char *s, size_t n, PangoAttrList *al)
{
	struct lexicon_seg	 seg;
	size_t			 i, k, cps;
	const char		*p = s, *end = s + n, *run;

	lexicon_seg_init(&seg);
	while (p < end) {
		/* a run of Han text: the lexicon's words are read in it */
		while (p < end && !is_han(g_utf8_get_char(p)))
			p = g_utf8_next_char(p);
		for (run = p; p < end && is_han(g_utf8_get_char(p)); )
			p = g_utf8_next_char(p);
		if (p - run < 6)
			continue;
		k = lexicon_segment(&seg, run, (size_t)(p - run));
		for (i = 0; i < k; i++) {
			const struct lexicon_token *t = &seg.tokens[i];
			PangoAttribute	*a;

			cps = g_utf8_strlen(run + t->off, t->len);
			if (cps < 2 || cps > 4)
				continue;
			a = pango_attr_allow_breaks_new(FALSE);
			a->start_index = (guint)(run - s + t->off);
			a->end_index = (guint)(run - s + t->off + t->len);
			pango_attr_list_insert(al, a);
		}
	}
	lexicon_seg_release(&seg);
}

/*
 * Text as set: gaps inserted at Han/Western boundaries, and attributes
 * that keep "3.45亿元", "300余名", "2020年6月28日" on one line (T3).
 */
static char *
prepare(const char *text, double size, bool words, PangoAttrList **out)
{
	PangoAttrList	*al = pango_attr_list_new();
	GString		*o = g_string_sized_new(strlen(text) + 16);
	const char	*p = text, *q, *run;
	gunichar	 prev = 0, c;

	while (*p != '\0') {
		c = g_utf8_get_char(p);
		q = g_utf8_next_char(p);
		if (prev != 0 && ((is_han(prev) && is_western(c)) ||
		    (is_western(prev) && is_han(c)))) {
			add_gap(al, o->len, size);
			g_string_append(o, GAP_CHAR);
		}
		if (c >= '0' && c <= '9') {
			/* A number, then its units and date parts. */
			run = p;
			for (;;) {
				size_t	 u;
				int	 units = 0;

				while (*q != '\0' && numeric(g_utf8_get_char(q)))
					q = g_utf8_next_char(q);
				/* 300余名, 3.45亿元: scale, 余, unit in a row. */
				while (units < 3 && (u = unit_at(q)) > 0)
					q += u, units++;
				if (units == 0 || !(*q >= '0' && *q <= '9'))
					break;
			}
			if (g_utf8_strlen(run, q - run) > 1) {
				PangoAttribute *a =
				    pango_attr_allow_breaks_new(FALSE);

				a->start_index = o->len;
				a->end_index = o->len + (q - run);
				pango_attr_list_insert(al, a);
			}
			g_string_append_len(o, run, q - run);
			/* A unit ends the run in Han: no gap after it. */
			prev = g_utf8_get_char(g_utf8_prev_char(q));
			p = q;
			continue;
		}
		g_string_append_len(o, p, q - p);
		prev = c;
		p = q;
	}
	if (words)
		keep_words(o->str, o->len, al);
	*out = al;
	return g_string_free(o, FALSE);
}

char *
text_normalise(const char *text)
{
	GString		*s = g_string_sized_new(strlen(text));
	const char	*p;

	for (p = text; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar	 c = g_utf8_get_char(p);

		if (c >= 0xFF10 && c <= 0xFF19)		/* ０-９ */
			g_string_append_c(s, '0' + (c - 0xFF10));
		else if (c == 0xFF0E && p[3] != '\0' &&	/* ．between digits */
		    g_utf8_get_char(p + 3) >= 0xFF10 &&
		    g_utf8_get_char(p + 3) <= 0xFF19)
			g_string_append_c(s, '.');
		else if (c == '\t' || c == '\r')
			g_string_append_c(s, ' ');
		else
			g_string_append_unichar(s, c);
	}
	return g_string_free(s, FALSE);
}

static PangoLayout *
make(PangoContext *ctx, const char *text, const struct text_style *st,
    double width)
{
	PangoLayout		*pl = pango_layout_new(ctx);
	PangoFontDescription	*fd = pango_font_description_new();
	PangoAttrList		*al;
	char			*set;

	pango_font_description_set_family(fd, st->family);
	pango_font_description_set_absolute_size(fd, st->size * PANGO_SCALE);
	pango_font_description_set_weight(fd, st->weight != 0 ? st->weight :
	    PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(pl, fd);
	pango_font_description_free(fd);
	/*
	 * Words kept whole only where a line holds ten characters or more:
	 * in a narrow box the breaks a word forbids would push a mark to a
	 * line's end (郑州市“|西美”)
	 */
	set = prepare(text, st->size, width >= 10 * st->size, &al);
	pango_layout_set_text(pl, set, -1);
	pango_layout_set_attributes(pl, al);
	pango_attr_list_unref(al);
	g_free(set);
	pango_layout_set_alignment(pl, st->align);
	if (st->spacing > 0)
		pango_layout_set_line_spacing(pl, st->spacing);
	if (width > 0) {
		pango_layout_set_width(pl, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(pl, PANGO_WRAP_WORD_CHAR);
	}
	if (st->max_lines > 0) {
		pango_layout_set_height(pl, -st->max_lines);
		pango_layout_set_ellipsize(pl, width > 0 ?
		    PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
	}
	return pl;
}

PangoLayout *
text_make(const char *text, const struct text_style *st, double width,
    GError **error)
{
	PangoContext	*ctx;
	PangoLayout	*pl;
	char		*norm;
	int		 lines;
	double		 lo, hi;

	if ((ctx = font_context(error)) == NULL)
		return NULL;
	norm = text_normalise(text);
	if (!font_check(st->family, norm, error)) {
		g_free(norm);
		return NULL;
	}
	pl = make(ctx, norm, st, width);
	lines = pango_layout_get_line_count(pl);
	if (st->balance && width > 0 && lines > 1 &&
	    !pango_layout_is_ellipsized(pl)) {
		/*
		 * Balanced lines (T4): the narrowest width that keeps the
		 * same number of lines, so the last line is no orphan.
		 */
		lo = width / lines;
		hi = width;
		while (hi - lo > 1) {
			double		 mid = (lo + hi) / 2;
			PangoLayout	*t = make(ctx, norm, st, mid);

			if (pango_layout_get_line_count(t) <= lines &&
			    !pango_layout_is_ellipsized(t))
				hi = mid;
			else
				lo = mid;
			g_object_unref(t);
		}
		g_object_unref(pl);
		pl = make(ctx, norm, st, ceil(hi));
	}
	g_free(norm);
	return pl;
}

void
text_size(PangoLayout *pl, double *width, double *height)
{
	PangoRectangle	 r;

	pango_layout_get_extents(pl, NULL, &r);
	if (width != NULL)
		*width = (double)r.width / PANGO_SCALE;
	if (height != NULL)
		*height = (double)r.height / PANGO_SCALE;
}

double
text_width(const char *text, const struct text_style *st, GError **error)
{
	PangoLayout	*pl = text_make(text, st, 0, error);
	double		 w;

	if (pl == NULL)
		return -1;
	text_size(pl, &w, NULL);
	g_object_unref(pl);
	return w;
}

char *
text_plain(const char *set)
{
	GString		*s = g_string_sized_new(strlen(set));
	const char	*p, *q;

	for (p = set; (q = strstr(p, GAP_CHAR)) != NULL;
	    p = q + strlen(GAP_CHAR))
		g_string_append_len(s, p, q - p);
	g_string_append(s, p);
	return g_string_free(s, FALSE);
}
