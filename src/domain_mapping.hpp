// The UTS #46 mapping step of WHATWG URL's "domain to ASCII", for the part of Unicode this
// library supports (no Unicode data tables: the wasm module stays small).
#pragma once

#include <optional>

namespace zfak {

// What one code point of a host becomes before Punycode encoding, as UTS #46 (non-transitional,
// as WHATWG URL uses it) maps it: ASCII letters lowercased and other ASCII as is (hostname.cpp
// judges ASCII); the ideographic and fullwidth full stops -> '.'; fullwidth ASCII letters,
// digits and hyphen -> ASCII; and, lowercased where they have case, the letters of Latin-1,
// Latin Extended-A, modern Greek, Cyrillic, Armenian, Hiragana, Katakana, CJK Unified
// Ideographs and Hangul syllables.
//
// Nothing for every other code point. The limit is deliberate: a character that UTS #46 maps
// in ways that need its data tables (compatibility forms such as U+0130 or U+FB01, combining
// marks and their NFC composition, right-to-left scripts and their bidi rule, joiners) is
// refused rather than sent to a host a browser would not name.
std::optional<char32_t> map_domain_code_point(char32_t c);

}  // namespace zfak
