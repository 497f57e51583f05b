#include "decimal.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <string_view>


namespace zfak {
namespace {

// Units in the last place between two finite doubles of the same sign.
std::uint64_t ulps_apart(double a, double b) {
  std::uint64_t x = 0;
  std::uint64_t y = 0;
  std::memcpy(&x, &a, sizeof x);
  std::memcpy(&y, &b, sizeof y);
  x &= ~(std::uint64_t{1} << 63);
  y &= ~(std::uint64_t{1} << 63);
  return x > y ? x - y : y - x;
}

// decimal_to_double's documented error off the fast path, with room to spare.
constexpr std::uint64_t kMaxUlpsOffFastPath = 16;

// Whether `literal` (a valid JSON number) is on decimal_to_double's fast path, conservatively:
// at most 15 significant digits (< 2^53) and a power of ten within +-22 left over.
bool on_fast_path(std::string_view literal) {
  if (literal.front() == '-') literal.remove_prefix(1);
  const std::size_t e = std::min(literal.find_first_of("eE"), literal.size());
  // Clamped: far past the double range either way, and no overflow in the sums below.
  const long long exponent = std::clamp(
      e < literal.size() ? std::strtoll(std::string(literal.substr(e + 1)).c_str(), nullptr, 10)
                         : 0,
      -1'000'000'000LL, 1'000'000'000LL);
  std::string digits(literal.substr(0, e));
  const std::size_t point = std::min(digits.find('.'), digits.size());
  const long long integer_digits = static_cast<long long>(point);
  if (point < digits.size()) digits.erase(point, 1);
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return true;  // zero
  const std::size_t last = digits.find_last_not_of('0');
  const long long significant = static_cast<long long>(last - first + 1);
  const long long scale = integer_digits - static_cast<long long>(first) + exponent - significant;
  return significant <= 15 && scale >= -22 && scale <= 22;
}

double strtod_of(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

TEST(Decimal, Examples) {
  EXPECT_EQ(decimal_to_double("0"), 0.0);
  EXPECT_EQ(decimal_to_double("3"), 3.0);
  EXPECT_EQ(decimal_to_double("2.5"), 2.5);
  EXPECT_EQ(decimal_to_double("03.50"), 3.5);  // leading and trailing zeros
  EXPECT_EQ(decimal_to_double("-1e-3"), -0.001);
  EXPECT_EQ(decimal_to_double("0.1"), 0.1);
  EXPECT_EQ(decimal_to_double("123.456e2"), 12345.6);
  EXPECT_EQ(decimal_to_double("9007199254740993"), 9007199254740992.0);  // ties to even
  EXPECT_EQ(decimal_to_double("1e22"), 1e22);
  EXPECT_EQ(decimal_to_double("1e23"), 1e23);
  EXPECT_EQ(decimal_to_double("100000000000000000000000000000e-29"), 1.0);
  EXPECT_TRUE(std::signbit(decimal_to_double("-0.000")));
  EXPECT_EQ(decimal_to_double("4.9406564584124654e-324"),
            std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(decimal_to_double("1e-324"), 0.0);
  EXPECT_EQ(decimal_to_double("1e-99999999999999999999"), 0.0);
}

TEST(Decimal, InfinityExactlyWhenTheRoundedValueOverflows) {
  const double max = std::numeric_limits<double>::max();
  const double inf = std::numeric_limits<double>::infinity();
  // Off the fast path (17 digits): close, and finite.
  EXPECT_LE(ulps_apart(decimal_to_double("1.7976931348623157e308"), max),
            kMaxUlpsOffFastPath);
  // 2^1024 - 2^970, and just under it: the last digit of the threshold is 2.
  const std::string threshold =
      "17976931348623158079372897140530341507993413271003782693617377898044496829276475094664901"
      "79775872070963302864166928879109465555478519404026306574886715058206819089020007083836762"
      "73854845817711531764475730270069855571366959622842914819860834936475292719074168444365510"
      "704342711559699508093042880177904174497792";
  std::string below = threshold;
  below.back() = '1';
  EXPECT_EQ(decimal_to_double(threshold), inf);
  EXPECT_EQ(decimal_to_double("-" + threshold), -inf);
  EXPECT_EQ(decimal_to_double(threshold + ".0000001"), inf);
  // Just under it: finite, however the rounding on the way went.
  EXPECT_EQ(decimal_to_double(below), max);
  EXPECT_EQ(decimal_to_double(below + ".99999999"), max);
  EXPECT_EQ(decimal_to_double("0." + threshold.substr(0, 40) + "e309"), max);  // a prefix is less
  EXPECT_EQ(decimal_to_double("1e309"), inf);
  EXPECT_EQ(decimal_to_double("0.00001e314"), inf);
  EXPECT_EQ(decimal_to_double("1e99999999999999999999"), inf);
  for (std::string text : {threshold, below, std::string("1.7976931348623158e308"),
                           std::string("1.7976931348623159e308")}) {
    EXPECT_EQ(std::isinf(decimal_to_double(text)), std::isinf(strtod_of(text))) << text;
  }
}

// Random literals: on the fast path the very double strtod gives; elsewhere within a few ulps.
TEST(Decimal, AgreesWithStrtod) {
  std::mt19937_64 random(20261127);
  const auto digits = [&](int count) {
    std::string text;
    for (int i = 0; i < count; ++i) text += static_cast<char>('0' + random() % 10);
    return text;
  };
  int fast = 0;
  for (int i = 0; i < 20000; ++i) {
    const bool short_form = i % 2 == 0;
    std::string text =
        (random() % 2 ? "-" : "") + digits(1 + static_cast<int>(random() % (short_form ? 15 : 40)));
    if (random() % 2) text += "." + digits(1 + static_cast<int>(random() % (short_form ? 8 : 30)));
    const int exponent_range = short_form ? 30 : 700;
    if (random() % 2)
      text +=
          "e" + std::to_string(static_cast<int>(random() % exponent_range) - exponent_range / 2);
    const double expected = strtod_of(text);
    const double actual = decimal_to_double(text);
    if (std::isinf(expected)) {
      EXPECT_EQ(actual, expected) << text;
    } else if (on_fast_path(text)) {
      ++fast;
      EXPECT_EQ(actual, expected) << text;
    } else {
      EXPECT_LE(ulps_apart(actual, expected), kMaxUlpsOffFastPath) << text;
    }
  }
  EXPECT_GT(fast, 5000);
}

}  // namespace
}  // namespace zfak
