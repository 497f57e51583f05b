// The invariants the fuzz targets (tests/fuzz/) check, each on fixed inputs chosen at its edges,
// so that none of them depends on the fuzzer's luck.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "api_key_result.hpp"
#include "form_encoding.hpp"
#include "login.hpp"
#include "realm_url.hpp"
#include "server_settings.hpp"
#include "utf8.hpp"

namespace zfak {
namespace {

std::string key_body(std::string_view api_key) {
  return R"({"result":"success","msg":"","api_key":")" + std::string(api_key) +
         R"(","email":"e@example.com","user_id":5})";
}

// fuzz_api_key_response: an api_key is letters A-Z and a-z and digits, nothing else. Every byte
// value, alone and inside a key: what lies between 'Z' and 'a' ([\]^_`), between '9' and 'A',
// or around the ranges must be refused.
TEST(FuzzInvariants, ApiKeyIsLettersAndDigitsOnly) {
  for (int byte = 0; byte < 256; ++byte) {
    const char c = static_cast<char>(byte);
    const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    // JSON escapes for what cannot stand in a JSON string as it is.
    std::string text(1, c);
    if (c == '"' || c == '\\') text = "\\" + text;
    if (byte < 0x20 || byte >= 0x80) text = "\\u00" + std::string(1, "0123456789abcdef"[byte >> 4]) +
                                            "0123456789abcdef"[byte & 15];
    for (const std::string& key : {text, "ab" + text + "cd"}) {
      const auto result = read_api_key_response({200, key_body(key), ""}, "https://chat.example.com",
                                                false);
      EXPECT_EQ(result.ok(), allowed) << "byte " << byte;
      if (result.ok()) {
        EXPECT_EQ(result.value().api_key, key);
      }
    }
  }
  for (std::string_view odd : {"[", "\\\\", "]", "^", "_", "`", "@", "{", ":", "/"}) {
    EXPECT_FALSE(read_api_key_response({200, key_body(odd), ""}, "https://x.example", false).ok())
        << odd;
  }
}

// fuzz_api_key_response: a success is a 200 only, for the realm asked, with a valid UTF-8 email.
TEST(FuzzInvariants, ApiKeySuccessOnlyAt200ForTheRealmAsked) {
  for (int status : {0, 100, 199, 201, 204, 299, 300, 302, 399, 400, 401, 499, 500, 599, 600, 999}) {
    const auto result = read_api_key_response({status, key_body("abc"), ""}, "https://a.example", false);
    ASSERT_FALSE(result.ok()) << status;
    EXPECT_EQ(result.error().http_status, status);
  }
  const auto ok = read_api_key_response({200, key_body("abc"), ""}, "https://a.example", false);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value().realm, "https://a.example");
  const std::string bad_email =
      R"({"result":"success","msg":"","api_key":"abc","email":"a)" "\xFF" R"(@b.c"})";
  EXPECT_FALSE(read_api_key_response({200, bad_email, ""}, "https://a.example", false).ok());
  const std::string bad_name =
      R"({"result":"success","msg":"","api_key":"abc","email":"a@b.c","ignored_parameters_unsupported":["\xC3"]})";
  EXPECT_FALSE(read_api_key_response({200, bad_name, ""}, "https://a.example", false).ok());
}

