// Zulip's response envelope (zerver/lib/response.py) and Django's stock error responses, as plain
// { status, headers, body } descriptors that server.js writes out.

/** @typedef {{ status: number, headers: Record<string, string>, body: string }} Reply */

/**
 * A Zulip API error: `{"result":"error","msg":...,...extra,"code":...}`.
 * `authFailure` marks the 401 login errors, which servers before feature level 76 sent as 403
 * without a code.
 */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string | null} code
   * @param {string} msg
   * @param {{ extra?: Record<string, unknown>, headers?: Record<string, string>, authFailure?: boolean }} [more]
   */
  constructor(status, code, msg, { extra = {}, headers = {}, authFailure = false } = {}) {
    super(msg);
    this.status = status;
    this.code = code;
    this.extra = extra;
    this.headers = headers;
    this.authFailure = authFailure;
  }
}

// Python prints a float with a decimal point even when it is whole ("1800.0"); keep that shape.
function pyFloat(n) {
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

function jsonBody(object) {
  let text = JSON.stringify(object);
  if (typeof object['retry-after'] === 'number' && Number.isInteger(object['retry-after'])) {
    text = text.replace(`"retry-after":${object['retry-after']}`, `"retry-after":${pyFloat(object['retry-after'])}`);
  }
  return text;
}

/**
 * A JSON reply with Zulip's `Content-Type: application/json`.
 * @param {number} status
 * @param {Record<string, unknown>} object
 * @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
export function jsonReply(status, object, headers = {}) {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: jsonBody(object) };
}

/**
 * json_success: `{"result":"success","msg":"",...data}`, plus the sorted
 * ignored_parameters_unsupported list when there is one and the feature level has it (167).
 * @param {number} featureLevel
 * @param {Record<string, unknown>} data
 * @param {string[]} [ignored]
 * @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
export function successReply(featureLevel, data, ignored = [], headers = {}) {
  const object = { result: 'success', msg: '', ...data };
  if (featureLevel >= 167 && ignored.length > 0) object.ignored_parameters_unsupported = ignored;
  return jsonReply(200, object, headers);
}

/**
 * The reply for an ApiError at a feature level: before 76 the login failures were 403 without a
 * code, and before 36 the rate-limit error had no code either.
 * @param {number} featureLevel
 * @param {ApiError} error
 * @returns {Reply}
 */
export function errorReply(featureLevel, error) {
  let { status, code } = error;
  if (error.authFailure && featureLevel < 76) [status, code] = [403, null];
  if (code === 'RATE_LIMIT_HIT' && featureLevel < 36) code = null;
  const object = { result: 'error', msg: error.message, ...error.extra };
  if (code) object.code = code;
  return jsonReply(status, object, error.headers);
}

/**
 * Zulip's json_method_not_allowed: Django's HttpResponseNotAllowed (text/html content type, Allow
 * header) carrying a JSON body without a code.
 * @param {string[]} methods
 * @returns {Reply}
 */
export function methodNotAllowedJson(methods) {
  return {
    status: 405,
    headers: { 'Content-Type': 'text/html; charset=utf-8', Allow: methods.join(', ') },
    body: JSON.stringify({ result: 'error', msg: 'Method Not Allowed', allowed_methods: methods }),
  };
}

/**
 * Django's plain HttpResponseNotAllowed (require_safe): 405 with an empty body.
 * @param {string[]} methods
 * @returns {Reply}
 */
export function methodNotAllowedEmpty(methods) {
  return { status: 405, headers: { 'Content-Type': 'text/html; charset=utf-8', Allow: methods.join(', ') }, body: '' };
}

/**
 * Django's stock 404 page (DEBUG off), for paths nothing routes.
 * @returns {Reply}
 */
export function notFoundHtml() {
  const body = '\n<!doctype html>\n<html lang="en">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n' +
    '  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n';
  return { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body };
}

/**
 * What Zulip answers for an unhandled fault in a view.
 * @returns {Reply}
 */
export function internalErrorReply() {
  return jsonReply(500, { result: 'error', msg: 'Internal server error' });
}

/**
 * A POST-only endpoint, as Zulip's login views are: other methods get the 405, and an ApiError
 * the handler throws becomes Zulip's error answer for the server's feature level.
 * @param {(state: any, request: any) => Reply} handle
 * @returns {(state: any, request: { method: string }) => Reply}
 */
export function postEndpoint(handle) {
  return (state, request) => {
    if (request.method !== 'POST') return methodNotAllowedJson(['POST']);
    try {
      return handle(state, request);
    } catch (error) {
      if (error instanceof ApiError) return errorReply(state.featureLevel, error);
      throw error;
    }
  };
}
