/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: any bytes into the extractor and out as JSON, CSV
 * and a table.  Invalid input must give an error, never a crash, and
 * the JSON must read back.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "shutu.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct shutu_facts	*facts;
	GError			*error = NULL;
	size_t			 i, n;
	char			*s;

	facts = shutu_facts_extract((const char *)data, size, 0, &error);
	if (facts == NULL) {
		/* Only bad input fails, and it says why. */
		if (error == NULL || error->domain != SHUTU_ERROR)
			abort();
		g_error_free(error);
		return 0;
	}
	n = shutu_facts_count(facts);
	for (i = 0; i < n; i++) {
		const struct shutu_fact	*f = shutu_facts_get(facts, i);

		/* Offsets are code points inside the input. */
		if (f->start > f->end || f->end > size || f->text == NULL ||
		    f->sentence == NULL || f->id == NULL)
			abort();
		if (f->kind == SHUTU_FACT_QUANTITY && (f->label == NULL ||
		    f->unit == NULL))
			abort();
		if (f->kind == SHUTU_FACT_DATE && (f->date == NULL ||
		    f->event == NULL))
			abort();
	}
	s = shutu_facts_to_json(facts);
	if (!g_utf8_validate(s, -1, NULL))
		abort();
	g_free(s);
	s = shutu_facts_to_csv(facts);
	g_free(s);
	s = shutu_facts_to_table(facts);
	g_free(s);
	shutu_facts_free(facts);
	return 0;
}
