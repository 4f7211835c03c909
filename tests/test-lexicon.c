/* SPDX-License-Identifier: MIT */
/*
 * The lexicon: every word of jieba's list and of the project's, found
 * with its freq and tag; segmentation by jieba's method, row by row and
 * against a second, naive computation of the best route.
 */
#include <math.h>
#include <string.h>

#include "extract/lexicon.h"
#include "testutil.h"

static const struct {
	const char	*word;
	uint32_t	 freq;		/* 0: not a word */
	const char	*pos;
} lookups[] = {
	/* jieba's */
	{ "规模",		11239,	"n" },
	{ "以上",		24969,	"f" },
	{ "的",			318825,	"uj" },
	{ "了",			883634,	"ul" },		/* the largest freq */
	{ "增加值",		1861,	"n" },
	{ "存栏",		15,	"n" },
	{ "出栏",		301,	"v" },
	{ "党员干部",		3,	"n" },
	{ "中华人民共和国",	9989,	"ns" },
	{ "B超",		3,	"n" },		/* Latin in a word */
	{ "C++",		3,	"nz" },		/* and punctuation */
	{ "AT&T",		3,	"nz" },
	{ "γ射线",		3,	"n" },
	{ "龢",			732,	"zg" },		/* the last first char */
	/* the project's */
	{ "规模以上",		300,	"b" },
	{ "一般公共预算收入",	300,	"n" },
	{ "城镇居民人均可支配收入", 300, "n" },
	{ "规上",		300,	"j" },
	/* the project's over jieba's (10 m, 412 v, 270 nr, 25 n) */
	{ "十四五",		10,	"j" },
	{ "增速",		412,	"n" },
	{ "高新区",		270,	"ns" },
	{ "省道",		300,	"n" },
	/* no words */
	{ "规模以",		0,	NULL },		/* only a prefix */
	{ "规模以上工业",	0,	NULL },		/* words, not one */
	{ "沟赵",		0,	NULL },
	{ "",			0,	NULL },
	{ "规模 ",		0,	NULL },
	{ "\xe8\xa7",		0,	NULL },		/* 规 cut short */
	{ "\xff",		0,	NULL },
	{ "𪚥",			0,	NULL },		/* outside the BMP */
};

static void
test_lookup(void)
{
	struct lexicon_entry	 e;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(lookups); i++) {
		const char	*w = lookups[i].word;

		g_test_message("case: %s", w);
		e.freq = 0;
		g_assert_cmpint(lexicon_lookup(w, strlen(w), &e), ==,
		    lookups[i].freq != 0);
		if (lookups[i].freq == 0)
			continue;
		g_assert_cmpuint(e.freq, ==, lookups[i].freq);
		g_assert_cmpstr(lexicon_pos_name(e.pos), ==, lookups[i].pos);
		g_assert_true(lexicon_lookup(w, strlen(w), NULL));
	}
	/* The length is what counts, not a terminating NUL. */
	g_assert_true(lexicon_lookup("规模以上", strlen("规模"), &e));
	g_assert_cmpuint(e.freq, ==, 11239);
}

/*
 * Segmentation: each word as "word/tag", joined by "|".  Tags of jieba's
 * words are jieba's.
 */
