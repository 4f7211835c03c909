#!/bin/sh
# SPDX-License-Identifier: MIT
# Line and share charts from the command line: shutu render and shutu
# batch draw them like any spec (every format, the alt text beside), and
# bad ones fail with file:line:col, exit 1, and no file left behind.
. "$SRC/tests/lib.sh"

expect() { if eval "$1"; then ok; else bad "$2"; fi; }
spec() { printf '%s' "$2" > "$T/$1"; }

spec x.json '{"type":"line","title":"t","data":[
{"x":"2019","value":1},
{"x":{"year":2020},"value":2}]}'
spec neg.json '{"type":"share","title":"t","data":[
{"label":"甲","value":60},
{"label":"乙","value":-5}]}'
spec over.json '{"type":"share","title":"t","unit":"%","data":[
{"label":"甲","value":60},{"label":"乙","value":45}]}'
spec units.json '{"type":"line","title":"t","data":[
{"x":"2019","value":1,"unit":"元"},
{"x":"2020","value":2,"unit":"万元"}]}'
spec nodata.json '{"type":"share","title":"t"}'

check 1 "shutu: $T/x.json:3:6: point 2: \"x\" must be a string such as \"2020年\" or a year, found an object" render "$T/x.json" -o "$T/x.png"
check 1 "shutu: $T/neg.json:3:23: part 2: -5 is negative; a part of a whole is 0 or more (a fall is no share: draw it as bars)" render "$T/neg.json" -o "$T/neg.png"
check 1 "shutu: $T/over.json:1:47: the parts add up to 105%, more than 100%" render "$T/over.json" -o "$T/over.png"
check 1 "shutu: $T/units.json:3:33: point 2: unit '万元' differs from '元'; one chart, one unit (convert the values)" render "$T/units.json" -o "$T/units.png"
check 1 "shutu: $T/nodata.json:1:1: missing \"data\" (an array of {\"label\": …, \"value\": …}, the parts of the whole)" render "$T/nodata.json" -o "$T/nodata.png"
for f in x neg over units nodata; do
	expect "[ ! -e '$T/$f.png' ] && [ ! -e '$T/$f.txt' ]" "a failed $f.json left a file"
done

# render: every format, the alt text, the PDF's text
check 0 "" render "$SRC/charts/line-gaoxin-gdp.json" "$SRC/charts/share-chanye-jiegou.json" -o "$T/r" --format png,svg,pdf
for f in line-gaoxin-gdp share-chanye-jiegou; do
	for s in png svg pdf txt; do
		expect "[ -s '$T/r/$f.$s' ]" "render wrote $f.$s"
	done
done
expect 'head -c 8 "$T/r/line-gaoxin-gdp.png" | od -An -c | grep -q "P   N   G"' "line-gaoxin-gdp.png is a PNG"
expect 'grep -q "^折线图：" "$T/r/line-gaoxin-gdp.txt"' "line alt text: $(cat "$T/r/line-gaoxin-gdp.txt")"
expect 'grep -q "^环形图：" "$T/r/share-chanye-jiegou.txt"' "share alt text: $(cat "$T/r/share-chanye-jiegou.txt")"
if command -v pdftotext >/dev/null; then
	pdftotext "$T/r/line-gaoxin-gdp.pdf" "$T/line.txt"
	expect 'grep -q "单位：亿元" "$T/line.txt" && grep -q "869.0" "$T/line.txt" && grep -q "2020年" "$T/line.txt"' "line PDF text: $(tr '\n' ' ' < "$T/line.txt")"
	pdftotext "$T/r/share-chanye-jiegou.pdf" "$T/share.txt"
	expect 'grep -q "61.8%" "$T/share.txt" && grep -q "537亿元" "$T/share.txt"' "share PDF text: $(tr '\n' ' ' < "$T/share.txt")"
fi
check 0 "" render "$SRC/charts/share-chanye-bianhua.json" -o - --format svg
expect 'grep -q "<title[^>]*>三次产业结构持续优化</title>" "$T/stdout"' "SVG to stdout has its title"

# batch: line and share specs beside a bad one; the bad one stops nothing
mkdir -p "$T/in"
cp "$SRC/charts/line-pmi-yuedu.json" "$SRC/charts/share-caizheng-shouru.json" "$T/in/"
cp "$T/neg.json" "$T/in/"
"$SHUTU" batch "$T/in" -o "$T/b" -j 2 --format png,pdf 2>"$T/err"; rc=$?
expect '[ $rc -eq 1 ]' "batch with a bad share exits 1 (got $rc)"
expect 'grep -q "neg.json:3:23: part 2: -5 is negative" "$T/err"' "batch names the bad spec: $(head -1 "$T/err")"
expect 'grep -q "batch: 2 done, 1 failed" "$T/err"' "batch summary: $(tail -1 "$T/err")"
for f in line-pmi-yuedu.png line-pmi-yuedu.pdf share-caizheng-shouru.png share-caizheng-shouru.txt; do
	expect "[ -s '$T/b/$f' ]" "batch wrote $f"
done
expect '[ ! -e "$T/b/neg.png" ]' "batch wrote nothing for the bad spec"

finish
