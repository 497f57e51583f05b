#include "decimal.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace zfak {

namespace {

// Every power of ten a double holds exactly.
constexpr double kExactPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kMaxExactPower = 22;

// 2^1024 - 2^970, halfway between the largest double and 2^1024, is the smallest magnitude
// that rounds to infinity (ties go to the even 2^1024): 0.<these digits> x 10^309.
constexpr std::string_view kOverflowDigits =
    "17976931348623158079372897140530341507993413271003782693617377898044496829276475094664901"
    "79775872070963302864166928879109465555478519404026306574886715058206819089020007083836762"
    "73854845817711531764475730270069855571366959622842914819860834936475292719074168444365510"
    "704342711559699508093042880177904174497792";
constexpr std::int64_t kOverflowExponent = 309;

// Far past both ends of the double range, and far from int64 overflow when added to a length.
constexpr std::int64_t kExponentCap = 1'000'000'000;

// The mantissa's digits as one sequence: the integer part then the fraction (the '.' skipped).
struct Digits {
  std::string_view integer;
  std::string_view fraction;
  std::size_t size() const { return integer.size() + fraction.size(); }
  int operator[](std::size_t i) const {
    return (i < integer.size() ? integer[i] : fraction[i - integer.size()]) - '0';
  }
};

// 0.<digits[first..last]> x 10^exponent >= 2^1024 - 2^970.
bool overflows(const Digits& digits, std::size_t first, std::size_t last, std::int64_t exponent) {
  if (exponent != kOverflowExponent) return exponent > kOverflowExponent;
  for (std::size_t i = 0; i < kOverflowDigits.size(); ++i) {
    // Shorter and equal so far: smaller, since the threshold's remaining digits are not all 0.
    if (first + i > last) return false;
    const int threshold = kOverflowDigits[i] - '0';
    if (digits[first + i] != threshold) return digits[first + i] > threshold;
  }
  return true;  // the threshold itself, or more digits after it
}

}  // namespace

double decimal_to_double(std::string_view literal) {
  const bool negative = !literal.empty() && literal.front() == '-';
  if (negative) literal.remove_prefix(1);
  const std::size_t exponent_at = literal.find_first_of("eE");
  const std::string_view mantissa = literal.substr(0, exponent_at);
  const std::size_t point = mantissa.find('.');
  Digits digits{mantissa.substr(0, point),
                point == std::string_view::npos ? std::string_view() : mantissa.substr(point + 1)};

  std::int64_t exponent = 0;
  if (exponent_at != std::string_view::npos) {
    std::string_view text = literal.substr(exponent_at + 1);
    const bool negative_exponent = text.front() == '-';
    if (text.front() == '-' || text.front() == '+') text.remove_prefix(1);
    for (char c : text) exponent = std::min(exponent * 10 + (c - '0'), kExponentCap);
    if (negative_exponent) exponent = -exponent;
  }

  const double zero = negative ? -0.0 : 0.0;
  std::size_t first = 0;
  while (first < digits.size() && digits[first] == 0) ++first;
  if (first == digits.size()) return zero;
  std::size_t last = digits.size() - 1;
  while (digits[last] == 0) --last;

  // The value is 0.<digits[first..last]> x 10^point_exponent.
  const std::int64_t point_exponent = static_cast<std::int64_t>(digits.integer.size()) -
                                      static_cast<std::int64_t>(first) + exponent;
  if (overflows(digits, first, last, point_exponent)) {
    return negative ? -std::numeric_limits<double>::infinity()
                    : std::numeric_limits<double>::infinity();
  }
  // Below 10^-324, less than half the smallest subnormal (2^-1074 ~ 4.9e-324): rounds to 0.
  if (point_exponent < -323) return zero;

  // significand x 10^scale, from the first 19 significant digits (they fit a uint64).
  const std::size_t kept = std::min<std::size_t>(last - first + 1, 19);
  std::uint64_t significand = 0;
  for (std::size_t i = first; i < first + kept; ++i) {
    significand = significand * 10 + static_cast<std::uint64_t>(digits[i]);
  }
  std::int64_t scale = point_exponent - static_cast<std::int64_t>(kept);

  double value = static_cast<double>(significand);  // exact up to 2^53
  // Scaling toward the result, never past it, so that no intermediate overflows or underflows
  // unless the result itself is at the edge of the range.
  for (; scale > kMaxExactPower; scale -= kMaxExactPower) {
    value *= kExactPowersOfTen[kMaxExactPower];
  }
  for (; scale < -kMaxExactPower; scale += kMaxExactPower) {
    value /= kExactPowersOfTen[kMaxExactPower];
  }
  value = scale >= 0 ? value * kExactPowersOfTen[scale] : value / kExactPowersOfTen[-scale];
  // Not an overflow (decided above): rounding on the way can only have pushed it past the end.
  if (std::isinf(value)) value = std::numeric_limits<double>::max();
  return negative ? -value : value;
}

}  // namespace zfak
