#!/bin/sh
# SPDX-License-Identifier: MIT
# shutu render and shutu fonts from the command line: one row per case,
# with the exit status and the first line of stderr expected, and no file
# left behind by a failure.
. "$SRC/tests/lib.sh"

# spec NAME CONTENT: write a spec file into $T
spec() { printf '%s' "$2" > "$T/$1"; }


# no_file PATH: a failed run left nothing (not even a temporary) behind
no_file() {
	n=$((n + 1))
	if [ -e "$1" ] || ls -a "$(dirname "$1")" | grep -q "^\.$(basename "$1")\."; then
		echo "FAIL: $1 (or a temporary of it) exists after a failure"
		fail=$((fail + 1))
	fi
}

ok='{"type":"bar","title":"测试","data":[{"label":"甲","value":1}]}'
spec ok.json "$ok"
spec missing.json '{"type":"bar","title":"t","data":[
  {"label":"a","value":1},
  {"label":"b"}
]}'
spec string.json '{"type":"bar","title":"t","data":[
  {"label":"a","value":"12"}
]}'
spec big.json '{"type":"bar","title":"t",
 "data":[{"label":"a","value":1e300}]}'
spec nan.json '{"type":"bar","title":"t","data":[{"label":"a","value":NaN}]}'
spec pie.json '{"type":"pie","title":"t"}'
spec empty.json '{"type":"bar","title":"t","data":[]}'
spec trailing.json '{"type":"bar",
"title":"t",
"data":[{"label":"a","value":1},]
}'
spec typo.json '{"type":"bar","titel":"t","data":[]}'
spec zero.json ''
printf '\377\376{}' > "$T/binary.json"
spec notype.json '{"title":"t","data":[]}'
spec array.json '[1,2,3]'
spec label.json '{"type":"bar","title":"t","data":[{"value":1}]}'
spec range.json '{"type":"bar","title":"t","data":[{"label":"a","value":5,"value_max":3}]}'
spec approx.json '{"type":"bar","title":"t","data":[{"label":"a","value":5,"approx":"roughly"}]}'
spec size.json '{"type":"bar","title":"t","size":{"width":5,"unit":"mm"},"data":[{"label":"a","value":5}]}'
spec one-tall.json '{"type":"bar","title":"t","size":{"height":80},"data":[{"label":"甲","value":1}]}'
spec tall.json "{\"type\":\"bar\",\"title\":\"t\",\"size\":{\"height\":300},\"data\":[$(i=0; while [ $i -lt 60 ]; do printf '{"label":"项目%d","value":%d},' $i $i; i=$((i+1)); done){\"label\":\"末\",\"value\":1}]}"
spec tofu.json '{"type":"bar","title":"缺字𪚥","data":[{"label":"a","value":1}]}'
spec mixed.json '{"type":"bar","title":"t","stacked":true,"series":["a","b"],"data":[{"label":"x","values":[3,-2]}]}'
deep=$(i=0; while [ $i -lt 200 ]; do printf '['; i=$((i+1)); done)
spec deep.json "{\"type\":\"bar\",\"title\":\"t\",\"data\":$deep"

# usage errors: exit 2
check 2 "shutu: unknown command 'draw' (see 'shutu --help')" draw
check 2 "shutu: render needs at least one SPEC (see 'shutu render --help')" render
check 2 "shutu: --format: unknown format 'gif' (expected png, svg, pdf or jpg)" render "$T/ok.json" --format gif
check 2 "shutu: --dpi: '5' is not a resolution in dpi from 36 to 1200" render "$T/ok.json" --dpi 5
check 2 "shutu: --dpi: 'high' is not a resolution in dpi from 36 to 1200" render "$T/ok.json" --dpi high
check 2 "shutu: unknown option --frobnicate (see 'shutu render --help')" render --frobnicate "$T/ok.json"
check 2 "shutu: -o -: standard output takes one spec in one format" render "$T/ok.json" --format png,svg -o -
check 2 "shutu: fonts takes no arguments (see 'shutu fonts --help')" fonts extra
check 2 "shutu: -o $T/a.gif: suffix .gif does not match the format png (name the file .png, or choose --format)" render "$T/ok.json" -o "$T/a.gif"
check 2 "shutu: -o $T/a.svg: suffix .svg does not match the format pdf (name the file .pdf, or choose --format)" render "$T/ok.json" -o "$T/a.svg" --format pdf
no_file "$T/a.gif"

