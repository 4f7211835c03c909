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

#endif /* SHUTU_CLI_H */
