/* SPDX-License-Identifier: MIT */
/*
 * shutu batch MANIFEST|DIR|FILE… -o DIR [-j N] [--shard K/N]
 *
 * Chart specs (*.json) are rendered and articles (*.txt) go through
 * shutu auto, on every core.  The inputs are sorted and named before
 * anything runs, so every machine of a sharded batch agrees on which
 * inputs are its own and what they are called.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cli.h"
#include "util/util.h"

struct	input {
	char		*path;		/* as found */
	char		*name;		/* output name: no '/', no leading '.' */
	bool		 article;	/* *.txt */
	bool		 scanned;	/* found in a folder, not named */
};

/* What a .json found in a folder was, when it was no spec. */
enum	skip {
	SKIP_NONE,
	SKIP_FACTS,		/* written by shutu extract */
	SKIP_THEME,		/* a theme file (charts/themes/) */
};

struct	result {
	struct input	*in;
	char		*error;		/* NULL: done */
	enum skip	 skipped;	/* found in a folder, no spec */
};

/* The signal that asks the batch to stop (SIGINT, SIGTERM), or 0. */
static volatile sig_atomic_t	 stop_signal;
static struct timespec		 stop_at;

/*
 * The first signal asks for a stop; a second one, a moment later, ends
 * the batch at once.  One within half a second is the same request
 * twice: timeout(1) signals its child and then the child's group.
 */
static void
on_stop(int sig)
{
	struct timespec	 now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (stop_signal == 0) {
		stop_at = now;
		stop_signal = sig;
		return;
	}
	if ((now.tv_sec - stop_at.tv_sec) * 1000000000L + (now.tv_nsec -
	    stop_at.tv_nsec) < 500000000L)
		return;
	signal(sig, SIG_DFL);
	raise(sig);
}

struct	batch {
	const char	*out;
	unsigned int	 formats;	/* bit per enum shutu_format */
	int		 year;
	bool		 no_2x;
	struct shutu_render_options ro;
	GAsyncQueue	*results;
};

static void
input_free(struct input *in)
{
	g_free(in->path);
	g_free(in->name);
	g_free(in);
}

/* "a/b/c.json" under root "a" -> "b-c": flat, and never outside DIR. */
static char *
flat_name(const char *rel)
{
	GString		*s = g_string_new(NULL);
	char		**parts = g_strsplit(rel, "/", -1), *dot;
	size_t		 i;

	for (i = 0; parts[i] != NULL; i++) {
		if (*parts[i] == '\0' || strcmp(parts[i], ".") == 0 ||
		    strcmp(parts[i], "..") == 0)
			continue;
		if (s->len > 0)
			g_string_append_c(s, '-');
		g_string_append(s, parts[i]);
	}
	g_strfreev(parts);
	if ((dot = strrchr(s->str, '.')) != NULL && dot != s->str)
		g_string_truncate(s, dot - s->str);
	if (s->len == 0 || s->str[0] == '.')
		g_string_prepend_c(s, '_');
	return g_string_free(s, FALSE);
}

static bool
is_input(const char *path)
{
	return g_str_has_suffix(path, ".json") || g_str_has_suffix(path,
	    ".txt");
}

static void
add(GPtrArray *list, const char *path, const char *rel, bool scanned)
{
	struct input	*in = g_new0(struct input, 1);

	in->path = g_strdup(path);
	in->name = flat_name(rel);
	in->article = g_str_has_suffix(path, ".txt");
	in->scanned = scanned;
	g_ptr_array_add(list, in);
}

/* Every spec and article under "dir", names relative to it. */
static bool
scan(GPtrArray *list, const char *dir, const char *rel, int depth)
{
	GDir		*d;
	const char	*n;
	GError		*error = NULL;

	if (depth > 32)
		return true;
	if ((d = g_dir_open(dir, 0, &error)) == NULL) {
		cli_fail(error);
		return false;
	}
	while ((n = g_dir_read_name(d)) != NULL) {
		char	*p = g_build_filename(dir, n, NULL);
		char	*r = *rel ? g_strconcat(rel, "/", n, NULL) :
			    g_strdup(n);

		if (*n == '.')
			;	/* hidden: ours in progress, or not for us */
		else if (g_file_test(p, G_FILE_TEST_IS_DIR) &&
		    !g_file_test(p, G_FILE_TEST_IS_SYMLINK))
			scan(list, p, r, depth + 1);
		else if (is_input(n))
			add(list, p, r, true);
		g_free(p);
		g_free(r);
	}
	g_dir_close(d);
	return true;
}

