#include "punycode.hpp"

#include <gtest/gtest.h>

namespace zfak {
namespace {

TEST(Punycode, Rfc3492SampleStrings) {
  // RFC 3492 section 7.1, (A), (B), (L) and (S).
  EXPECT_EQ(punycode_encode(U"\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648"
                            U"\u0634\u0639\u0631\u0628\u064A\u061F"),
            "egbpdaj6bu4bxfgehfvwxn");
  EXPECT_EQ(punycode_encode(U"\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587"),
            "ihqwcrb4cv8a8dqg056pqjye");
  EXPECT_EQ(punycode_encode(U"3\u5E74B\u7D44\u91D1\u516B\u5148\u751F"), "3B-ww4c5e180e575a65lsy2b");
  EXPECT_EQ(punycode_encode(U"-> $1.00 <-"), "-> $1.00 <--");
}

TEST(Punycode, Labels) {
  EXPECT_EQ(punycode_encode(U"b\u00FCcher"), "bcher-kva");
  EXPECT_EQ(punycode_encode(U"\u00E4"), "4ca");
  EXPECT_EQ(punycode_encode(U""), "");
  EXPECT_EQ(punycode_encode(U"\U0010FFFF"), "dn32g");  // the highest code point
}

TEST(Punycode, OverflowIsRefused) {
  // Each high code point after many low ones adds (m - n) * (h + 1) to delta: past 2^32 here.
  std::u32string label(5000, U'\u00E4');
  label += U'\U0010FFFF';
  EXPECT_FALSE(punycode_encode(label).has_value());
}

}  // namespace
}  // namespace zfak