static const struct {
	const char	*text;
	const char	*words;
} segments[] = {
	/* the project's words whole */
	{ "规模以上工业增加值增长6.7%",
	  "规模以上/b|工业/n|增加值/n|增长/v|6.7/m|%/w" },
	{ "全县规上工业企业", "全县/n|规上/j|工业/n|企业/n" },
	{ "战略性新兴产业增加值", "战略性新兴产业/n|增加值/n" },
	{ "全年一般公共预算收入23.46亿元",
	  "全年/m|一般公共预算收入/n|23.46/m|亿元/m" },
	{ "城镇居民人均可支配收入31,052元",
	  "城镇居民人均可支配收入/n|31/m|,/w|052/m|元/m" },
	{ "占比75%", "占比/n|75/m|%/w" },
	{ "十四五期间", "十四五/j|期间/f" },
	{ "一季度营业收入", "一季度/t|营业收入/n" },
	{ "二级路长11名", "二级/b|路长/n|11/m|名/q" },
	{ "能繁母猪存栏", "能繁母猪/n|存栏/n" },
	/* jieba's words, from the samples */
	{ "生猪存栏5.77万头", "生猪/n|存栏/n|5.77/m|万头/m" },
	{ "办事处300余名党员干部",
	  "办事处/n|300/m|余名/m|党员干部/n" },
	{ "789名志愿者", "789/m|名/q|志愿者/n" },
	{ "清运垃圾10000余立方米",
	  "清运/n|垃圾/n|10000/m|余/m|立方米/q" },
	{ "面积35.97平方公里", "面积/n|35.97/m|平方公里/q" },
	{ "中华人民共和国", "中华人民共和国/ns" },
	/* jieba's route: not the longest first word (研究生, 和尚) */
	{ "研究生命起源", "研究/vn|生命/vn|起源/n" },
	{ "结婚的和尚未结婚的",
	  "结婚/v|的/uj|和/c|尚未/d|结婚/v|的/uj" },
	/* a tie (上垒|上, 上|垒上: 3 each) goes to the longer word */
	{ "上垒上", "上垒/n|上/f" },
	/* 獃 is no word, so jieba's DAG has only 獃气 from it */
	{ "獃气候", "獃气/z|候/v" },
	/* names in no word: one character each, or a word by chance */
	{ "沟赵办事处", "沟/n|赵/nr|办事处/n" },
	{ "枫杨办事处", "枫杨/nz|办事处/n" },
	{ "𪚥𪚥", "𪚥/x|𪚥/x" },
	/* runs of Latin letters and digits */
	{ "PM2.5年平均浓度", "PM2.5/eng|年/m|平均/a|浓度/n" },
	{ "ZK-560型", "ZK/eng|-/w|560/m|型/k" },
	{ "5G基站", "5G/eng|基站/n" },
	{ "v2.0版", "v2.0/eng|版/n" },
	{ "１２．５公里", "１２．５/m|公里/q" },
	{ "3.2.1", "3.2.1/m" },
	{ "3.", "3/m|./w" },
	{ ".5", "./w|5/m" },
	{ "3.年", "3/m|./w|年/m" },	/* a point between digits only */
	{ "a.5", "a/eng|./w|5/m" },
	{ "江南style", "江南style/n" },	/* a word ending a run */
	{ "江南styles", "江南/ns|styles/eng" },	/* not inside one */
	{ "B超检查", "B超/n|检查/vn" },
	{ "AB超", "AB/eng|超/v" },	/* B超 would begin inside AB */
	{ "1号店", "1号店/n" },
	{ "11号店", "11/m|号/m|店/n" },
	/* marks and spaces */
	{ "增长 6.7%", "增长/v| /w|6.7/m|%/w" },
	{ "，。！", "，/w|。/w|！/w" },
	{ "a\xff" "b", "a/eng|\xff/x|b/eng" },	/* not UTF-8 */
	{ "规\xe8\xa7", "规/n|\xe8/x|\xa7/x" },	/* cut short */
};

static char *
joined(const char *text, const struct lexicon_seg *seg)
{
	GString		*s = g_string_new(NULL);
	size_t		 i;

	for (i = 0; i < seg->count; i++) {
		if (i > 0)
			g_string_append_c(s, '|');
		g_string_append_len(s, text + seg->tokens[i].off,
		    (gssize)seg->tokens[i].len);
		g_string_append_printf(s, "/%s",
		    lexicon_pos_name(seg->tokens[i].pos));
	}
	return g_string_free(s, FALSE);
}

/* The words cover the span, in order, none empty. */
static void
check_cover(const struct lexicon_seg *seg, size_t n)
{
	size_t	 i, off = 0;

	for (i = 0; i < seg->count; i++) {
		g_assert_cmpuint(seg->tokens[i].off, ==, off);
		g_assert_cmpuint(seg->tokens[i].len, >, 0);
		off += seg->tokens[i].len;
	}
	g_assert_cmpuint(off, ==, n);
}