// check_error and code_fits_status (tests/fuzz/invariant.hpp): a status decides the family of
// codes; a server's code is never one of ours; retry-after is finite and never negative.
TEST(FuzzInvariants, ErrorsFitTheirStatus) {
  const std::string zulip_error = R"({"result":"error","msg":"m","code":"RATE_LIMIT_HIT","retry-after":-5})";
  for (int status : {0, 301, 399}) {
    EXPECT_EQ(read_api_key_response({status, zulip_error, ""}, "https://a.example", false).error().code,
              "UNEXPECTED_REDIRECT") << status;
  }
  for (int status : {500, 503, 599}) {
    EXPECT_EQ(read_api_key_response({status, zulip_error, ""}, "https://a.example", false).error().code,
              "SERVER_ERROR") << status;
  }
  for (int status : {100, 204, 600, 999}) {
    EXPECT_EQ(read_api_key_response({status, zulip_error, ""}, "https://a.example", false).error().code,
              "MALFORMED_RESPONSE") << status;
  }
  for (std::string_view retry_after : {"-5", "-0.0", "1e308", "\"10\"", "null"}) {
    const std::string body =
        R"({"result":"error","msg":"m","code":"RATE_LIMIT_HIT","retry-after":)" + std::string(retry_after) + "}";
    const auto result = read_api_key_response({429, body, "-3"}, "https://a.example", false);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "RATE_LIMIT_HIT");
    if (result.error().retry_after) {
      EXPECT_TRUE(std::isfinite(*result.error().retry_after) && *result.error().retry_after >= 0)
          << retry_after;
    }
  }
  const std::string ill_formed = R"({"result":"error","msg":"\xC3(","code":"X"})";
  const auto result = read_api_key_response({400, ill_formed, ""}, "https://a.example", false);
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(!result.error().server_message || is_valid_utf8(*result.error().server_message));
}

// What the format makes of one byte: alphanumerics and *-._ stay, space is '+', any other byte
// is %XX in upper-case hex. It decodes back to the byte, with the format's characters only.
std::string expected_encoding(int byte) {
  const char c = static_cast<char>(byte);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' ||
      c == '-' || c == '.' || c == '_') {
    return std::string(1, c);
  }
  if (c == ' ') return "+";
  return std::string{'%', "0123456789ABCDEF"[byte >> 4], "0123456789ABCDEF"[byte & 15]};
}

// fuzz_form_encoding: every byte value is encoded as the format says, at the length
// form_encoded_length gives, and wipe() leaves zeros in the whole buffer.
TEST(FuzzInvariants, FormEncodingOfEveryByte) {
  for (int byte = 0; byte < 256; ++byte) {
    const std::string value(1, static_cast<char>(byte));
    std::string encoded = form_encode({{value, value}, {"", value}});
    const std::string one = expected_encoding(byte);
    EXPECT_EQ(encoded, one + "=" + one + "&=" + one) << byte;
    EXPECT_EQ(form_encoded_length(value), one.size()) << byte;
    const char* buffer = encoded.data();
    const std::size_t capacity = encoded.capacity();
    wipe(encoded);
    EXPECT_TRUE(encoded.empty());
    for (std::size_t i = 0; i <= capacity; ++i) EXPECT_EQ(buffer[i], '\0') << byte;
  }
}

// fuzz_realm_url: a result is printable ASCII, without ? # \ or userinfo or a trailing slash, an
// http:// one is loopback unless allowed, and it normalizes to itself with either permission.
TEST(FuzzInvariants, RealmUrlResultsAreCleanAndStable) {
  for (std::string_view input :
       {"chat.example.com", "HTTPS://Chat.Example.COM:443/a/../b/?q#f", "http://127.0.0.1:9991/",
        "http://[::1]/", "https://xn--bcher-kva.example/", "https://b\xC3\xBC" "cher.example",
        "https://chat.example.com/%7Euser/", "https://chat.example.com/a b", "http://localhost",
        "https://chat.example.com/\\x"}) {
    for (bool allow : {false, true}) {
      const auto result = normalize_realm_url(input, allow);
      if (!result.ok()) continue;
      const std::string& url = result.value();
      for (char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        EXPECT_TRUE(byte > 0x20 && byte < 0x7F && c != '?' && c != '#' && c != '\\') << url;
      }
      EXPECT_NE(url.back(), '/') << url;
      const bool https = url.rfind("https://", 0) == 0;
      const std::string_view after = std::string_view(url).substr(https ? 8 : 7);
      EXPECT_EQ(after.substr(0, after.find('/')).find('@'), std::string_view::npos) << url;
      if (!https && !allow) {
        EXPECT_TRUE(url == "http://127.0.0.1:9991" || url == "http://[::1]" || url == "http://localhost") << url;
      }
      EXPECT_EQ(normalize_realm_url(url, allow).value(), url);
      EXPECT_EQ(normalize_realm_url(url, true).value(), url);
    }
  }
  EXPECT_FALSE(normalize_realm_url("http://chat.example.com", false).ok());
}

