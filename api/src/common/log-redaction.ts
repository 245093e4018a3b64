import { isIP } from 'node:net';

/**
 * A return code is the only key to a participant's data (read, download, delete, vote, resume a
 * questionnaire), so it must not end up in request logs: the path segment that carries it is replaced
 * (`/my-input/<code>`, `/ballot/<code>`, `/response/<code>`).
 */
export function maskReturnCodes(url: string): string {
  return url.replace(/(\/(?:my-input|ballot|response)\/)[^/?#]+/g, '$1***');
}

/**
 * Client addresses are shortened before they are logged (IPv4 to /24, IPv6 to /48, as web analytics
 * tools anonymise them): enough to see that traffic comes from one network, not enough to point at one
 * household next to the time of a submission. The rate limiter still sees full addresses in memory.
 */
export function anonymiseIp(address: string): string {
  const ip = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  if (isIP(ip) === 4) return ip.replace(/\.\d+$/, '.0');
  if (isIP(ip) === 6) {
    const [head = '', tail] = ip.split('::');
    const groups = head ? head.split(':') : [];
    // Expand "::" so the first three groups are the real first three groups.
    const missing = 8 - groups.length - (tail ? tail.split(':').length : 0);
    const full = tail === undefined ? groups : [...groups, ...Array(missing).fill('0')];
    return `${full.slice(0, 3).join(':')}::`;
  }
  return '(not an address)';
}

const ADDRESS_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'];

interface LoggedRequest {
  url?: string;
  params?: unknown;
  remoteAddress?: string;
  headers?: Record<string, unknown>;
  [key: string]: unknown;
}

/** pino-http's request, as it goes into the log: no route params (they repeat the path), no codes, short addresses. */
export function serializeRequest({ params: _params, ...req }: LoggedRequest): LoggedRequest {
  const out: LoggedRequest = { ...req };
  if (typeof req.url === 'string') out.url = maskReturnCodes(req.url);
  if (typeof req.remoteAddress === 'string') out.remoteAddress = anonymiseIp(req.remoteAddress);
  if (req.headers) {
    const headers = { ...req.headers };
    for (const name of ADDRESS_HEADERS) {
      const value = headers[name];
      if (typeof value === 'string') {
        headers[name] = value
          .split(',')
          .map((part) => anonymiseIp(part.trim().replace(/^for=/i, '').replace(/^"|"$/g, '')))
          .join(', ');
      }
    }
    out.headers = headers;
  }
  return out;
}
