// IPv4 (strict dotted quad) and IPv6 host parsing for realm URLs.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace zfak {

using Ipv4Address = std::array<std::uint8_t, 4>;
using Ipv6Address = std::array<std::uint16_t, 8>;

// Exactly four decimal parts 0..255, without leading zeros ("010" is refused: WHATWG would read
// it as octal, a person means ten; we do not guess).
std::optional<Ipv4Address> parse_ipv4_dotted_quad(std::string_view text);

// The text between the brackets, parsed as the WHATWG URL standard's IPv6 parser does
// ("::" compression, an embedded IPv4 tail). No zone identifier.
std::optional<Ipv6Address> parse_ipv6(std::string_view text);

// WHATWG's serialization, without brackets: lowercase hex, no leading zeros, the first longest
// run of two or more zero pieces written "::".
std::string serialize_ipv6(const Ipv6Address& address);

}  // namespace zfak
