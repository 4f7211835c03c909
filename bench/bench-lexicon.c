/* SPDX-License-Identifier: MIT */
/*
 * Word breaking of the same text by ICU (words_break() of label.c, as
 * the extractor runs it today) and by the lexicon's segmenter
 * (lexicon_segment()), in characters per second on one thread:
 *
 *   shutu-bench-lexicon [-t SECONDS] [-w WINDOWS] [ARTICLE…]
 *
 * Two kinds of span from the articles (default: the samples): windows
 * like those the labeller breaks (the text between two numbers or marks,
 * at most 16 characters), and whole sentences.  -w reads the windows
 * from a file instead, one a line: for instance those label.c gave
 * words_break() on a run (7.6 characters on average in the samples).
 * The two take turns over all the spans for SECONDS each of CPU time
 * (default 1): the best rate of each is printed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "extract/extract.h"
#include "extract/lexicon.h"

#define WINDOW_MAX_CP	16

struct	span {
	const char	*s;
	size_t		 n;
};

/*
 * The thread's CPU time: on a shared machine, time spent waiting for a
 * core is not counted against either side.
 */
static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static bool
is_digit(gunichar c)
{
	return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19);
}

static bool
is_sentence_end(gunichar c)
{
	return c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0xff1b ||
	    c == '\n';
}

/* Windows: runs of neither digits nor marks, cut to WINDOW_MAX_CP. */
static void
add_windows(GArray *out, const char *text, size_t len)
{
	const char	*p = text, *end = text + len, *start = NULL;
	struct span	 sp;
	size_t		 cps = 0;
	gunichar	 c;

	for (; p <= end; p = g_utf8_next_char(p)) {
		c = p < end ? g_utf8_get_char(p) : 0;
		if (p == end || is_digit(c) || g_unichar_ispunct(c) ||
		    g_unichar_isspace(c) || cps == WINDOW_MAX_CP) {
			if (start != NULL) {
				sp.s = start;
				sp.n = (size_t)(p - start);
				g_array_append_val(out, sp);
			}
			start = NULL;
			cps = 0;
			if (p == end)
				break;
			if (is_digit(c) || g_unichar_ispunct(c) ||
			    g_unichar_isspace(c))
				continue;
		}
		if (start == NULL)
			start = p;
		cps++;
	}
}

static void
add_sentences(GArray *out, const char *text, size_t len)
{
	const char	*p = text, *end = text + len, *start = text;
	struct span	 sp;

	for (; p < end; p = g_utf8_next_char(p))
		if (is_sentence_end(g_utf8_get_char(p))) {
			sp.s = start;
			sp.n = (size_t)(g_utf8_next_char(p) - start);
			if (sp.n > 1)
				g_array_append_val(out, sp);
			start = g_utf8_next_char(p);
		}
	if (start < end) {
		sp.s = start;
		sp.n = (size_t)(end - start);
		g_array_append_val(out, sp);
	}
}

/* Lines of "text" as windows. */
static void
add_lines(GArray *out, const char *text, size_t len)
{
	const char	*p = text, *end = text + len, *nl;
	struct span	 sp;

	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		sp.s = p;
		sp.n = (size_t)(nl - p);
		if (sp.n > 0)
			g_array_append_val(out, sp);
	}
}

/* Characters per second of one pass or more over "spans" (>= 50 ms). */
static double
rate(const GArray *spans, size_t cps, bool icu, struct words *w,
    struct lexicon_seg *seg, size_t *words)
{
	const struct span	*sp = (const struct span *)(void *)spans->data;
	double			 t0, t;
	size_t			 i, rounds = 0, count;

	t0 = now();
	do {
		count = 0;
		for (i = 0; i < spans->len; i++)
			if (icu) {
				words_break(w, sp[i].s, sp[i].n);
				count += words_count(w);
			} else
				count += lexicon_segment(seg, sp[i].s,
				    sp[i].n);
		rounds++;
	} while ((t = now() - t0) < 0.05);
	*words = count;
	return (double)cps * rounds / t;
}

/*
 * The best rate of each side over "secs" each, the two taking turns so
 * that a busy machine slows both alike.
 */
static void
run(const GArray *spans, size_t cps, double secs, struct words *w,
    struct lexicon_seg *seg, double *icu, double *lex, size_t *icu_words,
    size_t *lex_words)
{
	double	 r, t0 = now();

	*icu = *lex = 0;
	while (now() - t0 < 2 * secs) {
		if ((r = rate(spans, cps, true, w, seg, icu_words)) > *icu)
			*icu = r;
		if ((r = rate(spans, cps, false, w, seg, lex_words)) > *lex)
			*lex = r;
	}
}

