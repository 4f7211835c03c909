/* SPDX-License-Identifier: MIT */
/*
 * House styles: theme files (docs/themes.md, schema/theme.schema.json)
 * -> struct spec_theme.  The built-in "news" and "party" are theme files
 * too (themes/news.json, themes/party.json), compiled in and parsed on first use, so the
 * format can say everything a built-in does.  A theme is read once per
 * process and content: a batch of ten thousand specs that name one theme
 * file parses it once, and every thread shares the result.
 */
#include <string.h>

#include "parse.h"

#define THEME_FILE_MAX	(1 << 20)	/* far past any theme */

static const char *const colour_names[SPEC_COLOUR__COUNT + 1] = {
	[SPEC_COLOUR_BACKGROUND] = "background",
	[SPEC_COLOUR_TEXT] = "text",
	[SPEC_COLOUR_MUTED] = "muted",
	[SPEC_COLOUR_AXIS] = "axis",
	[SPEC_COLOUR_GRID] = "grid",
	[SPEC_COLOUR_ACCENT] = "accent",
	[SPEC_COLOUR_BAR] = "bar",
	[SPEC_COLOUR_HIGHLIGHT] = "highlight",
	[SPEC_COLOUR_BAND] = "band",
	[SPEC_COLOUR_BAND_TEXT] = "band_text",
	[SPEC_COLOUR_CARD] = "card",
};

static const char *const font_names[SPEC_FONT__COUNT + 2] = {
	[SPEC_FONT_TITLE] = "title",
	[SPEC_FONT_BODY] = "body",
	[SPEC_FONT_NUMBER] = "numbers",
	[SPEC_FONT__COUNT] = "title_weight",
};

static const char *const size_names[SPEC_SIZE__COUNT + 1] = {
	[SPEC_SIZE_TITLE] = "title",
	[SPEC_SIZE_SUBTITLE] = "subtitle",
	[SPEC_SIZE_LABEL] = "label",
	[SPEC_SIZE_VALUE] = "value",
	[SPEC_SIZE_TICK] = "tick",
	[SPEC_SIZE_NOTE] = "note",
};

static const char *const furniture_names[] = {
	"accent_mark", "title_rule", "footer_rule", "source_prefix", NULL
};

/*
 * What a theme without "extends" must give: every colour, font, size and
 * piece of furniture, one bit each.
 */
enum {
	GIVEN_COLOURS = 0,
	GIVEN_SERIES = GIVEN_COLOURS + SPEC_COLOUR__COUNT,
	GIVEN_FONTS,
	GIVEN_WEIGHT = GIVEN_FONTS + SPEC_FONT__COUNT,
	GIVEN_SIZES,
	GIVEN_FURNITURE = GIVEN_SIZES + SPEC_SIZE__COUNT,
	GIVEN__COUNT = GIVEN_FURNITURE + 4,
};

static GMutex		 lock;
static GHashTable	*by_key;	/* key -> struct spec_theme * */
static GHashTable	*by_source;	/* "path\ncontent" -> the same */
static unsigned		 serial;

bool
spec_colour_parse(const char *s, guint32 *out)
{
	size_t	 n = s != NULL ? strlen(s) : 0, i;
	guint32	 v = 0;

	if ((n != 7 && n != 4) || s[0] != '#')
		return false;
	for (i = 1; i < n; i++) {
		int d = g_ascii_xdigit_value(s[i]);

		if (d < 0)
			return false;
		v = v << (n == 4 ? 8 : 4) | (guint32)(n == 4 ? d * 17 : d);
	}
	*out = v;
	return true;
}

static bool
colour_member(struct parse *p, JsonNode *obj, const char *key,
    const char *what, guint32 *out, bool *given)
{
	JsonNode	*n = json_object_get_member(json_node_get_object(obj),
			    key);
	char		*s = NULL;
	bool		 ok;

	if (n == NULL)
		return true;
	if (!parse_string(p, obj, key, &s))
		return false;
	ok = s != NULL && spec_colour_parse(s, out);
	if (!ok)
		parse_fail(p, n, "%s.%s: expected a colour like \"#1f5f99\", "
		    "found %s%s%s", what, key, s != NULL ? "'" : "",
		    s != NULL ? s : parse_node_kind(n), s != NULL ? "'" : "");
	g_free(s);
	*given = ok;
	return ok;
}

/* An object member that must be an object, or absent. */
static bool
object_member(struct parse *p, JsonNode *root, const char *key,
    const char *const *members, JsonNode **out)
{
	JsonNode	*n = json_object_get_member(json_node_get_object(root),
			    key);

	*out = NULL;
	if (n == NULL)
		return true;
	if (!JSON_NODE_HOLDS_OBJECT(n))
		return parse_fail(p, n, "\"%s\": expected an object, found %s",
		    key, parse_node_kind(n));
	if (!parse_check_members(p, n, key, members))
		return false;
	*out = n;
	return true;
}

