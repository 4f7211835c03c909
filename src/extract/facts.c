/* SPDX-License-Identifier: MIT */
/*
 * The facts container: an array of facts and one GStringChunk that owns
 * every string in them, so callers never free a field.
 */
#include <math.h>
#include <string.h>

#include "extract.h"
#include "util/util.h"

struct	shutu_facts {
	GArray		*facts;		/* struct shutu_fact */
	GStringChunk	*strings;	/* owns every string */
	GPtrArray	*entities;	/* const char *, in "strings" */
	GHashTable	*entity_set;	/* name -> listed yet (0 or 1) */
	GArray		*series;	/* struct shutu_series; members and
					   measures g_malloc'd, owned here */
	const char	*source;	/* in "strings", or NULL */
	int		 year;		/* 0: unknown */
	bool		 plain;		/* no string needs escaping in JSON */
};

struct shutu_facts *
facts_new(size_t hint)
{
	struct shutu_facts	*f = g_new0(struct shutu_facts, 1);

	f->facts = g_array_sized_new(FALSE, TRUE, sizeof(struct shutu_fact),
	    (guint)MIN(hint, G_MAXUINT / 2));
	util_advise_huge(f->facts->data, MIN(hint, G_MAXUINT / 2) *
	    sizeof(struct shutu_fact));
	f->strings = g_string_chunk_new(16384);
	f->entities = g_ptr_array_new();
	f->entity_set = g_hash_table_new(g_str_hash, g_str_equal);
	f->series = g_array_new(FALSE, TRUE, sizeof(struct shutu_series));
	return f;
}

void
shutu_facts_free(struct shutu_facts *f)
{
	size_t	 i;

	if (f == NULL)
		return;
	g_array_free(f->facts, TRUE);
	g_string_chunk_free(f->strings);
	g_ptr_array_free(f->entities, TRUE);
	g_hash_table_destroy(f->entity_set);
	for (i = 0; i < f->series->len; i++)
		g_free((gpointer)g_array_index(f->series, struct shutu_series,
		    i).members);
	g_array_free(f->series, TRUE);
	g_free(f);
}

const char *
facts_intern(struct shutu_facts *f, const char *s, gssize len)
{
	if (s == NULL)
		return NULL;
	if (len < 0)
		return g_string_chunk_insert_const(f->strings, s);
	return g_string_chunk_insert_len(f->strings, s, len);
}

struct shutu_fact *
facts_add(struct shutu_facts *f, const struct shutu_fact *fact)
{
	g_array_append_vals(f->facts, fact, 1);
	return &g_array_index(f->facts, struct shutu_fact, f->facts->len - 1);
}

struct shutu_fact *
facts_get_mutable(struct shutu_facts *f, size_t i)
{
	g_return_val_if_fail(i < f->facts->len, NULL);
	return &g_array_index(f->facts, struct shutu_fact, i);
}

void
facts_set_plain(struct shutu_facts *f, bool plain)
{
	f->plain = plain;
}

bool
facts_plain(const struct shutu_facts *f)
{
	return f->plain;
}

void
facts_set_year(struct shutu_facts *f, int year)
{
	f->year = year;
}

const char *
facts_entity_name(struct shutu_facts *f, const char *name, gssize len)
{
	char		*tmp = len < 0 ? g_strdup(name) : g_strndup(name, len);
	gpointer	 key;
	const char	*s;

	if (g_hash_table_lookup_extended(f->entity_set, tmp, &key, NULL))
		s = key;
	else {
		s = g_string_chunk_insert_const(f->strings, tmp);
		g_hash_table_insert(f->entity_set, (gpointer)s,
		    GINT_TO_POINTER(0));
	}
	g_free(tmp);
	return s;
}

/* "name" must come from facts_entity_name(). */
void
facts_list_entity(struct shutu_facts *f, const char *name)
{
	if (GPOINTER_TO_INT(g_hash_table_lookup(f->entity_set, name)) != 0)
		return;
	g_hash_table_insert(f->entity_set, (gpointer)name, GINT_TO_POINTER(1));
	g_ptr_array_add(f->entities, (gpointer)name);
}

const char *
facts_add_entity(struct shutu_facts *f, const char *name, gssize len)
{
	const char	*s = facts_entity_name(f, name, len);

	facts_list_entity(f, s);
	return s;
}

size_t
shutu_facts_count(const struct shutu_facts *f)
{
	g_return_val_if_fail(f != NULL, 0);
	return f->facts->len;
}

const struct shutu_fact *
shutu_facts_get(const struct shutu_facts *f, size_t i)
{
	g_return_val_if_fail(f != NULL && i < f->facts->len, NULL);
	return &g_array_index(f->facts, struct shutu_fact, i);
}

