/* SPDX-License-Identifier: MIT */
/* Subcommands: one file each, one entry point each. */
#ifndef SHUTU_CLI_H
#define SHUTU_CLI_H

#include <stdbool.h>
#include <glib.h>

#include "shutu.h"

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

/* --dpi --scale --theme --background --quality --cmyk (options.c). */
struct	cli_output {
	double		 dpi, scale;
	char		*theme, *background;
	int		 quality;
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
