// Reads a password from a terminal without showing it.

/** The signals that end a process at a prompt, whose terminal must get its echo back first. */
const ENDING_SIGNALS = /** @type {const} */ (['SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGTERM']);

/**
 * Asks `question` on `output` and reads a line from the TTY `input` in raw mode, echoing
 * nothing. Backspace and Ctrl-U edit; escape sequences (arrow keys, bracketed paste markers)
 * are skipped; Ctrl-C, or a SIGINT from another process, rejects with an Error whose code is
 * 'ABORTED'; Ctrl-D on an empty line rejects with code 'EOF'. SIGHUP, SIGQUIT and SIGTERM put
 * the terminal back as it was, then end the process as they would have.
 * @param {string} question
 * @param {{ input: NodeJS.ReadStream, output: NodeJS.WritableStream }} streams
 * @returns {Promise<string>}
 */
export function promptHidden(question, { input, output }) {
  return new Promise((resolve, reject) => {
    /** @type {string[]} */
    let typed = [];
    let inEscape = false;
    const finish = (/** @type {() => void} */ settle) => {
      input.off('data', onData);
      for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      settle();
    };
    const fail = (/** @type {string} */ code, /** @type {string} */ message) =>
      finish(() => reject(Object.assign(new Error(message), { code })));
    const onData = (/** @type {string} */ chunk) => {
      for (const ch of chunk) {
        if (inEscape) {
          // CSI sequences end with a byte in @..~ (after the '['); a lone ESC + char ends at once.
          if (ch !== '[' && ch >= '@' && ch <= '~') inEscape = false;
          continue;
        }
        if (ch === '\r' || ch === '\n') return finish(() => resolve(typed.join('')));
        if (ch === '\u0003') return fail('ABORTED', 'Cancelled.');
        if (ch === '\u0004') {
          if (typed.length === 0) return fail('EOF', 'No password was typed.');
          continue;
        }
        if (ch === '\u001b') inEscape = true;
        else if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else if (ch === '\u0015') typed = [];
        else if (ch >= ' ') typed.push(ch);
      }
    };
    // Without these, a signal would end the process with the terminal's echo still off. Once
    // this prompt's listeners are gone, the signal's own default action ends the process.
    const onSignal = (/** @type {NodeJS.Signals} */ signal) => {
      if (signal === 'SIGINT') return fail('ABORTED', 'Cancelled.');
      return finish(() => process.kill(process.pid, signal));
    };
    for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
    // Echo off before the prompt shows: what is typed once the prompt is there is never echoed.
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
    output.write(question);
  });
}
