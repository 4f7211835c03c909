/* SPDX-License-Identifier: MIT */
/* An article's title: the gallery's heading and the index of articles. */
#include <string.h>

#include "util.h"

/* Lines that are furniture, never a title: datelines, bylines. */
static bool
furniture_line(const char *l)
{
	static const char *const starts[] = {
		"——", "—", "(", "（", "来源", "发布时间", "发布日期", "时间：",
		"时间:", "作者", "编辑", "记者", "原标题", "各位代表", "日期",
		"信息来源", "文章来源", "责任编辑", "文/", "文｜", "文|", "图/",
		"撰文", "摄影",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(starts); i++)
		if (g_str_has_prefix(l, starts[i]))
			return true;
	/* 第四次会议上: a dateline's second line; 永委[2017]54号: a file's */
	if (g_str_has_suffix(l, "会议上") || g_str_has_suffix(l, "会上") ||
	    (g_str_has_suffix(l, "号") && (strchr(l, '[') != NULL ||
	    strstr(l, "〔") != NULL)))
		return true;
	/* 深圳商报·读创客户端记者 陈燕青: a byline */
	if (g_utf8_strlen(l, -1) <= 30 && (strstr(l, "记者") != NULL ||
	    strstr(l, "通讯员") != NULL || strstr(l, "客户端") != NULL))
		return true;
	/* 区 长 魏振东: a name spaced out */
	return strstr(l, " ") != NULL && g_utf8_strlen(l, -1) <= 12;
}

/*
 * 政 府 工 作 报 告: a title spaced out, a character at a time; made
 * whole in place.  (区 长 魏振东 is a byline: not one character each.)
 */
static bool
spaced_title(char *l)
{
	char	*p, *q;
	size_t	 n = 0;

	for (p = l; *p != '\0'; ) {
		p = g_utf8_next_char(p);
		n++;
		if (*p == '\0')
			break;
		if (*p != ' ')
			return false;
		while (*p == ' ')
			p++;
	}
	if (n < 4 || strchr(l, ' ') == NULL)
		return false;
	for (p = q = l; *p != '\0'; p++)
		if (*p != ' ')
			*q++ = *p;
	*q = '\0';
	return true;
}

/*
 * 城中区第七次全国人口普查公报[1](第四号): a footnote's mark and a
 * bulletin's number after the title are no part of it; cut in place.
 */
static void
drop_notes(char *t)
{
	size_t	 n;
	char	*p;

	for (;;) {
		n = strlen(t);
		if (n > 2 && t[n - 1] == ']' && (p = strrchr(t, '[')) != NULL &&
		    p > t && strspn(p + 1, "0123456789") == (size_t)(t + n - 1 -
		    p - 1) && p + 1 < t + n - 1)
			*p = '\0';
		else if (n > 2 && (g_str_has_suffix(t, "号)") ||
		    g_str_has_suffix(t, "号）")) && ((p = strrchr(t, '(')) !=
		    NULL || (p = g_strrstr(t, "（")) != NULL) && p > t &&
		    g_str_has_prefix(p + (*p == '(' ? 1 : strlen("（")), "第"))
			*p = '\0';
		else
			break;
	}
	g_strchomp(t);
}

/*
 * The first heading, or a short first line that is no furniture (a
 * dateline, a byline, a file number); NULL when the article has none.
 */
char *
util_title(const char *text)
{
	char	**lines = g_strsplit(text, "\n", 40), *out = NULL;
	size_t	 i;

	for (i = 0; lines[i] != NULL && out == NULL; i++) {
		char	*l = g_strstrip(lines[i]);

		if (*l == '\0')
			continue;
		if (g_str_has_prefix(l, "#")) {
			while (*l == '#' || *l == ' ')
				l++;
			out = g_strdup(l);
		} else if (spaced_title(l))
			out = g_strdup(l);	/* 政 府 工 作 报 告, compacted */
		else if (furniture_line(l))
			continue;
		else if (g_utf8_strlen(l, -1) <= 40 &&
		    !g_str_has_suffix(l, "。") && !g_str_has_suffix(l, "：") &&
		    !g_str_has_suffix(l, ":"))
			out = g_strdup(l);
		else
			break;
	}
	g_strfreev(lines);
	if (out != NULL)
		drop_notes(out);
	return out;
}
