/* SPDX-License-Identifier: MIT */
/*
 * Organizations and places: a name of Han characters followed by a
 * suffix that says what it is (沟赵办事处, 新天科技股份有限公司,
 * 郑州高新区).  The name is read backwards from the suffix until a
 * function word, a mark, or the end of the previous name.  Words that
 * point back at a name (该公司, 全市, 办事处 at the head of a clause,
 * 市生态环境局) and 全国, which names nobody, are found here too; the
 * driver decides which name they point at.
 */
#include <string.h>

#include "extract.h"

#define NAME_MAX_CP	12
#define NAME_CONTEXT_CP	4	/* words read on either side of a name */
/* A word this frequent in jieba's corpus is a common one (节省, 灾区). */
#define COMMON_WORD_FREQ	500

static const struct suffix {
	const char	*word;
	const char	*not_before;	/* 市场, 区域: a longer word, no name */
	const char	*not_after;	/* 城市, 辖区: a word, not a name */
} suffixes[] = {
	{ "办事处",	NULL, NULL },
	{ "街道办",	NULL, NULL },
	{ "街道",	"路口", NULL },
	{ "社区",	NULL, NULL },
	{ "小区",	NULL, NULL },
	{ "园区",	NULL, NULL },
	{ "新区",	NULL, NULL },
	{ "高新区",	NULL, NULL },
	{ "开发区",	NULL, NULL },
	{ "片区",	NULL, NULL },
	{ "区",		"域块别分间内划位", "辖地城景校山郊街片社园灾疫矿港专分全该本各成市扩" },
	{ "市",		"场民值容貌区级委政里", "城超都门全本该各夜上" },
	{ "县",		"城域级委里", "全本该各" },
	{ "省",		"级委内外", "全本该各外" },
	{ "镇",		"级里", "城乡" },
	{ "乡",		"村镇亲土级里", "城下家故老返回还" },
	{ "村",		"民庄级里", "乡农山渔" },
	{ "公司",	NULL, NULL },
	{ "有限公司",	NULL, NULL },
	{ "股份有限公司", NULL, NULL },
	{ "有限责任公司", NULL, NULL },
	{ "集团",	NULL, NULL },
	{ "局",		"面部势限域", "格布结大全当开出饭骗" },
	{ "管委会",	NULL, NULL },
	{ "委员会",	NULL, NULL },
	{ "科技园",	NULL, NULL },
	{ "产业园",	NULL, NULL },
	{ "医院",	NULL, NULL },
	{ "大学",	"生", NULL },
	{ "学院",	NULL, NULL },
	{ "中学",	NULL, NULL },
	{ "小学",	NULL, NULL },
	{ "研究院",	NULL, NULL },
	{ "研究所",	NULL, NULL },
	{ "银行",	NULL, NULL },
	/* short names of financial firms: 中信证券, 平安保险 */
	{ "证券",	NULL, NULL },
	{ "保险",	NULL, NULL },
	{ "信托",	NULL, NULL },
	{ "期货",	NULL, NULL },
	{ "基金",	NULL, NULL },
	{ "协会",	NULL, NULL },
	{ "商会",	NULL, NULL },
	{ "合作社",	NULL, NULL },
	/*
	 * projects, named by where they run (玉铁铁路, 龙洞水库, 顺蓬营一级
	 * 公路): a name only with a proper noun in it (农村公路 is a kind)
	 */
	{ "铁路",	NULL, NULL },
	{ "公路",	NULL, NULL },
	{ "高速公路",	NULL, NULL },
	{ "快速路",	NULL, NULL },
	{ "水库",	NULL, NULL },
	{ "大桥",	NULL, NULL },
	{ "机场",	NULL, NULL },
	/* regions: 东北地区, 长三角地区; 东部地区 by its direction */
	{ "地区",	"生", NULL },	/* 地区生产总值 */
};

/* Generic words that look like names: 辖区 is not a place called 辖. */
static struct wordtab	*generic_tab;