# one style for a bad option value, whichever command takes it
check 2 "shutu: --year: 'abc' is not a year from 1000 to 2999" auto -y abc "$T/a.txt" -o "$T/auto"
check 2 "shutu: --year: '99999' is not a year from 1000 to 2999" auto -y 99999 "$T/a.txt" -o "$T/auto"
check 2 "shutu: --year: '99999' is not a year from 1000 to 2999" batch -y 99999 "$T/ok.json" -o "$T/b"
check 2 "shutu: --jobs: 'abc' is not a number of jobs from 1 to 1024" batch -j abc "$T/ok.json" -o "$T/b"
check 2 "shutu: --jobs: '0' is not a number of jobs from 1 to 1024" batch --jobs 0 "$T/ok.json" -o "$T/b"
check 2 "shutu: --shard: '3/2' is not K/N with 1 <= K <= N <= 100000" batch --shard 3/2 "$T/ok.json" -o "$T/b"

# bad specs: exit 1, file:line:col and what was expected
check 1 "shutu: $T/nope.json: No such file or directory" render "$T/nope.json" -o "$T/a.png"
check 1 "shutu: $T/missing.json:3:3: bar 2: missing \"value\" (a number)" render "$T/missing.json" -o "$T/a.png"
check 1 "shutu: $T/string.json:2:27: bar 1: \"value\" must be a number, found a string" render "$T/string.json" -o "$T/a.png"
check 1 "shutu: $T/big.json:2:35: bar 1: \"value\" 1e+300 is out of range (at most 1e15 in magnitude)" render "$T/big.json" -o "$T/a.png"
check 1 "shutu: $T/nan.json:1:56: invalid JSON: expected a value, found 'NaN' (JSON has no NaN: write null, or leave the member out)" render "$T/nan.json" -o "$T/a.png"
check 1 "shutu: $T/pie.json:1:14: \"type\": unknown value 'pie' (expected one of bar, timeline, infographic, line, share)" render "$T/pie.json" -o "$T/a.png"
check 1 "shutu: $T/empty.json:1:34: \"data\": empty, expected at least one bar" render "$T/empty.json" -o "$T/a.png"
check 1 "shutu: $T/trailing.json:3:32: invalid JSON: trailing comma before ']'" render "$T/trailing.json" -o "$T/a.png"
check 1 "shutu: $T/typo.json:1:26: spec: unknown member 'titel'" render "$T/typo.json" -o "$T/a.png"
check 1 "shutu: $T/zero.json:1:1: empty file, expected a JSON object" render "$T/zero.json" -o "$T/a.png"
check 1 "shutu: $T/binary.json: not UTF-8 but UTF-16 text; convert it: iconv -f UTF-16 -t UTF-8 $T/binary.json > $T/binary-utf8.json" render "$T/binary.json" -o "$T/a.png"
check 1 "shutu: $T/notype.json:1:1: missing \"type\" (bar, timeline, infographic, line or share)" render "$T/notype.json" -o "$T/a.png"
check 1 "shutu: $T/array.json:1:1: expected a JSON object (a chart spec), found an array" render "$T/array.json" -o "$T/a.png"
check 1 "shutu: $T/label.json:1:35: bar 1: missing \"label\" (a string)" render "$T/label.json" -o "$T/a.png"
check 1 "shutu: $T/range.json:1:70: bar 1: \"value_max\" 3 is less than \"value\" 5" render "$T/range.json" -o "$T/a.png"
check 1 "shutu: $T/approx.json:1:75: \"approx\": unknown value 'roughly' (expected one of exact, over, under, about)" render "$T/approx.json" -o "$T/a.png"
check 1 "shutu: $T/size.json:1:34: size: width 5mm is outside 2 cm to 2 m" render "$T/size.json" -o "$T/a.png"
check 1 "shutu: $T/tall.json: 61 bars do not fit in a height of 225 pt (each needs 17 pt); leave out \"height\" so the chart grows, or show fewer bars" render "$T/tall.json" -o "$T/a.png"
# the spec is named; Noto CJK is installed, so the fix is a font with
# CJK Extension B (HanaMin), not fonts-noto-cjk again
check 1 "shutu: $T/tofu.json: no font covers U+2A6A5 𪚥 (in \"缺字𪚥\"); install a font that has it, e.g. 'apt-get install fonts-hanazono', or add one to $SRC/fonts/fonts.conf" render "$T/tofu.json" -o "$T/a.png"
check 1 "shutu: $T/one-tall.json: 1 bar does not fit in a height of 60 pt (each needs 17 pt); leave out \"height\" so the chart grows, or show fewer bars" render "$T/one-tall.json" -o "$T/a.png"
check 1 "shutu: $T/mixed.json: bar 1 stacks positive and negative values; use grouped bars (\"stacked\": false)" render "$T/mixed.json" -o "$T/a.png"
check 1 "shutu: $T/deep.json:1:97: nested deeper than 64 levels" render "$T/deep.json" -o "$T/a.png"
no_file "$T/a.png"

