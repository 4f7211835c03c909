/* SPDX-License-Identifier: MIT */
/*
 * What an input is, from its bytes.  Articles, specs and tables must be
 * UTF-8 text; anything else gets a message that names what it is and
 * what to do — GB 18030 (GBK) text and how to convert it, UTF-16, a Word
 * or Excel file, a PDF, an image — rather than a bad byte's offset.
 */
#include <string.h>

#include "util.h"

/* How a name stands in a shell command: quoted when it must be. */
static char *
shell_word(const char *name)
{
	const char	*p;

	for (p = name; *p != '\0'; p++)
		if (!g_ascii_isalnum(*p) && strchr("._-/+,:@%", *p) == NULL &&
		    (unsigned char)*p < 0x80)
			return g_shell_quote(name);
	return g_strdup(name);
}

/* A file name, or NULL for standard input and text in memory. */
static bool
is_file(const char *name)
{
	return *name != '<';
}

/* "a/b.txt" -> "a/b-utf8.txt": where the converted copy could go. */
static char *
utf8_copy_name(const char *name)
{
	const char	*slash = strrchr(name, '/');
	const char	*dot = strrchr(name, '.');

	if (dot == NULL || (slash != NULL && dot < slash) || dot == name ||
	    dot[-1] == '/')
		return g_strconcat(name, "-utf8", NULL);
	return g_strdup_printf("%.*s-utf8%s", (int)(dot - name), name, dot);
}

/* "a/b.docx" -> "a/b.txt"; "a/b" -> "a/b.txt" */
static char *
text_copy_name(const char *name)
{
	const char	*slash = strrchr(name, '/');
	const char	*dot = strrchr(name, '.');

	if (dot == NULL || (slash != NULL && dot < slash) || dot == name ||
	    dot[-1] == '/')
		return g_strconcat(name, ".txt", NULL);
	return g_strdup_printf("%.*s.txt", (int)(dot - name), name);
}

/* "convert it: iconv -f ENC -t UTF-8 a.txt > a-utf8.txt", last in a message */
static char *
iconv_hint(const char *name, const char *enc)
{
	char	*in, *out, *copy, *hint;

	if (!is_file(name))
		return g_strdup_printf("convert it: iconv -f %s -t UTF-8", enc);
	copy = utf8_copy_name(name);
	in = shell_word(name);
	out = shell_word(copy);
	hint = g_strdup_printf("convert it: iconv -f %s -t UTF-8 %s > %s",
	    enc, in, out);
	g_free(copy);
	g_free(in);
	g_free(out);
	return hint;
}

/*
 * Files known by their first bytes.  In "advice", %1$s is the file's
 * name as a shell word and %2$s the name of a text copy (a.docx ->
 * a.txt); a command comes last, unquoted, so it can be copied whole.  ZIP files are told apart by the names of their members.
 */
static const struct magic {
	const char		*bytes;
	size_t			 len;
	enum util_input_kind	 kind;
	const char		*what;
	const char		*advice;
} magics[] = {
	{ "%PDF-", 5, UTIL_INPUT_DOCUMENT, "a PDF document",
	  "take its text out first, e.g. pdftotext -enc UTF-8 %1$s %2$s" },
	{ "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, UTIL_INPUT_DOCUMENT,
	  "an old Office document (.doc, .xls or .ppt)",
	  "save it as UTF-8 text (or CSV UTF-8) first" },
	{ "{\\rtf", 5, UTIL_INPUT_DOCUMENT, "an RTF document",
	  "save it as UTF-8 text first, e.g. pandoc -t plain %1$s -o %2$s" },
	{ "\x89PNG\r\n\x1a\n", 8, UTIL_INPUT_IMAGE, "a PNG image", NULL },
	{ "\xff\xd8\xff", 3, UTIL_INPUT_IMAGE, "a JPEG image", NULL },
	{ "GIF87a", 6, UTIL_INPUT_IMAGE, "a GIF image", NULL },
	{ "GIF89a", 6, UTIL_INPUT_IMAGE, "a GIF image", NULL },
	{ "\x1f\x8b", 2, UTIL_INPUT_BINARY, "gzip-compressed data",
	  "unpack it first, e.g. gunzip -k %1$s" },
	{ "\xfd" "7zXZ", 5, UTIL_INPUT_BINARY, "xz-compressed data",
	  "unpack it first, e.g. unxz -k %1$s" },
	{ "\x7f" "ELF", 4, UTIL_INPUT_BINARY, "a program (ELF)", NULL },
};

/* Office Open XML and OpenDocument files are ZIPs with telling members. */
static const struct zip_kind {
	const char	*member;
	const char	*what;
	const char	*advice;
} zip_kinds[] = {
	{ "word/", "a Word document (.docx)",
	  "save it as UTF-8 text first, e.g. pandoc -t plain %1$s -o "
	  "%2$s" },
	{ "xl/", "an Excel workbook (.xlsx)",
	  "save the sheet as CSV UTF-8 first" },
	{ "ppt/", "a PowerPoint file (.pptx)",
	  "save its text as UTF-8 first" },
	{ "opendocument.text", "an OpenDocument text (.odt)",
	  "save it as UTF-8 text first, e.g. pandoc -t plain %1$s -o "
	  "%2$s" },
	{ "opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)",
	  "save the sheet as CSV UTF-8 first" },
};

