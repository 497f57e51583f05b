#include "response.hpp"

#include <cmath>
#include <optional>

#include "decimal.hpp"
#include "json_text.hpp"

namespace zfak {

namespace {

using nlohmann::json;

// (Not json's operator==, which compares any two values: far more wasm for one string, bench/notes.md.)
bool is_string(const json& value, std::string_view text) {
  return value.is_string() && value.get_ref<const std::string&>() == text;
}

// {"result":"error","msg":<string>,...}: what Zulip sends with every 4xx (and some 5xx).
bool is_zulip_error(const std::optional<json>& body) {
  if (!body || !body->is_object()) return false;
  const json* result = member(*body, "result");
  const json* msg = member(*body, "msg");
  return result && is_string(*result, "error") && msg && msg->is_string();
}

std::optional<double> non_negative_finite(const json& value) {
  if (!value.is_number()) return std::nullopt;
  const double number = value.get<double>();
  if (!std::isfinite(number) || number < 0) return std::nullopt;
  return number;
}

// Retry-After as Zulip writes it: seconds, "3" or "2.5". (The HTTP-date form is not a Zulip
// answer and is ignored.)
std::optional<double> parse_retry_after_header(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  const auto digits = [&](std::size_t from) {
    std::size_t end = from;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    return end - from;
  };
  const std::size_t integer = digits(0);
  if (integer == 0 || integer > 15) return std::nullopt;
  std::size_t length = integer;
  if (length < text.size() && text[length] == '.') {
    const std::size_t fraction = digits(length + 1);
    if (fraction == 0 || fraction > 15) return std::nullopt;
    length += 1 + fraction;
  }
  if (length != text.size()) return std::nullopt;
  // Digits and at most one '.' between digits: a number decimal_to_double reads, never infinite.
  return decimal_to_double(text);
}

Error server_error(int status, std::string_view body) {
  Error error = library_error(code::kServerError, "", status);
  if (body.size() <= kMaxResponseBytes) {
    const std::optional<json> parsed = parse_json(body);
    if (is_zulip_error(parsed)) error.server_message = member(*parsed, "msg")->get<std::string>();
  }
  return error;
}

// A Zulip error code as servers write them: an upper-case word of letters, digits and '_'.
bool is_code_word(std::string_view text) {
  if (text.empty() || text.size() > 64 || text.front() < 'A' || text.front() > 'Z') return false;
  for (char c : text) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

Error from_zulip_error(int status, const json& body, std::string_view retry_after_header) {
  Error error;
  error.from_server = true;
  error.http_status = status;
  const json* code_field = member(body, "code");
  // The server's code is data: kept as it came in server_code, and taken as the error's code
  // only when it is a code word that is not one of ours (those say what happened on this
  // side). Anything else is BAD_REQUEST, as for servers before feature level 76 that send none.
  if (code_field && code_field->is_string()) {
    error.server_code = code_field->get<std::string>();
  }
  const bool usable = error.server_code && is_code_word(*error.server_code) &&
                      !is_library_code(*error.server_code);
  error.code = usable ? *error.server_code : std::string(code::kBadRequest);
  if (const json* retry_after = member(body, "retry-after")) {
    error.retry_after = non_negative_finite(*retry_after);
  }
  if (!error.retry_after) error.retry_after = parse_retry_after_header(retry_after_header);
  const json* var_name = member(body, "var_name");
  if (var_name && var_name->is_string()) error.var_name = var_name->get<std::string>();
  error.server_message = member(body, "msg")->get<std::string>();
  return error;
}

}  // namespace

Result<json> parse_zulip_response(const HttpResponse& response) {
  const int status = response.status;
  // Status first: a redirect or a server fault means the same whatever its body says.
  if (status == 0 || (status >= 300 && status <= 399)) {
    return library_error(code::kUnexpectedRedirect, "", status);
  }
  if (status >= 500 && status <= 599) return server_error(status, response.body);
  const Error not_zulip = library_error(code::kMalformedResponse, "", status);
  if (status != 200 && !(status >= 400 && status <= 499)) return not_zulip;

  if (response.body.size() > kMaxResponseBytes) {
    return library_error(code::kResponseTooLarge, "", status);
  }
  std::optional<json> body = parse_json(response.body);

  if (status != 200) {
    if (!is_zulip_error(body)) return not_zulip;
    return from_zulip_error(status, *body, response.retry_after_header);
  }

  if (!body) return library_error(code::kMalformedResponse, "not-json", status);
  if (!body->is_object()) return library_error(code::kMalformedResponse, "not-object", status);
  const json* result = member(*body, "result");
  if (!result || !is_string(*result, "success")) {
    return library_error(code::kMalformedResponse, "no-success", status);
  }
  return std::move(*body);
}

}  // namespace zfak
