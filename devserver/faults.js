// Failures a test can switch on per server (startDevServer({ fault })): the ways a server or the
// network misbehaves that a Zulip server never chooses to. A faulty server answers every request
// with its fault, streams what it sends (nothing large is ever held in memory), counts the body
// bytes it wrote, and stops (timers cleared, nothing more written) once the connection closes.
import { gzipSync } from 'node:zlib';

// What a login answer looks like, for the faults that send one slowly or wrongly.
const SUCCESS_BODY = JSON.stringify({
  result: 'success', msg: '', api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com', user_id: 5,
});
const JSON_TYPE = { 'Content-Type': 'application/json' };
const GIB = 2 ** 30;
const DRIP_INTERVAL_MS = 100;

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {{ bytesWritten: number }} Counter */

/** @type {Record<string, (req: Request, res: Response, counter: Counter) => void>} */
const SERVE = {
  // Reads the request, then says nothing at all.
  'never-answer': () => {},

  // The status line and headers, a few bytes of body, then nothing.
  'stall-body': (_req, res, counter) => {
    res.writeHead(200, { ...JSON_TYPE, 'Content-Length': String(SUCCESS_BODY.length) });
    write(res, counter, SUCCESS_BODY.slice(0, 10));
  },

  // A valid answer, one byte every 100 ms: it would succeed, after ~10 s.
  'drip-body': (_req, res, counter) => {
    res.writeHead(200, { ...JSON_TYPE, 'Content-Length': String(SUCCESS_BODY.length) });
    let next = 0;
    const timer = setInterval(() => {
      write(res, counter, SUCCESS_BODY[next++]);
      if (next === SUCCESS_BODY.length) res.end();
    }, DRIP_INTERVAL_MS);
    res.once('close', () => clearInterval(timer));
  },

  // Half the answer, then a TCP reset (RST, not a clean close).
  'reset-mid-body': (_req, res, counter) => {
    res.writeHead(200, { ...JSON_TYPE, 'Content-Length': String(SUCCESS_BODY.length) });
    write(res, counter, SUCCESS_BODY.slice(0, SUCCESS_BODY.length >> 1));
    const timer = setTimeout(() => res.socket?.resetAndDestroy(), 20);
    res.once('close', () => clearTimeout(timer));
  },

  // 1 GiB of JSON white space, announced in Content-Length, written as the client reads it.
  'huge-body': (_req, res, counter) => {
    res.writeHead(200, { ...JSON_TYPE, 'Content-Length': String(GIB) });
    stream(res, counter, Buffer.alloc(64 * 1024, 0x20), GIB / (64 * 1024));
  },

  // Content-Encoding: gzip whose body inflates to 68 GiB of white space: 65536 gzip members of
  // 1 MiB + 64 KiB each (about 1 KiB compressed), concatenated as gzip allows. Large enough
  // compressed (68 MiB) that socket buffers cannot hide whether the client stopped reading. One
  // member alone is over the 1 MiB cap: Deno's and Chromium's fetch inflate only the first one.
  'gzip-bomb': (_req, res, counter) => {
    res.writeHead(200, { ...JSON_TYPE, 'Content-Encoding': 'gzip' });
    stream(res, counter, gzipMember(), 65536);
  },

  // Content-Length says half of what is sent: the client reads a cut answer (not JSON).
  'short-content-length': (_req, res, counter) => {
    res.writeHead(200, { ...JSON_TYPE, 'Content-Length': String(SUCCESS_BODY.length >> 1) });
    write(res, counter, SUCCESS_BODY);
    res.end();
  },

  // Content-Length says more than is sent, then the connection closes.
  'long-content-length': (_req, res, counter) => {
    res.writeHead(200, { ...JSON_TYPE, 'Content-Length': String(SUCCESS_BODY.length + 100) });
    write(res, counter, SUCCESS_BODY);
    res.socket?.end();
  },

  // A redirect to the very URL asked for: a client that follows it never gets out.
  'redirect-loop': (req, res) => {
    res.writeHead(302, { Location: req.url ?? '/' });
    res.end();
  },
};

/** @typedef {keyof typeof SERVE} FaultName */

/** Every fault's name. */
export const FAULT_NAMES = /** @type {FaultName[]} */ (Object.keys(SERVE));

/**
 * The fault `name`, ready to answer requests in place of the server's routes.
 * @param {string} name
 * @returns {{ name: string, bytesWritten: number, serve: (req: Request, res: Response) => void }}
 */
export function createFault(name) {
  const serveOne = SERVE[name];
  if (!serveOne) throw new TypeError(`unknown fault ${name}; one of ${FAULT_NAMES.join(', ')}`);
  const fault = {
    name,
    /** Body bytes written so far, over all requests (compressed bytes for gzip-bomb). */
    bytesWritten: 0,
    serve: (/** @type {Request} */ req, /** @type {Response} */ res) => serveOne(req, res, fault),
  };
  return fault;
}

/**
 * @param {Response} res
 * @param {Counter} counter
 * @param {string | Buffer} chunk
 */
function write(res, counter, chunk) {
  counter.bytesWritten += Buffer.byteLength(chunk);
  return res.write(chunk);
}

/**
 * Writes `chunk` `times` times, only as fast as the client reads, until the connection closes.
 * @param {Response} res
 * @param {Counter} counter
 * @param {Buffer} chunk
 * @param {number} times
 */
function stream(res, counter, chunk, times) {
  let left = times;
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      left -= 1;
      if (!write(res, counter, chunk)) return void res.once('drain', pump);
    }
    if (left === 0) res.end();
  };
  res.once('close', () => res.off('drain', pump));
  pump();
}

/** @type {Buffer | undefined} */
let member;
function gzipMember() {
  member ??= gzipSync(Buffer.alloc(2 ** 20 + 2 ** 16, 0x20), { level: 9 });
  return member;
}
