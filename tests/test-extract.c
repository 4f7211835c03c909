/* SPDX-License-Identifier: MIT */
/*
 * The extractor end to end: one row per rule of the issue (numbers,
 * units, approximators, labels, entities, dates, and what is not a
 * fact), then bad input, the JSON round trip, CSV and the table.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "shutu.h"
#include "testutil.h"

#define A(x)	SHUTU_APPROX_##x
#define D(x)	SHUTU_DIM_##x

/* Texts with exactly one quantity. */
static const struct {
	const char		*text;
	double			 value, value_max;	/* NAN: no range */
	enum shutu_approx	 approx;
	const char		*unit;
	enum shutu_dim		 dim;
	const char		*label;			/* NULL: not checked */
	const char		*fact_text;
} quantities[] = {
	/* issue 10: a scale without its unit, the parts of a ratio */
	{ "慈溪(2639亿)。", 263900000000, NAN, SHUTU_APPROX_EXACT, "",
	    SHUTU_DIM_OTHER, NULL, "2639亿" },
	/* shares, and a battery's capacity */
	{ "华夏ETF增持97.29万股。", 972900, NAN, SHUTU_APPROX_EXACT, "股",
	    SHUTU_DIM_COUNT, NULL, "97.29万股" },
	{ "形成3亿安时的电池生产能力。", 3e8, NAN, SHUTU_APPROX_EXACT, "安时",
	    SHUTU_DIM_OTHER, NULL, "3亿安时" },
	{ "全市58个U站。", 58, NAN, SHUTU_APPROX_EXACT, "个", SHUTU_DIM_COUNT,
	    NULL, "58个" },
	{ "发展食用菌1万棒。", 10000, NAN, SHUTU_APPROX_EXACT, "棒",
	    SHUTU_DIM_COUNT, NULL, "1万棒" },
	/* numbers */
	{ "办事处有789名志愿者。", 789, NAN, A(EXACT), "名", D(COUNT), "志愿者", "789名" },
	{ "共有７８９名志愿者。", 789, NAN, A(EXACT), "名", D(COUNT), "志愿者", "７８９名" },
	{ "面积35.97平方公里。", 35.97, NAN, A(EXACT), "平方公里", D(AREA), "面积", "35.97平方公里" },
	{ "道路总长度为53,570米。", 53570, NAN, A(EXACT), "米", D(LENGTH), "道路总长度", "53,570米" },
	{ "成立了十五支队伍。", 15, NAN, A(EXACT), "支", D(COUNT), "队伍", "十五支" },
	{ "共有一百零八家企业。", 108, NAN, A(EXACT), "家", D(COUNT), "企业", "一百零八家" },
	{ "专项资金两千三百万元。", 23000000, NAN, A(EXACT), "元", D(MONEY), "专项资金", "两千三百万元" },
	{ "合作经费陆仟万元。", 60000000, NAN, A(EXACT), "元", D(MONEY), "合作经费", "陆仟万元" },
	{ "营业收入1.2万元。", 12000, NAN, A(EXACT), "元", D(MONEY), "营业收入", "1.2万元" },
	{ "地区生产总值3.45亿元。", 345000000, NAN, A(EXACT), "元", D(MONEY), "地区生产总值", "3.45亿元" },
	{ "巡检设备15余万台次。", 150000, NAN, A(OVER), "台次", D(COUNT), NULL, "15余万台次" },
	/* 约 across a verb: about, the verb outside the fact */
	{ "约占八成。", 80, NAN, A(ABOUT), "成", D(PERCENT), NULL, "八成" },
	{ "大约有18万人次参加。", 180000, NAN, A(ABOUT), "人次", D(COUNT), NULL, "18万人次" },
	/* 目前 ends in 前 but ranks nothing */
	{ "目前6栋标准化厂房已封顶。", 6, NAN, A(EXACT), "栋", D(COUNT), "标准化厂房", "6栋" },
	/* at least; 多 after 成 and 倍; 多 that begins a word */
	{ "总投资不少于5000万元。", 50000000, NAN, A(OVER), "元", D(MONEY), "总投资", "不少于5000万元" },
	{ "占三成多。", 30, NAN, A(OVER), "成", D(PERCENT), NULL, "三成多" },
	{ "增长5倍多。", 5, NAN, A(OVER), "倍", D(OTHER), NULL, "5倍多" },
	{ "新建3台多功能车。", 3, NAN, A(EXACT), "台", D(COUNT), "多功能车", "3台" },
	{ "采购体温枪150把。", 150, NAN, A(EXACT), "把", D(COUNT), NULL, "150把" },
	/* a ratio, written bare */
	{ "城乡居民收入比为2.03。", 2.03, NAN, A(EXACT), "", D(OTHER), "城乡居民收入比", "2.03" },
	{ "共计投资近百亿元。", 1e10, NAN, A(ABOUT), "元", D(MONEY), "投资", "近百亿元" },
	{ "全国投资三万亿元。", 3e12, NAN, A(EXACT), "元", D(MONEY), NULL, "三万亿元" },
	/* fractions and percent */
	{ "占全区约1/3面积。", 1.0 / 3, NAN, A(ABOUT), "", D(FRACTION), "面积", "约1/3" },
	{ "完成了三分之一的任务。", 1.0 / 3, NAN, A(EXACT), "", D(FRACTION), NULL, "三分之一" },
	{ "有一半居民参加。", 0.5, NAN, A(EXACT), "", D(FRACTION), "居民", "一半" },
	{ "利润增长30%。", 30, NAN, A(EXACT), "%", D(PERCENT), "利润增速", "30%" },
	{ "排放量下降百分之三十。", 30, NAN, A(EXACT), "%", D(PERCENT), "排放量降幅", "百分之三十" },
	{ "比重提高1.6个百分点。", 1.6, NAN, A(EXACT), "个百分点", D(PERCENT), NULL, "1.6个百分点" },
	{ "知晓率超过九成。", 90, NAN, A(OVER), "成", D(PERCENT), "知晓率", "超过九成" },
	{ "产值下降-4%。", -4, NAN, A(EXACT), "%", D(PERCENT), NULL, "-4%" },
	/* ranges */
	{ "每组3至5人。", 3, 5, A(EXACT), "人", D(COUNT), NULL, "3至5人" },
	{ "结成三四十对共建关系。", 30, 40, A(EXACT), "对", D(COUNT), "共建关系", "三四十对" },
	{ "月薪6~8万元。", 60000, 80000, A(EXACT), "元", D(MONEY), "月薪", "6~8万元" },
	{ "增速保持在9%～11%之间。", 9, 11, A(EXACT), "%", D(PERCENT), NULL, "9%～11%" },
	{ "表彰了二十几名党员。", 21, 29, A(ABOUT), "名", D(COUNT), "党员", "二十几名" },
	/* approximators before and after */
	{ "约300人参加。", 300, NAN, A(ABOUT), "人", D(COUNT), NULL, "约300人" },
	{ "将近200名群众。", 200, NAN, A(ABOUT), "名", D(COUNT), "群众", "将近200名" },
	{ "产值突破600万元。", 6e6, NAN, A(OVER), "元", D(MONEY), "产值", "突破600万元" },
	{ "逾千名居民。", 1000, NAN, A(OVER), "名", D(COUNT), "居民", "逾千名" },
	{ "不足50户。", 50, NAN, A(UNDER), "户", D(COUNT), NULL, "不足50户" },
	{ "清运垃圾10000余立方米。", 10000, NAN, A(OVER), "立方米", D(VOLUME), "清运垃圾", "10000余立方米" },
	{ "种植200多亩。", 200, NAN, A(OVER), "亩", D(AREA), NULL, "200多亩" },
	{ "企业300家以上。", 300, NAN, A(OVER), "家", D(COUNT), NULL, "300家以上" },
	{ "年龄40岁左右。", 40, NAN, A(ABOUT), "岁", D(OTHER), NULL, "40岁左右" },
	{ "历时3个多月。", 3, NAN, A(OVER), "个月", D(DURATION), NULL, "3个多月" },
	{ "联建活动百余次。", 100, NAN, A(OVER), "次", D(COUNT), "联建活动", "百余次" },
	{ "搭建围挡不到一周。", 1, NAN, A(UNDER), "周", D(DURATION), NULL, "不到一周" },
	/* units */
	{ "绿化8000余平方米。", 8000, NAN, A(OVER), "平方米", D(AREA), "绿化", "8000余平方米" },
	{ "打捞漂浮物约35吨。", 35, NAN, A(ABOUT), "吨", D(MASS), "打捞漂浮物", "约35吨" },
	{ "房价每平方米均价为12000元/平方米。", 12000, NAN, A(EXACT), "元/平方米", D(OTHER), NULL, "12000元/平方米" },
	{ "历时两个月。", 2, NAN, A(EXACT), "个月", D(DURATION), NULL, "两个月" },
	{ "建设周期一年半。", 1.5, NAN, A(EXACT), "年", D(DURATION), NULL, "一年半" },
	{ "首期经费十五日内支付。", 15, NAN, A(UNDER), "日", D(DURATION), NULL, "十五日内" },
	{ "新签订单是上年同期的1.6倍。", 1.6, NAN, A(EXACT), "倍", D(OTHER), NULL, "1.6倍" },
	{ "PM2.5平均浓度为46微克/立方米。", 46, NAN, A(EXACT), "微克/立方米", D(OTHER), "PM2.5平均浓度", "46微克/立方米" },
	/* labels */
	{ "辖区36个监测点留下了风采。", 36, NAN, A(EXACT), "个", D(COUNT), "监测点", "36个" },
	{ "办事处300余名党员干部冲锋在前。", 300, NAN, A(OVER), "名", D(COUNT), "党员干部", "300余名" },
	{ "成立了两支夜班中队。", 2, NAN, A(EXACT), "支", D(COUNT), "夜班中队", "两支" },
	{ "共组织开展全城清洁行动40余次。", 40, NAN, A(OVER), "次", D(COUNT), "全城清洁行动", "40余次" },
	{ "达成共建项目40余项。", 40, NAN, A(OVER), "项", D(COUNT), "共建项目", "40余项" },
	{ "设立7名二级路长。", 7, NAN, A(EXACT), "名", D(COUNT), "二级路长", "7名" },
	{ "两个月，公园变了样。", 2, NAN, A(EXACT), "个月", D(DURATION), "用时", "两个月" },
	/* issue 10: approximators inside and before a magnitude */
	{ "参与群众十余万人。", 1e5, NAN, A(OVER), "人", D(COUNT), NULL, "十余万人" },
	{ "累计投资二十余亿元。", 2e9, NAN, A(OVER), "元", D(MONEY), NULL, "二十余亿元" },
	{ "近万名群众参加。", 1e4, NAN, A(ABOUT), "名", D(COUNT), "群众", "近万名" },
	{ "上万人参加了活动。", 1e4, NAN, A(OVER), "人", D(COUNT), NULL, "上万人" },
	{ "筹集资金一百多万元。", 1e6, NAN, A(OVER), "元", D(MONEY), NULL, "一百多万元" },
	{ "年产值破亿元。", 1e8, NAN, A(OVER), "元", D(MONEY), NULL, "破亿元" },
	{ "海外收入首破1.5亿美元。", 1.5e8, NAN, A(OVER), "美元", D(MONEY), "海外收入", "破1.5亿美元" },
	{ "全村人口不过百人。", 100, NAN, A(UNDER), "人", D(COUNT), NULL, "不过百人" },
	{ "销售额过万元。", 1e4, NAN, A(OVER), "元", D(MONEY), NULL, "过万元" },
	/* vague quantities are ranges, about */
	{ "吸引游客数十万人次。", 1e5, 9e5, A(ABOUT), "人次", D(COUNT), NULL, "数十万人次" },
	{ "有几十家企业入驻。", 10, 90, A(ABOUT), "家", D(COUNT), "企业", "几十家" },
	{ "抽调十几名干部。", 11, 19, A(ABOUT), "名", D(COUNT), "干部", "十几名" },
	{ "培训数百名村医。", 100, 900, A(ABOUT), "名", D(COUNT), "村医", "数百名" },
	{ "成千上万名志愿者奔赴一线。", 1000, 1e4, A(ABOUT), "名", D(COUNT), "志愿者", "成千上万名" },
	{ "新增十几万个岗位。", 1.1e5, 1.9e5, A(ABOUT), "个", D(COUNT), "岗位", "十几万个" },
	{ "约十几名队员。", 11, 19, A(ABOUT), "名", D(COUNT), "队员", "约十几名" },
	{ "参观人数十万人次。", 1e5, NAN, A(EXACT), "人次", D(COUNT), NULL, "十万人次" },
	/* ranges of adjacent digits */
	{ "两三百人参加。", 200, 300, A(EXACT), "人", D(COUNT), NULL, "两三百人" },
	{ "聚集了三五十人。", 30, 50, A(EXACT), "人", D(COUNT), NULL, "三五十人" },
	{ "三到五千人参加。", 3000, 5000, A(EXACT), "人", D(COUNT), NULL, "三到五千人" },
	/* money in 块 毛 */
	{ "车费花了十块三毛。", 10.3, NAN, A(EXACT), "元", D(MONEY), NULL, "十块三毛" },
	{ "票价一块五。", 1.5, NAN, A(EXACT), "元", D(MONEY), "票价", "一块五" },
	{ "单价三毛五钱。", 0.35, NAN, A(EXACT), "元", D(MONEY), "单价", "三毛五钱" },
	/* numerals: mixed, 零, financial, decimals, signs */
	{ "共3.5万亿元。", 3.5e12, NAN, A(EXACT), "元", D(MONEY), NULL, "3.5万亿元" },
	{ "投资1000 万元。", 1e7, NAN, A(EXACT), "元", D(MONEY), "投资", "1000 万元" },
	{ "现有两千零五十人。", 2050, NAN, A(EXACT), "人", D(COUNT), NULL, "两千零五十人" },
	{ "共一万零三百人。", 10300, NAN, A(EXACT), "人", D(COUNT), NULL, "一万零三百人" },
	{ "拨款壹仟贰佰万元。", 1.2e7, NAN, A(EXACT), "元", D(MONEY), NULL, "壹仟贰佰万元" },
	{ "投资一千二万元。", 1.2e7, NAN, A(EXACT), "元", D(MONEY), "投资", "一千二万元" },
	{ "投入零点五亿元。", 5e7, NAN, A(EXACT), "元", D(MONEY), NULL, "零点五亿元" },
	{ "气温负三度。", -3, NAN, A(EXACT), "度", D(OTHER), NULL, "负三度" },
	{ "增长百分之零点五。", 0.5, NAN, A(EXACT), "%", D(PERCENT), NULL, "百分之零点五" },
	{ "占千分之三。", 0.003, NAN, A(EXACT), "", D(FRACTION), NULL, "千分之三" },
	{ "廿人参加。", 20, NAN, A(EXACT), "人", D(COUNT), NULL, "廿人" },
};

