/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "font.h"

static FcConfig		*config;	/* shared: fontconfig is thread-safe */
static char		*config_path;
static GError		*config_error;	/* why loading failed, once */
static GMutex		 cover_lock;
static GHashTable	*covers;	/* family -> FcCharSet of its chain */

static void
context_free(gpointer p)
{
	PangoContext	*ctx = p;

	if (ctx != NULL) {
		PangoFontMap	*map = pango_context_get_font_map(ctx);

		g_object_ref(map);
		g_object_unref(ctx);
		g_object_unref(map);
	}
}

static GPrivate		 thread_context = G_PRIVATE_INIT(context_free);

/*
 * SHUTU_FONTS_CONF, else the installed copy.  (The build tree's shutu
 * sets SHUTU_FONTS_CONF to the source tree's: the library keeps no path
 * of the build.)
 */
static char *
find_config(void)
{
	const char	*env = g_getenv("SHUTU_FONTS_CONF");

	if (env != NULL && *env != '\0')
		return g_strdup(env);
	if (g_file_test(SHUTU_PKGDATADIR "/fonts.conf", G_FILE_TEST_IS_REGULAR))
		return g_strdup(SHUTU_PKGDATADIR "/fonts.conf");
	return NULL;
}

static gpointer
load_config(gpointer unused)
{
	char	*path = find_config();
	FcConfig *c;

	if (path == NULL) {
		config_error = g_error_new(SHUTU_ERROR, SHUTU_ERROR_FONT,
		    "no fonts.conf found in %s; install shutu or set "
		    "SHUTU_FONTS_CONF", SHUTU_PKGDATADIR);
		return NULL;
	}
	if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
		config_error = g_error_new(SHUTU_ERROR, SHUTU_ERROR_FONT,
		    "%s: no such font configuration", path);
		g_free(path);
		return NULL;
	}
	c = FcConfigCreate();
	if (!FcConfigParseAndLoad(c, (const FcChar8 *)path, FcTrue) ||
	    !FcConfigBuildFonts(c)) {
		config_error = g_error_new(SHUTU_ERROR, SHUTU_ERROR_FONT,
		    "%s: cannot load the font configuration", path);
		FcConfigDestroy(c);
		g_free(path);
		return NULL;
	}
	config_path = path;
	config = c;
	covers = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)FcCharSetDestroy);
	return c;
}

FcConfig *
font_config(GError **error)
{
	static GOnce	 once = G_ONCE_INIT;

	g_once(&once, load_config, NULL);
	if (config == NULL && error != NULL)
		*error = g_error_copy(config_error);
	return config;
}

const char *
font_config_path(void)
{
	return config_path;
}

