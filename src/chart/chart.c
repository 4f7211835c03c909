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
	g_free(c);
}

void
shutu_chart_set_dpi(struct shutu_chart *c, double dpi)
{
	c->dpi = dpi;
}

struct layout *
chart_layout(const struct shutu_chart *c, GError **error)
{
	struct layout	*l = NULL;
	GError		*err = NULL;
	char		*all;
	bool		 covered;

	/* Every glyph first, so one message names all that are missing. */
	all = spec_text(c->spec);
	covered = font_check(FONT_SANS, all, error);
	g_free(all);
	if (!covered) {
		/* In a batch of hundreds, which spec it was matters. */
		g_prefix_error(error, "%s: ", c->spec->name);
		return NULL;
	}
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
	}
	if (l == NULL)
		return NULL;
	if (c->dpi > 0)
		l->dpi = c->dpi;
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
	bool			 ok;

	g_return_val_if_fail(fmt < SHUTU_FORMAT__COUNT, false);
	if ((l = chart_layout(c, error)) == NULL)
		return false;
	if (!util_output_open(&o, path, error)) {
		layout_free(l);
		return false;
	}
	ok = surface_render(l, fmt, write_output, &o, error);
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
	bool		 ok;

	g_return_val_if_fail(fmt < SHUTU_FORMAT__COUNT, false);
	if ((l = chart_layout(c, error)) == NULL)
		return false;
	buf = g_byte_array_new();
	ok = surface_render(l, fmt, write_buffer, buf, error);
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
	}
	return NULL;
}

static const char *const suffixes[] = {
	[SHUTU_FORMAT_PNG] = "png",
	[SHUTU_FORMAT_SVG] = "svg",
	[SHUTU_FORMAT_PDF] = "pdf",
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

	for (i = 0; i < G_N_ELEMENTS(suffixes); i++)
		if (g_ascii_strcasecmp(name, suffixes[i]) == 0) {
			*out = i;
			return true;
		}
	return false;
}
