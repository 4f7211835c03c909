/* SPDX-License-Identifier: MIT */
/*
 * Where the JSON Schema of chart specs is (schema/spec.schema.json), for
 * the "$schema" of the specs shutu auto writes: $SHUTU_SCHEMA_DIR's, else
 * the installed copy.  As with fonts.conf (font/font.c), the library
 * keeps no path of the build: the build tree's shutu sets
 * SHUTU_SCHEMA_DIR to the source tree's schema/.
 */
#include "spec.h"

static gpointer
find(gpointer unused)
{
	const char	*env = g_getenv("SHUTU_SCHEMA_DIR");
	char		*dir, *path, *uri = NULL;

	if (env != NULL && *env != '\0') {
		/* Absolute, as a file:// URI must be, even from "schema". */
		dir = g_canonicalize_filename(env, NULL);
		path = g_build_filename(dir, "spec.schema.json", NULL);
		g_free(dir);
		if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
			uri = g_filename_to_uri(path, NULL, NULL);
		g_free(path);
		if (uri != NULL)
			return uri;
	}
	/* Installed, or where an installation would put it. */
	return g_filename_to_uri(SHUTU_PKGDATADIR "/schema/spec.schema.json",
	    NULL, NULL);
}

const char *
spec_schema_uri(void)
{
	static GOnce	 once = G_ONCE_INIT;

	return g_once(&once, find, NULL);
}
