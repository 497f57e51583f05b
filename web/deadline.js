// One AbortSignal for a whole operation: fires when the caller's signal fires or when the time
// is up, and remembers which of the two it was.
//
// The timer is a plain setTimeout, not AbortSignal.timeout: Node does not keep a process alive
// for the latter, so a script whose fetch hangs would exit silently instead of getting TIMEOUT.

/**
 * @param {AbortSignal | undefined} callerSignal
 * @param {number} timeoutMs
 */
export function startDeadline(callerSignal, timeoutMs) {
  const controller = new AbortController();
  /** @type {'ABORTED' | 'TIMEOUT' | null} */
  let reason = null;
  /** @type {(why: 'ABORTED' | 'TIMEOUT') => void} */
  let settle = () => {};
  /** Resolves with the reason once the deadline fires: what a hung fetch is raced against. */
  const fired = /** @type {Promise<'ABORTED' | 'TIMEOUT'>} */ (new Promise((resolve) => { settle = resolve; }));
  const fire = (/** @type {'ABORTED' | 'TIMEOUT'} */ why) => {
    if (reason !== null) return;
    reason = why;
    settle(why);
    controller.abort();
  };
  const onCallerAbort = () => fire('ABORTED');
  const timer = setTimeout(() => fire('TIMEOUT'), timeoutMs);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  if (callerSignal?.aborted) fire('ABORTED');
  return {
    signal: controller.signal,
    timeoutMs,
    fired,
    /** Why the signal fired, or null while it has not. */
    get reason() { return reason; },
    /** Releases the timer and the listener: nothing is left running once an operation ends. */
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** @typedef {ReturnType<typeof startDeadline>} Deadline */
