// Characters that must not reach a terminal, a file or a page from a server: they move the
// cursor, recolor, retitle, break lines, or reorder the text around them.
#pragma once

#include <string_view>

namespace zfak {

// Whether UTF-8 `text` holds a C0 control, DEL, a C1 control, a bidi mark, embedding, override or
// isolate, or a line or paragraph separator: the ranges of web/words/display_text.js's CONTROLS, which the
// build turns into kControlCharacterRanges. Bytes that are not UTF-8 are not judged here.
bool has_control_characters(std::string_view text);

}  // namespace zfak
