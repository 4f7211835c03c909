/* SPDX-License-Identifier: MIT */
/*
 * lexicon-gen: jieba's dict.txt and the project's lexicon.txt -> the
 * compiled lexicon (lexicon-format.h) and a C file that embeds it with
 * the assembler's .incbin, run by CMake at build time:
 *
 *   lexicon-gen DICT LIST OUT.bin OUT.c
 *
 * Both lists have a word a line, "word freq pos"; the project's may
 * have # comments, on a line of their own or after the three fields, and
 * its words replace jieba's.  A bad line stops the build with
 * "lexicon-gen: FILE:LINE: problem".  Only the C library: it runs before
 * anything else is built.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lexicon.h"
#include "lexicon-format.h"

#define ALIGN	16

static const char *const tags[] = {
#define TAG_NAME(name, tag)	tag,
	LEXICON_POS_TAGS(TAG_NAME)
#undef TAG_NAME
};

struct	entry {
	uint32_t	 cp;		/* first code point in the pool */
	uint32_t	 len;		/* code points */
	uint32_t	 freq;
	uint32_t	 line;
	uint8_t		 pos;
	uint8_t		 project;	/* from the project's list */
	uint16_t	 value;		/* index into the values, once known */
};

struct	node {
	uint16_t	 label;
	uint16_t	 value;
	uint32_t	 child;
	uint32_t	 lo, hi;	/* the words below, while building */
	uint32_t	 depth;
};

static struct {
	uint16_t	*pool;		/* every word's code points */
	size_t		 pool_len, pool_cap;
	struct entry	*entries;
	size_t		 n, cap;
} all;

