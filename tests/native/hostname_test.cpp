#include "hostname.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "domain_to_ascii.hpp"

namespace zfak {
namespace {

TEST(Hostname, Canonical) {
  EXPECT_EQ(canonical_host("Chat.Zulip.ORG"), "chat.zulip.org");
  EXPECT_EQ(canonical_host("localhost."), "localhost.");
  EXPECT_EQ(canonical_host("10.0.0.1"), "10.0.0.1");
  EXPECT_EQ(canonical_host("[0:0::1]"), "[::1]");
  EXPECT_EQ(canonical_host("a_b-c"), "a_b-c");
}

// Expected values: node's new URL("https://" + host).hostname (WHATWG URL, UTS #46
// non-transitional); natively the core is given libidn2's conversion.
TEST(Hostname, InternationalizedNamesInTheirAsciiForm) {
  EXPECT_EQ(canonical_host("B\xC3\xBC" "cher.Example"), "xn--bcher-kva.example");
  EXPECT_EQ(canonical_host("\xC3\xA4"), "xn--4ca");
  EXPECT_EQ(canonical_host("chat.b\xC3\xBC" "cher.example."), "chat.xn--bcher-kva.example.");
  // Arabic, Hebrew, Thai, Devanagari.
  EXPECT_EQ(canonical_host("\xD9\x85\xD8\xAB\xD8\xA7\xD9\x84.\xD8\xA5\xD8\xAE\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xB1"),
            "xn--mgbh0fb.xn--kgbechtv");
  EXPECT_EQ(canonical_host("\xD7\x91\xD7\x93\xD7\x99\xD7\xA7\xD7\x94.\xD7\x98\xD7\xA2\xD7\xA1\xD7\x98"),
            "xn--5dbedt4e.xn--deba0ad");
  EXPECT_EQ(canonical_host("\xE0\xB8\x95\xE0\xB8\xB1\xE0\xB8\xA7\xE0\xB8\xAD\xE0\xB8\xA2\xE0\xB9\x88"
                           "\xE0\xB8\xB2\xE0\xB8\x87.\xE0\xB9\x84\xE0\xB8\x97\xE0\xB8\xA2"),
            "xn--72c1a1bt4awk9o.xn--o3cw4h");
  EXPECT_EQ(canonical_host("\xE0\xA4\x89\xE0\xA4\xA6\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA4\xB0\xE0\xA4\xA3."
                           "\xE0\xA4\xAA\xE0\xA4\xB0\xE0\xA5\x80\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7"
                           "\xE0\xA4\xBE"),
            "xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g");
  // Non-transitional: U+00DF and U+03C2 are kept, not mapped to "ss" and U+03C3.
  EXPECT_EQ(canonical_host("stra\xC3\x9F" "e.de"), "xn--strae-oqa.de");
  EXPECT_EQ(canonical_host("\xCF\x82.gr"), "xn--3xa.gr");
  // Fullwidth letters and the ideographic full stop are ASCII once mapped: no xn-- at all.
  EXPECT_EQ(canonical_host("\xEF\xBC\xA1\xEF\xBD\x82" "c\xE3\x80\x82" "com"), "abc.com");
  // ... and a fullwidth dotted quad is an IPv4 address like any other.
  EXPECT_EQ(canonical_host("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x97.0.0.1"), "127.0.0.1");
}

TEST(Hostname, InternationalizedNamesRefused) {
  for (std::string_view host : {
           "a\xC3\xBC!.com",              // '!' in the ASCII form
           "a\xC3\xBC%41.com",            // percent-encoded
           "xn--\xC3\xBC.com",            // claims to be Punycode but is not ASCII
           "\xC3",                        // not UTF-8
           "\xC3\xBC..com",               // an empty label
           "a\xE2\x80\x8D" "b.com",       // U+200D, a joiner out of its context
       }) {
    EXPECT_FALSE(canonical_host(host).has_value()) << host;
  }
  // Over-long once encoded: 60 'a's and one 'ü' make a 69-character label.
  EXPECT_FALSE(canonical_host(std::string(60, 'a') + "\xC3\xBC.com").has_value());
}

TEST(Hostname, PunycodeLabelsAreCheckedByThePlatform) {
  EXPECT_EQ(canonical_host("xn--bcher-kva.example"), "xn--bcher-kva.example");
  EXPECT_EQ(canonical_host("XN--BCHER-KVA.Example"), "xn--bcher-kva.example");
  EXPECT_EQ(canonical_host("xn--e1afmkfd.xn--p1ai"), "xn--e1afmkfd.xn--p1ai");
  EXPECT_EQ(canonical_host("xn--zca"), "xn--zca");  // U+00DF: non-transitional
  for (std::string_view host : {"xn--abc", "xn--zz", "xn--99999999", "xn--bcher-kv.example",
                                "xn--4ca.xn--abc", "b\xC3\xBC" "cher.xn--abc"}) {
    EXPECT_FALSE(canonical_host(host).has_value()) << host;
  }
}

// The conversion is asked only about the hosts that need it, and only with characters a name
// may hold; without one, those hosts are refused and the others are untouched.
std::vector<std::string> asked;
std::optional<std::string> recording(std::string_view host) {
  asked.emplace_back(host);
  return std::string("converted.example");
}

TEST(Hostname, TheGivenConversionIsUsedOnlyWhenNeeded) {
  const DomainToAscii platform = set_domain_to_ascii(&recording);
  asked.clear();
  EXPECT_EQ(canonical_host("B\xC3\xBC" "cher.Example"), "converted.example");
  EXPECT_EQ(canonical_host("a.XN--z"), "converted.example");
  EXPECT_EQ(canonical_host("Chat.Zulip.org"), "chat.zulip.org");
  EXPECT_EQ(canonical_host("axn--b.example"), "axn--b.example");
  EXPECT_EQ(canonical_host("[::1]"), "[::1]");
  EXPECT_FALSE(canonical_host("\xC3\xBC:1").has_value());
  EXPECT_FALSE(canonical_host("\xC3\xBC/").has_value());
  EXPECT_EQ(asked, (std::vector<std::string>{"B\xC3\xBC" "cher.Example", "a.XN--z"}));

  set_domain_to_ascii(nullptr);
  EXPECT_FALSE(canonical_host("b\xC3\xBC" "cher.example").has_value());
  EXPECT_FALSE(canonical_host("xn--bcher-kva.example").has_value());
  EXPECT_EQ(canonical_host("chat.zulip.org"), "chat.zulip.org");
  set_domain_to_ascii(platform);
}

TEST(Hostname, Refused) {
  for (std::string_view host :
       {"", ".", "..", "a..b", ".a", "a b", "a%41", "[::1", "::1]", "[]", "1.2.3.4.",
        "999.1.1.1", "a.1", "a.0x1F", "0x7f000001", "a:b", "a/b", "a@b"}) {
    EXPECT_FALSE(canonical_host(host).has_value()) << host;
  }
}

}  // namespace
}  // namespace zfak
