// GET /api/v1/server_settings: what a Zulip server says about itself and the organization at an
// address, before anyone logs in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "response.hpp"
#include "result.hpp"

namespace zfak {

struct ExternalAuthenticationMethod {
  std::string name;
  std::string display_name;
  std::optional<std::string> display_icon;  // null in the answer -> nothing
  std::string login_url;
  std::string signup_url;
};

// Every field the server may leave out is optional (the OpenAPI answer guarantees none, and old
// servers lack the newer ones); zulip_feature_level is 0 when absent, as Zulip documents.
struct ServerSettings {
  std::optional<std::string> zulip_version;
  std::int64_t zulip_feature_level = 0;
  std::optional<std::string> zulip_merge_base;
  std::optional<bool> email_auth_enabled;
  std::optional<bool> require_email_format_usernames;
  std::optional<std::string> realm_url;  // realm_url, else realm_uri; normalized
  std::optional<std::string> realm_name;
  std::optional<std::string> realm_icon;
  std::optional<std::string> realm_description;
  std::optional<bool> realm_web_public_access_enabled;
  std::optional<bool> push_notifications_enabled;
  std::optional<std::vector<std::pair<std::string, bool>>> authentication_methods;
  std::optional<std::vector<ExternalAuthenticationMethod>> external_authentication_methods;
};

// parse_zulip_response, then each field that is present must have its documented type (strings,
// booleans, a non-negative safe integer for the feature level, an object of booleans, a list of
// complete method objects), and the realm URL must itself be a Zulip server URL: it is
// normalized as normalize_realm_url does (http:// allowed here: whether to send a password there
// is the caller's decision). Any violation -> MALFORMED_RESPONSE (http_status 200).
Result<ServerSettings> read_server_settings_response(const HttpResponse& response);

}  // namespace zfak
