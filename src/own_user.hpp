// Who a Zulip account is, as GET /api/v1/users/me and a JWT login's `user` describe it: what a
// login screen shows of the person whose key it holds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "response.hpp"
#include "result.hpp"

namespace zfak {

struct OwnUser {
  std::int64_t user_id = 0;
  std::string email;      // the account's Zulip API email
  std::string full_name;
  bool is_bot = false;
  std::optional<std::int64_t> role;       // absent before feature level 59
  std::optional<std::string> avatar_url;  // absent or null -> nothing
  std::optional<std::string> timezone;
  std::optional<std::string> date_joined;
};

// A user object: user_id a safe integer; email non-empty; full_name a string; is_bot a boolean;
// role, when present, a safe integer; avatar_url, timezone and date_joined, when present, strings
// (avatar_url may be null). No string may hold a control character: each may reach a terminal or
// a page. The name of the first field at fault, or the user.
Result<OwnUser> read_own_user(const nlohmann::json& user);

// GET /api/v1/users/me with Basic auth: parse_zulip_response, then the body as read_own_user
// reads it (MALFORMED_RESPONSE "field" naming the field). A 401 whose code is UNAUTHORIZED (how
// Zulip's Basic auth answers an unknown, malformed or another account's key, and also a
// deactivated account or another subdomain's) or that has no code (servers before feature
// level 76) is INVALID_API_KEY: the server refused this email and key. Other codes stay the
// server's (USER_DEACTIVATED, REALM_DEACTIVATED, RATE_LIMIT_HIT, ...).
Result<OwnUser> read_own_user_response(const HttpResponse& response);

}  // namespace zfak
