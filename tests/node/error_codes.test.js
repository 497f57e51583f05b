// The table of codes (web/error_codes.js) is the one list: the .d.ts and the core's codes agree
// with it, every row names a class that exists, and every code has English words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as errors from 'zulip-fetch-api-key';
import { LOCAL_CODES, OTHER_SERVER_CODE, SERVER_CODES, rowFor } from '../../web/error_codes.js';
import { ENGLISH } from '../../web/messages.js';

const read = (/** @type {string} */ path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The string members of a union type alias in web/index.d.ts. @param {string} name */
function unionOf(name) {
  const match = read('web/index.d.ts').match(new RegExp(`export type ${name} =([^;]*);`));
  assert.ok(match, `type ${name} in index.d.ts`);
  return [...match[1].matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).sort();
}

test('the .d.ts lists exactly the codes of the table', () => {
  assert.deepEqual(unionOf('LocalErrorCode'), Object.keys(LOCAL_CODES).sort());
  assert.deepEqual(unionOf('ServerErrorCode'), Object.keys(SERVER_CODES).sort());
});

test("the core's own codes are the table's local codes", () => {
  const header = read('src/error.hpp');
  const own = header.slice(header.indexOf('namespace code {'), header.indexOf("// Zulip's own codes"));
  const core = [...own.matchAll(/= "([A-Z_]+)";/g)].map((m) => m[1]).sort();
  assert.deepEqual(core, Object.keys(LOCAL_CODES).sort());
  const zulip = header.slice(header.indexOf("// Zulip's own codes"), header.indexOf('}  // namespace code'));
  for (const [, code] of zulip.matchAll(/= "([A-Z_]+)";/g)) assert.ok(Object.hasOwn(SERVER_CODES, code), code);
});

test('every row names an error class the package exports, an exit status and a focus', () => {
  for (const row of [...Object.values(LOCAL_CODES), ...Object.values(SERVER_CODES), OTHER_SERVER_CODE]) {
    const ErrorClass = /** @type {any} */ (errors)[row.class];
    assert.equal(typeof ErrorClass, 'function', row.class);
    assert.ok(ErrorClass === errors.ZulipError || ErrorClass.prototype instanceof errors.ZulipError, row.class);
    assert.ok(Number.isInteger(row.exit) && row.exit >= 1 && row.exit <= 255);
    assert.ok(['realm', 'username', 'password', 'submit', 'argument', 'refusal'].includes(row.focus));
  }
  for (const row of Object.values(SERVER_CODES)) assert.equal(row.class, 'ZulipApiError');
});

test('every code has English words', () => {
  for (const code of [...Object.keys(LOCAL_CODES), ...Object.keys(SERVER_CODES), 'SERVER_REFUSED']) {
    assert.equal(typeof ENGLISH[code], 'string', code);
  }
});

test('rows are found by own keys and by origin only', () => {
  for (const code of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
    assert.deepEqual(rowFor({ code, origin: 'server' }), ['SERVER_REFUSED', OTHER_SERVER_CODE]);
    assert.equal(rowFor({ code })[0], 'INTERNAL_ERROR');
  }
  assert.equal(rowFor({ code: 'ABORTED', origin: 'server' })[1].class, 'ZulipApiError');
  assert.equal(rowFor({ code: 'ABORTED' })[1].class, 'AbortError');
});
