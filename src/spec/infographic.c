/* SPDX-License-Identifier: MIT */
/* Infographic specs: "items" (KPI cards) or "facts" (a facts file). */
#include "parse.h"

bool
parse_infographic(struct parse *p, JsonNode *root)
{
	return parse_fail(p, root, "type 'infographic' is not drawn yet");
}
