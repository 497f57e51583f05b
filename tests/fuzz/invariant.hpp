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

// Text a person reads: valid UTF-8 (the JS side decodes it as such), no control characters that
// could break a message's layout, and short.
inline bool is_displayable(std::string_view text) {
  if (!is_valid_utf8(text) || text.size() > 1000) return false;
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
  }
  return true;
}

// What every Error must look like, whatever produced it.
inline void check_error(const Error& error) {
  ZFAK_INVARIANT(!error.code.empty() && is_valid_utf8(error.code));
  ZFAK_INVARIANT(!error.message.empty() && is_displayable(error.message));
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
