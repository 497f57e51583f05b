// Types of the Node entry: everything in index.d.ts, plus what only Node can do.
export * from './index.js';

export interface ZuliprcValues {
  /** The email the server returned (not the username typed: they differ for LDAP users). */
  email: string;
  apiKey: string;
  /** The realm URL, e.g. the `realm` of a fetchApiKey/login result. */
  site: string;
}

/** The text of a zuliprc (`[api]` email, key, site); throws INVALID_ARGUMENT for unsafe values. */
export function formatZuliprc(values: ZuliprcValues): string;

/**
 * Writes a zuliprc: mode 0600, atomically, never over an existing file unless `force`
 * (rejects with the file system's EEXIST error then).
 */
export function writeZuliprc(path: string, values: ZuliprcValues, options?: { force?: boolean }): Promise<void>;

/**
 * Reads a zuliprc as python-zulip-api does (`[api]` email, key, site; ConfigParser's `%%`), from
 * `path` or ~/.zuliprc. Rejects with INVALID_ARGUMENT naming the file and the field at fault
 * (reasons zuliprc-file, zuliprc-field, zuliprc-value), never showing the key.
 */
export function readZuliprc(path?: string): Promise<{ realm: string, email: string, apiKey: string }>;
