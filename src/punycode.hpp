// Punycode (RFC 3492, with the Bootstring parameters IDNA uses): how a label of Unicode code
// points is written in ASCII after "xn--".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zfak {

// The Punycode form of `label` (without the "xn--" prefix): its ASCII code points in order,
// then '-' when there were any, then the encoded rest, in lowercase. Nothing when the
// encoding's integer arithmetic would overflow (labels far beyond any DNS length limit).
std::optional<std::string> punycode_encode(std::u32string_view label);

// The code points `encoded` (without the "xn--" prefix) stands for, as RFC 3492's decoder
// reads it: digits in either case. Nothing when it is not Punycode: a non-ASCII byte, a
// character that is not a digit after the last '-', a digit sequence cut short, arithmetic
// that overflows, or a code point above U+10FFFF. "" decodes to "": an empty label is for the
// caller to refuse.
std::optional<std::u32string> punycode_decode(std::string_view encoded);

}  // namespace zfak
