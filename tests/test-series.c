/* SPDX-License-Identifier: MIT */
/*
 * Series (src/extract/series.c): the same measure over parallel
 * categories, several measures over the same categories, a measure over
 * years, the parts of a whole; and each quantity's period, status and
 * role.  One row per case, in sentences as real articles write them.
 */
#include <stdint.h>
#include <string.h>

#include "shutu.h"
#include "testutil.h"

/* A series expected: kind, measure, its categories in order, its total. */
static const struct {
	const char	*text;
	int		 year;		/* --year; 0: the article's */
	const char	*kind;		/* NULL: no series at all */
	const char	*measure;
	const char	*cats;		/* categories joined by "|" */
	const char	*total;		/* the total fact's text, or NULL */
	const char	*period;	/* the series', or NULL */
} rows[] = {
	/* The same measure over ownership types; their sum exceeds the
	 * whole, so they overlap: categories, never parts. */
	{ "1-11月份，全省规模以上工业企业实现利润总额2870.3亿元。\n"
	    "1-11月份，规模以上工业企业中，国有控股企业实现利润总额312.1亿元，"
	    "同比增长48.0%；集体企业实现利润总额41.1亿元，同比下降0.5%；"
	    "股份制企业实现利润总额2217.9亿元，增长23.2%；私营企业实现利润"
	    "总额1840.5亿元，增长18.1%。\n", 2021,
	    "categories", "利润总额", "国有控股企业|集体企业|股份制企业|私营企业",
	    NULL, "2021-01/2021-11" },
	/* Their changes: the same categories, taken from the clause before */
	{ "1-11月份，国有控股企业实现利润总额312.1亿元，同比增长48.0%；"
	    "集体企业实现利润总额41.1亿元，同比下降0.5%；股份制企业实现利润"
	    "总额2217.9亿元，增长23.2%。\n", 2021,
	    "categories", "利润总额", "国有控股企业|集体企业|股份制企业", NULL,
	    "2021-01/2021-11" },
	/* 其中 after a total that the parts make up: the parts of a whole */
	{ "上半年全县农林牧渔业总产值47819万元，同比增长3.3%。其中：农业产值"
	    "19217万元，同比增长6.3%；林业产值2766万元，同比增长6.9%；牧业产值"
	    "21774万元，与上年持平；渔业产值1842万元，同比增长1.2%；农林牧渔"
	    "服务业产值2220万元，同比增长4.6%。\n", 2016,
	    "parts", "产值", "农业|林业|牧业|渔业|农林牧渔服务业", "47819万元",
	    "2016-H1" },
	/* A measure said once and left out after it */
	{ "前三季度，分经济类型看，国有控股企业增加值同比增长1.0%，集体企业"
	    "增长0.7%，股份制企业增长6.9%，外商及港澳台商投资企业增长4.2%。\n",
	    2016, "categories", "增加值",
	    "国有控股企业|集体企业|股份制企业|外商及港澳台商投资企业", NULL,
	    "2016-01/2016-09" },
	/* Shares of one whole that add up to 100%: parts */
	{ "2019年，第一产业增加值99455.3万元，占生产总值的比重为6.6%；第二"
	    "产业增加值693684万元，占生产总值的比重为45.8%；第三产业增加值"
	    "721837万元，占生产总值的比重为47.6%。\n", 0,
	    "parts", "增加值", "第一产业|第二产业|第三产业", NULL, "2019" },
	/* Two measures over the same categories: 存栏 and 出栏 */
	{ "2季度末，生猪存栏17.74万头，出栏9.3万头；牛存栏2.4万头，出栏0.6万"
	    "头；羊存栏5.9万头，出栏2.9万头。\n", 2016,
	    "measures", "存栏、出栏", "生猪|生猪|牛|牛|羊|羊", NULL, "2016-Q2" },
	/* Ordinals that share the last one's head: 第一、二、三产业 */
	{ "2019年，全县第一、二、三产业增加值占地区生产总值的比重分别为11.1%、"
	    "45.2%和43.7%。\n", 0,
	    "categories", "增加值", "第一产业|第二产业|第三产业", NULL, "2019" },
	/* A numbered list of places, each bracket with a level and a rate */
	{ "上半年各县GDP完成数据：\n1.新罗区(607.87亿元 同比增长5.4%)、2.上杭县("
	    "281.72亿元 5.6%)、3.长汀县(178.80亿元 4.8%)。\n", 2024,
	    "categories", "GDP", "新罗区|上杭县|长汀县", NULL, "2024-H1" },
	/* 三个工业门类中 opens a set: the total's 增加值 before stays out */
	{ "1-3月，规模以上工业增加值同比增长0.1%。三个工业门类中，采矿业增加值同比增长"
	    "877.7%，制造业同比下降4.0%，电力、热力、燃气及水的生产和供应业同比增长"
	    "125.3%。\n", 2022,
	    "categories", "增加值", "采矿业|制造业|电力、热力、燃气及水的生产和供应业",
	    NULL, "2022-01/2022-03" },
	/* Two lists of one sentence, each after a count of it: one series */
	{ "1-3月，汽车制造业、食品制造业两个行业增加值增势较好，分别增长89.2%、11.4%；"
	    "金属制品业、化学原料和化学制品制造业两个行业增幅回落，分别下降25.8%、"
	    "30.6%。\n", 2022,
	    "categories", "增加值",
	    "汽车制造业|食品制造业|金属制品业|化学原料和化学制品制造业", NULL,
	    "2022-01/2022-03" },
	/* The first says the measure, the next only its name (in quotes) */
	{ "2019年上半年，“智能安全芯片”营业收入为6.07亿元，毛利率为21.84%；“特种集成"
	    "电路”4.99亿元，毛利率为73.22%。\n", 0,
	    "categories", "营业收入", "智能安全芯片|特种集成电路", NULL, "2019-H1" },
	/* Owners listed after the one the clause before names, by region */
	{ "2019年，东部地区实现营业收入63702亿元，比上年增长6.1%；中部、西部和东北地区"
	    "分别为13620亿元、8393亿元和909亿元。\n", 0,
	    "categories", "营业收入", "东部地区|中部地区|西部地区|东北地区", NULL,
	    "2019" },
	/* A split first (…实现营业收入) lends its measure to names after it */
	{ "2019年，文化制造业实现营业收入36739亿元，比上年增长3.2%；文化批发和零售业"
	    "14726亿元，增长4.4%；文化服务业35159亿元，增长12.4%。\n", 0,
	    "categories", "营业收入", "文化制造业|文化批发和零售业|文化服务业", NULL,
	    "2019" },
	/* The day the numbers were told is no period of theirs */
	{ "8月22日，紫光国微发布半年报，“智能安全芯片”营业收入为6.07亿元；“特种集成"
	    "电路”4.99亿元。\n", 2019,
	    "categories", "营业收入", "智能安全芯片|特种集成电路", NULL, NULL },
	/* Short names after 其中 are the parts of the whole before it */
	{ "2020年，新增富民产业13042亩，其中果业9542亩，有机茶叶2000亩，稻渔综合种养"
	    "1200亩，特色中药300亩。\n", 0,
	    "parts", "富民产业", "果业|有机茶叶|稻渔综合种养|特色中药", "13042亩",
	    "2020" },
	/* A verb before its object: 出栏生猪 is 生猪|出栏 */
	{ "2020年，全县年出栏生猪26.13万头，存栏9.15万头；年出栏牛羊6.94万头，存栏"
	    "5.09万头。\n", 0,
	    "measures", "出栏、存栏", "生猪|生猪|牛羊|牛羊", NULL, "2020" },
	/* 二、三产业: ordinals without 第 */
	{ "1-3月，分产业看，第一产业投资与去年同期持平，二、三产业投资同比分别增长"
	    "76.9%、0.3%。\n", 2022,
	    "categories", "投资", "第二产业|第三产业", NULL, "2022-01/2022-03" },
	/* An indicator the lexicon keeps whole (工业投资) beside its peers;
	 * any 分…看 opens a new set, so the total before stays out */
	{ "1-3月，全县固定资产投资同比增长17.4%。分重点领域看，房地产投资同比下降26.5%，基础设施投资同比下降18.5%，"
	    "工业投资同比增长76.9%。\n", 2022,
	    "categories", "投资", "房地产|基础设施|工业", NULL, "2022-01/2022-03" },
	/* Names in brackets after 分别为: a ranking */
	{ "根据去年全年数据，浙江十大强县的排名分别为慈溪(2639亿)、义乌(2055亿)"
	    "、诸暨(1755亿)、乐清(1663亿)。\n", 2024,
	    "categories", "浙江十大强县", "慈溪|义乌|诸暨|乐清", NULL, "2023" },
	/* A 分别 list of names before its numbers */
	{ "1—4月，全省规模以上服务业营业收入同比增长10%。其中，居民服务业、"
	    "文体娱乐业、租赁商务服务业、卫生和社会工作分别增长25.7%、25.4%、"
	    "19.3%、18.8%。\n", 2023,
	    "categories", "规模以上服务业营业收入",
	    "居民服务业|文体娱乐业|租赁商务服务业|卫生和社会工作", NULL,
	    "2023-01/2023-04" },
	/* The main indicators' growth, each said with its level */
	{ "2016年，全市生产总值3212.2亿元，增长8%；一般公共预算收入260.5亿元，"
	    "增长10.2%；城镇居民人均可支配收入39363元，农村居民人均可支配收入"
	    "17573元，分别增长8.3%和7.7%。\n", 0,
	    "categories", "主要指标", "生产总值|一般公共预算收入|"
	    "城镇居民人均可支配收入|农村居民人均可支配收入", NULL, "2016" },
	/* ordinals alone are no categories: 第一次|产业… */
	{ "2018年，第一、二、三次产业对经济增长的贡献率分别为12.0%、19.0%和69.0%。\n",
	    0, "categories", "产业对经济增长的贡献率", "第一次产业|第二次产业|第三次产业",
	    NULL, "2018" },
	/* … and their yearly averages over a report's five years */
	{ "过去五年，生产总值288.7亿元，年均增长5.1%；规模以上工业增加值114.9亿元，"
	    "年均增长4.1%；固定资产投资74.1亿元，年均增长15.5%。\n", 2021,
	    "categories", "主要指标", "生产总值|规模以上工业增加值|固定资产投资",
	    NULL, NULL },
	/* The same measure of one place in different years: years */
	{ "2018年，全县地区生产总值150.2亿元。2019年，全县地区生产总值165.4"
	    "亿元。2020年，全县地区生产总值180.1亿元。\n", 0,
	    "years", "地区生产总值", "2018年|2019年|2020年", NULL, NULL },
	/* (i), (ii), (iii): the items of a list, a paragraph each */
	{ "分业务来看：\n(i)固废处置实现收入为人民币1.46亿元，同比增长194.31%。\n"
	    "(ii)垃圾处置实现收入为人民币5.23亿元，同比下降7.84%。\n"
	    "(iii)节能装备实现收入为人民币1.99亿元，同比下降37.31%。\n", 2018,
	    "categories", "收入", "固废处置|垃圾处置|节能装备", NULL, NULL },
	/* Loose facts that only share a unit: no series */
	{ "全年地区生产总值完成602.5亿元；规模以上工业增加值完成194.9亿元；"
	    "固定资产投资完成190.4亿元；社会消费品零售总额完成391亿元。\n", 2022,
	    NULL, NULL, NULL, NULL, NULL },
	{ "石井街道辖区现有注册义工2879名，定期开展交通文明劝导活动67场次，"
	    "常态化开展系列服务2571场。\n", 2023, NULL, NULL, NULL, NULL, NULL },
};

