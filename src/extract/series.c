/* SPDX-License-Identifier: MIT */
/*
 * Series: the facts an editor charts together.  Facts come in series:
 * the same measure over parallel categories (国有控股企业实现利润总额312.1
 * 亿元；集体企业实现利润总额41.1亿元；…), several measures over the same
 * categories (生猪存栏17.74万头，出栏9.3万头；牛存栏2.4万头，出栏0.6万头),
 * one measure over years, and the parts of a whole (其中：农业产值…，林业
 * 产值…; 占生产总值的比重为6.6%).
 *
 * First every quantity's clause is read, in text order (read_items):
 * the time it is about (its period: the nearest time before it in its
 * sentence that is no comparison base, else the time that opens its
 * paragraph or heads its section, else the headline's), whether it is
 * actual, a target or an estimate (预计, 力争, 目标: from the word to
 * the end of its clause group, or of the sentence when the word comes
 * before any number), whether it is a level, a change or a share, and
 * its subject: the words before the number with time, scope, links,
 * comparisons and change verbs taken off (国有控股企业实现利润总额).
 *
 * Then subjects are split into category and measure by what parallel
 * clauses share (find_runs): within a paragraph, between markers that
 * open a new set (其中, 分产业看), facts of one kind (role, unit, status,
 * period) whose subjects end in the same words make a run (农业|产值,
 * 林业|产值); a measure said once and left out after (国有控股企业增加值
 * 同比增长1.0%，集体企业增长0.7%) is the run's too.  A fact with no subject
 * of its own (同比增长48.0%) or only a measure (…，出栏9.3万头) takes its
 * category from the fact before it in its clause group.  Runs of two or
 * more distinct categories are series; runs over the same categories are
 * one series of several measures; a run after 其中 whose values do not
 * exceed the total before it, or of shares, is the parts of that whole
 * (overlapping categories, whose sum exceeds it, stay categories).  The
 * same measure of one entity in different years is a series of years.
 *
 * Everything reads bounded windows and groups within paragraphs, so the
 * whole is linear in the article.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "extract.h"

#define SUBJECT_MAX	66	/* bytes of a subject before its number */
#define TOKENS_MAX	48
#define RUN_OPEN	6	/* runs of one kind open at a time */
#define YEARS_MAX	64	/* facts looked at for one series of years */

/* What the words around a number say (flags of the word table). */
enum	wflag {
	W_LEAD = 1 << 0,	/* opens a subject, says nothing: 其中, 全县 */
	W_TAIL = 1 << 1,	/* ends a subject, says nothing: 实现, 达到 */
	W_UP = 1 << 2,		/* a rise: 增长, 提高 */
	W_DOWN = 1 << 3,	/* a fall: 下降, 减少 */
	W_TO = 1 << 4,		/* a change to a level: 增至, 提高到 */
	W_COMPARE = 1 << 5,	/* the base follows: 比, 较, 高于 */
	W_SHARE = 1 << 6,	/* 占, 比重, 占比 */
	W_SPLIT = 1 << 7,	/* between subject and measure: 实现, 完成 */
	W_TIME = 1 << 8,	/* 同期, 月份, 年: part of a time said */
	W_RATE = 1 << 9,	/* 增速, 增幅: the change's own name */
	W_SUBSET = 1 << 10,	/* 其中: parts of what came before */
};

static const struct word {
	const char	*word;
	unsigned int	 flags;
} words_tab[] = {
	{ "其中",	W_LEAD | W_SUBSET },
	{ "同时",	W_LEAD }, { "此外", W_LEAD }, { "另外", W_LEAD },
	{ "另",		W_LEAD }, { "而", W_LEAD }, { "但", W_LEAD },
	{ "并",		W_LEAD }, { "且", W_LEAD }, { "还", W_LEAD },
	{ "初步核算",	W_LEAD }, { "据初步统计", W_LEAD },
	{ "目前",	W_LEAD }, { "现", W_LEAD }, { "至此", W_LEAD },
	{ "现有",	W_LEAD }, { "拥有", W_LEAD },
	{ "截至目前",	W_LEAD }, { "截止目前", W_LEAD }, { "如今", W_LEAD },
	{ "全县",	W_LEAD }, { "全市", W_LEAD }, { "全省", W_LEAD },
	{ "全区",	W_LEAD }, { "全镇", W_LEAD }, { "全乡", W_LEAD },
	{ "全村",	W_LEAD }, { "全州", W_LEAD }, { "全国", W_LEAD },
	{ "全街道",	W_LEAD }, { "全旗", W_LEAD }, { "全盟", W_LEAD },
	{ "全社会",	W_LEAD }, { "全行业", W_LEAD }, { "全年", W_LEAD },
	{ "我县",	W_LEAD }, { "我市", W_LEAD }, { "我区", W_LEAD },
	{ "我省",	W_LEAD }, { "我镇", W_LEAD }, { "本县", W_LEAD },
	{ "本市",	W_LEAD }, { "本区", W_LEAD }, { "该县", W_LEAD },
	{ "该市",	W_LEAD }, { "该区", W_LEAD }, { "该公司", W_LEAD },
	{ "公司",	W_LEAD }, { "集团", W_LEAD }, { "本集团", W_LEAD },
	{ "期内",	W_LEAD }, { "报告期内", W_LEAD },
	{ "本月",	W_LEAD }, { "当月", W_LEAD }, { "本季度", W_LEAD },
	{ "同期",	W_LEAD | W_TAIL | W_TIME },
	{ "预计",	W_LEAD }, { "力争", W_LEAD }, { "确保", W_LEAD },
	{ "争取",	W_LEAD }, { "有望", W_LEAD }, { "计划", W_LEAD },
	{ "据",		W_LEAD }, { "根据", W_LEAD }, { "对", W_LEAD },
	{ "如",		W_LEAD }, { "例如", W_LEAD }, { "比如", W_LEAD },
	{ "包括",	W_LEAD },
	{ "在",		W_LEAD | W_TAIL }, { "从", W_LEAD },
	{ "的",		W_LEAD | W_TAIL }, { "了", W_TAIL },
	{ "和",		W_LEAD }, { "及", W_LEAD }, { "与", W_LEAD | W_COMPARE },
	{ "实现",	W_TAIL | W_SPLIT }, { "完成", W_TAIL | W_SPLIT },
	{ "发生",	W_SPLIT }, { "录得", W_TAIL | W_SPLIT },
	{ "取得",	W_SPLIT }, { "获得", W_TAIL | W_SPLIT },
	{ "投入",	W_SPLIT }, { "引进", W_SPLIT },
	/* 发放产业奖补资金14.1万元: what is handed out is what is counted */
	{ "发放",	W_SPLIT }, { "拨付", W_SPLIT }, { "兑现", W_SPLIT },
	{ "达到",	W_TAIL }, { "达", W_TAIL }, { "达至", W_TAIL },
	{ "为",		W_TAIL }, { "是", W_TAIL }, { "有", W_TAIL },
	{ "共有",	W_TAIL }, { "共", W_LEAD | W_TAIL }, { "共计", W_TAIL },
	{ "总计",	W_LEAD | W_TAIL }, { "合计", W_LEAD | W_TAIL },
	{ "累计",	W_LEAD | W_TAIL }, { "计", W_TAIL }, { "约", W_TAIL },
	{ "约为",	W_TAIL }, { "约有", W_TAIL }, { "均", W_TAIL },
	{ "均为",	W_TAIL }, { "已", W_LEAD | W_TAIL }, { "已达", W_TAIL },
	{ "已经",	W_TAIL }, { "突破", W_TAIL }, { "超过", W_TAIL },
	{ "超", W_TAIL }, { "逾", W_TAIL }, { "近", W_TAIL },
	{ "将近",	W_TAIL }, { "接近", W_TAIL }, { "高达", W_TAIL },
	{ "多达",	W_TAIL }, { "首次", W_TAIL }, { "仍", W_TAIL },
	{ "仍然",	W_TAIL }, { "再", W_TAIL }, { "又", W_TAIL },
	{ "仅", W_TAIL }, { "只有", W_TAIL }, { "仅有", W_TAIL },
	{ "分别",	W_TAIL }, { "分别为", W_TAIL }, { "分别是", W_TAIL },
	{ "分别达到",	W_TAIL }, { "分别达", W_TAIL }, { "依次为", W_TAIL },
	{ "水平",	W_TAIL }, { "规模", W_TAIL }, { "总量", W_TAIL },
	{ "稳定在",	W_TAIL }, { "保持在", W_TAIL }, { "控制在", W_TAIL },
	{ "至",		W_TAIL | W_TO }, { "到", W_TAIL | W_TO },
	{ "于",		W_TAIL }, { "人民币", W_TAIL }, { "为人民币", W_TAIL },
	/* Changes, and changes to a level */
	{ "增长",	W_TAIL | W_UP }, { "增加", W_TAIL | W_UP },
	{ "增", W_TAIL | W_UP }, { "提高", W_TAIL | W_UP },
	{ "提升",	W_TAIL | W_UP }, { "上升", W_TAIL | W_UP },
	{ "上涨",	W_TAIL | W_UP }, { "涨", W_TAIL | W_UP },
	{ "回升",	W_TAIL | W_UP }, { "加快", W_TAIL | W_UP },
	{ "扩大",	W_TAIL | W_UP }, { "大增", W_TAIL | W_UP },
	{ "跃升",	W_TAIL | W_UP }, { "攀升", W_TAIL | W_UP },
	{ "增长了",	W_TAIL | W_UP }, { "翻番", W_TAIL | W_UP },
	{ "下降",	W_TAIL | W_DOWN }, { "减少", W_TAIL | W_DOWN },
	{ "减", W_TAIL | W_DOWN }, { "降", W_TAIL | W_DOWN },
	{ "降低",	W_TAIL | W_DOWN }, { "回落", W_TAIL | W_DOWN },
	{ "下滑",	W_TAIL | W_DOWN }, { "下跌", W_TAIL | W_DOWN },
	{ "跌", W_TAIL | W_DOWN }, { "放缓", W_TAIL | W_DOWN },
	{ "缩小",	W_TAIL | W_DOWN }, { "收窄", W_TAIL | W_DOWN },
	{ "负增长",	W_TAIL | W_DOWN }, { "萎缩", W_TAIL | W_DOWN },
	{ "增至",	W_TAIL | W_TO }, { "降至", W_TAIL | W_TO },
	{ "跃升至",	W_TAIL | W_TO }, { "攀升至", W_TAIL | W_TO },
	{ "增加到",	W_TAIL | W_TO }, { "提高到", W_TAIL | W_TO },
	{ "提高至",	W_TAIL | W_TO }, { "上升到", W_TAIL | W_TO },
	{ "上升至",	W_TAIL | W_TO }, { "下降到", W_TAIL | W_TO },
	{ "下降至",	W_TAIL | W_TO }, { "减少到", W_TAIL | W_TO },
	{ "减少至",	W_TAIL | W_TO },
	{ "增速",	W_TAIL | W_RATE }, { "增幅", W_TAIL | W_RATE },
	{ "增长率",	W_TAIL | W_RATE }, { "涨幅", W_TAIL | W_RATE },
	{ "降幅",	W_TAIL | W_RATE | W_DOWN },
	{ "跌幅",	W_TAIL | W_RATE | W_DOWN },
	{ "减幅",	W_TAIL | W_RATE | W_DOWN },
	/* Comparisons: the base after them is no part of the subject */
	{ "同比",	W_TAIL | W_COMPARE }, { "环比", W_TAIL | W_COMPARE },
	{ "比",		W_TAIL | W_COMPARE }, { "较", W_TAIL | W_COMPARE },
	{ "相比",	W_TAIL | W_COMPARE }, { "高于", W_TAIL | W_COMPARE },
	{ "低于",	W_TAIL | W_COMPARE }, { "快于", W_TAIL | W_COMPARE },
	{ "慢于",	W_TAIL | W_COMPARE }, { "好于", W_TAIL | W_COMPARE },
	{ "分别比",	W_TAIL | W_COMPARE }, { "分别较", W_TAIL | W_COMPARE },
	{ "年均",	W_TAIL }, { "平均", W_TAIL }, { "两年平均", W_TAIL },
	{ "按可比价格计算", W_LEAD | W_TAIL }, { "实际", W_TAIL },
	{ "大幅",	W_TAIL }, { "明显", W_TAIL }, { "略有", W_TAIL },
	{ "小幅",	W_TAIL }, { "稳步", W_TAIL }, { "快速", W_TAIL },
	{ "持续",	W_TAIL }, { "继续", W_TAIL }, { "进一步", W_TAIL },
	{ "上年",	W_TAIL | W_TIME },
	{ "去年",	W_LEAD | W_TAIL | W_TIME }, { "上月", W_TAIL | W_TIME },
	{ "上年末",	W_TAIL | W_TIME }, { "年末", W_TAIL | W_TIME },
	{ "月份",	W_TAIL | W_TIME }, { "月", W_TAIL | W_TIME },
	{ "年", W_TAIL | W_TIME }, { "季度", W_TAIL | W_TIME },
	{ "一季度",	W_TAIL | W_TIME }, { "上半年", W_TAIL | W_TIME },
	{ "全省",	W_LEAD }, { "全国增速", W_TAIL },
	/* Shares */
	{ "占",		W_SHARE }, { "约占", W_SHARE }, { "占到", W_SHARE },
	{ "所占",	W_SHARE }, { "占比", W_SHARE | W_TAIL },
	{ "比重",	W_SHARE | W_TAIL }, { "份额", W_SHARE | W_TAIL },
	{ "所占比重",	W_SHARE | W_TAIL },
};

/* Words that open a new set of categories: 分产业看, 从区域看. */
static const char *const set_openers[] = {
	"分产业看", "分行业看", "分区域看", "分地区看", "分经济类型看",
	"分门类看", "分三大门类看", "分季度看", "分业务来看", "分业务看",
	"分类型看", "分领域看", "分城乡看", "分产品看", "从产业看",
	"从行业看", "从区域看", "从地区看", "分区域收入方面", "按经济类型分",
	"按行业分", "按产业分", "分结构看", "分板块看",
};

/*
 * 分重点领域看，分所有制来看，从投资主体看: any such phrase at the head of
 * a clause (分, 从 or 按, up to eight Han characters, 看 or 来看, a mark)
 * opens a new set, as the words of set_openers do.
 */
static bool
opener_at(const char *p, const char *stop, gunichar prev)
{
	const char	*q;
	size_t		 n, k;
	gunichar	 c;

	if (prev != 0 && !text_is_punct(prev) && prev != '\n')
		return false;
	for (q = p + strlen("分"), k = 0; q < stop && k < 8; q += n, k++) {
		c = text_char(q, &n);
		if (c == 0x770b) {	/* 看 */
			q += n;
			break;
		}
		if (!text_is_han(c))
			return false;
	}
	if (k == 0 || k == 8 || q >= stop)
		return false;
	c = text_char(q, &n);
	return c == 0xff0c || c == ',' || c == 0xff1a || c == ':';
}

