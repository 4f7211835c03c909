/* SPDX-License-Identifier: MIT */
/*
 * The output options that render, auto and batch share: --dpi, --scale,
 * --theme, --background, --quality, --cmyk.  One table, one check, one
 * wording of each error.
 */
#include <string.h>

#include "cli.h"
#include "spec/spec.h"

void
cli_output_entries(GOptionContext *ctx, struct cli_output *o)
{
	GOptionEntry	 entries[] = {
		{ "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &o->dpi,
		  "Pixels per inch of PNG and JPEG, over the spec's (36-1200)",
		  "N" },
		{ "scale", 0, 0, G_OPTION_ARG_DOUBLE, &o->scale,
		  "Pixels x F at the same physical size (0.25-8; 2 for "
		  "Word/WPS)", "F" },
		{ "theme", 0, 0, G_OPTION_ARG_FILENAME, &o->theme,
		  "House style: news, party or a theme file, over the spec's",
		  "NAME|FILE" },
		{ "background", 0, 0, G_OPTION_ARG_STRING, &o->background,
		  "transparent (PNG alpha; JPEG on white) or a colour #rrggbb",
		  "BG" },
		{ "quality", 0, 0, G_OPTION_ARG_INT, &o->quality,
		  "JPEG quality 1-100 (default 92)", "Q" },
		{ "cmyk", 0, 0, G_OPTION_ARG_NONE, &o->cmyk,
		  "PDF in DeviceCMYK for print, through Ghostscript (gs)",
		  NULL },
		{ NULL }
	};

	memset(o, 0, sizeof *o);
	g_option_context_add_main_entries(ctx, entries, NULL);
}

int
cli_output_check(const struct cli_output *o, unsigned int formats,
    struct shutu_render_options *out)
{
	GError	*error = NULL;
	guint32	 rgb;

	memset(out, 0, sizeof *out);
	if (o->dpi != 0 && (o->dpi < 36 || o->dpi > 1200)) {
		cli_warn("--dpi: %g is outside 36 to 1200", o->dpi);
		return CLI_EXIT_USAGE;
	}
	if (o->scale != 0 && (o->scale < 0.25 || o->scale > 8)) {
		cli_warn("--scale: %g is outside 0.25 to 8", o->scale);
		return CLI_EXIT_USAGE;
	}
	if (o->quality != 0 && (o->quality < 1 || o->quality > 100)) {
		cli_warn("--quality: %d is outside 1 to 100", o->quality);
		return CLI_EXIT_USAGE;
	}
	if (o->background != NULL && strcmp(o->background, "transparent") !=
	    0 && !spec_colour_parse(o->background, &rgb)) {
		cli_warn("--background: '%s' is neither transparent nor a "
		    "colour like #ffffff", o->background);
		return CLI_EXIT_USAGE;
	}
	if (o->cmyk && !(formats & (1u << SHUTU_FORMAT_PDF))) {
		cli_warn("--cmyk: applies to PDF output; add pdf to --format "
		    "or name the output .pdf");
		return CLI_EXIT_USAGE;
	}
	/* A bad theme file is bad input: said once, before any chart. */
	if (o->theme != NULL && spec_theme_find(o->theme, NULL, &error) ==
	    NULL) {
		/* Placed in the theme file: its name says where. */
		if (error->code == SHUTU_ERROR_SPEC)
			cli_warn("%s", error->message);
		else
			cli_warn("--theme: %s", error->message);
		g_error_free(error);
		return CLI_EXIT_FAIL;
	}
	out->dpi = o->dpi;
	out->scale = o->scale;
	out->theme = o->theme;
	out->background = o->background;
	out->jpeg_quality = o->quality;
	out->cmyk = o->cmyk;
	return CLI_EXIT_OK;
}

void
cli_output_release(struct cli_output *o)
{
	g_free(o->theme);
	g_free(o->background);
}
