/* SPDX-License-Identifier: MIT */
/*
 * shutu render SPEC… [-o OUT] [--format png,svg,pdf] [--dpi N]
 *
 * Where each chart goes, as gnuplot and ImageMagick users expect:
 *   -o FILE     one spec, one format: exactly FILE (its suffix, if it has
 *               one, must be the format's; none: --format or png)
 *   -o DIR/     a folder (ends in /, exists, or several outputs): a.json
 *               -> DIR/a.png, DIR/a.svg …
 *   -o -        standard output, never a terminal
 *   no -o       a spec that shutu auto wrote (X/specs/NAME.json beside
 *               X/charts/) replaces its chart, X/charts/NAME.*, in the
 *               formats already there; any other -> ./NAME.png
 * The alt text goes beside each image as .txt.  Every file is written
 * whole or not at all.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cli.h"
#include "util/util.h"

struct	job {
	unsigned int	 formats;	/* bit per enum shutu_format, 0: unset */
	double		 dpi;
	bool		 alt;		/* write the .txt beside */
};

/* "charts/a.json" -> "a" */
static char *
stem(const char *path)
{
	char	*base = g_path_get_basename(path), *dot;

	if ((dot = strrchr(base, '.')) != NULL && dot != base)
		*dot = '\0';
	return base;
}

/* The suffix of the last part of "path" ("png"), or NULL. */
static const char *
suffix_of(const char *path)
{
	const char	*slash = strrchr(path, '/');
	const char	*dot = strrchr(path, '.');

	if (dot == NULL || (slash != NULL && dot < slash) || dot == path ||
	    dot[-1] == '/')
		return NULL;
	return dot + 1;
}

static bool
write_alt(const struct shutu_chart *c, const char *path, GError **error)
{
	char	*alt, *txt;
	bool	 ok;

	if ((alt = shutu_chart_alt_text(c, error)) == NULL)
		return false;
	txt = g_strconcat(alt, "\n", NULL);
	ok = util_write_file(path, txt, strlen(txt), error);
	g_free(alt);
	g_free(txt);
	return ok;
}

/*
 * A file that is plainly no spec is named, before the JSON parser says
 * "unexpected character": a table (.csv, .tsv) or an article (.txt).
 */
static bool
check_not_json(const char *name, const char *path, const char *text,
    GError **error)
{
	const char	*sfx = suffix_of(path), *p = text;

	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		p++;
	if (*p == '{' || *p == '[' || sfx == NULL)
		return true;
	if (g_ascii_strcasecmp(sfx, "csv") == 0 ||
	    g_ascii_strcasecmp(sfx, "tsv") == 0) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC, "%s: a table "
		    "(%s), not a chart spec; a spec is JSON with the rows in "
		    "\"data\" (see docs/spec.md)", name, sfx);
		return false;
	}
	if (g_ascii_strcasecmp(sfx, "txt") == 0) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC, "%s: an "
		    "article, not a chart spec; draw its charts with: shutu "
		    "auto %s -o DIR", name, path);
		return false;
	}
	return true;
}

/* The spec at "path" ("-": standard input), told apart from what is not. */
static struct shutu_chart *
load(const char *path, GError **error)
{
	const char		*name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	struct shutu_chart	*c = NULL;
	struct util_sniff	 sn;
	char			*data = NULL;
	size_t			 len;

	if (util_read_file(path, &data, &len, error) &&
	    util_sniff_input(name, data, len, &sn, error) &&
	    check_not_json(name, path, data + sn.bom, error))
		c = shutu_chart_parse(data, len, name, error);
	g_free(data);
	return c;
}

/*
 * X/specs/NAME.json, written by shutu auto beside X/charts/: the folder
 * its chart is in, so that drawing an edited spec again replaces the
 * chart the gallery shows.  NULL for any other spec.
 */
static char *
auto_charts_dir(const char *spec)
{
	char	*dir = g_path_get_dirname(spec);
	char	*base = g_path_get_basename(dir);
	char	*charts = NULL;

	if (strcmp(base, "specs") == 0) {
		char	*up = g_path_get_dirname(dir);

		charts = g_build_filename(up, "charts", NULL);
		if (!g_file_test(charts, G_FILE_TEST_IS_DIR))
			g_clear_pointer(&charts, g_free);
		g_free(up);
	}
	g_free(base);
	g_free(dir);
	return charts;
}

/* The formats NAME already has in "dir"; none: PNG. */
static unsigned int
formats_there(const char *dir, const char *name)
{
	unsigned int	 bits = 0;
	int		 f;

	for (f = 0; f < SHUTU_FORMAT__COUNT; f++) {
		char	*p = g_strdup_printf("%s/%s.%s", dir, name,
			    shutu_format_suffix(f));

		if (g_file_test(p, G_FILE_TEST_EXISTS))
			bits |= 1u << f;
		g_free(p);
	}
	return bits != 0 ? bits : 1u << SHUTU_FORMAT_PNG;
}

