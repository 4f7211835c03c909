/* SPDX-License-Identifier: MIT */
/*
 * The lexicon and its segmenter (lexicon.h).  The dictionary is a trie
 * compiled at build time (gen/lexicon-gen.c) and linked in as constant
 * arrays, so there is nothing to load, lock or free: a lookup decodes
 * the characters and walks the trie.  Segmenting follows jieba's
 * __cut_DAG_NO_HMM: for each character from the last to the first, the
 * best route to the end is the best of "a word starting here, then the
 * best route from its end", a word scoring log(freq / total); a
 * character in no word scores as a word of freq 1.  The DAG is never
 * stored: the words from a character are walked in the trie as the
 * route is computed.
 */
#include <math.h>
#include <string.h>

#include <glib.h>

#include "lexicon.h"
#include "gen/lexicon-format.h"

/* Defined by the generated lexicon-data.c, in the library's .rodata. */
G_GNUC_INTERNAL extern const struct lexicon_meta	lexicon_data_meta;
G_GNUC_INTERNAL extern const struct lexicon_value	lexicon_data_values[];
G_GNUC_INTERNAL extern const struct lexicon_node	lexicon_data_nodes[];
G_GNUC_INTERNAL extern const uint16_t			lexicon_data_root[];

#define NODES	lexicon_data_nodes
#define VALUES	lexicon_data_values

static const char *const pos_names[] = {
#define POS_NAME(name, tag)	tag,
	LEXICON_POS_TAGS(POS_NAME)
#undef POS_NAME
};

G_STATIC_ASSERT(G_N_ELEMENTS(pos_names) == LEXICON_POS_COUNT);

enum	cell_flags {
	CELL_DIGIT = 1 << 0,	/* 0-9, ０-９ */
	CELL_LETTER = 1 << 1,	/* A-Z a-z, full width too */
	CELL_RUN = 1 << 2,	/* in a run of letters and digits (5.77: the
				   point too) */
	CELL_INSIDE = 1 << 3,	/* a run goes on across the start of this
				   character: no word begins or ends here */
	CELL_PUNCT = 1 << 4,	/* punctuation, symbol or space */
	CELL_BAD = 1 << 5,	/* a byte that is not UTF-8 */
};

/* One per character of the span being segmented. */
struct	lexicon_cell {
	double		 logp;		/* of the best route from here on */
	uint32_t	 off;		/* bytes from the span's start */
	uint32_t	 next;		/* the character after the word */
	uint32_t	 cp;		/* code point */
	uint16_t	 value;		/* of the word chosen; 0: none */
	uint8_t		 flags;		/* enum cell_flags */
};

const char *
lexicon_pos_name(enum lexicon_pos pos)
{
	return (unsigned int)pos < LEXICON_POS_COUNT ? pos_names[pos] : "?";
}

bool
lexicon_pos_from_name(const char *tag, size_t len, enum lexicon_pos *out)
{
	size_t	 i;

	for (i = 0; i < LEXICON_POS_COUNT; i++)
		if (strlen(pos_names[i]) == len &&
		    memcmp(pos_names[i], tag, len) == 0) {
			*out = (enum lexicon_pos)i;
			return true;
		}
	return false;
}

double
lexicon_log_prob(uint32_t freq)
{
	return log(freq > 0 ? (double)freq : 1.0) -
	    lexicon_data_meta.log_total;
}

/*
 * Decode the character at "p" (before "end"): its code point, and its
 * length in "*n".  A byte that does not begin a well-formed character
 * is a character of its own, G_MAXUINT32.
 */