static const char *const generic[] = {
	"辖区", "城区", "市区", "地区", "景区", "校区", "山区", "郊区", "街区",
	"上市公司", "股上市公司", "A股上市公司", "控股公司", "参股公司",
	"分区", "专区", "社区", "小区", "园区", "片区", "新区", "全区", "该区",
	"本区", "各区", "城市", "都市", "超市", "全市", "本市", "该市", "各市",
	"全县", "本县", "各县", "全省", "本省", "各省", "外省", "全镇", "乡镇",
	"城乡", "农村", "乡村", "本公司", "子公司", "分公司", "总公司",
	"母公司", "大学", "中学", "小学", "各社区", "各街道", "全街道",
	"联营公司", "合营公司", "附属公司", "关联公司", "孙公司", "老区",
	"重镇", "强镇", "名镇", "大镇", "强县", "大县", "强市", "大市",
	"革命老区",
	"党委", "结局", "布局", "格局", "大局", "全局", "当局", "开局",
	"出局", "饭局", "骗局", "局", "区", "市", "县", "省", "镇", "乡", "村",
	"新城区", "老城区", "主城区", "核心区", "示范区", "先行区", "试验区",
	"中心区", "引领区", "集聚区", "承载区", "样板区", "实验区",
	"功能区", "保护区", "风景区", "居住区", "生活区", "商业区", "工业区",
	"城中村", "的区", "该公司", "集团", "公司", "办事处", "街道", "医院",
	"银行", "产业园", "科技园", "管委会", "委员会", "研究院", "研究所",
	"中医院", "老旧小区", "驻地社区", "新建小区", "园区管委会",
	"行政村", "示范县", "示范区", "自然村", "贫困村", "贫困县",
	"家乡", "故乡", "老乡",
	/* kinds of parks, not their names */
	"化工园区", "工业园区", "产业园区", "物流园区", "科技园区", "农业园区",
	"合作社", "专业合作社", "农民专业合作社", "农民合作社", "供销合作社",
	"信用合作社", "股份经济合作社",
	"农业产业园", "现代农业产业园", "中小学",
	/* kinds of zones and villages: a report's 高新技术产业开发区, 示范村 */
	"高新技术产业开发区", "经济技术开发区", "经济开发区", "产业集聚区",
	"示范村", "示范镇", "示范乡", "文明村", "中心村", "重点村", "特色村",
	"县市", "地级市", "县级市", "副省级市", "省市", "市县", "区县", "镇村",
	"自治县", "自治区", "自治州", "自治旗", "民族乡",
};

/* Function words and verbs a name cannot run back across. */
static const char stop_chars[] =
    "的在于与及等是为到对从由已共把被将了着过这那各该本其我你他她它们赴至"
    "内外入进来据让使给跟同或并而也都又还就以之及由即、每个全原现首名";

/* Verbs that may lead the characters before a suffix: 参观学习… */
static const char *const lead_verbs[] = {
	"参观", "学习", "调研", "走进", "前往", "开展", "组织", "推动", "支持",
	"建设", "打造", "成立", "设立", "联合", "协调", "依托", "围绕", "落实",
	"指导", "服务", "帮助", "推进", "深入", "考察", "视察", "慰问", "走访",
	"位于", "地处", "来到", "包括", "引进", "签约", "入驻", "落户",
	"承担", "参加", "举办", "承办", "主办", "带领", "带动", "加入",
	"建成", "筑牢", "改造", "计划", "新建", "创建", "今年", "去年", "不少",
	"部分", "多个", "所有", "各个", "全部", "一些", "这些", "其他", "其中",
	"先后", "分别", "共同", "积极", "全面", "持续", "已经", "正在",
	"家住", "实地察看", "察看", "确保", "探索", "推行", "注重", "描绘",
	"距", "距离",
	"紧紧", "实行", "聚焦", "代表", "启动", "扩建", "改建", "改扩建",
	"力争", "争取",
	/* what a report says was done or will be: 完成城关镇…, 开工建设县… */
	"完成", "实施", "开工", "谋划", "加快", "加强", "深化", "提升", "培育",
	"发展", "壮大", "选举", "产生", "实现", "巩固", "拓展", "整治", "申报",
	"争创", "覆盖", "惠及", "连接", "贯通", "修建", "铺设", "完善", "优化",
	"扎实", "大力", "着力", "加大", "新增", "累计", "稳步", "扶持", "鼓励",
	"引导", "帮扶", "对接", "全力", "进一步",
	/* ranks a place is given: 获批国家级经开区 */
	"获批", "获评", "荣获", "评为", "入选", "列入", "纳入", "跻身", "晋升",
	/* times: 力争年底村集体经济收入… */
	"年底", "年初", "年末", "年内", "月底", "月初", "目前", "当前", "如今",
	"明年",
	/* roles a party plays: 施工方中原高速公路股份有限公司 */
	"施工方", "建设方", "承建方", "投资方", "合作方", "主办方", "承办方",
	"子公司", "全资子公司", "控股子公司", "母公司",
};

/* Adverbs before a lead verb: 新打造, 再建设. */
static const char *const lead_adverbs[] = {
	"新", "再",
};

/*
 * Verbs of doing things together: inside a name only after a kind with
 * no name of its own (社区联合澄州市…: the 社区 joins the city), for
 * 中国联合网络通信 and the like are names.
 */
static struct wordtab	*joint_tab;

static const char *const joint_verbs[] = {
	"联合", "携手", "会同", "协同", "配合", "联手",
};

/*
 * Verbs no name holds: a name that has one in it is a phrase, and the
 * name (if any) is what follows the verb (机关干部下沉社区, 党建引领社区).
 */
static const char *const inner_verbs[] = {
	"下沉", "引领", "联系", "走进", "来到", "前往", "位于", "地处", "家住",
	"入驻", "落户",
	/* 村里牵头成立合作社: who founds is no part of what is founded */
	"成立", "组建", "创办", "领办", "牵头",
	/* 淇川县人民政府县长: a government is no part of a place's name */
	"政府",
};

