#!/bin/sh
# SPDX-License-Identifier: MIT
# cmake --install into a temporary prefix: every file in its place, the
# installed shutu linked to libshutu.so and free of any path of the
# build, and a C++ program compiled against shutu.h and the library
# through pkg-config.
. "$SRC/tests/lib.sh"

B=${SHUTU_BUILD:?}
P="$T/prefix"
expect() { if eval "$1"; then ok; else bad "$2"; fi; }

cmake --install "$B" --prefix "$P" >"$T/install.log" 2>&1
expect '[ $? -eq 0 ]' "cmake --install: $(tail -3 "$T/install.log")"
libdir=$(cd "$P" && ls -d lib* | head -n 1)
for f in bin/shutu include/shutu.h "$libdir/libshutu.so.0" "$libdir/pkgconfig/shutu.pc" \
    share/shutu/fonts.conf share/shutu/schema/spec.schema.json share/shutu/schema/theme.schema.json \
    share/shutu/themes/news.json share/shutu/themes/party.json \
    share/man/man1/shutu.1 share/bash-completion/completions/shutu; do
	expect "[ -s '$P/$f' ]" "installed $f"
done

# The installed command: the shared library, and no path of the build
# (an RPATH, if any, is relative: \$ORIGIN).
expect 'readelf -d "$P/bin/shutu" | grep -q "NEEDED.*libshutu\.so\.0"' "bin/shutu does not link libshutu.so"
expect '! readelf -d "$P/bin/shutu" | grep -E "R(UN)?PATH" | grep -q -e "$B" -e "$SRC"' "bin/shutu has a build path in its RPATH: $(readelf -d "$P/bin/shutu" | grep PATH)"
# (UBSan keeps each check's source file in the binary: not there.)
grep -q '^SHUTU_SANITIZE:BOOL=ON' "$B/CMakeCache.txt" ||
for f in "$P/bin/shutu" "$P/$libdir/libshutu.so.0"; do
	expect '! readelf -p .rodata "$f" 2>/dev/null | grep -a -q -e "$B" -e "$SRC"' "$(basename "$f") holds a path of the build: $(readelf -p .rodata "$f" | grep -e "$B" -e "$SRC" | head -2)"
done
expect '! readelf -s "$P/bin/shutu" | grep -q " cmd_render\$" || ! readelf -s "$P/bin/shutu" | grep -q " bar_layout\$"' "bin/shutu carries the library's own code (static link)"
LD_LIBRARY_PATH="$P/$libdir" "$P/bin/shutu" render "$SRC/charts/gouzhao-kangyi.json" -o "$T/installed.png" 2>"$T/err"
expect '[ $? -eq 0 ] && head -c 8 "$T/installed.png" | grep -q PNG' "installed shutu renders: $(head -1 "$T/err")"
expect 'LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$P/share/man/man1/shutu.1" 2>/dev/null | grep -q "^EXIT STATUS"' "the installed manual reads"

# C++: the header compiles as C++ and its functions link (extern "C").
if command -v g++ >/dev/null 2>&1; then
	cat > "$T/demo.cc" <<'EOC'
#include <shutu.h>
#include <cstdio>
#include <cstring>
#include <string>

int
main()
{
	const std::string text = "沟赵办事处有789名志愿者。";
	const char spec[] = "{\"type\":\"bar\",\"title\":\"测试\","
	    "\"data\":[{\"label\":\"甲\",\"value\":1}]}";
	GError *error = nullptr;
	struct shutu_facts *facts = shutu_facts_extract(text.data(),
	    text.size(), 2020, &error);
	if (facts == nullptr || shutu_facts_count(facts) != 1 ||
	    std::strcmp(shutu_facts_get(facts, 0)->label, "志愿者") != 0)
		return 1;
	std::printf("%g %s\n", shutu_facts_get(facts, 0)->value,
	    shutu_facts_get(facts, 0)->unit);
	shutu_facts_free(facts);
	struct shutu_chart *c = shutu_chart_parse(spec, -1, "demo", &error);
	char *png = nullptr;
	size_t len = 0;
	if (c == nullptr || !shutu_chart_render_data(c, SHUTU_FORMAT_PNG,
	    &png, &len, &error)) {
		std::fprintf(stderr, "%s\n", error->message);
		return 1;
	}
	std::printf("%s %zu\n", std::memcmp(png, "\x89PNG", 4) == 0 ?
	    "png" : "?", len > 1000 ? (size_t)1 : (size_t)0);
	g_free(png);
	shutu_chart_free(c);
	return 0;
}
EOC
	# A sanitized library needs its runtime in the program too.
	san=""
	grep -q '^SHUTU_SANITIZE:BOOL=ON' "$B/CMakeCache.txt" && san="-fsanitize=address,undefined"
	flags=$(PKG_CONFIG_PATH="$P/$libdir/pkgconfig" pkg-config --cflags --libs shutu)
	expect 'echo "$flags" | grep -q -- "-I$P/"' "pkg-config points elsewhere: $flags"
	g++ -std=c++11 -Wall -Werror $san -o "$T/demo" "$T/demo.cc" $flags 2>"$T/cc.err"
	expect '[ $? -eq 0 ]' "g++ demo.cc \$(pkg-config --cflags --libs shutu): $(head -3 "$T/cc.err")"
	out=$(LD_LIBRARY_PATH="$P/$libdir" "$T/demo" 2>&1)
	expect '[ "$out" = "789 名
png 1" ]' "the C++ program: $out"
else
	echo "note: g++ not installed; C++ use not checked"
fi

finish
