/* SPDX-License-Identifier: MIT */
/*
 * Alt text: one Chinese paragraph per chart from its data (chart type,
 * what, range, largest and smallest), for PNG/SVG/PDF metadata and the
 * .txt beside each image (design §5, research.md §4.1 item 14).
 */
#include <math.h>
#include <string.h>

#include "chart.h"

static char *
value_words(const struct numfmt *nf, const struct spec_value *v,
    const char *unit)
{
	struct numfmt_value	 nv = {
		.value = v->value, .value_max = v->value_max,
		.approx = v->approx,
		.percent = unit != NULL && strcmp(unit, "%") == 0,
	};
	char			*n = numfmt_value(nf, &nv), *out;

	out = g_strconcat(n, nv.percent ? "" : nf->scale,
	    nv.percent || unit == NULL ? "" : unit, NULL);
	g_free(n);
	return out;
}

char *
bar_alt_text(const struct spec *s)
{
	GString		*a = g_string_new(NULL);
	struct numfmt	 nf;
	double		*vals = g_new(double, s->ndata * s->nseries);
	size_t		 i, hi = 0, lo = 0, n = 0;
	const char	*unit = s->unit;

	for (i = 0; i < s->ndata; i++)
		for (size_t j = 0; j < s->nseries; j++)
			vals[n++] = s->data[i].values[j].value;
	numfmt_choose(&nf, vals, n);
	nf.decimals = -1;	/* prose: each number as short as it can be */
	g_free(vals);
	for (i = 1; i < s->ndata; i++) {
		if (s->data[i].values[0].value > s->data[hi].values[0].value)
			hi = i;
		if (s->data[i].values[0].value < s->data[lo].values[0].value)
			lo = i;
	}
	if (unit == NULL && s->ndata > 0)
		unit = s->data[hi].unit;
	g_string_append_printf(a, "%s：%s。", s->nseries > 1 ? (s->stacked ?
	    "堆积条形图" : "分组条形图") : "条形图", s->title);
	if (s->nseries > 1) {
		g_string_append_printf(a, "共%zu类，每类分", s->ndata);
		for (i = 0; i < s->nseries; i++)
			g_string_append_printf(a, "%s%s", i ? "、" : "",
			    s->series[i]);
		g_string_append(a, "。");
	} else
		g_string_append_printf(a, "共%zu项。", s->ndata);
	if (s->ndata > 1) {
		char	*h = value_words(&nf, &s->data[hi].values[0],
			    s->unit != NULL ? s->unit : s->data[hi].unit);
		char	*l = value_words(&nf, &s->data[lo].values[0],
			    s->unit != NULL ? s->unit : s->data[lo].unit);

		g_string_append_printf(a, "%s最大，为%s；%s最小，为%s。",
		    s->data[hi].label, h, s->data[lo].label, l);
		g_free(h);
		g_free(l);
	} else if (s->ndata == 1) {
		char	*h = value_words(&nf, &s->data[0].values[0], unit);

		g_string_append_printf(a, "%s为%s。", s->data[0].label, h);
		g_free(h);
	}
	if (s->source != NULL)
		g_string_append_printf(a, "%s%s。", strstr(s->source, "来源") ?
		    "" : "数据来源：", s->source);
	return g_string_free(a, FALSE);
}
