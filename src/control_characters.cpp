#include "control_characters.hpp"

#include "control_character_ranges.hpp"
#include "utf8.hpp"

namespace zfak {

bool has_control_characters(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const DecodedCodePoint decoded = decode_utf8(text, i);
    if (decoded.length == 0) {
      ++i;  // not UTF-8: not judged here
      continue;
    }
    for (const CodePointRange& range : kControlCharacterRanges) {
      if (decoded.code_point >= range.first && decoded.code_point <= range.last) return true;
    }
    i += decoded.length;
  }
  return false;
}

}  // namespace zfak
