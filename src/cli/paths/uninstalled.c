/* SPDX-License-Identifier: MIT */
/*
 * Linked only into the build tree's shutu: fonts come from the source
 * tree's fonts/fonts.conf, so a fresh build works before any install and
 * is not misled by an older installed copy.  SHUTU_FONTS_CONF wins.
 */
#include <stdlib.h>

#include "cli/cli.h"

void
cli_uninstalled_fonts(void)
{
	const char	*env = getenv("SHUTU_FONTS_CONF");

	if (env == NULL || *env == '\0')
		setenv("SHUTU_FONTS_CONF", SHUTU_SOURCE_DIR "/fonts/fonts.conf",
		    1);
}
