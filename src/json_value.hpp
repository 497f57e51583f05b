// An immutable JSON value, as parse_json (json_reader.hpp) reads one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zfak {

class JsonValue;
using JsonMember = std::pair<std::string, JsonValue>;

class JsonValue {
 public:
  enum class Type : unsigned char { kNull, kBool, kNumber, kString, kArray, kObject };

  // An integer literal's exact value: "-0" is negative with magnitude 0.
  struct Integer {
    bool negative = false;
    std::uint64_t magnitude = 0;
  };

  JsonValue() = default;  // null
  static JsonValue boolean(bool value);
  // `exact`: the literal was an integer (no fraction, no exponent) within [-2^63, 2^64 - 1],
  // the numbers nlohmann keeps as int64/uint64 too.
  static JsonValue number(double value, std::optional<Integer> exact = std::nullopt);
  static JsonValue string(std::string value);
  static JsonValue array(std::vector<JsonValue> items);
  // Members end up sorted by key (bytewise), and of equal keys the last one is kept: what
  // nlohmann's parse builds (a std::map, each key assigned in turn), and a binary search for find.
  static JsonValue object(std::vector<JsonMember> members);

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_bool() const { return type_ == Type::kBool; }
  bool is_number() const { return type_ == Type::kNumber; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_object() const { return type_ == Type::kObject; }

  // Each accessor answers for its own type; for another it gives false, 0, nothing or empty.
  bool as_bool() const { return is_bool() && bool_; }
  double as_double() const { return number_; }
  std::optional<Integer> as_integer() const;
  const std::string& as_string() const { return string_; }
  const std::vector<JsonValue>& items() const { return items_; }
  const std::vector<JsonMember>& members() const { return members_; }
  // The member named `key`, nullptr when there is none (or this is not an object).
  const JsonValue* find(std::string_view key) const;

 private:
  Type type_ = Type::kNull;
  bool bool_ = false;  // a boolean's value; for a number, whether integer_ holds it exactly
  Integer integer_;
  double number_ = 0;
  std::string string_;
  std::vector<JsonValue> items_;
  std::vector<JsonMember> members_;
};

}  // namespace zfak