/* One spec to "file" in format "fmt", the alt text beside it. */
static bool
render_file(const char *spec, const struct job *job, const char *file,
    enum shutu_format fmt)
{
	struct shutu_chart	*c;
	GError			*error = NULL;
	bool			 ok = true;

	if ((c = load(spec, &error)) == NULL)
		return cli_fail(error), false;
	if (job->dpi > 0)
		shutu_chart_set_dpi(c, job->dpi);
	if (!shutu_chart_render_file(c, fmt, file, &error))
		ok = false, cli_fail(error);
	else if (job->alt && strcmp(file, "-") != 0) {
		const char	*sfx = suffix_of(file);
		char		*s = g_strndup(file, sfx != NULL ?
				    (size_t)(sfx - 1 - file) : strlen(file));
		char		*alt = g_strconcat(s, ".txt", NULL);

		/* Never over the output itself: -o notes.txt is refused. */
		if (!write_alt(c, alt, &error))
			ok = false, cli_fail(error);
		g_free(s);
		g_free(alt);
	}
	shutu_chart_free(c);
	return ok;
}

/* One spec into "dir", one file per format of "formats". */
static bool
render_dir(const char *spec, const struct job *job, const char *dir,
    unsigned int formats)
{
	struct shutu_chart	*c;
	GError			*error = NULL;
	char			*base, *out;
	bool			 ok = true;
	int			 f;

	if ((c = load(spec, &error)) == NULL)
		return cli_fail(error), false;
	if (job->dpi > 0)
		shutu_chart_set_dpi(c, job->dpi);
	base = strcmp(spec, "-") == 0 ? g_strdup("stdin") : stem(spec);
	for (f = 0; f < SHUTU_FORMAT__COUNT && ok; f++) {
		if (!(formats & (1u << f)))
			continue;
		out = g_strdup_printf("%s/%s.%s", dir, base,
		    shutu_format_suffix(f));
		if (!shutu_chart_render_file(c, f, out, &error))
			ok = false, cli_fail(error);
		g_free(out);
	}
	if (ok && job->alt) {
		out = g_strdup_printf("%s/%s.txt", dir, base);
		if (!write_alt(c, out, &error))
			ok = false, cli_fail(error);
		g_free(out);
	}
	g_free(base);
	shutu_chart_free(c);
	return ok;
}

static int
only_format(unsigned int formats)
{
	int	 f;

	for (f = 0; f < SHUTU_FORMAT__COUNT; f++)
		if (formats == 1u << f)
			return f;
	return -1;
}

/* No -o: an auto spec replaces its chart; any other goes here. */
static bool
render_default(const char *spec, const struct job *job)
{
	char	*charts = strcmp(spec, "-") == 0 ? NULL : auto_charts_dir(spec);
	char	*name = stem(spec);
	bool	 ok;

	if (charts != NULL)
		ok = render_dir(spec, job, charts, job->formats != 0 ?
		    job->formats : formats_there(charts, name));
	else
		ok = render_dir(spec, job, ".", job->formats != 0 ?
		    job->formats : 1u << SHUTU_FORMAT_PNG);
	g_free(charts);
	g_free(name);
	return ok;
}

