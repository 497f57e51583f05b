// The Zulip response envelope: status + body -> the success object, or an Error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "result.hpp"

namespace zfak {

// A login answer is < 1 KB; anything past this is not a Zulip login answer.
inline constexpr std::size_t kMaxResponseBytes = 1 << 20;

struct HttpResponse {
  int status = 0;  // 0: a browser's opaque redirect (fetch with redirect: 'manual' hides 3xx)
  std::string_view body;                // raw bytes as received (decompressed)
  std::string_view retry_after_header;  // the Retry-After header, "" when absent or unreadable
};

// Status and envelope rules of the design's table:
//   3xx and 0 -> UNEXPECTED_REDIRECT; 5xx -> SERVER_ERROR (whatever the body);
//   4xx with {"result":"error","msg":string} -> the body's `code` (BAD_REQUEST when absent),
//     with retry_after (JSON "retry-after", else the header), var_name, server_message;
//   4xx with any other body -> MALFORMED_RESPONSE; any other non-200 -> MALFORMED_RESPONSE;
//   200 whose body is not a JSON object with "result":"success" (not UTF-8, not JSON, ...)
//     -> MALFORMED_RESPONSE; body over kMaxResponseBytes -> RESPONSE_TOO_LARGE.
// Every Error carries http_status. On success, the parsed JSON object.
Result<nlohmann::json> parse_zulip_response(const HttpResponse& response);

}  // namespace zfak
