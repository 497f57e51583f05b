// What went wrong, as the core decides it: a code and the fields that go with it. The words a
// person reads are not here: the JS side writes them, once, from these fields (web/errors/codes.js
// holds the table of codes and their English words).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "error_codes.hpp"

namespace zfak {

// The codes (code::kNotReady, ...) and the list of this library's own (code::kLibraryCodes) are
// generated from the table, web/errors/codes.js, at build time (scripts/error_codes_header.js).

// Whether `code` is one of this library's own codes (code::kLibraryCodes).
bool is_library_code(std::string_view code);

struct Error {
  std::string code;          // stable, machine-readable: one of code::, or a server's code
  bool from_server = false;  // the code is a Zulip server's (an error body, or its settings)
  std::string reason;        // which case of the code, from a closed set per code ("" if one)
  std::string field;         // MALFORMED_RESPONSE "field": the answer's field at fault
  std::string quoted_url;    // the URL the words quote (INVALID_REALM_URL, INSECURE_REALM_URL)
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
