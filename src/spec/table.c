/* SPDX-License-Identifier: MIT */
/*
 * Data from tables: a bar chart's "table" names a CSV or TSV file (what
 * Excel, WPS and every statistics office export) with a header row.  One
 * column gives the labels, one or more the values; 生产总值（亿元） in a
 * header gives the unit.  Cells are read the way Chinese tables write
 * numbers: 12,345, 1.2万, 3亿, 30%, −5, full-width digits, 300余, 约18.
 * A file that is not UTF-8 is named for what it is (GBK from Excel on
 * Chinese Windows, UTF-16, an .xlsx workbook) with the command that
 * converts it.  docs/tables.md has the whole story.
 */
#include <math.h>
#include <string.h>

#include "parse.h"

#define TABLE_ROWS	1000	/* more is a database, not a bar chart */
#define TABLE_COLUMNS	200

struct	cell {
	char		*text;		/* trimmed, NUL-terminated */
	unsigned	 line, col;	/* of its first character */
};

struct	table {
	const char	*name;		/* for messages */
	GArray		*rows;		/* GPtrArray * of struct cell * */
};

static void
row_free(gpointer p)
{
	GPtrArray	*row = *(GPtrArray **)p;
	guint		 i;

	for (i = 0; i < row->len; i++) {
		struct cell *c = g_ptr_array_index(row, i);

		g_free(c->text);
		g_free(c);
	}
	g_ptr_array_unref(row);
}

static void
table_release(struct table *t)
{
	if (t->rows != NULL)
		g_array_unref(t->rows);
}

static bool
table_fail(GError **error, const struct table *t, unsigned line,
    unsigned col, const char *fmt, ...) G_GNUC_PRINTF(5, 6);

static bool
table_fail(GError **error, const struct table *t, unsigned line,
    unsigned col, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT, "%s:%u:%u: %s",
	    t->name, line, col, msg);
	g_free(msg);
	return false;
}

/* Line and column (code points) of byte "off" of "data". */
static void
place(const char *data, size_t off, unsigned *line, unsigned *col)
{
	size_t	 i;

	*line = 1;
	*col = 1;
	for (i = 0; i < off; i++) {
		if (data[i] == '\n')
			*line += 1, *col = 1;
		else if (((unsigned char)data[i] & 0xc0) != 0x80)
			*col += 1;
	}
}

/*
 * What the bytes are, when they are not UTF-8 text: util_sniff_input()
 * tells (GB 18030, UTF-16 with or without a BOM, a workbook, a PDF …),
 * and the table says it as a Chinese office's tables need, with the way
 * out of Excel or WPS.  "*bom": the bytes of a UTF-8 BOM to skip.
 */
static bool
check_encoding(const struct table *t, const char *data, size_t len,
    size_t *bom, GError **error)
{
	struct util_sniff	 sn;
	const char		*end;
	unsigned		 line = 1, col = 1;

	if (util_sniff_input(t->name, data, len, &sn, NULL)) {
		*bom = sn.bom;
		return true;
	}
	/* Where the first byte that is not UTF-8 is, for the text cases. */
	if (!g_utf8_validate(data, len, &end))
		place(data, end - data, &line, &col);
	switch (sn.kind) {
	case UTIL_INPUT_GB18030:
		return table_fail(error, t, line, col, "not UTF-8 but GBK/GB18030 "
		    "(as Excel on Chinese Windows saves CSV); convert it: "
		    "iconv -f GB18030 -t UTF-8 %s > utf8.csv, or save as "
		    "'CSV UTF-8'", t->name);
	case UTIL_INPUT_UTF16:
		return table_fail(error, t, 1, 1, "not UTF-8 but %s%s; convert "
		    "it: iconv -f %s -t UTF-8 %s > utf8.csv, or save as 'CSV "
		    "UTF-8'", sn.what, g_str_has_prefix(sn.what, "UTF-16") ?
		    " (Excel's 'Unicode text')" : "", sn.what, t->name);
	case UTIL_INPUT_DOCUMENT:
		return table_fail(error, t, 1, 1, "not a table of text but %s; "
		    "save it as 'CSV UTF-8 (逗号分隔)' and name that file",
		    sn.what);
	case UTIL_INPUT_IMAGE:
	case UTIL_INPUT_BINARY:
		/* A ZIP that names no Office part: most likely a workbook. */
		if (len >= 4 && memcmp(data, "PK\3\4", 4) == 0)
			return table_fail(error, t, 1, 1, "not a table of text "
			    "but a ZIP file (an Excel or WPS workbook, .xlsx?); "
			    "save it as 'CSV UTF-8 (逗号分隔)' and name that "
			    "file");
		return table_fail(error, t, 1, 1, "not a table of text (CSV "
		    "or TSV) but %s", sn.what);
	default:
		if (sn.what != NULL)	/* GBK or Big5 */
			return table_fail(error, t, line, col, "not UTF-8 but "
			    "%s (for Big5, -f BIG5-HKSCS); convert it: iconv -f "
			    "GB18030 -t UTF-8 %s > utf8.csv, or save as 'CSV "
			    "UTF-8'", sn.what, t->name);
		return table_fail(error, t, line, col, "not UTF-8 (byte "
		    "0x%02x); save the table as 'CSV UTF-8'",
		    *(const unsigned char *)end);
	}
}