static struct shutu_facts *
extract(const char *text, int year)
{
	struct shutu_facts	*facts;
	GError			*error = NULL;

	facts = shutu_facts_extract(text, strlen(text), year, &error);
	g_assert_no_error(error);
	g_assert_nonnull(facts);
	return facts;
}

static size_t
count_kind(const struct shutu_facts *facts, enum shutu_fact_kind kind)
{
	size_t	 i, n = 0;

	for (i = 0; i < shutu_facts_count(facts); i++)
		if (shutu_facts_get(facts, i)->kind == kind)
			n++;
	return n;
}

/* The last fact written "text" (the labels' cases name one fact each). */
static const struct shutu_fact *
fact_with_text(const struct shutu_facts *facts, const char *text)
{
	const struct shutu_fact	*f = NULL;
	size_t			 i;

	for (i = 0; i < shutu_facts_count(facts); i++)
		if (strcmp(shutu_facts_get(facts, i)->text, text) == 0)
			f = shutu_facts_get(facts, i);
	return f;
}

static const struct shutu_fact *
first_kind(const struct shutu_facts *facts, enum shutu_fact_kind kind)
{
	size_t	 i;

	for (i = 0; i < shutu_facts_count(facts); i++)
		if (shutu_facts_get(facts, i)->kind == kind)
			return shutu_facts_get(facts, i);
	return NULL;
}

static void
test_quantities(void)
{
	struct shutu_facts	*facts;
	const struct shutu_fact	*f;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(quantities); i++) {
		g_test_message("case %zu: %s", i, quantities[i].text);
		facts = extract(quantities[i].text, 2020);
		g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 1);
		f = first_kind(facts, SHUTU_FACT_QUANTITY);
		g_assert_cmpfloat_with_epsilon(f->value, quantities[i].value,
		    1e-9 * fabs(quantities[i].value));
		if (isnan(quantities[i].value_max))
			g_assert_true(isnan(f->value_max));
		else
			g_assert_cmpfloat(f->value_max, ==,
			    quantities[i].value_max);
		g_assert_cmpstr(shutu_approx_name(f->approx), ==,
		    shutu_approx_name(quantities[i].approx));
		g_assert_cmpstr(f->unit, ==, quantities[i].unit);
		g_assert_cmpstr(shutu_dim_name(f->dimension), ==,
		    shutu_dim_name(quantities[i].dim));
		if (quantities[i].label != NULL)
			g_assert_cmpstr(f->label, ==, quantities[i].label);
		g_assert_cmpstr(f->text, ==, quantities[i].fact_text);
		shutu_facts_free(facts);
	}
}

/*
 * Labels in context: the fact whose text is "fact" gets "label".  One
 * row per rule of label.c; texts hold several facts where a rule reads
 * the fact before.
 */
