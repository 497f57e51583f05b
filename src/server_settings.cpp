#include "server_settings.hpp"

#include <type_traits>

#include "json_text.hpp"
#include "realm_url.hpp"
#include "safe_integer.hpp"

namespace zfak {

namespace {

using nlohmann::json;

// Each reader returns the name of the field at fault, or nullptr: every fault of the settings is
// MALFORMED_RESPONSE naming its field, made once (an Error per reader cost page weight:
// bench/notes.md).

// Reads an optional string or boolean field: absent leaves `out` empty; present with another
// type is a fault.
template <class T>
const char* read_field(const json& body, const char* key, std::optional<T>& out) {
  const json* field = member(body, key);
  if (!field) return nullptr;
  if constexpr (std::is_same_v<T, bool>) {
    if (!field->is_boolean()) return key;
  } else {
    if (!field->is_string()) return key;
  }
  out = field->template get<T>();
  return nullptr;
}

const char* read_feature_level(const json& body, ServerSettings& settings) {
  const json* field = member(body, "zulip_feature_level");
  if (!field) return nullptr;
  const std::optional<std::int64_t> level = safe_integer(*field);
  if (!level) return "zulip_feature_level";
  settings.zulip_feature_level = *level;
  return nullptr;
}

// realm_url (feature level 257), else realm_uri (still sent): both, when present, are strings.
const char* read_realm_url(const json& body, ServerSettings& settings) {
  std::optional<std::string> url;
  std::optional<std::string> uri;
  if (const char* fault = read_field(body, "realm_url", url)) return fault;
  if (const char* fault = read_field(body, "realm_uri", uri)) return fault;
  if (!url) url = std::move(uri);
  if (!url) return nullptr;
  Result<std::string> normalized = normalize_realm_url(*url, /*allow_insecure_http=*/true);
  if (!normalized.ok()) {
    return member(body, "realm_url") ? "realm_url" : "realm_uri";
  }
  settings.realm_url = std::move(normalized.value());
  return nullptr;
}

const char* read_authentication_methods(const json& body, ServerSettings& settings) {
  const json* field = member(body, "authentication_methods");
  if (!field) return nullptr;
  if (!field->is_object()) return "authentication_methods";
  auto& methods = settings.authentication_methods.emplace();
  for (const auto& [name, enabled] : field->items()) {
    if (!enabled.is_boolean()) return "authentication_methods";
    methods.emplace_back(name, enabled.get<bool>());
  }
  return nullptr;
}

std::optional<ExternalAuthenticationMethod> external_method(const json& entry) {
  if (!entry.is_object()) return std::nullopt;
  ExternalAuthenticationMethod method;
  const std::pair<const char*, std::string*> strings[] = {{"name", &method.name},
                                                          {"display_name", &method.display_name},
                                                          {"login_url", &method.login_url},
                                                          {"signup_url", &method.signup_url}};
  for (const auto& [key, out] : strings) {
    const json* field = member(entry, key);
    if (!field || !field->is_string()) return std::nullopt;
    *out = field->get<std::string>();
  }
  const json* icon = member(entry, "display_icon");
  if (icon && !icon->is_null()) {
    if (!icon->is_string()) return std::nullopt;
    method.display_icon = icon->get<std::string>();
  }
  return method;
}

const char* read_external_methods(const json& body, ServerSettings& settings) {
  const json* field = member(body, "external_authentication_methods");
  if (!field) return nullptr;
  if (!field->is_array()) return "external_authentication_methods";
  auto& methods = settings.external_authentication_methods.emplace();
  for (const json& entry : *field) {
    std::optional<ExternalAuthenticationMethod> method = external_method(entry);
    if (!method) return "external_authentication_methods";
    methods.push_back(std::move(*method));
  }
  return nullptr;
}

}  // namespace

Result<ServerSettings> read_server_settings_response(const HttpResponse& response) {
  Result<json> parsed = parse_zulip_response(response);
  if (!parsed.ok()) return parsed.error();
  const json& body = parsed.value();

  ServerSettings s;
  const char* const faults[] = {
      read_field(body, "zulip_version", s.zulip_version),
      read_feature_level(body, s),
      read_field(body, "zulip_merge_base", s.zulip_merge_base),
      read_field(body, "email_auth_enabled", s.email_auth_enabled),
      read_field(body, "require_email_format_usernames", s.require_email_format_usernames),
      read_realm_url(body, s),
      read_field(body, "realm_name", s.realm_name),
      read_field(body, "realm_icon", s.realm_icon),
      read_field(body, "realm_description", s.realm_description),
      read_field(body, "realm_web_public_access_enabled", s.realm_web_public_access_enabled),
      read_field(body, "push_notifications_enabled", s.push_notifications_enabled),
      read_authentication_methods(body, s),
      read_external_methods(body, s),
  };
  for (const char* fault : faults) {
    if (fault) return malformed_field(fault);
  }
  return s;
}

}  // namespace zfak
