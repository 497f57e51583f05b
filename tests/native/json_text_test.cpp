#include "json_text.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace zfak {
namespace {

using nlohmann::json;

std::string nested(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(JsonText, ReadsEachKindOfValue) {
  const std::optional<json> value = parse_json(
      R"({"s":"t","n":null,"t":true,"f":false,"i":-12,"d":2.5,"a":[1,"x",[]],"o":{"k":{}}})");
  ASSERT_TRUE(value && value->is_object());
  EXPECT_EQ(value->at("s"), "t");
  EXPECT_TRUE(value->at("n").is_null());
  EXPECT_EQ(value->at("t"), true);
  EXPECT_EQ(value->at("f"), false);
  EXPECT_EQ(value->at("i"), -12);
  EXPECT_EQ(value->at("d"), 2.5);
  EXPECT_EQ(value->at("a"), json::parse(R"([1,"x",[]])"));
  EXPECT_TRUE(value->at("o").at("k").is_object());
  for (std::string_view scalar : {"null", "true", "0", "\"x\"", "[]", "{}"}) {
    EXPECT_TRUE(parse_json(scalar)) << scalar;
  }
}

TEST(JsonText, NumbersKeepTheirKind) {
  EXPECT_TRUE(parse_json("7")->is_number_unsigned());
  EXPECT_TRUE(parse_json("-7")->is_number_integer());
  EXPECT_FALSE(parse_json("-7")->is_number_unsigned());
  EXPECT_TRUE(parse_json("7.0")->is_number_float());
  EXPECT_TRUE(parse_json("7e0")->is_number_float());
}

TEST(JsonText, GivesWhatNlohmannsOwnParserGives) {
  for (std::string_view text : {
           R"({"a":[1,{"b":[[],{}]},[2,[3]]],"c":{"d":{"e":"f"}},"":""})",
           R"([{"a":1},{"a":2},[{"b":[null,true,false]}]])",
           R"({"z":1,"y":[],"x":{},"w":[{}],"v":{"u":[]}})",
           R"(["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "cafÃ©"])",
           R"([1.5e-3,-0.0,0,-0,1E+2,18446744073709551615,-9223372036854775808])",
           " \t\r\n [ 1 , { \"a\" : 2 } ] \n",
       }) {
    const std::optional<json> value = parse_json(text);
    ASSERT_TRUE(value) << text;
    EXPECT_EQ(*value, json::parse(text)) << text;
  }
}

TEST(JsonText, TheLastDuplicateKeyWins) {
  const std::optional<json> value = parse_json(R"({"b":1,"a":2,"b":3,"c":4,"a":5,"b":6})");
  ASSERT_TRUE(value);
  EXPECT_EQ(*value, json::parse(R"({"a":5,"b":6,"c":4})"));
}

TEST(JsonText, OneValueAndNothingElse) {
  for (std::string_view text :
       {"{} {}", "1 2",        "[]]",     "{}x",       "truex",     "nul",     "[1,]",
        "[,1]",  "{\"a\":1,}", "{\"a\"}", "{\"a\" 1}", "{a:1}",     "{'a':1}", "[1 2]",
        "[",     "{",          "{\"a\":", "// c\n1",   "1 /* c */", "True",    "NULL",
        "",      " ",          "\f1",     "1\v",       "\xC2\xA0" "1"}) {
    EXPECT_FALSE(parse_json(text)) << text;
  }
}

TEST(JsonText, ARawNulIsRefusedAnywhere) {
  using namespace std::string_view_literals;
  for (std::string_view text : {R"({"result":"success"})"
                                "\0garbage"sv,
                                "{}\0"sv, "\0{}"sv, "{\"a\":\"x\0\"}"sv, "[1,\0 2]"sv, "\0"sv}) {
    EXPECT_FALSE(parse_json(text));
  }
  const std::optional<json> escaped = parse_json(R"("a\u0000b")");
  ASSERT_TRUE(escaped);
  EXPECT_EQ(escaped->get<std::string>(), std::string("a\0b", 3));
}