static const struct {
	const char	*text;
	const char	*fact;
	const char	*label;
} labels[] = {
	/* a name of a category that joins two nouns */
	{ "外商及港澳台商投资企业增长4.7%。", "4.7%", "外商及港澳台商投资企业增速" },
	{ "煤炭开采和洗选业利润增长244.0%。", "244.0%", "煤炭开采和洗选业利润增速" },
	/* a list of topics and a list of numbers, no 分别: in order, and the
	 * verbs that lead the first are the others' too */
	{ "通过实施污水治理减排工程，累计减少化学需氧量和氨氮排放约320万吨、35万吨。",
	    "约320万吨", "累计减少化学需氧量" },
	{ "通过实施污水治理减排工程，累计减少化学需氧量和氨氮排放约320万吨、35万吨。",
	    "35万吨", "累计减少氨氮排放" },
	/* the list before a count of its parts, names in full: no shared tail */
	{ "农副食品加工业、酒饮料和精制茶制造业、金属制品业、化学原料和化学制品制造业四个"
	    "行业增幅回落，分别下降4.2%、10.5%、25.8%、30.6%。", "10.5%",
	    "酒饮料和精制茶制造业降幅" },
	/* the lexicon's indicators: 扣除非经常性损益 is never cut at 非 */
	{ "实现归属于上市公司股东的扣除非经常性损益净利润2.18亿元。", "2.18亿元",
	    "扣除非经常性损益净利润" },
	/* a name of nouns joined by 及/和 begins after the time, place or verb
	 * before it */
	{ "制定国家及行业标准12项。", "12项", "国家及行业标准" },
	{ "2019年全国规上文化及相关产业企业营收增长7.0%。", "7.0%",
	    "规上文化及相关产业企业营收增速" },
	{ "香港和澳门居民12万人次。", "12万人次", "香港和澳门居民" },
	{ "入境游客8203万人次，其中外国人1378万人次，香港、澳门和台湾同胞6824万人次。",
	    "6824万人次", "香港、澳门和台湾同胞" },
	/* a level reached after a change of it, or after its clause's subject */
	{ "境外互联网服务收入同比增长75.6%，达到人民币7亿元。", "7亿元",
	    "境外互联网服务收入" },
	{ "广告业务收入创下单季度历史新高，达到人民币33亿元。", "33亿元",
	    "广告业务收入" },
	/* a list's item that is one name from its mark is kept whole */
	{ "增速超过10%的行业有3个，分别是：新闻信息服务营业收入6800亿元，比上年增长"
	    "23.0%。", "6800亿元", "新闻信息服务营业收入" },
	/* a ranking's name holds its digits */
	{ "引进项目34个，世界500强企业3家。", "3家", "世界500强企业" },
	/* a headline's one-character change: 增 */
	{ "华为净利增超六成。", "超六成", "华为净利增速" },
	/* a name in quotes the noun goes on from; a plan's number is none */
	{ "2019年上半年，“特种集成电路”营收同比增加117.01%。", "117.01%",
	    "“特种集成电路”营收增幅" },
	{ "目前全县有效期内“三品一标”保有量达28个。", "28个", "“三品一标”保有量" },
	{ "储备“十四五”重大项目30个。", "30个", "重大项目" },
	/* a yearly average: 年均 is how the rate is counted, not a topic */
	{ "党的十八大以来，丁岗镇实力提升。一般公共预算收入年均增长43.71%。", "43.71%",
	    "一般公共预算收入年均增速" },
	{ "全县地区生产总值269.1亿元，是2012年的1.64倍，十年年均增长5.6%。", "5.6%",
	    "地区生产总值年均增速" },
	/* what a number is measured against: 高于全省, 比全国…低 */
	{ "全市生产总值增长7.6%，低于全省0.6个百分点。", "0.6个百分点", "生产总值增速低于全省" },
	{ "单台售价比进口设备低三分之一左右。", "三分之一左右", "单台售价低于幅度" },
	/* the topic: links, and what is or is no part of it */
	{ "全年固定资产投资比上年增长9.8%。", "9.8%", "固定资产投资增速" },
	/* an adverb between topic and number is no part of the topic */
	{ "社区工作人员却不足20人。", "不足20人", "社区工作人员" },
	/* the part of a month after a date is the date's (比2月底提高了) */
	{ "营业率达到85%，比2月底提高了41个百分点。", "41个百分点", "营业率提高" },
	/* a date inside the topic says when; the topic goes on before it */
	{ "直销渠道上半年营收400.09亿元，同比增长18.63%。", "400.09亿元",
	    "直销渠道营收" },
	{ "直销渠道上半年营收400.09亿元，同比增长18.63%。", "18.63%",
	    "直销渠道营收增速" },
	{ "力争3月底前集中开工项目30个以上。", "30个以上", "集中开工项目" },
	{ "全县上半年实现生产总值145亿元。", "145亿元", "生产总值" },
	/* a person's name says who, not what */
	{ "居委会主任蒋孟继每月工资不到3000元。", "不到3000元", "月工资" },
	/* past a 、 a list's next item, not the span's topic before it */
	{ "30亩果树三年后进入生产期、10亩小麦水稻轮种已经收入1.5万元。", "10亩", "小麦" },
	/* names of several lengths share the last one's tail at a word */
	{ "长三角、珠三角、京津冀、长江中游和成渝快递业务量增速分别为6.0%、4.7%、"
	    "10.6%、19.0%和11.2%。", "19.0%", "长江中游快递业务量增速" },
	/* 高达 is a link (jieba: a robot's name); a share of a share is one */
	{ "政府补助占补助总额的30%以上，其中2015年占比高达93.8%。", "93.8%",
	    "占补助总额比例" },
	/* 从N的Y: the Y's N */
	{ "园区的蝶变之旅：从40人的指挥部到20万产业工人。", "40人", "指挥部" },
	/* a clause after the measure word, to 的, says which are counted */
	{ "送给38户生活最困难的居民。", "38户", "居民" },
	/* what follows a date since when is the date's; a rate's span is its */
	{ "今年3月以来贷款增速连续4个月保持在11.6%的水平。", "4个月", "贷款增速" },
	{ "今年3月以来贷款增速连续4个月保持在11.6%的水平。", "11.6%", "贷款增速" },
	/* 可比增长 is counted comparably; points after a rate change the rate */
	{ "上半年，农林牧渔业总产值可比增长4.0%，比一季度提高1.6个百分点。", "4.0%",
	    "农林牧渔业总产值增速" },
	{ "上半年，农林牧渔业总产值可比增长4.0%，比一季度提高1.6个百分点。",
	    "1.6个百分点", "农林牧渔业总产值增速提高" },
	/* a rate alone before 分别: the list of the clause before, up to its verb */
	{ "禽蛋产量、水果和蔬菜增长较快，增速分别达9.1%、7.5%、5.5%。", "7.5%",
	    "水果增速" },
	{ "禽蛋产量、水果和蔬菜增长较快，增速分别达9.1%、7.5%、5.5%。", "9.1%",
	    "禽蛋产量增速" },
	{ "30亩果树三年后进入生产期。", "30亩", "果树" },
	{ "逾1200名志愿者组成的防控队伍冲在最前面。", "逾1200名", "志愿者" },
	/* a level kept at: what follows 的 only calls it a level */
	{ "近一年贷款增速保持在11%~12%的合理区间。", "11%~12%", "贷款增速" },
	{ "交通投资已连续多年保持在三万亿元以上。", "三万亿元以上", "交通投资" },
	{ "不少课程的点击量都在5万人次以上。", "5万人次以上", "点击量" },
	{ "城乡居民基本医疗保险参保率稳定在98%以上。", "98%以上", "基本医疗保险参保率" },
	{ "审批时限由原来的20个工作日压缩到5个工作日以内。", "20个工作日", "审批时限" },
	{ "居民消费价格上涨2.9%。", "2.9%", "居民消费价格涨幅" },
	{ "改造后生产效率提高了35%。", "35%", "生产效率增幅" },
	{ "第三产业比重较上年提高1.6个百分点。", "1.6个百分点", "第三产业比重提高" },
	{ "常住人口城镇化率54.7%，比上年末提高1.2个百分点。", "1.2个百分点", "常住人口城镇化率提高" },
	{ "本届比赛历时一个月。", "一个月", "比赛历时" },
	{ "这个车间是集团投资两千三百万元改造而成的。", "两千三百万元", "投资" },
	{ "集团研发投入2.9亿元。", "2.9亿元", "研发投入" },
	{ "集团向湖北等地捐赠价值约500万元的设备。", "约500万元", "捐赠价值" },
	{ "组织专家深入企业现场指导140余次。", "140余次", "企业现场指导" },
	{ "中智数控现有员工1,320人。", "1,320人", "员工" },
	{ "每座危桥改造工期约为3个月。", "约为3个月", "危桥改造工期" },
	{ "年末全县金融机构各项存款余额412.35亿元。", "412.35亿元", "存款余额" },
	{ "全市森林覆盖率达到35.2%。", "35.2%", "森林覆盖率" },
	{ "开设少儿美术等公益培训班40个。", "40个", "公益培训班" },
	{ "全年城乡最低生活保障对象1.26万人。", "1.26万人", "最低生活保障对象" },
	{ "其中，第一产业增加值38.21亿元。", "38.21亿元", "第一产业增加值" },
	/* a pronoun says who, never what; 每月 the period of the noun */
	{ "她每月工资3000元左右。", "3000元左右", "月工资" },
	{ "每月工资3000元。", "3000元", "月工资" },
	{ "她月收入3000元。", "3000元", "月收入" },
	/* 增加到, 提高/到, 压缩/到: the level reached, not the change */
	{ "第二年入社农户一下子增加到216户。", "216户", "入社农户" },
	{ "全市森林覆盖率提高到35.2%。", "35.2%", "森林覆盖率" },
	{ "审批时限由原来的20个工作日压缩到5个工作日以内。", "5个工作日以内", "审批时限" },
	/* 从过去的: where the change started; 增加到 glued is no noun */
	{ "亩产干枣从过去的400斤左右提高到800斤以上。", "400斤左右", "亩产干枣" },
	{ "亩产干枣从过去的400斤左右提高到800斤以上。", "800斤以上", "亩产干枣" },
	{ "产量从去年的300吨提高到500吨。", "300吨", "产量" },
	{ "入社农户从30户增加到216户。", "30户", "入社农户" },
	/* 亩/均, 人/均 split by ICU: per unit, a part of the noun */
	{ "亩均收入将近8000元。", "将近8000元", "亩均收入" },
	{ "目前该功能日均使用量已超过5万次。", "超过5万次", "日均使用量" },
	/* 多 after a unit approximates the number, it names nothing */
	{ "收入增长了30%多。", "30%", "收入增速" },
	{ "收入5万元多。", "5万元", "收入" },
	/* 比X高出: X is what it is compared with, the number a difference */
	{ "亩均收入比种玉米高出三成。", "三成", "亩均收入高出幅度" },
	{ "人均可支配收入达到16850元，比全镇平均水平高出约2100元。", "约2100元", "人均可支配收入高出" },
	{ "城镇化率比全省高2.1个百分点。", "2.1个百分点", "城镇化率高出" },
	{ "今年销售额比去年多出200万元。", "200万元", "销售额" },
	/* taking people on counts the people; 本村 says where, not what */
	{ "如今，合作社已吸纳社员312户。", "312户", "社员" },
	{ "合作社每天雇用本村临时工80人左右。", "80人左右", "临时工" },
	{ "本市户籍人口300万人。", "300万人", "户籍人口" },
	/* the name of a company says who; the label what */
	{ "中原电气有限公司营业收入首次突破8亿元。", "突破8亿元", "营业收入" },
	/* 由/从 a year's level 到 another's: the years say when */
	{ "全县贫困发生率由12.5%下降到0.3%。", "12.5%", "贫困发生率" },
	{ "农村居民人均可支配收入由2015年的8000元增加到2020年的14580元。", "8000元", "农村居民人均可支配收入" },
	{ "农村居民人均可支配收入由2015年的8000元增加到2020年的14580元。", "14580元", "农村居民人均可支配收入" },
	/* 只有 says how few, not what: better no label than a link */
	{ "这个只有200多人的小山村。", "200多人", "" },
	/* a modal verb before the link: what may be, not what */
	{ "预计全年产量能达到3000吨。", "3000吨", "产量" },
	{ "项目建成后年产值可达5亿元。", "5亿元", "年产值" },
	/* an adverb says how it changed, not what */
	{ "收入大幅增长12%。", "12%", "收入增速" },
	/* marks, currencies and rate bases next to the number */
	{ "路网密度为每百平方公里146公里。", "146公里", "路网密度" },
	{ "本项目合作经费总额为人民币陆仟万元整。", "陆仟万元", "项目合作经费总额" },
	{ "全县实现地区生产总值（GDP）345.67亿元。", "345.67亿元", "地区生产总值" },
	{ "全年全县居民消费价格（CPI）上涨2.9%。", "2.9%", "居民消费价格涨幅" },
	{ "成立日期不详，注册资本：5.8亿元。", "5.8亿元", "注册资本" },
	{ "与职业院校合作开设“订单班”4个。", "4个", "订单班" },
	{ "实现地区生产总值（GDP）345.67亿元，按可比价格计算，增长7.2%。", "7.2%", "地区生产总值增速" },
	/* a share of what comes before 的, or of what follows it */
	{ "完成年度目标任务的52%。", "52%", "年度目标任务完成比例" },
	{ "占年度计划的54.6%，提前实现目标。", "54.6%", "占年度计划比例" },
	{ "已完成路基工程量的八成以上。", "八成以上", "路基工程量完成比例" },
	{ "单日接待量控制在最大承载量的30%以下。", "30%以下", "占最大承载量比例" },
	{ "全市七成以上的乡镇建成了污水处理设施。", "七成以上", "乡镇占比" },
	{ "全市约1/3的乡镇空气质量综合指数改善。", "约1/3", "乡镇空气质量占比" },
	/* the words after the number */
	{ "园区还建成了1座综合监控中心。", "1座", "综合监控中心" },
	{ "全市12个地表水考核断面中，9个达标。", "12个", "地表水考核断面" },
	{ "全市共有32支合唱团参赛。", "32支", "合唱团" },
	{ "市财政还安排了两千三百万元专项资金，用于危桥改造。", "两千三百万元", "专项资金" },
	{ "公司将投资3.8亿元建设数控系统研发中心。", "3.8亿元", "数控系统研发中心投资" },
	{ "市交通运输局投资约3,600万元建设交通运行监测调度中心。", "约3,600万元", "运行监测调度中心投资" },
	{ "去年，村里猕猴桃产值大约460万元。", "大约460万元", "猕猴桃产值" },
	{ "路通了，村里200多亩猕猴桃再也不愁卖了。", "200多亩", "猕猴桃" },
	/* 一斤…卖, 每斤…卖: a price per unit */
	{ "一斤干枣卖不到3元。", "不到3元", "干枣每斤售价" },
	{ "现在一斤能卖到十五元。", "十五元", "每斤售价" },
	{ "一次性销售50万元。", "50万元", "一次性销售" },
	/* 给予奖补: what is given names the sum */
	{ "县财政按200万~300万元给予奖补。", "200万~300万元", "奖补" },
	{ "按每亩200元给予补贴。", "200元", "补贴" },
	/* 在家, 从业: a preposition glued to a word begins a predicate */
	{ "60多名村民在家门口实现就业。", "60多名", "村民" },
	{ "300家企业从业人员2万人。", "300家", "企业" },
	{ "两天时间销售非遗产品86万元。", "两天", "销售非遗产品用时" },
	{ "乙方应于本合同签订之日起十五日内支付。", "十五日内", "期限" },
	{ "双方计划在3年内共同投入研发经费。", "3年", "期限" },
	/* what the number says of the fact before */
	{ "重污染天数为4天，同比减少6天，降幅达百分之六十。", "百分之六十", "重污染天数降幅" },
	{ "达到Ⅲ类水质的断面有9个，占比75%，同比提高8.3个百分点。", "75%", "断面占比" },
	{ "达到Ⅲ类水质的断面有9个，占比75%，同比提高8.3个百分点。", "8.3个百分点", "断面占比提高" },
	{ "其中民生支出41.3亿元，约占八成。", "八成", "民生支出占比" },
	{ "全年新建高标准农田5.2万亩，累计达到42.6万亩。", "42.6万亩", "新建高标准农田累计" },
	{ "新签订单金额52.3亿元，是去年同期的1.6倍。", "1.6倍", "新签订单金额倍数" },
	{ "车程将由1.5小时缩短至40分钟。", "40分钟", "车程" },
	{ "黑臭水体中已有16条实现长制久清，其余3条年底前完成整治。", "3条", "黑臭水体" },
	{ "二氧化硫、二氧化氮平均浓度分别为9微克/立方米和31微克/立方米。", "31微克/立方米", "二氧化氮平均浓度" },
	{ "比重分别为11.1%、45.2%和43.7%。", "43.7%", "比重" },
	{ "用时不到40天就完成了涉及186户的征迁签约任务。", "186户", "" },
	{ "粮食总产量连续五年稳定在30万吨以上。", "30万吨以上", "粮食总产量" },
	{ "城东区PM2.5浓度同比降幅最大，为21.6%。", "21.6%", "PM2.5浓度降幅" },
	{ "河阳县优良天数最多，达到131天。", "131天", "优良天数" },
	{ "计划在全市16个乡镇演出120场次。", "120场次", "演出" },
	{ "建成区19条黑臭水体中已有16条实现长制久清。", "16条", "黑臭水体" },
	{ "辖区内58条道路总长度为53570米。", "53570米", "道路总长度" },
	{ "两天时间销售非遗产品86万元。", "86万元", "销售非遗产品" },
};

