#include "domain_to_ascii.hpp"

#include <gtest/gtest.h>

namespace zfak {
namespace {

TEST(DomainToAscii, MatchesWhatwgUrl) {
  // Expected values: node's new URL("https://" + input).host.
  EXPECT_EQ(domain_to_ascii("b\xC3\xBC" "cher.example"), "xn--bcher-kva.example");
  EXPECT_EQ(domain_to_ascii("stra\xC3\x9F" "e.de"), "xn--strae-oqa.de");
  EXPECT_EQ(domain_to_ascii("\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91.gr"), "xn--mxaard0a.gr");
  EXPECT_EQ(domain_to_ascii("\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x80.\xD0\xA0\xD0\xA4"),
            "xn--e1afmkfd.xn--p1ai");
  EXPECT_EQ(domain_to_ascii("\xE4\xBE\x8B\xE3\x81\x88.\xE3\x83\x86\xE3\x82\xB9\xE3\x83\x88"),
            "xn--r8jz45g.xn--zckzah");
  EXPECT_EQ(domain_to_ascii("\xED\x95\x9C\xEA\xB5\xAD.kr"), "xn--3e0b707e.kr");
}

TEST(DomainToAscii, AsciiLabelsAndDotsStayAsTheyAre) {
  EXPECT_EQ(domain_to_ascii("chat.b\xC3\xBC" "cher.example."), "chat.xn--bcher-kva.example.");
  EXPECT_EQ(domain_to_ascii("\xEF\xBC\xA1\xE3\x80\x82" "b"), "a.b");
  EXPECT_EQ(domain_to_ascii("\xC3\xBC..x"), "xn--tda..x");  // emptiness is canonical_host's rule
}

TEST(DomainToAscii, Refused) {
  EXPECT_FALSE(domain_to_ascii("\xE2\x98\x83.com").has_value());        // U+2603
  EXPECT_FALSE(domain_to_ascii("xn--\xC3\xBC.com").has_value());        // fake Punycode
  EXPECT_FALSE(domain_to_ascii("\xC3\x28.com").has_value());            // not UTF-8
  EXPECT_FALSE(domain_to_ascii("\xED\xA0\x80.com").has_value());        // a surrogate
  EXPECT_FALSE(domain_to_ascii("u\xCC\x88.com").has_value());           // NFD: a combining mark
}

}  // namespace
}  // namespace zfak
