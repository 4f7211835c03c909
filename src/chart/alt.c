/* SPDX-License-Identifier: MIT */
/*
 * Alt text: one Chinese paragraph per chart from its data (chart type,
 * what, range, largest and smallest), for PNG/SVG/PDF metadata and the
 * .txt beside each image (design §5, research.md §4.1 item 14).
 */
#include <math.h>
#include <string.h>

#include "chart.h"

/*
 * A value as prose writes it: each number in its own scale (6500余平方米,
 * 200余万元; a chart's one scale is for its axis), with the verb that
 * suits its mark: 为93,000人, 约为93,000人, 不到8%, 超过20%.
 */
char *
chart_value_words(const struct spec_value *v, const char *unit)
{
	struct numfmt_value	 nv = {
		.value = v->value, .value_max = v->value_max,
		.approx = v->approx,
		.percent = unit != NULL && strcmp(unit, "%") == 0,
	};
	struct numfmt		 nf;
	double			 vals[2] = { v->value, v->value_max };
	char			*n, *out;
	const char		*verb = "为", *num;

	/*
	 * 6.94万头 as the article wrote it, not 69,400头: the article's own
	 * scale is kept in prose too
	 */
	if (v->text != NULL && (strstr(v->text, "万") != NULL ||
	    strstr(v->text, "亿") != NULL) && g_ascii_isdigit(v->text[0]) &&
	    (unit == NULL || g_str_has_suffix(v->text, unit)))
		return g_strconcat("为", v->text, NULL);
	numfmt_choose(&nf, vals, isnan(v->value_max) ? 1 : 2);
	if (v->approx == SHUTU_APPROX_OVER)
		numfmt_keep_whole(&nf, vals, 1, vals, 1);
	nf.decimals = -1;	/* prose: each number as short as it can be */
	n = numfmt_value(&nf, &nv);
	num = n;
	if (g_str_has_prefix(n, "约")) {
		verb = "约为";
		num = n + strlen("约");
	} else if (g_str_has_prefix(n, "不到"))
		verb = "";
	else if (g_str_has_prefix(n, "超")) {
		verb = "超过";
		num = n + strlen("超");
	}
	out = g_strconcat(verb, num, nv.percent ? "" : nf.scale,
	    nv.percent || unit == NULL ? "" : unit, NULL);
	g_free(n);
	return out;
}

char *
bar_alt_text(const struct spec *s)
{
	GString		*a = g_string_new(NULL);
	size_t		 i, hi = 0, lo = 0;
	const char	*unit = s->unit;

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
		char	*h = chart_value_words(&s->data[hi].values[0],
			    s->unit != NULL ? s->unit : s->data[hi].unit);
		char	*l = chart_value_words(&s->data[lo].values[0],
			    s->unit != NULL ? s->unit : s->data[lo].unit);

		g_string_append_printf(a, "%s最大，%s；%s最小，%s。",
		    s->data[hi].label, h, s->data[lo].label, l);
		g_free(h);
		g_free(l);
	} else if (s->ndata == 1) {
		char	*h = chart_value_words(&s->data[0].values[0], unit);

		g_string_append_printf(a, "%s%s。", s->data[0].label, h);
		g_free(h);
	}
	if (s->source != NULL)
		g_string_append_printf(a, "%s%s。", strstr(s->source, "来源") ?
		    "" : "数据来源：", s->source);
	return g_string_free(a, FALSE);
}
