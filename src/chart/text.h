/* SPDX-License-Identifier: MIT */
/*
 * Text for charts, set by Pango with the Chinese rules (research.md
 * §2.1–2.3): CJK line breaking (Pango's UAX #14 keeps 。，、）》” off
 * line starts and （《“ off line ends), a number never split from its
 * unit (T3), ¼ em between Han and Latin or digits (T8), half-width digits
 * (T10), balanced lines with a line limit (T4).
 */
#ifndef SHUTU_TEXT_H
#define SHUTU_TEXT_H

#include <stdbool.h>
#include <pango/pango.h>

#include "layout.h"

struct	text_style {
	const char	*family;	/* fontconfig family: FONT_SANS */
	double		 size;		/* points */
	int		 weight;	/* PANGO_WEIGHT_NORMAL, _BOLD */
	PangoAlignment	 align;
	int		 max_lines;	/* 0: no limit; else ellipsis */
	bool		 balance;	/* lines of similar width */
	double		 spacing;	/* line height factor, 0: Pango's */
};

/*
 * A measured layout of "text" wrapped to "width" points (0: one line).
 * Fails when a character has no font (never a box).  Caller unrefs.
 */
PangoLayout	*text_make(const char *text, const struct text_style *,
		    double width, GError **error);
/* Logical width and height in points. */
void		 text_size(PangoLayout *, double *width, double *height);
/* Normalise full-width digits ０-９ and the full-width point to ASCII. */
char		*text_normalise(const char *text);
/* The text of a layout as given, without the gaps text_make() put in. */
char		*text_plain(const char *set);
/* The widest single line "text" can make unwrapped, in points. */
double		 text_width(const char *text, const struct text_style *,
		    GError **error);

#endif /* SHUTU_TEXT_H */
