#!/bin/sh
# SPDX-License-Identifier: MIT
# shutu auto and shutu batch end to end: the files a user gets, the
# gallery's links and images (in headless Chromium when installed),
# escaping, sharding, names that stay inside DIR, failures that do not
# stop the rest, and a killed batch that leaves no half-written file.
. "$SRC/tests/lib.sh"

expect() { if eval "$1"; then ok; else bad "$2"; fi; }

# Every local href and src of a page points at a file that exists.
links_ok() {
	page=$1
	dir=$(dirname "$page")
	grep -o -E '(href|src)="[^"#]*"' "$page" | sed -E 's/^(href|src)="//; s/"$//' |
	while read -r l; do
		case "$l" in http*|mailto:*) echo "external link $l"; continue ;; esac
		[ -e "$dir/$l" ] || echo "broken link $l"
	done
}

# --- auto on a sample
# The article names no year; --year gives its dates one.
"$SHUTU" auto "$SRC/samples/gaoxin-jiedao.txt" --year 2020 -o "$T/a" 2>"$T/err"
expect '[ $? -eq 0 ]' "auto exits 0 on a sample: $(head -1 "$T/err")"
for f in facts.json article.txt index.html; do
	expect "[ -s '$T/a/$f' ]" "auto wrote $f"
done
nspec=$(ls "$T/a/specs" | wc -l)
# Its numbers are loose facts (areas, counts of different things): no
# bar chart of them, an infographic of its headline numbers, a timeline.
expect '[ "$nspec" -ge 2 ]' "auto chose at least 2 charts (got $nspec)"
for s in "$T"/a/specs/*.json; do
	b=$(basename "$s" .json)
	for e in png svg pdf txt; do
		expect "[ -s '$T/a/charts/$b.$e' ]" "charts/$b.$e written"
	done
	# Specs stay editable: they render again from where they are.
	"$SHUTU" render "$s" -o "$T/re-$b.png" 2>"$T/err"
	expect '[ $? -eq 0 ]' "shutu render $b.json again: $(head -1 "$T/err")"
done
# An edited spec drawn again, without -o, replaces its chart in charts/
# (every format there, and the alt text), not ./NAME.png.
b=$(basename "$(ls "$T"/a/specs/*.json | head -n 1)" .json)
sed 's/"title" : "[^"]*"/"title" : "改过的标题"/' "$T/a/specs/$b.json" > "$T/edited.json"
cp "$T/edited.json" "$T/a/specs/$b.json"
mkdir -p "$T/elsewhere"
(cd "$T/elsewhere" && "$SHUTU" render "$T/a/specs/$b.json") 2>"$T/err"
expect '[ $? -eq 0 ] && [ -z "$(ls "$T/elsewhere")" ]' "render of an auto spec wrote into the current folder: $(ls "$T/elsewhere") $(head -1 "$T/err")"
expect 'grep -q ">改过的标题</title>" "$T/a/charts/$b.svg"' "the edited spec replaced charts/$b.svg"
expect 'pdftotext "$T/a/charts/$b.pdf" - | grep -q "改过的标题"' "the edited spec replaced charts/$b.pdf"
expect 'grep -q "改过的标题" "$T/a/charts/$b.txt"' "the edited spec replaced charts/$b.txt"
expect '[ "$T/a/charts/$b.png" -nt "$T/a/index.html" ]' "the edited spec replaced charts/$b.png"
expect 'grep -q "\"type\" : \"infographic\"" "$T"/a/specs/*.json' "an infographic is chosen"
expect 'grep -q "\"type\" : \"timeline\"" "$T"/a/specs/*.json' "a timeline is chosen"
expect '! grep -q "\"type\" : \"bar\"" "$T"/a/specs/*.json' "no bar chart of loose facts"
# Charts are furniture-clean: no 《title》 or 原标题 as source, no template
expect '! grep -q "\"source\" : \"《" "$T"/a/specs/*.json' "no 《title》 as the source line"
expect '! grep -q "各项.*对比" "$T"/a/specs/*.json' "no template titles"

# --- a statistics bulletin: its series become bars and shares
"$SHUTU" auto "$SRC/samples/tongji-gongbao.txt" -o "$T/tj" --format png,svg --no-2x 2>"$T/err"
expect '[ $? -eq 0 ]' "auto on the bulletin: $(head -1 "$T/err")"
expect 'grep -q "\"type\" : \"bar\"" "$T"/tj/specs/*.json' "a bar chart of a series"
expect 'grep -q "\"type\" : \"share\"" "$T"/tj/specs/*.json' "a share chart of parts of a whole"
expect 'grep -q "\"scale\" : \"亿\"" "$T"/tj/specs/share-*.json' "the article's 亿元 kept as the scale"
expect 'grep -q "\"series\": \[" "$T/tj/facts.json"' "facts.json lists the series"
for s in "$T"/tj/specs/*.json; do
	b=$(basename "$s" .json)
	expect "[ -s '$T/tj/charts/$b.png' ] && [ -s '$T/tj/charts/$b.svg' ]" "tj charts/$b drawn"
done
broken=$(links_ok "$T/tj/index.html")
expect '[ -z "$broken" ]' "bulletin gallery links: $broken"

# --- no title line: the gallery's heading is never a file's path
printf '1-11月份，国有控股企业实现利润总额312.1亿元；集体企业实现利润总额41.1亿元；股份制企业实现利润总额2217.9亿元。\n' > "$T/notitle.txt"
"$SHUTU" auto "$T/notitle.txt" -o "$T/nt" --format png --no-2x 2>"$T/err"
expect '[ $? -eq 0 ] && ! grep -q "<h1>[^<]*notitle" "$T/nt/index.html" && ! grep -q "<h1>/" "$T/nt/index.html"' "no file path as the gallery's heading: $(grep -o '<h1>[^<]*' "$T/nt/index.html")"
broken=$(links_ok "$T/a/index.html")
expect '[ -z "$broken" ]' "gallery links: $broken"
expect 'grep -q "<mark>" "$T/a/index.html"' "gallery marks numbers in their sentences"

# Without a year there is no time scale: no timeline, but no failure.
"$SHUTU" auto "$SRC/samples/gaoxin-jiedao.txt" -o "$T/noyear" 2>"$T/err"
expect '[ $? -eq 0 ] && [ ! -e "$T/noyear/specs/timeline.json" ]' "auto without a year: $(head -1 "$T/err")"

# Several articles: one folder each and an index of them that links right.
"$SHUTU" auto "$SRC/samples/wenhua-huodong.txt" "$SRC/samples/shequ-zhili.txt" -o "$T/two" 2>"$T/err"
expect '[ $? -eq 0 ] && [ -s "$T/two/wenhua-huodong/index.html" ] && [ -s "$T/two/shequ-zhili/index.html" ]' "auto on two articles: $(head -1 "$T/err")"
broken=$(links_ok "$T/two/index.html")
expect '[ -z "$broken" ] && grep -q "文化季" "$T/two/index.html"' "the index of articles: titles and links $broken"

# --- escaping: article text never becomes markup
cat > "$T/evil.txt" <<'EOA'
# <script>alert("标题")</script>测试街道

测试街道<b>组织</b>300余名党员干部、789名志愿者和36名"<img src=x onerror=alert(1)>"网格员参与活动。
6月28日，<script>alert(2)</script>测试街道召开动员会。6月29日，测试街道开展清洁行动。
EOA
"$SHUTU" auto "$T/evil.txt" -o "$T/evil" 2>"$T/err"
expect '[ -s "$T/evil/index.html" ]' "auto on a hostile article: $(head -1 "$T/err")"
expect '! grep -q "<script>alert" "$T/evil/index.html"' "script tags from the article are escaped"
expect '! grep -q "<img src=x" "$T/evil/index.html"' "img tags from the article are escaped"
expect '! grep -q "<b>组织" "$T/evil/index.html"' "markup from the article is escaped"

# --- the gallery in a real browser: it loads and every image shows
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$CHROME" ]; then
	imgs=$(grep -c '<img ' "$T/a/index.html")
	# A browser starved of CPU (a loaded CI machine) may dump the page
	# before its last image: up to three tries; a real breakage fails all.
	for try in 1 2 3; do
		dom=$("$CHROME" --headless --no-sandbox --disable-gpu \
			--disable-quic --no-first-run \
			--disable-background-networking \
			--disable-component-update --disable-sync \
			--user-data-dir="$T/chrome$try" \
			--allow-file-access-from-files --virtual-time-budget=10000 \
			--dump-dom "file://$T/a/index.html" 2>/dev/null)
		echo "$dom" | grep -q "data-images=\"$imgs loaded $imgs\"" &&
			break
	done
	expect 'echo "$dom" | grep -q "data-images=\"$imgs loaded $imgs\""' \
		"Chromium shows all $imgs images ($(echo "$dom" | grep -o 'data-images="[^"]*"'))"
else
	echo "note: chromium not installed; browser check skipped (scripts/setup installs it)"
fi

# --- auto usage and input errors
"$SHUTU" auto "$T/none.txt" -o "$T/x" 2>"$T/err"; rc=$?
expect '[ $rc -eq 1 ] && grep -q "none.txt: No such file or directory" "$T/err"' "missing article: $(head -1 "$T/err")"
printf 'ab\377c' > "$T/bad.txt"
"$SHUTU" auto "$T/bad.txt" -o "$T/badout" 2>"$T/err"; rc=$?
expect '[ $rc -eq 1 ] && [ "$(cat "$T/err")" = "shutu: $T/bad.txt:1:3: not UTF-8 (byte 0xff at byte offset 2)" ] && [ ! -e "$T/badout" ]' "article not UTF-8: $(head -1 "$T/err")"
"$SHUTU" auto "$SRC/samples/gaoxin-jiedao.txt" 2>"$T/err"; rc=$?
expect '[ $rc -eq 2 ]' "auto without -o is a usage error"

# --- batch: specs, an article, a bad spec; failures do not stop the rest
mkdir -p "$T/in/sub"
cp "$SRC/charts/gouzhao-kangyi.json" "$T/in/"
cp "$SRC/charts/jingji-zengsu.json" "$T/in/sub/"
cp "$SRC/charts/jingji-zengsu.json" "$T/in/sub/gouzhao-kangyi.json"
cp "$SRC/samples/wenhua-huodong.txt" "$T/in/"
printf '{"type":"bar","title":"坏","data":[]}' > "$T/in/bad.json"
"$SHUTU" batch "$T/in" -o "$T/b" -j 2 --format png 2>"$T/err"; rc=$?
expect '[ $rc -eq 1 ]' "batch with a bad spec exits 1 (got $rc)"
expect 'grep -q "bad.json:1:34: \"data\": empty" "$T/err"' "batch names the bad spec: $(head -1 "$T/err")"
expect 'grep -q "batch: 4 done, 1 failed" "$T/err"' "batch summary: $(tail -1 "$T/err")"
for f in gouzhao-kangyi.png gouzhao-kangyi.txt sub-jingji-zengsu.png sub-gouzhao-kangyi.png wenhua-huodong/index.html; do
	expect "[ -s '$T/b/$f' ]" "batch wrote $f"
done

# --- names never leave DIR, even from a manifest that climbs out
mkdir -p "$T/m/deep/er"
cp "$SRC/charts/gouzhao-kangyi.json" "$T/m/top.json"
printf '# a manifest\n../../top.json\n\n../../../m/top.json\n' > "$T/m/deep/er/list"
"$SHUTU" batch "$T/m/deep/er/list" -o "$T/mout" --format svg 2>"$T/err"
expect '[ -s "$T/mout/top.svg" ] && [ -s "$T/mout/m-top.svg" ]' "manifest entries named inside DIR: $(ls "$T/mout" | tr '\n' ' ')"
expect '[ -z "$(ls "$T/m" | grep -v -e deep -e top.json)" ]' "nothing written outside DIR"

# --- shards: disjoint, together everything
i=0
while [ $i -lt 7 ]; do cp "$SRC/charts/gouzhao-kangyi.json" "$T/in/s$i.json"; i=$((i + 1)); done
rm "$T/in/bad.json" "$T/in/wenhua-huodong.txt"
"$SHUTU" batch "$T/in" -o "$T/s1" --shard 1/2 --format svg 2>/dev/null
"$SHUTU" batch "$T/in" -o "$T/s2" --shard 2/2 --format svg 2>/dev/null
a=$(ls "$T/s1" | grep -c svg) b=$(ls "$T/s2" | grep -c svg) both=$(ls "$T/s1" "$T/s2" | sort | uniq -d | grep -c svg)
expect '[ $((a + b)) -eq 10 ] && [ "$both" -eq 0 ] && [ $a -ge 4 ] && [ $b -ge 4 ]' "shards split 10 inputs disjointly ($a + $b, $both shared)"
"$SHUTU" batch "$T/in" -o "$T/s3" --shard 3/2 2>"$T/err"; rc=$?
expect '[ $rc -eq 2 ]' "--shard 3/2 is a usage error"

# --- a folder of specs with their facts files (charts/data/) and a
# theme (charts/themes/): skipped, not failures; a manifest on standard
# input
"$SHUTU" batch "$SRC/charts" -o "$T/ch" --format svg 2>"$T/err"; rc=$?
expect '[ $rc -eq 0 ] && grep -q "^shutu: batch: [0-9]* done, 0 failed, 3 skipped (facts files and themes, not specs)" "$T/err" && [ "$(wc -l < "$T/err")" -eq 1 ]' "batch charts/: $(cat "$T/err")"
"$SHUTU" batch "$SRC/themes" -o "$T/th" --format svg 2>"$T/err"; rc=$?
expect '[ $rc -eq 0 ] && grep -q "^shutu: batch: 0 done, 0 failed, 2 skipped (themes, not specs)" "$T/err"' "batch themes/: $(cat "$T/err")"
"$SHUTU" batch "$SRC/charts/themes/baokan.json" -o "$T/th1" 2>"$T/err"; rc=$?
expect '[ $rc -eq 1 ] && grep -q "baokan.json:1:1: a theme file, not a chart spec; a spec names it in \"theme\" (or give it to --theme)" "$T/err"' "a theme named on the command line: $(head -1 "$T/err")"
"$SHUTU" batch "$SRC/charts/data/timeline-gouzhao-facts.json" -o "$T/ch1" 2>"$T/err"; rc=$?
expect '[ $rc -eq 1 ] && grep -q "timeline-gouzhao-facts.json:1:1: a facts file (from shutu extract), not a chart spec" "$T/err"' "a facts file named on the command line: $(head -1 "$T/err")"
(cd "$SRC/charts" && ls gaoxin-gdp.json jingji-zengsu.json) | (cd "$SRC/charts" && "$SHUTU" batch - -o "$T/fromstdin" --format svg 2>"$T/err"); rc=$?
expect '[ $rc -eq 0 ] && [ -s "$T/fromstdin/gaoxin-gdp.svg" ] && [ -s "$T/fromstdin/jingji-zengsu.svg" ]' "ls *.json | shutu batch -: $(head -1 "$T/err")"
printf 'gaoxin-gdp.json\nnotes.md\n' | "$SHUTU" batch - -o "$T/bad-stdin" 2>"$T/err"; rc=$?
expect '[ $rc -eq 1 ] && [ "$(head -1 "$T/err")" = "shutu: <stdin>:2: '"'"'notes.md'"'"' is neither a spec (.json), an article (.txt) nor a folder" ]' "a bad line on standard input: $(head -1 "$T/err")"

# --- Ctrl-C: the batch stops, finishes what it began, ends the progress
# line (on a terminal: script gives one), says so, and dies of SIGINT
# (4000 charts: far more than a fast machine draws in 1.5 s; 400 were
# sometimes all done before the signal came)
i=0
: > "$T/many"
while [ $i -lt 4000 ]; do echo "$SRC/charts/zhongdian-xiangmu.json" >> "$T/many"; i=$((i + 1)); done
timeout --preserve-status -s INT 1.5 "$SHUTU" batch "$T/many" -o "$T/int" -j 2 --format png 2>"$T/err"; rc=$?
expect '[ $rc -eq 130 ] && grep -q "^shutu: batch: interrupted: [0-9]* done, 0 failed, [0-9]* not started" "$T/err"' "SIGINT: status $rc, $(tail -1 "$T/err")"
expect '[ -z "$(ls -A "$T/int" | grep "^\.")" ]' "no temporary files after SIGINT"
if command -v script >/dev/null 2>&1; then
	rm -rf "$T/int"
	script -qec "timeout --preserve-status -s INT 1.5 \"$SHUTU\" batch \"$T/many\" -o \"$T/int\" -j 2 --format png" /dev/null > "$T/tty" 2>&1
	# The last progress line is erased (ESC [ K) before the summary, which
	# ends in a newline: the shell's prompt starts on a clean line.
	expect 'tr -d "\r" < "$T/tty" | tail -n 1 | grep -q "\[Kshutu: batch: interrupted: .* not started, .*/s)$"' "on a terminal: $(tr -d '\r' < "$T/tty" | tail -c 120)"
fi

# --- a killed batch leaves no half-written file
i=0
: > "$T/many"
while [ $i -lt 400 ]; do echo "$SRC/charts/zhongdian-xiangmu.json" >> "$T/many"; i=$((i + 1)); done
"$SHUTU" batch "$T/many" -o "$T/k" -j 2 --format png,pdf 2>/dev/null &
pid=$!
sleep 1.5
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
hidden=$(ls -A "$T/k" | grep '^\.' | head -3)
expect '[ -z "$hidden" ]' "no temporary files after kill -9: $hidden"
half=0
for f in "$T"/k/*.png; do
	[ -e "$f" ] || continue
	tail -c 12 "$f" | grep -q IEND || half=$((half + 1))
done
for f in "$T"/k/*.pdf; do
	[ -e "$f" ] || continue
	tail -c 64 "$f" | grep -q '%%EOF' || half=$((half + 1))
done
expect '[ $half -eq 0 ]' "$half half-written files after kill -9"
expect '[ "$(ls "$T/k" | wc -l)" -gt 0 ]' "the batch had written something before the kill"

finish
