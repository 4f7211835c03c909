/* SPDX-License-Identifier: MIT */
/*
 * Approximators: words before a number (约 近 超过 不到 …) and after it
 * (余 多 以上 以下 左右 上下).  Longest match wins; 达, 高达, 仅 and 预计
 * change nothing and are not listed.
 */
#include <string.h>

#include "extract.h"

#define A(x)	SHUTU_APPROX_##x, 0
#define BARE(x)	SHUTU_APPROX_##x, 1
#define SCALED(x)	SHUTU_APPROX_##x, 2

static const struct approx before[] = {
	{ "约",		A(ABOUT) },
	{ "大约",	A(ABOUT) },
	{ "约为",	A(ABOUT) },
	{ "大概",	A(ABOUT) },
	{ "近",		A(ABOUT) },
	{ "将近",	A(ABOUT) },
	{ "接近",	A(ABOUT) },
	{ "近乎",	A(ABOUT) },
	{ "超过",	A(OVER) },
	{ "超",		A(OVER) },
	{ "突破",	A(OVER) },
	{ "逾",		A(OVER) },
	{ "高于",	A(OVER) },
	{ "多于",	A(OVER) },
	{ "大于",	A(OVER) },
	/* Only before a bare scale: 上百家, 过万, 不过百人; 破亿, 破1.5亿 */
	{ "上",		BARE(OVER) },
	{ "过",		BARE(OVER) },
	{ "破",		SCALED(OVER) },
	{ "不过",	BARE(UNDER) },
	{ "不到",	A(UNDER) },
	{ "不足",	A(UNDER) },
	{ "低于",	A(UNDER) },
	{ "少于",	A(UNDER) },
	{ "小于",	A(UNDER) },
	{ "不超过",	A(UNDER) },
	/* at least: 不少于5000万元 */
	{ "不少于",	A(OVER) },
	{ "不低于",	A(OVER) },
	{ "不小于",	A(OVER) },
	{ "至少",	A(OVER) },
	{ "未超过",	A(UNDER) },
	/* bounds: 最多100人, 不大于50, 大于等于一百 */
	{ "不大于",	A(UNDER) },
	{ "不多于",	A(UNDER) },
	{ "不高于",	A(UNDER) },
	{ "小于等于",	A(UNDER) },
	{ "最多",	A(UNDER) },
	{ "至多",	A(UNDER) },
	{ "大于等于",	A(OVER) },
	{ "最少",	A(OVER) },
};

static const struct approx after[] = {
	{ "余",		A(OVER) },
	{ "多",		A(OVER) },
	{ "以上",	A(OVER) },
	{ "开外",	A(OVER) },
	{ "出头",	A(OVER) },
	{ "以下",	A(UNDER) },
	{ "以内",	A(UNDER) },
	{ "左右",	A(ABOUT) },
	{ "上下",	A(ABOUT) },
	{ "许",		A(ABOUT) },
};

/*
 * 约占八成, 大约有18万人次: 约 qualifies the number across a verb, which
 * stays out of the fact's text (and tells its label: 占 → 占比).
 */
static const struct approx across[] = {
	{ "约占",	A(ABOUT) },
	{ "约有",	A(ABOUT) },
	{ "大约有",	A(ABOUT) },
	{ "约合",	A(ABOUT) },
};

#undef A
#undef BARE
#undef SCALED

const struct approx *
approx_before(const char *start, const char *p)
{
	static struct wordtab	*tab;
	int			 i;

	i = wordtab_suffix(WORDTAB(&tab, before), start, p);
	return i >= 0 ? &before[i] : NULL;
}

const struct approx *
approx_at(const char *s, const char *end)
{
	static struct wordtab	*tab;
	int			 i;

	i = wordtab_prefix(WORDTAB(&tab, before), s, end);
	return i >= 0 ? &before[i] : NULL;
}

const struct approx *
approx_after(const char *s, const char *end)
{
	static struct wordtab	*tab;
	int			 i;

	i = wordtab_prefix(WORDTAB(&tab, after), s, end);
	return i >= 0 ? &after[i] : NULL;
}

const struct approx *
approx_across(const char *start, const char *p)
{
	static struct wordtab	*tab;
	int			 i;

	i = wordtab_suffix(WORDTAB(&tab, across), start, p);
	return i >= 0 ? &across[i] : NULL;
}