/* Status words: 力争 is a target, 预计 an estimate. */
static const struct {
	const char		*word;
	enum shutu_status	 status;
} status_words[] = {
	/* 目标 and 计划 alone are nouns too: 围绕…目标，成立了16个… */
	{ "预期目标",	SHUTU_STATUS_TARGET },
	{ "主要目标",	SHUTU_STATUS_TARGET },
	{ "目标是",	SHUTU_STATUS_TARGET },
	{ "目标为",	SHUTU_STATUS_TARGET },
	{ "目标：",	SHUTU_STATUS_TARGET },
	{ "目标任务是",	SHUTU_STATUS_TARGET },
	{ "力争",	SHUTU_STATUS_TARGET },
	{ "计划投资",	SHUTU_STATUS_TARGET },
	{ "计划完成",	SHUTU_STATUS_TARGET },
	{ "计划于",	SHUTU_STATUS_TARGET },
	{ "计划到",	SHUTU_STATUS_TARGET },
	{ "计划新增",	SHUTU_STATUS_TARGET },
	{ "确保",	SHUTU_STATUS_TARGET },
	/* 争取政府债券资金59.62亿元 was got: 争取 aims only at a result */
	{ "争取实现",	SHUTU_STATUS_TARGET },
	{ "争取达到",	SHUTU_STATUS_TARGET },
	{ "争取完成",	SHUTU_STATUS_TARGET },
	{ "争取突破",	SHUTU_STATUS_TARGET },
	{ "规划到",	SHUTU_STATUS_TARGET },
	{ "预计",	SHUTU_STATUS_ESTIMATE },
	{ "预期",	SHUTU_STATUS_ESTIMATE },
	{ "约将",	SHUTU_STATUS_ESTIMATE },
	{ "有望",	SHUTU_STATUS_ESTIMATE },
	{ "可望",	SHUTU_STATUS_ESTIMATE },
	{ "预测",	SHUTU_STATUS_ESTIMATE },
	{ "估计",	SHUTU_STATUS_ESTIMATE },
};

/* Is the word at "p" a verb (增补, 新建), as after 将 of the future? */
static bool
will_do(struct lexicon_seg *seg, const char *p, const char *stop)
{
	if (p >= stop)
		return false;
	lexicon_segment(seg, p, (size_t)MIN(stop - p, 18));
	if (seg->count < 2 || !(seg->tokens[0].pos == LEXICON_POS_V ||
	    seg->tokens[0].pos == LEXICON_POS_VN) || seg->tokens[0].len < 6)
		return false;
	/* 将筹集到的资金…送给: a verb that makes a noun with 的 is 把's object */
	{
		const char	*q = p + seg->tokens[0].len;

		if (text_starts_with(q, stop, "到的") || text_starts_with(q,
		    stop, "的") || text_starts_with(q, stop, "好的") ||
		    text_starts_with(q, stop, "来的"))
			return false;
	}
	return true;
}

/*
 * 将增补, 计划扩建, 打算再扩建, 准备新建: a word of intent before a verb
 * (an adverb between); the length of the words before the verb, or 0.
 */
static size_t
intends(struct lexicon_seg *seg, const char *p, const char *stop)
{
	static const char *const intent[] = {
		"将", "计划", "打算", "准备", "拟",
	};
	static const char *const adverbs[] = { "再", "还", "要", "将" };
	const char	*q;
	size_t		 i;

	for (i = 0; i < G_N_ELEMENTS(intent); i++)
		if (text_starts_with(p, stop, intent[i]))
			break;
	if (i == G_N_ELEMENTS(intent))
		return 0;
	q = p + strlen(intent[i]);
	for (i = 0; i < G_N_ELEMENTS(adverbs); i++)
		if (text_starts_with(q, stop, adverbs[i])) {
			q += strlen(adverbs[i]);
			break;
		}
	return will_do(seg, q, stop) ? (size_t)(q - p) : 0;
}

/* Could a status word start with "c"?  (A filter before the list.) */
static inline bool
status_start(gunichar c)
{
	switch (c) {
	case 0x9884: case 0x4e3b: case 0x76ee: case 0x529b:	/* 预主目力 */
	case 0x8ba1: case 0x786e: case 0x4e89: case 0x89c4:	/* 计确争规 */
	case 0x7ea6: case 0x6709: case 0x4f30: case 0x53ef:	/* 约有估可 */
		return true;
	default:
		return false;
	}
}

/*
 * Last words of a category rather than of a measure: 企业, 制造业, 慈溪市.
 * 就业 and 营业 are measures, whatever their last character.
 */
static const char *const category_words[] = {
	"企业", "公司", "集团", "行业", "产业", "地区", "城市", "区域", "流域",
	"门类", "街道", "社区", "乡镇", "城镇", "农村", "县市", "市场", "板块",
	"园区", "新区", "国家", "省份", "领域", "业务", "项目", "机构",
	"证券", "银行", "保险", "基金",
};
static const char *const measure_ye[] = {
	"就业", "营业", "创业", "作业", "毕业", "失业", "从业", "产业链",
};

struct	item {
	size_t			 fact;
	const struct shutu_fact	*f;
	uint32_t		 seg;		/* the driver's sentence (；) */
	uint32_t		 sent;		/* 。 sentences, counted here */
	uint32_t		 paragraph;
	uint32_t		 block;		/* paragraph, 其中, 分…看 */
	char			*subj;		/* its subject, or NULL */
	char			**words;	/* its words, or NULL: made
					   from "wl" when needed */
	unsigned char		 nw;		/* words in "wl", 0: unknown */
	unsigned char		 wl[24];	/* their lengths in bytes */
	char			*split_cat;	/* 国有控股企业|实现|利润总额: */
	char			*split_meas;	/* the words either side */
	bool			 empty;		/* no subject of its own */
	bool			 subset;	/* after 其中 */
	int			 list;		/* in a 、 list after 分别; -1 */
	const char		*topic, *topic_end;	/* its list's words */
	const char		*count_label;	/* 三个行业增加值: the count's */
	bool			 bracket;	/* 慈溪(2639亿) */
	bool			 listed;	/* in a run of categories alone */
	bool			 in_list;	/* its paragraph is a list item */
	int			 period_year;	/* the year of its period */
	/* Found by grouping */
	char			*measure;	/* g_malloc'd */
	char			*category;
	int			 run;		/* -1: none */
	struct item		*head;		/* the fact it takes its
						   category from, or NULL */
};

struct	reader {
	const char		*text, *end;
	struct shutu_facts	*facts;
	struct lexicon_seg	 seg;
	int			 year;		/* reference */
	/* The sentence being read */
	const char		*p;		/* read up to here */
	const char		*sent;		/* its start (after 。 or \n) */
	const char		*segment;	/* after the last ； */
	const char		*clause;	/* after the last ，： */
	uint32_t		 nsent;
	int			 year_ctx;	/* a year said in it */
	struct period		 gov;		/* the time that governs */
	bool			 has_gov;
	const char		*gov_start, *gov_end;	/* where it is */
	struct period		 last;		/* the last time said, base or not */
	const char		*last_end;
	bool			 seen_number;
	bool			 sent_leading;	/* no ， or number yet */
	enum shutu_status	 status;
	bool			 status_sentence; /* to the sentence's end */
	bool			 subset;	/* 其中 in this clause group */
	uint32_t		 block;
	bool			 opener;	/* a set opener since the last fact */
	/* The paragraph and the section */
	uint32_t		 paragraph;
	struct period		 para_gov;	/* opens the paragraph */
	bool			 has_para_gov;
	int			 para_year;
	struct period		 open_gov;	/* the paragraph's first */
	bool			 has_open;
	bool			 para_number;	/* a number read in the paragraph */
	int			 open_year;
	struct period		 carried_gov;	/* the paragraph before's */
	bool			 has_carried;
	int			 carried_year;
	struct period		 head_gov;	/* a heading line's */
	bool			 has_head_gov;
	int			 head_year;
	char			 title_period[PERIOD_ISO_MAX];
	const char		*last_period;	/* interned */
	bool			 para_enum;	/* this paragraph is a list item */
};

static int
word_flags(const char *s, size_t n)
{
	static struct wordtab	*tab;
	int			 i;

	i = wordtab_find(WORDTAB(&tab, words_tab), s, n);
	return i >= 0 ? (int)words_tab[i].flags : 0;
}

/* Does the word of "n" bytes at "s" end a category's name? */
static bool
category_word(const char *s, size_t n)
{
	static struct wordtab	*cat_tab, *measure_tab;
	static const char	 last[] = "业区县市省镇乡村局厂处州";
	size_t			 i;

	if (n == 0 || wordtab_suffix(WORDTAB(&measure_tab, measure_ye), s,
	    s + n) >= 0)
		return false;
	if (wordtab_suffix(WORDTAB(&cat_tab, category_words), s, s + n) >= 0)
		return true;
	/* 制造业, 慈溪市, 息县, 石井街道: the last character names a kind */
	if (n >= 6)
		for (i = 0; i < sizeof last - 1; i += 3)
			if (memcmp(s + n - 3, last + i, 3) == 0)
				return true;
	return false;
}

/* Words of a span: offsets from "s" in "tok" (at most TOKENS_MAX). */
struct	toks {
	const char	*s;
	size_t		 n;
	size_t		 off[TOKENS_MAX], len[TOKENS_MAX];
};

static void
tokenize(struct lexicon_seg *seg, const char *s, const char *e,
    struct toks *t)
{
	size_t	 i, k = 0;

	t->s = s;
	t->n = 0;
	if (e <= s)
		return;
	lexicon_segment(seg, s, (size_t)(e - s));
	/* Keep the last words when there are too many: measures end it. */
	i = seg->count > TOKENS_MAX ? seg->count - TOKENS_MAX : 0;
	for (; i < seg->count; i++, k++) {
		t->off[k] = seg->tokens[i].off;
		t->len[k] = seg->tokens[i].len;
	}
	t->n = k;
}

/*
 * A word that ends in a change (价格上涨, 产量下降): the flags of the
 * change, and "*len" shortened to the rest; 0 if it does not.
 */
static int
change_end(const char *s, size_t *len)
{
	static const char *const up[] = { "上涨", "增长", "上升", "提高" };
	static const char *const down[] = { "下降", "减少", "降低", "回落" };
	size_t	 i, k;

	for (i = 0; i < G_N_ELEMENTS(up); i++) {
		k = strlen(up[i]);
		if (*len > k && memcmp(s + *len - k, up[i], k) == 0) {
			*len -= k;
			return W_UP;
		}
	}
	for (i = 0; i < G_N_ELEMENTS(down); i++) {
		k = strlen(down[i]);
		if (*len > k && memcmp(s + *len - k, down[i], k) == 0) {
			*len -= k;
			return W_DOWN;
		}
	}
	return 0;
}

/*
 * The subject of a quantity: [s, e) before its number, less what says
 * nothing of what is counted.  Fills the item's subject, split, role
 * and direction.
 */
/*
 * Verbs of output and trade whose object is what is counted (出栏生猪,
 * 种植水稻, 出口机电产品); 兼职网格员 is no such verb and object.
 */
static bool
output_verb(const char *s, size_t n)
{
	static const char *const v[] = {
		"出栏", "存栏", "养殖", "种植", "播种", "生产", "出口", "进口",
		"销售", "收购", "出售", "调出", "调入",
	};
	static struct wordtab	*tab;

	return wordtab_find(WORDTAB(&tab, v), s, n) >= 0;
}

static bool
is_quote(const char *s, size_t n)
{
	static const char *const q[] = {
		"“", "”", "「", "」", "『", "』", "‘", "’", "\"",
	};
	static struct wordtab	*tab;

	return wordtab_find(WORDTAB(&tab, q), s, n) >= 0;
}

