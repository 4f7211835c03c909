/* SPDX-License-Identifier: MIT */
/*
 * Golden tests of the extractor.
 *
 * 1. Every tests/gold/NAME.json (hand annotations, the format of the
 *    shared eval's gold files) is scored the way eval/score.py does:
 *    intervals overlap and values agree, matched one-to-one, largest
 *    overlap first; precision, recall and F1 for quantities and dates,
 *    and the accuracy of labels and entities.  A score below the floor
 *    for NAME in tests/gold/floors.txt fails.
 * 2. Every samples/NAME.txt is extracted and compared byte for byte
 *    with tests/golden/NAME.json.  SHUTU_REGEN=1 rewrites the files.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "shutu.h"
#include "testutil.h"

#define REL_TOL	1e-6

struct	gfact {
	bool		 date;
	size_t		 start, end;	/* code points */
	double		 value, tol;
	char		*iso;
	char		*label;
	GPtrArray	*entities;	/* acceptable, NULL among them: none */
};

struct	span {
	size_t		 start, end;
};

struct	gold {
	char		*name;
	char		*article;
	int		 year;
	GArray		*facts;		/* struct gfact */
	GArray		*optional;	/* struct span */
};

struct	floors {
	double		 qf1, df1, label, entity;
};

static char *
read_text(const char *path)
{
	char	*text = NULL;
	GError	*error = NULL;

	g_assert_true(g_file_get_contents(path, &text, NULL, &error));
	g_assert_no_error(error);
	return text;
}

/* Where "quote" stands (exactly once) and "span" in it, in code points. */
static void
locate(const char *text, JsonObject *o, const char *where, size_t *start,
    size_t *end)
{
	const char	*quote = json_object_get_string_member(o, "quote");
	const char	*span = json_object_get_string_member(o, "span");
	const char	*q, *s;

	g_assert_nonnull(quote);
	g_assert_nonnull(span);
	q = strstr(text, quote);
	if (q == NULL)
		g_error("%s: quote not in the article: %s", where, quote);
	s = strstr(q, span);
	if (s == NULL || s >= q + strlen(quote))
		g_error("%s: span not in the quote: %s", where, span);
	*start = (size_t)g_utf8_pointer_to_offset(text, s);
	*end = *start + (size_t)g_utf8_strlen(span, -1);
}

/* "entity": a name, null, or a list of them. */
static GPtrArray *
gold_entities(JsonObject *o)
{
	GPtrArray	*out = g_ptr_array_new_with_free_func(g_free);
	JsonNode	*n = json_object_get_member(o, "entity");
	JsonArray	*arr;
	size_t		 i;

	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		g_ptr_array_add(out, NULL);
	else if (JSON_NODE_HOLDS_ARRAY(n)) {
		arr = json_node_get_array(n);
		for (i = 0; i < json_array_get_length(arr); i++) {
			JsonNode	*e = json_array_get_element(arr, i);

			g_ptr_array_add(out, JSON_NODE_HOLDS_NULL(e) ? NULL :
			    g_strdup(json_node_get_string(e)));
		}
	} else
		g_ptr_array_add(out, g_strdup(json_node_get_string(n)));
	return out;
}

