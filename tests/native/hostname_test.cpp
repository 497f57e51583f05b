#include "hostname.hpp"

#include <gtest/gtest.h>

namespace zfak {
namespace {

TEST(Hostname, Canonical) {
  EXPECT_EQ(canonical_host("Chat.Zulip.ORG"), "chat.zulip.org");
  EXPECT_EQ(canonical_host("localhost."), "localhost.");
  EXPECT_EQ(canonical_host("10.0.0.1"), "10.0.0.1");
  EXPECT_EQ(canonical_host("[0:0::1]"), "[::1]");
  EXPECT_EQ(canonical_host("a_b-c"), "a_b-c");
}

TEST(Hostname, InternationalizedNamesInTheirAsciiForm) {
  EXPECT_EQ(canonical_host("B\xC3\xBC" "cher.Example"), "xn--bcher-kva.example");
  EXPECT_EQ(canonical_host("\xC3\xA4"), "xn--4ca");
  // Fullwidth letters and the ideographic full stop are ASCII once mapped: no xn-- at all.
  EXPECT_EQ(canonical_host("\xEF\xBC\xA1\xEF\xBD\x82" "c\xE3\x80\x82" "com"), "abc.com");
  // ... and a fullwidth dotted quad is an IPv4 address like any other.
  EXPECT_EQ(canonical_host("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x97.0.0.1"), "127.0.0.1");
}

TEST(Hostname, InternationalizedNamesRefused) {
  for (std::string_view host : {
           "\xE2\x98\x83.com",           // U+2603: not a letter
           "a\xC3\xBC!.com",              // '!' in the ASCII form
           "xn--\xC3\xBC.com",            // claims to be Punycode but is not ASCII
           "\xC3",                        // not UTF-8
           "\xC3\xBC..com",               // an empty label
           "\xE3\x80\x82",               // only a full stop
       }) {
    EXPECT_FALSE(canonical_host(host).has_value()) << host;
  }
  // Over-long once encoded: 60 'a's and one 'ü' make a 69-character label.
  EXPECT_FALSE(canonical_host(std::string(60, 'a') + "\xC3\xBC.com").has_value());
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
