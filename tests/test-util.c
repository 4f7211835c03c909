/* SPDX-License-Identifier: MIT */
/*
 * util/: what an input is (util_sniff_input) and why a JSON text is not
 * JSON, in our words and in characters, not bytes.
 */
#include <string.h>

#include "util/util.h"
#include "testutil.h"

#define ZIP	"PK\x03\x04\x14\x01\x08\x02"	/* no NUL: strlen() works */

static const struct {
	const char		*data;
	size_t			 len;		/* 0: strlen */
	enum util_input_kind	 kind;
	size_t			 bom;
	const char		*error;		/* NULL: text */
} sniffs[] = {
	{ "沟赵办事处有789名志愿者。", 0, UTIL_INPUT_TEXT, 0, NULL },
	{ "", 0, UTIL_INPUT_TEXT, 0, NULL },
	{ "\xef\xbb\xbf{\"a\":1}", 0, UTIL_INPUT_TEXT, 3, NULL },
	/* 沟赵办事处有789名志愿者 in GB 18030 */
	{ "\xb9\xb5\xd5\xd4\xb0\xec\xca\xc2\xb4\xa6\xd3\xd0" "789"
	  "\xc3\xfb\xd6\xbe\xd4\xb8\xd5\xdf", 0, UTIL_INPUT_GB18030, 0,
	  "a.txt: not UTF-8 but GB 18030 (GBK) text; convert it: iconv "
	  "-f GB18030 -t UTF-8 a.txt > a-utf8.txt" },
	/* 臺北市政府 in Big5: Chinese, but not surely GBK */
	{ "\xbb\x4f\xa5\x5f\xa5\xab\xac\x46\xa9\xb2", 0, UTIL_INPUT_NOT_UTF8, 0,
	  "a.txt: not UTF-8 but GBK or Big5 text (for Big5, write -f "
	  "BIG5-HKSCS); convert it: iconv -f GB18030 -t UTF-8 a.txt > "
	  "a-utf8.txt" },
	{ "\xff\xfe" "a\0b\0", 6, UTIL_INPUT_UTF16, 0,
	  "a.txt: not UTF-8 but UTF-16 text; convert it: iconv -f UTF-16 "
	  "-t UTF-8 a.txt > a-utf8.txt" },
	{ "a\0b\0c\0d\0", 8, UTIL_INPUT_UTF16, 0, "a.txt: not UTF-8 but "
	  "UTF-16LE text; convert it: iconv -f UTF-16LE -t UTF-8 a.txt > "
	  "a-utf8.txt" },
	{ "ab\0cd", 5, UTIL_INPUT_BINARY, 0,
	  "a.txt: binary data, not text (a NUL byte at byte offset 2)" },
	/* Latin-1 café: no Chinese encoding fits; the bad byte is placed. */
	{ "caf\xe9 au lait, cr\xe8me\n", 0, UTIL_INPUT_NOT_UTF8, 0,
	  "a.txt:1:4: not UTF-8 (byte 0xe9 at byte offset 3)" },
	/* UTF-8 with one broken character is UTF-8 with a bad byte. */
	{ "有\xe4\xb8名", 0, UTIL_INPUT_NOT_UTF8, 0,
	  "a.txt:1:2: not UTF-8 (byte 0xe4 at byte offset 3)" },
	{ ZIP "[Content_Types].xml" ZIP "word/document.xml", 0,
	  UTIL_INPUT_DOCUMENT, 0, "a.txt: a Word document (.docx), not text; "
	  "save it as UTF-8 text first, e.g. pandoc -t plain a.txt -o "
	  "a.txt" },
	{ ZIP "xl/workbook.xml", 0, UTIL_INPUT_DOCUMENT, 0, "a.txt: an Excel "
	  "workbook (.xlsx), not text; save the sheet as CSV UTF-8 first" },
	{ ZIP "mimetypeapplication/vnd.oasis.opendocument.text", 0,
	  UTIL_INPUT_DOCUMENT, 0, "a.txt: an OpenDocument text (.odt), not "
	  "text; save it as UTF-8 text first, e.g. pandoc -t plain a.txt -o "
	  "a.txt" },
	{ ZIP "data.csv", 0, UTIL_INPUT_BINARY, 0,
	  "a.txt: a ZIP archive, not text; unpack it first, e.g. unzip "
	  "a.txt" },
	{ "%PDF-1.5\n", 0, UTIL_INPUT_DOCUMENT, 0, "a.txt: a PDF document, not "
	  "text; take its text out first, e.g. pdftotext -enc UTF-8 a.txt "
	  "a.txt" },
	{ "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, UTIL_INPUT_DOCUMENT, 0,
	  "a.txt: an old Office document (.doc, .xls or .ppt), not text; save "
	  "it as UTF-8 text (or CSV UTF-8) first" },
	{ "\x89PNG\r\n\x1a\n\0\0", 10, UTIL_INPUT_IMAGE, 0,
	  "a.txt: a PNG image, not text" },
	{ "\x1f\x8b\x08\0", 4, UTIL_INPUT_BINARY, 0, "a.txt: gzip-compressed "
	  "data, not text; unpack it first, e.g. gunzip -k a.txt" },
};

