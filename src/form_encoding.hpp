// application/x-www-form-urlencoded, byte for byte as browsers' URLSearchParams writes it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zfak {

using FormField = std::pair<std::string_view, std::string_view>;

// The encoded length of `bytes`: alphanumerics and *-._ stay, space becomes '+', every other
// byte becomes %XX (uppercase hex).
std::size_t form_encoded_length(std::string_view bytes);

// "name=value&name=value". The result is allocated once, at its exact size, and never grows:
// values may be secrets, and a reallocation would leave a copy in freed memory.
std::string form_encode(const std::vector<FormField>& fields);

// Overwrites a string's whole buffer (capacity, small-string buffer included) with zeros in a
// way the optimizer cannot drop. Used on every buffer that held a password.
void wipe(std::string& s);

}  // namespace zfak
