/* SPDX-License-Identifier: MIT */
/* shutu: dispatch to a subcommand. */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct command {
	const char	*name;
	int		(*run)(int, char *[]);
	const char	*summary;
} commands[] = {
	{ "extract",	cmd_extract,	"numeric facts and dated events of articles, as JSON, CSV or a table" },
	{ "render",	cmd_render,	"draw chart specs and tables to PNG, SVG, PDF or JPEG" },
	{ "auto",	cmd_auto,	"from articles to a finished set of charts and a gallery" },
	{ "batch",	cmd_batch,	"many specs and articles at once, in parallel" },
	{ "fonts",	cmd_fonts,	"which fonts shutu uses; which characters no font covers" },
};

static void
usage(FILE *fp)
{
	size_t	 i;

	fprintf(fp, "usage: shutu COMMAND [OPTION…] [ARG…]\n\n"
	    "shutu (数图) turns Chinese articles into numeric facts and "
	    "publication-ready charts.\n\ncommands:\n");
	for (i = 0; i < G_N_ELEMENTS(commands); i++)
		fprintf(fp, "  %-9s %s\n", commands[i].name,
		    commands[i].summary);
	fprintf(fp, "\n'shutu help COMMAND' (or 'shutu COMMAND --help') "
	    "describes a command; 'man shutu'\nhas the whole manual.  "
	    "-V, --version prints the version.\n"
	    "Exit status: 0 success, 1 bad input or failed output, "
	    "2 usage error.\n");
}

void
cli_warn(const char *fmt, ...)
{
	va_list	 ap;

	fputs("shutu: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
cli_fail(GError *error)
{
	cli_warn("%s", error->message);
	g_error_free(error);
	return CLI_EXIT_FAIL;
}

bool
cli_formats(const char *list, unsigned int *formats)
{
	char	**names = g_strsplit(list, ",", -1);
	size_t	 i;
	bool	 ok = true;

	*formats = 0;
	for (i = 0; names[i] != NULL && ok; i++) {
		enum shutu_format	 f;
		char			*n = g_strstrip(names[i]);

		if (!shutu_format_from_name(n, &f)) {
			cli_warn("--format: unknown format '%s' (expected "
			    "png, svg, pdf or jpg)", n);
			ok = false;
		} else
			*formats |= 1u << f;
	}
	g_strfreev(names);
	return ok;
}

bool
cli_parse(GOptionContext *ctx, int *argc, char ***argv)
{
	GError	*error = NULL;
	char	*cmd = g_strdup((*argv)[0]);
	bool	 ok;

	/* The strv form: "argv" is our copy, and what it drops it frees. */
	ok = g_option_context_parse_strv(ctx, argv, &error);
	*argc = (int)g_strv_length(*argv);
	if (!ok) {
		char	*m = error->message;

		/* GOption's "Unknown option --x": our messages start low. */
		if (g_ascii_isupper(m[0]) && g_ascii_islower(m[1]))
			m[0] = g_ascii_tolower(m[0]);
		cli_warn("%s (see 'shutu %s --help')", m, cmd);
		g_error_free(error);
	}
	g_free(cmd);
	g_option_context_free(ctx);
	return ok;
}

bool
cli_int(const char *option, const char *value, long min, long max,
    const char *what, int *out)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(value, &end, 10);
	if (errno != 0 || end == value || *end != '\0' || v < min ||
	    v > max) {
		cli_warn("%s: '%s' is not %s from %ld to %ld", option, value,
		    what, min, max);
		return false;
	}
	*out = (int)v;
	return true;
}

bool
cli_double(const char *option, const char *value, double min, double max,
    const char *what, double *out)
{
	char	*end;
	double	 v;

	errno = 0;
	v = g_ascii_strtod(value, &end);
	if (errno != 0 || end == value || *end != '\0' || !(v >= min) ||
	    !(v <= max)) {
		cli_warn("%s: '%s' is not %s from %g to %g", option, value,
		    what, min, max);
		return false;
	}
	*out = v;
	return true;
}

static const struct command *
find_command(const char *name)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(commands); i++)
		if (strcmp(name, commands[i].name) == 0)
			return &commands[i];
	return NULL;
}

/* Run "cmd" with "args" (args[0] is its name): a copy we own and free. */
static int
run(const struct command *cmd, char **args)
{
	char	*prg = g_strconcat("shutu ", cmd->name, NULL);
	int	 rc;

	g_set_prgname(prg);	/* "Usage: shutu render …" */
	g_free(prg);
	rc = cmd->run((int)g_strv_length(args), args);
	g_strfreev(args);
	return rc;
}

int
main(int argc, char *argv[])
{
	const struct command	*cmd;

	setlocale(LC_ALL, "");
	/*
	 * The C locale says no locale was chosen, not that the text is
	 * ASCII (PEP 538): read and write UTF-8 then, or GOption refuses
	 * --check 沟赵 ("Invalid byte sequence") and --help prints "?" for
	 * "…".  A real locale's charset, GB 18030 say, is kept and converted.
	 */
	if (strcmp(nl_langinfo(CODESET), "ANSI_X3.4-1968") == 0 &&
	    setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		(void)setlocale(LC_CTYPE, "C.utf8");
	/*
	 * Messages may follow the locale; numbers never do: 612.3 is not
	 * 612,3 in a chart, a spec or a JSON file under de_DE.
	 */
	setlocale(LC_NUMERIC, "C");
	cli_uninstalled_data();
	if (argc < 2) {
		usage(stderr);
		return CLI_EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    (strcmp(argv[1], "help") == 0 && argc == 2)) {
		usage(stdout);
		return CLI_EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0 ||
	    strcmp(argv[1], "version") == 0) {
		printf("shutu %s\n", SHUTU_VERSION);
		return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_FAIL;
	}
	/* shutu help CMD: what shutu CMD --help says. */
	if (strcmp(argv[1], "help") == 0) {
		char	*args[] = { argv[2], (char *)"--help", NULL };

		if (argc > 3) {
			cli_warn("help takes one command (see 'shutu --help')");
			return CLI_EXIT_USAGE;
		}
		if ((cmd = find_command(argv[2])) == NULL) {
			cli_warn("unknown command '%s' (see 'shutu --help')",
			    argv[2]);
			return CLI_EXIT_USAGE;
		}
		return run(cmd, g_strdupv(args));
	}
	if ((cmd = find_command(argv[1])) != NULL)
		return run(cmd, g_strdupv(argv + 1));
	cli_warn("unknown command '%s' (see 'shutu --help')", argv[1]);
	return CLI_EXIT_USAGE;
}