/* "t.json:4:14" of "node", for messages about it made later. */
static const char *
where(struct parse *p, JsonNode *node)
{
	GError		*e = NULL;
	const char	*w;
	char		*end;

	util_json_error(&p->json, &e, 0, node, "-");
	end = g_strrstr(e->message, ": -");
	if (end != NULL)
		*end = '\0';
	w = g_intern_string(e->message);
	g_error_free(e);
	return w;
}

static bool
parse_colours(struct parse *p, JsonNode *root, struct spec_theme *t,
    bool *given)
{
	JsonNode	*o, *n;
	JsonArray	*a;
	size_t		 i;

	if (!object_member(p, root, "colors", colour_names, &o))
		return false;
	for (i = 0; o != NULL && i < SPEC_COLOUR__COUNT; i++)
		if (!colour_member(p, o, colour_names[i], "colors",
		    &t->colour[i], &given[GIVEN_COLOURS + i]))
			return false;
	n = json_object_get_member(json_node_get_object(root), "series");
	if (n == NULL)
		return true;
	if (!JSON_NODE_HOLDS_ARRAY(n) || (a = json_node_get_array(n),
	    json_array_get_length(a) == 0) || json_array_get_length(a) >
	    SPEC_SERIES_MAX)
		return parse_fail(p, n, "\"series\": expected an array of 1 to "
		    "%d colours like \"#0072b2\"", SPEC_SERIES_MAX);
	t->nseries = json_array_get_length(a);
	for (i = 0; i < t->nseries; i++) {
		JsonNode	*e = json_array_get_element(a, i);

		if (!JSON_NODE_HOLDS_VALUE(e) ||
		    json_node_get_value_type(e) != G_TYPE_STRING ||
		    !spec_colour_parse(json_node_get_string(e),
		    &t->series[i]))
			return parse_fail(p, e, "series %zu: expected a colour "
			    "like \"#0072b2\"", i + 1);
	}
	given[GIVEN_SERIES] = true;
	return true;
}

static bool
parse_fonts(struct parse *p, JsonNode *root, struct spec_theme *t,
    bool *given)
{
	static const char *const weights[] = { "normal", "bold", NULL };
	JsonNode	*o, *n;
	size_t		 i;

	if (!object_member(p, root, "fonts", font_names, &o))
		return false;
	if (o == NULL)
		return true;
	for (i = 0; i < SPEC_FONT__COUNT; i++) {
		char	*s = NULL;

		n = json_object_get_member(json_node_get_object(o),
		    font_names[i]);
		if (n == NULL)
			continue;
		if (!parse_string(p, o, font_names[i], &s))
			return false;
		if (s == NULL || *g_strstrip(s) == '\0' || strlen(s) > 200) {
			g_free(s);
			return parse_fail(p, n, "fonts.%s: expected a font "
			    "family such as \"Noto Serif CJK SC\"",
			    font_names[i]);
		}
		t->font[i] = g_intern_string(s);
		t->font_where[i] = where(p, n);
		given[GIVEN_FONTS + i] = true;
		g_free(s);
	}
	n = json_object_get_member(json_node_get_object(o), "title_weight");
	if (n == NULL)
		return true;
	if (parse_is_number(n)) {
		double	 w = json_node_get_double(n);

		if (w < 100 || w > 900)
			return parse_fail(p, n, "fonts.title_weight: %g is "
			    "outside 100 to 900", w);
		t->title_weight = (int)w;
	} else {
		int	 k = -1;

		if (!parse_enum(p, o, "title_weight", weights, &k))
			return false;
		t->title_weight = k == 1 ? 700 : 400;
	}
	given[GIVEN_WEIGHT] = true;
	return true;
}

static bool
parse_sizes(struct parse *p, JsonNode *root, struct spec_theme *t,
    bool *given)
{
	JsonNode	*o, *n;
	size_t		 i;

	if (!object_member(p, root, "sizes", size_names, &o))
		return false;
	for (i = 0; o != NULL && i < SPEC_SIZE__COUNT; i++) {
		n = json_object_get_member(json_node_get_object(o),
		    size_names[i]);
		if (n == NULL)
			continue;
		if (!parse_number(p, o, size_names[i], &t->size[i], false,
		    "sizes"))
			return false;
		/* Smaller than 5 pt no one reads; larger than 72 no chart needs. */
		if (t->size[i] < 5 || t->size[i] > 72)
			return parse_fail(p, n, "sizes.%s: %g pt is outside 5 "
			    "to 72", size_names[i], t->size[i]);
		given[GIVEN_SIZES + i] = true;
	}
	return true;
}

