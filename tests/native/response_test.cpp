#include "response.hpp"

#include <gtest/gtest.h>

#include <iterator>
#include <string>
#include <vector>

namespace zfak {
namespace {

Error failure(int status, std::string_view body, std::string_view retry_after_header = "") {
  const Result<nlohmann::json> result = parse_zulip_response({status, body, retry_after_header});
  EXPECT_FALSE(result.ok()) << "status " << status << " body " << body;
  return result.ok() ? Error{} : result.error();
}

constexpr std::string_view kZulipError = R"({"result":"error","msg":"Oops","code":"X_Y"})";
constexpr std::string_view kSuccess = R"({"result":"success","msg":"","api_key":"k","email":"e"})";

TEST(Response, SuccessGivesTheObject) {
  const Result<nlohmann::json> result = parse_zulip_response({200, kSuccess, ""});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().value("api_key", ""), "k");
  // Leading BOM-less white space and trailing new line are JSON.
  EXPECT_TRUE(parse_zulip_response({200, " {\"result\":\"success\"}\n", ""}).ok());
}

TEST(Response, RedirectsAreNeverFollowed) {
  for (int status : {0, 300, 301, 302, 303, 307, 308, 399}) {
    const Error error = failure(status, kSuccess);
    EXPECT_EQ(error.code, "UNEXPECTED_REDIRECT") << status;
    EXPECT_EQ(error.http_status, status);
    EXPECT_FALSE(error.from_server);
  }
}

TEST(Response, ServerErrorWhateverTheBody) {
  for (int status : {500, 502, 503, 599}) {
    for (std::string_view body : {std::string_view(""), std::string_view("<html>"), kSuccess,
                                  std::string_view("{}"), std::string_view("\xFF")}) {
      const Error error = failure(status, body);
      EXPECT_EQ(error.code, "SERVER_ERROR") << status << " " << body;
      EXPECT_EQ(error.http_status, status);
      EXPECT_FALSE(error.server_message.has_value());
    }
  }
  const Error error = failure(500, R"({"result":"error","msg":"Internal server error"})");
  EXPECT_EQ(error.code, "SERVER_ERROR");
  EXPECT_EQ(error.server_message, "Internal server error");
  EXPECT_FALSE(error.from_server);
  // Even an oversized 5xx body is a server error.
  EXPECT_EQ(failure(503, std::string(kMaxResponseBytes + 1, ' ')).code, "SERVER_ERROR");
}

TEST(Response, OtherStatusesAreMalformed) {
  for (int status : {100, 101, 199, 201, 204, 206, 299, 600, 999, 99, 1, -1}) {
    const Error error = failure(status, kSuccess);
    EXPECT_EQ(error.code, "MALFORMED_RESPONSE") << status;
    EXPECT_EQ(error.http_status, status);
  }
  EXPECT_EQ(failure(201, kSuccess).reason, "");
}

TEST(Response, ZulipErrorCodePassesThrough) {
  for (int status : {400, 401, 403, 404, 405, 429, 499}) {
    const Error error = failure(status, kZulipError);
    EXPECT_EQ(error.code, "X_Y") << status;
    EXPECT_EQ(error.http_status, status);
    EXPECT_EQ(error.server_message, "Oops");
    EXPECT_TRUE(error.from_server);
    EXPECT_EQ(error.server_code, "X_Y");
    EXPECT_FALSE(error.retry_after.has_value());
    EXPECT_FALSE(error.var_name.has_value());
  }
}

TEST(Response, AuthenticationFailed) {
  const Error error = failure(
      401,
      R"({"result":"error","msg":"Your username or password is incorrect","code":"AUTHENTICATION_FAILED"})");
  EXPECT_EQ(error.code, "AUTHENTICATION_FAILED");
  EXPECT_TRUE(error.from_server);
  EXPECT_EQ(error.server_message, "Your username or password is incorrect");
}

TEST(Response, OldServerWithoutCodeIsBadRequest) {
  const Error error =
      failure(403, R"({"result":"error","msg":"Your username or password is incorrect."})");
  EXPECT_EQ(error.code, "BAD_REQUEST");
  EXPECT_EQ(error.http_status, 403);
  EXPECT_TRUE(error.from_server);
  EXPECT_FALSE(error.server_code.has_value());
  // The 405 of a wrong method: no code.
  const Error method =
      failure(405, R"({"result":"error","msg":"Method Not Allowed","allowed_methods":["POST"]})");
  EXPECT_EQ(method.code, "BAD_REQUEST");
  EXPECT_EQ(method.http_status, 405);
  // A code that is not a (non-empty) string counts as absent.
  EXPECT_EQ(failure(400, R"({"result":"error","msg":"m","code":7})").code, "BAD_REQUEST");
  EXPECT_EQ(failure(400, R"({"result":"error","msg":"m","code":null})").code, "BAD_REQUEST");
  EXPECT_EQ(failure(400, R"({"result":"error","msg":"m","code":""})").code, "BAD_REQUEST");
}

TEST(Response, AServersCodeIsNeverOneOfOurs) {
  // Our codes say what happened on this side; a server's is kept as server_code only.
  std::vector<std::string_view> codes(std::begin(code::kLibraryCodes), std::end(code::kLibraryCodes));
  for (std::string_view odd : {"__proto__", "toString", "constructor", "lower_case", "WITH SPACE",
                               "\\u001b[31m", "_LEADING"}) {
    codes.push_back(odd);
  }
  for (std::string_view code : codes) {
    const std::string body =
        R"({"result":"error","msg":"m","code":")" + std::string(code) + "\"}";
    const Error error = failure(400, body);
    EXPECT_EQ(error.code, "BAD_REQUEST") << code;
    EXPECT_TRUE(error.from_server) << code;
    ASSERT_TRUE(error.server_code.has_value()) << code;
  }
  EXPECT_EQ(failure(400, R"({"result":"error","msg":"m","code":")" + std::string(65, 'A') + "\"}")
                .code,
            "BAD_REQUEST");
  EXPECT_EQ(failure(400, R"({"result":"error","msg":"m","code":"NEW_CODE_2"})").code, "NEW_CODE_2");
}

