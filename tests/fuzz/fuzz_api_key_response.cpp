// read_api_key_response over any status, Retry-After header and body (see response_input.hpp;
// flag bit 0: require_user_id).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "api_key_result.hpp"
#include "invariant.hpp"
#include "response_input.hpp"

namespace {

using zfak::fuzz::kMaxSafeInteger;

bool is_alphanumeric(std::string_view text) {
  for (char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = zfak::fuzz::read_response_input(data, size);
  if (!input) return 0;
  const bool require_user_id = (input->flags & 1) != 0;
  const zfak::HttpResponse& response = input->response;
  const int status = response.status;
  const auto result = zfak::read_api_key_response(response, "https://chat.example.com", require_user_id);
  if (!result.ok()) {
    zfak::fuzz::check_response_error(result.error(), status);
    return 0;
  }
  const zfak::ApiKeyResult& key = result.value();
  ZFAK_INVARIANT(status == 200);
  ZFAK_INVARIANT(!key.api_key.empty() && is_alphanumeric(key.api_key));
  ZFAK_INVARIANT(zfak::is_valid_utf8(key.email));
  ZFAK_INVARIANT(!require_user_id || key.user_id);
  ZFAK_INVARIANT(!key.user_id || (*key.user_id >= 0 && *key.user_id <= kMaxSafeInteger));
  ZFAK_INVARIANT(key.realm == "https://chat.example.com");
  for (const auto& name : key.ignored_parameters_unsupported) ZFAK_INVARIANT(zfak::is_valid_utf8(name));
  return 0;
}