/*
 * 长沙经开区召开纪念建区三十周年…: a verb as common as 召开 at the head
 * of what would be a name begins none (种植 inside 枣林红枣种植专业合作社
 * is the name's).
 */
static bool
common_verb(const char *s, size_t len)
{
	struct lexicon_entry	 e;

	return lexicon_lookup(s, len, &e) && e.pos == LEXICON_POS_V &&
	    e.freq >= 5 * COMMON_WORD_FREQ;
}

/*
 * Words of names that hold a function word: 中原, 数据 (新华三大数据…),
 * 现代 (现代农业产业园).
 */
static const char *const name_words[] = {
	"中原", "太原", "平原", "高原", "草原", "数据", "现代",
};

/* Abbreviations that point at another name: 市生态环境局, 集团产业园. */
static const struct prefix {
	const char	*word;
	const char	*key;		/* the name pointed at; NULL: none */
} anaphora[] = {
	{ "市", "市" }, { "县", "县" }, { "区", "区" }, { "省", "省" },
	{ "镇", "镇" }, { "乡", "乡" }, { "集团", "集团" }, { "公司", "公司" },
	{ "本", NULL }, { "该", NULL },
	/* descriptions, not names: 辖区老旧小区, 核心子公司, 世界一流… */
	{ "辖区", NULL }, { "办事处", NULL }, { "核心", NULL }, { "控股", NULL },
	{ "全资", NULL }, { "世界", NULL },
	/* which of a company's: 主要子公司, 下属企业, 旗下公司 */
	{ "主要", NULL }, { "下属", NULL }, { "旗下", NULL }, { "所属", NULL },
	/* ranks: 国家级经开区, 省级乡村振兴示范村 */
	{ "国家级", NULL }, { "省级", NULL }, { "市级", NULL }, { "县级", NULL },
};

/*
 * Words that stand for a name said before (该公司, 全市, and at the head
 * of a clause the bare kind of which a place has one: 办事处, 街道,
 * 集团), or for the whole country, which no name in the article owns.
 */
static const struct back {
	const char	*word;
	const char	*key;		/* NULL: nobody's (全国) */
} backs[] = {
	{ "全国", NULL }, { "我国", NULL },
	{ "全省", "省" }, { "本省", "省" }, { "该省", "省" }, { "我省", "省" },
	{ "全市", "市" }, { "本市", "市" }, { "该市", "市" }, { "我市", "市" },
	{ "全县", "县" }, { "本县", "县" }, { "该县", "县" }, { "我县", "县" },
	{ "全区", "区" }, { "本区", "区" }, { "该区", "区" }, { "我区", "区" },
	{ "全镇", "镇" }, { "该镇", "镇" }, { "我镇", "镇" }, { "全乡", "乡" },
	{ "该乡", "乡" }, { "我乡", "乡" },
	{ "全村", "村" }, { "该村", "村" },
	/* 村里牵头成立…: the village, as the county is 县里 */
	{ "村里", "村" }, { "乡里", "乡" }, { "镇里", "镇" }, { "县里", "县" },
	{ "市里", "市" },
	{ "办事处", "办事处" }, { "该办事处", "办事处" },
	{ "街道", "街道" }, { "全街道", "街道" }, { "该街道", "街道" },
	/* a bare 社区 or 园区 is any of many (社区书记担任…) */
	{ "该社区", "社区" }, { "该园区", "园区" },
	{ "合作社", "合作社" }, { "该合作社", "合作社" },
	{ "公司", "公司" }, { "该公司", "公司" }, { "本公司", "公司" },
	{ "集团", "集团" }, { "该集团", "集团" }, { "本集团", "集团" },
	{ "该局", "局" },
};

/* The legal form that ends a company's name, left out of its short name. */
static const char *const legal_forms[] = {
	"股份有限公司", "有限责任公司", "有限公司", "公司",
};

/* The last code point of "w" (UTF-8). */
static gunichar
last_char(const char *w)
{
	const char	*p = w + strlen(w);
	size_t		 n;

	while (p > w && ((unsigned char)p[-1] & 0xc0) == 0x80)
		p--;
	return text_char(p - 1, &n);
}

void
entity_classes(uint16_t *tab)
{
	const char	*p;
	size_t		 i, n;

	/* The last character of every suffix, and of 全国. */
	for (i = 0; i < G_N_ELEMENTS(suffixes); i++)
		tab[last_char(suffixes[i].word)] |= TC_ENTITY_END;
	for (i = 0; i < G_N_ELEMENTS(backs); i++)
		tab[last_char(backs[i].word)] |= TC_ENTITY_END;
	for (p = stop_chars; *p != '\0'; p += n)
		tab[text_char(p, &n)] |= TC_NAME_STOP;
	/* the stop in a word of names: its last character, or its first */
	for (i = 0; i < G_N_ELEMENTS(name_words); i++) {
		tab[last_char(name_words[i])] |= TC_NAME_WORD_END;
		tab[text_char(name_words[i], &n)] |= TC_NAME_WORD_END;
	}
}