static size_t
count_cps(const GArray *spans)
{
	const struct span	*sp = (const struct span *)(void *)spans->data;
	size_t			 i, n = 0;

	for (i = 0; i < spans->len; i++)
		n += text_cp_count(sp[i].s, sp[i].n);
	return n;
}

int
main(int argc, char *argv[])
{
	GPtrArray		*texts = g_ptr_array_new_with_free_func(g_free);
	GPtrArray		*kept = g_ptr_array_new_with_free_func(g_free);
	GArray			*windows, *sentences;
	struct lexicon_seg	 seg;
	struct words		*w;
	GError			*error = NULL;
	double			 secs = 1, icu, lex;
	size_t			 i, len, cps, icu_words, lex_words;
	char			*text, *dir;
	const char		*name, *window_file = NULL;
	GDir			*d;
	int			 a = 1, k;

	for (; a + 1 < argc && argv[a][0] == '-'; a += 2)
		if (strcmp(argv[a], "-t") == 0)
			secs = strtod(argv[a + 1], NULL);
		else if (strcmp(argv[a], "-w") == 0)
			window_file = argv[a + 1];
		else
			break;
	if (secs <= 0 || (a < argc && argv[a][0] == '-')) {
		fprintf(stderr, "usage: shutu-bench-lexicon [-t SECONDS] "
		    "[-w WINDOWS] [ARTICLE...]\n");
		return 2;
	}
	if (a == argc) {
		dir = g_build_filename(SHUTU_SOURCE_DIR, "samples", NULL);
		if ((d = g_dir_open(dir, 0, &error)) == NULL) {
			fprintf(stderr, "shutu-bench-lexicon: %s\n",
			    error->message);
			return 1;
		}
		while ((name = g_dir_read_name(d)) != NULL)
			if (g_str_has_suffix(name, ".txt"))
				g_ptr_array_add(texts,
				    g_build_filename(dir, name, NULL));
		g_dir_close(d);
		g_free(dir);
	} else
		for (k = a; k < argc; k++)
			g_ptr_array_add(texts, g_strdup(argv[k]));

	windows = g_array_new(FALSE, FALSE, sizeof(struct span));
	sentences = g_array_new(FALSE, FALSE, sizeof(struct span));
	for (i = 0; i < texts->len; i++) {
		if (!g_file_get_contents(texts->pdata[i], &text, &len,
		    &error) || !g_utf8_validate(text, (gssize)len, NULL)) {
			fprintf(stderr, "shutu-bench-lexicon: %s: %s\n",
			    (char *)texts->pdata[i],
			    error != NULL ? error->message : "not UTF-8");
			return 1;
		}
		if (window_file == NULL)
			add_windows(windows, text, len);
		add_sentences(sentences, text, len);
		g_ptr_array_add(kept, text);	/* the spans point into it */
	}
	if (window_file != NULL) {
		if (!g_file_get_contents(window_file, &text, &len, &error) ||
		    !g_utf8_validate(text, (gssize)len, NULL)) {
			fprintf(stderr, "shutu-bench-lexicon: %s: %s\n",
			    window_file, error != NULL ? error->message :
			    "not UTF-8");
			return 1;
		}
		add_lines(windows, text, len);
		g_ptr_array_add(kept, text);
	}

	w = words_new();
	lexicon_seg_init(&seg);
	printf("%-10s %7s %8s %9s %12s %12s %7s\n", "spans", "count",
	    "chars", "mean cp", "ICU char/s", "lexicon c/s", "ratio");
	for (k = 0; k < 2; k++) {
		GArray	*spans = k == 0 ? windows : sentences;

		cps = count_cps(spans);
		run(spans, cps, secs, w, &seg, &icu, &lex, &icu_words,
		    &lex_words);
		printf("%-10s %7u %8zu %9.1f %12.3g %12.3g %6.1fx\n",
		    k == 0 ? "windows" : "sentences", spans->len, cps,
		    (double)cps / spans->len, icu, lex, lex / icu);
		printf("%-10s words: ICU %zu, lexicon %zu\n", "", icu_words,
		    lex_words);
	}
	lexicon_seg_release(&seg);
	words_free(w);
	g_array_free(windows, TRUE);
	g_array_free(sentences, TRUE);
	g_ptr_array_free(texts, TRUE);
	g_ptr_array_free(kept, TRUE);
	return 0;
}
