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

TEST(Hostname, Refused) {
  for (std::string_view host :
       {"", ".", "..", "a..b", ".a", "a b", "a%41", "\xC3\xA4", "[::1", "::1]", "[]", "1.2.3.4.",
        "999.1.1.1", "a.1", "a.0x1F", "0x7f000001", "a:b", "a/b", "a@b"}) {
    EXPECT_FALSE(canonical_host(host).has_value()) << host;
  }
}

}  // namespace
}  // namespace zfak