/*
 * A manifest: one path a line, relative to the manifest ("-": standard
 * input, relative to the current folder, as 'ls *.json | shutu batch -'
 * gives); # starts a comment.
 */
static bool
manifest(GPtrArray *list, const char *path)
{
	const char	*name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	struct util_sniff sn;
	char		*text, **lines, *dir;
	size_t		 len, i;
	GError		*error = NULL;
	bool		 ok = true;

	if (!util_read_file(path, &text, &len, &error) ||
	    !util_sniff_input(name, text, len, &sn, &error))
		return cli_fail(error), false;
	dir = g_path_get_dirname(path);
	lines = g_strsplit(text + sn.bom, "\n", -1);
	for (i = 0; lines[i] != NULL; i++) {
		char	*l = g_strstrip(lines[i]), *p;

		if (*l == '\0' || *l == '#')
			continue;
		p = g_path_is_absolute(l) ? g_strdup(l) :
		    g_build_filename(dir, l, NULL);
		if (g_file_test(p, G_FILE_TEST_IS_DIR))
			ok &= scan(list, p, "", 0);
		else if (!is_input(l)) {
			cli_warn("%s:%zu: '%s' is neither a spec (.json), an "
			    "article (.txt) nor a folder", name, i + 1, l);
			ok = false;
		} else if (g_path_is_absolute(l)) {
			/* Named after the file, not the folders it is in. */
			char	*base = g_path_get_basename(l);

			add(list, p, base, false);
			g_free(base);
		} else
			add(list, p, l, false);
		g_free(p);
	}
	g_strfreev(lines);
	g_free(dir);
	g_free(text);
	return ok;
}

static int
by_path(gconstpointer a, gconstpointer b)
{
	const struct input *x = *(struct input *const *)a;
	const struct input *y = *(struct input *const *)b;

	return strcmp(x->path, y->path);
}

/* Two inputs with one name get -2, -3 …, the same on every machine. */
static void
unique_names(GPtrArray *list)
{
	GHashTable	*used = g_hash_table_new(g_str_hash, g_str_equal);
	GHashTable	*next = g_hash_table_new(g_str_hash, g_str_equal);
	size_t		 i;

	g_ptr_array_sort(list, by_path);
	for (i = 0; i < list->len; i++) {
		struct input	*in = g_ptr_array_index(list, i);
		char		*base = in->name;
		const char	*first;
		unsigned	 k;

		if (!g_hash_table_contains(used, base)) {
			g_hash_table_add(used, base);
			continue;
		}
		/*
		 * Resume where this name's last suffix left off, so that
		 * 10,000 inputs of one name are named in linear time; the
		 * key is the first owner's copy, alive as long as "list".
		 */
		first = g_hash_table_lookup(used, base);
		k = GPOINTER_TO_UINT(g_hash_table_lookup(next, first));
		for (k = k > 2 ? k : 2;; k++) {
			char	*n = g_strdup_printf("%s-%u", base, k);

			if (!g_hash_table_contains(used, n)) {
				in->name = n;
				break;
			}
			g_free(n);
		}
		g_hash_table_insert(next, (gpointer)first,
		    GUINT_TO_POINTER(k + 1));
		g_hash_table_add(used, in->name);
		g_free(base);
	}
	g_hash_table_destroy(used);
	g_hash_table_destroy(next);
}

