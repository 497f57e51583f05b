// A tiny loopback static server for the demo and the browser tests: the package's web/ and dist/
// files, plus pages given as strings, each with the headers asked for (e.g. a CSP).
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json',
};

/**
 * @typedef {{ body: string, type?: string, headers?: Record<string, string> }} Page
 * @param {{ pages?: Record<string, Page>, dirs?: string[], root?: string,
 *   headers?: Record<string, string> }} [options]
 *   dirs: folders (relative to root, default the repository) whose files are served as they are;
 *   headers: added to every answer
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({ pages = {}, dirs = ['web', 'dist'], root = ROOT, headers = {} } = {}) {
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages[pathname];
    if (page) {
      res.writeHead(200, { 'Content-Type': page.type ?? TYPES['.html'], ...headers, ...page.headers });
      return res.end(page.body);
    }
    const file = path.join(root, pathname);
    const allowed = dirs.some((dir) => file.startsWith(path.join(root, dir) + path.sep));
    try {
      if (!allowed) throw new Error('not served');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}
