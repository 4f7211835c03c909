/* SPDX-License-Identifier: MIT */
/*
 * The charts' view of a theme.  The colours, sizes and fonts themselves
 * live in theme files (themes/news.json, themes/party.json, or a user's):
 * see spec/theme.c and docs/themes.md.
 */
#include <string.h>

#include "theme.h"

static GMutex		 lock;
static GHashTable	*made;		/* spec_theme * -> struct theme * */

static struct rgba
rgb(guint32 v)
{
	return (struct rgba){ (v >> 16 & 0xff) / 255.0, (v >> 8 & 0xff) /
	    255.0, (v & 0xff) / 255.0, 1 };
}

/* The family, then shutu's chain for the glyphs it lacks. */
static const char *
family(const char *f)
{
	char		*s;
	const char	*out;

	if (strcmp(f, "shutu-sans") == 0)
		return "shutu-sans";
	s = g_strconcat(f, ",shutu-sans", NULL);
	out = g_intern_string(s);
	g_free(s);
	return out;
}

static struct theme *
make(const struct spec_theme *st)
{
	struct theme	*t = g_new0(struct theme, 1);
	size_t		 i;

	t->name = st->name;
	t->spec = st;
	t->background = rgb(st->colour[SPEC_COLOUR_BACKGROUND]);
	t->text = rgb(st->colour[SPEC_COLOUR_TEXT]);
	t->muted = rgb(st->colour[SPEC_COLOUR_MUTED]);
	t->axis = rgb(st->colour[SPEC_COLOUR_AXIS]);
	t->grid = rgb(st->colour[SPEC_COLOUR_GRID]);
	t->accent = rgb(st->colour[SPEC_COLOUR_ACCENT]);
	t->bar = rgb(st->colour[SPEC_COLOUR_BAR]);
	t->highlight = rgb(st->colour[SPEC_COLOUR_HIGHLIGHT]);
	t->band = rgb(st->colour[SPEC_COLOUR_BAND]);
	t->band_text = rgb(st->colour[SPEC_COLOUR_BAND_TEXT]);
	t->card = rgb(st->colour[SPEC_COLOUR_CARD]);
	t->nseries = st->nseries;
	for (i = 0; i < THEME_SERIES; i++)
		t->series[i] = rgb(st->series[i % st->nseries]);
	t->title_size = st->size[SPEC_SIZE_TITLE];
	t->subtitle_size = st->size[SPEC_SIZE_SUBTITLE];
	t->label_size = st->size[SPEC_SIZE_LABEL];
	t->value_size = st->size[SPEC_SIZE_VALUE];
	t->tick_size = st->size[SPEC_SIZE_TICK];
	t->note_size = st->size[SPEC_SIZE_NOTE];
	t->font_title = family(st->font[SPEC_FONT_TITLE]);
	t->font_body = family(st->font[SPEC_FONT_BODY]);
	t->font_number = family(st->font[SPEC_FONT_NUMBER]);
	t->title_weight = st->title_weight;
	t->accent_mark = st->accent_mark;
	t->title_rule = st->title_rule;
	t->footer_rule = st->footer_rule;
	t->source_prefix = st->source_prefix;
	return t;
}

const struct theme *
theme_get(const char *key)
{
	const struct spec_theme	*st = spec_theme_get(key);
	struct theme		*t;

	g_mutex_lock(&lock);
	if (made == NULL)
		made = g_hash_table_new(NULL, NULL);
	if ((t = g_hash_table_lookup(made, st)) == NULL) {
		t = make(st);
		g_hash_table_insert(made, (gpointer)st, t);
	}
	g_mutex_unlock(&lock);
	return t;
}

struct rgba
theme_series(const struct theme *t, size_t i)
{
	return t->series[i % THEME_SERIES];
}