static void
work(gpointer data, gpointer user)
{
	struct input		*in = data;
	struct batch		*b = user;
	struct result		*r = g_new0(struct result, 1);
	GError			*error = NULL;
	char			*out;
	int			 f;

	r->in = in;
	if (in->article) {
		struct shutu_auto_options opt = {
			.year = b->year, .formats = b->formats,
			.render = b->ro, .no_2x = b->no_2x,
		};

		out = g_build_filename(b->out, in->name, NULL);
		if (!shutu_auto(in->path, out, &opt, &error))
			r->error = g_strdup(error->message);
		g_free(out);
	} else {
		struct shutu_chart *c = shutu_chart_load(in->path, &error);

		if (c != NULL && !shutu_chart_set_options(c, &b->ro, &error)) {
			g_prefix_error(&error, "%s: ", in->path);
			shutu_chart_free(c);
			c = NULL;
		}

		for (f = 0; c != NULL && f < SHUTU_FORMAT__COUNT; f++) {
			if (!(b->formats & (1u << f)))
				continue;
			out = g_strdup_printf("%s/%s.%s", b->out, in->name,
			    shutu_format_suffix(f));
			if (!shutu_chart_render_file(c, f, out, &error)) {
				g_free(out);
				break;
			}
			g_free(out);
		}
		/*
		 * A folder of specs may hold their data (charts/data/NAME.json,
		 * as shutu extract wrote it) and their themes (charts/themes/):
		 * not specs, and no failure.
		 */
		if (c == NULL && in->scanned) {
			struct shutu_facts *facts =
			    shutu_facts_load_json(in->path, NULL);
			struct shutu_render_options theme = {
				.theme = in->path,
			};

			if (facts != NULL)
				r->skipped = SKIP_FACTS;
			else if (shutu_render_options_check(&theme, NULL))
				r->skipped = SKIP_THEME;
			if (r->skipped != SKIP_NONE)
				g_clear_error(&error);
			shutu_facts_free(facts);
		}
		if (c != NULL && error == NULL) {
			/* The alt text beside the images, as render does. */
			char	*alt = shutu_chart_alt_text(c, &error);

			if (alt != NULL) {
				char *txt = g_strconcat(alt, "\n", NULL);

				out = g_strdup_printf("%s/%s.txt", b->out,
				    in->name);
				util_write_file(out, txt, strlen(txt), &error);
				g_free(out);
				g_free(txt);
				g_free(alt);
			}
		}
		if (error != NULL)
			r->error = g_strdup(error->message);
		shutu_chart_free(c);
	}
	if (error != NULL)
		g_error_free(error);
	g_async_queue_push(b->results, r);
}

static void
progress(size_t done, size_t failed, size_t total, double secs)
{
	int	 width = 30, fill = total ? (int)(width * done / total) : width;
	double	 rate = secs > 0 ? done / secs : 0;

	fprintf(stderr, "\r\033[K[%.*s%*s] %zu/%zu", fill,
	    "##############################", width - fill, "", done, total);
	if (failed > 0)
		fprintf(stderr, ", %zu failed", failed);
	if (rate > 0)
		fprintf(stderr, ", %.1f/s, %.0f s left", rate,
		    (total - done) / rate);
	fflush(stderr);
}

static bool
parse_shard(const char *s, int *k, int *n)
{
	char	*end;
	long	 a, b;

	a = strtol(s, &end, 10);
	if (end == s || *end != '/')
		return false;
	b = strtol(end + 1, &end, 10);
	if (*end != '\0' || b < 1 || b > 100000 || a < 1 || a > b)
		return false;
	*k = a;
	*n = b;
	return true;
}

