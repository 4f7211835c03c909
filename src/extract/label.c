/* SPDX-License-Identifier: MIT */
/*
 * Labels and event captions.  Words come from the lexicon (jieba's
 * dictionary with parts of speech, lexicon.c); the rules on top are
 * tables of words that end a noun phrase or link a topic to its number.  Each call reads
 * a window of at most a few dozen characters around the fact, so the
 * cost per fact is constant.
 */
#include <string.h>

#include "extract.h"

#define AFTER_BYTES	48	/* how far a label reaches after the unit */
#define BEFORE_BYTES	66	/* and before the number, in bytes */
#define LABEL_MAX_W	18	/* columns: a bar label reads at a glance (9 Han) */
#define COORD_EXTRA_W	8	/* more for a name of two nouns joined (X和Y业) */
#define ITEM_EXTRA_W	4	/* more for a list's item that is one name */
#define EVENT_MAX_CP	20
/*
 * The text between two facts of a clause is broken once for both: after
 * the first fact's unit, and before the second's number.  Longer gaps
 * are broken as two windows, since the middle would be wasted work.
 */
#define GAP_MAX_BYTES	(AFTER_BYTES + BEFORE_BYTES)

struct	words {
	struct lexicon_seg	 seg;
	GArray		*bounds;	/* size_t byte offsets */
	GArray		*pos;		/* enum lexicon_pos, one per word */
	/* One sentence broken once, for all the facts in it. */
	const char	*cache;		/* NULL: none */
	size_t		 cache_len;
	GArray		*cache_bounds;	/* size_t offsets from "cache" */
	GArray		*cache_pos;
	/*
	 * A date inside the topic (直销渠道|上半年|营收) that topic_before()
	 * steps over, set by label_make() for its call; "skipped" tells
	 * whether it did.
	 */
	const char	*skip, *skip_end;
	bool		 skipped;
};

struct words *
words_new(void)
{
	struct words	*w = g_new0(struct words, 1);

	lexicon_seg_init(&w->seg);
	w->bounds = g_array_new(FALSE, FALSE, sizeof(size_t));
	w->pos = g_array_new(FALSE, FALSE, sizeof(enum lexicon_pos));
	w->cache_bounds = g_array_new(FALSE, FALSE, sizeof(size_t));
	w->cache_pos = g_array_new(FALSE, FALSE, sizeof(enum lexicon_pos));
	return w;
}

void
words_free(struct words *w)
{
	if (w == NULL)
		return;
	lexicon_seg_release(&w->seg);
	g_array_free(w->bounds, TRUE);
	g_array_free(w->pos, TRUE);
	g_array_free(w->cache_bounds, TRUE);
	g_array_free(w->cache_pos, TRUE);
	g_free(w);
}

static bool	 is_word(const char *, size_t, const char *);

/* 等地, 上月, 本月, 当月, 下月, 上年 */
static bool
glued_pair(const char *a, size_t alen, const char *b, size_t blen)
{
	static const char *const pairs[][2] = {
		{ "等", "地" }, { "上", "月" }, { "本", "月" }, { "当", "月" },
		{ "下", "月" }, { "上", "年" }, { "本", "年" },
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(pairs); i++)
		if (is_word(a, alen, pairs[i][0]) && is_word(b, blen,
		    pairs[i][1]))
			return true;
	return false;
}

/*
 * Comparisons the dictionary holds as one word with their change
 * (同比增加, 比上年增长): the rules read the comparison and the change
 * apart, so they are cut in two.
 */
static const char *const compare_heads[] = {
	"同比", "环比", "比上年", "较上年", "比去年", "较去年", "比上年同期",
};

static struct wordtab	*head_tab;

bool
label_compare_at(const char *p, const char *end)
{
	return wordtab_prefix(WORDTAB(&head_tab, compare_heads), p, end) >= 0;
}

void
words_break(struct words *w, const char *s, size_t n)
{
	size_t			 i, off, k2;
	enum lexicon_pos	 pos;
	int			 k;

	g_array_set_size(w->bounds, 0);
	g_array_set_size(w->pos, 0);
	off = 0;
	g_array_append_val(w->bounds, off);
	lexicon_segment(&w->seg, s, n);
	for (i = 0; i < w->seg.count; i++) {
		const struct lexicon_token *t = &w->seg.tokens[i];

		pos = t->pos;
		/* 最/多, 最/高: a superlative, one word as the rules read it */
		if (i + 1 < w->seg.count && is_word(s + t->off, t->len, "最") &&
		    t[1].len == 3 && text_is_han(text_char(s + t[1].off, &k2))) {
			i++;
			off = t[1].off + t[1].len;
			g_array_append_val(w->bounds, off);
			g_array_append_val(w->pos, pos);
			continue;
		}
		/*
		 * 湖北等地, 由上月持平: pairs of one-character words that the
		 * rules read as one (jieba has them apart)
		 */
		if (i + 1 < w->seg.count && glued_pair(s + t->off, t->len,
		    s + t[1].off, t[1].len)) {
			i++;
			off = t[1].off + t[1].len;
			g_array_append_val(w->bounds, off);
			g_array_append_val(w->pos, pos);
			continue;
		}
		if ((k = wordtab_prefix(WORDTAB(&head_tab, compare_heads),
		    s + t->off, s + t->off + t->len)) >= 0 &&
		    strlen(compare_heads[k]) < t->len) {
			off = t->off + strlen(compare_heads[k]);
			g_array_append_val(w->bounds, off);
			g_array_append_val(w->pos, pos);
		}
		off = t->off + t->len;
		g_array_append_val(w->bounds, off);
		g_array_append_val(w->pos, pos);
	}
}

void
words_cache(struct words *w, const char *s, size_t n)
{
	GArray	*t;

	w->cache = NULL;
	if (s == NULL)
		return;
	words_break(w, s, n);
	/* Keep the result: swap the arrays rather than copy. */
	t = w->cache_bounds;
	w->cache_bounds = w->bounds;
	w->bounds = t;
	t = w->cache_pos;
	w->cache_pos = w->pos;
	w->pos = t;
	w->cache = s;
	w->cache_len = n;
}

/*
 * Words of [s, e): from the cached break when it covers the window, cut
 * at the window's ends; else from a break of "gap" (which holds [s, e))
 * when it is short enough, kept for the next window; else broken afresh.
 */
