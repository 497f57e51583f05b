#include "control_characters.hpp"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace zfak