// fuzz_realm_url: errors are INVALID_REALM_URL or INSECURE_REALM_URL, no HTTP status, and what
// precedes an input's last '@' is never quoted.
TEST(FuzzInvariants, RealmUrlErrorsNeverQuoteUserinfo) {
  for (std::string_view input : {"https://me:hunter2@chat.example.com", "me:hunter2@", "hunter2@@x y",
                                 "ftp://me:hunter2@host", "http://a:hunter2@[::1", "x@y@z%"}) {
    const auto result = normalize_realm_url(input, false);
    ASSERT_FALSE(result.ok()) << input;
    const Error& error = result.error();
    EXPECT_TRUE(error.code == "INVALID_REALM_URL" || error.code == "INSECURE_REALM_URL");
    EXPECT_EQ(error.http_status, 0);
    EXPECT_EQ(error.quoted_url.find("hunter2"), std::string::npos) << error.quoted_url;
    if (error.code == "INVALID_REALM_URL" && !error.quoted_url.empty()) {
      EXPECT_TRUE(error.quoted_url.rfind("\u2026@", 0) == 0 || error.quoted_url == "\uFFFD") << error.quoted_url;
    }
  }
}

// fuzz_server_settings: the feature level is a safe integer, a realm_url is normalized, every
// text is UTF-8; login's plan posts to the typed realm or the one named, never over plain http
// unless allowed, and refuses only with PASSWORD_AUTH_DISABLED or INSECURE_REALM_URL.
TEST(FuzzInvariants, ServerSettingsAndThePlan) {
  const auto settings_of = [](std::string_view fields) {
    return read_server_settings_response(
        {200, R"({"result":"success","msg":"",)" + std::string(fields) + "}", ""});
  };
  for (std::string_view level : {"-1", "9007199254740992", "1.5", "\"5\""}) {
    EXPECT_FALSE(settings_of(R"("zulip_feature_level":)" + std::string(level)).ok()) << level;
  }
  const auto named = settings_of(R"("zulip_feature_level":171,"realm_url":"HTTPS://Named.Example/")");
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(*named.value().realm_url, "https://named.example");
  const auto plan = plan_login(named.value(), "https://chat.example.com", false);
  ASSERT_TRUE(plan.ok());
  EXPECT_TRUE(plan.value().require_user_id);
  EXPECT_TRUE(plan.value().realm == "https://chat.example.com" || plan.value().realm == "https://named.example");
  const auto old = settings_of(R"("zulip_feature_level":170)");
  EXPECT_FALSE(plan_login(old.value(), "https://chat.example.com", false).value().require_user_id);

  const auto insecure = settings_of(R"("zulip_feature_level":200,"realm_url":"http://named.example")");
  ASSERT_TRUE(insecure.ok());
  const auto refused = plan_login(insecure.value(), "https://chat.example.com", false);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "INSECURE_REALM_URL");
  const auto disabled = settings_of(R"("authentication_methods":{"password":false,"dev":true})");
  ASSERT_TRUE(disabled.ok());
  EXPECT_TRUE(password_auth_disabled(disabled.value()));
  EXPECT_EQ(plan_login(disabled.value(), "https://chat.example.com", false).error().code,
            "PASSWORD_AUTH_DISABLED");
  for (std::string_view text : {R"("realm_name":"\uD800")", R"("zulip_version":")" "\xC3" R"(")"}) {
    const auto result = settings_of(text);
    EXPECT_TRUE(!result.ok() || !result.value().realm_name || is_valid_utf8(*result.value().realm_name))
        << text;
  }
}

}  // namespace
}  // namespace zfak
