#include "small_format.hpp"

#include <gtest/gtest.h>

#include <cstdarg>
#include <cstdio>
#include <string>

namespace zfak {
namespace {

// The output and return value of small_vsnprintf into a buffer of `size` bytes.
std::pair<std::string, int> small(std::size_t size, const char* format, ...) {
  std::string buffer(size + 1, '#');
  va_list arguments;
  va_start(arguments, format);
  const int length = small_vsnprintf(buffer.data(), size, format, arguments);
  va_end(arguments);
  EXPECT_EQ(buffer[size], '#') << "wrote past the buffer: " << format;
  return {size == 0 ? std::string() : std::string(buffer.c_str()), length};
}

// The same by the C library's vsnprintf, the reference.
std::pair<std::string, int> libc(std::size_t size, const char* format, ...) {
  std::string buffer(size + 1, '#');
  va_list arguments;
  va_start(arguments, format);
  const int length = std::vsnprintf(buffer.data(), size, format, arguments);
  va_end(arguments);
  return {size == 0 ? std::string() : std::string(buffer.c_str()), length};
}

TEST(SmallFormat, AsTheCLibraryForTheModulesFormats) {
  for (std::size_t size : {0u, 1u, 3u, 5u, 9u, 64u}) {
    for (unsigned c : {0u, 7u, 0x1Fu, 0x7Fu, 0xABu, 0xFFu}) {
      EXPECT_EQ(small(size, "<U+%.4X>", c), libc(size, "<U+%.4X>", c)) << size << " " << c;
    }
    EXPECT_EQ(small(size, "%d|%u|%x|%c|%s|%%", -42, 42u, 0xbeefu, 'z', "text"),
              libc(size, "%d|%u|%x|%c|%s|%%", -42, 42u, 0xbeefu, 'z', "text"))
        << size;
    EXPECT_EQ(small(size, "%.3d %d %u", 5, -2147483647 - 1, 4294967295u),
              libc(size, "%.3d %d %u", 5, -2147483647 - 1, 4294967295u))
        << size;
  }
  int object = 0;
  EXPECT_EQ(small(64, "%p", static_cast<void*>(&object)), libc(64, "%p", static_cast<void*>(&object)));
}

TEST(SmallFormat, OtherDirectivesAreWrittenOut) {
  EXPECT_EQ(small(64, "a%qb"), std::make_pair(std::string("a%qb"), 4));
  EXPECT_EQ(small(64, "end%"), std::make_pair(std::string("end%"), 4));
}

}  // namespace
}  // namespace zfak
