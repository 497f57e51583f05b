// HS256 JSON Web Tokens with node:crypto: what PyJWT's jwt.decode(token, key, algorithms=["HS256"])
// accepts (signature, then exp and nbf when present), and a signer for tests and demos.
import { createHmac, timingSafeEqual } from 'node:crypto';

const json64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (input, key) => createHmac('sha256', key).update(input).digest();

/**
 * A token for `claims`, signed with `key` (HS256).
 * @param {Record<string, unknown>} claims
 * @param {string} key
 * @returns {string}
 */
export function signJwt(claims, key) {
  const input = `${json64({ alg: 'HS256', typ: 'JWT' })}.${json64(claims)}`;
  return `${input}.${sign(input, key).toString('base64url')}`;
}

/**
 * The claims of a valid token, or null for any token PyJWT would refuse with InvalidTokenError:
 * not three base64url parts of JSON, another algorithm, a wrong signature, expired, not yet valid.
 * @param {string} token
 * @param {string} key
 * @returns {Record<string, unknown> | null}
 */
export function verifyJwt(token, key) {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => /^[A-Za-z0-9_-]*$/.test(part))) return null;
  const [header, claims] = parts.slice(0, 2).map((part) => {
    try {
      return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
  });
  if (header?.alg !== 'HS256' || claims === null || typeof claims !== 'object' || Array.isArray(claims)) return null;
  const expected = sign(`${parts[0]}.${parts[1]}`, key);
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const now = Date.now() / 1000;
  if ('exp' in claims && !(typeof claims.exp === 'number' && now < claims.exp)) return null;
  if ('nbf' in claims && !(typeof claims.nbf === 'number' && now >= claims.nbf)) return null;
  return claims;
}
