// Files that hold an API key: created readable by their owner only, atomically, never
// clobbering an existing file unless told to, and only ever a regular file: a device, a pipe, a
// folder or what a symbolic link points to is never written or replaced.
import { constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { access, link, lstat, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';

/**
 * Why a key cannot be written to a path, as the error's `code`:
 * EEXIST (a file is there, and no `force`), ENOTREG (something that is not a regular file, or a
 * symbolic link to one), EDANGLING (a symbolic link to nothing), ENOTDIR and ENOENT (the folder
 * is not there), EACCES (the folder cannot be written), EISDIR (the name ends with a slash, so
 * it names a folder), ENAMETOOLONG (a name, or the whole path, too long for the file system).
 */
export class DestinationError extends Error {
  /**
   * @param {'EEXIST' | 'ENOTREG' | 'EDANGLING' | 'ENOTDIR' | 'ENOENT' | 'EACCES' | 'EISDIR' | 'ENAMETOOLONG'} code
   * @param {string} what  the kind of thing found, for ENOTREG ('folder', 'device', ...)
   */
  constructor(code, what = '') {
    super(code);
    this.code = code;
    this.what = what;
  }
}

/** @param {import('node:fs').Stats} s */
function kind(s) {
  if (s.isDirectory()) return 'folder';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isFIFO()) return 'pipe';
  return 'socket'; // the only other kind that is neither a regular file nor a link
}

/** lstat, or null when nothing is there. @param {string} path */
async function entry(path) {
  try {
    return await lstat(path);
  } catch (error) {
    const { code } = /** @type {any} */ (error);
    if (code === 'ENOENT') return null;
    // ENOTDIR: a file where the path needs a folder (the file's own folder included).
    if (code === 'ENAMETOOLONG' || code === 'ENOTDIR') throw new DestinationError(code);
    throw error;
  }
}

/**
 * Checks, without writing anything, that `path` can take a key: nothing there yet in a folder
 * that can be written, or (with `force`) a regular file or a symbolic link to one, whose own
 * entry is then replaced. Rejects with a DestinationError.
 * @param {string} path
 * @param {{ force?: boolean }} [options]
 */
export async function checkDestination(path, { force = false } = {}) {
  // "dir/new/" names a folder: a file could never be linked there.
  if (path.endsWith(sep)) throw new DestinationError('EISDIR');
  const found = await entry(path);
  if (found?.isSymbolicLink()) {
    const target = await stat(path).catch(() => null);
    if (target === null) throw new DestinationError('EDANGLING');
    if (!target.isFile()) throw new DestinationError('ENOTREG', kind(target));
  } else if (found && !found.isFile()) {
    throw new DestinationError('ENOTREG', kind(found));
  }
  if (found && !force) throw new DestinationError('EEXIST');
  const folder = await stat(dirname(path)).catch(() => null);
  // A folder that is a file was ENOTDIR above already.
  if (folder === null) throw new DestinationError('ENOENT');
  await access(dirname(path), constants.W_OK | constants.X_OK).catch(() => {
    throw new DestinationError('EACCES');
  });
}

/**
 * Writes `text` to `path` atomically, readable by its owner only (mode 0600): a temporary file
 * next to it is written and synced, then linked into place (which fails if `path` exists), or
 * renamed over it when `force` is set, once checkDestination allows it. A reader never sees a
 * half-written file.
 * @param {string} path
 * @param {string} text
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<void>} rejects with a DestinationError, or the file system's error
 */
export async function writePrivateFile(path, text, { force = false } = {}) {
  await checkDestination(path, { force });
  // Named apart from the file's own name, so that any name that fits fits its temporary file too.
  const temporary = join(dirname(path), `.zulip-api-key.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx', 0o600);
  try {
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    // Stryker disable next-line ConditionalExpression: without force, the late check below refuses a file that appeared as link() does; only one that appears between that check and rename() would tell them apart
    if (force) {
      await checkDestination(path, { force }); // again, as late as can be: it may have changed
      await rename(temporary, path);
    } else {
      await link(temporary, path).catch((error) => {
        throw error.code === 'EEXIST' ? new DestinationError('EEXIST') : error;
      });
    }
  } finally {
    await unlink(temporary).catch(() => {}); // gone already after a rename
  }
}