static void
test_labels(void)
{
	struct shutu_facts	*facts;
	const struct shutu_fact	*f;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(labels); i++) {
		g_test_message("case %zu: %s", i, labels[i].text);
		facts = extract(labels[i].text, 2020);
		f = fact_with_text(facts, labels[i].fact);
		g_assert_nonnull(f);
		g_assert_cmpstr(f->label, ==, labels[i].label);
		shutu_facts_free(facts);
	}
}

/* Numbers that are not facts: no quantity at all. */
static const char *const not_facts[] = {
	"第四届“强网杯”全国网络安全挑战赛。",		/* ordinal */
	/* a numbered programme's parts, glossed in brackets after its name */
	"联合发起的“四个100”(100个最美志愿者、100个最佳志愿服务组织)推选活动。",
	"郑州赛维云计算产业园二期等项目。",		/* phase */
	"设立二级路长制度。",				/* level */
	"实行三级动态分析会制度。",			/* level */
	"新华三大数据技术有限公司。",			/* company name */
	"以西四环区域的开发为己任。",			/* road name */
	"党建引领『五个之城』协奏。",			/* slogan */
	"实行“五个一”工程。",				/* programme */
	"坚持一个引领，围绕一个中心。",			/* indefinite 一 */
	"“1+9”党建局域网初步形成。",			/* programme */
	"以“四纵四横两区两园五景六停十五街”为轴线。",	/* slogan */
	"从一片荒芜蝶变。",				/* idiom */
	"巩固九年义务教育成果。",			/* a name: 九年义务教育 */
	"推行五年制培养。",				/* a name: 五年制 */
	"比上年缩小0.05。",				/* a bare number, no ratio before */
	"前10名企业。",					/* rank */
	"沿112国道布局。",				/* a road's number */
	"改建312省道。",				/* a road's number */
	"像一条绚丽的绿丝带。",				/* indefinite 一 */
	"一个个紧张忙碌的施工现场。",			/* idiom */
	"一座座高大建筑鳞次栉比。",			/* idiom */
	"庆祝建党99周年。",				/* anniversary */
	"关爱65岁以上老人。",				/* an age names a group */
	"60岁及以上人口增加。",				/* an age names a group */
	"打通服务群众“最后100米”。",			/* figurative */
	"每10万人刑事案件发案数下降。",			/* rate base */
	"万丰慧城社区供暖问题。",			/* place name */
	"四点半课堂开课。",				/* time as a name */
	"图一 须水河南支公园。",			/* figure label */
	"拨打12345市民热线。",				/* a number, no unit */
	"联系选民“零距离”。",				/* figurative */
	"5G基站建设提速。",				/* a code */
	/* issue 10: numbers without a unit, idioms, words */
	"三百五十",					/* a bare number */
	"1, 234, 567",					/* bare numbers */
	"二〇二〇",					/* digits, no 年 */
	"数以万计的群众。",				/* vague, no unit */
	"三五成群地散步。",				/* idiom */
	"他负责此事。",					/* 负 is no sign */
	"几个人商量。",					/* 几 without a scale */
	"几乎所有人。",					/* a word */
	"经过万里长征。",				/* 过 of 经过 */
	"完成千万元投资。",				/* bare 千 */
	/* a numeral that begins a longer word is the word's */
	"汽车及零部件等行业。",
	"一部分企业转型。",
	"三十而立再出发，二次创业攀新高。",		/* a second round */
	"",						/* nothing */
};

static void
test_not_facts(void)
{
	struct shutu_facts	*facts;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(not_facts); i++) {
		g_test_message("case %zu: %s", i, not_facts[i]);
		facts = extract(not_facts[i], 2020);
		g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 0);
		shutu_facts_free(facts);
	}
}

static const struct {
	const char		*text;
	int			 year;		/* --year; 0: from the article */
	const char		*date;
	enum shutu_precision	 precision;
	const char		*event;		/* NULL: not checked */
} dates[] = {
	{ "6月28日，省领导来到企业调研。", 2020, "2020-06-28", SHUTU_PRECISION_DAY, "省领导来到企业调研" },
	{ "2020年6月，项目开工。", 0, "2020-06", SHUTU_PRECISION_MONTH, "项目开工" },
	{ "9月份，挑战赛将在园区举行。", 2020, "2020-09", SHUTU_PRECISION_MONTH, "挑战赛将在园区举行" },
	{ "2020年上半年，营业收入增长。", 0, "2020", SHUTU_PRECISION_PART, NULL },
	{ "一季度，货运量下降。", 2019, "2019", SHUTU_PRECISION_SEASON, NULL },
	{ "2008-08-08，奥运会开幕。", 0, "2008-08-08", SHUTU_PRECISION_DAY, "奥运会开幕" },
	{ "庆祝建党99周年。6月29日，召开座谈会。", 0, "2020-06-29", SHUTU_PRECISION_DAY, "召开座谈会" },
	{ "6月28日，开工。", 0, "--06-28", SHUTU_PRECISION_DAY, NULL },
	/* a day the month has not: the date is the month's, never 02-30 */
	{ "2020年2月30日，召开会议。", 0, "2020-02", SHUTU_PRECISION_MONTH, "召开会议" },
	{ "2020-04-31召开会议。", 0, "2020-04", SHUTU_PRECISION_MONTH, NULL },
	{ "2月29日，召开会议。", 2021, "2021-02", SHUTU_PRECISION_MONTH, "召开会议" },
	{ "2月29日，召开会议。", 2020, "2020-02-29", SHUTU_PRECISION_DAY, "召开会议" },
	{ "2月30日，召开会议。", 0, "--02", SHUTU_PRECISION_MONTH, "召开会议" },
	/* captions: past parts of the month, up to the next date */
	{ "截至6月底，集团新建实验室投入使用。", 2020, "2020-06", SHUTU_PRECISION_MONTH, "集团新建实验室投入使用" },
	{ "上半年的成绩来之不易。", 2020, "2020", SHUTU_PRECISION_PART, "成绩来之不易" },
	/* the year before the article's */
	{ "去年6月，项目开工。", 2021, "2020-06", SHUTU_PRECISION_MONTH, "项目开工" },
	/* a part of a year said in words */
	{ "今年一季度，物价上涨。", 2012, "2012", SHUTU_PRECISION_SEASON, "物价上涨" },
	/* quarters in digits */
	{ "2季度末，生猪存栏回升。", 2016, "2016", SHUTU_PRECISION_SEASON, NULL },
};

/* 三次产业结构为5.7:49.3:45.0: each part of a ratio is a fact. */
/* 分别: the facts after it take the parts of the topic in order. */
/* 15日 alone takes the month named last; 当年 the year named last. */
static void
test_date_context(void)
{
	struct shutu_facts	*facts;

	facts = extract("新华社北京1月15日电 生态环境部15日发布数据。", 2021);
	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_DATE), ==, 2);
	g_assert_cmpstr(shutu_facts_get(facts, 1)->date, ==, "2021-01-15");
	shutu_facts_free(facts);
	facts = extract("2018年，工作队进村。当年11月，他当选书记。", 2020);
	g_assert_cmpstr(shutu_facts_get(facts, 1)->date, ==, "2018-11");
	shutu_facts_free(facts);
	/* no month before: no date; a span of days is none either */
	facts = extract("会议15日召开，工程15日内完成。", 2021);
	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_DATE), ==, 0);
	shutu_facts_free(facts);
}

/* 由上月持平转为下降; the label a ； hands on to the next clause */
static void
test_carry(void)
{
	static const char *const want[] = {
		"工业生产者出厂价格降幅", "工业生产者出厂价格涨幅",
	};
	struct shutu_facts	*facts;
	size_t			 i;

	facts = extract("4月份工业生产者出厂价格环比由上月持平转为下降0.3%；"
	    "同比上涨1.3%。", 2018);
	for (i = 0; i < 2; i++)
		g_assert_cmpstr(first_kind(facts, SHUTU_FACT_QUANTITY) ==
		    NULL ? NULL : shutu_facts_get(facts, i + 1)->label, ==,
		    want[i]);
	shutu_facts_free(facts);
}

