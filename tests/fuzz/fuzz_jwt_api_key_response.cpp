// read_jwt_api_key_response over any status, Retry-After header and body (see
// response_input.hpp; flag bit 0: include_profile).
#include <cstddef>
#include <cstdint>

#include "api_key_result.hpp"
#include "control_characters.hpp"
#include "invariant.hpp"
#include "response_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = zfak::fuzz::read_response_input(data, size);
  if (!input) return 0;
  const bool include_profile = (input->flags & 1) != 0;
  const int status = input->response.status;
  const auto result =
      zfak::read_jwt_api_key_response(input->response, "https://chat.example.com", include_profile);
  if (!result.ok()) {
    zfak::fuzz::check_response_error(result.error(), status);
    ZFAK_INVARIANT(result.error().reason != "jwt" || result.error().from_server);
    return 0;
  }
  const zfak::ApiKeyResult& key = result.value();
  ZFAK_INVARIANT(status == 200);
  ZFAK_INVARIANT(zfak::is_api_key_format(key.api_key));
  ZFAK_INVARIANT(!include_profile || key.profile);
  // The user id is the profile's, when there is one.
  ZFAK_INVARIANT(!key.profile || key.user_id == key.profile->user_id);
  ZFAK_INVARIANT(!key.profile || !zfak::has_control_characters(key.profile->full_name));
  ZFAK_INVARIANT(key.realm == "https://chat.example.com");
  return 0;
}
