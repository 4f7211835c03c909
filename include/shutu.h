/* SPDX-License-Identifier: MIT */
/*
 * shutu (数图): Chinese articles -> numeric facts -> publication-ready
 * charts.  This is the whole public API.
 *
 * Conventions: a function that can fail on bad input takes "GError **"
 * last, returns false or NULL, and sets the error exactly then.  Every
 * _free() accepts NULL.  Strings returned as "char *" are the caller's
 * to g_free(); "const char *" are borrowed from their owner.
 */
#ifndef SHUTU_H
#define SHUTU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <glib.h>

#ifdef __cplusplus
extern "C" {
#endif

#pragma GCC visibility push(default)

#define SHUTU_VERSION	"0.1.0"

/* Errors */

#define SHUTU_ERROR	(shutu_error_quark())

enum	shutu_error_code {
	SHUTU_ERROR_INPUT,	/* article empty, not UTF-8, unreadable */
	SHUTU_ERROR_SPEC,	/* chart spec malformed or unsatisfiable */
	SHUTU_ERROR_FONT,	/* no font covers the text */
	SHUTU_ERROR_RENDER,	/* cairo refused to draw */
	SHUTU_ERROR_OUTPUT,	/* output could not be written */
};

GQuark		 shutu_error_quark(void);

/* Facts: the contract of docs/facts.md */

enum	shutu_fact_kind {
	SHUTU_FACT_QUANTITY,
	SHUTU_FACT_DATE,
};

enum	shutu_approx {
	SHUTU_APPROX_EXACT,
	SHUTU_APPROX_OVER,	/* 余 多 超过 逾 以上 */
	SHUTU_APPROX_UNDER,	/* 不到 不足 以下 */
	SHUTU_APPROX_ABOUT,	/* 约 近 将近 左右 */
};

enum	shutu_dim {
	SHUTU_DIM_COUNT,
	SHUTU_DIM_LENGTH,
	SHUTU_DIM_AREA,
	SHUTU_DIM_VOLUME,
	SHUTU_DIM_MASS,
	SHUTU_DIM_MONEY,
	SHUTU_DIM_PERCENT,
	SHUTU_DIM_FRACTION,
	SHUTU_DIM_DURATION,
	SHUTU_DIM_OTHER,
};

enum	shutu_precision {
	SHUTU_PRECISION_DAY,
	SHUTU_PRECISION_MONTH,
	SHUTU_PRECISION_YEAR,
	SHUTU_PRECISION_SEASON,	/* 一季度 */
	SHUTU_PRECISION_PART,	/* 上半年, 年初 */
};

/* Whether a number is what happened, what is aimed at or what is expected. */
enum	shutu_status {
	SHUTU_STATUS_ACTUAL,
	SHUTU_STATUS_TARGET,	/* 力争 目标 预期目标 计划 确保 */
	SHUTU_STATUS_ESTIMATE,	/* 预计 预期 约将 有望 */
};

/*
 * What kind of number it is: levels, changes and shares never share a
 * chart (总产值47819万元, 增长3.3%, 占比6.6%).
 */
enum	shutu_role {
	SHUTU_ROLE_LEVEL,	/* 总产值47819万元, 资产负债率54.7% */
	SHUTU_ROLE_CHANGE,	/* 增长3.3%, 减少162万吨, 提高0.4个百分点, 2.1倍 */
	SHUTU_ROLE_SHARE,	/* 占生产总值的比重为6.6%, 占比 */
};

/*
 * One fact.  Every string is owned by the struct shutu_facts it came
 * from.  Fields that do not apply to a kind are 0, NULL or NAN.
 */
struct	shutu_fact {
	enum shutu_fact_kind	 kind;
	const char		*id;		/* "q12", "d3" */
	const char		*text;		/* as written: "300余名" */
	size_t			 start, end;	/* [start, end) in code points */
	const char		*sentence;	/* the sentence it stands in */
	const char		*entity;	/* 沟赵办事处, or NULL */
	/* SHUTU_FACT_QUANTITY */
	double			 value;		/* 万/亿 folded in */
	double			 value_max;	/* upper bound of a range, or NAN */
	enum shutu_approx	 approx;
	const char		*unit;		/* "名", "" when none */
	enum shutu_dim		 dimension;
	double			 base_value;	/* in m, m2, m3, kg, CNY, s */
	const char		*label;		/* 党员干部 */
	/* SHUTU_FACT_DATE */
	const char		*date;		/* ISO 8601, reduced: 2020-09 */
	enum shutu_precision	 precision;
	const char		*event;		/* a short caption */
	/* SHUTU_FACT_QUANTITY: what the number is of (series.c) */
	const char		*period;	/* "2024", "2024-H1", "2024-Q3",
						   "2024-06", "2024-01/2024-05";
						   NULL: none said */
	enum shutu_status	 status;
	enum shutu_role		 role;
	int			 direction;	/* a change: 1 up, -1 down; else 0 */
};

struct	shutu_facts;			/* opaque: owns every fact and string */

/*
 * Extract quantities and dates from the UTF-8 "text" of "len" bytes.
 * "year" is the reference year for dates without one, 0 to take it from
 * the article.  Returns NULL and sets "error" on invalid input; free
 * with shutu_facts_free().
 */
struct shutu_facts
		*shutu_facts_extract(const char *text, size_t len, int year,
		    GError **error);
/* The same from a file; "-" reads standard input. */
struct shutu_facts
		*shutu_facts_extract_file(const char *path, int year,
		    GError **error);
/* Read back what shutu_facts_to_json() wrote. */
struct shutu_facts
		*shutu_facts_load_json(const char *path, GError **error);
void		 shutu_facts_free(struct shutu_facts *);
size_t		 shutu_facts_count(const struct shutu_facts *);
/* Borrowed: valid until the facts are freed. */
const struct shutu_fact
		*shutu_facts_get(const struct shutu_facts *, size_t);
int		 shutu_facts_get_year(const struct shutu_facts *);
size_t		 shutu_facts_entity_count(const struct shutu_facts *);
const char	*shutu_facts_get_entity(const struct shutu_facts *, size_t);
const char	*shutu_facts_get_source(const struct shutu_facts *);
void		 shutu_facts_set_source(struct shutu_facts *, const char *);
/* The JSON contract, pretty-printed, ending in a newline. */
char		*shutu_facts_to_json(const struct shutu_facts *);
/*
 * The same JSON written to "fp" as it is made, so that a huge article is
 * not held twice; false when a write fails (see ferror and errno).
 */
bool		 shutu_facts_write_json(const struct shutu_facts *, FILE *fp);
/* CSV with a header row, RFC 4180 quoting. */
char		*shutu_facts_to_csv(const struct shutu_facts *);
/*
 * For people: value, unit, label and entity in columns aligned by
 * display width (CJK characters are two columns wide), numbers written
 * with 万/亿 as the charts write them (345.67 亿元, 300余 名) unless that
 * would round them.  The same
 * with lines of at most "width" columns: long labels and entities wrap
 * inside their column (0: no limit; a width too narrow is ignored).
 */
char		*shutu_facts_to_table(const struct shutu_facts *);
char		*shutu_facts_to_table_width(const struct shutu_facts *,
		    size_t width);

/*
 * Series: facts an editor charts together (series.c).  The same measure
 * over parallel categories (国有控股企业…利润总额；股份制企业…；私营企业…),
 * several measures over the same categories (存栏 and 出栏 of 生猪, 牛),
 * one measure over years, and the parts of a whole (其中…, 占比).
 */
enum	shutu_series_kind {
	SHUTU_SERIES_CATEGORIES,
	SHUTU_SERIES_MEASURES,
	SHUTU_SERIES_YEARS,
	SHUTU_SERIES_PARTS,
};

struct	shutu_series_member {
	const char		*category;	/* 国有控股企业, 2021年 */
	const char		*measure;	/* MEASURES: its own (存栏);
						   else the series' */
	size_t			 fact;		/* index: shutu_facts_get() */
};

struct	shutu_series {
	const char		*id;		/* "s1" */
	enum shutu_series_kind	 kind;
	const char		*measure;	/* 利润总额; MEASURES: 存栏、出栏;
						   "" when the article leaves
						   it unsaid */
	const char		*entity;	/* the members', NULL if theirs
						   differ or none */
	const char		*period;	/* the members', NULL if none */
	const char		*unit;		/* 亿元, %, "" */
	enum shutu_role		 role;
	enum shutu_status	 status;
	const struct shutu_series_member *members;	/* in text order;
						   YEARS: by year */
	size_t			 nmembers;
	size_t			 total;		/* PARTS: the whole's fact index,
						   or SIZE_MAX when the parts
						   are shares of 100% */
};

size_t		 shutu_facts_series_count(const struct shutu_facts *);
/* Borrowed: valid until the facts are freed. */
const struct shutu_series
		*shutu_facts_get_series(const struct shutu_facts *, size_t);

const char	*shutu_approx_name(enum shutu_approx);	/* "over" */
const char	*shutu_dim_name(enum shutu_dim);	/* "count" */
const char	*shutu_precision_name(enum shutu_precision);
const char	*shutu_status_name(enum shutu_status);	/* "target" */
const char	*shutu_role_name(enum shutu_role);	/* "change" */
const char	*shutu_series_kind_name(enum shutu_series_kind); /* "parts" */

/*
 * Numbers: every number of a text, with or without a unit, as Chinese
 * writes them (3.5万亿, 两千零五十, 壹仟贰佰, 十余万, 数十万, 三四十,
 * 十块三毛, 百分之三十, 三分之二, 第三).  Unlike facts, bare numbers, codes
 * and the numbers of dates are listed; words that hold a numeral but
 * count nothing (一切, 统一, 四川) are not.
 */

enum	shutu_number_kind {
	SHUTU_NUMBER_INTEGER,
	SHUTU_NUMBER_DECIMAL,	/* 3.5, 零点五, 十块三毛 (10.3) */
	SHUTU_NUMBER_FRACTION,	/* 1/3, 三分之二, 千分之三 (0.003) */
	SHUTU_NUMBER_PERCENT,	/* 30%, 百分之三十, 三成 (30), 1.6个百分点 */
	SHUTU_NUMBER_ORDINAL,	/* 第三 (3) */
};

/*
 * value: 万/亿 folded in (十余万 100000); value_max: the upper bound of a
 * range (三四十 40, 数十万 900000), else NAN; approx: 十余万 over, 近万
 * and 几十 about; unit: what the number itself says it counts ("%",
 * "个百分点", "元" of 十块三毛), else "", a static string.
 */
struct	shutu_number {
	double			 value;
	double			 value_max;
	enum shutu_approx	 approx;
	enum shutu_number_kind	 kind;
	const char		*unit;
	const char		*text;	/* as written: "约300"; NULL from
					   shutu_number_parse() */
	size_t			 start, end;	/* [start, end), code points */
	size_t			 len;		/* bytes of the text */
};

/*
 * Parse the number at the very start of the UTF-8 "s" ("len" bytes, -1:
 * up to its NUL), approximators included (约300, 十余万, 上万, 300多),
 * and fill "out" ("out->len" is the bytes read, "out->text" NULL).
 * Returns false and sets "error" (SHUTU_ERROR_INPUT) when "s" is not
 * UTF-8 or no number starts there (一切, 上午, "").  Nothing to free.
 */
bool		 shutu_number_parse(const char *s, gssize len,
		    struct shutu_number *out, GError **error);

struct	shutu_numbers;			/* opaque: owns every number and text */

/*
 * Every number of the UTF-8 "text" of "len" bytes (-1: up to its NUL),
 * in text order.  Returns NULL and sets "error" on invalid input; free
 * with shutu_numbers_free().
 */
struct shutu_numbers
		*shutu_numbers_find(const char *text, gssize len,
		    GError **error);
/* The same from a file; "-" reads standard input.  Errors name the file. */
struct shutu_numbers
		*shutu_numbers_find_file(const char *path, GError **error);
void		 shutu_numbers_free(struct shutu_numbers *); /* NULL is fine */
size_t		 shutu_numbers_count(const struct shutu_numbers *);
/* Borrowed: valid until the numbers are freed. */
const struct shutu_number
		*shutu_numbers_get(const struct shutu_numbers *, size_t);
const char	*shutu_numbers_get_source(const struct shutu_numbers *);
/*
 * As JSON ({"source": …, "numbers": [{"text", "start", "end", "value",
 * "value_max", "approx", "kind", "unit"}…]}), CSV with a header row, or
 * aligned columns for people: value (with 万/亿 as the charts write it,
 * unless that would round it), unit, kind and the text as written, which
 * wraps inside its column in lines of at most "width" columns (0: no
 * limit; a width too narrow is ignored).  The caller g_free()s the text.
 */
char		*shutu_numbers_to_json(const struct shutu_numbers *);
char		*shutu_numbers_to_csv(const struct shutu_numbers *);
char		*shutu_numbers_to_table(const struct shutu_numbers *);
char		*shutu_numbers_to_table_width(const struct shutu_numbers *,
		    size_t width);
const char	*shutu_number_kind_name(enum shutu_number_kind); /* "integer" */

/* Charts */

enum	shutu_format {
	SHUTU_FORMAT_PNG,
	SHUTU_FORMAT_SVG,
	SHUTU_FORMAT_PDF,
	SHUTU_FORMAT_JPEG,	/* white under transparency; never by default */
	SHUTU_FORMAT__COUNT,
};

/* What "all formats" means to shutu_auto() and batch: PNG, SVG, PDF. */
#define SHUTU_FORMATS_DEFAULT	(1u << SHUTU_FORMAT_PNG | \
				 1u << SHUTU_FORMAT_SVG | \
				 1u << SHUTU_FORMAT_PDF)