static void
test_distribute(void)
{
	static const char *const want[] = {
		"城镇居民人均可支配收入", "农村居民人均可支配收入",
		"城镇居民人均可支配收入增速", "农村居民人均可支配收入增速",
	};
	struct shutu_facts	*facts;
	size_t			 i;

	facts = extract("城镇和农村居民人均可支配收入分别达到31260元和14580元，"
	    "分别增长4.2%和7.3%。", 2020);
	g_assert_cmpuint(shutu_facts_count(facts), ==, 4);
	for (i = 0; i < 4; i++)
		g_assert_cmpstr(shutu_facts_get(facts, i)->label, ==, want[i]);
	shutu_facts_free(facts);

	/*
	 * Owners as the parts: 中部、西部 share 东北地区's suffix, and each
	 * group says what the parallel clause before said, in order.
	 */
	facts = extract("东部地区实现营业收入63702亿元，比上年增长6.1%；中部、西部和"
	    "东北地区分别为13620亿元、8393亿元和909亿元，分别增长8.4%、11.8%和"
	    "1.5%。", 2020);
	g_assert_cmpuint(shutu_facts_count(facts), ==, 8);
	for (i = 2; i < 8; i++) {
		const struct shutu_fact *f = shutu_facts_get(facts, i);
		static const char *const owner[] = {
			"中部地区", "西部地区", "东北地区",
		};

		g_test_message("%g: %s, %s", f->value, f->label, f->entity);
		g_assert_cmpstr(f->entity, ==, owner[(i - 2) % 3]);
		g_assert_cmpstr(f->label, ==, shutu_facts_get(facts, i < 5 ? 0 :
		    1)->label);
	}
	shutu_facts_free(facts);
}

/* A list a lead-in opens takes the measure the lead-in names. */
static void
test_leadin(void)
{
	struct shutu_facts	*facts;
	size_t			 i;

	facts = extract("回顾一下上半年各县(市、区)GDP完成数据：\n"
	    "1.新罗区(607.87亿元 同比增长5.4%)、2.上杭县(281.72亿元 5.6%)。\n",
	    2024);
	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 4);
	for (i = 0; i < shutu_facts_count(facts); i++) {
		const struct shutu_fact *f = shutu_facts_get(facts, i);

		if (f->kind != SHUTU_FACT_QUANTITY)
			continue;
		g_test_message("%g: %s", f->value, f->label);
		g_assert_cmpstr(f->label, ==, f->dimension == SHUTU_DIM_PERCENT ?
		    "GDP增速" : "GDP");
	}
	shutu_facts_free(facts);
}

static void
test_ratio_parts(void)
{
	static const double	 want[] = { 5.7, 49.3, 45.0 };
	struct shutu_facts	*facts;
	size_t			 i;

	facts = extract("三次产业结构为5.7:49.3:45.0，比上年有所优化。", 2019);
	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 3);
	for (i = 0; i < 3; i++) {
		g_assert_cmpfloat(shutu_facts_get(facts, i)->value, ==, want[i]);
		g_assert_cmpstr(shutu_facts_get(facts, i)->unit, ==, "");
	}
	shutu_facts_free(facts);
	/* but not a time of day or a score without a ratio's words */
	facts = extract("会议于9:30开始，比分3:1。", 2019);
	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 0);
	shutu_facts_free(facts);
}

static void
test_dates(void)
{
	struct shutu_facts	*facts;
	const struct shutu_fact	*f;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(dates); i++) {
		g_test_message("case %zu: %s", i, dates[i].text);
		facts = extract(dates[i].text, dates[i].year);
		g_assert_cmpuint(count_kind(facts, SHUTU_FACT_DATE), ==, 1);
		/* A date is never a quantity: 2020年 is no count of years. */
		g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 0);
		f = first_kind(facts, SHUTU_FACT_DATE);
		g_assert_cmpstr(f->date, ==, dates[i].date);
		g_assert_cmpint(f->precision, ==, dates[i].precision);
		if (dates[i].event != NULL)
			g_assert_cmpstr(f->event, ==, dates[i].event);
		g_assert_cmpuint(g_utf8_strlen(f->event, -1), <=, 21);
		shutu_facts_free(facts);
	}
}

static void
test_year(void)
{
	struct shutu_facts	*facts;

	/* The most named year; an anniversary counts as a mention. */
	facts = extract("2019年开工，2020年完工，2020年验收。", 0);
	g_assert_cmpint(shutu_facts_get_year(facts), ==, 2020);
	shutu_facts_free(facts);
	facts = extract("庆祝建党99周年。", 0);
	g_assert_cmpint(shutu_facts_get_year(facts), ==, 2020);
	shutu_facts_free(facts);
	/* 当年 after 去年…: that year again */
	facts = extract("去年9月10日，社区慰问困难军属。当年10月28日，又开展慰问活动。",
	    2018);
	g_assert_cmpstr(first_kind(facts, SHUTU_FACT_DATE)->date, ==,
	    "2017-09-10");
	g_assert_cmpstr(shutu_facts_get(facts, 1)->date, ==, "2017-10-28");
	shutu_facts_free(facts);
	/* 较年初: what a change is counted from, no date */
	facts = extract("2025年6月末，各项贷款余额较年初增加9062亿元。", 0);
	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_DATE), ==, 1);
	shutu_facts_free(facts);
	facts = extract("没有年份。", 0);
	g_assert_cmpint(shutu_facts_get_year(facts), ==, 0);
	shutu_facts_free(facts);
	facts = extract("2019年开工。", 2021);	/* --year wins */
	g_assert_cmpint(shutu_facts_get_year(facts), ==, 2021);
	shutu_facts_free(facts);
	/*
	 * A lead's day in an article that gives a whole year's results is
	 * after that year; a goal for the year says nothing of the kind.
	 */
	facts = extract("新区召开发布会\n今日镇江讯 10月10日，新区召开发布会。\n"
	    "2021年一般公共预算收入1.2亿元。\n", 0);
	g_assert_cmpstr(first_kind(facts, SHUTU_FACT_DATE)->date, ==,
	    "2022-10-10");
	shutu_facts_free(facts);
	facts = extract("新区召开发布会\n今日镇江讯 10月10日，新区召开发布会。\n"
	    "2021年一般公共预算收入力争1.2亿元。\n", 0);
	g_assert_cmpstr(first_kind(facts, SHUTU_FACT_DATE)->date, ==,
	    "2021-10-10");
	shutu_facts_free(facts);
	/* a year that runs on to now (2022年以来) is not over */
	facts = extract("经开区召开推进会\n中国日报10月10日长沙讯 10月10日，经开区"
	    "召开推进会：2022年以来，共落地项目247个。\n", 0);
	g_assert_cmpstr(first_kind(facts, SHUTU_FACT_DATE)->date, ==,
	    "2022-10-10");
	shutu_facts_free(facts);
	/* a dash before a date, a range mark between years: no sign */
	facts = extract("政府工作报告\n-2022年2月23日在斗门区人民代表大会上\n"
	    "2014年-2018年，补助占22%。\n", 0);
	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 1);
	g_assert_cmpstr(first_kind(facts, SHUTU_FACT_DATE)->date, ==,
	    "2022-02-23");
	shutu_facts_free(facts);
}

