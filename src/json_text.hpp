// A server's answer as nlohmann/json values: the text must be exactly one JSON value (RFC 8259)
// and the rules below hold, which nlohmann's own parse does not all enforce.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace zfak {

// Arrays and objects nested deeper than this are refused. nlohmann has no limit (its parser and
// destructor are iterative); a Zulip answer nests less than 5 deep, so deeper is not an answer.
inline constexpr int kMaxJsonDepth = 128;

// The value `text` holds, or nothing when it is not exactly one JSON value:
//   - nlohmann's grammar: RFC 8259, strings of well-formed UTF-8 (no overlong form, no
//     surrogate, nothing above U+10FFFF), no comments, a leading UTF-8 byte order mark skipped;
//   - a raw NUL byte is refused anywhere (nlohmann takes it for the end of the text, so that
//     `{"result":"success"}\0garbage` would pass);
//   - nested at most kMaxJsonDepth deep;
//   - of duplicate keys the last one wins (nlohmann assigns each in turn);
//   - a number too large for a double is refused (nlohmann's "number overflow").
std::optional<nlohmann::json> parse_json(std::string_view text);

// The member `name` of `object`, or nullptr when it has none (or is not an object). Every reader
// looks members up through this one function: each json::find<const char (&)[N]> a literal
// would instantiate costs page weight (bench/notes.md).
const nlohmann::json* member(const nlohmann::json& object, const char* name);

// The member `name` when it is a string fit to show (no control character, see
// control_characters.hpp: it may reach a terminal, a file or a page), else nullptr.
const std::string* shown_string(const nlohmann::json& object, const char* name);

}  // namespace zfak
