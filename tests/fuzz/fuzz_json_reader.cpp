// parse_json against nlohmann on any bytes: the same accept/refuse answer and the same value
// (tests/native/json_oracle.hpp says how numbers are compared).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "invariant.hpp"
#include "json_oracle.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string disagreement =
      zfak::oracle::disagreement(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!disagreement.empty()) std::fprintf(stderr, "%s\n", disagreement.c_str());
  ZFAK_INVARIANT(disagreement.empty());
  return 0;
}