static const struct {
	const char	*text;
	const char	*entity;	/* of the first quantity; NULL: none */
} entities[] = {
	/* the article's subject: a congress hears its report, a title names it */
	{ "政府工作报告\n——在塔坊镇第十四届人民代表大会第四次会议上\n各位代表：\n"
	    "全年完成财政收入800万元。", "塔坊镇" },
	{ "东方中科2023年营收增长\n公司全年实现营业收入20亿元。", "东方中科" },
	{ "各位代表：\n我代表区政府向大会报告工作。\n预计实现地区生产总值56.6亿元。"
	    "《二道江区旅游发展规划》编制完成。", "二道江区" },
	{ "年报速递\n近日，东方中科发布2023年年度报告，实现营业收入30.07亿元。",
	    "东方中科" },
	{ "一季度广西居民消费价格上涨\n2012年一季度，广西居民消费价格上涨3.2%。",
	    "广西壮族自治区" },
	{ "记者从广西壮族自治区发展和改革委员会了解到，全区粮食增产5%。",
	    "广西壮族自治区" },
	{ "玉林至铁山港铁路开工，全长约98.2公里。", "玉林至铁山港铁路" },
	{ "农村公路新建300公里。", NULL },
	/* real text (issue 10): names the lexicon refuses or reads */
	{ "代理市长作报告。全市实现地区生产总值1890亿元。", NULL },
	{ "黄冈市五届人大开幕，市长作报告。全市实现生产总值1890亿元。", "黄冈市" },
	{ "建设魔芋园区5个，全县种植魔芋10110亩。", NULL },
	{ "国泰海通超越中信证券。中信证券实现净利润137.19亿元。", "中信证券" },
	{ "2023年，慈溪全市实现地区生产总值2639.45亿元。", "慈溪市" },
	{ "十大强县分别为慈溪(2639亿)、义乌(2055亿)。", "慈溪市" },
	{ "国家统计局发布数据，全国居民人均可支配收入20000元。", "全国" },
	{ "国家统计局：2019年全国规上文化企业营收增长7.0%\n记者从国家统计局获悉，"
	    "上述企业实现营业收入86624亿元。", "全国" },
	{ "在青石镇、柳泉镇各建设1个产业园，全县新增就业300人。", NULL },
	{ "# 淇川县政府工作报告\n\n全县地区生产总值增长6%。", "淇川县" },
	/* a name quoted whole is a title given, and 全国 before it its word */
	{ "北干一苑 全国“最美志愿服务社区”美在哪\n北干一苑社区被评为全国“最美志愿服务"
	    "社区”。\n11支志愿服务小分队活跃于社区各个角落。", "北干一苑社区" },
	/* each part of a headline parted by a space may begin with the name */
	{ "特种集成电路贡献巨大 紫光国微净利增超六成\n8月22日，紫光国微发布半年报，"
	    "公司实现营业收入15.59亿元。", "紫光国微" },
	/* a space parts two clauses: the name after it heads its own */
	{ "十年来 平阴县累计招引亿元以上项目293个。", "平阴县" },
	/* a period in numerals before the title's place leads no name */
	{ "2022年一季度嵩明县经济运行情况\n一季度，全县地区生产总值完成40.13亿元。",
	    "嵩明县" },
	{ "浙江现设有温州、湖州、嘉兴9个地级市。", "浙江省" },
	/* the sentence's entity */
	{ "枫杨办事处辖区58条道路。", "枫杨办事处" },
	{ "郑州高新区沟赵办事处辖区有36个监测点。沟赵办事处很好。", "沟赵办事处" },
	/* the paragraph's, then the section's */
	{ "## 一\n沟赵办事处积极作为。\n办事处300余名党员干部冲锋在前。", "沟赵办事处" },
	/* a heading starts a new section; the title names the article */
	{ "# 嵩阳县统计公报\n## 农业\n粮食产量52万吨。", "嵩阳县" },
	{ "新天科技股份有限公司成立。该公司有员工300名。", "新天科技股份有限公司" },
	/* 经 may begin a name: 经开区, 经开街道 */
	{ "金水区经开街道改造小区17个。经开街道很忙。", "经开街道" },
	/* where something lies is not whose the number is */
	{ "智造集团位于郑州经开区的车间投资2300万元。郑州经开区很大。智造集团很好。",
	    "智造集团" },
	/* generic words are no names */
	{ "城市道路58条。", NULL },
	{ "辖区老旧小区改造58个。", NULL },
	{ "嵩山智造集团核心子公司员工300名。", "嵩山智造集团" },
	{ "辖区58条道路。", NULL },
	/* a name said in passing owns at most its sentence */
	{ "# 嵩州市交通\n省道改建工程连接嵩州市区与河阳县。工程全长27.3千米。\n"
	    "河阳县很美。", "嵩州市" },
	/* where someone lives is not whose the number is */
	{ "# 嵩州市文化\n家住城东区的陈阿姨说。馆内有32名老师。\n城东区很好。",
	    "嵩州市" },
	/* the bare kind at the head of a clause: the last one named */
	{ "# 石佛办事处\n## 一\n郑州高新区双桥办事处很好。\n## 二\n"
	    "办事处对辖区36条道路实行管理。", "双桥办事处" },
	{ "# 智造集团\n郑州中智数控科技有限公司成立。该公司上半年营业收入9.7亿元。",
	    "郑州中智数控科技有限公司" },
	/* a company's short name at the head of a sentence */
	{ "# 智造集团\n郑州中智数控科技有限公司成立。\n中智数控现有员工1320人。",
	    "郑州中智数控科技有限公司" },
	/* 全市 (after 在) is the city */
	{ "# 嵩州市环境\n城东区降幅最大。在全市3个站点中，高新区站点的浓度较低。\n"
	    "城东区很好。", "嵩州市" },
	/* 全国 is the country's, not the article's city's */
	{ "# 嵩州市交通\n全国交通投资保持在三万亿元以上，嵩州市也不例外。", "全国" },
	/* the subject before the number beats a name more often said */
	{ "# 智造集团\n智造集团很大。郑州中智数控科技有限公司营业收入增长26.3%，"
	    "高于智造集团整体增速。", "郑州中智数控科技有限公司" },
	/* names in a list are no subject; the section's is */
	{ "# 沟赵办事处\n## 一\n办事处拥有多项重点项目。\n目前，河南安德科技产业园"
	    "建设项目、新天智慧能源科技产业园项目等24个项目正在开展。", "沟赵办事处" },
	/* a bare 社区 is any of many; 街道 is the one named */
	{ "# 柳湖街道\n秦岭社区书记说。街道推行路长制，社区书记担任路长86名。\n"
	    "在秦岭社区，网格员很忙。", "柳湖街道" },
	/* a verb leads no name: 我代表县人民政府 names no 代表县 */
	{ "# 淇川县政府工作报告\n我代表县人民政府报告工作。\n"
	    "全县地区生产总值达到186.4亿元。", "淇川县" },
	/*
	 * In a report its title's entity speaks: a town owns the sentence it
	 * heads, not the next; a name said in passing owns nothing.
	 */
	{ "# 淇川县政府工作报告\n白沙乡流转土地。剩余的1126名贫困人口全部脱贫。",
	    "淇川县" },
	{ "# 淇川县政府工作报告\n## 三\n启动城北片区更新，征收房屋约1500户。",
	    "淇川县" },
	{ "# 嵩阳县统计公报\n白沙乡流转土地5600余亩。", "白沙乡" },
	/* a farmers' cooperative, and 合作社 said again */
	{ "# 李庄村\n村里成立了李庄木耳专业合作社。如今，合作社年产干木耳60吨。",
	    "李庄木耳专业合作社" },
	/* 村里 at the head of a clause is the village */
	{ "# 李庄村\n走进平山县李庄村。\n县农业农村局派驻的书记到任。"
	    "村里牵头成立合作社，三十多户贫困户加入。", "李庄村" },
	/* an aim (力争, 确保) before the subject of its clause */
	{ "# 淇川县\n## 二\n白沙乡发展艾草种植。支持白沙乡艾草产业，"
	    "力争全县农产品加工业产值突破80亿元。", "淇川县" },
	/* a bare 公司 is the article's company, not a subsidiary named since */
	{ "宏泰电气集团股份有限公司发布年报。主要子公司中，宏泰变压器有限公司"
	    "表现亮眼，宏泰智能电网科技（滨阳）有限公司也不错。\n"
	    "公司海外收入1.56亿美元。", "宏泰电气集团股份有限公司" },
	/* ... unless the section is about one other company */
	{ "中原智造集团有限公司发布半年报。\n## 子公司\n"
	    "郑州中智数控科技有限公司表现亮眼。公司下一步将投资3.8亿元。",
	    "郑州中智数控科技有限公司" },
	/* after several companies in turn, a sentence of none is about all */
	{ "宏泰电气集团股份有限公司发布年报。\n主要子公司中，宏泰变压器有限公司"
	    "表现亮眼；宏泰智能电网科技（滨阳）有限公司也不错。两家子公司合计"
	    "贡献了集团近六成的营业收入。", "宏泰电气集团股份有限公司" },
	/* a place in brackets inside a company's name */
	{ "宏泰智能电网科技（滨阳）有限公司营业收入超过10亿元。",
	    "宏泰智能电网科技（滨阳）有限公司" },
};

/* Texts and the document's entities they name, in order. */
static const struct {
	const char	*text;
	const char	*entities[4];	/* NULL-terminated */
} entity_lists[] = {
	/* descriptions of what a place is to become */
	{ "把辖区建设成为创新引领区、品质宜居区和和谐善治区。", { NULL } },
	/* what a company is, not its name: 上市公司, 主要子公司 */
	{ "公司是A股上市公司，旗下公司和主要子公司经营稳健。", { NULL } },
	/* a verb no name holds */
	{ "选派56名机关干部下沉社区担任书记，党建引领社区治理。", { NULL } },
	/* a kind joined to a name by 联合 (but 中国联合…公司 is a name) */
	{ "社区联合澄州市第二人民医院组建医疗队。", { "澄州市", NULL } },
	{ "中国联合网络通信有限公司有员工3000人。",
	    { "中国联合网络通信有限公司", NULL } },
	/* words, not names: 家乡, 夜市, 化工园区 */
	{ "作品既有描绘家乡新变化的山水画，公园茂夜市很火爆。", { NULL } },
	{ "紧紧围绕落实郑州市战略，化工园区实现绿色蝶变。", { "郑州市" } },
	/* counts are no names, numerals in names are */
	{ "实行人大代表联系六大片区制度，四好农村路通达千村万户。", { NULL } },
	{ "把9个社区党组织和辖区三四十家驻区单位拧成一股绳，进一步提升社区工作。",
	    { NULL } },
	{ "三官庙社区焕然一新，二七区和新华三集团也是。",
	    { "三官庙社区", "二七区", "新华三集团" } },
	/* words of names that hold a function word */
	{ "中原区柳湖街道召开大会，新华三大数据技术有限公司参加。",
	    { "中原区", "柳湖街道", "新华三大数据技术有限公司" } },
	/* a suffix that goes on from a name makes it longer */
	{ "河南中原智造装备集团有限公司和嵩州化工产业园区、郑州高新区管委会。",
	    { "河南中原智造装备集团有限公司", "嵩州化工产业园区",
	    "郑州高新区管委会" } },
	/* a bureau and a 人民医院 are named with their place */
	{ "嵩州市生态环境局召开会议，中原区人民医院参加。",
	    { "嵩州市生态环境局", "中原区人民医院" } },
	/* and a park named by what it grows */
	{ "龙泉镇香菇产业园面积扩大到3200亩。", { "龙泉镇香菇产业园" } },
	/* a role, a year before a name */
	{ "施工方中原高速公路股份有限公司介绍，2025年郑州高新区建成。",
	    { "中原高速公路股份有限公司", "郑州高新区" } },
	/* words pointing back name nothing new */
	{ "郑州中智数控科技有限公司成立。该公司很好，全市也好。",
	    { "郑州中智数控科技有限公司" } },
	/* verbs and times lead no name: 启动, 改扩建, 力争年底, 全年 */
	{ "启动城北片区更新，全年改造老旧小区21个，新建、改扩建中小学11所。",
	    { "城北片区" } },
	{ "力争年底村集体经济收入突破60万元。", { NULL } },
	/* a government is no part of a name; 和 after it joins */
	{ "淇川县人民政府县长周明远。在镇政府和县商务局的支持下。",
	    { "淇川县" } },
	/* 现代 is one word; a modern farm park is a kind, not a name */
	{ "在青石镇、柳泉镇各建设1个现代农业产业园。", { "青石镇", "柳泉镇" } },
	/* in the village (村里), back home (返乡): words, not names */
	{ "依托枣园风光和村里的老宅，近两年全村返乡青年52名。", { NULL } },
	/* what a report says was done leads no name, nor 全面 or 新 before it */
	{ "全面完成县乡村三级服务中心建设，完成城关镇等12个乡镇管网建设。",
	    { "城关镇" } },
	{ "开工建设县第二人民医院，发展壮大村集体经济，选举产生村干部830名。",
	    { NULL } },
	/* a verb before a suffix is no name: 配合县教育部门 */
	{ "长征镇2020年扶贫工作\n全镇配合县教育部门发放教育补贴70.8万元。", { "长征镇" } },
	/* kinds of zones and villages are no names */
	{ "谋划实施高新技术产业开发区扩区工程，新打造示范村15个。", { NULL } },
	/* 新增 is a verb, not 新 before 增; 上市 is a word */
	{ "长垣市新增上市企业2家，推动企业上市。", { "长垣市" } },
	/* a stop may begin the words before a name: 全资子公司 */
	{ "全资子公司华兴新材料有限公司完成产值3.2亿元。",
	    { "华兴新材料有限公司" } },
	/* a cooperative is named; the kinds of them are not */
	{ "成立了平山县李庄木耳专业合作社，专业合作社和农民合作社很多。",
	    { "平山县", "李庄木耳专业合作社" } },
	/* who founds is no part of what is founded */
	{ "村里牵头成立合作社，由村民组建合作社。", { NULL } },
	/* a rank given is no name: 获批国家级经开区 */
	{ "嵩州经济技术开发区获批国家级经开区，创建省级示范园区3个。",
	    { "嵩州经济技术开发区" } },
};