static char *
joined(const struct shutu_facts *facts, const struct shutu_series *s)
{
	GString	*g = g_string_new(NULL);
	size_t	 i;

	for (i = 0; i < s->nmembers; i++)
		g_string_append_printf(g, "%s%s", i ? "|" : "",
		    s->members[i].category);
	(void)facts;
	return g_string_free(g, FALSE);
}

static void
test_series(void)
{
	size_t	 i, j;

	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		GError			*error = NULL;
		struct shutu_facts	*facts;
		const struct shutu_series *found = NULL;

		g_test_message("row %zu: %s", i, rows[i].text);
		facts = shutu_facts_extract(rows[i].text, strlen(rows[i].text),
		    rows[i].year, &error);
		g_assert_no_error(error);
		for (j = 0; j < shutu_facts_series_count(facts); j++) {
			const struct shutu_series *s = shutu_facts_get_series(
			    facts, j);
			char	*c = joined(facts, s);

			g_test_message("  %s %s %s [%s]", s->id,
			    shutu_series_kind_name(s->kind), s->measure, c);
			/* The row's series: of its kind and categories */
			if (rows[i].kind != NULL && found == NULL &&
			    strcmp(shutu_series_kind_name(s->kind),
			    rows[i].kind) == 0 && strcmp(c, rows[i].cats) == 0)
				found = s;
			g_free(c);
		}
		if (rows[i].kind == NULL) {
			/* Loose facts: nothing of three or more */
			for (j = 0; j < shutu_facts_series_count(facts); j++)
				g_assert_cmpuint(shutu_facts_get_series(facts,
				    j)->nmembers, <, 3);
			shutu_facts_free(facts);
			continue;
		}
		g_assert_nonnull(found);
		g_assert_cmpstr(found->measure, ==, rows[i].measure);
		g_assert_cmpstr(found->period, ==, rows[i].period);
		if (rows[i].total == NULL)
			g_assert_true(found->total == SIZE_MAX);
		else {
			g_assert_true(found->total != SIZE_MAX);
			g_assert_cmpstr(shutu_facts_get(facts,
			    found->total)->text, ==, rows[i].total);
		}
		/* Members are facts of one kind: never a level beside a change */
		for (j = 1; j < found->nmembers; j++) {
			const struct shutu_fact *a = shutu_facts_get(facts,
			    found->members[0].fact);
			const struct shutu_fact *b = shutu_facts_get(facts,
			    found->members[j].fact);

			g_assert_cmpint(a->role, ==, b->role);
			g_assert_cmpint(a->status, ==, b->status);
			g_assert_cmpstr(a->unit, ==, b->unit);
		}
		shutu_facts_free(facts);
	}
}

