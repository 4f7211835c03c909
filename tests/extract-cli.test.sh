#!/bin/sh
# SPDX-License-Identifier: MIT
# shutu extract from the command line: one row per case, with the exit
# status and the first line of stderr expected, then the shape of what
# comes out on stdout.
. "$SRC/tests/lib.sh"

# expect WHAT: the last run's stdout contains WHAT
expect() {
	n=$((n + 1))
	if ! grep -qF -- "$1" "$T/stdout"; then
		echo "FAIL: stdout lacks '$1'"
		fail=$((fail + 1))
	fi
}

printf '6月28日，省领导来到沟赵办事处调研。办事处有789名志愿者。\n' > "$T/a.txt"
printf '面积35.97平方公里。\n' > "$T/b.txt"
printf 'abc\377def' > "$T/bad.txt"
printf 'ab\000cd' > "$T/nul.txt"
: > "$T/empty.txt"
# 办事处有789名志愿者 in GB 18030; the same in UTF-8 after a BOM; a .docx
printf '\260\354\312\302\264\246\323\320789\303\373\326\276\324\270\325\337\n' > "$T/gbk.txt"
printf '\357\273\277办事处有789名志愿者。\n' > "$T/bom.txt"
printf 'PK\003\004\024\000\000\000[Content_Types].xmlPK\003\004word/document.xml' > "$T/a.docx"

#     status  first line of stderr                                   args
check 0 ""                                                           extract "$T/a.txt"
expect '"kind": "quantity"'
expect '"label": "志愿者"'
expect '"entity": "沟赵办事处"'
check 0 ""                                                           extract --json --year 2019 "$T/a.txt"
expect '"date": "2019-06-28"'
check 0 ""                                                           extract --csv "$T/a.txt" "$T/b.txt"
expect 'source,id,kind,value,'
check 0 ""                                                           extract --table "$T/a.txt"
expect '志愿者'
# --csv=excel: a BOM first, once; an unknown flavour is a usage error
check 0 ""                                                           extract --csv=excel "$T/a.txt" "$T/b.txt"
n=$((n + 1))
[ "$(head -c 9 "$T/stdout" | od -An -c | tr -s ' ')" = " 357 273 277 s o u r c e" ] && [ "$(grep -c source,id "$T/stdout")" = 1 ] || { echo "FAIL: --csv=excel: $(head -c 12 "$T/stdout" | od -An -c)"; fail=$((fail + 1)); }
check 0 ""                                                           extract --csv "$T/a.txt"
n=$((n + 1))
[ "$(head -c 6 "$T/stdout")" = "source" ] || { echo "FAIL: --csv has a BOM"; fail=$((fail + 1)); }
check 2 "shutu: --csv: unknown flavour 'libre' (expected --csv or --csv=excel)" extract --csv=libre "$T/a.txt"
# --table: numbers as the charts write them; long cells wrapped to
# $COLUMNS (a terminal's width), none into a pipe
printf '沟赵办事处投资34567000000元，组织300余名党员干部。6月28日，省领导来到沟赵办事处郑州高新技术产业开发区管理委员会调研。\n' > "$T/t.txt"
check 0 ""                                                           extract --table "$T/t.txt"
expect '345.67  亿元    投资'
expect '300余  名      党员干部'
n=$((n + 1))
[ "$(wc -l < "$T/stdout")" = 4 ] || { echo "FAIL: --table into a file wraps: $(cat "$T/stdout")"; fail=$((fail + 1)); }
COLUMNS=44 check 0 ""                                                extract --table "$T/t.txt"
n=$((n + 1))
widest=$(LC_ALL=C.UTF-8 wc -L < "$T/stdout")
[ "$(wc -l < "$T/stdout")" -gt 4 ] && [ "$widest" -le 44 ] && [ "$widest" -ge 40 ] || { echo "FAIL: COLUMNS=44 --table: $(cat "$T/stdout")"; fail=$((fail + 1)); }
check 0 ""                                                           extract "$T/a.txt" "$T/b.txt"
expect "\"source\": \"$T/b.txt\""
n=$((n + 1))
[ "$(head -n 1 "$T/stdout")" = "[" ] || { echo "FAIL: several articles: no JSON array"; fail=$((fail + 1)); }
check 0 ""                                                           extract "$T/empty.txt"
expect '"facts": []'
check 1 "shutu: $T/missing.txt: No such file or directory"           extract "$T/missing.txt"
check 1 "shutu: $T/bad.txt:1:4: not UTF-8 (byte 0xff at byte offset 3)" extract "$T/bad.txt"
check 1 "shutu: $T/nul.txt: binary data, not text (a NUL byte at byte offset 2)" extract "$T/nul.txt"
check 1 "shutu: $T/missing.txt: No such file or directory"           extract "$T/a.txt" "$T/missing.txt"
check 1 "shutu: $T/gbk.txt: not UTF-8 but GB 18030 (GBK) text; convert it: iconv -f GB18030 -t UTF-8 $T/gbk.txt > $T/gbk-utf8.txt" extract "$T/gbk.txt"
check 1 "shutu: $T/a.docx: a Word document (.docx), not text; save it as UTF-8 text first, e.g. pandoc -t plain $T/a.docx -o $T/a.txt" extract "$T/a.docx"
check 0 ""                                                           extract --csv "$T/bom.txt"
expect ',789,,exact,名,count,789,志愿者,'
check 2 "shutu: --year: 'abc' is not a year from 1000 to 2999"       extract --year abc "$T/a.txt"
check 2 "shutu: --year: '99' is not a year from 1000 to 2999"        extract --year 99 "$T/a.txt"
check 2 "shutu: --year: '99999' is not a year from 1000 to 2999"     extract --year 99999 "$T/a.txt"
check 2 "shutu: unknown option --frobnicate (see 'shutu extract --help')" extract --frobnicate "$T/a.txt"
check 2 "shutu: give at most one of --json, --csv, --table (see 'shutu extract --help')" extract --csv --table "$T/a.txt"
check 2 "shutu: no article given (see 'shutu extract --help')"       extract
check 0 ""                                                           extract --help
expect 'Exit status'

