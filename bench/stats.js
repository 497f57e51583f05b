// Summaries of timing samples.

/**
 * The p-th percentile (0..100) by nearest rank.
 * @param {number[]} sorted ascending
 * @param {number} p
 */
export function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** @param {number[]} samples */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** @param {number[]} samples */
export function median(samples) {
  return summarize(samples).p50;
}
