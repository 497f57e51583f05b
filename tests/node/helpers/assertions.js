// Assertions shared by the suites.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { ZulipError } from 'zulip-fetch-api-key';

/**
 * Awaits `promise`, expects it to reject with a ZulipError of `ErrorClass` whose fields match
 * `expected`, and returns the error.
 * @template {typeof ZulipError} C
 * @param {Promise<unknown>} promise
 * @param {C} ErrorClass
 * @param {Record<string, unknown>} expected
 * @returns {Promise<InstanceType<C>>}
 */
export async function rejectsWith(promise, ErrorClass, expected) {
  /** @type {unknown} */
  let caught;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ErrorClass, `expected a ${ErrorClass.name}, got ${inspect(caught)}`);
  assert.ok(caught instanceof ZulipError);
  assert.ok(caught instanceof Error);
  for (const [key, value] of Object.entries(expected)) {
    assert.deepEqual(/** @type {any} */ (caught)[key], value, `${key} of ${inspect(caught)}`);
  }
  assert.equal(typeof caught.message, 'string');
  assert.ok(caught.message.length > 10, 'a message a person can read');
  return /** @type {InstanceType<C>} */ (caught);
}

/**
 * Every way an error can be shown or logged, in one string: none of it may hold the password.
 * @param {unknown} error
 */
export function everyRendering(error) {
  const e = /** @type {any} */ (error);
  return [
    String(e), e.message, e.stack, inspect(e, { depth: 10, showHidden: true }),
    JSON.stringify(e), JSON.stringify(e, Object.getOwnPropertyNames(e)),
    e.cause === undefined ? '' : inspect(e.cause, { depth: 10, showHidden: true }),
  ].join('\n');
}