PangoContext *
font_context(GError **error)
{
	PangoContext		*ctx = g_private_get(&thread_context);
	PangoFontMap		*map;
	cairo_font_options_t	*opt;

	if (ctx != NULL)
		return ctx;
	if (font_config(error) == NULL)
		return NULL;
	map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
	pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(map), 72);
	ctx = pango_font_map_create_context(map);
	g_object_unref(map);	/* the context holds it */
	pango_context_set_language(ctx, pango_language_from_string("zh-cn"));
	pango_context_set_round_glyph_positions(ctx, FALSE);
	opt = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(opt, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(opt, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_antialias(opt, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(ctx, opt);
	cairo_font_options_destroy(opt);
	g_private_set(&thread_context, ctx);
	return ctx;
}

/* The union of the characters of every font in "family"'s chain. */
static FcCharSet *
coverage(const char *family)
{
	FcCharSet	*cs;
	FcPattern	*pat;
	FcFontSet	*set;
	FcResult	 res;

	g_mutex_lock(&cover_lock);
	if ((cs = g_hash_table_lookup(covers, family)) != NULL)
		goto out;
	pat = FcPatternCreate();
	{
		/* A Pango family list: each in turn, as Pango falls back. */
		char	**names = g_strsplit(family, ",", -1);
		size_t	 i;

		for (i = 0; names[i] != NULL; i++)
			FcPatternAddString(pat, FC_FAMILY,
			    (const FcChar8 *)g_strstrip(names[i]));
		g_strfreev(names);
	}
	FcPatternAddString(pat, FC_LANG, (const FcChar8 *)"zh-cn");
	FcConfigSubstitute(config, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	cs = NULL;
	set = FcFontSort(config, pat, FcTrue, &cs, &res);
	if (cs == NULL)
		cs = FcCharSetCreate();
	if (set != NULL)
		FcFontSetDestroy(set);
	FcPatternDestroy(pat);
	g_hash_table_insert(covers, g_strdup(family), cs);
out:
	g_mutex_unlock(&cover_lock);
	return cs;
}

/* Characters that need no glyph: controls, spaces, joiners. */
static bool
needs_glyph(gunichar ch)
{
	switch (g_unichar_type(ch)) {
	case G_UNICODE_CONTROL:
	case G_UNICODE_FORMAT:
	case G_UNICODE_LINE_SEPARATOR:
	case G_UNICODE_PARAGRAPH_SEPARATOR:
	case G_UNICODE_SPACE_SEPARATOR:
		return false;
	default:
		return true;
	}
}

/*
 * What to install for "ch": Noto CJK while it is missing; for the rare
 * characters of CJK Extensions B to F (U+20000–U+2FFFF, 𪚥), which Noto
 * Sans CJK lacks, HanaMin (fonts-hanazono) has them; else no package
 * is known to help, and a font file must be added.
 */
static const char *
package_for(gunichar ch)
{
	if (!font_family_installed("Noto Sans CJK SC"))
		return "fonts-noto-cjk";
	if (ch >= 0x20000 && ch <= 0x2ffff &&
	    !font_family_installed("HanaMinB"))
		return "fonts-hanazono";
	return NULL;
}

bool
font_check(const char *family, const char *text, GError **error)
{
	FcCharSet	*cs;
	GString		*missing = NULL;
	GHashTable	*seen = NULL;
	const char	*p, *line = text, *first = NULL, *pkg;
	gunichar	 first_ch = 0;
	unsigned	 n = 0;
	int		 ctx_len;
	char		*fix;

	if (font_config(error) == NULL)
		return false;
	cs = coverage(family);
	for (p = text; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar	 ch = g_utf8_get_char(p);
		char		 buf[8];

		if (ch == '\n')
			line = p + 1;
		if (!needs_glyph(ch) || FcCharSetHasChar(cs, ch))
			continue;
		if (first == NULL)
			first = line, first_ch = ch;
		if (seen == NULL) {
			seen = g_hash_table_new(NULL, NULL);
			missing = g_string_new(NULL);
		}
		if (g_hash_table_contains(seen, GUINT_TO_POINTER(ch)))
			continue;
		g_hash_table_add(seen, GUINT_TO_POINTER(ch));
		if (++n <= 8) {
			buf[g_unichar_to_utf8(ch, buf)] = '\0';
			g_string_append_printf(missing, "%sU+%04X %s",
			    n > 1 ? ", " : "", ch, buf);
		}
	}
	if (missing == NULL)
		return true;
	if (n > 8)
		g_string_append_printf(missing, " and %u more", n - 8);
	/* Quote the line (of a multi-line text) with the first one. */
	ctx_len = strchr(first, '\n') != NULL ? (int)(strchr(first, '\n') -
	    first) : (int)strlen(first);
	if (ctx_len > 80)
		ctx_len = g_utf8_offset_to_pointer(first, 20) - first;
	pkg = package_for(first_ch);
	if (pkg != NULL)
		fix = g_strdup_printf("install a font that has %s, e.g. "
		    "'apt-get install %s', or add one to %s", n > 1 ? "them" :
		    "it", pkg, config_path != NULL ? config_path :
		    "fonts.conf");
	else
		fix = g_strdup_printf("no installed font has %s: put a font "
		    "file that does in a folder %s lists", n > 1 ? "them" :
		    "it", config_path != NULL ? config_path : "fonts.conf");
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_FONT,
	    "no font covers %s (in \"%.*s\"); %s", missing->str, ctx_len,
	    first, fix);
	g_free(fix);
	g_string_free(missing, TRUE);
	g_hash_table_destroy(seen);
	return false;
}

bool
font_family_installed(const char *family)
{
	FcPattern	*pat;
	FcObjectSet	*os;
	FcFontSet	*set;
	bool		 found;

	if (font_config(NULL) == NULL)
		return false;
	pat = FcPatternCreate();
	FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
	os = FcObjectSetBuild(FC_FAMILY, NULL);
	set = FcFontList(config, pat, os);
	found = set != NULL && set->nfont > 0;
	if (set != NULL)
		FcFontSetDestroy(set);
	FcObjectSetDestroy(os);
	FcPatternDestroy(pat);
	return found;
}

char *
font_describe_char(const char *family, gunichar ch)
{
	FcPattern	*pat;
	FcFontSet	*set;
	FcResult	 res;
	char		*out = NULL;
	int		 i;

	if (font_config(NULL) == NULL)
		return NULL;
	pat = FcPatternCreate();
	FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
	FcPatternAddString(pat, FC_LANG, (const FcChar8 *)"zh-cn");
	FcConfigSubstitute(config, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	set = FcFontSort(config, pat, FcFalse, NULL, &res);
	/* The first font of the sorted chain with the glyph: Pango's choice. */
	for (i = 0; set != NULL && i < set->nfont && out == NULL; i++) {
		FcCharSet	*cs;
		FcChar8		*fam, *file;
		int		 index = 0;

		if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &cs) !=
		    FcResultMatch || !FcCharSetHasChar(cs, ch))
			continue;
		if (FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &fam) !=
		    FcResultMatch)
			fam = (FcChar8 *)"?";
		if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) !=
		    FcResultMatch)
			file = (FcChar8 *)"?";
		FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &index);
		out = g_strdup_printf("%s (%s, face %d)", fam, file, index);
	}
	if (set != NULL)
		FcFontSetDestroy(set);
	FcPatternDestroy(pat);
	return out;
}
