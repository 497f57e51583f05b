#include "own_user.hpp"

#include "json_text.hpp"
#include "safe_integer.hpp"

namespace zfak {

namespace {

using nlohmann::json;

// `name` when present: a string fit to show (or null, where `nullable`), else the field's fault.
bool read_optional_string(const json& user, const char* name, bool nullable,
                          std::optional<std::string>& out) {
  const json* field = member(user, name);
  if (!field || (nullable && field->is_null())) return true;
  const std::string* text = shown_string(user, name);
  if (!text) return false;
  out = *text;
  return true;
}

// The user object's fields into `out`: the name of the first field at fault, or nullptr (one
// MALFORMED_RESPONSE is made by the caller: an Error per check cost page weight, bench/notes.md).
const char* read_user_fields(const json& user, OwnUser& out) {
  if (!user.is_object()) return "user";
  const json* user_id = member(user, "user_id");
  const std::optional<std::int64_t> id = user_id ? safe_integer(*user_id) : std::nullopt;
  if (!id) return "user_id";
  out.user_id = *id;

  const std::string* email = shown_string(user, "email");
  if (!email || email->empty()) return "email";
  out.email = *email;

  const std::string* full_name = shown_string(user, "full_name");
  if (!full_name) return "full_name";
  out.full_name = *full_name;

  const json* is_bot = member(user, "is_bot");
  if (!is_bot || !is_bot->is_boolean()) return "is_bot";
  out.is_bot = is_bot->get<bool>();

  if (const json* role = member(user, "role")) {
    out.role = safe_integer(*role);
    if (!out.role) return "role";
  }
  if (!read_optional_string(user, "avatar_url", true, out.avatar_url)) return "avatar_url";
  if (!read_optional_string(user, "timezone", false, out.timezone)) return "timezone";
  if (!read_optional_string(user, "date_joined", false, out.date_joined)) return "date_joined";
  return nullptr;
}

}  // namespace

Result<OwnUser> read_own_user(const json& user) {
  OwnUser out;
  if (const char* fault = read_user_fields(user, out)) return malformed_field(fault);
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
  const json* msg = member(body, "msg");
  if (msg && !msg->is_string()) return malformed_field("msg");
  return read_own_user(body);
}

}  // namespace zfak
