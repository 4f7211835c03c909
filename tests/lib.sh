# SPDX-License-Identifier: MIT
# Shared by the shell tests (sourced, with $SHUTU the binary and $SRC the
# source tree): a temporary folder $T removed at exit, the counters, and
# check/finish.
set -u
: "${SHUTU:?}" "${SRC:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0 n=0
: > "$T/stdin"

ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fail=$((fail + 1)); echo "FAIL: $*"; }

# check WANT_STATUS WANT_STDERR_FIRST_LINE ARGS...: run shutu with ARGS
# (stdin from $T/stdin, stdout and stderr to $T/stdout and $T/stderr).
check() {
	want_rc=$1 want_err=$2
	shift 2
	"$SHUTU" "$@" <"$T/stdin" >"$T/stdout" 2>"$T/stderr"
	rc=$?
	got=$(head -n 1 "$T/stderr")
	if [ "$rc" != "$want_rc" ] || [ "$got" != "$want_err" ]; then
		bad "shutu $*"
		echo "  status $rc, want $want_rc"
		echo "  stderr: $got"
		echo "  want:   $want_err"
	else
		ok
	fi
}

# The summary line, and the status of the whole test.
finish() {
	echo "$((n - fail)) passed, $fail failed"
	[ "$fail" = 0 ]
}
