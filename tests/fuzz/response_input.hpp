// How the response targets read their input: byte 0 holds flags for the target; bytes 1-2 the
// status (big-endian, mod 1000); then the Retry-After header up to the first '\n'; the rest is
// the body.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "response.hpp"

namespace zfak::fuzz {

struct ResponseInput {
  std::uint8_t flags;
  HttpResponse response;  // views into the fuzzer's data
};

inline std::optional<ResponseInput> read_response_input(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return std::nullopt;
  const int status = ((data[1] << 8) | data[2]) % 1000;
  std::string_view rest(reinterpret_cast<const char*>(data + 3), size - 3);
  const std::size_t newline = rest.find('\n');
  const std::string_view header = newline == std::string_view::npos ? "" : rest.substr(0, newline);
  if (newline != std::string_view::npos) rest.remove_prefix(newline + 1);
  return ResponseInput{data[0], HttpResponse{status, rest, header}};
}

}  // namespace zfak::fuzz
