/* SPDX-License-Identifier: MIT */
/* shutu fonts [--check TEXT]: what draws the text, and what cannot. */
#include <stdio.h>

#include "cli.h"

int
cmd_fonts(int argc, char *argv[])
{
	char		*check = NULL, *desc;
	GError		*error = NULL;
	GOptionContext	*ctx;
	GOptionEntry	 entries[] = {
		{ "check", 'c', 0, G_OPTION_ARG_STRING, &check,
		  "List the characters of TEXT that no font covers "
		  "(exit 1 if any)", "TEXT" },
		{ NULL }
	};
	int		 rc = CLI_EXIT_OK;

	ctx = g_option_context_new("- show the fonts shutu draws with");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(ctx,
	    "Fonts come from shutu's own fontconfig file (fonts/fonts.conf,\n"
	    "or $SHUTU_FONTS_CONF), not from desktop settings.\n"
	    "Exit status: 0 success, 1 a character is not covered, 2 usage.");
	if (!cli_parse(ctx, &argc, &argv))
		return CLI_EXIT_USAGE;
	if (argc > 1) {
		cli_warn("fonts takes no arguments (see 'shutu fonts --help')");
		g_free(check);
		return CLI_EXIT_USAGE;
	}
	if (check != NULL) {
		if (!g_utf8_validate(check, -1, NULL)) {
			cli_warn("--check: not UTF-8");
			rc = CLI_EXIT_FAIL;
		} else if (shutu_fonts_check(check, &error)) {
			long	 n = g_utf8_strlen(check, -1);

			if (n == 1)
				printf("the character is covered\n");
			else
				printf("all %ld characters are covered\n", n);
		}
		else
			rc = cli_fail(error);
		g_free(check);
		return rc;
	}
	desc = shutu_fonts_describe();
	fputs(desc, stdout);
	if (g_str_has_prefix(desc, "error:"))
		rc = CLI_EXIT_FAIL;
	g_free(desc);
	if (fflush(stdout) != 0)
		rc = CLI_EXIT_FAIL;
	return rc;
}
