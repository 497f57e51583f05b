#include "utf8.hpp"

namespace zfak {

DecodedCodePoint decode_utf8(std::string_view bytes, std::size_t at) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  unsigned char low = 0x80;  // bounds of the second byte (Unicode Table 3-7)
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return {0, 0};
  }
  if (bytes.size() - at < length) return {0, 0};
  if (byte(at + 1) < low || byte(at + 1) > high) return {0, 0};
  char32_t code_point = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if (byte(at + k) < 0x80 || byte(at + k) > 0xBF) return {0, 0};
    code_point = code_point << 6 | (byte(at + k) & 0x3F);
  }
  return {code_point, length};
}

bool is_valid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::size_t length = decode_utf8(bytes, i).length;
    if (length == 0) return false;
    i += length;
  }
  return true;
}

}  // namespace zfak
