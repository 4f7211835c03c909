#!/bin/sh
# SPDX-License-Identifier: MIT
# Batch throughput and memory: CHARTS chart specs and ARTICLES articles
# (the samples and charts/ repeated through a manifest) with -j1 and -j2.
# Run by hand:  bench/batch.sh        (CHARTS=10000 ARTICLES=1000 FORMAT=png)
set -eu
cd "$(dirname "$0")/.."
CHARTS=${CHARTS:-10000}
ARTICLES=${ARTICLES:-1000}
FORMAT=${FORMAT:-png}
B=build-bench
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT

[ -x /usr/bin/time ] || { echo "batch.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
cmake -S . -B $B -DCMAKE_BUILD_TYPE=Release -DSHUTU_TESTS=OFF >/dev/null
cmake --build $B -j "$(nproc)" --target shutu_cli >/dev/null

# Manifests that name the same files again and again; outputs are named
# apart by batch (-2, -3 …), so every chart is really written.
specs=$(ls charts/*.json | grep -v -e info- -e timeline-facts)
i=0
while [ $i -lt "$CHARTS" ]; do
	for s in $specs; do
		[ $i -lt "$CHARTS" ] || break
		echo "$PWD/$s"
		i=$((i + 1))
	done
done > "$W/charts.list"
i=0
while [ $i -lt "$ARTICLES" ]; do
	for a in samples/*.txt; do
		[ $i -lt "$ARTICLES" ] || break
		echo "$PWD/$a"
		i=$((i + 1))
	done
done > "$W/articles.list"

echo "| input | -j | wall s | per second | peak MiB |"
echo "|---|---:|---:|---:|---:|"
for list in charts articles; do
	count=$(wc -l < "$W/$list.list")
	for j in 1 2; do
		rm -rf "$W/out"
		/usr/bin/time -f '%e %M' -o "$W/t" $B/shutu batch "$W/$list.list" \
			-o "$W/out" -j $j --format "$FORMAT" --year 2020 2>/dev/null || true
		read -r secs kb < "$W/t"
		echo "| $count $list ($FORMAT) | $j | $secs | $(echo "$count $secs" | awk '{printf "%.1f", $1/$2}') | $(echo "$kb" | awk '{printf "%.0f", $1/1024}') |"
	done
done
