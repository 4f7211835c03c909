/* SPDX-License-Identifier: MIT */
/*
 * shutu render SPEC|TABLE… [-o OUT] [--format png,svg,pdf,jpg] [--dpi N]
 *     [--scale F] [--theme T] [--background BG] [--quality Q] [--cmyk]
 *
 * Where each chart goes, as gnuplot and ImageMagick users expect:
 *   -o FILE     one spec, one format: exactly FILE (its suffix, if it has
 *               one, must be the format's; none: --format or png)
 *   -o DIR/     a folder (ends in /, exists, or several outputs): a.json
 *               -> DIR/a.png, DIR/a.svg …
 *   -o -        standard output, never a terminal
 *   no -o       a spec that shutu auto wrote (X/specs/NAME.json beside
 *               X/charts/) replaces its chart, X/charts/NAME.*, in the
 *               formats already there (NAME@2x.png too); any other ->
 *               ./NAME.png
 * A table (data.csv, data.tsv) is drawn as the spec {"table": …} would
 * draw it.  The alt text goes beside each image as .txt.  Every file is
 * written whole or not at all.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cli.h"
#include "util/util.h"

struct	job {
	unsigned int	 formats;	/* bit per enum shutu_format, 0: unset */
	bool		 alt;		/* write the .txt beside */
	struct shutu_render_options ro;
	/* A table given instead of a spec: what the spec would say. */
	const char	*type, *title, *subtitle, *source, *unit;
};

/* Where the charts go: the four cases above. */
enum	where {
	WHERE_DEFAULT,
	WHERE_STDOUT,
	WHERE_DIR,
	WHERE_FILE,
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

/* data.csv, data.tsv: a table to draw, not a spec. */
static bool
is_table(const char *path)
{
	const char	*sfx = suffix_of(path);

	return sfx != NULL && (g_ascii_strcasecmp(sfx, "csv") == 0 ||
	    g_ascii_strcasecmp(sfx, "tsv") == 0 ||
	    g_ascii_strcasecmp(sfx, "tab") == 0);
}

static void
member(JsonBuilder *b, const char *name, const char *value)
{
	if (value == NULL)
		return;
	json_builder_set_member_name(b, name);
	json_builder_add_string_value(b, value);
}

/*
 * The spec of a table drawn straight from the command line: the table's
 * errors name the table itself, line and column, as a spec's would.
 */
static struct shutu_chart *
table_chart(const char *path, const struct job *job, GError **error)
{
	JsonBuilder		*b = json_builder_new();
	JsonGenerator		*gen = json_generator_new();
	JsonNode		*root;
	struct shutu_chart	*c;
	char			*json, *base = g_path_get_basename(path);
	char			*title = stem(path);

	json_builder_begin_object(b);
	member(b, "type", job->type != NULL ? job->type : "bar");
	member(b, "title", job->title != NULL ? job->title : title);
	member(b, "subtitle", job->subtitle);
	member(b, "source", job->source);
	member(b, "unit", job->unit);
	member(b, "table", base);
	json_builder_end_object(b);
	root = json_builder_get_root(b);
	json_generator_set_root(gen, root);
	json = json_generator_to_data(gen, NULL);
	c = shutu_chart_parse(json, -1, path, error);
	/*
	 * An error placed in the spec made here ("data.csv:1:44: table: …")
	 * names a place the user never wrote: keep only what it says.
	 */
	if (c == NULL && *error != NULL) {
		const char	*m = (*error)->message, *t = strstr(m, ": table: ");

		if (g_str_has_prefix(m, path) && t != NULL &&
		    g_ascii_isdigit(m[strlen(path) + 1])) {
			char *rest = g_strdup(t + strlen(": table: "));

			g_free((*error)->message);
			(*error)->message = rest;
		}
	}
	g_free(json);
	json_node_unref(root);
	g_object_unref(gen);
	g_object_unref(b);
	g_free(base);
	g_free(title);
	return c;
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
 * "unexpected character": an article (.txt).  Tables never get here:
 * they are drawn.
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
	if (g_ascii_strcasecmp(sfx, "txt") == 0) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC, "%s: an "
		    "article, not a chart spec; draw its charts with: shutu "
		    "auto %s -o DIR", name, path);
		return false;
	}
	return true;
}

