/* SPDX-License-Identifier: MIT */
/*
 * Facts as a table for people (shutu extract --table): value, unit,
 * label and entity in columns aligned by display width, numbers written
 * as the charts write them (345.67 亿元, 300余 名, 约1/3), and long cells
 * wrapped inside their column so that a line never outgrows the terminal.
 */
#include <math.h>
#include <string.h>

#include "chart.h"
#include "util/util.h"

enum	column {
	C_VALUE,
	C_UNIT,
	C_LABEL,
	C_ENTITY,
	C__COUNT,
};

#define GAP	2		/* spaces between columns */
#define NARROW	8		/* no column is wrapped narrower */

/* Display width: East Asian wide and full-width characters take two. */
static size_t
display_width(const char *s, const char *end)
{
	size_t		 w = 0;
	gunichar	 c;

	for (; s < end && *s != '\0'; s = g_utf8_next_char(s)) {
		c = g_utf8_get_char(s);
		if (g_unichar_iszerowidth(c))
			continue;
		w += g_unichar_iswide(c) ? 2 : 1;
	}
	return w;
}

static bool
is_percent(const char *unit)
{
	return unit != NULL && (strcmp(unit, "%") == 0 ||
	    strcmp(unit, "％") == 0);
}

/*
 * "345.67" and "亿元" for 34567000000 元: the value in the scale the
 * numbering rules choose for it (万 from 10万, 亿, 万亿), its approximation
 * and range as the charts write them; a percent keeps its sign.
 */
static void
quantity_cells(const struct shutu_fact *f, char **value, char **unit)
{
	struct numfmt		 nf;
	struct numfmt_value	 nv = {
		.value = f->value, .value_max = f->value_max,
		.approx = f->approx, .percent = is_percent(f->unit),
		.fraction = f->dimension == SHUTU_DIM_FRACTION,
	};
	double			 vals[2] = { f->value, f->value_max };

	numfmt_choose(&nf, vals, isfinite(f->value_max) ? 2 : 1);
	/* A table keeps what the article said: 35.97, 1.2345亿. */
	nf.decimals = -1;
	nf.max_decimals = 4;
	*value = numfmt_value(&nf, &nv);
	*unit = nv.percent ? g_strdup("") : numfmt_unit(&nf, f->unit);
	if (*unit == NULL)
		*unit = g_strdup("");
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
	size_t	 w = display_width(s, s + strlen(s)), i;

	if (right)
		for (i = w; i < width; i++)
			g_string_append_c(out, ' ');
	g_string_append(out, s);
	if (!right)
		for (i = w; i < width; i++)
			g_string_append_c(out, ' ');
}

/*
 * Narrow the label and entity columns until a row fits "total" columns:
 * the wider one first, never under NARROW.  False if it cannot fit.
 */
static bool
fit(size_t width[C__COUNT], size_t total)
{
	size_t	 sum = 0, j;

	for (j = 0; j < C__COUNT; j++)
		sum += width[j];
	sum += GAP * (C__COUNT - 1);
	while (sum > total) {
		enum column	 c = width[C_LABEL] >= width[C_ENTITY] ?
				    C_LABEL : C_ENTITY;

		if (width[c] <= NARROW)
			c = c == C_LABEL ? C_ENTITY : C_LABEL;
		if (width[c] <= NARROW)
			return false;
		width[c]--;
		sum--;
	}
	return true;
}

char *
shutu_facts_to_table_width(const struct shutu_facts *facts, size_t total)
{
	static const char *const head[C__COUNT] = {
		"值", "单位", "标签", "主体"
	};
	GPtrArray		*cells;
	GString			*out;
	size_t			 width[C__COUNT], i, j, n, rows;

	g_return_val_if_fail(facts != NULL, NULL);
	cells = g_ptr_array_new_with_free_func(g_free);
	for (j = 0; j < C__COUNT; j++) {
		g_ptr_array_add(cells, g_strdup(head[j]));
		width[j] = display_width(head[j], head[j] + strlen(head[j]));
	}
	n = shutu_facts_count(facts);
	for (i = 0; i < n; i++) {
		const struct shutu_fact	*f = shutu_facts_get(facts, i);
		char			*row[C__COUNT];

		if (f->kind == SHUTU_FACT_QUANTITY) {
			quantity_cells(f, &row[C_VALUE], &row[C_UNIT]);
			row[C_LABEL] = g_strdup(f->label != NULL ? f->label :
			    "");
		} else {
			row[C_VALUE] = g_strdup(f->date);
			row[C_UNIT] = g_strdup("(日期)");
			row[C_LABEL] = g_strdup(f->event != NULL ? f->event :
			    "");
		}
		row[C_ENTITY] = g_strdup(f->entity != NULL ? f->entity : "-");
		for (j = 0; j < C__COUNT; j++) {
			size_t	 w = display_width(row[j], row[j] +
				    strlen(row[j]));

			width[j] = MAX(width[j], w);
			g_ptr_array_add(cells, row[j]);
		}
	}
	rows = n + 1;
	/* Too narrow even for that: one line a row, as without a terminal. */
	if (total > 0 && !fit(width, total))
		total = 0;
	out = g_string_new(NULL);
	for (i = 0; i < rows; i++) {
		GPtrArray	*lines[C__COUNT];
		size_t		 k, height = 1;

		for (j = 0; j < C__COUNT; j++) {
			lines[j] = wrap(g_ptr_array_index(cells, i * C__COUNT +
			    j), total > 0 && (j == C_LABEL || j == C_ENTITY) ?
			    width[j] : 0);
			height = MAX(height, lines[j]->len);
		}
		for (k = 0; k < height; k++) {
			size_t	 end = out->len;

			for (j = 0; j < C__COUNT; j++) {
				pad(out, k < lines[j]->len ?
				    g_ptr_array_index(lines[j], k) : "",
				    j + 1 < C__COUNT ? width[j] : 0,
				    j == C_VALUE);
				if (j + 1 < C__COUNT)
					g_string_append_printf(out, "%*s",
					    GAP, "");
			}
			/* No spaces at the end of a line. */
			while (out->len > end && out->str[out->len - 1] == ' ')
				g_string_truncate(out, out->len - 1);
			g_string_append_c(out, '\n');
		}
		for (j = 0; j < C__COUNT; j++)
			g_ptr_array_unref(lines[j]);
	}
	g_ptr_array_free(cells, TRUE);
	return g_string_free(out, FALSE);
}

char *
shutu_facts_to_table(const struct shutu_facts *facts)
{
	return shutu_facts_to_table_width(facts, 0);
}
