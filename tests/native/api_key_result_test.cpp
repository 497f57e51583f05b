#include "api_key_result.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zfak {
namespace {

constexpr std::string_view kRealm = "https://chat.zulip.org";
constexpr std::string_view kKey = "gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv";

// A success body with `fields` (already JSON, comma-separated) after "result".
std::string body_with(std::string_view fields) {
  std::string body = R"({"result":"success")";
  if (!fields.empty()) body += "," + std::string(fields);
  return body + "}";
}

std::string standard_fields(std::string_view user_id = R"("user_id":5)") {
  std::string fields =
      R"("msg":"","api_key":")" + std::string(kKey) + R"(","email":"iago@zulip.com")";
  if (!user_id.empty()) fields += "," + std::string(user_id);
  return fields;
}

Result<ApiKeyResult> read(std::string_view body, bool require_user_id = false, int status = 200) {
  return read_api_key_response({status, body, ""}, kRealm, require_user_id);
}

void expect_malformed(std::string_view body, bool require_user_id = false) {
  const Result<ApiKeyResult> result = read(body, require_user_id);
  ASSERT_FALSE(result.ok()) << body;
  EXPECT_EQ(result.error().code, "MALFORMED_RESPONSE") << body;
  EXPECT_EQ(result.error().http_status, 200) << body;
}

TEST(ApiKeyResult, FullSuccess) {
  const Result<ApiKeyResult> result = read(body_with(
      standard_fields() + R"(,"ignored_parameters_unsupported":["client","x"],"extra":{"a":1})"));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().api_key, kKey);
  EXPECT_EQ(result.value().email, "iago@zulip.com");
  EXPECT_EQ(result.value().user_id, 5);
  EXPECT_EQ(result.value().realm, kRealm);
  EXPECT_EQ(result.value().ignored_parameters_unsupported,
            (std::vector<std::string>{"client", "x"}));
}

TEST(ApiKeyResult, EnvelopeErrorsPassThrough) {
  const Result<ApiKeyResult> result = read(
      R"({"result":"error","msg":"Account is deactivated","code":"USER_DEACTIVATED"})", false, 401);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "USER_DEACTIVATED");
  EXPECT_EQ(result.error().http_status, 401);
  EXPECT_EQ(read(body_with(standard_fields()), false, 302).error().code, "UNEXPECTED_REDIRECT");
  expect_malformed(R"({"result":"error","msg":"m","api_key":"k","email":"e"})");
}

TEST(ApiKeyResult, ApiKey) {
  const std::string rest = R"(,"email":"e","user_id":1)";
  for (std::string_view api_key :
       {R"("")", R"("abc-def")", R"("abc def")", R"(" abc")", R"("abc\n")", R"("ab/c")",
        R"("abc\u00e9")", "12345", "null", "[\"abc\"]", "true"}) {
    expect_malformed(body_with(R"("api_key":)" + std::string(api_key) + rest));
  }
  expect_malformed(body_with(R"("email":"e","user_id":1)"));  // missing
  ASSERT_TRUE(read(body_with(R"("api_key":"a","email":"e")")).ok());
  EXPECT_EQ(read(body_with(R"("api_key":"aZ09","email":"e")")).value().api_key, "aZ09");
}

TEST(ApiKeyResult, Email) {
  expect_malformed(body_with(R"("api_key":"k","user_id":1)"));
  expect_malformed(body_with(R"("api_key":"k","email":5)"));
  expect_malformed(body_with(R"("api_key":"k","email":null)"));
  // As the server returned it: case may differ from what was typed, LDAP users may get anything.
  EXPECT_EQ(read(body_with(R"("api_key":"k","email":"Iago@Zulip.COM")")).value().email,
            "Iago@Zulip.COM");
  expect_malformed(body_with(R"("api_key":"k","email":"")"));  // no one logs in as nobody
}

TEST(ApiKeyResult, UserId) {
  EXPECT_FALSE(read(body_with(standard_fields(""))).value().user_id.has_value());
  EXPECT_FALSE(read(body_with(standard_fields(R"("user_id":null)"))).value().user_id.has_value());
  EXPECT_EQ(read(body_with(standard_fields(R"("user_id":0)"))).value().user_id, 0);
  EXPECT_EQ(read(body_with(standard_fields(R"("user_id":5.0)"))).value().user_id, 5);
  EXPECT_EQ(read(body_with(standard_fields(R"("user_id":9007199254740991)"))).value().user_id,
            9007199254740991);
  EXPECT_EQ(read(body_with(standard_fields(R"("user_id":9007199254740991.0)"))).value().user_id,
            9007199254740991);
  EXPECT_EQ(read(body_with(standard_fields(R"("user_id":1e3)"))).value().user_id, 1000);
  for (std::string_view user_id :
       {"-1", "1.5", "9007199254740992", "9007199254740992.0", "18446744073709551615",
        "18446744073709551616", "-9223372036854775808", "1e300", "-0.5", "\"5\"", "true", "[]",
        "{}"}) {
    expect_malformed(body_with(standard_fields("\"user_id\":" + std::string(user_id))));
  }
}

