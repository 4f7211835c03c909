/* SPDX-License-Identifier: MIT */
/*
 * The same chart N times in one process, as a batch does: spec parsed
 * once, then laid out, drawn and written N times.  Prints ms per chart,
 * charts per second, peak resident memory and the file size.
 *
 *   shutu-bench-render [-n N] SPEC FORMAT OUT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "shutu.h"

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char *argv[])
{
	struct shutu_chart	*c;
	enum shutu_format	 fmt;
	GError			*error = NULL;
	struct rusage		 ru;
	struct stat		 st;
	long			 n = 200, i;
	double			 t0, t1, first;
	int			 a = 1;

	if (argc > 2 && strcmp(argv[1], "-n") == 0) {
		n = strtol(argv[2], NULL, 10);
		a = 3;
	}
	if (argc - a != 3 || n < 1 || !shutu_format_from_name(argv[a + 1],
	    &fmt)) {
		fprintf(stderr, "usage: shutu-bench-render [-n N] SPEC "
		    "png|svg|pdf OUT\n");
		return 2;
	}
	t0 = now();
	if ((c = shutu_chart_load(argv[a], &error)) == NULL ||
	    !shutu_chart_render_file(c, fmt, argv[a + 2], &error)) {
		fprintf(stderr, "shutu-bench-render: %s\n", error->message);
		return 1;
	}
	first = now() - t0;	/* fontconfig and fonts load here, once */
	t1 = now();
	for (i = 1; i < n; i++)
		if (!shutu_chart_render_file(c, fmt, argv[a + 2], &error)) {
			fprintf(stderr, "shutu-bench-render: %s\n",
			    error->message);
			return 1;
		}
	t1 = now() - t1;
	getrusage(RUSAGE_SELF, &ru);
	stat(argv[a + 2], &st);
	printf("%s %s: first %.1f ms, then %.2f ms/chart (%.0f charts/s) "
	    "over %ld, peak %.1f MiB, %lld bytes\n", argv[a], argv[a + 1],
	    first * 1e3, n > 1 ? t1 * 1e3 / (n - 1) : 0,
	    n > 1 ? (n - 1) / t1 : 0, n - 1, ru.ru_maxrss / 1024.0,
	    (long long)st.st_size);
	shutu_chart_free(c);
	return 0;
}