static bool
has_char(const char *set, gunichar c)
{
	const char	*p;
	size_t		 n;

	for (p = set; *p != '\0'; p += n)
		if (text_char(p, &n) == c)
			return true;
	return false;
}

/*
 * Numerals in a name: 三官庙社区, 二七区 and 新华三集团 are names, but a
 * count is none (六大片区, 三四十家驻区, 四纵四横两区, 通达千村), nor is
 * the indefinite 一 (进一步提升社区).  "s" is where the suffix "suf"
 * begins.
 */
static bool
numerals_ok(const char *q, const char *s, const char *suf)
{
	const char	*r;
	size_t		 n, m;
	gunichar	 c, next;
	bool		 all = true, last = false;

	c = text_char(q, &n);
	if (c == 0x4e00 || (cnum_digit(c) >= 0 && q + n < s &&
	    text_char(q + n, &m) == 0x5927))	/* 一, 六大 */
		return false;
	for (r = q; r < s; r += n) {
		c = text_char(r, &n);
		last = cnum_is_numeral(c);
		if (!last) {
			all = false;
			continue;
		}
		next = r + n < s ? text_char(r + n, &m) : 0;
		/* 浙江十大强县: a count of the best (新华三大数据 is a name) */
		if (next == 0x5927 && !entity_is_company(suf))
			return false;
		/* 三四十家; but 顺蓬营一级公路 is a road of the first class */
		if (next != 0 && !cnum_is_numeral(next) &&
		    unit_match(r + n, s) != NULL && !(next == 0x7ea7 &&
		    strstr(suf, "路") != NULL))	/* 级 */
			return false;
	}
	/* 两区, 千村: a number counts a one-character kind; 二七区 is all numerals */
	return !last || all || strlen(suf) > 3;
}

/*
 * Words that point back, ending at "p": the bare kind must stand alone
 * (子公司 is no 公司 said again), so a Han character that could lead a
 * name may not come before it; 全, 该, 本 stand alone (力争全县…).
 */
static enum entity_kind
find_back(const char *floor, const char *p, struct entity_hit *hit)
{
	static struct wordtab	*back_tab;
	const char		*s;
	size_t			 n;
	int			 i;

	if ((i = wordtab_suffix(WORDTAB(&back_tab, backs), floor, p)) < 0)
		return ENTITY_NONE;
	s = p - strlen(backs[i].word);
	if (s > floor && !(text_class(text_char(s, &n)) & TC_NAME_STOP) &&
	    (text_class(text_char_before(floor, s, &n)) &
	    (TC_HAN | TC_NAME_STOP)) == TC_HAN)
		return ENTITY_NONE;
	hit->start = s;
	hit->word = backs[i].key;
	hit->kind = backs[i].key != NULL ? ENTITY_BACK : ENTITY_NOBODY;
	return hit->kind;
}

static bool
proper(enum lexicon_pos pos)
{
	return pos == LEXICON_POS_NS || pos == LEXICON_POS_NT ||
	    pos == LEXICON_POS_NZ || pos == LEXICON_POS_NR ||
	    pos == LEXICON_POS_NRT || pos == LEXICON_POS_NRFG ||
	    pos == LEXICON_POS_J;
}

/* The index of the word of "seg" (of the span at "w0") holding byte "at". */
static size_t
word_at(const struct lexicon_seg *seg, const char *w0, const char *at)
{
	size_t	 i, off = (size_t)(at - w0);

	for (i = 0; i + 1 < seg->count; i++)
		if (off < seg->tokens[i].off + seg->tokens[i].len)
			break;
	return i;
}

/*
 * Is what ends at "p" counted by the number after it, with nothing after
 * its measure word (建设魔芋园区5个，魔芋重点村1个)?  A kind, then, not
 * a name; 长三角地区41个城市 counts the cities.
 */
static bool
counted(const char *p, const char *end)
{
	const struct unit	*u;
	struct cnum		 num;
	size_t			 n;

	if (p >= end || !cnum_parse(p, end, false, &num))
		return false;
	p += num.len;
	if ((u = unit_match(p, end)) == NULL || !(u->flags & UNIT_MEASURE))
		return false;
	p += strlen(u->word);
	return p >= end || text_is_punct(text_char(p, &n));
}

/* 宏泰智能电网科技（滨阳）有限公司: a bracket inside a company's name. */
static bool
bracket(const char *s)
{
	size_t		 n;
	gunichar	 c = text_char(s, &n);

	return c == 0xff08 || c == 0xff09 || c == '(' || c == ')';
}

/* Words of several kinds at once, no kind with a name: 县市, 省市. */
static const char *const plural_kinds[] = {
	"县市", "省市", "市县", "区县", "县区", "镇村", "乡镇", "城乡", "乡村",
	"村镇", "省区", "市区", "城区", "地级市", "县级市",
};
static struct wordtab	*plural_tab;