static struct gold *
gold_load(const char *path)
{
	struct gold	*g = g_new0(struct gold, 1);
	JsonParser	*parser = json_parser_new();
	GError		*error = NULL;
	JsonObject	*root, *o;
	JsonArray	*arr;
	char		*dir, *text, *base;
	const char	*rel;
	size_t		 i;

	g_assert_true(json_parser_load_from_file(parser, path, &error));
	g_assert_no_error(error);
	root = json_node_get_object(json_parser_get_root(parser));
	base = g_path_get_basename(path);
	g->name = g_strndup(base, strlen(base) - strlen(".json"));
	g_free(base);
	rel = json_object_get_string_member(root, "article");
	dir = g_path_get_dirname(path);
	g->article = g_path_is_absolute(rel) ? g_strdup(rel) :
	    g_build_filename(dir, rel, NULL);
	g_free(dir);
	g->year = json_object_has_member(root, "year") ?
	    (int)json_object_get_int_member(root, "year") : 0;
	text = read_text(g->article);
	g->facts = g_array_new(FALSE, TRUE, sizeof(struct gfact));
	g->optional = g_array_new(FALSE, TRUE, sizeof(struct span));
	arr = json_object_get_array_member(root, "facts");
	for (i = 0; i < json_array_get_length(arr); i++) {
		struct gfact	 f;

		memset(&f, 0, sizeof f);
		o = json_array_get_object_element(arr, i);
		locate(text, o, g->name, &f.start, &f.end);
		f.date = strcmp(json_object_get_string_member(o, "kind"),
		    "date") == 0;
		if (f.date)
			f.iso = g_strdup(json_object_get_string_member(o,
			    "date"));
		else {
			f.value = json_object_get_double_member(o, "value");
			f.tol = json_object_has_member(o, "tol") ?
			    json_object_get_double_member(o, "tol") : 0;
			if (json_object_has_member(o, "label") &&
			    !json_object_get_null_member(o, "label"))
				f.label = g_strdup(
				    json_object_get_string_member(o, "label"));
			f.entities = gold_entities(o);
		}
		g_array_append_val(g->facts, f);
	}
	if (json_object_has_member(root, "optional")) {
		arr = json_object_get_array_member(root, "optional");
		for (i = 0; i < json_array_get_length(arr); i++) {
			struct span	 s;

			locate(text, json_array_get_object_element(arr, i),
			    g->name, &s.start, &s.end);
			g_array_append_val(g->optional, s);
		}
	}
	g_free(text);
	g_object_unref(parser);
	return g;
}

static void
gold_free(struct gold *g)
{
	size_t	 i;

	for (i = 0; i < g->facts->len; i++) {
		g_free(g_array_index(g->facts, struct gfact, i).iso);
		g_free(g_array_index(g->facts, struct gfact, i).label);
		if (g_array_index(g->facts, struct gfact, i).entities != NULL)
			g_ptr_array_free(g_array_index(g->facts, struct gfact,
			    i).entities, TRUE);
	}
	g_array_free(g->facts, TRUE);
	g_array_free(g->optional, TRUE);
	g_free(g->name);
	g_free(g->article);
	g_free(g);
}

/* NFKC without spaces, as score.py's norm(). */
static char *
norm(const char *s)
{
	char		*n = g_utf8_normalize(s != NULL ? s : "", -1,
	    G_NORMALIZE_NFKC);
	GString		*out = g_string_new(NULL);
	const char	*p;

	for (p = n; *p != '\0'; p = g_utf8_next_char(p))
		if (!g_unichar_isspace(g_utf8_get_char(p)))
			g_string_append_unichar(out, g_utf8_get_char(p));
	g_free(n);
	return g_string_free(out, FALSE);
}

/* Containment, or a character-overlap F1 of at least 0.6. */
static bool
label_match(const char *sys, const char *gold)
{
	char		*a = norm(sys), *b = norm(gold);
	GHashTable	*ca = g_hash_table_new(NULL, NULL);
	const char	*p;
	size_t		 la, lb, common = 0;
	bool		 ok;

	la = (size_t)g_utf8_strlen(a, -1);
	lb = (size_t)g_utf8_strlen(b, -1);
	if (la == 0 || lb == 0)
		ok = false;
	else if (strstr(a, b) != NULL || strstr(b, a) != NULL)
		ok = true;
	else {
		for (p = a; *p != '\0'; p = g_utf8_next_char(p)) {
			gpointer	 k = GUINT_TO_POINTER(g_utf8_get_char(p));

			g_hash_table_insert(ca, k, GUINT_TO_POINTER(
			    GPOINTER_TO_UINT(g_hash_table_lookup(ca, k)) + 1));
		}
		for (p = b; *p != '\0'; p = g_utf8_next_char(p)) {
			gpointer	 k = GUINT_TO_POINTER(g_utf8_get_char(p));
			unsigned int	 v = GPOINTER_TO_UINT(
			    g_hash_table_lookup(ca, k));

			if (v > 0) {
				common++;
				g_hash_table_insert(ca, k,
				    GUINT_TO_POINTER(v - 1));
			}
		}
		if (common == 0)
			ok = false;
		else {
			double	 pr = (double)common / la;
			double	 rc = (double)common / lb;

			ok = 2 * pr * rc / (pr + rc) >= 0.6;
		}
	}
	g_hash_table_destroy(ca);
	g_free(a);
	g_free(b);
	return ok;
}