static void
read_subject(struct lexicon_seg *seg, struct item *it, struct shutu_fact *f,
    const char *s, const char *e)
{
	struct toks	 t;
	size_t		 a, b, i;
	int		 fl, dir = 0;
	bool		 change = false, to = false, share = false;
	bool		 rate = false;

	/* Phrases the lexicon breaks up: 按可比价格计算 */
	{
		static const char *const tails[] = {
			"按可比价格计算", "按现价计算", "按可比口径计算",
			"按可比口径",
		};
		size_t	 k;

		for (k = 0; k < G_N_ELEMENTS(tails); k++)
			if (text_ends_with(s, e, tails[k]))
				e -= strlen(tails[k]);
	}
	tokenize(seg, s, e, &t);
	a = 0;
	b = t.n;
	/* The words after the subject: links, changes, comparisons. */
	while (b > a) {
		fl = word_flags(t.s + t.off[b - 1], t.len[b - 1]);
		if (fl & W_SHARE)
			share = true;
		if (fl & W_TO)
			to = true;
		if (fl & (W_UP | W_DOWN)) {
			change = true;
			if (dir == 0)
				dir = fl & W_DOWN ? -1 : 1;
		}
		if (fl & W_RATE)
			rate = true;
		if (!fl && (fl = change_end(t.s + t.off[b - 1], &t.len[b - 1]))
		    != 0) {
			/* 价格上涨, one word of the lexicon: the change off */
			change = true;
			if (dir == 0)
				dir = fl & W_DOWN ? -1 : 1;
			if (t.len[b - 1] == 0)
				b--;
			break;
		}
		if (fl & (W_TAIL | W_TIME | W_COMPARE))
			b--;
		else if (g_ascii_isdigit(t.s[t.off[b - 1]]) ||
		    text_is_punct(g_utf8_get_char(t.s + t.off[b - 1])))
			b--;	/* 比1-10月份: the numbers of a time */
		else {
			/* 高于全国增速, 比上年同期: a base said in words */
			size_t	 k;

			for (k = b - 1; k > a && b - k < 6; k--)
				if (word_flags(t.s + t.off[k - 1],
				    t.len[k - 1]) & W_COMPARE)
					break;
			if (k > a && b - k < 6 && word_flags(t.s + t.off[k - 1],
			    t.len[k - 1]) & W_COMPARE) {
				b = k - 1;
				change = true;
				continue;
			}
			break;
		}
	}
	/* 占生产总值的比重为: the whole is named after 占 */
	for (i = a; i < b; i++) {
		fl = word_flags(t.s + t.off[i], t.len[i]);
		if (fl & W_SHARE) {
			share = true;
			b = i;
			break;
		}
	}
	/* The words before it: a list's marker, scope, links, 其中 */
	while (a < b) {
		const char	*w = t.s + t.off[a];
		size_t		 k;

		/* (i), (ii), 1、: the marker of a list item */
		for (k = 0; k < t.len[a] && strchr("ivxIVX0123456789",
		    w[k]) != NULL; k++)
			;
		if (k == t.len[a] && k > 0 && a + 1 < b && (t.len[a + 1] ==
		    1 || text_is_punct(g_utf8_get_char(t.s + t.off[a + 1])))) {
			a += 2;
			continue;
		}
		fl = word_flags(t.s + t.off[a], t.len[a]);
		if (fl & W_SUBSET)
			it->subset = true;
		if (!(fl & W_LEAD) && !text_is_punct(g_utf8_get_char(t.s +
		    t.off[a])))
			break;
		a++;
	}
	/* 慈溪的第一产业增加值: whose it is goes before 的 */
	for (i = a; i + 1 < b && i < a + 3; i++)
		if (t.len[i] == 3 && memcmp(t.s + t.off[i], "的", 3) == 0) {
			a = i + 1;
			break;
		}
	/* 完成早稻播插面积: a verb first says nothing */
	while (a < b && word_flags(t.s + t.off[a], t.len[a]) & W_SPLIT)
		a++;
	/* 国有控股企业实现利润总额: subject, verb, measure */
	g_clear_pointer(&it->split_cat, g_free);
	g_clear_pointer(&it->split_meas, g_free);
	for (i = a + 1; i + 1 < b; i++)
		if (word_flags(t.s + t.off[i], t.len[i]) & W_SPLIT) {
			it->split_cat = g_strndup(t.s + t.off[a],
			    t.off[i] - t.off[a]);
			it->split_meas = g_strndup(t.s + t.off[i + 1],
			    t.off[b - 1] + t.len[b - 1] - t.off[i + 1]);
			break;
		}
	g_clear_pointer(&it->subj, g_free);
	g_clear_pointer(&it->words, g_strfreev);
	it->nw = 0;
	/*
	 * 年出栏生猪26.13万头；年出栏牛羊6.94万头: a verb before its object
	 * names the measure, the object the category: read as 生猪|出栏
	 */
	{
		size_t	 i0 = seg->count - t.n, x = a;

		if (b - x == 3 && t.len[x] == 3 && memcmp(t.s + t.off[x],
		    "年", 3) == 0)
			x++;
		if (b - x == 2 && output_verb(t.s + t.off[x], t.len[x]) &&
		    (seg->tokens[i0 + x + 1].pos == LEXICON_POS_N ||
		    seg->tokens[i0 + x + 1].pos == LEXICON_POS_NZ)) {
			size_t	 o = t.off[x], l = t.len[x];

			t.off[x] = t.off[x + 1];
			t.len[x] = t.len[x + 1];
			t.off[x + 1] = o;
			t.len[x + 1] = l;
			a = x;

		}
	}
	if (a < b) {
		/*
		 * “智能安全芯片”营业收入: quotes set a name off, and are no
		 * words of the subject (智能安全芯片|营业收入)
		 */
		GString	*sj = g_string_new(NULL);
		size_t	 nw = 0;

		for (i = a; i < b; i++) {
			if (is_quote(t.s + t.off[i], t.len[i]))
				continue;
			g_string_append_len(sj, t.s + t.off[i], t.len[i]);
			if (nw < G_N_ELEMENTS(it->wl))
				it->wl[nw] = (unsigned char)t.len[i];
			nw++;
		}
		/* The words' lengths: made into strings only if they group */
		if (nw <= G_N_ELEMENTS(it->wl))
			it->nw = (unsigned char)nw;
		if (sj->len > 0)
			it->subj = g_string_free(sj, FALSE);
		else
			g_string_free(sj, TRUE);
	}
	it->empty = it->subj == NULL;

	/* The role: the unit and the words say it, then the label. */
	if (f->dimension == SHUTU_DIM_PERCENT && f->unit != NULL &&
	    strcmp(f->unit, "个百分点") == 0)
		change = true;
	if (f->unit != NULL && strcmp(f->unit, "倍") == 0)
		change = true, dir = dir == 0 ? 1 : dir;
	if (f->label != NULL && !change) {
		static const char *const up[] = { "增速", "增幅", "增长",
		    "增加", "提高", "上升", "上涨" };
		static const char *const down[] = { "降幅", "下降", "减少",
		    "降低", "回落", "减幅" };

		for (i = 0; i < G_N_ELEMENTS(up); i++)
			if (g_str_has_suffix(f->label, up[i]))
				change = true, dir = 1;
		for (i = 0; i < G_N_ELEMENTS(down); i++)
			if (g_str_has_suffix(f->label, down[i]))
				change = true, dir = -1;
	}
	if (to && !rate)
		change = false;	/* 增至3000人: a level */
	f->role = share && (f->dimension == SHUTU_DIM_PERCENT ||
	    f->dimension == SHUTU_DIM_FRACTION) ? SHUTU_ROLE_SHARE : change ?
	    SHUTU_ROLE_CHANGE : SHUTU_ROLE_LEVEL;
	f->direction = f->role == SHUTU_ROLE_CHANGE ? dir : 0;
}

/* A copy of [s, e) (or "") as a C string. */
static char *
span(const char *s, const char *e)
{
	return s != NULL && e > s ? g_strndup(s, (size_t)(e - s)) :
	    g_strdup("");
}

/* The period string of what governs now. */
/*
 * 8月22日，紫光国微发布半年报，公司实现营业收入15.59亿元: the day the
 * numbers were told (发布, 公布, 披露) is no period of theirs.
 */
/*
 * 新华财经贵阳8月13日电, 中国甘肃网4月14日讯: the day of the report after
 * it (a place between), no time of the numbers.
 */
static bool
dateline_at(const char *p, const char *stop)
{
	size_t		 n;
	int		 k;
	gunichar	 c;

	for (k = 0; k <= 4 && p < stop; k++, p += n) {
		c = text_char(p, &n);
		if (c == 0x7535 || c == 0x8baf)		/* 电 讯 */
			return true;
		if (!text_is_han(c))
			break;
	}
	return false;
}

static bool
told(const char *from, const char *to)
{
	static const char *const verbs[] = { "发布", "公布", "披露", "召开" };
	size_t	 i;

	if (from == NULL || to <= from)
		return false;
	for (i = 0; i < G_N_ELEMENTS(verbs); i++) {
		const char *v = text_find(from, to - from, verbs[i]);

		/* in the same sentence */
		if (v != NULL && text_find(from, v - from, "。") == NULL &&
		    text_find(from, v - from, "；") == NULL)
			return true;
	}
	return false;
}

static void
current_period(struct reader *r, const struct shutu_fact *f,
    const char *fs, char buf[PERIOD_ISO_MAX], int *year)
{
	const struct period	*pd = NULL;
	int			 ctx;

	buf[0] = '\0';
	*year = 0;
	/* 全年: the year said in the sentence, paragraph, heading, title */
	ctx = r->year_ctx != 0 ? r->year_ctx : r->has_para_gov ? r->para_year :
	    r->has_head_gov ? r->head_year : r->title_period[0] != '-' ?
	    atoi(r->title_period) : 0;
	/* 由2015年的8000元: the time just before 的 is this number's own */
	/* … and 较2016年7.262亿元: a time right before it */
	if (r->last_end != NULL && ((fs - r->last_end == (ptrdiff_t)strlen("的") &&
	    memcmp(r->last_end, "的", strlen("的")) == 0) || fs == r->last_end) &&
	    (f->unit == NULL || strcmp(f->unit, "倍") != 0))
		pd = &r->last;
	else if (r->has_gov)
		pd = &r->gov;
	else if (r->has_para_gov)
		pd = &r->para_gov, ctx = r->para_year;
	else if (r->has_carried)
		pd = &r->carried_gov, ctx = r->carried_year;
	else if (r->has_head_gov)
		pd = &r->head_gov, ctx = r->head_year;
	if (pd == NULL) {
		if (r->title_period[0] != '\0')
			g_strlcpy(buf, r->title_period, PERIOD_ISO_MAX);
		*year = r->title_period[0] != '\0' ? atoi(r->title_period) : 0;
		return;
	}
	*year = period_year(pd, ctx, r->year);
	/*
	 * 今年以来, 全年 in an article headed 2016年上半年…: the headline's
	 * part of that year says more.
	 */
	if (pd->relative && pd->shift == 0 && pd->part == 0 && *year != 0 &&
	    strlen(r->title_period) > 4 && atoi(r->title_period) == *year) {
		g_strlcpy(buf, r->title_period, PERIOD_ISO_MAX);
		return;
	}
	if (pd->same_part && r->has_gov && pd != &r->gov) {
		/* 去年同期: the part of the year that governs, a year back */
		struct period	 p2 = r->gov;

		*year = period_year(&r->gov, ctx, r->year) + pd->shift;
		period_iso(&p2, *year, buf);
		return;
	}
	period_iso(pd, *year, buf);
}

/* Is the line at "p" a heading: short, no full stop? */
static bool
heading_line(const char *p, const char *end)
{
	const char	*nl = memchr(p, '\n', (size_t)MIN(end - p, 200));
	size_t		 cp;

	if (nl == NULL)
		nl = end - p <= 200 ? end : NULL;
	if (nl == NULL)
		return false;
	cp = text_cp_count(p, (size_t)(nl - p));
	return cp > 0 && cp <= 30 && text_find(p, nl - p, "。") == NULL;
}

/* Can a time start with "c": a digit, a numeral, 今 去 全 当 本 明 上? */
static inline bool
period_start(gunichar c)
{
	return text_class(c) & TC_DATE_START || c == 0x4eca || c == 0x53bb ||
	    c == 0x5168 || c == 0x5f53 || c == 0x672c || c == 0x660e ||
	    c == 0x4e0a;
}

/* 一、2022年工作回顾: a heading's time is its section's. */
static void
read_heading(struct reader *r, const char *h)
{
	const char	*e;
	struct period	 pd;
	size_t		 k;

	if (!heading_line(h, r->end))
		return;
	if ((e = memchr(h, '\n', (size_t)(r->end - h))) == NULL)
		e = r->end;
	for (; h < e; h += k) {
		/* Not a dateline's day */
		if (period_start(text_char(h, &k)) &&
		    period_match(h, e, 0, &pd) > 0 && (pd.year != 0 ||
		    pd.part != 0) && pd.day == 0) {
			r->head_gov = pd;
			r->has_head_gov = true;
			r->has_carried = false;	/* a section of its own */
			r->head_year = period_year(&pd, 0, r->year);
			return;
		}
	}
}

/*
 * Does a list item start at "p": (i), (ii), （一）, (1)?  Paragraphs that
 * are the items of one such list stand together.
 */
static bool
list_item(const char *p, const char *end)
{
	static const char *const opens[] = { "(", "（" };
	static const char *const closes[] = { ")", "）" };
	const char	*q;
	size_t		 i, j, n;

	for (i = 0; i < G_N_ELEMENTS(opens); i++)
		if (text_starts_with(p, end, opens[i])) {
			q = p + strlen(opens[i]);
			for (j = 0; q < end && j < 5; j++, q += n) {
				gunichar c = text_char(q, &n);

				if (!(c == 'i' || c == 'v' || c == 'x' ||
				    (c < 0x80 && g_ascii_isdigit(c)) || cnum_digit(c) >= 0 ||
				    c == 0x5341))
					break;
			}
			for (j = 0; j < G_N_ELEMENTS(closes); j++)
				if (q > p + strlen(opens[i]) &&
				    text_starts_with(q, end, closes[j]))
					return true;
			return false;
		}
	/*
	 * 1、 and 一是 open topics of a report (粮食, 畜牧, 水产), each its
	 * own: no list of parallel items.
	 */
	return false;
}

/* A new sentence starts at "p". */
static void
new_sentence(struct reader *r, const char *p)
{
	r->sent = r->segment = r->clause = p;
	r->nsent++;
	r->year_ctx = 0;
	r->has_gov = false;
	r->last_end = NULL;
	r->seen_number = false;
	r->sent_leading = true;
	r->status = SHUTU_STATUS_ACTUAL;
	r->status_sentence = false;
	r->subset = false;
}

/*
 * The characters advance() stops at, a bit each: marks of sentences and
 * clauses, spaces, and the first characters of times, status words and
 * openers of sets.  Built once from the modules' own lists.
 */
static const unsigned char *
advance_marks(void)
{
	static unsigned char	 bits[0x10000 / 8];
	static gsize		 once;
	static const char	 extra[] = "。！？；，：!?;,:\n 　今去全当本明上前年其分从按将拟打准";
	const char		*p;
	size_t			 i, n;
	gunichar		 c;

	if (g_once_init_enter(&once)) {
		for (c = 0; c < 0x10000; c++)
			if (text_class(c) & TC_DATE_START)
				bits[c >> 3] |= (unsigned char)(1u << (c & 7));
		for (p = extra; *p != '\0'; p += n) {
			c = text_char(p, &n);
			bits[c >> 3] |= (unsigned char)(1u << (c & 7));
		}
		for (i = 0; i < G_N_ELEMENTS(status_words); i++) {
			c = text_char(status_words[i].word, &n);
			bits[c >> 3] |= (unsigned char)(1u << (c & 7));
		}
		for (i = 0; i < G_N_ELEMENTS(set_openers); i++) {
			c = text_char(set_openers[i], &n);
			bits[c >> 3] |= (unsigned char)(1u << (c & 7));
		}
		g_once_init_leave(&once, 1);
	}
	return bits;
}

/*
 * Read from r->p up to "stop": sentence and clause marks, times, status
 * words, markers of new sets.
 */
