// Servers a suite starts as it goes, all closed once the suite is over.
import { after } from 'node:test';
import { startDevServer } from '../../../devserver/server.js';

/**
 * Registers an `after` hook in the calling suite and returns starters whose servers it closes.
 * @returns {{
 *   serve: (options?: Parameters<typeof startDevServer>[0]) => ReturnType<typeof startDevServer>,
 *   track: <S extends { close: () => Promise<void> }>(server: S) => S,
 * }}
 */
export function closedAfterwards() {
  /** @type {Array<() => Promise<void>>} */
  const cleanups = [];
  after(() => Promise.all(cleanups.map((close) => close())));
  /** @type {<S extends { close: () => Promise<void> }>(server: S) => S} */
  const track = (server) => {
    cleanups.push(() => server.close());
    return server;
  };
  return { serve: async (options) => track(await startDevServer(options)), track };
}
