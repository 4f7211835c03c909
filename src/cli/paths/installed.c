/* SPDX-License-Identifier: MIT */
/*
 * Linked into the installed shutu: the library finds the installed
 * fonts.conf (or $SHUTU_FONTS_CONF) and schema/ itself, and no path of
 * the build is kept in the binary.
 */
#include "cli/cli.h"

void
cli_uninstalled_data(void)
{
}