static void
advance(struct reader *r, const char *stop)
{
	static struct wordtab	*open_tab;
	const char		*p = r->p;
	size_t			 n, k;
	gunichar		 c, prev = 0;
	struct period		 pd;
	size_t			 i;
	bool			 enumerated;

	if (p > r->text)
		prev = text_char_before(r->text, p, &n);
	while (p < stop) {
		c = text_char(p, &n);
		/* Most characters begin nothing here: one test steps them over */
		if (c < 0x10000 && !(advance_marks()[c >> 3] & (1u << (c & 7)))) {
			prev = c;
			p += n;
			continue;
		}
		if (c == '\n') {
			const char	*q = p + n;

			new_sentence(r, p + n);
			while (q < r->end && (*q == '\n' || *q == ' ' ||
			    *q == '\r' || *q == '\t'))
				q++;
			/*
			 * 8月份，全国…增长4.2%。\n分三大门类看，采矿业…: a
			 * paragraph with no time of its own goes on in the
			 * last one's, as a release tells its month once (a
			 * day is an event's, not a period)
			 */
			if (r->has_open && r->open_gov.day == 0) {
				r->carried_gov = r->open_gov;
				r->carried_year = r->open_year;
				r->has_carried = true;
			} else if (r->has_para_gov)
				r->has_carried = false;	/* a time of its own, later */
			/* 其中，…: the paragraph goes on with its time */
			if (!text_starts_with(q, r->end, "其中") &&
			    !text_starts_with(q, r->end, "此外") &&
			    !text_starts_with(q, r->end, "同时") &&
			    !text_starts_with(q, r->end, "另外"))
				r->has_para_gov = r->has_open = false;
			r->para_number = false;
			/*
			 * (i)固废处置…\n(ii)垃圾处置…: items of one list,
			 * a paragraph each, are one set
			 */
			enumerated = list_item(q, r->end);
			if (!(enumerated && r->para_enum))
				r->block++;
			r->para_enum = enumerated;
			read_heading(r, p + n);
			prev = c;
			p += n;
			continue;
		}
		if (c == 0x3002 || c == 0xff01 || c == 0xff1f || c == '!' ||
		    c == '?') {
			p += n;
			new_sentence(r, p);
			prev = c;
			continue;
		}
		if (c == 0xff1b || c == ';') {
			p += n;
			r->segment = r->clause = p;
			r->last_end = NULL;
			if (!r->status_sentence)
				r->status = SHUTU_STATUS_ACTUAL;
			r->subset = false;
			prev = c;
			continue;
		}
		/* 单位:人 全年全县…: a space between Han words parts them */
		if ((c == ' ' || c == 0x3000) && p + n < stop &&
		    text_is_han(text_char(p + n, &k)) && prev != 0 &&
		    (text_is_han(prev) || text_is_punct(prev))) {
			p += n;
			r->clause = p;
			prev = c;
			continue;
		}
		if (c == 0xff0c || c == ',' || c == 0xff1a || c == ':') {
			/* 第二产业中，规模以上工业企业中: a set within */
			if (text_ends_with(r->clause, p, "中") && p - r->clause >=
			    9)
				r->block++;
			p += n;
			r->clause = p;
			r->sent_leading = false;
			prev = c;
			continue;
		}
		if (period_start(c) && (k = period_match(p, stop, prev,
		    &pd)) > 0) {
			bool	 base = period_is_base(r->sent, p);

			if (pd.year != 0 && !base)
				r->year_ctx = pd.year;
			r->last = pd;
			r->last_end = p + k;
			/*
			 * 8月22日，紫光国微发布半年报: the day they were told,
			 * no time of the numbers after it
			 */
			if (pd.day > 0 && (told(p + k, MIN(stop, p + k + 60)) ||
			    dateline_at(p + k, stop)))
				base = true;
			if (!base && !(pd.relative && pd.shift != 0 &&
			    !r->sent_leading && r->has_gov)) {
				r->gov = pd;
				r->has_gov = true;
				r->gov_start = p;
				r->gov_end = p + k;
				/*
				 * 1992年10月8日，长沙经开区奠基。此后…: an event's
				 * day is no time of the paragraph's numbers (截至
				 * 8月20日 is: the day they were counted)
				 */
				if (!r->seen_number && (r->sent_leading ||
				    !r->has_para_gov) && (pd.day == 0 ||
				    text_ends_with(r->sent, p, "截至") ||
				    text_ends_with(r->sent, p, "截止") ||
				    text_ends_with(r->sent, p, "截至到"))) {
					r->para_gov = pd;
					r->has_para_gov = true;
					r->para_year = period_year(&pd,
					    r->year_ctx != 0 ? r->year_ctx :
					    r->has_head_gov ? r->head_year :
					    r->title_period[0] != '-' ?
					    atoi(r->title_period) : 0,
					    r->year);
					/* the time it opens with, before its numbers */
					if (!r->has_open && !r->para_number) {
						r->open_gov = pd;
						r->open_year = r->para_year;
						r->has_open = true;
					}
				}
			}
			prev = text_char_before(p, p + k, &n);
			p += k;
			continue;
		}
		if (!text_is_han(c)) {
			prev = c;
			p += n;
			continue;
		}
		i = G_N_ELEMENTS(status_words);
		if (status_start(c))
			for (i = 0; i < G_N_ELEMENTS(status_words); i++)
				if (text_starts_with(p, stop,
				    status_words[i].word))
					break;
		if (i < G_N_ELEMENTS(status_words)) {
			r->status = status_words[i].status;
			/* Before any number: the whole sentence's. */
			r->status_sentence = !r->seen_number;
			p += strlen(status_words[i].word);
			prev = 0;
			continue;
		}
		/*
		 * 今年我省将增补学位20000个: 将 before a verb, ahead of the
		 * sentence's numbers, is what is to be done (将原方案调整为:
		 * 将 before a noun is 把)
		 */
		if (!r->seen_number && (k = intends(&r->seg, p, stop)) > 0) {
			/* 计划扩建到60个, 打算再扩建: a plan, as 将 is */
			p += k - n;
			r->status = SHUTU_STATUS_TARGET;
			r->status_sentence = true;
			prev = c;
			p += n;
			continue;
		}
		if (c == 0x5176 && text_starts_with(p, stop, "其中")) {	/* 其 */
			r->subset = true;
			r->block++;
		}
		if ((c == 0x5206 || c == 0x4ece || c == 0x6309) &&	/* 分从按 */
		    (wordtab_prefix(WORDTAB(&open_tab, set_openers), p,
		    stop) >= 0 || opener_at(p, stop, prev)))
			r->block++;
		prev = c;
		p += n;
	}
	r->p = p > stop ? p : stop;
}

/* The first line, when short: the headline, whose time is the default. */
static void
title_period(struct reader *r)
{
	const char	*p = r->text, *e;
	struct period	 pd;
	size_t		 k, n;
	gunichar	 prev = 0;

	while (p < r->end && (*p == '\n' || *p == ' ' || *p == '\r' ||
	    *p == '\t'))
		p++;
	if ((e = memchr(p, '\n', (size_t)MIN(r->end - p, 240))) == NULL)
		e = r->end - p <= 240 ? r->end : NULL;
	if (e == NULL || text_cp_count(p, (size_t)(e - p)) > 48)
		return;
	for (; p < e; p += n) {
		if ((k = period_match(p, e, prev, &pd)) > 0 &&
		    !period_is_base(r->text, p)) {
			period_iso(&pd, period_year(&pd, 0, r->year),
			    r->title_period);
			return;
		}
		prev = text_char(p, &n);
	}
}

/* 分别 lists: 居民服务业、文体娱乐业…分别增长25.7%、25.4%… */
static void
read_list(struct item *it, const char *clause, const char *fs,
    const struct item *prev, const char *segment, const char *prev_start)
{
	const char	*q = fs;
	size_t		 n;

	if (prev != NULL && prev->list >= 0 && prev->seg == it->seg &&
	    q > clause && (text_ends_with(clause, q, "、") ||
	    text_ends_with(clause, q, "和") || text_ends_with(clause, q,
	    "及")) && prev->f->end + 1 == it->f->start) {
		it->list = prev->list + 1;
		it->topic = prev->topic;
		it->topic_end = prev->topic_end;
		return;
	}
	/* The topic: the clause's words before 分别 */
	{
		const char	*fb = text_find(clause, fs - clause, "分别");

		if (fb == NULL)
			return;
		it->list = 0;
		it->topic = clause;
		it->topic_end = fb;
		/*
		 * 汽车制造业、食品制造业…三个行业增加值增势较好，分别增长…:
		 * the list before a count of it, in the clause before
		 */
		if (fb == clause && prev != NULL && prev->seg == it->seg &&
		    prev->f->dimension == SHUTU_DIM_COUNT && prev_start != NULL &&
		    prev_start > segment && prev_start < clause) {
			const char *t = prev_start;

			while (t > segment) {
				gunichar ch = text_char_before(segment, t, &n);

				if (ch == 0xff0c || ch == ',' || ch == 0xff1a ||
				    ch == ':' || ch == 0x3002)
					break;
				t -= n;
			}
			if (text_find(t, prev_start - t, "、") != NULL) {
				it->topic = t;
				it->topic_end = prev_start;
				it->count_label = prev->f->label;
			}
		}
	}
}

/* 慈溪(2639亿)、义乌(2055亿): the name before the bracket. */
static bool
read_bracket(struct item *it, const char *clause, const char *fs)
{
	const char	*q = fs, *s;
	size_t		 n;

	if (!text_ends_with(clause, q, "(") && !text_ends_with(clause, q,
	    "（"))
		return false;
	q -= text_ends_with(clause, q, "(") ? 1 : strlen("（");
	for (s = q; s > clause; s -= n) {
		gunichar	 c = text_char_before(clause, s, &n);

		if (c == 0x3001 || c == ')' || c == 0xff09 || text_is_punct(c))
			break;
		/* 排名分别为慈溪: the name starts after 为 */
		if (c == 0x4e3a && s - n > clause && q - s >= 3)
			break;
	}
	/* 2.上杭县(281.72亿元): the item's number is no part of the name */
	{
		const char *d = s;

		while (d < q && g_ascii_isdigit(*d))
			d++;
		if (d > s && d < q && (*d == '.' || text_starts_with(d, q,
		    "．") || text_starts_with(d, q, "、")))
			s = d + (*d == '.' ? 1 : strlen("．"));
	}
	if (q - s < 3 || q - s > 30)
		return false;
	it->bracket = true;
	g_clear_pointer(&it->words, g_strfreev);
	it->nw = 0;
	g_free(it->subj);
	it->subj = g_strndup(s, (size_t)(q - s));
	it->empty = false;
	/* The list's topic: 浙江十大强县的排名分别为 */
	if (s > clause && text_ends_with(clause, s, "为")) {
		const char	*t = s - strlen("为");

		if (text_ends_with(clause, t, "分别"))
			t -= strlen("分别");
		if (text_ends_with(clause, t, "依次"))
			t -= strlen("依次");
		if (text_ends_with(clause, t, "的排名"))
			t -= strlen("的排名");
		else if (text_ends_with(clause, t, "排名"))
			t -= strlen("排名");
		it->topic = clause;
		it->topic_end = t;
	}
	return true;
}

/* Is the label what follows the number (789名志愿者)? */
static bool
post_label(const struct shutu_fact *f, const char *after, const char *end)
{
	return f->label != NULL && *f->label != '\0' &&
	    text_starts_with(after, end, f->label);
}

static void
read_items(struct reader *r, const struct series_pos *pos, GArray *items)
{
	size_t	 i, nf = shutu_facts_count(r->facts);

	title_period(r);
	r->p = r->text;
	new_sentence(r, r->text);
	r->nsent = 0;
	/* The title is read as the headline (title_period), not a heading */
	if (r->title_period[0] == '\0')
		read_heading(r, r->text);
	for (i = 0; i < nf; i++) {
		struct shutu_fact	*f = facts_get_mutable(r->facts, i);
		struct item		 it;
		const struct item	*prev;
		const char		*fs = pos[i].start, *from;
		char			 per[PERIOD_ISO_MAX];

		if (fs < r->p) {
			/* A fact inside the last one's words: read nothing */
			fs = r->p;
		}
		r->opener = false;
		advance(r, fs);
		/* Dates are read as times, by advance(). */
		if (f->kind != SHUTU_FACT_QUANTITY)
			continue;
		memset(&it, 0, sizeof it);
		it.fact = i;
		it.f = f;
		it.seg = pos[i].sentence;
		it.sent = r->nsent;
		it.paragraph = pos[i].paragraph;
		it.list = -1;
		it.run = -1;
		current_period(r, f, pos[i].start, per, &it.period_year);
		/* Most facts have the period of the one before: one copy */
		if (per[0] == '\0')
			f->period = NULL;
		else if (r->last_period != NULL && strcmp(per,
		    r->last_period) == 0)
			f->period = r->last_period;
		else
			f->period = r->last_period = facts_intern(r->facts, per,
			    -1);
		f->status = r->status;
		/* The subject: this clause, after the fact before it */
		from = r->clause;
		prev = items->len > 0 ? &g_array_index(items, struct item,
		    items->len - 1) : NULL;
		if (prev != NULL && prev->seg == it.seg &&
		    pos[prev->fact].end > from)
			from = pos[prev->fact].end;
		if (pos[i].start - from > SUBJECT_MAX) {
			from = pos[i].start - SUBJECT_MAX;
			while (((unsigned char)*from & 0xc0) == 0x80)
				from++;
		}
		if (!read_bracket(&it, r->clause, pos[i].start)) {
			/* 中信证券上半年实现净利润: the time is no subject */
			if (r->has_gov && r->gov_start >= from && r->gov_end <=
			    pos[i].start) {
				GString	*t = g_string_new_len(from,
				    r->gov_start - from);

				g_string_append_len(t, r->gov_end,
				    pos[i].start - r->gov_end);
				read_subject(&r->seg, &it, f, t->str, t->str +
				    t->len);
				g_string_free(t, TRUE);
			} else if (post_label(f, pos[i].end, r->end)) {
				/* 2个副省级城市: only the words of its role */
				const char *q = pos[i].start - from > 12 ?
				    pos[i].start - 12 : from;

				while (((unsigned char)*q & 0xc0) == 0x80)
					q++;
				read_subject(&r->seg, &it, f, q, pos[i].start);
			} else
				read_subject(&r->seg, &it, f, from,
				    pos[i].start);
			read_list(&it, r->clause, pos[i].start, prev,
			    r->segment, prev != NULL ? pos[prev->fact].start :
			    NULL);
			/* 比重分别为11.1%、45.2%: a list's member with no
			 * words of its own says what the first one says */
			if (it.list > 0 && it.empty && prev->f->dimension ==
			    f->dimension) {
				f->role = prev->f->role;
				f->direction = prev->f->direction;
			}
			/* 2个副省级城市: what is counted follows the number */
			if (post_label(f, pos[i].end, r->end)) {
				g_free(it.subj);
				g_clear_pointer(&it.words, g_strfreev);
				it.nw = 0;
				it.subj = g_strdup(f->label);
				it.empty = false;
				g_clear_pointer(&it.split_cat, g_free);
				g_clear_pointer(&it.split_meas, g_free);
			}
		} else {
			struct item	 tmp = it;

			tmp.subj = tmp.split_cat = tmp.split_meas = NULL;
			read_subject(&r->seg, &tmp, f, from, from);
			g_free(tmp.subj);
			g_strfreev(tmp.words);
			f->role = SHUTU_ROLE_LEVEL;
		}
		it.subset = it.subset || r->subset;
		it.block = r->block;
		it.in_list = r->para_enum;
		r->seen_number = true;
		r->para_number = true;
		r->sent_leading = false;
		r->p = pos[i].end;
		g_array_append_val(items, it);
	}
}

/* Grouping */

/* Words of a string, as strings (g_strfreev). */
static char **
words_of(struct lexicon_seg *seg, const char *s)
{
	struct toks	 t;
	char		**out;
	size_t		 i;

	tokenize(seg, s, s != NULL ? s + strlen(s) : s, &t);
	out = g_new0(char *, t.n + 1);
	for (i = 0; i < t.n; i++)
		out[i] = g_strndup(t.s + t.off[i], t.len[i]);
	return out;
}

/* Measures of the statistics that end a subject: 投资, 产值, 营业收入. */
static const char *const measures[] = {
	"投资", "增加值", "产值", "利润", "利润总额", "收入", "支出",
	"产量", "销售额", "营业收入",
};

static struct wordtab	*measure_words;

static bool
is_measure_word(const char *w)
{
	return wordtab_find(WORDTAB(&measure_words, measures), w,
	    strlen(w)) >= 0;
}

/* 农村居民人均可支配收入, 工业投资: a word that ends in a measure */
static bool
ends_in_measure(const char *w)
{
	return wordtab_suffix(WORDTAB(&measure_words, measures), w, w +
	    strlen(w)) >= 0;
}

/* 固定资产投资总额, 出口交货值: an indicator of its own, no category */
static bool
indicator_end(const char *w)
{
	static const char *const ends[] = {
		"额", "值", "率", "量", "数", "金", "费", "价", "指数",
	};
	static struct wordtab	*tab;

	return wordtab_suffix(WORDTAB(&tab, ends), w, w + strlen(w)) >= 0;
}

/*
 * 工业投资, 基础设施投资, 房地产开发投资: the lexicon keeps an indicator
 * whole, but beside 农业|投资 its last word is a category and a measure;
 * the last word is split where it ends in a measure of the statistics.
 */
