// normalize_realm_url over any input. Byte 0, bit 0: allow_insecure_http; the rest is the input.
// Invariants: a result is a clean http(s) URL without userinfo, query, fragment or trailing
// slash, that normalizes to itself; an error never quotes what could be a password in userinfo.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "invariant.hpp"
#include "realm_url.hpp"

namespace {

using zfak::fuzz::check_error;

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

void check_url(std::string_view url, bool allow_insecure_http) {
  const bool https = starts_with(url, "https://");
  ZFAK_INVARIANT(https || starts_with(url, "http://"));
  for (char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    ZFAK_INVARIANT(byte > 0x20 && byte < 0x7F);  // printable ASCII: no white space, no control
    ZFAK_INVARIANT(c != '?' && c != '#' && c != '\\');
  }
  const std::string_view after_scheme = url.substr(https ? 8 : 7);
  ZFAK_INVARIANT(!after_scheme.empty());
  ZFAK_INVARIANT(after_scheme.substr(0, after_scheme.find('/')).find('@') == std::string_view::npos);
  ZFAK_INVARIANT(url.back() != '/');
  if (!https && !allow_insecure_http) {
    const std::string_view authority = after_scheme.substr(0, after_scheme.find('/'));
    const std::size_t port = authority.rfind(':');
    const bool bracketed = !authority.empty() && authority.back() == ']';
    ZFAK_INVARIANT(zfak::is_loopback_host(bracketed ? authority : authority.substr(0, port)));
  }
  // Idempotent, and the insecure-http permission only ever widens what is accepted.
  const auto again = zfak::normalize_realm_url(url, allow_insecure_http);
  ZFAK_INVARIANT(again.ok() && again.value() == url);
  const auto permissive = zfak::normalize_realm_url(url, true);
  ZFAK_INVARIANT(permissive.ok() && permissive.value() == url);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const bool allow_insecure_http = (data[0] & 1) != 0;
  const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto result = zfak::normalize_realm_url(input, allow_insecure_http);
  if (result.ok()) {
    check_url(result.value(), allow_insecure_http);
    return 0;
  }
  const zfak::Error& error = result.error();
  check_error(error);
  ZFAK_INVARIANT(error.code == "INVALID_REALM_URL" || error.code == "INSECURE_REALM_URL");
  ZFAK_INVARIANT(error.http_status == 0);
  // "scheme://user:password@host", or any typo of it: what precedes an input's last '@' is
  // never quoted.
  if (error.code == "INVALID_REALM_URL" && input.find('@') != std::string_view::npos &&
      !error.quoted_url.empty()) {
    ZFAK_INVARIANT(error.quoted_url.rfind("\u2026@", 0) == 0 || error.quoted_url == "\uFFFD");
  }
  return 0;
}
