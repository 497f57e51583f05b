#include "domain_mapping.hpp"

namespace zfak {

namespace {

bool in(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

// Blocks where an uppercase letter at an even code point has its lowercase right after it.
char32_t even_upper(char32_t c) { return (c % 2 == 0) ? c + 1 : c; }
// ... and where the uppercase letter is at the odd code point.
char32_t odd_upper(char32_t c) { return (c % 2 == 1) ? c + 1 : c; }

std::optional<char32_t> map_ascii_like(char32_t c) {
  if (in(c, 'A', 'Z')) return c - 'A' + 'a';
  if (c < 0x80) return c;
  if (c == 0x3002 || c == 0xFF0E || c == 0xFF61) return U'.';  // ideographic / fullwidth stops
  if (in(c, 0xFF21, 0xFF3A)) return c - 0xFF21 + 'a';           // fullwidth A-Z
  if (in(c, 0xFF41, 0xFF5A)) return c - 0xFF41 + 'a';           // fullwidth a-z
  if (in(c, 0xFF10, 0xFF19)) return c - 0xFF10 + '0';           // fullwidth digits
  if (c == 0xFF0D) return U'-';                                 // fullwidth hyphen-minus
  return std::nullopt;
}

std::optional<char32_t> map_latin(char32_t c) {
  if (in(c, 0xC0, 0xDE) && c != 0xD7) return c + 0x20;
  if (in(c, 0xDF, 0xFF) && c != 0xF7) return c;  // U+00DF stays: non-transitional
  switch (c) {
    // Compatibility forms mapped to two code points: refused (see the header).
    case 0x130: case 0x132: case 0x133: case 0x13F: case 0x140: case 0x149: case 0x17F:
      return std::nullopt;
    case 0x131: case 0x138: return c;
    case 0x178: return 0xFF;
    default: break;
  }
  if (in(c, 0x100, 0x137) || in(c, 0x14A, 0x177)) return even_upper(c);
  if (in(c, 0x139, 0x148) || in(c, 0x179, 0x17E)) return odd_upper(c);
  return std::nullopt;
}

std::optional<char32_t> map_greek_cyrillic_armenian(char32_t c) {
  if (c == 0x386) return 0x3AC;
  if (in(c, 0x388, 0x38A)) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (in(c, 0x38E, 0x38F)) return c + 63;
  if (in(c, 0x391, 0x3AB) && c != 0x3A2) return c + 0x20;
  if (in(c, 0x3AC, 0x3CE)) return c;  // U+03C2 final sigma stays: non-transitional
  if (in(c, 0x400, 0x40F)) return c + 0x50;
  if (in(c, 0x410, 0x42F)) return c + 0x20;
  if (in(c, 0x430, 0x45F)) return c;
  if (in(c, 0x460, 0x481) || in(c, 0x48A, 0x4BF) || in(c, 0x4D0, 0x4FF)) return even_upper(c);
  // U+04C0 (palochka) is refused: UTS #46 disallows it.
  if (in(c, 0x4C1, 0x4CE)) return odd_upper(c);
  if (c == 0x4CF) return c;
  if (in(c, 0x531, 0x556)) return c + 0x30;
  if (in(c, 0x561, 0x586)) return c;
  return std::nullopt;
}

// Scripts without case: valid as they are.
bool is_caseless_letter(char32_t c) {
  return in(c, 0x3041, 0x3096) ||                           // Hiragana
         in(c, 0x30A1, 0x30FA) || in(c, 0x30FC, 0x30FE) ||  // Katakana
         in(c, 0x4E00, 0x9FFF) ||                           // CJK Unified Ideographs
         in(c, 0xAC00, 0xD7A3);                             // Hangul syllables
}

}  // namespace

std::optional<char32_t> map_domain_code_point(char32_t c) {
  if (is_caseless_letter(c)) return c;
  if (auto mapped = map_ascii_like(c)) return mapped;
  if (c < 0x180) return map_latin(c);
  return map_greek_cyrillic_armenian(c);
}

}  // namespace zfak
