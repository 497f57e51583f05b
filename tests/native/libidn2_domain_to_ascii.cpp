// The native build's IDNA for the core (src/domain_to_ascii.hpp): libidn2, UTS #46
// non-transitional, as WHATWG URL does it. Linked into the native tests and the fuzz targets,
// it gives itself to the core as they start.
#include <idn2.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "domain_to_ascii.hpp"

namespace {

std::optional<std::string> libidn2_domain_to_ascii(std::string_view host) {
  const std::string input(host);  // NUL-terminated; canonical_host never passes a NUL
  char* output = nullptr;
  const int status =
      idn2_lookup_u8(reinterpret_cast<const std::uint8_t*>(input.c_str()),
                     reinterpret_cast<std::uint8_t**>(&output), IDN2_NONTRANSITIONAL);
  if (status != IDN2_OK) return std::nullopt;
  std::string ascii(output);
  idn2_free(output);
  return ascii;
}

const bool given = (zfak::set_domain_to_ascii(&libidn2_domain_to_ascii), true);

}  // namespace
