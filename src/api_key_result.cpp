#include "api_key_result.hpp"

#include "json_text.hpp"
#include "safe_integer.hpp"

namespace zfak {

namespace {

using nlohmann::json;

// Where the body has no user_id that require_user_id asks for (a fault of its own).
constexpr const char* kNoUserId = "no-user-id";

// The success object's rules (see read_api_key_response), over a body that is an object with
// "result": "success", into `result`: the name of the first field at fault (or kNoUserId), or
// nullptr. One Error is made by the caller: an Error per check cost page weight (bench/notes.md).
const char* read_api_key_fields(const json& body, bool require_user_id, ApiKeyResult& result) {
  const json* api_key = member(body, "api_key");
  if (!api_key || !api_key->is_string() ||
      !is_api_key_format(api_key->get_ref<const std::string&>())) {
    return "api_key";
  }
  result.api_key = api_key->get_ref<const std::string&>();

  // An email goes into zuliprc files, terminals and pages: a control character (a line break
  // that writes another key, an escape sequence, a bidi override) has no place in one.
  const std::string* email = shown_string(body, "email");
  if (!email || email->empty()) return "email";
  result.email = *email;

  const json* user_id = member(body, "user_id");
  if (user_id && !user_id->is_null()) {
    result.user_id = safe_integer(*user_id);
    if (!result.user_id) return "user_id";
  } else if (require_user_id) {
    return kNoUserId;
  }

  const json* msg = member(body, "msg");
  if (msg && !msg->is_string()) return "msg";

  if (const json* ignored = member(body, "ignored_parameters_unsupported")) {
    if (!ignored->is_array()) return "ignored_parameters_unsupported";
    for (const json& name : *ignored) {
      if (!name.is_string()) return "ignored_parameters_unsupported";
      result.ignored_parameters_unsupported.push_back(name.get_ref<const std::string&>());
    }
  }
  return nullptr;
}

Result<ApiKeyResult> read_api_key_body(const json& body, std::string_view realm,
                                       bool require_user_id) {
  ApiKeyResult result;
  result.realm = std::string(realm);
  const char* fault = read_api_key_fields(body, require_user_id, result);
  if (fault == kNoUserId) return library_error(code::kMalformedResponse, "no-user-id", 200);
  if (fault) return malformed_field(fault);
  return result;
}

}  // namespace

bool is_api_key_format(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    const bool alphanumeric =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alphanumeric) return false;
  }
  return true;
}

Result<ApiKeyResult> read_api_key_response(const HttpResponse& response, std::string_view realm,
                                           bool require_user_id) {
  Result<json> parsed = parse_zulip_response(response);
  if (!parsed.ok()) return parsed.error();
  return read_api_key_body(parsed.value(), realm, require_user_id);
}

Result<ApiKeyResult> read_jwt_api_key_response(const HttpResponse& response,
                                               std::string_view realm, bool include_profile) {
  Result<json> parsed = parse_zulip_response(response);
  if (!parsed.ok()) {
    Error error = parsed.error();
    if (error.from_server &&
        (error.code == code::kBadRequest || error.code == code::kAuthenticationFailed)) {
      error.reason = "jwt";
    }
    return error;
  }
  const json& body = parsed.value();
  Result<ApiKeyResult> result = read_api_key_body(body, realm, /*require_user_id=*/false);
  if (!result.ok()) return result;
  const json* user = member(body, "user");
  if (!user) {
    if (include_profile) return malformed_field("user");
    return result;
  }
  if (!user->is_object()) return malformed_field("user");
  Result<OwnUser> profile = read_own_user(*user);
  if (!profile.ok()) {
    Error error = profile.error();
    error.field = "user." + error.field;
    return error;
  }
  result.value().user_id = profile.value().user_id;
  result.value().profile = std::move(profile.value());
  return result;
}

Result<ApiKeyResult> read_dev_api_key_response(const HttpResponse& response,
                                               std::string_view realm) {
  Result<ApiKeyResult> result = read_api_key_response(response, realm, /*require_user_id=*/false);
  if (!result.ok() && result.error().code == code::kMalformedResponse &&
      result.error().http_status == 404) {
    Error error = result.error();
    error.reason = "dev-login";
    return error;
  }
  return result;
}

}  // namespace zfak
