/* SPDX-License-Identifier: MIT */
/*
 * Private to spec/: the parser state and the checked getters that every
 * chart type's parser (spec.c, timeline.c, infographic.c) uses, so that
 * all errors read alike: "file:line:col: what: expected …, found …".
 */
#ifndef SHUTU_SPEC_PARSE_H
#define SHUTU_SPEC_PARSE_H

#include "spec.h"
#include "util/util.h"

/* Beyond 千万亿 no report figure goes; bigger is a typo or an attack. */
#define VALUE_LIMIT	1e15
#define LABEL_LIMIT	2000		/* characters in one string */

struct	parse {
	struct util_json	 json;
	struct spec		*spec;
	GError			**error;
};

extern const char *const parse_approx_names[];	/* exact over under about */

/* Set the error at "node" (its line and column); returns false. */
bool		 parse_fail(struct parse *, JsonNode *node, const char *fmt,
		    ...) G_GNUC_PRINTF(3, 4);
/* "a string", "an array", … for messages. */
const char	*parse_node_kind(JsonNode *);
bool		 parse_is_number(JsonNode *);
/* Unknown members of an object are errors (typos are common). */
bool		 parse_check_members(struct parse *, JsonNode *obj,
		    const char *what, const char *const *allowed);
/*
 * Optional members of object "obj": absent or null leaves "*out" as it
 * was.  Numbers must be finite and within VALUE_LIMIT; "required" makes
 * absence an error naming "what".
 */
bool		 parse_string(struct parse *, JsonNode *obj, const char *key,
		    char **out);
bool		 parse_number(struct parse *, JsonNode *obj, const char *key,
		    double *out, bool required, const char *what);
bool		 parse_bool(struct parse *, JsonNode *obj, const char *key,
		    bool *out);
/* One of "names" (NULL-terminated); "*out" becomes its index. */
bool		 parse_enum(struct parse *, JsonNode *obj, const char *key,
		    const char *const *names, int *out);
/* "key" (value), value_max, approx and text of one value. */
bool		 parse_value(struct parse *, JsonNode *obj,
		    struct spec_value *v, const char *what, const char *key);

/*
 * The facts of "kind" that the spec's "facts" file and "select" choose,
 * borrowed from "*owner" (shutu_facts_free it after use).  NULL with the
 * error set when the file is bad or nothing matches.
 */
GPtrArray	*parse_facts(struct parse *, JsonNode *root,
		    enum shutu_fact_kind kind, struct shutu_facts **owner);

/*
 * An infographic's "timeline" block ("block"): {"title", "events"} or
 * {"title", "select"} choosing date facts of the spec's "facts" file.
 */
bool		 parse_timeline_block(struct parse *, JsonNode *root,
		    JsonNode *block);

/*
 * A bar chart's "table": a CSV or TSV file, its labels and values
 * (spec/table.c).  Errors inside the file name its line and column.
 */
bool		 parse_table(struct parse *, JsonNode *root);
/*
 * One cell as a number: 12,345, 1.2万, 3亿, 30%, −5, ３００, 300余, 约18.
 * False with "*why" (static) saying what it is instead.
 */
bool		 table_number(const char *cell, double *out,
		    enum shutu_approx *approx, bool *percent,
		    const char **why);

/* The members of each chart type, after the common ones. */
bool		 parse_timeline(struct parse *, JsonNode *root);
bool		 parse_infographic(struct parse *, JsonNode *root);
bool		 parse_line(struct parse *, JsonNode *root);
bool		 parse_share(struct parse *, JsonNode *root);

/* Line and share charts (spec/line.c). */
/* "series": 1 to 12 names, or absent (one series). */
bool		 parse_series_names(struct parse *, JsonNode *root);
/* Members of the root that "type" (line charts) has no use for. */
bool		 parse_foreign(struct parse *, JsonNode *root,
		    const char *const *names, const char *type);
bool		 parse_is_percent(const char *unit);
/*
 * The "unit" of datum "e", which must be "*common" if one was seen
 * ("*first" is where); the first seen becomes "*common" (g_free).
 */
bool		 parse_unit_of(struct parse *, JsonNode *e, const char *what,
		    JsonNode **first, char **common);
/*
 * The data's common "*unit" (from parse_unit_of; "first" says where)
 * agrees with the chart's "unit", or becomes it (taking "*unit").
 */
bool		 parse_chart_unit(struct parse *, struct spec *s,
		    JsonNode *first, char **unit);

#endif /* SHUTU_SPEC_PARSE_H */
