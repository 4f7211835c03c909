/* SPDX-License-Identifier: MIT */
/*
 * shutu extract ARTICLE… [--json|--csv|--table] [--year Y] [--numbers]
 *
 * Articles are read and written one at a time, so memory stays flat
 * however many are given.
 */
#include <sys/ioctl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "util/util.h"

enum	format {
	FORMAT_JSON,
	FORMAT_CSV,
	FORMAT_TABLE,
};

/*
 * --csv=excel starts the CSV with a UTF-8 BOM: without one, Excel on a
 * Chinese Windows reads it as GBK and shows mojibake.  GOption's optional
 * arguments would take 'shutu extract --csv a.txt' as --csv=a.txt, so the
 * word is read here, before it, and becomes the hidden --csv-excel.
 */
static bool
csv_flavour(int argc, char **argv)
{
	int	 i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (!g_str_has_prefix(argv[i], "--csv="))
			continue;
		if (strcmp(argv[i], "--csv=excel") != 0) {
			cli_warn("--csv: unknown flavour '%s' (expected --csv "
			    "or --csv=excel)", argv[i] + strlen("--csv="));
			return false;
		}
		g_free(argv[i]);
		argv[i] = g_strdup("--csv-excel");
	}
	return true;
}

/*
 * Columns for --table: $COLUMNS if set, else the terminal's width; not
 * a terminal (a file, a pipe): no limit, one line a fact.
 */
