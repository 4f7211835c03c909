/* SPDX-License-Identifier: MIT */
/* shutu: dispatch to a subcommand. */
#include <locale.h>
#include <stdio.h>
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
	fprintf(fp, "\n'shutu COMMAND --help' describes a command.\n"
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
	bool	 ok;

	ok = g_option_context_parse(ctx, argc, argv, &error);
	if (!ok) {
		cli_warn("%s (see 'shutu %s --help')", error->message,
		    (*argv)[0]);
		g_error_free(error);
	}
	g_option_context_free(ctx);
	return ok;
}

int
main(int argc, char *argv[])
{
	size_t	 i;

	setlocale(LC_ALL, "");
	if (argc < 2) {
		usage(stderr);
		return CLI_EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return CLI_EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0 ||
	    strcmp(argv[1], "version") == 0) {
		printf("shutu %s\n", SHUTU_VERSION);
		return CLI_EXIT_OK;
	}
	for (i = 0; i < G_N_ELEMENTS(commands); i++)
		if (strcmp(argv[1], commands[i].name) == 0) {
			char	*prg = g_strconcat("shutu ", commands[i].name,
				    NULL);

			g_set_prgname(prg);	/* "Usage: shutu render …" */
			g_free(prg);
			return commands[i].run(argc - 1, argv + 1);
		}
	cli_warn("unknown command '%s' (see 'shutu --help')", argv[1]);
	return CLI_EXIT_USAGE;
}
