// The fetch transport: performs a request the core built and hands back what came, as a value.
// It never rejects; the core decides what every outcome means.

/** @typedef {import('./deadline.js').Deadline} Deadline */
/** @typedef {{ method: string, url: string, headers: [string, string][], body: Uint8Array }} CoreRequest */
/**
 * @typedef {{ status: number, body: Uint8Array, retryAfter: string }
 *   | { failure: string, detail: string, cause?: unknown }} TransportOutcome
 */

/**
 * A transport bound to one operation's fetch implementation and deadline.
 * @param {typeof fetch} fetchImpl
 * @param {Deadline} deadline
 * @param {number} maxBytes  the body cap, counted on the decompressed bytes while reading
 * @returns {(request: CoreRequest) => Promise<TransportOutcome>}
 */
export function fetchTransport(fetchImpl, deadline, maxBytes) {
  return async (request) => {
    const stopped = () => deadline.reason && { failure: deadline.reason, detail: String(deadline.timeoutMs) };
    try {
      if (deadline.signal.aborted) return stopped();
      const pending = fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.method === 'GET' ? undefined : request.body,
        // Never follow: a redirect would re-send the password, or turn the POST into a GET.
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        signal: deadline.signal,
      });
      // fetch copied the body synchronously; this was the last copy of the encoded password.
      request.body.fill(0);
      const response = await pending;
      // Browsers hide a manual redirect's status: an opaque redirect has status 0.
      const status = response.type === 'opaqueredirect' ? 0 : response.status;
      const body = await readCapped(response, maxBytes);
      if (body === null) return { failure: 'RESPONSE_TOO_LARGE', detail: String(maxBytes) };
      return { status, body, retryAfter: response.headers.get('retry-after') ?? '' };
    } catch (error) {
      return stopped() || { failure: 'NETWORK_ERROR', detail: describe(error), cause: error };
    } finally {
      request.body.fill(0);
    }
  };
}

/**
 * The whole body, or null as soon as it passes maxBytes (the rest is never read).
 * @param {Response} response
 * @param {number} maxBytes
 */
async function readCapped(response, maxBytes) {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The platform's reason for a failed fetch, in a few words (Node puts it in `cause`).
 * @param {unknown} error
 */
export function describe(error) {
  const cause = /** @type {any} */ (error)?.cause;
  const parts = [/** @type {any} */ (error)?.message, cause?.code ?? cause?.message];
  return parts.filter((part) => typeof part === 'string' && part !== '').join(': ') || 'fetch failed';
}