static void
test_segment(void)
{
	struct lexicon_seg	 seg;
	size_t			 i, n;
	char			*got;

	lexicon_seg_init(&seg);
	for (i = 0; i < G_N_ELEMENTS(segments); i++) {
		g_test_message("case: %s", segments[i].text);
		n = lexicon_segment(&seg, segments[i].text,
		    strlen(segments[i].text));
		g_assert_cmpuint(n, ==, seg.count);
		check_cover(&seg, strlen(segments[i].text));
		got = joined(segments[i].text, &seg);
		g_assert_cmpstr(got, ==, segments[i].words);
		g_free(got);
	}
	/* Empty input: no words, also with no text at all. */
	g_assert_cmpuint(lexicon_segment(&seg, "规模", 0), ==, 0);
	g_assert_cmpuint(seg.count, ==, 0);
	g_assert_cmpuint(lexicon_segment(&seg, NULL, 0), ==, 0);
	lexicon_seg_release(&seg);
	lexicon_seg_release(NULL);
}

static const struct {
	const char	*text;
	size_t		 off;		/* bytes */
	const char	*words;		/* "|"-joined, shortest first */
} prefixes[] = {
	{ "中华人民共和国",	0,  "中|中华|中华人民|中华人民共和国" },
	{ "中华人民共和国",	3,  "华|华人" },
	{ "规模以上工业",	0,  "规|规模|规模以上" },
	{ "规模以上工业",	6,  "以|以上" },
	{ "规模以上工业",	12, "工|工业" },
	{ "规模以上",		3,  "模" },
	{ "中华人民",		0,  "中|中华|中华人民" },	/* the span ends */
	{ "沟赵",		0,  "沟" },
	{ "𪚥",			0,  "" },
	{ "B超",		0,  "B超" },	/* the raw lists: no run rule */
	/* positions that begin no character */
	{ "规模以上",		1,  "" },
	{ "规模以上",		2,  "" },
	{ "规模以上",		12, "" },	/* the end */
	{ "规模以上",		99, "" },
	{ "",			0,  "" },
};

static void
test_prefixes(void)
{
	struct lexicon_match	 m[LEXICON_MAX_CP];
	struct lexicon_entry	 e;
	GString			*s = g_string_new(NULL);
	size_t			 i, k, n;

	for (i = 0; i < G_N_ELEMENTS(prefixes); i++) {
		const char	*t = prefixes[i].text;

		g_test_message("case: %s at %zu", t, prefixes[i].off);
		n = lexicon_prefixes(t, strlen(t), prefixes[i].off, m,
		    G_N_ELEMENTS(m));
		g_string_truncate(s, 0);
		for (k = 0; k < n; k++) {
			if (k > 0)
				g_string_append_c(s, '|');
			g_string_append_len(s, t + prefixes[i].off,
			    (gssize)m[k].len);
			/* Each agrees with a lookup of it. */
			g_assert_true(lexicon_lookup(t + prefixes[i].off,
			    m[k].len, &e));
			g_assert_cmpuint(e.freq, ==, m[k].freq);
			g_assert_cmpint(e.pos, ==, m[k].pos);
		}
		g_assert_cmpstr(s->str, ==, prefixes[i].words);
	}
	/* "max" bounds what is written: the shortest come first. */
	n = lexicon_prefixes("中华人民共和国", strlen("中华人民共和国"), 0, m,
	    2);
	g_assert_cmpuint(n, ==, 2);
	g_assert_cmpuint(m[1].len, ==, strlen("中华"));
	g_assert_cmpuint(lexicon_prefixes("中华", 6, 0, m, 0), ==, 0);
	g_string_free(s, TRUE);
}

/*
 * Calls "fn" on each "word freq pos" line of a list, fields cut at NULs;
 * "#" comments in the project's only.  By hand, not g_strsplit(): that
 * is quadratic under ASan on jieba's 5 MB (strstr checks the whole rest).
 */
static size_t
each_line(const char *path, bool project,
    void (*fn)(char *f[3], size_t line, void *), void *arg)
{
	GError		*error = NULL;
	char		*text, *p, *end, *nl, *f[3], *hash;
	size_t		 len, lineno = 0, n = 0;
	int		 k;

	g_assert_true(g_file_get_contents(path, &text, &len, &error));
	g_assert_no_error(error);
	for (p = text, end = text + len; p < end; p = nl + 1) {
		lineno++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		*nl = '\0';
		if (project && (hash = memchr(p, '#', (size_t)(nl - p))) != NULL)
			*hash = '\0';
		for (k = 0; k < 3; k++) {
			while (*p == ' ' || *p == '\t' || *p == '\r')
				p++;
			if (*p == '\0')
				break;
			f[k] = p;
			while (*p != '\0' && *p != ' ' && *p != '\t' &&
			    *p != '\r')
				p++;
			if (*p != '\0')
				*p++ = '\0';
		}
		if (k == 0)
			continue;
		g_assert_cmpint(k, ==, 3);
		fn(f, lineno, arg);
		n++;
	}
	g_free(text);
	return n;
}

