import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers a webhook delivery carries (docs/change-feed.md shows a receiver checking them). */
export const SIGNATURE_HEADER = 'x-nvtt-signature';
export const EVENT_ID_HEADER = 'x-nvtt-event-id';
export const EVENT_TYPE_HEADER = 'x-nvtt-event-type';
export const ATTEMPT_HEADER = 'x-nvtt-delivery-attempt';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 over "<t>.<body>">`: the time is signed with the body, so a
 * captured request cannot be replayed later than the receiver's tolerance (5 minutes suggested).
 */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** A receiver's check (also used by the tests): a valid signature made within `toleranceSeconds` of `now`. */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  now: Date,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || typeof parts.v1 !== 'string') return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
