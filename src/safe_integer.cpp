#include "safe_integer.hpp"

#include <cmath>

namespace zfak {

namespace {
constexpr std::int64_t kMaxSafeInteger = (std::int64_t{1} << 53) - 1;
}  // namespace

std::optional<std::int64_t> safe_integer(const nlohmann::json& value) {
  if (value.is_number_unsigned()) {
    const auto number = value.get<std::uint64_t>();
    if (number > static_cast<std::uint64_t>(kMaxSafeInteger)) return std::nullopt;
    return static_cast<std::int64_t>(number);
  }
  if (value.is_number_integer()) {  // signed: what nlohmann makes of "-5", and of "-0"
    const auto number = value.get<std::int64_t>();
    if (number < 0) return std::nullopt;
    return number;
  }
  if (value.is_number_float()) {
    const double number = value.get<double>();
    // The range check comes first so that the conversion below is defined.
    if (!(number >= 0.0 && number <= static_cast<double>(kMaxSafeInteger))) return std::nullopt;
    if (std::trunc(number) != number) return std::nullopt;
    return static_cast<std::int64_t>(number);
  }
  return std::nullopt;
}

}  // namespace zfak
