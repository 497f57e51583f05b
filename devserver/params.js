// Request parameters as Django/Zulip see them: the form body (request.POST), then the query string.
import { parseMultipart } from './multipart.js';

/**
 * The form fields of a request body, by Content-Type: urlencoded and multipart bodies are parsed,
 * anything else (JSON included) has no fields, as in Django.
 * @param {string | undefined} contentType
 * @param {Buffer} body
 * @returns {Array<[string, string]>}
 */
export function formFields(contentType, body) {
  const type = String(contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    return [...new URLSearchParams(body.toString('utf8'))];
  }
  if (type === 'multipart/form-data') {
    const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(String(contentType));
    return m ? parseMultipart(body, m[1] ?? m[2]) : [];
  }
  return [];
}

/**
 * The parameters of a request: a Map from name to value where a body field wins over a query
 * parameter of the same name and, for a repeated name, the last value wins (QueryDict's rule).
 * @param {{ contentType?: string, body: Buffer, query: URLSearchParams }} request
 * @returns {Map<string, string>}
 */
export function requestParams({ contentType, body, query }) {
  const params = new Map();
  for (const [name, value] of query) params.set(name, value);
  const post = new Map(formFields(contentType, body));
  for (const [name, value] of post) params.set(name, value);
  return params;
}

/**
 * Names Zulip reports in ignored_parameters_unsupported: every parameter the endpoint does not
 * take, except `client`, sorted by code point as Python's sorted() does.
 * @param {Map<string, string>} params
 * @param {string[]} accepted
 * @returns {string[]}
 */
export function ignoredParameters(params, accepted) {
  const ignored = [...params.keys()].filter((name) => name !== 'client' && !accepted.includes(name));
  return ignored.sort(compareCodePoints);
}

function compareCodePoints(a, b) {
  const x = [...a].map((c) => c.codePointAt(0));
  const y = [...b].map((c) => c.codePointAt(0));
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
