#include "url_path.hpp"

#include <vector>

namespace zfak {

namespace {

bool in_path_percent_encode_set(unsigned char c) {
  if (c < 0x20 || c >= 0x7F) return true;  // C0 controls, DEL, non-ASCII
  switch (c) {
    case ' ':
    case '"':
    case '#':
    case '<':
    case '>':
    case '?':
    case '`':
    case '{':
    case '}':
      return true;
    default:
      return false;
  }
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}

bool is_single_dot(std::string_view segment) {
  return segment == "." || equals_ignoring_case(segment, "%2e");
}

bool is_double_dot(std::string_view segment) {
  return segment == ".." || equals_ignoring_case(segment, ".%2e") ||
         equals_ignoring_case(segment, "%2e.") || equals_ignoring_case(segment, "%2e%2e");
}

void percent_encode_into(std::string& out, std::string_view segment) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char ch : segment) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (in_path_percent_encode_set(c)) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += ch;
    }
  }
}

}  // namespace

std::string normalize_url_path(std::string_view path) {
  std::vector<std::string_view> segments;
  if (!path.empty()) path.remove_prefix(1);  // the leading '/'
  bool more = true;                          // even "" has one (empty) segment
  while (more) {
    std::size_t end = 0;
    while (end < path.size() && path[end] != '/' && path[end] != '\\') ++end;
    const std::string_view segment = path.substr(0, end);
    more = end < path.size();
    path.remove_prefix(more ? end + 1 : end);
    // WHATWG: a dot segment at the end leaves an empty last segment (a trailing slash); the
    // trailing slashes are removed below anyway, so popping or skipping is all that matters.
    if (is_double_dot(segment)) {
      if (!segments.empty()) segments.pop_back();
    } else if (!is_single_dot(segment)) {
      segments.push_back(segment);
    }
  }
  while (!segments.empty() && segments.back().empty()) segments.pop_back();

  std::string out;
  for (std::string_view segment : segments) {
    out += '/';
    percent_encode_into(out, segment);
  }
  return out;
}

}  // namespace zfak
