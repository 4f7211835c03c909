#!/bin/sh
# SPDX-License-Identifier: MIT
# Office and print output from the command line: tables drawn straight
# from CSV/TSV and their errors (GBK, UTF-16, .xlsx, bad cells) placed by
# line and column, JPEG, --scale, --background, --theme, CMYK PDFs
# through Ghostscript (and the message when it is missing), and the 2x
# PNG that auto offers for Word and WPS.
. "$SRC/tests/lib.sh"

expect() { if eval "$1"; then ok; else bad "$2"; fi; }
# no_file PATH: a failed run left nothing (not even a temporary) behind
no_file() {
	if [ -e "$1" ] || ls -a "$(dirname "$1")" | grep -q "^\.$(basename "$1")\."; then
		bad "$1 (or a temporary of it) exists after a failure"
	else
		ok
	fi
}

# --- tables
printf '地区,生产总值（亿元）\n沟赵办事处,"1,234.5"\n枫杨办事处,869\n石佛办事处,约300\n' > "$T/gdp.csv"
check 0 "" render "$T/gdp.csv" --type bar --title "三个办事处的生产总值" --source "统计局" -o "$T/gdp.pdf"
expect 'pdftotext "$T/gdp.pdf" - | grep -q "单位：亿元"' "the header's unit is the chart's"
expect 'pdftotext "$T/gdp.pdf" - | grep -q "1,234.5\|1234.5"' "the quoted cell with a comma is one number"
expect 'pdftotext "$T/gdp.pdf" - | grep -q "数据来源：统计局"' "--source is drawn"
printf '\357\273\277项目\t2019年\t2020年\n志愿者\t520\t789\n党员\t260\t300\n' > "$T/two.tsv"
check 0 "" render "$T/two.tsv" -o "$T/two.svg"
expect 'grep -q "two" "$T/two.txt" || grep -q "2019年" "$T/two.txt"' "a TSV with a BOM: two series ($(head -c 80 "$T/two.txt"))"
printf '{"type":"bar","title":"t","table":{"path":"two.tsv","label":"项目","series":["2020年"]}}' > "$T/pick.json"
check 0 "" render "$T/pick.json" -o "$T/pick.png"
printf '地区,值\n甲,1\n' | iconv -f UTF-8 -t GB18030 > "$T/gbk.csv"
printf '地区,值\n甲,1\n' | iconv -f UTF-8 -t UTF-16 > "$T/u16.csv"
printf 'PK\003\004rest' > "$T/book.csv"
# What util_sniff_input() tells the table reader: a real workbook's
# parts, UTF-16 without a BOM, a UTF-8 table with one bad byte, NUL bytes
printf 'PK\003\004\024\000\000\000[Content_Types].xmlPK\003\004xl/workbook.xml' > "$T/real.csv"
printf '地区,值\n沟赵办事处,789\n枫杨办事处,300\n' | iconv -f UTF-8 -t UTF-16LE > "$T/le.csv"
printf '地区,值\n甲\377,1\n' > "$T/byte.csv"
printf '地区,值\n甲,1\000\n' > "$T/nul.csv"
printf '地区,值\n甲,三百\n' > "$T/word.csv"
printf '地区,值\n甲,\n' > "$T/empty.csv"
printf '地区,值\n"甲,1\n' > "$T/open.csv"
printf '地区,值\n"甲"x,1\n' > "$T/after.csv"
printf '地区\n甲\n' > "$T/one.csv"
printf '地区,值\n' > "$T/head.csv"
: > "$T/nothing.csv"
check 1 "shutu: $T/gbk.csv:1:1: not UTF-8 but GBK/GB18030 (as Excel on Chinese Windows saves CSV); convert it: iconv -f GB18030 -t UTF-8 $T/gbk.csv > utf8.csv, or save as 'CSV UTF-8'" render "$T/gbk.csv" -o "$T/x.png"
check 1 "shutu: $T/u16.csv:1:1: not UTF-8 but UTF-16 (Excel's 'Unicode text'); convert it: iconv -f UTF-16 -t UTF-8 $T/u16.csv > utf8.csv, or save as 'CSV UTF-8'" render "$T/u16.csv" -o "$T/x.png"
check 1 "shutu: $T/book.csv:1:1: not a table of text but a ZIP file (an Excel or WPS workbook, .xlsx?); save it as 'CSV UTF-8 (逗号分隔)' and name that file" render "$T/book.csv" -o "$T/x.png"
check 1 "shutu: $T/real.csv:1:1: not a table of text but an Excel workbook (.xlsx); save it as 'CSV UTF-8 (逗号分隔)' and name that file" render "$T/real.csv" -o "$T/x.png"
check 1 "shutu: $T/le.csv:1:1: not UTF-8 but UTF-16LE (Excel's 'Unicode text'); convert it: iconv -f UTF-16LE -t UTF-8 $T/le.csv > utf8.csv, or save as 'CSV UTF-8'" render "$T/le.csv" -o "$T/x.png"
check 1 "shutu: $T/byte.csv:2:2: not UTF-8 (byte 0xff); save the table as 'CSV UTF-8'" render "$T/byte.csv" -o "$T/x.png"
check 1 "shutu: $T/nul.csv:1:1: not a table of text (CSV or TSV) but binary data" render "$T/nul.csv" -o "$T/x.png"
check 1 "shutu: $T/word.csv:2:3: '三百' in column '值': not a number (digits are read, with 12,345, 1.2万, 3亿 and 30%)" render "$T/word.csv" -o "$T/x.png"
check 1 "shutu: $T/empty.csv:2:3: empty cell in column '值' (a bar needs a value: fill it, or leave the row out)" render "$T/empty.csv" -o "$T/x.png"
check 1 "shutu: $T/open.csv:2:1: a quoted cell is never closed (a quote inside one is written \"\")" render "$T/open.csv" -o "$T/x.png"
check 1 "shutu: $T/after.csv:2:4: text after a quoted cell's closing quote (a quote inside one is written \"\")" render "$T/after.csv" -o "$T/x.png"
check 1 "shutu: $T/one.csv:1:1: only one column; a bar chart needs a column of labels and one of values" render "$T/one.csv" -o "$T/x.png"
check 1 "shutu: $T/head.csv:1:1: a header row and no data under it" render "$T/head.csv" -o "$T/x.png"
check 1 "shutu: $T/nothing.csv:1:1: empty table, expected a header row and rows of data" render "$T/nothing.csv" -o "$T/x.png"
check 1 "shutu: $T/none.csv: No such file or directory" render "$T/none.csv" -o "$T/x.png"
printf '{"type":"bar","title":"t",\n "table":{"path":"two.tsv","value":"产值"}}' > "$T/nocol.json"
check 1 "shutu: $T/nocol.json:2:39: table: no column '产值' in $T/two.tsv (its columns: 项目, 2019年, 2020年)" render "$T/nocol.json" -o "$T/x.png"
printf '{"type":"bar","title":"t","table":"gone.csv"}' > "$T/gone.json"
check 1 "shutu: $T/gone.json:1:44: table: $T/gone.csv: No such file or directory" render "$T/gone.json" -o "$T/x.png"
printf '{"type":"timeline","title":"t","table":"two.tsv"}' > "$T/tltable.json"
check 1 "shutu: $T/tltable.json:1:48: \"table\" is for bar charts" render "$T/tltable.json" -o "$T/x.png"
check 2 "shutu: --type: tables draw bar charts ('timeline' takes a spec)" render "$T/gdp.csv" --type timeline
check 2 "shutu: --title is for tables (.csv, .tsv); $T/pick.json is a spec, which says it itself" render "$T/pick.json" --title x
no_file "$T/x.png"

