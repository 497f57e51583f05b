#include "login.hpp"

#include "error_messages.hpp"
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

Error password_login_refused() {
  Error error;
  error.code = std::string(code::kPasswordAuthDisabled);
  error.message = message_for_server_code(error.code, "", std::nullopt);
  return error;
}

Error insecure_realm_named(std::string_view realm_url) {
  Error error;
  error.code = std::string(code::kInsecureRealmUrl);
  error.message = "The server gives its address as " + quote_for_message(realm_url) +
                  ", an http:// address, which would send your password unencrypted. Ask its "
                  "administrators to set it up with https://.";
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
