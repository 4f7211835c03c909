#!/bin/sh
# SPDX-License-Identifier: MIT
# The JSON Schemas (schema/) against what shutu reads: every spec in
# charts/ and every spec shutu auto writes for samples/ is valid; the
# built-in themes are valid theme files; and on a table of specs and
# themes, good and bad, the schema and shutu agree on every one.
# Needs python3-jsonschema (scripts/test installs it): without it the
# test is skipped (77), except under CI, where it fails.
. "$SRC/tests/lib.sh"

PY=/usr/bin/python3
CHECK="$SRC/tests/schema-check.py"
SPEC_SCHEMA="$SRC/schema/spec.schema.json"
THEME_SCHEMA="$SRC/schema/theme.schema.json"
if ! "$PY" -c 'import jsonschema' 2>/dev/null; then
	echo "python3-jsonschema is not installed (scripts/test installs it)"
	[ -n "${CI:-}" ] && exit 1
	exit 77
fi

expect() { if eval "$1"; then ok; else bad "$2"; fi; }

# --- the specs of charts/ and the built-in themes
"$PY" "$CHECK" "$SPEC_SCHEMA" "$SRC"/charts/*.json > "$T/charts" 2>&1
expect '[ $? -eq 0 ] && ! grep -v "^valid" "$T/charts"' "charts/ against the schema: $(grep -v '^valid' "$T/charts" | head -3)"
nvalid=$(grep -c '^valid' "$T/charts")
expect '[ "$nvalid" -ge 15 ]' "charts/ has its specs ($nvalid)"
for f in "$SRC"/charts/*.json; do
	expect 'grep -q "\"\$schema\": \"../schema/spec.schema.json\"" "$f"' "$f names the schema"
done
"$PY" "$CHECK" "$THEME_SCHEMA" "$SRC"/themes/*.json > "$T/themes" 2>&1
expect '[ $? -eq 0 ] && ! grep -v "^valid" "$T/themes"' "themes/ against the theme schema: $(grep -v '^valid' "$T/themes" | head -3)"

# --- every spec auto writes, for every sample article
"$SHUTU" batch "$SRC/samples" -o "$T/auto" --format svg --no-2x --year 2020 -j 2 2>"$T/err"
expect '[ $? -eq 0 ]' "batch over samples/: $(head -1 "$T/err")"
nauto=$(ls "$T"/auto/*/specs/*.json | wc -l)
# One infographic per sample at least, and charts of the series some have
expect '[ "$nauto" -ge 15 ]' "auto wrote specs for the samples ($nauto)"
"$PY" "$CHECK" "$SPEC_SCHEMA" "$T"/auto/*/specs/*.json > "$T/autocheck" 2>&1
expect '[ $? -eq 0 ] && ! grep -v "^valid" "$T/autocheck"' "auto's specs against the schema: $(grep -v '^valid' "$T/autocheck" | head -3)"
# Their "$schema" is a file:// URI of this very schema, installed or here.
uri=$(sed -n 's/^ *"\$schema" : "\(.*\)",$/\1/p' "$(ls "$T"/auto/*/specs/*.json | head -1)")
file=${uri#file://}
expect '[ "$uri" != "$file" ] && cmp -s "$file" "$SPEC_SCHEMA"' "auto's \$schema ($uri) is the schema"

# --- the schema and shutu agree, spec by spec
printf 'label,value\n甲,1\n乙,2\n' > "$T/t.csv"
# agree WANT NAME JSON: WANT is valid or invalid, for both
agree() {
	want=$1 name=$2
	printf '%s' "$3" > "$T/$name.json"
	"$SHUTU" render "$T/$name.json" -o "$T/$name.svg" --no-alt 2>"$T/err"
	rc=$?
	got=$("$PY" "$CHECK" "$SPEC_SCHEMA" "$T/$name.json" | cut -d' ' -f1)
	shutu=valid
	[ $rc -eq 0 ] || shutu=invalid
	if [ "$got" = "$want" ] && [ "$shutu" = "$want" ]; then
		ok
	else
		bad "$name: want $want, schema says $got, shutu says $shutu ($(head -1 "$T/err"))"
	fi
}
B='"type":"bar","title":"测试"'
D='"data":[{"label":"甲","value":1}]'
agree valid minimal "{$B,$D}"
agree valid schema "{\"\$schema\":\"x\",$B,$D}"
agree valid every-common "{$B,$D,\"subtitle\":\"s\",\"source\":\"s\",\"note\":\"n\",\"figure\":\"图1\",\"unit\":\"名\",\"alt\":\"a\",\"theme\":\"party\",\"background\":\"transparent\",\"size\":{\"width\":160,\"height\":100,\"unit\":\"mm\",\"dpi\":300},\"orientation\":\"vertical\",\"sort\":false}"
agree valid series "{$B,\"series\":[\"a\",\"b\"],\"stacked\":true,\"data\":[{\"label\":\"甲\",\"values\":[1,{\"value\":2,\"approx\":\"over\"}]}]}"
agree valid table "{$B,\"table\":\"t.csv\"}"
agree valid table-columns "{$B,\"table\":{\"path\":\"t.csv\",\"label\":\"label\",\"value\":\"value\"}}"
agree valid background-colour "{$B,$D,\"background\":\"#f0f0f0\"}"
agree invalid typo "{$B,$D,\"titel\":\"t\"}"
agree invalid pie '{"type":"pie","title":"t"}'
agree invalid no-title "{\"type\":\"bar\",$D}"
agree invalid no-data "{$B}"
agree invalid empty-data "{$B,\"data\":[]}"
agree invalid no-label "{$B,\"data\":[{\"value\":1}]}"
agree invalid no-value "{$B,\"data\":[{\"label\":\"甲\"}]}"
agree invalid string-value "{$B,\"data\":[{\"label\":\"甲\",\"value\":\"1\"}]}"
agree invalid huge-value "{$B,\"data\":[{\"label\":\"甲\",\"value\":1e16}]}"
agree invalid bar-member "{$B,\"data\":[{\"label\":\"甲\",\"value\":1,\"colour\":\"red\"}]}"
agree invalid approx "{$B,\"data\":[{\"label\":\"甲\",\"value\":1,\"approx\":\"roughly\"}]}"
agree invalid size-unit "{$B,$D,\"size\":{\"width\":10,\"unit\":\"cm\"}}"
agree invalid size-member "{$B,$D,\"size\":{\"w\":10}}"
agree invalid orientation "{$B,$D,\"orientation\":\"diagonal\"}"
agree invalid theme-name "{$B,$D,\"theme\":\"fancy\"}"
agree invalid background "{$B,$D,\"background\":\"red\"}"
agree invalid series-13 "{$B,\"series\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\",\"12\",\"13\"],\"data\":[{\"label\":\"甲\",\"value\":1}]}"
agree invalid table-and-data "{$B,$D,\"table\":\"t.csv\"}"
agree invalid table-member "{$B,\"table\":{\"path\":\"t.csv\",\"sheet\":1}}"
agree invalid table-value-and-series "{$B,\"table\":{\"path\":\"t.csv\",\"value\":\"value\",\"series\":[\"value\"]}}"
agree invalid table-no-path "{$B,\"table\":{\"label\":\"label\"}}"
T1='"type":"timeline","title":"测试"'
E='"events":[{"date":"2020-06-28","text":"开会"}]'
agree valid timeline "{$T1,$E,\"even\":true,\"highlight\":1}"
agree valid timeline-year "{$T1,\"events\":[{\"date\":2020,\"text\":\"开会\"}],\"vertical\":true}"
agree invalid timeline-data "{$T1,$E,$D}"
agree invalid timeline-table "{$T1,$E,\"table\":\"t.csv\"}"
agree invalid timeline-none "{$T1}"
agree invalid event-text "{$T1,\"events\":[{\"date\":\"2020-06-28\"}]}"
agree invalid event-member "{$T1,\"events\":[{\"date\":\"2020-06-28\",\"text\":\"开会\",\"place\":\"x\"}]}"
I='"type":"infographic","title":"测试"'
IT='"items":[{"value":789,"unit":"名","label":"志愿者"}]'
agree valid infographic "{$I,$IT,\"preset\":\"long\"}"
agree valid infographic-bar "{$I,\"items\":[{\"value\":789,\"unit\":\"名\",\"label\":\"志愿者\",\"icon\":\"volunteer\"},{\"value\":300,\"unit\":\"名\",\"label\":\"党员\"}],\"bar\":{\"title\":\"对比\",\"unit\":\"名\"}}"
agree invalid infographic-icon "{$I,\"items\":[{\"value\":789,\"label\":\"志愿者\",\"icon\":\"logo\"}]}"
agree invalid infographic-preset "{$I,$IT,\"preset\":\"poster\"}"
agree invalid infographic-bar-member "{$I,$IT,\"bar\":{\"title\":\"x\",\"colour\":\"red\"}}"
agree invalid infographic-none "{$I}"

L='"type":"line","title":"测试"'
LD='"data":[{"x":"2019年","value":1},{"x":2020,"value":null},{"x":"2021年","value":3,"approx":"about"}]'
agree valid line "{$L,$LD,\"zero\":true,\"highlight\":\"2019年\"}"
agree valid line-series "{$L,\"series\":[\"a\",\"b\"],\"data\":[{\"x\":\"一季度\",\"values\":[1,null]},{\"x\":\"二季度\",\"values\":[2,{\"value\":3,\"approx\":\"over\",\"highlight\":true}]}]}"
agree invalid line-one-point "{$L,\"data\":[{\"x\":\"2019\",\"value\":1}]}"
agree invalid line-no-x "{$L,\"data\":[{\"value\":1},{\"x\":\"2020\",\"value\":2}]}"
agree invalid line-x-object "{$L,\"data\":[{\"x\":{\"y\":1},\"value\":1},{\"x\":\"2020\",\"value\":2}]}"
agree invalid line-x-fraction "{$L,\"data\":[{\"x\":2019.5,\"value\":1},{\"x\":2020,\"value\":2}]}"
agree invalid line-range "{$L,\"data\":[{\"x\":\"2019\",\"value\":1,\"value_max\":2},{\"x\":\"2020\",\"value\":2}]}"
agree invalid line-stacked "{$L,$LD,\"stacked\":true}"
agree invalid line-sort "{$L,$LD,\"sort\":true}"
agree invalid line-zero "{$L,$LD,\"zero\":\"yes\"}"
agree invalid line-table "{$L,\"table\":\"t.csv\"}"
S='"type":"share","title":"测试"'
SD='"data":[{"label":"甲","value":60},{"label":"乙","value":30,"approx":"about"}]'
agree valid share "{$S,$SD,\"unit\":\"%\",\"center\":\"60%\\\\n甲\"}"
agree valid share-total "{$S,$SD,\"unit\":\"元\",\"total\":100}"
agree valid share-bars "{$S,\"style\":\"bar\",\"unit\":\"%\",\"series\":[\"2019年\",\"2020年\"],\"data\":[{\"label\":\"甲\",\"values\":[60,55]},{\"label\":\"乙\",\"values\":[40,{\"value\":45,\"approx\":\"about\"}]}]}"
agree invalid share-negative "{$S,\"data\":[{\"label\":\"甲\",\"value\":-5}]}"
agree invalid share-empty "{$S,\"data\":[]}"
agree invalid share-no-label "{$S,\"data\":[{\"value\":5}]}"
agree invalid share-style "{$S,$SD,\"style\":\"pie\"}"
agree invalid share-donut-series "{$S,\"series\":[\"a\",\"b\"],\"data\":[{\"label\":\"甲\",\"values\":[1,2]}]}"
agree invalid share-bar-center "{$S,$SD,\"style\":\"bar\",\"center\":\"x\"}"
agree invalid share-range "{$S,\"data\":[{\"label\":\"甲\",\"value\":5,\"value_max\":6}]}"
agree invalid share-zero-member "{$S,$SD,\"zero\":true}"
agree valid scale-wan "{$B,$D,\"scale\":\"万\",\"decimals\":\"text\"}"
agree valid scale-none "{$L,$LD,\"scale\":\"\",\"decimals\":2}"
agree invalid scale-qian "{$B,$D,\"scale\":\"千\"}"
agree invalid decimals-7 "{$B,$D,\"decimals\":7}"
agree invalid decimals-half "{$B,$D,\"decimals\":1.5}"
agree invalid decimals-word "{$B,$D,\"decimals\":\"all\"}"
agree invalid share-13 "{$S,\"data\":[$(i=0; while [ $i -lt 12 ]; do printf '{"label":"p%d","value":1},' $i; i=$((i+1)); done){\"label\":\"末\",\"value\":1}]}"

# --- the theme schema and shutu agree, theme by theme
# theme WANT NAME JSON
theme() {
	want=$1 name=$2
	printf '%s' "$3" > "$T/$name.theme.json"
	"$SHUTU" render "$T/minimal.json" --theme "$T/$name.theme.json" -o "$T/$name.svg" --no-alt 2>"$T/err"
	rc=$?
	got=$("$PY" "$CHECK" "$THEME_SCHEMA" "$T/$name.theme.json" | cut -d' ' -f1)
	shutu=valid
	[ $rc -eq 0 ] || shutu=invalid
	if [ "$got" = "$want" ] && [ "$shutu" = "$want" ]; then
		ok
	else
		bad "theme $name: want $want, schema says $got, shutu says $shutu ($(head -1 "$T/err"))"
	fi
}
theme valid extends '{"extends":"party","colors":{"bar":"#336699"}}'
theme valid fonts '{"extends":"news","fonts":{"title":"Noto Sans CJK SC","body":"Noto Serif CJK SC","title_weight":700},"furniture":{"title_rule":true,"source_prefix":"来源："}}'
theme valid whole "$(cat "$SRC/themes/news.json")"
theme invalid partial '{"colors":{"bar":"#336699"}}'
theme invalid colour '{"extends":"news","colors":{"bar":"blue"}}'
theme invalid member '{"extends":"news","logo":"x.png"}'
theme invalid colour-member '{"extends":"news","colors":{"bars":"#336699"}}'
theme invalid size '{"extends":"news","sizes":{"title":100}}'
theme invalid extends-file '{"extends":"mine.json"}'
theme invalid series '{"extends":"news","series":[]}'
theme invalid weight '{"extends":"news","fonts":{"title_weight":"heavy"}}'

finish