int
cmd_render(int argc, char *argv[])
{
	char		*out = NULL, *formats = NULL, *dpi_arg = NULL;
	double		 dpi = 0;
	gboolean	 no_alt = FALSE;
	GOptionContext	*ctx;
	GOptionEntry	 entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "Output file (one spec, one format; '-' is stdout) or "
		  "folder (ends in /, exists, or several outputs)", "OUT" },
		{ "format", 'f', 0, G_OPTION_ARG_STRING, &formats,
		  "Formats, comma-separated: png,svg,pdf (default: the "
		  "suffix of OUT, else png)", "LIST" },
		{ "dpi", 0, 0, G_OPTION_ARG_STRING, &dpi_arg,
		  "PNG pixels per inch, overriding the spec (36-1200)", "N" },
		{ "no-alt", 0, 0, G_OPTION_ARG_NONE, &no_alt,
		  "Do not write the alt text (NAME.txt) beside the output",
		  NULL },
		{ NULL }
	};
	struct job	 job;
	const char	*sfx;
	enum shutu_format fmt;
	bool		 to_dir, several;
	int		 i, rc = CLI_EXIT_OK;

	memset(&job, 0, sizeof job);
	ctx = g_option_context_new("SPEC… - draw chart specs");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(ctx,
	    "A spec is a JSON file: {\"type\": \"bar\", \"title\": \"…\", "
	    "\"data\": [{\"label\": \"…\",\n"
	    "\"value\": N}, …]} (see docs/spec.md); '-' reads one from "
	    "standard input.\n\n"
	    "Where the charts go:\n"
	    "  -o FILE   one spec, one format: FILE itself; its suffix, if "
	    "any, must be\n"
	    "            the format's (no suffix: --format, else png)\n"
	    "  -o DIR    a folder when it ends in /, exists, or gets several "
	    "outputs:\n"
	    "            a.json -> DIR/a.png, DIR/a.svg, DIR/a.pdf\n"
	    "  -o -      standard output (one spec, one format; not a "
	    "terminal)\n"
	    "  no -o     a spec written by 'shutu auto' (X/specs/NAME.json) "
	    "replaces its\n"
	    "            chart X/charts/NAME.* in the formats there; others "
	    "go to ./NAME.png\n"
	    "The alt text goes beside each chart as .txt.\n\n"
	    "Exit status: 0 success, 1 a spec or output failed (the others "
	    "are still\nwritten), 2 usage error.");
	if (!cli_parse(ctx, &argc, &argv))
		return CLI_EXIT_USAGE;
	if (argc < 2) {
		cli_warn("render needs at least one SPEC (see 'shutu render "
		    "--help')");
		rc = CLI_EXIT_USAGE;
		goto out;
	}
	if (dpi_arg != NULL && !cli_double("--dpi", dpi_arg, 36, 1200,
	    "a resolution in dpi", &dpi)) {
		rc = CLI_EXIT_USAGE;
		goto out;
	}
	job.dpi = dpi;
	job.alt = !no_alt;
	if (formats != NULL && !cli_formats(formats, &job.formats)) {
		rc = CLI_EXIT_USAGE;
		goto out;
	}
	if (out == NULL) {
		for (i = 1; i < argc; i++)
			if (!render_default(argv[i], &job))
				rc = CLI_EXIT_FAIL;
		goto out;
	}
	several = argc > 2 || (job.formats != 0 && only_format(job.formats) <
	    0);
	sfx = suffix_of(out);
	if (strcmp(out, "-") == 0) {
		if (several) {
			cli_warn("-o -: standard output takes one spec in one "
			    "format");
			rc = CLI_EXIT_USAGE;
		} else if (isatty(STDOUT_FILENO)) {
			cli_warn("-o -: standard output is a terminal; "
			    "redirect it (> chart.png) or name a file");
			rc = CLI_EXIT_USAGE;
		} else if (!render_file(argv[1], &job, "-", job.formats != 0 ?
		    (enum shutu_format)only_format(job.formats) :
		    SHUTU_FORMAT_PNG))
			rc = CLI_EXIT_FAIL;
		goto out;
	}
	to_dir = several || g_str_has_suffix(out, "/") ||
	    g_file_test(out, G_FILE_TEST_IS_DIR);
	if (to_dir) {
		/* a.png as a folder would surprise: name one, or a folder. */
		if (!g_file_test(out, G_FILE_TEST_IS_DIR) && sfx != NULL &&
		    shutu_format_from_name(sfx, &fmt)) {
			cli_warn("-o %s: %s give several files; name a folder "
			    "(-o DIR/)", out, argc > 2 ? "several specs" :
			    "several formats");
			rc = CLI_EXIT_USAGE;
			goto out;
		}
		if (g_mkdir_with_parents(out, 0777) != 0) {
			cli_warn("%s: cannot make the folder: %s", out,
			    g_strerror(errno));
			rc = CLI_EXIT_FAIL;
			goto out;
		}
		for (i = 1; i < argc; i++)
			if (!render_dir(argv[i], &job, out, job.formats != 0 ?
			    job.formats : 1u << SHUTU_FORMAT_PNG))
				rc = CLI_EXIT_FAIL;
		goto out;
	}
	/*
	 * One file.  Its suffix says the format, or must match --format: a
	 * .gif holding a PNG helps no one.  Without a suffix (or a device,
	 * /dev/full), --format or PNG.
	 */
	if (job.formats != 0)
		fmt = (enum shutu_format)only_format(job.formats);
	else if (sfx == NULL || !shutu_format_from_name(sfx, &fmt))
		fmt = SHUTU_FORMAT_PNG;
	if (sfx != NULL && g_ascii_strcasecmp(sfx, shutu_format_suffix(fmt)) !=
	    0 && !(g_file_test(out, G_FILE_TEST_EXISTS) &&
	    !g_file_test(out, G_FILE_TEST_IS_REGULAR))) {
		cli_warn("-o %s: suffix .%s does not match the format %s (name "
		    "the file .%s, or choose --format)", out, sfx,
		    shutu_format_suffix(fmt), shutu_format_suffix(fmt));
		rc = CLI_EXIT_USAGE;
		goto out;
	}
	if (!render_file(argv[1], &job, out, fmt))
		rc = CLI_EXIT_FAIL;
out:
	g_free(out);
	g_free(formats);
	g_free(dpi_arg);
	return rc;
}
