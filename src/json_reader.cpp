#include "json_reader.hpp"

#include <cmath>
#include <cstdint>
#include <limits>

#include "decimal.hpp"
#include "utf8.hpp"

namespace zfak {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A recursive descent over the text; every method leaves pos_ after what it read, and false
// means the whole text is refused.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  std::optional<JsonValue> document() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a byte order mark: see the header
    JsonValue value;
    if (!read_value(value, 0)) return std::nullopt;
    skip_whitespace();
    if (pos_ != text_.size()) return std::nullopt;
    return value;
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }

  bool take(char c) {
    if (at_end() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  void skip_whitespace() {
    while (!at_end() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' ||
                         text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  // `out` arrives null; `depth` is how many arrays and objects enclose the value.
  bool read_value(JsonValue& out, int depth) {
    skip_whitespace();
    if (at_end()) return false;
    switch (text_[pos_]) {
      case '[':
        return depth < kMaxJsonDepth && read_array(out, depth + 1);
      case '{':
        return depth < kMaxJsonDepth && read_object(out, depth + 1);
      case '"': {
        std::string text;
        if (!read_string(text)) return false;
        out = JsonValue::string(std::move(text));
        return true;
      }
      case 't':
        out = JsonValue::boolean(true);
        return take_word("true");
      case 'f':
        out = JsonValue::boolean(false);
        return take_word("false");
      case 'n':
        return take_word("null");
      default:
        return read_number(out);
    }
  }

  bool take_word(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  // After the opening bracket: elements separated by commas, each read by read_element, then
  // `close`.
  template <class ReadElement>
  bool read_elements(char close, ReadElement read_element) {
    skip_whitespace();
    if (take(close)) return true;
    do {
      if (!read_element()) return false;
      skip_whitespace();
    } while (take(','));
    return take(close);
  }

  bool read_array(JsonValue& out, int depth) {
    ++pos_;  // '['
    std::vector<JsonValue> items;
    if (!read_elements(']', [&] { return read_value(items.emplace_back(), depth); })) {
      return false;
    }
    out = JsonValue::array(std::move(items));
    return true;
  }

  bool read_object(JsonValue& out, int depth) {
    ++pos_;  // '{'
    std::vector<JsonMember> members;
    const auto read_member = [&] {
      skip_whitespace();
      JsonMember& member = members.emplace_back();
      if (at_end() || text_[pos_] != '"' || !read_string(member.first)) return false;
      skip_whitespace();
      return take(':') && read_value(member.second, depth);
    };
    if (!read_elements('}', read_member)) return false;
    out = JsonValue::object(std::move(members));
    return true;
  }

  // From the opening quote to past the closing one. Raw bytes are copied a run at a time: a run
  // ends only at an ASCII '"' or '\', which no multi-byte UTF-8 sequence contains, so checking
  // each run on its own checks the whole string.
  bool read_string(std::string& out) {
    ++pos_;  // '"'
    std::size_t run = pos_;
    for (;;) {
      if (at_end()) return false;
      const char c = text_[pos_];
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '"' && c != '\\') {
        ++pos_;
        continue;
      }
      const std::string_view raw = text_.substr(run, pos_ - run);
      if (!is_valid_utf8(raw)) return false;
      out.append(raw);
      ++pos_;
      if (c == '"') return true;
      if (!read_escape(out)) return false;
      run = pos_;
    }
  }

  // After a backslash.
  bool read_escape(std::string& out) {
    if (at_end()) return false;
    const char c = text_[pos_++];
    constexpr std::string_view kEscapes = "\"\\/bfnrt";
    constexpr std::string_view kMeanings = "\"\\/\b\f\n\r\t";
    if (const std::size_t i = kEscapes.find(c); i != std::string_view::npos) {
      out += kMeanings[i];
      return true;
    }
    if (c != 'u') return false;
    char32_t code_point = 0;
    if (!read_hex4(code_point)) return false;
    if (code_point >= 0xDC00 && code_point <= 0xDFFF) return false;  // a low surrogate first
    if (code_point >= 0xD800 && code_point <= 0xDBFF) {
      char32_t low = 0;
      if (!take('\\') || !take('u') || !read_hex4(low) || low < 0xDC00 || low > 0xDFFF) {
        return false;
      }
      code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, code_point);
    return true;
  }

  bool read_hex4(char32_t& out) {
    if (text_.size() - pos_ < 4) return false;
    for (int i = 0; i < 4; ++i) {
      const int digit = hex_value(text_[pos_++]);
      if (digit < 0) return false;
      out = out * 16 + static_cast<char32_t>(digit);
    }
    return true;
  }

  bool take_digits() {
    const std::size_t start = pos_;
    while (!at_end() && is_digit(text_[pos_])) ++pos_;
    return pos_ != start;
  }

  bool read_number(JsonValue& out) {
    const std::size_t start = pos_;
    const bool negative = take('-');
    const std::size_t integer_start = pos_;
    if (!take('0') && (at_end() || text_[pos_] < '1' || text_[pos_] > '9' || !take_digits())) {
      return false;
    }
    const std::string_view integer = text_.substr(integer_start, pos_ - integer_start);
    bool is_integer = true;
    if (take('.')) {
      is_integer = false;
      if (!take_digits()) return false;
    }
    if (take('e') || take('E')) {
      is_integer = false;
      if (!take('+')) take('-');
      if (!take_digits()) return false;
    }
    if (is_integer) {
      if (const std::optional<JsonValue::Integer> exact = exact_integer(negative, integer)) {
        // "-0" is the integer 0, as nlohmann reads it: +0.0 as a double.
        const double magnitude = static_cast<double>(exact->magnitude);
        out = JsonValue::number(negative ? 0.0 - magnitude : magnitude, exact);
        return true;
      }
    }
    const double value = decimal_to_double(text_.substr(start, pos_ - start));
    if (std::isinf(value)) return false;
    out = JsonValue::number(value);
    return true;
  }

  // Within [-2^63, 2^64 - 1]: nlohmann's int64 and uint64 ranges.
  static std::optional<JsonValue::Integer> exact_integer(bool negative, std::string_view digits) {
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t magnitude = 0;
    for (char c : digits) {
      const auto digit = static_cast<std::uint64_t>(c - '0');
      if (magnitude > (kMax - digit) / 10) return std::nullopt;
      magnitude = magnitude * 10 + digit;
    }
    if (negative && magnitude > (std::uint64_t{1} << 63)) return std::nullopt;
    return JsonValue::Integer{negative, magnitude};
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

std::optional<JsonValue> parse_json(std::string_view text) { return Reader(text).document(); }

}  // namespace zfak
