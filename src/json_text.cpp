#include "json_text.hpp"

#include "control_characters.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace zfak {

namespace {

using nlohmann::json;

// A DOM builder that refuses past kMaxJsonDepth, on nlohmann's public SAX interface. sax_parse,
// not parse(): parse() also links the callback parser. It has the members of json_sax<json>
// without deriving from it: sax_parse takes any such class (and checks the signatures at compile
// time), and the virtual calls would cost page weight (bench/notes.md).
class DepthLimitedDomBuilder {
 public:
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  explicit DepthLimitedDomBuilder(json& root) : root_(root) {}

  bool null() { return keep(nullptr); }
  bool boolean(bool value) { return keep(value); }
  bool number_integer(number_integer_t value) { return keep(value); }
  bool number_unsigned(number_unsigned_t value) { return keep(value); }
  bool number_float(number_float_t value, const string_t&) { return keep(value); }
  bool string(string_t& value) { return keep(std::move(value)); }
  // Only the binary formats (CBOR, MessagePack, ...) produce these; JSON text never does.
  bool binary(binary_t&) { return false; }

  bool start_object(std::size_t) { return open(json::value_t::object); }
  bool start_array(std::size_t) { return open(json::value_t::array); }
  bool key(string_t& name) {
    // operator[] on an existing key gives its value back: of duplicate keys the last one wins.
    next_member_ = &(*open_.back())[name];
    return true;
  }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool parse_error(std::size_t, const std::string&, const json::exception&) {
    return false;
  }

 private:
  bool keep(json value) {
    add(std::move(value));
    return true;
  }

  // Where a value read now goes: the root, the end of the open array, or the key just read.
  json* add(json value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json& container = *open_.back();
    if (container.is_array()) {
      container.push_back(std::move(value));
      return &container.back();
    }
    *next_member_ = std::move(value);
    return next_member_;
  }

  // The pointers stay valid: a container only grows once the one open inside it is closed.
  bool open(json::value_t type) {
    if (open_.size() >= static_cast<std::size_t>(kMaxJsonDepth)) return false;
    open_.push_back(add(type));
    return true;
  }

  bool close() {
    open_.pop_back();
    return true;
  }

  json& root_;
  std::vector<json*> open_;  // the arrays and objects not closed yet, innermost last
  json* next_member_ = nullptr;
};

}  // namespace

std::optional<json> parse_json(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return std::nullopt;
  json result;
  DepthLimitedDomBuilder builder(result);
  if (!json::sax_parse(text.begin(), text.end(), &builder)) return std::nullopt;
  return result;
}

const nlohmann::json* member(const nlohmann::json& object, const char* name) {
  const auto found = object.find(name);
  return found == object.end() ? nullptr : &*found;
}

const std::string* shown_string(const nlohmann::json& object, const char* name) {
  const nlohmann::json* value = member(object, name);
  if (!value || !value->is_string()) return nullptr;
  const std::string& text = value->get_ref<const std::string&>();
  return has_control_characters(text) ? nullptr : &text;
}

}  // namespace zfak
