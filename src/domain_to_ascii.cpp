#include "domain_to_ascii.hpp"

#include "domain_mapping.hpp"
#include "punycode.hpp"
#include "utf8.hpp"

namespace zfak {

namespace {

bool is_ascii(std::u32string_view label) {
  for (char32_t c : label) {
    if (c >= 0x80) return false;
  }
  return true;
}

// `label`, all ASCII, as bytes.
std::string narrow(std::u32string_view label) {
  std::string out;
  for (char32_t c : label) out += static_cast<char>(c);
  return out;
}

std::optional<std::string> label_to_ascii(std::u32string_view label) {
  if (is_ascii(label)) return narrow(label);
  // UTS #46: a label that claims to be Punycode must be ASCII.
  if (label.substr(0, 4) == U"xn--") return std::nullopt;
  const std::optional<std::string> encoded = punycode_encode(label);
  if (!encoded) return std::nullopt;
  return "xn--" + *encoded;
}

}  // namespace

std::optional<std::string> domain_to_ascii(std::string_view host) {
  const std::optional<std::u32string> decoded = decode_utf8(host);
  if (!decoded) return std::nullopt;
  std::u32string mapped;
  for (char32_t c : *decoded) {
    const std::optional<char32_t> to = map_domain_code_point(c);
    if (!to) return std::nullopt;
    mapped += *to;
  }

  std::string out;
  std::u32string_view rest = mapped;
  while (true) {
    const std::size_t dot = rest.find(U'.');
    const std::optional<std::string> label = label_to_ascii(rest.substr(0, dot));
    if (!label) return std::nullopt;
    out += *label;
    if (dot == std::u32string_view::npos) break;
    out += '.';
    rest.remove_prefix(dot + 1);
  }
  return out;
}

}  // namespace zfak
