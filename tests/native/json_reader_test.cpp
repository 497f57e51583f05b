#include "json_reader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace zfak {
namespace {

std::string nested(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(JsonReader, ReadsEachKindOfValue) {
  const std::optional<JsonValue> value = parse_json(
      R"({"s":"t","n":null,"t":true,"f":false,"i":-12,"d":2.5,"a":[1,"x",[]],"o":{"k":{}}})");
  ASSERT_TRUE(value && value->is_object());
  EXPECT_EQ(value->find("s")->as_string(), "t");
  EXPECT_TRUE(value->find("n")->is_null());
  EXPECT_TRUE(value->find("t")->is_bool() && value->find("t")->as_bool());
  EXPECT_TRUE(value->find("f")->is_bool() && !value->find("f")->as_bool());
  EXPECT_EQ(value->find("i")->as_double(), -12.0);
  EXPECT_EQ(value->find("d")->as_double(), 2.5);
  const JsonValue* array = value->find("a");
  ASSERT_TRUE(array->is_array());
  ASSERT_EQ(array->items().size(), 3u);
  EXPECT_EQ(array->items()[1].as_string(), "x");
  EXPECT_TRUE(array->items()[2].is_array() && array->items()[2].items().empty());
  EXPECT_TRUE(value->find("o")->find("k")->is_object());
  EXPECT_EQ(value->find("missing"), nullptr);
  EXPECT_EQ(array->find("s"), nullptr);  // not an object
  for (std::string_view scalar : {"null", "true", "0", "\"x\"", "[]", "{}"}) {
    EXPECT_TRUE(parse_json(scalar)) << scalar;
  }
}

TEST(JsonReader, ObjectsAreSortedAndTheLastDuplicateWins) {
  const std::optional<JsonValue> value = parse_json(R"({"b":1,"a":2,"b":3,"c":4,"a":5,"b":6})");
  ASSERT_TRUE(value);
  ASSERT_EQ(value->members().size(), 3u);
  const char* keys[] = {"a", "b", "c"};
  const double values[] = {5, 6, 4};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(value->members()[i].first, keys[i]);
    EXPECT_EQ(value->members()[i].second.as_double(), values[i]);
    EXPECT_EQ(value->find(keys[i])->as_double(), values[i]);
  }
  // Keys compare bytewise, as unsigned bytes ("é" after "z"), and may be empty.
  const std::optional<JsonValue> bytes = parse_json("{\"\xC3\xA9\":1,\"z\":2,\"\":3}");
  ASSERT_TRUE(bytes);
  EXPECT_EQ(bytes->members()[0].first, "");
  EXPECT_EQ(bytes->members()[1].first, "z");
  EXPECT_EQ(bytes->find("\xC3\xA9")->as_double(), 1);
}

TEST(JsonReader, WhiteSpaceIsSpaceTabLineFeedAndCarriageReturnOnly) {
  EXPECT_TRUE(parse_json(" \t\r\n{ \t\r\n\"a\" \t\r\n: \t\r\n[ 1 , 2 ] \t\r\n} \t\r\n"));
  for (std::string_view text : {"\f1", "1\v",
                                "\xC2\xA0"
                                "1",
                                "1\xE2\x80\xA8", "", " ", "\n"}) {
    EXPECT_FALSE(parse_json(text)) << text;
  }
}

TEST(JsonReader, OneValueAndNothingElse) {
  for (std::string_view text :
       {"{} {}", "1 2",        "[]]",     "{}x",       "truex",     "nul",     "[1,]",
        "[,1]",  "{\"a\":1,}", "{\"a\"}", "{\"a\" 1}", "{a:1}",     "{'a':1}", "[1 2]",
        "[",     "{",          "{\"a\":", "// c\n1",   "1 /* c */", "True",    "NULL"}) {
    EXPECT_FALSE(parse_json(text)) << text;
  }
}

TEST(JsonReader, ARawNulIsRefusedAnywhere) {
  using namespace std::string_view_literals;
  for (std::string_view text : {"{}\0"sv, "\0{}"sv, "{\"a\":\"x\0\"}"sv, "[1,\0 2]"sv, "\0"sv}) {
    EXPECT_FALSE(parse_json(text));
  }
  const std::optional<JsonValue> escaped = parse_json(R"("a\u0000b")");
  ASSERT_TRUE(escaped);
  EXPECT_EQ(escaped->as_string(), std::string("a\0b", 3));
}

TEST(JsonReader, ALeadingByteOrderMarkIsSkipped) {
  EXPECT_TRUE(parse_json("\xEF\xBB\xBF{}"));
  EXPECT_FALSE(parse_json(" \xEF\xBB\xBF{}"));  // only at the very start
  EXPECT_FALSE(parse_json("\xEF\xBB\xBF"));     // and something must follow
  EXPECT_FALSE(parse_json("\xEF\xBB{}"));
  EXPECT_FALSE(parse_json("{}\xEF\xBB\xBF"));
}

TEST(JsonReader, StringEscapes) {
  const std::optional<JsonValue> value =
      parse_json(R"("\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\ud83d\ude00\uDBFF\uDFFF")");
  ASSERT_TRUE(value);
  EXPECT_EQ(value->as_string(),
            "\"\\/\b\f\n\r\tA\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF");
  for (std::string_view text :
       {R"("\a")", R"("\'")", R"("\U0041")", R"("\x41")", R"("\u41")", R"("\u004G")", R"("\)",
        R"("\u")", R"("\ud800")", R"("\udc00")", R"("\ud800\u0041")", R"("\ud800\ud800")",
        R"("\ud800x")", R"("\ud800\")", R"("\udfff\ud800")"}) {
    EXPECT_FALSE(parse_json(text)) << text;  // unknown escape, bad hex, lone surrogate
  }
}

TEST(JsonReader, StringsAreWellFormedUtf8WithoutControlCharacters) {
  EXPECT_EQ(parse_json("\"caf\xC3\xA9 \xF0\x9F\x98\x80 \x7F\"")->as_string(),
            "caf\xC3\xA9 \xF0\x9F\x98\x80 \x7F");
  EXPECT_EQ(parse_json("\"\xF4\x8F\xBF\xBF\"")->as_string(), "\xF4\x8F\xBF\xBF");  // U+10FFFF
  for (std::string_view text : {
           "\"\xC0\xAF\"",                              // overlong '/'
           "\"\xE0\x80\xAF\"",                          // overlong, 3 bytes
           "\"\xED\xA0\x80\"",                          // a surrogate encoded in UTF-8
           "\"\xF4\x90\x80\x80\"",                      // above U+10FFFF
           "\"\xFF\"", "\"\x80\"",                      // not a lead byte
           "\"\xE2\x82\"",                              // cut short by the quote
           "\"\xE2\x82\\n\"",                           // cut short by an escape
           "\"\x01\"", "\"\x1F\"", "\"\t\"", "\"\n\"",  // raw control characters
           "\xC3\xA9", "\"a\" \xC3\xA9",                // non-ASCII outside a string
       }) {
    EXPECT_FALSE(parse_json(text)) << text;
  }
}

TEST(JsonReader, NumberGrammar) {
  for (std::string_view text : {"0", "-0", "1", "-1", "10", "1.5", "-0.5", "0.0", "1e5", "1E5",
                                "1e+5", "1e-5", "1.5e3", "0e0", "123456789"}) {
    EXPECT_TRUE(parse_json(text)) << text;
  }
  for (std::string_view text :
       {"01",       "-01",       "00",   "+1",   ".5",  "5.",   "-",    "-.5",
        "1e",       "1e+",       "1.e5", "1.5e", "--1", "1-",   "0x10", "NaN",
        "Infinity", "-Infinity", "1,5",  "1 .5", "- 1", "1e5.5"}) {
    EXPECT_FALSE(parse_json(text)) << text;
  }
}

TEST(JsonReader, IntegerLiteralsAreKeptExactly) {
  const auto integer = [](std::string_view text) { return parse_json(text)->as_integer(); };
  EXPECT_EQ(integer("18446744073709551615")->magnitude, 18446744073709551615u);
  EXPECT_FALSE(integer("18446744073709551615")->negative);
  EXPECT_EQ(integer("-9223372036854775808")->magnitude, 9223372036854775808u);
  EXPECT_TRUE(integer("-9223372036854775808")->negative);
  EXPECT_EQ(integer("9007199254740993")->magnitude, 9007199254740993u);  // not a double
  // Out of range, or written with a fraction or an exponent: a double only.
  for (std::string_view text : {"18446744073709551616", "-9223372036854775809", "5.0", "1e2"}) {
    EXPECT_FALSE(integer(text).has_value()) << text;
    EXPECT_TRUE(parse_json(text)->is_number()) << text;
  }
  EXPECT_EQ(parse_json("18446744073709551616")->as_double(), 18446744073709551616.0);
  EXPECT_EQ(parse_json("1e2")->as_double(), 100.0);
  // "-0" is the integer 0: a positive zero as a double, as nlohmann reads it; -0.0 stays -0.0.
  EXPECT_TRUE(integer("-0")->negative);
  EXPECT_EQ(integer("-0")->magnitude, 0u);
  EXPECT_FALSE(std::signbit(parse_json("-0")->as_double()));
  EXPECT_TRUE(std::signbit(parse_json("-0.0")->as_double()));
  EXPECT_FALSE(parse_json("\"5\"")->as_integer().has_value());
}

TEST(JsonReader, NumbersTooLargeForADoubleAreRefused) {
  EXPECT_TRUE(std::isfinite(parse_json("1.7976931348623157e308")->as_double()));
  EXPECT_TRUE(std::isfinite(parse_json("-1.7976931348623158e308")->as_double()));
  for (std::string_view text :
       {"1.7976931348623159e308", "1e309", "-1e400", "1e99999999999999999999"}) {
    EXPECT_FALSE(parse_json(text)) << text;
  }
  EXPECT_EQ(parse_json("1e-400")->as_double(), 0.0);  // too small is zero, as for strtod
}

TEST(JsonReader, DepthIsLimited) {
  EXPECT_TRUE(parse_json(nested(kMaxJsonDepth)));
  EXPECT_FALSE(parse_json(nested(kMaxJsonDepth + 1)));
  EXPECT_FALSE(parse_json(nested(100000)));  // refused, not a stack overflow
  std::string objects;
  for (int i = 0; i < kMaxJsonDepth; ++i) objects += "{\"a\":";
  objects += "1" + std::string(kMaxJsonDepth, '}');
  EXPECT_TRUE(parse_json(objects));
  EXPECT_FALSE(parse_json("[" + objects + "]"));
}

}  // namespace
}  // namespace zfak
