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
 * "one" or "many" as "n" asks: "1 bar does not fit", "2 bars do not
 * fit" — util_plural(n, "bar does", "bars do").
 */
static inline const char *
util_plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* An article's title: its first heading or short first line (g_free). */
char		*util_title(const char *text);

/*
 * What an input holds.  Articles, specs and data tables must be UTF-8
 * text (a byte order mark is allowed and skipped); everything else is
 * named in the error, with what to do about it.
 */
enum	util_input_kind {
	UTIL_INPUT_TEXT,	/* UTF-8, with or without a BOM */
	UTIL_INPUT_NOT_UTF8,	/* text in an encoding not told apart */
	UTIL_INPUT_GB18030,	/* GB 18030, GBK or GB 2312 Chinese text */
	UTIL_INPUT_UTF16,	/* UTF-16 or UTF-32, with or without a BOM */
	UTIL_INPUT_DOCUMENT,	/* .docx .xlsx .pptx .odt .ods .doc .pdf .rtf */
	UTIL_INPUT_IMAGE,	/* PNG, JPEG, GIF */
	UTIL_INPUT_BINARY,	/* NUL bytes, ZIP, gzip, a program */
};

struct	util_sniff {
	enum util_input_kind	 kind;
	size_t			 bom;	/* bytes of a UTF-8 BOM to skip: 0, 3 */
	const char		*what;	/* "a Word document (.docx)", static;
					   NULL for text */
};

/*
 * Look at the "len" bytes of "data", read from "name" ("<stdin>" and
 * other names in <> are not files, so no command is suggested for them).
 * True for UTF-8 text without NUL bytes: then "sn->bom" (if "sn" is not
 * NULL) says how many bytes to skip.  Otherwise false, with "sn" saying
 * what it is and "error" one line such as
 *   a.txt: not UTF-8 but GB 18030 (GBK) text; convert it with 'iconv -f
 *   GB18030 -t UTF-8 a.txt > a-utf8.txt'
 *   a.docx: a Word document (.docx), not text; save it as UTF-8 text …
 *   a.txt:3:7: not UTF-8 (byte 0xe9 at byte offset 52)
 */
bool		 util_sniff_input(const char *name, const char *data,
		    size_t len, struct util_sniff *sn, GError **error);

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
	const char	*data;		/* the text parsed: borrowed, so it */
	size_t		 len;		/* must outlive util_json_release() */
};

/*
 * Parse "data" (kept, borrowed, for the columns of later errors).  A
 * UTF-8 BOM is skipped; input that is not UTF-8 text is named as
 * util_sniff_input() does; bad JSON gets "name:line:col: invalid JSON:
 * what" in our words.
 */
bool		 util_json_load(struct util_json *, const char *name,
		    const char *data, gssize len, GError **error);
void		 util_json_release(struct util_json *);
JsonNode	*util_json_root(const struct util_json *);
/* Set "error" to "name:line:col: message" for "node" (NULL: no place). */
void		 util_json_error(const struct util_json *, GError **error,
		    int code, JsonNode *node, const char *fmt, ...)
		    G_GNUC_PRINTF(5, 6);

#endif /* SHUTU_UTIL_H */
