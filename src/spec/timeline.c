/* SPDX-License-Identifier: MIT */
/* Timeline specs: "events" (inline) or "facts" (dates of a facts file). */
#include "parse.h"

bool
parse_timeline(struct parse *p, JsonNode *root)
{
	return parse_fail(p, root, "type 'timeline' is not drawn yet");
}
