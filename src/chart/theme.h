/* SPDX-License-Identifier: MIT */
/*
 * Themes as the charts use them: colours, fonts, type sizes, furniture.
 * Each is made once from a spec_theme (spec/theme.c: a built-in or a
 * theme file) and shared; never freed.
 */
#ifndef SHUTU_THEME_H
#define SHUTU_THEME_H

#include <stdbool.h>

#include "layout.h"
#include "spec/spec.h"

#define THEME_SERIES	SPEC_SERIES_MAX

struct	theme {
	const char	*name;
	struct rgba	 background;
	struct rgba	 text;		/* titles, labels */
	struct rgba	 muted;		/* subtitle, source, ticks */
	struct rgba	 axis;
	struct rgba	 grid;
	struct rgba	 accent;	/* title rule, highlights */
	struct rgba	 bar;		/* single-series bars */
	struct rgba	 highlight;	/* the bar that is the point */
	struct rgba	 series[THEME_SERIES];	/* colour-blind safe order */
	size_t		 nseries;	/* cycled past the last */
	struct rgba	 band;		/* title band of infographics */
	struct rgba	 band_text;
	struct rgba	 card;		/* KPI card background */
	double		 title_size;	/* points */
	double		 subtitle_size;
	double		 label_size;
	double		 value_size;
	double		 tick_size;
	double		 note_size;
	/*
	 * Pango family lists: the theme's family, then shutu's chain for
	 * what it lacks ("Noto Serif CJK SC,shutu-sans").
	 */
	const char	*font_title;
	const char	*font_body;
	const char	*font_number;
	int		 title_weight;	/* PangoWeight */
	bool		 accent_mark;
	bool		 title_rule;
	bool		 footer_rule;
	const char	*source_prefix;
	const struct spec_theme *spec;	/* where it came from */
};

/* The theme of a spec's "theme" key; news when unknown. */
const struct theme	*theme_get(const char *key);
/* Series colour "i", cycling. */
struct rgba		 theme_series(const struct theme *, size_t i);

#endif /* SHUTU_THEME_H */
