// Whether something was left running: the process's active resources (sockets, servers, timers
// that keep the event loop alive), counted by kind, compared with a snapshot taken before. Fewer
// is fine (a file the loader was closing at the snapshot may be closed since); more is not.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

/** @returns {Record<string, number>} how many resources of each kind are active now */
export function activeResources() {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * Waits (up to `withinMs`: closing sockets takes a few turns of the event loop) until no kind of
 * resource is more active than in `before`, and fails with both snapshots if that never happens.
 * @param {Record<string, number>} before  from activeResources()
 * @param {number} [withinMs]
 */
export async function assertNothingLeftRunning(before, withinMs = 2000) {
  const deadline = performance.now() + withinMs;
  let now = activeResources();
  while (!noMoreThan(now, before) && performance.now() < deadline) {
    await sleep(20);
    now = activeResources();
  }
  assert.ok(noMoreThan(now, before), `resources left running: ${JSON.stringify(now)}, before: ${JSON.stringify(before)}`);
}

/** @param {Record<string, number>} now @param {Record<string, number>} before */
function noMoreThan(now, before) {
  return Object.entries(now).every(([kind, count]) => count <= (before[kind] ?? 0));
}
