#include "api_key_result.hpp"

#include "error_messages.hpp"
#include "safe_integer.hpp"

namespace zfak {

namespace {

using nlohmann::json;

bool is_api_key(const json& value) {
  if (!value.is_string()) return false;
  const std::string& text = value.get_ref<const std::string&>();
  if (text.empty()) return false;
  for (char c : text) {
    const bool alphanumeric =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alphanumeric) return false;
  }
  return true;
}

Error malformed(std::string_view what) { return malformed_answer("login answer", what); }

}  // namespace

Result<ApiKeyResult> read_api_key_response(const HttpResponse& response, std::string_view realm,
                                           bool require_user_id) {
  Result<json> parsed = parse_zulip_response(response);
  if (!parsed.ok()) return parsed.error();
  const json& body = parsed.value();  // an object with "result": "success"

  ApiKeyResult result;
  result.realm = std::string(realm);

  const auto api_key = body.find("api_key");
  if (api_key == body.end() || !is_api_key(*api_key)) {
    return malformed("\u201Capi_key\u201D is missing or not a string of letters and digits");
  }
  result.api_key = api_key->get<std::string>();

  const auto email = body.find("email");
  if (email == body.end() || !email->is_string()) {
    return malformed("\u201Cemail\u201D is missing or not a string");
  }
  result.email = email->get<std::string>();

  const auto user_id = body.find("user_id");
  if (user_id != body.end() && !user_id->is_null()) {
    result.user_id = safe_integer(*user_id);
    if (!result.user_id) return malformed("\u201Cuser_id\u201D is not a non-negative integer");
  } else if (require_user_id) {
    return malformed("\u201Cuser_id\u201D is missing, and this server version always sends it");
  }

  const auto msg = body.find("msg");
  if (msg != body.end() && !msg->is_string()) return malformed("\u201Cmsg\u201D is not a string");

  if (const auto ignored = body.find("ignored_parameters_unsupported"); ignored != body.end()) {
    if (!ignored->is_array()) {
      return malformed("\u201Cignored_parameters_unsupported\u201D is not a list of names");
    }
    for (const json& name : *ignored) {
      if (!name.is_string()) {
        return malformed("\u201Cignored_parameters_unsupported\u201D is not a list of names");
      }
      result.ignored_parameters_unsupported.push_back(name.get<std::string>());
    }
  }
  return result;
}

Result<ApiKeyResult> read_dev_api_key_response(const HttpResponse& response,
                                               std::string_view realm) {
  Result<ApiKeyResult> result = read_api_key_response(response, realm, /*require_user_id=*/false);
  if (!result.ok() && result.error().code == code::kMalformedResponse &&
      result.error().http_status == 404) {
    Error error = result.error();
    error.message =
        "Development login is not available on this server: it is a production Zulip server "
        "(or not a Zulip server). Log in with a password or another method it offers.";
    return error;
  }
  return result;
}

}  // namespace zfak
