// UTF-8 checks and conversions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zfak {

// Well-formed UTF-8 as the Unicode standard defines it: no overlong forms, no surrogates,
// nothing above U+10FFFF, no truncated sequence.
bool is_valid_utf8(std::string_view bytes);

// The code points of `bytes`, or nothing when it is not well-formed UTF-8 (as is_valid_utf8).
std::optional<std::u32string> decode_utf8(std::string_view bytes);

// Appends the UTF-8 form of `code_point`, a Unicode scalar value (not a surrogate, <= U+10FFFF).
void append_utf8(std::string& out, char32_t code_point);

}  // namespace zfak
