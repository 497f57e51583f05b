#include "form_encoding.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zfak {
namespace {

std::string encode_value(std::string_view value) { return form_encode({{"v", value}}).substr(2); }

TEST(FormEncoding, GoldenCases) {
  EXPECT_EQ(encode_value("a b+c&d=e%f"), "a+b%2Bc%26d%3De%25f");
  EXPECT_EQ(encode_value("+"), "%2B");
  EXPECT_EQ(encode_value("&"), "%26");
  EXPECT_EQ(encode_value("="), "%3D");
  EXPECT_EQ(encode_value("%"), "%25");
  EXPECT_EQ(encode_value(" "), "+");
  EXPECT_EQ(encode_value("*-._~"), "*-._%7E");
  EXPECT_EQ(encode_value("\xC3\xA9"), "%C3%A9");    // é, NFC
  EXPECT_EQ(encode_value("e\xCC\x81"), "e%CC%81");  // e + U+0301, NFD: left as is
  EXPECT_EQ(encode_value(""), "");
  EXPECT_EQ(encode_value("AZaz09"), "AZaz09");
  EXPECT_EQ(encode_value("/?#[]@!$'(),;:"), "%2F%3F%23%5B%5D%40%21%24%27%28%29%2C%3B%3A");
  EXPECT_EQ(encode_value(std::string_view("\0\t\n\x7F\xFF", 5)), "%00%09%0A%7F%FF");
  EXPECT_EQ(encode_value("\xED\xA0\x80"), "%ED%A0%80");  // not UTF-8: encoded, not judged
}

TEST(FormEncoding, EncodedLength) {
  EXPECT_EQ(form_encoded_length(""), 0u);
  EXPECT_EQ(form_encoded_length("ab c"), 4u);
  EXPECT_EQ(form_encoded_length("a&"), 4u);
  EXPECT_EQ(form_encoded_length("\xC3\xA9"), 6u);
}

TEST(FormEncoding, FieldsJoined) {
  EXPECT_EQ(form_encode({}), "");
  EXPECT_EQ(form_encode({{"username", "iago@zulip.com"}, {"password", "abcd1234"}}),
            "username=iago%40zulip.com&password=abcd1234");
  EXPECT_EQ(form_encode({{"a b", ""}, {"", "c"}, {"d", "e"}}), "a+b=&=c&d=e");
}

TEST(FormEncoding, AllocatedOnceAtTheExactSize) {
  // Short results live in the small-string buffer; anything longer gets exactly its size.
  const std::size_t inline_capacity = std::string().capacity();
  for (const std::string& password :
       {std::string("x"), std::string("correct horse battery staple"), std::string(1000, '%'),
        std::string("p\xC3\xA4ss w\xC3\xB6rd&=+")}) {
    const std::string body = form_encode({{"username", "me@example.com"}, {"password", password}});
    EXPECT_EQ(body.size(),
              9 + form_encoded_length("me@example.com") + 10 + form_encoded_length(password));
    EXPECT_EQ(body.capacity(), std::max(body.size(), inline_capacity)) << password;
  }
}

TEST(FormEncoding, WipeZeroesTheWholeBuffer) {
  for (std::size_t length : {std::size_t{5}, std::size_t{15}, std::size_t{16}, std::size_t{300}}) {
    std::string secret(length, 'S');
    secret.reserve(length + 40);  // capacity beyond size is wiped too
    const char* buffer = secret.data();
    const std::size_t capacity = secret.capacity();
    wipe(secret);
    EXPECT_TRUE(secret.empty());
    ASSERT_EQ(secret.data(), buffer);  // same buffer: clear() keeps it
    for (std::size_t i = 0; i <= capacity; ++i) ASSERT_EQ(buffer[i], '\0') << length << " " << i;
  }
}

TEST(FormEncoding, WipeCoversTheSmallStringBuffer) {
  std::string secret = "hunter2";
  const char* buffer = secret.data();
  wipe(secret);
  for (std::size_t i = 0; i <= secret.capacity(); ++i) ASSERT_EQ(buffer[i], '\0') << i;
}

}  // namespace
}  // namespace zfak
