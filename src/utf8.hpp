// UTF-8 checks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace zfak {

// The code point whose UTF-8 sequence starts at bytes[at], and the sequence's length in bytes;
// length 0 when no well-formed sequence starts there.
struct DecodedCodePoint {
  char32_t code_point;
  std::size_t length;
};
DecodedCodePoint decode_utf8(std::string_view bytes, std::size_t at);

// Well-formed UTF-8 as the Unicode standard defines it: no overlong forms, no surrogates,
// nothing above U+10FFFF, no truncated sequence.
bool is_valid_utf8(std::string_view bytes);

}  // namespace zfak
