/* SPDX-License-Identifier: MIT */
/*
 * The charts `shutu auto` chooses: from series, never from loose facts
 * that only share a unit; a fact in one chart at most; titles that say
 * the takeaway, never a template, never a word twice; the source the
 * article names; the article's scale and digits; timelines of events,
 * never of statistics periods or comparison bases.
 */
#include <stdbool.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "auto/auto.h"
#include "util/util.h"
#include "shutu.h"
#include "testutil.h"

static GPtrArray *
plan_text(const char *text, int year, const char *title,
    struct shutu_facts **facts)
{
	GError	*error = NULL;
	char	*src = plan_source(text);
	GPtrArray *charts;

	*facts = shutu_facts_extract(text, strlen(text), year, &error);
	g_assert_no_error(error);
	charts = plan_charts(*facts, "facts.json", title, src);
	g_free(src);
	return charts;
}

static const struct plan_chart *
find(GPtrArray *charts, const char *prefix)
{
	size_t	 i;

	for (i = 0; i < charts->len; i++)
		if (g_str_has_prefix(((const struct plan_chart *)
		    g_ptr_array_index(charts, i))->name, prefix))
			return g_ptr_array_index(charts, i);
	return NULL;
}

static size_t
count(GPtrArray *charts, const char *prefix)
{
	size_t	 i, n = 0;

	for (i = 0; i < charts->len; i++)
		n += g_str_has_prefix(((const struct plan_chart *)
		    g_ptr_array_index(charts, i))->name, prefix);
	return n;
}

/* The spec of a chart, parsed, and one of its members. */
static JsonObject *
spec_of(const struct plan_chart *c, JsonParser **owner)
{
	GError	*error = NULL;

	*owner = json_parser_new();
	g_assert_true(json_parser_load_from_data(*owner, c->json, -1, &error));
	g_assert_no_error(error);
	return json_node_get_object(json_parser_get_root(*owner));
}

/*
 * Like with like: four growth rates of four different measures are
 * loose facts (no chart); three falls of 产量 are one series (a chart,
 * its falls below zero); four rates of four measures are loose again.
 */
