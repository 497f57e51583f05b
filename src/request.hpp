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
  // CORS-safelisted, but for verify's Authorization (Zulip's nginx allows it in preflights),
  // whose value holds the API key: wipe() every value once handed over.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;    // may hold a password or a token: wipe() it once it has been handed over
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

// POST {realm}/api/v1/jwt/fetch_api_key, body "token=...&include_profile=true" (or false: a
// JSON boolean, as Zulip reads it). The token is sent exactly as given. INVALID_ARGUMENT "token"
// when it is empty; realm errors as normalize_realm_url.
Result<HttpRequest> build_jwt_fetch_api_key_request(std::string_view realm, std::string_view token,
                                                    bool include_profile,
                                                    bool allow_insecure_http);

// GET {realm}/api/v1/users/me with "Authorization: Basic base64(email:api_key)", no body. The
// email is trimmed of ASCII white space (as Zulip does) and must then be non-empty, without ':'
// (Basic auth splits there) and without control characters: INVALID_ARGUMENT "email". The key
// must be non-empty ASCII letters and digits: INVALID_ARGUMENT "api-key". So nothing a caller
// passes can add a header line.
Result<HttpRequest> build_own_user_request(std::string_view realm, std::string_view email,
                                           std::string_view api_key, bool allow_insecure_http);

// GET {realm}/api/v1/server_settings, no body.
Result<HttpRequest> build_server_settings_request(std::string_view realm,
                                                  bool allow_insecure_http);

}  // namespace zfak