/*
 * Is the suffix [s, p) one that names nothing without a place or a
 * proper noun before it: a project's (公路, 水库) or a fund's (应急周转
 * 基金 is no firm)?
 */
static bool
project(const char *s, const char *p)
{
	static const char *const kinds[] = {
		"铁路", "公路", "高速公路", "快速路", "水库", "大桥", "机场",
		"基金", "地区",
	};
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(kinds); i++)
		if ((size_t)(p - s) == strlen(kinds[i]) && memcmp(s, kinds[i],
		    (size_t)(p - s)) == 0)
			return true;
	return false;
}

/* 至, 到: from one end of a project to the other */
static bool
is_to(const char *s, size_t len)
{
	return len == 3 && (memcmp(s, "至", 3) == 0 || memcmp(s, "到", 3) == 0);
}

/* Is [q, p) a place the lexicon knows (息县, 黄冈市)? */
static bool
known_place(const char *q, const char *p)
{
	struct lexicon_entry	 e;

	return lexicon_lookup(q, (size_t)(p - q), &e) && e.pos ==
	    LEXICON_POS_NS;
}

/* Is there a proper noun, or a character in no word, in [q, e)? */
static bool
named_before(const struct lexicon_seg *seg, const char *w0, const char *q,
    const char *e)
{
	size_t	 i;

	for (i = 0; i < seg->count && w0 + seg->tokens[i].off < e; i++)
		if (w0 + seg->tokens[i].off + seg->tokens[i].len > q &&
		    (proper(seg->tokens[i].pos) || seg->tokens[i].pos ==
		    LEXICON_POS_X))
			return true;
	return false;
}

/*
 * The name [q, p), whose suffix starts at "s", checked against the
 * lexicon's words of the text around it: a name never ends inside a
 * word (代理市长 holds no 代理市, 郑州市民 no 郑州市); its suffix is no
 * end of a common word (县市, 地级市, 示范区: kinds, not names); a start
 * inside a word moves to the word's start if that word is a proper noun
 * (中华人民共和国国家统计局), else past it; and a conjunction or a
 * preposition inside ends what came before (石家庄和太原市 -> 太原市).
 * Returns the start of the name, or NULL when there is none.
 */
