/* SPDX-License-Identifier: MIT */
/* The public chart API (shutu.h): spec -> layout -> file. */
#include <errno.h>
#include <string.h>

#include "chart.h"
#include "font/font.h"
#include "render/render.h"
#include "util/util.h"

struct	shutu_chart {
	struct spec	*spec;
	double		 dpi;		/* override, 0: the spec's */
	double		 scale;		/* pixels and density x scale; 0: 1 */
	char		*background;	/* override, or NULL */
	int		 quality;	/* JPEG, 0: the default */
	bool		 cmyk;
};

struct shutu_chart *
shutu_chart_parse(const char *json, gssize len, const char *name,
    GError **error)
{
	struct shutu_chart	*c;
	struct spec		*s;

	g_return_val_if_fail(json != NULL, NULL);
	if ((s = spec_parse(json, len, name != NULL ? name : "<spec>",
	    error)) == NULL)
		return NULL;
	c = g_new0(struct shutu_chart, 1);
	c->spec = s;
	return c;
}

struct shutu_chart *
shutu_chart_load(const char *path, GError **error)
{
	struct shutu_chart	*c = NULL;
	char			*data = NULL;
	size_t			 len;

	if (util_read_file(path, &data, &len, error))
		c = shutu_chart_parse(data, len, strcmp(path, "-") == 0 ?
		    "<stdin>" : path, error);
	g_free(data);
	return c;
}

void
shutu_chart_free(struct shutu_chart *c)
{
	if (c == NULL)
		return;
	spec_free(c->spec);
	g_free(c->background);
	g_free(c);
}

void
shutu_chart_set_dpi(struct shutu_chart *c, double dpi)
{
	c->dpi = dpi;
}

/* The theme "opt" names, or NULL; false when one is named but bad. */
static bool
check_options(const struct shutu_render_options *opt,
    const struct spec_theme **theme, GError **error)
{
	guint32		 rgb;

	*theme = NULL;
	if (opt->dpi != 0 && (opt->dpi < 36 || opt->dpi > 1200)) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT, "dpi %g is "
		    "outside 36 to 1200", opt->dpi);
		return false;
	}
	if (opt->scale != 0 && (opt->scale < 0.25 || opt->scale > 8)) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT, "scale %g "
		    "is outside 0.25 to 8", opt->scale);
		return false;
	}
	if (opt->jpeg_quality != 0 && (opt->jpeg_quality < 1 ||
	    opt->jpeg_quality > 100)) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT, "JPEG "
		    "quality %d is outside 1 to 100", opt->jpeg_quality);
		return false;
	}
	if (opt->background != NULL &&
	    strcmp(opt->background, "transparent") != 0 &&
	    !spec_colour_parse(opt->background, &rgb)) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT, "background "
		    "'%s': expected transparent or a colour like #ffffff",
		    opt->background);
		return false;
	}
	if (opt->theme != NULL &&
	    (*theme = spec_theme_find(opt->theme, NULL, error)) == NULL)
		return false;
	return true;
}

bool
shutu_render_options_check(const struct shutu_render_options *opt,
    GError **error)
{
	const struct spec_theme	*t;

	g_return_val_if_fail(opt != NULL, false);
	return check_options(opt, &t, error);
}

bool
shutu_chart_set_options(struct shutu_chart *c,
    const struct shutu_render_options *opt, GError **error)
{
	const struct spec_theme	*t;

	g_return_val_if_fail(c != NULL && opt != NULL, false);
	if (!check_options(opt, &t, error))
		return false;
	if (t != NULL) {
		g_free(c->spec->theme);
		c->spec->theme = g_strdup(t->key);
	}
	if (opt->dpi != 0)
		c->dpi = opt->dpi;
	if (opt->scale != 0)
		c->scale = opt->scale;
	if (opt->background != NULL) {
		g_free(c->background);
		c->background = g_strdup(opt->background);
	}
	if (opt->jpeg_quality != 0)
		c->quality = opt->jpeg_quality;
	c->cmyk = c->cmyk || opt->cmyk;
	return true;
}

/*
 * The theme's fonts must be installed (fontconfig would quietly take
 * another) and, with shutu's chain behind them, cover every glyph.
 */
static bool
check_fonts(const struct spec *s, GError **error)
{
	const struct theme	*t = theme_get(s->theme);
	const char *const	 fams[] = {
		t->font_title, t->font_body, t->font_number
	};
	char			*all;
	size_t			 i;
	bool			 ok = true;

	for (i = 0; i < SPEC_FONT__COUNT; i++) {
		const char *f = t->spec->font[i];

		if (strcmp(f, FONT_SANS) == 0 || strcmp(f, FONT_SERIF) == 0 ||
		    font_family_installed(f))
			continue;
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_FONT, "%s: no "
		    "installed font has the family '%s' (the theme's %s "
		    "font); 'fc-list : family' lists those there are",
		    t->spec->font_where[i] != NULL ? t->spec->font_where[i] :
		    t->name, f, i == SPEC_FONT_TITLE ? "title" :
		    i == SPEC_FONT_BODY ? "body" : "numbers");
		return false;
	}
	/* Every glyph first, so one message names all that are missing. */
	all = spec_text(s);
	for (i = 0; i < G_N_ELEMENTS(fams) && ok; i++)
		if (i == 0 || strcmp(fams[i], fams[0]) != 0)
			ok = font_check(fams[i], all, error);
	g_free(all);
	/* In a batch of hundreds, which spec it was matters. */
	if (!ok)
		g_prefix_error(error, "%s: ", s->name);
	return ok;
}

