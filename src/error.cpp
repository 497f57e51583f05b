#include "error.hpp"

namespace zfak {

bool is_library_code(std::string_view c) {
  for (std::string_view own : code::kLibraryCodes) {
    if (c == own) return true;
  }
  return false;
}

Error library_error(std::string_view error_code, std::string_view reason, int http_status) {
  Error error;
  error.code = std::string(error_code);
  error.reason = std::string(reason);
  error.http_status = http_status;
  return error;
}

Error malformed_field(std::string_view field) {
  Error error = library_error(code::kMalformedResponse, "field", 200);
  error.field = std::string(field);
  return error;
}

}  // namespace zfak
