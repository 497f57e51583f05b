// The success object of fetch_api_key and dev_fetch_api_key, validated.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "own_user.hpp"
#include "response.hpp"
#include "result.hpp"

namespace zfak {

struct ApiKeyResult {
  std::string api_key;  // non-empty, ASCII letters and digits only
  std::string email;    // as the server returned it
  std::optional<std::int64_t> user_id;  // absent/null before feature level 171
  std::string realm;    // the normalized realm URL the request went to
  std::vector<std::string> ignored_parameters_unsupported;
  std::optional<OwnUser> profile;  // a JWT login's `user`, when the profile was asked for
};

// A Zulip API key's characters: non-empty, ASCII letters and digits only (Zulip issues 32). Nothing
// else can go into an Authorization header or a zuliprc line safely.
bool is_api_key_format(std::string_view text);

// parse_zulip_response, then the success-object rules: api_key a non-empty [A-Za-z0-9]+
// string; email a string; user_id absent/null or a non-negative safe integer (<= 2^53-1);
// msg, when present, a string; ignored_parameters_unsupported absent or an array of strings.
// Any violation -> MALFORMED_RESPONSE (http_status 200). When require_user_id (the server's
// feature level is >= 171), a missing or null user_id is MALFORMED_RESPONSE too.
Result<ApiKeyResult> read_api_key_response(const HttpResponse& response, std::string_view realm,
                                           bool require_user_id);

// dev_fetch_api_key's answer: read_api_key_response's rules, and a production server's HTML 404
// (it does not route the endpoint) -> MALFORMED_RESPONSE saying development login is not
// available there.
Result<ApiKeyResult> read_dev_api_key_response(const HttpResponse& response,
                                               std::string_view realm);

// POST /api/v1/jwt/fetch_api_key's answer: read_api_key_response's rules (Zulip sends no
// top-level user_id here), and `user`, present when include_profile was asked for and required
// then, read by read_own_user into `profile` (a field at fault is named "user.<field>"); the
// user id comes from it. The server's BAD_REQUEST (JWT off, no token, a bad token, no email in
// its claims: told apart only by the server's words) and AUTHENTICATION_FAILED (no account for
// the token's email) take the reason "jwt", so that their words speak of the token.
Result<ApiKeyResult> read_jwt_api_key_response(const HttpResponse& response,
                                               std::string_view realm, bool include_profile);

}  // namespace zfak
