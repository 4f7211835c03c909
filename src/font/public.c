/* SPDX-License-Identifier: MIT */
/* The public face of the font module (shutu.h). */
#include "font.h"

bool
shutu_fonts_check(const char *text, GError **error)
{
	return font_check(FONT_SANS, text, error);
}

char *
shutu_fonts_describe(void)
{
	static const struct {
		const char	*what;
		const char	*family;
		gunichar	 sample;
	} rows[] = {
		{ "Han",			FONT_SANS,	0x6C49 },	/* 汉 */
		{ "Latin",		FONT_SANS,	'A' },
		{ "digits",		FONT_SANS,	'0' },
		{ "punctuation",	FONT_SANS,	0xFF0C },
		{ "Han (serif role)",	FONT_SERIF,	0x6C49 },
	};
	GString		*s = g_string_new(NULL);
	GError		*error = NULL;
	size_t		 i;

	if (font_config(&error) == NULL) {
		g_string_append_printf(s, "error: %s\n", error->message);
		g_error_free(error);
		return g_string_free(s, FALSE);
	}
	g_string_append_printf(s, "configuration: %s\n", font_config_path());
	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		char	*d = font_describe_char(rows[i].family, rows[i].sample);

		g_string_append_printf(s, "%-18s %s\n", rows[i].what,
		    d != NULL ? d : "NO FONT (install fonts-noto-cjk)");
		g_free(d);
	}
	return g_string_free(s, FALSE);
}
