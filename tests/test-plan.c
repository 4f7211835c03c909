/* SPDX-License-Identifier: MIT */
/*
 * The charts `shutu auto` chooses: bar charts compare like with like.  A
 * level (粮食产量 41.26万吨) never shares a chart with a change (粮食产量
 * 增长 2.1%), nor a rise with a fall.
 */
#include <stdbool.h>
#include <string.h>

#include "auto/auto.h"
#include "shutu.h"
#include "testutil.h"

static const char article[] =
    "嵩阳县2019年统计公报\n"
    "全年地区生产总值增长7.2%，规模以上工业增加值增长8.1%，"
    "固定资产投资增长9.6%，社会消费品零售总额增长10.3%。\n"
    "全年猪肉产量下降15.3%，禽蛋产量下降2.6%，油料产量下降1.9%。\n"
    "城镇化率达到54.7%，污水集中处理率为96.3%，"
    "垃圾无害化处理率达到100%，义务教育巩固率为96.8%。\n";

enum	kind {
	LEVEL,
	RISE,
	FALL,
};

static enum kind
kind_of(const char *label)
{
	if (g_str_has_suffix(label, "增速") || g_str_has_suffix(label, "增长"))
		return RISE;
	if (g_str_has_suffix(label, "降幅") || g_str_has_suffix(label, "下降"))
		return FALL;
	return LEVEL;
}

static void
test_like_with_like(void)
{
	GError			*error = NULL;
	struct shutu_facts	*facts;
	GPtrArray		*charts;
	size_t			 i, j, bars = 0, changes = 0;

	facts = shutu_facts_extract(article, strlen(article), 2020, &error);
	g_assert_no_error(error);
	charts = plan_charts(facts, "facts.json", "统计公报");
	for (i = 0; i < charts->len; i++) {
		const struct plan_chart	*c = g_ptr_array_index(charts, i);
		const struct shutu_fact	*first;

		if (!g_str_has_prefix(c->name, "bar"))
			continue;
		bars++;
		first = g_ptr_array_index(c->facts, 0);
		g_test_message("%s: %s", c->name, c->title);
		for (j = 0; j < c->facts->len; j++) {
			const struct shutu_fact	*f = g_ptr_array_index(c->facts,
						    j);

			g_test_message("  %s %g", f->label, f->value);
			g_assert_cmpint(kind_of(f->label), ==,
			    kind_of(first->label));
		}
		if (kind_of(first->label) == RISE) {
			g_assert_nonnull(strstr(c->title, "增速"));
			changes++;
		}
		if (kind_of(first->label) == FALL) {
			g_assert_nonnull(strstr(c->title, "降幅"));
			changes++;
		}
	}
	/* Growth, decline and levels: three comparisons, each its own. */
	g_assert_cmpuint(bars, ==, 3);
	g_assert_cmpuint(changes, ==, 2);
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/*
 * A timeline shows events: not the headline's 上半年 (what the article
 * is about), not 截至6月底 (the date a figure stands at), not 比5月份 (the
 * date a figure is compared with).
 */
static void
test_timeline_events(void)
{
	static const char	 text[] =
	    "# 智造集团上半年营收逆势增长\n"
	    "2月10日，集团分批次有序复工。3月，集团产能恢复到正常水平。"
	    "截至6月底，集团累计完成营业收入41.3亿元，比5月份增长两成。"
	    "7月15日，集团召开半年工作总结会。\n";
	GError			*error = NULL;
	struct shutu_facts	*facts;
	GPtrArray		*charts;
	const struct plan_chart	*tl = NULL;
	size_t			 i;

	facts = shutu_facts_extract(text, strlen(text), 2020, &error);
	g_assert_no_error(error);
	charts = plan_charts(facts, "facts.json", "智造集团上半年营收逆势增长");
	for (i = 0; i < charts->len; i++)
		if (strcmp(((const struct plan_chart *)g_ptr_array_index(charts,
		    i))->name, "timeline") == 0)
			tl = g_ptr_array_index(charts, i);
	g_assert_nonnull(tl);
	g_assert_cmpuint(tl->facts->len, ==, 3);	/* 2月10日 3月 7月15日 */
	for (i = 0; i < tl->facts->len; i++) {
		const struct shutu_fact	*f = g_ptr_array_index(tl->facts, i);

		g_assert_cmpstr(f->text, !=, "上半年");
		g_assert_cmpstr(f->text, !=, "6月");
	}
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/* The infographic's bar chart only for cards of one unit and one scale. */
static void
test_infographic_bar(void)
{
	static const struct {
		const char	*text;
		bool		 bar;
	} cases[] = {
		{ "# 杏园街道\n杏园街道有志愿者300人，党员120人，干部80人。", true },
		/* 5.8万人 beside 8人: the 8 would be no bar at all */
		{ "# 杏园街道\n杏园街道常住人口5.8万人，社区工作人员17人，"
		    "医护人员8人。", false },
	};
	size_t	 i, j;

	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		GError			*error = NULL;
		struct shutu_facts	*facts;
		GPtrArray		*charts;
		const struct plan_chart	*ig = NULL;

		facts = shutu_facts_extract(cases[i].text,
		    strlen(cases[i].text), 2020, &error);
		g_assert_no_error(error);
		charts = plan_charts(facts, "facts.json", "杏园街道");
		for (j = 0; j < charts->len; j++)
			if (strcmp(((const struct plan_chart *)
			    g_ptr_array_index(charts, j))->name,
			    "infographic") == 0)
				ig = g_ptr_array_index(charts, j);
		g_assert_nonnull(ig);
		g_assert_true((strstr(ig->json, "\"bar\"") != NULL) ==
		    cases[i].bar);
		g_ptr_array_free(charts, TRUE);
		shutu_facts_free(facts);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/plan/like-with-like", test_like_with_like);
	g_test_add_func("/plan/timeline-events", test_timeline_events);
	g_test_add_func("/plan/infographic-bar", test_infographic_bar);
	return g_test_run();
}
