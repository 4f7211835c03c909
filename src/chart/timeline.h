/* SPDX-License-Identifier: MIT */
/*
 * Dates written the Chinese way (research.md N8), for timeline captions,
 * axis ticks and alt text.  Private to chart/ and its tests.
 */
#ifndef SHUTU_CHART_TIMELINE_H
#define SHUTU_CHART_TIMELINE_H

#include <stdbool.h>

#include "spec/spec.h"

/* 6月28日, 2020年6月28日, 9月, 2020年, 2020年上半年, 年初 (g_free). */
char	*timeline_date_text(const struct spec_date *, bool with_year);
/*
 * An event's date; a period as GB/T 15835 writes time spans: 2019—2024年,
 * 2020年6—9月, 6月23—29日, 6月28日—7月3日 (g_free).  A period across
 * years always says both years.
 */
char	*timeline_event_date(const struct spec_event *, bool with_year);

#endif /* SHUTU_CHART_TIMELINE_H */
