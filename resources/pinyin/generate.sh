#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Regenerates resources/pinyin/pinyin_table.inc, the hanzi -> pinyin table behind
# gridbook::Pinyin (models/domain/Pinyin.cpp), from the Unihan database.
#
#   resources/pinyin/generate.sh [Unihan_Readings.txt.bz2 | Unihan_Readings.txt] [output.inc]
#
# Defaults: /usr/share/unicode/Unihan_Readings.txt.bz2 (Debian package `unicode-data`) and
# pinyin_table.inc next to this script. Needs only a POSIX shell, awk (mawk is fine), sort and,
# for the .bz2, bzcat (package `bzip2`). The output is committed, so the build needs none of this;
# run it again when unicode-data moves to a new Unicode version and commit the result.
#
# What it takes: field kMandarin, first reading only (the customary mainland reading; a second
# one, if present, is the Taiwan reading), with the tone marks stripped and u-umlaut written "v":
# "lǚ" -> "lv", "ḿ" -> "m", "ǹ" -> "n". Any character it cannot map makes the script fail rather
# than emit a wrong table.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
input=${1:-/usr/share/unicode/Unihan_Readings.txt.bz2}
output=${2:-$here/pinyin_table.inc}

# Byte-wise processing everywhere: the tone-mark replacements below are plain UTF-8 byte strings.
LC_ALL=C
export LC_ALL

[ -r "$input" ] || {
    echo "generate.sh: cannot read $input (apt-get install unicode-data)" >&2
    exit 1
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

case $input in
*.bz2) bzcat -- "$input" >"$tmp/readings.txt" ;;
*) cat -- "$input" >"$tmp/readings.txt" ;;
esac

unicode_version=$(sed -n 's/^# Unicode version: *//p' "$tmp/readings.txt" | head -n 1)
[ -n "$unicode_version" ] || unicode_version=unknown

# 1. "<codepoint in decimal> <toneless syllable>" per character, in code point order.
awk -F '\t' '
function hex(s,    i, v) {
    v = 0
    for (i = 1; i <= length(s); i++)
        v = v * 16 + index("0123456789ABCDEF", toupper(substr(s, i, 1))) - 1
    return v
}
/^U\+/ && $2 == "kMandarin" {
    split($3, readings, " ")
    s = readings[1]
    gsub(/ā|á|ǎ|à/, "a", s)
    gsub(/ē|é|ě|è/, "e", s)
    gsub(/ī|í|ǐ|ì/, "i", s)
    gsub(/ō|ó|ǒ|ò/, "o", s)
    gsub(/ū|ú|ǔ|ù/, "u", s)
    gsub(/ǖ|ǘ|ǚ|ǜ|ü/, "v", s)
    gsub(/ḿ|m̀/, "m", s)
    gsub(/ń|ň|ǹ/, "n", s)
    if (s !~ /^[a-z]+$/) {
        printf "generate.sh: unexpected reading \"%s\" for %s\n", readings[1], $1 > "/dev/stderr"
        exit 1
    }
    cp = $1
    sub(/^U\+/, "", cp)
    print hex(cp), s
}' "$tmp/readings.txt" >"$tmp/unsorted.txt"
sort -n -k 1,1 "$tmp/unsorted.txt" >"$tmp/pairs.txt"

# 2. The distinct syllables, alphabetically; index 0 is reserved for "no reading".
cut -d ' ' -f 2 "$tmp/pairs.txt" | sort -u >"$tmp/syllables.txt"

# 3. The C++ table: a direct index over U+3400..U+9FFF (Extension A and the URO, where nearly all
#    names live) and a sorted list of everything else (compatibility ideographs, Extensions B-G).
awk -v version="$unicode_version" -v first=13312 -v last=40959 '
FNR == NR { index_of[$1] = ++count; name[count] = $1; next }
{
    if ($1 >= first && $1 <= last) {
        direct[$1 - first] = index_of[$2]
    } else {
        sparse_cp[++sparse] = $1
        sparse_syl[sparse] = index_of[$2]
    }
    total++
}
END {
    print "// SPDX-License-Identifier: Unicode-DFS-2016"
    print "// GENERATED FILE - do not edit. Regenerate with resources/pinyin/generate.sh."
    print "//"
    print "// Hanzi -> toneless pinyin (first kMandarin reading, u-umlaut as \"v\"), generated from"
    print "// Unihan_Readings.txt of the Unicode Character Database, Unicode " version ","
    print "// as shipped in Debian'"'"'s unicode-data package (/usr/share/unicode/Unihan_Readings.txt.bz2)."
    print "//"
    print "// Unicode data: Copyright (c) 1991-2022 Unicode, Inc. All rights reserved. Distributed under"
    print "// the Unicode License Agreement - Data Files and Software (Unicode-DFS-2016), which permits"
    print "// use, copying, modification and distribution provided this notice is kept with the data;"
    print "// see https://www.unicode.org/license.txt and https://www.unicode.org/terms_of_use.html."
    print "//"
    printf "// %d characters with a reading, %d distinct syllables.\n", total, count
    print "// Included once, by models/domain/Pinyin.cpp."
    print ""
    print "#pragma once"
    print ""
    print "#include <cstdint>"
    print "#include <string_view>"
    print ""
    print "namespace gridbook::pinyin_data {"
    print ""
    print "/** Distinct syllables, alphabetical; index 0 means \"no reading\". */"
    print "constexpr std::string_view kSyllables[] = {"
    line = "    \"\","
    for (i = 1; i <= count; i++) {
        item = " \"" name[i] "\","
        if (length(line) + length(item) > 100) { print line; line = "   " }
        line = line item
    }
    print line
    print "};"
    print ""
    printf "constexpr char32_t kDirectFirst = 0x%X;\n", first
    printf "constexpr char32_t kDirectLast = 0x%X;\n", last
    print ""
    print "/** Syllable index of each code point from kDirectFirst to kDirectLast, 0 if none. */"
    printf "constexpr std::uint16_t kDirect[%d] = {\n", last - first + 1
    for (i = 0; i <= last - first; i += 16) {
        line = "   "
        for (j = i; j < i + 16 && j <= last - first; j++)
            line = line " " (direct[j] + 0) ","
        printf "%s // U+%X\n", line, first + i
    }
    print "};"
    print ""
    print "struct SparseEntry {"
    print "    char32_t codepoint;"
    print "    std::uint16_t syllable;"
    print "};"
    print ""
    print "/** Every other character with a reading, sorted by code point. */"
    printf "constexpr SparseEntry kSparse[%d] = {\n", sparse
    line = "   "
    if (sparse == 0) {
        print "generate.sh: no characters outside the direct range" > "/dev/stderr"
        exit 1
    }
    for (i = 1; i <= sparse; i++) {
        item = sprintf(" {0x%X, %d},", sparse_cp[i], sparse_syl[i])
        if (length(line) + length(item) > 100) { print line; line = "   " }
        line = line item
    }
    print line
    print "};"
    print ""
    print "} // namespace gridbook::pinyin_data"
}' "$tmp/syllables.txt" "$tmp/pairs.txt" >"$tmp/out.inc"

mv "$tmp/out.inc" "$output"
echo "generate.sh: wrote $output ($(wc -c <"$output") bytes, $(wc -l <"$tmp/syllables.txt") syllables)" >&2
