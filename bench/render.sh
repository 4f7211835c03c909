#!/bin/sh
# SPDX-License-Identifier: MIT
# Rendering speed: one chart per process and N charts in one process, per
# format, beside floor.c (a bare cairo + pango program drawing the same
# chart) when ../shared/bench/floor.c is there.  Run by hand:
#
#   bench/render.sh [SPEC…]       default: bar-7, a timeline, an infographic;
#                                 N=200 charts per batch, RUNS=20
#
# Needs hyperfine and GNU time (apt-get install hyperfine time).
set -eu
cd "$(dirname "$0")/.."
SPECS=${*:-bench/bar7.json charts/timeline-gouzhao-2020.json charts/info-gouzhao-fengyang.json}
N=${N:-200}
RUNS=${RUNS:-20}
B=build-bench
OUT=$(mktemp -d)
# shutu-bench-render links the library, which finds only an installed
# fonts.conf by itself (build/shutu points it at the source tree's).
SHUTU_FONTS_CONF=${SHUTU_FONTS_CONF:-$(pwd)/fonts/fonts.conf}
export SHUTU_FONTS_CONF
trap 'rm -rf "$OUT"' EXIT

command -v hyperfine >/dev/null || { echo "render.sh: needs hyperfine" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "render.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
cmake -S . -B $B -DCMAKE_BUILD_TYPE=Release -DSHUTU_TESTS=OFF >/dev/null
cmake --build $B -j "$(nproc)" --target shutu_cli shutu-bench-render >/dev/null
FLOOR=""
if [ -f ../shared/bench/floor.c ]; then
	cc -O2 -o $B/floor ../shared/bench/floor.c \
		$(pkg-config --cflags --libs pangocairo cairo-svg cairo-pdf)
	FLOOR=$B/floor
fi

med() { python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$1"; }
peak() { /usr/bin/time -f %M -o "$OUT/peak" "$@" >/dev/null 2>&1; awk '{printf "%.0f", $1/1024}' "$OUT/peak"; }

echo "| program | chart | format | 1 chart/process: ms | peak MiB | ms/chart in a batch of $N | batch peak MiB | bytes |"
echo "|---|---|---|---:|---:|---:|---:|---:|"
for SPEC in $SPECS; do
chart=$(basename "$SPEC" .json)
for fmt in png svg pdf; do
	hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$OUT/s.json" \
		"$B/shutu render $SPEC --no-alt -o $OUT/one.$fmt" >/dev/null 2>&1
	one=$(med "$OUT/s.json")
	p1=$(peak $B/shutu render "$SPEC" --no-alt -o "$OUT/one.$fmt")
	line=$($B/bench/shutu-bench-render -n "$N" "$SPEC" $fmt "$OUT/many.$fmt")
	per=$(echo "$line" | sed 's/.*then \([0-9.]*\) ms.*/\1/')
	pb=$(peak $B/bench/shutu-bench-render -n "$N" "$SPEC" $fmt "$OUT/many.$fmt")
	echo "| shutu | $chart | $fmt | $one | $p1 | $per | $pb | $(stat -c %s "$OUT/one.$fmt") |"
	if [ -n "$FLOOR" ] && [ "$chart" = bar7 ]; then
		hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$OUT/f.json" \
			"$FLOOR -o $OUT/floor.$fmt bar7 $fmt" >/dev/null 2>&1
		fone=$(med "$OUT/f.json")
		fp1=$(peak $FLOOR -o "$OUT/floor.$fmt" bar7 $fmt)
		hyperfine -N --warmup 0 --runs 3 --export-json "$OUT/fb.json" \
			"$FLOOR -n $N -o $OUT/floor.$fmt bar7 $fmt" >/dev/null 2>&1
		fper=$(python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000/int(sys.argv[2])))' "$OUT/fb.json" "$N")
		fpb=$(peak $FLOOR -n "$N" -o "$OUT/floor.$fmt" bar7 $fmt)
		echo "| floor.c | bar7 | $fmt | $fone | $fp1 | $fper | $fpb | $(stat -c %s "$OUT/floor.$fmt") |"
	fi
done
done