static char **
split_last(char **w)
{
	size_t	 n = g_strv_length(w), i, k;
	char	**out;

	if (n == 0 || is_measure_word(w[n - 1]))
		return w;	/* 营业收入 is a measure whole */
	for (i = 0; i < G_N_ELEMENTS(measures); i++) {
		size_t	 ml = strlen(measures[i]), wl = strlen(w[n - 1]);

		/* 工业|投资, but 城镇居民人均可支配收入 stays whole */
		if (wl < ml + 6 || strcmp(w[n - 1] + wl - ml, measures[i]) != 0 ||
		    !lexicon_lookup(w[n - 1], wl - ml, NULL))
			continue;
		out = g_new0(char *, n + 2);
		for (k = 0; k + 1 < n; k++)
			out[k] = w[k];
		out[n - 1] = g_strndup(w[n - 1], wl - ml);
		out[n] = g_strdup(measures[i]);
		g_free(w[n - 1]);
		g_free(w);
		return out;
	}
	return w;
}

/* The item's words, made once. */
static char **
item_words(struct lexicon_seg *seg, struct item *it)
{
	size_t	 i, off = 0;

	if (it->words != NULL)
		return it->words;
	if (it->nw == 0) {
		it->words = split_last(words_of(seg, it->subj));
		return it->words;
	}
	/* The words it was read in, cut from its subject */
	it->words = g_new0(char *, it->nw + 1);
	for (i = 0; i < it->nw; off += it->wl[i], i++)
		it->words[i] = g_strndup(it->subj + off, it->wl[i]);
	it->words = split_last(it->words);
	return it->words;
}

/* Words at the end of both lists. */
static size_t
common_tail(char **a, char **b)
{
	size_t	 na = g_strv_length(a), nb = g_strv_length(b), k = 0;

	while (k < na && k < nb && strcmp(a[na - 1 - k], b[nb - 1 - k]) == 0)
		k++;
	return k;
}

/*
 * Bytes at the end of both that are the same whole characters and start
 * a word of either: 夏粮|播种面积 and 油料|作物|种植|面积 share 面积.
 */
static size_t
common_suffix(const char *ja, char **a, const char *jb, char **b)
{
	size_t	 la = strlen(ja), lb = strlen(jb), k = 0, best = 0, i, pos;

	while (k < la && k < lb && ja[la - 1 - k] == jb[lb - 1 - k])
		k++;
	/* Whole characters: back to a lead byte */
	while (k > 0 && k < la && ((unsigned char)ja[la - k] & 0xc0) == 0x80)
		k--;
	for (i = g_strv_length(a), pos = 0; i-- > 0; ) {
		pos += strlen(a[i]);
		if (pos <= k)
			best = MAX(best, pos);
	}
	for (i = g_strv_length(b), pos = 0; i-- > 0; ) {
		pos += strlen(b[i]);
		if (pos <= k)
			best = MAX(best, pos);
	}
	return best;
}

static char *
join(char **w, size_t from, size_t to)
{
	GString	*s = g_string_new(NULL);
	size_t	 i;

	for (i = from; i < to; i++)
		g_string_append(s, w[i]);
	return g_string_free(s, FALSE);
}

/* Do the first "n" of words "w" end as a category does? */
static bool
is_category_tail(char **w, size_t n)
{
	GString	*s;
	bool	 yes;
	size_t	 i;

	if (n == 0)
		return false;
	if (category_word(w[n - 1], strlen(w[n - 1])))
		return true;
	/* 供应|业: the kind may be a word of its own */
	s = g_string_new(NULL);
	for (i = n >= 2 ? n - 2 : 0; i < n; i++)
		g_string_append(s, w[i]);
	yes = category_word(s->str, s->len);
	g_string_free(s, TRUE);
	return yes;
}

/* Does the "n" bytes at "s" end in a word of the measure: 总, 净, 人均? */
static bool
modifier_before(const char *s, size_t n)
{
	static const char *const mods[] = {
		"总", "净", "均", "纯", "毛", "新增", "累计", "年",
	};
	size_t	 i, k;

	for (i = 0; i < G_N_ELEMENTS(mods); i++) {
		k = strlen(mods[i]);
		if (n >= k && memcmp(s + n - k, mods[i], k) == 0)
			return true;
	}
	return false;
}

static char	*no_words[] = { NULL };

/* One run: facts whose subjects share a measure. */
struct	run {
	GPtrArray	*items;		/* struct item * */
	char		**first;	/* the first member's words, borrowed */
	size_t		 tail;		/* bytes of the measure at their end
					   (elided: 1, the first's last word) */
	bool		 elided;	/* said by the first only */
	bool		 catlist;	/* categories alone, the measure said
					   before them (主要行业利润情况如下：
					   煤炭开采和洗选业增长244.0%，…) */
	bool		 closed;
};

/* Words of "w" less a measure at its end after a category: 采选业|利润总额. */
static size_t
category_len(char **w, size_t nw)
{
	size_t	 k;

	/* 招商证券|归母|净利润: up to the last word of a category */
	for (k = nw; k > 0 && nw - k <= 3; k--)
		if (is_category_tail(w, k))
			return k;
	return 0;
}

/* Does "w" end as the first of "run" ends before its measure? */
static bool
fits_elided(const struct run *run, char **w, size_t nw)
{
	size_t		 n0 = g_strv_length(run->first);
	const char	*a, *b;
	size_t		 la, lb;

	/*
	 * 智能安全芯片|营业收入为6.07亿元…；特种集成电路4.99亿元: the
	 * first ends in a measure of the statistics, the other has none
	 */
	if (n0 >= 2 && nw >= 1 && nw <= 3 && is_measure_word(run->first[n0 -
	    1]) && !ends_in_measure(w[nw - 1]) && !indicator_end(w[nw - 1]))
		return true;
	if (n0 < 2 || nw < 1 || is_category_tail(run->first, n0) ||
	    !is_category_tail(run->first, n0 - 1) || !is_category_tail(w, nw))
		return false;
	a = run->first[n0 - 2];
	b = w[nw - 1];
	la = strlen(a);
	lb = strlen(b);
	return strcmp(a, b) == 0 || (la >= 3 && lb >= 3 &&
	    memcmp(a + la - 3, b + lb - 3, 3) == 0);
}

/* Do items "a" and "b" count the same kind of thing? */
static bool
same_kind(const struct item *a, const struct item *b)
{
	const struct shutu_fact	*x = a->f, *y = b->f;

	/*
	 * 分产业看, 三个工业门类中: a new set opens; but the parts after 其中
	 * go with the whole just before it (重点项目19个，其中新开工项目7个)
	 */
	return (a->block == b->block || (a->subset != b->subset &&
	    MAX(a->block, b->block) == MIN(a->block, b->block) + 1)) &&
	    x->role == y->role &&
	    x->status == y->status &&
	    x->dimension == y->dimension && g_strcmp0(x->unit, y->unit) == 0 &&
	    (x->period == NULL || y->period == NULL ||
	    strcmp(x->period, y->period) == 0) &&
	    (x->role != SHUTU_ROLE_CHANGE || x->dimension !=
	    SHUTU_DIM_PERCENT || (x->unit != NULL && y->unit != NULL));
}

/*
 * Can "w" (an item's words) join "run"?  Sets "*tail" to the measure's
 * words then, and "*elided" when the measure is the first's alone.
 */
static bool
fits(struct run *run, char **w, const struct item *it, size_t *tail,
    bool *elided)
{
	const struct item	*f0 = g_ptr_array_index(run->items, 0);
	size_t			 nw = g_strv_length(w), n0 = g_strv_length(
				    run->first), k;

	/*
	 * 其中果业9542亩，有机茶叶2000亩，稻渔综合种养1200亩: after 其中,
	 * short names of one sentence are the parts' names alone
	 */
	bool	 parts = it->subset && f0->subset && it->sent == f0->sent &&
		    nw <= 3 && n0 <= 3;

	/*
	 * a whole and its parts after 其中 are no list (常住人口…其中城镇常住
	 * 人口, and 出生人口 after it is none of them)
	 */
	if (run->catlist && it->subset != f0->subset)
		return false;
	if (it->subset != f0->subset && it->sent != f0->sent)
		return false;
	if (run->catlist || parts || (run->items->len == 1 && it->sent ==
	    f0->sent && it->subset == f0->subset && category_len(run->first,
	    n0) > 0 && category_len(w, nw) > 0 && common_tail(run->first,
	    w) == 0 && !fits_elided(run, w, nw))) {
		if (it->sent != f0->sent || (category_len(w, nw) == 0 &&
		    !parts && !(run->catlist && it->subset && f0->subset)))
			return false;
		run->catlist = true;
		*tail = 0;
		*elided = false;
		return true;
	}
	if (run->elided) {
		/* The rest of an elided run: categories of one kind. */
		*tail = run->tail;
		*elided = true;
		return it->sent == f0->sent && is_category_tail(w, nw) &&
		    common_tail(w, run->first) == 0;
	}
	k = common_suffix(f0->subj, run->first, it->subj, w);
	if (run->items->len > 1 && k > run->tail)
		k = run->tail;
	/* A measure, and a category before it in each. */
	{
		const char	*j0 = f0->subj, *jw = it->subj;
		size_t		 l0 = strlen(j0), lw = strlen(jw);
		bool	 ok = k >= 3 && k < l0 && k < lw &&
			    !category_word(jw + lw - k, k) &&
			    /* 额 alone is a word only when both say it */
			    (k >= 6 || common_tail(run->first, w) > 0) &&
			    /* 夏粮总|产量: 总 belongs to the measure */
			    !modifier_before(j0, l0 - k) &&
			    !modifier_before(jw, lw - k);

		if (ok) {
			*tail = k;
			*elided = false;
			return true;
		}
	}
	/*
	 * 国有控股企业增加值…，集体企业增长0.7%: the first names the measure,
	 * the others only their category, which ends as the first's does.
	 */
	if (run->items->len == 1 && it->sent == f0->sent &&
	    fits_elided(run, w, nw)) {
		*tail = 1;
		*elided = true;
		return true;
	}
	return false;
}

static void
run_free(struct run *run)
{
	g_ptr_array_unref(run->items);
	g_free(run);
}

/*
 * 沟赵|办事处组织党员干部: the kind of the name goes with the name, a verb
 * after it with neither (沟赵办事处 | 党员干部).
 */
static void
settle(struct lexicon_seg *seg, char **category, char **measure)
{
	const struct lexicon_token	*t;
	size_t				 i, n;

	n = strlen(*measure);
	lexicon_segment(seg, *measure, n);
	if (seg->count < 2)
		return;
	t = &seg->tokens[0];
	if (!category_word(*measure + t->off, t->len))
		return;
	{
		char	*c = g_strconcat(*category, "", NULL);
		GString	*g = g_string_new(c);

		g_string_append_len(g, *measure, (gssize)t->len);
		g_free(*category);
		*category = g_string_free(g, FALSE);
		g_free(c);
	}
	/* Then the verbs: 组织, 开展 */
	for (i = 1; i < seg->count - 1; i++)
		if (seg->tokens[i].pos != LEXICON_POS_V)
			break;
	{
		char	*m = g_strdup(*measure + seg->tokens[i].off);

		g_free(*measure);
		*measure = m;
	}
}

/* Set each member's category and measure from its run. */
static void
name_run(struct run *run, struct lexicon_seg *seg)
{
	const char	*shared = NULL;	/* the last word all say: 产量 */
	size_t		 i;

	for (i = 0; run->catlist && i < run->items->len; i++) {
		struct item	*it = g_ptr_array_index(run->items, i);
		char		**w = item_words(seg, it);
		size_t		 nw = g_strv_length(w);

		if (!it->subset || nw < 2 || (shared != NULL &&
		    strcmp(shared, w[nw - 1]) != 0)) {
			shared = NULL;
			break;
		}
		shared = w[nw - 1];
	}
	for (i = 0; i < run->items->len; i++) {
		struct item	*it = g_ptr_array_index(run->items, i);
		char		**w = item_words(seg, it);
		size_t		 nw = g_strv_length(w);

		g_free(it->measure);
		g_free(it->category);
		if (run->catlist) {
			size_t	 k = category_len(w, nw);

			/*
			 * after 其中: 夏粮|产量, 秋粮|产量 (the word all say is
			 * the measure), else 有机茶叶, 稻渔综合种养 whole
			 */
			if (shared != NULL)
				k = nw - 1;
			else if (k == 0 && it->subset)
				k = nw;
			it->category = join(w, 0, k);
			it->measure = join(w, k, nw);
			it->listed = true;
		} else if (run->elided) {
			size_t n0 = g_strv_length(run->first);

			it->measure = g_strdup(run->first[n0 - 1]);
			it->category = i == 0 ? join(w, 0, nw - 1) :
			    join(w, 0, nw);
		} else {
			size_t	 l = strlen(it->subj);

			it->measure = g_strdup(it->subj + l - run->tail);
			it->category = g_strndup(it->subj, l - run->tail);
			settle(seg, &it->category, &it->measure);
		}
	}
}

/*
 * The subject's words for grouping: a split subject (国有控股企业|实现|
 * 利润总额) keeps category and measure apart by the verb.
 */
static void
split_names(struct item *it)
{
	if (it->split_cat == NULL || it->measure != NULL)
		return;
	it->category = g_strdup(it->split_cat);
	it->measure = g_strdup(it->split_meas);
}

/*
 * Runs in one block: items with a subject of their own, each joining the
 * open run it fits (of its kind), or opening one.  Items that are a
 * measure only, after another fact of their clause group (…，出栏9.3万头),
 * and items with no subject, are attached to that fact.
 */