struct	check {
	const char	*path;
	GHashTable	*project;	/* the project's words */
	bool		 from_project;
	size_t		 checked, skipped;
};

/* The lexicon has the word of the line with its freq and tag. */
static void
check_line(char *f[3], size_t line, void *arg)
{
	struct check		*c = arg;
	struct lexicon_entry	 e = { 0, LEXICON_POS_X };
	enum lexicon_pos	 pos;

	if (c->from_project)
		g_hash_table_add(c->project, g_strdup(f[0]));
	else if (g_hash_table_contains(c->project, f[0])) {
		c->skipped++;	/* the project's wins */
		return;
	}
	if (!lexicon_lookup(f[0], strlen(f[0]), &e) ||
	    e.freq != strtoul(f[1], NULL, 10) ||
	    !lexicon_pos_from_name(f[2], strlen(f[2]), &pos) || e.pos != pos)
		g_error("%s:%zu: %s %s %s: found %u %s", c->path, line, f[0],
		    f[1], f[2], e.freq, lexicon_pos_name(e.pos));
	c->checked++;
}

static void
test_every_word(void)
{
	struct check	 c = { 0 };
	char		*path = test_source_path("src/extract/lexicon.txt");

	c.project = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	c.path = path;
	c.from_project = true;
	each_line(path, true, check_line, &c);
	g_assert_cmpuint(c.checked, ==, g_hash_table_size(c.project));
	g_assert_cmpuint(c.checked, >, 300);
	c.path = SHUTU_JIEBA_DICT;
	c.from_project = false;
	c.checked = 0;
	/* Every line but the project's words (B超 is there twice, alike). */
	g_assert_cmpuint(each_line(SHUTU_JIEBA_DICT, false, check_line, &c),
	    ==, c.checked + c.skipped);
	g_assert_cmpuint(c.checked, >, 349000);
	g_assert_cmpuint(c.skipped, >, 0);
	g_hash_table_unref(c.project);
	g_free(path);
}

/* Each project word, alone, is one word with its tag. */
static void
whole_line(char *f[3], size_t line, void *arg)
{
	struct lexicon_seg	*seg = arg;
	struct lexicon_entry	 e;

	g_assert_true(lexicon_lookup(f[0], strlen(f[0]), &e));
	lexicon_segment(seg, f[0], strlen(f[0]));
	if (seg->count != 1 || seg->tokens[0].pos != e.pos)
		g_error("lexicon.txt:%zu: %s: %zu words, the first %s", line,
		    f[0], seg->count, lexicon_pos_name(seg->tokens[0].pos));
}

/* Its freq is high enough to beat its pieces. */
static void
test_project_words_whole(void)
{
	struct lexicon_seg	 seg;
	char			*path = test_source_path(
	    "src/extract/lexicon.txt");

	lexicon_seg_init(&seg);
	g_assert_cmpuint(each_line(path, true, whole_line, &seg), >, 300);
	lexicon_seg_release(&seg);
	g_free(path);
}

/* The Han runs of the samples: the route without runs or marks. */
static GPtrArray *
sample_chunks(void)
{
	GPtrArray	*chunks = g_ptr_array_new_with_free_func(g_free);
	char		*dir = test_source_path("samples"), *path, *text;
	const char	*name, *p, *start;
	GDir		*d;

	d = g_dir_open(dir, 0, NULL);
	g_assert_nonnull(d);
	while ((name = g_dir_read_name(d)) != NULL) {
		if (!g_str_has_suffix(name, ".txt"))
			continue;
		path = g_build_filename(dir, name, NULL);
		g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
		for (p = start = text; ; p = g_utf8_next_char(p)) {
			gunichar	 c = g_utf8_get_char(p);

			if (c >= 0x4e00 && c < 0xa000)
				continue;
			if (p > start)
				g_ptr_array_add(chunks, g_strndup(start,
				    (gsize)(p - start)));
			if (*p == '\0')
				break;
			start = g_utf8_next_char(p);
		}
		g_free(text);
		g_free(path);
	}
	g_dir_close(d);
	g_free(dir);
	g_assert_cmpuint(chunks->len, >, 1000);
	return chunks;
}

