// login(): the decisions between its two requests (server_settings, then fetch_api_key), kept in
// the core so that every surface decides the same way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "request.hpp"
#include "result.hpp"
#include "server_settings.hpp"

namespace zfak {

// The first request, GET {realm}/api/v1/server_settings, once everything the login needs has
// been checked, so that bad input sends nothing: the realm, then the username, then the
// password, of which only the length is needed: the password itself stays with the caller while
// this request is in flight.
Result<HttpRequest> build_login_settings_request(std::string_view realm, std::string_view username,
                                                 std::size_t password_length,
                                                 bool allow_insecure_http);

// Whether the settings say the organization takes no password at all. Zulip takes one when its
// email backend or its LDAP backend is on, and sums that up as authentication_methods.password
// (deprecated, still sent). So: authentication_methods.password, when present, decides; without
// it, both email_auth_enabled and authentication_methods.ldap must be present and false. When the
// settings do not say, the server decides.
bool password_auth_disabled(const ServerSettings& settings);

struct LoginPlan {
  std::string realm;     // where the password goes: the server's own realm URL when it names one
  bool require_user_id;  // the server's feature level is >= 171, which always sends user_id
};

// From the server's settings and the realm the caller typed (normalized): PASSWORD_AUTH_DISABLED
// when password_auth_disabled, INSECURE_REALM_URL when the server names an http:// URL that
// normalize_realm_url would refuse without allow_insecure_http, else the plan.
Result<LoginPlan> plan_login(const ServerSettings& settings, std::string_view requested_realm,
                             bool allow_insecure_http);

}  // namespace zfak
