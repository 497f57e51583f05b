// Zulip's RateLimitedAuthenticationByUsername: a sliding window of attempts per raw username.

/**
 * @typedef {{ limited: boolean, retryAfter: number, headers: Record<string, string> }} RateLimitResult
 */

/**
 * Creates the authentication rate limiter: at most `max` attempts per username within
 * `windowSeconds`. Refused attempts are not recorded; a success clears the username's history.
 * @param {{ max?: number, windowSeconds?: number }} [options]
 */
export function createRateLimiter({ max = 5, windowSeconds = 1800 } = {}) {
  /** @type {Map<string, number[]>} attempt times in ms, oldest first */
  const history = new Map();
  // performance.now() has sub-millisecond precision, so retry-after comes out a float as in Zulip.
  const now = () => performance.timeOrigin + performance.now();

  function recent(key, t) {
    const times = (history.get(key) ?? []).filter((at) => at > t - windowSeconds * 1000);
    if (times.length) history.set(key, times); else history.delete(key);
    return times;
  }

  function headers(remaining, secondsToFreedom) {
    return {
      'X-RateLimit-Limit': String(max),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000 + secondsToFreedom)),
    };
  }

  return {
    /**
     * Records an attempt for `key` unless it is over the limit.
     * @param {string} key
     * @returns {RateLimitResult}
     */
    attempt(key) {
      const t = now();
      const times = recent(key, t);
      if (times.length >= max) {
        const retryAfter = (times[times.length - max] + windowSeconds * 1000 - t) / 1000;
        return { limited: true, retryAfter, headers: headers(0, retryAfter) };
      }
      times.push(t);
      history.set(key, times);
      const reset = (times[0] + windowSeconds * 1000 - t) / 1000;
      return { limited: false, retryAfter: 0, headers: headers(max - times.length, reset) };
    },
    /** Forgets `key`'s attempts (after a successful login). @param {string} key */
    clear(key) {
      history.delete(key);
    },
    /** Forgets every attempt. */
    reset() {
      history.clear();
    },
  };
}
