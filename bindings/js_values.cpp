#include "js_values.hpp"

#include <emscripten/val.h>

#include "login.hpp"

using emscripten::typed_memory_view;
using emscripten::val;

namespace zfak::js {

std::string bytes_of(const val& u8array) {
  std::string bytes(u8array["length"].as<std::size_t>(), '\0');
  val(typed_memory_view(bytes.size(), reinterpret_cast<unsigned char*>(bytes.data())))
      .call<void>("set", u8array);
  return bytes;
}

val uint8array_of(const std::string& bytes) {
  // slice() copies out of the heap view: the view itself would go stale when memory grows.
  return val(typed_memory_view(bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data())))
      .call<val>("slice");
}

val request_object(const HttpRequest& request) {
  val headers = val::array();
  for (const auto& [name, value] : request.headers) {
    val pair = val::array();
    pair.call<void>("push", name, value);
    headers.call<void>("push", pair);
  }
  val out = val::object();
  out.set("method", request.method);
  out.set("url", request.url);
  out.set("headers", headers);
  out.set("body", uint8array_of(request.body));
  return out;
}

val error_object(const Error& error) {
  val out = val::object();
  out.set("code", error.code);
  if (error.from_server) out.set("origin", "server");
  if (!error.reason.empty()) out.set("reason", error.reason);
  if (!error.field.empty()) out.set("field", error.field);
  if (!error.subject.empty()) {
    val words = val::object();
    words.set("url", error.subject);
    out.set("words", words);
  }
  if (error.http_status != 0) out.set("httpStatus", error.http_status);
  if (error.retry_after) out.set("retryAfter", *error.retry_after);
  if (error.var_name) out.set("varName", *error.var_name);
  if (error.server_message) out.set("serverMessage", *error.server_message);
  if (error.server_code) out.set("serverCode", *error.server_code);
  return out;
}

val api_key_object(const ApiKeyResult& result) {
  val ignored = val::array();
  for (const auto& name : result.ignored_parameters_unsupported) {
    ignored.call<void>("push", name);
  }
  val out = val::object();
  out.set("apiKey", result.api_key);
  out.set("email", result.email);
  // user_id is a safe integer (validated), so a double holds it exactly.
  out.set("userId", result.user_id ? val(static_cast<double>(*result.user_id)) : val::null());
  out.set("realm", result.realm);
  out.set("ignoredParametersUnsupported", ignored);
  return out;
}

namespace {

// Sets `key` only when the server sent the field.
template <class T>
void set_present(val& out, const char* key, const std::optional<T>& value) {
  if (value) out.set(key, *value);
}

val external_method_object(const ExternalAuthenticationMethod& method) {
  val out = val::object();
  out.set("name", method.name);
  out.set("displayName", method.display_name);
  out.set("displayIcon", method.display_icon ? val(*method.display_icon) : val::null());
  out.set("loginUrl", method.login_url);
  out.set("signupUrl", method.signup_url);
  return out;
}

}  // namespace

val server_settings_object(const ServerSettings& settings) {
  val out = val::object();
  set_present(out, "zulipVersion", settings.zulip_version);
  // A safe integer (validated), so a double holds it exactly.
  out.set("zulipFeatureLevel", static_cast<double>(settings.zulip_feature_level));
  set_present(out, "zulipMergeBase", settings.zulip_merge_base);
  set_present(out, "emailAuthEnabled", settings.email_auth_enabled);
  set_present(out, "requireEmailFormatUsernames", settings.require_email_format_usernames);
  set_present(out, "realmUrl", settings.realm_url);
  set_present(out, "realmName", settings.realm_name);
  set_present(out, "realmIcon", settings.realm_icon);
  set_present(out, "realmDescription", settings.realm_description);
  set_present(out, "realmWebPublicAccessEnabled", settings.realm_web_public_access_enabled);
  set_present(out, "pushNotificationsEnabled", settings.push_notifications_enabled);
  // Not a server field: the core's reading of the settings (the rule login() applies), so that
  // a form can say so before anyone types a password.
  out.set("passwordLoginAllowed", !password_auth_disabled(settings));
  if (settings.authentication_methods) {
    val methods = val::object();
    for (const auto& [name, enabled] : *settings.authentication_methods) methods.set(name, enabled);
    out.set("authenticationMethods", methods);
  }
  if (settings.external_authentication_methods) {
    val methods = val::array();
    for (const auto& method : *settings.external_authentication_methods) {
      methods.call<void>("push", external_method_object(method));
    }
    out.set("externalAuthenticationMethods", methods);
  }
  return out;
}

val success(val value) {
  val out = val::object();
  out.set("ok", true);
  out.set("value", value);
  return out;
}

val failure(const Error& error) {
  val out = val::object();
  out.set("ok", false);
  out.set("error", error_object(error));
  return out;
}

}  // namespace zfak::js