# unwritable outputs: exit 1, nothing left behind
check 1 "shutu: /dev/full: cannot write: No space left on device" render "$T/ok.json" -o /dev/full --format png
check 1 "shutu: $T/no/such/dir/a.png: cannot write: No such file or directory" render "$T/ok.json" -o "$T/no/such/dir/a.png"
mkdir "$T/ro" && chmod 555 "$T/ro"
if [ "$(id -u)" != 0 ]; then
	check 1 "shutu: $T/ro/a.png: cannot write: Permission denied" render "$T/ok.json" -o "$T/ro/a.png"
fi
no_file "$T/ro/a.png"

# one bad spec does not stop the others; exit 1
check 1 "shutu: $T/pie.json:1:14: \"type\": unknown value 'pie' (expected one of bar, timeline, infographic, line, share)" render "$T/pie.json" "$T/ok.json" -o "$T/several"
n=$((n + 1))
[ -s "$T/several/ok.png" ] && [ -s "$T/several/ok.txt" ] || { echo "FAIL: ok.png not written beside a failing spec"; fail=$((fail + 1)); }

# successes: the suffix says the format; folders get one file per format
check 0 "" render "$T/ok.json" -o "$T/one.svg"
# -o NAME without a suffix is a file (PNG, or --format's), as in gnuplot;
# a folder when it ends in / or exists
check 0 "" render "$T/ok.json" -o "$T/newname"
n=$((n + 1))
[ -f "$T/newname" ] && head -c 8 "$T/newname" | grep -q PNG && [ -s "$T/newname.txt" ] || { echo "FAIL: -o newname is no PNG file"; fail=$((fail + 1)); }
check 0 "" render "$T/ok.json" -o "$T/newpdf" --format pdf
n=$((n + 1))
head -c 5 "$T/newpdf" | grep -q '%PDF-' || { echo "FAIL: -o newpdf --format pdf is no PDF"; fail=$((fail + 1)); }
check 0 "" render "$T/ok.json" -o "$T/newdir/"
n=$((n + 1))
[ -s "$T/newdir/ok.png" ] || { echo "FAIL: -o newdir/ makes no folder"; fail=$((fail + 1)); }
check 0 "" render "$T/ok.json" -o "$T/newdir"
n=$((n + 1))
[ -s "$T/newdir/ok.png" ] && [ -d "$T/newdir" ] || { echo "FAIL: -o DIR (existing) is not a folder"; fail=$((fail + 1)); }
check 2 "shutu: -o $T/two.png: several specs give several files; name a folder (-o DIR/)" render "$T/ok.json" "$T/ok.json" -o "$T/two.png"
check 2 "shutu: -o $T/two.png: several formats give several files; name a folder (-o DIR/)" render "$T/ok.json" -o "$T/two.png" --format png,pdf
no_file "$T/two.png"
check 0 "" render "$T/ok.json" -o "$T/multi" --format png,svg,pdf --dpi 300
for f in one.svg one.txt multi/ok.png multi/ok.svg multi/ok.pdf multi/ok.txt; do
	n=$((n + 1))
	[ -s "$T/$f" ] || { echo "FAIL: $f missing"; fail=$((fail + 1)); }
