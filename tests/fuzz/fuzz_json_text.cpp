// parse_json against nlohmann's own DOM parser (json::parse, its public entry point) on any text.
// Invariants: parse_json accepts exactly what json::parse accepts, less a text with a raw NUL or
// nested deeper than kMaxJsonDepth, and then gives the same value.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "invariant.hpp"
#include "json_text.hpp"

namespace {

using nlohmann::json;

int depth(const json& value) {
  if (!value.is_structured()) return 0;
  int deepest = 0;
  for (const json& item : value) {
    const int item_depth = depth(item);
    if (item_depth > deepest) deepest = item_depth;
  }
  return deepest + 1;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::optional<json> value = zfak::parse_json(text);
  const json expected = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  const bool acceptable = !expected.is_discarded() && text.find('\0') == std::string_view::npos &&
                          depth(expected) <= zfak::kMaxJsonDepth;
  ZFAK_INVARIANT(value.has_value() == acceptable);
  if (value) ZFAK_INVARIANT(*value == expected);
  return 0;
}
