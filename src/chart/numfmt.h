/* SPDX-License-Identifier: MIT */
/*
 * Numbers the way Chinese publications write them (GB/T 15835-2011,
 * research.md §2.5): Arabic digits, 万/亿 as the only scale words, one
 * scale per chart with the unit said once, grouping from five digits,
 * approximations kept (300余, 约1/3, 30～40, 不到50).
 */
#ifndef SHUTU_NUMFMT_H
#define SHUTU_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>

#include "shutu.h"

struct	numfmt {
	double		 divisor;	/* 1, 1e4, 1e8 or 1e12 */
	const char	*scale;		/* "", "万", "亿", "万亿" (N6) */
	int		 max_decimals;	/* digits after the point, at most */
	int		 decimals;	/* the same for every value (N3), or
					   -1: as few as each value needs */
};

/* A plain value as numbers are written: what the spec/fact carries. */
struct	numfmt_value {
	double			 value;
	double			 value_max;	/* NAN: not a range */
	enum shutu_approx	 approx;
	bool			 fraction;	/* draw 1/3, not 0.33 */
	bool			 percent;	/* append % */
	bool			 own_decimals;	/* "decimals" over the chart's */
	int			 decimals;
};

/*
 * One scale for all of "values" (N6: never 5000万 beside 1亿 on one
 * axis): 万 from 10万 up, so that 53,570 still reads as written; 亿 from
 * 1亿; 万亿 from 1万亿.
 */
void		 numfmt_choose(struct numfmt *, const double *values,
		    size_t n);
/*
 * After numfmt_choose(): a smaller scale when one of "whole" (values
 * marked 余 or 多) would otherwise be written with a point — 200余万元
 * beside 1.35亿元 is 200余 in 万元, never 0.02余 in 亿元 — as long as the
 * largest of "values" stays under eight digits.
 */
void		 numfmt_keep_whole(struct numfmt *, const double *values,
		    size_t n, const double *whole, size_t nwhole);
/*
 * After numfmt_choose(): the scale the spec asks for, the article's (5.77
 * 万头 stays 5.77 in 万头): "", "万", "亿" or "万亿"; decimals are redone.
 * An unknown scale leaves "nf" as it was.
 */
void		 numfmt_force(struct numfmt *, const char *scale,
		    const double *values, size_t n);
/*
 * The digits after the point in the number as "text" writes it (48.0% →
 * 1, 5.77万头 → 2, 2639亿 → 0), when its scale word is "scale" (the
 * chart's); -1 when the text says another scale or no number.
 */
int		 numfmt_text_decimals(const char *text, const char *scale);
/* "53,570", "3.45", "−4": the number alone, scaled (g_free). */
char		*numfmt_number(const struct numfmt *, double v);
/* With approximation and range: "300余", "约1/3", "30～40" (g_free). */
char		*numfmt_value(const struct numfmt *,
		    const struct numfmt_value *);
/* "万元" from scale "万" and unit "元"; "" and "" give NULL (g_free). */
char		*numfmt_unit(const struct numfmt *, const char *unit);
/* Nice axis ticks from 0 (or the negative minimum) to at least "max". */
size_t		 numfmt_ticks(double min, double max, size_t target,
		    double *ticks, size_t nticks_max);
/*
 * Nice ticks from at most "min" to at least "max", zero not forced (line
 * charts); a single value gets a step of its own order either side.
 */
size_t		 numfmt_ticks_span(double min, double max, size_t target,
		    double *ticks, size_t nticks_max);

#endif /* SHUTU_NUMFMT_H */
