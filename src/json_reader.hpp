// JSON text -> JsonValue: RFC 8259, strictly, the way nlohmann's parse reads it (the native
// tests and tests/fuzz/fuzz_json_reader.cpp hold the two to the same answers).
#pragma once

#include <optional>
#include <string_view>

#include "json_value.hpp"

namespace zfak {

// Arrays and objects nested deeper than this are refused (nlohmann has no limit; a Zulip answer
// nests less than 5 deep): the reader recurses once per level, 128 bytes of the wasm's 64 KB
// stack each at -Oz.
inline constexpr int kMaxJsonDepth = 128;

// The value `text` holds, or nothing when it is not exactly one JSON value:
//   - white space is space, tab, LF and CR only, around any token; nothing else may follow;
//   - strings are well-formed UTF-8 (no overlong form, no surrogate, nothing above U+10FFFF)
//     without raw control characters (< 0x20, NUL included); escapes are \" \\ \/ \b \f \n \r
//     \t and \uXXXX, a surrogate only as a high-low pair;
//   - numbers follow RFC 8259's grammar (no '+', no leading zero, no ".5" or "5.", no NaN);
//     an integer literal within [-2^63, 2^64 - 1] is kept exactly, any number as a double
//     (decimal.hpp says how exact), and one too large for a double is refused, as nlohmann does;
//   - a UTF-8 byte order mark at the very start is skipped, as RFC 8259 allows (and nlohmann
//     does);
//   - of duplicate keys the last one wins.
std::optional<JsonValue> parse_json(std::string_view text);

}  // namespace zfak