static void
add_cell(GPtrArray *row, GString *text, unsigned line, unsigned col)
{
	struct cell	*c = g_new0(struct cell, 1);
	char		*s = g_strdup(text->str);
	char		*a = s, *z;

	/* Spaces around a cell, ASCII or the ideographic U+3000, are none. */
	for (;;) {
		if (*a == ' ' || *a == '\t')
			a++, col++;
		else if (strncmp(a, "\u3000", 3) == 0)
			a += 3, col++;
		else
			break;
	}
	z = a + strlen(a);
	for (;;) {
		if (z > a && (z[-1] == ' ' || z[-1] == '\t'))
			z--;
		else if (z - a >= 3 && strncmp(z - 3, "\u3000", 3) == 0)
			z -= 3;
		else
			break;
	}
	c->text = g_strndup(a, z - a);
	c->line = line;
	c->col = col;
	g_free(s);
	g_ptr_array_add(row, c);
}

/* RFC 4180: quoted cells may hold the delimiter, newlines and "". */
static bool
split(struct table *t, const char *data, size_t len, char delim,
    GError **error)
{
	GString		*cell = g_string_new(NULL);
	GPtrArray	*row = g_ptr_array_new();
	size_t		 i = 0;
	unsigned	 line = 1, col = 1, cl = 1, cc = 1;
	bool		 quoted = false, was_quoted = false, ok = true;

	t->rows = g_array_new(FALSE, FALSE, sizeof(GPtrArray *));
	g_array_set_clear_func(t->rows, row_free);
	while (ok) {
		char	 ch = i < len ? data[i] : '\0';
		bool	 eof = i >= len;

		if (quoted) {
			if (eof) {
				ok = table_fail(error, t, cl, cc, "a quoted cell "
				    "is never closed (a quote inside one is "
				    "written \"\")");
				break;
			}
			if (ch == '"' && i + 1 < len && data[i + 1] == '"') {
				g_string_append_c(cell, '"');
				i += 2, col += 2;
				continue;
			}
			if (ch == '"') {
				quoted = false;
				i++, col++;
				continue;
			}
			g_string_append_c(cell, ch);
			if (ch == '\n')
				line++, col = 1;
			else if (((unsigned char)ch & 0xc0) != 0x80)
				col++;
			i++;
			continue;
		}
		if (eof || ch == delim || ch == '\n' || ch == '\r') {
			add_cell(row, cell, cl, was_quoted ? cc + 1 : cc);
			g_string_truncate(cell, 0);
			was_quoted = false;
			if (eof || ch != delim) {
				/* A row of nothing but empty cells is no row. */
				guint	 k;
				bool	 empty = true;

				for (k = 0; k < row->len && empty; k++)
					empty = *((struct cell *)
					    g_ptr_array_index(row, k))->text ==
					    '\0';
				if (!empty) {
					if (t->rows->len >= TABLE_ROWS + 1) {
						ok = table_fail(error, t, cl, 1,
						    "more than %d rows; a bar "
						    "chart shows fewer", TABLE_ROWS);
						break;
					}
					g_array_append_val(t->rows, row);
					row = g_ptr_array_new();
				} else
					row_free(&row), row = g_ptr_array_new();
			}
			if (eof)
				break;
			if (ch == '\r' && i + 1 < len && data[i + 1] == '\n')
				i++;
			if (ch == delim)
				col++;
			else
				line++, col = 1;
			i++;
			cl = line, cc = col;
			continue;
		}
		if (ch == '"' && cell->len == 0 && !was_quoted) {
			quoted = was_quoted = true;
			i++, col++;
			continue;
		}
		if (was_quoted && ch != ' ') {
			ok = table_fail(error, t, line, col, "text after a "
			    "quoted cell's closing quote (a quote inside one is "
			    "written \"\")");
			break;
		}
		if (row->len >= TABLE_COLUMNS) {
			ok = table_fail(error, t, line, col, "more than %d "
			    "columns", TABLE_COLUMNS);
			break;
		}
		g_string_append_c(cell, ch);
		if (((unsigned char)ch & 0xc0) != 0x80)
			col++;
		i++;
	}
	g_string_free(cell, TRUE);
	row_free(&row);
	return ok;
}

