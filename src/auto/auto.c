/* SPDX-License-Identifier: MIT */
/* shutu_auto(): article -> facts -> chosen specs -> files -> gallery. */
#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "auto.h"
#include "util/util.h"

static bool
mkdirs(const char *dir, GError **error)
{
	if (g_mkdir_with_parents(dir, 0777) == 0)
		return true;
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_OUTPUT,
	    "%s: cannot make the folder: %s", dir, g_strerror(errno));
	return false;
}

/*
 * Twice the pixels at twice the density: the same size on a Word or WPS
 * page, sharp when printed or zoomed.  NAME@2x.png, as the web names it.
 */
static bool
render_2x(struct shutu_chart *c, const char *dir, const char *name,
    const struct shutu_render_options *ro, GError **error)
{
	struct shutu_render_options	 two = *ro;
	char				*out;
	bool				 ok;

	two.scale = 2 * (ro->scale > 0 ? ro->scale : 1);
	if (two.scale > 8)
		two.scale = 8;
	two.theme = NULL;	/* applied already */
	out = g_strdup_printf("%s/charts/%s@2x.png", dir, name);
	ok = shutu_chart_set_options(c, &two, error) &&
	    shutu_chart_render_file(c, SHUTU_FORMAT_PNG, out, error);
	g_free(out);
	return ok;
}

/* Spec, formats and alt text of one chart; "g" says how it went. */
static void
render_chart(const char *dir, const struct plan_chart *pc,
    unsigned int formats, const struct shutu_auto_options *opt,
    struct gallery_chart *g)
{
	struct shutu_chart	*c = NULL;
	GError			*error = NULL;
	char			*spec, *out, *txt;
	int			 f;

	g->chart = pc;
	spec = g_strdup_printf("%s/specs/%s.json", dir, pc->name);
	if (!util_write_file(spec, pc->json, strlen(pc->json), &error) ||
	    (c = shutu_chart_parse(pc->json, -1, spec, &error)) == NULL ||
	    (opt != NULL && !shutu_chart_set_options(c, &opt->render,
	    &error)) ||
	    (g->alt = shutu_chart_alt_text(c, &error)) == NULL)
		goto out;
	for (f = 0; f < SHUTU_FORMAT__COUNT; f++) {
		if (!(formats & (1u << f)))
			continue;
		out = g_strdup_printf("%s/charts/%s.%s", dir, pc->name,
		    shutu_format_suffix(f));
		if (!shutu_chart_render_file(c, f, out, &error)) {
			g_free(out);
			goto out;
		}
		g->formats |= 1u << f;
		g_free(out);
	}
	if ((formats & (1u << SHUTU_FORMAT_PNG)) &&
	    (opt == NULL || !opt->no_2x)) {
		if (!render_2x(c, dir, pc->name, opt != NULL ? &opt->render :
		    &(struct shutu_render_options){ 0 }, &error))
			goto out;
		g->has_2x = true;
	}
	out = g_strdup_printf("%s/charts/%s.txt", dir, pc->name);
	txt = g_strconcat(g->alt, "\n", NULL);
	util_write_file(out, txt, strlen(txt), &error);
	g_free(txt);
	g_free(out);
out:
	if (error != NULL) {
		g->error = g_strdup(error->message);
		g_error_free(error);
	}
	shutu_chart_free(c);
	g_free(spec);
}

bool
shutu_auto(const char *article, const char *dir,
    const struct shutu_auto_options *opt, GError **error)
{
	struct shutu_facts	*facts = NULL;
	struct gallery_chart	*g = NULL;
	struct util_sniff	 sn;
	GPtrArray		*plan = NULL;
	GString			*failed = NULL;
	char			*text = NULL, *title = NULL, *json = NULL;
	char			*path = NULL, *sub = NULL, *source = NULL;
	size_t			 len, i;
	unsigned int		 formats = opt != NULL && opt->formats != 0 ?
				    opt->formats : SHUTU_FORMATS_DEFAULT;
	bool			 ok = false;

	/* Checked here, so that a bad byte is placed in the article's name. */
	if (!util_read_file(article, &text, &len, error) ||
	    !util_sniff_input(strcmp(article, "-") == 0 ? "<stdin>" : article,
	    text, len, &sn, error))
		goto out;
	/* A byte order mark is no part of the article. */
	memmove(text, text + sn.bom, len - sn.bom + 1);
	len -= sn.bom;
	if ((facts = shutu_facts_extract(text, len, opt != NULL ? opt->year :
	    0, error)) == NULL) {
		g_prefix_error(error, "%s: ", article);
		goto out;
	}
	shutu_facts_set_source(facts, article);
	sub = g_build_filename(dir, "specs", NULL);
	if (!mkdirs(sub, error))
		goto out;
	g_free(sub);
	sub = g_build_filename(dir, "charts", NULL);
	if (!mkdirs(sub, error))
		goto out;
	/* The article itself, so that the gallery is complete offline. */
	path = g_build_filename(dir, "article.txt", NULL);
	if (!util_write_file(path, text, len, error))
		goto out;
	g_free(path);
	json = shutu_facts_to_json(facts);
	path = g_build_filename(dir, "facts.json", NULL);
	if (!util_write_file(path, json, strlen(json), error))
		goto out;
	/* Re-read from the file, as an edited spec would: what you see. */
	shutu_facts_free(facts);
	if ((facts = shutu_facts_load_json(path, error)) == NULL)
		goto out;

	title = util_title(text);
	source = plan_source(text);
	plan = plan_charts(facts, "../facts.json", title, source);
	g = g_new0(struct gallery_chart, plan->len);
	for (i = 0; i < plan->len; i++) {
		render_chart(dir, g_ptr_array_index(plan, i), formats, opt,
		    &g[i]);
		if (g[i].error != NULL) {
			if (failed == NULL)
				failed = g_string_new(NULL);
			g_string_append_printf(failed, "%s%s", failed->len ?
			    "; " : "", g[i].error);
		}
	}
	/* No title line: the first chart's, never the file's path */
	if (!gallery_write(dir, title != NULL ? title : plan->len > 0 ?
	    ((const struct plan_chart *)g_ptr_array_index(plan, 0))->title :
	    "文章图表", "article.txt", facts, g, plan->len, error))
		goto out;
	if (failed != NULL) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_RENDER,
		    "%s: %s", article, failed->str);
		goto out;
	}
	ok = true;
out:
	for (i = 0; g != NULL && i < plan->len; i++) {
		g_free(g[i].alt);
		g_free(g[i].error);
	}
	g_free(g);
	if (plan != NULL)
		g_ptr_array_unref(plan);
	if (failed != NULL)
		g_string_free(failed, TRUE);
	shutu_facts_free(facts);
	g_free(text);
	g_free(title);
	g_free(source);
	g_free(json);
	g_free(path);
	g_free(sub);
	return ok;
}
