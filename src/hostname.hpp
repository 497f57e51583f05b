// The host part of a realm URL: validated and written in canonical form.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zfak {

// `host` as it appears in the URL's authority (brackets included for IPv6). Returns the
// canonical host (lowercase name, dotted quad, or "[" canonical IPv6 "]"), or nothing when it is
// not a host this library talks to: empty, percent-encoded, a non-ASCII name domain_to_ascii
// cannot convert, a character outside [A-Za-z0-9-_.] (in the ASCII form), an empty or over-long
// label, an "xn--" label that is not the Punycode of a label we accept, or a name whose last
// label is a number but which is not a strict dotted quad (WHATWG would reinterpret it as an
// IPv4 number). A non-ASCII name is returned in its "xn--" form.
std::optional<std::string> canonical_host(std::string_view host);

}  // namespace zfak
