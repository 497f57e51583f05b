// The success object of fetch_api_key and dev_fetch_api_key, validated.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "response.hpp"
#include "result.hpp"

namespace zfak {

struct ApiKeyResult {
  std::string api_key;  // non-empty, ASCII letters and digits only
  std::string email;    // as the server returned it
  std::optional<std::int64_t> user_id;  // absent/null before feature level 171
  std::string realm;    // the normalized realm URL the request went to
  std::vector<std::string> ignored_parameters_unsupported;
};

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

}  // namespace zfak
