// Cloudflare workerd through `wrangler dev` (tests/compat/projects/wrangler/, zero configuration
// but wrangler.jsonc): a Worker calling fetchApiKey against the devserver on loopback, which
// wrangler dev's workerd reaches directly. Wrangler needs Node >= 22.12: Node 24 runs it.
import assert from 'node:assert/strict';
import path from 'node:path';
import { startDevServer } from '../../devserver/server.js';
import { row, timed } from './helpers/matrix.js';
import { EMAIL } from './helpers/page.js';
import { COMPAT, setUpProject, toolVersion } from './helpers/project.js';
import { freePort, startServer } from './helpers/server.js';

row('wrangler', { target: 'Cloudflare workerd (wrangler dev): a Worker calling fetchApiKey', tool: 'wrangler' }, async (measures) => {
  measures.version = await toolVersion('wrangler');
  const dir = await setUpProject('wrangler');
  const [devserver, port] = await Promise.all([startDevServer(), freePort()]);
  const worker = await timed(measures, () => startServer(dir, path.join(COMPAT, 'node_modules', '.bin', 'wrangler'),
    ['dev', '--ip', '127.0.0.1', '--port', String(port)], {
      port,
      // No metrics, and its logs and settings in the project rather than in the home folder.
      env: { WRANGLER_SEND_METRICS: 'false', XDG_CONFIG_HOME: path.join(dir, '.config') },
      failure: /Workers runtime failed to start/,
    })).catch(async (error) => { await devserver.close(); throw error; });
  try {
    const response = await fetch(`${worker.url}/?realm=${encodeURIComponent(devserver.url)}`);
    const body = await response.text();
    assert.equal(response.status, 200, `${body}\n${worker.output()}`);
    assert.deepEqual(JSON.parse(body), { email: EMAIL });
  } finally {
    await Promise.all([worker.close(), devserver.close()]);
  }
});
