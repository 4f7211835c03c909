/* SPDX-License-Identifier: MIT */
/*
 * Linked only into the build tree's shutu: fonts come from the source
 * tree's fonts/fonts.conf, so a fresh build works before any install and
 * is not misled by an older installed copy, and the specs shutu auto
 * writes name the source tree's schema/spec.schema.json.
 * SHUTU_FONTS_CONF and SHUTU_SCHEMA_DIR win.
 */
#include <stdlib.h>

#include "cli/cli.h"

static void
set_default(const char *name, const char *value)
{
	const char	*env = getenv(name);

	if (env == NULL || *env == '\0')
		setenv(name, value, 1);
}

void
cli_uninstalled_data(void)
{
	set_default("SHUTU_FONTS_CONF", SHUTU_SOURCE_DIR "/fonts/fonts.conf");
	set_default("SHUTU_SCHEMA_DIR", SHUTU_SOURCE_DIR "/schema");
}
