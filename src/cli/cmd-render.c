/* SPDX-License-Identifier: MIT */
/*
 * shutu render SPEC… [-o OUT] [--format png,svg,pdf] [--dpi N]
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
	double	 dpi;
	bool	 alt;		/* write the .txt beside */
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

	if ((c = shutu_chart_load(spec, &error)) == NULL) {
		cli_fail(error);
		return false;
	}
	if (job->dpi > 0)
		shutu_chart_set_dpi(c, job->dpi);
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
	char		*out = NULL, *formats = NULL, *dpi_arg = NULL;
	double		 dpi = 0;
	gboolean	 no_alt = FALSE;
	GOptionContext	*ctx;
	GOptionEntry	 entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "Output file (one spec, one format; '-' is stdout) or "
		  "folder (several)", "OUT" },
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
	enum shutu_format ffmt = SHUTU_FORMAT_PNG;
	const char	*suffix;
	bool		 to_dir;
	int		 i, rc = CLI_EXIT_OK;

	memset(&job, 0, sizeof job);
	ctx = g_option_context_new("SPEC… - draw chart specs");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(ctx,
	    "A spec is a JSON file: {\"type\": \"bar\", \"title\": \"…\", "
	    "\"data\": [{\"label\": \"…\",\n"
	    "\"value\": N}, …]} (see docs/spec.md).  With one spec and one "
	    "format, -o names\nthe file and its suffix must be the format's; "
	    "otherwise, or when -o is a\nfolder or a new name without a "
	    "suffix, a.json becomes a.png, a.svg, a.pdf there.\n"
	    "The alt text goes beside each chart as .txt.\n"
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
		else if (g_ascii_strcasecmp(suffix + 1,
		    shutu_format_suffix(ffmt)) != 0) {
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
	g_free(out);
	g_free(formats);
	g_free(dpi_arg);
	return rc;
}
