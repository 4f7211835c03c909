/* SPDX-License-Identifier: MIT */
/*
 * Where the JSON Schema of chart specs is (schema/spec.schema.json), for
 * the "$schema" of the specs shutu auto writes: the installed copy, else
 * the source tree's, as fonts.conf is found (font/font.c).
 */
#include "spec.h"

static gpointer
find(gpointer unused)
{
	const char	*candidates[] = {
		SHUTU_PKGDATADIR "/schema/spec.schema.json",
		SHUTU_SOURCE_DIR "/schema/spec.schema.json",
	};
	size_t		 i;

	for (i = 0; i < G_N_ELEMENTS(candidates); i++)
		if (g_file_test(candidates[i], G_FILE_TEST_IS_REGULAR))
			return g_filename_to_uri(candidates[i], NULL, NULL);
	/* Neither: where an installation would put it. */
	return g_filename_to_uri(candidates[0], NULL, NULL);
}

const char *
spec_schema_uri(void)
{
	static GOnce	 once = G_ONCE_INIT;

	return g_once(&once, find, NULL);
}