static const char *
lexicon_name(struct lexicon_seg *seg, const char *floor, const char *q,
    const char *s, const char *p, const char *end)
{
	const struct lexicon_token *t;
	struct lexicon_entry	 e;
	const char		*w0 = q, *w1 = p, *ws, *we;
	size_t			 i, n, k;

	for (k = 0; k < NAME_CONTEXT_CP && w0 > floor; k++)
		text_char_before(floor, w0, &n), w0 -= n;
	for (k = 0; k < NAME_CONTEXT_CP && w1 < end; k++)
		text_char(w1, &n), w1 += n;
	lexicon_segment(seg, w0, (size_t)(w1 - w0));
	i = word_at(seg, w0, q);
	t = &seg->tokens[i];
	/* 中华人民共和国国家统计局; but 力争 (which jieba calls nz) is a verb */
	if (w0 + t->off < q)
		q = t->pos == LEXICON_POS_NS || t->pos == LEXICON_POS_NT ||
		    t->pos == LEXICON_POS_NR ? w0 + t->off : w0 + t->off + t->len;
	for (; i < seg->count && w0 + seg->tokens[i].off < s; i++) {
		t = &seg->tokens[i];
		if (w0 + t->off < q)
			continue;
		/*
		 * 上半年中信证券, 一季度嵩明县 (a numeral with its measure
		 * word), 国泰海通超越中信证券: a time, or a verb of
		 * two characters or more before a proper noun or a numeral
		 * (贵州茅台获得多只基金), leads the name; 中国建设银行 and 郑州向心办通信 keep theirs.
		 */
		/*
		 * 石家庄和太原市: a conjunction ends the name before it when
		 * what follows is a name of its own; 发展和改革委员会 is one.
		 */
		if (t->pos == LEXICON_POS_C && !named_before(seg, w0,
		    w0 + t->off + t->len, s))
			continue;
		/* 玉林至铁山港铁路: a project runs from one place to another */
		if (t->pos == LEXICON_POS_P && project(s, p) && (is_to(w0 +
		    t->off, t->len)) && named_before(seg, w0, q, w0 + t->off))
			continue;
		if (t->pos == LEXICON_POS_C || t->pos == LEXICON_POS_P ||
		    t->pos == LEXICON_POS_UJ || (t->pos == LEXICON_POS_W &&
		    !bracket(w0 + t->off)) ||
		    t->pos == LEXICON_POS_T || t->pos == LEXICON_POS_MQ ||
		    (t->pos == LEXICON_POS_V &&
		    t->len >= 6 && i + 1 < seg->count &&
		    (proper(t[1].pos) || w0 + t->off + t->len == s ||
		    t[1].pos == LEXICON_POS_M || t[1].pos == LEXICON_POS_MQ ||
		    (w0 + t->off == q && common_verb(w0 + t->off, t->len))) &&
		    wordtab_find(WORDTAB(&joint_tab, joint_verbs), w0 + t->off,
		    t->len) < 0))
			q = w0 + t->off + t->len;
	}
	if (q >= s)
		return NULL;
	t = &seg->tokens[word_at(seg, w0, p - 1)];
	ws = w0 + t->off;
	we = ws + t->len;
	/*
	 * 黄冈市, 慈溪市: a place the lexicon knows, named by itself when
	 * common words lead it (开启现代化息县建设).
	 */
	if (proper(t->pos) && we == p && ws <= s) {
		/*
		 * 偏远地区, 农村地区 (places to jieba): areas of a kind, said
		 * by a word that is no name and no direction (东部地区 is one)
		 */
		if (s - ws >= 3 && text_starts_with(s, p, "地区") &&
		    lexicon_lookup(ws, (size_t)(s - ws), &e) && !proper(e.pos) &&
		    e.pos != LEXICON_POS_F)
			return NULL;
		return ws < q || !named_before(seg, w0, q, ws) ? ws : q;
	}
	/*
	 * 淇川县政府, 淇川县委: a name and its body; 代理市长: no name, for
	 * nothing proper comes before 市长; 郑州市民: a word after the name.
	 */
	if (we != p)
		return ws == s && named_before(seg, w0, q, s) ? q : NULL;
	/*
	 * 农村公路: a kind of project; 顺蓬营一级公路: a project; 东部地区,
	 * 西部地区: a region named by its direction (a locative word).
	 */
	if (project(s, p) && !named_before(seg, w0, q, s) && !(s - q >= 6 &&
	    text_starts_with(s, p, "地区") && (t = &seg->tokens[word_at(seg,
	    w0, s - 1)])->pos == LEXICON_POS_F && w0 + t->off == q &&
	    t->len >= 6))
		return NULL;
	/* Where the suffix begins: a word of its own, or inside one. */
	t = &seg->tokens[word_at(seg, w0, s)];
	ws = w0 + t->off;
	if (ws >= s) {
		/*
		 * 配合县教育部门: a verb before the suffix is no name, the
		 * 县 the article's own
		 */
		t = &seg->tokens[word_at(seg, w0, q)];
		if (w0 + t->off == q && w0 + t->off + t->len == s &&
		    (t->pos == LEXICON_POS_V || t->pos == LEXICON_POS_D ||
		    t->pos == LEXICON_POS_P || t->pos == LEXICON_POS_C) &&
		    lexicon_lookup(q, t->len, &e) && e.freq >= COMMON_WORD_FREQ)
			return NULL;
		return q;
	}
	/* 稳居浙江县市: counties and cities, no name */
	if (wordtab_find(WORDTAB(&plural_tab, plural_kinds), ws, t->len) >= 0)
		return NULL;
	/*
	 * 嵩州化工产业园区, 黄河湿地自然保护区: a kind after a name; 争当产业
	 * 转型升级示范区: a kind with no name before it.
	 */
	if (wordtab_find(WORDTAB(&generic_tab, generic), ws, t->len) >= 0)
		return named_before(seg, w0, q, ws) ? q : NULL;
	/*
	 * 金水区, 嵩州市 (嵩 + 州市): rare words, names; 企业节省, 灾区:
	 * common words, unless a proper noun comes first.
	 */
	if (lexicon_lookup(ws, t->len, &e) && e.freq >= COMMON_WORD_FREQ &&
	    !named_before(seg, w0, q, ws < q ? q : ws))
		return NULL;
	return ws < q ? ws : q;
}

