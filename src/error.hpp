// The error descriptor every failure becomes, and the stable codes of the design's error table.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zfak {

namespace code {
// Codes produced by this library itself. A 4xx Zulip error body carries the server's own code
// (AUTHENTICATION_FAILED, USER_DEACTIVATED, RATE_LIMIT_HIT, ...), which is passed through as is.
inline constexpr std::string_view kBadRequest = "BAD_REQUEST";
inline constexpr std::string_view kMalformedResponse = "MALFORMED_RESPONSE";
inline constexpr std::string_view kResponseTooLarge = "RESPONSE_TOO_LARGE";
inline constexpr std::string_view kServerError = "SERVER_ERROR";
inline constexpr std::string_view kUnexpectedRedirect = "UNEXPECTED_REDIRECT";
inline constexpr std::string_view kNetworkError = "NETWORK_ERROR";
inline constexpr std::string_view kTimeout = "TIMEOUT";
inline constexpr std::string_view kAborted = "ABORTED";
inline constexpr std::string_view kInvalidRealmUrl = "INVALID_REALM_URL";
inline constexpr std::string_view kInsecureRealmUrl = "INSECURE_REALM_URL";
inline constexpr std::string_view kInvalidArgument = "INVALID_ARGUMENT";
inline constexpr std::string_view kRateLimitHit = "RATE_LIMIT_HIT";
inline constexpr std::string_view kPasswordAuthDisabled = "PASSWORD_AUTH_DISABLED";
}  // namespace code

struct Error {
  std::string code;     // stable, machine-readable: one of code:: or the server's own code
  std::string message;  // for the person in front of the login form; never holds a password
  int http_status = 0;  // 0 when no response arrived
  std::optional<double> retry_after;          // seconds, RATE_LIMIT_HIT
  std::optional<std::string> var_name;        // REQUEST_VARIABLE_MISSING
  std::optional<std::string> server_message;  // the server's `msg`, when it sent one
};

}  // namespace zfak
