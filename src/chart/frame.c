/* SPDX-License-Identifier: MIT */
/* Publication furniture: figure number, title, subtitle, note, source. */
#include <string.h>

#include "chart.h"
#include "font/font.h"

static PangoLayout *
line(const char *text, const char *family, double size, int weight,
    double width, int lines, GError **error)
{
	struct text_style	 st = {
		.family = family, .size = size, .weight = weight,
		.align = PANGO_ALIGN_LEFT, .max_lines = lines, .balance = true,
	};

	return text_make(text, &st, width, error);
}

bool
frame_make(struct frame *f, const struct spec *s, const struct theme *t,
    double width, const char *subtitle, const char *note, GError **error)
{
	double	 w = width - 2 * CHART_MARGIN, h;
	char	*title, *source = NULL, *joined = NULL;

	memset(f, 0, sizeof *f);
	/* 图题: number and title parted by a full-width space. */
	title = s->figure != NULL ? g_strconcat(s->figure, "\u3000", s->title,
	    NULL) : g_strdup(s->title);
	f->title = line(title, t->font_title, t->title_size, t->title_weight,
	    w, 3, error);
	g_free(title);
	if (f->title == NULL)
		return false;
	f->header_h = CHART_MARGIN + 6;
	text_size(f->title, NULL, &h);
	f->header_h += h;
	if (subtitle == NULL)
		subtitle = s->subtitle;
	if (subtitle != NULL && *subtitle != '\0') {
		if ((f->subtitle = line(subtitle, t->font_body,
		    t->subtitle_size, PANGO_WEIGHT_NORMAL, w, 2, error)) ==
		    NULL)
			return false;
		text_size(f->subtitle, NULL, &h);
		f->header_h += 4 + h;
	}
	f->header_h += 14;

	f->footer_h = CHART_MARGIN;
	if (note != NULL && s->note != NULL && *s->note != '\0') {
		/* The spec's note first, then the chart's own. */
		const char *own = g_str_has_prefix(note, "注：") ?
		    note + strlen("注：") : note;

		joined = g_strconcat(s->note, own, NULL);
		note = joined;
	} else if (note == NULL)
		note = s->note;
	if (note != NULL && *note != '\0') {
		char *n = g_str_has_prefix(note, "注") ? g_strdup(note) :
		    g_strconcat("注：", note, NULL);

		f->note = line(n, t->font_body, t->note_size,
		    PANGO_WEIGHT_NORMAL, w, 4, error);
		g_free(n);
		g_free(joined);
		joined = NULL;
		if (f->note == NULL)
			return false;
		text_size(f->note, NULL, &h);
		f->footer_h += h + 4;
	}
	if (s->source != NULL && *s->source != '\0') {
		/* "数据来源：…" unless the spec already says where from. */
		if (strstr(s->source, "来源") == NULL)
			source = g_strconcat(t->source_prefix, s->source, NULL);
		f->source = line(source != NULL ? source : s->source,
		    t->font_body, t->note_size, PANGO_WEIGHT_NORMAL, w, 2,
		    error);
		g_free(source);
		if (f->source == NULL)
			return false;
		text_size(f->source, NULL, &h);
		f->footer_h += h + 4;
	}
	f->footer_h += 8;
	return true;
}

double
frame_place_header(struct layout *l, struct frame *f, const struct theme *t)
{
	double		 y = CHART_MARGIN, h;
	struct box	*b;

	/* An accent mark above the title, as newsrooms and 党政 pages do. */
	if (t->accent_mark)
		layout_rect(l, "accent", CHART_MARGIN, y - 6, 28, 3,
		    t->accent);
	b = layout_text_take(l, "title", f->title, CHART_MARGIN, y);
	b->fill = t->text;
	f->title = NULL;
	text_size(b->layout, NULL, &h);
	y += h;
	if (f->subtitle != NULL) {
		y += 4;
		b = layout_text_take(l, "subtitle", f->subtitle, CHART_MARGIN,
		    y);
		b->fill = t->muted;
		text_size(b->layout, NULL, &h);
		f->subtitle = NULL;
		y += h;
	}
	/* A rule across under the header, in the middle of the gap. */
	if (t->title_rule)
		layout_line(l, "rule", CHART_MARGIN, y + 7, l->width -
		    CHART_MARGIN, y + 7, t->axis, 0.75);
	return y + 14;
}

void
frame_place_footer(struct layout *l, struct frame *f, const struct theme *t)
{
	double		 y = l->height - f->footer_h + 8, h;
	struct box	*b;

	/* A hairline above the footer, where there is one. */
	if (t->footer_rule && (f->note != NULL || f->source != NULL))
		layout_line(l, "rule", CHART_MARGIN, y - 4, l->width -
		    CHART_MARGIN, y - 4, t->axis, 0.5);

	if (f->note != NULL) {
		b = layout_text_take(l, "note", f->note, CHART_MARGIN, y);
		b->fill = t->muted;
		text_size(b->layout, NULL, &h);
		f->note = NULL;
		y += h + 4;
	}
	if (f->source != NULL) {
		b = layout_text_take(l, "source", f->source, CHART_MARGIN, y);
		b->fill = t->muted;
		f->source = NULL;
	}
}

void
frame_release(struct frame *f)
{
	g_clear_object(&f->title);
	g_clear_object(&f->subtitle);
	g_clear_object(&f->note);
	g_clear_object(&f->source);
}

struct layout *
chart_canvas(const struct spec *s, const struct theme *t, double height)
{
	struct layout	*l;
	double		 w = s->size.width_pt > 0 ? s->size.width_pt :
			    CHART_WIDTH;

	l = layout_new(w, s->size.fixed_height ? s->size.height_pt : height,
	    s->size.dpi > 0 ? s->size.dpi : 96);
	l->background = t->background;
	l->title = g_strdup(s->title);
	l->source = g_strdup(s->source);
	return l;
}

char *
chart_approx_note(const enum shutu_approx *seen, size_t n, bool mixed,
    bool range, bool percent, const char *how)
{
	/* The marks as the labels write them: 300余, but 超30%. */
	const char *const words[] = {
		[SHUTU_APPROX_OVER] = percent ? "“超”" : "“余”",
		[SHUTU_APPROX_UNDER] = "“不到”",
		[SHUTU_APPROX_ABOUT] = "“约”",
	};
	bool	 used[4] = { false };
	GString	*s;
	size_t	 i, k = 0;

	for (i = 0; i < n; i++)
		used[seen[i]] = true;
	/* Only a chart that mixes exact and approximate values needs it. */
	if ((!mixed || !(used[1] || used[2] || used[3])) && !range)
		return NULL;
	s = g_string_new("注：");
	for (i = 1; i < 4 && mixed; i++)
		if (used[i])
			g_string_append_printf(s, "%s%s", k++ ? "" : "带",
			    words[i]);
	if (k > 0)
		g_string_append(s, "的数值为约数");
	if (range)
		g_string_append_printf(s, "%s“～”为数值范围", k ? "，" : "");
	if (how == NULL) {
		bool fade = used[1] || used[2], hatch = used[3] || range;

		how = fade && hatch ? "条形的渐隐或斜纹部分表示其不确定" :
		    fade ? "条形的渐隐部分表示其不确定" :
		    "条形的斜纹部分表示其不确定";
	}
	g_string_append_printf(s, "；%s。", how);
	return g_string_free(s, FALSE);
}
