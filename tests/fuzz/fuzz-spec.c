/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: any bytes as a chart spec, then laid out.  A bad
 * spec must give an error that names the place, never a crash; a good
 * one must lay out (or be refused with a reason) without overlap.
 * Run with SHUTU_FONTS_CONF set to fonts/fonts.conf.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chart/chart.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct shutu_chart	*c;
	struct layout		*l;
	GError			*error = NULL;

	/* Layout time grows with the data; big inputs only slow the search. */
	if (size > 4096)
		return 0;
	c = shutu_chart_parse((const char *)data, size, "fuzz.json", &error);
	if (c == NULL) {
		if (error == NULL || error->domain != SHUTU_ERROR ||
		    strncmp(error->message, "fuzz.json", 9) != 0)
			abort();
		g_error_free(error);
		return 0;
	}
	if ((l = chart_layout(c, &error)) == NULL) {
		if (error == NULL)
			abort();
		g_error_free(error);
	} else if (!layout_check(l, NULL))
		abort();
	layout_free(l);
	shutu_chart_free(c);
	return 0;
}