static size_t
table_width(void)
{
	const char	*env = getenv("COLUMNS");
	struct winsize	 ws;

	if (env != NULL && atoi(env) > 0)
		return (size_t)atoi(env);
	if (!isatty(STDOUT_FILENO))
		return 0;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* --numbers: every number of each article, in "fmt" ("width": --table's). */
static int
numbers(int argc, char *argv[], enum format fmt, size_t width, FILE *fp)
{
	struct shutu_numbers	*ns;
	GError			*error = NULL;
	int			 i, status = CLI_EXIT_OK, done = 0;
	char			*text;
	bool			 many = argc > 2;

	if (fmt == FORMAT_JSON && many)
		fputs("[\n", fp);
	for (i = 1; i < argc; i++) {
		if ((ns = shutu_numbers_find_file(argv[i], &error)) == NULL) {
			status = cli_fail(error);
			error = NULL;
			continue;
		}
		switch (fmt) {
		case FORMAT_JSON:
			text = shutu_numbers_to_json(ns);
			if (many) {
				fputs(done > 0 ? ",\n" : "", fp);
				text[strlen(text) - 1] = '\0';
			}
			fputs(text, fp);
			break;
		case FORMAT_CSV:
			text = shutu_numbers_to_csv(ns);
			fputs(done == 0 ? text : strchr(text, '\n') + 1, fp);
			break;
		default:
			text = shutu_numbers_to_table_width(ns, width);
			if (many)
				fprintf(fp, "%s== %s ==\n", done > 0 ?
				    "\n" : "", argv[i]);
			fputs(text, fp);
			break;
		}
		g_free(text);
		shutu_numbers_free(ns);
		done++;
	}
	if (fmt == FORMAT_JSON && many)
		fputs("\n]\n", fp);
	return status;
}

int
cmd_extract(int argc, char *argv[])
{
	gboolean		 json = FALSE, csv = FALSE, excel = FALSE;
	gboolean		 table = FALSE, nums = FALSE;
	char			*year_arg = NULL;
	GOptionEntry		 entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json,
		    "JSON, the facts contract (the default)", NULL },
		{ "csv", 0, 0, G_OPTION_ARG_NONE, &csv,
		    "CSV with a header row; the first column names the "
		    "article (--csv=excel: with a BOM, for Excel)", NULL },
		{ "csv-excel", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE,
		    &excel, "", NULL },
		{ "table", 0, 0, G_OPTION_ARG_NONE, &table,
		    "aligned columns for people: value, unit, label, entity; "
		    "fits the terminal", NULL },
		{ "year", 0, 0, G_OPTION_ARG_STRING, &year_arg,
		    "reference year for dates without one (default: from "
		    "the article)", "Y" },
		{ "numbers", 0, 0, G_OPTION_ARG_NONE, &nums,
		    "every number instead of the facts, with or without a "
		    "unit", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	GOptionContext		*ctx;
	struct util_output	 out;
	struct shutu_facts	*facts;
	GError			*error = NULL;
	enum format		 fmt = FORMAT_JSON;
	int			 i, year = 0, status = CLI_EXIT_OK, done = 0;
	char			*text;
	bool			 many;
	size_t			 width = 0;

	if (!csv_flavour(argc, argv))
		return CLI_EXIT_USAGE;
	ctx = g_option_context_new("ARTICLE… - numeric facts and dated "
	    "events of articles");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(ctx,
	    "Each ARTICLE is a UTF-8 text file; '-' reads standard input.\n"
	    "With --json, one article gives one JSON object and several give "
	    "a JSON array\nof such objects, in the order given. An empty "
	    "article has no facts.\n--csv=excel writes a UTF-8 BOM first, "
	    "so that Excel shows the Chinese right.\n--table wraps long "
	    "labels to the terminal's width ($COLUMNS if set); into a\n"
	    "file or a pipe it writes one line a fact.\n\n"
	    "With --numbers, every number instead: bare numbers, codes and "
	    "the numbers of\ndates too (三百五十, 2020), each with its text, "
	    "start and end in code points,\nvalue, value_max, approx and "
	    "kind (integer, decimal, fraction, percent,\nordinal); see "
	    "docs/facts.md.\n\n"
	    "Exit status: 0 success, 1 bad input or failed output, "
	    "2 usage error.");
	if (!cli_parse(ctx, &argc, &argv)) {
		g_free(year_arg);
		return CLI_EXIT_USAGE;
	}
	csv |= excel;
	if (json + csv + table > 1) {
		cli_warn("give at most one of --json, --csv, --table "
		    "(see 'shutu extract --help')");
		g_free(year_arg);
		return CLI_EXIT_USAGE;
	}
	fmt = csv ? FORMAT_CSV : table ? FORMAT_TABLE : FORMAT_JSON;
	if (year_arg != NULL && !cli_int("--year", year_arg, CLI_YEAR_MIN,
	    CLI_YEAR_MAX, "a year", &year)) {
		g_free(year_arg);
		return CLI_EXIT_USAGE;
	}
	g_free(year_arg);
	if (argc < 2) {
		cli_warn("no article given (see 'shutu extract --help')");
		return CLI_EXIT_USAGE;
	}
	if (!util_output_open(&out, "-", &error))
		return cli_fail(error);
	if (fmt == FORMAT_CSV && excel)
		fputs("\xef\xbb\xbf", out.fp);
	if (fmt == FORMAT_TABLE)
		width = table_width();
	if (nums) {
		status = numbers(argc, argv, fmt, width, out.fp);
		if (!util_output_commit(&out, &error))
			return cli_fail(error);
		return status;
	}
	many = argc > 2;
	if (fmt == FORMAT_JSON && many)
		fputs("[\n", out.fp);
	for (i = 1; i < argc; i++) {
		facts = shutu_facts_extract_file(argv[i], year, &error);
		if (facts == NULL) {
			status = cli_fail(error);
			error = NULL;
			continue;
		}
		switch (fmt) {
		case FORMAT_JSON:
			if (!many) {
				/* One article, maybe huge: stream it. */
				text = NULL;
				shutu_facts_write_json(facts, out.fp);
				break;
			}
			text = shutu_facts_to_json(facts);
			if (many && done > 0)
				fputs(",\n", out.fp);
			if (many)	/* drop the final newline inside [ ] */
				text[strlen(text) - 1] = '\0';
			fputs(text, out.fp);
			break;
		case FORMAT_CSV:
			text = shutu_facts_to_csv(facts);
			/* One header row for all articles. */
			fputs(done == 0 ? text : strchr(text, '\n') + 1,
			    out.fp);
			break;
		default:
			text = shutu_facts_to_table_width(facts, width);
			if (many)
				fprintf(out.fp, "%s== %s ==\n", done > 0 ?
				    "\n" : "", argv[i]);
			fputs(text, out.fp);
			break;
		}
		g_free(text);
		shutu_facts_free(facts);
		done++;
	}
	if (fmt == FORMAT_JSON && many)
		fputs("\n]\n", out.fp);
	if (!util_output_commit(&out, &error))
		return cli_fail(error);
	return status;
}
