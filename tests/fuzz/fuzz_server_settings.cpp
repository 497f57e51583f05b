// read_server_settings_response over any status, Retry-After header and body (see
// response_input.hpp; flag bit 0: allow_insecure_http), then login()'s decisions on the result.
#include <cstddef>
#include <cstdint>
#include <string>

#include "invariant.hpp"
#include "login.hpp"
#include "realm_url.hpp"
#include "response_input.hpp"
#include "server_settings.hpp"

namespace {

using zfak::is_valid_utf8;

bool valid_if_present(const std::optional<std::string>& text) { return !text || is_valid_utf8(*text); }

// A realm URL the core produced: one that normalize_realm_url keeps as it is.
bool is_normalized(const std::string& url) {
  const auto again = zfak::normalize_realm_url(url, /*allow_insecure_http=*/true);
  return again.ok() && again.value() == url;
}

void check_settings(const zfak::ServerSettings& settings) {
  ZFAK_INVARIANT(settings.zulip_feature_level >= 0 &&
                 settings.zulip_feature_level <= zfak::fuzz::kMaxSafeInteger);
  ZFAK_INVARIANT(!settings.realm_url || is_normalized(*settings.realm_url));
  for (const auto* text : {&settings.zulip_version, &settings.zulip_merge_base, &settings.realm_name,
                           &settings.realm_icon, &settings.realm_description}) {
    ZFAK_INVARIANT(valid_if_present(*text));
  }
  if (settings.authentication_methods) {
    for (const auto& [name, enabled] : *settings.authentication_methods) ZFAK_INVARIANT(is_valid_utf8(name));
  }
  if (settings.external_authentication_methods) {
    for (const auto& method : *settings.external_authentication_methods) {
      ZFAK_INVARIANT(is_valid_utf8(method.name) && is_valid_utf8(method.display_name) &&
                     valid_if_present(method.display_icon) && is_valid_utf8(method.login_url) &&
                     is_valid_utf8(method.signup_url));
    }
  }
}

void check_plan(const zfak::ServerSettings& settings, bool allow_insecure_http) {
  const auto plan = zfak::plan_login(settings, "https://chat.example.com", allow_insecure_http);
  if (!plan.ok()) {
    zfak::fuzz::check_error(plan.error());
    const bool disabled = zfak::password_auth_disabled(settings);
    ZFAK_INVARIANT(plan.error().code == (disabled ? "PASSWORD_AUTH_DISABLED" : "INSECURE_REALM_URL"));
    return;
  }
  ZFAK_INVARIANT(!zfak::password_auth_disabled(settings));
  ZFAK_INVARIANT(plan.value().require_user_id == (settings.zulip_feature_level >= 171));
  // The password goes to the typed realm or to the one the server names, and never over http://
  // to a host that is not loopback unless the caller allowed it.
  ZFAK_INVARIANT(plan.value().realm == "https://chat.example.com" ||
                 (settings.realm_url && plan.value().realm == *settings.realm_url));
  ZFAK_INVARIANT(zfak::normalize_realm_url(plan.value().realm, allow_insecure_http).ok());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = zfak::fuzz::read_response_input(data, size);
  if (!input) return 0;
  const bool allow_insecure_http = (input->flags & 1) != 0;
  const auto result = zfak::read_server_settings_response(input->response);
  if (!result.ok()) {
    zfak::fuzz::check_response_error(result.error(), input->response.status);
    return 0;
  }
  ZFAK_INVARIANT(input->response.status == 200);
  check_settings(result.value());
  check_plan(result.value(), allow_insecure_http);
  return 0;
}