static void
find_runs(struct lexicon_seg *seg, struct item **its, size_t n,
    GPtrArray *runs)
{
	struct run	*open[RUN_OPEN];
	size_t		 nopen = 0, i, j;

	for (i = 0; i < n; i++) {
		struct item	*it = its[i];
		char		**w;
		size_t		 nw, tail;
		bool		 elided, done = false, peer = false;

		if (it->empty || it->bracket || it->list >= 0)
			continue;
		/* Alone of its kind in the block: no run, and no words made */
		for (j = 0; j < n && !peer; j++)
			peer = j != i && same_kind(its[j], it);
		if (!peer && it->split_cat == NULL) {
			/* …，出栏9.3万头: a measure alone, after its head */
			if (i > 0 && its[i - 1]->seg == it->seg &&
			    it->nw == 1 && !category_word(it->subj,
			    strlen(it->subj))) {
				it->head = its[i - 1]->head != NULL ?
				    its[i - 1]->head : its[i - 1];
				it->measure = g_strdup(it->subj);
			}
			continue;
		}
		split_names(it);
		/* Split subjects group by their measure, exactly. */
		if (it->split_cat != NULL) {
			for (j = 0; j < nopen && !done; j++) {
				struct item *f0 = g_ptr_array_index(
				    open[j]->items, 0);

				if (f0->split_cat != NULL && same_kind(f0, it) &&
				    strcmp(f0->measure, it->measure) == 0) {
					g_ptr_array_add(open[j]->items, it);
					done = true;
				}
			}
			if (!done && nopen < RUN_OPEN) {
				struct run *run = g_new0(struct run, 1);

				run->items = g_ptr_array_new();
				run->first = no_words;
				g_ptr_array_add(run->items, it);
				open[nopen++] = run;
			}
			continue;
		}
		w = item_words(seg, it);
		nw = g_strv_length(w);
		/* A measure alone after a fact of its clause group: attached */
		if (nw == 1 && !is_category_tail(w, nw) && i > 0 &&
		    its[i - 1]->seg == it->seg) {
			it->head = its[i - 1]->head != NULL ? its[i - 1]->head :
			    its[i - 1];
			it->measure = g_strdup(it->subj);
			continue;
		}
		/*
		 * 文化制造业实现营业收入36739亿元…；文化批发和零售业14726亿元:
		 * the split first says the measure, the next only its name
		 */
		for (j = 0; j < nopen && !done; j++) {
			struct item	*f0 = g_ptr_array_index(open[j]->items,
					    0);

			if (f0->split_cat == NULL || !same_kind(f0, it) ||
			    it->sent != f0->sent || nw > 5 || f0->measure ==
			    NULL || *f0->measure == '\0' || strstr(it->subj,
			    f0->measure) != NULL || !is_category_tail(w, nw))
				continue;
			g_free(it->category);
			g_free(it->measure);
			it->category = g_strdup(it->subj);
			it->measure = g_strdup(f0->measure);
			g_ptr_array_add(open[j]->items, it);
			done = true;
		}
		if (done)
			continue;
		for (j = 0; j < nopen && !done; j++) {
			struct item	*f0 = g_ptr_array_index(open[j]->items,
					    0);

			if (open[j]->closed || f0->split_cat != NULL ||
			    !same_kind(f0, it) || !fits(open[j], w, it, &tail,
			    &elided))
				continue;
			open[j]->tail = tail;
			open[j]->elided = elided;
			g_ptr_array_add(open[j]->items, it);
			done = true;
		}
		if (done)
			continue;
		/* A run of its kind that it does not fit is over: contiguity. */
		for (j = 0; j < nopen; j++) {
			struct item *f0 = g_ptr_array_index(open[j]->items, 0);

			if (same_kind(f0, it) && f0->split_cat == NULL)
				open[j]->closed = true;
		}
		if (nopen == RUN_OPEN) {
			g_ptr_array_add(runs, open[0]);
			memmove(open, open + 1, (nopen - 1) * sizeof *open);
			nopen--;
		}
		{
			struct run *run = g_new0(struct run, 1);

			run->items = g_ptr_array_new();
			run->first = w;
			g_ptr_array_add(run->items, it);
			open[nopen++] = run;
		}
	}
	for (j = 0; j < nopen; j++)
		g_ptr_array_add(runs, open[j]);
	for (j = 0; j < runs->len; j++) {
		struct run	*run = g_ptr_array_index(runs, j);
		struct item	*f0 = g_ptr_array_index(run->items, 0);

		if (f0->split_cat == NULL)
			name_run(run, seg);
	}
}

/* The category and measure of an item with none of its own. */
static void
attach(struct item *its, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		struct item	*it = &its[i];
		struct item	*h;

		if (it->bracket || it->list >= 0)
			continue;
		if (it->empty) {
			/* 同比增长48.0%: of the fact before it in its group */
			if (i == 0 || its[i - 1].seg != it->seg)
				continue;
			h = &its[i - 1];
			it->head = h->head != NULL ? h->head : h;
			g_free(it->category);
			g_free(it->measure);
			it->category = g_strdup(h->category != NULL ?
			    h->category : "");
			it->measure = g_strdup(h->measure != NULL ? h->measure :
			    "");
			if (h->subj != NULL && (h->category == NULL ||
			    h->measure == NULL)) {
				g_free(it->measure);
				it->measure = g_strdup(h->subj);
			}
			it->block = h->block;
			it->subset = h->subset;
		} else if (it->head != NULL) {
			g_free(it->category);
			it->category = g_strdup(it->head->category != NULL ?
			    it->head->category : "");
		}
	}
}

/* Items of one block, grouped for series by (kind, measure). */
struct	group {
	GPtrArray	*items;
	const char	*measure;
};

static const char *
item_entity(GPtrArray *members)
{
	const char	*e = NULL;
	size_t		 i;

	for (i = 0; i < members->len; i++) {
		const struct item *it = g_ptr_array_index(members, i);

		if (i == 0)
			e = it->f->entity;
		else if (g_strcmp0(e, it->f->entity) != 0)
			return NULL;
	}
	return e;
}

static const char *
item_period(GPtrArray *members)
{
	const char	*p = NULL;
	size_t		 i;

	for (i = 0; i < members->len; i++) {
		const struct item *it = g_ptr_array_index(members, i);

		if (it->f->period == NULL)
			continue;
		if (p == NULL)
			p = it->f->period;
		else if (strcmp(p, it->f->period) != 0)
			return NULL;
	}
	return p;
}

/* The whole the parts after 其中 are of: the level just before them. */
static const struct item *
find_total(struct item *its, size_t n, GPtrArray *members, double sum,
    bool subset)
{
	const struct item	*f0 = g_ptr_array_index(members, 0);
	size_t			 k0 = (size_t)(f0 - its), k;

	for (k = k0; k-- > 0 && k0 - k <= 12; ) {
		const struct item	*t = &its[k];

		if (t->sent + 3 < f0->sent)
			break;
		if (t->f->role != SHUTU_ROLE_LEVEL || t->f->dimension !=
		    f0->f->dimension || g_strcmp0(t->f->unit, f0->f->unit) != 0 ||
		    t->f->status != f0->f->status || (t->f->period != NULL &&
		    f0->f->period != NULL && strcmp(t->f->period,
		    f0->f->period) != 0) || !isfinite(t->f->value) ||
		    t->f->value <= 0)
			continue;
		/*
		 * Parts that exceed the whole overlap: 国有控股, 股份制, 私营;
		 * within 2% they are its parts, rounded or at other prices
		 * (三次产业 of 2523.31亿元 adding to 2550.31亿元)
		 */
		if (sum > t->f->value * 1.02)
			continue;
		/*
		 * After 其中, the level before is the whole; without it, only
		 * a whole the parts make up exactly (三次产业 of 生产总值).
		 */
		if (subset && f0->measure != NULL && t->measure != NULL &&
		    (g_str_has_suffix(t->measure, f0->measure) ||
		    g_str_has_suffix(t->f->label != NULL ? t->f->label : "",
		    f0->measure) || sum >= t->f->value * 0.98))
			return t;
		if (subset && (f0->measure == NULL || *f0->measure == '\0'))
			return t;
		if (sum >= t->f->value * 0.98)
			return t;
		if (subset)
			return NULL;
	}
	return NULL;
}

/* The label all members share, or NULL. */
static const char *
common_label(GPtrArray *members)
{
	const char	*l = ((const struct item *)g_ptr_array_index(members,
			    0))->f->label;
	size_t		 i;

	for (i = 1; i < members->len && l != NULL; i++)
		if (g_strcmp0(l, ((const struct item *)g_ptr_array_index(
		    members, i))->f->label) != 0)
			l = NULL;
	return l != NULL && *l != '\0' ? l : NULL;
}

/*
 * Does every member have an owner of its own, named in its category
 * (宏源证券上半年净利润 of 宏源证券), none the same as another's?
 */
/* 中部 of 中部地区, 石佛 of 石佛街道: a region by its short name. */
static bool
region_of(const char *category, const char *entity)
{
	static const char *const kinds[] = {
		"地区", "街道", "社区", "新区", "片区",
	};
	size_t	 i, n = strlen(category);

	if (n == 0 || strncmp(entity, category, n) != 0)
		return false;
	for (i = 0; i < G_N_ELEMENTS(kinds); i++)
		if (strcmp(entity + n, kinds[i]) == 0)
			return true;
	return false;
}

static bool
distinct_owners(GPtrArray *members)
{
	size_t	 i, j;

	for (i = 0; i < members->len; i++) {
		const struct item *a = g_ptr_array_index(members, i);

		/*
		 * 资产规模相对较小的西部证券: a category that holds its owner;
		 * 中部 of 中部地区 (中部、西部和东北地区分别为…) is it too
		 */
		if (a->f->entity == NULL || a->category == NULL ||
		    (strstr(a->category, a->f->entity) == NULL &&
		    !region_of(a->category, a->f->entity)))
			return false;
		for (j = 0; j < i; j++)
			if (strcmp(a->f->entity, ((const struct item *)
			    g_ptr_array_index(members, j))->f->entity) == 0)
				return false;
	}
	return members->len > 1;
}

/* 第一次, 第二, 第3: an ordinal alone, no name of a category. */
static bool
ordinal_only(const char *c)
{
	size_t	 n;

	if (c == NULL || !g_str_has_prefix(c, "第"))
		return false;
	c += strlen("第");
	if (!cnum_is_numeral(text_char(c, &n)))
		return false;
	while (*c != '\0' && cnum_is_numeral(text_char(c, &n)))
		c += n;
	if (g_str_has_prefix(c, "次"))
		c += strlen("次");
	return *c == '\0';
}

/*
 * 第一、二、三次产业对经济增长的贡献率分别为…: categories read as 第一次,
 * 第二次, 第三次 are ordinals of the measure's first word; they take it
 * (第一次产业…), and the measure keeps it (对经济增长的贡献率 alone, a
 * preposition first, names no subject in a title).  The categories,
 * interned, in a g_malloc'd array, or NULL when they are names already.
 */
static const char **
ordinal_categories(struct shutu_facts *facts, GPtrArray *members,
    const char *const *cats, const char *measure)
{
	struct lexicon_seg	 seg;
	const char		**out;
	size_t			 i, w;

	for (i = 0; i < members->len; i++) {
		const struct item *it = g_ptr_array_index(members, i);

		if (!ordinal_only(cats != NULL ? cats[i] : it->category))
			return NULL;
	}
	if (measure == NULL || *measure == '\0')
		return NULL;
	lexicon_seg_init(&seg);
	w = lexicon_segment(&seg, measure, strlen(measure)) > 1 ?
	    seg.tokens[0].len : 0;
	lexicon_seg_release(&seg);
	if (w == 0)
		return NULL;
	out = g_new0(const char *, members->len);
	for (i = 0; i < members->len; i++) {
		const struct item *it = g_ptr_array_index(members, i);
		char	*c = g_strdup_printf("%s%.*s", cats != NULL ? cats[i] :
			    it->category, (int)w, measure);

		out[i] = facts_intern(facts, c, -1);
		g_free(c);
	}
	return out;
}

static void
add_series(struct shutu_facts *facts, enum shutu_series_kind kind,
    const char *measure, GPtrArray *members, const struct item *total,
    const char *const *cats)
{
	struct shutu_series		 s;
	struct shutu_series_member	*m;
	const struct item		*f0 = g_ptr_array_index(members, 0);
	size_t				 i;
	bool				 by_owner;
	char				*owner_measure = NULL;
	const char			**ordinals;

	memset(&s, 0, sizeof s);
	s.kind = kind;
	by_owner = distinct_owners(members);
	/* 华泰证券…净利润: owners' members say their measure in their label */
	if (by_owner && common_label(members) != NULL) {
		static const char *const change[] = {
			"同比增速", "同比增幅", "同比降幅", "增速", "增幅", "降幅",
			"涨幅",
		};
		const char	*l = common_label(members);
		size_t		 k, n = strlen(l);

		/* the role says the change: 净利同比增速 is of 净利 */
		for (k = 0; k < G_N_ELEMENTS(change); k++)
			if (g_str_has_suffix(l, change[k]) && n >
			    strlen(change[k])) {
				n -= strlen(change[k]);
				break;
			}
		measure = owner_measure = g_strndup(l, n);
	}
	s.measure = facts_intern(facts, measure != NULL ? measure : "", -1);
	g_free(owner_measure);
	ordinals = ordinal_categories(facts, members, cats, s.measure);
	s.entity = item_entity(members);
	s.period = item_period(members);
	s.unit = f0->f->unit != NULL ? f0->f->unit : "";
	s.role = f0->f->role;
	s.status = f0->f->status;
	s.nmembers = members->len;
	s.total = total != NULL ? total->fact : SIZE_MAX;
	m = g_new0(struct shutu_series_member, members->len);
	for (i = 0; i < members->len; i++) {
		const struct item *it = g_ptr_array_index(members, i);

		/*
		 * 华泰证券、招商证券、宏源证券…分别为: members that each have
		 * an owner of their own are named by it
		 */
		m[i].category = by_owner ? it->f->entity : ordinals != NULL ?
		    ordinals[i] : facts_intern(facts, cats != NULL ? cats[i] :
		    it->category, -1);
		m[i].measure = facts_intern(facts, it->measure != NULL &&
		    ordinals == NULL ? it->measure : s.measure, -1);
		m[i].fact = it->fact;
	}
	facts_add_series(facts, &s, m);
	g_free(m);
	g_free(ordinals);
}

/*
 * Members whose category is no name: 中国银河、广发证券…净利润均超50亿元
 * (one number for several), 归母 among 中信证券 and 华泰证券 (a word of
 * the measure, where the others are names of a kind).
 */
static bool
noun_ending(struct lexicon_seg *seg, const char *s)
{
	enum lexicon_pos	 pos;
	size_t			 n = strlen(s);

	if (n == 0)
		return false;
	lexicon_segment(seg, s, n);
	if (seg->count == 0)
		return false;
	/* 居住, 交通: a verb alone names a kind of spending */
	if (seg->count == 1)
		return true;
	pos = seg->tokens[seg->count - 1].pos;
	switch (pos) {
	case LEXICON_POS_N: case LEXICON_POS_NG: case LEXICON_POS_NR:
	case LEXICON_POS_NRFG: case LEXICON_POS_NRT: case LEXICON_POS_NS:
	case LEXICON_POS_NT: case LEXICON_POS_NZ: case LEXICON_POS_VN:
	case LEXICON_POS_J: case LEXICON_POS_S: case LEXICON_POS_B:
	case LEXICON_POS_AN: case LEXICON_POS_ENG: case LEXICON_POS_X:
	case LEXICON_POS_K: case LEXICON_POS_L:
		return true;
	case LEXICON_POS_F: {
		/* 长江中游, 珠江上游: a place and where in it, a region */
		enum lexicon_pos before = seg->tokens[seg->count - 2].pos;

		return before == LEXICON_POS_NS || before == LEXICON_POS_N ||
		    before == LEXICON_POS_NZ || before == LEXICON_POS_J;
	}
	default:
		/* 制造业, 慈溪市: a kind of thing, whatever the tag says */
		return category_word(s, n);
	}
}

/*
 * Was the category said whole, before the verb of its clause (固废处置|
 * 实现|收入), by the fact or the one it takes its category from?
 */
static bool
said_whole(const struct item *a)
{
	return a->split_cat != NULL || (a->head != NULL &&
	    a->head->split_cat != NULL);
}

/* 夏粮播种 (of 播种面积): the verb goes with the measure, not the name. */
static void
trim_verb(struct lexicon_seg *seg, char *s)
{
	size_t	 k;

	/* 早稻播插: 播 and 插 both */
	for (k = 0; k < 3; k++) {
		const struct lexicon_token *t;

		lexicon_segment(seg, s, strlen(s));
		if (seg->count < 2)
			return;
		t = &seg->tokens[seg->count - 1];
		if (t->pos != LEXICON_POS_V && t->pos != LEXICON_POS_VI &&
		    t->pos != LEXICON_POS_VD)
			return;
		s[t->off] = '\0';
	}
}

