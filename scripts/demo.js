// The main job: a real login through the wasm module against devserver/, with its default user;
// then the same dev server behind a demo page with the <zulip-login> widget, served on loopback
// until Ctrl-C (in CI, or when stdin is not a terminal, it stops after the login printout).
import { startDevServer } from '../devserver/server.js';
import { fetchApiKey } from 'zulip-fetch-api-key';
import { demoPages } from './demo_page.js';
import { startStaticServer } from './static_server.js';

const server = await startDevServer({ cors: true });
const site = await startStaticServer({ pages: demoPages(server.url) });
const stop = () => Promise.all([server.close(), site.close()]);
try {
  console.log(`Zulip dev server: ${server.url}`);
  console.log(`Demo page with the <zulip-login> widget: ${site.url}/`);
  const username = 'iago@zulip.com';
  console.log(`Logging in as ${username} through the WebAssembly core...`);
  const result = await fetchApiKey({ realm: server.url, username, password: 'abcd1234' });
  console.log(`email:   ${result.email}`);
  console.log(`user id: ${result.userId}`);
  console.log(`API key: ${result.apiKey}`);
  console.log(`realm:   ${result.realm}`);
} catch (error) {
  await stop();
  throw error;
}

if (process.env.CI === 'true' || !process.stdin.isTTY) {
  await stop();
} else {
  console.log(`\nServing the demo page at ${site.url}/ (Ctrl-C to stop).`);
  process.once('SIGINT', () => { stop().then(() => process.exit(0)); });
}
