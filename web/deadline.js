// One AbortSignal for a whole operation: fires when the caller's signal fires or when the time
// is up, and remembers which of the two it was.

/**
 * @param {AbortSignal | undefined} callerSignal
 * @param {number} timeoutMs
 */
export function startDeadline(callerSignal, timeoutMs) {
  const controller = new AbortController();
  /** @type {'ABORTED' | 'TIMEOUT' | null} */
  let reason = null;
  const fire = (/** @type {'ABORTED' | 'TIMEOUT'} */ why) => {
    if (reason !== null) return;
    reason = why;
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
    get reason() { return reason; },
    /** Releases the timer and the listener: nothing is left running once an operation ends. */
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** @typedef {ReturnType<typeof startDeadline>} Deadline */
