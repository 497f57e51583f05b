#include "result.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zfak {
namespace {

Result<std::string> fallible(bool succeed) {
  if (succeed) return std::string("value");
  return library_error(code::kInvalidArgument, "reason");
}

TEST(Result, HoldsAValueOrAnError) {
  const Result<std::string> good = fallible(true);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), "value");
  Result<std::string> moved = fallible(true);
  EXPECT_EQ(std::string(std::move(moved.value())), "value");

  const Result<std::string> bad = fallible(false);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, code::kInvalidArgument);
  EXPECT_EQ(bad.error().reason, "reason");
}

// The native tests are built in Debug (scripts/test.sh), where a wrong access is an assertion
// failure rather than undefined behaviour.
#ifndef NDEBUG
TEST(ResultDeathTest, AWrongAccessIsCaught) {
  const Result<std::string> bad = fallible(false);
  EXPECT_DEATH((void)bad.value(), "Assertion .*ok\\(\\)");
  Result<std::string> mutable_bad = fallible(false);
  EXPECT_DEATH((void)mutable_bad.value(), "Assertion .*ok\\(\\)");
  const Result<std::string> good = fallible(true);
  EXPECT_DEATH((void)good.error(), "Assertion .*!ok\\(\\)");
}
#endif

}  // namespace
}  // namespace zfak