static void
test_entities(void)
{
	struct shutu_facts	*facts;
	const struct shutu_fact	*f;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(entities); i++) {
		g_test_message("case %zu: %s", i, entities[i].text);
		facts = extract(entities[i].text, 2020);
		f = first_kind(facts, SHUTU_FACT_QUANTITY);
		g_assert_nonnull(f);
		g_assert_cmpstr(f->entity, ==, entities[i].entity);
		shutu_facts_free(facts);
	}
	/* each place of a list heads its item: 2.上杭县(281.72亿元 5.6%) */
	facts = extract("上半年各县GDP：1.新罗区(607.87亿元 5.4%)、2.上杭县(281.72亿元 "
	    "5.6%)、3.长汀县(178.80亿元 4.8%)。", 2020);
	for (i = 0; i < shutu_facts_count(facts); i++) {
		f = shutu_facts_get(facts, i);
		if (f->kind != SHUTU_FACT_QUANTITY)
			continue;
		g_test_message("%g: %s", f->value, f->entity);
		g_assert_cmpstr(f->entity, ==, f->value == 607.87e8 ||
		    f->value == 5.4 ? "新罗区" : f->value == 281.72e8 ||
		    f->value == 5.6 ? "上杭县" : "长汀县");
	}
	shutu_facts_free(facts);
	facts = extract("郑州高新区沟赵办事处有36个监测点。", 2020);
	g_assert_cmpuint(shutu_facts_entity_count(facts), ==, 2);
	g_assert_cmpstr(shutu_facts_get_entity(facts, 0), ==, "郑州高新区");
	g_assert_cmpstr(shutu_facts_get_entity(facts, 1), ==, "沟赵办事处");
	shutu_facts_free(facts);
}

/*
 * Whose each number of a comparison is, and what it is of: a 分别 list
 * of places, a place after its region, a rate noun after 以….
 */
static const struct {
	const char	*text;
	const char	*fact;
	const char	*entity;
	const char	*label;		/* NULL: not checked */
} owned[] = {
	/* 我省 of an article whose publisher alone names the province */
	{ "今年我省将增补学位2万个\n中国甘肃网4月14日讯 4月13日，省教育厅召开"
	    "发布会。今年我省将增补学位20000个，投入资金2.5亿元。", "2.5亿元",
	    "甘肃省", NULL },
	/* a listed company's short name: a place and a brand, announcing */
	{ "12日晚间，贵州茅台发布公告，上半年公司营业总收入910.94亿元。\n"
	    "按照净利润计算，贵州茅台上半年日均赚2.5亿元。", "2.5亿元", "贵州茅台",
	    NULL },
	/* 获得多只基金: a verb before a numeral leads no name */
	{ "二季度，贵州茅台发布公告，获得多只基金增持97.29万股。", "97.29万股",
	    "贵州茅台", NULL },
	/* 在该镇…内: where, as a name after 在 is; the subject owns it */
	{ "邢楼镇平滩村土地规模经营带民富\n去年，平滩村进行了土地流转，在该镇村集体"
	    "飞地创业示范园内建设了35个草莓大棚。", "35个", "平滩村", NULL },
	/* 召开 heads no name: 召开纪念建区 is no 区 */
	{ "10月10日，长沙经开区召开纪念建区三十周年暨重点项目推进会，共落地发展"
	    "优质项目247个。", "247个", "长沙经开区", NULL },
	/* 偏远地区: an area of a kind, no owner */
	{ "今年我省将增补学位20000个。\n中国甘肃网讯 改扩建食堂42.7万平方米，"
	    "提升了偏远地区办学条件，惠及师生58.73万人。", "58.73万人", "甘肃省",
	    NULL },
	/* a list with a quoted name in it, after 其中 */
	{ "科技贷款余额同比增长12.1%，其中科技型中小企业贷款、制造业单项冠军企业、"
	    "专精特新“小巨人”企业贷款分别增长29.2%、23.2%、21.6%。", "29.2%",
	    NULL, "科技型中小企业贷款增速" },
	{ "科技贷款余额同比增长12.1%，其中科技型中小企业贷款、制造业单项冠军企业、"
	    "专精特新“小巨人”企业贷款分别增长29.2%、23.2%、21.6%。", "21.6%",
	    NULL, "专精特新“小巨人”企业贷款增速" },
	/* an amount of change is the change's; 多增 is the change of one */
	{ "本外币各项贷款余额较年初增加9062亿元，同比多增1336亿元。", "9062亿元",
	    NULL, "贷款余额增加" },
	{ "本外币各项贷款余额较年初增加9062亿元，同比多增1336亿元。", "1336亿元",
	    NULL, "贷款余额多增" },
	{ "粮食产量比上年减少3万吨。", "3万吨", NULL, "粮食产量减少" },
	{ "一季度，广东和浙江两省占全国快递业务量的比重分别为27.1%和19.6%。",
	    "19.6%", "浙江省", "占全国快递业务量的比重" },
	{ "一季度，广东和浙江两省占全国快递业务量的比重分别为27.1%和19.6%。",
	    "27.1%", "广东省", "占全国快递业务量的比重" },
	{ "广东潮州和安徽亳州快递业务量增速分别为56.8%和47.7%。", "47.7%",
	    "亳州市", "快递业务量增速" },
	{ "长三角、珠三角、京津冀、长江中游和成渝等五大城市群快递业务量增速分别为"
	    "6.0%、4.7%、10.6%、19%和11.2%。", "10.6%", "京津冀",
	    "快递业务量增速" },
	{ "长三角、珠三角、京津冀、长江中游和成渝等五大城市群快递业务量增速分别为"
	    "6.0%、4.7%、10.6%、19%和11.2%。", "11.2%", "成渝",
	    "快递业务量增速" },
	{ "东部降低1.6个百分点，中部和西部分别提升1.2个和0.6个百分点。",
	    "0.6个百分点", "西部地区", NULL },
	{ "东部降低1.6个百分点，中部和西部分别提升1.2个和0.6个百分点。",
	    "1.6个百分点", "东部地区", NULL },
	{ "中部地区湖南以34%的增速在中部领跑。", "34%", "湖南省", "增速" },
	/* 城镇 is a kind of place to the lexicon, no owner */
	{ "城镇和农村居民人均可支配收入分别达到31260元和14580元。", "14580元",
	    NULL, "农村居民人均可支配收入" },
};

static void
test_owned(void)
{
	struct shutu_facts	*facts;
	const struct shutu_fact	*f;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(owned); i++) {
		g_test_message("case %zu: %s %s", i, owned[i].text,
		    owned[i].fact);
		facts = extract(owned[i].text, 2020);
		f = fact_with_text(facts, owned[i].fact);
		g_assert_nonnull(f);
		g_assert_cmpstr(f->entity, ==, owned[i].entity);
		if (owned[i].label != NULL)
			g_assert_cmpstr(f->label, ==, owned[i].label);
		shutu_facts_free(facts);
	}
	/* the 个 of 个百分点 written once for the list: 1个 is 1个百分点 */
	facts = extract("中部和西部分别提升1个和0.6个百分点。", 2020);
	f = first_kind(facts, SHUTU_FACT_QUANTITY);
	g_assert_cmpstr(f->text, ==, "1个");
	g_assert_cmpstr(f->unit, ==, "个百分点");
	g_assert_cmpstr(shutu_dim_name(f->dimension), ==, "percent");
	shutu_facts_free(facts);
}

static void
test_entity_lists(void)
{
	struct shutu_facts	*facts;
	size_t			 i, k;

	for (i = 0; i < G_N_ELEMENTS(entity_lists); i++) {
		g_test_message("case %zu: %s", i, entity_lists[i].text);
		facts = extract(entity_lists[i].text, 2020);
		for (k = 0; entity_lists[i].entities[k] != NULL; k++) {
			g_assert_cmpuint(k, <, shutu_facts_entity_count(facts));
			g_assert_cmpstr(shutu_facts_get_entity(facts, k), ==,
			    entity_lists[i].entities[k]);
		}
		g_assert_cmpuint(shutu_facts_entity_count(facts), ==, k);
		shutu_facts_free(facts);
	}
}

static void
test_offsets(void)
{
	struct shutu_facts	*facts;
	const struct shutu_fact	*f;
	const char		*text = "𠀋字，面积35.97平方公里。\n\n第二段有789名志愿者。";

	/* Code points, not bytes nor UTF-16 units (𠀋 is one of each). */
	facts = extract(text, 2020);
	g_assert_cmpuint(shutu_facts_count(facts), ==, 2);
	f = shutu_facts_get(facts, 0);
	g_assert_cmpuint(f->start, ==, 5);
	g_assert_cmpuint(f->end, ==, 14);
	g_assert_cmpstr(f->sentence, ==, "𠀋字，面积35.97平方公里。");
	f = shutu_facts_get(facts, 1);
	g_assert_cmpuint(f->start, ==, 21);
	g_assert_cmpuint(f->end, ==, 25);
	g_assert_cmpstr(f->id, ==, "q2");
	shutu_facts_free(facts);
}

