#include "request.hpp"

#include "api_key_result.hpp"
#include "control_characters.hpp"
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

// A request to `path` under the normalized realm, without a body yet: a POST's body is a form.
Result<HttpRequest> request_to(std::string_view realm, bool allow_insecure_http,
                               std::string method, std::string_view path) {
  Result<std::string> realm_url = normalize_realm_url(realm, allow_insecure_http);
  if (!realm_url.ok()) return realm_url.error();
  HttpRequest request;
  request.method = std::move(method);
  request.realm = std::move(realm_url.value());
  request.url = request.realm;
  request.url += path;
  // Built in place, in order: an insert at the front costs wasm size (bench/notes.md).
  if (request.method == "POST") {
    request.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  }
  request.headers.emplace_back("Accept", "application/json");
  return request;
}

// "Basic " and the base64 of "email:api_key", written straight into one buffer of the exact
// size (no intermediate "email:api_key", no growth: the key leaves no stray copy).
std::string basic_authorization(std::string_view email, std::string_view api_key) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  static constexpr std::string_view kScheme = "Basic ";
  const std::size_t length = email.size() + 1 + api_key.size();
  const auto byte = [&](std::size_t i) -> unsigned {
    if (i < email.size()) return static_cast<unsigned char>(email[i]);
    if (i == email.size()) return ':';
    return static_cast<unsigned char>(api_key[i - email.size() - 1]);
  };
  const std::size_t size = kScheme.size() + (length + 2) / 3 * 4;
  // On the heap whatever its size (past every small-string buffer): a move then moves a pointer.
  std::string out;
  out.reserve(size < 32 ? 32 : size);
  out.assign(kScheme);
  out.resize(size, '=');
  char* cursor = out.data() + kScheme.size();
  for (std::size_t i = 0; i < length; i += 3) {
    const unsigned triple = byte(i) << 16 | (i + 1 < length ? byte(i + 1) << 8 : 0) |
                            (i + 2 < length ? byte(i + 2) : 0);
    cursor[0] = kAlphabet[triple >> 18 & 63];
    cursor[1] = kAlphabet[triple >> 12 & 63];
    if (i + 1 < length) cursor[2] = kAlphabet[triple >> 6 & 63];
    if (i + 2 < length) cursor[3] = kAlphabet[triple & 63];
    cursor += 4;
  }
  return out;
}

}  // namespace

std::optional<Error> check_credentials(std::string_view username, bool needs_password,
                                       std::size_t password_length) {
  if (trim_ascii_whitespace(username).empty()) {
    return library_error(code::kInvalidArgument, "username");
  }
  if (needs_password && password_length == 0) {
    return library_error(code::kInvalidArgument, "password");
  }
  return std::nullopt;
}

Result<HttpRequest> build_fetch_api_key_request(std::string_view realm, std::string_view username,
                                                std::string_view password,
                                                bool allow_insecure_http) {
  Result<HttpRequest> request =
      request_to(realm, allow_insecure_http, "POST", "/api/v1/fetch_api_key");
  if (!request.ok()) return request;
  if (auto error = check_credentials(username, /*needs_password=*/true, password.size())) {
    return *error;
  }
  // Encoded straight from the caller's bytes into the one body buffer. The body is at least
  // "username=x&password=y" (21 bytes), past the small-string buffer of libstdc++ (15) and of
  // 32-bit libc++ (10, the wasm build), so moving the request (into the Result, out to the
  // binding) moves a pointer and leaves no copy of the password behind.
  request.value().body =
      form_encode({{"username", trim_ascii_whitespace(username)}, {"password", password}});
  return request;
}

Result<HttpRequest> build_dev_fetch_api_key_request(std::string_view realm,
                                                    std::string_view username,
                                                    bool allow_insecure_http) {
  Result<HttpRequest> request =
      request_to(realm, allow_insecure_http, "POST", "/api/v1/dev_fetch_api_key");
  if (!request.ok()) return request;
  if (auto error = check_credentials(username, /*needs_password=*/false, 0)) return *error;
  request.value().body = form_encode({{"username", trim_ascii_whitespace(username)}});
  return request;
}

Result<HttpRequest> build_jwt_fetch_api_key_request(std::string_view realm, std::string_view token,
                                                    bool include_profile,
                                                    bool allow_insecure_http) {
  Result<HttpRequest> request =
      request_to(realm, allow_insecure_http, "POST", "/api/v1/jwt/fetch_api_key");
  if (!request.ok()) return request;
  if (token.empty()) return library_error(code::kInvalidArgument, "token");
  // Past the small-string buffer (see build_fetch_api_key_request): moves leave no copy.
  request.value().body =
      form_encode({{"token", token}, {"include_profile", include_profile ? "true" : "false"}});
  return request;
}

Result<HttpRequest> build_own_user_request(std::string_view realm, std::string_view email,
                                           std::string_view api_key, bool allow_insecure_http) {
  Result<HttpRequest> request = request_to(realm, allow_insecure_http, "GET", "/api/v1/users/me");
  if (!request.ok()) return request;
  const std::string_view address = trim_ascii_whitespace(email);
  if (address.empty() || address.find(':') != std::string_view::npos ||
      has_control_characters(address)) {
    return library_error(code::kInvalidArgument, "email");
  }
  if (!is_api_key_format(api_key)) {
    return library_error(code::kInvalidArgument, "api-key");
  }
  request.value().headers.emplace_back("Authorization", basic_authorization(address, api_key));
  return request;
}

Result<HttpRequest> build_server_settings_request(std::string_view realm,
                                                  bool allow_insecure_http) {
  return request_to(realm, allow_insecure_http, "GET", "/api/v1/server_settings");
}

}  // namespace zfak