struct	shutu_chart;			/* opaque: a parsed spec */

/*
 * Parse a chart spec.  "name" is used in error messages and as the base
 * of relative paths inside the spec ("facts": "facts.json").  Errors
 * name the file, line and column.  Free with shutu_chart_free().
 */
struct shutu_chart
		*shutu_chart_load(const char *path, GError **error);
struct shutu_chart
		*shutu_chart_parse(const char *json, gssize len,
		    const char *name, GError **error);
void		 shutu_chart_free(struct shutu_chart *);
/* Override the spec's dots per inch (PNG pixels per inch). */
void		 shutu_chart_set_dpi(struct shutu_chart *, double dpi);

/*
 * How a chart is written, over what its spec says.  Zero or NULL leaves
 * the spec's choice.  Pixels = physical size x dpi x scale, and the
 * image records dpi x scale as its density, so "--scale 2" doubles the
 * pixels and keeps the size a word processor places the image at.
 */
struct	shutu_render_options {
	double		 dpi;		/* 36..1200; 0: the spec's */
	double		 scale;		/* 0.25..8; 0: 1 */
	const char	*theme;		/* "news", "party" or a theme file */
	const char	*background;	/* "transparent", "#rrggbb" */
	int		 jpeg_quality;	/* 1..100; 0: 92 */
	bool		 cmyk;		/* PDF converted by Ghostscript */
};

