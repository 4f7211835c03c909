/* SPDX-License-Identifier: MIT */
/*
 * Characters and sentences: the small questions the driver asks about
 * each code point.  All input is valid UTF-8 (checked once up front), so
 * decoding needs no error paths.
 */
#include <string.h>

#include "extract.h"

uint16_t	 text_classes[0x10000];
int		 text_classes_ready;

static bool
is_punct(gunichar c)
{
	if (c < 0x80)
		return !g_ascii_isalnum((int)c);
	if (c >= 0x3000 && c <= 0x303f)		/* CJK punctuation */
		return c != 0x3007;
	if (c >= 0xff00 && c <= 0xff0f)
		return true;
	if (c >= 0xff1a && c <= 0xff20)
		return true;
	if (c >= 0xff3b && c <= 0xff40)
		return true;
	if (c >= 0xff5b && c <= 0xff65)
		return true;
	if (c >= 0x2000 && c <= 0x206f)		/* general punctuation */
		return true;
	if (c >= 0xfe30 && c <= 0xfe4f)
		return true;
	return g_unichar_isspace(c);
}

void
text_classes_init(void)
{
	static const gunichar	 terminators[] = {
		0x3002, 0xff01, 0xff1f, 0xff1b, '!', '?', ';',	/* 。！？；!?; */
	};
	static const gunichar	 quotes[] = {
		0x201c, 0x300e, 0x300c, 0x2018, 0x300a,	/* “ 『 「 ‘ 《 */
	};
	static gsize		 once = 0;
	gunichar		 c;
	size_t			 i;

	if (!g_once_init_enter(&once))
		return;
	for (c = 0; c < 0x10000; c++) {
		if ((c >= 0x4e00 && c <= 0x9fff) ||
		    (c >= 0x3400 && c <= 0x4dbf) || c == 0x3007)	/* 〇 */
			text_classes[c] |= TC_HAN;
		if (is_punct(c))
			text_classes[c] |= TC_PUNCT;
	}
	for (i = 0; i < G_N_ELEMENTS(terminators); i++)
		text_classes[terminators[i]] |= TC_MARK;
	for (i = 0; i < G_N_ELEMENTS(quotes); i++)
		text_classes[quotes[i]] |= TC_MARK;
	cnum_classes(text_classes);
	entity_classes(text_classes);
	date_classes(text_classes);
	label_classes(text_classes);
	g_atomic_int_set(&text_classes_ready, 1);
	g_once_init_leave(&once, 1);
}

