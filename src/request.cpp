#include "request.hpp"

#include "form_encoding.hpp"
#include "realm_url.hpp"

namespace zfak {

namespace {

bool is_ascii_whitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

std::string_view trim_ascii_whitespace(std::string_view text) {
  while (!text.empty() && is_ascii_whitespace(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_whitespace(text.back())) text.remove_suffix(1);
  return text;
}

Error invalid_argument(std::string message) {
  Error error;
  error.code = std::string(code::kInvalidArgument);
  error.message = std::move(message);
  return error;
}

}  // namespace

Result<HttpRequest> build_fetch_api_key_request(std::string_view realm, std::string_view username,
                                                std::string_view password,
                                                bool allow_insecure_http) {
  Result<std::string> realm_url = normalize_realm_url(realm, allow_insecure_http);
  if (!realm_url.ok()) return realm_url.error();
  const std::string_view trimmed_username = trim_ascii_whitespace(username);
  if (trimmed_username.empty()) {
    return invalid_argument("Enter your email address or username.");
  }
  if (password.empty()) return invalid_argument("Enter your password.");

  HttpRequest request;
  request.method = "POST";
  request.realm = std::move(realm_url.value());
  request.url = request.realm + "/api/v1/fetch_api_key";
  request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                     {"Accept", "application/json"}};
  // Encoded straight from the caller's bytes into the one body buffer. The body is at least
  // "username=x&password=y" (21 bytes), past the small-string buffer of libstdc++ (15) and of
  // 32-bit libc++ (10, the wasm build), so moving the request (into the Result, out to the
  // binding) moves a pointer and leaves no copy of the password behind.
  request.body = form_encode({{"username", trimmed_username}, {"password", password}});
  return request;
}

}  // namespace zfak