/*
 * Apply "opt" (copied) to "c".  False with the error set for a value out
 * of range, an unknown theme, a bad theme file or a bad colour.
 */
bool		 shutu_chart_set_options(struct shutu_chart *,
		    const struct shutu_render_options *opt, GError **error);
/*
 * The same checks without a chart, so that a program can refuse a bad
 * option once, before drawing anything: false with the error set for
 * what shutu_chart_set_options() would refuse.
 */
bool		 shutu_render_options_check(
		    const struct shutu_render_options *opt, GError **error);

/*
 * Lay the chart out and write it in "format" to "path", through a
 * temporary file renamed into place: on failure nothing is left behind.
 * "path" "-" writes to standard output.
 */
bool		 shutu_chart_render_file(const struct shutu_chart *,
		    enum shutu_format format, const char *path,
		    GError **error);
/* Into memory; "*out" is the caller's to g_free(). */
bool		 shutu_chart_render_data(const struct shutu_chart *,
		    enum shutu_format format, char **out, size_t *out_len,
		    GError **error);
/* The layout as text, one box per line, in points (tests, debugging). */
char		*shutu_chart_dump(const struct shutu_chart *, GError **error);
/* A one-paragraph Chinese description of the chart for alt text. */
char		*shutu_chart_alt_text(const struct shutu_chart *,
		    GError **error);

