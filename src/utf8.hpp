// UTF-8 checks shared by response validation and error messages.
#pragma once

#include <string>
#include <string_view>

namespace zfak {

// Well-formed UTF-8 as the Unicode standard defines it: no overlong forms, no surrogates,
// nothing above U+10FFFF, no truncated sequence.
bool is_valid_utf8(std::string_view bytes);

// At most `max_bytes` bytes of `text`, cut before a UTF-8 sequence rather than inside one, with
// "…" appended when something was cut. Control characters become spaces and bytes that are not
// UTF-8 become U+FFFD, so that a quoted value cannot break a message's layout or encoding.
std::string shorten_for_message(std::string_view text, std::size_t max_bytes);

}  // namespace zfak
