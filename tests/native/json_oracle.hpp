// The JSON reader's differential check, shared by json_differential_test.cpp and
// tests/fuzz/fuzz_json_reader.cpp: nlohmann's parse is the oracle parse_json must agree with.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "decimal.hpp"
#include "json_reader.hpp"

namespace zfak::oracle {

// Units in the last place between two finite doubles of the same sign.
inline std::uint64_t ulps_apart(double a, double b) {
  std::uint64_t x = 0;
  std::uint64_t y = 0;
  std::memcpy(&x, &a, sizeof x);
  std::memcpy(&y, &b, sizeof y);
  x &= ~(std::uint64_t{1} << 63);
  y &= ~(std::uint64_t{1} << 63);
  return x > y ? x - y : y - x;
}

// decimal_to_double's documented error off the fast path, with room to spare.
inline constexpr std::uint64_t kMaxUlpsOffFastPath = 16;

inline std::size_t depth(const nlohmann::json& value) {
  std::size_t deepest = 0;
  if (value.is_structured()) {
    for (const nlohmann::json& item : value) deepest = std::max(deepest, depth(item));
    return deepest + 1;
  }
  return 0;
}

// "" when both hold the same value, else where they differ.
inline std::string difference(const nlohmann::json& theirs, const JsonValue& ours,
                              const std::string& path) {
  using T = nlohmann::json::value_t;
  const auto differ = [&](std::string_view what) { return path + ": " + std::string(what); };
  switch (theirs.type()) {
    case T::null:
      return ours.is_null() ? "" : differ("not null");
    case T::boolean:
      return ours.is_bool() && ours.as_bool() == theirs.get<bool>() ? "" : differ("boolean");
    case T::number_unsigned: {
      const auto integer = ours.as_integer();
      const bool same = integer && !integer->negative &&
                        integer->magnitude == theirs.get<std::uint64_t>() &&
                        ours.as_double() == theirs.get<double>();
      return same ? "" : differ("unsigned integer");
    }
    case T::number_integer: {  // a negative literal: "-0" too
      const auto integer = ours.as_integer();
      const std::int64_t value = theirs.get<std::int64_t>();
      const bool same = integer && integer->negative &&
                        integer->magnitude == 0 - static_cast<std::uint64_t>(value) &&
                        ours.as_double() == theirs.get<double>();
      return same ? "" : differ("signed integer");
    }
    case T::number_float: {
      const double value = theirs.get<double>();
      const bool same = ours.is_number() && !ours.as_integer() &&
                        std::signbit(ours.as_double()) == std::signbit(value) &&
                        ulps_apart(ours.as_double(), value) <= kMaxUlpsOffFastPath;
      return same ? "" : differ("float");
    }
    case T::string:
      return ours.is_string() && ours.as_string() == theirs.get_ref<const std::string&>()
                 ? ""
                 : differ("string");
    case T::array: {
      if (!ours.is_array() || ours.items().size() != theirs.size()) return differ("array");
      for (std::size_t i = 0; i < theirs.size(); ++i) {
        std::string inner =
            difference(theirs[i], ours.items()[i], path + "[" + std::to_string(i) + "]");
        if (!inner.empty()) return inner;
      }
      return "";
    }
    case T::object: {
      if (!ours.is_object() || ours.members().size() != theirs.size()) return differ("object");
      std::size_t i = 0;
      for (const auto& [key, value] : theirs.items()) {  // both in key order
        const JsonMember& member = ours.members()[i++];
        if (member.first != key) return differ("key " + key);
        std::string inner = difference(value, member.second, path + "." + key);
        if (!inner.empty()) return inner;
      }
      return "";
    }
    default:
      return differ("unexpected nlohmann type");
  }
}

// Whether `literal` (a valid JSON number) is on decimal_to_double's fast path, conservatively:
// at most 15 significant digits (< 2^53) and a power of ten within +-22 left over.
inline bool on_fast_path(std::string_view literal) {
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

// The number literals of a valid JSON text, in order.
inline std::vector<std::string_view> number_literals(std::string_view text) {
  std::vector<std::string_view> literals;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      const std::size_t end = std::min(text.find_first_not_of("+-.eE0123456789", i), text.size());
      literals.push_back(text.substr(i, end - i));
      i = end - 1;
    }
  }
  return literals;
}

// "" when parse_json and nlohmann (refusing a raw NUL, which it takes for the end of the text)
// agree on `text`: both refuse, or both read the same value, within decimal_to_double's
// precision; and every number literal on the fast path reads exactly as strtod reads it.
// Deeper than kMaxJsonDepth, parse_json refuses what nlohmann reads.
inline std::string disagreement(std::string_view text) {
  nlohmann::json theirs = text.find('\0') != std::string_view::npos
                              ? nlohmann::json(nlohmann::json::value_t::discarded)
                              : nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  const std::optional<JsonValue> ours = parse_json(text);
  const bool too_deep = !theirs.is_discarded() && depth(theirs) > kMaxJsonDepth;
  if (theirs.is_discarded() || too_deep)
    return ours ? "parse_json accepts what it must refuse" : "";
  if (!ours) return "parse_json refuses what nlohmann reads";
  std::string diff = difference(theirs, *ours, "$");
  if (!diff.empty()) return diff;
  for (std::string_view literal : number_literals(text)) {
    if (!on_fast_path(literal)) continue;
    const double expected = std::strtod(std::string(literal).c_str(), nullptr);
    const double actual = decimal_to_double(literal);
    if (std::memcmp(&expected, &actual, sizeof expected) != 0) {
      return "fast-path number " + std::string(literal) + " is not correctly rounded";
    }
  }
  return "";
}

}  // namespace zfak::oracle