# --- JPEG, scale, background, theme; their usage errors
check 0 "" render "$SRC/charts/gaoxin-gdp.json" -o "$T/gdp.jpeg" --quality 80 --scale 2
expect 'file "$T/gdp.jpeg" | grep -q "JPEG image data, JFIF.*density 600x600"' "JPEG at 2x: $(file "$T/gdp.jpeg")"
check 0 "" render "$SRC/charts/gaoxin-gdp.json" --format jpg,png -o "$T/both" --background transparent
expect 'file "$T/both/gaoxin-gdp.png" | grep -q RGBA && file "$T/both/gaoxin-gdp.jpg" | grep -q "components 3"' "transparent: PNG with alpha, JPEG without"
check 0 "" render "$SRC/charts/gaoxin-gdp.json" -o "$T/songti.pdf" --theme "$SRC/charts/themes/baokan.json"
expect 'pdffonts "$T/songti.pdf" | grep -q NotoSerifCJK' "the 宋体 body of charts/themes/baokan.json is in the PDF"
check 2 "shutu: --scale: '9' is not a scale from 0.25 to 8" render "$SRC/charts/gaoxin-gdp.json" --scale 9
check 2 "shutu: --quality: '-3' is not a JPEG quality from 1 to 100" render "$SRC/charts/gaoxin-gdp.json" --quality -3 -o "$T/q.jpg"
check 2 "shutu: --background: 'red' is neither transparent nor a colour like #ffffff" render "$SRC/charts/gaoxin-gdp.json" --background red
check 2 "shutu: --cmyk: applies to PDF output; add pdf to --format or name the output .pdf" render "$SRC/charts/gaoxin-gdp.json" --cmyk -o "$T/c.png"
check 1 "shutu: --theme: unknown theme 'gov' (expected news, party, or a theme file such as themes/mine.json)" render "$SRC/charts/gaoxin-gdp.json" --theme gov
check 1 "shutu: --theme: nope.json: No such file or directory" render "$SRC/charts/gaoxin-gdp.json" --theme nope.json
check 1 "shutu: $T/big.png: png: 60473×37796 pixels is too large (at most 32767 a side and 256 megapixels); lower the dpi or the scale" render "$SRC/charts/gaoxin-gdp.json" --dpi 1200 --scale 8 -o "$T/big.png"
no_file "$T/big.png"
check 2 "shutu: --scale: '0.1' is not a scale from 0.25 to 8" auto "$SRC/samples/shequ-zhili.txt" -o "$T/x" --scale 0.1
check 2 "shutu: --dpi: '2000' is not a resolution in dpi from 36 to 1200" batch "$SRC/charts" -o "$T/x" --dpi 2000

