// A printf for the few formats this module prints, to stand in for the C library's in the wasm
// (bindings/lean_libc.cpp): "<U+%.4X>" (nlohmann/json's parse errors) and "%p" (embind's names of
// unnamed types). Musl's printf core is large, and nothing else needs it (bench/notes.md).
#pragma once

#include <cstdarg>
#include <cstddef>

namespace zfak {

// vsnprintf for %d %u %x %X %p %c %s %%, with a precision (".4") for the integers; any other
// directive is written out as it stands. Writes at most `size` bytes, NUL included (nothing when
// size is 0), and returns the length the whole output has, as vsnprintf does.
int small_vsnprintf(char* buffer, std::size_t size, const char* format, va_list arguments);

}  // namespace zfak