static bool
table_read(struct table *t, const char *path, GError **error)
{
	char		*data = NULL;
	const char	*text;
	size_t		 len, bom = 0;
	char		 delim = ',';
	bool		 ok;

	memset(t, 0, sizeof *t);
	t->name = path;
	if (!util_read_file(path, &data, &len, error))
		return false;
	/* Excel's 'CSV UTF-8' begins with a byte order mark. */
	if (!check_encoding(t, data, len, &bom, error)) {
		g_free(data);
		return false;
	}
	text = data + bom;
	len -= bom;
	/*
	 * TSV by its name, or a .csv whose first line has tabs and no comma
	 * (Excel's 'Text (Tab delimited)' saved under another name).
	 */
	if (g_str_has_suffix(path, ".tsv") || g_str_has_suffix(path, ".tab") ||
	    g_str_has_suffix(path, ".TSV"))
		delim = '\t';
	else {
		const char *nl = memchr(text, '\n', len);
		size_t	    n = nl != NULL ? (size_t)(nl - text) : len;

		if (memchr(text, '\t', n) != NULL && memchr(text, ',', n) == NULL)
			delim = '\t';
	}
	ok = split(t, text, len, delim, error);
	g_free(data);
	if (ok && t->rows->len < 2)
		ok = table_fail(error, t, 1, 1, "%s", t->rows->len == 0 ?
		    "empty table, expected a header row and rows of data" :
		    "a header row and no data under it");
	if (!ok)
		table_release(t);
	return ok;
}

static struct cell *
cell_at(const struct table *t, guint row, guint col)
{
	GPtrArray	*r = g_array_index(t->rows, GPtrArray *, row);

	return col < r->len ? g_ptr_array_index(r, col) : NULL;
}

/* Words before or after a number that say it is approximate. */
static const struct {
	const char		*word;
	bool			 before;
	enum shutu_approx	 approx;
} approx_words[] = {
	{ "约", true, SHUTU_APPROX_ABOUT }, { "近", true, SHUTU_APPROX_ABOUT },
	{ "超", true, SHUTU_APPROX_OVER }, { "逾", true, SHUTU_APPROX_OVER },
	{ "不到", true, SHUTU_APPROX_UNDER }, { "不足", true, SHUTU_APPROX_UNDER },
	{ "余", false, SHUTU_APPROX_OVER }, { "多", false, SHUTU_APPROX_OVER },
};

/*
 * A cell's number: sign (- or −), digits with thousands separators
 * (12,345) or none, a decimal part, 万, 亿 or 万亿, %, and the words of
 * approx_words.  False with "*why" set when it is none.
 */
