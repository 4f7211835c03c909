/* SPDX-License-Identifier: MIT */
/*
 * Pictograms for infographics, drawn as cairo paths into a unit box so
 * that they are sharp at every size and in every format.
 */
#include <string.h>

#include "render.h"

static const struct icon {
	const char	*name;
	void		(*draw)(cairo_t *);	/* into [0,1]x[0,1], filled */
} icons[] = {
	{ NULL, NULL },
};

static const struct icon *
find(const char *name)
{
	size_t	 i;

	for (i = 0; name != NULL && icons[i].name != NULL; i++)
		if (strcmp(icons[i].name, name) == 0)
			return &icons[i];
	return NULL;
}

bool
icon_exists(const char *name)
{
	return find(name) != NULL;
}

bool
icon_draw(cairo_t *cr, const char *name, double x, double y, double w,
    double h, struct rgba colour)
{
	const struct icon	*ic = find(name);
	double			 side = w < h ? w : h;

	if (ic == NULL)
		return false;
	cairo_save(cr);
	/* Square, centred in the box. */
	cairo_translate(cr, x + (w - side) / 2, y + (h - side) / 2);
	cairo_scale(cr, side, side);
	cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, colour.a);
	ic->draw(cr);
	cairo_restore(cr);
	return true;
}
