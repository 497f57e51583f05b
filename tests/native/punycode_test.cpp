#include "punycode.hpp"

#include <gtest/gtest.h>

#include <utility>

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

// RFC 3492 section 7.1: (A), (B), (C), (D), (L), (M), (R), (S). Mixed case in the basic code
// points stays as it is; (D) and (M) are the samples with uppercase letters.
const std::pair<std::u32string_view, std::string_view> kRfc3492Samples[] = {
    {U"\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628"
     U"\u064A\u061F",
     "egbpdaj6bu4bxfgehfvwxn"},
    {U"\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587", "ihqwcrb4cv8a8dqg056pqjye"},
    {U"\u4ED6\u5011\u7232\u4EC0\u9EBD\u4E0D\u8AAA\u4E2D\u6587", "ihqwctvzc91f659drss3x8bo0yb"},
    {U"Pro\u010Dprost\u011Bnemluv\u00ED\u010Desky", "Proprostnemluvesky-uyb24dma41a"},
    {U"3\u5E74B\u7D44\u91D1\u516B\u5148\u751F", "3B-ww4c5e180e575a65lsy2b"},
    {U"\u5B89\u5BA4\u5948\u7F8E\u6075-with-SUPER-MONKEYS",
     "-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n"},
    {U"\u305D\u306E\u30B9\u30D4\u30FC\u30C9\u3067", "d9juau41awczczp"},
    {U"-> $1.00 <-", "-> $1.00 <--"},
};

TEST(PunycodeDecode, Rfc3492SampleStrings) {
  for (const auto& [decoded, encoded] : kRfc3492Samples) {
    EXPECT_EQ(punycode_decode(encoded), decoded) << encoded;
  }
}

TEST(PunycodeDecode, DigitsInEitherCase) {
  EXPECT_EQ(punycode_decode("bcher-kva"), U"b\u00FCcher");
  EXPECT_EQ(punycode_decode("bcher-KVA"), U"b\u00FCcher");
  EXPECT_EQ(punycode_decode("dn32g"), U"\U0010FFFF");
  EXPECT_EQ(punycode_decode("a-"), U"a");  // only basic code points
  EXPECT_EQ(punycode_decode(""), U"");
}

TEST(PunycodeDecode, RoundTripsTheEncoder) {
  for (const auto& [decoded, encoded] : kRfc3492Samples) {
    const std::optional<std::string> reencoded = punycode_encode(*punycode_decode(encoded));
    ASSERT_TRUE(reencoded.has_value()) << encoded;
    // The encoder writes digits in lowercase; the basic code points keep their case.
    EXPECT_EQ(punycode_decode(*reencoded), decoded) << encoded;
  }
}

TEST(PunycodeDecode, InvalidInputIsRefused) {
  for (std::string_view encoded : {
           "kv!",                      // not a digit
           "bcher-kv_",                // not a digit after the last '-'
           "-abc",                     // a lone leading '-' is read as a digit: not one
           "-",                        // ... the same, alone
           "\xC3\xA4-kva",             // a non-ASCII basic code point
           "bcher-kv",                 // the last digit sequence is cut short
           "999",                      // ... every digit asks for another
           "99999999",                 // the integer overflows 32 bits
           "k0902716a",                // 0xFFFFFFFF: the code point overflows 32 bits
       }) {
    EXPECT_FALSE(punycode_decode(encoded).has_value()) << encoded;
  }
}

TEST(PunycodeDecode, CodePointsBeyondUnicodeAreRefused) {
  const std::optional<std::string> beyond = punycode_encode(std::u32string(1, 0x110000));
  ASSERT_TRUE(beyond.has_value());
  EXPECT_FALSE(punycode_decode(*beyond).has_value());
}

}  // namespace
}  // namespace zfak
