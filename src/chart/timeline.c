/* SPDX-License-Identifier: MIT */
/* Timelines: dated events on a time axis. */
#include "chart.h"

struct layout *
timeline_layout(const struct spec *s, GError **error)
{
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_SPEC,
	    "%s: timelines are not drawn yet", s->name);
	return NULL;
}

char *
timeline_alt_text(const struct spec *s)
{
	return g_strdup_printf("时间轴：%s。", s->title);
}
