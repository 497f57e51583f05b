// The fetch transport: performs a request the core built and hands back what came, as a value.
// It never rejects; the core decides what every outcome means.

/** @typedef {import('./deadline.js').Deadline} Deadline */
/**
 * Every field is always there (the core reads it whole): a response's status, body and
 * Retry-After header, or, when none came, `failure` (a code) with its `detail`.
 * @typedef {{ status: number, body: Uint8Array, retryAfter: string, failure: string, detail: string }} TransportOutcome
 */

const NO_BODY = new Uint8Array(0);

/** @param {string} failure @param {string} detail @returns {TransportOutcome} */
const failed = (failure, detail) => ({ status: 0, body: NO_BODY, retryAfter: '', failure, detail });

/**
 * A transport bound to one operation's fetch implementation and deadline. The core calls it with
 * the request it built: headers as one flat array [name, value, ...], the body as a view of the
 * wasm heap, copied here at once (the core wipes the heap's bytes as soon as this returns; the
 * copy is zeroed once fetch has copied it). When a fetch fails, the platform's error is kept as
 * `cause`, for the NETWORK_ERROR the core then reports.
 * @param {typeof fetch} fetchImpl
 * @param {Deadline} deadline
 * @param {number} maxBytes  the body cap, counted on the decompressed bytes while reading
 */
export function fetchTransport(fetchImpl, deadline, maxBytes) {
  /**
   * @param {string} method @param {string} url @param {string[]} headers @param {Uint8Array} heapBody
   * @returns {Promise<TransportOutcome>}
   */
  const transport = async (method, url, headers, heapBody) => {
    const body = heapBody.slice();
    const stopped = () => deadline.reason && failed(deadline.reason, String(deadline.timeoutMs));
    try {
      if (deadline.signal.aborted) return stopped();
      /** @type {[string, string][]} */
      const pairs = [];
      for (let i = 0; i < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
      const pending = fetchImpl(url, {
        method,
        headers: pairs,
        body: method === 'GET' ? undefined : body,
        // Never follow: a redirect would re-send the password, or turn the POST into a GET.
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        signal: deadline.signal,
      });
      // fetch copied the body synchronously; this was the last copy of the encoded password.
      body.fill(0);
      const response = await pending;
      // Browsers hide a manual redirect's status: an opaque redirect has status 0.
      const status = response.type === 'opaqueredirect' ? 0 : response.status;
      const received = await readCapped(response, maxBytes);
      if (received === null) return failed('RESPONSE_TOO_LARGE', String(maxBytes));
      const retryAfter = response.headers.get('retry-after') ?? '';
      return { status, body: received, retryAfter, failure: '', detail: '', cause: undefined };
    } catch (error) {
      const outcome = stopped();
      if (outcome) return outcome;
      transport.cause = error;
      return failed('NETWORK_ERROR', describe(error));
    } finally {
      body.fill(0);
    }
  };
  return Object.assign(transport, { cause: /** @type {unknown} */ (undefined) });
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
function describe(error) {
  const cause = /** @type {any} */ (error)?.cause;
  const parts = [/** @type {any} */ (error)?.message, cause?.code ?? cause?.message];
  return parts.filter((part) => typeof part === 'string' && part !== '').join(': ') || 'fetch failed';
}
