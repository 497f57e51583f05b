// Internationalized domain names: a host typed in Unicode -> the ASCII ("xn--") host to connect to.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zfak {

// `host` (UTF-8) as WHATWG URL's "domain to ASCII" writes it: each code point mapped by
// map_domain_code_point, the result split into labels at '.', and every label that is not all
// ASCII written "xn--" + Punycode. "Bücher.example" -> "xn--bcher-kva.example". Nothing when
// `host` is not UTF-8, holds a code point map_domain_code_point refuses, or has a non-ASCII
// label that already starts with "xn--". ASCII labels are left for canonical_host to judge.
std::optional<std::string> domain_to_ascii(std::string_view host);

}  // namespace zfak
