#include "own_user.hpp"

#include "control_characters.hpp"
#include "safe_integer.hpp"

namespace zfak {

namespace {

using nlohmann::json;

// A string fit to show: no control character (see control_characters.hpp).
const std::string* shown_string(const json& value) {
  if (!value.is_string()) return nullptr;
  const std::string& text = value.get_ref<const std::string&>();
  return has_control_characters(text) ? nullptr : &text;
}

// `name` when present: a string fit to show (or null, where `nullable`), else the field's fault.
bool read_optional_string(const json& user, const char* name, bool nullable,
                          std::optional<std::string>& out) {
  const auto field = user.find(name);
  if (field == user.end() || (nullable && field->is_null())) return true;
  const std::string* text = shown_string(*field);
  if (!text) return false;
  out = *text;
  return true;
}

}  // namespace

Result<OwnUser> read_own_user(const json& user) {
  if (!user.is_object()) return malformed_field("user");
  OwnUser out;
  const auto user_id = user.find("user_id");
  const std::optional<std::int64_t> id =
      user_id == user.end() ? std::nullopt : safe_integer(*user_id);
  if (!id) return malformed_field("user_id");
  out.user_id = *id;

  const auto email = user.find("email");
  const std::string* email_text = email == user.end() ? nullptr : shown_string(*email);
  if (!email_text || email_text->empty()) return malformed_field("email");
  out.email = *email_text;

  const auto full_name = user.find("full_name");
  const std::string* name_text = full_name == user.end() ? nullptr : shown_string(*full_name);
  if (!name_text) return malformed_field("full_name");
  out.full_name = *name_text;

  const auto is_bot = user.find("is_bot");
  if (is_bot == user.end() || !is_bot->is_boolean()) return malformed_field("is_bot");
  out.is_bot = is_bot->get<bool>();

  if (const auto role = user.find("role"); role != user.end()) {
    out.role = safe_integer(*role);
    if (!out.role) return malformed_field("role");
  }
  if (!read_optional_string(user, "avatar_url", true, out.avatar_url)) return malformed_field("avatar_url");
  if (!read_optional_string(user, "timezone", false, out.timezone)) return malformed_field("timezone");
  if (!read_optional_string(user, "date_joined", false, out.date_joined)) {
    return malformed_field("date_joined");
  }
  return out;
}

Result<OwnUser> read_own_user_response(const HttpResponse& response) {
  Result<json> parsed = parse_zulip_response(response);
  if (!parsed.ok()) {
    Error error = parsed.error();
    if (error.from_server && error.http_status == 401 &&
        (!error.server_code || *error.server_code == "UNAUTHORIZED")) {
      error.code = std::string(code::kInvalidApiKey);
    }
    return error;
  }
  const json& body = parsed.value();
  const auto msg = body.find("msg");
  if (msg != body.end() && !msg->is_string()) return malformed_field("msg");
  return read_own_user(body);
}

}  // namespace zfak