bool
table_number(const char *cell, double *out, enum shutu_approx *approx,
    bool *percent, const char **why)
{
	GString		*s = g_string_new(NULL);
	const char	*p;
	char		*num, *end;
	double		 v, mult = 1;
	bool		 neg = false, ok = false;
	size_t		 i, digits = 0, group = 0;
	int		 seen_sep = 0;

	*approx = SHUTU_APPROX_EXACT;
	*percent = false;
	*why = NULL;
	/* Full-width digits, signs and points (１２．５％) as ASCII. */
	for (p = cell; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar ch = g_utf8_get_char(p);

		if (ch >= 0xff10 && ch <= 0xff19)
			g_string_append_c(s, (char)('0' + ch - 0xff10));
		else if (ch == 0xff0e)
			g_string_append_c(s, '.');
		else if (ch == 0xff0c)
			g_string_append_c(s, ',');
		else if (ch == 0xff05)
			g_string_append_c(s, '%');
		else if (ch == 0x2212 || ch == 0xff0d)
			g_string_append_c(s, '-');
		else
			g_string_append_unichar(s, ch);
	}
	p = s->str;
	for (i = 0; i < G_N_ELEMENTS(approx_words); i++)
		if (approx_words[i].before &&
		    g_str_has_prefix(p, approx_words[i].word)) {
			*approx = approx_words[i].approx;
			p += strlen(approx_words[i].word);
			break;
		}
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	num = g_strdup(p);
	/* Thousands separators: every group after the first is three digits. */
	for (end = num, i = 0; *end != '\0' && (g_ascii_isdigit(*end) ||
	    *end == ','); end++) {
		if (*end == ',') {
			if (digits == 0 || (seen_sep && group != 3))
				goto bad;
			seen_sep = 1;
			group = 0;
			continue;
		}
		digits++;
		group++;
		num[i++] = *end;
	}
	if (digits == 0 || (seen_sep && group != 3))
		goto bad;
	memmove(num + i, end, strlen(end) + 1);
	v = g_ascii_strtod(num, &end);
	if (end == num)
		goto bad;
	if (g_str_has_prefix(end, "万亿"))
		mult = 1e12, end += strlen("万亿");
	else if (g_str_has_prefix(end, "亿"))
		mult = 1e8, end += strlen("亿");
	else if (g_str_has_prefix(end, "万"))
		mult = 1e4, end += strlen("万");
	for (i = 0; i < G_N_ELEMENTS(approx_words); i++)
		if (!approx_words[i].before && *approx == SHUTU_APPROX_EXACT &&
		    g_str_has_prefix(end, approx_words[i].word)) {
			*approx = approx_words[i].approx;
			end += strlen(approx_words[i].word);
			break;
		}
	if (*end == '%' && mult == 1)
		*percent = true, end++;
	if (*end != '\0') {
		*why = "a number with something after it";
		goto out;
	}
	v *= mult;
	if (!isfinite(v) || v > VALUE_LIMIT) {
		*why = "out of range (at most 1e15)";
		goto out;
	}
	*out = neg ? -v : v;
	ok = true;
	goto out;
bad:
	*why = "not a number";
out:
	g_free(num);
	g_string_free(s, TRUE);
	return ok;
}

/* "生产总值（亿元）" -> "生产总值" and "亿元"; "*unit" NULL when none. */
static char *
header_split(const char *h, char **unit)
{
	const char	*open = NULL, *close = NULL;
	size_t		 n = strlen(h);

	*unit = NULL;
	if (g_str_has_suffix(h, "）")) {
		close = h + n - strlen("）");
		open = g_strrstr_len(h, close - h, "（");
		if (open != NULL)
			*unit = g_strndup(open + strlen("（"), close - open -
			    strlen("（"));
	} else if (n > 0 && h[n - 1] == ')') {
		close = h + n - 1;
		open = g_strrstr_len(h, close - h, "(");
		if (open != NULL)
			*unit = g_strndup(open + 1, close - open - 1);
	}
	if (*unit != NULL && (**unit == '\0' || open == h)) {
		g_free(*unit);
		*unit = NULL;
	}
	if (*unit == NULL)
		return g_strdup(h);
	return g_strstrip(g_strndup(h, open - h));
}

/* The column headed "name" in the header row, or -1. */
static int
column(const struct table *t, const char *name)
{
	GPtrArray	*h = g_array_index(t->rows, GPtrArray *, 0);
	guint		 i;

	for (i = 0; i < h->len; i++) {
		const char *text = ((struct cell *)g_ptr_array_index(h, i))->text;
		char	   *unit, *bare = header_split(text, &unit);
		bool	    hit = strcmp(text, name) == 0 ||
			    strcmp(bare, name) == 0;

		g_free(bare);
		g_free(unit);
		if (hit)
			return (int)i;
	}
	return -1;
}

static char *
header_list(const struct table *t)
{
	GPtrArray	*h = g_array_index(t->rows, GPtrArray *, 0);
	GString		*s = g_string_new(NULL);
	guint		 i;

	for (i = 0; i < h->len && i < 12; i++)
		g_string_append_printf(s, "%s%s", i ? ", " : "",
		    ((struct cell *)g_ptr_array_index(h, i))->text);
	if (h->len > 12)
		g_string_append(s, " …");
	return g_string_free(s, FALSE);
}

