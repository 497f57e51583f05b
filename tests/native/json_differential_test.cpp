// parse_json against nlohmann (json_oracle.hpp) over generated texts: random JSON values,
// written with random white space, then mutated the way a damaged or hostile body would be.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "json_oracle.hpp"

namespace zfak {
namespace {

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : random_(seed) {}

  std::string document() {
    std::string text = space();
    value(text, 0);
    return text + space();
  }

  // 1 to 3 edits: insert, delete or replace a byte, cut the text, or copy a slice elsewhere.
  std::string mutate(std::string text) {
    for (int edits = 1 + pick(3); edits > 0; --edits) {
      const std::size_t at = text.empty() ? 0 : pick(text.size());
      switch (pick(5)) {
        case 0:
          text.insert(at, 1, interesting_byte());
          break;
        case 1:
          if (!text.empty()) text.erase(at, 1);
          break;
        case 2:
          if (!text.empty()) text[at] = interesting_byte();
          break;
        case 3:
          text.resize(at);
          break;
        default: {
          const std::size_t from = text.empty() ? 0 : pick(text.size());
          text.insert(at, text.substr(from, pick(8)));
        }
      }
    }
    return text;
  }

 private:
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(random_() % n); }

  char interesting_byte() {
    using namespace std::string_view_literals;  // the NUL is one of them
    static constexpr std::string_view kBytes =
        "{}[]\",:\\ \t\n\r\f\v0123456789-+.eEtrufalsn/bu"
        "\x00\x01\x1F\x7F\x80\xBF\xC0\xC3\xED\xEF\xF4\xFF"sv;
    return kBytes[pick(kBytes.size())];
  }

  std::string space() {
    static constexpr std::string_view kSpace[] = {"", "", "", " ", "\n", "\t", "\r\n  "};
    return std::string(kSpace[pick(std::size(kSpace))]);
  }

  std::string digits(std::size_t count, bool leading_zero_ok) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
      text += static_cast<char>('0' + ((i == 0 && !leading_zero_ok) ? 1 + pick(9) : pick(10)));
    }
    return text;
  }

  std::string number() {
    std::string text = pick(3) == 0 ? "-" : "";
    text += pick(6) == 0 ? "0" : digits(1 + pick(pick(4) == 0 ? 25 : 6), false);
    if (pick(3) == 0) text += "." + digits(1 + pick(8), true);
    if (pick(4) == 0) {
      text += pick(2) ? "e" : "E";
      text += std::string_view("\0+-", 3).substr(pick(3), 1);
      if (text.back() == '\0') text.pop_back();
      text += std::to_string(pick(pick(4) == 0 ? 400 : 25));
    }
    return text;
  }

  std::string string() {
    static constexpr std::string_view kPieces[] = {"a",
                                                   "Z",
                                                   "api_key",
                                                   " ",
                                                   "\\\"",
                                                   "\\\\",
                                                   "\\/",
                                                   "\\n",
                                                   "\\t",
                                                   "\\b",
                                                   "\\f",
                                                   "\\r",
                                                   "\\u0041",
                                                   "\\u00e9",
                                                   "\\u20AC",
                                                   "\\ud83d\\ude00",
                                                   "\\u0000",
                                                   "\xC3\xA9",
                                                   "\xE2\x82\xAC",
                                                   "\xF0\x9F\x98\x80",
                                                   "\x7F",
                                                   "\xF4\x8F\xBF\xBF"};
    std::string text = "\"";
    for (std::size_t n = pick(6); n > 0; --n) text += kPieces[pick(std::size(kPieces))];
    return text + "\"";
  }

  void value(std::string& out, int depth) {
    const std::size_t kind = pick(depth >= 4 ? 6 : 8);
    switch (kind) {
      case 0:
        out += "null";
        return;
      case 1:
        out += "true";
        return;
      case 2:
        out += "false";
        return;
      case 3:
      case 4:
        out += number();
        return;
      case 5:
        out += string();
        return;
      default:
        break;
    }
    const bool object = kind == 7;
    out += object ? "{" : "[";
    for (std::size_t n = pick(5), i = 0; i < n; ++i) {
      if (i > 0) out += ",";
      out += space();
      if (object) out += pick(3) == 0 ? "\"k\"" : string();  // "k": duplicates
      if (object) out += space() + ":" + space();
      value(out, depth + 1);
      out += space();
    }
    out += object ? "}" : "]";
  }

  std::mt19937_64 random_;
};

TEST(JsonDifferential, AgreesWithNlohmannOnGeneratedTexts) {
  Generator generator(20261127);
  int accepted = 0;
  int refused = 0;
  for (int i = 0; i < 6000; ++i) {
    std::string text = generator.document();
    if (i % 3 != 0) text = generator.mutate(std::move(text));
    const std::string disagreement = oracle::disagreement(text);
    ASSERT_EQ(disagreement, "") << "input #" << i << ": " << text;
    (parse_json(text) ? accepted : refused) += 1;
  }
  // Both outcomes well represented: the generator does not degenerate into one.
  EXPECT_GT(accepted, 2000);
  EXPECT_GT(refused, 2000);
}

TEST(JsonDifferential, AgreesWithNlohmannOnEdgeCases) {
  using namespace std::string_view_literals;
  for (std::string_view text :
       {"\xEF\xBB\xBF{}"sv, "\xEF\xBB{}"sv, "{}\0x"sv, "1e400"sv, "1e-400"sv, "-0"sv, "-0.0"sv,
        "18446744073709551615"sv, "18446744073709551616"sv, "-9223372036854775808"sv,
        "-9223372036854775809"sv, "1.7976931348623159e308"sv, R"({"a":1,"a":[2]})"sv,
        R"("\ud800")"sv, R"("\ud83d\ude00")"sv, "\"\xED\xA0\x80\""sv}) {
    EXPECT_EQ(oracle::disagreement(text), "") << text;
  }
  // Deeper than the limit: nlohmann reads it, parse_json must refuse it.
  const std::string deep =
      std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  EXPECT_EQ(oracle::disagreement(deep), "");
}

}  // namespace
}  // namespace zfak