/* The name without generic suffixes (办事处, 有限公司, 市…), as score.py. */
static char *
entity_core(const char *name)
{
	static const char *const generic[] = {
		"股份有限公司", "有限责任公司", "有限公司", "街道办事处", "办事处",
		"管委会", "公司", "街道", "社区", "小区", "省", "市", "区", "县",
		"镇", "乡", "村",
	};
	char	*s = norm(name);
	size_t	 i, len, n;
	bool	 changed = true;

	while (changed) {
		changed = false;
		for (i = 0; i < G_N_ELEMENTS(generic); i++) {
			len = strlen(s);
			n = strlen(generic[i]);
			if (len > n && strcmp(s + len - n, generic[i]) == 0) {
				s[len - n] = '\0';
				changed = true;
			}
		}
	}
	return s;
}

/*
 * Equal once generic suffixes are stripped, or one (of two characters or
 * more) contains the other; null matches null.
 */
static bool
entity_match(const char *sys, const GPtrArray *gold)
{
	char	*se = sys != NULL ? entity_core(sys) : g_strdup(""), *ge;
	size_t	 i, ls = (size_t)g_utf8_strlen(se, -1), lg;
	bool	 ok = false;

	for (i = 0; i < gold->len && !ok; i++) {
		const char	*alt = g_ptr_array_index(gold, i);

		ge = alt != NULL ? entity_core(alt) : g_strdup("");
		lg = (size_t)g_utf8_strlen(ge, -1);
		if (lg == 0)
			ok = ls == 0;
		else
			ok = strcmp(se, ge) == 0 || (MIN(ls, lg) >= 2 &&
			    (strstr(se, ge) != NULL || strstr(ge, se) != NULL));
		g_free(ge);
	}
	g_free(se);
	return ok;
}

static bool
values_equal(double sv, double gv, double tol)
{
	tol = tol > REL_TOL ? tol : REL_TOL;
	if (gv == 0)
		return fabs(sv) <= 1e-9;
	return fabs(sv - gv) <= tol * fabs(gv);
}

struct	cand {
	size_t		 ov, gstart, sstart, si, gi;
};

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand	*x = a, *y = b;

	if (x->ov != y->ov)
		return x->ov > y->ov ? -1 : 1;
	if (x->gstart != y->gstart)
		return x->gstart < y->gstart ? -1 : 1;
	if (x->sstart != y->sstart)
		return x->sstart < y->sstart ? -1 : 1;
	return 0;
}