TEST(JsonText, ALeadingByteOrderMarkIsSkipped) {
  EXPECT_TRUE(parse_json("\xEF\xBB\xBF{}"));
  EXPECT_FALSE(parse_json(" \xEF\xBB\xBF{}"));  // only at the very start
  EXPECT_FALSE(parse_json("\xEF\xBB\xBF"));     // and something must follow
  EXPECT_FALSE(parse_json("{}\xEF\xBB\xBF"));
}

TEST(JsonText, InvalidUtf8IsRefused) {
  EXPECT_EQ(parse_json("\"caf\xC3\xA9 \xF0\x9F\x98\x80\"")->get<std::string>(),
            "caf\xC3\xA9 \xF0\x9F\x98\x80");
  for (std::string_view text : {
           "\"\xC0\xAF\"",                   // overlong '/'
           "\"\xE0\x80\xAF\"",               // overlong, 3 bytes
           "\"\xED\xA0\x80\"",               // a surrogate encoded in UTF-8
           "\"\xF4\x90\x80\x80\"",           // above U+10FFFF
           "\"\xFF\"", "\"\x80\"",           // not a lead byte
           "\"\xE2\x82\"",                   // cut short by the quote
           "\"\x01\"", "\"\n\"",             // raw control characters
           "\xC3\xA9", "\"a\" \xC3\xA9",     // non-ASCII outside a string
           R"("\ud800")", R"("\udc00x")",    // a lone surrogate escaped
       }) {
    EXPECT_FALSE(parse_json(text)) << text;
  }
}

TEST(JsonText, Numbers) {
  EXPECT_EQ(parse_json("18446744073709551615")->get<std::uint64_t>(), 18446744073709551615u);
  EXPECT_EQ(parse_json("-9223372036854775808")->get<std::int64_t>(), INT64_MIN);
  EXPECT_TRUE(parse_json("5.0")->is_number_float());
  EXPECT_EQ(parse_json("1e2")->get<double>(), 100.0);
  EXPECT_EQ(parse_json("0.1")->get<double>(), 0.1);
  EXPECT_TRUE(std::isfinite(parse_json("1.7976931348623157e308")->get<double>()));
  for (std::string_view text : {"01", "+1", ".5", "5.", "1e", "0x10", "NaN", "Infinity",
                                "1.7976931348623159e308", "1e309", "-1e400"}) {
    EXPECT_FALSE(parse_json(text)) << text;
  }
  EXPECT_EQ(parse_json("1e-400")->get<double>(), 0.0);  // too small is zero, as for strtod
}

TEST(JsonText, DepthIsLimited) {
  EXPECT_TRUE(parse_json(nested(kMaxJsonDepth)));
  EXPECT_FALSE(parse_json(nested(kMaxJsonDepth + 1)));
  EXPECT_FALSE(parse_json(nested(100000)));
  std::string objects;
  for (int i = 0; i < kMaxJsonDepth; ++i) objects += "{\"a\":";
  objects += "1" + std::string(kMaxJsonDepth, '}');
  EXPECT_TRUE(parse_json(objects));
  EXPECT_FALSE(parse_json("[" + objects + "]"));
  // Depth is nesting, not a count of arrays seen: siblings do not add up.
  std::string siblings = "[";
  for (int i = 0; i < 2 * kMaxJsonDepth; ++i) siblings += nested(2) + ",";
  siblings += "1]";
  EXPECT_TRUE(parse_json(siblings));
  // Closing at the limit frees a level for the next sibling.
  EXPECT_TRUE(parse_json("[" + nested(kMaxJsonDepth - 1) + "," + nested(kMaxJsonDepth - 1) + "]"));
  EXPECT_FALSE(parse_json("[" + nested(kMaxJsonDepth - 1) + "," + nested(kMaxJsonDepth) + "]"));
  // The level past the limit refused as an object member, after values were read.
  EXPECT_FALSE(parse_json("{\"a\":1,\"b\":" + nested(kMaxJsonDepth) + "}"));
  std::string members;
  for (int i = 0; i < kMaxJsonDepth; ++i) members += "{\"a\":1,\"b\":";
  EXPECT_TRUE(parse_json(members + "2" + std::string(kMaxJsonDepth, '}')));
  EXPECT_FALSE(parse_json(members + "{}" + std::string(kMaxJsonDepth, '}')));
}

}  // namespace
}  // namespace zfak