TEST(Response, ZulipsCodesAreKept) {
  for (std::string_view code : code::kServerCodes) {
    const Error error =
        failure(400, R"({"result":"error","msg":"m","code":")" + std::string(code) + "\"}");
    EXPECT_EQ(error.code, code);
    EXPECT_TRUE(error.from_server) << code;
  }
}

TEST(Response, NotAZulipErrorBodyOn4xxIsMalformed) {
  for (int status : {400, 401, 403, 404, 405, 429}) {
    for (std::string_view body :
         {"{}", "", "<html><body>Not Found</body></html>", "[]", "null", "3", "true",
          R"({"result":"error","msg":5,"code":"X"})", R"({"result":"error","code":"X"})",
          R"({"result":"error","msg":null})", R"({"result":"success","msg":"m"})",
          R"({"result":"Error","msg":"m"})", R"({"result":1,"msg":"m"})",
          R"({"result":"error","msg":"m")", R"([{"result":"error","msg":"m"}])",
          "{\"result\":\"error\",\"msg\":\"\xFF\"}", "not json"}) {
      const Error error = failure(status, body, "3");
      EXPECT_EQ(error.code, "MALFORMED_RESPONSE") << status << " " << body;
      EXPECT_EQ(error.http_status, status);
      EXPECT_FALSE(error.retry_after.has_value());
    }
  }
  EXPECT_FALSE(failure(404, "<html>").from_server);
}

TEST(Response, RetryAfterFromJson) {
  const Error error = failure(
      429,
      R"({"result":"error","msg":"API usage exceeded rate limit","retry-after":2.5,"code":"RATE_LIMIT_HIT"})",
      "9");
  EXPECT_EQ(error.code, "RATE_LIMIT_HIT");
  EXPECT_EQ(error.http_status, 429);
  EXPECT_EQ(error.retry_after, 2.5);
  EXPECT_EQ(error.server_message, "API usage exceeded rate limit");

  EXPECT_EQ(failure(429, R"({"result":"error","msg":"m","retry-after":7,"code":"RATE_LIMIT_HIT"})")
                .retry_after,
            7.0);
  EXPECT_EQ(failure(429, R"({"result":"error","msg":"m","retry-after":0,"code":"RATE_LIMIT_HIT"})")
                .retry_after,
            0.0);
}

TEST(Response, RetryAfterFromHeader) {
  constexpr std::string_view body = R"({"result":"error","msg":"m","code":"RATE_LIMIT_HIT"})";
  EXPECT_EQ(failure(429, body, "3").retry_after, 3.0);
  EXPECT_EQ(failure(429, body, "2.5").retry_after, 2.5);
  EXPECT_EQ(failure(429, body, " 12.25 ").retry_after, 12.25);
  EXPECT_EQ(failure(429, body, "0").retry_after, 0.0);
  for (std::string_view header : {"", "-1", "+3", "1e3", "3.", ".5", "abc", "3s", "1.2.3",
                                  "Wed, 21 Oct 2015 07:28:00 GMT", "NaN", "inf", "0x10"}) {
    EXPECT_FALSE(failure(429, body, header).retry_after.has_value()) << header;
  }
  // A JSON value that is not a non-negative number falls back to the header.
  for (std::string_view json_value : {"-1", "\"5\"", "null", "true", "[]"}) {
    const std::string with_json =
        R"({"result":"error","msg":"m","code":"RATE_LIMIT_HIT","retry-after":)" +
        std::string(json_value) + "}";
    EXPECT_EQ(failure(429, with_json, "4").retry_after, 4.0) << json_value;
    EXPECT_FALSE(failure(429, with_json, "").retry_after.has_value()) << json_value;
  }
}

