/* SPDX-License-Identifier: MIT */
/* Shared helpers: errors, files written atomically, UTF-8. */
#ifndef SHUTU_UTIL_H
#define SHUTU_UTIL_H

#include <stdbool.h>
#include <stdio.h>
#include <json-glib/json-glib.h>

#include "shutu.h"

/* The largest input read: far past any article or spec. */
#define UTIL_INPUT_MAX	(1024 << 20)

/*
 * Ask for huge pages for the large block "p" of "n" bytes that is about
 * to be filled (Linux; elsewhere nothing).  A hint: never fails.
 */
void		 util_advise_huge(void *p, size_t n);

/*
 * Read a whole file ("-": standard input) as bytes; "*out" ends in a NUL
 * not counted in "*len".  Errors name the path.
 */
bool		 util_read_file(const char *path, char **out, size_t *len,
		    GError **error);
/*
 * Check "text" is UTF-8 without NUL bytes; the error gives the byte
 * offset and the line and column of the first bad byte.
 */
bool		 util_check_utf8(const char *name, const char *text,
		    size_t len, GError **error);

/*
 * An output file written unnamed (O_TMPFILE) in the target's folder, or
 * to a hidden temporary there, and renamed into place by
 * util_output_commit(); util_output_abort() or a crash leaves no file
 * under the final name, and, on Linux, none at all.  "-" writes to
 * standard output.
 */
struct	util_output {
	FILE		*fp;
	char		*path;		/* final name */
	char		*tmp;		/* temporary, NULL for stdout */
	bool		 direct;	/* a device: written in place */
	bool		 unnamed;	/* O_TMPFILE: named at commit */
	int		 write_errno;	/* of the first failed write, or 0 */
};

bool		 util_output_open(struct util_output *, const char *path,
		    GError **error);
bool		 util_output_commit(struct util_output *, GError **error);
void		 util_output_abort(struct util_output *);
/* Write "len" bytes to "path" atomically. */
bool		 util_write_file(const char *path, const void *data,
		    size_t len, GError **error);

/*
 * JSON parsed with the position of every node, so that errors in a
 * spec can say "spec.json:12:5: ...".
 */
struct	util_json {
	JsonParser	*parser;
	GHashTable	*where;		/* JsonNode * -> packed line/column */
	char		*name;		/* file name for messages */
};

bool		 util_json_load(struct util_json *, const char *name,
		    const char *data, gssize len, GError **error);
void		 util_json_release(struct util_json *);
JsonNode	*util_json_root(const struct util_json *);
/* Set "error" to "name:line:col: message" for "node" (NULL: no place). */
void		 util_json_error(const struct util_json *, GError **error,
		    int code, JsonNode *node, const char *fmt, ...)
		    G_GNUC_PRINTF(5, 6);

#endif /* SHUTU_UTIL_H */
