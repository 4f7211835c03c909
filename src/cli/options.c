/* SPDX-License-Identifier: MIT */
/*
 * The output options that render, auto and batch share: --dpi, --scale,
 * --theme, --background, --quality, --cmyk.  One table, one check, one
 * wording of each error.  Numbers are read as strings, through
 * cli_double() and cli_int(), so that '--dpi high' gets the same message
 * as '--dpi 5'.
 */
#include <string.h>

#include "cli.h"

void
cli_output_entries(GOptionContext *ctx, struct cli_output *o)
{
	GOptionEntry	 entries[] = {
		{ "dpi", 0, 0, G_OPTION_ARG_STRING, &o->dpi,
		  "Pixels per inch of PNG and JPEG, over the spec's (36-1200)",
		  "N" },
		{ "scale", 0, 0, G_OPTION_ARG_STRING, &o->scale,
		  "Pixels x F at the same physical size (0.25-8; 2 for "
		  "Word/WPS)", "F" },
		{ "theme", 0, 0, G_OPTION_ARG_FILENAME, &o->theme,
		  "House style: news, party or a theme file, over the spec's",
		  "NAME|FILE" },
		{ "background", 0, 0, G_OPTION_ARG_STRING, &o->background,
		  "transparent (PNG alpha; JPEG on white) or a colour #rrggbb",
		  "BG" },
		{ "quality", 0, 0, G_OPTION_ARG_STRING, &o->quality,
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
	struct shutu_render_options	 one;
	GError				*error = NULL;

	memset(out, 0, sizeof *out);
	if (o->dpi != NULL && !cli_double("--dpi", o->dpi, 36, 1200,
	    "a resolution in dpi", &out->dpi))
		return CLI_EXIT_USAGE;
	if (o->scale != NULL && !cli_double("--scale", o->scale, 0.25, 8,
	    "a scale", &out->scale))
		return CLI_EXIT_USAGE;
	if (o->quality != NULL && !cli_int("--quality", o->quality, 1, 100,
	    "a JPEG quality", &out->jpeg_quality))
		return CLI_EXIT_USAGE;
	/* The library knows colours and themes: it checks them alone. */
	memset(&one, 0, sizeof one);
	one.background = o->background;
	if (o->background != NULL &&
	    !shutu_render_options_check(&one, NULL)) {
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
	memset(&one, 0, sizeof one);
	one.theme = o->theme;
	if (o->theme != NULL && !shutu_render_options_check(&one, &error)) {
		/* Placed in the theme file: its name says where. */
		if (error->code == SHUTU_ERROR_SPEC)
			cli_warn("%s", error->message);
		else
			cli_warn("--theme: %s", error->message);
		g_error_free(error);
		return CLI_EXIT_FAIL;
	}
	out->theme = o->theme;
	out->background = o->background;
	out->cmyk = o->cmyk;
	return CLI_EXIT_OK;
}

void
cli_output_release(struct cli_output *o)
{
	g_free(o->dpi);
	g_free(o->scale);
	g_free(o->quality);
	g_free(o->theme);
	g_free(o->background);
}
