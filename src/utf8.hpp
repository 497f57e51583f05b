// UTF-8 checks.
#pragma once

#include <string>
#include <string_view>

namespace zfak {

// Well-formed UTF-8 as the Unicode standard defines it: no overlong forms, no surrogates,
// nothing above U+10FFFF, no truncated sequence.
bool is_valid_utf8(std::string_view bytes);

}  // namespace zfak
