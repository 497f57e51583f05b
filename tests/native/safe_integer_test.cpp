#include "safe_integer.hpp"

#include <gtest/gtest.h>

#include "json_text.hpp"

namespace zfak {
namespace {

std::optional<std::int64_t> read(std::string_view text) {
  const std::optional<nlohmann::json> value = parse_json(text);
  EXPECT_TRUE(value.has_value()) << text;
  return value ? safe_integer(*value) : std::nullopt;
}

TEST(SafeInteger, Accepted) {
  EXPECT_EQ(read("0"), 0);
  EXPECT_EQ(read("5"), 5);
  EXPECT_EQ(read("5.0"), 5);
  EXPECT_EQ(read("-0"), 0);
  EXPECT_EQ(read("9007199254740991"), 9007199254740991);
}

TEST(SafeInteger, Refused) {
  for (std::string_view text : {"-1", "5.5", "9007199254740992", "1e300", "-0.5", "\"5\"", "true",
                                "null", "[5]", "18446744073709551615"}) {
    EXPECT_FALSE(read(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace zfak
