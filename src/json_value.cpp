#include "json_value.hpp"

#include <algorithm>

namespace zfak {

JsonValue JsonValue::boolean(bool value) {
  JsonValue v;
  v.type_ = Type::kBool;
  v.bool_ = value;
  return v;
}

JsonValue JsonValue::number(double value, std::optional<Integer> exact) {
  JsonValue v;
  v.type_ = Type::kNumber;
  v.number_ = value;
  v.bool_ = exact.has_value();
  if (exact) v.integer_ = *exact;
  return v;
}

JsonValue JsonValue::string(std::string value) {
  JsonValue v;
  v.type_ = Type::kString;
  v.string_ = std::move(value);
  return v;
}

JsonValue JsonValue::array(std::vector<JsonValue> items) {
  JsonValue v;
  v.type_ = Type::kArray;
  v.items_ = std::move(items);
  return v;
}

JsonValue JsonValue::object(std::vector<JsonMember> members) {
  // Positions sorted by key, then by position, so that the last of equal keys comes last.
  std::vector<std::size_t> order(members.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const int c = members[a].first.compare(members[b].first);
    return c < 0 || (c == 0 && a < b);
  });
  JsonValue v;
  v.type_ = Type::kObject;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i + 1 < order.size() && members[order[i + 1]].first == members[order[i]].first) continue;
    v.members_.push_back(std::move(members[order[i]]));
  }
  return v;
}

std::optional<JsonValue::Integer> JsonValue::as_integer() const {
  if (!is_number() || !bool_) return std::nullopt;
  return integer_;
}

const JsonValue* JsonValue::find(std::string_view key) const {
  const auto it = std::lower_bound(
      members_.begin(), members_.end(), key,
      [](const JsonMember& member, std::string_view k) { return member.first < k; });
  if (it == members_.end() || it->first != key) return nullptr;
  return &it->second;
}

}  // namespace zfak
