/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "testutil.h"

char *
test_source_path(const char *rel)
{
	const char	*src = g_getenv("SHUTU_SOURCE");

	return g_build_filename(src != NULL ? src : ".", rel, NULL);
}

char *
test_mkdtemp(void)
{
	char	*dir = g_dir_make_tmp("shutu-test-XXXXXX", NULL);

	g_assert_nonnull(dir);
	return dir;
}

void
test_rmdir(const char *dir)
{
	GDir		*d;
	const char	*name;

	if ((d = g_dir_open(dir, 0, NULL)) == NULL)
		return;
	while ((name = g_dir_read_name(d)) != NULL) {
		char	*p = g_build_filename(dir, name, NULL);

		if (g_file_test(p, G_FILE_TEST_IS_DIR))
			test_rmdir(p);
		else
			g_unlink(p);
		g_free(p);
	}
	g_dir_close(d);
	g_rmdir(dir);
}

int
test_run(char **argv, char **out, char **err)
{
	GError	*error = NULL;
	int	 status;

	g_assert_true(g_spawn_sync(NULL, argv, NULL, G_SPAWN_DEFAULT, NULL,
	    NULL, out, err, &status, &error));
	g_assert_no_error(error);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}
