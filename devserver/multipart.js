// A small multipart/form-data parser: enough to read text fields the way Django's request.POST does.

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const utf8 = new TextDecoder('utf-8'); // not fatal: Django decodes with errors="replace"

/** Reads a parameter such as name="x" out of a Content-Disposition header value. */
function dispositionParam(disposition, param) {
  const re = new RegExp(`;\\s*${param}\\*?=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
  const m = re.exec(disposition);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

/**
 * The text fields of a multipart/form-data body, as [name, value] pairs in order. File parts (those
 * with a filename) are skipped: Django puts them in request.FILES, not among the parameters.
 * A malformed body yields the fields read before the fault.
 * @param {Buffer} body
 * @param {string} boundary
 * @returns {Array<[string, string]>}
 */
export function parseMultipart(body, boundary) {
  const fields = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  while (pos >= 0) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing "--boundary--"
    if (!body.subarray(pos, pos + 2).equals(CRLF)) break;
    const headerEnd = body.indexOf(HEADER_END, pos);
    if (headerEnd < 0) break;
    const headers = body.subarray(pos + 2, headerEnd).toString('latin1').split('\r\n');
    const contentStart = headerEnd + 4;
    const next = body.indexOf(Buffer.concat([CRLF, delimiter]), contentStart);
    if (next < 0) break;
    const disposition = headers.find((h) => /^content-disposition\s*:/i.test(h));
    if (disposition) {
      const value = disposition.slice(disposition.indexOf(':') + 1);
      const name = dispositionParam(value, 'name');
      const filename = dispositionParam(value, 'filename');
      if (name !== undefined && filename === undefined) {
        fields.push([utf8.decode(Buffer.from(name, 'latin1')), utf8.decode(body.subarray(contentStart, next))]);
      }
    }
    pos = next + CRLF.length;
  }
  return fields;
}
