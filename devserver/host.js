// Which organization a request is for: Zulip picks the realm from the Host header's subdomain.
import { isIP } from 'node:net';

/**
 * The realm subdomain named by a Host header: '' for an IP address, for "localhost" and for a
 * missing header; otherwise the first label ("zulip.localhost:9991" -> "zulip").
 * @param {string | undefined} hostHeader
 * @returns {string}
 */
export function subdomainFromHost(hostHeader) {
  let host = String(hostHeader ?? '').trim().toLowerCase();
  if (host.startsWith('[')) return ''; // bracketed IPv6 literal
  host = host.replace(/:\d*$/, '').replace(/\.$/, '');
  if (host === '' || host === 'localhost' || isIP(host)) return '';
  const dot = host.indexOf('.');
  return dot < 0 ? '' : host.slice(0, dot);
}

/**
 * True for a loopback host name or address: localhost, *.localhost, 127.0.0.0/8, ::1.
 * @param {string} host
 * @returns {boolean}
 */
export function isLoopbackHost(host) {
  const h = String(host).toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1' || h === '0:0:0:0:0:0:0:1';
}
