#include "request.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zfak {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;

HttpRequest built(std::string_view realm, std::string_view username, std::string_view password,
                  bool allow_insecure_http = false) {
  Result<HttpRequest> result =
      build_fetch_api_key_request(realm, username, password, allow_insecure_http);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().code);
  return result.ok() ? result.value() : HttpRequest{};
}

Error failed(std::string_view realm, std::string_view username, std::string_view password,
             bool allow_insecure_http = false) {
  Result<HttpRequest> result =
      build_fetch_api_key_request(realm, username, password, allow_insecure_http);
  EXPECT_FALSE(result.ok());
  return result.ok() ? Error{} : result.error();
}

TEST(Request, ExactRequest) {
  const HttpRequest request = built(" https://Chat.Zulip.org/ ", "iago@zulip.com", "abcd1234");
  EXPECT_EQ(request.realm, "https://chat.zulip.org");
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.url, "https://chat.zulip.org/api/v1/fetch_api_key");
  EXPECT_EQ(request.headers, (Headers{{"Content-Type", "application/x-www-form-urlencoded"},
                                      {"Accept", "application/json"}}));
  EXPECT_EQ(request.body, "username=iago%40zulip.com&password=abcd1234");
}

TEST(Request, RealmWithPathAndPort) {
  EXPECT_EQ(built("localhost:9991/zulip/", "a", "b").url,
            "https://localhost:9991/zulip/api/v1/fetch_api_key");
  EXPECT_EQ(built("http://chat.example.com", "a", "b", true).url,
            "http://chat.example.com/api/v1/fetch_api_key");
}

TEST(Request, UsernameTrimmedPasswordUntouched) {
  EXPECT_EQ(built("chat.zulip.org", " \t\n\f\riago@zulip.com \r\n", " pass word ").body,
            "username=iago%40zulip.com&password=+pass+word+");
  // An LDAP user name, not an email: sent as is.
  EXPECT_EQ(built("chat.zulip.org", "Jane Doe", "x").body, "username=Jane+Doe&password=x");
  // Not ASCII white space: kept (U+00A0, vertical tab).
  EXPECT_EQ(built("chat.zulip.org",
                  "\xC2\xA0"
                  "a\v",
                  "x")
                .body,
            "username=%C2%A0a%0B&password=x");
  // Not Unicode-normalized.
  EXPECT_EQ(built("chat.zulip.org", "a", "e\xCC\x81").body, "username=a&password=e%CC%81");
}

TEST(Request, EmptyUsername) {
  for (const char* username : {"", " ", "\t\r\n\f "}) {
    const Error error = failed("chat.zulip.org", username, "secret");
    EXPECT_EQ(error.code, "INVALID_ARGUMENT");
    EXPECT_EQ(error.reason, "username");
    EXPECT_EQ(error.http_status, 0);
  }
}

TEST(Request, EmptyPassword) {
  const Error error = failed("chat.zulip.org", "iago@zulip.com", "");
  EXPECT_EQ(error.code, "INVALID_ARGUMENT");
  EXPECT_EQ(error.reason, "password");
  // A password of spaces is a password.
  EXPECT_EQ(built("chat.zulip.org", "a", " ").body, "username=a&password=+");
}

TEST(Request, RealmErrorsPassThrough) {
  EXPECT_EQ(failed("zulip://x", "a", "b").code, "INVALID_REALM_URL");
  EXPECT_EQ(failed("", "a", "b").code, "INVALID_REALM_URL");
  EXPECT_EQ(failed("http://chat.zulip.org", "a", "b").code, "INSECURE_REALM_URL");
  // The realm is checked first: it is the first field of a login form.
  EXPECT_EQ(failed("ftp://x", "", "").code, "INVALID_REALM_URL");
}

TEST(Request, NoErrorEverContainsThePassword) {
  const std::string passwords[] = {"hunter2", "correct horse battery staple", "p@ss:w0rd/",
                                   "https://evil.example", "\xC3\xA9t\xC3\xA9 2024!"};
  const std::string realms[] = {"",
                                "  ",
                                "zulip://x",
                                "https://u:p@x",
                                "http://chat.zulip.org",
                                "!@#*asd;l4fkj",
                                "chat.zulip.org"};
  const std::string usernames[] = {"", " ", "iago@zulip.com"};
  int errors = 0;
  for (const std::string& password : passwords) {
    for (const std::string& realm : realms) {
      for (const std::string& username : usernames) {
        for (const std::string& pw : {password, std::string()}) {
          const Result<HttpRequest> result =
              build_fetch_api_key_request(realm, username, pw, false);
          if (result.ok()) continue;
          ++errors;
          const Error& error = result.error();
          EXPECT_EQ(error.quoted_url.find(password), std::string::npos) << error.quoted_url;
          EXPECT_EQ(error.reason.find(password), std::string::npos) << error.reason;
          EXPECT_FALSE(error.server_message.has_value());
          EXPECT_FALSE(error.var_name.has_value());
        }
      }
    }
  }
  EXPECT_GT(errors, 150);
  // The realm as the place a password could be typed by mistake: the userinfo is never quoted.
  const Result<HttpRequest> result =
      build_fetch_api_key_request("https://iago:hunter2@chat.zulip.org", "iago", "hunter2", false);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().quoted_url.find("hunter2"), std::string::npos);
}

TEST(Request, DevFetchApiKeySendsTheUsernameOnly) {
  const Result<HttpRequest> request =
      build_dev_fetch_api_key_request("localhost:9991", " iago@zulip.com\n", false);
  ASSERT_TRUE(request.ok());
  EXPECT_EQ(request.value().method, "POST");
  EXPECT_EQ(request.value().url, "https://localhost:9991/api/v1/dev_fetch_api_key");
  EXPECT_EQ(request.value().headers,
            (Headers{{"Content-Type", "application/x-www-form-urlencoded"},
                     {"Accept", "application/json"}}));
  EXPECT_EQ(request.value().body, "username=iago%40zulip.com");
  EXPECT_EQ(build_dev_fetch_api_key_request("chat.zulip.org", " ", false).error().code,
            "INVALID_ARGUMENT");
  EXPECT_EQ(build_dev_fetch_api_key_request("ftp://x", "a", false).error().code,
            "INVALID_REALM_URL");
}

TEST(Request, ServerSettingsIsABodilessGet) {
  const Result<HttpRequest> request = build_server_settings_request("Chat.Zulip.org/x/", false);
  ASSERT_TRUE(request.ok());
  EXPECT_EQ(request.value().realm, "https://chat.zulip.org/x");
  EXPECT_EQ(request.value().method, "GET");
  EXPECT_EQ(request.value().url, "https://chat.zulip.org/x/api/v1/server_settings");
  EXPECT_EQ(request.value().headers, (Headers{{"Accept", "application/json"}}));
  EXPECT_EQ(request.value().body, "");
  EXPECT_EQ(build_server_settings_request("http://chat.zulip.org", false).error().code,
            "INSECURE_REALM_URL");
}

TEST(Request, CheckCredentials) {
  EXPECT_FALSE(check_credentials("a", true, 1).has_value());
  EXPECT_FALSE(check_credentials("a", false, 0).has_value());
  EXPECT_EQ(check_credentials("\t", false, 0)->code, "INVALID_ARGUMENT");
  EXPECT_EQ(check_credentials("a", true, 0)->reason, "password");
}

}  // namespace
}  // namespace zfak
