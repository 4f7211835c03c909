/* SPDX-License-Identifier: MIT */
/* Helpers shared by the test programs. */
#ifndef SHUTU_TESTUTIL_H
#define SHUTU_TESTUTIL_H

#include <glib.h>

/* Path of a file in the source tree (g_free). */
char	*test_source_path(const char *rel);
/* A fresh temporary directory, removed with its files by test_rmdir(). */
char	*test_mkdtemp(void);
void	 test_rmdir(const char *dir);
/* Run argv, capture stdout/stderr (may be NULL), return the exit status. */
int	 test_run(char **argv, char **out, char **err);

#endif
