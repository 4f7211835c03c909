/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: any bytes into the extractor and out as JSON, CSV
 * and a table, then into the numbers scan and the numeral parser.
 * Invalid input must give an error, never a crash, and the JSON must
 * read back.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "shutu.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The same bytes, valid UTF-8 here, as numbers. */
static int
numbers(const uint8_t *data, size_t size)
{
	const struct shutu_number	*x;
	struct shutu_numbers		*ns;
	struct shutu_number		 one;
	GError				*error = NULL;
	size_t				 i, n;
	char				*s;

	if ((ns = shutu_numbers_find((const char *)data, (gssize)size,
	    &error)) == NULL)
		abort();
	n = shutu_numbers_count(ns);
	for (i = 0; i < n; i++) {
		x = shutu_numbers_get(ns, i);
		/* In order, inside the input, the text as long as it says */
		if (x->start > x->end || x->end > size || x->text == NULL ||
		    strlen(x->text) != x->len || x->unit == NULL ||
		    shutu_number_kind_name(x->kind) == NULL ||
		    (i > 0 && x->start < shutu_numbers_get(ns, i - 1)->end))
			abort();
	}
	s = shutu_numbers_to_json(ns);
	if (!g_utf8_validate(s, -1, NULL))
		abort();
	g_free(s);
	g_free(shutu_numbers_to_csv(ns));
	g_free(shutu_numbers_to_table(ns));
	g_free(shutu_numbers_to_table_width(ns, 40));	/* wraps */
	shutu_numbers_free(ns);
	if (shutu_number_parse((const char *)data, (gssize)size, &one,
	    &error)) {
		if (one.len == 0 || one.len > size || one.text != NULL)
			abort();
	} else {
		if (error == NULL || error->domain != SHUTU_ERROR)
			abort();
		g_error_free(error);
	}
	return 0;
}

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
	g_free(shutu_facts_to_table_width(facts, 40));	/* wraps */
	shutu_facts_free(facts);
	return numbers(data, size);
}