static bool
fail_as(const char *name, enum util_input_kind kind, const char *what,
    const char *advice, struct util_sniff *sn, GError **error)
{
	char	*word = shell_word(is_file(name) ? name : "FILE");
	char	*copy = text_copy_name(is_file(name) ? name : "FILE");
	char	*txt = shell_word(copy);
	char	*tip = advice != NULL ? g_strdup_printf(advice, word, txt) :
		    NULL;

	sn->kind = kind;
	sn->what = what;
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
	    "%s: %s, not text%s%s", name, what, tip != NULL ? "; " : "",
	    tip != NULL ? tip : "");
	g_free(tip);
	g_free(word);
	g_free(copy);
	g_free(txt);
	return false;
}

static bool
sniff_magic(const char *name, const char *data, size_t len,
    struct util_sniff *sn, GError **error)
{
	size_t	 i;

	if (len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0) {
		for (i = 0; i < G_N_ELEMENTS(zip_kinds); i++)
			if (memmem(data, len, zip_kinds[i].member,
			    strlen(zip_kinds[i].member)) != NULL)
				return fail_as(name, UTIL_INPUT_DOCUMENT,
				    zip_kinds[i].what, zip_kinds[i].advice, sn,
				    error);
		return fail_as(name, UTIL_INPUT_BINARY, "a ZIP archive",
		    "unpack it first, e.g. unzip %1$s", sn, error);
	}
	for (i = 0; i < G_N_ELEMENTS(magics); i++)
		if (len >= magics[i].len && memcmp(data, magics[i].bytes,
		    magics[i].len) == 0)
			return fail_as(name, magics[i].kind, magics[i].what,
			    magics[i].advice, sn, error);
	return true;
}

/*
 * Chinese text in GB 18030 (or its subsets GBK and GB 2312): every byte
 * fits the one-, two- and four-byte forms, and nine pairs in ten lie in
 * the GB 2312 zone (both bytes A1–FE), where nearly all of Simplified
 * Chinese text is.  Latin-1 rarely fits at all; Big5 and GBK text of
 * traditional characters fit, but fall far short of the zone.
 */
enum	legacy {
	LEGACY_NONE,
	LEGACY_GB18030,
	LEGACY_GBK_OR_BIG5,
};

static bool
big5(const unsigned char *s, size_t len)
{
	size_t	 i = 0;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if (s[i] == 0x80 || s[i] == 0xff || i + 1 >= len ||
		    !((s[i + 1] >= 0x40 && s[i + 1] <= 0x7e) ||
		    (s[i + 1] >= 0xa1 && s[i + 1] <= 0xfe)))
			return false;
		i += 2;
	}
	return true;
}

static enum legacy
legacy_chinese(const unsigned char *s, size_t len)
{
	size_t	 i = 0, pairs = 0, zone = 0;

	while (i < len) {
		unsigned char	 b = s[i];

		if (b < 0x80) {
			i++;
			continue;
		}
		if (b == 0x80 || b == 0xff || i + 1 >= len)
			goto not_gb;
		if (s[i + 1] >= 0x30 && s[i + 1] <= 0x39) {
			if (i + 3 >= len || s[i + 2] < 0x81 || s[i + 2] > 0xfe ||
			    s[i + 3] < 0x30 || s[i + 3] > 0x39)
				goto not_gb;
			i += 4;
			continue;
		}
		if (s[i + 1] < 0x40 || s[i + 1] == 0x7f || s[i + 1] == 0xff)
			goto not_gb;
		pairs++;
		if (b >= 0xa1 && s[i + 1] >= 0xa1)
			zone++;
		i += 2;
	}
	if (pairs == 0)
		return LEGACY_NONE;
	return zone * 10 >= pairs * 9 ? LEGACY_GB18030 : LEGACY_GBK_OR_BIG5;
not_gb:
	return big5(s, len) ? LEGACY_GBK_OR_BIG5 : LEGACY_NONE;
}

/*
 * UTF-16 without a BOM: one byte of each pair is the high byte of a
 * code point.  In ASCII text that is 00 while the other byte is not; in
 * Chinese text it is nearly always 00, 20 or 30 (punctuation), 4E–9F
 * (Han) or FF (full-width forms), while the low bytes spread over all
 * values.
 */
static bool
high_byte(unsigned char b)
{
	return b == 0 || b == 0x20 || b == 0x30 || b == 0xff ||
	    (b >= 0x4e && b <= 0x9f);
}

/*
 * Is the byte at "hi" of each pair the high byte?  Nine in ten of them
 * look high, the low bytes are almost never 00, and either most high
 * bytes are 00 (ASCII), or the low bytes spread as those of Han do: a
 * fifth of them 80 or more, and not most of them looking high too, as
 * ASCII letters (41–7A) would.  Short inputs say too little.
 */