int
shutu_facts_get_year(const struct shutu_facts *f)
{
	g_return_val_if_fail(f != NULL, 0);
	return f->year;
}

size_t
shutu_facts_entity_count(const struct shutu_facts *f)
{
	g_return_val_if_fail(f != NULL, 0);
	return f->entities->len;
}

const char *
shutu_facts_get_entity(const struct shutu_facts *f, size_t i)
{
	g_return_val_if_fail(f != NULL && i < f->entities->len, NULL);
	return g_ptr_array_index(f->entities, i);
}

const char *
shutu_facts_get_source(const struct shutu_facts *f)
{
	g_return_val_if_fail(f != NULL, NULL);
	return f->source;
}

void
shutu_facts_set_source(struct shutu_facts *f, const char *source)
{
	g_return_if_fail(f != NULL);
	f->source = source != NULL ?
	    g_string_chunk_insert_const(f->strings, source) : NULL;
}

void
facts_add_series(struct shutu_facts *f, const struct shutu_series *s,
    const struct shutu_series_member *members)
{
	struct shutu_series	 c = *s;
	char			 id[24];

	g_snprintf(id, sizeof id, "s%u", f->series->len + 1);
	c.id = facts_intern(f, id, -1);
	c.members = g_memdup2(members, s->nmembers * sizeof *members);
	g_array_append_val(f->series, c);
}

size_t
shutu_facts_series_count(const struct shutu_facts *f)
{
	g_return_val_if_fail(f != NULL, 0);
	return f->series->len;
}

const struct shutu_series *
shutu_facts_get_series(const struct shutu_facts *f, size_t i)
{
	g_return_val_if_fail(f != NULL && i < f->series->len, NULL);
	return &g_array_index(f->series, struct shutu_series, i);
}

static const char *const approx_names[] = {
	[SHUTU_APPROX_EXACT] = "exact",
	[SHUTU_APPROX_OVER] = "over",
	[SHUTU_APPROX_UNDER] = "under",
	[SHUTU_APPROX_ABOUT] = "about",
};

static const char *const dim_names[] = {
	[SHUTU_DIM_COUNT] = "count",
	[SHUTU_DIM_LENGTH] = "length",
	[SHUTU_DIM_AREA] = "area",
	[SHUTU_DIM_VOLUME] = "volume",
	[SHUTU_DIM_MASS] = "mass",
	[SHUTU_DIM_MONEY] = "money",
	[SHUTU_DIM_PERCENT] = "percent",
	[SHUTU_DIM_FRACTION] = "fraction",
	[SHUTU_DIM_DURATION] = "duration",
	[SHUTU_DIM_OTHER] = "other",
};

static const char *const precision_names[] = {
	[SHUTU_PRECISION_DAY] = "day",
	[SHUTU_PRECISION_MONTH] = "month",
	[SHUTU_PRECISION_YEAR] = "year",
	[SHUTU_PRECISION_SEASON] = "season",
	[SHUTU_PRECISION_PART] = "part",
};

const char *
shutu_approx_name(enum shutu_approx a)
{
	return (size_t)a < G_N_ELEMENTS(approx_names) ? approx_names[a] : NULL;
}

const char *
shutu_dim_name(enum shutu_dim d)
{
	return (size_t)d < G_N_ELEMENTS(dim_names) ? dim_names[d] : NULL;
}

const char *
shutu_precision_name(enum shutu_precision p)
{
	return (size_t)p < G_N_ELEMENTS(precision_names) ?
	    precision_names[p] : NULL;
}

static const char *const status_names[] = {
	[SHUTU_STATUS_ACTUAL] = "actual",
	[SHUTU_STATUS_TARGET] = "target",
	[SHUTU_STATUS_ESTIMATE] = "estimate",
};

static const char *const role_names[] = {
	[SHUTU_ROLE_LEVEL] = "level",
	[SHUTU_ROLE_CHANGE] = "change",
	[SHUTU_ROLE_SHARE] = "share",
};

static const char *const series_kind_names[] = {
	[SHUTU_SERIES_CATEGORIES] = "categories",
	[SHUTU_SERIES_MEASURES] = "measures",
	[SHUTU_SERIES_YEARS] = "years",
	[SHUTU_SERIES_PARTS] = "parts",
};

const char *
shutu_status_name(enum shutu_status s)
{
	return (size_t)s < G_N_ELEMENTS(status_names) ? status_names[s] : NULL;
}

const char *
shutu_role_name(enum shutu_role r)
{
	return (size_t)r < G_N_ELEMENTS(role_names) ? role_names[r] : NULL;
}

const char *
shutu_series_kind_name(enum shutu_series_kind k)
{
	return (size_t)k < G_N_ELEMENTS(series_kind_names) ?
	    series_kind_names[k] : NULL;
}