enum entity_kind
entity_find(struct lexicon_seg *seg, const char *floor, const char *p,
    const char *end, struct entity_hit *hit)
{
	static struct wordtab	*suffix_tab, *lead_tab, *inner_tab, *word_tab,
				*anaphora_tab, *adverb_tab;
	const struct suffix	*suf;
	const char		*s, *q, *r;
	size_t			 n, cps;
	gunichar		 c;
	int			 i;

	memset(hit, 0, sizeof *hit);
	if ((i = wordtab_suffix(WORDTAB(&suffix_tab, suffixes), floor,
	    p)) < 0)
		return find_back(floor, p, hit);
	suf = &suffixes[i];
	if (suf->not_before != NULL && p < end &&
	    has_char(suf->not_before, text_char(p, &n)))
		return ENTITY_NONE;
	s = p - strlen(suf->word);
	if (suf->not_after != NULL && s > floor &&
	    has_char(suf->not_after, text_char_before(floor, s, &n)))
		return find_back(floor, p, hit);	/* 全市, or 城市 */
	/* Walk back over the name, a bounded number of characters. */
	for (q = s, cps = 0; q > floor && cps < NAME_MAX_CP; cps++) {
		c = text_char_before(floor, q, &n);
		/*
		 * 宏泰智能电网科技（滨阳）有限公司: a place in brackets inside
		 * a company's name, up to four characters, read with it.
		 */
		if ((c == 0xff09 || c == ')') && entity_is_company(suf->word)) {
			const char	*b = q - n;
			size_t		 m, l, k;
			gunichar	 d = 0;

			for (k = 0; k < 5 && b > floor; k++) {
				d = text_char_before(floor, b, &m);
				if (!(text_class(d) & TC_HAN))
					break;
				b -= m;
			}
			if ((d == 0xff08 || d == '(') && k >= 2 && k <= 4 &&
			    b - m > floor && (text_class(text_char_before(floor,
			    b - m, &l)) & (TC_HAN | TC_NAME_STOP)) == TC_HAN) {
				q = b - m;
				cps += k + 1;
				continue;
			}
			break;
		}
		if ((text_class(c) & (TC_HAN | TC_NAME_STOP)) != TC_HAN) {
			/* 中原, 现代: the function word is part of a word */
			if (!(text_class(c) & TC_NAME_WORD_END))
				break;
			if ((i = wordtab_suffix(WORDTAB(&word_tab, name_words),
			    floor, q)) >= 0)
				n = strlen(name_words[i]);
			else if ((i = wordtab_prefix(WORDTAB(&word_tab,
			    name_words), q - n, s)) < 0 ||
			    strlen(name_words[i]) <= n)
				break;
		}
		q -= n;
	}
	/* 建设成为创新引领区: what a place is to become, no name */
	if (text_ends_with(floor, q, "成为")) {
		hit->kind = ENTITY_DESC;
		hit->start = q;
		return hit->kind;
	}
	/*
	 * 2025年郑州高新区, 全年改造老旧小区: the 年 (or 月) of a date or a
	 * time leads no name.
	 */
	if (q > floor && q < s && (g_ascii_isdigit(q[-1]) ||
	    has_char("全每本该", text_char_before(floor, q, &n))) &&
	    (text_char(q, &n) == 0x5e74 || text_char(q, &n) == 0x6708))
		q += n;
	/* 一季度嵩明县, 三月份淇川县: a period in numerals leads no name */
	{
		static const char *const periods[] = {
			"季度", "月份", "月", "年度", "年",
		};
		static struct wordtab	*period_tab;
		const char		*t = q;

		while (t < s && cnum_is_numeral(text_char(t, &n)))
			t += n;
		if (t > q && (i = wordtab_prefix(WORDTAB(&period_tab, periods),
		    t, s)) >= 0 && t + strlen(periods[i]) < s)
			q = t + strlen(periods[i]);
	}
	/* A stop may begin a word that leads it: 全面完成县…, 全资子公司 */
	if (q > floor && q < s && (text_class(c = text_char_before(floor, q,
	    &n)) & TC_NAME_STOP) && ((i = wordtab_prefix(WORDTAB(&lead_tab,
	    lead_verbs), q - n, s)) >= 0 ? strlen(lead_verbs[i]) > n :
	    (i = wordtab_prefix(WORDTAB(&anaphora_tab, anaphora), q - n,
	    s)) >= 0 && strlen(anaphora[i].word) > n))
		q -= n;
	/* Drop verbs that lead the name: 参观学习紫荆…科技园, 新打造… */
	for (;;) {
		n = 0;
		/* an adverb goes only with the verb after it: 新打造, not 新增 */
		if ((i = wordtab_prefix(WORDTAB(&lead_tab, lead_verbs), q,
		    s)) < 0 && (i = wordtab_prefix(WORDTAB(&adverb_tab,
		    lead_adverbs), q, s)) >= 0) {
			n = strlen(lead_adverbs[i]);
			i = wordtab_prefix(lead_tab, q + n, s);
		}
		if (i < 0)
			break;
		n += strlen(lead_verbs[i]);
		if ((size_t)(s - q) == n)
			return ENTITY_NONE;	/* 筑牢社区: a verb, no name */
		q += n;
	}
	/*
	 * A verb inside makes a phrase; the name, if any, follows it, and
	 * a 和 after it joins two phrases (镇政府和县商务局).
	 */
	for (r = q; r < s; r += n) {
		if (r > q && (i = wordtab_prefix(WORDTAB(&joint_tab,
		    joint_verbs), r, s)) >= 0 && wordtab_find(WORDTAB(
		    &generic_tab, generic), q, (size_t)(r - q)) >= 0) {
			q = r + strlen(joint_verbs[i]);
			n = strlen(joint_verbs[i]);
		} else if ((i = wordtab_prefix(WORDTAB(&inner_tab,
		    inner_verbs), r, s)) >= 0) {
			q = r + strlen(inner_verbs[i]);
			if (text_starts_with(q, s, "和"))
				q += strlen("和");
			n = (size_t)(q - r);
		} else if (text_char(r, &n) == 0x548c && r > q &&
		    r + n < s && wordtab_find(WORDTAB(&generic_tab,
		    generic), r + n, (size_t)(p - r - n)) >= 0)
			return ENTITY_NONE;	/* 专业合作社和农民合作社: kinds */
	}
	if (q == s)
		return find_back(floor, p, hit);
	/* 辖区, 去社区: one character is no name, but 息县, 滑县 are */
	if (text_cp_count(q, (size_t)(s - q)) < 2 && !known_place(q, p))
		return ENTITY_NONE;
	/* 二道江区: a place the lexicon knows holds its numerals */
	if (!numerals_ok(q, s, suf->word) && !known_place(q, p))
		return ENTITY_NONE;
	if (wordtab_find(WORDTAB(&generic_tab, generic), q, (size_t)(p - q)) >=
	    0)
		return ENTITY_NONE;
	if ((i = wordtab_prefix(WORDTAB(&anaphora_tab, anaphora), q, s)) >= 0) {
		if (anaphora[i].key == NULL)
			return ENTITY_NONE;
		/* 市生态环境局: the city's bureau */
		hit->kind = ENTITY_BACK;
		hit->start = q;
		hit->word = anaphora[i].key;
		return hit->kind;
	}
	/* 玉林至铁山港铁路: the stop 至 inside a project's name */
	if (project(s, p) && text_cp_count(q, (size_t)(s - q)) <= 6 &&
	    (text_ends_with(floor, q, "至") || text_ends_with(floor, q, "到"))) {
		const char	*from = q - strlen("至");
		size_t		 k;

		for (k = 0; from > floor && k < 4; k++) {
			c = text_char_before(floor, from, &n);
			if ((text_class(c) & (TC_HAN | TC_NAME_STOP)) != TC_HAN ||
			    wordtab_suffix(WORDTAB(&lead_tab, lead_verbs), floor,
			    from) >= 0)
				break;
			from -= n;
		}
		if (k >= 2)
			q = from;
	}
	if ((q = lexicon_name(seg, floor, q, s, p, end)) == NULL)
		return ENTITY_NONE;
	if (counted(p, end))
		return ENTITY_NONE;
	if ((text_cp_count(q, (size_t)(s - q)) < 2 && !known_place(q, p)) ||
	    wordtab_find(generic_tab, q, (size_t)(p - q)) >= 0)
		return ENTITY_NONE;
	/* Provinces have short names; 共承担省 is a phrase. */
	if (strcmp(suf->word, "省") == 0 && text_cp_count(q, (size_t)(s - q)) >
	    3)
		return ENTITY_NONE;
	hit->kind = ENTITY_NAME;
	hit->start = q;
	hit->word = suf->word;
	return hit->kind;
}