static void
prune(struct lexicon_seg *seg, GPtrArray *members)
{
	size_t	 i, named = 0;

	/* A verb before the measure, not one the article split on */
	for (i = 0; i < members->len; i++) {
		struct item *a = g_ptr_array_index(members, i);

		if (a->category != NULL && !a->bracket && a->list < 0 &&
		    !said_whole(a))
			trim_verb(seg, a->category);
	}

	for (i = 0; i < members->len; i++) {
		const struct item *a = g_ptr_array_index(members, i);
		size_t n = a->category != NULL ? strlen(a->category) : 0;

		if (n > 0 && category_word(a->category, n))
			named++;
	}
	for (i = members->len; i-- > 0; ) {
		const struct item *a = g_ptr_array_index(members, i);
		size_t n = a->category != NULL ? strlen(a->category) : 0;
		bool named_one = n > 0 && category_word(a->category, n);

		/* 本届比赛历时, 一斤能: a verb is no category */
		if ((n > 0 && !said_whole(a) && !noun_ending(seg,
		    a->category)) ||
		    (n > 0 && strstr(a->category, "、") != NULL &&
		    !g_str_has_suffix(a->category, "业")) ||
		    (named * 3 >= members->len * 2 && !named_one &&
		    g_utf8_strlen(a->category, -1) <= 2) ||
		    (n > 0 && (strstr(a->category, "均") ==
		    a->category + n - strlen("均"))))
			g_ptr_array_remove_index(members, i);
	}
}

/* Distinct, non-empty categories: a series; else the members are loose. */
static bool
distinct(struct lexicon_seg *seg, GPtrArray *members)
{
	size_t	 i, j;

	prune(seg, members);
	if (members->len < 2)
		return false;
	for (i = 0; i < members->len; i++) {
		const struct item *a = g_ptr_array_index(members, i);

		if (a->category == NULL || *a->category == '\0')
			return false;
		for (j = 0; j < i; j++) {
			const struct item *b = g_ptr_array_index(members, j);

			if (strcmp(a->category, b->category) == 0)
				return false;
		}
	}
	return true;
}

/*
 * A run found: categories, or the parts of a whole.  Shares of one whole
 * that add up to no more than 100% are parts; amounts after 其中 that do
 * not exceed the level before, or that make it up exactly, too.
 */
static bool
emit_run(struct shutu_facts *facts, struct lexicon_seg *seg, struct item *its,
    size_t n, GPtrArray *members, const char *measure)
{
	const struct item	*f0 = g_ptr_array_index(members, 0);
	const struct item	*total = NULL;
	double			 sum = 0;
	size_t			 i;
	bool			 subset = f0->subset, parts = false;

	if (!distinct(seg, members))
		return false;
	for (i = 0; i < members->len; i++) {
		const struct item *it = g_ptr_array_index(members, i);

		sum += it->f->value;
		subset = subset && it->subset;
	}
	if (f0->f->role == SHUTU_ROLE_SHARE)
		parts = f0->f->dimension != SHUTU_DIM_PERCENT || sum <= 100.5;
	else if (f0->f->role == SHUTU_ROLE_LEVEL && (total = find_total(its,
	    n, members, sum, subset)) != NULL)
		parts = true;
	/* 新增富民产业13042亩，其中果业…有机茶叶…: the whole names them */
	if (total != NULL && (measure == NULL || *measure == '\0') &&
	    total->f->label != NULL)
		measure = total->f->label;
	add_series(facts, parts ? SHUTU_SERIES_PARTS :
	    SHUTU_SERIES_CATEGORIES, measure, members, total, NULL);
	return true;
}

/*
 * Two runs over the same categories in one block (存栏 and 出栏 of 生猪,
 * 牛): one series of several measures, over the categories both have.
 */
static void
emit_measures(struct shutu_facts *facts, GPtrArray *a, GPtrArray *b)
{
	GPtrArray	*m = g_ptr_array_new();
	GPtrArray	*cats = g_ptr_array_new();
	size_t		 i, j, common = 0;
	char		*name;

	for (i = 0; i < a->len; i++) {
		const struct item *x = g_ptr_array_index(a, i);

		for (j = 0; j < b->len; j++) {
			const struct item *y = g_ptr_array_index(b, j);

			if (strcmp(x->category, y->category) == 0) {
				g_ptr_array_add(m, (gpointer)x);
				g_ptr_array_add(m, (gpointer)y);
				g_ptr_array_add(cats, x->category);
				g_ptr_array_add(cats, y->category);
				common++;
			}
		}
	}
	if (common >= 2) {
		const struct item *x = g_ptr_array_index(a, 0);
		const struct item *y = g_ptr_array_index(b, 0);

		name = g_strconcat(x->measure, "、", y->measure, NULL);
		add_series(facts, SHUTU_SERIES_MEASURES, name, m, NULL,
		    (const char *const *)cats->pdata);
		g_free(name);
	}
	g_ptr_array_unref(m);
	g_ptr_array_unref(cats);
}

/* A 分别 list or a bracketed list, from its items in order. */
/* The numerals at "s" (一 of 一产业, 十一 of 第十一): their length. */
static size_t
numerals_len(const char *s)
{
	const char	*p = s;
	size_t		 n;

	while (*p != '\0' && cnum_is_numeral(text_char(p, &n)))
		p += n;
	return (size_t)(p - s);
}

/*
 * 第一、二、三产业增加值: the ordinals share the head the last one
 * names (产业), and the rest is the measure.  "parts" become 第一产业,
 * 第二产业, 第三产业; false, and nothing changed, when it is no such list.
 */
static bool
ordinal_list(struct lexicon_seg *seg, char **parts, size_t np,
    char **measure)
{
	const char	*rest = NULL, *last = parts[np - 1];
	char		**w, *head;
	size_t		 i, k;
	bool		 bare;

	/* 二、三产业投资: the industries are ordinals without 第 too */
	if (g_str_has_prefix(last, "第"))
		last += strlen("第");
	bare = g_str_has_prefix(last + numerals_len(last), "产业");
	for (i = 0; i < np; i++) {
		const char *q = parts[i];

		if (g_str_has_prefix(q, "第"))
			q += strlen("第");
		else if (i == 0 && !bare)
			return false;
		if ((k = numerals_len(q)) == 0)
			return false;
		if (i + 1 < np && q[k] != '\0')
			return false;
		if (i + 1 == np)
			rest = q + k;
	}
	if (rest == NULL || *rest == '\0')
		return false;
	w = words_of(seg, rest);
	if (w[0] == NULL || w[1] == NULL) {
		g_strfreev(w);
		return false;
	}
	head = g_strdup(w[0]);
	/* before "rest", in the last part, is freed */
	g_free(*measure);
	*measure = g_strdup(rest + strlen(head));
	for (i = 0; i < np; i++) {
		const char *q = parts[i];
		char	   *name;

		if (g_str_has_prefix(q, "第"))
			q += strlen("第");
		name = g_strdup_printf("第%.*s%s", (int)numerals_len(q), q,
		    head);
		g_free(parts[i]);
		parts[i] = name;
	}
	g_free(head);
	g_strfreev(w);
	return true;
}

static bool
name_list(struct lexicon_seg *seg, const struct item *first,
    GPtrArray *members, char **measure_out)
{
	const struct item	*f0 = g_ptr_array_index(members, 0);
	GPtrArray		*names = g_ptr_array_new_with_free_func(g_free);
	char			*measure = NULL;
	size_t			 i;

	if (f0->bracket) {
		for (i = 0; i < members->len; i++) {
			const struct item *it = g_ptr_array_index(members, i);

			g_ptr_array_add(names, g_strdup(it->subj));
		}
		if (f0->topic != NULL) {
			struct item	 tmp;
			struct shutu_fact f = *f0->f;

			memset(&tmp, 0, sizeof tmp);
			read_subject(seg, &tmp, &f, f0->topic,
			    f0->topic_end);
			measure = g_strdup(tmp.subj != NULL ? tmp.subj : "");
			g_free(tmp.subj);
			g_strfreev(tmp.words);
			g_free(tmp.split_cat);
			g_free(tmp.split_meas);
		}
	} else {
		/* The topic, split at 、 和 及: one name per number */
		char	*topic = span(f0->topic, f0->topic_end);
		char	**parts;
		size_t	 np;

		{
			struct item	 tmp;
			struct shutu_fact f = *f0->f;

			memset(&tmp, 0, sizeof tmp);
			read_subject(seg, &tmp, &f, f0->topic,
			    f0->topic_end);
			g_free(topic);
			topic = g_strdup(tmp.subj != NULL ? tmp.subj : "");
			g_free(tmp.subj);
			g_strfreev(tmp.words);
			g_free(tmp.split_cat);
			g_free(tmp.split_meas);
		}
		/* 卫生和社会工作 is one name: 、 first, then 和 及 与 */
		parts = g_strsplit(topic, "、", -1);
		np = g_strv_length(parts);
		if (np != members->len) {
			g_strfreev(parts);
			parts = g_regex_split_simple("、|和|及|与", topic, 0, 0);
			np = g_strv_length(parts);
		}
		if (np == members->len && np >= 2 &&
		    ordinal_list(seg, parts, np, &measure)) {
			/* 第一、二、三产业增加值: 第一产业, 第二产业, 第三产业 */
			for (i = 0; i < np; i++)
				g_ptr_array_add(names, g_strdup(parts[i]));
		} else if (np == members->len && np >= 2) {
			char	**last;
			size_t	 nl;

			/* 电气机械、专用设备、汽车制造业投资: the last's measure */
			last = words_of(seg, parts[np - 1]);
			nl = g_strv_length(last);
			/* 城镇和农村居民人均可支配收入: names of one word each */
			for (i = 0; i + 1 < np; i++) {
				char	**w = words_of(seg, parts[i]);
				bool	 one = g_strv_length(w) == 1;

				g_strfreev(w);
				if (!one)
					break;
			}
			if (i + 1 == np && strlen(parts[np - 1]) >
			    strlen(parts[0]) + 3 && lexicon_lookup(parts[np -
			    1], strlen(parts[0]), NULL)) {
				/* 城镇 and 农村: as long as the first name */
				const char *m = parts[np - 1] + strlen(parts[0]);

				if (g_str_has_prefix(m, "本月") ||
				    g_str_has_prefix(m, "当月"))
					m += strlen("本月");
				measure = g_strdup(m);
				parts[np - 1][strlen(parts[0])] = '\0';
			} else if (nl >= 2 && !is_category_tail(last, nl) &&
			    is_category_tail(last, nl - 1)) {
				measure = g_strdup(last[nl - 1]);
				parts[np - 1][strlen(parts[np - 1]) -
				    strlen(last[nl - 1])] = '\0';
			}
			g_strfreev(last);
			for (i = 0; i < np; i++)
				g_ptr_array_add(names, g_strdup(parts[i]));
		}
		g_strfreev(parts);
		g_free(topic);
	}
	/* 其中，居民服务业、…分别增长: of the measure said before 其中 */
	if ((measure == NULL || *measure == '\0') && f0->subset &&
	    f0 > first && f0->topic != NULL) {
		const struct item *p;

		for (p = f0 - 1; p >= first && p->sent + 2 >= f0->sent; p--)
			if (p->subj != NULL && p->list < 0 && !p->bracket &&
			    p->f->dimension == f0->f->dimension) {
				g_free(measure);
				measure = g_strdup(p->measure != NULL &&
				    *p->measure != '\0' ? p->measure : p->subj);
				break;
			}
	}
	/* 三个行业增加值增势较好，分别增长: what the count says of them */
	if ((measure == NULL || *measure == '\0') && f0->count_label != NULL) {
		char	**w = words_of(seg, f0->count_label);

		if (g_strv_length(w) >= 2) {
			g_free(measure);
			measure = join(w, 1, g_strv_length(w));
		}
		g_strfreev(w);
	}
	if (names->len == members->len) {
		for (i = 0; i < members->len; i++) {
			struct item *it = g_ptr_array_index(members, i);

			g_free(it->category);
			it->category = g_strdup(g_ptr_array_index(names, i));
			g_free(it->measure);
			it->measure = g_strdup(measure != NULL ? measure : "");
		}
		*measure_out = measure;
		g_ptr_array_unref(names);
		return true;
	}
	g_free(measure);
	g_ptr_array_unref(names);
	return false;
}

/*
 * Two lists of one sentence that say the same of other categories (汽车
 * 制造业…分别增长89.2%…；农副食品加工业…分别下降4.2%…) are one series.
 */
static bool
same_list(const struct item *a, const struct item *b)
{
	return a->sent == b->sent && !a->bracket && !b->bracket &&
	    a->f->role == b->f->role && a->f->status == b->f->status &&
	    g_strcmp0(a->f->unit, b->f->unit) == 0 &&
	    g_strcmp0(a->f->period, b->f->period) == 0;
}

/*
 * 东部地区实现营业收入63702亿元…；中部、西部和东北地区分别为13620亿元…: a
 * list of owners goes on from the owner just before it that said the
 * same of itself (its label the list's, another owner of the same kind).
 * "first" is the block's first item.
 */
static void
parallel_owner(const struct item *first, GPtrArray *members)
{
	const struct item	*f0 = g_ptr_array_index(members, 0);
	const struct item	*p;
	const char		*suf;
	size_t			 i;

	if (f0->f->entity == NULL || f0->f->label == NULL ||
	    (suf = g_utf8_offset_to_pointer(f0->f->entity, MAX(0,
	    g_utf8_strlen(f0->f->entity, -1) - 2))) == NULL)
		return;
	for (i = 1; i < members->len; i++)
		if (g_strcmp0(((const struct item *)g_ptr_array_index(members,
		    i))->f->label, f0->f->label) != 0)
			return;
	for (p = f0 - 1; p >= first && f0 - p <= 6 && p->paragraph ==
	    f0->paragraph && p->sent + 1 >= f0->sent; p--) {
		if (p->f->entity == NULL || p->f->role != f0->f->role ||
		    g_strcmp0(p->f->unit, f0->f->unit) != 0 ||
		    g_strcmp0(p->f->period, f0->f->period) != 0 ||
		    g_strcmp0(p->f->label, f0->f->label) != 0)
			continue;
		if (strcmp(p->f->entity, f0->f->entity) == 0 ||
		    !g_str_has_suffix(p->f->entity, suf))
			return;
		g_ptr_array_insert(members, 0, (gpointer)p);
		return;
	}
}

static void
emit_list(struct shutu_facts *facts, struct lexicon_seg *seg,
    const struct item *first, GPtrArray *members, const char *measure)
{
	size_t	 i;

	parallel_owner(first, members);

	for (i = 0; i < members->len; i++) {
		struct item *it = g_ptr_array_index(members, i);

		if (*it->measure == '\0' && measure != NULL) {
			g_free(it->measure);
			it->measure = g_strdup(measure);
		}
	}
	if (distinct(seg, members))
		add_series(facts, SHUTU_SERIES_CATEGORIES, measure, members,
		    NULL, NULL);
}

static int
by_year(gconstpointer a, gconstpointer b)
{
	const struct item *x = *(const struct item *const *)a;
	const struct item *y = *(const struct item *const *)b;

	return (x->period_year > y->period_year) -
	    (x->period_year < y->period_year);
}

/*
 * The same measure of the same entity in different years (地区生产总值
 * 2015年…, 2020年…): a series of years.  Periods must be of one shape
 * (whole years, or the same part of each year).
 */
#define INDICATOR_BACK	8	/* items back to an indicator's level */
#define INDICATORS_MAX	12	/* indicators in one series */

