// The HTTP requests this library sends, as values for a JS transport to perform.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "result.hpp"

namespace zfak {

struct HttpRequest {
  std::string realm;   // the normalized realm URL (see normalize_realm_url)
  std::string method;  // "POST" / "GET"
  std::string url;     // absolute
  std::vector<std::pair<std::string, std::string>> headers;  // CORS-safelisted only
  std::string body;    // may hold a password: wipe() it once it has been handed over
};

// The checks a login makes before sending anything: a username that is not empty once trimmed of
// ASCII white space, and, when one is needed, a password that is not empty (only its length is
// needed, so that the password can stay with the caller). INVALID_ARGUMENT otherwise.
std::optional<Error> check_credentials(std::string_view username, bool needs_password,
                                       std::size_t password_length);

// POST {realm}/api/v1/fetch_api_key, body "username=...&password=..." (urlencoded).
// The username is trimmed of ASCII white space; the password is sent exactly as given.
// INVALID_ARGUMENT for an empty username or password; realm errors as normalize_realm_url.
Result<HttpRequest> build_fetch_api_key_request(std::string_view realm, std::string_view username,
                                                std::string_view password,
                                                bool allow_insecure_http);

// POST {realm}/api/v1/dev_fetch_api_key, body "username=..." (trimmed, as above): the
// development server's passwordless login. INVALID_ARGUMENT for an empty username.
Result<HttpRequest> build_dev_fetch_api_key_request(std::string_view realm,
                                                    std::string_view username,
                                                    bool allow_insecure_http);

// GET {realm}/api/v1/server_settings, no body.
Result<HttpRequest> build_server_settings_request(std::string_view realm,
                                                  bool allow_insecure_http);

}  // namespace zfak
