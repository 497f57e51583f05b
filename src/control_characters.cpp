#include "control_characters.hpp"

namespace zfak {

bool has_control_characters(std::string_view text) {
  const auto byte = [&](std::size_t i) -> unsigned char {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = byte(i);
    if (c < 0x20 || c == 0x7F) return true;
    // U+0080-U+009F: C2 80 - C2 9F
    if (c == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) return true;
    // U+061C: D8 9C
    if (c == 0xD8 && byte(i + 1) == 0x9C) return true;
    if (c == 0xE2 && byte(i + 1) == 0x80) {
      // U+200E, U+200F, U+2028-U+202E: E2 80 8E/8F, E2 80 A8-AE
      const unsigned char last = byte(i + 2);
      if (last == 0x8E || last == 0x8F || (last >= 0xA8 && last <= 0xAE)) return true;
    }
    // U+2066-U+2069: E2 81 A6-A9
    if (c == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) >= 0xA6 && byte(i + 2) <= 0xA9) {
      return true;
    }
  }
  return false;
}

}  // namespace zfak