/* The facts that are members of the series found so far, a flag each. */
static guint8 *
charted_facts(const struct shutu_facts *facts)
{
	guint8	*in = g_new0(guint8, MAX(shutu_facts_count(facts), 1));
	size_t	 k, j;

	for (k = 0; k < shutu_facts_series_count(facts); k++) {
		const struct shutu_series *s = shutu_facts_get_series(facts, k);

		for (j = 0; j < s->nmembers; j++)
			in[s->members[j].fact] = 1;
	}
	return in;
}

/*
 * The change of an indicator said with its level in the sentence
 * (生产总值3212.2亿元，增长8%): its label is the level's and 增速; the
 * indicator's name, or NULL (g_free).
 */
/*
 * The indicator a growth rate's label names: 生产总值 of 生产总值增速 and of
 * 生产总值年均增速 (年均增长5.1%, a yearly average); its length, or 0.
 */
static size_t
growth_stem(const char *label)
{
	if (label == NULL)
		return 0;
	if (g_str_has_suffix(label, "年均增速"))
		return strlen(label) - strlen("年均增速");
	if (g_str_has_suffix(label, "增速"))
		return strlen(label) - strlen("增速");
	return 0;
}

static char *
indicator_of(const struct item *its, size_t lo, size_t i)
{
	const struct shutu_fact *c = its[i].f;
	size_t	 k, n;

	if (c->role != SHUTU_ROLE_CHANGE || c->unit == NULL ||
	    strcmp(c->unit, "%") != 0 || (n = growth_stem(c->label)) == 0)
		return NULL;
	/* a bounded look: a text with no full stop is one long sentence */
	for (k = i > lo + INDICATOR_BACK ? i - INDICATOR_BACK : lo; k < i; k++)
		if (its[k].f->role == SHUTU_ROLE_LEVEL && its[k].f->label !=
		    NULL && strlen(its[k].f->label) == n && n >= 6 &&
		    strncmp(its[k].f->label, c->label, n) == 0 &&
		    g_strcmp0(its[k].f->entity, c->entity) == 0)
			return g_strndup(c->label, n);
	return NULL;
}

/*
 * The dimension of the level an indicator's change is said with: growth
 * of money beside growth of tonnes compares unlike things.
 */
static int
level_dim(const struct item *its, size_t lo, const struct item *c)
{
	size_t	 i = (size_t)(c - its), k, n;

	n = growth_stem(c->f->label);
	for (k = i > lo + INDICATOR_BACK ? i - INDICATOR_BACK : lo; k < i; k++)
		if (its[k].f->role == SHUTU_ROLE_LEVEL && its[k].f->label !=
		    NULL && strlen(its[k].f->label) == n &&
		    strncmp(its[k].f->label, c->f->label, n) == 0)
			return (int)its[k].f->dimension;
	return -1;
}

/*
 * 2016年，全市生产总值3212.2亿元，增长8%；一般公共预算收入260.5亿元，
 * 增长10.2%；城镇居民…分别增长8.3%和7.7%: the growth of the main
 * indicators, each said with its level, in one sentence of one owner
 * and period: a series of categories, the indicators, measure 主要指标.
 */
static void
find_indicators(struct shutu_facts *facts, struct item *its, size_t n)
{
	guint8	*charted = charted_facts(facts);
	size_t	 lo, i, j;

	for (lo = 0; lo < n; lo = i) {
		GPtrArray	*members = g_ptr_array_new();
		GPtrArray	*cats = g_ptr_array_new_with_free_func(g_free);

		for (i = lo + 1; i < n && its[i].sent == its[lo].sent; i++)
			;
		for (j = lo; j < i && members->len < INDICATORS_MAX; j++) {
			const struct item *first = members->len > 0 ?
			    g_ptr_array_index(members, 0) : NULL;
			char	*name;

			/* 其中住户存款…: a part is no indicator beside its whole */
			if (its[j].subset || charted[its[j].fact] ||
			    (name = indicator_of(its, lo, j)) == NULL)
				continue;
			/* one change an indicator */
			{
				size_t	 k;

				for (k = 0; k < cats->len && strcmp(
				    g_ptr_array_index(cats, k), name) != 0; k++)
					;
				if (k < cats->len) {
					g_free(name);
					continue;
				}
			}
			if (first != NULL && (g_strcmp0(first->f->period,
			    its[j].f->period) != 0 || first->f->status !=
			    its[j].f->status || g_strcmp0(first->f->entity,
			    its[j].f->entity) != 0 || level_dim(its, lo, first) !=
			    level_dim(its, lo, &its[j]))) {
				g_free(name);
				continue;
			}
			g_ptr_array_add(members, &its[j]);
			g_ptr_array_add(cats, name);
		}
		if (members->len >= 3) {
			g_ptr_array_add(cats, NULL);
			add_series(facts, SHUTU_SERIES_CATEGORIES, "主要指标",
			    members, NULL, (const char *const *)cats->pdata);
		}
		g_ptr_array_unref(members);
		g_ptr_array_unref(cats);
	}
	g_free(charted);
}

static void
find_years(struct shutu_facts *facts, struct item *its, size_t n)
{
	GHashTable	*groups = g_hash_table_new_full(g_str_hash, g_str_equal,
			    g_free, (GDestroyNotify)g_ptr_array_unref);
	GPtrArray	*order = g_ptr_array_new();
	size_t		 i, j;

	for (i = 0; i < n; i++) {
		const struct item	*it = &its[i];
		const char		*name, *shape;
		char			*key;
		GPtrArray		*g;

		if (it->f->period == NULL || it->period_year == 0 ||
		    it->f->role != SHUTU_ROLE_LEVEL)
			continue;
		name = it->measure != NULL && *it->measure != '\0' ?
		    it->measure : it->subj;
		if (name == NULL || *name == '\0')
			continue;
		/* 2016-H1 and 2017-H1 are alike; 2016 and 2017-H1 are not */
		shape = it->f->period + (it->f->period[0] == '-' ? 1 : 4);
		key = g_strjoin("\x1f", it->category != NULL ? it->category :
		    "", name, it->f->entity != NULL ? it->f->entity : "",
		    shutu_status_name(it->f->status), it->f->unit != NULL ?
		    it->f->unit : "", shape, NULL);
		if ((g = g_hash_table_lookup(groups, key)) == NULL) {
			g = g_ptr_array_new();
			g_hash_table_insert(groups, key, g);
			g_ptr_array_add(order, key);
		} else
			g_free(key);
		/* A year once: its first mention */
		for (j = 0; j < g->len; j++)
			if (((const struct item *)g_ptr_array_index(g,
			    j))->period_year == it->period_year)
				break;
		if (j == g->len)
			g_ptr_array_add(g, (gpointer)it);
	}
	for (i = 0; i < order->len; i++) {
		GPtrArray	*m = g_hash_table_lookup(groups,
				    g_ptr_array_index(order, i));
		const struct item *f0 = g_ptr_array_index(m, 0);
		char		**cats;

		if (m->len < 2)
			continue;
		g_ptr_array_sort(m, by_year);
		cats = g_new0(char *, m->len + 1);
		for (j = 0; j < m->len; j++)
			cats[j] = g_strdup_printf("%d年", ((const struct item *)
			    g_ptr_array_index(m, j))->period_year);
		add_series(facts, SHUTU_SERIES_YEARS, f0->category != NULL &&
		    *f0->category != '\0' ? f0->category : f0->measure !=
		    NULL && *f0->measure != '\0' ? f0->measure : f0->subj, m,
		    NULL, (const char *const *)cats);
		g_strfreev(cats);
	}
	g_ptr_array_unref(order);
	g_hash_table_destroy(groups);
}

/* Series of one block of items (a paragraph, or part of one). */
static void
block_series(struct reader *r, struct item *its, size_t n, size_t lo,
    size_t hi)
{
	GPtrArray	*runs = g_ptr_array_new();
	struct item	**ptrs = g_new(struct item *, hi - lo);
	GPtrArray	*level = g_ptr_array_new();	/* emitted, for measures */
	GHashTable	*groups = g_hash_table_new_full(g_str_hash,
			    g_str_equal, g_free, (GDestroyNotify)
			    g_ptr_array_unref);
	GPtrArray	*order = g_ptr_array_new();
	GPtrArray	*pend = NULL;		/* a list not yet emitted */
	char		*pend_meas = NULL;
	size_t		 i, j;

	for (i = lo; i < hi; i++)
		ptrs[i - lo] = &its[i];
	find_runs(&r->seg, ptrs, hi - lo, runs);
	attach(its + lo, hi - lo);
	/* Lists first: their order is the article's. */
	for (i = lo; i < hi; ) {
		GPtrArray	*m;
		char		*meas = NULL;

		if (its[i].list != 0 && !its[i].bracket) {
			i++;
			continue;
		}
		m = g_ptr_array_new();
		g_ptr_array_add(m, &its[i]);
		for (j = i + 1; j < hi; j++) {
			/*
			 * 新罗区(607.87亿元 5.4%)、上杭县(281.72亿元 5.6%): the
			 * other numbers in a bracket are its name's too, and
			 * the list goes on past them
			 */
			if (its[i].bracket && !its[j].bracket && its[j].list < 0 &&
			    its[j].sent == its[i].sent && j + 1 < hi &&
			    its[j + 1].bracket)
				continue;
			if (!((its[i].bracket && its[j].bracket &&
			    its[j].sent == its[i].sent && same_kind(&its[i],
			    &its[j])) || (!its[i].bracket && its[j].list ==
			    (int)(j - i) && its[j].seg == its[i].seg)))
				break;
			g_ptr_array_add(m, &its[j]);
		}
		if (m->len >= 2 && name_list(&r->seg, its, m, &meas)) {
			if (pend != NULL && same_list(g_ptr_array_index(pend, 0),
			    g_ptr_array_index(m, 0)) && (pend_meas == NULL ||
			    *pend_meas == '\0' || meas == NULL || *meas == '\0' ||
			    strcmp(pend_meas, meas) == 0)) {
				g_ptr_array_extend(pend, m, NULL, NULL);
				if (pend_meas == NULL || *pend_meas == '\0') {
					g_free(pend_meas);
					pend_meas = meas;
				} else
					g_free(meas);
			} else {
				if (pend != NULL) {
					emit_list(r->facts, &r->seg, its, pend,
					    pend_meas);
					g_ptr_array_unref(pend);
					g_free(pend_meas);
				}
				pend = g_ptr_array_ref(m);
				pend_meas = meas;
			}
			meas = NULL;
		}
		g_ptr_array_unref(m);
		i = j;
	}
	if (pend != NULL) {
		emit_list(r->facts, &r->seg, its, pend, pend_meas);
		g_ptr_array_unref(pend);
		g_free(pend_meas);
	}
	/* Categories alone: the measure is the one some of them say. */
	for (i = 0; i < runs->len; i++) {
		struct run	*run = g_ptr_array_index(runs, i);
		const char	*m = "";

		if (!run->catlist)
			continue;
		for (j = 0; j < run->items->len; j++) {
			struct item *it = g_ptr_array_index(run->items, j);

			if (*it->measure != '\0')
				m = it->measure;
		}
		emit_run(r->facts, &r->seg, its, n, run->items, m);
	}
	/*
	 * Everything else by (kind, block, measure): runs said the measure;
	 * attached items join the group of their measure.
	 */
	for (i = lo; i < hi; i++) {
		struct item	*it = &its[i];
		const struct shutu_fact *f = it->f;
		char		*key;
		GPtrArray	*g;

		if (it->bracket || it->list >= 0 || it->listed ||
		    it->measure == NULL || *it->measure == '\0')
			continue;
		key = g_strdup_printf("%u\x1f%d\x1f%d\x1f%d\x1f%s\x1f%s\x1f%s",
		    it->block, f->role, f->status, f->dimension, f->unit ?
		    f->unit : "", it->measure, f->role == SHUTU_ROLE_CHANGE ?
		    (f->unit != NULL && strcmp(f->unit, "个百分点") == 0 ?
		    "pt" : "") : "");
		if ((g = g_hash_table_lookup(groups, key)) == NULL) {
			g = g_ptr_array_new();
			g_hash_table_insert(groups, key, g);
			g_ptr_array_add(order, key);
		} else
			g_free(key);
		g_ptr_array_add(g, it);
	}
	for (i = 0; i < order->len; i++) {
		GPtrArray *g = g_hash_table_lookup(groups,
		    g_ptr_array_index(order, i));
		const struct item *f0 = g_ptr_array_index(g, 0);

		if (g->len < 2)
			continue;
		if (emit_run(r->facts, &r->seg, its, n, g, f0->measure) &&
		    f0->f->role == SHUTU_ROLE_LEVEL)
			g_ptr_array_add(level, g);
	}
	/* Several measures over the same categories */
	for (i = 0; i < level->len; i++)
		for (j = i + 1; j < level->len; j++) {
			GPtrArray *a = g_ptr_array_index(level, i);
			GPtrArray *b = g_ptr_array_index(level, j);
			const struct item *x = g_ptr_array_index(a, 0);
			const struct item *y = g_ptr_array_index(b, 0);

			if (x->block == y->block && same_kind(x, y) &&
			    strcmp(x->measure, y->measure) != 0)
				emit_measures(r->facts, a, b);
		}
	for (i = 0; i < runs->len; i++)
		run_free(g_ptr_array_index(runs, i));
	g_ptr_array_unref(runs);
	g_ptr_array_unref(level);
	g_ptr_array_unref(order);
	g_hash_table_destroy(groups);
	g_free(ptrs);
}

void
series_find(struct shutu_facts *facts, const char *text, const char *end,
    const struct series_pos *pos, int year)
{
	struct reader	 r;
	GArray		*items;
	struct item	*its;
	size_t		 i, lo, n;

	/* One item a quantity, sized at once: no copies as it grows */
	for (i = 0, n = 0; i < shutu_facts_count(facts); i++)
		n += shutu_facts_get(facts, i)->kind == SHUTU_FACT_QUANTITY;
	items = g_array_sized_new(FALSE, TRUE, sizeof(struct item),
	    (guint)MIN(n, G_MAXUINT / 2));
	memset(&r, 0, sizeof r);
	r.text = text;
	r.end = end;
	r.facts = facts;
	r.year = year;
	lexicon_seg_init(&r.seg);
	read_items(&r, pos, items);
	its = (struct item *)items->data;
	n = items->len;
	/*
	 * Paragraph by paragraph (and the items of a list together):
	 * parallel clauses stand together.
	 */
	for (lo = 0; lo < n; lo = i) {
		for (i = lo + 1; i < n && (its[i].paragraph ==
		    its[i - 1].paragraph || (its[i].in_list &&
		    its[i - 1].in_list && its[i].paragraph <=
		    its[i - 1].paragraph + 2)); i++)
			;
		block_series(&r, its, n, lo, i);
	}
	find_years(facts, its, n);
	find_indicators(facts, its, n);
	for (i = 0; i < n; i++) {
		g_free(its[i].measure);
		g_free(its[i].category);
		g_free(its[i].subj);
		g_strfreev(its[i].words);
		g_free(its[i].split_cat);
		g_free(its[i].split_meas);
	}
	g_array_free(items, TRUE);
	lexicon_seg_release(&r.seg);
}
