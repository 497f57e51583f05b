// A spinner on a terminal while a request is under way; nothing at all when not on a terminal.

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * @param {NodeJS.WriteStream} stream  usually process.stderr
 * @param {string} text
 * @returns {() => void} stops the spinner and clears its line
 */
export function showProgress(stream, text) {
  if (!stream.isTTY) return () => {};
  let frame = 0;
  const draw = () => stream.write(`\r${FRAMES[frame++ % FRAMES.length]} ${text}`);
  draw();
  const timer = setInterval(draw, 80);
  return () => {
    clearInterval(timer);
    stream.write('\r\u001b[2K');
  };
}
