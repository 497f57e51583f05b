// One AbortSignal for a whole operation: it fires when the caller's signal does or the time is
// up, and remembers which.
//
// setTimeout, not AbortSignal.timeout: Node does not keep a process alive for the latter, so a
// hung fetch would exit silently instead of failing with TIMEOUT. This runs on every call, so
// `fired` is made on first use and the object has no getter (bench/notes.md).

import { invalidArgument } from '../errors/make_error.js';

/** @typedef {'ABORTED' | 'TIMEOUT'} Reason */

/**
 * @param {AbortSignal | undefined} callerSignal
 * @param {number} timeoutMs
 */
export function startDeadline(callerSignal, timeoutMs) {
  const controller = new AbortController();
  /** @type {Reason | null} */
  let why = null;
  /** @type {Promise<Reason> | undefined} */
  let fired;
  /** @type {(reason: Reason) => void} */
  let settle = () => {};
  const fire = (/** @type {Reason} */ reason) => {
    if (why !== null) return;
    why = reason;
    settle(reason);
    controller.abort();
  };
  const onCallerAbort = () => fire('ABORTED');
  const timer = setTimeout(() => fire('TIMEOUT'), timeoutMs);
  try {
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  } catch {
    // A signal whose addEventListener was replaced by one that throws cannot be listened to.
    clearTimeout(timer);
    throw invalidArgument('signal');
  }
  if (callerSignal?.aborted) fire('ABORTED');
  return {
    signal: controller.signal,
    /** Why the signal fired, or null while it has not. */
    reason: () => why,
    /** What the operation fails with once the signal fired, as an ErrorInfo. */
    failure: () => (why === 'TIMEOUT' ? { code: 'TIMEOUT', words: { timeoutMs } } : { code: 'ABORTED' }),
    /** Resolves with the reason once the deadline fires: what a hung fetch is raced against. */
    fired: () => (fired ??= why !== null ? Promise.resolve(why) : new Promise((resolve) => { settle = resolve; })),
    /** Releases the timer and the listener: nothing is left running once an operation ends. */
    dispose() {
      clearTimeout(timer);
      try {
        // Stryker disable next-line OptionalChaining: with no caller signal, the TypeError is caught below and there was no listener
        callerSignal?.removeEventListener('abort', onCallerAbort);
      } catch {} // a replaced removeEventListener that throws: the listener fires once at most anyway
    },
  };
}

/** @typedef {ReturnType<typeof startDeadline>} Deadline */
