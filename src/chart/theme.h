/* SPDX-License-Identifier: MIT */
/* Themes: colours and type sizes, one table row per theme. */
#ifndef SHUTU_THEME_H
#define SHUTU_THEME_H

#include "layout.h"

#define THEME_SERIES	6

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
	struct rgba	 band;		/* title band of infographics */
	struct rgba	 band_text;
	struct rgba	 card;		/* KPI card background */
	double		 title_size;	/* points */
	double		 subtitle_size;
	double		 label_size;
	double		 value_size;
	double		 tick_size;
	double		 note_size;
};

/* Known theme by name ("news", "party"); unknown names get "news". */
const struct theme	*theme_get(const char *name);

#endif /* SHUTU_THEME_H */