static bool
parse_furniture(struct parse *p, JsonNode *root, struct spec_theme *t,
    bool *given)
{
	bool *const	 flags[] = {
		&t->accent_mark, &t->title_rule, &t->footer_rule
	};
	JsonNode	*o;
	char		*prefix = NULL;
	size_t		 i;

	if (!object_member(p, root, "furniture", furniture_names, &o))
		return false;
	for (i = 0; o != NULL && i < G_N_ELEMENTS(flags); i++) {
		if (!json_object_has_member(json_node_get_object(o),
		    furniture_names[i]))
			continue;
		if (!parse_bool(p, o, furniture_names[i], flags[i]))
			return false;
		given[GIVEN_FURNITURE + i] = true;
	}
	if (o == NULL || !json_object_has_member(json_node_get_object(o),
	    "source_prefix"))
		return true;
	if (!parse_string(p, o, "source_prefix", &prefix))
		return false;
	t->source_prefix = g_intern_string(prefix != NULL ? prefix : "");
	given[GIVEN_FURNITURE + 3] = true;
	g_free(prefix);
	return true;
}

/* The first member a theme without "extends" left out, for the message. */
static void
missing_name(const bool *given, char *buf, size_t len)
{
	size_t	 i;

	for (i = 0; i < GIVEN__COUNT && given[i]; i++)
		;
	if (i < GIVEN_SERIES)
		g_snprintf(buf, len, "colors.%s", colour_names[i]);
	else if (i == GIVEN_SERIES)
		g_snprintf(buf, len, "series");
	else if (i <= GIVEN_WEIGHT)
		g_snprintf(buf, len, "fonts.%s", font_names[i - GIVEN_FONTS]);
	else if (i < GIVEN_FURNITURE)
		g_snprintf(buf, len, "sizes.%s", size_names[i - GIVEN_SIZES]);
	else
		g_snprintf(buf, len, "furniture.%s",
		    furniture_names[i - GIVEN_FURNITURE]);
}

static bool
parse_theme(struct parse *p, struct spec_theme *t)
{
	static const char *const members[] = {
		"$schema", "name", "description", "extends", "colors",
		"series", "fonts", "sizes", "furniture", NULL
	};
	JsonNode		*root = util_json_root(&p->json);
	bool			 given[GIVEN__COUNT] = { false };
	const struct spec_theme	*base = NULL;
	char			*ext = NULL, *name = NULL, *desc = NULL;
	char			 miss[64];
	size_t			 i;

	if (!JSON_NODE_HOLDS_OBJECT(root))
		return parse_fail(p, root, "expected a JSON object (a theme), "
		    "found %s", parse_node_kind(root));
	if (!parse_check_members(p, root, "theme", members) ||
	    !parse_string(p, root, "name", &name) ||
	    !parse_string(p, root, "description", &desc) ||
	    !parse_string(p, root, "extends", &ext))
		goto fail;
	if (ext != NULL && (base = spec_theme_builtin(ext)) == NULL) {
		parse_fail(p, json_object_get_member(json_node_get_object(root),
		    "extends"), "\"extends\": unknown theme '%s' (expected one "
		    "of %s)", ext, spec_theme_names());
		goto fail;
	}
	if (base != NULL) {
		const char *key = t->key, *nm = t->name;

		*t = *base;
		t->key = key;
		t->name = nm;
		memset(t->font_where, 0, sizeof t->font_where);
	}
	if (!parse_colours(p, root, t, given) ||
	    !parse_fonts(p, root, t, given) ||
	    !parse_sizes(p, root, t, given) ||
	    !parse_furniture(p, root, t, given))
		goto fail;
	for (i = 0; base == NULL && i < GIVEN__COUNT; i++)
		if (!given[i]) {
			missing_name(given, miss, sizeof miss);
			parse_fail(p, root, "theme: missing %s (a theme without "
			    "\"extends\" gives every member; or start from "
			    "\"extends\": \"news\")", miss);
			goto fail;
		}
	g_free(ext);
	g_free(name);
	g_free(desc);
	return true;
fail:
	g_free(ext);
	g_free(name);
	g_free(desc);
	return false;
}

/* Parse "json" as the theme "name" (for messages) with "key". */
static struct spec_theme *
theme_parse(const char *json, size_t len, const char *name,
    const char *key, GError **error)
{
	struct parse		 p;
	struct spec_theme	*t = g_new0(struct spec_theme, 1);
	bool			 ok;

	memset(&p, 0, sizeof p);
	p.error = error;
	t->key = g_intern_string(key);
	t->name = g_intern_string(name);
	ok = util_json_load(&p.json, name, json, len, error) &&
	    parse_theme(&p, t);
	util_json_release(&p.json);
	if (!ok) {
		g_free(t);
		return NULL;
	}
	return t;
}