done
check 0 "" render "$T/ok.json" -o - --format pdf
n=$((n + 1))
head -c 5 "$T/stdout" | grep -q '%PDF-' || { echo "FAIL: -o - wrote no PDF"; fail=$((fail + 1)); }
cp "$T/ok.json" "$T/stdin"
check 0 "" render - -o -
n=$((n + 1))
head -c 8 "$T/stdout" | grep -q 'PNG' || { echo "FAIL: render - -o - wrote no PNG"; fail=$((fail + 1)); }
: > "$T/stdin"
# -o - to a terminal: refused, nothing written (script gives a tty)
if command -v script >/dev/null 2>&1; then
	n=$((n + 1))
	script -qec "\"$SHUTU\" render \"$T/ok.json\" -o - 2>\"$T/tty.err\"; echo rc=\$?" /dev/null > "$T/tty.out" 2>&1
	if ! grep -q 'rc=2' "$T/tty.out" || [ "$(head -n 1 "$T/tty.err")" != "shutu: -o -: standard output is a terminal; redirect it (> chart.png) or name a file" ] || grep -q PNG "$T/tty.out"; then
		echo "FAIL: -o - to a terminal: $(cat "$T/tty.err") $(tr -d '\r' < "$T/tty.out" | tail -n 1)"
		fail=$((fail + 1))
	fi
fi

# No -o: a spec in X/specs/ beside X/charts/ replaces its chart there, in
# the formats it has; any other spec goes to ./NAME.png
mkdir -p "$T/x/specs" "$T/x/charts" "$T/cwd"
cp "$T/ok.json" "$T/x/specs/s.json"
: > "$T/x/charts/s.svg"
cd "$T/cwd" && check 0 "" render "$T/x/specs/s.json" "$T/ok.json"
cd "$SRC" || exit 1
n=$((n + 1))
[ -s "$T/x/charts/s.svg" ] && [ ! -e "$T/x/charts/s.png" ] && [ -s "$T/x/charts/s.txt" ] && [ -s "$T/cwd/ok.png" ] && [ ! -e "$T/cwd/s.png" ] ||
	{ echo "FAIL: no -o: $(ls "$T/x/charts" "$T/cwd" | tr '\n' ' ')"; fail=$((fail + 1)); }
# The gallery's NAME@2x.png (shutu auto's, for Word and WPS) is drawn
# again with its PNG, at twice the pixels; --cmyk is for the PDF there,
# and refused for a spec that goes to ./NAME.png
mkdir -p "$T/y/specs" "$T/y/charts"
cp "$T/ok.json" "$T/y/specs/t.json"
: > "$T/y/charts/t.png"
: > "$T/y/charts/t@2x.png"
: > "$T/y/charts/t.pdf"
check 0 "" render "$T/y/specs/t.json" --cmyk
n=$((n + 1))
png_width() { od -An -tu4 --endian=big -j16 -N4 "$1" | tr -d ' '; }
[ "$(png_width "$T/y/charts/t@2x.png")" -eq $(($(png_width "$T/y/charts/t.png") * 2)) ] && [ -s "$T/y/charts/t.pdf" ] && [ ! -e "$T/y/charts/t.svg" ] ||
	{ echo "FAIL: no -o, an auto spec with @2x: $(ls -l "$T/y/charts" | tr '\n' ' ')"; fail=$((fail + 1)); }
check 2 "shutu: --cmyk: applies to PDF output; add pdf to --format or name the output .pdf" render "$T/ok.json" --cmyk
# .jpeg is jpg: the suffix matches the format it names
check 0 "" render "$T/ok.json" -o "$T/photo.jpeg"
n=$((n + 1))
[ "$(od -An -tx1 -N3 "$T/photo.jpeg" | tr -d ' ')" = "ffd8ff" ] && [ -s "$T/photo.txt" ] || { echo "FAIL: -o photo.jpeg: $(od -An -c -N4 "$T/photo.jpeg")"; fail=$((fail + 1)); }

