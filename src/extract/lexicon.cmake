# SPDX-License-Identifier: MIT
# The lexicon (src/extract/lexicon.c): jieba's dictionary of words with
# parts of speech, from Debian's python3-jieba, and the project's own
# list, compiled by lexicon-gen into a trie that the assembler embeds
# (.incbin): the library never reads the dictionary at run time.
set(SHUTU_JIEBA_DICT "/usr/lib/python3/dist-packages/jieba/dict.txt"
	CACHE FILEPATH "jieba's dict.txt (Debian package python3-jieba)")
if(NOT EXISTS "${SHUTU_JIEBA_DICT}")
	message(FATAL_ERROR "jieba's dictionary ${SHUTU_JIEBA_DICT} is "
		"missing: install the Debian package python3-jieba "
		"(apt-get install python3-jieba), or give its dict.txt with "
		"-DSHUTU_JIEBA_DICT=PATH")
endif()

add_executable(lexicon-gen ${PROJECT_SOURCE_DIR}/src/extract/gen/lexicon-gen.c)
target_link_libraries(lexicon-gen PRIVATE m)
set(SHUTU_LEXICON_LIST ${PROJECT_SOURCE_DIR}/src/extract/lexicon.txt)
set(SHUTU_LEXICON_BIN ${PROJECT_BINARY_DIR}/lexicon.bin)
set(SHUTU_LEXICON_C ${PROJECT_BINARY_DIR}/lexicon-data.c)
add_custom_command(OUTPUT ${SHUTU_LEXICON_BIN} ${SHUTU_LEXICON_C}
	COMMAND lexicon-gen ${SHUTU_JIEBA_DICT} ${SHUTU_LEXICON_LIST}
		${SHUTU_LEXICON_BIN} ${SHUTU_LEXICON_C}
	DEPENDS lexicon-gen ${SHUTU_JIEBA_DICT} ${SHUTU_LEXICON_LIST}
	COMMENT "Compiling the lexicon"
	VERBATIM)
target_sources(shutu_obj PRIVATE ${SHUTU_LEXICON_C})
# The object embeds the binary, which the C file only names.
set_source_files_properties(${SHUTU_LEXICON_C} PROPERTIES
	OBJECT_DEPENDS ${SHUTU_LEXICON_BIN})
# tests/test-lexicon.c checks every word of both lists against the library.
add_compile_definitions(SHUTU_JIEBA_DICT="${SHUTU_JIEBA_DICT}")
