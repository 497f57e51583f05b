// The control characters are written once, as CONTROLS in web/words/display_text.js; the build turns them
// into the C++ core's table (cmake/control_character_ranges.cmake), and the native tests check the
// core against them over every code point. Here: displayText, which the CLI, the widget and
// zuliprc.js use, replaces exactly those, over every code point too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { displayText } from '../../web/words/display_text.js';

/** The ranges as the source writes them: `const CONTROLS = /[\uXXXX-\uXXXX...]/gu;`. */
function controlRanges() {
  const source = readFileSync(new URL('../../web/words/display_text.js', import.meta.url), 'utf8');
  const set = /\nconst CONTROLS = \/\[([^\]]*)\]\/gu;/.exec(source)?.[1];
  assert.ok(set, 'web/words/display_text.js declares const CONTROLS = /[...]/gu;');
  const item = /\\u([0-9a-fA-F]{4})(?:-\\u([0-9a-fA-F]{4}))?/gy;
  const items = [...set.matchAll(item)];
  assert.equal(items.map(([text]) => text).join(''), set, 'CONTROLS holds only \\uXXXX and \\uXXXX-\\uXXXX');
  return items.map(([, first, last]) => [parseInt(first, 16), parseInt(last ?? first, 16)]);
}

test('displayText replaces exactly the characters of CONTROLS, over every code point', () => {
  const ranges = controlRanges();
  assert.ok(ranges.length >= 5);
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
    const control = ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
    const text = `a${String.fromCodePoint(codePoint)}b`;
    if (displayText(text) !== (control ? 'a\uFFFDb' : text)) {
      assert.fail(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}: ${control ? 'kept' : 'replaced'}`);
    }
  }
});

test('displayText replaces every control in a text, not only the first', () => {
  assert.equal(displayText('\u001b[31m\u202eexe.txt\u0000\u2028'), '\uFFFD[31m\uFFFDexe.txt\uFFFD\uFFFD');
});
