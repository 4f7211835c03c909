/* SPDX-License-Identifier: MIT */
/*
 * Which pictogram goes with a number: chosen from what is counted (the
 * label), then from the kind of measure (dimension) and its unit.  The
 * names are those of spec_icon_names[], drawn by render/icon.c.
 */
#ifndef SHUTU_PICTOGRAM_H
#define SHUTU_PICTOGRAM_H

#include "shutu.h"

/*
 * The pictogram for a fact: "dim" SHUTU_DIM_OTHER when not known,
 * "unit" and "label" may be NULL.  Never NULL: "chart" when nothing
 * fits.  Static.
 */
const char	*pictogram_choose(enum shutu_dim dim, const char *unit,
		    const char *label);

#endif /* SHUTU_PICTOGRAM_H */
