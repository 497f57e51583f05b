// GET /api/v1/users/me with Basic auth: the request, and every answer zerver/decorator.py's
// authenticated_rest_api_view, validate_api_key and access_user_by_api_key give.
#include "own_user.hpp"

#include <gtest/gtest.h>

#include <string>

#include "form_encoding.hpp"
#include "request.hpp"

namespace zfak {
namespace {

constexpr std::string_view kRealm = "https://chat.zulip.org";
constexpr std::string_view kKey = "gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv";

Result<OwnUser> read(std::string_view body, int status = 200, std::string_view retry = "") {
  return read_own_user_response({status, body, retry});
}

std::string me(std::string_view fields) {
  return R"({"result":"success","msg":"",)" + std::string(fields) + "}";
}

constexpr std::string_view kIago =
    R"("user_id":11,"email":"iago@zulip.com","full_name":"Iago","is_bot":false,"role":200,)"
    R"("avatar_url":"https://secure.gravatar.com/avatar/x?d=identicon&version=1","avatar_version":1,)"
    R"("timezone":"Europe/Paris","date_joined":"2024-01-01T00:00:00+00:00","is_admin":true,)"
    R"("is_owner":false,"is_guest":false,"is_active":true,"max_message_id":30,"profile_data":{})";

TEST(OwnUserRequest, BasicAuthOfTrimmedEmailAndKey) {
  Result<HttpRequest> request = build_own_user_request("chat.zulip.org", " iago@zulip.com\t", kKey, false);
  ASSERT_TRUE(request.ok());
  EXPECT_EQ(request.value().method, "GET");
  EXPECT_EQ(request.value().url, "https://chat.zulip.org/api/v1/users/me");
  EXPECT_EQ(request.value().body, "");
  const auto& headers = request.value().headers;
  ASSERT_EQ(headers.size(), 2u);
  EXPECT_EQ(headers[0].first, "Accept");
  EXPECT_EQ(headers[1].first, "Authorization");
  // base64("iago@zulip.com:gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv")
  EXPECT_EQ(headers[1].second,
            "Basic aWFnb0B6dWxpcC5jb206Z2pBMDRaWWNxWEthbHZZTUE4T2VYU2Z6VU9McnRiWnY=");
  // Every padding length, and UTF-8 sent as its bytes.
  EXPECT_EQ(build_own_user_request(kRealm, "a", "b", false).value().headers[1].second, "Basic YTpi");
  EXPECT_EQ(build_own_user_request(kRealm, "ab", "c", false).value().headers[1].second,
            "Basic YWI6Yw==");
  EXPECT_EQ(build_own_user_request(kRealm, "abc", "d", false).value().headers[1].second,
            "Basic YWJjOmQ=");
  EXPECT_EQ(build_own_user_request(kRealm, "\xc3\xa9", "k", false).value().headers[1].second,
            "Basic w6k6aw==");
}

TEST(OwnUserRequest, NothingInjectableIsSent) {
  for (std::string_view email : {"", "  ", "a:b@x", "a\r\nX-Evil: 1", "a\x7f", "a\xe2\x80\xae"}) {
    const Result<HttpRequest> request = build_own_user_request(kRealm, email, kKey, false);
    ASSERT_FALSE(request.ok()) << email;
    EXPECT_EQ(request.error().code, "INVALID_ARGUMENT");
    EXPECT_EQ(request.error().reason, "email");
  }
  for (std::string_view key : {"", "abc def", "abc\r\nX: y", "abc:def", "k\xc3\xa9y", "a=b"}) {
    const Result<HttpRequest> request = build_own_user_request(kRealm, "iago@zulip.com", key, false);
    ASSERT_FALSE(request.ok()) << key;
    EXPECT_EQ(request.error().reason, "api-key");
  }
  EXPECT_EQ(build_own_user_request("zulip://x", "", "", false).error().code, "INVALID_REALM_URL");
}

TEST(OwnUserRequest, TheHeaderIsOnTheHeapAndWipeable) {
  Result<HttpRequest> request = build_own_user_request(kRealm, "a", "b", false);
  std::string& value = request.value().headers[1].second;
  EXPECT_GT(value.capacity(), 22u);  // past every small-string buffer: moves leave no copy
  wipe(value);
  EXPECT_EQ(value, "");
}

TEST(OwnUserResponse, Success) {
  const Result<OwnUser> result = read(me(kIago));
  ASSERT_TRUE(result.ok());
  const OwnUser& user = result.value();
  EXPECT_EQ(user.user_id, 11);
  EXPECT_EQ(user.email, "iago@zulip.com");
  EXPECT_EQ(user.full_name, "Iago");
  EXPECT_FALSE(user.is_bot);
  EXPECT_EQ(user.role, 200);
  EXPECT_EQ(user.avatar_url, "https://secure.gravatar.com/avatar/x?d=identicon&version=1");
  EXPECT_EQ(user.timezone, "Europe/Paris");
  EXPECT_EQ(user.date_joined, "2024-01-01T00:00:00+00:00");
}

TEST(OwnUserResponse, OptionalFieldsAbsentOrNull) {
  const Result<OwnUser> result =
      read(me(R"("user_id":1,"email":"bot@x","full_name":"","is_bot":true,"avatar_url":null)"));
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.value().is_bot);
  EXPECT_FALSE(result.value().role);
  EXPECT_FALSE(result.value().avatar_url);
  EXPECT_FALSE(result.value().timezone);
}

TEST(OwnUserResponse, EachFieldStrictly) {
  const std::string base = R"("user_id":1,"email":"e@x","full_name":"n","is_bot":false)";
  const struct { std::string fields; const char* field; } cases[] = {
      {R"("email":"e@x","full_name":"n","is_bot":false)", "user_id"},
      {R"("user_id":"1","email":"e@x","full_name":"n","is_bot":false)", "user_id"},
      {R"("user_id":9007199254740992,"email":"e@x","full_name":"n","is_bot":false)", "user_id"},
      {R"("user_id":1,"full_name":"n","is_bot":false)", "email"},
      {R"("user_id":1,"email":"","full_name":"n","is_bot":false)", "email"},
      {R"("user_id":1,"email":"e\n@x","full_name":"n","is_bot":false)", "email"},
      {R"("user_id":1,"email":"e@x","is_bot":false)", "full_name"},
      {R"("user_id":1,"email":"e@x","full_name":"\u001b[31m","is_bot":false)", "full_name"},
      {R"("user_id":1,"email":"e@x","full_name":"n","is_bot":0)", "is_bot"},
      {base + R"(,"role":"admin")", "role"},
      {base + R"(,"role":-100)", "role"},
      {base + R"(,"avatar_url":5)", "avatar_url"},
      {base + R"(,"avatar_url":"x\u2028y")", "avatar_url"},
      {base + R"(,"timezone":null)", "timezone"},
      {base + R"(,"date_joined":1)", "date_joined"},
      {base + R"(,"msg":1)", "msg"},
  };
  for (const auto& c : cases) {
    const Result<OwnUser> result = read(me(c.fields));
    ASSERT_FALSE(result.ok()) << c.fields;
    EXPECT_EQ(result.error().code, "MALFORMED_RESPONSE") << c.fields;
    EXPECT_EQ(result.error().field, c.field) << c.fields;
  }
  EXPECT_EQ(read("[]").error().reason, "not-object");
  EXPECT_EQ(read(R"({"result":"error","msg":"x"})").error().reason, "no-success");
}

// Zulip's Basic auth turns every refusal of the credentials into 401 UNAUTHORIZED with its own
// words (and no code before feature level 76): the key is not usable, whatever the words.
TEST(OwnUserResponse, RefusedCredentialsAreInvalidApiKey) {
  for (const char* msg : {"Invalid API key", "Malformed API key", "Account is deactivated",
                          "This organization has been deactivated",
                          "Account is not associated with this subdomain",
                          "Invalid authorization header for basic auth"}) {
    const Result<OwnUser> result = read(
        std::string(R"({"result":"error","code":"UNAUTHORIZED","msg":")") + msg + R"("})", 401);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "INVALID_API_KEY") << msg;
    EXPECT_TRUE(result.error().from_server);
    EXPECT_EQ(result.error().server_code, "UNAUTHORIZED");
    EXPECT_EQ(result.error().server_message, msg);
    EXPECT_EQ(result.error().http_status, 401);
  }
  EXPECT_EQ(read(R"({"result":"error","msg":"Invalid API key"})", 401).error().code,
            "INVALID_API_KEY");
  // The same code elsewhere than a 401 is no refusal of the key.
  EXPECT_EQ(read(R"({"result":"error","msg":"m","code":"UNAUTHORIZED"})", 403).error().code,
            "UNAUTHORIZED");
}

TEST(OwnUserResponse, OtherServerCodesStay) {
  for (const char* code : {"INVALID_API_KEY", "USER_DEACTIVATED", "REALM_DEACTIVATED"}) {
    const Result<OwnUser> result =
        read(std::string(R"({"result":"error","msg":"m","code":")") + code + R"("})", 401);
    EXPECT_EQ(result.error().code, code);
  }
  const Result<OwnUser> limited = read(
      R"({"result":"error","msg":"API usage exceeded rate limit","code":"RATE_LIMIT_HIT","retry-after":2.5})",
      429);
  EXPECT_EQ(limited.error().code, "RATE_LIMIT_HIT");
  EXPECT_EQ(limited.error().retry_after, 2.5);
  EXPECT_EQ(read(R"({"result":"error","msg":"m"})", 429, "7").error().retry_after, 7.0);
  EXPECT_EQ(read(me(kIago), 301).error().code, "UNEXPECTED_REDIRECT");
  EXPECT_EQ(read(me(kIago), 0).error().code, "UNEXPECTED_REDIRECT");
  EXPECT_EQ(read("oops", 502).error().code, "SERVER_ERROR");
}

}  // namespace
}  // namespace zfak
