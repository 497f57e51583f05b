// Next.js (tests/compat/projects/next/, built once with `next build`, served by `next start`): a
// route handler and a server component that log in, and a page with the widget that
// server-renders with 200 and then logs in, in Chromium.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after } from 'node:test';
import { startDevServer } from '../../devserver/server.js';
import { row, timed } from './helpers/matrix.js';
import { EMAIL, logInThroughWidget, onPage } from './helpers/page.js';
import { COMPAT, runScript, setUpProject, toolVersion } from './helpers/project.js';
import { freePort, startServer } from './helpers/server.js';

/** @type {Promise<{ next: Awaited<ReturnType<typeof startServer>>, realm: string }> | undefined} */
let app;
/** `next build`'s time, once it has ended. */
const build = /** @type {import('./helpers/matrix.js').Measures} */ ({});
/** @type {Awaited<ReturnType<typeof startDevServer>> | undefined} */
let devserver;
after(async () => {
  await (await app?.catch(() => undefined))?.next.close();
  await devserver?.close();
});

/**
 * The app, built and started once for every row.
 * @param {import('./helpers/matrix.js').Measures} measures gets the build's time
 */
async function started(measures) {
  app ??= (async () => {
    const dir = await setUpProject('next');
    await timed(build, () => runScript(dir));
    devserver = await startDevServer({ cors: true });
    const port = await freePort();
    const next = await startServer(dir, path.join(COMPAT, 'node_modules', '.bin', 'next'),
      ['start', '--port', String(port), '--hostname', '127.0.0.1'], { port });
    return { next, realm: devserver.url };
  })();
  try {
    return await app;
  } finally {
    measures.buildSeconds = build.buildSeconds;
  }
}

/**
 * GETs a path of the app (with ?realm=) and checks its answer; a failure quotes the server's log.
 * @param {string} id
 * @param {string} target
 * @param {string} pathname
 * @param {(body: string) => void} check
 */
function answerRow(id, target, pathname, check) {
  row(id, { target, tool: 'next' }, async (measures) => {
    measures.version = await toolVersion('next');
    const { next, realm } = await started(measures);
    const response = await fetch(`${next.url}${pathname}?realm=${encodeURIComponent(realm)}`);
    const body = await response.text();
    try {
      assert.equal(response.status, 200);
      check(body);
    } catch (error) {
      throw new Error(`${/** @type {Error} */ (error).message}\nthe server said:\n${next.output()}`, { cause: error });
    }
  });
}

answerRow('next-route', 'Next.js: a route handler calling fetchApiKey', '/api/login',
  (body) => assert.deepEqual(JSON.parse(body), { email: EMAIL }));
answerRow('next-server-component', 'Next.js: a server component calling fetchApiKey', '/server',
  (body) => assert.match(body, new RegExp(`<p id="email">${EMAIL}</p>`)));
answerRow('next-page-ssr', 'Next.js: a page importing the widget server-renders (200)', '/',
  (body) => assert.match(body, /<zulip-login><\/zulip-login>/));

row('next-page-login', { target: 'Next.js: that page logs in, in Chromium', tool: 'next' }, async (measures) => {
  measures.version = await toolVersion('next');
  const { next } = await started(measures);
  await onPage(next.url, '/', logInThroughWidget);
});
