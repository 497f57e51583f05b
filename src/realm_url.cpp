#include "realm_url.hpp"

#include <optional>

#include "hostname.hpp"
#include "ip_address.hpp"
#include "url_path.hpp"
#include "utf8.hpp"

namespace zfak {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_slash(char c) { return c == '/' || c == '\\'; }  // '\' is '/' for http(s) (WHATWG)
char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// As the WHATWG URL parser prepares its input: leading and trailing C0 controls and spaces
// trimmed, tab / LF / CR removed wherever they are.
std::string clean_input(std::string_view input) {
  std::size_t begin = 0;
  std::size_t end = input.size();
  while (begin < end && static_cast<unsigned char>(input[begin]) <= 0x20) ++begin;
  while (end > begin && static_cast<unsigned char>(input[end - 1]) <= 0x20) --end;
  std::string out;
  out.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    if (input[i] != '\t' && input[i] != '\n' && input[i] != '\r') out += input[i];
  }
  return out;
}

// The length of a scheme at the start of `text` (RFC 3986 syntax) followed by ':', or 0.
// "host:port" is not a scheme: a digit (or nothing) after the colon makes it a port, so that
// "localhost:9991" and "192.168.1.21:9991" work without https://. A "//" after the colon always
// makes it a scheme.
std::size_t scheme_length(std::string_view text) {
  if (text.empty() || !is_alpha(text[0])) return 0;
  std::size_t i = 1;
  while (i < text.size() && (is_alpha(text[i]) || is_digit(text[i]) || text[i] == '+' ||
                             text[i] == '-' || text[i] == '.')) {
    ++i;
  }
  if (i >= text.size() || text[i] != ':') return 0;
  const std::string_view rest = text.substr(i + 1);
  if (rest.size() >= 2 && is_slash(rest[0]) && is_slash(rest[1])) return i;
  if (is_digit(rest.empty() ? '0' : rest[0])) {
    // "localhost:" is a host with an empty port, but "https:" is the start of a URL.
    const std::string scheme = to_lower(text.substr(0, i));
    const bool web = scheme == "http" || scheme == "https";
    return (rest.empty() && web) ? i : 0;
  }
  return i;
}

// INVALID_REALM_URL for a reason (a case of the JS side's words), quoting the input from its
// last '@' on only: whatever the scheme or typo ("ftp://u:secret@x", "htps)://u:secret@x"), what
// precedes an '@' may be a user name and password. Input that is not UTF-8 (never from JS) is
// quoted as U+FFFD.
Error invalid(std::string_view input, std::string_view reason) {
  Error error = library_error(code::kInvalidRealmUrl, reason);
  const std::size_t at = input.rfind('@');
  error.quoted_url = at == std::string_view::npos ? std::string(input)
                                               : "\u2026" + std::string(input.substr(at));
  if (!is_valid_utf8(error.quoted_url)) error.quoted_url = "\uFFFD";
  return error;
}

Error insecure(std::string_view normalized) {
  Error error = library_error(code::kInsecureRealmUrl);
  error.quoted_url = std::string(normalized);
  return error;
}

// Digits only, at most 65535; leading zeros dropped. Empty stays empty (dropped by the caller).
std::optional<std::string> canonical_port(std::string_view port) {
  if (port.empty()) return std::string();
  unsigned long value = 0;
  for (char c : port) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + static_cast<unsigned long>(c - '0');
    if (value > 65535) return std::nullopt;
  }
  return std::to_string(value);
}

}  // namespace

bool is_loopback_host(std::string_view host) {
  const std::string lower = to_lower(host);
  std::string_view name = lower;
  if (!name.empty() && name.back() == '.') name.remove_suffix(1);  // "localhost." is localhost
  if (name == "localhost" || ends_with(name, ".localhost")) return true;
  if (lower == "[::1]") return true;
  const auto ipv4 = parse_ipv4_dotted_quad(lower);
  return ipv4 && (*ipv4)[0] == 127;
}

Result<std::string> normalize_realm_url(std::string_view input, bool allow_insecure_http) {
  const std::string cleaned = clean_input(input);
  std::string_view rest = cleaned;
  if (rest.empty()) return library_error(code::kInvalidRealmUrl, "empty");

  std::string scheme = "https";
  if (const std::size_t length = scheme_length(rest); length > 0) {
    scheme = to_lower(rest.substr(0, length));
    if (scheme != "https" && scheme != "http") {
      return invalid(cleaned, "scheme");
    }
    rest.remove_prefix(length + 1);
    while (!rest.empty() && is_slash(rest.front())) rest.remove_prefix(1);
  }

  std::size_t authority_end = 0;
  while (authority_end < rest.size() && !is_slash(rest[authority_end]) &&
         rest[authority_end] != '?' && rest[authority_end] != '#') {
    ++authority_end;
  }
  const std::string_view authority = rest.substr(0, authority_end);
  rest.remove_prefix(authority_end);
  std::size_t path_end = 0;
  while (path_end < rest.size() && rest[path_end] != '?' && rest[path_end] != '#') ++path_end;
  const std::string_view path = rest.substr(0, path_end);  // query and fragment dropped

  if (authority.find('@') != std::string_view::npos) return library_error(code::kInvalidRealmUrl, "userinfo");
  if (authority.empty()) return invalid(cleaned, "no-host");

  std::string_view host_part = authority;
  std::string_view port_part;
  bool has_port = false;
  std::size_t colon = std::string_view::npos;
  if (authority.front() == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return invalid(cleaned, "");
    if (close + 1 < authority.size()) {
      if (authority[close + 1] != ':') return invalid(cleaned, "");
      colon = close + 1;
    }
  } else {
    colon = authority.find(':');
  }
  if (colon != std::string_view::npos) {
    host_part = authority.substr(0, colon);
    port_part = authority.substr(colon + 1);
    has_port = true;
  }

  const std::optional<std::string> host = canonical_host(host_part);
  if (!host) return invalid(cleaned, "host");
  std::optional<std::string> port;
  if (has_port) {
    port = canonical_port(port_part);
    if (!port) return invalid(cleaned, "port");
    if ((scheme == "https" && *port == "443") || (scheme == "http" && *port == "80")) {
      port->clear();
    }
  }

  std::string url = scheme + "://" + *host;
  if (port && !port->empty()) url += ":" + *port;
  url += normalize_url_path(path);

  if (scheme == "http" && !allow_insecure_http && !is_loopback_host(*host)) return insecure(url);
  return url;
}

}  // namespace zfak
