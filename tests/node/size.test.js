// The page weight of the browser entry (the bundle the exports map gives browsers and the .wasm
// it loads, gzip -9 per file) is held to a budget: sizes are deterministic, so any growth is a decision.
// Issue 11 budgets 44,000 bytes for a core that parses with nlohmann/json (aiming at 40,000):
// nlohmann (+7.0 KB) is won back by the platform's IDNA, leaner bindings and a newer wasm-opt
// (43,941). Held at 46,000 for now: issue 10 moved the words from the wasm (-2.2 KB) to one
// table in JS (+3.5 KB, with the messages maps, redaction and the code table), and issue 12's
// loader takes the .wasm from anywhere (+0.6 KB).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureBrowserEntry } from '../../bench/size.js';

const BUDGET_GZIP_BYTES = 46_000;

test(`the browser entry is at most ${BUDGET_GZIP_BYTES} bytes gzip`, () => {
  const size = measureBrowserEntry();
  const files = size.files.map((f) => `${f.file} ${f.gzip}`).join(', ');
  assert.ok(size.files.some((f) => f.file.endsWith('.wasm')), `the .wasm is counted: ${files}`);
  assert.ok(size.gzip <= BUDGET_GZIP_BYTES, `${size.gzip} bytes gzip > ${BUDGET_GZIP_BYTES}: ${files}`);
});
