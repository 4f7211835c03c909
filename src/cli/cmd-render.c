/* SPDX-License-Identifier: MIT */
/*
 * shutu render SPEC|TABLE… [-o OUT] [--format png,svg,pdf,jpg] [--dpi N]
 *     [--scale F] [--theme T] [--background BG] [--quality Q] [--cmyk]
 *
 * One spec and one format: -o names the file (its suffix the format).
 * Several specs or formats: -o names a folder, and each output is named
 * after its spec (a.json -> a.png a.svg a.pdf), with the alt text beside
 * it (a.txt).  Every file is written whole or not at all.
 */
#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cli.h"
#include "util/util.h"

struct	job {
	bool	 formats[SHUTU_FORMAT__COUNT];
	size_t	 nformats;
	bool	 alt;		/* write the .txt beside */
	struct shutu_render_options ro;
	/* A table given instead of a spec: what the spec would say. */
	const char *type, *title, *subtitle, *source, *unit;
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

/* data.csv, data.tsv: a table to draw, not a spec. */
static bool
is_table(const char *path)
{
	const char	*dot = strrchr(path, '.');

	return dot != NULL && (g_ascii_strcasecmp(dot, ".csv") == 0 ||
	    g_ascii_strcasecmp(dot, ".tsv") == 0 ||
	    g_ascii_strcasecmp(dot, ".tab") == 0);
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

/* Render one spec into "dir" (every format) or to "file" (one format). */
static bool
render_one(const char *spec, const struct job *job, const char *dir,
    const char *file, enum shutu_format ffmt)
{
	struct shutu_chart	*c;
	GError			*error = NULL;
	char			*base, *out, *alt_path;
	bool			 ok = true;
	size_t			 f;

	if ((is_table(spec) ? (c = table_chart(spec, job, &error)) :
	    (c = shutu_chart_load(spec, &error))) == NULL) {
		cli_fail(error);
		return false;
	}
	if (!shutu_chart_set_options(c, &job->ro, &error)) {
		g_prefix_error(&error, "%s: ", spec);
		cli_fail(error);
		shutu_chart_free(c);
		return false;
	}
	if (file != NULL) {
		if (!shutu_chart_render_file(c, ffmt, file, &error))
			ok = false, cli_fail(error);
		else if (job->alt && strcmp(file, "-") != 0) {
			char *s = g_strndup(file, strrchr(file, '.') != NULL &&
			    strrchr(file, '.') > strrchr(file, '/') ?
			    (size_t)(strrchr(file, '.') - file) :
			    strlen(file));

			alt_path = g_strconcat(s, ".txt", NULL);
			if (!write_alt(c, alt_path, &error))
				ok = false, cli_fail(error);
			g_free(s);
			g_free(alt_path);
		}
		shutu_chart_free(c);
		return ok;
	}
	base = stem(spec);
	for (f = 0; f < SHUTU_FORMAT__COUNT && ok; f++) {
		if (!job->formats[f])
			continue;
		out = g_strdup_printf("%s/%s.%s", dir, base,
		    shutu_format_suffix(f));
		if (!shutu_chart_render_file(c, f, out, &error))
			ok = false, cli_fail(error);
		g_free(out);
	}
	if (ok && job->alt) {
		alt_path = g_strdup_printf("%s/%s.txt", dir, base);
		if (!write_alt(c, alt_path, &error))
			ok = false, cli_fail(error);
		g_free(alt_path);
	}
	g_free(base);
	shutu_chart_free(c);
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
		  "folder (several)", "OUT" },
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
	enum shutu_format ffmt = SHUTU_FORMAT_PNG, sfmt;
	const char	*suffix;
	bool		 to_dir;
	int		 i, rc = CLI_EXIT_OK;

	memset(&job, 0, sizeof job);
	ctx = g_option_context_new("SPEC|TABLE… - draw chart specs and "
	    "tables");
	g_option_context_add_main_entries(ctx, entries, NULL);
	cli_output_entries(ctx, &co);
	g_option_context_set_description(ctx,
	    "A spec is a JSON file: {\"type\": \"bar\", \"title\": \"…\", "
	    "\"data\": [{\"label\": \"…\",\n"
	    "\"value\": N}, …]} (see docs/spec.md).  With one spec and one "
	    "format, -o names\nthe file and its suffix must be the format's; "
	    "otherwise, or when -o is a\nfolder or a new name without a "
	    "suffix, a.json becomes a.png, a.svg, a.pdf there.\n"
	    "The alt text goes beside each chart as .txt.\n"
	    "A table (data.csv, data.tsv: UTF-8, a header row, labels in "
	    "the first column,\none bar series per other column) is drawn "
	    "as a bar chart: 'shutu render\ndata.csv --type bar --title "
	    "…' (docs/tables.md).\n"
	    "Pixels = physical size × dpi × scale, and the file records "
	    "dpi × scale, so\n--scale 2 doubles the pixels at the same "
	    "size in Word or WPS; --dpi 300 on a\nmm-sized spec is print "
	    "resolution.  .jpg is on white (no alpha); --cmyk writes\n"
	    "the PDF in CMYK through Ghostscript (docs/print.md).  Themes: "
	    "docs/themes.md.\n"
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
	if (formats != NULL) {
		unsigned int	 bits;

		if (!cli_formats(formats, &bits)) {
			rc = CLI_EXIT_USAGE;
			goto out;
		}
		for (i = 0; i < SHUTU_FORMAT__COUNT; i++)
			if (bits & (1u << i)) {
				job.formats[i] = true;
				job.nformats++;
			}
	}
	/* One spec, no --format: the suffix of -o says the format. */
	if (job.nformats == 0) {
		suffix = out != NULL ? strrchr(out, '.') : NULL;
		if (argc == 2 && suffix != NULL &&
		    strchr(suffix, '/') == NULL &&
		    shutu_format_from_name(suffix + 1, &ffmt))
			;
		else
			ffmt = SHUTU_FORMAT_PNG;
		job.formats[ffmt] = true;
		job.nformats = 1;
	} else
		for (i = 0; i < SHUTU_FORMAT__COUNT; i++)
			if (job.formats[i])
				ffmt = i;
	{
		unsigned int	 bits = 0;

		for (i = 0; i < SHUTU_FORMAT__COUNT; i++)
			if (job.formats[i])
				bits |= 1u << i;
		if ((rc = cli_output_check(&co, bits, &job.ro)) != CLI_EXIT_OK)
			goto out;
	}
	to_dir = argc > 2 || job.nformats > 1 || out == NULL ||
	    g_file_test(out, G_FILE_TEST_IS_DIR);
	/*
	 * One file: its suffix must be the format's, or a.gif would hold a
	 * PNG.  A new name without a suffix is a folder to create.
	 */
	suffix = out != NULL ? strrchr(out, '.') : NULL;
	if (suffix != NULL && strchr(suffix, '/') != NULL)
		suffix = NULL;
	if (!to_dir && strcmp(out, "-") != 0) {
		/* /dev/full, a FIFO, an existing file: written as they are. */
		if (suffix == NULL && !g_file_test(out, G_FILE_TEST_EXISTS))
			to_dir = true;
		else if (suffix == NULL)
			;
		else if (!shutu_format_from_name(suffix + 1, &sfmt) ||
		    sfmt != ffmt) {
			cli_warn("-o %s: suffix %s does not match the format "
			    "%s (name the file .%s, or choose --format)", out,
			    suffix, shutu_format_suffix(ffmt),
			    shutu_format_suffix(ffmt));
			rc = CLI_EXIT_USAGE;
			goto out;
		}
	}
	if (to_dir && out != NULL && strcmp(out, "-") == 0) {
		cli_warn("-o -: standard output takes one spec in one format");
		rc = CLI_EXIT_USAGE;
		goto out;
	}
	if (to_dir && out != NULL && g_mkdir_with_parents(out, 0777) != 0) {
		cli_warn("%s: cannot make the folder: %s", out,
		    g_strerror(errno));
		rc = CLI_EXIT_FAIL;
		goto out;
	}
	for (i = 1; i < argc; i++)
		if (!render_one(argv[i], &job, out != NULL ? out : ".",
		    to_dir ? NULL : out, ffmt))
			rc = CLI_EXIT_FAIL;
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
