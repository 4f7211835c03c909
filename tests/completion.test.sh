#!/bin/sh
# SPDX-License-Identifier: MIT
# The bash completion (scripts/shutu.bash-completion) and the manual page
# (docs/shutu.1): what TAB offers after each kind of word, and a page
# that man and groff read without a warning; both know every option
# --help lists.
. "$SRC/tests/lib.sh"

# comp WANT WORD…: completing the last WORD of "shutu WORD…" offers WANT
# (the sorted offers, joined by spaces)
comp() {
	want=$1
	shift
	got=$(cd "$T/files" && bash -c '
		. "$1/scripts/shutu.bash-completion"
		shift
		COMP_WORDS=(shutu "$@")
		COMP_CWORD=$#
		_shutu
		printf "%s\n" "${COMPREPLY[@]}"' bash "$SRC" "$@" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
	if [ "$got" = "$want" ]; then
		ok
	else
		bad "complete shutu $*"
		echo "  got:  $got"
		echo "  want: $want"
	fi
}

if command -v bash >/dev/null 2>&1; then
	mkdir -p "$T/files/out"
	: > "$T/files/a.json"
	: > "$T/files/b.txt"
	: > "$T/files/c.png"
	: > "$T/files/d.csv"
	comp "auto batch extract fonts help render"	""
	comp "render"					re
	comp "--help --version -V"			-
	comp "--background --cmyk --dpi --format --help --no-alt --output --quality --scale --source --subtitle --theme --title --type --unit" render --
	comp "a.json d.csv out"				render ""
	comp "--background --cmyk --dpi --format --help --no-2x --output --quality --scale --theme --year" auto --
	comp "--no-2x"					batch --no
	comp "--numbers"				extract --nu
	comp "a.json news out party"			render --theme ""
	comp "transparent"				render --background ""
	comp "bar"					render d.csv -t ""
	comp ""						render --scale ""
	comp "b.txt out"				extract ""
	comp "a.json b.txt c.png d.csv out"		batch ""
	comp "--csv --csv=excel"			extract --cs
	comp "excel"					extract --csv =
	comp "jpg pdf png svg"				render -f ""
	comp "png,pdf"					render --format png,p
	comp "a.json b.txt c.png d.csv out"		render -o ""
	comp ""						auto -y ""
	comp "--check --help"				fonts -
	comp "batch"					help ba
else
	echo "note: bash not installed; completion not checked"
fi

# The manual: every section a user looks for, and no warning from groff
# or man (in a UTF-8 locale: the page has Chinese examples).
n=$((n + 1))
page=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$SRC/docs/shutu.1" 2>"$T/man.err")
for s in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "SEE ALSO"; do
	echo "$page" | grep -q "^$s\$" || { echo "FAIL: shutu(1) has no $s"; fail=$((fail + 1)); break; }
done
n=$((n + 1))
[ ! -s "$T/man.err" ] || { echo "FAIL: man -l: $(head -3 "$T/man.err")"; fail=$((fail + 1)); }
n=$((n + 1))
LC_ALL=C.UTF-8 groff -k -Tutf8 -man -ww -z "$SRC/docs/shutu.1" 2>"$T/groff.err"
[ ! -s "$T/groff.err" ] || { echo "FAIL: groff -ww: $(head -3 "$T/groff.err")"; fail=$((fail + 1)); }
# Every option --help lists is in the manual.
for cmd in extract render auto batch fonts; do
	"$SHUTU" "$cmd" --help | grep -o -E '^  (-[a-zA-Z], )?--[a-z0-9-]+' | sed -E 's/.*(--[a-z0-9-]+)$/\1/' |
	while read -r opt; do
		[ "$opt" = --help ] && continue
		echo "$page" | grep -q -- "$opt" || echo "FAIL: shutu(1) lacks $cmd $opt"
	done
done > "$T/missing"
n=$((n + 1))
[ ! -s "$T/missing" ] || { cat "$T/missing"; fail=$((fail + 1)); }
# ... and TAB offers it.
if command -v bash >/dev/null 2>&1; then
	for cmd in extract render auto batch fonts; do
		offers=$(cd "$T/files" && bash -c '
			. "$1/scripts/shutu.bash-completion"
			COMP_WORDS=(shutu "$2" --)
			COMP_CWORD=2
			_shutu
			printf " %s" "${COMPREPLY[@]}"' bash "$SRC" "$cmd")
		"$SHUTU" "$cmd" --help | grep -o -E '^  (-[a-zA-Z], )?--[a-z0-9-]+' | sed -E 's/.*(--[a-z0-9-]+)$/\1/' |
		while read -r opt; do
			case "$offers " in
			*" $opt "*) ;;
			*) echo "FAIL: completion of $cmd lacks $opt" ;;
			esac
		done
	done > "$T/uncompleted"
	n=$((n + 1))
	[ ! -s "$T/uncompleted" ] || { cat "$T/uncompleted"; fail=$((fail + 1)); }
fi

finish
