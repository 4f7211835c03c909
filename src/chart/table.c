/* SPDX-License-Identifier: MIT */
/*
 * Facts and numbers as tables for people (shutu extract --table, with
 * or without --numbers): columns aligned by display width, numbers
 * written as the charts write them (345.67 亿元, 300余 名, 约1/3), and
 * long cells wrapped inside their column so that a line never outgrows
 * the terminal.
 */
#include <math.h>
#include <string.h>

#include "chart.h"
#include "util/util.h"

#define GAP	2		/* spaces between columns */
#define NARROW	8		/* no column is wrapped narrower */
#define COLS	4		/* columns of either table */

/*
 * A table: a header row, then rows of "COLS" cells.  Columns whose bit is
 * in "wrap" may be narrowed and wrapped; those in "right" are aligned
 * right (the values).
 */
struct	grid {
	GPtrArray	*cells;		/* char *, row after row */
	size_t		 width[COLS];
	unsigned int	 wrap, right;	/* bit per column */
};

/* Display width: East Asian wide and full-width characters take two. */
static size_t
display_width(const char *s)
{
	size_t		 w = 0;
	gunichar	 c;

	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		c = g_utf8_get_char(s);
		if (g_unichar_iszerowidth(c))
			continue;
		w += g_unichar_iswide(c) ? 2 : 1;
	}
	return w;
}

static void
grid_init(struct grid *g, const char *const head[COLS], unsigned int wrap,
    unsigned int right)
{
	size_t	 j;

	g->cells = g_ptr_array_new_with_free_func(g_free);
	g->wrap = wrap;
	g->right = right;
	for (j = 0; j < COLS; j++) {
		g_ptr_array_add(g->cells, g_strdup(head[j]));
		g->width[j] = display_width(head[j]);
	}
}

/* Add a row; the grid takes the strings. */
static void
grid_add(struct grid *g, char *row[COLS])
{
	size_t	 j;

	for (j = 0; j < COLS; j++) {
		g->width[j] = MAX(g->width[j], display_width(row[j]));
		g_ptr_array_add(g->cells, row[j]);
	}
}

static bool
is_percent(const char *unit)
{
	return unit != NULL && (strcmp(unit, "%") == 0 ||
	    strcmp(unit, "％") == 0);
}

/* Does "v" keep every digit in "nf"'s scale, at its most decimals? */
static bool
exact_in(const struct numfmt *nf, double v)
{
	double	 x = v / nf->divisor * pow(10, nf->max_decimals);

	return !isfinite(v) || fabs(x - nearbyint(x)) < 1e-9 * fmax(1, fabs(x));
}

/*
 * "345.67" and "亿元" for 34567000000 元: the value in the scale the
 * numbering rules choose for it (万 from 10万, 亿, 万亿), its approximation
 * and range as the charts write them; a percent keeps its sign.  A table
 * keeps what the text said: 35.97, 1.2345亿, and a number that a scale
 * would round (13812345678, a code) stays in digits.
 */
static void
value_cells(struct numfmt_value *nv, const char *unit, char **value,
    char **unit_out)
{
	struct numfmt	 nf;
	double		 vals[2] = { nv->value, nv->value_max };

	nv->percent = is_percent(unit);
	numfmt_choose(&nf, vals, isfinite(nv->value_max) ? 2 : 1);
	nf.decimals = -1;
	nf.max_decimals = 4;
	if (!exact_in(&nf, nv->value) || !exact_in(&nf, nv->value_max)) {
		nf.divisor = 1;
		nf.scale = "";
	}
	*value = numfmt_value(&nf, nv);
	*unit_out = nv->percent ? NULL : numfmt_unit(&nf, unit);
}

/* "text" cut into lines of at most "width" columns (0: one line). */
static GPtrArray *
wrap(const char *text, size_t width)
{
	GPtrArray	*lines = g_ptr_array_new_with_free_func(g_free);
	const char	*p = text, *start = text;
	size_t		 w = 0;

	if (width == 0) {
		g_ptr_array_add(lines, g_strdup(text));
		return lines;
	}
	for (; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar	 c = g_utf8_get_char(p);
		size_t		 cw = g_unichar_iszerowidth(c) ? 0 :
				    g_unichar_iswide(c) ? 2 : 1;

		if (w + cw > width && p > start) {
			g_ptr_array_add(lines, g_strndup(start, p - start));
			start = p;
			w = 0;
		}
		w += cw;
	}
	if (p > start || lines->len == 0)
		g_ptr_array_add(lines, g_strndup(start, p - start));
	return lines;
}

static void
pad(GString *out, const char *s, size_t width, bool right)
{
	size_t	 w = display_width(s), i;

	if (right)
		for (i = w; i < width; i++)
			g_string_append_c(out, ' ');
	g_string_append(out, s);
	if (!right)
		for (i = w; i < width; i++)
			g_string_append_c(out, ' ');
}

/*
 * Narrow the columns that may wrap until a row fits "total" columns: the
 * widest first, never under NARROW.  False if it cannot fit.
 */
static bool
fit(struct grid *g, size_t total)
{
	size_t	 sum = GAP * (COLS - 1), j, c;

	for (j = 0; j < COLS; j++)
		sum += g->width[j];
	while (sum > total) {
		for (c = COLS, j = 0; j < COLS; j++)
			if ((g->wrap & (1u << j)) && g->width[j] > NARROW &&
			    (c == COLS || g->width[j] > g->width[c]))
				c = j;
		if (c == COLS)
			return false;
		g->width[c]--;
		sum--;
	}
	return true;
}

