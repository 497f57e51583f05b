#include "control_characters.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include "control_character_ranges.hpp"
#include "utf8.hpp"

namespace zfak {
namespace {

TEST(ControlCharacters, FindsEveryKind) {
  for (const std::string& text :
       {std::string("a\0b", 3), std::string("a\rb"), std::string("a\nb"), std::string("\x1b[31m"),
        std::string("\x7f"), std::string("\xC2\x80"), std::string("x\xC2\x85y"),
        std::string("\xC2\x9F"), std::string("\xD8\x9C"), std::string("\xE2\x80\x8E"),
        std::string("\xE2\x80\x8F"), std::string("\xE2\x80\xA8"), std::string("\xE2\x80\xA9"),
        std::string("\xE2\x80\xAA"), std::string("moc.\xE2\x80\xAE"), std::string("\xE2\x81\xA6"),
        std::string("\xE2\x81\xA9"), std::string("\t")}) {
    EXPECT_TRUE(has_control_characters(text)) << testing::PrintToString(text);
  }
}

TEST(ControlCharacters, LettersOfEveryScriptAreNot) {
  for (const std::string& text :
       {std::string(""), std::string("iago@zulip.com"), std::string("\xC2\xA0 \xC2\xA9 \xC3\xA9"),
        std::string("\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A"),      // Arabic letters
        std::string("\xE2\x80\x8D"),                          // ZWJ, in emoji and names
        std::string("\xE2\x80\x8C"), std::string("\xE2\x80\xA2"),  // ZWNJ, bullet
        std::string("\xE2\x81\xA0"), std::string("\xE2\x81\xAA"),  // word joiner, U+206A
        std::string("\xF0\x9F\x98\x80")}) {
    EXPECT_FALSE(has_control_characters(text)) << testing::PrintToString(text);
  }
}

std::string utf8(char32_t code_point) {
  std::string out;
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | code_point >> 6);
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | code_point >> 12);
    out += static_cast<char>(0x80 | (code_point >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | code_point >> 18);
    out += static_cast<char>(0x80 | (code_point >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (code_point >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return out;
}

// The ranges as web/words/display_text.js writes them, read here on their own (not through the build's
// generated table), so that a fault in the generation shows too.
std::vector<CodePointRange> ranges_in_messages_js() {
  std::ifstream file(ZFAK_SOURCE_DIR "/web/words/display_text.js");
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  std::smatch match;
  EXPECT_TRUE(std::regex_search(text, match, std::regex(R"(\nconst CONTROLS = /\[([^\]]*)\]/gu;)")));
  const std::string set = match[1];
  std::vector<CodePointRange> ranges;
  const std::regex item(R"(\\u([0-9a-fA-F]{4})(?:-\\u([0-9a-fA-F]{4}))?)");
  for (std::sregex_iterator it(set.begin(), set.end(), item), end; it != end; ++it) {
    const auto first = static_cast<char32_t>(std::stoul((*it)[1], nullptr, 16));
    const auto last = (*it)[2].matched ? static_cast<char32_t>(std::stoul((*it)[2], nullptr, 16)) : first;
    ranges.push_back({first, last});
  }
  return ranges;
}

TEST(ControlCharacters, EveryCodePointAsTheJsSideHasIt) {
  const std::vector<CodePointRange> ranges = ranges_in_messages_js();
  ASSERT_GE(ranges.size(), 5u);
  ASSERT_EQ(ranges.size(), std::size(kControlCharacterRanges));
  for (char32_t code_point = 0; code_point <= 0x10FFFF; ++code_point) {
    if (code_point >= 0xD800 && code_point <= 0xDFFF) continue;  // not encodable in UTF-8
    const std::string text = utf8(code_point);
    const DecodedCodePoint decoded = decode_utf8(text, 0);
    ASSERT_TRUE(is_valid_utf8(text) && decoded.code_point == code_point &&
                decoded.length == text.size())
        << std::hex << code_point;
    bool expected = false;
    for (const CodePointRange& range : ranges) {
      expected = expected || (code_point >= range.first && code_point <= range.last);
    }
    ASSERT_EQ(has_control_characters("a" + text + "b"), expected) << std::hex << code_point;
  }
}

}  // namespace
}  // namespace zfak
