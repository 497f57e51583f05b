// The host part of a realm URL: validated and written in canonical form.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zfak {

// `host` as it appears in the URL's authority (brackets included for IPv6). Returns the
// canonical host (lowercase name, dotted quad, or "[" canonical IPv6 "]"), or nothing when it is
// not a host this library talks to: empty, percent-encoded, an ASCII character outside
// [A-Za-z0-9-_.], a name that needs the platform's IDNA (non-ASCII, or an "xn--" label: see
// domain_to_ascii.hpp) and that it refuses, an empty or over-long label, or a name whose last
// label is a number but which is not a strict dotted quad (WHATWG would reinterpret it as an
// IPv4 number). An internationalized name is returned in the ASCII form the platform gives.
std::optional<std::string> canonical_host(std::string_view host);

}  // namespace zfak