# --- CMYK through Ghostscript
if command -v gs >/dev/null; then
	check 0 "" render "$SRC/charts/gaoxin-gdp.json" -o "$T/cmyk.pdf" --cmyk
	# Decompressed, the page must paint in CMYK (k/K) and never in RGB (rg/RG).
	gs -q -o "$T/plain.pdf" -sDEVICE=pdfwrite -dCompressPages=false "$T/cmyk.pdf"
	expect '! grep -a -q " rg$\| RG$\| rg \| RG " "$T/plain.pdf" && grep -a -q " k$\| K$\| k \| K " "$T/plain.pdf"' "the CMYK PDF paints in CMYK only"
	expect 'pdffonts "$T/cmyk.pdf" | grep -q "NotoSansCJK.*yes yes"' "the CMYK PDF embeds its fonts"
	expect 'pdftotext "$T/cmyk.pdf" - | grep -q "高新区地区生产总值"' "the CMYK PDF keeps its text"
	cp "$T/cmyk.pdf" "$T/cmyk1.pdf"
	check 0 "" render "$SRC/charts/gaoxin-gdp.json" -o "$T/cmyk.pdf" --cmyk
	expect 'cmp -s "$T/cmyk.pdf" "$T/cmyk1.pdf"' "the same input, the same CMYK bytes"
else
	bad "Ghostscript (gs) is not installed: scripts/test installs it"
fi
mkdir "$T/bin" && ln -s "$(command -v head)" "$T/bin/head"
PATH="$T/bin" check 1 "shutu: $T/nogs.pdf: a CMYK PDF needs Ghostscript, which is not installed ('apt-get install ghostscript'), or leave out --cmyk" render "$SRC/charts/gaoxin-gdp.json" -o "$T/nogs.pdf" --cmyk
no_file "$T/nogs.pdf"

# --- auto: a 2x PNG beside each PNG, offered in the gallery
"$SHUTU" auto "$SRC/samples/shequ-zhili.txt" -o "$T/a" --format png --theme party 2>"$T/err"
expect '[ $? -eq 0 ]' "auto --theme party: $(head -1 "$T/err")"
for p in "$T"/a/charts/*@2x.png; do
	one=${p%@2x.png}.png
	w1=$(file "$one" | sed -E 's/.*, ([0-9]+) x.*/\1/')
	w2=$(file "$p" | sed -E 's/.*, ([0-9]+) x.*/\1/')
	expect '[ "$w2" -eq $((w1 * 2)) ] || [ "$w2" -eq $((w1 * 2 - 1)) ] || [ "$w2" -eq $((w1 * 2 + 1)) ]' "$p is twice $one ($w2 vs $w1)"
done
n2=$(ls "$T"/a/charts/*@2x.png | wc -l)
n1=$(ls "$T"/a/charts/*.png | grep -vc '@2x')
expect '[ "$n2" -ge 1 ] && [ "$n2" -eq "$n1" ]' "one 2x PNG per PNG ($n2 of $n1)"
expect '[ "$(grep -o "@2x.png\" download" "$T/a/index.html" | wc -l)" -eq "$n2" ]' "the gallery offers each 2x PNG"
expect 'grep -q "PNG 2×（Word/WPS）" "$T/a/index.html"' "the gallery says what the 2x PNG is for"
"$SHUTU" auto "$SRC/samples/shequ-zhili.txt" -o "$T/b" --format png --no-2x 2>"$T/err"
expect '! ls "$T"/b/charts/*@2x.png >/dev/null 2>&1 && ! grep -q "@2x" "$T/b/index.html"' "--no-2x writes and offers none"

finish
