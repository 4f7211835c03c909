/* SPDX-License-Identifier: MIT */
/*
 * The compiled lexicon, as lexicon-gen writes it and lexicon.c reads it
 * in place: plain arrays in the byte order of the machine that builds
 * (the generator runs where the library is built).
 *
 * A trie over code points in breadth-first order: the children of node
 * i are the nodes [child of i, child of i + 1), sorted by label, so a
 * node needs no count and its siblings share cache lines.  Node 0 is the
 * root; a final node only closes the last range.  The root's children
 * are found through a table over the BMP instead of a search, as every
 * character of a span asks it.
 */
#ifndef SHUTU_LEXICON_FORMAT_H
#define SHUTU_LEXICON_FORMAT_H

#include <stdint.h>

#define LEXICON_MAGIC	0x4c584331u	/* "LXC1" */

struct	lexicon_meta {
	uint32_t	 magic;
	uint32_t	 nodes;		/* without the closing node */
	uint32_t	 values;	/* with the empty value 0 */
	uint32_t	 words;
	uint32_t	 max_cp;	/* of the longest word */
	uint32_t	 project_words;	/* from lexicon.txt */
	uint64_t	 total;		/* sum of every word's freq */
	double		 log_total;	/* log(total) */
	double		 unknown_logp;	/* log(1) - log(total): jieba's */
	uint32_t	 pad[4];
};

struct	lexicon_node {
	uint16_t	 label;		/* the code point of the edge in */
	uint16_t	 value;		/* index of lexicon_values; 0: no word */
	uint32_t	 child;		/* index of the first child */
};

/* One per distinct (freq, pos): a few thousand serve 350 000 words. */
struct	lexicon_value {
	double		 logp;		/* log(freq) - log(total) */
	uint32_t	 freq;
	uint8_t		 pos;		/* enum lexicon_pos */
	uint8_t		 pad[3];
};

/* Root table: BMP code point -> index of the root's child, 0: none. */
#define LEXICON_ROOT_SIZE	0x10000

#endif /* SHUTU_LEXICON_FORMAT_H */
