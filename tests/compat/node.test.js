// Plain Node importing zulip-fetch-api-key/widget (a module shared with pages, or SSR): the
// import does not throw, and the package then logs in (tests/compat/projects/node-widget/).
import assert from 'node:assert/strict';
import { startDevServer } from '../../devserver/server.js';
import { row } from './helpers/matrix.js';
import { command, setUpProject } from './helpers/project.js';

row('node-widget', { target: 'Node: import the widget, then log in', tool: 'node' }, async (measures) => {
  const dir = await setUpProject('node-widget');
  const { stdout: version } = await command(dir, 'node', ['--version']);
  measures.version = version.trim().replace(/^v/, '');
  const devserver = await startDevServer();
  try {
    const { stdout } = await command(dir, 'node', ['server.js', devserver.url]);
    assert.equal(stdout.trim(), 'iago@zulip.com');
  } finally {
    await devserver.close();
  }
});
