// The Zulip-compatible loopback server: routing, request logging, CORS and lifecycle.
import http from 'node:http';
import { normalizeRealm } from './config.js';
import { devFetchApiKey } from './dev-fetch-api-key.js';
import { createFault } from './faults.js';
import { fetchApiKey } from './fetch-api-key.js';
import { jwtFetchApiKey } from './jwt-fetch-api-key.js';
import { isLoopbackHost, subdomainFromHost } from './host.js';
import { requestParams } from './params.js';
import { createRateLimiter } from './rate-limit.js';
import { internalErrorReply, notFoundHtml } from './responses.js';
import { realmUrlOf, serverSettings } from './server-settings.js';
import { usersMe } from './users-me.js';
import { versionForFeatureLevel } from './version.js';

// nginx's zulip-include/api_headers, added in production to every /api/ response.
export const CORS_HEADERS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, PUT, PATCH, HEAD',
});

const MAX_BODY_BYTES = 1024 * 1024; // a login request is tiny; refuse to buffer more
const MAX_LOGGED_REQUESTS = 200;

const ROUTES = {
  '/api/v1/fetch_api_key': fetchApiKey,
  '/api/v1/dev_fetch_api_key': devFetchApiKey,
  '/api/v1/server_settings': serverSettings,
  '/api/v1/jwt/fetch_api_key': jwtFetchApiKey,
  '/api/v1/users/me': usersMe,
};

/**
 * @typedef {object} DevServerOptions
 * @property {number} [port] 0 (default) picks a free port
 * @property {string} [host] loopback address to listen on, default "127.0.0.1"
 * @property {object[]} [realms] organizations (see config.js normalizeRealm); default: "Zulip Dev"
 *   at subdomain '' with Zulip's development users (iago@zulip.com / abcd1234, ...)
 * @property {number} [featureLevel] API feature level, default 314
 * @property {string} [zulipVersion] default derived from featureLevel
 * @property {string} [zulipMergeBase] default zulipVersion
 * @property {boolean} [cors] add nginx's CORS headers to /api/ responses, default false
 * @property {{ max?: number, windowSeconds?: number }} [rateLimit] default 5 per 1800 s
 * @property {{ max?: number, windowSeconds?: number }} [apiRateLimit] requests per user on
 *   authenticated endpoints (users/me), Zulip's api_by_user: default 200 per 60 s
 * @property {boolean} [production] do not route dev_fetch_api_key, default false
 * @property {boolean} [pushNotificationsEnabled] default false
 * @property {(request: LoggedRequest) => (Promise<object|undefined>|object|undefined)} [intercept]
 *   test hook run before routing: a returned { status, headers?, body? } is sent instead of the
 *   normal answer; a throw becomes Zulip's 500
 * @property {import('./faults.js').FaultName} [fault] answer every request with this failure
 *   (never answering, a stalled or dripped body, a reset, ...: see faults.js) instead of routing
 */

/**
 * @typedef {{ method: string, url: string, path: string, headers: import('node:http').IncomingHttpHeaders,
 *   body: Buffer, time: number }} LoggedRequest
 */

/**
 * Starts the dev server on a loopback address.
 * @param {DevServerOptions} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, realms: object[],
 *   requests: LoggedRequest[], resetRateLimits: () => void, featureLevel: number, zulipVersion: string,
 *   fault: { name: string, bytesWritten: number } | null }>}
 */
export async function startDevServer(options = {}) {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`the dev server only listens on loopback addresses, not ${host}`);
  const featureLevel = options.featureLevel ?? 314;
  const zulipVersion = options.zulipVersion ?? versionForFeatureLevel(featureLevel);
  const state = {
    realms: (options.realms ?? [{}]).map(normalizeRealm),
    featureLevel,
    zulipVersion,
    zulipMergeBase: options.zulipMergeBase ?? zulipVersion,
    pushNotificationsEnabled: options.pushNotificationsEnabled ?? false,
    production: options.production ?? false,
    cors: options.cors ?? false,
    rateLimiter: createRateLimiter(options.rateLimit),
    apiRateLimiter: createRateLimiter(options.apiRateLimit ?? { max: 200, windowSeconds: 60 }),
    intercept: options.intercept,
    fault: options.fault === undefined ? null : createFault(options.fault),
    requests: [],
    url: '',
    port: 0,
  };

  const server = http.createServer((req, res) => {
    handle(state, req, res).catch(() => res.destroy());
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => { server.off('error', reject); resolve(); });
  });
  state.port = server.address().port;
  state.url = `http://${host.includes(':') ? `[${host}]` : host}:${state.port}`;
  for (const realm of state.realms) realm.realmUrl ??= realmUrlOf(state, realm);

  let closing;
  return {
    url: state.url,
    port: state.port,
    realms: state.realms,
    requests: state.requests,
    featureLevel,
    zulipVersion,
    fault: state.fault,
    resetRateLimits: () => { state.rateLimiter.reset(); state.apiRateLimiter.reset(); },
    close() {
      // Idempotent; ends keep-alive and in-flight sockets so nothing keeps the process alive.
      closing ??= new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function handle(state, req, res) {
  const body = await readBody(req);
  const url = new URL(req.url ?? '/', 'http://devserver.invalid');
  if (body === null) return send(state, res, url.pathname, { status: 413, headers: {}, body: '' });
  const logged = { method: req.method, url: req.url, path: url.pathname, headers: req.headers, body, time: Date.now() };
  state.requests.push(logged);
  if (state.requests.length > MAX_LOGGED_REQUESTS) state.requests.shift();
  if (state.fault) return state.fault.serve(req, res);

  let reply;
  try {
    reply = state.intercept ? await state.intercept(logged) : undefined;
    reply ??= route(state, req, url, body);
  } catch {
    reply = internalErrorReply();
  }
  send(state, res, url.pathname, reply);
}

function route(state, req, url, body) {
  const handler = ROUTES[url.pathname];
  if (!handler || (handler === devFetchApiKey && state.production)) return notFoundHtml();
  const request = {
    method: req.method,
    subdomain: subdomainFromHost(req.headers.host),
    authorization: req.headers.authorization,
    params: requestParams({ contentType: req.headers['content-type'], body, query: url.searchParams }),
  };
  return handler(state, request);
}

function send(state, res, path, { status, headers = {}, body = '' }) {
  const all = { ...headers, 'Content-Length': String(Buffer.byteLength(body)) };
  if (state.cors && path.startsWith('/api/')) Object.assign(all, CORS_HEADERS);
  res.writeHead(status, all);
  res.end(body); // Node sends no body for HEAD by itself
}

// The whole body, or null when it is over the cap.
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