/* A column named in the spec: "key" of "obj" -> its index. */
static bool
named_column(struct parse *p, const struct table *t, JsonNode *n,
    const char *what, int *out)
{
	char	*list;

	if (!JSON_NODE_HOLDS_VALUE(n) ||
	    json_node_get_value_type(n) != G_TYPE_STRING)
		return parse_fail(p, n, "table: %s: expected a column name, "
		    "found %s", what, parse_node_kind(n));
	if ((*out = column(t, json_node_get_string(n))) >= 0)
		return true;
	list = header_list(t);
	parse_fail(p, n, "table: no column '%s' in %s (its columns: %s)",
	    json_node_get_string(n), t->name, list);
	g_free(list);
	return false;
}

/* Which columns: the label's and the values', from the spec or by default. */
static bool
choose_columns(struct parse *p, JsonNode *tn, const struct table *t,
    int *label, GArray *values)
{
	GPtrArray	*h = g_array_index(t->rows, GPtrArray *, 0);
	JsonObject	*o = JSON_NODE_HOLDS_OBJECT(tn) ?
			    json_node_get_object(tn) : NULL;
	JsonNode	*n;
	int		 c;
	guint		 i;

	*label = 0;
	if (o != NULL && (n = json_object_get_member(o, "label")) != NULL &&
	    !named_column(p, t, n, "\"label\"", label))
		return false;
	if (o != NULL && (n = json_object_get_member(o, "value")) != NULL) {
		if (!named_column(p, t, n, "\"value\"", &c))
			return false;
		g_array_append_val(values, c);
	} else if (o != NULL &&
	    (n = json_object_get_member(o, "series")) != NULL) {
		JsonArray *a = JSON_NODE_HOLDS_ARRAY(n) ?
		    json_node_get_array(n) : NULL;

		if (a == NULL || json_array_get_length(a) == 0 ||
		    json_array_get_length(a) > 12)
			return parse_fail(p, n, "table: \"series\": expected 1 "
			    "to 12 column names");
		for (i = 0; i < json_array_get_length(a); i++) {
			if (!named_column(p, t, json_array_get_element(a, i),
			    "\"series\"", &c))
				return false;
			g_array_append_val(values, c);
		}
	} else
		for (i = 0; i < h->len && values->len < 12; i++)
			if ((int)i != *label) {
				c = (int)i;
				g_array_append_val(values, c);
			}
	if (values->len == 0)
		return table_fail(p->error, t, 1, 1, "only one column; a bar "
		    "chart needs a column of labels and one of values");
	return true;
}