static void
test_series_not_loose(void)
{
	static const char	 text[] =
	    "嵩阳县2019年统计公报\n"
	    "全年地区生产总值增长7.2%，规模以上工业增加值增长8.1%，"
	    "固定资产投资增长9.6%，社会消费品零售总额增长10.3%。\n"
	    "全年猪肉产量下降15.3%，禽蛋产量下降2.6%，油料产量下降1.9%。\n"
	    "城镇化率达到54.7%，污水集中处理率为96.3%，"
	    "垃圾无害化处理率达到100%，义务教育巩固率为96.8%。\n";
	struct shutu_facts	*facts;
	GPtrArray		*charts = plan_text(text, 2020, "统计公报",
				    &facts);
	const struct plan_chart	*bar;
	size_t			 i;

	g_assert_cmpuint(count(charts, "bar"), ==, 1);
	bar = find(charts, "bar");
	g_test_message("%s", bar->title);
	g_assert_cmpuint(bar->facts->len, ==, 3);
	for (i = 0; i < bar->facts->len; i++) {
		const struct shutu_fact *f = g_ptr_array_index(bar->facts, i);

		g_assert_cmpint(f->role, ==, SHUTU_ROLE_CHANGE);
		g_assert_nonnull(strstr(f->label, "产量"));
	}
	/* Falls are drawn below zero: the spec's values are negative */
	g_assert_nonnull(strstr(bar->json, "-15.3"));
	g_assert_nonnull(strstr(bar->title, "下降"));
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/*
 * A timeline shows events: not the headline's 上半年 (what the article
 * is about), not 截至6月底 (the date a figure stands at), not 比5月份 (the
 * date a figure is compared with), not 1—5月 or 5月份 of figures.
 */
static void
test_timeline_events(void)
{
	static const char	 text[] =
	    "# 智造集团上半年营收逆势增长\n"
	    "2月10日，集团分批次有序复工。3月，集团产能恢复到正常水平。"
	    "截至6月底，集团累计完成营业收入41.3亿元，比5月份增长两成。"
	    "7月15日，集团召开半年工作总结会。\n";
	static const char	 periods[] =
	    "江苏经济运行简况\n"
	    "1—5月全省规模以上工业增加值同比增长8.8%。5月份，全省规上工业"
	    "增加值增长9.6%。1—4月，全省规模以上服务业营业收入同比增长10%，"
	    "增速比1—3月加快0.5个百分点。6月份，社会消费品零售总额增长12.3%。"
	    "6月25日，江苏省统计局公布1—5月全省经济运行简况。\n";
	static const char	 history[] =
	    "园区企业成长记\n"
	    "湖北日报10月19日讯 2016年5月30日，力神电池与红安县签订协议。"
	    "生产线8月份试投产。斯曼公司2014年7月开工，2015年7月投产。"
	    "2016年，园区新增落户企业14家。\n";
	struct shutu_facts	*facts;
	GPtrArray		*charts;
	const struct plan_chart	*tl;
	size_t			 i;

	charts = plan_text(text, 2020, "智造集团上半年营收逆势增长", &facts);
	tl = find(charts, "timeline");
	g_assert_nonnull(tl);
	g_assert_cmpuint(tl->facts->len, ==, 3);	/* 2月10日 3月 7月15日 */
	for (i = 0; i < tl->facts->len; i++) {
		const struct shutu_fact	*f = g_ptr_array_index(tl->facts, i);

		g_assert_cmpstr(f->text, !=, "上半年");
		g_assert_cmpstr(f->text, !=, "6月");
	}
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);

	/* Periods of statistics: no timeline at all */
	charts = plan_text(periods, 2023, "江苏经济运行简况", &facts);
	g_assert_null(find(charts, "timeline"));
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);

	/*
	 * A story's past is on its timeline, in order, the years it spans
	 * in the title; its dateline (…讯) and its year alone are not
	 */
	charts = plan_text(history, 2016, "园区企业成长记", &facts);
	tl = find(charts, "timeline");
	g_assert_nonnull(tl);
	g_test_message("%s", tl->json);
	g_assert_nonnull(strstr(tl->json, "2014—2016年大事记"));
	g_assert_cmpuint(tl->facts->len, ==, 3);
	g_assert_cmpstr(((const struct shutu_fact *)g_ptr_array_index(
	    tl->facts, 0))->date, ==, "2014-07");
	for (i = 0; i < tl->facts->len; i++) {
		const struct shutu_fact	*f = g_ptr_array_index(tl->facts, i);

		g_assert_cmpstr(f->text, !=, "10月19日");
		g_assert_cmpstr(f->text, !=, "2016年");
	}
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/*
 * Cards that only share a unit are no comparison: the infographic never
 * embeds a bar chart of them, and no bar chart of them is made.
 */
static void
test_no_loose_bars(void)
{
	static const char *const texts[] = {
		"# 杏园街道\n杏园街道有志愿者300人，党员120人，干部80人。",
		"# 杏园街道\n杏园街道常住人口5.8万人，社区工作人员17人，"
		    "医护人员8人。",
		/* 原标题 100 / 推动 100 / 工作 3 */
		"原标题：推动100个项目落地\n推动100个项目开工，完成工作3项，"
		    "举办活动100场。",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(texts); i++) {
		struct shutu_facts	*facts;
		GPtrArray		*charts = plan_text(texts[i], 2020, NULL,
					    &facts);
		const struct plan_chart	*ig = find(charts, "infographic");
		size_t			 j;

		g_test_message("text %zu", i);
		g_assert_cmpuint(count(charts, "bar"), ==, 0);
		if (ig != NULL) {
			g_assert_null(strstr(ig->json, "\"bar\""));
			for (j = 0; j < ig->facts->len; j++)
				g_assert_cmpstr(((const struct shutu_fact *)
				    g_ptr_array_index(ig->facts, j))->label,
				    !=, "原标题");
		}
		g_ptr_array_free(charts, TRUE);
		shutu_facts_free(facts);
	}
}