# A table is drawn (without -o, as ./NAME.png); an article is named for
# what it is, not a JSON error; a GBK table as a table's reader says it.
printf 'label,value\n甲,1\n' > "$T/d.csv"
printf '沟赵办事处有789名志愿者。\n' > "$T/article.txt"
printf '\262\342\312\324,1\n' > "$T/gbk.csv"
cd "$T/cwd" && check 0 "" render "$T/d.csv"
cd "$SRC" || exit 1
n=$((n + 1))
head -c 8 "$T/cwd/d.png" | grep -q PNG && [ -s "$T/cwd/d.txt" ] || { echo "FAIL: render d.csv without -o: $(ls "$T/cwd" | tr '\n' ' ')"; fail=$((fail + 1)); }
check 1 "shutu: $T/article.txt: an article, not a chart spec; draw its charts with: shutu auto $T/article.txt -o DIR" render "$T/article.txt"
check 1 "shutu: $T/gbk.csv:1:1: not UTF-8 but GBK/GB18030 (as Excel on Chinese Windows saves CSV); convert it: iconv -f GB18030 -t UTF-8 $T/gbk.csv > utf8.csv, or save as 'CSV UTF-8'" render "$T/gbk.csv" -o "$T/gbk.png"
check 0 "" fonts
n=$((n + 1))
grep -q '^Han .*Noto Sans CJK SC' "$T/stdout" || { echo "FAIL: fonts does not name Noto Sans CJK SC for Han"; fail=$((fail + 1)); }
check 0 "" fonts --check '沟赵办事处300余名'
check 1 "shutu: no font covers U+2A6A5 𪚥 (in \"𪚥\"); install a font that has it, e.g. 'apt-get install fonts-hanazono', or add one to $SRC/fonts/fonts.conf" fonts --check '𪚥'
check 1 "shutu: no font covers U+30000 𰀀 (in \"𰀀\"); no installed font has it: put a font file that does in a folder $SRC/fonts/fonts.conf lists" fonts --check '𰀀'
check 0 "" --version
check 0 "" -V
n=$((n + 1))
[ "$(cat "$T/stdout")" = "shutu $(sed -n 's/^project(shutu VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")" ] || { echo "FAIL: -V prints '$(cat "$T/stdout")'"; fail=$((fail + 1)); }
check 0 "" help render
n=$((n + 1))
grep -q -- '--dpi' "$T/stdout" && ! grep -q '^commands:' "$T/stdout" || { echo "FAIL: help render is not render's help"; fail=$((fail + 1)); }
check 0 "" help
n=$((n + 1))
grep -q '^commands:' "$T/stdout" || { echo "FAIL: help prints no command list"; fail=$((fail + 1)); }
check 2 "shutu: unknown command 'draw' (see 'shutu --help')" help draw
check 2 "shutu: help takes one command (see 'shutu --help')" help render extract
# The C locale reads UTF-8 arguments; a GB 18030 locale's are converted.
LC_ALL=C check 0 "" fonts --check '沟赵'
n=$((n + 1))
[ "$(cat "$T/stdout")" = "all 2 characters are covered" ] || { echo "FAIL: LC_ALL=C fonts --check: $(cat "$T/stdout")"; fail=$((fail + 1)); }
check 0 "" fonts --check '沟'
n=$((n + 1))
[ "$(cat "$T/stdout")" = "the character is covered" ] || { echo "FAIL: fonts --check one character: $(cat "$T/stdout")"; fail=$((fail + 1)); }

# PDF dates: SOURCE_DATE_EPOCH when set (the suite sets it), else now
check 0 "" render "$T/ok.json" -o "$T/epoch.pdf"
n=$((n + 1))
pdfinfo "$T/epoch.pdf" | grep -q '^CreationDate: .* 2020 UTC' || { echo "FAIL: SOURCE_DATE_EPOCH: $(pdfinfo "$T/epoch.pdf" | grep CreationDate)"; fail=$((fail + 1)); }
env -u SOURCE_DATE_EPOCH "$SHUTU" render "$T/ok.json" -o "$T/now.pdf"
n=$((n + 1))
pdfinfo "$T/now.pdf" | grep -q "^CreationDate: .* $(date -u +%Y) UTC" || { echo "FAIL: no SOURCE_DATE_EPOCH: $(pdfinfo "$T/now.pdf" | grep CreationDate)"; fail=$((fail + 1)); }

