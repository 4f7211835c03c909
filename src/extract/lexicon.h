/* SPDX-License-Identifier: MIT */
/*
 * The lexicon: jieba's dictionary of words with parts of speech (Debian's
 * python3-jieba, dict.txt) merged with the project's own list of words
 * of Chinese reports (lexicon.txt, whose entries win), compiled at build
 * time into a trie that is embedded in the library (gen/lexicon-gen.c):
 * nothing is read or parsed at run time, and every table is constant, so
 * any number of threads may use it at once.
 *
 * The segmenter is jieba's without its HMM: the DAG of the dictionary
 * words of a span, and the route of greatest total log-probability,
 * computed right to left.  A character in no word is a word of one
 * character; a run of Latin letters and digits (5.77, PM2.5, ZK560) is
 * one word, and no dictionary word begins or ends inside it; punctuation
 * and spaces are words of one character each.
 *
 * This header needs no GLib: the generator includes it for the tags.
 */
#ifndef SHUTU_LEXICON_H
#define SHUTU_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Parts of speech: jieba's tags (those of ICTCLAS), and two of ours.
 * Tags are lowercase in the word lists and in lexicon_pos_name().
 */
#define LEXICON_POS_TAGS(POS)						\
	POS(X, "x")	/* no morpheme / unknown: a character in no word */ \
	POS(W, "w")	/* punctuation or space (ours; jieba says x) */	\
	POS(ENG, "eng")	/* a run of Latin letters and digits (ours) */	\
	POS(A, "a")	/* 形容词 adjective */				\
	POS(AD, "ad")	/* 副形词 adjective used as adverb */		\
	POS(AG, "ag")	/* 形语素 */					\
	POS(AN, "an")	/* 名形词 adjective used as noun */		\
	POS(B, "b")	/* 区别词 non-predicate adjective: 规模以上 */	\
	POS(C, "c")	/* 连词 conjunction */				\
	POS(D, "d")	/* 副词 adverb */				\
	POS(DF, "df")	/* 不要 */					\
	POS(DG, "dg")	/* 副语素 */					\
	POS(E, "e")	/* 叹词 interjection */				\
	POS(F, "f")	/* 方位词 locative: 以上, 之间 */		\
	POS(G, "g")	/* 语素 morpheme */				\
	POS(H, "h")	/* 前接成分 prefix */				\
	POS(I, "i")	/* 成语 idiom */				\
	POS(J, "j")	/* 简称略语 abbreviation */			\
	POS(K, "k")	/* 后接成分 suffix */				\
	POS(L, "l")	/* 习用语 set phrase */				\
	POS(M, "m")	/* 数词 numeral (ours too: a run of digits) */	\
	POS(MG, "mg")	/* 数语素 */					\
	POS(MQ, "mq")	/* 数量词 numeral with measure word */		\
	POS(N, "n")	/* 名词 noun */					\
	POS(NG, "ng")	/* 名语素 */					\
	POS(NR, "nr")	/* 人名 person */				\
	POS(NRFG, "nrfg")	/* 人名 person */				\
	POS(NRT, "nrt")	/* 音译人名 transliterated person */		\
	POS(NS, "ns")	/* 地名 place */				\
	POS(NT, "nt")	/* 机构团体 organization */			\
	POS(NZ, "nz")	/* 其他专名 other proper noun */		\
	POS(O, "o")	/* 拟声词 onomatopoeia */			\
	POS(P, "p")	/* 介词 preposition */				\
	POS(Q, "q")	/* 量词 measure word */				\
	POS(R, "r")	/* 代词 pronoun */				\
	POS(RG, "rg")	/* 代语素 */					\
	POS(RR, "rr")	/* 人称代词 personal pronoun */			\
	POS(RZ, "rz")	/* 指示代词 demonstrative */			\
	POS(S, "s")	/* 处所词 place word */				\
	POS(T, "t")	/* 时间词 time word */				\
	POS(TG, "tg")	/* 时语素 */					\
	POS(U, "u")	/* 助词 particle */				\
	POS(UD, "ud")	/* 得 */					\
	POS(UG, "ug")	/* 过 */					\
	POS(UJ, "uj")	/* 的 */					\
	POS(UL, "ul")	/* 了 */					\
	POS(UV, "uv")	/* 地 */					\
	POS(UZ, "uz")	/* 着 */					\
	POS(V, "v")	/* 动词 verb */					\
	POS(VD, "vd")	/* 副动词 verb used as adverb */		\
	POS(VG, "vg")	/* 动语素 */					\
	POS(VI, "vi")	/* 不及物动词 intransitive verb */		\
	POS(VN, "vn")	/* 名动词 verb used as noun: 投资 */		\
	POS(VQ, "vq")	/* 动量词 */					\
	POS(Y, "y")	/* 语气词 modal particle */			\
	POS(Z, "z")	/* 状态词 descriptive adjective */		\
	POS(ZG, "zg")	/* 状态语素 */

