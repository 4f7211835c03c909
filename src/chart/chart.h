/* SPDX-License-Identifier: MIT */
/* Chart types: a spec in, a layout out.  Private to the library. */
#ifndef SHUTU_CHART_H
#define SHUTU_CHART_H

#include <stdbool.h>

#include "layout.h"
#include "numfmt.h"
#include "spec/spec.h"
#include "text.h"
#include "theme.h"

#define CHART_MARGIN	18.0	/* points around everything */
#define CHART_WIDTH	600.0	/* default: 800 CSS px */

/* Title, subtitle and legend on top; note and source below. */
struct	frame {
	PangoLayout	*title;
	PangoLayout	*subtitle;
	PangoLayout	*note;
	PangoLayout	*source;
	double		 header_h;	/* points, margin included */
	double		 footer_h;
};

/*
 * Measure the furniture for a chart "width" points wide; "subtitle" and
 * "note" override the spec's (the unit line and the approximation note
 * are made by each chart).  Release with frame_release().
 */
bool		 frame_make(struct frame *, const struct spec *,
		    const struct theme *, double width, const char *subtitle,
		    const char *note, GError **error);
/* Place the header at the top; returns the y where the plot may start. */
double		 frame_place_header(struct layout *, struct frame *,
		    const struct theme *);
/* Place the footer so that it ends at the canvas bottom margin. */
void		 frame_place_footer(struct layout *, struct frame *,
		    const struct theme *);
void		 frame_release(struct frame *);

/* The canvas of a spec: its size, or the type's default width. */
struct layout	*chart_canvas(const struct spec *, const struct theme *,
		    double height);

/* Each type: its layout (layout_free) and its alt text (g_free). */
struct layout	*bar_layout(const struct spec *, GError **error);
char		*bar_alt_text(const struct spec *);
struct layout	*timeline_layout(const struct spec *, GError **error);
char		*timeline_alt_text(const struct spec *);
struct layout	*infographic_layout(const struct spec *, GError **error);
char		*infographic_alt_text(const struct spec *);
struct layout	*line_layout(const struct spec *, GError **error);
char		*line_alt_text(const struct spec *);
struct layout	*share_layout(const struct spec *, GError **error);
char		*share_alt_text(const struct spec *);

/*
 * A value as prose writes it, in its own scale and with the verb its
 * mark wants: 为93,000人, 约为1.35亿元, 不到8%, 超过20% (g_free).
 */
char		*chart_value_words(const struct spec_value *,
		    const char *unit);

/* The finished, checked layout of a chart (layout_free); tests use it. */
struct layout	*chart_layout(const struct shutu_chart *, GError **error);

/*
 * The automatic note of a chart that mixes exact and approximate values
 * or shows ranges: which words mark approximations and how the marks
 * look ("how" NULL: said for bars); "percent": the values are percents,
 * whose "over" mark is 超 (超30%) rather than 余.  NULL when no note is
 * needed.
 */
char		*chart_approx_note(const enum shutu_approx *seen, size_t n,
		    bool mixed, bool range, bool percent, const char *how);

#endif /* SHUTU_CHART_H */
