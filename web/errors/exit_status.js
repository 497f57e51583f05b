// Where a ZulipError from the Node entry says the CLI's exit status for it (its code's row):
// the CLI's bundle reads it from the package's own instance instead of carrying the code table.
export const EXIT_STATUS = Symbol.for('zulip-fetch-api-key.exit-status');
