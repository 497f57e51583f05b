#include "login.hpp"

#include "realm_url.hpp"

namespace zfak {

namespace {

// Zulip's feature level 171 (7.0) added user_id to the login answers.
constexpr std::int64_t kUserIdFeatureLevel = 171;

std::optional<bool> method(const ServerSettings& settings, std::string_view name) {
  if (!settings.authentication_methods) return std::nullopt;
  for (const auto& [key, enabled] : *settings.authentication_methods) {
    if (key == name) return enabled;
  }
  return std::nullopt;
}

// What the server would answer, said without sending the password: its code, as its own.
Error password_login_refused() {
  Error error;
  error.code = std::string(code::kPasswordAuthDisabled);
  error.from_server = true;
  return error;
}

Error insecure_realm_named(std::string_view realm_url) {
  Error error = library_error(code::kInsecureRealmUrl, "named-by-server");
  error.quoted_url = std::string(realm_url);
  return error;
}

}  // namespace

Result<HttpRequest> build_login_settings_request(std::string_view realm, std::string_view username,
                                                 std::size_t password_length,
                                                 bool allow_insecure_http) {
  Result<HttpRequest> request = build_server_settings_request(realm, allow_insecure_http);
  if (!request.ok()) return request;
  if (auto error = check_credentials(username, /*needs_password=*/true, password_length)) {
    return *error;
  }
  return request;
}

bool password_auth_disabled(const ServerSettings& settings) {
  if (const std::optional<bool> password = method(settings, "password")) return !*password;
  const std::optional<bool> ldap = method(settings, "ldap");
  return settings.email_auth_enabled == false && ldap == false;
}

Result<LoginPlan> plan_login(const ServerSettings& settings, std::string_view requested_realm,
                             bool allow_insecure_http) {
  if (password_auth_disabled(settings)) return password_login_refused();
  LoginPlan plan;
  plan.realm = settings.realm_url.value_or(std::string(requested_realm));
  plan.require_user_id = settings.zulip_feature_level >= kUserIdFeatureLevel;
  const Result<std::string> checked = normalize_realm_url(plan.realm, allow_insecure_http);
  if (!checked.ok()) {
    if (checked.error().code == code::kInsecureRealmUrl) return insecure_realm_named(plan.realm);
    return checked.error();
  }
  return plan;
}

}  // namespace zfak
