#include "error.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zfak {
namespace {

// The list is generated from web/errors/codes.js; tests/node/hostile.test.js checks the same
// through the wasm, code by code from the table.
TEST(Error, EveryCodeOfTheTablesLocalListIsOurs) {
  for (std::string_view own : code::kLibraryCodes) EXPECT_TRUE(is_library_code(own)) << own;
}

TEST(Error, NoOtherWordIsOurs) {
  for (std::string_view zulip : code::kServerCodes) EXPECT_FALSE(is_library_code(zulip)) << zulip;
  for (std::string_view near :
       {"", "NOT_READ", "NOT_READY_", "not_ready", " NOT_READY", "NOT_READY\n", "ABORTED2"}) {
    EXPECT_FALSE(is_library_code(near)) << near;
  }
  EXPECT_FALSE(is_library_code(std::string_view("NOT_READY\0", 10)));
}

}  // namespace
}  // namespace zfak
