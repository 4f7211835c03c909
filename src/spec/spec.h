/* SPDX-License-Identifier: MIT */
/*
 * Chart spec files -> plain structs.  Everything a spec may say is
 * checked here, with errors that name the file, line and column; the
 * chart module can then trust what it gets.
 */
#ifndef SHUTU_SPEC_H
#define SHUTU_SPEC_H

#include <stdbool.h>
#include <glib.h>

#include "shutu.h"

enum	spec_type {
	SPEC_BAR,
	SPEC_TIMELINE,
	SPEC_INFOGRAPHIC,
	SPEC_LINE,
	SPEC_SHARE,
};

enum	spec_share_style {
	SPEC_SHARE_DONUT,
	SPEC_SHARE_BAR,		/* 100% stacked bars, one per series */
};

enum	spec_orient {
	SPEC_ORIENT_AUTO,	/* horizontal when labels are long or many */
	SPEC_ORIENT_HORIZONTAL,
	SPEC_ORIENT_VERTICAL,
};

/* One value: a bar, a stack segment, a KPI, a point of a line. */
struct	spec_value {
	double			 value;		/* line: NAN for a gap */
	double			 value_max;	/* range upper bound, or NAN */
	enum shutu_approx	 approx;
	char			*text;		/* as written (300余名), or NULL */
	bool			 highlight;	/* line: this point */
};

/* One category of a bar chart with one value per series. */
struct	spec_datum {
	char			*label;
	struct spec_value	*values;	/* [nseries] */
	char			*unit;		/* per-datum unit, or NULL */
	char			*sentence;	/* provenance, or NULL */
	bool			 highlight;
	bool			 rest;		/* share: the 其他 made from
						   what the parts leave */
};

/*
 * A date of any precision: 2020-06-28, 2020-06, 2020, and parts of a
 * year (2020年上半年, 2020-Q1, 2020年初).  See spec/timeline.c.
 */
struct	spec_date {
	int			 year, month, day;	/* 0: not given */
	enum shutu_precision	 precision;
	int			 part;		/* SEASON, PART: spec_part_get() */
};

/* A part of a year: its words and the months it covers. */
struct	spec_part {
	const char		*word;		/* 上半年, 一季度, 年初 */
	const char		*after_year;	/* 2020年 + 上半年, 2020年 + 初 */
	enum shutu_precision	 precision;	/* SEASON or PART */
	int			 first_month;	/* 1..12 */
	int			 last_month;	/* 13, 14: into the next year */
	bool			 fuzzy;		/* 年初: no hard bounds */
};

/* One dated event of a timeline. */
struct	spec_event {
	struct spec_date	 date;
	struct spec_date	 end;		/* a period; year 0: none */
	char			*date_text;	/* as written, or NULL */
	char			*text;		/* the caption */
	char			*sentence;
	bool			 highlight;
};

/* One KPI card of an infographic. */
struct	spec_item {
	struct spec_value	 v;
	char			*unit;
	char			*label;
	char			*entity;	/* section, or NULL */
	char			*change;	/* 同比增长8%, under the label */
	char			*icon;		/* pictogram name, or NULL: chosen */
	enum shutu_dim		 dimension;
	bool			 has_dimension;	/* false: guess from the unit */
	char			*sentence;
};

struct	spec_size {
	double			 width_pt;	/* 0: the type's default */
	double			 height_pt;	/* 0: from the content */
	double			 dpi;		/* PNG pixels per inch */
	bool			 fixed_height;
};

/*
 * A house style (spec/theme.c): colours, fonts, sizes and furniture, from
 * a built-in (themes/NAME.json, compiled in) or a theme file.  Themes are
 * interned: never freed, shared by every thread, found again by "key".
 */
enum	spec_colour {
	SPEC_COLOUR_BACKGROUND,
	SPEC_COLOUR_TEXT,
	SPEC_COLOUR_MUTED,
	SPEC_COLOUR_AXIS,
	SPEC_COLOUR_GRID,
	SPEC_COLOUR_ACCENT,
	SPEC_COLOUR_BAR,
	SPEC_COLOUR_HIGHLIGHT,
	SPEC_COLOUR_BAND,
	SPEC_COLOUR_BAND_TEXT,
	SPEC_COLOUR_CARD,
	SPEC_COLOUR__COUNT,
};

enum	spec_font {
	SPEC_FONT_TITLE,	/* titles, section headers: the 黑体 role */
	SPEC_FONT_BODY,		/* labels, captions, notes, source */
	SPEC_FONT_NUMBER,	/* value labels, ticks, KPI numbers */
	SPEC_FONT__COUNT,
};

enum	spec_size_role {
	SPEC_SIZE_TITLE,
	SPEC_SIZE_SUBTITLE,
	SPEC_SIZE_LABEL,
	SPEC_SIZE_VALUE,
	SPEC_SIZE_TICK,
	SPEC_SIZE_NOTE,
	SPEC_SIZE__COUNT,
};

#define SPEC_SERIES_MAX	12

struct	spec_theme {
	const char	*key;		/* unique: "news", "/abs/t.json#2" */
	const char	*name;		/* for messages: "news", "t.json" */
	guint32		 colour[SPEC_COLOUR__COUNT];	/* 0xRRGGBB */
	guint32		 series[SPEC_SERIES_MAX];
	size_t		 nseries;	/* 1..12, cycled */
	const char	*font[SPEC_FONT__COUNT];	/* fontconfig families */
	const char	*font_where[SPEC_FONT__COUNT];	/* "t.json:4:14", NULL */
	int		 title_weight;	/* 100..900, as CSS */
	double		 size[SPEC_SIZE__COUNT];	/* points */
	bool		 accent_mark;	/* the short bar above the title */
	bool		 title_rule;	/* a hairline under the header */
	bool		 footer_rule;	/* a hairline above note and source */
	const char	*source_prefix;	/* "数据来源：" */
};

