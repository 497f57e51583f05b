#include "login.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zfak {
namespace {

constexpr std::string_view kTyped = "https://typed.example";

ServerSettings with_methods(std::vector<std::pair<std::string, bool>> methods) {
  ServerSettings settings;
  settings.authentication_methods = std::move(methods);
  return settings;
}

TEST(Login, SettingsRequestChecksEverythingFirst) {
  const Result<HttpRequest> request =
      build_login_settings_request(" Chat.Example.com/ ", " iago@zulip.com ", 8, false);
  ASSERT_TRUE(request.ok());
  EXPECT_EQ(request.value().method, "GET");
  EXPECT_EQ(request.value().url, "https://chat.example.com/api/v1/server_settings");
  EXPECT_EQ(request.value().body, "");

  EXPECT_EQ(build_login_settings_request("zulip://x", "", 0, false).error().code,
            "INVALID_REALM_URL");
  EXPECT_EQ(build_login_settings_request("http://chat.example.com", "a", 1, false).error().code,
            "INSECURE_REALM_URL");
  const Error no_username = build_login_settings_request("chat.example.com", " ", 1, false).error();
  EXPECT_EQ(no_username.code, "INVALID_ARGUMENT");
  EXPECT_EQ(no_username.reason, "username");
  const Error no_password = build_login_settings_request("chat.example.com", "a", 0, false).error();
  EXPECT_EQ(no_password.code, "INVALID_ARGUMENT");
  EXPECT_EQ(no_password.reason, "password");
}

TEST(Login, PasswordAuthDisabled) {
  // authentication_methods.password (email or LDAP, as Zulip computes it) decides when present.
  EXPECT_TRUE(password_auth_disabled(with_methods({{"password", false}, {"github", true}})));
  EXPECT_FALSE(password_auth_disabled(with_methods({{"password", true}, {"ldap", true}})));
  ServerSettings email_on_but_password_off = with_methods({{"password", false}});
  email_on_but_password_off.email_auth_enabled = true;
  EXPECT_TRUE(password_auth_disabled(email_on_but_password_off));

  // Without it: both backends must be said to be off.
  ServerSettings both_off = with_methods({{"ldap", false}});
  both_off.email_auth_enabled = false;
  EXPECT_TRUE(password_auth_disabled(both_off));
  ServerSettings ldap_on = with_methods({{"ldap", true}});
  ldap_on.email_auth_enabled = false;
  EXPECT_FALSE(password_auth_disabled(ldap_on));
  ServerSettings ldap_unknown;
  ldap_unknown.email_auth_enabled = false;
  EXPECT_FALSE(password_auth_disabled(ldap_unknown));
  EXPECT_FALSE(password_auth_disabled(ServerSettings{}));
}

TEST(Login, PlanPostsToTheRealmTheServerNames) {
  ServerSettings settings = with_methods({{"password", true}});
  settings.realm_url = "https://chat.example.com";
  settings.zulip_feature_level = 171;
  const Result<LoginPlan> plan = plan_login(settings, kTyped, false);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan.value().realm, "https://chat.example.com");
  EXPECT_TRUE(plan.value().require_user_id);

  settings.realm_url.reset();
  settings.zulip_feature_level = 170;
  EXPECT_EQ(plan_login(settings, kTyped, false).value().realm, kTyped);
  EXPECT_FALSE(plan_login(settings, kTyped, false).value().require_user_id);
}

TEST(Login, PlanRefusals) {
  const Result<LoginPlan> off = plan_login(with_methods({{"password", false}}), kTyped, false);
  ASSERT_FALSE(off.ok());
  EXPECT_EQ(off.error().code, "PASSWORD_AUTH_DISABLED");
  EXPECT_EQ(off.error().http_status, 0);  // decided here: nothing was sent
  EXPECT_TRUE(off.error().from_server);   // but it is the server's code: its settings say so

  ServerSettings insecure;
  insecure.realm_url = "http://chat.example.com";
  const Result<LoginPlan> refused = plan_login(insecure, kTyped, false);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "INSECURE_REALM_URL");
  EXPECT_EQ(refused.error().reason, "named-by-server");
  EXPECT_EQ(refused.error().quoted_url, "http://chat.example.com");
  EXPECT_EQ(plan_login(insecure, kTyped, true).value().realm, "http://chat.example.com");
  insecure.realm_url = "http://localhost:9991";  // loopback: allowed
  EXPECT_TRUE(plan_login(insecure, kTyped, false).ok());
}

}  // namespace
}  // namespace zfak
