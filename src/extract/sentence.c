/* SPDX-License-Identifier: MIT */
/*
 * Characters and sentences: the small questions the driver asks about
 * each code point.  All input is valid UTF-8 (checked once up front), so
 * decoding needs no error paths.
 */
#include <string.h>

#include "extract.h"

gunichar
text_char(const char *p, size_t *n)
{
	const unsigned char	*u = (const unsigned char *)p;

	if (u[0] < 0x80) {
		*n = 1;
		return u[0];
	}
	if (u[0] < 0xe0) {
		*n = 2;
		return ((gunichar)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
	}
	if (u[0] < 0xf0) {
		*n = 3;
		return ((gunichar)(u[0] & 0x0f) << 12) |
		    ((gunichar)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
	}
	*n = 4;
	return ((gunichar)(u[0] & 0x07) << 18) |
	    ((gunichar)(u[1] & 0x3f) << 12) |
	    ((gunichar)(u[2] & 0x3f) << 6) | (u[3] & 0x3f);
}

gunichar
text_char_before(const char *start, const char *p, size_t *n)
{
	const char	*q = p - 1;

	/* At most three continuation bytes: bounded, never a scan. */
	while (q > start && ((unsigned char)*q & 0xc0) == 0x80 && p - q < 4)
		q--;
	return text_char(q, n);
}

size_t
text_cp_count(const char *p, size_t n)
{
	size_t	 i, cp = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)p[i] & 0xc0) != 0x80)
			cp++;
	return cp;
}

bool
text_is_han(gunichar c)
{
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0x20000 && c <= 0x2fa1f) || c == 0x3007;	/* 〇 */
}

bool
text_is_terminator(gunichar c)
{
	switch (c) {
	case 0x3002:	/* 。 */
	case 0xff01:	/* ！ */
	case 0xff1f:	/* ？ */
	case 0xff1b:	/* ； */
	case '!':
	case '?':
		return true;
	default:
		return false;
	}
}

bool
text_is_punct(gunichar c)
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

bool
text_ends_with(const char *start, const char *p, const char *s)
{
	size_t	 n = strlen(s);

	return (size_t)(p - start) >= n && memcmp(p - n, s, n) == 0;
}

bool
text_starts_with(const char *p, const char *end, const char *s)
{
	size_t	 n = strlen(s);

	return (size_t)(end - p) >= n && memcmp(p, s, n) == 0;
}
