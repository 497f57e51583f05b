// Characters that must not reach a terminal, a file or a page from a server: they move the
// cursor, recolor, retitle, break lines, or reorder the text around them.
#pragma once

#include <string_view>

namespace zfak {

// Whether UTF-8 `text` holds a C0 control, DEL, a C1 control (U+0080-U+009F), a bidi mark,
// embedding, override or isolate (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), or a
// line or paragraph separator (U+2028, U+2029). Other bytes are not judged here.
bool has_control_characters(std::string_view text);

}  // namespace zfak
