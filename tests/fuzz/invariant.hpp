// The fuzz targets' assertion: a broken invariant is a crash libFuzzer keeps the input of.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "error.hpp"
#include "utf8.hpp"

#define ZFAK_INVARIANT(condition)                                                    \
  do {                                                                               \
    if (!(condition)) {                                                              \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                  \
    }                                                                                \
  } while (false)

namespace zfak::fuzz {

inline constexpr std::int64_t kMaxSafeInteger = (std::int64_t{1} << 53) - 1;  // JS's

// A code word of this library: upper-case letters, digits and '_' (also the reasons' and the
// fields' names, with lower case, '-' and '.': "user.user_id").
inline bool is_word(std::string_view text, bool lower) {
  for (char c : text) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    (lower && ((c >= 'a' && c <= 'z') || c == '-' || c == '.'));
    if (!ok) return false;
  }
  return true;
}

// What every Error must look like, whatever produced it.
inline void check_error(const Error& error) {
  // The code picks words and classes on the JS side: never anything but a code word, and never
  // one of ours when it is a server's.
  ZFAK_INVARIANT(!error.code.empty() && is_word(error.code, false));
  ZFAK_INVARIANT(!error.from_server || !is_library_code(error.code));
  ZFAK_INVARIANT(is_word(error.reason, true) && is_word(error.field, true));
  ZFAK_INVARIANT(is_valid_utf8(error.quoted_url));
  ZFAK_INVARIANT(!error.server_code || is_valid_utf8(*error.server_code));
  ZFAK_INVARIANT(!error.server_message || is_valid_utf8(*error.server_message));
  ZFAK_INVARIANT(!error.var_name || is_valid_utf8(*error.var_name));
  ZFAK_INVARIANT(!error.retry_after || (std::isfinite(*error.retry_after) && *error.retry_after >= 0));
}

// Which codes a status may produce, whatever the body says.
inline bool code_fits_status(const std::string& code, int status) {
  if (status == 0 || (status >= 300 && status <= 399)) return code == "UNEXPECTED_REDIRECT";
  if (status >= 500 && status <= 599) return code == "SERVER_ERROR";
  if (status >= 400 && status <= 499) return code != "UNEXPECTED_REDIRECT" && code != "SERVER_ERROR";
  if (status == 200) return code == "MALFORMED_RESPONSE" || code == "RESPONSE_TOO_LARGE";
  return code == "MALFORMED_RESPONSE";
}

// An Error made of a response with `status`.
inline void check_response_error(const Error& error, int status) {
  check_error(error);
  ZFAK_INVARIANT(error.http_status == status);
  ZFAK_INVARIANT(code_fits_status(error.code, status));
}

}  // namespace zfak::fuzz
