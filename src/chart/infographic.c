/* SPDX-License-Identifier: MIT */
/* Infographics (一图读懂): KPI cards by entity, pictograms, charts. */
#include "chart.h"

struct layout *
infographic_layout(const struct spec *s, GError **error)
{
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
	    "%s: infographics are not drawn yet", s->name);
	return NULL;
}

char *
infographic_alt_text(const struct spec *s)
{
	return g_strdup_printf("信息图：%s。", s->title);
}
