// What a server sent, made safe to show: a module of its own, so that the CLI's bundle takes
// it without the words.

// C0 and C1 controls, DEL, and the invisible characters that reorder or break what is around
// them (bidi marks, embeddings, overrides and isolates; line and paragraph separators).
// The one list of them: the build makes the C++ core's table from this line
// (cmake/control_character_ranges.cmake), so it stays \uXXXX and \uXXXX-\uXXXX items only.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu;

/**
 * `text` with every control character replaced by U+FFFD: what a server sent, made safe to show
 * on a terminal or a page (nothing in it can move the cursor, color, retitle or reorder).
 * @param {string} text
 */
export function displayText(text) {
  return text.replace(CONTROLS, '\uFFFD');
}