/* The source line: the body the article names, else none. */
static void
test_source(void)
{
	static const struct {
		const char	*text;
		const char	*want;	/* NULL: no source line */
	} rows[] = {
		{ "据国家统计局统计，全国粮食产量6.95亿吨。", "国家统计局" },
		{ "根据WIND统计，上半年共有10家券商营收超百亿元。", "WIND" },
		{ "据龙岩市统计局最新数据发布:前三季度,全市GDP2523.31亿元。",
		    "龙岩市统计局" },
		{ "据国家统计局2月29日发布的《2023年统计公报》，全年国内出游48.9亿人次。",
		    "国家统计局" },
		{ "记者从国家统计局获悉，2019年，上述企业实现营业收入86624亿元。",
		    "国家统计局" },
		{ "11月11日，据国家统计局江西调查总队消息，CPI同比上涨0.2%。",
		    "国家统计局江西调查总队" },
		{ "6月25日，江苏省统计局公布1—5月全省经济运行简况。",
		    "江苏省统计局" },
		{ "全市生产总值999亿元。\n数据来源：嵩州市统计局\n",
		    "嵩州市统计局" },
		{ "志愿者近3000人\n来源:深圳特区报\n发布日期:2023-04-11\n",
		    "来源：深圳特区报" },
		{ "原标题：推动100个项目落地\n推动100个项目开工。", NULL },
		{ "数据均为初步统计数，存在总计与分项合计不等的情况。", NULL },
		{ "据了解，石井街道辖区现有注册义工2879名。", NULL },
		/* the office holding the press conference; a paper's report */
		{ "中新网成都7月23日电 23日，中国人民银行四川省分行召开第3季度新闻"
		    "发布会，通报上半年金融运行情况。", "中国人民银行四川省分行" },
		{ "中国甘肃网4月14日讯 据兰州晚报报道 4月13日，省政府新闻办召开"
		    "新闻发布会。", "兰州晚报" },
		{ "12日晚间，贵州茅台发布公告，上半年公司营业总收入910.94亿元。",
		    "贵州茅台公告" },
		{ "据报道，全市粮食产量39.4万吨。", NULL },
		/* a company's report the lead says it published */
		{ "8月22日，华光电子发布半年报，公司实现营业收入15.6亿元。",
		    "华光电子半年报" },
		{ "华光集团发布Q3财报:净利润4亿元\n11月24日,华光集团发布2020年"
		    "第三季度财报。财报显示,总收入72亿元。\n其中,手机收入47亿元。"
		    "根据Canalys统计,手机市场占有率上升至13.5%。",
		    "华光集团2020年第三季度财报" },
		{ "根据去年全年数据，浙江十大强县全部破千亿。", NULL },
	};
	GString	*body = g_string_new("全市经济运行总体平稳。\n");
	char	*s;
	size_t	 i;

	/* 据农委提供数据 deep in the body speaks for its own clause only */
	for (i = 0; i < 40; i++)
		g_string_append(body, "全市规模以上工业增加值同比增长5.1%。");
	g_string_append(body, "据农委提供数据，粮食产量39.4万吨。\n");
	s = plan_source(body->str);
	g_assert_null(s);
	g_string_free(body, TRUE);

	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		s = plan_source(rows[i].text);

		g_test_message("row %zu: %s", i, rows[i].text);
		g_assert_cmpstr(s, ==, rows[i].want);
		g_free(s);
	}
}

/* The title line: never a dateline, a byline, a file's number. */
static void
test_title(void)
{
	static const struct {
		const char	*text;
		const char	*want;
	} rows[] = {
		{ "# 石佛办事处：红色引擎聚合力\n正文。", "石佛办事处：红色引擎聚合力" },
		{ "——2023年4月26日在长治市潞州区第二届人民代表大会第三次会议上\n"
		    "区 长 魏振东\n各位代表:\n现在，我代表区人民政府向大会报告"
		    "工作，请予审议，并请区政协委员提出意见。", NULL },
		{ "政 府 工 作 报 告\n——2020年4月29日在塔坊镇第十四届人民代表"
		    "大会\n", "政府工作报告" },
		{ "深圳商报·读创客户端记者 陈燕青\n上市券商中报收官。根据WIND"
		    "统计，上半年共有10家券商营收超百亿元，9家券商净利润增速实现"
		    "翻倍。", NULL },
		{ "永委[2017]54号\n中共达州市达川区委农办:\n", NULL },
		{ "文/刘工昌\n近日,家电三巨头先后披露半年报。", NULL },
		{ "城中区第七次全国人口普查公报[1](第四号)\n正文。",
		    "城中区第七次全国人口普查公报" },
		{ "2023年统计公报（第3号）\n正文。", "2023年统计公报" },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		char	*t = util_title(rows[i].text);

		g_test_message("row %zu", i);
		g_assert_cmpstr(t, ==, rows[i].want);
		g_free(t);
	}
}

