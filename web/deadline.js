// One AbortSignal for a whole operation: fires when the caller's signal fires or when the time
// is up, and remembers which of the two it was.
//
// The timer is a plain setTimeout, not AbortSignal.timeout: Node does not keep a process alive
// for the latter, so a script whose fetch hangs would exit silently instead of getting TIMEOUT.
// This runs on every call before the request is sent, so it does little: `fired` is made on
// first use (the first wait, once fetch has the request), and the object has no getter (a
// literal with one measured ~2 µs slower per call: bench/notes.md).

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
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  if (callerSignal?.aborted) fire('ABORTED');
  return {
    signal: controller.signal,
    timeoutMs,
    /** Why the signal fired, or null while it has not. */
    reason: () => why,
    /** Resolves with the reason once the deadline fires: what a hung fetch is raced against. */
    fired: () => (fired ??= why !== null ? Promise.resolve(why) : new Promise((resolve) => { settle = resolve; })),
    /** Releases the timer and the listener: nothing is left running once an operation ends. */
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** @typedef {ReturnType<typeof startDeadline>} Deadline */