static void
test_bad_input(void)
{
	struct shutu_facts	*facts;
	GError			*error = NULL;
	char			*big;
	size_t			 i, n;

	/* Invalid UTF-8: the error gives the byte offset. */
	facts = shutu_facts_extract("abc\xff", 4, 2020, &error);
	g_assert_null(facts);
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
	g_assert_nonnull(strstr(error->message, "byte offset 3"));
	g_clear_error(&error);
	/* A NUL byte */
	facts = shutu_facts_extract("ab\0cd", 5, 2020, &error);
	g_assert_null(facts);
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
	g_assert_nonnull(strstr(error->message, "NUL"));
	g_clear_error(&error);
	/* A year out of range */
	facts = shutu_facts_extract("", 0, 99999, &error);
	g_assert_null(facts);
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
	g_clear_error(&error);
	/* Empty input: an empty list, not an error. */
	facts = shutu_facts_extract("", 0, 0, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(shutu_facts_count(facts), ==, 0);
	shutu_facts_free(facts);
	/* A run of 10^6 digits: refused, and quickly. */
	n = 1000000;
	big = g_malloc(n + 1);
	memset(big, '9', n);
	big[n] = '\0';
	facts = extract(big, 2020);
	g_assert_cmpuint(shutu_facts_count(facts), ==, 0);
	shutu_facts_free(facts);
	/* 10^5 nested brackets around a fact: no recursion, one fact. */
	n = 100000;
	big = g_realloc(big, 2 * n * 3 + 64);
	big[0] = '\0';
	{
		GString	*s = g_string_new(NULL);

		for (i = 0; i < n; i++)
			g_string_append(s, "（");
		g_string_append(s, "有789名志愿者");
		for (i = 0; i < n; i++)
			g_string_append(s, "）");
		facts = extract(s->str, 2020);
		g_assert_cmpuint(shutu_facts_count(facts), ==, 1);
		/* a very long sentence is clipped around its fact */
		g_assert_cmpuint(strlen(shutu_facts_get(facts, 0)->sentence),
		    <, 1000);
		shutu_facts_free(facts);
		g_string_free(s, TRUE);
	}
	g_free(big);
	shutu_facts_free(NULL);		/* NULL is fine */
}

/* "json" written to a file and read back, as JSON again (g_free). */
static char *
reread(const char *json)
{
	char			*dir = test_mkdtemp();
	char			*path = g_build_filename(dir, "facts.json", NULL);
	struct shutu_facts	*back;
	GError			*error = NULL;
	char			*out;

	g_assert_true(g_file_set_contents(path, json, -1, NULL));
	back = shutu_facts_load_json(path, &error);
	g_assert_no_error(error);
	out = shutu_facts_to_json(back);
	shutu_facts_free(back);
	test_rmdir(dir);
	g_free(path);
	g_free(dir);
	return out;
}

static void
test_json_roundtrip(void)
{
	struct shutu_facts	*facts, *back;
	GError			*error = NULL;
	char			*json, *json2, *dir, *path;

	facts = extract("# 沟赵办事处\n6月28日，省领导调研。面积35.97平方公里，"
	    "占约1/3，“引号”\\路。", 2020);
	shutu_facts_set_source(facts, "a \"quoted\" name.txt");
	json = shutu_facts_to_json(facts);
	g_assert_true(g_str_has_suffix(json, "}\n"));
	g_assert_nonnull(strstr(json, "\"value\": 35.97,"));
	g_assert_nonnull(strstr(json, "\"value_max\": null"));
	g_assert_nonnull(strstr(json, "\"source\": \"a \\\"quoted\\\" name.txt\""));
	dir = test_mkdtemp();
	path = g_build_filename(dir, "facts.json", NULL);
	g_assert_true(g_file_set_contents(path, json, -1, NULL));
	back = shutu_facts_load_json(path, &error);
	g_assert_no_error(error);
	json2 = shutu_facts_to_json(back);
	g_assert_cmpstr(json, ==, json2);
	g_free(json2);
	shutu_facts_free(back);
	/* A broken file names the place. */
	g_assert_true(g_file_set_contents(path, "{\"facts\": [1]}", -1, NULL));
	back = shutu_facts_load_json(path, &error);
	g_assert_null(back);
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
	g_clear_error(&error);
	test_rmdir(dir);
	g_free(path);
	g_free(dir);
	g_free(json);
	shutu_facts_free(facts);
}

/*
 * An article free of quotes, backslashes and control characters has its
 * JSON written without escaping (facts_plain()); what comes out must be
 * what escaping writes.  Facts read back from JSON are always escaped.
 */
static void
test_json_plain(void)
{
	static const char *const articles[] = {
		"沟赵办事处组织300余名党员干部，\n清运垃圾10000余立方米。",
		"沟赵办事处组织300余名\t党员干部，清运“垃圾”10000余立方米。",
		"沟赵办事处组织300余名\"党员\"干部，清运垃圾10000余立方米。",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(articles); i++) {
		struct shutu_facts	*facts = extract(articles[i], 2020);
		char			*json = shutu_facts_to_json(facts);
		char			*json2 = reread(json);

		g_test_message("%s", articles[i]);
		g_assert_cmpstr(json, ==, json2);
		if (i == 1)
			g_assert_nonnull(strstr(json, "300余名\\t党员"));
		if (i == 2)
			g_assert_nonnull(strstr(json, "300余名\\\"党员"));
		g_free(json2);
		g_free(json);
		shutu_facts_free(facts);
	}
}

/* 比上年缩小0.05: the change of the ratio just named, in its sentence. */
static void
test_ratio_change(void)
{
	struct shutu_facts	*facts = extract("城乡居民收入比为2.03，"
				    "比上年缩小0.05。", 2020);
	const struct shutu_fact	*f;

	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 2);
	f = shutu_facts_get(facts, 1);
	g_assert_cmpstr(f->text, ==, "0.05");
	g_assert_cmpfloat(f->value, ==, 0.05);
	g_assert_cmpstr(shutu_dim_name(f->dimension), ==, "other");
	g_assert_cmpstr(f->label, ==, "城乡居民收入比缩小");
	shutu_facts_free(facts);
	/* Not across sentences. */
	facts = extract("城乡居民收入比为2.03。比上年缩小0.05。", 2020);
	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 1);
	shutu_facts_free(facts);
}

/* A number right after a unit begins the next fact: 386户1420人. */
static void
test_adjacent(void)
{
	struct shutu_facts	*facts = extract("全村386户1420人。", 2020);

	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_QUANTITY), ==, 2);
	g_assert_cmpstr(shutu_facts_get(facts, 0)->text, ==, "386户");
	g_assert_cmpstr(shutu_facts_get(facts, 1)->text, ==, "1420人");
	shutu_facts_free(facts);
}

/* An event's caption ends where the next date begins. */
static void
test_event_until(void)
{
	struct shutu_facts	*facts = extract("预计9月份主体厂房完工、"
				    "12月份设备进场调试。", 2020);

	g_assert_cmpuint(count_kind(facts, SHUTU_FACT_DATE), ==, 2);
	g_assert_cmpstr(shutu_facts_get(facts, 0)->event, ==, "主体厂房完工");
	g_assert_cmpstr(shutu_facts_get(facts, 1)->event, ==, "设备进场调试");
	shutu_facts_free(facts);
}

static void
test_csv_table(void)
{
	struct shutu_facts	*facts;
	char			*csv, *table, **lines;
	size_t			 i;
	long			 w0 = -1;

	facts = extract("办事处有789名志愿者，面积35.97平方公里，\"引\",投资1,000元。",
	    2020);
	csv = shutu_facts_to_csv(facts);
	g_assert_true(g_str_has_prefix(csv, "source,id,kind,value,"));
	g_assert_nonnull(strstr(csv, "\r\n"));
	/* the sentence holds a quote and a comma: quoted, quotes doubled */
	g_assert_nonnull(strstr(csv, "\"\"引\"\""));
	g_free(csv);
	table = shutu_facts_to_table(facts);
	lines = g_strsplit(table, "\n", -1);
	/* Columns align by display width: each label starts alike. */
	for (i = 0; lines[i] != NULL && *lines[i] != '\0'; i++) {
		const char	*label = i == 0 ? "标签" :
		    shutu_facts_get(facts, i - 1)->label;
		const char	*at = strstr(lines[i], label), *p;
		long		 w = 0;

		g_assert_nonnull(at);
		for (p = lines[i]; p < at; p = g_utf8_next_char(p))
			w += g_unichar_iswide(g_utf8_get_char(p)) ? 2 : 1;
		if (w0 < 0)
			w0 = w;
		g_assert_cmpint(w, ==, w0);
	}
	g_assert_cmpuint(i, ==, 4);
	g_strfreev(lines);
	/* Too narrow a width to wrap in: as with none, never a mess. */
	csv = shutu_facts_to_table_width(facts, 10);
	g_assert_cmpstr(csv, ==, table);
	g_free(csv);
	g_free(table);
	shutu_facts_free(facts);
}

static void
test_file(void)
{
	struct shutu_facts	*facts;
	GError			*error = NULL;
	char			*dir = test_mkdtemp();
	char			*path = g_build_filename(dir, "a.txt", NULL);

	facts = shutu_facts_extract_file(path, 0, &error);
	g_assert_null(facts);
	g_assert_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT);
	g_clear_error(&error);
	g_assert_true(g_file_set_contents(path, "有\xe4\xb8名", -1, NULL));
	facts = shutu_facts_extract_file(path, 0, &error);
	g_assert_null(facts);
	g_assert_nonnull(strstr(error->message, path));
	g_assert_nonnull(strstr(error->message, "byte offset 3"));
	g_clear_error(&error);
	g_assert_true(g_file_set_contents(path, "有789名志愿者。", -1, NULL));
	facts = shutu_facts_extract_file(path, 0, &error);
	g_assert_no_error(error);
	g_assert_cmpstr(shutu_facts_get_source(facts), ==, path);
	g_assert_cmpuint(shutu_facts_count(facts), ==, 1);
	shutu_facts_free(facts);
	test_rmdir(dir);
	g_free(path);
	g_free(dir);
}

/* The streamed JSON is the same bytes as the one built in memory. */
static void
test_json_stream(void)
{
	GString			*t = g_string_new(NULL);
	struct shutu_facts	*facts;
	char			*whole, *buf = NULL;
	size_t			 len = 0, i;
	FILE			*fp;

	/* Enough facts to cross the 64 KiB flush more than once. */
	for (i = 0; i < 400; i++)
		g_string_append_printf(t, "6月%zu日，沟赵办事处%zu余名党员干部"
		    "和789名志愿者参加“双改”活动，清运垃圾1.2万立方米。\n",
		    i % 28 + 1, i + 10);
	facts = extract(t->str, 2020);
	whole = shutu_facts_to_json(facts);
	fp = open_memstream(&buf, &len);
	g_assert_true(shutu_facts_write_json(facts, fp));
	fclose(fp);
	g_assert_cmpuint(strlen(whole), >, 3 * 65536);
	g_assert_cmpstr(buf, ==, whole);
	free(buf);
	g_free(whole);
	shutu_facts_free(facts);
	g_string_free(t, TRUE);
}

int
main(int argc, char *argv[])
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/quantities", test_quantities);
	g_test_add_func("/extract/labels", test_labels);
	g_test_add_func("/extract/not-facts", test_not_facts);
	g_test_add_func("/extract/dates", test_dates);
	g_test_add_func("/extract/ratio-parts", test_ratio_parts);
	g_test_add_func("/extract/distribute", test_distribute);
	g_test_add_func("/extract/leadin", test_leadin);
	g_test_add_func("/extract/carry", test_carry);
	g_test_add_func("/extract/date-context", test_date_context);
	g_test_add_func("/extract/year", test_year);
	g_test_add_func("/extract/entities", test_entities);
	g_test_add_func("/extract/entity-lists", test_entity_lists);
	g_test_add_func("/extract/offsets", test_offsets);
	g_test_add_func("/extract/bad-input", test_bad_input);
	g_test_add_func("/extract/json", test_json_roundtrip);
	g_test_add_func("/extract/json-plain", test_json_plain);
	g_test_add_func("/extract/ratio-change", test_ratio_change);
	g_test_add_func("/extract/event-until", test_event_until);
	g_test_add_func("/extract/adjacent", test_adjacent);
	g_test_add_func("/extract/json-stream", test_json_stream);
	g_test_add_func("/extract/csv-table", test_csv_table);
	g_test_add_func("/extract/file", test_file);
	g_test_add_func("/extract/owned", test_owned);
	return g_test_run();
}