static bool
utf16_order(const unsigned char *s, size_t n, int hi)
{
	size_t	 i, pairs = n / 2, hz = 0, lz = 0, hh = 0, lh = 0, l8 = 0;

	if (pairs < 4)
		return false;
	for (i = 0; i + 1 < n; i += 2) {
		unsigned char	 h = s[i + hi], l = s[i + 1 - hi];

		hz += h == 0;
		lz += l == 0;
		hh += high_byte(h);
		lh += high_byte(l);
		l8 += l >= 0x80;
	}
	return hh * 10 >= pairs * 9 && lz * 20 < pairs &&
	    (hz * 2 >= pairs || (l8 * 5 >= pairs && lh * 10 <= pairs * 6));
}

static const char *
looks_utf16(const unsigned char *s, size_t len)
{
	size_t	 n = MIN(len, 4096) & ~(size_t)1;

	if (utf16_order(s, n, 1))
		return "UTF-16LE";
	if (utf16_order(s, n, 0))
		return "UTF-16BE";
	return NULL;
}

/*
 * UTF-8 with a bad byte or two, or text in another encoding?  Count the
 * multi-byte sequences that are valid UTF-8 against the bytes that are
 * not: GBK text makes a valid sequence only now and then, by chance, and
 * then mostly a two-byte one (D6 BE, the 志 of 志愿者, is U+05BE).
 */
static bool
mostly_utf8(const char *s, size_t len)
{
	const char	*p = s, *end = s + len;
	size_t		 good2 = 0, good3 = 0, bad = 0;

	while (p < end) {
		gunichar	 c;

		if ((unsigned char)*p < 0x80) {
			p++;
			continue;
		}
		c = g_utf8_get_char_validated(p, end - p);
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			bad++;
			p++;
		} else {
			/* GBK pairs make two-byte sequences more often. */
			if (c < 0x800)
				good2++;
			else
				good3++;
			p = g_utf8_next_char(p);
		}
	}
	return good3 * 2 + good2 >= bad * 2;
}

bool
util_sniff_input(const char *name, const char *data, size_t len,
    struct util_sniff *out, GError **error)
{
	static const struct {
		const char	*bom;
		size_t		 len;
		const char	*encoding;
	} boms[] = {
		{ "\xff\xfe\0\0", 4, "UTF-32LE" },
		{ "\0\0\xfe\xff", 4, "UTF-32BE" },
		{ "\xff\xfe", 2, "UTF-16" },
		{ "\xfe\xff", 2, "UTF-16" },
	};
	const unsigned char	*u = (const unsigned char *)data;
	struct util_sniff	 dummy, *sn = out != NULL ? out : &dummy;
	const char		*end, *enc;
	enum legacy		 legacy;
	size_t			 i, skip = 0;
	char			*hint;

	memset(sn, 0, sizeof *sn);
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		skip = 3;
	for (i = 0; skip == 0 && i < G_N_ELEMENTS(boms); i++)
		if (len >= boms[i].len && memcmp(data, boms[i].bom,
		    boms[i].len) == 0) {
			sn->kind = UTIL_INPUT_UTF16;
			sn->what = boms[i].encoding;
			hint = iconv_hint(name, boms[i].encoding);
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
			    "%s: not UTF-8 but %s text; %s", name,
			    boms[i].encoding, hint);
			g_free(hint);
			return false;
		}
	if (!sniff_magic(name, data, len, sn, error))
		return false;
	if (g_utf8_validate_len(data + skip, len - skip, &end)) {
		sn->kind = UTIL_INPUT_TEXT;
		sn->bom = skip;
		return true;
	}
	if ((enc = looks_utf16(u, len)) != NULL) {
		sn->kind = UTIL_INPUT_UTF16;
		sn->what = enc;
		hint = iconv_hint(name, enc);
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
		    "%s: not UTF-8 but %s text; %s", name, enc, hint);
		g_free(hint);
		return false;
	}
	if (*end == '\0') {
		sn->kind = UTIL_INPUT_BINARY;
		sn->what = "binary data";
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
		    "%s: binary data, not text (a NUL byte at byte offset %zu)",
		    name, (size_t)(end - data));
		return false;
	}
	/* A UTF-8 file with one bad byte is no GBK file. */
	legacy = skip == 0 && !mostly_utf8(data, len) ?
	    legacy_chinese(u, len) : LEGACY_NONE;
	if (legacy == LEGACY_GB18030) {
		sn->kind = UTIL_INPUT_GB18030;
		sn->what = "GB 18030 (GBK)";
		hint = iconv_hint(name, "GB18030");
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
		    "%s: not UTF-8 but GB 18030 (GBK) text; %s", name, hint);
		g_free(hint);
		return false;
	}
	if (legacy == LEGACY_GBK_OR_BIG5) {
		sn->kind = UTIL_INPUT_NOT_UTF8;
		sn->what = "GBK or Big5";
		hint = iconv_hint(name, "GB18030");
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
		    "%s: not UTF-8 but GBK or Big5 text (for Big5, write -f "
		    "BIG5-HKSCS); %s", name, hint);
		g_free(hint);
		return false;
	}
	sn->kind = UTIL_INPUT_NOT_UTF8;
	return util_check_utf8(name, data, len, error);
}