/* The output's background: the override, the spec's, or the theme's. */
static void
set_background(struct layout *l, const struct shutu_chart *c)
{
	const char	*bg = c->background != NULL ? c->background :
			    c->spec->background;
	guint32		 v;

	if (bg == NULL)
		return;
	if (strcmp(bg, "transparent") == 0)
		l->background.a = 0;
	else if (spec_colour_parse(bg, &v))
		l->background = (struct rgba){ (v >> 16 & 0xff) / 255.0,
		    (v >> 8 & 0xff) / 255.0, (v & 0xff) / 255.0, 1 };
}

struct layout *
chart_layout(const struct shutu_chart *c, GError **error)
{
	struct layout	*l = NULL;
	GError		*err = NULL;

	if (!check_fonts(c->spec, error))
		return NULL;
	switch (c->spec->type) {
	case SPEC_BAR:
		l = bar_layout(c->spec, error);
		break;
	case SPEC_TIMELINE:
		l = timeline_layout(c->spec, error);
		break;
	case SPEC_INFOGRAPHIC:
		l = infographic_layout(c->spec, error);
		break;
	case SPEC_LINE:
		l = line_layout(c->spec, error);
		break;
	case SPEC_SHARE:
		l = share_layout(c->spec, error);
		break;
	}
	if (l == NULL)
		return NULL;
	if (c->dpi > 0)
		l->dpi = c->dpi;
	/* More pixels, the same physical size: the density grows too. */
	if (c->scale > 0)
		l->dpi *= c->scale;
	set_background(l, c);
	if (c->spec->alt != NULL) {
		g_free(l->alt);
		l->alt = g_strdup(c->spec->alt);
	}
	/* A chart with overlapping text is wrong: never let it out. */
	if (!layout_check(l, &err)) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_RENDER,
		    "%s: cannot lay the chart out: %s", c->spec->name,
		    err->message);
		g_error_free(err);
		layout_free(l);
		return NULL;
	}
	return l;
}

static cairo_status_t
write_output(void *closure, const unsigned char *data, unsigned int len)
{
	struct util_output	*o = closure;

	if (fwrite(data, 1, len, o->fp) == len)
		return CAIRO_STATUS_SUCCESS;
	if (o->write_errno == 0)
		o->write_errno = errno;
	return CAIRO_STATUS_WRITE_ERROR;
}

bool
shutu_chart_render_file(const struct shutu_chart *c, enum shutu_format fmt,
    const char *path, GError **error)
{
	struct layout		*l;
	struct util_output	 o;
	struct surface_options	 so = { c->quality, c->cmyk };
	bool			 ok;

	g_return_val_if_fail(fmt < SHUTU_FORMAT__COUNT, false);
	if ((l = chart_layout(c, error)) == NULL)
		return false;
	if (!util_output_open(&o, path, error)) {
		layout_free(l);
		return false;
	}
	ok = surface_render(l, fmt, &so, write_output, &o, error);
	layout_free(l);
	if (!ok && o.write_errno != 0) {
		/* Say why the disk refused, not that the encoder stopped. */
		g_clear_error(error);
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_OUTPUT,
		    "%s: cannot write: %s", path, g_strerror(o.write_errno));
	} else if (!ok)
		g_prefix_error(error, "%s: ", path);
	if (!ok) {
		util_output_abort(&o);
		return false;
	}
	return util_output_commit(&o, error);
}

static cairo_status_t
write_buffer(void *closure, const unsigned char *data, unsigned int len)
{
	g_byte_array_append(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

bool
shutu_chart_render_data(const struct shutu_chart *c, enum shutu_format fmt,
    char **out, size_t *out_len, GError **error)
{
	struct layout	*l;
	GByteArray	*buf;
	struct surface_options so = { c->quality, c->cmyk };
	bool		 ok;

	g_return_val_if_fail(fmt < SHUTU_FORMAT__COUNT, false);
	if ((l = chart_layout(c, error)) == NULL)
		return false;
	buf = g_byte_array_new();
	ok = surface_render(l, fmt, &so, write_buffer, buf, error);
	layout_free(l);
	*out_len = buf->len;
	*out = (char *)g_byte_array_free(buf, !ok);
	if (!ok)
		*out = NULL, *out_len = 0;
	return ok;
}

char *
shutu_chart_dump(const struct shutu_chart *c, GError **error)
{
	struct layout	*l = chart_layout(c, error);
	char		*s;

	if (l == NULL)
		return NULL;
	s = layout_dump(l);
	layout_free(l);
	return s;
}

char *
shutu_chart_alt_text(const struct shutu_chart *c, GError **error)
{
	if (c->spec->alt != NULL)
		return g_strdup(c->spec->alt);
	switch (c->spec->type) {
	case SPEC_BAR:
		return bar_alt_text(c->spec);
	case SPEC_TIMELINE:
		return timeline_alt_text(c->spec);
	case SPEC_INFOGRAPHIC:
		return infographic_alt_text(c->spec);
	case SPEC_LINE:
		return line_alt_text(c->spec);
	case SPEC_SHARE:
		return share_alt_text(c->spec);
	}
	return NULL;
}

static const char *const suffixes[] = {
	[SHUTU_FORMAT_PNG] = "png",
	[SHUTU_FORMAT_SVG] = "svg",
	[SHUTU_FORMAT_PDF] = "pdf",
	[SHUTU_FORMAT_JPEG] = "jpg",
};

const char *
shutu_format_suffix(enum shutu_format f)
{
	return f < SHUTU_FORMAT__COUNT ? suffixes[f] : NULL;
}

bool
shutu_format_from_name(const char *name, enum shutu_format *out)
{
	size_t	 i;

	if (g_ascii_strcasecmp(name, "jpeg") == 0)
		name = "jpg";
	for (i = 0; i < G_N_ELEMENTS(suffixes); i++)
		if (g_ascii_strcasecmp(name, suffixes[i]) == 0) {
			*out = i;
			return true;
		}
	return false;
}
