#include "url_path.hpp"

#include <gtest/gtest.h>

namespace zfak {
namespace {

TEST(UrlPath, Normalize) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"", ""},
      {"/", ""},
      {"///", ""},
      {"/a", "/a"},
      {"/a/", "/a"},
      {"\\a\\b\\", "/a/b"},
      {"/a/./b/../c", "/a/c"},
      {"/..", ""},
      {"/a/%2E%2e", ""},
      {"/a b/\"x\"/<y>/`{z}`", "/a%20b/%22x%22/%3Cy%3E/%60%7Bz%7D%60"},
      {"/%41%zz%", "/%41%zz%"},
      {"/\xC3\xA9", "/%C3%A9"},
      {"/~!$&'()*+,;=:@[]|^", "/~!$&'()*+,;=:@[]|^"},
  };
  for (const auto& [path, expected] : cases) EXPECT_EQ(normalize_url_path(path), expected) << path;
}

}  // namespace
}  // namespace zfak
