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

}  // namespace zfak
