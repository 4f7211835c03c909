/* SPDX-License-Identifier: MIT */
/*
 * Fonts: shutu's own fontconfig configuration (fonts/fonts.conf), one
 * Pango context per thread for measuring text, and the coverage check
 * that keeps missing glyphs (tofu) out of every output.
 */
#ifndef SHUTU_FONT_H
#define SHUTU_FONT_H

#include <stdbool.h>
#include <pango/pango.h>
#include <fontconfig/fontconfig.h>

#include "shutu.h"

/* Font roles: the 黑体 role for everything, the 宋体 role for notes. */
#define FONT_SANS	"shutu-sans"
#define FONT_SERIF	"shutu-serif"

/*
 * The fontconfig configuration, loaded once per process on first use
 * (lazily: start-up costs nothing for commands that draw nothing).
 * Borrowed; NULL with "error" set when fonts.conf cannot be loaded.
 */
FcConfig	*font_config(GError **error);
/* Path of the fonts.conf in use (after font_config() succeeded). */
const char	*font_config_path(void);

/*
 * This thread's Pango context for layout: its own font map over the shared
 * configuration (Pango font maps are not thread-safe), 72 units per inch
 * so that sizes in points are user units, no hinting so that layouts
 * scale exactly to any output resolution.  Borrowed.
 */
PangoContext	*font_context(GError **error);

/*
 * Every character of "text" (but controls and spaces) must be covered by
 * some font of "family"'s fallback chain ("family" may be a Pango list,
 * "Noto Serif CJK SC,shutu-sans"); else "error" names the characters and
 * the fix.
 */
bool		 font_check(const char *family, const char *text,
		    GError **error);

/*
 * Whether some installed font has "family" as one of its names (a theme
 * that names a font not installed would silently get another).
 */
bool		 font_family_installed(const char *family);

/* The font file and family that draw "ch" in "family" (g_free), or NULL. */
char		*font_describe_char(const char *family, gunichar ch);

#endif /* SHUTU_FONT_H */
