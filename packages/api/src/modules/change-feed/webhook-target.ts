import dns from 'node:dns';
import net from 'node:net';

/**
 * Where webhooks may go. A subscription's URL is chosen by a person, and the server then posts to
 * it from inside the province's network: without a guard it could reach the database, the metadata
 * service or an intranet tool (SSRF). Private, loopback, link-local and other special addresses are
 * refused unless the deployment allows them (NVTT_WEBHOOK_ALLOW_PRIVATE_TARGETS), checked on the
 * address actually connected to, so a name that resolves differently later (DNS rebinding) gains nothing.
 */

const SPECIAL = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  SPECIAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  SPECIAL.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is not a public unicast one (IPv4-mapped IPv6 judged as its IPv4). */
export function isSpecialAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return SPECIAL.check(mapped[1]!, 'ipv4');
  const family = net.isIP(address);
  if (family === 0) return true;
  return SPECIAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class TargetRefusedError extends Error {}

/** A target URL as stored: http(s), no credentials or fragment; null with a reason when unfit. */
export function parseTargetUrl(raw: string): { url: string } | { reason: { vi: string; en: string } } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { reason: { vi: 'Địa chỉ không hợp lệ.', en: 'Not a valid URL.' } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { reason: { vi: 'Địa chỉ phải bắt đầu bằng https://.', en: 'The URL must start with https://.' } };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      reason: {
        vi: 'Không đặt tên, mật khẩu trong địa chỉ; bên nhận xác thực bằng chữ ký.',
        en: 'No credentials in the URL; receivers authenticate the signature.',
      },
    };
  }
  url.hash = '';
  const text = url.toString();
  if (text.length > 2000) return { reason: { vi: 'Địa chỉ quá dài.', en: 'The URL is too long.' } };
  return { url: text };
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that refuses special addresses (unless allowed). Node calls it for
 * host names only, so a literal IP in the URL is checked by `checkLiteralHost` before connecting.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const usable = allowPrivate ? addresses : addresses.filter((entry) => !isSpecialAddress(entry.address));
      if (usable.length === 0) {
        return callback(new TargetRefusedError(`${hostname} resolves to a private or special address`), []);
      }
      if (options.all) return callback(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}

export function checkLiteralHost(url: URL, allowPrivate: boolean): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && net.isIP(host) !== 0 && isSpecialAddress(host)) {
    throw new TargetRefusedError(`${host} is a private or special address`);
  }
}