int
cmd_batch(int argc, char *argv[])
{
	char		*out = NULL, *formats = NULL, *shard = NULL;
	char		*jobs_arg = NULL, *year_arg = NULL;
	int		 jobs = 0, year = 0, k = 1, nshards = 1, i;
	gboolean	 no_2x = FALSE;
	struct cli_output co;
	GOptionContext	*ctx;
	GOptionEntry	 entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "Folder for every output (required)", "DIR" },
		{ "jobs", 'j', 0, G_OPTION_ARG_STRING, &jobs_arg,
		  "Parallel jobs (default: two per core)", "N" },
		{ "shard", 0, 0, G_OPTION_ARG_STRING, &shard,
		  "Do only the K-th of N equal parts of the inputs", "K/N" },
		{ "format", 'f', 0, G_OPTION_ARG_STRING, &formats,
		  "Formats: png,svg,pdf,jpg (default: png,svg,pdf)", "LIST" },
		{ "no-2x", 0, 0, G_OPTION_ARG_NONE, &no_2x,
		  "Articles: no NAME@2x.png for Word/WPS", NULL },
		{ "year", 'y', 0, G_OPTION_ARG_STRING, &year_arg,
		  "Reference year for articles' dates", "Y" },
		{ NULL }
	};
	GPtrArray	*all = g_ptr_array_new_with_free_func(
			    (GDestroyNotify)input_free);
	GPtrArray	*mine = g_ptr_array_new();
	struct batch	 b = { 0 };
	GThreadPool	*pool = NULL;
	GTimer		*timer = NULL;
	size_t		 done = 0, failed = 0, skipped = 0, n;
	size_t		 themes = 0;
	struct sigaction sa, old_int, old_term;
	bool		 tty = isatty(STDERR_FILENO), ok = true;
	int		 rc = CLI_EXIT_OK;

	ctx = g_option_context_new("MANIFEST|DIR|FILE… - render many specs "
	    "and articles");
	g_option_context_add_main_entries(ctx, entries, NULL);
	cli_output_entries(ctx, &co);
	g_option_context_set_description(ctx,
	    "Inputs: chart specs (*.json), articles (*.txt), folders (searched "
	    "for both;\nfacts files and themes found there are skipped) and "
	    "manifests (any other\nfile, or '-' for standard input: one path "
	    "a line, relative to the manifest).\nspec a/b.json -> DIR/a-b.png .svg "
	    ".pdf .txt; article a.txt -> DIR/a/ (see 'shutu\nauto').  Names never "
	    "leave DIR.  --shard K/N takes every N-th input of\nthe sorted "
	    "list, so N machines (GNU parallel, Slurm arrays, Kubernetes\n"
	    "indexed jobs) share a batch with no coordination.  Ctrl-C "
	    "finishes the inputs\nbegun and stops.\n"
	    "Exit status: 0 all done, 1 something failed (the rest is still "
	    "done), 2 usage.");
	if (!cli_parse(ctx, &argc, &argv)) {
		cli_output_release(&co);
		return CLI_EXIT_USAGE;
	}
	if (argc < 2 || out == NULL) {
		cli_warn("batch needs inputs and -o DIR (see 'shutu batch "
		    "--help')");
		rc = CLI_EXIT_USAGE;
		goto done;
	}
	if ((jobs_arg != NULL && !cli_int("--jobs", jobs_arg, 1, 1024,
	    "a number of jobs", &jobs)) || (year_arg != NULL &&
	    !cli_int("--year", year_arg, CLI_YEAR_MIN, CLI_YEAR_MAX, "a year",
	    &year))) {
		rc = CLI_EXIT_USAGE;
		goto done;
	}
	if (shard != NULL && !parse_shard(shard, &k, &nshards)) {
		cli_warn("--shard: '%s' is not K/N with 1 <= K <= N <= 100000",
		    shard);
		rc = CLI_EXIT_USAGE;
		goto done;
	}
	b.formats = SHUTU_FORMATS_DEFAULT;
	if (formats != NULL && !cli_formats(formats, &b.formats)) {
		rc = CLI_EXIT_USAGE;
		goto done;
	}
	if ((rc = cli_output_check(&co, b.formats, &b.ro)) != CLI_EXIT_OK)
		goto done;
	b.no_2x = no_2x;
	for (i = 1; i < argc; i++) {
		if (g_file_test(argv[i], G_FILE_TEST_IS_DIR))
			ok &= scan(all, argv[i], "", 0);
		else if (strcmp(argv[i], "-") == 0)
			ok &= manifest(all, "-");
		else if (!g_file_test(argv[i], G_FILE_TEST_EXISTS)) {
			cli_warn("%s: No such file or directory", argv[i]);
			ok = false;
		} else if (is_input(argv[i])) {
			char	*base = g_path_get_basename(argv[i]);

			add(all, argv[i], base, false);
			g_free(base);
		} else
			ok &= manifest(all, argv[i]);
	}
	if (!ok) {
		rc = CLI_EXIT_FAIL;
		goto done;
	}
	unique_names(all);
	for (n = 0; n < all->len; n++)
		if ((int)(n % nshards) == k - 1)
			g_ptr_array_add(mine, g_ptr_array_index(all, n));
	if (g_mkdir_with_parents(out, 0777) != 0) {
		cli_warn("%s: cannot make the folder: %s", out,
		    g_strerror(errno));
		rc = CLI_EXIT_FAIL;
		goto done;
	}
	b.out = out;
	b.year = year;
	b.results = g_async_queue_new();
	timer = g_timer_new();
	/*
	 * Two jobs a core: each output waits for the disk (fdatasync before
	 * it is named), and meanwhile another job draws.  400 charts on 2
	 * cores: 3.1 s with 2 jobs, 2.3 s with 4 (2.2 s with no syncing).
	 */
	pool = g_thread_pool_new(work, &b, jobs > 0 ? jobs :
	    2 * (int)g_get_num_processors(), TRUE, NULL);
	for (n = 0; n < mine->len; n++)
		g_thread_pool_push(pool, g_ptr_array_index(mine, n), NULL);
	/*
	 * Ctrl-C (or SIGTERM): stop taking inputs, let those begun finish
	 * (their files are whole), end the progress line, give the summary,
	 * then die of the signal.  A signal ignored at the start (nohup, a
	 * background job) stays ignored.
	 */
	stop_signal = 0;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, NULL, &old_int);
	sigaction(SIGTERM, NULL, &old_term);
	if (old_int.sa_handler != SIG_IGN)
		sigaction(SIGINT, &sa, NULL);
	if (old_term.sa_handler != SIG_IGN)
		sigaction(SIGTERM, &sa, NULL);
	while (done < mine->len) {
		struct result	*r;

		if (stop_signal != 0) {
			g_thread_pool_free(pool, TRUE, TRUE);
			pool = NULL;
			while ((r = g_async_queue_try_pop(b.results)) != NULL) {
				done++;
				failed += !r->skipped && r->error != NULL;
				skipped += r->skipped != SKIP_NONE;
				themes += r->skipped == SKIP_THEME;
				g_free(r->error);
				g_free(r);
			}
			break;
		}
		if ((r = g_async_queue_timeout_pop(b.results, 100000)) == NULL)
			continue;
		done++;
		if (r->skipped != SKIP_NONE) {
			skipped++;
			themes += r->skipped == SKIP_THEME;
		} else if (r->error != NULL) {
			failed++;
			if (tty)
				fputs("\r\033[K", stderr);
			cli_warn("%s", r->error);
		}
		if (tty)
			progress(done, failed, mine->len,
			    g_timer_elapsed(timer, NULL));
		g_free(r->error);
		g_free(r);
	}
	if (tty)
		fputs("\r\033[K", stderr);
	if (pool != NULL)
		g_thread_pool_free(pool, FALSE, TRUE);
	{
		double	 secs = g_timer_elapsed(timer, NULL);
		char	*part = nshards > 1 ? g_strdup_printf(", shard %d/%d "
			    "of %u inputs", k, nshards, all->len) : g_strdup("");
		const char *what = themes == 0 ? util_plural(skipped,
			    "facts file", "facts files") : themes == skipped ?
			    util_plural(skipped, "a theme", "themes") :
			    "facts files and themes";
		char	*skip = skipped > 0 ? g_strdup_printf(", %zu skipped "
			    "(%s, not specs)", skipped, what) : g_strdup("");
		char	*left = stop_signal != 0 ? g_strdup_printf(", %zu not "
			    "started", mine->len - done) : g_strdup("");

		cli_warn("batch: %s%zu done, %zu failed%s%s, %.1f s (%.1f/s)%s",
		    stop_signal != 0 ? "interrupted: " : "",
		    done - failed - skipped, failed, skip, left, secs, secs > 0 ?
		    done / secs : 0, part);
		g_free(part);
		g_free(skip);
		g_free(left);
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	if (stop_signal != 0) {
		/* Die of the signal, so that a shell or make sees it. */
		fflush(stderr);
		signal(stop_signal, SIG_DFL);
		raise(stop_signal);
	}
	if (failed > 0)
		rc = CLI_EXIT_FAIL;
done:
	cli_output_release(&co);
	if (b.results != NULL)
		g_async_queue_unref(b.results);
	if (timer != NULL)
		g_timer_destroy(timer);
	g_ptr_array_unref(mine);
	g_ptr_array_unref(all);
	g_free(out);
	g_free(formats);
	g_free(shard);
	g_free(jobs_arg);
	g_free(year_arg);
	return rc;
}
