#!/bin/sh
# SPDX-License-Identifier: MIT
# Extraction speed and memory.
#
#   bench/extract.sh [SHUTU]     (default: build/shutu)
#
# 1. One large article: samples/*.txt repeated to at least 20 MB, timed
#    on one core; reports MB/s and peak RSS (/usr/bin/time -f %M).
# 2. A stream of articles: 1x, 4x and 16x as many copies of the samples
#    given as separate files to one process; peak RSS should stay flat,
#    because articles are read, extracted and written one at a time.
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
SHUTU=${1:-$SRC/build/shutu}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
MB=${MB:-20}

cat "$SRC"/samples/*.txt > "$T/one.txt"
while [ "$(wc -c < "$T/one.txt")" -lt $((MB * 1024 * 1024)) ]; do
	cat "$T/one.txt" "$T/one.txt" > "$T/two.txt"
	mv "$T/two.txt" "$T/one.txt"
done
bytes=$(wc -c < "$T/one.txt")

# Best of five, pinned to one core when taskset exists.  Wall time is
# what a user waits; CPU time (user + system) is what the run costs and
# is steadier on a shared machine.
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"
best="" bestcpu=""
for i in 1 2 3 4 5; do
	/usr/bin/time -f '%e %U %S %M' -o "$T/time" $pin "$SHUTU" extract \
	    --json "$T/one.txt" > /dev/null
	set -- $(cat "$T/time")
	cpu=$(echo "$2 + $3" | bc -l)
	if [ -z "$best" ] || [ "$(echo "$1 < $best" | bc -l)" = 1 ]; then
		best=$1 rss=$4
	fi
	if [ -z "$bestcpu" ] || [ "$(echo "$cpu < $bestcpu" | bc -l)" = 1 ]; then
		bestcpu=$cpu
	fi
done
echo "one article: $bytes bytes in ${best}s:" \
    "$(echo "scale=1; $bytes / 1048576 / $best" | bc -l) MB/s" \
    "($(echo "scale=1; $bytes / 1048576 / $bestcpu" | bc -l) MB/s of CPU" \
    "time), peak RSS $((rss / 1024)) MB"

# A stream of articles: memory flat in the number of files.
for k in 1 4 16; do
	files=""
	i=0
	while [ $i -lt $k ]; do
		for f in "$SRC"/samples/*.txt; do
			cp "$f" "$T/$i-$(basename "$f")"
			files="$files $T/$i-$(basename "$f")"
		done
		i=$((i + 1))
	done
	/usr/bin/time -f '%e %M' -o "$T/time" "$SHUTU" extract --json \
	    $files > /dev/null
	set -- $(cat "$T/time")
	echo "stream of $(echo $files | wc -w) articles: ${1}s, peak RSS $(($2 / 1024)) MB"
	rm -f $files
done
