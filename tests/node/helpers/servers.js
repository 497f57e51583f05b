// Small loopback servers for the cases a Zulip server never produces: malformed bodies, odd
// statuses, resets, stalls. Each records what it received and closes every socket on close().
import http from 'node:http';
import net from 'node:net';

/**
 * @typedef {{ method: string, url: string, headers: http.IncomingHttpHeaders, body: Buffer }} Received
 * @typedef {{ url: string, port: number, requests: Received[], close: () => Promise<void> }} TestServer
 */

/**
 * An HTTP server whose handler gets each request once its body has been read.
 * @param {(req: Received, res: http.ServerResponse) => void} handler
 * @returns {Promise<TestServer>}
 */
export async function startHttpServer(handler) {
  /** @type {Received[]} */
  const requests = [];
  const server = http.createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(received);
      handler(received, res);
    });
  });
  return listen(server, requests, () => server.closeAllConnections());
}

/**
 * A TCP server that speaks whatever `onConnection` writes: for resets and broken HTTP.
 * `requests` counts connections (with an empty body each) so tests can see that one came.
 * @param {(socket: net.Socket) => void} onConnection
 * @returns {Promise<TestServer>}
 */
export async function startTcpServer(onConnection) {
  /** @type {Received[]} */
  const requests = [];
  /** @type {Set<net.Socket>} */
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    requests.push({ method: '', url: '', headers: {}, body: Buffer.alloc(0) });
    onConnection(socket);
  });
  return listen(server, requests, () => sockets.forEach((s) => s.destroy()));
}

/**
 * A JSON response, as Zulip sends them.
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** A port on which nothing listens (a server bound, then closed). */
export async function closedPort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {net.AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return port;
}

/**
 * @param {http.Server | net.Server} server
 * @param {Received[]} requests
 * @param {() => void} dropConnections
 * @returns {Promise<TestServer>}
 */
async function listen(server, requests, dropConnections) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {net.AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise((resolve) => {
      server.close(() => resolve(undefined));
      dropConnections();
    }),
  };
}

/**
 * Two servers: one that redirects every request (with `status`) to the same path on the other,
 * which counts what reaches it. Both are handed to `track` to be closed.
 * @param {<S extends { close: () => Promise<void> }>(server: S) => S} track
 * @param {number} status
 * @returns {Promise<{ url: string, reached: () => number }>}
 */
export async function redirectingServer(track, status) {
  const target = track(await startHttpServer((_req, res) => sendJson(res, 200, {})));
  const redirect = track(await startHttpServer((req, res) => {
    res.writeHead(status, { Location: `${target.url}${req.url}` });
    res.end();
  }));
  return { url: redirect.url, reached: () => target.requests.length };
}

/**
 * A fetch that sends each request to `base` (the same path), standing for a DNS this machine
 * does not have, and records the URLs asked for. Its Response is remade: the platform's would
 * have another url than the one requested, which reads as a followed redirect.
 * @param {string} base
 * @param {string[]} urls
 * @returns {typeof fetch}
 */
export function routedTo(base, urls) {
  return (url, init) => {
    urls.push(String(url));
    return fetch(`${base}${new URL(String(url)).pathname}`, init).then((response) => new Response(response.body, response));
  };
}