TEST(ApiKeyResult, RequireUserId) {
  expect_malformed(body_with(standard_fields("")), true);
  expect_malformed(body_with(standard_fields(R"("user_id":null)")), true);
  EXPECT_EQ(read(body_with(standard_fields()), true).value().user_id, 5);
  const Result<ApiKeyResult> result = read(body_with(standard_fields("")), true);
  EXPECT_EQ(result.error().reason, "no-user-id");
}

TEST(ApiKeyResult, Msg) {
  EXPECT_TRUE(read(body_with(R"("api_key":"k","email":"e")")).ok());  // absent
  EXPECT_TRUE(read(body_with(R"("api_key":"k","email":"e","msg":"hello")")).ok());
  expect_malformed(body_with(R"("api_key":"k","email":"e","msg":3)"));
  expect_malformed(body_with(R"("api_key":"k","email":"e","msg":null)"));
}

TEST(ApiKeyResult, IgnoredParametersUnsupported) {
  EXPECT_TRUE(read(body_with(standard_fields())).value().ignored_parameters_unsupported.empty());
  EXPECT_TRUE(read(body_with(standard_fields() + R"(,"ignored_parameters_unsupported":[])"))
                  .value()
                  .ignored_parameters_unsupported.empty());
  EXPECT_EQ(read(body_with(standard_fields() + R"(,"ignored_parameters_unsupported":["x"])"))
                .value()
                .ignored_parameters_unsupported,
            std::vector<std::string>{"x"});
  for (std::string_view value : {"[1]", "[\"x\",null]", "\"x\"", "null", "{}", "[[\"x\"]]"}) {
    expect_malformed(
        body_with(standard_fields() + ",\"ignored_parameters_unsupported\":" + std::string(value)));
  }
}

TEST(ApiKeyResult, ErrorsNameTheField) {
  const Result<ApiKeyResult> result = read(body_with(R"("api_key":"a-b","email":"e")"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().reason, "field");
  EXPECT_EQ(result.error().field, "api_key");
  EXPECT_FALSE(result.error().from_server);
  // The invalid key itself is not repeated (it could be anything the server sent).
  EXPECT_EQ(result.error().quoted_url, "");
}

TEST(ApiKeyResult, EmailWithoutControlCharacters) {
  // JSON escapes, written with an escaped backslash (bidi controls may not stand in the source).
  for (std::string_view email :
       {"\"\"", "\"a\\r\\nsite=x\"", "\"a\\u0000b\"", "\"\\u001b[31ma\"", "\"a\\u0085b\"",
        "\"\\u202eab\"", "\"a\\u2066b\"", "\"a\\u007fb\"", "\"a\\u2028b\""}) {
    const Result<ApiKeyResult> result =
        read(body_with(R"("api_key":"k","email":)" + std::string(email)));
    ASSERT_FALSE(result.ok()) << email;
    EXPECT_EQ(result.error().field, "email") << email;
  }
  // Letters of any script, and the joiner that names and emoji use, are not controls.
  const Result<ApiKeyResult> letters =
      read(body_with(R"("api_key":"k","email":"\u00f1\u200d@b\u00fccher.example")"));
  ASSERT_TRUE(letters.ok());
  EXPECT_EQ(letters.value().email, "\xC3\xB1\xE2\x80\x8D@b\xC3\xBC" "cher.example");
}

TEST(ApiKeyResult, DevLoginOnAProductionServer) {
  const std::string html = "<!doctype html><title>Not Found</title>";
  const Result<ApiKeyResult> result = read_dev_api_key_response({404, html, ""}, kRealm);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "MALFORMED_RESPONSE");
  EXPECT_EQ(result.error().http_status, 404);
  EXPECT_EQ(result.error().reason, "dev-login");
  // Other answers read as fetch_api_key's.
  const Result<ApiKeyResult> ok = read_dev_api_key_response({200, body_with(standard_fields()), ""},
                                                            kRealm);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value().user_id, 5);
  const Result<ApiKeyResult> refused = read_dev_api_key_response(
      {400, R"({"result":"error","msg":"DevAuthBackend not enabled.","code":"BAD_REQUEST"})", ""},
      kRealm);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "BAD_REQUEST");
  EXPECT_EQ(refused.error().server_message, "DevAuthBackend not enabled.");
  // A 404 that is a Zulip error keeps its own code and message.
  const Result<ApiKeyResult> nonexistent = read_dev_api_key_response(
      {404, R"({"result":"error","msg":"Invalid subdomain","code":"NONEXISTENT_SUBDOMAIN"})", ""},
      kRealm);
  ASSERT_FALSE(nonexistent.ok());
  EXPECT_EQ(nonexistent.error().code, "NONEXISTENT_SUBDOMAIN");
}

}  // namespace
}  // namespace zfak
