#include "api_key_result.hpp"

#include <cmath>

namespace zfak {

namespace {

using nlohmann::json;

constexpr std::int64_t kMaxSafeInteger = (std::int64_t{1} << 53) - 1;  // JS Number.MAX_SAFE_INTEGER

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

// A user id JS can hold exactly: an integer in [0, 2^53 - 1], also when written 5.0.
std::optional<std::int64_t> safe_integer(const json& value) {
  if (value.is_number_unsigned()) {
    const auto number = value.get<std::uint64_t>();
    if (number > static_cast<std::uint64_t>(kMaxSafeInteger)) return std::nullopt;
    return static_cast<std::int64_t>(number);
  }
  if (value.is_number_integer()) {
    const auto number = value.get<std::int64_t>();
    if (number < 0 || number > kMaxSafeInteger) return std::nullopt;
    return number;
  }
  if (value.is_number_float()) {
    const double number = value.get<double>();
    // The range check comes first so that the conversion below is defined.
    if (!(number >= 0.0 && number <= static_cast<double>(kMaxSafeInteger))) return std::nullopt;
    if (std::trunc(number) != number) return std::nullopt;
    return static_cast<std::int64_t>(number);
  }
  return std::nullopt;
}

Error malformed(std::string_view what) {
  Error error;
  error.code = std::string(code::kMalformedResponse);
  error.http_status = 200;
  error.message = "The server's login answer is not valid (";
  error.message += what;
  error.message += "). Check the server URL: it may not be a Zulip server.";
  return error;
}

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

  const auto ignored = body.find("ignored_parameters_unsupported");
  if (ignored != body.end()) {
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

}  // namespace zfak
