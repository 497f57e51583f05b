#include "ip_address.hpp"

#include <gtest/gtest.h>

namespace zfak {
namespace {

TEST(IpAddress, DottedQuad) {
  EXPECT_EQ(parse_ipv4_dotted_quad("192.168.1.21"), (Ipv4Address{192, 168, 1, 21}));
  EXPECT_EQ(parse_ipv4_dotted_quad("0.0.0.0"), (Ipv4Address{0, 0, 0, 0}));
  for (std::string_view text : {"", "1.2.3", "1.2.3.4.", ".1.2.3.4", "1.2.3.256", "1.2.3.04",
                                "1..2.3", "1.2.3.4 ", "1.2.3.0x4", "1234.1.1.1", "-1.2.3.4"}) {
    EXPECT_FALSE(parse_ipv4_dotted_quad(text).has_value()) << text;
  }
}

TEST(IpAddress, Ipv6RoundTrip) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"::", "::"},
      {"::1", "::1"},
      {"1::", "1::"},
      {"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"},
      {"1:0:0:4:0:0:0:8", "1:0:0:4::8"},
      {"1:0:0:4:5:0:0:8", "1::4:5:0:0:8"},
      {"0:0:1::", "0:0:1::"},
      {"::1:0:0:0:0:0", "0:0:1::"},
      {"1::0", "1::"},
      {"::1.2.3.4", "::102:304"},
      {"0001:0:0:0:0:0:0:000A", "1::a"},
  };
  for (const auto& [text, expected] : cases) {
    const auto address = parse_ipv6(text);
    ASSERT_TRUE(address.has_value()) << text;
    EXPECT_EQ(serialize_ipv6(*address), expected) << text;
  }
  EXPECT_EQ(parse_ipv6("1:2::7:8"), (Ipv6Address{1, 2, 0, 0, 0, 0, 7, 8}));
}

TEST(IpAddress, Ipv6Invalid) {
  for (std::string_view text : {"", ":", ":::", "1:::2", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9",
                                "1:2:3:4:5:6:7", "::1:", "x::", "::1.2.3.4.5", "::1.2.3",
                                "::256.1.1.1", "::1.2.3.04", "1:2:3:4:5:6:7:1.2.3.4", "::1%1"}) {
    EXPECT_FALSE(parse_ipv6(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace zfak