# --numbers: every number, bare ones too; the same formats and errors
printf '参与群众十余万人，三百五十，1, 234, 567，第三。\n' > "$T/n.txt"
check 0 ""                                                           extract --numbers "$T/n.txt"
expect '"numbers": ['
expect '"text": "十余万"'
expect '"approx": "over"'
expect '"text": "三百五十"'
expect '"kind": "ordinal"'
check 0 ""                                                           extract --numbers "$T/n.txt" "$T/a.txt"
n=$((n + 1))
[ "$(head -n 1 "$T/stdout")" = "[" ] || { echo "FAIL: --numbers, several articles: no JSON array"; fail=$((fail + 1)); }
check 0 ""                                                           extract --numbers --csv "$T/n.txt" "$T/b.txt"
expect 'source,text,start,end,value,value_max,approx,kind,unit'
expect ',35.97,,exact,decimal,'
check 0 ""                                                           extract --numbers --table "$T/n.txt"
expect '种类'
expect '10余  万    integer  十余万'
printf '一千二百三十四万五千六百七十八\n' > "$T/long.txt"
COLUMNS=40 check 0 ""                                                extract --numbers --table "$T/long.txt"
n=$((n + 1))
[ "$(wc -l < "$T/stdout")" = 4 ] && [ "$(LC_ALL=C.UTF-8 wc -L < "$T/stdout")" -le 40 ] || { echo "FAIL: COLUMNS=40 --numbers --table: $(cat "$T/stdout")"; fail=$((fail + 1)); }
check 0 ""                                                           extract --numbers --table "$T/long.txt"
n=$((n + 1))
[ "$(wc -l < "$T/stdout")" = 2 ] || { echo "FAIL: --numbers --table into a file wraps: $(cat "$T/stdout")"; fail=$((fail + 1)); }
check 0 ""                                                           extract --numbers --csv=excel "$T/n.txt" "$T/b.txt"
n=$((n + 1))
[ "$(head -c 9 "$T/stdout" | od -An -c | tr -s ' ')" = " 357 273 277 s o u r c e" ] && [ "$(grep -c source,text "$T/stdout")" = 1 ] || { echo "FAIL: --numbers --csv=excel: $(head -c 12 "$T/stdout" | od -An -c)"; fail=$((fail + 1)); }
check 0 ""                                                           extract --numbers "$T/empty.txt"
expect '"numbers": []'
check 1 "shutu: $T/bad.txt:1:4: not UTF-8 (byte 0xff at byte offset 3)" extract --numbers "$T/bad.txt"
check 1 "shutu: $T/missing.txt: No such file or directory"           extract --numbers "$T/n.txt" "$T/missing.txt"
check 2 "shutu: give at most one of --json, --csv, --table (see 'shutu extract --help')" extract --numbers --csv --table "$T/n.txt"
check 0 ""                                                           extract --help
expect '--numbers'

# Standard input
cp "$T/a.txt" "$T/stdin"
check 0 ""                                                           extract -
expect '"source": "-"'
cp "$T/bad.txt" "$T/stdin"
check 1 "shutu: <stdin>:1:4: not UTF-8 (byte 0xff at byte offset 3)" extract -
: > "$T/stdin"

# A full disk: the failure is reported, not hidden by buffering.
if [ -w /dev/full ]; then
	n=$((n + 1))
	"$SHUTU" extract "$T/a.txt" >/dev/full 2>"$T/stderr"
	rc=$?
	if [ "$rc" != 1 ] || ! grep -q '^shutu: .*No space left on device' "$T/stderr"; then
		echo "FAIL: >/dev/full: status $rc, stderr: $(head -n 1 "$T/stderr")"
		fail=$((fail + 1))
	fi
fi

finish
