// read_own_user_response (GET /users/me) over any status, Retry-After header and body (see
// response_input.hpp; no flags).
#include <cstddef>
#include <cstdint>

#include "control_characters.hpp"
#include "invariant.hpp"
#include "own_user.hpp"
#include "response_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = zfak::fuzz::read_response_input(data, size);
  if (!input) return 0;
  const int status = input->response.status;
  const auto result = zfak::read_own_user_response(input->response);
  if (!result.ok()) {
    zfak::fuzz::check_response_error(result.error(), status);
    // Only a 401 is a refusal of the key.
    ZFAK_INVARIANT(result.error().code != "INVALID_API_KEY" || status == 401);
    return 0;
  }
  const zfak::OwnUser& user = result.value();
  ZFAK_INVARIANT(status == 200);
  ZFAK_INVARIANT(user.user_id >= 0 && user.user_id <= zfak::fuzz::kMaxSafeInteger);
  ZFAK_INVARIANT(!user.role || (*user.role >= 0 && *user.role <= zfak::fuzz::kMaxSafeInteger));
  ZFAK_INVARIANT(!user.email.empty());
  // Every string may reach a terminal or a page: well-formed, and free of control characters.
  for (const std::string* text : {&user.email, &user.full_name}) {
    ZFAK_INVARIANT(zfak::is_valid_utf8(*text) && !zfak::has_control_characters(*text));
  }
  for (const auto* text : {&user.avatar_url, &user.timezone, &user.date_joined}) {
    ZFAK_INVARIANT(!*text || (zfak::is_valid_utf8(**text) && !zfak::has_control_characters(**text)));
  }
  return 0;
}
