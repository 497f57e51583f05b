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

// Every expected value: node's new URL("https://" + host).host (Node 20), which decodes an ASCII
// "xn--" label and refuses one that is not the Punycode of a valid label.
TEST(Hostname, PunycodeLabelsThatDecode) {
  EXPECT_EQ(canonical_host("xn--bcher-kva.example"), "xn--bcher-kva.example");
  EXPECT_EQ(canonical_host("XN--BCHER-KVA.Example"), "xn--bcher-kva.example");  // case of ASCII
  EXPECT_EQ(canonical_host("xn--e1afmkfd.xn--p1ai"), "xn--e1afmkfd.xn--p1ai");
  EXPECT_EQ(canonical_host("xn--zca"), "xn--zca");          // U+00DF: non-transitional
  EXPECT_EQ(canonical_host("xn--bcher--kva"), "xn--bcher--kva");  // "bcher-" + U+00FC
  // Only basic code points: the label decodes to itself less the trailing '-'.
  EXPECT_EQ(canonical_host("xn--a-"), "xn--a-");
  EXPECT_EQ(canonical_host("xn--xn--4ca-"), "xn--xn--4ca-");
}

TEST(Hostname, PunycodeLabelsRefused) {
  for (std::string_view host : {
           "xn--abc",                  // U+0082 U+0081 U+0080: control characters
           "xn--",                     // an empty label
           "xn--.com",                 // ... in a name
           "xn---",                    // a lone '-' is read as a digit: not one
           "xn---abc",                 // ... the same before other digits
           "xn--zz",                   // cut short
           "xn--a-_",                  // '_' is no Punycode digit
           "xn--99999999",             // overflows
           "xn--bcher-kv.example",     // cut short, in a name
           "xn--vca",                  // U+00DB: uppercase, which UTS #46 maps, so not valid
           "xn--a-ecp.ru",             // "a" U+2488: a symbol UTS #46 refuses
           "xn--4ca.xn--abc",          // one bad label is enough
           "b\xC3\xBC" "cher.xn--abc", // ... next to a name written in Unicode
       }) {
    EXPECT_FALSE(canonical_host(host).has_value()) << host;
  }
}

TEST(Hostname, PunycodeLabelsForNamesRefusedInUnicodeAreRefused) {
  // WHATWG takes these, as it takes their Unicode forms; domain_to_ascii refuses those forms
  // (its mapping is limited on purpose), so their Punycode forms are refused alike.
  for (std::string_view host : {"xn--mgbh0fb.example", "xn--ls8h.example"}) {
    EXPECT_FALSE(canonical_host(host).has_value()) << host;
  }
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
