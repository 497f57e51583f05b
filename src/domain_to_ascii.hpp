// Internationalized domain names: a host typed in Unicode -> the ASCII ("xn--") host to connect
// to. The conversion is the platform's: in JS, WHATWG URL's, the very one its fetch uses; natively
// libidn2's. The core is given it once, at start-up, rather than as a parameter of every entry
// point that reads a URL (five of them, some reading URLs from server answers).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zfak {

// `host` (UTF-8: no port, no brackets) as UTS #46 ToASCII writes it, non-transitional (WHATWG
// URL's "domain to ASCII": "Bücher.example" -> "xn--bcher-kva.example", "ß" -> "xn--zca"), or
// nothing when the platform refuses it.
using DomainToAscii = std::optional<std::string> (*)(std::string_view host);

// Gives the core its conversion, and returns the one it replaces. Until one is given, a host that
// needs it is refused.
DomainToAscii set_domain_to_ascii(DomainToAscii convert);

// The given conversion of `host`, or nothing when none was given or it refuses `host`.
std::optional<std::string> domain_to_ascii(std::string_view host);

}  // namespace zfak