static void
test_sniff(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(sniffs); i++) {
		struct util_sniff	 sn;
		GError			*error = NULL;
		size_t			 len = sniffs[i].len ? sniffs[i].len :
					    strlen(sniffs[i].data);
		bool			 ok;

		g_test_message("case %zu", i);
		ok = util_sniff_input("a.txt", sniffs[i].data, len, &sn, &error);
		g_assert_cmpint(sn.kind, ==, sniffs[i].kind);
		if (sniffs[i].error == NULL) {
			g_assert_true(ok);
			g_assert_no_error(error);
			g_assert_cmpuint(sn.bom, ==, sniffs[i].bom);
			continue;
		}
		g_assert_false(ok);
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
		g_assert_cmpstr(error->message, ==, sniffs[i].error);
		g_error_free(error);
	}
}

/* Every sample article in the encodings Chinese text comes in. */
static void
test_sniff_encodings(void)
{
	static const struct {
		const char		*encoding;
		enum util_input_kind	 kind;
	} encs[] = {
		{ "UTF-16LE",	UTIL_INPUT_UTF16 },
		{ "UTF-16BE",	UTIL_INPUT_UTF16 },
		{ "GB18030",	UTIL_INPUT_GB18030 },
	};
	char	*dir = test_source_path("samples");
	GDir	*d = g_dir_open(dir, 0, NULL);
	const char *n;
	size_t	 i, seen = 0;

	g_assert_nonnull(d);
	while ((n = g_dir_read_name(d)) != NULL) {
		char	*path, *text, *conv;
		gsize	 len, clen;

		if (!g_str_has_suffix(n, ".txt"))
			continue;
		path = g_build_filename(dir, n, NULL);
		g_assert_true(g_file_get_contents(path, &text, &len, NULL));
		for (i = 0; i < G_N_ELEMENTS(encs); i++) {
			struct util_sniff	 sn;
			GError			*error = NULL;

			g_test_message("%s in %s", n, encs[i].encoding);
			conv = g_convert(text, len, encs[i].encoding, "UTF-8",
			    NULL, &clen, NULL);
			g_assert_nonnull(conv);
			g_assert_false(util_sniff_input(path, conv, clen, &sn,
			    &error));
			g_assert_cmpint(sn.kind, ==, encs[i].kind);
			g_assert_nonnull(strstr(error->message,
			    encs[i].kind == UTIL_INPUT_GB18030 ? "GB18030" :
			    encs[i].encoding));
			g_error_free(error);
			g_free(conv);
		}
		g_assert_true(util_sniff_input(path, text, len, NULL, NULL));
		g_free(text);
		g_free(path);
		seen++;
	}
	g_assert_cmpuint(seen, >=, 10);
	g_dir_close(d);
	g_free(dir);
}

/* Names with spaces are quoted in the command; stdin gets none. */
static void
test_sniff_names(void)
{
	static const char	 gb[] = "\xd6\xbe\xd4\xb8\xd5\xdf";	/* 志愿者 */
	GError			*error = NULL;

	g_assert_false(util_sniff_input("my notes.txt", gb, 6, NULL, &error));
	g_assert_cmpstr(error->message, ==, "my notes.txt: not UTF-8 but GB "
	    "18030 (GBK) text; convert it: iconv -f GB18030 -t UTF-8 "
	    "'my notes.txt' > 'my notes-utf8.txt'");
	g_clear_error(&error);
	g_assert_false(util_sniff_input("<stdin>", gb, 6, NULL, &error));
	g_assert_cmpstr(error->message, ==, "<stdin>: not UTF-8 but GB 18030 "
	    "(GBK) text; convert it: iconv -f GB18030 -t UTF-8");
	g_clear_error(&error);
}

