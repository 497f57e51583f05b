#include "hostname.hpp"

#include <utility>

#include "domain_to_ascii.hpp"
#include "ip_address.hpp"

namespace zfak {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_label_char(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
}
char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// WHATWG's "ends in a number": a decimal or 0x-hex last label makes the whole host an IPv4
// number to a browser.
bool looks_numeric(std::string_view label) {
  if (label.size() >= 2 && label[0] == '0' && (label[1] == 'x' || label[1] == 'X')) {
    for (char c : label.substr(2)) {
      if (!is_hex_digit(c)) return false;
    }
    return true;
  }
  for (char c : label) {
    if (!is_digit(c)) return false;
  }
  return !label.empty();
}

// A host the platform's IDNA must convert, or check: non-ASCII characters (a name typed in
// Unicode), or an "xn--" label (Punycode, which is valid only as the encoding of a valid name).
// Its ASCII characters must be ones a name may hold, or dots: nothing else (':', '/', '%', ...)
// ever reaches the conversion.
enum class Idna { kNotNeeded, kNeeded, kRefused };

Idna needs_idna(std::string_view host) {
  bool non_ascii = false;
  bool a_label = false;
  for (std::size_t i = 0; i < host.size(); ++i) {
    const char c = host[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      non_ascii = true;
    } else if (!is_label_char(c) && c != '.') {
      return Idna::kRefused;
    }
    if ((i == 0 || host[i - 1] == '.') && host.size() - i >= 4 &&
        to_lower(c) == 'x' && to_lower(host[i + 1]) == 'n' && host[i + 2] == '-' &&
        host[i + 3] == '-') {
      a_label = true;
    }
  }
  return non_ascii || a_label ? Idna::kNeeded : Idna::kNotNeeded;
}

constexpr std::size_t kMaxLabelLength = 63;
constexpr std::size_t kMaxNameLength = 253;

}  // namespace

std::optional<std::string> canonical_host(std::string_view host) {
  if (host.empty()) return std::nullopt;

  if (host.front() == '[') {
    if (host.size() < 2 || host.back() != ']') return std::nullopt;
    const auto address = parse_ipv6(host.substr(1, host.size() - 2));
    if (!address) return std::nullopt;
    return "[" + serialize_ipv6(*address) + "]";
  }

  // An internationalized name is judged, like any other, in the ASCII form it is sent as.
  std::string ascii;
  const Idna idna = needs_idna(host);
  if (idna == Idna::kRefused) return std::nullopt;
  if (idna == Idna::kNeeded) {
    std::optional<std::string> converted = domain_to_ascii(host);
    if (!converted) return std::nullopt;
    ascii = std::move(*converted);
    host = ascii;
  }

  std::string lowercase;
  lowercase.reserve(host.size());
  for (char c : host) lowercase += to_lower(c);

  // One trailing dot is a fully-qualified name, kept as WHATWG keeps it.
  std::string_view name = lowercase;
  const bool trailing_dot = name.back() == '.';
  if (trailing_dot) name.remove_suffix(1);
  if (name.empty() || name.size() > kMaxNameLength) return std::nullopt;

  std::string_view last_label;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = name.find('.', start);
    const std::string_view label =
        name.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (label.empty() || label.size() > kMaxLabelLength) return std::nullopt;
    for (char c : label) {
      if (!is_label_char(c)) return std::nullopt;
    }
    last_label = label;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }

  if (looks_numeric(last_label)) {
    if (trailing_dot || !parse_ipv4_dotted_quad(name)) return std::nullopt;
    return std::string(name);  // a valid dotted quad is already canonical
  }
  return lowercase;
}

}  // namespace zfak
