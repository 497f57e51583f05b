// The table of codes (web/errors/codes.js) is the one list: the core's codes are generated from
// it, the .d.ts and the wasm core agree with it, every row names a class that exists, and every
// code has English words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as errors from 'zulip-fetch-api-key';
import { LOCAL_CODES, OTHER_SERVER_CODE, SERVER_CODES, rowFor } from '../../web/errors/codes.js';
import { ENGLISH } from '../../web/words/format.js';

const read = (/** @type {string} */ path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The string members of a union type alias in web/types/index.d.ts. @param {string} name */
function unionOf(name) {
  const match = read('web/types/index.d.ts').match(new RegExp(`export type ${name} =([^;]*);`));
  assert.ok(match, `type ${name} in index.d.ts`);
  return [...match[1].matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).sort();
}

test('the .d.ts lists exactly the codes of the table', () => {
  assert.deepEqual(unionOf('LocalErrorCode'), Object.keys(LOCAL_CODES).sort());
  assert.deepEqual(unionOf('ServerErrorCode'), Object.keys(SERVER_CODES).sort());
});

// The core's codes are generated from the table at build time (scripts/error_codes_header.js):
// the wasm built from them must take exactly the table's local codes for its own, code by code.
/** The error fetchApiKey rejects with when the server answers `code`. @param {string} code */
async function serverSays(code) {
  const body = JSON.stringify({ result: 'error', code, msg: 'm' });
  const fetch = async () => new Response(body, { status: 400, headers: { 'content-type': 'application/json' } });
  return errors.fetchApiKey({ realm: 'https://chat.example.com', username: 'a@b.c', password: '1234', fetch }) // no code quotes it
    .then(() => assert.fail('resolved'), (error) => error);
}

test("the core takes a server's code for one of its own nowhere: every local code of the table", async () => {
  for (const code of Object.keys(LOCAL_CODES)) {
    const error = await serverSays(code);
    assert.ok(error instanceof errors.ZulipApiError, code);
    assert.equal(error.code, 'BAD_REQUEST', code);
    assert.equal(error.serverCode, code);
  }
});

test("the core keeps every Zulip code of the table as the error's code", async () => {
  for (const code of Object.keys(SERVER_CODES)) {
    const error = await serverSays(code);
    assert.ok(error instanceof errors.ZulipApiError, code);
    assert.equal(error.code, code);
  }
});

test('the C++ header of the codes is generated from the table, not written by hand', () => {
  const header = read('src/error.hpp');
  assert.match(header, /#include "error_codes\.hpp"/);
  assert.doesNotMatch(header, /= "[A-Z_]+";/, 'a code written by hand in src/error.hpp');
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

test('every row says each of its cases in a sentence of its own', () => {
  for (const row of [...Object.values(LOCAL_CODES), ...Object.values(SERVER_CODES), OTHER_SERVER_CODE]) {
    const words = typeof row.en === 'string' ? [row.en] : Object.values(row.en);
    if (typeof row.en !== 'string') assert.ok(Object.hasOwn(row.en, ''), 'a default case');
    for (const sentence of words) assert.match(sentence, /^\S.*\.$/s);
    assert.equal(new Set(words).size, words.length, `two cases with the same words: ${words}`);
  }
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
