// Wasm-only definitions that keep parts of musl out of the module. nlohmann/json reads numbers
// with strtod, whose musl version brings the long-double scanner and compiler-rt's 128-bit soft
// float; and its parse errors are formatted with snprintf, which brings the printf core.
// Measured on the browser entry: strtod 7.4 KB gzip, snprintf 2.4 KB (the floating-point printf)
// + 2.1 KB (the integer one, with what it brought along).
#include <cerrno>
#include <cmath>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "decimal.hpp"
#include "small_format.hpp"

extern "C" {

// The only formats printed in the module: src/small_format.hpp stands in for musl's printf core
// (measured: -2.1 KB gzip on the browser entry).
int vsniprintf(char* buffer, std::size_t size, const char* format, va_list arguments) {
  return zfak::small_vsnprintf(buffer, size, format, arguments);
}

int snprintf(char* buffer, std::size_t size, const char* format, ...) {
  va_list arguments;
  va_start(arguments, format);
  const int written = vsniprintf(buffer, size, format, arguments);
  va_end(arguments);
  return written;
}

// embind's sprintf of "%p" (LLVM makes it the integer-only siprintf): here too, or musl's
// sprintf.o would bring its vsnprintf.o, and a second vsniprintf with it.
int siprintf(char* buffer, const char* format, ...) {
  va_list arguments;
  va_start(arguments, format);
  const int written = vsniprintf(buffer, SIZE_MAX, format, arguments);
  va_end(arguments);
  return written;
}

// Reads the longest prefix of the form -?[0-9]+(.[0-9]+)?([eE][+-]?[0-9]+)? (what a JSON number
// token is: nlohmann hands strtod nothing else) with zfak::decimal_to_double, whose precision
// decimal.hpp states. Anything else reads as 0 with *end = text, as strtod does for no number.
double strtod(const char* text, char** end) {
  const auto digits = [](const char* at) {
    while (*at >= '0' && *at <= '9') ++at;
    return at;
  };
  const char* at = text + (*text == '-');
  const char* after = digits(at);
  if (after == at) {
    if (end) *end = const_cast<char*>(text);
    return 0;
  }
  if (*after == '.' && digits(after + 1) != after + 1) after = digits(after + 1);
  if (*after == 'e' || *after == 'E') {
    const char* exponent = after + 1 + (after[1] == '+' || after[1] == '-');
    if (digits(exponent) != exponent) after = digits(exponent);
  }
  if (end) *end = const_cast<char*>(after);
  const double value =
      zfak::decimal_to_double(std::string_view(text, static_cast<std::size_t>(after - text)));
  if (std::isinf(value)) errno = ERANGE;
  return value;
}

// libc++'s string.o (std::stof, std::stold) refers to these: without them the link pulls musl's
// strtod.o in again, and fails on a duplicate strtod.
float strtof(const char* text, char** end) { return static_cast<float>(strtod(text, end)); }
long double strtold(const char* text, char** end) { return strtod(text, end); }

}  // extern "C"
