// The fetch transport: performs a request the core built and hands back what came. A failure
// with no answer to read (network, timeout, cancel, too large) rejects with a TransportFailure:
// it is this side's to name, so it never goes into the core, and the core's continuation is
// skipped.

/** @typedef {import('./deadline.js').Deadline} Deadline */
/** @typedef {{ status: number, body: Uint8Array, retryAfter: string }} TransportResponse */

/** Why no answer came, as an ErrorInfo for makeError, and what the platform threw. */
export class TransportFailure {
  /**
   * @param {import('../words/format.js').ErrorInfo} info
   * @param {unknown} [cause]
   */
  constructor(info, cause) {
    this.info = info;
    this.cause = cause;
  }
}

/**
 * A transport bound to one operation's fetch implementation and deadline. The core calls it with
 * the request it built: headers as one flat array [name, value, ...], the body as a view of the
 * wasm heap, copied here at once (the core wipes the heap's bytes as soon as this returns; the
 * copy is zeroed once fetch has copied it). Whatever the fetch does (never settle, stream
 * forever), it settles by the deadline.
 * @param {typeof fetch} fetchImpl
 * @param {Deadline} deadline
 * @param {number} maxBytes  the body cap, counted on the decompressed bytes while reading
 * @returns {(method: string, url: string, headers: string[], heapBody: Uint8Array) => Promise<TransportResponse>}
 */
export function fetchTransport(fetchImpl, deadline, maxBytes) {
  const stopped = () => new TransportFailure(deadline.failure());
  // Every wait is raced against the deadline, even the platform's fetch's (which its signal should
  // stop): globalThis.fetch may be a page's or a test tool's wrapper that drops the signal.
  /** @type {Promise<never> | undefined} rejects once the deadline fires; made once, on first use */
  let stop;
  /** `pending`, or a rejection as soon as the deadline fires. @template T @param {Promise<T>} pending */
  const beforeDeadline = (pending) => Promise.race([pending, stop ??= deadline.fired().then(() => { throw stopped(); })]);
  return async (method, url, headers, heapBody) => {
    const body = heapBody.slice();
    try {
      if (deadline.signal.aborted) throw stopped();
      /** @type {[string, string][]} */
      const pairs = [];
      for (let i = 0; i < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
      const pending = Promise.resolve(fetchImpl(url, {
        method,
        headers: pairs,
        body: method === 'GET' ? undefined : body,
        // Never follow: a redirect would re-send the password, or turn the POST into a GET.
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        signal: deadline.signal,
      }));
      pending.catch(() => {}); // settled later or never: the race below decides
      // fetch copied the body synchronously; this was the last copy of the encoded password.
      body.fill(0);
      const response = await beforeDeadline(pending);
      if (!isResponse(response)) throw new TransportFailure({ code: 'NETWORK_ERROR', reason: 'not-a-response' });
      // A fetch that followed a redirect whatever `redirect` said (XMLHttpRequest-based ones do):
      // the password went elsewhere, and whatever came back is not the realm's answer.
      // (A Response made by hand, a test double's, has the url '': it stands for the requested one.)
      if (response.redirected === true || (response.url || url) !== url) throw new TransportFailure({ code: 'UNEXPECTED_REDIRECT' });
      // Browsers hide a manual redirect's status: an opaque redirect has status 0.
      const status = response.type === 'opaqueredirect' ? 0 : response.status;
      const received = await readCapped(response, maxBytes, beforeDeadline, status);
      // A body cancelled by the abort may read as ended: what was read is cut short.
      if (deadline.reason() !== null) throw stopped();
      if (received === null) throw new TransportFailure({ code: 'RESPONSE_TOO_LARGE' });
      return { status, body: received, retryAfter: response.headers.get('retry-after') ?? '' };
    } catch (error) {
      if (deadline.reason() !== null) throw stopped();
      if (isTransportFailure(error)) throw error;
      throw new TransportFailure({ code: 'NETWORK_ERROR', words: { detail: platformReason(error) } }, error);
    } finally {
      body.fill(0);
    }
  };
}

/** Whether a thrown value is one of ours (instanceof runs a Proxy's trap, which may throw). @param {unknown} error */
function isTransportFailure(error) {
  try {
    return error instanceof TransportFailure;
  } catch {
    return false;
  }
}

/**
 * Whether a fetch answered with something shaped like a Response.
 * @param {unknown} value
 * @returns {value is Response}
 */
function isResponse(value) {
  const r = /** @type {any} */ (value);
  return typeof r === 'object' && r !== null && Number.isInteger(r.status)
    && typeof r.headers?.get === 'function' && (r.body === null || typeof r.body?.getReader === 'function');
}

/**
 * The whole body, or null as soon as it passes maxBytes (the rest is never read). A custom
 * fetch's stream may give anything: a chunk that is no typed array is a malformed answer, and an empty
 * one waits for the next macrotask, so that the deadline's timer can fire between reads that
 * would otherwise settle in microtasks for ever.
 * @param {Response} response
 * @param {number} maxBytes
 * @param {<T>(pending: Promise<T>) => Promise<T>} beforeDeadline
 * @param {number} status
 */
async function readCapped(response, maxBytes, beforeDeadline, status) {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let size = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await beforeDeadline(reader.read());
      if (done) break;
      // Any typed array has a true byteLength (a look-alike's could be NaN, and pass the cap).
      if (!ArrayBuffer.isView(value)) {
        throw new TransportFailure({ code: 'MALFORMED_RESPONSE', httpStatus: status });
      }
      if (value.byteLength === 0) await beforeDeadline(new Promise((resolve) => setTimeout(resolve, 0)));
      size += value.byteLength;
      if (size > maxBytes) return null;
      chunks.push(value);
    }
    finished = true;
  } finally {
    // Too large, past the deadline or failed: the rest is never read.
    if (!finished) reader.cancel().catch(() => {});
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
export function platformReason(error) {
  try {
    const e = /** @type {any} */ (error);
    const cause = e?.cause;
    const parts = [e?.message, cause?.code ?? cause?.message];
    return parts.filter((part) => typeof part === 'string' && part !== '').join(': ') || 'fetch failed';
  } catch {
    return 'fetch failed'; // an error whose getters throw
  }
}