static void
words_window(struct words *w, const char *s, const char *e,
    const char *gap_s, const char *gap_e)
{
	const size_t	*cb;
	size_t		 lo, hi, mid, from, to, b, n;

	if (w->cache == NULL || s < w->cache || e > w->cache + w->cache_len) {
		if (gap_s == NULL || gap_e - gap_s > GAP_MAX_BYTES) {
			words_break(w, s, (size_t)(e - s));
			return;
		}
		words_cache(w, gap_s, (size_t)(gap_e - gap_s));
	}
	cb = (const size_t *)(void *)w->cache_bounds->data;
	n = w->cache_bounds->len;
	from = (size_t)(s - w->cache);
	to = (size_t)(e - w->cache);
	/* The first boundary after "from": a binary search. */
	for (lo = 0, hi = n; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if (cb[mid] <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	g_array_set_size(w->bounds, 0);
	g_array_set_size(w->pos, 0);
	b = 0;
	g_array_append_val(w->bounds, b);
	for (; lo < n && cb[lo] < to; lo++) {
		b = cb[lo] - from;
		g_array_append_val(w->bounds, b);
		g_array_append_val(w->pos, g_array_index(w->cache_pos,
		    enum lexicon_pos, lo - 1));
	}
	b = to - from;
	g_array_append_val(w->bounds, b);
	g_array_append_val(w->pos, g_array_index(w->cache_pos, enum lexicon_pos,
	    lo - 1));
}

size_t
words_count(const struct words *w)
{
	return w->bounds->len > 0 ? w->bounds->len - 1 : 0;
}

void
words_get(const struct words *w, size_t i, size_t *off, size_t *len)
{
	*off = g_array_index(w->bounds, size_t, i);
	*len = g_array_index(w->bounds, size_t, i + 1) - *off;
}

enum lexicon_pos
words_pos(const struct words *w, size_t i)
{
	return g_array_index(w->pos, enum lexicon_pos, i);
}

/*
 * Words that never belong to a label: function words, and the verbs
 * that link a topic to its number (总长度为, 共计投资).
 */
static const char *const stop_words[] = {
	"的", "了", "在", "和", "与", "及", "或", "等", "是", "为", "有", "将",
	"被", "把", "对", "向", "从", "由", "以", "于", "内", "里", "并",
	"也", "都", "还", "又", "已", "就", "却", "仍", "则", "才", "均", "各",
	"每", "其", "这", "那",
	"该", "此", "共", "约", "近", "达", "计", "占", "至", "到", "让", "使",
	"给", "同", "而", "且", "但", "即", "如", "若", "从而", "以及", "并且",
	"共计", "累计", "合计", "总计", "达到", "达成", "其中", "目前", "截至",
	"已经", "共有", "拥有", "超过", "不足", "高达", "仅", "约为", "总共",
	"开展", "组织", "联合", "设立", "成立", "完成", "实现", "进行", "实施",
	"推进", "帮助", "接待", "吸引", "带动", "新增", "全年", "今年", "去年",
	"同比", "环比", "增长", "下降", "提高", "减少", "增加", "留下", "齐聚",
	"冲锋", "正", "正在", "如火如荼", "逐步", "相继", "先后", "一起",
	"这些", "那些", "他们", "我们", "通过", "经过", "历时", "用时",
	"其他", "位于", "地处", "占据", "来到", "参加", "参与", "走访",
	"结成", "发放", "提供", "安装", "督促", "组建", "培训", "覆盖",
	"给予", "予以", "给与",
	"辖区", "全区", "全市", "全省", "全县", "全国", "全街", "累计达",
	"比", "较", "比上", "较上", "同期", "上年", "去年同期", "上年同期", "比上年", "较上年",
	"涉及", "已有", "预计", "有望", "安排", "缩短", "保持", "连续", "预期",
	"分别", "依次", "降至", "升至", "增至", "达到了", "上升", "降低", "回落",
	"增幅", "降幅", "增速", "提升", "扩大", "减少了", "增长了", "下降了",
	"约占", "占比", "占到", "总数", "其余", "剩余", "另有", "还有", "以及",
	"投入", "计划", "力争", "确保", "争取", "完成了", "实现了",
	/* who or when, not what: 湖北等地, 双方, 由原来的, 本届比赛 */
	"等地", "双方", "甲方", "乙方", "现有", "原来", "原先", "本届",
	"本次", "此次", "这个", "年末", "年初", "年底", "之间",
	"现在", "如今", "过去", "以前", "以往", "此前", "当时",
	/* where, said of a place: 村里200多亩猕猴桃 */
	"村里", "城里", "家里", "县里", "市里", "镇里", "这里", "那里",
	/* verbs of going, keeping and paying: 深入企业, 稳定在, 控制在 */
	"深入", "走进", "前往", "稳定", "控制", "维持", "支付",
	/* changes and spans (changes[], span_links[]) */
	"上涨", "下跌", "提高了", "提升了", "增加了", "上升了", "降低了",
	/* 降至, 升到: the lexicon's words, one character and its 至 */
	"降", "升", "增", "减", "涨", "跌",
	/* how a change is counted: 同比实际增长, 名义增长, 年均增长, 可比增长 */
	"实际", "名义", "年均", "年平均", "可比",
	/* 由上涨0.8%转为下降0.7%: from one change to the next */
	"转为", "变为", "转而", "持平", "基本持平",
	/* this one: 本项目合作经费总额 (本地, 本科 are words of their own) */
	"本",
	/* which of them, one word to the lexicon: 各项存款余额 */
	"各项", "各类", "各种", "各级", "各个", "全部", "所有",
	/* who, said of a company: 集团研发投入 -> 研发投入 */
	"集团", "公司", "本集团", "本公司",
	"耗时",
	/* said with the amount: 大约有18万人次, 为人民币陆仟万元 */
	"大约", "大约有", "约有", "人民币",
	/* may reach: 年产值可达5亿元, 一年收入能有10万元 */
	"能有", "可达", "将达", "能达",
	/* only: 只有200多人的小山村 */
	"只有", "仅有", "才有", "只剩", "仅剩",
	/* how fast or how much, said of a change: 一下子增加到216户 */
	"一下子", "一举", "迅速", "快速", "大幅", "大幅度", "稳步", "逐年",
	"持续", "明显", "显著", "进一步", "再次", "首次", "首", "一度", "不断",
	"逐渐", "大大", "成倍", "猛增", "陡增",
	/*
	 * taking people on: the people are counted, not the taking
	 * (吸纳社员312户, 雇用临时工80人)
	 */
	"吸纳", "吸收", "接纳", "雇用", "雇佣", "聘用", "录用", "招聘",
	"招收", "招募",
	/* this place, said by one in it: 本村临时工 */
	"本村", "本乡", "本镇", "本县", "本市", "本区", "本省", "当地",
	/* who, said of a person: 她每月工资, 你们村 — never what is counted */
	"她", "他", "它", "我", "你", "她们", "它们", "你们", "咱们", "自己",
	"大家",
};

/* Words that end a topic read backwards, but may stand inside a noun. */
static const char *const before_stops[] = {
	"中", "上", "下", "里", "内", "后", "多年", "年",
};

/*
 * Change words skipped before a number; the label says what changed.
 * A rate takes the noun (增长 8% -> 增速), a count or a change of a
 * rate in points the verb (增加 9 家, 提高 1.6 个百分点); a change
 * named by its noun (降幅达 60%) keeps it.
 */
static const struct change {
	const char	*word;
	const char	*noun;
	const char	*verb;		/* NULL: the word is the noun */
} changes[] = {
	{ "增长",	"增速", "增长" },
	{ "增长了",	"增速", "增长" },
	{ "上升",	"增幅", "上升" },
	{ "上升了",	"增幅", "上升" },
	{ "提高",	"增幅", "提高" },
	{ "提高了",	"增幅", "提高" },
	{ "提升",	"增幅", "提升" },
	{ "提升了",	"增幅", "提升" },
	{ "增加",	"增幅", "增加" },
	{ "增加了",	"增幅", "增加" },
	{ "上涨",	"涨幅", "上涨" },
	{ "下降",	"降幅", "下降" },
	{ "下降了",	"降幅", "下降" },
	{ "降低",	"降幅", "降低" },
	{ "降低了",	"降幅", "降低" },
	{ "减少",	"降幅", "减少" },
	{ "减少了",	"降幅", "减少" },
	{ "回落",	"降幅", "回落" },
	{ "下跌",	"跌幅", "下跌" },
	{ "增速",	"增速", NULL },
	{ "增幅",	"增幅", NULL },
	{ "降幅",	"降幅", NULL },
	{ "涨幅",	"涨幅", NULL },
	{ "跌幅",	"跌幅", NULL },
	/* how much, said in the verb: 同比大增1185% */
	{ "大增",	"增速", "增长" },
	{ "猛增",	"增速", "增长" },
	{ "激增",	"增速", "增长" },
	{ "暴增",	"增速", "增长" },
	{ "大涨",	"涨幅", "上涨" },
	{ "大降",	"降幅", "下降" },
	{ "锐减",	"降幅", "减少" },
	{ "放缓",	"增速放缓", "放缓" },
	{ "回升",	"增幅", "回升" },
	/* the change of a change: 同比多增1336亿元, 少增, 多减 */
	{ "多增",	"多增幅度", "多增" },
	{ "少增",	"少增幅度", "少增" },
	{ "多减",	"多减幅度", "多减" },
	{ "少减",	"少减幅度", "少减" },
	/* a headline's one character: 净利增超六成, 营收降两成 */
	{ "增",		"增速", "增长" },
	{ "降",		"降幅", "下降" },
};

/*
 * How much more than what 比 names (比种玉米高出三成, 比上年多3天): the
 * number is a difference, said like a change.
 */
static const struct change compares[] = {
	{ "高出",	"高出幅度", "高出" },
	{ "多出",	"多出幅度", "多出" },
	{ "超出",	"超出幅度", "超出" },
	{ "高",		"高出幅度", "高出" },
	{ "多",		"多出幅度", "多出" },
	{ "低",		"低于幅度", "低于" },
	{ "少",		"少于幅度", "少于" },
	{ "快",		"快于幅度", "快于" },
	{ "慢",		"慢于幅度", "慢于" },
};

/*
 * Prepositions that begin a predicate when ICU glues them to its next
 * word (村民/在家/门口, 资金/到位): a noun phrase ends before them.
 */
static const char *const prepositions[] = {
	"在", "从", "向", "往", "被", "把", "给", "于", "到",
};

/* Modal verbs: what may or will be, never what is counted. */
static const char *const modal_verbs[] = {
	"能", "可", "可以", "能够", "会", "将", "将会", "有望", "可望",
};

/* Links that say the number is a share of the topic: 占比75%. */
static const char *const share_links[] = {
	"占", "约占", "占比", "占到",
};

/* Links that say how long something took: 本届比赛历时一个月. */
static const char *const span_links[] = {
	"历时", "用时", "耗时",
};

/* Links that make the topic the subject of the number: 降幅最大，为21.6%. */
static const char *const copulas[] = {
	"为", "是", "达", "达到", "约为", "有",
};

/*
 * How a number compares, said between topic and number (优良天数最多，
 * 达到131天); inside a topic they are words of it (最低生活保障).
 */
static const char *const comparisons[] = {
	"最多", "最少", "最大", "最小", "最高", "最低", "最快", "最长",
};

/* Verbs that are nouns when they end a phrase: 研发投入2.9亿元, 年度计划的. */
static const char *const noun_verbs[] = {
	"投入", "计划",
};

/* Verbs with an object, never the noun after an amount: 投资3.8亿元建设. */
static const char *const object_verbs[] = {
	"建设", "新建", "建成", "改造", "用于", "打造", "购置", "采购", "实施",
};

/*
 * Who spends, named before the spending: 市交通运输局投资, 园区管委会
 * 投资.  The entity says who; the label says what.
 */
static const char *const owners[] = {
	"局", "集团", "公司", "管委会", "委员会", "政府", "财政", "办事处",
};

/* Spending, whose spender is no part of the label. */
static const char *const spending[] = {
	"投资", "投入", "出资", "捐赠", "捐款", "拨付",
};

/* Words for the number itself after its unit: 600亿元大关, 亿元级. */
static const char *const number_nouns[] = {
	"大关", "关口", "台阶", "大台阶", "水平", "量级", "级", "以上", "左右",
};

/* Nouns that end a noun phrase: 党员干部, 企业代表, 共建关系. */
static const char *const head_words[] = {
	"干部", "代表", "关系", "项目", "企业", "单位", "人员", "群众", "居民",
	"学生", "党员", "职工", "工人", "设备", "车辆", "道路", "房屋", "建筑",
	"面积", "资金", "投资", "活动", "会议", "问题", "工程", "设施", "家庭",
	"岗位", "区域", "志愿者", "商户", "门店", "小区", "社区", "村庄",
	"学校", "医院", "公司", "平台", "基地", "园区", "中心", "网点", "服务",
	"行动", "案件", "隐患", "线索", "课程", "场次", "人才", "专家", "团队",
	"病例", "患者", "床位", "游客", "客流", "用户", "订单", "产品", "资源",
	"景点", "路段", "场所", "机构", "组织", "支部", "党组织", "名单",
	"总量", "总额", "收入", "产值", "营收", "利润", "规模", "长度", "总长",
	"宽度", "高度", "数量", "人数", "户数", "次数", "比例", "比重",
};

/* One-character suffixes that make a noun of the word before them. */
static const char suffix_chars[] =
    "员者点处队长家师生户商厂站所院校园馆区村组部局会室业品物车路桥楼房"
    "间场地线证费款金额量率数人群值团班镇";

/* Display columns: Han two, Latin letters and digits one (PM2.5). */
static size_t
width(const char *s, size_t len)
{
	size_t	 i, w = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			w += (unsigned char)s[i] < 0x80 ? 1 : 2;
	return w;
}

/* Linking words that are also parts of words when not next to the number. */
static const char *const link_chars[] = {
	"共", "约", "近", "达", "计", "占", "至", "到", "有", "为", "是",
};

/* The word lists as tables, built once: labels look words up often. */
enum	set_id {
	SET_STOP,
	SET_HEAD,
	SET_BEFORE,
	SET_SHARE,
	SET_SPAN,
	SET_COPULA,
	SET_NOUN_VERB,
	SET_OBJECT_VERB,
	SET_COMPARISON,
	SET_SPENDING,
	SET_CHANGE,
	SET_OWNER,
	SET_COMPARE,
	SET_PREP,
	SET_MODAL,
	SET_NUMBER_NOUN,
	SET__COUNT,
};

static struct wordtab *
set_tab(enum set_id id)
{
	static struct wordtab	*tabs[SET__COUNT];
	struct wordtab		*t;

	/* Built once: after that a load, not a call. */
	if (G_LIKELY((t = g_atomic_pointer_get(&tabs[id])) != NULL))
		return t;
	switch (id) {
	case SET_STOP:
		return WORDTAB(&tabs[id], stop_words);
	case SET_HEAD:
		return WORDTAB(&tabs[id], head_words);
	case SET_SHARE:
		return WORDTAB(&tabs[id], share_links);
	case SET_SPAN:
		return WORDTAB(&tabs[id], span_links);
	case SET_COPULA:
		return WORDTAB(&tabs[id], copulas);
	case SET_NOUN_VERB:
		return WORDTAB(&tabs[id], noun_verbs);
	case SET_OBJECT_VERB:
		return WORDTAB(&tabs[id], object_verbs);
	case SET_COMPARISON:
		return WORDTAB(&tabs[id], comparisons);
	case SET_SPENDING:
		return WORDTAB(&tabs[id], spending);
	case SET_CHANGE:
		return WORDTAB(&tabs[id], changes);
	case SET_OWNER:
		return WORDTAB(&tabs[id], owners);
	case SET_COMPARE:
		return WORDTAB(&tabs[id], compares);
	case SET_PREP:
		return WORDTAB(&tabs[id], prepositions);
	case SET_MODAL:
		return WORDTAB(&tabs[id], modal_verbs);
	case SET_NUMBER_NOUN:
		return WORDTAB(&tabs[id], number_nouns);
	default:
		return WORDTAB(&tabs[id], before_stops);
	}
}

static bool
in_set(enum set_id id, const char *s, size_t len)
{
	return wordtab_find(set_tab(id), s, len) >= 0;
}

static unsigned int
class_of(const char *s)
{
	size_t	 n;

	return text_class(text_char(s, &n));
}

void
label_classes(uint16_t *tab)
{
	const char	*p;
	size_t		 i, n;

	for (i = 0; i < G_N_ELEMENTS(stop_words); i++)
		if (strlen(stop_words[i]) == 3)
			tab[text_char(stop_words[i], &n)] |= TC_STOP;
	for (i = 0; i < G_N_ELEMENTS(link_chars); i++)
		tab[text_char(link_chars[i], &n)] |= TC_LINK;
	for (p = suffix_chars; *p != '\0'; p += n)
		tab[text_char(p, &n)] |= TC_NOUN_SUFFIX;
}

static bool
is_word(const char *s, size_t len, const char *word)
{
	return strlen(word) == len && memcmp(s, word, len) == 0;
}

/* 到, 至: what follows is the level reached (增加到, 缩短至). */
static bool
is_reach(const char *s, size_t len)
{
	return is_word(s, len, "到") || is_word(s, len, "至");
}

/*
 * A stop word, or a word ICU made of stop characters (都在, 就是): the
 * dictionary glues function words that the list has one by one.
 */
static bool
is_stop(const char *s, size_t len)
{
	if (len == 3)
		return (class_of(s) & TC_STOP) != 0;
	if (in_set(SET_STOP, s, len))
		return true;
	/* 增加到, 提升到: ICU glues 到 to a change */
	if (len == 9 && is_reach(s + 6, 3))
		return in_set(SET_STOP, s, 6);
	return len == 6 && (class_of(s) & class_of(s + 3) & TC_STOP) != 0;
}

/* 共 约 为…: one character that links, or glues to its neighbours. */
static bool
is_link(const char *s, size_t len)
{
	return len == 3 && (class_of(s) & TC_LINK) != 0;
}

static bool
all_numerals(const char *s, size_t len)
{
	const char	*e = s + len;
	size_t		 n;

	for (; s < e; s += n)
		if (!cnum_is_numeral(text_char(s, &n)))
			return false;
	return true;
}

static const struct change *
find_change(const char *s, size_t len)
{
	int	 i;

	i = wordtab_find(set_tab(SET_CHANGE), s, len);
	return i >= 0 ? &changes[i] : NULL;
}

static bool
is_suffix_char(const char *s, size_t len)
{
	return len == 3 && (class_of(s) & TC_NOUN_SUFFIX) != 0;
}

/* Does the word end in a head word (党员干部)? */
static bool
ends_in_head_word(const char *s, size_t len)
{
	size_t	 k;

	/* Head words are two or three characters: try the word's ends. */
	for (k = 6; k <= 9 && k <= len; k += 3)
		if (in_set(SET_HEAD, s + len - k, k))
			return true;
	return false;
}

/* Nouns that measure what is named before them: 总长度, 面积, 总额. */
static const char *const measure_heads[] = {
	"长度", "总长", "面积", "总额", "总量", "规模", "数量", "人数", "户数",
	"次数", "比例", "比重", "收入", "产值", "投资", "资金", "宽度", "高度",
};

static bool
is_measure_head(const char *s, size_t len)
{
	static struct wordtab	*tab;

	return wordtab_suffix(WORDTAB(&tab, measure_heads), s, s + len) >= 0;
}

/* Does the word end in a noun: a head word or a suffix character? */
static bool
is_head(const char *s, size_t len)
{
	return ends_in_head_word(s, len) ||
	    (len >= 3 && is_suffix_char(s + len - 3, 3));
}

/* A word of Han characters (or Latin letters and digits: GDP, 5G). */
static bool
is_wordish(const char *s, size_t len)
{
	size_t		 off, n;
	gunichar	 c;

	for (off = 0; off < len; off += n) {
		c = text_char(s + off, &n);
		/* PM2.5: a point inside a Latin word */
		if (!text_is_han(c) && !(c < 0x80 && (g_ascii_isalnum((int)c) ||
		    (c == '.' && off > 0))))
			return false;
		if (cnum_digit(c) >= 0 && c < 0x80 && off == 0)
			return false;
	}
	return len > 0;
}

/* 世界500强企业: digits a ranking's 强 follows, within [s, e), are a word's */
static bool
ranking_digits(const char *s, size_t len, const char *e)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (!g_ascii_isdigit(s[i]))
			return false;
	return len > 0 && text_starts_with(s + len, e, "强");
}

/* Does the text [s, e) end with an owner (市交通运输局, 园区管委会)? */
static bool
is_owner(const char *s, const char *e, size_t wlen)
{
	int	 i;

	if ((i = wordtab_suffix(set_tab(SET_OWNER), s, e)) < 0)
		return false;
	/* 格局, 布局: a two-character word ending in 局 is no bureau */
	return strcmp(owners[i], "局") != 0 || wlen != 6;
}

static const char *
align_back(const char *lo, const char *p)
{
	while (p > lo && ((unsigned char)*p & 0xc0) == 0x80)
		p--;
	return p;
}

static const char *
align_fwd(const char *p, const char *hi)
{
	while (p < hi && ((unsigned char)*p & 0xc0) == 0x80)
		p++;
	return p;
}

/* A single Han character that may glue to its neighbours. */
static bool
is_single(const char *s, size_t len)
{
	return len == 3 && is_wordish(s, len) &&
	    (!is_stop(s, len) || is_link(s, len));
}


/* A period a noun can begin with: 月工资, 年产量, 日客流, 周销量. */
static bool
is_period(const char *s)
{
	return is_word(s, 3, "月") || is_word(s, 3, "年") ||
	    is_word(s, 3, "日") || is_word(s, 3, "周");
}

/* What a label is for: the fact's kind decides what links add. */
enum	label_kind {
	LK_RATE = 1 << 0,	/* a percent or fraction, not points */
	LK_POINTS = 1 << 1,	/* 个百分点 */
	LK_SPAN = 1 << 2,	/* a duration */
	LK_TIMES = 1 << 3,	/* 倍 */
	LK_MEASURE = 1 << 4,	/* a measure word: the noun after is counted */
	LK_BARE = 1 << 5,	/* no unit at all (fractions) */
	LK_MONEY = 1 << 6,	/* a sum of money */
	LK_ITEM = 1 << 7,	/* the window is a list's item, from its mark:
				   its name may be a little longer */
};

/*
 * The noun phrase right after the unit: 789名志愿者 -> 志愿者.  ICU splits
 * words missing from its dictionary into characters (共/建/关系); runs
 * of single characters are glued back, as is a suffix (监测/点).  The
 * phrase runs to its first head word (民间文艺团队), then on over heads
 * (党员干部); without a head it stands when a mark or a place word ends
 * it (19条黑臭水体中).  A share takes the noun after 的 (七成以上的乡镇),
 * a duration spent 时间 the deed after it (两天时间销售非遗产品).
 * Returns the end of the words the label took, or "s".
 */
static const char *
noun_after(struct words *w, const char *s, const char *e, const char *gap_e,
    bool at_mark, unsigned int kind, GString *out)
{
	size_t		 i, off, len, noff, nlen, cps = 0, nw, k, start = 0;
	size_t		 end = 0, best = 0;
	bool		 single, glued, any_first, headed = false;
	bool		 closed = false;
	const char	*suffix = NULL;

	words_window(w, s, e, s, gap_e);
	nw = words_count(w);
	if (nw == 0)
		return s;
	any_first = kind & (LK_MEASURE | LK_BARE);
	words_get(w, 0, &off, &len);
	i = 0;
	if (is_word(s + off, len, "整"))
		return s;	/* 陆仟万元整: an even sum */
	/* 突破600亿元大关: a word for the number itself, no noun counted */
	if (in_set(SET_NUMBER_NOUN, s + off, len))
		return s;
	/* 三成多, 5倍多, 两千余: an approximation of the number, no noun */
	if (is_word(s + off, len, "多") || is_word(s + off, len, "余"))
		return s;
	if (is_word(s + off, len, "给予") || is_word(s + off, len, "予以") ||
	    is_word(s + off, len, "给与")) {
		/* 按200万~300万元给予奖补: what is given names the sum */
		i = 1;
		any_first = true;
	} else if (kind & LK_RATE && is_word(s + off, len, "的")) {
		/* 七成以上的乡镇 -> 乡镇占比 */
		i = 1;
		any_first = true;
		suffix = "占比";
	} else if (kind & LK_SPAN && is_word(s + off, len, "时间")) {
		/* 两天时间销售非遗产品 -> 销售非遗产品用时 */
		for (i = 1; i < nw; i++) {
			words_get(w, i, &noff, &nlen);
			k = width(s + noff, nlen);
			if (!is_wordish(s + noff, nlen) || is_stop(s + noff,
			    nlen) || cps + k > LABEL_MAX_W)
				break;
			if (cps == 0)
				start = noff;
			cps += k;
			end = noff + nlen;
		}
		if (cps == 0)
			return s;
		g_string_append_len(out, s + start, end - start);
		g_string_append(out, "用时");
		return s + off + len;
	}
	/*
	 * 38户生活最困难的居民, 一支由28人组成的志愿者服务队伍: a clause
	 * after the measure word, up to 的, says which; the noun after 的 is
	 * what is counted.  (A noun before 的 is an owner: 5个村的党员.)
	 */
	if (i == 0 && kind & LK_MEASURE) {
		size_t	 d;
		bool	 de = false;
		enum lexicon_pos p0 = words_pos(w, 0), pd;

		/*
		 * The clause ends in its verb or adjective (组成的, 最困难
		 * 的), and no noun heads it: 1065名志愿者组成的防控队伍 counts
		 * 志愿者, 200余名参与驻地社区的疫情防控 people who take part.
		 */
		for (d = 0; d < nw && d < 6; d++) {
			words_get(w, d, &noff, &nlen);
			if ((de = is_word(s + noff, nlen, "的")) ||
			    !is_wordish(s + noff, nlen))
				break;
		}
		pd = d > 0 ? words_pos(w, d - 1) : LEXICON_POS_X;
		if (d > 0 && d + 1 < nw && de &&
		    p0 != LEXICON_POS_N && p0 != LEXICON_POS_NR &&
		    p0 != LEXICON_POS_NZ && p0 != LEXICON_POS_NS &&
		    p0 != LEXICON_POS_NT && (pd == LEXICON_POS_V ||
		    pd == LEXICON_POS_VI || pd == LEXICON_POS_A ||
		    pd == LEXICON_POS_AD || pd == LEXICON_POS_AN ||
		    pd == LEXICON_POS_I)) {
			words_get(w, d + 1, &noff, &nlen);
			if (is_wordish(s + noff, nlen) && !is_stop(s + noff,
			    nlen))
				i = d + 1;
		}
	}
	for (; i < nw; i++) {
		words_get(w, i, &off, &len);
		/* 投资3.8亿元建设数控系统: a verb and its object */
		if (cps == 0 && !any_first && in_set(SET_OBJECT_VERB, s + off,
		    len))
			break;
		/*
		 * 1613人散居在…: a verb after the count, then a preposition or
		 * a mark, says what they do; 驻区单位, 参赛合唱爱好者 are nouns
		 * that a verb begins.
		 */
		if (cps == 0 && (words_pos(w, i) == LEXICON_POS_V ||
		    words_pos(w, i) == LEXICON_POS_VI) && (i + 1 == nw ||
		    words_pos(w, i + 1) == LEXICON_POS_P || words_pos(w, i + 1) ==
		    LEXICON_POS_W || words_pos(w, i + 1) == LEXICON_POS_UL ||
		    words_pos(w, i + 1) == LEXICON_POS_UZ))
			break;
		single = is_single(s + off, len);
		glued = false;
		while (i + 1 < nw) {
			words_get(w, i + 1, &noff, &nlen);
			if (!is_single(s + noff, nlen) ||
			    (!single && !is_suffix_char(s + noff, nlen)))
				break;
			if (!single && is_stop(s + off, len))
				break;
			len = noff + nlen - off;
			glued = !single;
			i++;
		}
		if (in_set(SET_BEFORE, s + off, len) && cps > 0) {
			closed = true;
			break;
		}
		/* 60多名村民在家门口实现就业: 在家 begins what they do */
		if (cps > 0 && len > 3 && wordtab_prefix(set_tab(SET_PREP),
		    s + off, s + off + len) >= 0)
			break;
		if (!is_wordish(s + off, len) ||
		    (is_stop(s + off, len) && len <= 3 && !is_link(s + off,
		    len)) || (len > 3 && is_stop(s + off, len)))
			break;
		/*
		 * 党员干部 runs on; 合唱团获得金奖: a verb glued to 金 not;
		 * 58条道路总长度: a measure of them is the next fact's topic.
		 */
		if (headed && (!(glued ? ends_in_head_word(s + off, len) :
		    is_head(s + off, len)) || is_measure_head(s + off, len)))
			break;
		k = width(s + off, len);
		if (cps > 0 && cps + k > LABEL_MAX_W)
			break;
		if (cps == 0 && len == 3 && is_link(s + off, len))
			break;	/* a lone 共 or 为 is no label */
		if (cps == 0)
			start = off;
		cps += k;
		end = off + len;
		if (is_head(s + off, len)) {
			headed = true;
			best = end;
		} else if (cps == k && any_first && best == 0)
			best = end;	/* the first word, if nothing better */
	}
	if (i == nw && cps > 0 && e == gap_e && at_mark)
		closed = true;
	/*
	 * 30亩果树三年后…: a noun of the lexicon that runs up to the next
	 * number ends there too
	 */
	if (i == nw && cps > 0 && cps <= 4 && e == gap_e && !at_mark &&
	    words_pos(w, nw - 1) == LEXICON_POS_N)
		closed = true;
	if (closed && !headed)
		best = end;
	else if (!headed && !any_first)
		best = 0;
	if (best == 0)
		return s;
	g_string_append_len(out, s + start, best - start);
	if (suffix != NULL)
		g_string_append(out, suffix);
	return s + best;
}

/*
 * The noun phrase after a spending's verb (投资约3,600万元建设交通运行
 * 监测调度中心 -> 运行监测调度中心投资), its head kept and its first
 * modifiers dropped to fit; or, when "out" is empty, the words right
 * after the unit (200多亩猕猴桃).
 */
static void
object_after(struct words *w, const char *s, const char *e,
    const char *gap_e, GString *out, const char **used)
{
	size_t	 i, off, len, nw, start = 0, end = 0, bounds[8], nb = 0, j;

	words_window(w, s, e, s, gap_e);
	nw = words_count(w);
	if (nw == 0)
		return;
	words_get(w, 0, &off, &len);
	if (out->len == 0) {
		if (in_set(SET_OBJECT_VERB, s + off, len))
			return;
		*used = noun_after(w, s, e, gap_e, false, LK_MEASURE, out);
		return;
	}
	if (!in_set(SET_OBJECT_VERB, s + off, len))
		return;
	/* The words up to a stop or a mark, at most eight. */
	for (i = 1; i < nw && nb < G_N_ELEMENTS(bounds); i++) {
		words_get(w, i, &off, &len);
		if (!is_wordish(s + off, len) || is_stop(s + off, len))
			break;
		bounds[nb++] = off;
		end = off + len;
		if (is_head(s + off, len))
			start = end;	/* the phrase ends at its last head */
	}
	if (start == 0)
		return;
	end = start;
	/* Drop modifiers from the left until it fits. */
	for (j = 0; j < nb && bounds[j] < end; j++)
		if (width(s + bounds[j], end - bounds[j]) <= LABEL_MAX_W)
			break;
	if (j == nb || bounds[j] >= end)
		return;
	g_string_prepend_len(out, s + bounds[j], end - bounds[j]);
	*used = s + end;
}

/*
 * Words of time: of parts of a year, seasons, and now.  jieba also calls
 * 青年 and 周期 times; only these are.
 */
static const char *const time_words_of[] = {
	"今年", "去年", "明年", "前年", "全年", "当年", "同年", "上半年", "下半年",
	"年初", "年底", "年末", "年内", "年中", "上旬", "中旬", "下旬", "月底",
	"月初", "月末", "春", "夏", "秋", "冬", "春季", "夏季", "秋季", "冬季",
	"一季度", "二季度", "三季度", "四季度", "前三季度", "月份", "年份", "目前",
	"上月", "本月", "当月", "下月", "上年", "本年", "同期", "去年同期",
	"上年同期", "当前", "现在", "如今", "近期", "近日", "日前",
};

/* Is word "i" a time (一季度, 2016年春, 月份)? */
static bool
time_or_function(const struct words *w, const char *s, size_t i)
{
	static struct wordtab	*tab;
	size_t			 off, len;

	words_get(w, i, &off, &len);
	/* 第二年, 第三季度: a time counted from a start */
	if (len > 6 && memcmp(s + off, "第", 3) == 0 && (text_ends_with(s + off,
	    s + off + len, "年") || text_ends_with(s + off, s + off + len, "月") ||
	    text_ends_with(s + off, s + off + len, "季度") ||
	    text_ends_with(s + off, s + off + len, "天")))
		return true;
	return wordtab_find(WORDTAB(&tab, time_words_of), s + off, len) >= 0;
}

/* What topic_before() saw between the topic and its number. */
struct	links {
	const struct change *change;	/* the change nearest the number */
	const char	*named;		/* a change named by its noun: 降幅 */
	const char	*span;		/* 历时, 用时 */
	bool		 share;		/* 占, 占比 */
	bool		 total;		/* 累计 */
	bool		 copula;	/* 为, 达到 next to the number */
	bool		 only;		/* links and nothing else */
	const char	*timed;		/* 一季度增长6.7%: only a time, or NULL */
	size_t		 timed_len;
	const char	*versus;	/* 高于全省: the comparison, or NULL */
	size_t		 versus_len;
	bool		 average;	/* 年均增长: a yearly average */
};

/* The index of word "word" at most "max" words before word "i", or -1. */
static int
word_back(const struct words *w, const char *s, size_t i, const char *word,
    size_t max)
{
	size_t	 j, off, len;

	for (j = i; j > 0 && i - j < max; j--) {
		words_get(w, j - 1, &off, &len);
		if (is_word(s + off, len, word))
			return (int)j - 1;
		if (text_is_punct(text_char(s + off, &len)))
			break;
	}
	return -1;
}

/*
 * May the conjunction at word "i" join two nouns of one name, the topic
 * read so far ("cps" columns) being the second?  The words before it, up
 * to the head of the clause, are nouns, and the whole stays readable.
 */
static bool	coordinated_places(const struct words *, size_t);

/*
 * "*floor": the first word of the name (a time, place, scope word or verb
 * before it ends it).
 */
static bool
coordinated(const struct words *w, const char *s, size_t i, size_t cps,
    size_t *floor)
{
	size_t	 j, off, len, wd = 0;
	/* 香港、澳门和台湾同胞: places joined before the noun they share */
	bool	 places = coordinated_places(w, i);

	for (j = i; j > 0; j--) {
		words_get(w, j - 1, &off, &len);
		if (places && (words_pos(w, j - 1) == LEXICON_POS_NS ||
		    is_word(s + off, len, "、"))) {
			wd += width(s + off, len);
			continue;
		}
		if (!is_wordish(s + off, len))
			break;
		/*
		 * 2019年全国规上文化及相关产业: a time, a place or a word of
		 * scope before the first noun ends the name; but 石家庄和
		 * 太原市 (no noun before 和) joins no name
		 */
		if (is_stop(s + off, len) || time_or_function(w, s, j - 1) ||
		    words_pos(w, j - 1) == LEXICON_POS_NS ||
		    words_pos(w, j - 1) == LEXICON_POS_NT ||
		    words_pos(w, j - 1) == LEXICON_POS_V) {
			/* a verb too: 制定国家及行业标准 is 国家及行业标准 */
			if (wd > 0)
				break;
			/* 批发和零售业: the first noun may be a verb's word */
			if (words_pos(w, j - 1) != LEXICON_POS_V ||
			    is_stop(s + off, len))
				return false;
		}
		wd += width(s + off, len);
	}
	/* the clause begins with the first noun */
	*floor = j;
	return j < i && wd + cps + 2 <= LABEL_MAX_W + COORD_EXTRA_W;
}

/*
 * Is the 和 at word "i" between places, each a word of the lexicon's
 * places, and the place after it followed by the noun they share (香港、
 * 澳门和台湾同胞)?
 */
static bool
coordinated_places(const struct words *w, size_t i)
{
	return i > 0 && i + 1 < words_count(w) && words_pos(w, i - 1) ==
	    LEXICON_POS_NS && (words_pos(w, i + 1) == LEXICON_POS_NS ||
	    words_pos(w, i + 1) == LEXICON_POS_N);
}

/* Verbs of how a number compares with another place's: 高于全国. */
static const char *const versus_verbs[] = {
	"高于", "低于", "快于", "慢于", "好于", "优于", "高出", "低出",
};

/*
 * 高于全省, 低于全国平均水平 just before the number (its last words, "nw"
 * of them): sets lk->versus to them and returns the index of the verb,
 * else -1.  The words between are the base: places and 平均水平, 同期.
 */
static size_t
versus_before(const struct words *w, const char *s, size_t nw,
    struct links *lk)
{
	static struct wordtab	*tab;
	size_t			 j, off, len, eoff, elen;

	if (nw < 2)
		return (size_t)-1;
	words_get(w, nw - 1, &eoff, &elen);
	for (j = nw - 1; j > 0 && nw - j <= 4; j--) {
		words_get(w, j - 1, &off, &len);
		if (wordtab_find(WORDTAB(&tab, versus_verbs), s + off, len) >=
		    0) {
			if (j == nw)
				return (size_t)-1;
			lk->versus = s + off;
			lk->versus_len = eoff + elen - off;
			return j - 1;
		}
		if (!is_wordish(s + off, len))
			return (size_t)-1;
	}
	return (size_t)-1;
}

/* Skips back over a bracket ending at word "i"; returns the word before. */
static size_t
skip_bracket(const struct words *w, const char *s, size_t i)
{
	size_t		 off, len, n;
	gunichar	 c;

	while (i > 0) {
		words_get(w, --i, &off, &len);
		c = text_char(s + off, &n);
		if (c == 0xff08 || c == '(')
			return i;
	}
	return SIZE_MAX;
}

/*
 * A rate base between topic and number: 路网密度为每百平方公里146公里.
 * "p" is the text after 每, up to the number.
 */
static bool
is_rate_base(const char *p, const char *num)
{
	const struct unit	*u;
	struct cnum		 cn;

	return cnum_parse(p, num, true, &cn) && (u = unit_match(p + cn.len,
	    num)) != NULL && p + cn.len + strlen(u->word) == num;
}

/* Are the words before word "i" a year (2020/年)? */
static bool
is_year_before(const struct words *w, const char *s, size_t i)
{
	size_t	 off, len;

	words_get(w, i - 1, &off, &len);
	if (!is_word(s + off, len, "年"))
		return false;
	words_get(w, i - 2, &off, &len);
	return len == 4 && g_ascii_isdigit(s[off]) && g_ascii_isdigit(s[off +
	    3]);
}

/*
 * 比种玉米高出, 比上/年/多: the index of the 比 or 较 that word "i"
 * compares with, at most six words before it; else -1.
 */
static int
compare_base(const struct words *w, const char *s, size_t i)
{
	size_t	 j, off, len;

	for (j = i; j > 0 && i - j < 6; j--) {
		words_get(w, j - 1, &off, &len);
		if (is_word(s + off, len, "比") || is_word(s + off, len, "较") ||
		    is_word(s + off, len, "比上") || is_word(s + off, len,
		    "较上"))
			return (int)j - 1;
		if (!is_wordish(s + off, len) && !g_ascii_isdigit(s[off]))
			break;
	}
	return -1;
}

/*
 * 亩产干枣从过去的400斤左右, 产量从去年的300吨: the words between 从 and
 * the 的 before the number (word "i") say where a change started; the
 * topic is before 从.  Returns the index of 从, or -1.
 */
static int
from_start(const struct words *w, const char *s, size_t i)
{
	size_t	 j, off, len;

	for (j = i; j > 0 && i - j < 4; j--) {
		words_get(w, j - 1, &off, &len);
		if (len >= 3 && memcmp(s + off, "从", 3) == 0 && (len == 3 ||
		    is_stop(s + off + 3, len - 3)))
			return (int)j - 1;
		if (text_is_punct(text_char(s + off, &len)))
			break;
	}
	return -1;
}

/* Selling, and the modal verbs before it: 一斤干枣能卖到十五元. */
static const char *const selling[] = {
	"卖", "售", "卖出", "售出", "出售", "销售",
};
static const char *const modals[] = {
	"能", "可", "可以", "能够", "只能", "才",
};

/*
 * A price per unit: 一斤干枣卖不到3元 -> 干枣每斤售价, 每斤卖到15元 ->
 * 每斤售价.  The topic [t, e), its first word "tlen" long, begins with
 * 一 or 每 and a unit (or with the unit after a 每 that stopped it) and
 * ends in selling; what stands between is the thing sold.
 */
static bool
unit_price(const char *t, size_t tlen, const char *e, const char *stopped,
    size_t stopped_len, GString *out)
{
	static const char *const times[] = {
		"次", "人次", "回", "遍", "趟", "场", "轮", "届", "期",
	};
	static struct wordtab	*sell_tab, *modal_tab, *times_tab;
	const struct unit	*u;
	const char		*m, *p, *q;
	int			 k;

	if (tlen > 3 && (memcmp(t, "一", 3) == 0 || memcmp(t, "每", 3) == 0))
		m = t + 3;
	else if (stopped != NULL && stopped + stopped_len == t &&
	    is_word(stopped, stopped_len, "每"))
		m = t;
	else
		return false;
	/* 斤, 件; 一/公斤: a unit of goods, not of times (一次/性) */
	if ((u = unit_match(m, e)) == NULL || (p = m + strlen(u->word)) >= e ||
	    (tlen > 3 && p != t + tlen) || !(u->dim == SHUTU_DIM_MASS ||
	    u->dim == SHUTU_DIM_VOLUME || u->dim == SHUTU_DIM_LENGTH ||
	    u->dim == SHUTU_DIM_AREA || u->dim == SHUTU_DIM_COUNT) ||
	    wordtab_find(WORDTAB(&times_tab, times), u->word,
	    strlen(u->word)) >= 0)
		return false;
	if ((k = wordtab_suffix(WORDTAB(&sell_tab, selling), p, e)) < 0)
		return false;
	q = e - strlen(selling[k]);
	if ((k = wordtab_suffix(WORDTAB(&modal_tab, modals), p, q)) >= 0)
		q -= strlen(modals[k]);
	g_string_append_len(out, p, q - p);
	g_string_append(out, "每");
	g_string_append_len(out, m, (size_t)(p - m));
	g_string_append(out, "售价");
	return true;
}

/*
 * The topic before the number: 清运垃圾10000余立方米 -> 清运垃圾.  Read
 * backwards: first the links (为, 达到, 同比增长), then the words of
 * the topic up to a stop word, a mark or the width of a bar label.
 */
static void
topic_before(struct words *w, const char *s, const char *e,
    unsigned int kind, GString *out, struct links *lk)
{
	size_t		 i, off, len, k, cps = 0, first = 0, first_len = 0;
	size_t		 last_end = 0, nw, nlinks = 0, n;
	bool		 linking = true, de = false, glue = false;
	bool		 prev_single = false, as_noun = false, spend = false;
	bool		 reach = false, per = false, coord = false, quoted = false;
	bool		 coord_places = false;
	size_t		 coord_floor = 0;
	int		 t;
	const char	*stopped = NULL;
	size_t		 stopped_len = 0;
	const struct change *ch;
	gunichar	 c;

	memset(lk, 0, sizeof *lk);
	words_window(w, s, e, NULL, NULL);
	nw = words_count(w);
	/*
	 * 增速高于全省0.6个百分点, 比全国平均水平低0.8个百分点: what the
	 * number is measured against, read off before the topic.
	 */
	if ((k = versus_before(w, s, nw, lk)) != (size_t)-1)
		i = k + 1;
	else
		i = nw + 1;
	for (i = i - 1; i > 0; i--) {
		words_get(w, i - 1, &off, &len);
		if (w->skip != NULL && s + off >= w->skip && s + off + len <=
		    w->skip_end) {
			w->skipped = true;
			continue;
		}
		if (linking) {
			c = text_char(s + off, &n);
			/* （GDP） 注册资本： “订单班”: marks by the number */
			if (c == 0xff09 || c == ')') {
				if ((i = skip_bracket(w, s, i - 1)) == SIZE_MAX)
					break;
				i++;
				continue;
			}
			if (c == 0xff1a || c == ':' || c == 0x201d ||
			    c == 0x300d || c == 0x300f || c == ' ')
				continue;
			if ((nlinks == 0 || de) &&
			    in_set(SET_NOUN_VERB, s + off, len)) {
				as_noun = true;
				goto topic;
			}
			/*
			 * 增加到216户, 提高/到800斤, 压缩/到5个工作日: the
			 * number is the level reached, and the verb before
			 * 到 no change of it; the label is what reached it.
			 */
			if (nlinks == 0 && len > 3 && is_reach(s + off + len -
			    3, 3) && find_change(s + off, len - 3) != NULL) {
				reach = true;
				nlinks++;
				continue;
			}
			if (reach && nlinks == 1 && is_wordish(s + off, len) &&
			    (find_change(s + off, len) != NULL || (len >= 6 &&
			    !is_stop(s + off, len) && !is_head(s + off, len)))) {
				nlinks++;
				continue;
			}
			/* 比去年多/出200万元: ICU splits what it lacks */
			if (nlinks == 0 && len == 3 && i >= 2) {
				size_t	 poff, plen;

				words_get(w, i - 2, &poff, &plen);
				if (plen == 3 && wordtab_find(set_tab(
				    SET_COMPARE), s + poff, 6) >= 0) {
					i--;
					off = poff;
					len = 6;
				}
			}
			if (nlinks == 0 && (t = wordtab_find(set_tab(
			    SET_COMPARE), s + off, len)) >= 0 &&
			    (k = (size_t)compare_base(w, s, i - 1)) !=
			    (size_t)-1) {
				lk->change = &compares[t];
				nlinks++;
				i = k + 1;
				continue;
			}
			if (nlinks == 0 && is_reach(s + off, len))
				reach = true;
			/*
			 * 较一季度回落, 比1—4月加快, 比上年同期: what the change
			 * is measured from, a time after 比 or 较, is a link.
			 */
			if (nlinks > 0 && i >= 2 && time_or_function(w, s, i - 1)) {
				size_t	 boff, blen;

				words_get(w, i - 2, &boff, &blen);
				if (is_word(s + boff, blen, "比") || is_word(s +
				    boff, blen, "较") || is_word(s + boff, blen,
				    "与") || is_word(s + boff, blen, "由") ||
				    is_word(s + boff, blen, "从")) {
					i--;
					continue;
				}
			}
			/* 年均增长5.6%: the rate is a yearly average */
			if (is_word(s + off, len, "年均") || is_word(s + off,
			    len, "年平均"))
				lk->average = true;
			/* 十年年均增长: the years averaged over, no topic */
			else if (lk->average && len >= 6 && len <= 12 &&
			    memcmp(s + off + len - 3, "年", 3) == 0 &&
			    cnum_is_numeral(g_utf8_get_char(s + off + len - 6))) {
				nlinks++;
				continue;
			}
			/* 按可比价格计算同比增长: how it is counted, no topic */
			if (is_word(s + off, len, "计算") && (k = (size_t)
			    word_back(w, s, i - 1, "按", 6)) != (size_t)-1) {
				i = k + 1;
				continue;
			}
			/* 多/增, 少/减: the change of a change, one word */
			if (len == 3 && i >= 2) {
				size_t	 poff, plen;

				words_get(w, i - 2, &poff, &plen);
				if (plen == 3 && poff + 3 == off &&
				    find_change(s + poff, 6) != NULL) {
					i--;
					off = poff;
					len = 6;
				}
			}
			if ((ch = find_change(s + off, len)) != NULL) {
				if (ch->verb == NULL)
					lk->named = ch->noun;
				else if (lk->change == NULL)
					lk->change = ch;
				nlinks++;
				de = false;
				continue;
			}
			/*
			 * 工程/量的, 发生/率由: the word carries the 的, or
			 * a noun's suffix carries a link
			 */
			if (nlinks == 0 && len == 6 && !is_stop(s + off, 3) &&
			    (memcmp(s + off + 3, "的", 3) == 0 ||
			    (is_suffix_char(s + off, 3) && !is_stop(s + off,
			    len) && (is_link(s + off + 3, 3) || is_word(s +
			    off + 3, 3, "由") || is_word(s + off + 3, 3,
			    "从"))))) {
				de = memcmp(s + off + 3, "的", 3) == 0;
				if (in_set(SET_COPULA, s + off + 3, 3))
					lk->copula = true;
				last_end = off + 3;
				len = 3;
				goto topic;
			}
			/* 增加到2020年的14580元: the year says when */
			if (nlinks == 0 && is_word(s + off, len, "的") && i >= 3 &&
			    is_year_before(w, s, i - 1)) {
				i -= 2;
				continue;
			}
			if (is_stop(s + off, len)) {
				if (nlinks == 0 && in_set(SET_COPULA, s + off,
				    len))
					lk->copula = true;
				if (in_set(SET_SHARE, s + off, len))
					lk->share = true;
				if ((t = wordtab_find(set_tab(SET_SPAN),
				    s + off, len)) >= 0)
					lk->span = span_links[t];
				if (is_word(s + off, len, "累计"))
					lk->total = true;
				de = nlinks == 0 && is_word(s + off, len, "的");
				nlinks++;
				/* 亩产从过去的400斤: the start, not the topic */
				if (de && (t = from_start(w, s, i - 1)) >= 0) {
					i = (size_t)t + 1;
					de = false;
				}
				continue;
			}
			/* 产量能/达到, 可/为: a modal verb before a link */
			if (nlinks > 0 && in_set(SET_MODAL, s + off, len))
				continue;
			if (in_set(SET_BEFORE, s + off, len) ||
			    in_set(SET_COMPARISON, s + off, len)) {
				de = false;
				continue;	/* 黑臭水体中已有16条 */
			}
		}
topic:
		linking = false;
		/* no further than a name in quotes: 储备“…”项目 */
		if (quoted)
			break;
		/*
		 * “特种集成电路”营收, “三品一标”保有量: a name in quotes that
		 * the noun goes on from is read with it, quotes and all.
		 */
		if (cps > 0 && is_word(s + off, len, "”")) {
			size_t	 j, qoff, qlen, inner = 0;
			bool	 letters = false;

			for (j = i - 1; j > 0 && i - j < 8; j--) {
				words_get(w, j - 1, &qoff, &qlen);
				if (is_word(s + qoff, qlen, "“"))
					break;
				if (!is_wordish(s + qoff, qlen))
					j = 1;
				else {
					inner += width(s + qoff, qlen);
					letters |= !all_numerals(s + qoff, qlen);
				}
			}
			/* “十四五”重大项目: a plan's number is no name */
			if (j > 0 && i - j < 8 && inner > 0 && letters &&
			    is_word(s + qoff, qlen, "“") && cps + inner <=
			    LABEL_MAX_W) {
				cps += inner;
				first = qoff;
				first_len = qlen;
				i = j;
				quoted = true;
				continue;
			}
			break;
		}
		/* 制定|国家及行业标准: the name begins where 和/及's first noun does */
		if (coord && i - 1 < coord_floor && !coord_places)
			break;
		/* 香港、澳门和台湾同胞: the list of places goes on past 、 */
		if (coord_places && is_word(s + off, len, "、") && i >= 2 &&
		    words_pos(w, i - 2) == LEXICON_POS_NS) {
			cps += width(s + off, len);
			continue;
		}
		/* 共 in 共建项目 is part of a word once past the link. */
		if (!is_wordish(s + off, len) && !(cps > 0 && ranking_digits(s +
		    off, len, e)))
			break;
		/* A time (2016年春, 1—11月份, 一季度) says when, not what. */
		if (time_or_function(w, s, i - 1)) {
			lk->timed = cps == 0 && words_pos(w, i - 1) ==
			    LEXICON_POS_T ? s + off : NULL;
			lk->timed_len = len;
			break;
		}
		/*
		 * 亩/均/收入, 人/均/收入: on average per unit, a word of the
		 * noun, and its first (该功能日均使用量 -> 日均使用量).
		 */
		if (cps > 0 && i >= 2 && is_word(s + off, len, "均")) {
			size_t	 poff, plen;

			words_get(w, i - 2, &poff, &plen);
			if (plen == 3 && is_wordish(s + poff, plen) &&
			    unit_match(s + poff, s + poff + plen) != NULL) {
				off = poff;
				len += plen;
				i--;
				per = true;
			}
		}
		/* 日均, 人均, 亩均 as one word: the noun's first word too */
		if (cps > 0 && len == 6 && memcmp(s + off + 3, "均", 3) == 0 &&
		    unit_match(s + off, s + off + 3) != NULL)
			per = true;
		/*
		 * 其他用品及服务价格, 煤炭开采和洗选业利润: a name of a
		 * category that joins two nouns, when a noun comes before the
		 * conjunction and the clause begins with it.
		 */
		if (cps > 0 && (is_word(s + off, len, "及") || is_word(s + off,
		    len, "和")) && coordinated(w, s, i - 1, cps, &coord_floor)) {
			cps += width(s + off, len);
			first = off;
			first_len = len;
			coord = true;
			coord_places = coordinated_places(w, i - 1);
			continue;
		}
		/*
		 * 居委会主任蒋孟继每月工资: a surname (a character the lexicon
		 * holds as a person's) and one or two characters of a given
		 * name say who, not what: the label begins after them
		 */
		if (cps > 0 && len == 3 && words_pos(w, i - 1) ==
		    LEXICON_POS_NR && i + 1 < nw) {
			size_t	 j = i, gn = 0, o2 = 0, l2 = 0;

			for (; j < nw && gn < 2; j++, gn++) {
				words_get(w, j, &o2, &l2);
				if (l2 != 3 || o2 + l2 >= last_end ||
				    !text_is_han(text_char(s + o2, &n)) ||
				    words_pos(w, j) == LEXICON_POS_W)
					break;
			}
			if (gn >= 1 && j < nw) {
				words_get(w, j, &o2, &l2);
				if (o2 < last_end) {
					first = o2;
					first_len = l2;
					break;
				}
			}
		}
		if (is_stop(s + off, len) && !glue && !as_noun) {
			/*
			 * 共/建 glue; 车间/是/集团 does not: a copula
			 * between words is the verb of the clause.
			 */
			if (!is_link(s + off, len) || (in_set(SET_COPULA,
			    s + off, len) && !prev_single) || de) {
				/* 为每百平方公里146公里: the topic is before */
				if (is_word(s + off, len, "每") &&
				    last_end == (size_t)(e - s) &&
				    is_rate_base(s + off + len, e)) {
					cps = last_end = 0;
					linking = true;
					glue = spend = false;
					continue;
				}
				stopped = s + off;
				stopped_len = len;
				break;
			}
		}
		if (cps > 0 && in_set(SET_BEFORE, s + off, len))
			break;
		if (spend && is_owner(s, s + off + len, len))
			break;
		/*
		 * （滨阳）有限公司/营业收入: the name of a company says
		 * who, not what (the entity); 子公司, 集团整体增速 are
		 * no names.
		 */
		if (cps > 0 && text_ends_with(s + off, s + off + len,
		    "有限公司"))
			break;
		k = width(s + off, len);
		/*
		 * 分别是：新闻信息服务营业收入6800亿元: an item that is one
		 * name from its mark is kept whole, not cut to 信息服务…
		 */
		if (cps > 0 && cps + k > LABEL_MAX_W + (coord ? COORD_EXTRA_W :
		    0) && !(kind & LK_ITEM && i == 1 && !coord &&
		    cps + k <= LABEL_MAX_W + ITEM_EXTRA_W))
			break;
		if (cps == 0 && last_end == 0)
			last_end = off + len;
		cps += k;
		first = off;
		first_len = len;
		prev_single = len == 3 && text_is_han(text_char(s + off, &n));
		/* 覆盖/率, 培训/班: a suffix makes a noun of a verb */
		glue = cps == k && is_suffix_char(s + off, len);
		if (cps == k)
			spend = in_set(SET_SPENDING, s + off, len);
		as_noun = false;
		if (per)
			break;
	}
	if (cps == 0) {
		lk->only = i == 0;
		return;
	}
	/* a conjunction whose first noun did not fit begins no label */
	if (coord && (is_word(s + first, first_len, "及") || is_word(s + first,
	    first_len, "和"))) {
		first += first_len;
		first_len = 0;
	}
	/*
	 * 全/县/居民: a stop word that ICU split, the topic's first word a
	 * part of it; but a change it names is its subject (增/速/高于全省).
	 */
	if ((t = wordtab_prefix(set_tab(SET_STOP), s + first, s + last_end)) >=
	    0 && strlen(stop_words[t]) > first_len &&
	    first + strlen(stop_words[t]) < last_end &&
	    find_change(stop_words[t], strlen(stop_words[t])) == NULL)
		first += strlen(stop_words[t]);
	/*
	 * 每月/工资 -> 月工资: a period ICU glued to 每 is a word of the
	 * noun (月工资, 年产量, 日客流); 每天 says how often, no more.
	 */
	if (first_len == 6 && last_end > first + 6 && memcmp(s + first, "每",
	    3) == 0) {
		if (is_word(s + first + 3, 3, "天"))
			first += 6;
		else if (is_period(s + first + 3))
			first += 3;
	}
	/* 每/座/危桥, 各/项/存款: a measure word left by its determiner */
	if (stopped != NULL && stopped_len == 3 && first_len == 3 &&
	    last_end > first + 3) {
		const struct unit	*u;

		u = unit_match(s + first, s + first + 3);
		if (u != NULL && u->flags & UNIT_MEASURE &&
		    strlen(u->word) == 3)
			first += 3;
	}
	if (kind & LK_MONEY && unit_price(s + first, first_len, s + last_end,
	    stopped, stopped_len, out))
		return;
	/* 完成年度目标任务的52% -> 年度目标任务完成比例; 占X的 -> 占X比例 */
	if (de && kind & LK_RATE) {
		if (stopped != NULL && (is_word(stopped, stopped_len, "完成") ||
		    is_word(stopped, stopped_len, "完成了"))) {
			g_string_append_len(out, s + first, last_end - first);
			g_string_append(out, "完成比例");
		} else {
			g_string_append(out, "占");
			g_string_append_len(out, s + first, last_end - first);
			g_string_append(out, "比例");
		}
		return;
	}
	g_string_append_len(out, s + first, last_end - first);
	if (kind & LK_RATE && lk->average)
		g_string_append(out, "年均");
	if (kind & LK_RATE && (lk->named != NULL || lk->change != NULL))
		g_string_append(out, lk->named != NULL ? lk->named :
		    lk->change->noun);
	else if (kind & LK_POINTS && (lk->named != NULL ||
	    lk->change != NULL)) {
		if (lk->named != NULL)
			g_string_append(out, lk->named);
		if (lk->change != NULL)
			g_string_append(out, lk->change->verb);
	} else if (kind & LK_SPAN && lk->span != NULL)
		g_string_append(out, lk->span);
	else if (kind & LK_SPAN && lk->named != NULL)
		/* 贷款增速连续4个月…: how long the rate held */
		g_string_append(out, lk->named);
	else if (!(kind & (LK_RATE | LK_POINTS | LK_SPAN)) &&
	    lk->change != NULL && lk->change->verb != NULL &&
	    lk->change >= changes && lk->change < changes +
	    G_N_ELEMENTS(changes))
		/* 贷款余额较年初增加9062亿元: the amount is the change's */
		g_string_append(out, lk->change->verb);
	if (lk->versus != NULL)
		g_string_append_len(out, lk->versus, lk->versus_len);
}

/* The label of the fact before, less the change it named: 重污染天数减少. */
static size_t
stem_len(const char *label)
{
	size_t	 n = strlen(label);
	int	 i;

	if ((i = wordtab_suffix(set_tab(SET_CHANGE), label, label + n)) >=
	    0 && strlen(changes[i].word) < n)
		n -= strlen(changes[i].word);
	/* 地区生产总值倍数 (是2012年的1.64倍) before 年均增长5.6% */
	else if (n > strlen("倍数") && g_str_has_suffix(label, "倍数"))
		n -= strlen("倍数");
	return n;
}

/*
 * What the links add to the label of the fact before: 断面 + 占比,
 * 地区生产总值 + 增速, 高标准农田 + 累计, 新签订单金额 + 倍数.
 */
static bool
from_previous(const struct label_in *in, const struct links *lk,
    unsigned int kind, GString *out)
{
	const char	*add = NULL, *verb = NULL, *prev = in->prev_label;

	if (prev == NULL || *prev == '\0')
		return false;
	/*
	 * 30亩果树三年后进入生产期、10亩小麦水稻轮种…: past a 、 the next
	 * item of a list begins, with a topic of its own, not the span's
	 */
	if (in->prev_dim == SHUTU_DIM_DURATION && in->prev_dim != in->dim &&
	    in->prev_used != NULL && in->prev_used < in->num &&
	    text_find(in->prev_used, in->num - in->prev_used, "、") != NULL)
		return false;
	/*
	 * 境外互联网服务收入同比增长75.6%，达到人民币7亿元: the level a
	 * change of it reached is the changed thing itself
	 */
	if (lk->copula && lk->change == NULL && lk->named == NULL &&
	    !lk->share && !lk->total && !(kind & (LK_RATE | LK_POINTS |
	    LK_TIMES | LK_SPAN)) && in->prev_dim == SHUTU_DIM_PERCENT &&
	    in->dim != SHUTU_DIM_PERCENT && stem_len(prev) < strlen(prev) &&
	    text_cp_count(prev, stem_len(prev)) >= 2) {
		g_string_append_len(out, prev, stem_len(prev));
		return true;
	}
	/*
	 * 用时不到40天就完成了涉及186户: days say nothing of households;
	 * but 粮食总产量连续五年稳定在30万吨以上: a streak of years before
	 * the number keeps the topic that named it.
	 */
	if (!lk->share && !lk->total && lk->change == NULL &&
	    lk->named == NULL && !(kind & LK_TIMES) && in->prev_dim !=
	    in->dim && !(in->prev_dim == SHUTU_DIM_DURATION &&
	    wordtab_suffix(set_tab(SET_SPAN), prev, prev + strlen(prev)) < 0 &&
	    !g_str_has_suffix(prev, "周期") && !g_str_has_suffix(prev, "期限")))
		return false;
	/* …的30%以上，其中2015年占比高达93.8%: a share of a share is one */
	if (lk->share && !g_str_has_suffix(prev, "比例") &&
	    !g_str_has_suffix(prev, "比重") && !g_str_has_suffix(prev, "占比"))
		add = "占比";
	if (kind & LK_RATE && (lk->named != NULL || lk->change != NULL))
		verb = lk->named != NULL ? lk->named : lk->change->noun;
	else if (lk->change != NULL)
		verb = lk->change->verb;
	else if (lk->named != NULL)
		verb = lk->named;
	/* 地区生产总值 + 年均增速 */
	if (verb != NULL && lk->average && strcmp(verb, "增速") == 0)
		verb = "年均增速";
	if (lk->versus != NULL) {
		/* 增长7.6%，低于全省0.6个百分点: the rate of the fact before */
		g_string_assign(out, prev);
		g_string_append_len(out, lk->versus, lk->versus_len);
		return true;
	}
	if (add == NULL && verb == NULL && lk->total)
		add = "累计";
	if (add == NULL && verb == NULL && kind & LK_TIMES)
		add = "倍数";
	if (add == NULL && verb == NULL) {
		g_string_assign(out, prev);
		return true;
	}
	/*
	 * 总产值可比增长4.0%，比一季度提高1.6个百分点: points after a rate
	 * change the rate (总产值增速提高), not the thing
	 */
	if (kind & LK_POINTS && in->prev_dim == SHUTU_DIM_PERCENT &&
	    verb != NULL && stem_len(prev) < strlen(prev))
		g_string_append(out, prev);
	else
		g_string_append_len(out, prev, stem_len(prev));
	if (add != NULL)
		g_string_append(out, add);
	if (verb != NULL && !g_str_has_suffix(out->str, verb))
		g_string_append(out, verb);
	return true;
}

/*
 * The end of the nouns that begin the clause [s, e) when a verb and more
 * words follow them (广告业务收入|创下单季度历史新高), else NULL.
 */
static const char *
subject_end(struct words *w, const char *s, const char *e)
{
	size_t	 i, nw, off, len;

	words_window(w, s, e, NULL, NULL);
	nw = words_count(w);
	for (i = 0; i < nw; i++) {
		enum lexicon_pos pos = words_pos(w, i);

		if (pos == LEXICON_POS_N || pos == LEXICON_POS_NZ ||
		    pos == LEXICON_POS_VN || pos == LEXICON_POS_NS ||
		    pos == LEXICON_POS_NT || pos == LEXICON_POS_ENG)
			continue;
		if (pos != LEXICON_POS_V || i == 0 || i + 1 >= nw)
			return NULL;
		words_get(w, i, &off, &len);
		return s + off;
	}
	return NULL;
}

/*
 * 以34%的增速, 以52.4%增速: the noun of a rate right after the number
 * (its 的 between or not), which says what it is; else NULL.
 */
static const char *
rate_noun_after(const char *p, const char *e)
{
	static const char *const nouns[] = {
		"增速", "增幅", "涨幅", "降幅", "跌幅", "占比", "增长率",
	};
	size_t	 i;

	if (text_starts_with(p, e, "的"))
		p += strlen("的");
	for (i = 0; i < G_N_ELEMENTS(nouns); i++)
		if (text_starts_with(p, e, nouns[i]))
			return nouns[i];
	return NULL;
}

/*
 * Does the window starting at "lo" begin a list's item: after 分别是：
 * or a 、 or ；, where what follows up to the number is all its name?
 */
static bool
item_mark(const char *sent, const char *lo)
{
	size_t		 n;
	gunichar	 c;

	if (lo <= sent)
		return false;
	c = text_char_before(sent, lo, &n);
	return c == 0x3001 || c == 0xff1b || ((c == 0xff1a || c == ':') &&
	    text_ends_with(sent, lo - n, "分别是"));
}

/* Does a 和 or 及 stand between "p" and "num", no mark between them? */
static bool
joined_after(const char *p, const char *num)
{
	size_t		 n;
	gunichar	 c;

	for (; p < num; p += n) {
		c = text_char(p, &n);
		if (c == 0x548c || c == 0x53ca)		/* 和 及 */
			return true;
		if (text_is_punct(c))
			return false;
	}
	return false;
}

/*
 * Where the window before the number starts: at the last mark, except
 * a mark next to it that sets off the topic (地区生产总值（GDP）345.67亿元,
 * 注册资本：5.8亿元, “订单班”4个); topic_before() steps over those.
 */
static const char *
window_start(const char *lo, const char *num)
{
	const char	*p = num, *q;
	size_t		 n, m;
	gunichar	 c, d;

	while (p > lo) {
		c = text_char_before(lo, p, &n);
		/* PM2.5; 一般预算收入 133.33亿元: a space before the number */
		if (c == '.' || !text_is_punct(c) || (c == ' ' && num - p <= 1)) {
			p -= n;
			continue;
		}
		/*
		 * “特种集成电路”营收同比增加117.01%: a name in quotes that a
		 * noun goes on from is part of the topic; to its opening.
		 */
		if (c == 0x201d && p < num && text_is_han(text_char(p, &m))) {
			for (q = p - n; q > lo && p - q < 48; q -= m) {
				d = text_char_before(lo, q, &m);
				if (d == 0x201c || !text_is_han(d))
					break;
			}
			if (q > lo && d == 0x201c && q < p - n) {
				p = q - m;
				continue;
			}
		}
		/*
		 * 香港、澳门和台湾同胞: a list the 和 or 及 after it closes
		 * goes on past 、 (the labeller keeps it only when its items
		 * are places, coordinated_places())
		 */
		if (c == 0x3001 && p - lo >= 3 && num - p <= 48 &&
		    joined_after(p, num)) {
			p -= n;
			continue;
		}
		/* 指数(CPI)同比累计上涨3.2%: a short bracket anywhere in it */
		if (num - p > 6 && c != 0xff09 && c != ')')
			break;
		if (c == 0xff1a || c == ':' || c == 0x201d || c == 0x300d ||
		    c == 0x300f) {
			p -= n;
			continue;
		}
		if (c != 0xff09 && c != ')')
			break;
		/* a short bracket: to its opening */
		for (q = p - n; q > lo; q -= m) {
			d = text_char_before(lo, q, &m);
			if (d == 0xff08 || d == '(' || d == 0xff09 ||
			    d == ')' || text_is_terminator(d))
				break;
		}
		if (q <= lo || (d != 0xff08 && d != '('))
			break;
		p = q - m;
	}
	return p;
}

void
label_make(struct words *w, const struct label_in *in, const char **used,
    GString *out)
{
	const char	*lo, *hi, *p, *gap_end, *floor = in->floor, *next, *top;
	const char	*floor0, *rate;
	const struct unit *unit = in->unit;
	struct links	 lk;
	unsigned int	 kind = 0;
	size_t		 n;
	bool		 at_mark;

	g_string_truncate(out, 0);
	memset(&lk, 0, sizeof lk);
	*used = in->num_end;
	if (unit != NULL && unit->flags & UNIT_MEASURE)
		kind |= LK_MEASURE;
	if (unit == NULL)
		kind |= LK_BARE;
	if (in->dim == SHUTU_DIM_MONEY)
		kind |= LK_MONEY;
	if (in->dim == SHUTU_DIM_PERCENT || in->dim == SHUTU_DIM_FRACTION)
		kind |= unit != NULL && unit->flags & UNIT_POINT ? LK_POINTS :
		    LK_RATE;
	if (in->dim == SHUTU_DIM_DURATION)
		kind |= LK_SPAN;
	if (unit != NULL && strcmp(unit->word, "倍") == 0)
		kind |= LK_TIMES;
	if (floor < in->sent)
		floor = in->sent;
	/*
	 * 16个乡镇演出120场次: 乡镇 is the noun of the fact before, not the
	 * topic of this one; but a noun between two numbers and nothing
	 * else may serve both.
	 */
	floor0 = floor;
	if (in->prev_used != NULL && in->prev_used > floor &&
	    in->prev_used < in->num)
		floor = in->prev_used;
	lo = in->num - floor > BEFORE_BYTES ? align_fwd(in->num - BEFORE_BYTES,
	    in->num) : floor;
	hi = in->sent_end - in->num_end > AFTER_BYTES ?
	    align_back(in->num_end, in->num_end + AFTER_BYTES) : in->sent_end;
	/*
	 * Labels never cross a mark: cut the windows there, which spares
	 * ICU most of its work (its cost grows with the run of Han text).
	 */
	lo = window_start(lo, in->num);
	/*
	 * 比2月底提高了41个百分点: the part of the month after a date (the
	 * fact before, where the window starts) is the date's, not a word
	 * of the topic.
	 */
	if (lo == floor && floor > in->sent) {
		static const char *const parts[] = {
			"底前", "底", "初", "末", "中旬", "上旬", "下旬", "前",
		};
		/* 今年3月以来贷款增速…: since then, the date's too */
		static const char *const since[] = {
			"以来", "以后", "至今", "起",
		};
		size_t	 i;
		gunichar before = text_char_before(in->sent, lo, &n);

		for (i = 0; i < G_N_ELEMENTS(parts); i++)
			if (text_starts_with(lo, in->num, parts[i]) &&
			    before == 0x6708) {
				lo += strlen(parts[i]);	/* after 月 */
				break;
			}
		for (i = 0; i < G_N_ELEMENTS(since); i++)
			if (text_starts_with(lo, in->num, since[i]) && (before ==
			    0x6708 || before == 0x5e74 || before == 0x65e5 ||
			    before == 0x5ea6)) {		/* 月 年 日 度 */
				lo += strlen(since[i]);
				break;
			}
	}
	/* The gap to the next fact or mark, for the window and beyond it. */
	next = in->next;
	if (next > in->sent_end || next < in->num_end)
		next = in->sent_end;
	for (p = in->num_end; p < next && p - in->num_end <= GAP_MAX_BYTES;
	    p += n)
		if (text_is_punct(text_char(p, &n)))
			break;
	gap_end = p;
	at_mark = p < next && p - in->num_end <= GAP_MAX_BYTES;
	if (hi > gap_end)
		hi = gap_end;
	/*
	 * Measure words count the noun after them; other units measure the
	 * topic before the number unless a noun follows (36平方公里区域).
	 */
	/*
	 * 以330.39亿元的营收位居榜首, 以1195%的增速: what the number is
	 * of comes after its 的.
	 */
	if ((text_ends_with(in->sent, in->num, "以") || text_ends_with(in->sent,
	    in->num, "以约")) && (rate = rate_noun_after(in->num_end,
	    in->sent_end)) != NULL) {
		/* 湖南以34%的增速在中部领跑, 陕西以52.4%增速全国领跑 */
		g_string_append(out, rate);
		*used = strstr(in->num_end, rate) + strlen(rate);
	} else if (in->num_end + strlen("的") < hi &&
	    text_starts_with(in->num_end, hi, "的") &&
	    (text_ends_with(in->sent, in->num, "以") ||
	    text_ends_with(in->sent, in->num, "以约") ||
	    text_ends_with(in->sent, in->num, "从")))
		/* 从40人的指挥部到20万产业工人: the 指挥部's 40 */
		*used = noun_after(w, in->num_end + strlen("的"), hi, gap_end,
		    at_mark, kind | LK_MEASURE, out);
	else if (in->num_end < hi && !(kind & LK_RATE && text_ends_with(
	    in->sent, in->num, "在") && text_starts_with(in->num_end, hi,
	    "的")))
		/*
		 * but 保持在11.6%的水平, 稳定在11%~12%的合理区间: a level kept
		 * at, which the words after 的 only call a level
		 */
		*used = noun_after(w, in->num_end, hi, gap_end, at_mark, kind,
		    out);
	/* 总额为人民币陆仟万元: a currency written before the amount */
	top = in->num;
	if (text_ends_with(lo, top, "人民币"))
		top -= strlen("人民币");
	/* 本合同签订之日起十五日内: the words before say when it starts */
	if (out->len == 0 && lo < top && !(kind & LK_SPAN &&
	    text_ends_with(lo, top, "日起"))) {
		/*
		 * 直销渠道上半年营收400.09亿元: the date between the topic's
		 * words says when; the topic goes on before it
		 */
		if (in->gap != NULL && in->gap > lo && in->gap_end <= top) {
			w->skip = in->gap;
			w->skip_end = in->gap_end;
			w->skipped = false;
		}
		topic_before(w, lo, top, kind | (item_mark(in->sent, lo) ?
		    LK_ITEM : 0), out, &lk);
		if (w->skip != NULL && w->skipped) {
			size_t	 dl = (size_t)(w->skip_end - w->skip), k;

			/* the label was copied from the text: cut the date */
			for (k = 0; k + dl <= out->len; k++)
				if (memcmp(out->str + k, w->skip, dl) == 0) {
					g_string_erase(out, (gssize)k,
					    (gssize)dl);
					break;
				}
		}
		w->skip = w->skip_end = NULL;
	} else if (lo == top)
		lk.only = true;
	/*
	 * 58条道路总长度为53570米: when the rest is a noun phrase of its
	 * own (总长度), the noun of the fact before belongs to it too (not
	 * the 时间 of 两天时间销售非遗产品86万元: time names no thing).
	 */
	if (floor != floor0 && lo == floor && out->len > 0 &&
	    in->prev_dim != SHUTU_DIM_DURATION &&
	    (size_t)(top - lo) >= out->len && memcmp(lo, out->str,
	    out->len) == 0 && is_head(out->str, out->len)) {
		lo = window_start(in->num - floor0 > BEFORE_BYTES ?
		    align_fwd(in->num - BEFORE_BYTES, in->num) : floor0, top);
		g_string_truncate(out, 0);
		topic_before(w, lo, top, kind, out, &lk);
	}
	/*
	 * 平均浓度为46微克/立方米，同比下降14.8%; 断面有9个，占比75%: no
	 * topic but links, which tell what the number says of the fact
	 * before it in the sentence.
	 */
	if (out->len == 0 && lk.only && lk.span == NULL)
		from_previous(in, &lk, kind, out);
	/* 城乡居民收入比为2.03: a bare ratio keeps its 比 */
	if (out->len > 0 && kind & LK_BARE && in->dim == SHUTU_DIM_OTHER &&
	    !g_str_has_suffix(out->str, "比") && (text_ends_with(lo, top,
	    "比为") || text_ends_with(lo, top, "比是") ||
	    text_ends_with(lo, top, "比达")))
		g_string_append(out, "比");
	/* 比上年缩小0.05 after such a ratio: the ratio's change */
	if (kind & LK_BARE && in->prev_label != NULL &&
	    g_str_has_suffix(in->prev_label, "比")) {
		static struct wordtab	*tab;

		if (wordtab_find(WORDTAB(&tab, ratio_moves), out->str,
		    out->len) >= 0)
			g_string_prepend(out, in->prev_label);
	}
	/* 城东区PM2.5浓度同比降幅最大，为21.6%: the clause before names it */
	if (out->len == 0 && lk.only && lk.copula && lo > floor &&
	    text_char_before(floor, lo, &n) == 0xff0c) {
		const char	*comma = lo - n, *subj;
		struct links	 lk2;

		lo = comma - floor > BEFORE_BYTES ?
		    align_fwd(comma - BEFORE_BYTES, comma) : floor;
		lo = window_start(lo, comma);
		/*
		 * 广告业务收入创下单季度历史新高，达到33亿元: the subject of
		 * the clause before, when a verb follows it, names it
		 */
		if (lo < comma && (subj = subject_end(w, lo, comma)) != NULL)
			topic_before(w, lo, subj, kind, out, &lk2);
		else if (lo < comma)
			topic_before(w, lo, comma, kind, out, &lk2);
	}
	/*
	 * 投资3.8亿元建设数控系统研发中心: what the money builds names it;
	 * 200多亩猕猴桃: with nothing before it, the noun after the unit.
	 */
	if (in->num_end < hi && ((out->len > 0 && in_set(SET_SPENDING,
	    out->str, out->len)) || (out->len == 0 && !(kind & (LK_RATE |
	    LK_POINTS | LK_SPAN)))))
		object_after(w, in->num_end, hi, gap_end, out, used);
	if (out->len == 0 && kind & LK_SPAN) {
		/* a time limit (十五日内, 3年内) or the time something took */
		g_string_assign(out, text_ends_with(in->num, in->num_end,
		    "内") || text_starts_with(in->num_end, in->sent_end,
		    "内") || text_starts_with(in->num_end, in->sent_end,
		    "以内") ? "期限" : "用时");
		*used = NULL;
	}
}

/* Marks dropped from a caption: quotes, brackets and their contents. */
static void
clean_caption(const char *s, const char *e, GString *out)
{
	const char	*p;
	size_t		 n;
	gunichar	 c;
	int		 paren = 0;

	for (p = s; p < e; p += n) {
		c = text_char(p, &n);
		if (c == 0xff08 || c == '(') {
			paren++;
			continue;
		}
		if (c == 0xff09 || c == ')') {
			if (paren > 0)
				paren--;
			continue;
		}
		if (paren > 0 || c == '\n' || c == '\r' || c == 0x201c ||
		    c == 0x201d || c == 0x300e || c == 0x300f || c == 0x300c ||
		    c == 0x300d || c == '"' || c == 0x3000 || c == ' ' ||
		    c == '\t')
			continue;
		g_string_append_len(out, p, n);
	}
}

/*
 * Words a caption can lose and still say what happened: where a place
 * lies (位于…的, 辖区内), a dash before a list of names.
 */
static void
trim_caption(GString *c)
{
	static const char *const drop[] = { "辖区内的", "辖区内", "——" };
	char	*at, *of;
	size_t	 i;

	/* 来到位于郑州高新区沟赵办事处辖区内的企业 -> 来到企业 */
	while ((at = strstr(c->str, "位于")) != NULL &&
	    (of = strstr(at, "的")) != NULL &&
	    text_cp_count(at, (size_t)(of - at)) <= 24)
		g_string_erase(c, at - c->str, of + strlen("的") - at);
	for (i = 0; i < G_N_ELEMENTS(drop); i++)
		while ((at = strstr(c->str, drop[i])) != NULL)
			g_string_erase(c, at - c->str, strlen(drop[i]));
	/* A list cut at the next date: 主体厂房完工、 */
	while (g_str_has_suffix(c->str, "、") || g_str_has_suffix(c->str, "，"))
		g_string_truncate(c, c->len - strlen("、"));
}

static bool
is_clause_end(gunichar c)
{
	return c == 0xff0c || c == ',' || c == 0xff1a || c == ':' ||
	    text_is_terminator(c);
}

/* Time words right after a date that say nothing of the event. */
static const char *const time_words[] = {
	"上午", "下午", "晚上", "晚间", "凌晨", "中午", "早上", "当天", "当日",
	"前后", "以来", "期间", "起", "晚", "份", "，", "、", " ", "：",
	/* parts of the month: 6月底, 3月中旬 */
	"底", "初", "末", "中旬", "上旬", "下旬",
	/* 上半年的成绩: what follows says what, not what happened */
	"的",
};

char *
label_event(struct words *w, const char *sent, const char *sent_end,
    const char *date, const char *date_end)
{
	GString		*clause = g_string_new(NULL), *out;
	const char	*a, *b, *p;
	size_t		 n, i, off, len, nw, cps, head, tail, k;
	gunichar	 c;
	bool		 again = true;

	/* Skip time words after the date: 6月29日下午， */
	b = date_end;
	while (again && b < sent_end) {
		static struct wordtab	*tab;
		int			 t;

		t = wordtab_prefix(WORDTAB(&tab, time_words), b, sent_end);
		if ((again = t >= 0))
			b += strlen(time_words[t]);
	}
	/* The clause after the date; if it says too little, the one around. */
	for (p = b, k = 0; p < sent_end && k < 60; p += n, k++) {
		c = text_char(p, &n);
		if (is_clause_end(c))
			break;
	}
	if (text_cp_count(b, (size_t)(p - b)) < 4) {
		for (a = date, k = 0; a > sent && k < 40; k++) {
			c = text_char_before(sent, a, &n);
			if (is_clause_end(c))
				break;
			a -= n;
		}
		clean_caption(a, date, clause);
	}
	clean_caption(b, p, clause);
	trim_caption(clause);
	cps = text_cp_count(clause->str, clause->len);
	if (cps <= EVENT_MAX_CP)
		return g_string_free(clause, FALSE);
	/* Too long: its first and last words, joined by an ellipsis. */
	out = g_string_new(NULL);
	words_break(w, clause->str, clause->len);
	nw = words_count(w);
	for (i = 0, head = 0, cps = 0; i < nw; i++) {
		words_get(w, i, &off, &len);
		k = text_cp_count(clause->str + off, len);
		if (cps + k > EVENT_MAX_CP / 2 && cps > 0)
			break;
		cps += k;
		head = off + len;
	}
	for (tail = clause->len, k = 0; i < nw; ) {
		size_t	 j = nw;
		size_t	 tc = 0;

		while (j > i) {
			words_get(w, j - 1, &off, &len);
			k = text_cp_count(clause->str + off, len);
			if (tc + k > EVENT_MAX_CP - cps - 1 && tc > 0)
				break;
			tc += k;
			tail = off;
			j--;
		}
		break;
	}
	g_string_append_len(out, clause->str, head);
	if (tail > head)
		g_string_append(out, "…");
	if (tail < clause->len && tail >= head)
		g_string_append_len(out, clause->str + tail,
		    clause->len - tail);
	g_string_free(clause, TRUE);
	return g_string_free(out, FALSE);
}
