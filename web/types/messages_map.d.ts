// Types of zulip-fetch-api-key/messages/<language>: a shipped language's words.
import type { Messages } from './index.js';

declare const messages: Messages;
export default messages;