static void
die(const char *fmt, ...)
{
	va_list	 ap;

	fputs("lexicon-gen: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL && n > 0)
		die("out of memory");
	return p;
}

static char *
slurp(const char *fn, size_t *len)
{
	FILE	*f;
	char	*buf = NULL;
	size_t	 cap = 0, n = 0, r;

	if ((f = fopen(fn, "rb")) == NULL)
		die("%s: %s", fn, strerror(errno));
	do {
		if (cap - n < 65536) {
			cap = cap * 2 + 65536;
			buf = xrealloc(buf, cap + 1);
		}
		r = fread(buf + n, 1, cap - n, f);
		n += r;
	} while (r > 0);
	if (ferror(f))
		die("%s: %s", fn, strerror(errno));
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/*
 * Decode the word [s, e) into the pool.  Returns NULL if well formed,
 * else what is wrong.
 */
static const char *
add_word(const char *s, const char *e, struct entry *ent)
{
	const unsigned char	*p = (const unsigned char *)s;
	const unsigned char	*end = (const unsigned char *)e;
	uint32_t		 c;
	size_t			 k, i;

	ent->cp = (uint32_t)all.pool_len;
	ent->len = 0;
	while (p < end) {
		if (p[0] < 0x80) {
			c = p[0];
			k = 1;
		} else if (p[0] >= 0xc2 && p[0] < 0xe0) {
			c = p[0] & 0x1f;
			k = 2;
		} else if (p[0] >= 0xe0 && p[0] < 0xf0) {
			c = p[0] & 0x0f;
			k = 3;
		} else if (p[0] >= 0xf0 && p[0] < 0xf5) {
			return "a character outside the BMP";
		} else
			return "not UTF-8";
		if ((size_t)(end - p) < k)
			return "not UTF-8";
		for (i = 1; i < k; i++) {
			if ((p[i] & 0xc0) != 0x80)
				return "not UTF-8";
			c = (c << 6) | (p[i] & 0x3f);
		}
		if ((k == 3 && c < 0x800) || (c >= 0xd800 && c < 0xe000))
			return "not UTF-8";
		if (c < 0x20 || c == 0x7f)
			return "a control character in a word";
		p += k;
		if (++ent->len > LEXICON_MAX_CP)
			return "a word longer than LEXICON_MAX_CP";
		if (all.pool_len == all.pool_cap) {
			all.pool_cap = all.pool_cap * 2 + 4096;
			all.pool = xrealloc(all.pool,
			    all.pool_cap * sizeof *all.pool);
		}
		all.pool[all.pool_len++] = (uint16_t)c;
	}
	return NULL;
}

static int
find_tag(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strlen(tags[i]) == len && memcmp(tags[i], s, len) == 0)
			return (int)i;
	return -1;
}

/* The next field of [*p, e) separated by spaces or tabs, or NULL. */
static const char *
field(const char **p, const char *e, size_t *len)
{
	const char	*s = *p;

	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	if (s == e)
		return NULL;
	*p = s;
	while (*p < e && **p != ' ' && **p != '\t')
		(*p)++;
	*len = (size_t)(*p - s);
	return s;
}

static void
read_list(const char *fn, int project)
{
	char		*text, *line, *next, *end;
	const char	*p, *e, *w, *f, *t, *why;
	size_t		 len, wl, fl, tl, dummy, lineno = 0;
	unsigned long	 freq;
	struct entry	*ent;
	char		*fend;
	int		 tag;

	text = slurp(fn, &len);
	end = text + len;
	for (line = text; line < end; line = next) {
		lineno++;
		if ((next = memchr(line, '\n', (size_t)(end - line))) == NULL)
			next = end;
		e = next;
		if (e > line && e[-1] == '\r')
			e--;
		if (next < end)
			next++;
		p = line;
		if (project) {
			const char *hash = memchr(line, '#',
			    (size_t)(e - line));

			if (hash != NULL)
				e = hash;
		}
		if ((w = field(&p, e, &wl)) == NULL) {
			if (project)
				continue;
			die("%s:%zu: an empty line", fn, lineno);
		}
		if ((f = field(&p, e, &fl)) == NULL ||
		    (t = field(&p, e, &tl)) == NULL ||
		    field(&p, e, &dummy) != NULL)
			die("%s:%zu: expected 'word freq pos'", fn, lineno);
		errno = 0;
		freq = strtoul(f, &fend, 10);
		if (fend != f + fl || errno != 0 || *f == '-' || freq < 1 ||
		    freq > 100000000)
			die("%s:%zu: freq '%.*s' is not a count from 1 to "
			    "100000000", fn, lineno, (int)fl, f);
		if ((tag = find_tag(t, tl)) < 0)
			die("%s:%zu: unknown part of speech '%.*s'", fn,
			    lineno, (int)tl, t);
		if (all.n == all.cap) {
			all.cap = all.cap * 2 + 4096;
			all.entries = xrealloc(all.entries,
			    all.cap * sizeof *all.entries);
		}
		ent = &all.entries[all.n];
		if ((why = add_word(w, w + wl, ent)) != NULL)
			die("%s:%zu: %s", fn, lineno, why);
		ent->freq = (uint32_t)freq;
		ent->pos = (uint8_t)tag;
		ent->project = (uint8_t)project;
		ent->line = (uint32_t)lineno;
		all.n++;
	}
	free(text);
}

static int
cmp_words(const struct entry *a, const struct entry *b)
{
	const uint16_t	*x = all.pool + a->cp, *y = all.pool + b->cp;
	uint32_t	 i, n = a->len < b->len ? a->len : b->len;

	for (i = 0; i < n; i++)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return a->len < b->len ? -1 : a->len > b->len;
}

/* By word, then jieba's before the project's, each in file order. */
static int
cmp_entries(const void *pa, const void *pb)
{
	const struct entry	*a = pa, *b = pb;
	int			 c;

	if ((c = cmp_words(a, b)) != 0)
		return c;
	if (a->project != b->project)
		return a->project < b->project ? -1 : 1;
	return a->line < b->line ? -1 : a->line > b->line;
}

static int
cmp_values(const void *pa, const void *pb)
{
	const struct lexicon_value	*a = pa, *b = pb;

	if (a->freq != b->freq)
		return a->freq < b->freq ? -1 : 1;
	return a->pos < b->pos ? -1 : a->pos > b->pos;
}

static size_t
aligned(size_t n)
{
	return (n + ALIGN - 1) / ALIGN * ALIGN;
}

static void
write_all(FILE *f, const char *fn, const void *p, size_t n)
{
	static const char	 zeros[ALIGN];

	if (fwrite(p, 1, n, f) != n ||
	    fwrite(zeros, 1, aligned(n) - n, f) != aligned(n) - n)
		die("%s: %s", fn, strerror(errno));
}

static FILE *
open_tmp(const char *fn, char **tmp)
{
	FILE	*f;
	size_t	 n = strlen(fn) + 5;

	*tmp = xrealloc(NULL, n);
	snprintf(*tmp, n, "%s.tmp", fn);
	if ((f = fopen(*tmp, "wb")) == NULL)
		die("%s: %s", *tmp, strerror(errno));
	return f;
}

static void
close_tmp(FILE *f, const char *fn, char *tmp)
{
	if (fflush(f) != 0 || ferror(f) || fclose(f) != 0)
		die("%s: %s", tmp, strerror(errno));
	if (rename(tmp, fn) != 0)
		die("%s: %s", fn, strerror(errno));
	free(tmp);
}

static void
emit_symbol(FILE *f, const char *name, const char *bin, size_t off,
    size_t len)
{
	fprintf(f,
	    "\t\".globl %s\\n\"\n"
	    "\t\".hidden %s\\n\"\n"
	    "\t\".type %s, %%object\\n\"\n"
	    "\t\".balign %d\\n\"\n"
	    "\"%s:\\n\"\n"
	    "\t\".incbin \\\"%s\\\", %zu, %zu\\n\"\n"
	    "\t\".size %s, %zu\\n\"\n",
	    name, name, name, ALIGN, name, bin, off, len, name, len);
}

int
main(int argc, char *argv[])
{
	struct lexicon_meta	 meta;
	struct lexicon_value	*values;
	struct lexicon_node	*out;
	struct node		*nodes;
	struct entry		*u;
	uint16_t		*root;
	size_t			 i, j, k, nu, nv, nn, cap, off[4], len[4];
	uint64_t		 total = 0;
	uint32_t		 max_cp = 0, project = 0;
	FILE			*f;
	char			*tmp;
	const char		*bin;

	if (argc != 5) {
		fprintf(stderr, "usage: lexicon-gen DICT LIST OUT.bin "
		    "OUT.c\n");
		return 2;
	}
	bin = argv[3];
	if (strpbrk(bin, "\"\\\n") != NULL)
		die("%s: a path with a quote, backslash or line break", bin);
	read_list(argv[1], 0);
	read_list(argv[2], 1);
	if (all.n == 0)
		die("%s: no words", argv[1]);

	/*
	 * One entry per word: the project's, else jieba's last (jieba's
	 * loader keeps the last line of a word written twice).
	 */
	qsort(all.entries, all.n, sizeof *all.entries, cmp_entries);
	u = all.entries;
	for (i = 0, nu = 0; i < all.n; i = j) {
		for (j = i + 1; j < all.n &&
		    cmp_words(&all.entries[i], &all.entries[j]) == 0; j++)
			if (all.entries[j].project &&
			    all.entries[j - 1].project)
				die("%s:%u: a word already on line %u", argv[2],
				    all.entries[j].line,
				    all.entries[j - 1].line);
		u[nu++] = all.entries[j - 1];
	}
	for (i = 0; i < nu; i++) {
		total += u[i].freq;
		if (u[i].len > max_cp)
			max_cp = u[i].len;
		project += u[i].project;
	}

	/* Values: distinct (freq, pos), 0 meaning no word. */
	values = xrealloc(NULL, (nu + 1) * sizeof *values);
	memset(values, 0, (nu + 1) * sizeof *values);
	for (i = 0; i < nu; i++) {
		values[i + 1].freq = u[i].freq;
		values[i + 1].pos = u[i].pos;
	}
	qsort(values + 1, nu, sizeof *values, cmp_values);
	for (i = 1, nv = 1; i <= nu; i++)
		if (nv == 1 || cmp_values(&values[i], &values[nv - 1]) != 0)
			values[nv++] = values[i];
	if (nv > UINT16_MAX)
		die("%zu kinds of word: more than a node can name", nv);
	for (i = 1; i < nv; i++)
		values[i].logp = log((double)values[i].freq) -
		    log((double)total);
	for (i = 0; i < nu; i++) {
		struct lexicon_value	 key = { 0 };
		struct lexicon_value	*v;

		key.freq = u[i].freq;
		key.pos = u[i].pos;
		v = bsearch(&key, values + 1, nv - 1, sizeof *values,
		    cmp_values);
		u[i].value = (uint16_t)(v - values);
	}

	/*
	 * The trie, breadth first: node i's children are appended while
	 * node i is visited, so they are contiguous and follow those of
	 * node i - 1.  The words below a node are a range of the sorted
	 * list, the node's own word (if any) first.
	 */
	cap = 1024;
	nodes = xrealloc(NULL, cap * sizeof *nodes);
	memset(&nodes[0], 0, sizeof nodes[0]);
	nodes[0].hi = (uint32_t)nu;
	nn = 1;
	for (i = 0; i < nn; i++) {
		uint32_t	 d = nodes[i].depth;

		j = nodes[i].lo;
		if (d > 0 && u[j].len == d)
			j++;
		nodes[i].child = (uint32_t)nn;
		while (j < nodes[i].hi) {
			uint16_t	 c = all.pool[u[j].cp + d];

			for (k = j; k < nodes[i].hi &&
			    all.pool[u[k].cp + d] == c; k++)
				;
			if (nn == cap) {
				cap *= 2;
				nodes = xrealloc(nodes, cap * sizeof *nodes);
			}
			nodes[nn].label = c;
			nodes[nn].value = u[j].len == d + 1 ? u[j].value : 0;
			nodes[nn].lo = (uint32_t)j;
			nodes[nn].hi = (uint32_t)k;
			nodes[nn].depth = d + 1;
			nn++;
			j = k;
		}
	}
	if (nn >= UINT32_MAX)
		die("too many nodes");
	if (nodes[0].child != 1 || (nn > 1 && nodes[1].child - 1 > UINT16_MAX))
		die("too many first characters for the root table");
	out = xrealloc(NULL, (nn + 1) * sizeof *out);
	for (i = 0; i < nn; i++) {
		out[i].label = nodes[i].label;
		out[i].value = nodes[i].value;
		out[i].child = nodes[i].child;
	}
	out[nn].label = 0;
	out[nn].value = 0;
	out[nn].child = (uint32_t)nn;
	root = xrealloc(NULL, LEXICON_ROOT_SIZE * sizeof *root);
	memset(root, 0, LEXICON_ROOT_SIZE * sizeof *root);
	for (i = 1; i < (nn > 1 ? nodes[1].child : 1); i++)
		root[nodes[i].label] = (uint16_t)i;

	memset(&meta, 0, sizeof meta);
	meta.magic = LEXICON_MAGIC;
	meta.nodes = (uint32_t)nn;
	meta.values = (uint32_t)nv;
	meta.words = (uint32_t)nu;
	meta.max_cp = max_cp;
	meta.project_words = project;
	meta.total = total;
	meta.log_total = log((double)total);
	meta.unknown_logp = log(1.0) - log((double)total);

	len[0] = sizeof meta;
	len[1] = nv * sizeof *values;
	len[2] = (nn + 1) * sizeof *out;
	len[3] = LEXICON_ROOT_SIZE * sizeof *root;
	for (i = 0, k = 0; i < 4; i++) {
		off[i] = k;
		k += aligned(len[i]);
	}
	f = open_tmp(bin, &tmp);
	write_all(f, tmp, &meta, len[0]);
	write_all(f, tmp, values, len[1]);
	write_all(f, tmp, out, len[2]);
	write_all(f, tmp, root, len[3]);
	close_tmp(f, bin, tmp);

	f = open_tmp(argv[4], &tmp);
	fprintf(f,
	    "/* Generated by lexicon-gen from %s and %s: do not edit. */\n"
	    "/*\n"
	    " * %u words (%u from the project's list), %zu nodes, %zu kinds\n"
	    " * of word; the arrays are read in place (lexicon-format.h).\n"
	    " */\n"
	    "__asm__(\n"
	    "\t\".section .rodata\\n\"\n",
	    argv[1], argv[2], meta.words, project, nn, nv);
	emit_symbol(f, "lexicon_data_meta", bin, off[0], len[0]);
	emit_symbol(f, "lexicon_data_values", bin, off[1], len[1]);
	emit_symbol(f, "lexicon_data_nodes", bin, off[2], len[2]);
	emit_symbol(f, "lexicon_data_root", bin, off[3], len[3]);
	fprintf(f, "\t\".previous\\n\");\n");
	close_tmp(f, argv[4], tmp);

	free(root);
	free(out);
	free(nodes);
	free(values);
	free(all.entries);
	free(all.pool);
	return 0;
}
