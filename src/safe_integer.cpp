#include "safe_integer.hpp"

#include <cmath>

namespace zfak {

namespace {
constexpr std::int64_t kMaxSafeInteger = (std::int64_t{1} << 53) - 1;
}  // namespace

std::optional<std::int64_t> safe_integer(const JsonValue& value) {
  if (const std::optional<JsonValue::Integer> integer = value.as_integer()) {
    // "-0" is 0.
    if ((integer->negative && integer->magnitude != 0) ||
        integer->magnitude > static_cast<std::uint64_t>(kMaxSafeInteger)) {
      return std::nullopt;
    }
    return static_cast<std::int64_t>(integer->magnitude);
  }
  if (value.is_number()) {
    const double number = value.as_double();
    // The range check comes first so that the conversion below is defined.
    if (!(number >= 0.0 && number <= static_cast<double>(kMaxSafeInteger))) return std::nullopt;
    if (std::trunc(number) != number) return std::nullopt;
    return static_cast<std::int64_t>(number);
  }
  return std::nullopt;
}

}  // namespace zfak