/*
 * jieba's route computed again the slow way, from lookups of every
 * substring: the words must be the same, tie rule included (the longer
 * word on equal scores).
 */
static void
test_route(void)
{
	GPtrArray		*chunks = sample_chunks();
	struct lexicon_seg	 seg;
	struct lexicon_entry	 e;
	double			*best, score, unknown = lexicon_log_prob(1);
	size_t			*next, *off, i, k, j, nc, t;
	const char		*s;

	lexicon_seg_init(&seg);
	for (i = 0; i < chunks->len; i++) {
		s = chunks->pdata[i];
		nc = (size_t)g_utf8_strlen(s, -1);
		off = g_new(size_t, nc + 1);
		best = g_new(double, nc + 1);
		next = g_new(size_t, nc + 1);
		for (k = 0, j = 0; k < nc; k++, j = (size_t)(g_utf8_next_char(
		    s + j) - s))
			off[k] = j;
		off[nc] = strlen(s);
		best[nc] = 0;
		for (k = nc; k-- > 0; ) {
			best[k] = -INFINITY;
			next[k] = k + 1;
			for (j = k + 1; j <= nc && j - k <= LEXICON_MAX_CP;
			    j++) {
				if (!lexicon_lookup(s + off[k],
				    off[j] - off[k], &e))
					continue;
				score = lexicon_log_prob(e.freq) + best[j];
				if (score >= best[k]) {
					best[k] = score;
					next[k] = j;
				}
			}
			if (best[k] == -INFINITY)
				best[k] = unknown + best[k + 1];
		}
		lexicon_segment(&seg, s, strlen(s));
		for (k = 0, t = 0; k < nc; k = next[k], t++) {
			g_assert_cmpuint(t, <, seg.count);
			if (seg.tokens[t].off != off[k] ||
			    seg.tokens[t].len != off[next[k]] - off[k])
				g_error("%s: word %zu: %.*s, not %.*s", s, t,
				    (int)seg.tokens[t].len,
				    s + seg.tokens[t].off,
				    (int)(off[next[k]] - off[k]), s + off[k]);
		}
		g_assert_cmpuint(t, ==, seg.count);
		g_free(off);
		g_free(best);
		g_free(next);
	}
	lexicon_seg_release(&seg);
	g_ptr_array_unref(chunks);
}

/* Whole lines of the samples, for the threads and the buffers. */
static GPtrArray *
sample_lines(void)
{
	GPtrArray	*lines = g_ptr_array_new_with_free_func(g_free);
	char		*dir = test_source_path("samples"), *path, *text;
	char		**l;
	const char	*name;
	GDir		*d;
	size_t		 i;

	d = g_dir_open(dir, 0, NULL);
	g_assert_nonnull(d);
	while ((name = g_dir_read_name(d)) != NULL) {
		if (!g_str_has_suffix(name, ".txt"))
			continue;
		path = g_build_filename(dir, name, NULL);
		g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
		l = g_strsplit(text, "\n", -1);
		for (i = 0; l[i] != NULL; i++)
			if (l[i][0] != '\0')
				g_ptr_array_add(lines, g_strdup(l[i]));
		g_strfreev(l);
		g_free(text);
		g_free(path);
	}
	g_dir_close(d);
	g_free(dir);
	return lines;
}

/* Every line's words, "|"-joined and one line each. */
static gpointer
segment_all(gpointer data)
{
	const GPtrArray		*lines = data;
	struct lexicon_seg	 seg;
	GString			*out = g_string_new(NULL);
	char			*j;
	size_t			 i;
	int			 round;

	lexicon_seg_init(&seg);
	for (round = 0; round < 20; round++) {
		g_string_truncate(out, 0);
		for (i = 0; i < lines->len; i++) {
			const char	*l = lines->pdata[i];

			lexicon_segment(&seg, l, strlen(l));
			j = joined(l, &seg);
			g_string_append(out, j);
			g_string_append_c(out, '\n');
			g_free(j);
		}
	}
	lexicon_seg_release(&seg);
	return g_string_free(out, FALSE);
}

