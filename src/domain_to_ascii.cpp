#include "domain_to_ascii.hpp"

namespace zfak {

namespace {
DomainToAscii given = nullptr;
}  // namespace

DomainToAscii set_domain_to_ascii(DomainToAscii convert) {
  const DomainToAscii previous = given;
  given = convert;
  return previous;
}

std::optional<std::string> domain_to_ascii(std::string_view host) {
  if (!given) return std::nullopt;
  return given(host);
}

}  // namespace zfak
