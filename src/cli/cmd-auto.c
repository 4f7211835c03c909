/* SPDX-License-Identifier: MIT */
/*
 * shutu auto ARTICLE… -o DIR [--year Y] [--format LIST]
 *
 * One article: its charts and gallery go into DIR.  Several: each into
 * DIR/NAME (after the article's file name) and DIR/index.html links them.
 */
#include <errno.h>
#include <string.h>

#include "cli.h"
#include "util/util.h"

/* "samples/a.txt" -> "a", safe as a folder name inside DIR. */
static char *
article_stem(const char *path)
{
	char	*base = g_path_get_basename(path), *dot;

	if ((dot = strrchr(base, '.')) != NULL && dot != base)
		*dot = '\0';
	if (strcmp(base, "-") == 0 || strcmp(base, ".") == 0 ||
	    strcmp(base, "..") == 0 || *base == '\0') {
		g_free(base);
		base = g_strdup("stdin");
	}
	return base;
}

/*
 * DIR/index.html for several articles: each one's title, its gallery and,
 * where it has one, its infographic as a thumbnail.
 */
static bool
write_index(const char *dir, char **names, int n, GError **error)
{
	GString	*s = g_string_new("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n"
	    "<head><meta charset=\"utf-8\"><title>shutu</title>\n<style>"
	    "body{font-family:\"Noto Sans CJK SC\",sans-serif;margin:2rem auto;"
	    "max-width:72rem;padding:0 1rem}ul{list-style:none;padding:0;"
	    "display:flex;flex-wrap:wrap;gap:1.5rem}li{width:16rem}"
	    "img{width:100%;border:1px solid #ddd}</style></head>\n"
	    "<body>\n<h1>文章与图表</h1>\n<ul>\n");
	char	*path;
	bool	 ok;
	int	 i;

	for (i = 0; i < n; i++) {
		char	*u = g_uri_escape_string(names[i], NULL, FALSE);
		char	*art = g_build_filename(dir, names[i], "article.txt",
			    NULL);
		char	*thumb = g_build_filename(dir, names[i], "charts",
			    "infographic.png", NULL);
		char	*text = NULL, *title = NULL, *e;

		if (g_file_get_contents(art, &text, NULL, NULL))
			title = util_title(text);
		e = g_markup_escape_text(title != NULL ? title : names[i], -1);
		g_string_append_printf(s, "<li><a href=\"%s/index.html\">", u);
		if (g_file_test(thumb, G_FILE_TEST_EXISTS))
			g_string_append_printf(s, "<img src=\"%s/charts/"
			    "infographic.png\" alt=\"\"><br>", u);
		g_string_append_printf(s, "%s</a></li>\n", e);
		g_free(e);
		g_free(u);
		g_free(art);
		g_free(thumb);
		g_free(text);
		g_free(title);
	}
	g_string_append(s, "</ul>\n</body>\n</html>\n");
	path = g_build_filename(dir, "index.html", NULL);
	ok = util_write_file(path, s->str, s->len, error);
	g_free(path);
	g_string_free(s, TRUE);
	return ok;
}

int
cmd_auto(int argc, char *argv[])
{
	char			*out = NULL, *formats = NULL, **names = NULL;
	char			*year_arg = NULL;
	int			 year = 0, i, rc = CLI_EXIT_OK;
	gboolean		 no_2x = FALSE;
	struct cli_output	 co;
	GError			*error = NULL;
	GOptionContext		*ctx;
	GOptionEntry		 entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "Folder to write into (created if missing; required)",
		  "DIR" },
		{ "year", 'y', 0, G_OPTION_ARG_STRING, &year_arg,
		  "Reference year for dates that give none", "Y" },
		{ "format", 'f', 0, G_OPTION_ARG_STRING, &formats,
		  "Formats to render: png,svg,pdf,jpg (default: png,svg,pdf)",
		  "LIST" },
		{ "no-2x", 0, 0, G_OPTION_ARG_NONE, &no_2x,
		  "No NAME@2x.png (twice the pixels, for Word/WPS) beside each "
		  "PNG", NULL },
		{ NULL }
	};
	struct shutu_auto_options opt = { 0 };

	ctx = g_option_context_new("ARTICLE… - from articles to finished "
	    "charts");
	g_option_context_add_main_entries(ctx, entries, NULL);
	cli_output_entries(ctx, &co);
	g_option_context_set_description(ctx,
	    "Extracts each article's facts and their series, and charts the "
	    "series (bars\nfor parallel categories, grouped bars for two "
	    "measures, a line over years, a\ndonut or 100% bar for the "
	    "parts of a whole), an infographic of the headline\nnumbers "
	    "and a timeline of dated events; it writes\nDIR/facts.json, "
	    "DIR/specs/*.json (edit them and run 'shutu render'),\n"
	    "DIR/charts/*.png .svg .pdf .txt (and NAME@2x.png, twice the "
	    "pixels for Word\nand WPS) and DIR/index.html, a gallery that "
	    "shows the sentence behind every\nnumber and works offline.  "
	    "With several articles each gets DIR/NAME/.  '-'\nreads an "
	    "article from standard input.  The output options are render's "
	    "(see\n'shutu help render').\n"
	    "Exit status: 0 success, 1 an article or chart failed (the "
	    "others are still\nwritten), 2 usage error.");
	if (!cli_parse(ctx, &argc, &argv)) {
		cli_output_release(&co);
		return CLI_EXIT_USAGE;
	}
	if (argc < 2 || out == NULL) {
		cli_warn("auto needs ARTICLE… and -o DIR (see 'shutu auto "
		    "--help')");
		rc = CLI_EXIT_USAGE;
		goto done;
	}
	if (year_arg != NULL && !cli_int("--year", year_arg, CLI_YEAR_MIN,
	    CLI_YEAR_MAX, "a year", &year)) {
		rc = CLI_EXIT_USAGE;
		goto done;
	}
	opt.year = year;
	if (formats != NULL && !cli_formats(formats, &opt.formats)) {
		rc = CLI_EXIT_USAGE;
		goto done;
	}
	if ((rc = cli_output_check(&co, opt.formats != 0 ? opt.formats :
	    SHUTU_FORMATS_DEFAULT, &opt.render)) != CLI_EXIT_OK)
		goto done;
	opt.no_2x = no_2x;
	if (argc == 2) {
		if (!shutu_auto(argv[1], out, &opt, &error))
			rc = cli_fail(error);
		goto done;
	}
	names = g_new0(char *, argc);
	for (i = 1; i < argc; i++) {
		char	*dir;

		names[i - 1] = article_stem(argv[i]);
		dir = g_build_filename(out, names[i - 1], NULL);
		if (!shutu_auto(argv[i], dir, &opt, &error))
			rc = cli_fail(error), error = NULL;
		g_free(dir);
	}
	if (!write_index(out, names, argc - 1, &error))
		rc = cli_fail(error);
done:
	cli_output_release(&co);
	g_strfreev(names);
	g_free(out);
	g_free(formats);
	g_free(year_arg);
	return rc;
}