/* A compiled-in theme file (generated from themes/ by cmake/embed.cmake). */
struct	spec_theme_source {
	const char	*name;		/* "news" */
	const char	*path;		/* "themes/news.json", for messages */
	const char	*json;
	size_t		 len;
};
extern const struct spec_theme_source spec_theme_sources[];

/* A built-in theme by name ("news", "party"), or NULL. */
const struct spec_theme	*spec_theme_builtin(const char *name);
/* The interned theme of "key" (struct spec's "theme"); news if unknown. */
const struct spec_theme	*spec_theme_get(const char *key);
/*
 * A built-in by name or a theme file by path ("relative_to": the file
 * whose folder a relative path is in, NULL: the current folder).  Errors
 * in a file name its line and column.
 */
const struct spec_theme	*spec_theme_find(const char *name_or_path,
			    const char *relative_to, GError **error);
/* "news, party" for messages. */
const char		*spec_theme_names(void);
/* "#1f5f99" or "#fff" -> 0xRRGGBB; false if it is no such colour. */
bool			 spec_colour_parse(const char *s, guint32 *out);

struct	spec {
	enum spec_type		 type;
	char			*name;		/* file name, for messages */
	char			*title;
	char			*subtitle;	/* NULL: made from the unit */
	char			*source;
	char			*note;
	char			*figure;	/* 图1 */
	char			*unit;		/* 名, 万元, or NULL */
	char			*alt;		/* alt text given, or NULL */
	char			*theme;		/* a spec_theme's key */
	char			*background;	/* "transparent", "#rrggbb", NULL */
	struct spec_size	 size;
	/* bar */
	enum spec_orient	 orient;
	bool			 sort;		/* by value, largest first */
	bool			 stacked;	/* series stacked, else grouped */
	char			**series;	/* [nseries] names; NULL if 1 */
	size_t			 nseries;
	struct spec_datum	*data;
	size_t			 ndata;
	/* timeline */
	struct spec_event	*events;
	size_t			 nevents;
	bool			 even;		/* evenly spaced, not to scale */
	bool			 vertical;
	/* infographic */
	struct spec_item	*items;
	size_t			 nitems;
	char			*preset;	/* long | a4 | slide */
	/*
	 * An infographic's embedded bar chart: its bars are "data" above
	 * (one series), its title is interned (g_intern_string: shared,
	 * never freed), NULL when there is no chart.
	 */
	const char		*bar_title;
	/*
	 * An infographic's embedded timeline: its events are "events"
	 * above, its title interned as bar_title's; NULL when none.
	 */
	const char		*timeline_title;
	/*
	 * line: "data" are the points, label the x (2020, 2020年, 一季度),
	 * in order; a value of NAN is a gap.
	 */
	int			 zero;		/* -1 auto, 0 no, 1 from zero */
	/* share: "data" are the parts, the remainder (rest) last */
	enum spec_share_style	 share_style;
	bool			 percent;	/* line, share: values are % */
	double			 total;		/* the whole, or NAN: the sum */
	char			*center;	/* donut centre text, or NULL */
	/*
	 * bar, line, share: the article's scale ("万": 5.77万头 stays 5.77
	 * with 单位：万头), NULL: chosen from the values; decimals fixed
	 * (0..6), DECIMALS_AUTO, or DECIMALS_TEXT: each value's as its
	 * "text" writes it (48.0% stays 48.0%, 17.74 beside 2.4).
	 */
	char			*scale;
	int			 decimals;
};

#define SPEC_DECIMALS_AUTO	(-1)
#define SPEC_DECIMALS_TEXT	(-2)

/*
 * file:///usr/share/shutu/schema/spec.schema.json, or the source tree's
 * when shutu is not installed: the "$schema" of the specs auto writes.
 */
const char	*spec_schema_uri(void);

/* Pictogram names a spec may give as "icon" (NULL-terminated). */
extern const char *const spec_icon_names[];

/* Parse; "name" is for messages and resolves relative "facts" paths. */
struct spec	*spec_parse(const char *json, gssize len, const char *name,
		    GError **error);
void		 spec_free(struct spec *);

/* Timeline dates (spec/timeline.c). */
#define SPEC_EVENT_LIMIT	200	/* more is no timeline but a table */
/* Part "i" (1..), or NULL past the end of the table. */
const struct spec_part	*spec_part_get(int i);
/*
 * Parse "s": ISO 8601 reduced (2020-06-28, 2020-06, 2020), 2020-H1,
 * 2020-Q1, or Chinese (2020年6月28日, 2020年上半年, 2020年一季度,
 * 2020年初).  False with "*why" (static) saying what is wrong.
 */
bool		 spec_date_parse(const char *s, struct spec_date *,
		    const char **why);
/* The first and last day a date covers, as Julian day numbers. */
void		 spec_date_days(const struct spec_date *, int *first,
		    int *last);
/* The days of an event: its date, through its end if a period. */
void		 spec_event_days(const struct spec_event *, int *first,
		    int *last);

/* The year "x" (a line's point) is when written alone (2020年), else 0. */
int		 spec_x_year(const char *x);

/*
 * Every string of the spec that may be drawn, concatenated (g_free), so
 * that missing glyphs are reported all at once before any layout.
 */
char		*spec_text(const struct spec *);

/* px are CSS pixels: 96 per inch. */
#define SPEC_PT_PER_PX	(72.0 / 96.0)
#define SPEC_PT_PER_MM	(72.0 / 25.4)

#endif /* SHUTU_SPEC_H */