/*
 * The spec or table at "path" ("-": a spec on standard input), told apart
 * from what is neither, with the output options applied.
 */
static struct shutu_chart *
load(const char *path, const struct job *job, GError **error)
{
	const char		*name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	struct shutu_chart	*c = NULL;
	struct util_sniff	 sn;
	char			*data = NULL;
	size_t			 len;

	if (is_table(path))
		c = table_chart(path, job, error);
	else if (util_read_file(path, &data, &len, error) &&
	    util_sniff_input(name, data, len, &sn, error) &&
	    check_not_json(name, path, data + sn.bom, error))
		c = shutu_chart_parse(data, len, name, error);
	g_free(data);
	if (c != NULL && !shutu_chart_set_options(c, &job->ro, error)) {
		g_prefix_error(error, "%s: ", name);
		shutu_chart_free(c);
		c = NULL;
	}
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

	if ((c = load(spec, job, &error)) == NULL)
		return cli_fail(error), false;
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

/*
 * One spec into "dir", one file per format of "formats"; with "twice",
 * NAME@2x.png as well, as shutu auto draws it for Word and WPS.
 */
static bool
render_dir(const char *spec, const struct job *job, const char *dir,
    unsigned int formats, bool twice)
{
	struct shutu_chart	*c;
	GError			*error = NULL;
	char			*base, *out;
	bool			 ok = true;
	int			 f;

	if ((c = load(spec, job, &error)) == NULL)
		return cli_fail(error), false;
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
	if (ok && twice) {
		struct shutu_render_options	 two = {
			.scale = MIN(8, 2 * (job->ro.scale > 0 ?
			    job->ro.scale : 1)),
		};

		out = g_strdup_printf("%s/%s@2x.png", dir, base);
		if (!shutu_chart_set_options(c, &two, &error) ||
		    !shutu_chart_render_file(c, SHUTU_FORMAT_PNG, out, &error))
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

/*
 * No -o: the folder a spec goes to ("." or an auto gallery's charts/,
 * g_free), its formats and whether a NAME@2x.png there is to be drawn
 * again.
 */
static char *
default_place(const char *spec, const struct job *job, unsigned int *formats,
    bool *twice)
{
	char	*charts = strcmp(spec, "-") == 0 ? NULL : auto_charts_dir(spec);
	char	*name, *two;

	*twice = false;
	if (charts == NULL) {
		*formats = job->formats != 0 ? job->formats :
		    1u << SHUTU_FORMAT_PNG;
		return g_strdup(".");
	}
	name = stem(spec);
	*formats = job->formats != 0 ? job->formats :
	    formats_there(charts, name);
	two = g_strdup_printf("%s/%s@2x.png", charts, name);
	*twice = (*formats & (1u << SHUTU_FORMAT_PNG)) &&
	    g_file_test(two, G_FILE_TEST_EXISTS);
	g_free(two);
	g_free(name);
	return charts;
}

/* No -o: an auto spec replaces its chart; any other goes here. */
static bool
render_default(const char *spec, const struct job *job)
{
	unsigned int	 formats;
	bool		 twice, ok;
	char		*dir = default_place(spec, job, &formats, &twice);

	ok = render_dir(spec, job, dir, formats, twice);
	g_free(dir);
	return ok;
}

int
cmd_render(int argc, char *argv[])
{
	char		*out = NULL, *formats = NULL, *type = NULL;
	char		*title = NULL, *subtitle = NULL, *source = NULL;
	char		*unit = NULL;
	gboolean	 no_alt = FALSE;
	struct cli_output co;
	GOptionContext	*ctx;
	GOptionEntry	 entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "Output file (one spec, one format; '-' is stdout) or "
		  "folder (ends in /, exists, or several outputs)", "OUT" },
		{ "format", 'f', 0, G_OPTION_ARG_STRING, &formats,
		  "Formats, comma-separated: png,svg,pdf,jpg (default: the "
		  "suffix of OUT, else png)", "LIST" },
		{ "no-alt", 0, 0, G_OPTION_ARG_NONE, &no_alt,
		  "Do not write the alt text (NAME.txt) beside the output",
		  NULL },
		{ "type", 't', 0, G_OPTION_ARG_STRING, &type,
		  "Tables (.csv .tsv): the chart type, bar (the default)",
		  "TYPE" },
		{ "title", 0, 0, G_OPTION_ARG_STRING, &title,
		  "Tables: the title (default: the file's name)", "TEXT" },
		{ "subtitle", 0, 0, G_OPTION_ARG_STRING, &subtitle,
		  "Tables: the subtitle", "TEXT" },
		{ "source", 0, 0, G_OPTION_ARG_STRING, &source,
		  "Tables: the source line", "TEXT" },
		{ "unit", 0, 0, G_OPTION_ARG_STRING, &unit,
		  "Tables: the unit of the values (default: from the header, "
		  "产值（亿元）)", "UNIT" },
		{ NULL }
	};
	struct job	 job;
	const char	*sfx = NULL;
	enum shutu_format fmt = SHUTU_FORMAT_PNG, sfmt;
	enum where	 where;
	unsigned int	 bits = 0;
	bool		 several;
	int		 i, rc = CLI_EXIT_OK;

	memset(&job, 0, sizeof job);
	ctx = g_option_context_new("SPEC|TABLE… - draw chart specs and "
	    "tables");
	g_option_context_add_main_entries(ctx, entries, NULL);
	cli_output_entries(ctx, &co);
	g_option_context_set_description(ctx,
	    "A spec is a JSON file: {\"type\": \"bar\", \"title\": \"…\", "
	    "\"data\": [{\"label\": \"…\",\n"
	    "\"value\": N}, …]} (see docs/spec.md); '-' reads one from "
	    "standard input.\n"
	    "A table (data.csv, data.tsv: UTF-8, a header row, labels in "
	    "the first column,\none bar series per other column) is drawn "
	    "as a bar chart: 'shutu render\ndata.csv --type bar --title "
	    "…' (docs/tables.md).\n\n"
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
	    "            chart X/charts/NAME.* (and NAME@2x.png) in the "
	    "formats there;\n            others go to ./NAME.png\n"
	    "The alt text goes beside each chart as .txt.\n\n"
	    "Pixels = physical size × dpi × scale, and the file records "
	    "dpi × scale, so\n--scale 2 doubles the pixels at the same "
	    "size in Word or WPS; --dpi 300 on a\nmm-sized spec is print "
	    "resolution.  .jpg is on white (no alpha); --cmyk writes\n"
	    "the PDF in CMYK through Ghostscript (docs/print.md).  Themes: "
	    "docs/themes.md.\n\n"
	    "Exit status: 0 success, 1 a spec or output failed (the others "
	    "are still\nwritten), 2 usage error.");
	if (!cli_parse(ctx, &argc, &argv)) {
		cli_output_release(&co);
		return CLI_EXIT_USAGE;
	}
	if (argc < 2) {
		cli_warn("render needs at least one SPEC (see 'shutu render "
		    "--help')");
		rc = CLI_EXIT_USAGE;
		goto out;
	}
	job.alt = !no_alt;
	job.type = type;
	job.title = title;
	job.subtitle = subtitle;
	job.source = source;
	job.unit = unit;
	if (type != NULL && strcmp(type, "bar") != 0) {
		cli_warn("--type: tables draw bar charts ('%s' takes a spec)",
		    type);
		rc = CLI_EXIT_USAGE;
		goto out;
	}
	for (i = 1; i < argc; i++)
		if (!is_table(argv[i]) && (type != NULL || title != NULL ||
		    subtitle != NULL || source != NULL || unit != NULL)) {
			cli_warn("--%s is for tables (.csv, .tsv); %s is a spec, "
			    "which says it itself", type != NULL ? "type" :
			    title != NULL ? "title" : subtitle != NULL ?
			    "subtitle" : source != NULL ? "source" : "unit",
			    argv[i]);
			rc = CLI_EXIT_USAGE;
			goto out;
		}
	if (formats != NULL && !cli_formats(formats, &job.formats)) {
		rc = CLI_EXIT_USAGE;
		goto out;
	}
	/* Where each chart goes, and so in which formats. */
	several = argc > 2 || (job.formats != 0 && only_format(job.formats) <
	    0);
	if (out == NULL) {
		where = WHERE_DEFAULT;
		for (i = 1; i < argc; i++) {
			unsigned int	 f;
			bool		 twice;

			g_free(default_place(argv[i], &job, &f, &twice));
			bits |= f;
		}
	} else if (strcmp(out, "-") == 0) {
		where = WHERE_STDOUT;
		if (several) {
			cli_warn("-o -: standard output takes one spec in one "
			    "format");
			rc = CLI_EXIT_USAGE;
			goto out;
		}
		if (isatty(STDOUT_FILENO)) {
			cli_warn("-o -: standard output is a terminal; "
			    "redirect it (> chart.png) or name a file");
			rc = CLI_EXIT_USAGE;
			goto out;
		}
		fmt = job.formats != 0 ?
		    (enum shutu_format)only_format(job.formats) :
		    SHUTU_FORMAT_PNG;
		bits = 1u << fmt;
	} else if (several || g_str_has_suffix(out, "/") ||
	    g_file_test(out, G_FILE_TEST_IS_DIR)) {
		where = WHERE_DIR;
		sfx = suffix_of(out);
		/* a.png as a folder would surprise: name one, or a folder. */
		if (!g_file_test(out, G_FILE_TEST_IS_DIR) && sfx != NULL &&
		    shutu_format_from_name(sfx, &sfmt)) {
			cli_warn("-o %s: %s give several files; name a folder "
			    "(-o DIR/)", out, argc > 2 ? "several specs" :
			    "several formats");
			rc = CLI_EXIT_USAGE;
			goto out;
		}
		bits = job.formats != 0 ? job.formats : 1u << SHUTU_FORMAT_PNG;
	} else {
		/*
		 * One file.  Its suffix says the format, or must match
		 * --format: a .gif holding a PNG helps no one (.jpeg is
		 * jpg).  Without a suffix (or a device, /dev/full), --format
		 * or PNG.
		 */
		where = WHERE_FILE;
		sfx = suffix_of(out);
		if (job.formats != 0)
			fmt = (enum shutu_format)only_format(job.formats);
		else if (sfx == NULL || !shutu_format_from_name(sfx, &fmt))
			fmt = SHUTU_FORMAT_PNG;
		if (sfx != NULL && (!shutu_format_from_name(sfx, &sfmt) ||
		    sfmt != fmt) && !(g_file_test(out, G_FILE_TEST_EXISTS) &&
		    !g_file_test(out, G_FILE_TEST_IS_REGULAR))) {
			cli_warn("-o %s: suffix .%s does not match the format "
			    "%s (name the file .%s, or choose --format)", out,
			    sfx, shutu_format_suffix(fmt),
			    shutu_format_suffix(fmt));
			rc = CLI_EXIT_USAGE;
			goto out;
		}
		bits = 1u << fmt;
	}
	/* --cmyk and the rest, against the formats to be written. */
	if ((rc = cli_output_check(&co, bits, &job.ro)) != CLI_EXIT_OK)
		goto out;
	switch (where) {
	case WHERE_DEFAULT:
		for (i = 1; i < argc; i++)
			if (!render_default(argv[i], &job))
				rc = CLI_EXIT_FAIL;
		break;
	case WHERE_STDOUT:
	case WHERE_FILE:
		if (!render_file(argv[1], &job, where == WHERE_STDOUT ? "-" :
		    out, fmt))
			rc = CLI_EXIT_FAIL;
		break;
	case WHERE_DIR:
		if (g_mkdir_with_parents(out, 0777) != 0) {
			cli_warn("%s: cannot make the folder: %s", out,
			    g_strerror(errno));
			rc = CLI_EXIT_FAIL;
			break;
		}
		for (i = 1; i < argc; i++)
			if (!render_dir(argv[i], &job, out, bits, false))
				rc = CLI_EXIT_FAIL;
		break;
	}
out:
	cli_output_release(&co);
	g_free(out);
	g_free(formats);
	g_free(type);
	g_free(title);
	g_free(subtitle);
	g_free(source);
	g_free(unit);
	return rc;
}