/* The bars of "t": one per row, one value per chosen column. */
static bool
table_bars(struct parse *p, JsonNode *tn, const struct table *t)
{
	struct spec	*s = p->spec;
	GPtrArray	*h = g_array_index(t->rows, GPtrArray *, 0);
	GArray		*cols = g_array_new(FALSE, FALSE, sizeof(int));
	char		*unit = NULL, *u;
	int		 label;
	guint		 r, j;
	bool		 ok = false, same_unit = true, all_percent = true;

	if (!choose_columns(p, tn, t, &label, cols))
		goto out;
	s->nseries = cols->len;
	if (cols->len > 1)
		s->series = g_new0(char *, cols->len + 1);
	for (j = 0; j < cols->len; j++) {
		int	 c = g_array_index(cols, int, j);
		char	*name = header_split(((struct cell *)
			    g_ptr_array_index(h, c))->text, &u);

		if (s->series != NULL)
			s->series[j] = name;
		else
			g_free(name);
		if (j == 0)
			unit = u;
		else {
			same_unit = same_unit && g_strcmp0(u, unit) == 0;
			g_free(u);
		}
	}
	s->ndata = t->rows->len - 1;
	s->data = g_new0(struct spec_datum, s->ndata);
	for (r = 1; r < t->rows->len; r++) {
		struct spec_datum	*d = &s->data[r - 1];
		struct cell		*lc = cell_at(t, r, label);

		d->values = g_new0(struct spec_value, s->nseries);
		for (j = 0; j < s->nseries; j++)
			d->values[j].value_max = NAN;
		if (lc == NULL || *lc->text == '\0') {
			struct cell *any = cell_at(t, r, 0);

			table_fail(p->error, t, any->line, lc != NULL ? lc->col :
			    1, "row %u has no label (column '%s')", r,
			    ((struct cell *)g_ptr_array_index(h, label))->text);
			goto out;
		}
		if (g_utf8_strlen(lc->text, -1) > LABEL_LIMIT) {
			table_fail(p->error, t, lc->line, lc->col, "a label "
			    "longer than %d characters", LABEL_LIMIT);
			goto out;
		}
		d->label = g_strdup(lc->text);
		for (j = 0; j < s->nseries; j++) {
			int		 c = g_array_index(cols, int, j);
			struct cell	*vc = cell_at(t, r, c);
			const char	*why;
			bool		 pct;
			const char	*head = ((struct cell *)
					    g_ptr_array_index(h, c))->text;

			if (vc == NULL || *vc->text == '\0') {
				table_fail(p->error, t, lc->line, vc != NULL ?
				    vc->col : lc->col, "empty cell in column "
				    "'%s' (a bar needs a value: fill it, or "
				    "leave the row out)", head);
				goto out;
			}
			if (!table_number(vc->text, &d->values[j].value,
			    &d->values[j].approx, &pct, &why)) {
				table_fail(p->error, t, vc->line, vc->col, "'%s' "
				    "in column '%s': %s (digits are read, with "
				    "12,345, 1.2万, 3亿 and 30%%)", vc->text, head,
				    why);
				goto out;
			}
			all_percent = all_percent && pct;
			d->values[j].text = g_strdup(vc->text);
		}
	}
	/* The unit of the header, or % when every cell says it. */
	if (s->unit == NULL && same_unit && unit != NULL)
		s->unit = g_strdup(unit);
	else if (s->unit == NULL && all_percent)
		s->unit = g_strdup("%");
	ok = true;
out:
	g_free(unit);
	g_array_unref(cols);
	return ok;
}

bool
parse_table(struct parse *p, JsonNode *root)
{
	static const char *const members[] = {
		"path", "label", "value", "series", NULL
	};
	JsonNode	*tn = json_object_get_member(json_node_get_object(root),
			    "table");
	JsonNode	*pn = tn;
	struct table	 t;
	char		*dir, *full, *path = NULL;
	GError		*err = NULL;
	bool		 ok;

	if (JSON_NODE_HOLDS_OBJECT(tn)) {
		if (!parse_check_members(p, tn, "table", members))
			return false;
		pn = json_object_get_member(json_node_get_object(tn), "path");
		if (pn == NULL)
			return parse_fail(p, tn, "table: missing \"path\" (a CSV "
			    "or TSV file)");
		if (json_object_has_member(json_node_get_object(tn), "value") &&
		    json_object_has_member(json_node_get_object(tn), "series"))
			return parse_fail(p, tn, "table: give \"value\" (one "
			    "column) or \"series\" (several), not both");
	}
	if (!JSON_NODE_HOLDS_VALUE(pn) ||
	    json_node_get_value_type(pn) != G_TYPE_STRING ||
	    *json_node_get_string(pn) == '\0')
		return parse_fail(p, pn, "\"table\": expected a file name "
		    "(\"data.csv\") or {\"path\": …, \"label\": …, \"value\": …}, "
		    "found %s", parse_node_kind(pn));
	path = g_strdup(json_node_get_string(pn));
	dir = g_path_get_dirname(p->spec->name);
	full = g_path_is_absolute(path) || strcmp(dir, ".") == 0 ?
	    g_strdup(path) : g_build_filename(dir, path, NULL);
	g_free(dir);
	if (!table_read(&t, full, &err)) {
		/* Unreadable: placed at "table"; bad inside: placed there. */
		if (err->domain == SHUTU_ERROR && err->code ==
		    SHUTU_ERROR_INPUT && strncmp(err->message, full,
		    strlen(full)) == 0 && err->message[strlen(full)] == ':' &&
		    g_ascii_isdigit(err->message[strlen(full) + 1]))
			g_propagate_error(p->error, err);
		else {
			parse_fail(p, pn, "table: %s", err->message);
			g_error_free(err);
		}
		g_free(full);
		g_free(path);
		return false;
	}
	ok = table_bars(p, tn, &t);
	table_release(&t);
	g_free(full);
	g_free(path);
	return ok;
}
