// POST /api/v1/jwt/fetch_api_key: the request, and every answer zerver/views/auth.py gives
// (jwt_fetch_api_key, get_email_and_realm_from_jwt_authentication_request).
#include <gtest/gtest.h>

#include <string>

#include "api_key_result.hpp"
#include "request.hpp"

namespace zfak {
namespace {

constexpr std::string_view kRealm = "https://chat.zulip.org";
constexpr std::string_view kKey = "gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv";
constexpr std::string_view kToken = "eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImlhZ29AenVsaXAuY29tIn0.c2ln";

Result<ApiKeyResult> read(std::string_view body, int status = 200, bool include_profile = false) {
  return read_jwt_api_key_response({status, body, ""}, kRealm, include_profile);
}

std::string success(std::string_view extra = "") {
  return R"({"result":"success","msg":"","api_key":")" + std::string(kKey) +
         R"(","email":"iago@zulip.com")" + std::string(extra) + "}";
}

constexpr std::string_view kUser =
    R"(,"user":{"user_id":11,"email":"iago@zulip.com","full_name":"Iago","is_bot":false,)"
    R"("role":200,"avatar_url":"https://secure.gravatar.com/avatar/x","timezone":"",)"
    R"("date_joined":"2024-01-01T00:00:00+00:00","is_active":true,"delivery_email":null})";

TEST(JwtRequest, ExactRequest) {
  Result<HttpRequest> request = build_jwt_fetch_api_key_request(" chat.zulip.org/ ", kToken, true, false);
  ASSERT_TRUE(request.ok());
  EXPECT_EQ(request.value().method, "POST");
  EXPECT_EQ(request.value().url, "https://chat.zulip.org/api/v1/jwt/fetch_api_key");
  EXPECT_EQ(request.value().body, "token=" + std::string(kToken) + "&include_profile=true");
  const auto& headers = request.value().headers;
  ASSERT_EQ(headers.size(), 2u);
  EXPECT_EQ(headers[0].first, "Content-Type");
  EXPECT_EQ(headers[1].first, "Accept");
  EXPECT_EQ(build_jwt_fetch_api_key_request(kRealm, "a b+", false, false).value().body,
            "token=a+b%2B&include_profile=false");
}

TEST(JwtRequest, TokenNeverInTheUrlAndNeverEmpty) {
  const Result<HttpRequest> request = build_jwt_fetch_api_key_request(kRealm, kToken, false, false);
  EXPECT_EQ(request.value().url.find("eyJ"), std::string::npos);
  const Result<HttpRequest> empty = build_jwt_fetch_api_key_request(kRealm, "", false, false);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, "INVALID_ARGUMENT");
  EXPECT_EQ(empty.error().reason, "token");
  // The realm is checked first: a bad realm sends nothing, whatever the token.
  EXPECT_EQ(build_jwt_fetch_api_key_request("ftp://x", "", false, false).error().code,
            "INVALID_REALM_URL");
  EXPECT_EQ(build_jwt_fetch_api_key_request("http://chat.example.com", kToken, false, false)
                .error().code, "INSECURE_REALM_URL");
}

TEST(JwtResponse, SuccessWithoutProfile) {
  const Result<ApiKeyResult> result = read(success());
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().api_key, kKey);
  EXPECT_EQ(result.value().email, "iago@zulip.com");
  EXPECT_FALSE(result.value().user_id);  // Zulip sends no top-level user_id here
  EXPECT_FALSE(result.value().profile);
  EXPECT_EQ(result.value().realm, kRealm);
}

TEST(JwtResponse, SuccessWithProfile) {
  const Result<ApiKeyResult> result = read(success(kUser), 200, true);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().user_id, 11);
  ASSERT_TRUE(result.value().profile);
  const OwnUser& user = *result.value().profile;
  EXPECT_EQ(user.user_id, 11);
  EXPECT_EQ(user.full_name, "Iago");
  EXPECT_EQ(user.role, 200);
  EXPECT_EQ(user.avatar_url, "https://secure.gravatar.com/avatar/x");
  EXPECT_EQ(user.timezone, "");
}

TEST(JwtResponse, ProfileAskedButMissingOrBroken) {
  const Result<ApiKeyResult> missing = read(success(), 200, true);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, "MALFORMED_RESPONSE");
  EXPECT_EQ(missing.error().field, "user");
  EXPECT_EQ(read(success(R"(,"user":[1])")).error().field, "user");
  EXPECT_EQ(read(success(R"(,"user":{"user_id":-1,"email":"e","full_name":"n","is_bot":false})"))
                .error().field, "user.user_id");
  EXPECT_EQ(read(success(R"(,"user":{"user_id":1,"email":"e","full_name":"a\u202eb","is_bot":false})"))
                .error().field, "user.full_name");
  // The key's own rules still hold.
  EXPECT_EQ(read(R"({"result":"success","api_key":"a:b","email":"e"})").error().field, "api_key");
}

// Each of the server's own JWT refusals: 400 BAD_REQUEST, told apart only by its words.
TEST(JwtResponse, ServerRefusalsOfTheToken) {
  for (const char* msg : {"JWT authentication is not enabled for this organization",
                          "No JSON web token passed in request", "Bad JSON web token",
                          "No email specified in JSON web token claims"}) {
    const std::string body =
        std::string(R"({"result":"error","code":"BAD_REQUEST","msg":")") + msg + R"("})";
    const Result<ApiKeyResult> result = read(body, 400);
    ASSERT_FALSE(result.ok()) << msg;
    EXPECT_EQ(result.error().code, "BAD_REQUEST");
    EXPECT_TRUE(result.error().from_server);
    EXPECT_EQ(result.error().reason, "jwt");
    EXPECT_EQ(result.error().server_message, msg);
    EXPECT_EQ(result.error().http_status, 400);
  }
}

TEST(JwtResponse, AccountErrors) {
  const Result<ApiKeyResult> unknown = read(
      R"({"result":"error","code":"AUTHENTICATION_FAILED","msg":"Your username or password is incorrect"})",
      401);
  EXPECT_EQ(unknown.error().code, "AUTHENTICATION_FAILED");
  EXPECT_EQ(unknown.error().reason, "jwt");
  for (const char* code : {"USER_DEACTIVATED", "REALM_DEACTIVATED"}) {
    const Result<ApiKeyResult> result = read(
        std::string(R"({"result":"error","msg":"m","code":")") + code + R"("})", 401);
    EXPECT_EQ(result.error().code, code);
    EXPECT_EQ(result.error().reason, "");
  }
  const Result<ApiKeyResult> subdomain = read(
      R"({"result":"error","code":"NONEXISTENT_SUBDOMAIN","msg":"Invalid subdomain"})", 404);
  EXPECT_EQ(subdomain.error().code, "NONEXISTENT_SUBDOMAIN");
  EXPECT_EQ(subdomain.error().http_status, 404);
  EXPECT_EQ(read(success(), 302).error().code, "UNEXPECTED_REDIRECT");
  EXPECT_EQ(read("<html>", 405).error().code, "MALFORMED_RESPONSE");
}

}  // namespace
}  // namespace zfak
