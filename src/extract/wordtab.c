/* SPDX-License-Identifier: MIT */
/*
 * Word tables for longest-match lookups at a position.  The extractor
 * asks its lists (units, approximators, refusals, stop words…) for the
 * words starting or ending at nearly every number and name; scanning a
 * list with strlen() and memcmp() per row was a fifth of its time.  Here
 * each word is chained under its first and under its last code point,
 * longest first, so a lookup decodes one character, hashes it and
 * compares only the few words that share it.
 */
#include <string.h>

#include "extract.h"

#define BUCKETS		256	/* a power of two */
#define NONE		UINT16_MAX

struct	wordtab {
	const char	**words;
	uint16_t	 *lens;
	uint16_t	 *next_first;	/* chains, longest word first */
	uint16_t	 *next_last;
	uint16_t	  first[BUCKETS];
	uint16_t	  last[BUCKETS];
	size_t		  n;
};

/*
 * Do the "n" bytes at "a" and "b" agree?  Words are a few bytes long: a
 * loop here beats a call into the library's memcmp().
 */
static inline bool
same(const char *a, const char *b, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

static unsigned int
bucket(gunichar c)
{
	return (c ^ (c >> 8)) & (BUCKETS - 1);
}

/* Inserts "i" into a chain so that longer words come first. */
static void
chain(struct wordtab *t, uint16_t *head, uint16_t *next, uint16_t i)
{
	uint16_t	*at = head;

	while (*at != NONE && t->lens[*at] >= t->lens[i])
		at = &next[*at];
	next[i] = *at;
	*at = i;
}

struct wordtab *
wordtab_new(const void *words, size_t n, size_t stride)
{
	struct wordtab	*t = g_new0(struct wordtab, 1);
	const char	*w, *q;
	size_t		 i, len, k;
	gunichar	 c;

	g_return_val_if_fail(n < NONE, NULL);
	t->n = n;
	t->words = g_new(const char *, n);
	t->lens = g_new(uint16_t, n);
	t->next_first = g_new(uint16_t, n);
	t->next_last = g_new(uint16_t, n);
	memset(t->first, 0xff, sizeof t->first);
	memset(t->last, 0xff, sizeof t->last);
	for (i = 0; i < n; i++) {
		w = *(const char *const *)(const void *)((const char *)words +
		    i * stride);
		len = strlen(w);
		g_return_val_if_fail(len > 0 && len < NONE, NULL);
		t->words[i] = w;
		t->lens[i] = (uint16_t)len;
		c = text_char(w, &k);
		chain(t, &t->first[bucket(c)], t->next_first, (uint16_t)i);
		for (q = w + len; q > w && ((unsigned char)q[-1] & 0xc0) ==
		    0x80; q--)
			;
		c = text_char(q - 1, &k);
		chain(t, &t->last[bucket(c)], t->next_last, (uint16_t)i);
	}
	return t;
}

struct wordtab *
wordtab_once(struct wordtab **slot, const void *words, size_t n,
    size_t stride)
{
	struct wordtab	*t;

	if ((t = g_atomic_pointer_get(slot)) != NULL)
		return t;
	t = wordtab_new(words, n, stride);
	/* Two threads may build it; one copy wins and lives on. */
	if (!g_atomic_pointer_compare_and_exchange(slot, NULL, t)) {
		wordtab_free(t);
		t = g_atomic_pointer_get(slot);
	}
	return t;
}

void
wordtab_free(struct wordtab *t)
{
	if (t == NULL)
		return;
	g_free(t->words);
	g_free(t->lens);
	g_free(t->next_first);
	g_free(t->next_last);
	g_free(t);
}

int
wordtab_prefix(const struct wordtab *t, const char *p, const char *end)
{
	size_t		 n, len;
	uint16_t	 i;

	if (p >= end)
		return -1;
	for (i = t->first[bucket(text_char(p, &n))]; i != NONE;
	    i = t->next_first[i]) {
		len = t->lens[i];
		if ((size_t)(end - p) >= len && same(p, t->words[i], len))
			return i;
	}
	return -1;
}

int
wordtab_suffix(const struct wordtab *t, const char *start, const char *p)
{
	size_t		 n, len;
	uint16_t	 i;

	if (p <= start)
		return -1;
	for (i = t->last[bucket(text_char_before(start, p, &n))]; i != NONE;
	    i = t->next_last[i]) {
		len = t->lens[i];
		if ((size_t)(p - start) >= len &&
		    same(p - len, t->words[i], len))
			return i;
	}
	return -1;
}

int
wordtab_find(const struct wordtab *t, const char *s, size_t len)
{
	size_t		 n;
	uint16_t	 i;

	if (len == 0)
		return -1;
	for (i = t->first[bucket(text_char(s, &n))]; i != NONE;
	    i = t->next_first[i])
		if (t->lens[i] == len && same(s, t->words[i], len))
			return i;
	return -1;
}
