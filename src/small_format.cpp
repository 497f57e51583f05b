#include "small_format.hpp"

#include <cstdint>

namespace zfak {

int small_vsnprintf(char* buffer, std::size_t size, const char* format, va_list arguments) {
  std::size_t length = 0;
  const auto put = [&](char c) {
    if (length + 1 < size) buffer[length] = c;
    ++length;
  };
  for (const char* f = format; *f != '\0'; ++f) {
    if (*f != '%') {
      put(*f);
      continue;
    }
    const char* start = f++;
    int precision = -1;
    if (*f == '.') {
      precision = 0;
      while (*++f >= '0' && *f <= '9') precision = precision * 10 + (*f - '0');
    }
    unsigned long long value = 0;
    unsigned base = 10;
    bool upper = false;
    bool negative = false;
    switch (*f) {
      case '%': put('%'); continue;
      case 'c': put(static_cast<char>(va_arg(arguments, int))); continue;
      case 's':
        for (const char* text = va_arg(arguments, const char*); *text != '\0'; ++text) put(*text);
        continue;
      case 'd': {
        const int number = va_arg(arguments, int);
        negative = number < 0;
        value = negative ? 0ull - static_cast<unsigned long long>(number)
                         : static_cast<unsigned long long>(number);
        break;
      }
      case 'u': value = va_arg(arguments, unsigned); break;
      case 'X': upper = true; [[fallthrough]];
      case 'x': value = va_arg(arguments, unsigned); base = 16; break;
      case 'p':
        value = reinterpret_cast<std::uintptr_t>(va_arg(arguments, void*));
        base = 16;
        put('0');
        put('x');
        break;
      default:  // not a format of this module's: written out
        for (const char* c = start; c <= f && *c != '\0'; ++c) put(*c);
        if (*f == '\0') --f;
        continue;
    }
    char digits[24];
    int count = 0;
    do {
      const unsigned digit = static_cast<unsigned>(value % base);
      digits[count++] = static_cast<char>(digit < 10 ? '0' + digit : (upper ? 'A' : 'a') + digit - 10);
      value /= base;
    } while (value != 0);
    if (negative) put('-');
    for (int pad = precision - count; pad > 0; --pad) put('0');
    while (count > 0) put(digits[--count]);
  }
  if (size > 0) buffer[length < size ? length : size - 1] = '\0';
  return static_cast<int>(length);
}

}  // namespace zfak
