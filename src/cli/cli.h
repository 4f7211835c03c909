/* SPDX-License-Identifier: MIT */
/*
 * Subcommands: one file each, one entry point each.  argv is a copy the
 * dispatcher owns (a strv), in UTF-8; cli_parse() may shorten it.
 */
#ifndef SHUTU_CLI_H
#define SHUTU_CLI_H

#include <stdbool.h>
#include <glib.h>

#include "shutu.h"

/* The years the extractor takes as a reference (--year). */
#define CLI_YEAR_MIN	1000
#define CLI_YEAR_MAX	2999

/* Exit statuses, documented in --help. */
enum	cli_exit {
	CLI_EXIT_OK = 0,
	CLI_EXIT_FAIL = 1,	/* bad input or failed output */
	CLI_EXIT_USAGE = 2,	/* bad command line */
};

int	 cmd_extract(int argc, char *argv[]);
int	 cmd_render(int argc, char *argv[]);
int	 cmd_fonts(int argc, char *argv[]);
int	 cmd_auto(int argc, char *argv[]);
int	 cmd_batch(int argc, char *argv[]);

/* "shutu: message" on stderr. */
void	 cli_warn(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
/* Print the error as "shutu: message", free it, return CLI_EXIT_FAIL. */
int	 cli_fail(GError *error);
/* "png,svg" -> a bit per enum shutu_format; warns and fails if unknown. */
bool	 cli_formats(const char *list, unsigned int *formats);
/*
 * Parse options with "ctx" (which this frees); on a usage error print it
 * with a hint and return false.
 */
bool	 cli_parse(GOptionContext *ctx, int *argc, char ***argv);
/*
 * "value" of "option" as a whole number (or any number) from "min" to
 * "max"; else "shutu: --year: 'abc' is not a year from 1000 to 2999"
 * ("what" is "a year") and false, a usage error.
 */
bool	 cli_int(const char *option, const char *value, long min, long max,
	    const char *what, int *out);
bool	 cli_double(const char *option, const char *value, double min,
	    double max, const char *what, double *out);
/*
 * The build tree's shutu, not installed, points the library at the
 * source tree's fonts/fonts.conf and schema/ (unless SHUTU_FONTS_CONF or
 * SHUTU_SCHEMA_DIR is set); the installed one does nothing, and holds no
 * path of the build.
 */
void	 cli_uninstalled_data(void);

/* --dpi --scale --theme --background --quality --cmyk (options.c). */
struct	cli_output {
	char		*dpi, *scale, *quality;	/* as given, or NULL */
	char		*theme, *background;
	gboolean	 cmyk;
};

/* Add the options to "ctx", writing into "o" (cleared here). */
void	 cli_output_entries(GOptionContext *ctx, struct cli_output *o);
/*
 * Check what was given against "formats" (bit per enum shutu_format) and
 * fill "out", whose strings stay "o"'s.  Returns CLI_EXIT_OK, or the
 * exit status after saying what is wrong.
 */
int	 cli_output_check(const struct cli_output *o, unsigned int formats,
	    struct shutu_render_options *out);
void	 cli_output_release(struct cli_output *o);

#endif /* SHUTU_CLI_H */
