#include "form_encoding.hpp"

namespace zfak {

namespace {

// The application/x-www-form-urlencoded byte set that stays as is (WHATWG URL, URLSearchParams).
bool stays(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' ||
         c == '-' || c == '.' || c == '_';
}

// Writes the encoding of `bytes` at `out` (which has room for it) and returns the end.
char* encode_into(char* out, std::string_view bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char ch : bytes) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (stays(c)) {
      *out++ = ch;
    } else if (c == ' ') {
      *out++ = '+';
    } else {
      *out++ = '%';
      *out++ = kHex[c >> 4];
      *out++ = kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace

std::size_t form_encoded_length(std::string_view bytes) {
  std::size_t length = 0;
  for (char ch : bytes) {
    const unsigned char c = static_cast<unsigned char>(ch);
    length += (stays(c) || c == ' ') ? 1 : 3;
  }
  return length;
}

std::string form_encode(const std::vector<FormField>& fields) {
  std::size_t total = fields.empty() ? 0 : fields.size() - 1;  // the '&'s
  for (const auto& [name, value] : fields) {
    total += form_encoded_length(name) + 1 + form_encoded_length(value);
  }
  // Allocated once at the exact size (a constructor allocates exactly what it is asked for, a
  // reserve() may round up), then written in place: no growth, so no stray copy of a secret.
  std::string out(total, '\0');
  char* cursor = out.data();
  bool first = true;
  for (const auto& [name, value] : fields) {
    if (!first) *cursor++ = '&';
    first = false;
    cursor = encode_into(cursor, name);
    *cursor++ = '=';
    cursor = encode_into(cursor, value);
  }
  return out;
}

void wipe(std::string& s) {
  // Through a volatile pointer so that the stores are not removed as dead; capacity() + 1 covers
  // the terminator slot, and data() is the small-string buffer for short strings.
  volatile char* p = s.data();
  const std::size_t n = s.capacity() + 1;
  for (std::size_t i = 0; i < n; ++i) p[i] = '\0';
  s.clear();
}

}  // namespace zfak