/* What each number is of: its period, status and role. */
static const struct {
	const char	*text;
	int		 year;
	const char	*fact;		/* its text in the article */
	const char	*period;
	enum shutu_status status;
	enum shutu_role	 role;
	int		 direction;
} facts_rows[] = {
	/* A comparison base is no period: 比2019年1—11月份 */
	{ "2021年1—11月份，全市规模以上工业增加值比2019年1—11月份增长12.5%。",
	    0, "12.5%", "2021-01/2021-11", SHUTU_STATUS_ACTUAL,
	    SHUTU_ROLE_CHANGE, 1 },
	{ "上半年，全市生产总值999.13亿元，较上年同期增长7.6%。", 2017,
	    "999.13亿元", "2017-H1", SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* 去年 is the year before the article's */
	{ "根据去年全年数据，慈溪实现地区生产总值2639亿元。", 2024, "2639亿元",
	    "2023", SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* Targets and estimates */
	{ "2018年发展的预期目标：GDP增长8%左右，固定资产投资增长11%左右。",
	    2018, "11%左右", "2018", SHUTU_STATUS_TARGET, SHUTU_ROLE_CHANGE,
	    1 },
	{ "2017年，预计全市实现地区生产总值1890亿元，增长7.2%；固定资产投资"
	    "2205亿元。", 2018, "2205亿元", "2017", SHUTU_STATUS_ESTIMATE,
	    SHUTU_ROLE_LEVEL, 0 },
	/* 预计 after a number governs its clause group only */
	{ "夏粮播种面积10.7万亩，预计总产量1.81万吨；油料作物种植面积8.29万亩。",
	    2016, "8.29万亩", NULL, SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* 目标 as a noun is no target */
	{ "办事处围绕“一社区一品牌”目标，在辖区成立了16个网格党支部。", 2020,
	    "16个", NULL, SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* Shares and changes of rates */
	{ "2019年，第一产业增加值99455.3万元，占生产总值的比重为6.6%。", 0,
	    "6.6%", "2019", SHUTU_STATUS_ACTUAL, SHUTU_ROLE_SHARE, 0 },
	{ "11月末，资产负债率为54.7%，同比下降0.9个百分点。", 2021,
	    "0.9个百分点", "2021-11", SHUTU_STATUS_ACTUAL, SHUTU_ROLE_CHANGE,
	    -1 },
	/* A change to a level is a level: 增至 */
	{ "全县注册志愿者增至5200人。", 2020, "5200人", NULL,
	    SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* 由2015年的8000元: the time before 的 is the number's own */
	{ "农民人均纯收入由2015年的8000元增加到2020年的12000元。", 2020,
	    "8000元", "2015", SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* 将 of 把: 将筹集到的资金送给… is no plan */
	{ "社区发动群众捐款，将筹集到的资金送给38户生活最困难的居民。", 2018,
	    "38户", NULL, SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* 计划 before a verb is a plan too; 可望 an estimate */
	{ "今年计划扩建到60个大棚。", 2021, "60个", "2021", SHUTU_STATUS_TARGET,
	    SHUTU_ROLE_LEVEL, 0 },
	{ "该村今年打算再扩建到60个大棚。", 2021, "60个", "2021",
	    SHUTU_STATUS_TARGET, SHUTU_ROLE_LEVEL, 0 },
	{ "今年村集体经济收入可望达到20万元。", 2022, "20万元", "2022",
	    SHUTU_STATUS_ESTIMATE, SHUTU_ROLE_LEVEL, 0 },
	/* 将 before a verb: to be done; before a noun it is 把 */
	{ "今年我省将增补义务教育中小学学位20000个。", 2023, "20000个", "2023",
	    SHUTU_STATUS_TARGET, SHUTU_ROLE_LEVEL, 0 },
	{ "公司拟将原转让100%股权调整为转让其76%股权。", 2019, "76%", NULL,
	    SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* An event's day is no time of the paragraph's numbers after it */
	{ "开发区三十而立\n1992年10月8日，开发区奠基。此后，园区引进41家世界500强"
	    "企业。", 2022,
	    "41家", NULL, SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* A dateline's day (…8月13日电) is the report's, no period */
	{ "新华财经贵阳8月13日电 12日晚间，公司发布公告，2025年上半年公司营业"
	    "总收入910.94亿元。茅台酒基酒产量约4.37万吨。", 2025, "约4.37万吨",
	    "2025-H1", SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
	/* A heading's time governs the section under it */
	{ "一、2022年工作回顾\n一年来，全年地区生产总值完成602.5亿元。", 2023,
	    "602.5亿元", "2022", SHUTU_STATUS_ACTUAL, SHUTU_ROLE_LEVEL, 0 },
};

static void
test_fields(void)
{
	size_t	 i, j;

	for (i = 0; i < G_N_ELEMENTS(facts_rows); i++) {
		GError			*error = NULL;
		struct shutu_facts	*facts;
		const struct shutu_fact	*f = NULL;

		g_test_message("row %zu: %s", i, facts_rows[i].text);
		facts = shutu_facts_extract(facts_rows[i].text,
		    strlen(facts_rows[i].text), facts_rows[i].year, &error);
		g_assert_no_error(error);
		for (j = 0; j < shutu_facts_count(facts) && f == NULL; j++)
			if (strcmp(shutu_facts_get(facts, j)->text,
			    facts_rows[i].fact) == 0)
				f = shutu_facts_get(facts, j);
		g_assert_nonnull(f);
		g_assert_cmpstr(f->period, ==, facts_rows[i].period);
		g_assert_cmpint(f->status, ==, facts_rows[i].status);
		g_assert_cmpint(f->role, ==, facts_rows[i].role);
		g_assert_cmpint(f->direction, ==, facts_rows[i].direction);
		shutu_facts_free(facts);
	}
}

/*
 * The reference year: a dateline decides it, the headline's year counts
 * three, and a year a figure is compared with has no vote.
 */
static void
test_year(void)
{
	static const struct {
		const char	*text;
		int		 year;
	} years[] = {
		{ "1—11月份全市经济运行简况\n1—11月份，全市规模以上工业增加值"
		    "比2019年1—11月份增长12.5%，比2019年同期增长8.1%，"
		    "比2019年增长3%。2021年1—11月份，全市固定资产投资增长5%。\n",
		    2021 },
		{ "黄冈亮出2017年发展成绩单\n发布时间:2018-01-05 07:40:31"
		    "来源:湖北日报\n2017年，全市地区生产总值1890亿元。2017年，"
		    "固定资产投资2205亿元。\n", 2018 },
		{ "2019年洪洞县国民经济和社会发展统计公报\n三次产业占比由2018年"
		    "的5.7:49.3:45.0优化为6.6:45.8:47.6；是2018年的1.2倍，"
		    "与2018年相比增长2%。\n", 2019 },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(years); i++) {
		GError			*error = NULL;
		struct shutu_facts	*facts;

		g_test_message("row %zu", i);
		facts = shutu_facts_extract(years[i].text,
		    strlen(years[i].text), 0, &error);
		g_assert_no_error(error);
		g_assert_cmpint(shutu_facts_get_year(facts), ==, years[i].year);
		shutu_facts_free(facts);
	}
}

/* The JSON reads back: fields and series survive a round trip. */
static void
test_round_trip(void)
{
	static const char	 text[] =
	    "上半年全县农林牧渔业总产值47819万元。其中：农业产值19217万元，"
	    "林业产值2766万元，牧业产值21774万元，渔业产值1842万元。\n"
	    "2018年发展的预期目标：GDP增长8%左右。\n";
	GError			*error = NULL;
	struct shutu_facts	*facts, *back;
	char			*json, *dir, *path, *again;
	size_t			 i;

	facts = shutu_facts_extract(text, strlen(text), 2016, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(shutu_facts_series_count(facts), >=, 1);
	json = shutu_facts_to_json(facts);
	dir = test_mkdtemp();
	path = g_build_filename(dir, "facts.json", NULL);
	g_assert_true(g_file_set_contents(path, json, -1, &error));
	back = shutu_facts_load_json(path, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(shutu_facts_series_count(back), ==,
	    shutu_facts_series_count(facts));
	for (i = 0; i < shutu_facts_count(facts); i++) {
		const struct shutu_fact *a = shutu_facts_get(facts, i);
		const struct shutu_fact *b = shutu_facts_get(back, i);

		g_assert_cmpstr(a->period, ==, b->period);
		g_assert_cmpint(a->status, ==, b->status);
		g_assert_cmpint(a->role, ==, b->role);
		g_assert_cmpint(a->direction, ==, b->direction);
	}
	/* Written again from what was read: the same bytes */
	shutu_facts_set_source(back, shutu_facts_get_source(facts));
	again = shutu_facts_to_json(back);
	g_assert_cmpstr(again, ==, json);
	g_free(again);
	shutu_facts_free(back);
	/* A series naming a fact that is not there is an error */
	{
		char	*bad = g_strdup(json), *at = strstr(bad, "\"fact\": \"q");

		g_assert_nonnull(at);
		at[strlen("\"fact\": \"")] = 'x';
		g_assert_true(g_file_set_contents(path, bad, -1, &error));
		g_assert_null(shutu_facts_load_json(path, &error));
		g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
		g_test_message("%s", error->message);
		g_clear_error(&error);
		g_free(bad);
	}
	test_rmdir(dir);
	g_free(dir);
	g_free(path);
	g_free(json);
	shutu_facts_free(facts);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/series/series", test_series);
	g_test_add_func("/series/fields", test_fields);
	g_test_add_func("/series/year", test_year);
	g_test_add_func("/series/round-trip", test_round_trip);
	return g_test_run();
}
