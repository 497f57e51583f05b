// The code fetchApiKey must end with for each fault of devserver/faults.js.
export const FAULT_CODES = Object.freeze({
  'never-answer': 'TIMEOUT',
  'stall-body': 'TIMEOUT',
  'drip-body': 'TIMEOUT',
  'reset-mid-body': 'NETWORK_ERROR',
  'huge-body': 'RESPONSE_TOO_LARGE',
  'gzip-bomb': 'RESPONSE_TOO_LARGE',
  'short-content-length': 'MALFORMED_RESPONSE', // the cut answer is not JSON
  'long-content-length': 'NETWORK_ERROR', // the connection closed before the announced end
  'redirect-loop': 'UNEXPECTED_REDIRECT',
});
