// form_encode over any fields. The input is split at NUL bytes into name, value, name, ...
// Invariants: decoding gives the fields back; the length is form_encoded_length's; only the
// characters of the format appear; wipe() leaves zeros in the whole buffer.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "form_encoding.hpp"
#include "invariant.hpp"

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;  // the encoder writes uppercase only
}

bool is_form_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' ||
         c == '-' || c == '.' || c == '_' || c == '+' || c == '%' || c == '&' || c == '=';
}

// application/x-www-form-urlencoded parsing of one name or value; aborts on a malformed escape.
std::string decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%') {
      ZFAK_INVARIANT(i + 2 < text.size());
      const int high = hex_value(text[i + 1]);
      const int low = hex_value(text[i + 2]);
      ZFAK_INVARIANT(high >= 0 && low >= 0);
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    const std::size_t at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string_view> pieces = split(input, '\0');
  std::vector<zfak::FormField> fields;
  std::size_t expected_length = 0;
  for (std::size_t i = 0; i < pieces.size(); i += 2) {
    const std::string_view value = i + 1 < pieces.size() ? pieces[i + 1] : std::string_view();
    fields.emplace_back(pieces[i], value);
    expected_length += (i == 0 ? 0 : 1) + zfak::form_encoded_length(pieces[i]) + 1 +
                       zfak::form_encoded_length(value);
  }

  std::string encoded = zfak::form_encode(fields);
  ZFAK_INVARIANT(encoded.size() == expected_length);
  for (char c : encoded) ZFAK_INVARIANT(is_form_char(c));
  const std::vector<std::string_view> pairs = split(encoded, '&');
  ZFAK_INVARIANT(pairs.size() == fields.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const std::vector<std::string_view> name_value = split(pairs[i], '=');
    ZFAK_INVARIANT(name_value.size() == 2);
    ZFAK_INVARIANT(decode(name_value[0]) == fields[i].first);
    ZFAK_INVARIANT(decode(name_value[1]) == fields[i].second);
  }

  const char* buffer = encoded.data();
  const std::size_t capacity = encoded.capacity();
  zfak::wipe(encoded);
  ZFAK_INVARIANT(encoded.empty());
  for (std::size_t i = 0; i <= capacity; ++i) ZFAK_INVARIANT(buffer[i] == '\0');
  return 0;
}