TEST(Response, VarName) {
  const Error error = failure(
      400,
      R"({"result":"error","msg":"Missing 'password' argument","var_name":"password","code":"REQUEST_VARIABLE_MISSING"})");
  EXPECT_EQ(error.code, "REQUEST_VARIABLE_MISSING");
  EXPECT_EQ(error.var_name, "password");
  EXPECT_EQ(error.server_message, "Missing 'password' argument");
  EXPECT_FALSE(
      failure(400, R"({"result":"error","msg":"m","var_name":3,"code":"REQUEST_VARIABLE_MISSING"})")
          .var_name.has_value());
}

TEST(Response, SuccessBodiesThatAreNotASuccessObject) {
  const std::string_view bodies[] = {
      "{}", "", "<html></html>", "[]", "null", "3", "true", "\"success\"", "not json",
      R"({"result":"error","msg":"m","code":"BAD_REQUEST"})", R"({"result":"Success"})",
      R"({"result":null})", R"({"msg":""})", R"({"result":"success")", R"({"result":"succ)",
      R"({"result":"success"} {})", R"({"result":"success"},)",
      // invalid UTF-8: inside a string, in a key, after the object, a lone continuation byte,
      // an overlong '/', a surrogate, a truncated sequence
      "{\"result\":\"success\",\"email\":\"\xFF\"}", "{\"result\":\"success\",\"\xC0\xAF\":1}",
      "{\"result\":\"success\"}\x80", "{\"result\":\"success\",\"e\":\"\xED\xA0\x80\"}",
      "{\"result\":\"success\",\"e\":\"\xE2\x82\"}", "\xEF\xBB\xBF\xFF{\"result\":\"success\"}",
      // comments are not JSON
      "{\"result\":\"success\"} // c", "/* c */ {\"result\":\"success\"}"};
  for (std::string_view body : bodies) {
    const Error error = failure(200, body);
    EXPECT_EQ(error.code, "MALFORMED_RESPONSE") << body;
    EXPECT_EQ(error.http_status, 200);
  }
  // A NUL byte is not the end of the body (as it would be for nlohmann).
  EXPECT_EQ(failure(200, std::string_view("{\"result\":\"success\"}\0", 21)).code,
            "MALFORMED_RESPONSE");
  EXPECT_EQ(failure(200, std::string_view("{\"result\":\"success\"}\0garbage", 28)).code,
            "MALFORMED_RESPONSE");
  EXPECT_EQ(failure(401, std::string_view("{\"result\":\"error\",\"msg\":\"m\"}\0x", 30)).code,
            "MALFORMED_RESPONSE");
  // A JSON syntax error is not JSON; JSON that is not an object is not an object.
  EXPECT_EQ(failure(200, "[]").reason, "not-object");
  EXPECT_EQ(failure(200, "{\"result\": \"success\", \"api_key\": ").reason, "not-json");
  EXPECT_EQ(failure(200, "{\"result\":\"error\"}").reason, "no-success");
}

TEST(Response, ValidUtf8IsAccepted) {
  const Result<nlohmann::json> result = parse_zulip_response(
      {200, "{\"result\":\"success\",\"name\":\"caf\xC3\xA9 \xF0\x9F\x98\x80 \\u00e9\"}", ""});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().value("name", ""), "caf\xC3\xA9 \xF0\x9F\x98\x80 \xC3\xA9");
}

TEST(Response, TooLarge) {
  const std::string big =
      std::string(R"({"result":"success","x":")") + std::string(kMaxResponseBytes, 'a') + "\"}";
  for (int status : {200, 401, 429}) {
    const Error error = failure(status, big);
    EXPECT_EQ(error.code, "RESPONSE_TOO_LARGE");
    EXPECT_EQ(error.http_status, status);
  }
  // At the cap exactly: read.
  std::string at_cap = R"({"result":"success","x":")";
  at_cap += std::string(kMaxResponseBytes - at_cap.size() - 2, 'a') + "\"}";
  ASSERT_EQ(at_cap.size(), kMaxResponseBytes);
  EXPECT_TRUE(parse_zulip_response({200, at_cap, ""}).ok());
}

TEST(Response, DeepNestingDoesNotCrash) {
  // As deep as the size cap allows: valid JSON, parsed and destroyed without recursion.
  const std::string deep =
      std::string(kMaxResponseBytes / 2, '[') + std::string(kMaxResponseBytes / 2, ']');
  EXPECT_EQ(failure(200, deep).code, "MALFORMED_RESPONSE");
  EXPECT_EQ(failure(400, deep).code, "MALFORMED_RESPONSE");
}

}  // namespace
}  // namespace zfak