#define LEXICON_POS_ENUM(name, tag)	LEXICON_POS_##name,
enum	lexicon_pos {
	LEXICON_POS_TAGS(LEXICON_POS_ENUM)
	LEXICON_POS_COUNT
};
#undef LEXICON_POS_ENUM

/* The tag of "pos" ("n", "vn", "eng"); "?" if out of range. */
const char	*lexicon_pos_name(enum lexicon_pos);
/* The part of speech whose tag is the "len" bytes at "tag"; false if none. */
bool		 lexicon_pos_from_name(const char *tag, size_t len,
		    enum lexicon_pos *out);

/* No word of the lexicon has more code points (the generator checks). */
#define LEXICON_MAX_CP	32

struct	lexicon_entry {
	uint32_t		 freq;	/* count in jieba's corpus, >= 1 */
	enum lexicon_pos	 pos;
};

/*
 * Is the "len" bytes at "word" a word of the lexicon?  Fills "out"
 * (which may be NULL) when it is.
 */
bool		 lexicon_lookup(const char *word, size_t len,
		    struct lexicon_entry *out);

/* A dictionary word starting at a position. */
struct	lexicon_match {
	size_t			 len;	/* bytes */
	uint32_t		 freq;
	enum lexicon_pos	 pos;
};

/*
 * Every dictionary word that starts at byte "off" of the "n" bytes at
 * "s" and ends within them, shortest first: at most "max" are written
 * to "out" (LEXICON_MAX_CP always suffice).  Returns how many; 0 when
 * "off" is not the start of a character of the span.  This is the raw
 * dictionary: lexicon_segment() adds the rule about runs of Latin
 * letters and digits.
 */
size_t		 lexicon_prefixes(const char *s, size_t n, size_t off,
		    struct lexicon_match *out, size_t max);

/* The probability jieba gives a word: its freq over the total of all. */
double		 lexicon_log_prob(uint32_t freq);

/* One word of a segmented span. */
struct	lexicon_token {
	size_t			 off;	/* bytes from the span's start */
	size_t			 len;	/* bytes, > 0 */
	enum lexicon_pos	 pos;	/* X for a Han character in no word */
};

struct	lexicon_cell;			/* lexicon.c: one per character */

/*
 * Words of the last span segmented.  The caller owns it: init once,
 * segment any number of spans (the buffers grow to the longest span and
 * are kept, so a steady state allocates nothing), release once.  One per
 * thread.
 */
struct	lexicon_seg {
	struct lexicon_token	*tokens;	/* "count" words, in order */
	size_t			 count;
	/* Private: kept from call to call. */
	size_t			 token_cap;
	struct lexicon_cell	*cells;
	size_t			 cell_cap;
};

void		 lexicon_seg_init(struct lexicon_seg *);
void		 lexicon_seg_release(struct lexicon_seg *);
/*
 * Segment the "n" bytes of UTF-8 at "s" into words; returns their
 * number (seg->count).  The words cover the span without gaps.  A byte
 * that is not valid UTF-8 is a word of its own (X).
 */
size_t		 lexicon_segment(struct lexicon_seg *, const char *s,
		    size_t n);

#endif /* SHUTU_LEXICON_H */
