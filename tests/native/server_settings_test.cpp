#include "server_settings.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zfak {
namespace {

// What a Zulip 10 server sends (trimmed lists), as devserver/ writes it.
constexpr std::string_view kFull = R"({"result":"success","msg":"",
  "authentication_methods":{"password":true,"dev":true,"email":true,"ldap":false,"github":false},
  "zulip_version":"10.0","zulip_merge_base":"10.0","zulip_feature_level":314,
  "push_notifications_enabled":false,"is_incompatible":false,"email_auth_enabled":true,
  "require_email_format_usernames":true,"realm_url":"https://Chat.Example.com/",
  "realm_name":"Example","realm_icon":"https://chat.example.com/icon.png",
  "realm_description":"<p>Hi</p>","realm_web_public_access_enabled":false,
  "external_authentication_methods":[{"name":"github","display_name":"GitHub",
    "display_icon":"/static/github.png","login_url":"/accounts/login/social/github",
    "signup_url":"/accounts/register/social/github"},{"name":"saml:idp","display_name":"SSO",
    "display_icon":null,"login_url":"/l","signup_url":"/s"}],
  "realm_uri":"https://chat.example.com"})";

Result<ServerSettings> read(std::string_view body, int status = 200) {
  return read_server_settings_response({status, body, ""});
}

void expect_malformed(std::string_view body, std::string_view field) {
  const Result<ServerSettings> result = read(body);
  ASSERT_FALSE(result.ok()) << body;
  EXPECT_EQ(result.error().code, "MALFORMED_RESPONSE") << body;
  EXPECT_EQ(result.error().http_status, 200) << body;
  EXPECT_EQ(result.error().reason, "field") << body;
  EXPECT_EQ(result.error().field, field) << body;
}

TEST(ServerSettings, EveryField) {
  const Result<ServerSettings> result = read(kFull);
  ASSERT_TRUE(result.ok()) << result.error().code;
  const ServerSettings& s = result.value();
  EXPECT_EQ(s.zulip_version, "10.0");
  EXPECT_EQ(s.zulip_feature_level, 314);
  EXPECT_EQ(s.zulip_merge_base, "10.0");
  EXPECT_EQ(s.email_auth_enabled, true);
  EXPECT_EQ(s.require_email_format_usernames, true);
  EXPECT_EQ(s.realm_url, "https://chat.example.com");  // normalized
  EXPECT_EQ(s.realm_name, "Example");
  EXPECT_EQ(s.realm_icon, "https://chat.example.com/icon.png");
  EXPECT_EQ(s.realm_description, "<p>Hi</p>");
  EXPECT_EQ(s.realm_web_public_access_enabled, false);
  EXPECT_EQ(s.push_notifications_enabled, false);
  ASSERT_TRUE(s.authentication_methods.has_value());
  EXPECT_EQ(s.authentication_methods->size(), 5u);
  ASSERT_TRUE(s.external_authentication_methods.has_value());
  ASSERT_EQ(s.external_authentication_methods->size(), 2u);
  const ExternalAuthenticationMethod& github = (*s.external_authentication_methods)[0];
  EXPECT_EQ(github.name, "github");
  EXPECT_EQ(github.display_name, "GitHub");
  EXPECT_EQ(github.display_icon, "/static/github.png");
  EXPECT_EQ(github.login_url, "/accounts/login/social/github");
  EXPECT_EQ(github.signup_url, "/accounts/register/social/github");
  EXPECT_FALSE((*s.external_authentication_methods)[1].display_icon.has_value());
}

TEST(ServerSettings, AnOldServerLeavesFieldsOut) {
  const Result<ServerSettings> result = read(R"({"result":"success","msg":"","zulip_version":"2.1.8",
    "realm_uri":"http://chat.example.com"})");
  ASSERT_TRUE(result.ok()) << result.error().code;
  const ServerSettings& s = result.value();
  EXPECT_EQ(s.zulip_feature_level, 0);
  EXPECT_EQ(s.realm_url, "http://chat.example.com");  // realm_uri; http:// is the caller's call
  EXPECT_FALSE(s.zulip_merge_base || s.email_auth_enabled || s.realm_name ||
               s.authentication_methods || s.external_authentication_methods ||
               s.realm_web_public_access_enabled);
  const Result<ServerSettings> bare = read(R"({"result":"success"})");
  ASSERT_TRUE(bare.ok());
  EXPECT_FALSE(bare.value().realm_url.has_value());
}

TEST(ServerSettings, RealmUrlWinsOverRealmUri) {
  const Result<ServerSettings> result =
      read(R"({"result":"success","realm_url":"https://new.example","realm_uri":"https://old.example"})");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().realm_url, "https://new.example");
}

TEST(ServerSettings, MistypedFields) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {R"({"result":"success","zulip_version":10})", "zulip_version"},
      {R"({"result":"success","zulip_feature_level":"314"})", "zulip_feature_level"},
      {R"({"result":"success","zulip_feature_level":-1})", "zulip_feature_level"},
      {R"({"result":"success","zulip_feature_level":1.5})", "zulip_feature_level"},
      {R"({"result":"success","email_auth_enabled":"true"})", "email_auth_enabled"},
      {R"({"result":"success","email_auth_enabled":null})", "email_auth_enabled"},
      {R"({"result":"success","realm_name":["x"]})", "realm_name"},
      {R"({"result":"success","realm_uri":5})", "realm_uri"},
      {R"({"result":"success","realm_url":"https://a.example","realm_uri":5})", "realm_uri"},
      {R"({"result":"success","push_notifications_enabled":1})", "push_notifications_enabled"},
      {R"({"result":"success","authentication_methods":[]})", "authentication_methods"},
      {R"({"result":"success","authentication_methods":{"password":1}})", "authentication_methods"},
      {R"({"result":"success","external_authentication_methods":{}})",
       "external_authentication_methods"},
      {R"({"result":"success","external_authentication_methods":[{"name":"x"}]})",
       "external_authentication_methods"},
      {R"({"result":"success","external_authentication_methods":[{"name":"x","display_name":"X",
        "display_icon":5,"login_url":"/l","signup_url":"/s"}]})",
       "external_authentication_methods"},
  };
  for (const auto& [body, field] : cases) expect_malformed(body, field);
}

TEST(ServerSettings, AnInvalidRealmUrl) {
  expect_malformed(R"({"result":"success","realm_url":"zulip://x"})", "realm_url");
  expect_malformed(R"({"result":"success","realm_url":""})", "realm_url");
  expect_malformed(R"({"result":"success","realm_uri":"https://u:p@x"})", "realm_uri");
}

TEST(ServerSettings, EnvelopeErrors) {
  const Result<ServerSettings> subdomain = read(
      R"({"result":"error","msg":"Invalid subdomain","code":"BAD_REQUEST"})", 400);
  ASSERT_FALSE(subdomain.ok());
  EXPECT_EQ(subdomain.error().code, "BAD_REQUEST");
  EXPECT_EQ(subdomain.error().http_status, 400);
  EXPECT_EQ(subdomain.error().server_message, "Invalid subdomain");

  const Result<ServerSettings> html = read("<!doctype html><h1>Not Found</h1>", 404);
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.error().code, "MALFORMED_RESPONSE");
  EXPECT_EQ(html.error().http_status, 404);

  EXPECT_EQ(read("[]").error().code, "MALFORMED_RESPONSE");
  EXPECT_EQ(read(R"({"result":"error","msg":""})").error().code, "MALFORMED_RESPONSE");
}

}  // namespace
}  // namespace zfak