/* The grid as text, in lines of at most "total" columns (0: no limit). */
static char *
grid_finish(struct grid *g, size_t total)
{
	GString		*out = g_string_new(NULL);
	size_t		 rows = g->cells->len / COLS, i, j;

	/* Too narrow even for that: one line a row, as without a terminal. */
	if (total > 0 && !fit(g, total))
		total = 0;
	for (i = 0; i < rows; i++) {
		GPtrArray	*lines[COLS];
		size_t		 k, height = 1;

		for (j = 0; j < COLS; j++) {
			lines[j] = wrap(g_ptr_array_index(g->cells, i * COLS +
			    j), total > 0 && (g->wrap & (1u << j)) ?
			    g->width[j] : 0);
			height = MAX(height, lines[j]->len);
		}
		for (k = 0; k < height; k++) {
			size_t	 end = out->len;

			for (j = 0; j < COLS; j++) {
				pad(out, k < lines[j]->len ?
				    g_ptr_array_index(lines[j], k) : "",
				    j + 1 < COLS ? g->width[j] : 0,
				    (g->right & (1u << j)) != 0);
				if (j + 1 < COLS)
					g_string_append_printf(out, "%*s",
					    GAP, "");
			}
			/* No spaces at the end of a line. */
			while (out->len > end && out->str[out->len - 1] == ' ')
				g_string_truncate(out, out->len - 1);
			g_string_append_c(out, '\n');
		}
		for (j = 0; j < COLS; j++)
			g_ptr_array_unref(lines[j]);
	}
	g_ptr_array_free(g->cells, TRUE);
	return g_string_free(out, FALSE);
}

char *
shutu_facts_to_table_width(const struct shutu_facts *facts, size_t total)
{
	enum { C_VALUE, C_UNIT, C_LABEL, C_ENTITY };
	static const char *const head[COLS] = {
		"值", "单位", "标签", "主体"
	};
	struct grid	 g;
	size_t		 i, n;

	g_return_val_if_fail(facts != NULL, NULL);
	grid_init(&g, head, 1u << C_LABEL | 1u << C_ENTITY, 1u << C_VALUE);
	n = shutu_facts_count(facts);
	for (i = 0; i < n; i++) {
		const struct shutu_fact	*f = shutu_facts_get(facts, i);
		char			*row[COLS];

		if (f->kind == SHUTU_FACT_QUANTITY) {
			struct numfmt_value	 nv = {
				.value = f->value, .value_max = f->value_max,
				.approx = f->approx,
				.fraction = f->dimension == SHUTU_DIM_FRACTION,
			};

			value_cells(&nv, f->unit, &row[C_VALUE], &row[C_UNIT]);
			if (row[C_UNIT] == NULL)
				row[C_UNIT] = g_strdup("");
			row[C_LABEL] = g_strdup(f->label != NULL ? f->label :
			    "");
		} else {
			row[C_VALUE] = g_strdup(f->date);
			row[C_UNIT] = g_strdup("(日期)");
			row[C_LABEL] = g_strdup(f->event != NULL ? f->event :
			    "");
		}
		row[C_ENTITY] = g_strdup(f->entity != NULL ? f->entity : "-");
		grid_add(&g, row);
	}
	return grid_finish(&g, total);
}

char *
shutu_facts_to_table(const struct shutu_facts *facts)
{
	return shutu_facts_to_table_width(facts, 0);
}

char *
shutu_numbers_to_table_width(const struct shutu_numbers *ns, size_t total)
{
	enum { C_VALUE, C_UNIT, C_KIND, C_TEXT };
	static const char *const head[COLS] = {
		"值", "单位", "种类", "原文"
	};
	struct grid	 g;
	size_t		 i, n;

	g_return_val_if_fail(ns != NULL, NULL);
	grid_init(&g, head, 1u << C_TEXT, 1u << C_VALUE);
	n = shutu_numbers_count(ns);
	for (i = 0; i < n; i++) {
		const struct shutu_number	*x = shutu_numbers_get(ns, i);
		struct numfmt_value		 nv = {
			.value = x->value, .value_max = x->value_max,
			.approx = x->approx,
			.fraction = x->kind == SHUTU_NUMBER_FRACTION,
		};
		char				*row[COLS];

		/* 第100000 is the ordinal as written, never 第10万. */
		if (x->kind == SHUTU_NUMBER_ORDINAL) {
			struct numfmt	 plain = { 1, "", 0, 0 };

			row[C_VALUE] = numfmt_number(&plain, x->value);
			row[C_UNIT] = NULL;
		} else
			value_cells(&nv, x->unit, &row[C_VALUE], &row[C_UNIT]);
		if (row[C_UNIT] == NULL)
			row[C_UNIT] = g_strdup("-");
		row[C_KIND] = g_strdup(shutu_number_kind_name(x->kind));
		row[C_TEXT] = g_strdup(x->text);
		grid_add(&g, row);
	}
	return grid_finish(&g, total);
}

char *
shutu_numbers_to_table(const struct shutu_numbers *ns)
{
	return shutu_numbers_to_table_width(ns, 0);
}