static const struct {
	const char	*json;
	const char	*error;		/* NULL: parses */
} jsons[] = {
	{ "{\"a\":1,}", "t.json:1:7: invalid JSON: trailing comma before '}'" },
	{ "[1,\n 2,\n]", "t.json:2:3: invalid JSON: trailing comma before ']'" },
	{ "{\"a\":1 \"b\":2}",
	  "t.json:1:8: invalid JSON: missing ',' before this member" },
	{ "[1 2]", "t.json:1:4: invalid JSON: missing ',' before this element" },
	{ "{\"a\" 1}", "t.json:1:6: invalid JSON: expected ':' after the "
	  "member name, found a number" },
	{ "{\"a\":NaN}", "t.json:1:6: invalid JSON: expected a value, found "
	  "'NaN' (JSON has no NaN: write null, or leave the member out)" },
	{ "{\"a\":tru}", "t.json:1:6: invalid JSON: expected a value, found "
	  "'tru' (strings need double quotes; true, false and null are the "
	  "only words)" },
	{ "{\"a\":1}}",
	  "t.json:1:8: invalid JSON: '}' after the end of the JSON value" },
	{ "{\"a\":1", "t.json:1:7: invalid JSON: expected ',' or '}', found the "
	  "end of the file" },
	{ "{a:1}", "t.json:1:2: invalid JSON: expected a member name in double "
	  "quotes, found 'a'" },
	{ "[1,,2]", "t.json:1:4: invalid JSON: expected a value, found ','" },
	{ "{\"a\":1e}", "t.json:1:6: invalid JSON: bad number '1e'" },
	{ "{\"a\":\"\\u12\"}", "t.json:1:7: invalid JSON: bad escape: \\u "
	  "needs four hex digits" },
	{ "{\"a\":\"open", "t.json:1:6: invalid JSON: unterminated string" },
	/* Columns count characters: 测试 is two, not six bytes. */
	{ "{\"标题\":\"测试\",\"x\":NaN}", "t.json:1:16: invalid JSON: expected a "
	  "value, found 'NaN' (JSON has no NaN: write null, or leave the "
	  "member out)" },
	{ "\xef\xbb\xbf{\"a\":[1,2]}", NULL },
};

static void
test_json_errors(void)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(jsons); i++) {
		struct util_json	 js;
		GError			*error = NULL;
		bool			 ok;

		g_test_message("json: %s", jsons[i].json);
		ok = util_json_load(&js, "t.json", jsons[i].json, -1, &error);
		if (jsons[i].error == NULL) {
			g_assert_no_error(error);
			g_assert_true(ok);
		} else {
			g_assert_false(ok);
			g_assert_cmpstr(error->message, ==, jsons[i].error);
			g_error_free(error);
		}
		util_json_release(&js);
	}
}

/* Errors about a value place it in characters: 2:8, not 2:10 (bytes). */
static void
test_json_columns(void)
{
	static const char	 text[] = "{\"标题\":\"测试\",\n \"值\":\"x\"}";
	struct util_json	 js;
	GError			*error = NULL;
	JsonObject		*o;

	g_assert_true(util_json_load(&js, "t.json", text, -1, &error));
	o = json_node_get_object(util_json_root(&js));
	util_json_error(&js, &error, SHUTU_ERROR_SPEC,
	    json_object_get_member(o, "值"), "bad");
	g_assert_cmpstr(error->message, ==, "t.json:2:8: bad");
	g_error_free(error);
	util_json_release(&js);
}

int
main(int argc, char *argv[])
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/util/sniff", test_sniff);
	g_test_add_func("/util/sniff-encodings", test_sniff_encodings);
	g_test_add_func("/util/sniff-names", test_sniff_names);
	g_test_add_func("/util/json-errors", test_json_errors);
	g_test_add_func("/util/json-columns", test_json_columns);
	return g_test_run();
}