static void
test_threads(void)
{
	GPtrArray	*lines = sample_lines();
	GThread		*th[4];
	char		*one, *other;
	size_t		 i;

	one = segment_all(lines);
	g_assert_cmpuint(strlen(one), >, 50000);
	for (i = 0; i < G_N_ELEMENTS(th); i++)
		th[i] = g_thread_new("segment", segment_all, lines);
	for (i = 0; i < G_N_ELEMENTS(th); i++) {
		other = g_thread_join(th[i]);
		g_assert_cmpstr(other, ==, one);
		g_free(other);
	}
	g_free(one);
	g_ptr_array_unref(lines);
}

/* Once the buffers fit the longest span, they stay where they are. */
static void
test_buffers(void)
{
	GPtrArray		*lines = sample_lines();
	struct lexicon_seg	 seg;
	struct lexicon_token	*tokens;
	struct lexicon_cell	*cells;
	const char		*longest = "";
	size_t			 i;

	for (i = 0; i < lines->len; i++)
		if (strlen(lines->pdata[i]) > strlen(longest))
			longest = lines->pdata[i];
	lexicon_seg_init(&seg);
	lexicon_segment(&seg, longest, strlen(longest));
	tokens = seg.tokens;
	cells = seg.cells;
	for (i = 0; i < lines->len; i++) {
		const char	*l = lines->pdata[i];

		lexicon_segment(&seg, l, strlen(l));
		check_cover(&seg, strlen(l));
		g_assert_true(seg.tokens == tokens);
		g_assert_true(seg.cells == cells);
	}
	lexicon_seg_release(&seg);
	g_assert_null(seg.tokens);
	g_ptr_array_unref(lines);
}

static void
test_pos_names(void)
{
	enum lexicon_pos	 pos;
	int			 i;

	for (i = 0; i < LEXICON_POS_COUNT; i++) {
		const char	*name = lexicon_pos_name((enum lexicon_pos)i);

		g_assert_true(lexicon_pos_from_name(name, strlen(name),
		    &pos));
		g_assert_cmpint(pos, ==, i);
	}
	g_assert_cmpstr(lexicon_pos_name(LEXICON_POS_X), ==, "x");
	g_assert_cmpstr(lexicon_pos_name(LEXICON_POS_VN), ==, "vn");
	g_assert_cmpstr(lexicon_pos_name(LEXICON_POS_COUNT), ==, "?");
	g_assert_false(lexicon_pos_from_name("zz", 2, &pos));
	g_assert_false(lexicon_pos_from_name("vn", 1, &pos) &&
	    pos == LEXICON_POS_VN);
	g_assert_false(lexicon_pos_from_name("", 0, &pos));
}

static void
test_log_prob(void)
{
	/* jieba's: log(freq) - log(total), an unknown word as freq 1. */
	g_assert_cmpfloat_with_epsilon(lexicon_log_prob(600) -
	    lexicon_log_prob(300), log(2), 1e-12);
	g_assert_cmpfloat(lexicon_log_prob(0), ==, lexicon_log_prob(1));
	/* The total is some 60 million (sum of jieba's freqs). */
	g_assert_cmpfloat(lexicon_log_prob(1), <, -log(5e7));
	g_assert_cmpfloat(lexicon_log_prob(1), >, -log(7e7));
}

int
main(int argc, char *argv[])
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/lexicon/lookup", test_lookup);
	g_test_add_func("/lexicon/segment", test_segment);
	g_test_add_func("/lexicon/prefixes", test_prefixes);
	g_test_add_func("/lexicon/every-word", test_every_word);
	g_test_add_func("/lexicon/project-words-whole",
	    test_project_words_whole);
	g_test_add_func("/lexicon/route", test_route);
	g_test_add_func("/lexicon/threads", test_threads);
	g_test_add_func("/lexicon/buffers", test_buffers);
	g_test_add_func("/lexicon/pos-names", test_pos_names);
	g_test_add_func("/lexicon/log-prob", test_log_prob);
	return g_test_run();
}
