/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "theme.h"

#define RGB(hex)	{ ((hex) >> 16 & 0xff) / 255.0, \
			  ((hex) >> 8 & 0xff) / 255.0, \
			  ((hex) & 0xff) / 255.0, 1 }

/*
 * "news": neutral, a blue that prints well in grey, Okabe–Ito series
 * (distinguishable with every common colour-vision deficiency).
 * "party": 党政 red and gold (research.md F4) without any emblem; the
 * series alternate dark and light so they part in grey and for the
 * red-blind, who see red and gold as dark and light olive.
 */
static const struct theme themes[] = {
	{
		.name = "news",
		.background = RGB(0xffffff),
		.text = RGB(0x1a1a1a),
		.muted = RGB(0x5f5f5f),
		.axis = RGB(0x8c8c8c),
		.grid = RGB(0xe4e4e4),
		.accent = RGB(0x1f5f99),
		.bar = RGB(0x2f6db5),
		.highlight = RGB(0xd55e00),
		.series = { RGB(0x0072b2), RGB(0xe69f00), RGB(0x009e73),
			    RGB(0xcc79a7), RGB(0x56b4e9), RGB(0xd55e00) },
		.band = RGB(0x1f5f99),
		.band_text = RGB(0xffffff),
		.card = RGB(0xf2f5f9),
		.title_size = 16, .subtitle_size = 10.5, .label_size = 10.5,
		.value_size = 10, .tick_size = 9, .note_size = 9,
	},
	{
		.name = "party",
		.background = RGB(0xfffdf8),
		.text = RGB(0x1f1a17),
		.muted = RGB(0x6b5d52),
		.axis = RGB(0x9c8c80),
		.grid = RGB(0xeee4d8),
		.accent = RGB(0xd4a017),
		.bar = RGB(0xc8161d),
		.highlight = RGB(0xd4a017),
		.series = { RGB(0xc8161d), RGB(0xe8b321), RGB(0x7a0f12),
			    RGB(0xf08c5a), RGB(0x5e4b3c), RGB(0xb8a27a) },
		.band = RGB(0xc8161d),
		.band_text = RGB(0xfff3c4),
		.card = RGB(0xfbf1e4),
		.title_size = 16, .subtitle_size = 10.5, .label_size = 10.5,
		.value_size = 10, .tick_size = 9, .note_size = 9,
	},
};

const struct theme *
theme_get(const char *name)
{
	size_t	 i;

	for (i = 0; name != NULL && i < G_N_ELEMENTS(themes); i++)
		if (strcmp(themes[i].name, name) == 0)
			return &themes[i];
	return &themes[0];
}