static gpointer
load_builtins(gpointer unused)
{
	const struct spec_theme_source	*src;
	GError				*error = NULL;

	by_key = g_hash_table_new(g_str_hash, g_str_equal);
	by_source = g_hash_table_new(g_str_hash, g_str_equal);
	for (src = spec_theme_sources; src->name != NULL; src++) {
		struct spec_theme *t = theme_parse(src->json, src->len,
		    src->path, src->name, &error);

		/* Checked by the tests: a built-in that fails is our bug. */
		if (t == NULL)
			g_error("built-in theme %s", error->message);
		g_hash_table_insert(by_key, (gpointer)t->key, t);
	}
	return NULL;
}

static void
init(void)
{
	static GOnce	 once = G_ONCE_INIT;

	g_once(&once, load_builtins, NULL);
}

const struct spec_theme *
spec_theme_builtin(const char *name)
{
	const struct spec_theme_source	*src;

	init();
	/* Only the built-ins: a key of a file never names one. */
	for (src = spec_theme_sources; src->name != NULL; src++)
		if (name != NULL && strcmp(src->name, name) == 0)
			return g_hash_table_lookup(by_key, src->name);
	return NULL;
}

const struct spec_theme *
spec_theme_get(const char *key)
{
	const struct spec_theme	*t;

	init();
	g_mutex_lock(&lock);
	t = key != NULL ? g_hash_table_lookup(by_key, key) : NULL;
	g_mutex_unlock(&lock);
	return t != NULL ? t : spec_theme_builtin(spec_theme_sources[0].name);
}

const char *
spec_theme_names(void)
{
	static const char	*names;
	const struct spec_theme_source *src;

	if (names == NULL) {
		GString *s = g_string_new(NULL);

		for (src = spec_theme_sources; src->name != NULL; src++)
			g_string_append_printf(s, "%s%s", s->len ? ", " : "",
			    src->name);
		names = g_intern_string(s->str);
		g_string_free(s, TRUE);
	}
	return names;
}

/*
 * A theme file, by the path given (messages) and as found (relative).
 * Errors inside the file are SHUTU_ERROR_SPEC and carry its line and
 * column; a file that cannot be read, or an unknown name, is
 * SHUTU_ERROR_INPUT, which a spec places at its "theme" member.
 */
static const struct spec_theme *
theme_file(const char *given, const char *path, GError **error)
{
	struct spec_theme	*t;
	char			*data = NULL, *abs, *source, *key;
	size_t			 len;

	if (!util_read_file(path, &data, &len, error))
		return NULL;
	if (len > THEME_FILE_MAX) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT, "%s: larger "
		    "than %d KiB, not a theme", given, THEME_FILE_MAX >> 10);
		g_free(data);
		return NULL;
	}
	abs = g_canonicalize_filename(path, NULL);
	source = g_strconcat(abs, "\n", data, NULL);
	init();
	g_mutex_lock(&lock);
	t = g_hash_table_lookup(by_source, source);
	g_mutex_unlock(&lock);
	if (t != NULL) {
		g_free(source);
		g_free(abs);
		g_free(data);
		return t;
	}
	g_mutex_lock(&lock);
	key = g_strdup_printf("%s#%u", abs, ++serial);
	g_mutex_unlock(&lock);
	t = theme_parse(data, len, given, key, error);
	g_free(key);
	g_free(abs);
	g_free(data);
	if (t == NULL) {
		g_free(source);
		return NULL;
	}
	g_mutex_lock(&lock);
	if (g_hash_table_contains(by_source, source)) {
		/* Another thread read it meanwhile: keep one of the two. */
		g_free(t);
		t = g_hash_table_lookup(by_source, source);
		g_free(source);
	} else {
		g_hash_table_insert(by_source, source, t);
		g_hash_table_insert(by_key, (gpointer)t->key, t);
	}
	g_mutex_unlock(&lock);
	return t;
}

const struct spec_theme *
spec_theme_find(const char *name, const char *relative_to, GError **error)
{
	const struct spec_theme	*t;
	char			*dir, *path;

	if ((t = spec_theme_builtin(name)) != NULL)
		return t;
	/* A name has no folder and no suffix; anything else is a file. */
	if (strchr(name, '/') == NULL && !g_str_has_suffix(name, ".json")) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT, "unknown "
		    "theme '%s' (expected %s, or a theme file such as "
		    "themes/mine.json)", name, spec_theme_names());
		return NULL;
	}
	if (relative_to == NULL || g_path_is_absolute(name))
		return theme_file(name, name, error);
	dir = g_path_get_dirname(relative_to);
	path = g_build_filename(dir, name, NULL);
	t = theme_file(path, path, error);
	g_free(dir);
	g_free(path);
	return t;
}