# Each output reaches the disk before its name does: fdatasync, then the
# link or rename (a shim logs the calls in order)
if command -v cc >/dev/null 2>&1; then
	cat > "$T/shim.c" <<'EOS'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static void note(const char *what) { FILE *f = fopen(getenv("SHIM_LOG"), "a"); if (f) { fprintf(f, "%s\n", what); fclose(f); } }
int fdatasync(int fd) { int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync"); note("sync"); return real(fd); }
int rename(const char *a, const char *b) { int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename"); note("rename"); return real(a, b); }
int linkat(int fa, const char *a, int fb, const char *b, int fl) { int (*real)(int, const char *, int, const char *, int) = (int (*)(int, const char *, int, const char *, int))dlsym(RTLD_NEXT, "linkat"); int r = real(fa, a, fb, b, fl); if (r == 0 && b[0] != '.' && strstr(b, "/.") == NULL) note("name"); return r; }
EOS
	if cc -shared -fPIC -o "$T/shim.so" "$T/shim.c" -ldl 2>/dev/null; then
		SHIM_LOG="$T/shim.log" LD_PRELOAD="$T/shim.so" ASAN_OPTIONS=detect_odr_violation=0:verify_asan_link_order=0 "$SHUTU" render "$T/ok.json" -o "$T/synced.png"
		n=$((n + 1))
		# each file: its data synced, then named (linked, or renamed over an old one)
		[ "$(tr '\n' ' ' < "$T/shim.log" | sed 's/rename/name/g')" = "sync name sync name " ] || { echo "FAIL: fdatasync before the name: $(tr '\n' ' ' < "$T/shim.log")"; fail=$((fail + 1)); }
	fi
fi

# Under other locales: json-glib's translated words and full-width colons
# never reach a message (zh_CN), numbers keep their point (de_DE), and a
# GB 18030 terminal's argument is read in its charset.  The locales are
# made here, in $T, from the locales package's sources.
if command -v localedef >/dev/null 2>&1 && [ -d /usr/share/i18n/locales ] && mkdir -p "$T/loc" &&
    localedef -i zh_CN -f UTF-8 "$T/loc/zh_CN.UTF-8" 2>/dev/null &&
    localedef -i zh_CN -f GB18030 "$T/loc/zh_CN.GB18030" 2>/dev/null &&
    localedef -i de_DE -f UTF-8 "$T/loc/de_DE.UTF-8" 2>/dev/null; then
	LOCPATH="$T/loc" LC_ALL=zh_CN.UTF-8 check 1 "shutu: $T/trailing.json:3:32: invalid JSON: trailing comma before ']'" render "$T/trailing.json" -o "$T/a.png"
	spec gdp.json '{"type":"bar","title":"测试","data":[{"label":"甲","value":612.3e8,"unit":"元"},{"label":"乙","value":869e8,"unit":"元"}]}'
	LOCPATH="$T/loc" LC_ALL=de_DE.UTF-8 check 0 "" render "$T/gdp.json" -o "$T/de.svg"
	n=$((n + 1))
	grep -q '为612.3亿元' "$T/de.svg" || { echo "FAIL: de_DE: $(grep -o '为[^。]*' "$T/de.svg" | head -1)"; fail=$((fail + 1)); }
	LOCPATH="$T/loc" LC_ALL=zh_CN.GB18030 check 0 "" fonts --check "$(printf '\271\265\325\324')"
	n=$((n + 1))
	[ "$(cat "$T/stdout")" = "all 2 characters are covered" ] || { echo "FAIL: GB 18030 --check: $(cat "$T/stdout")"; fail=$((fail + 1)); }
else
	echo "note: localedef or the locales package missing; locale cases skipped"
fi

# no CJK font at all: a clear error naming the characters, never boxes
mkdir "$T/nofonts"
cat > "$T/nofonts/fonts.conf" <<EOC
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>$T/nofonts</dir><cachedir>$T/nofonts/cache</cachedir></fontconfig>
EOC
SHUTU_FONTS_CONF="$T/nofonts/fonts.conf" check 1 "shutu: $T/ok.json: no font covers U+6D4B 测, U+8BD5 试, U+7532 甲 (in \"测试\"); install a font that has them, e.g. 'apt-get install fonts-noto-cjk', or add one to $T/nofonts/fonts.conf" render "$T/ok.json" -o "$T/nofont.png"
no_file "$T/nofont.png"

finish
