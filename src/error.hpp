// What went wrong, as the core decides it: a code and the fields that go with it. The words a
// person reads are not here: the JS side writes them, once, from these fields (web/error_codes.js
// holds the table of codes and their English words).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zfak {

namespace code {
// Codes of this library: what happened on this side, or what this side concluded about an
// answer. A server's code never takes one of these values (see from_server below).
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
inline constexpr std::string_view kInternalError = "INTERNAL_ERROR";
inline constexpr std::string_view kWasmLoadFailed = "WASM_LOAD_FAILED";
inline constexpr std::string_view kNotReady = "NOT_READY";

// Zulip's own codes that the core itself produces or reads.
inline constexpr std::string_view kBadRequest = "BAD_REQUEST";
inline constexpr std::string_view kRateLimitHit = "RATE_LIMIT_HIT";
inline constexpr std::string_view kPasswordAuthDisabled = "PASSWORD_AUTH_DISABLED";
inline constexpr std::string_view kAuthenticationFailed = "AUTHENTICATION_FAILED";
inline constexpr std::string_view kInvalidApiKey = "INVALID_API_KEY";
}  // namespace code

// Whether `code` is one of this library's own codes (the first group above).
bool is_library_code(std::string_view code);

struct Error {
  std::string code;          // stable, machine-readable: one of code::, or a server's code
  bool from_server = false;  // the code is a Zulip server's (an error body, or its settings)
  std::string reason;        // which case of the code, from a closed set per code ("" if one)
  std::string field;         // MALFORMED_RESPONSE "field": the answer's field at fault
  std::string subject;       // the URL the words quote (INVALID_REALM_URL, INSECURE_REALM_URL)
  int http_status = 0;       // 0 when no response arrived
  std::optional<double> retry_after;          // seconds, RATE_LIMIT_HIT
  std::optional<std::string> var_name;        // REQUEST_VARIABLE_MISSING
  std::optional<std::string> server_message;  // the server's `msg`, when it sent one
  std::optional<std::string> server_code;     // the server's `code`, as it sent it
};

// An Error of this library: `code` (one of code::), `reason`, and the HTTP status if any.
Error library_error(std::string_view error_code, std::string_view reason = "", int http_status = 0);

// MALFORMED_RESPONSE (HTTP 200): a success answer's `field` breaks its rule.
Error malformed_field(std::string_view field);

}  // namespace zfak