const char	*shutu_format_suffix(enum shutu_format);	/* "png" */
/* Returns false for an unknown name ("jpeg" is "jpg"). */
bool		 shutu_format_from_name(const char *, enum shutu_format *);

/* From an article to its charts */

struct	shutu_auto_options {
	int		 year;		/* reference year, 0: from the article */
	unsigned int	 formats;	/* 1 << SHUTU_FORMAT_PNG | …; 0:
					   SHUTU_FORMATS_DEFAULT */
	struct shutu_render_options render;	/* every chart's */
	bool		 no_2x;		/* no NAME@2x.png for Word/WPS */
};

/*
 * Extract "article" ("-": standard input), choose its charts and write
 * into "dir": facts.json, article.txt, specs/NAME.json (editable, drawn
 * again by shutu_chart_load()), charts/NAME.png .svg .pdf .txt (alt text)
 * and index.html, a gallery with the sentence behind every number.
 * A chart that fails does not stop the others; the error then lists
 * every failure.  "opt" may be NULL.
 */
bool		 shutu_auto(const char *article, const char *dir,
		    const struct shutu_auto_options *opt, GError **error);

/* Fonts */

/*
 * Check that shutu's fonts cover every character of "text".  On failure
 * the error names the first missing characters (U+XXXX 字) and the fix.
 */
bool		 shutu_fonts_check(const char *text, GError **error);
/* Which font files Han text, Latin text and digits resolve to. */
char		*shutu_fonts_describe(void);

#pragma GCC visibility pop

#ifdef __cplusplus
}
#endif

#endif /* SHUTU_H */
