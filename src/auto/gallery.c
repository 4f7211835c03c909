/* SPDX-License-Identifier: MIT */
/*
 * index.html: an offline gallery of an article's charts.  Each chart
 * shows with its alt text and links to every format and its spec; under
 * it, every number drawn with the sentence it came from (provenance).
 * Everything from the article is escaped; nothing comes from the network.
 */
#include <string.h>

#include "auto.h"
#include "util/util.h"

static void
esc(GString *s, const char *text)
{
	char	*e = g_markup_escape_text(text != NULL ? text : "", -1);

	g_string_append(s, e);
	g_free(e);
}

/* The sentence with the fact's own words marked. */
static void
sentence(GString *s, const struct shutu_fact *f)
{
	const char	*sen = f->sentence, *at;

	if (sen == NULL || f->text == NULL ||
	    (at = strstr(sen, f->text)) == NULL) {
		esc(s, sen);
		return;
	}
	{
		char	*pre = g_strndup(sen, at - sen);

		esc(s, pre);
		g_free(pre);
	}
	g_string_append(s, "<mark>");
	esc(s, f->text);
	g_string_append(s, "</mark>");
	esc(s, at + strlen(f->text));
}

static const char style[] =
	"body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\","
	"sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;"
	"color:#1a1a1a;line-height:1.6}"
	"h1{font-size:1.6rem}figure{margin:2rem 0;padding:1rem;"
	"border:1px solid #ddd;border-radius:6px}"
	"figure img{max-width:100%;height:auto;display:block}"
	"figcaption{margin-top:.6rem;color:#444}"
	".links a{margin-right:1rem}.error{color:#b00020}"
	"details{margin-top:.6rem}summary{cursor:pointer;color:#1f5f99}"
	"mark{background:#fff3c4}table{border-collapse:collapse;"
	"font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.2rem "
	".6rem;text-align:left}td.n{text-align:right;white-space:nowrap}"
	".broken{outline:3px solid #b00020}";

/* Marks images that did not load, so a broken gallery is seen at once. */
static const char script[] =
	"window.addEventListener('load',function(){var bad=0,n=0;"
	"document.querySelectorAll('figure img').forEach(function(i){n++;"
	"if(!i.complete||i.naturalWidth===0){bad++;"
	"i.classList.add('broken');}});"
	"document.body.setAttribute('data-images',n+' loaded '+(n-bad));});";

bool
gallery_write(const char *dir, const char *title, const char *article,
    const struct shutu_facts *facts, const struct gallery_chart *charts,
    size_t n, GError **error)
{
	GString	*s = g_string_new(NULL);
	char	*path;
	size_t	 i, j;
	bool	 ok;

	g_string_append(s, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"shutu " SHUTU_VERSION "\">\n"
	    "<title>");
	esc(s, title);
	g_string_append_printf(s, "</title>\n<style>%s</style>\n"
	    "<script>%s</script>\n</head>\n<body>\n<h1>", style, script);
	esc(s, title);
	g_string_append(s, "</h1>\n<p>来源文章：<a href=\"");
	esc(s, article);
	g_string_append(s, "\">");
	esc(s, article);
	g_string_append_printf(s, "</a>　·　<a href=\"facts.json\">"
	    "facts.json</a>（%zu 条事实）</p>\n", shutu_facts_count(facts));
	for (i = 0; i < n; i++) {
		const struct gallery_chart	*g = &charts[i];
		const char			*name = g->chart->name;
		static const char *const fmts[] = {
			[SHUTU_FORMAT_PNG] = "png", [SHUTU_FORMAT_SVG] = "svg",
			[SHUTU_FORMAT_PDF] = "pdf", [SHUTU_FORMAT_JPEG] = "jpg",
		};
		static const char *const shown[] = {
			[SHUTU_FORMAT_PNG] = "PNG", [SHUTU_FORMAT_SVG] = "SVG",
			[SHUTU_FORMAT_PDF] = "PDF", [SHUTU_FORMAT_JPEG] = "JPEG",
		};

		g_string_append_printf(s, "<figure id=\"%s\">\n", name);
		if (g->error != NULL) {
			g_string_append(s, "<p class=\"error\">未能绘制：");
			esc(s, g->error);
			g_string_append(s, "</p>\n");
		} else {
			g_string_append_printf(s, "<img src=\"charts/%s.png\" "
			    "alt=\"", name);
			esc(s, g->alt);
			g_string_append(s, "\">\n");
		}
		g_string_append(s, "<figcaption><strong>");
		esc(s, g->chart->title);
		g_string_append(s, "</strong><br>");
		esc(s, g->alt);
		g_string_append(s, "<br><span class=\"links\">");
		for (j = 0; j < G_N_ELEMENTS(fmts); j++)
			if (g->formats & (1u << j))
				g_string_append_printf(s, "<a href=\"charts/"
				    "%s.%s\">%s</a>", name, fmts[j], shown[j]);
		/* For Word and WPS: sharp in print, placed at the same size. */
		if (g->has_2x)
			g_string_append_printf(s, "<a href=\"charts/%s@2x.png\" "
			    "download title=\"两倍像素，插入 Word/WPS 后尺寸"
			    "不变、打印清晰\">PNG 2×（Word/WPS）</a>", name);
		g_string_append_printf(s, "<a href=\"specs/%s.json\">"
		    "图表规格（可编辑）</a></span></figcaption>\n", name);
		g_string_append_printf(s, "<details><summary>数字来源（%u 项）"
		    "</summary>\n<table>\n<tr><th>数字</th><th>含义</th>"
		    "<th>原文</th></tr>\n", g->chart->facts->len);
		for (j = 0; j < g->chart->facts->len; j++) {
			const struct shutu_fact *f =
			    g_ptr_array_index(g->chart->facts, j);

			g_string_append(s, "<tr><td class=\"n\">");
			esc(s, f->text);
			g_string_append(s, "</td><td>");
			esc(s, f->kind == SHUTU_FACT_DATE ? f->event :
			    f->label);
			g_string_append(s, "</td><td>");
			sentence(s, f);
			g_string_append(s, "</td></tr>\n");
		}
		g_string_append(s, "</table></details>\n</figure>\n");
	}
	g_string_append(s, "<p><small>由 shutu " SHUTU_VERSION " 生成。"
	    "</small></p>\n</body>\n</html>\n");
	path = g_build_filename(dir, "index.html", NULL);
	ok = util_write_file(path, s->str, s->len, error);
	g_free(path);
	g_string_free(s, TRUE);
	return ok;
}
