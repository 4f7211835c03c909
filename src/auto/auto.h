/* SPDX-License-Identifier: MIT */
/*
 * From an article to a finished set of charts: choose the charts a
 * reader would want (plan.c), write them as editable specs, render them,
 * and write an offline gallery with provenance (gallery.c).
 */
#ifndef SHUTU_AUTO_H
#define SHUTU_AUTO_H

#include <stdbool.h>
#include <glib.h>

#include "shutu.h"

/* One chosen chart. */
struct	plan_chart {
	char		*name;		/* file stem: "bar-1-沟赵办事处" */
	char		*json;		/* the spec, pretty-printed */
	char		*title;
	GPtrArray	*facts;		/* const struct shutu_fact *, borrowed */
};

/*
 * The charts for "facts", planned from its series (the top of plan.c):
 * an infographic of the headline numbers, one chart per series (share,
 * grouped bars, line, bars), a timeline of the dated events.  Data is
 * written inline with each number's sentence and id; timelines name
 * their events as "facts": "facts_path" with "select" by ids.  "title"
 * is the article's (NULL: none), "source" the line naming the body the
 * article gives as its source (plan_source(); NULL: none).
 */
GPtrArray	*plan_charts(const struct shutu_facts *facts,
		    const char *facts_path, const char *title,
		    const char *source);
void		 plan_chart_free(struct plan_chart *);

/*
 * The source line: the body the article names (据X统计, 数据来源：X,
 * X公布 in the lead, 来源：X), or NULL (g_free).
 */
char		*plan_source(const char *text);

/* What the gallery shows of one rendered chart. */
struct	gallery_chart {
	const struct plan_chart	*chart;
	char			*alt;		/* alt text */
	char			*error;		/* why it failed, or NULL */
	unsigned int		 formats;	/* bit per enum shutu_format */
	bool			 has_2x;	/* NAME@2x.png for Word/WPS */
};

/*
 * index.html in "dir": every chart with its alt text and, for every
 * number drawn, the sentence it came from.  All article text escaped;
 * nothing loaded from the network.
 */
bool		 gallery_write(const char *dir, const char *title,
		    const char *article, const struct shutu_facts *facts,
		    const struct gallery_chart *charts, size_t n,
		    GError **error);

#endif /* SHUTU_AUTO_H */
