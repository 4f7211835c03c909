/* SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>

#include <glib.h>

#include "numfmt.h"

#define MINUS	"\xe2\x88\x92"		/* U+2212, the typographic minus */
#define WAVE	"\xef\xbd\x9e"		/* U+FF5E ～, ranges (N7) */

/* Largest magnitude first: the first that the maximum reaches wins. */
static const struct scale {
	double		 from;		/* maximum |value| that selects it */
	double		 divisor;
	const char	*word;
} scales[] = {
	{ 1e12,	1e12,	"万亿" },
	{ 1e8,	1e8,	"亿" },
	{ 1e5,	1e4,	"万" },	/* 10万 up: 100,000 reads worse than 10万 */
	{ 0,	1,	"" },
};

/*
 * Digits after the point that "v" needs once rounded to "max" of them:
 * 35.97 needs 2, 869.0 none, 0.001 none (it is 0.00).
 */
static int
decimals(double v, int max)
{
	double	 top = pow(10, max), r = round(v * top) / top;
	int	 d;

	for (d = 0; d < max; d++) {
		double	 p = pow(10, d);

		if (fabs(r * p - round(r * p)) < 1e-9 * fmax(1, fabs(r * p)))
			break;
	}
	return d;
}

void
numfmt_choose(struct numfmt *nf, const double *values, size_t n)
{
	double	 m = 0, lo = INFINITY;
	size_t	 i, k;

	for (i = 0; i < n; i++)
		if (isfinite(values[i]) && values[i] != 0) {
			m = fmax(m, fabs(values[i]));
			lo = fmin(lo, fabs(values[i]));
		}
	for (k = 0; k < G_N_ELEMENTS(scales); k++)
		if (m >= scales[k].from)
			break;
	/*
	 * A scale that would write the smallest value as 0.00 is one too
	 * big: 647,200人 beside 2.6人 stays unscaled rather than say 0.00万,
	 * unless the largest would then need more than seven digits.
	 */
	while (k + 1 < G_N_ELEMENTS(scales) && lo / scales[k].divisor < 0.005 &&
	    m / scales[k + 1].divisor < 1e7)
		k++;
	nf->divisor = scales[k].divisor;
	nf->scale = scales[k].word;
	nf->max_decimals = 2;
	/* One class of number in one form (N3): 869.0 beside 830.1. */
	nf->decimals = 0;
	for (i = 0; i < n; i++)
		if (isfinite(values[i]))
			nf->decimals = MAX(nf->decimals, decimals(
			    fabs(values[i]) / nf->divisor, nf->max_decimals));
}

void
numfmt_keep_whole(struct numfmt *nf, const double *values, size_t n,
    const double *whole, size_t nwhole)
{
	size_t	 i, k;
	double	 m = 0;
	bool	 ok;

	for (k = 0; k < G_N_ELEMENTS(scales); k++)
		if (scales[k].divisor == nf->divisor)
			break;
	for (i = 0; i < n; i++)
		if (isfinite(values[i]))
			m = fmax(m, fabs(values[i]));
	for (; k + 1 < G_N_ELEMENTS(scales); k++) {
		for (i = 0, ok = true; i < nwhole && ok; i++) {
			double	 x = whole[i] / scales[k].divisor;

			ok = !isfinite(x) || fabs(x - nearbyint(x)) < 1e-9;
		}
		/* Whole already, or the next scale would need eight digits. */
		if (ok || m / scales[k + 1].divisor >= 1e7)
			break;
	}
	if (scales[k].divisor == nf->divisor)
		return;
	nf->divisor = scales[k].divisor;
	nf->scale = scales[k].word;
	nf->decimals = 0;
	for (i = 0; i < n; i++)
		if (isfinite(values[i]))
			nf->decimals = MAX(nf->decimals, decimals(
			    fabs(values[i]) / nf->divisor, nf->max_decimals));
}

void
numfmt_force(struct numfmt *nf, const char *scale, const double *values,
    size_t n)
{
	size_t	 i, k;

	if (scale == NULL)
		return;
	for (k = 0; k < G_N_ELEMENTS(scales); k++)
		if (strcmp(scales[k].word, scale) == 0)
			break;
	if (k == G_N_ELEMENTS(scales))
		return;
	nf->divisor = scales[k].divisor;
	nf->scale = scales[k].word;
	nf->decimals = 0;
	for (i = 0; i < n; i++)
		if (isfinite(values[i]))
			nf->decimals = MAX(nf->decimals, decimals(
			    fabs(values[i]) / nf->divisor, nf->max_decimals));
}

int
numfmt_text_decimals(const char *text, const char *scale)
{
	const char	*p, *q, *tscale;
	int		 d = 0;

	if (text == NULL)
		return -1;
	for (p = text; *p != '\0' && !g_ascii_isdigit(*p); p++)
		;
	if (*p == '\0')
		return -1;
	for (q = p; g_ascii_isdigit(*q) || *q == ','; q++)
		;
	if (*q == '.')
		for (q++; g_ascii_isdigit(*q); q++)
			d++;
	/* The scale written after the number must be the chart's. */
	tscale = g_str_has_prefix(q, "万亿") ? "万亿" : g_str_has_prefix(q,
	    "万") ? "万" : g_str_has_prefix(q, "亿") ? "亿" : "";
	if (strcmp(tscale, scale != NULL ? scale : "") != 0)
		return -1;
	return d;
}