bool
entity_refers(const char *key, const char *name, const char *suffix)
{
	/* 全区 is a district, not a 园区 or 社区 */
	if (strcmp(key, "区") == 0)
		return strcmp(suffix, "区") == 0 || strcmp(suffix, "新区") == 0 ||
		    strcmp(suffix, "高新区") == 0 || strcmp(suffix, "开发区") == 0;
	if (strlen(key) == 3 && strcmp(key, "局") != 0)
		return strcmp(suffix, key) == 0;
	/* 公司, 集团, 办事处: 河南…集团有限公司 is a 集团 too */
	return strstr(name, key) != NULL;
}

size_t
entity_core_len(const char *full)
{
	static struct wordtab	*legal_tab;
	size_t			 len = strlen(full), core = len;
	int			 i;

	/* 股份有限公司, or 集团有限公司 read as 集团 + 有限公司 */
	while ((i = wordtab_suffix(WORDTAB(&legal_tab, legal_forms), full,
	    full + core)) >= 0)
		core -= strlen(legal_forms[i]);
	return core < len ? core : 0;
}

/*
 * The short name of a company that "s" begins with: four Han characters
 * or more of its name before the legal form, such as 中智数控 for 郑州中智
 * 数控科技有限公司.  Returns the end of it in "s", or NULL.  Asked at the
 * head of sentences only, and of a few companies: the first bytes are
 * compared before anything is decoded.
 */
const char *
entity_alias(const char *s, const char *end, const char *core,
    size_t core_len)
{
	const char	*core_end = core + core_len, *f, *a, *b, *best = NULL;
	size_t		 n, m, step, cps;

	if (end - s < 12 || !text_is_han(text_char(s, &n)) || n != 3)
		return NULL;
	for (f = core; f + 12 <= core_end; f += step) {
		text_char(f, &step);
		if (memcmp(f, s, 3) != 0)
			continue;
		for (a = s, b = f, cps = 0; a < end && b < core_end; cps++) {
			if (text_char(a, &m) != text_char(b, &n) ||
			    !text_is_han(text_char(a, &m)))
				break;
			a += m;
			b += n;
		}
		if (cps >= 4 && (best == NULL || a > best))
			best = a;
	}
	return best;
}
