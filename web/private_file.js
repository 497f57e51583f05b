// Files that hold an API key: created readable by their owner only, atomically, never
// clobbering an existing file unless told to.
import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `path` atomically, readable by its owner only (mode 0600): a temporary file
 * next to it is written and synced, then linked into place (which fails if `path` exists), or
 * renamed over it when `force` is set. A reader never sees a half-written file.
 * @param {string} path
 * @param {string} text
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<void>} rejects with an Error whose code is 'EEXIST' when the file exists
 */
export async function writePrivateFile(path, text, { force = false } = {}) {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx', 0o600);
  try {
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    if (force) {
      await rename(temporary, path);
    } else {
      await link(temporary, path);
    }
  } finally {
    await unlink(temporary).catch(() => {}); // gone already after a rename
  }
}
