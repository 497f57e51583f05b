#!/usr/bin/env node
// Command line entry: starts the dev server in the foreground until SIGINT or SIGTERM.
//   node devserver/cli.js [--port N] [--host 127.0.0.1] [--cors] [--feature-level N] [--config FILE.json]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_PASSWORD } from './config.js';
import { isLoopbackHost } from './host.js';
import { startDevServer } from './server.js';

const USAGE = 'usage: node devserver/cli.js [--port N] [--host 127.0.0.1] [--cors] [--feature-level N] [--config FILE.json]';

/**
 * Turns command-line arguments into startDevServer options (flags override the config file).
 * @param {string[]} argv arguments after the script name
 * @returns {Promise<import('./server.js').DevServerOptions>}
 */
async function optionsFromArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      cors: { type: 'boolean' },
      'feature-level': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const options = values.config ? JSON.parse(await readFile(values.config, 'utf8')) : {};
  const integer = (name, text) => {
    if (!/^\d+$/.test(text)) throw new Error(`--${name} needs a non-negative integer, not ${JSON.stringify(text)}`);
    return Number(text);
  };
  if (values.port !== undefined) options.port = integer('port', values.port);
  if (values['feature-level'] !== undefined) options.featureLevel = integer('feature-level', values['feature-level']);
  if (values.cors) options.cors = true;
  if (values.host !== undefined) options.host = values.host;
  // Never expose a server with known passwords beyond this machine.
  if (options.host !== undefined && !isLoopbackHost(options.host)) {
    throw new Error(`--host must be a loopback address (127.0.0.1, ::1, localhost), not ${options.host}`);
  }
  return options;
}

async function main() {
  let options;
  try {
    options = await optionsFromArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  const server = await startDevServer(options);
  console.log(`Zulip dev server listening on ${server.url}`);
  for (const realm of server.realms) {
    const users = realm.users.filter((u) => u.isActive && u.password === DEFAULT_PASSWORD).map((u) => u.email);
    if (users.length === 0) continue;
    const where = realm.subdomain === '' ? '' : ` (organization "${realm.subdomain}")`;
    console.log(`Log in${where} as ${users[0]} / ${DEFAULT_PASSWORD}` +
      (users.length > 1 ? `; also ${users.slice(1).join(', ')} with the same password` : ''));
  }
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