static inline __attribute__((always_inline)) uint32_t
decode(const unsigned char *p, const unsigned char *end, size_t *n)
{
	uint32_t	 c;

	if (G_LIKELY(p[0] < 0x80)) {
		*n = 1;
		return p[0];
	}
	*n = 1;
	if (p[0] >= 0xe0 && p[0] < 0xf0) {
		/* Most of the text: Han and CJK punctuation. */
		if (end - p < 3 || (p[1] & 0xc0) != 0x80 ||
		    (p[2] & 0xc0) != 0x80)
			return G_MAXUINT32;
		c = ((uint32_t)(p[0] & 0x0f) << 12) |
		    ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
		if (c < 0x800 || (c >= 0xd800 && c < 0xe000))
			return G_MAXUINT32;
		*n = 3;
		return c;
	}
	if (p[0] >= 0xc2 && p[0] < 0xe0) {
		if (end - p < 2 || (p[1] & 0xc0) != 0x80)
			return G_MAXUINT32;
		*n = 2;
		return ((uint32_t)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
	}
	if (p[0] >= 0xf0 && p[0] < 0xf5) {
		if (end - p < 4 || (p[1] & 0xc0) != 0x80 ||
		    (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80)
			return G_MAXUINT32;
		c = ((uint32_t)(p[0] & 0x07) << 18) |
		    ((uint32_t)(p[1] & 0x3f) << 12) |
		    ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
		if (c < 0x10000 || c > 0x10ffff)
			return G_MAXUINT32;
		*n = 4;
		return c;
	}
	return G_MAXUINT32;
}

/* The root's child for "c", or 0. */
static inline uint32_t
trie_first(uint32_t c)
{
	return c < LEXICON_ROOT_SIZE ? lexicon_data_root[c] : 0;
}

/* The child of "node" for "c", or 0. */
static inline uint32_t
trie_child(uint32_t node, uint32_t c)
{
	uint32_t	 lo = NODES[node].child, n = NODES[node + 1].child - lo;
	uint32_t	 half;

	if (n == 0 || c >= LEXICON_ROOT_SIZE)
		return 0;
	/*
	 * The first characters have hundreds of children: a search without
	 * branches, as a missed branch cost more than the loads.
	 */
	while (n > 1) {
		half = n / 2;
		lo = NODES[lo + half].label <= c ? lo + half : lo;
		n -= half;
	}
	return NODES[lo].label == c ? lo : 0;
}

/* The node of the word that is the "len" bytes at "s", or 0. */
static uint32_t
trie_find(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	const unsigned char	*end = p + len;
	uint32_t		 node = 0, c;
	size_t			 n;

	if (len == 0)
		return 0;
	c = decode(p, end, &n);
	if ((node = trie_first(c)) == 0)
		return 0;
	for (p += n; p < end && node != 0; p += n) {
		c = decode(p, end, &n);
		node = trie_child(node, c);
	}
	return node;
}

bool
lexicon_lookup(const char *word, size_t len, struct lexicon_entry *out)
{
	uint32_t	 node, v;

	g_return_val_if_fail(word != NULL || len == 0, false);
	if ((node = trie_find(word, len)) == 0 ||
	    (v = NODES[node].value) == 0)
		return false;
	if (out != NULL) {
		out->freq = VALUES[v].freq;
		out->pos = (enum lexicon_pos)VALUES[v].pos;
	}
	return true;
}

size_t
lexicon_prefixes(const char *s, size_t n, size_t off,
    struct lexicon_match *out, size_t max)
{
	const unsigned char	*p, *end;
	uint32_t		 node, v;
	size_t			 k, len, count = 0;

	g_return_val_if_fail(s != NULL || n == 0, 0);
	if (off >= n || ((unsigned char)s[off] & 0xc0) == 0x80)
		return 0;
	p = (const unsigned char *)s + off;
	end = (const unsigned char *)s + n;
	node = trie_first(decode(p, end, &k));
	for (len = k; node != 0 && count < max; len += k) {
		if ((v = NODES[node].value) != 0) {
			out[count].len = len;
			out[count].freq = VALUES[v].freq;
			out[count].pos = (enum lexicon_pos)VALUES[v].pos;
			count++;
		}
		if (p + len >= end)
			break;
		node = trie_child(node, decode(p + len, end, &k));
	}
	return count;
}

void
lexicon_seg_init(struct lexicon_seg *seg)
{
	memset(seg, 0, sizeof *seg);
}

void
lexicon_seg_release(struct lexicon_seg *seg)
{
	if (seg == NULL)
		return;
	g_free(seg->tokens);
	g_free(seg->cells);
	memset(seg, 0, sizeof *seg);
}

/* Flags of a code point that is neither Han nor in a word. */
static unsigned int
classify(uint32_t c)
{
	if (c < 0x80) {
		if (c >= '0' && c <= '9')
			return CELL_DIGIT | CELL_RUN;
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return CELL_LETTER | CELL_RUN;
		return CELL_PUNCT;	/* and spaces, controls */
	}
	if (c >= 0xff10 && c <= 0xff19)
		return CELL_DIGIT | CELL_RUN;
	if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
		return CELL_LETTER | CELL_RUN;
	switch (g_unichar_type(c)) {
	case G_UNICODE_CONTROL:
	case G_UNICODE_FORMAT:
	case G_UNICODE_CONNECT_PUNCTUATION:
	case G_UNICODE_DASH_PUNCTUATION:
	case G_UNICODE_CLOSE_PUNCTUATION:
	case G_UNICODE_FINAL_PUNCTUATION:
	case G_UNICODE_INITIAL_PUNCTUATION:
	case G_UNICODE_OTHER_PUNCTUATION:
	case G_UNICODE_OPEN_PUNCTUATION:
	case G_UNICODE_CURRENCY_SYMBOL:
	case G_UNICODE_MODIFIER_SYMBOL:
	case G_UNICODE_MATH_SYMBOL:
	case G_UNICODE_OTHER_SYMBOL:
	case G_UNICODE_LINE_SEPARATOR:
	case G_UNICODE_PARAGRAPH_SEPARATOR:
	case G_UNICODE_SPACE_SEPARATOR:
		return CELL_PUNCT;
	default:
		return 0;
	}
}

/*
 * The flags of every code point of the BMP, built once: punctuation
 * (，、。) is a tenth of the text and asking GLib its type each time
 * cost more than the word search.
 */
static uint8_t	 bmp_flags[0x10000];

static void
bmp_flags_init(void)
{
	static gsize	 once = 0;
	uint32_t	 c;

	if (!g_once_init_enter(&once))
		return;
	for (c = 0; c < 0x10000; c++)
		bmp_flags[c] = (c >= 0x3400 && c < 0xa000) ? 0 :
		    (uint8_t)classify(c);
	g_once_init_leave(&once, 1);
}

static inline unsigned int
char_flags(uint32_t c)
{
	if (G_LIKELY(c < 0x10000))
		return bmp_flags[c];
	return c == G_MAXUINT32 ? CELL_BAD : classify(c);
}

static bool
is_point(uint32_t c)
{
	return c == '.' || c == 0xff0e;	/* 5.77, １２．５ */
}

/* What a character in no dictionary word (or a run) is. */
static enum lexicon_pos
fallback_pos(const struct lexicon_cell *cell, uint32_t next,
    const struct lexicon_cell *cells)
{
	uint32_t	 i;

	if (cell->flags & CELL_RUN) {
		for (i = (uint32_t)(cell - cells); i < next; i++)
			if (cells[i].flags & CELL_LETTER)
				return LEXICON_POS_ENG;
		return LEXICON_POS_M;
	}
	return cell->flags & CELL_PUNCT ? LEXICON_POS_W : LEXICON_POS_X;
}

size_t
lexicon_segment(struct lexicon_seg *seg, const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	const unsigned char	*end = p + n;
	const double		 unknown = lexicon_data_meta.unknown_logp;
	struct lexicon_cell	*cells, *cell;
	uint32_t		 nc, k, j, node, v, best_next, best_value;
	double			 best, lp;
	size_t			 off, len;

	g_return_val_if_fail(seg != NULL, 0);
	g_return_val_if_fail(s != NULL || n == 0, 0);
	g_return_val_if_fail(n < G_MAXUINT32, 0);
	seg->count = 0;
	if (n == 0)
		return 0;
	bmp_flags_init();
	/*
	 * A character is at least a byte: n + 1 cells and n words always
	 * suffice, so a span no longer than one before allocates nothing.
	 */
	if (seg->cell_cap < n + 1) {
		seg->cell_cap = MAX(n + 1, MAX(64, seg->cell_cap * 2));
		seg->cells = g_renew(struct lexicon_cell, seg->cells,
		    seg->cell_cap);
	}
	if (seg->token_cap < n) {
		seg->token_cap = seg->cell_cap - 1;
		seg->tokens = g_renew(struct lexicon_token, seg->tokens,
		    seg->token_cap);
	}
	cells = seg->cells;

	/* Decode; mark the runs of letters and digits. */
	for (off = 0, nc = 0; off < n; off += len, nc++) {
		cell = &cells[nc];
		cell->cp = decode(p + off, end, &len);
		cell->off = (uint32_t)off;
		cell->flags = (uint8_t)char_flags(cell->cp);
	}
	cells[nc].off = (uint32_t)n;
	cells[nc].flags = 0;
	cells[nc].logp = 0;
	for (k = 1; k < nc; k++) {
		if (is_point(cells[k].cp) && k + 1 < nc &&
		    (cells[k - 1].flags & CELL_DIGIT) &&
		    (cells[k + 1].flags & CELL_DIGIT))
			cells[k].flags |= CELL_RUN;
		if ((cells[k].flags & CELL_RUN) &&
		    (cells[k - 1].flags & CELL_RUN))
			cells[k].flags |= CELL_INSIDE;
	}

	/* The best route from each character to the end, last first. */
	for (k = nc; k-- > 0; ) {
		cell = &cells[k];
		if (cell->flags & CELL_INSIDE) {
			/* Never reached: no word ends here. */
			cell->logp = cells[k + 1].logp;
			cell->next = k + 1;
			cell->value = 0;
			continue;
		}
		best = -INFINITY;
		best_next = k + 1;
		best_value = 0;
		node = trie_first(cell->cp);
		for (j = k; node != 0; ) {
			/* Ties go to the longer word, as in jieba. */
			if ((v = NODES[node].value) != 0 &&
			    !(cells[j + 1].flags & CELL_INSIDE) &&
			    (lp = VALUES[v].logp + cells[j + 1].logp) >= best) {
				best = lp;
				best_next = j + 1;
				best_value = v;
			}
			if (++j == nc)
				break;
			node = trie_child(node, cells[j].cp);
		}
		if (cell->flags & CELL_RUN) {
			/* A run is a word, unless a longer one contains it. */
			for (j = k + 1; cells[j].flags & CELL_INSIDE; j++)
				;
			lp = unknown + cells[j].logp;
			if (lp > best || (lp == best && j > best_next)) {
				best = lp;
				best_next = j;
				best_value = 0;
			}
		} else if (best == -INFINITY) {
			/*
			 * jieba's DAG has a character on its own only when
			 * no word starts with it.
			 */
			best = unknown + cells[k + 1].logp;
			best_next = k + 1;
		}
		cell->logp = best;
		cell->next = best_next;
		cell->value = (uint16_t)best_value;
	}

	/* Follow the route. */
	for (k = 0; k < nc; k = cells[k].next) {
		struct lexicon_token	*t = &seg->tokens[seg->count++];

		cell = &cells[k];
		t->off = cell->off;
		t->len = cells[cell->next].off - cell->off;
		t->pos = cell->value != 0 ?
		    (enum lexicon_pos)VALUES[cell->value].pos :
		    fallback_pos(cell, cell->next, cells);
	}
	return seg->count;
}
