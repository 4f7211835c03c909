/* SPDX-License-Identifier: MIT */
/* An article's title: the gallery's heading and the index of articles. */
#include "util.h"

char *
util_title(const char *text)
{
	char	**lines = g_strsplit(text, "\n", 40), *out = NULL;
	size_t	 i;

	for (i = 0; lines[i] != NULL && out == NULL; i++) {
		char	*l = g_strstrip(lines[i]);

		if (*l == '\0')
			continue;
		if (g_str_has_prefix(l, "#")) {
			while (*l == '#' || *l == ' ')
				l++;
			out = g_strdup(l);
		} else if (g_utf8_strlen(l, -1) <= 40)
			out = g_strdup(l);
		else
			break;
	}
	g_strfreev(lines);
	return out;
}