char *
numfmt_number(const struct numfmt *nf, double v)
{
	GString	*s = g_string_new(NULL);
	char	 buf[64], fmt[16], *dot;
	size_t	 intlen, i;
	double	 x = v / nf->divisor;
	int	 d = nf->decimals >= 0 ? nf->decimals :
		    decimals(fabs(x), nf->max_decimals);

	/* Not printf: under de_DE its point is a comma, and 612.3 "61,2,3". */
	g_snprintf(fmt, sizeof fmt, "%%.%df", d);
	g_ascii_formatd(buf, sizeof buf, fmt, fabs(x));
	if (g_ascii_strtod(buf, NULL) != 0 && x < 0)
		g_string_append(s, MINUS);
	dot = strchr(buf, '.');
	intlen = dot != NULL ? (size_t)(dot - buf) : strlen(buf);
	/* N4: group from five integer digits up, so 2024 and 4500 stay. */
	for (i = 0; i < intlen; i++) {
		g_string_append_c(s, buf[i]);
		if (intlen >= 5 && i + 1 < intlen && (intlen - i - 1) % 3 == 0)
			g_string_append_c(s, ',');
	}
	if (dot != NULL)
		g_string_append(s, dot);
	return g_string_free(s, FALSE);
}

/* 1/2, 1/3, 2/3, 1/4 … as written in articles, when "v" is one of them. */
static bool
simple_fraction(double v, int *num, int *den)
{
	int	 d, n;

	for (d = 2; d <= 10; d++)
		for (n = 1; n < d; n++)
			if (fabs(v - (double)n / d) < 5e-4 &&
			    /* lowest terms only */
			    !(n % 2 == 0 && d % 2 == 0) &&
			    !(n % 3 == 0 && d % 3 == 0) &&
			    !(n % 5 == 0 && d % 5 == 0)) {
				*num = n;
				*den = d;
				return true;
			}
	return false;
}

static char *
one(const struct numfmt *nf, const struct numfmt_value *v, double x)
{
	int	 n, d;

	if (v->fraction && simple_fraction(x, &n, &d))
		return g_strdup_printf("%d/%d", n, d);
	if (v->own_decimals) {
		struct numfmt	 own = *nf;

		own.decimals = v->decimals;
		return numfmt_number(&own, x);
	}
	if (v->fraction) {
		struct numfmt	 pc = { 1, "", 1, -1 };
		char		*num = numfmt_number(&pc, x * 100);
		char		*out = g_strconcat(num, "%", NULL);

		g_free(num);
		return out;
	}
	return numfmt_number(nf, x);
}

char *
numfmt_value(const struct numfmt *nf, const struct numfmt_value *v)
{
	const char	*pct = v->percent ? "%" : "";
	char		*a, *b = NULL, *out;

	a = one(nf, v, v->value);
	if (!isnan(v->value_max) && v->value_max != v->value) {
		/* N7: the sign on both ends, 15%～30%, never 15～30%. */
		b = one(nf, v, v->value_max);
		out = g_strdup_printf("%s%s%s" WAVE "%s%s",
		    v->approx == SHUTU_APPROX_ABOUT ? "约" : "", a, pct, b,
		    pct);
		goto done;
	}
	switch (v->approx) {
	case SHUTU_APPROX_OVER:
		/* 300余 for counts; with a percent sign, 超30%. */
		out = v->percent ? g_strdup_printf("超%s%%", a) :
		    g_strdup_printf("%s余", a);
		break;
	case SHUTU_APPROX_UNDER:
		out = g_strdup_printf("不到%s%s", a, pct);
		break;
	case SHUTU_APPROX_ABOUT:
		out = g_strdup_printf("约%s%s", a, pct);
		break;
	default:
		out = g_strdup_printf("%s%s", a, pct);
		break;
	}
done:
	g_free(a);
	g_free(b);
	return out;
}

char *
numfmt_unit(const struct numfmt *nf, const char *unit)
{
	if (unit == NULL)
		unit = "";
	if (*nf->scale == '\0' && *unit == '\0')
		return NULL;
	return g_strconcat(nf->scale, unit, NULL);
}

/* 1, 2, 2.5 and 5 steps: the ones people count in. */
static double
nice_step(double span, size_t target)
{
	double	 raw = span / (target > 1 ? target : 1);
	double	 mag = pow(10, floor(log10(raw)));

	if (raw / mag <= 1)
		return mag;
	if (raw / mag <= 2)
		return 2 * mag;
	if (raw / mag <= 2.5)
		return 2.5 * mag;
	if (raw / mag <= 5)
		return 5 * mag;
	return 10 * mag;
}

size_t
numfmt_ticks(double min, double max, size_t target, double *ticks,
    size_t nticks_max)
{
	double	 span, step, t;
	size_t	 n = 0;

	min = fmin(0, min);	/* bar axes start at zero */
	max = fmax(0, max);
	span = max - min;
	if (span <= 0)
		span = 1, max = min + 1;
	step = nice_step(span, target);
	for (t = floor(min / step) * step; n < nticks_max; t += step) {
		ticks[n++] = fabs(t) < step * 1e-9 ? 0 : t;
		if (t >= max - step * 1e-9)
			break;
	}
	return n;
}

size_t
numfmt_ticks_span(double min, double max, size_t target, double *ticks,
    size_t nticks_max)
{
	double	 span = max - min, step, first;
	size_t	 n = 0;

	if (span <= 0) {
		/* One value: a step of its own order either side. */
		span = min != 0 ? pow(10, floor(log10(fabs(min)))) : 1;
		min -= span;
		max += span;
		span *= 2;
	}
	step = nice_step(span, target);
	/* 0.3 / 0.1 is 2.999…: a tick at 0.3, not one below it. */
	first = floor(min / step + 1e-9);
	for (; n < nticks_max; first += 1) {
		double	 t = first * step;

		ticks[n++] = fabs(t) < step * 1e-9 ? 0 : t;
		if (t >= max - step * 1e-9)
			break;
	}
	return n;
}
