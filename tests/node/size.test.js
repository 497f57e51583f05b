// The page weight of the browser entry (web/browser.js, what it imports, the glue and the .wasm,
// gzip -9 per file) is held to a budget: sizes are deterministic, so any growth is a decision.
// The goal is 40 KB; bench/README.md says what the rest costs and what would get it there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureBrowserEntry } from '../../bench/size.js';

const BUDGET_GZIP_BYTES = 69 * 1024;

test(`the browser entry is at most ${BUDGET_GZIP_BYTES / 1024} KB gzip`, () => {
  const size = measureBrowserEntry();
  const files = size.files.map((f) => `${f.file} ${f.gzip}`).join(', ');
  assert.ok(size.files.some((f) => f.file.endsWith('.wasm')), `the .wasm is counted: ${files}`);
  assert.ok(size.gzip <= BUDGET_GZIP_BYTES, `${size.gzip} bytes gzip > ${BUDGET_GZIP_BYTES}: ${files}`);
});