/*
 * The article's scale and digits: 17.74万头 is drawn 17.74 under
 * 单位：万头, never 177,400 头; 2.4 stays 2.4 beside 17.74.
 */
static void
test_scale_kept(void)
{
	static const char	 text[] =
	    "畜牧生产保持稳定\n"
	    "2季度末，生猪存栏17.74万头，同比下降2%；牛存栏2.4万头，同比增长2%；"
	    "羊存栏5.9万头，同比增长2%。\n";
	struct shutu_facts	*facts;
	GPtrArray		*charts = plan_text(text, 2016, NULL, &facts);
	const struct plan_chart	*bar = find(charts, "bar");
	struct shutu_chart	*c;
	GError			*error = NULL;
	char			*dump;

	g_assert_nonnull(bar);
	c = shutu_chart_parse(bar->json, -1, "bar.json", &error);
	g_assert_no_error(error);
	dump = shutu_chart_dump(c, &error);
	g_assert_no_error(error);
	g_test_message("%s", dump);
	g_assert_nonnull(strstr(dump, "\"单位：万头\""));
	g_assert_nonnull(strstr(dump, "\"17.74\""));
	g_assert_nonnull(strstr(dump, "\"2.4\""));
	g_assert_null(strstr(dump, "177,400"));
	g_free(dump);
	shutu_chart_free(c);
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/*
 * Titles: the takeaway of each chart's data, no two alike, no word said
 * twice, never the old template (各项…对比，…居首).
 */
static void
test_titles(void)
{
	static const char	 text[] =
	    "全省工业企业效益情况\n"
	    "1-11月份，全省规模以上工业企业实现利润总额2870.3亿元。\n"
	    "1-11月份，国有控股企业实现利润总额312.1亿元，同比增长48.0%；"
	    "集体企业实现利润总额41.1亿元，同比下降0.5%；股份制企业实现利润"
	    "总额2217.9亿元，增长23.2%；私营企业实现利润总额1840.5亿元，增长"
	    "18.1%。\n"
	    "1-11月份，采矿业实现利润总额241.6亿元，同比增长61.9%；制造业实现"
	    "利润总额2524.7亿元，同比增长24.2%；电力、热力、燃气及水生产和供应业"
	    "实现利润总额104.0亿元，下降46.7%。\n"
	    "2018年，全县地区生产总值150.2亿元。2019年，全县地区生产总值165.4"
	    "亿元。2020年，全县地区生产总值180.1亿元。\n";
	struct shutu_facts	*facts;
	GPtrArray		*charts = plan_text(text, 2021, "全省工业企业"
				    "效益情况", &facts);
	GHashTable		*seen = g_hash_table_new(g_str_hash,
				    g_str_equal);
	size_t			 i, j;

	g_assert_cmpuint(count(charts, "bar"), ==, 2);
	g_assert_cmpuint(count(charts, "line"), ==, 1);
	/* 集体企业…同比下降0.5% is drawn below zero */
	for (i = 0; i < charts->len; i++) {
		const struct plan_chart	*c = g_ptr_array_index(charts, i);

		if (strstr(c->json, "\"text\" : \"0.5%\"") != NULL)
			g_assert_nonnull(strstr(c->json, "\"value\" : -0.5"));
	}
	for (i = 0; i < charts->len; i++) {
		const struct plan_chart	*c = g_ptr_array_index(charts, i);
		glong			 n = g_utf8_strlen(c->title, -1);
		gunichar		*u = g_utf8_to_ucs4_fast(c->title, -1,
					    NULL);

		g_test_message("%s: %s", c->name, c->title);
		g_assert_false(g_hash_table_contains(seen, c->title));
		g_hash_table_add(seen, c->title);
		g_assert_null(strstr(c->title, "各项"));
		g_assert_null(strstr(c->title, "对比"));
		for (j = 0; j + 3 < (size_t)n; j++)
			g_assert_false(u[j] == u[j + 2] && u[j + 1] ==
			    u[j + 3]);	/* 居首居首 */
		g_free(u);
	}
	/* The line is of years, its title says the change */
	g_assert_nonnull(strstr(find(charts, "line")->title, "增长"));
	/* A fact is drawn in one chart at most */
	for (i = 0; i < shutu_facts_count(facts); i++) {
		const struct shutu_fact	*f = shutu_facts_get(facts, i);
		size_t			 in = 0;

		for (j = 0; j < charts->len; j++) {
			const struct plan_chart *c = g_ptr_array_index(charts,
			    j);

			if (strcmp(c->name, "infographic") != 0)
				in += g_ptr_array_find(c->facts, f, NULL);
		}
		g_assert_cmpuint(in, <=, 1);
	}
	g_hash_table_destroy(seen);
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/*
 * 第一、二、三产业 keep their order on the bars, but the title speaks of
 * the largest (not the first), and a bar a few dozen times shorter than
 * the longest stays: its direct label says what it is.
 */
static void
test_ordered_bars(void)
{
	static const char	 text[] =
	    "全区固定资产投资情况\n"
	    "1—9月，全区第一产业投资3.1亿元，第二产业投资191.3亿元，第三产业投资"
	    "86.4亿元。\n";
	struct shutu_facts	*facts;
	GPtrArray		*charts = plan_text(text, 2021, "全区固定资产"
				    "投资情况", &facts);
	const struct plan_chart	*bar = find(charts, "bar");
	JsonParser		*p;
	JsonObject		*o;
	JsonArray		*data;

	g_assert_nonnull(bar);
	g_test_message("%s", bar->title);
	g_assert_null(strstr(bar->title, "第一产业"));
	g_assert_nonnull(strstr(bar->title, "第二产业"));
	o = spec_of(bar, &p);
	data = json_object_get_array_member(o, "data");
	g_assert_cmpuint(json_array_get_length(data), ==, 3);
	g_assert_cmpstr(json_object_get_string_member(json_array_get_object_element(
	    data, 0), "label"), ==, "第一产业");
	g_assert_false(json_object_get_boolean_member(o, "sort"));
	g_object_unref(p);
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/* Parts of a whole: a share chart against the total the article gives. */
static void
test_parts(void)
{
	static const char	 text[] =
	    "2016年上半年农业生产运行平稳\n"
	    "上半年全县农林牧渔业总产值47819万元，同比增长3.3%。其中：农业产值"
	    "19217万元，林业产值2766万元，牧业产值21774万元，渔业产值1842万元，"
	    "农林牧渔服务业产值2220万元。\n";
	struct shutu_facts	*facts;
	GPtrArray		*charts = plan_text(text, 0, "2016年上半年农业"
				    "生产运行平稳", &facts);
	const struct plan_chart	*sh = find(charts, "share");
	JsonParser		*p;
	JsonObject		*o;

	g_assert_nonnull(sh);
	g_test_message("%s", sh->title);
	o = spec_of(sh, &p);
	g_assert_cmpint(json_object_get_int_member(o, "total"), ==, 478190000);
	g_assert_cmpstr(json_object_get_string_member(o, "scale"), ==, "万");
	g_assert_cmpuint(json_array_get_length(json_object_get_array_member(o,
	    "data")), ==, 5);
	/* 牧业 21774 of 47819: the title says it with 成 */
	g_assert_nonnull(strstr(sh->title, "牧业"));
	g_assert_nonnull(strstr(sh->title, "成"));
	g_object_unref(p);
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/* The infographic: headline numbers; sections only for several owners. */
static void
test_infographic(void)
{
	static const char	 one[] =
	    "# 石井街道志愿服务\n"
	    "石井街道现有注册义工2879名，其中党员义工288名。今年以来，开展"
	    "交通文明劝导活动67场次，常态化开展系列服务2571场，累计参与志愿"
	    "服务1.2万余人次。\n";
	static const char	 two[] =
	    "# 两个办事处的数据\n"
	    "沟赵办事处组织党员干部300余名、志愿者789名。枫杨办事处组织党员"
	    "干部120名、志愿者450名。\n";
	static const char	 three[] =
	    "# 平阴县十年发展\n"
	    "2021年全县地区生产总值269.1亿元，是2012年的1.64倍；一般公共预算收入"
	    "26.4亿元，是2012年的3.3倍。全县招引亿元以上项目293个，增速超过10%的"
	    "行业有3个，二十几名干部从数百个候选对象中脱颖而出。在全市38个乡镇综合实力排名中跃升至第15位，"
	    "首次站上亿元乡镇新台阶。\n";
	static const char	 four[] =
	    "【白沙镇经济发展】\n"
	    "白沙镇坚守发展和生态两条底线，用了8年建成省级园区。全镇生产总值3.2亿元，"
	    "工业产值2.1亿元，农业产值0.8亿元，村民在基地打工一天80元。"
	    "第一产业和第二产业比重分别提升1个和0.6个百分点。\n";
	static const char	 five[] =
	    "今年我省将增补学位2万个\n"
	    "今年，我省将增补义务教育中小学学位20000个，新建教师周转宿舍900套、"
	    "食堂400个、厕所250个。\n"
	    "目前，省教育厅已建设周转宿舍18.53万平方米，惠及教师8235人。\n";
	struct shutu_facts	*facts;
	GPtrArray		*charts;
	const struct plan_chart	*ig;

	charts = plan_text(one, 2023, "石井街道志愿服务", &facts);
	ig = find(charts, "infographic");
	g_assert_nonnull(ig);
	g_assert_cmpuint(ig->facts->len, >=, 3);
	g_assert_cmpuint(ig->facts->len, <=, 6);
	/* The lead's first number first */
	g_assert_cmpstr(((const struct shutu_fact *)g_ptr_array_index(
	    ig->facts, 0))->text, ==, "2879名");
	g_assert_null(strstr(ig->json, "\"entity\""));
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);

	charts = plan_text(two, 2020, "两个办事处的数据", &facts);
	ig = find(charts, "infographic");
	g_assert_nonnull(ig);
	g_assert_nonnull(strstr(ig->json, "\"entity\" : \"枫杨办事处\""));
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);

	/*
	 * 是2012年的1.64倍 is said so, never 增长1.64倍; 超过10%的行业 is a
	 * threshold, no card
	 */
	charts = plan_text(three, 2022, "平阴县十年发展", &facts);
	ig = find(charts, "infographic");
	g_assert_nonnull(ig);
	g_test_message("%s", ig->json);
	g_assert_nonnull(strstr(ig->json, "是2012年的1.64倍"));
	g_assert_null(strstr(ig->json, "增长1.64倍"));
	g_assert_null(strstr(ig->json, "\"text\" : \"超过10%\""));
	g_assert_null(strstr(ig->json, "\"text\" : \"10%\""));
	g_assert_null(strstr(ig->json, "\"text\" : \"数百个\""));
	g_assert_null(strstr(ig->json, "\"text\" : \"二十几名\""));
	g_assert_null(strstr(ig->json, "\"text\" : \"38个\""));
	g_assert_null(strstr(ig->json, "\"text\" : \"上亿元\""));
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);

	/*
	 * A title in brackets is the title; 两条底线 (a set phrase in
	 * Chinese numerals) and 用了8年 (a span) are no cards; 1个和0.6个
	 * 百分点 shows the first one whole
	 */
	charts = plan_text(four, 2021, "【白沙镇经济发展】", &facts);
	ig = find(charts, "infographic");
	g_assert_nonnull(ig);
	g_test_message("%s", ig->json);
	g_assert_nonnull(strstr(ig->json, "\"title\" : \"一图读懂：白沙镇经济发展\""));
	g_assert_null(strstr(ig->json, "\"text\" : \"两条\""));
	g_assert_null(strstr(ig->json, "\"text\" : \"8年\""));
	g_assert_null(strstr(ig->json, "\"text\" : \"一天\""));
	g_assert_nonnull(strstr(ig->json, "\"text\" : \"1个百分点\""));
	g_assert_nonnull(strstr(ig->json, "\"text\" : \"3.2亿元\""));
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);

	/* plans beside results are no one set of cards */
	charts = plan_text(five, 2023, "今年我省将增补学位2万个", &facts);
	ig = find(charts, "infographic");
	g_assert_nonnull(ig);
	g_test_message("%s", ig->json);
	g_assert_nonnull(strstr(ig->json, "\"text\" : \"900套\""));
	g_assert_null(strstr(ig->json, "18.53万平方米"));
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/*
 * Rivals are of one kind: 潮州市 56.8% outranks no 城市群; the whole two
 * sentences back (省会城市…) is no scope of them
 */
static void
test_rivals(void)
{
	static const char	 text[] =
	    "一季度快递业区域发展\n"
	    "一季度，省会城市快递业务量同比增长13.4%。\n"
	    "广东潮州和安徽亳州快递业务量增速分别为56.8%和47.7%。"
	    "长三角、珠三角、京津冀、长江中游和成渝等五大城市群快递业务量增速分别为"
	    "6.0%、4.7%、10.6%、19%和11.2%。\n";
	struct shutu_facts	*facts;
	GPtrArray		*charts = plan_text(text, 2023, "一季度快递业区域"
				    "发展", &facts);
	size_t			 i;
	bool			 found = false;

	for (i = 0; i < charts->len; i++) {
		const struct plan_chart	*c = g_ptr_array_index(charts, i);

		g_test_message("%s: %s", c->name, c->json);
		if (g_str_has_prefix(c->name, "bar") && strstr(c->json,
		    "长江中游") != NULL) {
			found = true;
			g_assert_nonnull(strstr(c->json, "成渝"));
			g_assert_null(strstr(c->json, "省会城市快递"));
		}
	}
	g_assert_true(found);
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

/* A fall the writer signed (下降-1.4%) and yearly averages (年均增长) */
static void
test_signs_and_averages(void)
{
	static const char	 text[] =
	    "岳阳县上半年经济运行\n"
	    "上半年，第一产业增加值同比增长1.7%；第二产业增加值同比增长2.4%；"
	    "第三产业增加值同比下降-1.4%。\n"
	    "过去五年，一般公共预算收入年均增长5.1%；城镇居民人均可支配收入年均"
	    "增长6.7%；农村居民人均可支配收入年均增长7.7%。\n";
	struct shutu_facts	*facts;
	GPtrArray		*charts = plan_text(text, 2020, "岳阳县上半年经济"
				    "运行", &facts);
	size_t			 i;
	bool			 fall = false, avg = false;

	for (i = 0; i < charts->len; i++) {
		const struct plan_chart	*c = g_ptr_array_index(charts, i);

		g_test_message("%s: %s", c->name, c->json);
		if (strstr(c->json, "\"text\" : \"-1.4%\"") != NULL &&
		    g_str_has_prefix(c->name, "bar")) {
			g_assert_nonnull(strstr(c->json, "\"value\" : -1.3"));
			fall = true;
		}
		if (strstr(c->json, "\"text\" : \"7.7%\"") != NULL &&
		    g_str_has_prefix(c->name, "bar")) {
			g_assert_nonnull(strstr(c->json, "年均增速"));
			g_assert_null(strstr(c->json, "同比增速"));
			avg = true;
		}
	}
	g_assert_true(fall);
	g_assert_true(avg);
	/* and a card of a yearly average says so */
	for (i = 0; i < charts->len; i++) {
		const struct plan_chart	*c = g_ptr_array_index(charts, i);

		if (g_str_has_prefix(c->name, "infographic") &&
		    strstr(c->json, "增长6.7%") != NULL)
			g_assert_nonnull(strstr(c->json, "年均增长6.7%"));
	}
	g_ptr_array_free(charts, TRUE);
	shutu_facts_free(facts);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/plan/series-not-loose", test_series_not_loose);
	g_test_add_func("/plan/timeline-events", test_timeline_events);
	g_test_add_func("/plan/no-loose-bars", test_no_loose_bars);
	g_test_add_func("/plan/source", test_source);
	g_test_add_func("/plan/title", test_title);
	g_test_add_func("/plan/scale-kept", test_scale_kept);
	g_test_add_func("/plan/titles", test_titles);
	g_test_add_func("/plan/ordered-bars", test_ordered_bars);
	g_test_add_func("/plan/parts", test_parts);
	g_test_add_func("/plan/infographic", test_infographic);
	g_test_add_func("/plan/signs-and-averages", test_signs_and_averages);
	g_test_add_func("/plan/rivals", test_rivals);
	return g_test_run();
}