/* Scores of one kind: F1, and label and entity accuracy for quantities. */
static void
score_kind(const struct shutu_facts *facts, const struct gold *g, bool date,
    double *f1, double *label_acc, double *entity_acc)
{
	GArray			*cands = g_array_new(FALSE, FALSE,
	    sizeof(struct cand));
	size_t			 ns = shutu_facts_count(facts), ng = g->facts->len;
	bool			*sm = g_new0(bool, ns), *gm = g_new0(bool, ng);
	size_t			 i, j, tp = 0, fp = 0, fn = 0, lab = 0, ent = 0;
	const struct shutu_fact	*s;
	const struct gfact	*gf;
	double			 p, r;

	for (i = 0; i < ns; i++) {
		s = shutu_facts_get(facts, i);
		if ((s->kind == SHUTU_FACT_DATE) != date)
			continue;
		for (j = 0; j < ng; j++) {
			struct cand	 c;
			size_t		 lo, hi;

			gf = &g_array_index(g->facts, struct gfact, j);
			if (gf->date != date)
				continue;
			lo = s->start > gf->start ? s->start : gf->start;
			hi = s->end < gf->end ? s->end : gf->end;
			if (hi <= lo)
				continue;
			if (date ? strcmp(s->date, gf->iso) != 0 :
			    !values_equal(s->value, gf->value, gf->tol))
				continue;
			c.ov = hi - lo;
			c.gstart = gf->start;
			c.sstart = s->start;
			c.si = i;
			c.gi = j;
			g_array_append_val(cands, c);
		}
	}
	qsort(cands->data, cands->len, sizeof(struct cand), cand_cmp);
	for (i = 0; i < cands->len; i++) {
		const struct cand	*c = &g_array_index(cands, struct cand, i);

		if (sm[c->si] || gm[c->gi])
			continue;
		sm[c->si] = gm[c->gi] = true;
		tp++;
		gf = &g_array_index(g->facts, struct gfact, c->gi);
		s = shutu_facts_get(facts, c->si);
		if (!date && label_match(s->label, gf->label))
			lab++;
		if (!date && entity_match(s->entity, gf->entities))
			ent++;
		else if (!date)
			g_test_message("%s: entity '%s'@%zu is %s", g->name,
			    s->text, s->start, s->entity != NULL ? s->entity :
			    "null");
	}
	for (i = 0; i < ns; i++) {
		s = shutu_facts_get(facts, i);
		if ((s->kind == SHUTU_FACT_DATE) != date || sm[i])
			continue;
		for (j = 0; j < g->optional->len; j++) {
			const struct span	*o = &g_array_index(g->optional,
			    struct span, j);

			if (s->start < o->end && o->start < s->end)
				break;
		}
		if (j == g->optional->len) {
			fp++;
			g_test_message("%s: spurious %s '%s'@%zu", g->name,
			    date ? "date" : "quantity", s->text, s->start);
		}
	}
	for (j = 0; j < ng; j++) {
		gf = &g_array_index(g->facts, struct gfact, j);
		if (gf->date == date && !gm[j]) {
			fn++;
			g_test_message("%s: missed %s @%zu", g->name,
			    date ? "date" : "quantity", gf->start);
		}
	}
	p = tp + fp > 0 ? (double)tp / (tp + fp) : 0;
	r = tp + fn > 0 ? (double)tp / (tp + fn) : 0;
	*f1 = p + r > 0 ? 2 * p * r / (p + r) : (tp + fp + fn == 0 ? 1 : 0);
	*label_acc = tp > 0 ? (double)lab / tp : 1;
	*entity_acc = tp > 0 ? (double)ent / tp : 1;
	g_array_free(cands, TRUE);
	g_free(sm);
	g_free(gm);
}

/*
 * tests/gold/floors.txt: "name qF1 dF1 labelAcc entityAcc" per line,
 * # comments.
 */
static bool
floors_get(const char *name, struct floors *fl)
{
	char	*path = test_source_path("tests/gold/floors.txt");
	char	*text = read_text(path), **lines, nm[128];
	size_t	 i;
	bool	 found = false;

	lines = g_strsplit(text, "\n", -1);
	for (i = 0; lines[i] != NULL && !found; i++) {
		if (lines[i][0] == '#')
			continue;
		if (sscanf(lines[i], "%127s %lf %lf %lf %lf", nm, &fl->qf1,
		    &fl->df1, &fl->label, &fl->entity) == 5 &&
		    strcmp(nm, name) == 0)
			found = true;
	}
	g_strfreev(lines);
	g_free(text);
	g_free(path);
	return found;
}

static void
test_gold(gconstpointer data)
{
	const char		*path = data;
	struct gold		*g = gold_load(path);
	struct shutu_facts	*facts;
	struct floors		 fl;
	GError			*error = NULL;
	double			 qf1, df1, la, ea, dummy, dummy2;

	facts = shutu_facts_extract_file(g->article, g->year, &error);
	g_assert_no_error(error);
	score_kind(facts, g, false, &qf1, &la, &ea);
	score_kind(facts, g, true, &df1, &dummy, &dummy2);
	g_test_message("%s: quantity F1 %.3f date F1 %.3f label-acc %.3f "
	    "entity-acc %.3f", g->name, qf1, df1, la, ea);
	if (!floors_get(g->name, &fl))
		g_error("%s: no floor in tests/gold/floors.txt", g->name);
	g_assert_cmpfloat(qf1, >=, fl.qf1);
	g_assert_cmpfloat(df1, >=, fl.df1);
	g_assert_cmpfloat(la, >=, fl.label);
	g_assert_cmpfloat(ea, >=, fl.entity);
	shutu_facts_free(facts);
	gold_free(g);
}

