#include "domain_mapping.hpp"

#include <gtest/gtest.h>

namespace zfak {
namespace {

TEST(DomainMapping, AsciiIsLowercasedAndOtherwiseLeftToHostnameRules) {
  EXPECT_EQ(map_domain_code_point(U'A'), U'a');
  EXPECT_EQ(map_domain_code_point(U'z'), U'z');
  EXPECT_EQ(map_domain_code_point(U'!'), U'!');
}

TEST(DomainMapping, FullStopsAndFullwidthAscii) {
  for (char32_t stop : {U'\u3002', U'\uFF0E', U'\uFF61'}) EXPECT_EQ(map_domain_code_point(stop), U'.');
  EXPECT_EQ(map_domain_code_point(U'\uFF21'), U'a');  // Ａ
  EXPECT_EQ(map_domain_code_point(U'\uFF5A'), U'z');  // ｚ
  EXPECT_EQ(map_domain_code_point(U'\uFF19'), U'9');  // ９
  EXPECT_EQ(map_domain_code_point(U'\uFF0D'), U'-');  // －
  EXPECT_FALSE(map_domain_code_point(U'\uFF01').has_value());  // ！: not a label character
}

TEST(DomainMapping, Lowercase) {
  EXPECT_EQ(map_domain_code_point(U'\u00DC'), U'\u00FC');  // Ü
  EXPECT_EQ(map_domain_code_point(U'\u0100'), U'\u0101');  // Ā (even uppercase)
  EXPECT_EQ(map_domain_code_point(U'\u0139'), U'\u013A');  // Ĺ (odd uppercase)
  EXPECT_EQ(map_domain_code_point(U'\u0178'), U'\u00FF');  // Ÿ
  EXPECT_EQ(map_domain_code_point(U'\u0386'), U'\u03AC');  // Ά
  EXPECT_EQ(map_domain_code_point(U'\u038F'), U'\u03CE');  // Ώ
  EXPECT_EQ(map_domain_code_point(U'\u0391'), U'\u03B1');  // Α
  EXPECT_EQ(map_domain_code_point(U'\u0401'), U'\u0451');  // Ё
  EXPECT_EQ(map_domain_code_point(U'\u042F'), U'\u044F');  // Я
  EXPECT_EQ(map_domain_code_point(U'\u04C1'), U'\u04C2');  // Ӂ
  EXPECT_EQ(map_domain_code_point(U'\u0531'), U'\u0561');  // Ա
}

TEST(DomainMapping, KeptAsTheyAre) {
  for (char32_t c : {U'\u00DF', U'\u00FC', U'\u0131', U'\u03C2', U'\u04CF', U'\u3042', U'\u30AB',
                     U'\u4F8B', U'\uD55C'}) {
    EXPECT_EQ(map_domain_code_point(c), c) << static_cast<unsigned>(c);
  }
}

TEST(DomainMapping, RefusedWhereUts46NeedsItsTables) {
  for (char32_t c : {U'\u0080', U'\u00A0', U'\u00AA', U'\u00D7', U'\u00F7', U'\u0130', U'\u0132',
                     U'\u013F', U'\u0149', U'\u017F', U'\u0180', U'\u0301', U'\u0387', U'\u0483', U'\u04C0',
                     U'\u05D0', U'\u0627', U'\u0E33', U'\u200D', U'\u2603', U'\u309B', U'\uFB01',
                     U'\U0001F600'}) {
    EXPECT_FALSE(map_domain_code_point(c).has_value()) << static_cast<unsigned>(c);
  }
}

}  // namespace
}  // namespace zfak