/* The reference year of a sample: its gold file's, else 0. */
static int
sample_year(const char *name)
{
	char		*rel = g_strdup_printf("tests/gold/%s.json", name);
	char		*path = test_source_path(rel);
	JsonParser	*parser;
	JsonObject	*root;
	int		 year = 0;

	if (g_file_test(path, G_FILE_TEST_EXISTS)) {
		parser = json_parser_new();
		if (json_parser_load_from_file(parser, path, NULL)) {
			root = json_node_get_object(
			    json_parser_get_root(parser));
			if (json_object_has_member(root, "year"))
				year = (int)json_object_get_int_member(root,
				    "year");
		}
		g_object_unref(parser);
	}
	g_free(rel);
	g_free(path);
	return year;
}

static void
test_golden(gconstpointer data)
{
	const char		*name = data;
	char			*rel = g_strdup_printf("samples/%s.txt", name);
	char			*article = test_source_path(rel);
	char			*grel = g_strdup_printf("tests/golden/%s.json",
	    name);
	char			*golden = test_source_path(grel);
	struct shutu_facts	*facts;
	GError			*error = NULL;
	char			*json, *want = NULL;

	facts = shutu_facts_extract_file(article, sample_year(name), &error);
	g_assert_no_error(error);
	/* The source as a relative path, so the files do not name a clone. */
	shutu_facts_set_source(facts, rel);
	json = shutu_facts_to_json(facts);
	if (g_getenv("SHUTU_REGEN") != NULL) {
		g_assert_true(g_file_set_contents(golden, json, -1, &error));
		g_assert_no_error(error);
	} else {
		if (!g_file_get_contents(golden, &want, NULL, NULL))
			g_error("%s missing: run with SHUTU_REGEN=1", grel);
		/* Bytes, not parsed: the output must be the same bytes. */
		if (strcmp(json, want) != 0)
			g_error("%s differs from the extractor's output; read "
			    "the diff, then SHUTU_REGEN=1", grel);
	}
	g_free(want);
	g_free(json);
	shutu_facts_free(facts);
	g_free(golden);
	g_free(grel);
	g_free(article);
	g_free(rel);
}

static GPtrArray *
list_dir(const char *rel, const char *suffix)
{
	char		*dir = test_source_path(rel);
	GPtrArray	*out = g_ptr_array_new_with_free_func(g_free);
	GDir		*d;
	const char	*name;

	if ((d = g_dir_open(dir, 0, NULL)) != NULL) {
		while ((name = g_dir_read_name(d)) != NULL)
			if (g_str_has_suffix(name, suffix))
				g_ptr_array_add(out, g_strndup(name,
				    strlen(name) - strlen(suffix)));
		g_dir_close(d);
	}
	g_free(dir);
	return out;
}

static int
cmp_str(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
main(int argc, char *argv[])
{
	GPtrArray	*gold, *samples;
	size_t		 i;
	int		 rc;

	g_test_init(&argc, &argv, NULL);
	gold = list_dir("tests/gold", ".json");
	samples = list_dir("samples", ".txt");
	g_ptr_array_sort(gold, cmp_str);
	g_ptr_array_sort(samples, cmp_str);
	for (i = 0; i < gold->len; i++) {
		char	*rel = g_strdup_printf("tests/gold/%s.json",
		    (char *)g_ptr_array_index(gold, i));
		char	*tname = g_strdup_printf("/gold/%s",
		    (char *)g_ptr_array_index(gold, i));

		g_test_add_data_func_full(tname, test_source_path(rel),
		    test_gold, g_free);
		g_free(tname);
		g_free(rel);
	}
	for (i = 0; i < samples->len; i++) {
		char	*tname = g_strdup_printf("/golden/%s",
		    (char *)g_ptr_array_index(samples, i));

		g_test_add_data_func(tname, g_ptr_array_index(samples, i),
		    test_golden);
		g_free(tname);
	}
	rc = g_test_run();
	g_ptr_array_free(gold, TRUE);
	g_ptr_array_free(samples, TRUE);
	return rc;
}
